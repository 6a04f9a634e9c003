<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnswerAnnouncer</name>
    <message>
        <source>Answer stopped.</source>
        <translation>Antwort angehalten.</translation>
    </message>
    <message>
        <source>The answer was interrupted.</source>
        <translation>Die Antwort wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Answer finished.</source>
        <translation>Antwort fertig.</translation>
    </message>
</context>
<context>
    <name>ApiActions</name>
    <message>
        <source>Local API…</source>
        <translation>Lokale API…</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth through an OpenAI-compatible API</source>
        <translation>Anderen Apps auf diesem Computer erlauben, Hearth über eine OpenAI-kompatible API zu nutzen</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>Lokale API</translation>
    </message>
    <message>
        <source>Local API: on</source>
        <translation>Lokale API: an</translation>
    </message>
</context>
<context>
    <name>ApiPanel</name>
    <message>
        <source>Local API</source>
        <translation>Lokale API</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth</source>
        <translation>Anderen Apps auf diesem Computer Hearth erlauben</translation>
    </message>
    <message>
        <source>Serve an OpenAI-compatible API on this computer only</source>
        <translation>Eine OpenAI-kompatible API nur auf diesem Computer anbieten</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Apps send it as &quot;Authorization: Bearer KEY&quot;</source>
        <translation>Apps senden ihn als &quot;Authorization: Bearer KEY&quot;</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>API-Schlüssel kopieren</translation>
    </message>
    <message>
        <source>What the local API is doing</source>
        <translation>Was die lokale API gerade tut</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Apps use it like OpenAI&apos;s API. Every request is screened, signed and audited like the window&apos;s, under the same safety profile and the guardian&apos;s rules.</source>
        <translation>Apps nutzen sie wie die API von OpenAI. Jede Anfrage wird wie im Fenster gefiltert, signiert und protokolliert – mit demselben Sicherheitsprofil und den Regeln der Aufsichtsperson.</translation>
    </message>
    <message>
        <source>The API key is on the clipboard.</source>
        <translation>Der API-Schlüssel ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Stopped: other apps cannot use Hearth.</source>
        <translation>Beendet: Andere Apps können Hearth nicht nutzen.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Listening on %1 (this computer only).</source>
        <translation>Empfangsbereit auf %1 (nur dieser Computer).</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
</context>
<context>
    <name>AppearanceDialog</name>
    <message>
        <source>Appearance and language</source>
        <translation>Darstellung und Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Hearth&apos;s window. Hearth uses a new language the next time it starts.</source>
        <translation>Die Sprache des Hearth-Fensters. Eine neue Sprache verwendet Hearth ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Hearth will use this language the next time it starts.</source>
        <translation>Hearth verwendet diese Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>White and yellow text on black, with strong outlines. It shows at once.</source>
        <translation>Weiße und gelbe Schrift auf Schwarz, mit kräftigen Umrissen. Wirkt sofort.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>The size of all text, the conversation included, from 80 to 200 percent. It shows at once.</source>
        <translation>Die Größe aller Texte, auch der Unterhaltung, von 80 bis 200 Prozent. Wirkt sofort.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <source>These settings apply to every conversation. Anywhere in the window, Ctrl with + or − changes the text size and Ctrl+0 puts it back to 100 %.</source>
        <translation>Diese Einstellungen gelten für alle Unterhaltungen. Überall im Fenster ändert Ctrl mit + oder − die Textgröße, und Ctrl+0 setzt sie auf 100 % zurück.</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>Diese Einstellungen behalten</translation>
    </message>
    <message>
        <source>Put back the settings as they were</source>
        <translation>Die vorherigen Einstellungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>(the text cannot be decrypted)</source>
        <translation>(der Text kann nicht entschlüsselt werden)</translation>
    </message>
    <message>
        <source>(the text was deleted)</source>
        <translation>(der Text wurde gelöscht)</translation>
    </message>
    <message>
        <source>text: {0}</source>
        <translation>Text: {0}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Hearth started</source>
        <translation>Hearth gestartet</translation>
    </message>
    <message>
        <source>Hearth stopped</source>
        <translation>Hearth beendet</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>Modell geladen</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profil geändert</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>Guardian unlock attempt</source>
        <translation>Entsperrversuch der Aufsichtsperson</translation>
    </message>
    <message>
        <source>Screening verdict</source>
        <translation>Filterergebnis</translation>
    </message>
    <message>
        <source>Warning overridden</source>
        <translation>Warnung übergangen</translation>
    </message>
    <message>
        <source>Engine crashed</source>
        <translation>Engine abgestürzt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Old records deleted</source>
        <translation>Alte Einträge gelöscht</translation>
    </message>
    <message>
        <source>Tampering detected</source>
        <translation>Manipulation erkannt</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>Signaturschlüssel erstellt</translation>
    </message>
    <message>
        <source>Answer completed</source>
        <translation>Antwort fertiggestellt</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Model added</source>
        <translation>Modell hinzugefügt</translation>
    </message>
    <message>
        <source>Model removed</source>
        <translation>Modell entfernt</translation>
    </message>
    <message>
        <source>Model downloaded</source>
        <translation>Modell heruntergeladen</translation>
    </message>
    <message>
        <source>Model licence accepted</source>
        <translation>Modelllizenz akzeptiert</translation>
    </message>
    <message>
        <source>Model report card</source>
        <translation>Modellzeugnis</translation>
    </message>
    <message>
        <source>API started</source>
        <translation>API gestartet</translation>
    </message>
    <message>
        <source>API stopped</source>
        <translation>API beendet</translation>
    </message>
    <message>
        <source>Policy installed</source>
        <translation>Richtlinie installiert</translation>
    </message>
    <message>
        <source>Review archive exported</source>
        <translation>Prüfarchiv exportiert</translation>
    </message>
    <message>
        <source>Inference server changed</source>
        <translation>Inferenzserver geändert</translation>
    </message>
    <message>
        <source>Damaged entry</source>
        <translation>Beschädigter Eintrag</translation>
    </message>
    <message>
        <source>Hearth audit report</source>
        <translation>Hearth-Prüfbericht</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>Made {time} on the log {origin}.</source>
        <translation>Erstellt am {time} aus dem Protokoll {origin}.</translation>
    </message>
    <message>
        <source>Can this log be trusted?</source>
        <translation>Ist dieses Protokoll vertrauenswürdig?</translation>
    </message>
    <message>
        <source>Verified: all {entries} entries match the signed checkpoints; nothing was changed, removed or reordered.</source>
        <translation>Geprüft: Alle {entries} Einträge stimmen mit den signierten Prüfpunkten überein; nichts wurde geändert, entfernt oder umsortiert.</translation>
    </message>
    <message>
        <source>Verification FAILED. The log was changed outside Hearth. First problem: {problem}</source>
        <translation>Prüfung FEHLGESCHLAGEN. Das Protokoll wurde außerhalb von Hearth geändert. Erstes Problem: {problem}</translation>
    </message>
    <message>
        <source>Newest signed checkpoint: {size} entries, root {root}…, signed {time}.</source>
        <translation>Neuester signierter Prüfpunkt: {size} Einträge, Wurzel {root}…, signiert am {time}.</translation>
    </message>
    <message>
        <source>There is no signed checkpoint yet.</source>
        <translation>Es gibt noch keinen signierten Prüfpunkt.</translation>
    </message>
    <message>
        <source>Blocked per day, by category</source>
        <translation>Blockiert pro Tag, nach Kategorie</translation>
    </message>
    <message>
        <source>Warnings per day, by category</source>
        <translation>Warnungen pro Tag, nach Kategorie</translation>
    </message>
    <message>
        <source>Minutes of use per day</source>
        <translation>Nutzungsminuten pro Tag</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Nichts in diesem Zeitraum</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Per category over the period</source>
        <translation>Pro Kategorie im Zeitraum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Gewarnt</translation>
    </message>
    <message>
        <source>Entries by kind</source>
        <translation>Einträge nach Art</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Hearth was open for {minutes} minutes over {days} days.</source>
        <translation>Hearth war an {days} Tagen insgesamt {minutes} Minuten geöffnet.</translation>
    </message>
    <message>
        <source>Summary for sharing (differential privacy, ε = {epsilon})</source>
        <translation>Zusammenfassung zum Teilen (Differential Privacy, ε = {epsilon})</translation>
    </message>
    <message>
        <source>Each count below has random Laplace noise with scale 1/ε = {scale} added, so one event more or less changes what is shared very little. About two thirds of the counts are within {spread} of the truth. ε = {epsilon} protects single events; a person with many events is protected less. Counts that came out below zero are shown as zero.</source>
        <translation>Zu jeder Anzahl unten wird zufälliges Laplace-Rauschen mit der Skala 1/ε = {scale} addiert, sodass ein Ereignis mehr oder weniger das Geteilte kaum verändert. Etwa zwei Drittel der Werte liegen höchstens {spread} vom wahren Wert entfernt. ε = {epsilon} schützt einzelne Ereignisse; eine Person mit vielen Ereignissen ist weniger geschützt. Werte unter null werden als null angezeigt.</translation>
    </message>
    <message>
        <source>Noisy count</source>
        <translation>Verrauschte Anzahl</translation>
    </message>
    <message>
        <source>This report holds counts only: no prompt or answer text.</source>
        <translation>Dieser Bericht enthält nur Anzahlen: keinen Text von Nachrichten oder Antworten.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Verify the audit log again</source>
        <translation>Prüfprotokoll erneut prüfen</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Audit log views</source>
        <translation>Ansichten des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Share a summary</source>
        <translation>Zusammenfassung teilen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export the audit report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>Prüfprotokoll schließen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Privacy level epsilon</source>
        <translation>Datenschutzstufe Epsilon</translation>
    </message>
    <message>
        <source>Before counts leave your home, random noise is added to each one. ε (epsilon) sets how much: a smaller ε adds more noise, so the counts say less about any single event (more privacy, less accuracy); a larger ε adds less noise. Every change of ε draws new noise.</source>
        <translation>Bevor Anzahlen Ihr Zuhause verlassen, wird jeder ein zufälliges Rauschen hinzugefügt. ε (Epsilon) legt fest, wie viel: Ein kleineres ε fügt mehr Rauschen hinzu, sodass die Anzahlen weniger über ein einzelnes Ereignis verraten (mehr Datenschutz, weniger Genauigkeit); ein größeres ε fügt weniger Rauschen hinzu. Jede Änderung von ε erzeugt neues Rauschen.</translation>
    </message>
    <message>
        <source>Noisy counts per category</source>
        <translation>Verrauschte Anzahlen pro Kategorie</translation>
    </message>
    <message>
        <source>Select all counts</source>
        <translation>Alle Anzahlen auswählen</translation>
    </message>
    <message>
        <source>ε (epsilon)</source>
        <translation>ε (Epsilon)</translation>
    </message>
    <message>
        <source>Reading and verifying the audit log…</source>
        <translation>Prüfprotokoll wird gelesen und geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s).)</source>
        <translation>
            <numerusform>(%n weiteres Problem.)</numerusform>
            <numerusform>(%n weitere Probleme.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Wait until the audit log has been read.</source>
        <translation>Bitte warten Sie, bis das Prüfprotokoll gelesen wurde.</translation>
    </message>
    <message>
        <source>The report could not be saved to {0}: {1}</source>
        <translation>Der Bericht konnte nicht unter {0} gespeichert werden: {1}</translation>
    </message>
    <message>
        <source>The report was saved to {0}.</source>
        <translation>Der Bericht wurde unter {0} gespeichert.</translation>
    </message>
</context>
<context>
    <name>BackendPanel</name>
    <message>
        <source>This computer (llama.cpp and the models installed here)</source>
        <translation>Dieser Computer (llama.cpp und die hier installierten Modelle)</translation>
    </message>
    <message>
        <source>An inference server on your network (llama-server, vLLM, Ollama)</source>
        <translation>Ein Inferenzserver in Ihrem Netzwerk (llama-server, vLLM, Ollama)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>The inference server&apos;s address, e.g. http://lab-server:8080</source>
        <translation>Die Adresse des Inferenzservers, z. B. http://lab-server:8080</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modell auf dem Server</translation>
    </message>
    <message>
        <source>The server&apos;s model id; List models asks the server</source>
        <translation>Die Modell-ID auf dem Server; „Modelle auflisten“ fragt den Server</translation>
    </message>
    <message>
        <source>Server API key</source>
        <translation>API-Schlüssel des Servers</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key (if any)</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel (falls vorhanden) zu behalten</translation>
    </message>
    <message>
        <source>List models</source>
        <translation>Modelle auflisten</translation>
    </message>
    <message>
        <source>Ask the server which models it offers</source>
        <translation>Den Server fragen, welche Modelle er anbietet</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Take answers from the choice above</source>
        <translation>Antworten von der obigen Auswahl beziehen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Where answers come from</source>
        <translation>Woher die Antworten kommen</translation>
    </message>
    <message>
        <source>With a server, your prompts are still screened on this computer before they are sent, answers are screened here as they arrive, and every answer is signed and audited here. Its statement names the server and the model; the weights cannot be hashed here, and a server cannot apply the answer watermark.</source>
        <translation>Auch mit einem Server werden Ihre Nachrichten vor dem Senden auf diesem Computer gefiltert, Antworten werden beim Eintreffen hier gefiltert, und jede Antwort wird hier signiert und protokolliert. Ihre Erklärung nennt den Server und das Modell; die Gewichte können hier nicht gehasht werden, und ein Server kann das Wasserzeichen für Antworten nicht anwenden.</translation>
    </message>
    <message>
        <source>Approved by the model allowlist.</source>
        <translation>In der Liste freigegebener Modelle enthalten.</translation>
    </message>
    <message>
        <source>Not on the model allowlist: answers are refused until a guardian approves it (allowlist entry %1).</source>
        <translation>Nicht in der Liste freigegebener Modelle: Antworten werden verweigert, bis eine Aufsichtsperson es freigibt (Listeneintrag %1).</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Der Server bietet %n Modell an.</numerusform>
            <numerusform>Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Answers now come from this computer&apos;s models.</source>
        <translation>Antworten kommen jetzt von den Modellen dieses Computers.</translation>
    </message>
    <message>
        <source>Answers now come from %1 on %2.</source>
        <translation>Antworten kommen jetzt von %1 auf %2.</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Models to download</source>
        <translation>Modelle zum Herunterladen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Speicherbedarf</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Ausgewähltes Modell herunterladen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation>Download pausieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the download and delete the part</source>
        <translation>Download abbrechen und den Teil löschen</translation>
    </message>
    <message>
        <source>This computer has %1 of memory.</source>
        <translation>Dieser Computer hat %1 Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Reading the model catalog…</source>
        <translation>Modellkatalog wird gelesen…</translation>
    </message>
    <message>
        <source> (a saved copy: the address could not be reached)</source>
        <translation> (eine gespeicherte Kopie: Die Adresse war nicht erreichbar)</translation>
    </message>
    <message>
        <source>From %1%2</source>
        <translation>Von %1%2</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>guard</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>More than this computer has</source>
        <translation>Mehr, als dieser Computer hat</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>Pausiert bei %1 %</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the download</source>
        <translation>Download fortsetzen</translation>
    </message>
    <message>
        <source>Download a file Hearth cannot check?</source>
        <translation>Eine Datei herunterladen, die Hearth nicht prüfen kann?</translation>
    </message>
    <message>
        <source>The catalog has no checksum for %1, so Hearth cannot check that what arrives is complete and is the file its makers published: a damaged or altered file would look the same. Download it only if you trust where it comes from.</source>
        <translation>Der Katalog enthält keine Prüfsumme für %1. Hearth kann daher nicht prüfen, ob die Datei vollständig ankommt und genau die ist, die ihre Urheber veröffentlicht haben: Eine beschädigte oder veränderte Datei sähe genauso aus. Laden Sie sie nur herunter, wenn Sie der Quelle vertrauen.</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>Trotzdem herunterladen</translation>
    </message>
    <message>
        <source>Don&apos;t download</source>
        <translation>Nicht herunterladen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Wird pausiert…</translation>
    </message>
    <message>
        <source>The partial download of %1 was deleted.</source>
        <translation>Der unvollständige Download von %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>and checked</source>
        <translation>und geprüft</translation>
    </message>
    <message>
        <source>(not checked: no checksum)</source>
        <translation>(nicht geprüft: keine Prüfsumme)</translation>
    </message>
    <message>
        <source>%1 was downloaded %2.</source>
        <translation>%1 wurde heruntergeladen %2.</translation>
    </message>
    <message>
        <source>The download of %1 is paused. Resume continues where it stopped, also after Hearth restarts.</source>
        <translation>Der Download von %1 ist pausiert. „Fortsetzen“ macht dort weiter, wo er aufgehört hat, auch nach einem Neustart von Hearth.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled and its part deleted.</source>
        <translation>Der Download von %1 wurde abgebrochen und der heruntergeladene Teil gelöscht.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the guardian&apos;s passphrase</source>
        <translation>Passphrase der Aufsichtsperson ändern</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Die Passphrase ändern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep the old passphrase</source>
        <translation>Alte Passphrase behalten</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old recovery code no longer works; this is the new one:</source>
        <translation>Die Passphrase wurde geändert. Der alte Wiederherstellungscode funktioniert nicht mehr; dies ist der neue:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Neue Passphrase wählen</translation>
    </message>
    <message>
        <source>Write down the new recovery code</source>
        <translation>Neuen Wiederherstellungscode notieren</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a moment.</source>
        <translation>Passphrase wird geändert… Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Write the new recovery code down and tick the box first: it is shown only this once.</source>
        <translation>Notieren Sie zuerst den neuen Wiederherstellungscode und setzen Sie das Häkchen: Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Your messages and the answers, the newest at the end. Answers are read out a few sentences at a time as they are written.</source>
        <translation>Ihre Nachrichten und die Antworten, die neueste am Ende. Antworten werden, während sie entstehen, jeweils einige Sätze auf einmal vorgelesen.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Sent after a warning: this message may involve %1.</source>
        <translation>Nach einer Warnung gesendet: Diese Nachricht betrifft möglicherweise %1.</translation>
    </message>
    <message>
        <source>Hearth flagged this answer: it may include %1.</source>
        <translation>Hearth hat diese Antwort markiert: Sie enthält möglicherweise %1.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>SmolLM2 135M Instruct</source>
        <translation>SmolLM2 135M Instruct</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>This answer failed.</source>
        <translation>Diese Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Still being written…</source>
        <translation>Wird noch geschrieben…</translation>
    </message>
    <message>
        <source>The safety screen stopped this message.</source>
        <translation>Der Sicherheitsfilter hat diese Nachricht angehalten.</translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation>(leere Antwort)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>Neue Unterhaltung</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>The passphrase has {count} characters; it needs at least {minimum}.</source>
        <translation>Die Passphrase hat {count} Zeichen; sie braucht mindestens {minimum}.</translation>
    </message>
    <message>
        <source>A 4-digit PIN has only 10,000 possibilities, which someone can try in an afternoon; a few unrelated words (“kettle orbit marmalade”) are easy to remember and far harder to guess.</source>
        <translation>Eine 4-stellige PIN hat nur 10.000 Möglichkeiten, die jemand an einem Nachmittag durchprobieren kann; ein paar zusammenhanglose Wörter („Wasserkocher Umlaufbahn Marmelade“) sind leicht zu merken und viel schwerer zu erraten.</translation>
    </message>
    <message>
        <source>The passphrase repeats the same few characters.</source>
        <translation>Die Passphrase wiederholt immer wieder dieselben wenigen Zeichen.</translation>
    </message>
    <message>
        <source>Use a few unrelated words instead.</source>
        <translation>Verwenden Sie stattdessen ein paar zusammenhanglose Wörter.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Fehlermeldung schließen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The audit log could not be written</source>
        <translation>Das Prüfprotokoll konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The review archive cannot be written</source>
        <translation>Das Prüfarchiv kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>The model file cannot be used</source>
        <translation>Die Modelldatei kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Not enough memory for this model</source>
        <translation>Nicht genug Arbeitsspeicher für dieses Modell</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Das Modell konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The message is too long</source>
        <translation>Die Nachricht ist zu lang</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly</source>
        <translation>Die Engine wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>The guard model is not available</source>
        <translation>Das Schutzmodell ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>This data is from a newer Hearth</source>
        <translation>Diese Daten stammen aus einer neueren Hearth-Version</translation>
    </message>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>Der Unterhaltungsverlauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Invalid setting</source>
        <translation>Ungültige Einstellung</translation>
    </message>
    <message>
        <source>The safety screen is not available</source>
        <translation>Der Sicherheitsfilter ist nicht verfügbar</translation>
    </message>
    <message>
        <source>A secret could not be stored</source>
        <translation>Ein Geheimnis konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Not a server address</source>
        <translation>Keine Serveradresse</translation>
    </message>
    <message>
        <source>The connection to the inference server at {url} was lost in the middle of the answer{why}.</source>
        <translation>Die Verbindung zum Inferenzserver unter {url} ist mitten in der Antwort abgebrochen{why}.</translation>
    </message>
    <message>
        <source>The answer so far is kept and marked interrupted. Check the network or the server, then send again.</source>
        <translation>Die bisherige Antwort bleibt erhalten und wird als unterbrochen markiert. Prüfen Sie das Netzwerk oder den Server und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>er hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>nothing is listening there</source>
        <translation>dort nimmt kein Dienst Verbindungen an</translation>
    </message>
    <message>
        <source>that name is not known on this network</source>
        <translation>dieser Name ist in diesem Netzwerk unbekannt</translation>
    </message>
    <message>
        <source>Hearth cannot reach the inference server at {url}: {why}.</source>
        <translation>Hearth kann den Inferenzserver unter {url} nicht erreichen: {why}.</translation>
    </message>
    <message>
        <source>Check that the server is running and that this computer is on its network.</source>
        <translation>Prüfen Sie, ob der Server läuft und ob dieser Computer mit seinem Netzwerk verbunden ist.</translation>
    </message>
    <message>
        <source>Choose a longer passphrase</source>
        <translation>Wählen Sie eine längere Passphrase</translation>
    </message>
    <message>
        <source>The policy bundle cannot be used</source>
        <translation>Das Richtlinienpaket kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth macht Pause</translation>
    </message>
    <message>
        <source>This model is not approved</source>
        <translation>Dieses Modell ist nicht freigegeben</translation>
    </message>
    <message>
        <source>This model is not suitable for this profile</source>
        <translation>Dieses Modell ist für dieses Profil nicht geeignet</translation>
    </message>
    <message>
        <source>Not available in kiosk mode</source>
        <translation>Im Kioskmodus nicht verfügbar</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings were changed outside Hearth</source>
        <translation>Die Einstellungen der Aufsichtsperson wurden außerhalb von Hearth geändert</translation>
    </message>
    <message>
        <source>Hearth could not save the guardian&apos;s settings because the disk is full.</source>
        <translation>Hearth konnte die Einstellungen der Aufsichtsperson nicht speichern, weil der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>Free some space and save again; the previous settings are still in force.</source>
        <translation>Geben Sie etwas Speicherplatz frei und speichern Sie erneut; die bisherigen Einstellungen gelten weiterhin.</translation>
    </message>
    <message>
        <source>Managed by guardian</source>
        <translation>Von der Aufsichtsperson verwaltet</translation>
    </message>
    <message>
        <source>The machine-wide policy is not valid</source>
        <translation>Die computerweite Richtlinie ist ungültig</translation>
    </message>
    <message>
        <source>The time rules are not valid</source>
        <translation>Die Zeitregeln sind ungültig</translation>
    </message>
    <message>
        <source>The model catalog is not valid</source>
        <translation>Der Modellkatalog ist ungültig</translation>
    </message>
    <message>
        <source>No such model in the catalog</source>
        <translation>Dieses Modell gibt es im Katalog nicht</translation>
    </message>
    <message>
        <source>This download cannot be checked</source>
        <translation>Dieser Download kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>The download failed</source>
        <translation>Der Download ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Accept the model&apos;s licence first</source>
        <translation>Akzeptieren Sie zuerst die Lizenz des Modells</translation>
    </message>
    <message>
        <source>The model report card failed</source>
        <translation>Das Modellzeugnis ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The model report card was cancelled</source>
        <translation>Das Modellzeugnis wurde abgebrochen</translation>
    </message>
    <message>
        <source>The evaluation file cannot be used</source>
        <translation>Die Bewertungsdatei kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>The safety profile is not valid</source>
        <translation>Das Sicherheitsprofil ist ungültig</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in Hearth’s log.</source>
        <translation>Etwas ist schiefgelaufen; die Details stehen im Protokoll von Hearth.</translation>
    </message>
    <message>
        <source>This message needs about {tokens} tokens, but only {budget} fit in the context window ({n_ctx} tokens, {reserve} kept for the answer).</source>
        <translation>Diese Nachricht benötigt etwa {tokens} Tokens, aber nur {budget} passen in das Kontextfenster ({n_ctx} Tokens, davon {reserve} für die Antwort reserviert).</translation>
    </message>
    <message>
        <source>Shorten the message, lower the maximum answer length, or raise the context length in the conversation settings.</source>
        <translation>Kürzen Sie die Nachricht, verringern Sie die maximale Antwortlänge oder erhöhen Sie die Kontextlänge in den Einstellungen der Unterhaltung.</translation>
    </message>
    <message>
        <source>Hearth could not save its preferences because the disk is full.</source>
        <translation>Hearth konnte seine Einstellungen nicht speichern, weil der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>Free some space; your conversations are not affected.</source>
        <translation>Geben Sie etwas Speicherplatz frei; Ihre Unterhaltungen sind davon nicht betroffen.</translation>
    </message>
    <message>
        <source>Hearth could not save because the disk is full.</source>
        <translation>Hearth konnte nicht speichern, weil der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>Free some space and try again; everything saved before this point is safe.</source>
        <translation>Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut; alles, was bis hierhin gespeichert wurde, ist sicher.</translation>
    </message>
    <message>
        <source>The engine stopped answering for {seconds} seconds and was restarted.</source>
        <translation>Die Engine hat {seconds} Sekunden lang nicht geantwortet und wurde neu gestartet.</translation>
    </message>
    <message>
        <source>Your conversation is saved; send again to continue.</source>
        <translation>Ihre Unterhaltung ist gespeichert; senden Sie erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>The engine process stopped unexpectedly (exit code {code}).</source>
        <translation>Der Engine-Prozess wurde unerwartet beendet (Exit-Code {code}).</translation>
    </message>
    <message>
        <source>The answer so far is saved and marked interrupted; send again to start a fresh engine.</source>
        <translation>Die bisherige Antwort ist gespeichert und als unterbrochen markiert; senden Sie erneut, um eine neue Engine zu starten.</translation>
    </message>
    <message>
        <source>The model file {path} does not exist.</source>
        <translation>Die Modelldatei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>Choose another model, or import the file again.</source>
        <translation>Wählen Sie ein anderes Modell oder importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} ist ein Ordner, keine Modelldatei.</translation>
    </message>
    <message>
        <source>Choose a .gguf file.</source>
        <translation>Wählen Sie eine .gguf-Datei.</translation>
    </message>
    <message>
        <source>The model file {path} cannot be read ({why}).</source>
        <translation>Die Modelldatei {path} kann nicht gelesen werden ({why}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file.</source>
        <translation>{name} ist keine GGUF-Modelldatei.</translation>
    </message>
    <message>
        <source>Hearth runs quantized models in the GGUF format (files ending in .gguf).</source>
        <translation>Hearth führt quantisierte Modelle im GGUF-Format aus (Dateien mit der Endung .gguf).</translation>
    </message>
    <message>
        <source>{name} uses GGUF version {version}, which this Hearth cannot read.</source>
        <translation>{name} verwendet GGUF-Version {version}, die diese Hearth-Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>Convert the model with a current llama.cpp, or update Hearth.</source>
        <translation>Konvertieren Sie das Modell mit einer aktuellen Version von llama.cpp oder aktualisieren Sie Hearth.</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>Der Header von {name} ist beschädigt.</translation>
    </message>
    <message>
        <source>The file is corrupt; download or import it again.</source>
        <translation>Die Datei ist beschädigt; laden Sie sie erneut herunter oder importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>{name} is too small to hold a model; it is probably truncated.</source>
        <translation>{name} ist zu klein, um ein Modell zu enthalten; die Datei ist vermutlich abgeschnitten.</translation>
    </message>
    <message>
        <source>Download or import it again.</source>
        <translation>Laden Sie die Datei erneut herunter oder importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Search the details</source>
        <translation>Details durchsuchen</translation>
    </message>
    <message>
        <source>Search the details of the entries</source>
        <translation>Die Details der Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Show conversation text</source>
        <translation>Unterhaltungstext zeigen</translation>
    </message>
    <message>
        <source>Show the text of conversations kept in the audit log</source>
        <translation>Den im Prüfprotokoll aufbewahrten Text von Unterhaltungen anzeigen</translation>
    </message>
    <message>
        <source>The log keeps the text of conversations, encrypted, because a guardian chose to. Only you can read it here.</source>
        <translation>Das Protokoll bewahrt den Text von Unterhaltungen verschlüsselt auf, weil eine Aufsichtsperson das so festgelegt hat. Nur Sie können ihn hier lesen.</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Angezeigte Einträge</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Protokolleinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Select all entries</source>
        <translation>Alle Einträge auswählen</translation>
    </message>
    <message>
        <source>{0} of {1} entries</source>
        <translation>{0} von {1} Einträgen</translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>Unlocked · locks again in %n min</source>
        <translation>Entsperrt · sperrt sich in %n Min. wieder</translation>
    </message>
    <message>
        <source>Editing safety profiles</source>
        <translation>Das Bearbeiten von Sicherheitsprofilen</translation>
    </message>
    <message>
        <source>Adding or removing models</source>
        <translation>Das Hinzufügen oder Entfernen von Modellen</translation>
    </message>
    <message>
        <source>Raising the answer and context limits</source>
        <translation>Das Anheben der Grenzen für Antwortlänge und Kontext</translation>
    </message>
    <message>
        <source>The audit settings</source>
        <translation>Die Konfiguration des Prüfprotokolls</translation>
    </message>
    <message>
        <source>The provenance settings</source>
        <translation>Die Konfiguration des Herkunftsnachweises</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Der Kioskmodus</translation>
    </message>
    <message>
        <source>The guard model</source>
        <translation>Das Schutzmodell</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings</source>
        <translation>Das Ändern der Einstellungen der Aufsichtsperson</translation>
    </message>
    <message>
        <source>Serving the API beyond this computer</source>
        <translation>Das Bereitstellen der API über diesen Computer hinaus</translation>
    </message>
    <message>
        <source>{what} is managed by your organisation&apos;s policy for this computer.</source>
        <translation>{what} wird durch die Richtlinie Ihrer Organisation für diesen Computer geregelt.</translation>
    </message>
    <message>
        <source>Ask your school&apos;s or organisation&apos;s administrator.</source>
        <translation>Wenden Sie sich an die Administration Ihrer Schule oder Organisation.</translation>
    </message>
    <message>
        <source>{model} is not on the list of models approved by your organisation.</source>
        <translation>{model} steht nicht auf der Liste der von Ihrer Organisation freigegebenen Modelle.</translation>
    </message>
    <message>
        <source>{model} is not on the list of models approved by the guardian.</source>
        <translation>{model} steht nicht auf der Liste der von der Aufsichtsperson freigegebenen Modelle.</translation>
    </message>
    <message>
        <source>Choose an approved model, or ask for this one to be approved.</source>
        <translation>Wählen Sie ein freigegebenes Modell, oder bitten Sie darum, dieses freizugeben.</translation>
    </message>
    <message>
        <source>{model} looks like a model whose safety training was removed ({words} in its name or description), and the {profile} profile does not allow such models.</source>
        <translation>{model} scheint ein Modell zu sein, dessen Sicherheitstraining entfernt wurde ({words} im Namen oder in der Beschreibung), und das Profil „{profile}“ erlaubt solche Modelle nicht.</translation>
    </message>
    <message>
        <source>A guardian can approve this exact file by its hash (Guardian… → approved models).</source>
        <translation>Eine Aufsichtsperson kann genau diese Datei anhand ihres Hashs freigeben (Aufsichtsperson… → Freigegebene Modelle).</translation>
    </message>
    <message>
        <source>{what} is managed by the guardian.</source>
        <translation>{what} wird von der Aufsichtsperson verwaltet.</translation>
    </message>
    <message>
        <source>Ask the guardian to unlock Hearth with their passphrase.</source>
        <translation>Bitten Sie die Aufsichtsperson, Hearth mit ihrer Passphrase zu entsperren.</translation>
    </message>
</context>
<context>
    <name>GuardianPanel</name>
    <message>
        <source>Guardian settings</source>
        <translation>Einstellungen der Aufsichtsperson</translation>
    </message>
    <message>
        <source>Lock status</source>
        <translation>Sperrstatus</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy for this computer ignores the guardian&apos;s settings; its own settings apply instead.</source>
        <translation>Die Richtlinie der Organisation für diesen Computer übergeht die Einstellungen der Aufsichtsperson; stattdessen gelten ihre eigenen Einstellungen.</translation>
    </message>
    <message>
        <source>{0} Until you save again, Hearth uses its strictest settings.</source>
        <translation>{0} Bis Sie erneut speichern, verwendet Hearth seine strengsten Einstellungen.</translation>
    </message>
    <message>
        <source>Locked profile</source>
        <translation>Gesperrtes Profil</translation>
    </message>
    <message>
        <source>Whatever profile someone picks, Hearth is at least as careful as this one.</source>
        <translation>Egal welches Profil jemand wählt: Hearth ist mindestens so vorsichtig wie mit diesem.</translation>
    </message>
    <message>
        <source>Limit when and how long Hearth can be used</source>
        <translation>Begrenzen, wann und wie lange Hearth genutzt werden kann</translation>
    </message>
    <message>
        <source>No limits</source>
        <translation>Keine Grenzen</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>Zeitregeln</translation>
    </message>
    <message>
        <source>Today&apos;s use</source>
        <translation>Heutige Nutzung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Extra minutes to grant for today</source>
        <translation>Zusätzliche Minuten für heute</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Gewähren</translation>
    </message>
    <message>
        <source>Grant the extra minutes for today</source>
        <translation>Die zusätzlichen Minuten für heute gewähren</translation>
    </message>
    <message>
        <source>Extra time adds to today&apos;s daily limit only; it does not change the allowed hours.</source>
        <translation>Zusatzzeit erhöht nur das heutige Tageslimit; die erlaubten Uhrzeiten ändern sich nicht.</translation>
    </message>
    <message>
        <source>Extra time today</source>
        <translation>Zusatzzeit heute</translation>
    </message>
    <message>
        <source>Approved models</source>
        <translation>Freigegebene Modelle</translation>
    </message>
    <message>
        <source>Approve the current model</source>
        <translation>Aktuelles Modell freigeben</translation>
    </message>
    <message>
        <source>Approve the model in use now</source>
        <translation>Das gerade verwendete Modell freigeben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected model</source>
        <translation>Ausgewähltes Modell entfernen</translation>
    </message>
    <message>
        <source>Allow any model</source>
        <translation>Jedes Modell erlauben</translation>
    </message>
    <message>
        <source>Keep the text of conversations in the audit log</source>
        <translation>Text von Unterhaltungen im Prüfprotokoll aufbewahren</translation>
    </message>
    <message>
        <source>Keep conversation text in the audit log</source>
        <translation>Unterhaltungstext im Prüfprotokoll aufbewahren</translation>
    </message>
    <message>
        <source>The text is encrypted, only a guardian can read it, and the chat window says so to everyone. Off: only what happened is kept.</source>
        <translation>Der Text wird verschlüsselt, nur eine Aufsichtsperson kann ihn lesen, und das Chatfenster weist alle darauf hin. Aus: Nur was geschehen ist, wird aufbewahrt.</translation>
    </message>
    <message>
        <source>Watermark answers, so they can be recognised later</source>
        <translation>Antworten mit Wasserzeichen versehen, damit sie später erkannt werden können</translation>
    </message>
    <message>
        <source>Watermark answers</source>
        <translation>Wasserzeichen in Antworten</translation>
    </message>
    <message>
        <source>Changes to the audit log apply from the next start of Hearth.</source>
        <translation>Änderungen am Prüfprotokoll gelten ab dem nächsten Start von Hearth.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Aufzeichnungen</translation>
    </message>
    <message>
        <source>Kiosk mode, for a shared computer</source>
        <translation>Kioskmodus für einen gemeinsam genutzten Computer</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> Min. ohne Aktivität</translation>
    </message>
    <message>
        <source>Lock the guardian settings again after this many minutes without activity</source>
        <translation>Die Einstellungen der Aufsichtsperson nach so vielen Minuten ohne Aktivität wieder sperren</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> Min. ohne Nutzung</translation>
    </message>
    <message>
        <source>In kiosk mode, start afresh after this many minutes without use</source>
        <translation>Im Kioskmodus nach so vielen Minuten ohne Nutzung neu beginnen</translation>
    </message>
    <message>
        <source>Lock again after</source>
        <translation>Wieder sperren nach</translation>
    </message>
    <message>
        <source>Kiosk: start afresh after</source>
        <translation>Kiosk: Neu beginnen nach</translation>
    </message>
    <message>
        <source>Kiosk and locking</source>
        <translation>Kiosk und Sperre</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s passphrase</source>
        <translation>Passphrase der Aufsichtsperson ändern</translation>
    </message>
    <message>
        <source>Remove guardian…</source>
        <translation>Aufsichtsperson entfernen…</translation>
    </message>
    <message>
        <source>Remove the guardian</source>
        <translation>Die Aufsichtsperson entfernen</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Prüfprotokoll öffnen</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Lock the guardian settings now</source>
        <translation>Einstellungen der Aufsichtsperson jetzt sperren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the guardian settings</source>
        <translation>Einstellungen der Aufsichtsperson speichern</translation>
    </message>
    <message>
        <source>Any model may be used.</source>
        <translation>Jedes Modell darf verwendet werden.</translation>
    </message>
    <message>
        <source>No model is approved: Hearth will not chat until one is.</source>
        <translation>Kein Modell ist freigegeben: Hearth chattet erst, wenn eines freigegeben ist.</translation>
    </message>
    <message>
        <source>Only these models may be used:</source>
        <translation>Nur diese Modelle dürfen verwendet werden:</translation>
    </message>
    <message>
        <source>{0} (in use now)</source>
        <translation>{0} (wird gerade verwendet)</translation>
    </message>
    <message>
        <source>a model not in use now</source>
        <translation>ein gerade nicht verwendetes Modell</translation>
    </message>
    <message>
        <source>There is no daily limit.</source>
        <translation>Es gibt kein Tageslimit.</translation>
    </message>
    <message>
        <source>Used today: {0} min. There is no daily limit.</source>
        <translation>Heute genutzt: {0} Min. Es gibt kein Tageslimit.</translation>
    </message>
    <message>
        <source>Today&apos;s usage record is damaged, so today&apos;s time counts as used up. Granting extra time starts today afresh.</source>
        <translation>Die heutige Nutzungsaufzeichnung ist beschädigt, daher gilt die heutige Zeit als aufgebraucht. Wenn Sie Zusatzzeit gewähren, beginnt der heutige Tag neu.</translation>
    </message>
    <message>
        <source>Used today: {0} min of {1} min + {2} min extra. Left today: {3} min.</source>
        <translation>Heute genutzt: {0} Min. von {1} Min. + {2} Min. zusätzlich. Heute übrig: {3} Min.</translation>
    </message>
    <message>
        <source>Used today: {0} min of {1} min. Left today: {2} min.</source>
        <translation>Heute genutzt: {0} Min. von {1} Min. Heute übrig: {2} Min.</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked · locks again after %n minute(s) without activity</source>
        <translation>
            <numerusform>Entsperrt · sperrt sich nach %n Minute ohne Aktivität wieder</numerusform>
            <numerusform>Entsperrt · sperrt sich nach %n Minuten ohne Aktivität wieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>{0} extra minutes granted for today.</source>
        <translation>{0} zusätzliche Minuten für heute gewährt.</translation>
    </message>
    <message>
        <source>Remove the guardian?</source>
        <translation>Aufsichtsperson entfernen?</translation>
    </message>
    <message>
        <source>Hearth will no longer be locked: anyone using this computer can change the safety profile, the time limits and the approved models. The audit log keeps a record that the guardian was removed.</source>
        <translation>Hearth ist dann nicht mehr gesperrt: Alle, die diesen Computer nutzen, können das Sicherheitsprofil, die Zeitgrenzen und die freigegebenen Modelle ändern. Das Prüfprotokoll vermerkt, dass die Aufsichtsperson entfernt wurde.</translation>
    </message>
    <message>
        <source>Remove guardian</source>
        <translation>Aufsichtsperson entfernen</translation>
    </message>
    <message>
        <source>Keep the guardian</source>
        <translation>Aufsichtsperson behalten</translation>
    </message>
</context>
<context>
    <name>GuardianSetupDialog</name>
    <message>
        <source>Set up a guardian</source>
        <translation>Aufsichtsperson einrichten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorherigen Schritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the guardian set-up</source>
        <translation>Einrichtung der Aufsichtsperson abbrechen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>A guardian is the grown-up (a parent, carer or teacher) who decides what Hearth allows on this computer. Once a guardian is set up, the safety profile, the time limits and the approved models can only be changed with the guardian&apos;s passphrase.</source>
        <translation>Eine Aufsichtsperson ist der erwachsene Mensch (ein Elternteil, eine Betreuungsperson oder eine Lehrkraft), der entscheidet, was Hearth auf diesem Computer erlaubt. Sobald eine Aufsichtsperson eingerichtet ist, lassen sich das Sicherheitsprofil, die Zeitgrenzen und die freigegebenen Modelle nur noch mit ihrer Passphrase ändern.</translation>
    </message>
    <message>
        <source>Why not a 4-digit PIN? It has only 10,000 possibilities, which someone can try in an afternoon. A few unrelated words are easier to remember and far harder to guess.</source>
        <translation>Warum keine 4-stellige PIN? Sie hat nur 10.000 Möglichkeiten, die jemand an einem Nachmittag durchprobieren kann. Ein paar zusammenhanglose Wörter sind leichter zu merken und viel schwerer zu erraten.</translation>
    </message>
    <message>
        <source>Choose the guardian&apos;s passphrase</source>
        <translation>Passphrase der Aufsichtsperson wählen</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy for this computer does not use a guardian&apos;s settings, so a guardian cannot be set up here.</source>
        <translation>Die Richtlinie der Organisation für diesen Computer verwendet keine Einstellungen einer Aufsichtsperson, daher kann hier keine Aufsichtsperson eingerichtet werden.</translation>
    </message>
    <message>
        <source>{0} Setting up a guardian again replaces those settings.</source>
        <translation>{0} Wenn Sie erneut eine Aufsichtsperson einrichten, werden diese Einstellungen ersetzt.</translation>
    </message>
    <message>
        <source>Profile to lock</source>
        <translation>Zu sperrendes Profil</translation>
    </message>
    <message>
        <source>Limit when and how long Hearth can be used</source>
        <translation>Begrenzen, wann und wie lange Hearth genutzt werden kann</translation>
    </message>
    <message>
        <source>Only allow the model in use now</source>
        <translation>Nur das gerade verwendete Modell erlauben</translation>
    </message>
    <message>
        <source>The model in use now: {0}</source>
        <translation>Das gerade verwendete Modell: {0}</translation>
    </message>
    <message>
        <source>Kiosk mode, for a shared computer</source>
        <translation>Kioskmodus für einen gemeinsam genutzten Computer</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <source>Choose what to lock</source>
        <translation>Wählen Sie, was gesperrt werden soll</translation>
    </message>
    <message>
        <source>The guardian is set up. This is your recovery code:</source>
        <translation>Die Aufsichtsperson ist eingerichtet. Dies ist Ihr Wiederherstellungscode:</translation>
    </message>
    <message>
        <source>When you press Finish, Hearth locks. To change these settings later, open the guardian settings and enter your passphrase.</source>
        <translation>Wenn Sie auf „Fertigstellen“ klicken, wird Hearth gesperrt. Um diese Einstellungen später zu ändern, öffnen Sie die Einstellungen der Aufsichtsperson und geben Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Write down the recovery code</source>
        <translation>Wiederherstellungscode notieren</translation>
    </message>
    <message>
        <source>Set up the lock</source>
        <translation>Sperre einrichten</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Setting up the lock… this takes a moment.</source>
        <translation>Sperre wird eingerichtet… Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Write the recovery code down and tick the box first: it is shown only this once.</source>
        <translation>Notieren Sie zuerst den Wiederherstellungscode und setzen Sie das Häkchen: Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Copy into Hearth&apos;s models folder</source>
        <translation>In den Modellordner von Hearth kopieren</translation>
    </message>
    <message>
        <source>Use it where it is (it must stay there)</source>
        <translation>Am aktuellen Ort verwenden (die Datei muss dort bleiben)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import the model</source>
        <translation>Das Modell importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not import the model</source>
        <translation>Das Modell nicht importieren</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>Accept the model&apos;s licence</source>
        <translation>Lizenz des Modells akzeptieren</translation>
    </message>
    <message>
        <source>not stated in the file</source>
        <translation>in der Datei nicht angegeben</translation>
    </message>
    <message>
        <source>%1 (%2) comes under this licence: %3. Read it before you use the model: accepting means you agree to its terms, and Hearth notes it in the audit log.</source>
        <translation>%1 (%2) steht unter dieser Lizenz: %3. Lesen Sie sie, bevor Sie das Modell verwenden: Mit dem Akzeptieren stimmen Sie ihren Bedingungen zu, und Hearth vermerkt das im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>The licence: %1</source>
        <translation>Die Lizenz: %1</translation>
    </message>
    <message>
        <source>Hearth&apos;s catalog has no link to this licence: look for it where the model came from.</source>
        <translation>Der Katalog von Hearth enthält keinen Link zu dieser Lizenz: Suchen Sie sie dort, woher das Modell stammt.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>Accept the licence</source>
        <translation>Lizenz akzeptieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not accept the licence</source>
        <translation>Lizenz nicht akzeptieren</translation>
    </message>
    <message>
        <source>The acceptance could not be saved: %1</source>
        <translation>Die Zustimmung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>Hearth could not listen on port %1 (%2); choose another port.</source>
        <translation>Hearth konnte auf Port %1 keine Verbindungen annehmen (%2); wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>The local API stopped unexpectedly; the details are in Hearth&apos;s log.</source>
        <translation>Die lokale API wurde unerwartet beendet; die Details stehen im Protokoll von Hearth.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>Modelle…</translation>
    </message>
    <message>
        <source>Installed models, importing, downloading and report cards (Ctrl+Shift+M)</source>
        <translation>Installierte Modelle, Importieren, Herunterladen und Zeugnisse (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Start afresh: the conversation so far leaves the screen</source>
        <translation>Neu beginnen: Die bisherige Unterhaltung verschwindet vom Bildschirm</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Safety profiles…</source>
        <translation>Sicherheitsprofile…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Guardian…</source>
        <translation>Aufsichtsperson…</translation>
    </message>
    <message>
        <source>Edit, clone, import and export safety profiles (Ctrl+Shift+P)</source>
        <translation>Sicherheitsprofile bearbeiten, klonen, importieren und exportieren (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Conversation settings, and the appearance and language of the app (Ctrl+,)</source>
        <translation>Einstellungen der Unterhaltung sowie Darstellung und Sprache der App (Ctrl+,)</translation>
    </message>
    <message>
        <source>Unlock, lock and set up the guardian&apos;s controls (Ctrl+Shift+G)</source>
        <translation>Die Steuerung der Aufsichtsperson entsperren, sperren und einrichten (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Eine neue Unterhaltung beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>A guardian can read the conversations on this computer.</source>
        <translation>Eine Aufsichtsperson kann die Unterhaltungen auf diesem Computer lesen.</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings keep the text of conversations in the audit log, so a guardian can read them later.</source>
        <translation>Laut den Einstellungen der Aufsichtsperson wird der Text von Unterhaltungen im Prüfprotokoll aufbewahrt, sodass eine Aufsichtsperson ihn später lesen kann.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Letzte Antwort neu erzeugen</translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+R)</source>
        <translation>Die letzte Nachricht erneut beantworten (Ctrl+R)</translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>Letzte Antwort kopieren</translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation>Letzte Antwort kopieren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Edit last</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the last message</source>
        <translation>Letzte Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Edit and resend your last message (Ctrl+E, or Up in an empty box)</source>
        <translation>Ihre letzte Nachricht bearbeiten und erneut senden (Ctrl+E oder Pfeil nach oben in einem leeren Feld)</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Enter zum Senden · Shift+Enter für eine neue Zeile</translation>
    </message>
    <message>
        <source>Guardian&apos;s lock</source>
        <translation>Sperre der Aufsichtsperson</translation>
    </message>
    <message>
        <source>Machine-wide policy</source>
        <translation>Computerweite Richtlinie</translation>
    </message>
    <message>
        <source>A policy file set by your school or organisation is in force on this computer</source>
        <translation>Auf diesem Computer gilt eine Richtliniendatei Ihrer Schule oder Organisation</translation>
    </message>
    <message>
        <source>Copy last answer</source>
        <translation>Letzte Antwort kopieren</translation>
    </message>
    <message>
        <source>Edit last message</source>
        <translation>Letzte Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Appearance and language…</source>
        <translation>Darstellung und Sprache…</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>Text at 100%</source>
        <translation>Text auf 100 %</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>„%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation>Antwort kopiert</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 Tokens</translation>
    </message>
    <message>
        <source>1 older message no longer fits in the context and was left out</source>
        <translation>1 ältere Nachricht passt nicht mehr in den Kontext und wurde weggelassen</translation>
    </message>
    <message numerus="yes">
        <source>%n older messages no longer fit in the context and were left out</source>
        <translation>
            <numerusform>%n ältere Nachricht passt nicht mehr in den Kontext und wurde weggelassen</numerusform>
            <numerusform>%n ältere Nachrichten passen nicht mehr in den Kontext und wurden weggelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Nachricht nicht gesendet</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>Textgröße: %1 %</translation>
    </message>
    <message>
        <source>Your preferences could not be saved</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The safety settings in force are the strictest of your choice and the guardian&apos;s or your organisation&apos;s. You can make things stricter, never looser.</source>
        <translation>Es gelten jeweils die strengsten Sicherheitseinstellungen aus Ihrer Wahl und der der Aufsichtsperson oder Ihrer Organisation. Sie können sie verschärfen, aber nie lockern.</translation>
    </message>
    <message>
        <source>The safety profile could not be changed</source>
        <translation>Das Sicherheitsprofil konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Safety profile: %1</source>
        <translation>Sicherheitsprofil: %1</translation>
    </message>
    <message>
        <source>%1 Until this is fixed, the strictest preset (Child) is in force. Choose a profile in the toolbar, or fix it in Safety profiles…</source>
        <translation>%1 Bis das behoben ist, gilt die strengste Voreinstellung (Child). Wählen Sie ein Profil in der Symbolleiste oder beheben Sie es unter „Sicherheitsprofile…“.</translation>
    </message>
    <message>
        <source>The safety profile could not be read</source>
        <translation>Das Sicherheitsprofil konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 Until this is mended, Hearth uses its strictest settings. A guardian or your organisation&apos;s administrator can fix it.</source>
        <translation>%1 Bis das behoben ist, verwendet Hearth seine strengsten Einstellungen. Eine Aufsichtsperson oder die Administration Ihrer Organisation kann es beheben.</translation>
    </message>
    <message>
        <source>Hearth is using its strictest settings</source>
        <translation>Hearth verwendet seine strengsten Einstellungen</translation>
    </message>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth macht Pause</translation>
    </message>
</context>
<context>
    <name>ManagedNote</name>
    <message>
        <source>Managed setting</source>
        <translation>Verwaltete Einstellung</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message Hearth…</source>
        <translation>Nachricht an Hearth…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line, and Up in an empty box edits your last message.</source>
        <translation>Enter sendet die Nachricht, Shift+Enter beginnt eine neue Zeile, und Pfeil nach oben in einem leeren Feld bearbeitet Ihre letzte Nachricht.</translation>
    </message>
</context>
<context>
    <name>ModelActions</name>
    <message>
        <source>Memory will be tight with this model: %1</source>
        <translation>Mit diesem Modell wird der Speicher knapp: %1</translation>
    </message>
    <message>
        <source>%1 on the server %2</source>
        <translation>%1 auf dem Server %2</translation>
    </message>
    <message>
        <source>The model that writes the answers</source>
        <translation>Das Modell, das die Antworten schreibt</translation>
    </message>
    <message>
        <source>Answers come from the inference server (Models… → Inference server); choose This computer there to use these models</source>
        <translation>Antworten kommen vom Inferenzserver (Modelle… → Inferenzserver); wählen Sie dort „Dieser Computer“, um diese Modelle zu verwenden</translation>
    </message>
    <message>
        <source>Only approved models are listed (%1)</source>
        <translation>Nur freigegebene Modelle werden angezeigt (%1)</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <source>Use this model for answers</source>
        <translation>Dieses Modell für Antworten verwenden</translation>
    </message>
    <message>
        <source>Accept licence…</source>
        <translation>Lizenz akzeptieren…</translation>
    </message>
    <message>
        <source>Read and accept the licence</source>
        <translation>Lizenz lesen und akzeptieren</translation>
    </message>
    <message>
        <source>Show chat template…</source>
        <translation>Chatvorlage anzeigen…</translation>
    </message>
    <message>
        <source>Show the chat template</source>
        <translation>Die Chatvorlage anzeigen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove this model</source>
        <translation>Dieses Modell entfernen</translation>
    </message>
    <message>
        <source>Report card…</source>
        <translation>Zeugnis…</translation>
    </message>
    <message>
        <source>Run the model&apos;s report card</source>
        <translation>Zeugnis für das Modell erstellen</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Chatvorlage</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Choose a model in the list</source>
        <translation>Wählen Sie ein Modell in der Liste</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (not accepted yet)</source>
        <translation>%1 (noch nicht akzeptiert)</translation>
    </message>
    <message>
        <source>The bundled model is part of Hearth and cannot be removed.</source>
        <translation>Das mitgelieferte Modell gehört zu Hearth und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 now writes the answers.</source>
        <translation>%1 schreibt jetzt die Antworten.</translation>
    </message>
    <message>
        <source>Hearth forgets %1; the file stays where it is.</source>
        <translation>Hearth vergisst %1; die Datei bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>%1 is deleted from Hearth&apos;s models folder. This cannot be undone.</source>
        <translation>%1 wird aus dem Modellordner von Hearth gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model that writes the answers</source>
        <translation>Das Modell, das die Antworten schreibt</translation>
    </message>
    <message>
        <source>Open GGUF file…</source>
        <translation>GGUF-Datei öffnen…</translation>
    </message>
    <message>
        <source>Use a GGUF model file from anywhere on this computer</source>
        <translation>Eine GGUF-Modelldatei von einem beliebigen Ort auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>SmolLM2 135M Instruct (bundled)</source>
        <translation>SmolLM2 135M Instruct (mitgeliefert)</translation>
    </message>
    <message>
        <source>%1 (not approved)</source>
        <translation>%1 (nicht freigegeben)</translation>
    </message>
    <message>
        <source>Checking which models are approved…</source>
        <translation>Freigegebene Modelle werden ermittelt…</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>GGUF-Modell öffnen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>Eine Modelldatei importieren</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import-Fortschritt</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Inference server</source>
        <translation>Inferenzserver</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the models view</source>
        <translation>Modellansicht schließen</translation>
    </message>
    <message>
        <source>Reading the model files…</source>
        <translation>Modelldateien werden gelesen…</translation>
    </message>
    <message>
        <source>Add a GGUF model file from this computer</source>
        <translation>Eine GGUF-Modelldatei von diesem Computer hinzufügen</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>GGUF-Modell importieren</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>At least {0} characters, a few words work well</source>
        <translation>Mindestens {0} Zeichen, ein paar Wörter eignen sich gut</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Show the passphrase as it is typed</source>
        <translation>Passphrase beim Eintippen anzeigen</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>Hinweis zur Passphrase</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Noch einmal eingeben</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>At least {0} characters.</source>
        <translation>Mindestens {0} Zeichen.</translation>
    </message>
    <message>
        <source>Good. Now type it again to confirm.</source>
        <translation>Gut. Geben Sie sie jetzt zur Bestätigung noch einmal ein.</translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation>✓ Die Passphrasen stimmen überein.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Safety profiles [*]</source>
        <translation>Sicherheitsprofile [*]</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Close the profile editor</source>
        <translation>Profileditor schließen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Safety profiles</source>
        <translation>Sicherheitsprofile</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Klonen…</translation>
    </message>
    <message>
        <source>Clone this profile</source>
        <translation>Dieses Profil klonen</translation>
    </message>
    <message>
        <source>Copy this profile (with any unsaved changes) under a new name</source>
        <translation>Dieses Profil (mit allen ungespeicherten Änderungen) unter einem neuen Namen kopieren</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a profile file</source>
        <translation>Eine Profildatei importieren</translation>
    </message>
    <message>
        <source>Add a profile someone shared with you (a TOML file)</source>
        <translation>Ein Profil hinzufügen, das jemand mit Ihnen geteilt hat (eine TOML-Datei)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export this profile</source>
        <translation>Dieses Profil exportieren</translation>
    </message>
    <message>
        <source>Save the profile to a TOML file to share it</source>
        <translation>Das Profil zum Teilen als TOML-Datei speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this profile</source>
        <translation>Dieses Profil löschen</translation>
    </message>
    <message>
        <source>Delete this custom profile (presets cannot be deleted)</source>
        <translation>Dieses eigene Profil löschen (Voreinstellungen können nicht gelöscht werden)</translation>
    </message>
    <message>
        <source>This is a preset, so it is read-only. Clone a preset to change it.</source>
        <translation>Dies ist eine Voreinstellung und daher schreibgeschützt. Klonen Sie eine Voreinstellung, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Who the safety messages are worded for</source>
        <translation>Für wen die Sicherheitshinweise formuliert sind</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Teen</source>
        <translation>Jugendliche</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Erwachsene</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>Answer length cap</source>
        <translation>Max. Antwortlänge</translation>
    </message>
    <message>
        <source>The longest answer this profile allows</source>
        <translation>Die längste Antwort, die dieses Profil erlaubt</translation>
    </message>
    <message>
        <source>System prompt addition</source>
        <translation>Zusatz zur Systemanweisung</translation>
    </message>
    <message>
        <source>Added to every conversation&apos;s system prompt under this profile</source>
        <translation>Wird unter diesem Profil der Systemanweisung jeder Unterhaltung hinzugefügt</translation>
    </message>
    <message>
        <source>Watermark answers</source>
        <translation>Wasserzeichen in Antworten</translation>
    </message>
    <message>
        <source>Nudge the model&apos;s word choices in a pattern only this device&apos;s key can detect, so “Verify a text…” can recognise the answers later, even without their provenance record</source>
        <translation>Die Wortwahl des Modells nach einem Muster lenken, das nur der Schlüssel dieses Geräts erkennen kann, sodass „Text prüfen…“ die Antworten später wiedererkennt – auch ohne ihren Herkunftsnachweis</translation>
    </message>
    <message>
        <source>Who decided these settings</source>
        <translation>Wer diese Einstellungen festgelegt hat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Rules by category</source>
        <translation>Regeln nach Kategorie</translation>
    </message>
    <message>
        <source>Managed by guardian</source>
        <translation>Von der Aufsichtsperson verwaltet</translation>
    </message>
    <message>
        <source>This is the profile in force now: the strictest of your choice and any guardian&apos;s or organisation&apos;s settings. It is read-only.</source>
        <translation>Dies ist das derzeit geltende Profil: das strengste aus Ihrer Wahl und den Einstellungen einer Aufsichtsperson oder Organisation. Es ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Managed by guardian — unlock to edit</source>
        <translation>Von der Aufsichtsperson verwaltet – zum Bearbeiten entsperren</translation>
    </message>
    <message>
        <source>Managed by your organisation — ask your administrator</source>
        <translation>Von Ihrer Organisation verwaltet – wenden Sie sich an die Administration</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Answer length cap: %1 tokens, set by %2</source>
        <translation>Max. Antwortlänge: %1 Tokens, festgelegt von: %2</translation>
    </message>
    <message>
        <source>Guard model: %1, set by %2</source>
        <translation>Schutzmodell: %1, festgelegt von: %2</translation>
    </message>
    <message>
        <source>Audience: %1, set by %2</source>
        <translation>Zielgruppe: %1, festgelegt von: %2</translation>
    </message>
    <message>
        <source>Watermark: on, set by %1</source>
        <translation>Wasserzeichen: an, festgelegt von: %1</translation>
    </message>
    <message>
        <source>Watermark: off, set by %1</source>
        <translation>Wasserzeichen: aus, festgelegt von: %1</translation>
    </message>
    <message>
        <source>Time rules: none, set by %1</source>
        <translation>Zeitregeln: keine, festgelegt von: %1</translation>
    </message>
    <message>
        <source>Time rules: limited hours, set by %1</source>
        <translation>Zeitregeln: begrenzte Uhrzeiten, festgelegt von: %1</translation>
    </message>
    <message>
        <source>Time rules: limited hours and %2 minutes a day, set by %1</source>
        <translation>Zeitregeln: begrenzte Uhrzeiten und %2 Minuten pro Tag, festgelegt von: %1</translation>
    </message>
    <message>
        <source>Time rules: %2 minutes a day, set by %1</source>
        <translation>Zeitregeln: %2 Minuten pro Tag, festgelegt von: %1</translation>
    </message>
    <message>
        <source>Approved models: any, set by %1</source>
        <translation>Freigegebene Modelle: alle, festgelegt von: %1</translation>
    </message>
    <message numerus="yes">
        <source>Approved models: %n file(s) by hash, set by %1</source>
        <translation>
            <numerusform>Freigegebene Modelle: %n Datei per Hash, festgelegt von: %1</numerusform>
            <numerusform>Freigegebene Modelle: %n Dateien per Hash, festgelegt von: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosk mode: on, set by %1</source>
        <translation>Kioskmodus: an, festgelegt von: %1</translation>
    </message>
    <message>
        <source>Kiosk mode: off, set by %1</source>
        <translation>Kioskmodus: aus, festgelegt von: %1</translation>
    </message>
    <message>
        <source>Audit log keeps: the text of conversations too, set by %1</source>
        <translation>Prüfprotokoll bewahrt auf: auch den Text von Unterhaltungen, festgelegt von: %1</translation>
    </message>
    <message>
        <source>Audit log keeps: what happened, not what was said, set by %1</source>
        <translation>Prüfprotokoll bewahrt auf: was geschah, nicht was gesagt wurde, festgelegt von: %1</translation>
    </message>
    <message>
        <source>Conversations kept: until deleted, set by %1</source>
        <translation>Unterhaltungen aufbewahrt: bis zum Löschen, festgelegt von: %1</translation>
    </message>
    <message numerus="yes">
        <source>Conversations kept: %n day(s), set by %1</source>
        <translation>
            <numerusform>Unterhaltungen aufbewahrt: %n Tag, festgelegt von: %1</numerusform>
            <numerusform>Unterhaltungen aufbewahrt: %n Tage, festgelegt von: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>Jetzt gültig</translation>
    </message>
    <message>
        <source>The safety settings the screen applies now, and who decided each</source>
        <translation>Die Sicherheitseinstellungen, die der Filter jetzt anwendet, und wer sie jeweils festgelegt hat</translation>
    </message>
    <message>
        <source>%1 (preset, read-only)</source>
        <translation>%1 (Voreinstellung, schreibgeschützt)</translation>
    </message>
    <message>
        <source>Presets are read-only. Clone a preset to change it.</source>
        <translation>Voreinstellungen sind schreibgeschützt. Klonen Sie eine Voreinstellung, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>Die Kopie konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cloned as “%1”. Change it here, then Save.</source>
        <translation>Als „%1“ geklont. Ändern Sie es hier und klicken Sie dann auf „Speichern“.</translation>
    </message>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>Die Datei konnte nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source>Save your changes first: Export writes the saved profile.</source>
        <translation>Speichern Sie zuerst Ihre Änderungen: „Exportieren“ schreibt das gespeicherte Profil.</translation>
    </message>
    <message>
        <source>The profile could not be exported: %1</source>
        <translation>Das Profil konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>„%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>“%1” is the profile the guardian locked. Lock another profile in Guardian… before deleting this one.</source>
        <translation>„%1“ ist das Profil, das die Aufsichtsperson gesperrt hat. Sperren Sie unter „Aufsichtsperson…“ ein anderes Profil, bevor Sie dieses löschen.</translation>
    </message>
    <message>
        <source>“%1” is the profile in use. Choose another profile in the toolbar before deleting this one.</source>
        <translation>„%1“ ist das verwendete Profil. Wählen Sie in der Symbolleiste ein anderes Profil, bevor Sie dieses löschen.</translation>
    </message>
    <message>
        <source>The profile could not be deleted: %1</source>
        <translation>Das Profil konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Some profile files could not be read and are not listed: %1</source>
        <translation>Einige Profildateien konnten nicht gelesen werden und werden nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>Clone profile</source>
        <translation>Profil klonen</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Name des neuen Profils:</translation>
    </message>
    <message>
        <source>Import a safety profile</source>
        <translation>Ein Sicherheitsprofil importieren</translation>
    </message>
    <message>
        <source>Safety profiles (*.toml *.json)</source>
        <translation>Sicherheitsprofile (*.toml *.json)</translation>
    </message>
    <message>
        <source>Export the safety profile</source>
        <translation>Das Sicherheitsprofil exportieren</translation>
    </message>
    <message>
        <source>Safety profiles (*.toml)</source>
        <translation>Sicherheitsprofile (*.toml)</translation>
    </message>
    <message>
        <source>Replace profile</source>
        <translation>Profil ersetzen</translation>
    </message>
    <message>
        <source>The imported profile “%1” has the same id as your profile “%2”. Replace it?</source>
        <translation>Das importierte Profil „%1“ hat dieselbe ID wie Ihr Profil „%2“. Ersetzen?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? This cannot be undone.</source>
        <translation>Das Profil „%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Safety profile</source>
        <translation>Sicherheitsprofil</translation>
    </message>
    <message>
        <source>What the safety screen blocks, warns about or allows</source>
        <translation>Was der Sicherheitsfilter blockiert, wovor er warnt oder was er erlaubt</translation>
    </message>
</context>
<context>
    <name>ProfileRulesModel</name>
    <message>
        <source>Set by</source>
        <translation>Festgelegt von</translation>
    </message>
    <message>
        <source>The score (0.00–1.00) at or above which the action applies</source>
        <translation>Der Wert (0.00–1.00), ab dem die Aktion greift</translation>
    </message>
    <message>
        <source>What happens to what the user sends</source>
        <translation>Was mit dem geschieht, was die Person sendet</translation>
    </message>
    <message>
        <source>What happens to what the model writes</source>
        <translation>Was mit dem geschieht, was das Modell schreibt</translation>
    </message>
    <message>
        <source>Scores from %1 up to the threshold get a warning instead.</source>
        <translation>Werte ab %1 bis zur Schwelle erhalten stattdessen eine Warnung.</translation>
    </message>
    <message>
        <source>Only a block rule can have a warning band: set the action to Block to use it.</source>
        <translation>Nur eine Blockierregel kann einen Warnbereich haben: Setzen Sie die Aktion auf „Blockieren“, um ihn zu nutzen.</translation>
    </message>
    <message>
        <source>Clone a preset to change it</source>
        <translation>Klonen Sie eine Voreinstellung, um sie zu ändern</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Nachricht: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Who decided this rule: you, the guardian or your organisation. The rule in force is the strictest of theirs.</source>
        <translation>Wer diese Regel festgelegt hat: Sie, die Aufsichtsperson oder Ihre Organisation. Es gilt jeweils die strengste Regel.</translation>
    </message>
    <message>
        <source>not used: only block rules have a warning band</source>
        <translation>nicht verwendet: Nur Blockierregeln haben einen Warnbereich</translation>
    </message>
    <message>
        <source>no warning band</source>
        <translation>kein Warnbereich</translation>
    </message>
    <message>
        <source>For a block rule: scores from this value up to the threshold get a warning instead of passing. “—” means no warning band; slide to the far left (0) to remove the band.</source>
        <translation>Für eine Blockierregel: Werte ab diesem Wert bis zur Schwelle erhalten eine Warnung, statt durchgelassen zu werden. „—“ bedeutet kein Warnbereich; schieben Sie den Regler ganz nach links (0), um den Bereich zu entfernen.</translation>
    </message>
    <message>
        <source>Prompt action</source>
        <translation>Nachricht: Aktion</translation>
    </message>
    <message>
        <source>Prompt threshold</source>
        <translation>Nachricht: Schwelle</translation>
    </message>
    <message>
        <source>Prompt warns from</source>
        <translation>Nachricht: Warnung ab</translation>
    </message>
    <message>
        <source>Answer action</source>
        <translation>Antwort: Aktion</translation>
    </message>
    <message>
        <source>Answer threshold</source>
        <translation>Antwort: Schwelle</translation>
    </message>
    <message>
        <source>Answer warns from</source>
        <translation>Antwort: Warnung ab</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Teen</source>
        <translation>Jugendliche</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>For children under 13: blocks every hazard category, keeps answers short and kind, and stops personal details from being shared.</source>
        <translation>Für Kinder unter 13: blockiert alle Gefahrenkategorien, hält Antworten kurz und freundlich und verhindert, dass persönliche Angaben geteilt werden.</translation>
    </message>
    <message>
        <source>For ages 13 to 17: blocks hazards and explicit content, warns on specialised advice and on sharing personal details.</source>
        <translation>Für 13- bis 17-Jährige: blockiert Gefahren und explizite Inhalte, warnt bei Fachberatung und beim Teilen persönlicher Angaben.</translation>
    </message>
    <message>
        <source>For classrooms and school labs: blocks hazards and off-task explicit content; warns on specialised advice and personal details.</source>
        <translation>Für Klassenzimmer und Schulcomputerräume: blockiert Gefahren und unpassende explizite Inhalte; warnt bei Fachberatung und persönlichen Angaben.</translation>
    </message>
    <message>
        <source>For adults: blocks serious hazards, warns on specialised advice and on sharing personal details.</source>
        <translation>Für Erwachsene: blockiert ernste Gefahren, warnt bei Fachberatung und beim Teilen persönlicher Angaben.</translation>
    </message>
    <message>
        <source>For adults who want few limits: blocks only child exploitation, mass-casualty weapons, violent crime and jailbreaks; warns on the rest.</source>
        <translation>Für Erwachsene, die wenige Grenzen wünschen: blockiert nur Kindesausbeutung, Massenvernichtungswaffen, Gewaltverbrechen und Jailbreaks; warnt bei allem anderen.</translation>
    </message>
</context>
<context>
    <name>ProvenanceActions</name>
    <message>
        <source>Copy with provenance</source>
        <translation>Mit Herkunftsnachweis kopieren</translation>
    </message>
    <message>
        <source>Save answer with provenance…</source>
        <translation>Antwort mit Herkunftsnachweis speichern…</translation>
    </message>
    <message>
        <source>Export conversation…</source>
        <translation>Unterhaltung exportieren…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown or HTML, with every answer&apos;s signed provenance record beside it</source>
        <translation>Diese Unterhaltung als Markdown oder HTML speichern, mit dem signierten Herkunftsnachweis jeder Antwort daneben</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Verify a text…</source>
        <translation>Text prüfen…</translation>
    </message>
    <message>
        <source>Check whether a text came from this device, with which model and safety profile, and whether it was changed (Ctrl+Shift+K)</source>
        <translation>Prüfen, ob ein Text von diesem Gerät stammt, mit welchem Modell und Sicherheitsprofil, und ob er geändert wurde (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>More ways to copy: with provenance, save, export, verify</source>
        <translation>Weitere Möglichkeiten: mit Herkunftsnachweis kopieren, speichern, exportieren, prüfen</translation>
    </message>
    <message>
        <source>Copy or save the answer with its signed record of where it came from, export the conversation, or check a text</source>
        <translation>Die Antwort mit ihrem signierten Nachweis ihrer Herkunft kopieren oder speichern, die Unterhaltung exportieren oder einen Text prüfen</translation>
    </message>
    <message>
        <source>Copy the last answer with its signed provenance record</source>
        <translation>Die letzte Antwort mit ihrem signierten Herkunftsnachweis kopieren</translation>
    </message>
    <message>
        <source>Save the last answer to a text file, with its signed provenance record beside it</source>
        <translation>Die letzte Antwort als Textdatei speichern, mit ihrem signierten Herkunftsnachweis daneben</translation>
    </message>
    <message>
        <source>Wait until the answer has finished</source>
        <translation>Warten Sie, bis die Antwort fertig ist</translation>
    </message>
    <message>
        <source>There is no answer in this conversation yet</source>
        <translation>In dieser Unterhaltung gibt es noch keine Antwort</translation>
    </message>
    <message>
        <source>The last answer was blocked, so there is no text to copy</source>
        <translation>Die letzte Antwort wurde blockiert, daher gibt es keinen Text zum Kopieren</translation>
    </message>
    <message>
        <source>The last answer has no provenance record: it was written before Hearth signed answers</source>
        <translation>Die letzte Antwort hat keinen Herkunftsnachweis: Sie wurde geschrieben, bevor Hearth Antworten signiert hat</translation>
    </message>
    <message>
        <source>Answer copied with its provenance record</source>
        <translation>Antwort mit Herkunftsnachweis kopiert</translation>
    </message>
    <message>
        <source>The answer could not be saved</source>
        <translation>Die Antwort konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1 and its provenance record %2</source>
        <translation>%1 und der zugehörige Herkunftsnachweis %2 wurden gespeichert</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>The conversation could not be exported</source>
        <translation>Die Unterhaltung konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported %1; no answer in it has a provenance record, so %2 is empty</source>
        <translation>%1 exportiert; keine Antwort darin hat einen Herkunftsnachweis, daher ist %2 leer</translation>
    </message>
    <message>
        <source>Exported %1, with its answer&apos;s provenance record in %2</source>
        <translation>%1 exportiert, mit dem Herkunftsnachweis der Antwort in %2</translation>
    </message>
    <message>
        <source>Exported %1, with %3 answers&apos; provenance records in %2</source>
        <translation>%1 exportiert, mit den Herkunftsnachweisen von %3 Antworten in %2</translation>
    </message>
    <message>
        <source>Save answer with provenance</source>
        <translation>Antwort mit Herkunftsnachweis speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;Markdown (*.md);;All files (*)</source>
        <translation>Textdateien (*.txt);;Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Wiederherstellungscode kopieren</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>Ich habe den Wiederherstellungscode notiert</translation>
    </message>
    <message>
        <source>This code is shown only once. Keep it somewhere safe, away from this computer: it lets you choose a new passphrase if you forget this one, and then it is replaced by a new code.</source>
        <translation>Dieser Code wird nur einmal angezeigt. Bewahren Sie ihn an einem sicheren Ort auf, nicht bei diesem Computer: Mit ihm können Sie eine neue Passphrase wählen, falls Sie diese vergessen; danach wird er durch einen neuen Code ersetzt.</translation>
    </message>
    <message>
        <source>Recovery code {0}</source>
        <translation>Wiederherstellungscode {0}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ReportCardSection</name>
    <message>
        <source>Report card progress</source>
        <translation>Fortschritt des Zeugnisses</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the report card</source>
        <translation>Zeugnis abbrechen</translation>
    </message>
    <message>
        <source>Report card</source>
        <translation>Zeugnis</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the report card</source>
        <translation>Zeugnis exportieren</translation>
    </message>
    <message>
        <source>No report card yet. It measures how often the model refuses harmful requests and harmless ones, without Hearth&apos;s safety screen.</source>
        <translation>Noch kein Zeugnis. Es misst, wie oft das Modell schädliche und harmlose Anfragen ablehnt – ohne den Sicherheitsfilter von Hearth.</translation>
    </message>
    <message>
        <source>Newest report card, made %1:</source>
        <translation>Neuestes Zeugnis, erstellt am %1:</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>%1 of %2 prompts</source>
        <translation>%1 von %2 Nachrichten</translation>
    </message>
    <message>
        <source>The report card was kept in %1.</source>
        <translation>Das Zeugnis wurde in %1 abgelegt.</translation>
    </message>
    <message>
        <source>The report card was stopped; nothing was kept.</source>
        <translation>Das Zeugnis wurde abgebrochen; nichts wurde aufbewahrt.</translation>
    </message>
    <message>
        <source>The report card could not be saved to %1: %2</source>
        <translation>Das Zeugnis konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The report card was saved to %1.</source>
        <translation>Das Zeugnis wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
</context>
<context>
    <name>RestingNotice</name>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth macht Pause</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>the on-device classifier</source>
        <translation>dem Klassifikator auf diesem Gerät</translation>
    </message>
    <message>
        <source>the jailbreak and prompt-injection check</source>
        <translation>der Prüfung auf Jailbreaks und Prompt-Injection</translation>
    </message>
    <message>
        <source>the personal-information check</source>
        <translation>der Prüfung auf persönliche Daten</translation>
    </message>
    <message>
        <source>the passwords-and-keys check</source>
        <translation>der Prüfung auf Passwörter und Schlüssel</translation>
    </message>
    <message>
        <source>the guard model</source>
        <translation>dem Schutzmodell</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through this alone</source>
        <translation>Sie müssen da nicht alleine durch</translation>
    </message>
    <message>
        <source>It sounds like you might be going through something really hard. Talking to someone can help, and there are people ready to listen right now.</source>
        <translation>Es klingt, als ginge es Ihnen gerade wirklich schwer. Mit jemandem zu reden kann helfen, und es gibt Menschen, die Ihnen jetzt sofort zuhören.</translation>
    </message>
    <message>
        <source>It sounds like you might be feeling really sad or hurt. Please tell a grown-up you trust, like a parent or teacher. You can also call someone who is there to help:</source>
        <translation>Es klingt, als wärst du gerade sehr traurig oder verletzt. Bitte erzähl es einem Erwachsenen, dem du vertraust, zum Beispiel deinen Eltern oder einer Lehrkraft. Du kannst auch jemanden anrufen, der da ist, um zu helfen:</translation>
    </message>
    <message>
        <source>Answer stopped</source>
        <translation>Antwort angehalten</translation>
    </message>
    <message>
        <source>Hearth stopped this answer because it began to include something about %1. Let&apos;s talk about something else!</source>
        <translation>Hearth hat diese Antwort angehalten, weil es darin um %1 ging. Reden wir lieber über etwas anderes!</translation>
    </message>
    <message>
        <source>Hearth stopped this answer because it began to include %1 (%2), which the %3 profile does not allow.</source>
        <translation>Hearth hat diese Antwort angehalten, weil sie begann, %1 (%2) zu enthalten, was das Profil „%3“ nicht erlaubt.</translation>
    </message>
    <message>
        <source>Send this message?</source>
        <translation>Diese Nachricht senden?</translation>
    </message>
    <message>
        <source>This message may involve %1 (%2). The %3 profile asks you to confirm before it is sent.</source>
        <translation>Diese Nachricht betrifft möglicherweise %1 (%2). Das Profil „%3“ bittet Sie, das Senden zu bestätigen.</translation>
    </message>
    <message>
        <source>Let&apos;s talk about something else</source>
        <translation>Reden wir über etwas anderes</translation>
    </message>
    <message>
        <source>That question is about %1, so I can&apos;t help with it. If something is worrying you, talk to a grown-up you trust.</source>
        <translation>Bei dieser Frage geht es um %1, deshalb kann ich dabei nicht helfen. Wenn dich etwas bedrückt, sprich mit einem Erwachsenen, dem du vertraust.</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Nachricht nicht gesendet</translation>
    </message>
    <message>
        <source>This message looks like a request for %1 (%2), which the %3 profile blocks.</source>
        <translation>Diese Nachricht bittet anscheinend um %1 (%2), was das Profil „%3“ blockiert.</translation>
    </message>
    <message>
        <source>Decided by %1 (score %2, threshold %3) in profile layer %4.</source>
        <translation>Entschieden von %1 (Wert %2, Schwelle %3) in der Profilebene %4.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Warnen</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Conversation settings</source>
        <translation>Einstellungen der Unterhaltung</translation>
    </message>
    <message>
        <source>These settings apply to the current conversation.</source>
        <translation>Diese Einstellungen gelten für die aktuelle Unterhaltung.</translation>
    </message>
    <message>
        <source>&amp;Appearance and language…</source>
        <translation>&amp;Darstellung und Sprache…</translation>
    </message>
    <message>
        <source>Language, high contrast and text size for the whole app</source>
        <translation>Sprache, hoher Kontrast und Textgröße für die ganze App</translation>
    </message>
    <message>
        <source>%1: can be lowered, not raised above %2</source>
        <translation>%1: kann gesenkt, aber nicht über %2 angehoben werden</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Violent crimes</source>
        <translation>Gewaltverbrechen</translation>
    </message>
    <message>
        <source>help with violence against people or animals</source>
        <translation>Hilfe bei Gewalt gegen Menschen oder Tiere</translation>
    </message>
    <message>
        <source>hurting people or animals</source>
        <translation>das Verletzen von Menschen oder Tieren</translation>
    </message>
    <message>
        <source>Non-violent crimes</source>
        <translation>Gewaltfreie Straftaten</translation>
    </message>
    <message>
        <source>help with crimes such as fraud, theft, hacking or drugs</source>
        <translation>Hilfe bei Straftaten wie Betrug, Diebstahl, Hacking oder Drogen</translation>
    </message>
    <message>
        <source>breaking the law, like stealing or tricking people</source>
        <translation>Gesetzesverstöße wie Stehlen oder Betrügen</translation>
    </message>
    <message>
        <source>Sex-related crimes</source>
        <translation>Sexualstraftaten</translation>
    </message>
    <message>
        <source>help with sexual assault, harassment or trafficking</source>
        <translation>Hilfe bei sexuellen Übergriffen, Belästigung oder Menschenhandel</translation>
    </message>
    <message>
        <source>something that could hurt people and is not OK</source>
        <translation>etwas, das Menschen schaden kann und nicht in Ordnung ist</translation>
    </message>
    <message>
        <source>Child sexual exploitation</source>
        <translation>Sexuelle Ausbeutung von Kindern</translation>
    </message>
    <message>
        <source>sexual content involving minors</source>
        <translation>sexuelle Inhalte mit Minderjährigen</translation>
    </message>
    <message>
        <source>something that is never OK</source>
        <translation>etwas, das niemals in Ordnung ist</translation>
    </message>
    <message>
        <source>Defamation</source>
        <translation>Verleumdung</translation>
    </message>
    <message>
        <source>false statements that could harm a real person&apos;s reputation</source>
        <translation>falsche Behauptungen, die dem Ruf einer realen Person schaden könnten</translation>
    </message>
    <message>
        <source>saying untrue, unkind things about real people</source>
        <translation>unwahre, gemeine Aussagen über echte Menschen</translation>
    </message>
    <message>
        <source>Specialized advice</source>
        <translation>Fachberatung</translation>
    </message>
    <message>
        <source>medical, legal or financial advice that needs a professional</source>
        <translation>medizinische, rechtliche oder finanzielle Beratung, die Fachleute erfordert</translation>
    </message>
    <message>
        <source>a question a doctor, lawyer or trusted grown-up should answer</source>
        <translation>eine Frage, die besser eine Ärztin, ein Anwalt oder ein vertrauter Erwachsener beantworten sollte</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>sensitive private information about other people</source>
        <translation>sensible private Informationen über andere Menschen</translation>
    </message>
    <message>
        <source>other people&apos;s private information</source>
        <translation>private Informationen über andere Menschen</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>Geistiges Eigentum</translation>
    </message>
    <message>
        <source>copying protected works or bypassing licences</source>
        <translation>das Kopieren geschützter Werke oder das Umgehen von Lizenzen</translation>
    </message>
    <message>
        <source>copying other people&apos;s work without permission</source>
        <translation>das Kopieren fremder Werke ohne Erlaubnis</translation>
    </message>
    <message>
        <source>Indiscriminate weapons</source>
        <translation>Massenvernichtungswaffen</translation>
    </message>
    <message>
        <source>chemical, biological, radiological, nuclear weapons or explosives</source>
        <translation>chemische, biologische, radiologische oder nukleare Waffen oder Sprengstoffe</translation>
    </message>
    <message>
        <source>dangerous weapons that could hurt many people</source>
        <translation>gefährliche Waffen, die vielen Menschen schaden können</translation>
    </message>
    <message>
        <source>Hate</source>
        <translation>Hass</translation>
    </message>
    <message>
        <source>content that demeans people for who they are</source>
        <translation>Inhalte, die Menschen wegen ihrer Identität herabwürdigen</translation>
    </message>
    <message>
        <source>being mean to people because of who they are</source>
        <translation>Gemeinheiten gegen Menschen, weil sie so sind, wie sie sind</translation>
    </message>
    <message>
        <source>Suicide and self-harm</source>
        <translation>Suizid und Selbstverletzung</translation>
    </message>
    <message>
        <source>suicide, self-harm or disordered eating</source>
        <translation>Suizid, Selbstverletzung oder Essstörungen</translation>
    </message>
    <message>
        <source>hurting yourself</source>
        <translation>Verletzungen, die du dir selbst zufügst</translation>
    </message>
    <message>
        <source>Sexual content</source>
        <translation>Sexuelle Inhalte</translation>
    </message>
    <message>
        <source>explicit sexual content</source>
        <translation>explizite sexuelle Inhalte</translation>
    </message>
    <message>
        <source>grown-up content</source>
        <translation>Inhalte nur für Erwachsene</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Wahlen</translation>
    </message>
    <message>
        <source>false information about voting and elections</source>
        <translation>falsche Informationen über Abstimmungen und Wahlen</translation>
    </message>
    <message>
        <source>wrong information about voting</source>
        <translation>falsche Informationen über Wahlen</translation>
    </message>
    <message>
        <source>Code interpreter abuse</source>
        <translation>Missbrauch der Codeausführung</translation>
    </message>
    <message>
        <source>attempts to abuse code execution or the host system</source>
        <translation>Versuche, die Codeausführung oder das Hostsystem zu missbrauchen</translation>
    </message>
    <message>
        <source>trying to misuse the computer</source>
        <translation>Versuche, den Computer zu missbrauchen</translation>
    </message>
    <message>
        <source>Jailbreak or prompt injection</source>
        <translation>Jailbreak oder Prompt-Injection</translation>
    </message>
    <message>
        <source>an attempt to make the assistant ignore its rules</source>
        <translation>Versuche, den Assistenten dazu zu bringen, seine Regeln zu ignorieren</translation>
    </message>
    <message>
        <source>trying to trick the assistant into breaking its rules</source>
        <translation>Versuche, den Assistenten auszutricksen, damit er seine Regeln bricht</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Persönliche Daten</translation>
    </message>
    <message>
        <source>personal details such as an address, phone number, school or card</source>
        <translation>persönliche Angaben wie Adresse, Telefonnummer, Schule oder Kartennummer</translation>
    </message>
    <message>
        <source>private things about you, like where you live or your phone number</source>
        <translation>Privates über dich, zum Beispiel wo du wohnst oder deine Telefonnummer</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Chat template of %1</source>
        <translation>Chatvorlage von %1</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Chatvorlage</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Was die Prüfung ergeben hat</translation>
    </message>
    <message>
        <source>Sample conversation as the model sees it</source>
        <translation>Beispielunterhaltung, wie das Modell sie sieht</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the chat template</source>
        <translation>Chatvorlage schließen</translation>
    </message>
    <message>
        <source>Sample conversation as the model sees it:</source>
        <translation>Beispielunterhaltung, wie das Modell sie sieht:</translation>
    </message>
    <message>
        <source>Checking the template…</source>
        <translation>Vorlage wird geprüft…</translation>
    </message>
    <message>
        <source>(not rendered)</source>
        <translation>(nicht gerendert)</translation>
    </message>
</context>
<context>
    <name>TimeRules</name>
    <message>
        <source>A guardian can unlock Hearth and grant extra time.</source>
        <translation>Eine Aufsichtsperson kann Hearth entsperren und Zusatzzeit gewähren.</translation>
    </message>
    <message>
        <source>It opens again %1.</source>
        <translation>Es geht %1 weiter.</translation>
    </message>
    <message>
        <source>Today&apos;s time with Hearth is used up.</source>
        <translation>Die Zeit mit Hearth ist für heute aufgebraucht.</translation>
    </message>
    <message>
        <source>Hearth is not open at any time this week.</source>
        <translation>Hearth ist diese Woche zu keiner Zeit geöffnet.</translation>
    </message>
    <message>
        <source>Hearth is resting now.</source>
        <translation>Hearth macht gerade Pause.</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>am %1 um %2</translation>
    </message>
</context>
<context>
    <name>TimeRulesEditor</name>
    <message>
        <source>No daily limit</source>
        <translation>Kein Tageslimit</translation>
    </message>
    <message>
        <source> min a day</source>
        <translation> Min. pro Tag</translation>
    </message>
    <message>
        <source>Daily time limit in minutes</source>
        <translation>Tägliches Zeitlimit in Minuten</translation>
    </message>
    <message>
        <source>Some days allow more than one stretch of time. They are shown simplified; changing anything here replaces them.</source>
        <translation>Einige Tage erlauben mehr als einen Zeitraum. Sie werden vereinfacht angezeigt; jede Änderung hier ersetzt sie.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <source>A time “to” before “from” runs past midnight; 00:00 to 00:00 is the whole day.</source>
        <translation>Liegt „bis“ vor „von“, reicht die Zeit über Mitternacht hinaus; 00:00 bis 00:00 ist der ganze Tag.</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a public key</source>
        <translation>Einem öffentlichen Schlüssel vertrauen</translation>
    </message>
    <message>
        <source>Paste the public key of the device that signed the text: a PEM block, 64 hex digits or base64 (Hearth&apos;s “Export public key…” writes one). Before you trust it, compare its fingerprint with the one that device shows.</source>
        <translation>Fügen Sie den öffentlichen Schlüssel des Geräts ein, das den Text signiert hat: einen PEM-Block, 64 Hex-Ziffern oder Base64 („Öffentlichen Schlüssel exportieren…“ in Hearth erzeugt einen). Bevor Sie ihm vertrauen, vergleichen Sie seinen Fingerabdruck mit dem, den jenes Gerät anzeigt.</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Load key file…</source>
        <translation>Schlüsseldatei laden…</translation>
    </message>
    <message>
        <source>Load a public key file</source>
        <translation>Eine Datei mit öffentlichem Schlüssel laden</translation>
    </message>
    <message>
        <source>Fingerprint of the key</source>
        <translation>Fingerabdruck des Schlüssels</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not trust a key</source>
        <translation>Keinem Schlüssel vertrauen</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Diesem Schlüssel vertrauen</translation>
    </message>
    <message>
        <source>Trust this key for these checks</source>
        <translation>Diesem Schlüssel für diese Prüfungen vertrauen</translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint appears here.</source>
        <translation>Hier erscheint der Fingerabdruck des Schlüssels.</translation>
    </message>
    <message>
        <source>This is not a public key: %1.</source>
        <translation>Das ist kein öffentlicher Schlüssel: %1.</translation>
    </message>
    <message>
        <source>This is this device&apos;s own key; it is always trusted.</source>
        <translation>Das ist der eigene Schlüssel dieses Geräts; ihm wird immer vertraut.</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Load a public key</source>
        <translation>Öffentlichen Schlüssel laden</translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub *.txt);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pem *.pub *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>TryItPanel</name>
    <message>
        <source>This text could not be checked; details are in the log.</source>
        <translation>Dieser Text konnte nicht geprüft werden; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Type a message to see what this profile would do with it…</source>
        <translation>Geben Sie eine Nachricht ein, um zu sehen, was dieses Profil damit machen würde…</translation>
    </message>
    <message>
        <source>Try a message</source>
        <translation>Nachricht ausprobieren</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Type a message above to try this profile.</source>
        <translation>Geben Sie oben eine Nachricht ein, um dieses Profil auszuprobieren.</translation>
    </message>
    <message>
        <source>nothing flagged</source>
        <translation>nichts beanstandet</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>(threshold %1)</source>
        <translation>(Schwelle %1)</translation>
    </message>
    <message>
        <source>detector %1</source>
        <translation>Detektor %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Could not check this text</source>
        <translation>Dieser Text konnte nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>TurnWorker</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>The answer could not be completed; details are in the log.</source>
        <translation>Die Antwort konnte nicht fertiggestellt werden; Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Try again in {0} s</source>
        <translation>Erneut versuchen in {0} s</translation>
    </message>
    <message>
        <source>Try again in {0} min</source>
        <translation>Erneut versuchen in {0} Min.</translation>
    </message>
    <message>
        <source>Guardian settings</source>
        <translation>Einstellungen der Aufsichtsperson</translation>
    </message>
    <message>
        <source>There were too many wrong attempts in a row, so Hearth waits a little before the next one.</source>
        <translation>Es gab zu viele falsche Versuche hintereinander, daher wartet Hearth kurz bis zum nächsten.</translation>
    </message>
    <message>
        <source>Guardian&apos;s passphrase</source>
        <translation>Passphrase der Aufsichtsperson</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>Passphrase vergessen?</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Passphrase vergessen? Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unlock the guardian settings</source>
        <translation>Einstellungen der Aufsichtsperson entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without unlocking</source>
        <translation>Schließen, ohne zu entsperren</translation>
    </message>
    <message>
        <source>Enter the guardian&apos;s passphrase to change what Hearth allows.</source>
        <translation>Geben Sie die Passphrase der Aufsichtsperson ein, um zu ändern, was Hearth erlaubt.</translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when the guardian was set up, and choose a new passphrase. The old passphrase and the old code stop working.</source>
        <translation>Geben Sie den Wiederherstellungscode ein, den Sie beim Einrichten der Aufsichtsperson notiert haben, und wählen Sie eine neue Passphrase. Die alte Passphrase und der alte Code funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Zurück zur Passphrase</translation>
    </message>
    <message>
        <source>Back to unlocking with the passphrase</source>
        <translation>Zurück zum Entsperren mit der Passphrase</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Neue Passphrase festlegen</translation>
    </message>
    <message>
        <source>Unlock with the recovery code and set the new passphrase</source>
        <translation>Mit dem Wiederherstellungscode entsperren und die neue Passphrase festlegen</translation>
    </message>
    <message>
        <source>Use the recovery code</source>
        <translation>Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>The new passphrase is set. The old recovery code no longer works; this is the new one:</source>
        <translation>Die neue Passphrase ist festgelegt. Der alte Wiederherstellungscode funktioniert nicht mehr; dies ist der neue:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done: open the guardian settings</source>
        <translation>Fertig: Einstellungen der Aufsichtsperson öffnen</translation>
    </message>
    <message>
        <source>Write down the new recovery code</source>
        <translation>Neuen Wiederherstellungscode notieren</translation>
    </message>
    <message>
        <source>Type the guardian&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase der Aufsichtsperson ein.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Passphrase wird geprüft…</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>Geben Sie den Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Wiederherstellungscode wird geprüft…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>Diese Passphrase stimmt nicht. Prüfen Sie, ob die Feststelltaste aus ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That recovery code is not right. Check it letter by letter and try again.</source>
        <translation>Dieser Wiederherstellungscode stimmt nicht. Prüfen Sie ihn Zeichen für Zeichen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No guardian is set up on this computer any more.</source>
        <translation>Auf diesem Computer ist keine Aufsichtsperson mehr eingerichtet.</translation>
    </message>
    <message>
        <source>After several wrong attempts Hearth waits a little longer each time.</source>
        <translation>Nach mehreren falschen Versuchen wartet Hearth jedes Mal etwas länger.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>Write the new recovery code down and tick the box first: it is shown only this once.</source>
        <translation>Notieren Sie zuerst den neuen Wiederherstellungscode und setzen Sie das Häkchen: Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>it is larger than 4 MB</source>
        <translation>die Datei ist größer als 4 MB</translation>
    </message>
    <message>
        <source>Verify a text</source>
        <translation>Text prüfen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the text</source>
        <translation>Text prüfen</translation>
    </message>
    <message>
        <source>Check the text (Ctrl+Enter)</source>
        <translation>Text prüfen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the Verify dialog</source>
        <translation>Prüfdialog schließen</translation>
    </message>
    <message>
        <source>Check whether a text came from this device, with which model and safety profile, and whether it was changed since. Paste the text; add its provenance record if you have one.</source>
        <translation>Prüfen Sie, ob ein Text von diesem Gerät stammt, mit welchem Modell und Sicherheitsprofil, und ob er seitdem geändert wurde. Fügen Sie den Text ein und, falls vorhanden, seinen Herkunftsnachweis.</translation>
    </message>
    <message>
        <source>This device&apos;s public key</source>
        <translation>Öffentlicher Schlüssel dieses Geräts</translation>
    </message>
    <message>
        <source>This device&apos;s public key fingerprint</source>
        <translation>Fingerabdruck des öffentlichen Schlüssels dieses Geräts</translation>
    </message>
    <message>
        <source>SHA-256 of this device&apos;s Ed25519 public key. Someone checking texts from this device compares it with the key they trust.</source>
        <translation>SHA-256 des öffentlichen Ed25519-Schlüssels dieses Geräts. Wer Texte von diesem Gerät prüft, vergleicht ihn mit dem Schlüssel, dem er vertraut.</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>Öffentlichen Schlüssel exportieren…</translation>
    </message>
    <message>
        <source>Export this device&apos;s public key</source>
        <translation>Öffentlichen Schlüssel dieses Geräts exportieren</translation>
    </message>
    <message>
        <source>Save the public key as a PEM file, so others can check texts signed on this device</source>
        <translation>Den öffentlichen Schlüssel als PEM-Datei speichern, damit andere auf diesem Gerät signierte Texte prüfen können</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>Zu prüfender Text</translation>
    </message>
    <message>
        <source>Paste the text here, exactly as you received it</source>
        <translation>Fügen Sie den Text hier genau so ein, wie Sie ihn erhalten haben</translation>
    </message>
    <message>
        <source>&amp;Text to check</source>
        <translation>&amp;Zu prüfender Text</translation>
    </message>
    <message>
        <source>Open a text file…</source>
        <translation>Textdatei öffnen…</translation>
    </message>
    <message>
        <source>Open a text file to check</source>
        <translation>Eine zu prüfende Textdatei öffnen</translation>
    </message>
    <message>
        <source>Its provenance record (.intoto.json beside it) is loaded too</source>
        <translation>Ihr Herkunftsnachweis (.intoto.json daneben) wird ebenfalls geladen</translation>
    </message>
    <message>
        <source>Provenance record</source>
        <translation>Herkunftsnachweis</translation>
    </message>
    <message>
        <source>Optional: the record (.intoto.json) that came with the text. Without one, this device looks up its own record of the text.</source>
        <translation>Optional: der Nachweis (.intoto.json), der mit dem Text kam. Ohne ihn sucht dieses Gerät in seinen eigenen Aufzeichnungen nach dem Text.</translation>
    </message>
    <message>
        <source>&amp;Provenance record (optional)</source>
        <translation>&amp;Herkunftsnachweis (optional)</translation>
    </message>
    <message>
        <source>Load record file…</source>
        <translation>Nachweisdatei laden…</translation>
    </message>
    <message>
        <source>Load a provenance record file</source>
        <translation>Eine Herkunftsnachweis-Datei laden</translation>
    </message>
    <message>
        <source>A .intoto.json record, or the .intoto.jsonl bundle of an exported conversation</source>
        <translation>Ein .intoto.json-Nachweis oder das .intoto.jsonl-Paket einer exportierten Unterhaltung</translation>
    </message>
    <message>
        <source>Trust a public key…</source>
        <translation>Öffentlichem Schlüssel vertrauen…</translation>
    </message>
    <message>
        <source>Trust another device&apos;s public key</source>
        <translation>Dem öffentlichen Schlüssel eines anderen Geräts vertrauen</translation>
    </message>
    <message>
        <source>Check texts signed on another Hearth device with its public key</source>
        <translation>Auf einem anderen Hearth-Gerät signierte Texte mit dessen öffentlichem Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Keys trusted for these checks</source>
        <translation>Für diese Prüfungen vertrauenswürdige Schlüssel</translation>
    </message>
    <message>
        <source>Forget them</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forget the trusted keys</source>
        <translation>Die vertrauenswürdigen Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>A trusted key did not sign this record, so what it says below is only a claim.</source>
        <translation>Dieser Nachweis wurde nicht mit einem vertrauenswürdigen Schlüssel signiert; was unten steht, ist daher nur eine Behauptung.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The text or the record changed: press Check to check it again.</source>
        <translation>Der Text oder der Nachweis wurde geändert: Klicken Sie auf „Prüfen“, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>The text came with its provenance record; it is filled in below.</source>
        <translation>Der Text kam mit seinem Herkunftsnachweis; dieser ist unten eingetragen.</translation>
    </message>
    <message>
        <source>Paste the text to check first.</source>
        <translation>Fügen Sie zuerst den zu prüfenden Text ein.</translation>
    </message>
    <message>
        <source>Checking the signature, this device&apos;s records and the watermark…</source>
        <translation>Signatur, Aufzeichnungen dieses Geräts und Wasserzeichen werden geprüft…</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Noch kein Ergebnis</translation>
    </message>
    <message>
        <source>Press Check to see whether the signature holds, whether this device wrote the text, and what its watermark test says.</source>
        <translation>Klicken Sie auf „Prüfen“, um zu sehen, ob die Signatur gültig ist, ob dieses Gerät den Text geschrieben hat und was der Wasserzeichentest ergibt.</translation>
    </message>
    <message>
        <source>Trusting the key %1 for these checks.</source>
        <translation>Dem Schlüssel %1 wird für diese Prüfungen vertraut.</translation>
    </message>
    <message>
        <source>Also trusting (until this window closes):</source>
        <translation>Außerdem vertrauenswürdig (bis dieses Fenster geschlossen wird):</translation>
    </message>
    <message>
        <source>The public key could not be saved to %1: %2.</source>
        <translation>Der öffentliche Schlüssel konnte nicht unter %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Saved this device&apos;s public key to %1.</source>
        <translation>Der öffentliche Schlüssel dieses Geräts wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Loaded the record %1.</source>
        <translation>Nachweis %1 geladen.</translation>
    </message>
    <message>
        <source>Opened %1 and its provenance record %2.</source>
        <translation>%1 und der zugehörige Herkunftsnachweis %2 wurden geöffnet.</translation>
    </message>
    <message>
        <source>Opened %1. It has no provenance record beside it, so this device looks up its own.</source>
        <translation>%1 wurde geöffnet. Daneben liegt kein Herkunftsnachweis, daher sucht dieses Gerät in seinen eigenen Aufzeichnungen.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Load a provenance record</source>
        <translation>Herkunftsnachweis laden</translation>
    </message>
    <message>
        <source>Provenance records (*.intoto.json *.intoto.jsonl *.json *.jsonl);;All files (*)</source>
        <translation>Herkunftsnachweise (*.intoto.json *.intoto.jsonl *.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a text to check</source>
        <translation>Zu prüfenden Text öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Textdateien (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Public keys (*.pem)</source>
        <translation>Öffentliche Schlüssel (*.pem)</translation>
    </message>
</context>
<context>
    <name>WarnFromDelegate</name>
    <message>
        <source>Scores from this value up to the threshold get a warning instead of passing. At the far left (—) there is no warning band. It cannot go above the threshold.</source>
        <translation>Werte ab diesem Wert bis zur Schwelle erhalten eine Warnung, statt durchgelassen zu werden. Ganz links (—) gibt es keinen Warnbereich. Der Wert kann nicht über der Schwelle liegen.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>Check before sending</source>
        <translation>Vor dem Senden prüfen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Send the message anyway</source>
        <translation>Nachricht trotzdem senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not send; put the message back in the input box</source>
        <translation>Nicht senden; Nachricht zurück ins Eingabefeld legen</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>{0}: allowed {1}</source>
        <translation>{0}: erlaubt {1}</translation>
    </message>
    <message>
        <source>Allow Hearth on {0}</source>
        <translation>Hearth am {0} erlauben</translation>
    </message>
</context>
</TS>
