<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnswerAnnouncer</name>
    <message>
        <source>Answer stopped.</source>
        <translation>Réponse arrêtée.</translation>
    </message>
    <message>
        <source>The answer was interrupted.</source>
        <translation>La réponse a été interrompue.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>La réponse a échoué.</translation>
    </message>
    <message>
        <source>Answer finished.</source>
        <translation>Réponse terminée.</translation>
    </message>
</context>
<context>
    <name>ApiActions</name>
    <message>
        <source>Local API…</source>
        <translation>API locale…</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth through an OpenAI-compatible API</source>
        <translation>Permettre aux autres applications de cet ordinateur d&apos;utiliser Hearth via une API compatible OpenAI</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>API locale</translation>
    </message>
    <message>
        <source>Local API: on</source>
        <translation>API locale&#xa0;: activée</translation>
    </message>
</context>
<context>
    <name>ApiPanel</name>
    <message>
        <source>Local API</source>
        <translation>API locale</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth</source>
        <translation>Permettre aux autres applications de cet ordinateur d&apos;utiliser Hearth</translation>
    </message>
    <message>
        <source>Serve an OpenAI-compatible API on this computer only</source>
        <translation>Fournir une API compatible OpenAI sur cet ordinateur uniquement</translation>
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
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Apps send it as &quot;Authorization: Bearer KEY&quot;</source>
        <translation>Les applications l&apos;envoient sous la forme «&#xa0;Authorization: Bearer KEY&#xa0;»</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Copier la clé d&apos;API</translation>
    </message>
    <message>
        <source>What the local API is doing</source>
        <translation>Ce que fait l&apos;API locale</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Apps use it like OpenAI&apos;s API. Every request is screened, signed and audited like the window&apos;s, under the same safety profile and the guardian&apos;s rules.</source>
        <translation>Les applications l&apos;utilisent comme l&apos;API d&apos;OpenAI. Chaque requête est filtrée, signée et consignée dans le journal d&apos;audit comme celles de la fenêtre, avec le même profil de sécurité et les règles du responsable.</translation>
    </message>
    <message>
        <source>The API key is on the clipboard.</source>
        <translation>La clé d&apos;API est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Stopped: other apps cannot use Hearth.</source>
        <translation>Arrêtée&#xa0;: les autres applications ne peuvent pas utiliser Hearth.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Listening on %1 (this computer only).</source>
        <translation>À l&apos;écoute sur %1 (cet ordinateur uniquement).</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>AppearanceDialog</name>
    <message>
        <source>Appearance and language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of Hearth&apos;s window. Hearth uses a new language the next time it starts.</source>
        <translation>La langue de la fenêtre de Hearth. Hearth utilise une nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Hearth will use this language the next time it starts.</source>
        <translation>Hearth utilisera cette langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>White and yellow text on black, with strong outlines. It shows at once.</source>
        <translation>Texte blanc et jaune sur fond noir, avec des contours marqués. Le changement est immédiat.</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>The size of all text, the conversation included, from 80 to 200 percent. It shows at once.</source>
        <translation>La taille de tout le texte, y compris la conversation, de 80 à 200 pour cent. Le changement est immédiat.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>These settings apply to every conversation. Anywhere in the window, Ctrl with + or − changes the text size and Ctrl+0 puts it back to 100 %.</source>
        <translation>Ces paramètres s&apos;appliquent à toutes les conversations. Partout dans la fenêtre, Ctrl avec + ou − modifie la taille du texte et Ctrl+0 la ramène à 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>Conserver ces paramètres</translation>
    </message>
    <message>
        <source>Put back the settings as they were</source>
        <translation>Rétablir les paramètres précédents</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>(the text cannot be decrypted)</source>
        <translation>(le texte ne peut pas être déchiffré)</translation>
    </message>
    <message>
        <source>(the text was deleted)</source>
        <translation>(le texte a été supprimé)</translation>
    </message>
    <message>
        <source>text: {0}</source>
        <translation>texte&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Hearth started</source>
        <translation>Hearth démarré</translation>
    </message>
    <message>
        <source>Hearth stopped</source>
        <translation>Hearth arrêté</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>Modèle chargé</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profil modifié</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <source>Guardian unlock attempt</source>
        <translation>Tentative de déverrouillage</translation>
    </message>
    <message>
        <source>Screening verdict</source>
        <translation>Verdict du filtrage</translation>
    </message>
    <message>
        <source>Warning overridden</source>
        <translation>Avertissement ignoré</translation>
    </message>
    <message>
        <source>Engine crashed</source>
        <translation>Plantage du moteur</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Old records deleted</source>
        <translation>Anciens enregistrements supprimés</translation>
    </message>
    <message>
        <source>Tampering detected</source>
        <translation>Falsification détectée</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>Clé de signature créée</translation>
    </message>
    <message>
        <source>Answer completed</source>
        <translation>Réponse terminée</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Model added</source>
        <translation>Modèle ajouté</translation>
    </message>
    <message>
        <source>Model removed</source>
        <translation>Modèle retiré</translation>
    </message>
    <message>
        <source>Model downloaded</source>
        <translation>Modèle téléchargé</translation>
    </message>
    <message>
        <source>Model licence accepted</source>
        <translation>Licence du modèle acceptée</translation>
    </message>
    <message>
        <source>Model report card</source>
        <translation>Bulletin du modèle</translation>
    </message>
    <message>
        <source>API started</source>
        <translation>API démarrée</translation>
    </message>
    <message>
        <source>API stopped</source>
        <translation>API arrêtée</translation>
    </message>
    <message>
        <source>Policy installed</source>
        <translation>Politique installée</translation>
    </message>
    <message>
        <source>Review archive exported</source>
        <translation>Archive d&apos;examen exportée</translation>
    </message>
    <message>
        <source>Inference server changed</source>
        <translation>Serveur d&apos;inférence modifié</translation>
    </message>
    <message>
        <source>Damaged entry</source>
        <translation>Entrée endommagée</translation>
    </message>
    <message>
        <source>Hearth audit report</source>
        <translation>Rapport d&apos;audit de Hearth</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>Du {first} au {last}</translation>
    </message>
    <message>
        <source>Made {time} on the log {origin}.</source>
        <translation>Établi le {time} à partir du journal {origin}.</translation>
    </message>
    <message>
        <source>Can this log be trusted?</source>
        <translation>Peut-on se fier à ce journal&#xa0;?</translation>
    </message>
    <message>
        <source>Verified: all {entries} entries match the signed checkpoints; nothing was changed, removed or reordered.</source>
        <translation>Vérifié&#xa0;: les {entries} entrées correspondent toutes aux points de contrôle signés&#xa0;; rien n&apos;a été modifié, supprimé ni réordonné.</translation>
    </message>
    <message>
        <source>Verification FAILED. The log was changed outside Hearth. First problem: {problem}</source>
        <translation>ÉCHEC de la vérification. Le journal a été modifié en dehors de Hearth. Premier problème&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Newest signed checkpoint: {size} entries, root {root}…, signed {time}.</source>
        <translation>Dernier point de contrôle signé&#xa0;: {size} entrées, racine {root}…, signé le {time}.</translation>
    </message>
    <message>
        <source>There is no signed checkpoint yet.</source>
        <translation>Il n&apos;y a pas encore de point de contrôle signé.</translation>
    </message>
    <message>
        <source>Blocked per day, by category</source>
        <translation>Blocages par jour, par catégorie</translation>
    </message>
    <message>
        <source>Warnings per day, by category</source>
        <translation>Avertissements par jour, par catégorie</translation>
    </message>
    <message>
        <source>Minutes of use per day</source>
        <translation>Minutes d&apos;utilisation par jour</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Rien sur cette période</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Per category over the period</source>
        <translation>Par catégorie sur la période</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqués</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Avertis</translation>
    </message>
    <message>
        <source>Entries by kind</source>
        <translation>Entrées par type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Hearth was open for {minutes} minutes over {days} days.</source>
        <translation>Hearth a été ouvert {minutes} minutes sur {days} jours.</translation>
    </message>
    <message>
        <source>Summary for sharing (differential privacy, ε = {epsilon})</source>
        <translation>Résumé à partager (confidentialité différentielle, ε = {epsilon})</translation>
    </message>
    <message>
        <source>Each count below has random Laplace noise with scale 1/ε = {scale} added, so one event more or less changes what is shared very little. About two thirds of the counts are within {spread} of the truth. ε = {epsilon} protects single events; a person with many events is protected less. Counts that came out below zero are shown as zero.</source>
        <translation>Un bruit aléatoire de Laplace d&apos;échelle 1/ε = {scale} est ajouté à chaque nombre ci-dessous&#xa0;: un événement de plus ou de moins change donc très peu ce qui est partagé. Environ deux tiers des nombres sont à moins de {spread} de la valeur réelle. ε = {epsilon} protège les événements isolés&#xa0;; une personne ayant beaucoup d&apos;événements est moins protégée. Les nombres passés sous zéro sont affichés comme zéro.</translation>
    </message>
    <message>
        <source>Noisy count</source>
        <translation>Nombre bruité</translation>
    </message>
    <message>
        <source>This report holds counts only: no prompt or answer text.</source>
        <translation>Ce rapport ne contient que des nombres&#xa0;: aucun texte de message ni de réponse.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <source>Verify the audit log again</source>
        <translation>Vérifier à nouveau le journal d&apos;audit</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>Audit log views</source>
        <translation>Vues du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Share a summary</source>
        <translation>Partager un résumé</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Export the audit report</source>
        <translation>Exporter le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>Fermer le journal d&apos;audit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Privacy level epsilon</source>
        <translation>Niveau de confidentialité epsilon</translation>
    </message>
    <message>
        <source>Before counts leave your home, random noise is added to each one. ε (epsilon) sets how much: a smaller ε adds more noise, so the counts say less about any single event (more privacy, less accuracy); a larger ε adds less noise. Every change of ε draws new noise.</source>
        <translation>Avant que les nombres ne quittent votre foyer, un bruit aléatoire est ajouté à chacun d&apos;eux. ε (epsilon) en fixe la quantité&#xa0;: un ε plus petit ajoute plus de bruit, si bien que les nombres en disent moins sur chaque événement (plus de confidentialité, moins de précision)&#xa0;; un ε plus grand ajoute moins de bruit. Chaque changement d&apos;ε génère un nouveau bruit.</translation>
    </message>
    <message>
        <source>Noisy counts per category</source>
        <translation>Nombres bruités par catégorie</translation>
    </message>
    <message>
        <source>Select all counts</source>
        <translation>Sélectionner tous les nombres</translation>
    </message>
    <message>
        <source>ε (epsilon)</source>
        <translation>ε (epsilon)</translation>
    </message>
    <message>
        <source>Reading and verifying the audit log…</source>
        <translation>Lecture et vérification du journal d&apos;audit…</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s).)</source>
        <translation>
            <numerusform>(%n autre problème.)</numerusform>
            <numerusform>(%n autres problèmes.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wait until the audit log has been read.</source>
        <translation>Attendez que le journal d&apos;audit ait été lu.</translation>
    </message>
    <message>
        <source>The report could not be saved to {0}: {1}</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>The report was saved to {0}.</source>
        <translation>Le rapport a été enregistré dans {0}.</translation>
    </message>
</context>
<context>
    <name>BackendPanel</name>
    <message>
        <source>This computer (llama.cpp and the models installed here)</source>
        <translation>Cet ordinateur (llama.cpp et les modèles installés ici)</translation>
    </message>
    <message>
        <source>An inference server on your network (llama-server, vLLM, Ollama)</source>
        <translation>Un serveur d&apos;inférence sur votre réseau (llama-server, vLLM, Ollama)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>The inference server&apos;s address, e.g. http://lab-server:8080</source>
        <translation>L&apos;adresse du serveur d&apos;inférence, par ex. http://lab-server:8080</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modèle sur le serveur</translation>
    </message>
    <message>
        <source>The server&apos;s model id; List models asks the server</source>
        <translation>L&apos;identifiant du modèle sur le serveur&#xa0;; «&#xa0;Lister les modèles&#xa0;» interroge le serveur</translation>
    </message>
    <message>
        <source>Server API key</source>
        <translation>Clé d&apos;API du serveur</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key (if any)</source>
        <translation>Laisser vide pour conserver la clé enregistrée (le cas échéant)</translation>
    </message>
    <message>
        <source>List models</source>
        <translation>Lister les modèles</translation>
    </message>
    <message>
        <source>Ask the server which models it offers</source>
        <translation>Demander au serveur quels modèles il propose</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Take answers from the choice above</source>
        <translation>Obtenir les réponses de la source choisie ci-dessus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Where answers come from</source>
        <translation>Origine des réponses</translation>
    </message>
    <message>
        <source>With a server, your prompts are still screened on this computer before they are sent, answers are screened here as they arrive, and every answer is signed and audited here. Its statement names the server and the model; the weights cannot be hashed here, and a server cannot apply the answer watermark.</source>
        <translation>Avec un serveur, vos messages sont toujours filtrés sur cet ordinateur avant d&apos;être envoyés, les réponses sont filtrées ici dès leur arrivée, et chaque réponse est signée et consignée ici dans le journal d&apos;audit. Sa déclaration signée indique le serveur et le modèle&#xa0;; les poids ne peuvent pas être hachés ici, et un serveur ne peut pas appliquer le filigrane aux réponses.</translation>
    </message>
    <message>
        <source>Approved by the model allowlist.</source>
        <translation>Figure dans la liste des modèles approuvés.</translation>
    </message>
    <message>
        <source>Not on the model allowlist: answers are refused until a guardian approves it (allowlist entry %1).</source>
        <translation>Ne figure pas dans la liste des modèles approuvés&#xa0;: les réponses sont refusées jusqu&apos;à ce qu&apos;un responsable l&apos;approuve (entrée %1 de la liste).</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Demande de la liste des modèles à %1…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Le serveur propose %n modèle.</numerusform>
            <numerusform>Le serveur propose %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Answers now come from this computer&apos;s models.</source>
        <translation>Les réponses proviennent désormais des modèles de cet ordinateur.</translation>
    </message>
    <message>
        <source>Answers now come from %1 on %2.</source>
        <translation>Les réponses proviennent désormais de %1 sur %2.</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Models to download</source>
        <translation>Modèles à télécharger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Mémoire requise</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Télécharger le modèle sélectionné</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation>Mettre le téléchargement en pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the download and delete the part</source>
        <translation>Annuler le téléchargement et supprimer la partie téléchargée</translation>
    </message>
    <message>
        <source>This computer has %1 of memory.</source>
        <translation>Cet ordinateur dispose de %1 de mémoire.</translation>
    </message>
    <message>
        <source>Reading the model catalog…</source>
        <translation>Lecture du catalogue de modèles…</translation>
    </message>
    <message>
        <source> (a saved copy: the address could not be reached)</source>
        <translation> (copie enregistrée&#xa0;: l&apos;adresse est injoignable)</translation>
    </message>
    <message>
        <source>From %1%2</source>
        <translation>Source&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>dialogue</translation>
    </message>
    <message>
        <source>guard</source>
        <translation>modération</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>More than this computer has</source>
        <translation>Plus que ce dont dispose cet ordinateur</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>En pause à %1&#xa0;%</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume the download</source>
        <translation>Reprendre le téléchargement</translation>
    </message>
    <message>
        <source>Download a file Hearth cannot check?</source>
        <translation>Télécharger un fichier que Hearth ne peut pas vérifier&#xa0;?</translation>
    </message>
    <message>
        <source>The catalog has no checksum for %1, so Hearth cannot check that what arrives is complete and is the file its makers published: a damaged or altered file would look the same. Download it only if you trust where it comes from.</source>
        <translation>Le catalogue n&apos;a pas de somme de contrôle pour %1&#xa0;: Hearth ne peut donc pas vérifier que le fichier reçu est complet et qu&apos;il s&apos;agit bien de celui publié par ses auteurs. Un fichier endommagé ou modifié aurait exactement la même apparence. Ne le téléchargez que si vous faites confiance à sa source.</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>Télécharger quand même</translation>
    </message>
    <message>
        <source>Don&apos;t download</source>
        <translation>Ne pas télécharger</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Mise en pause…</translation>
    </message>
    <message>
        <source>The partial download of %1 was deleted.</source>
        <translation>Le téléchargement partiel de %1 a été supprimé.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message>
        <source>and checked</source>
        <translation>et vérifié</translation>
    </message>
    <message>
        <source>(not checked: no checksum)</source>
        <translation>(non vérifié&#xa0;: pas de somme de contrôle)</translation>
    </message>
    <message>
        <source>%1 was downloaded %2.</source>
        <translation>%1 a été téléchargé %2.</translation>
    </message>
    <message>
        <source>The download of %1 is paused. Resume continues where it stopped, also after Hearth restarts.</source>
        <translation>Le téléchargement de %1 est en pause. «&#xa0;Reprendre&#xa0;» le poursuit là où il s&apos;est arrêté, même après un redémarrage de Hearth.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled and its part deleted.</source>
        <translation>Le téléchargement de %1 a été annulé et sa partie téléchargée supprimée.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the guardian&apos;s passphrase</source>
        <translation>Changer la phrase secrète du responsable</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keep the old passphrase</source>
        <translation>Garder l&apos;ancienne phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old recovery code no longer works; this is the new one:</source>
        <translation>La phrase secrète a été changée. L&apos;ancien code de récupération ne fonctionne plus&#xa0;; voici le nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choisissez une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Write down the new recovery code</source>
        <translation>Notez le nouveau code de récupération</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a moment.</source>
        <translation>Changement de la phrase secrète… Cela prend un instant.</translation>
    </message>
    <message>
        <source>Write the new recovery code down and tick the box first: it is shown only this once.</source>
        <translation>Notez d&apos;abord le nouveau code de récupération et cochez la case&#xa0;: il ne s&apos;affiche qu&apos;une seule fois.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Your messages and the answers, the newest at the end. Answers are read out a few sentences at a time as they are written.</source>
        <translation>Vos messages et les réponses, les plus récents à la fin. Les réponses sont lues à voix haute quelques phrases à la fois, au fur et à mesure de leur rédaction.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Sent after a warning: this message may involve %1.</source>
        <translation>Envoyé après un avertissement. Sujet possible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Hearth flagged this answer: it may include %1.</source>
        <translation>Hearth a signalé cette réponse. Sujet possible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>SmolLM2 135M Instruct</source>
        <translation>SmolLM2 135M Instruct</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>This answer failed.</source>
        <translation>Cette réponse n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>Still being written…</source>
        <translation>Rédaction en cours…</translation>
    </message>
    <message>
        <source>The safety screen stopped this message.</source>
        <translation>Le filtre de sécurité a arrêté ce message.</translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation>(réponse vide)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>The passphrase has {count} characters; it needs at least {minimum}.</source>
        <translation>La phrase secrète compte {count} caractères&#xa0;; il en faut au moins {minimum}.</translation>
    </message>
    <message>
        <source>A 4-digit PIN has only 10,000 possibilities, which someone can try in an afternoon; a few unrelated words (“kettle orbit marmalade”) are easy to remember and far harder to guess.</source>
        <translation>Un code PIN à 4 chiffres n&apos;offre que 10&#xa0;000 possibilités, qu&apos;on peut toutes essayer en un après-midi&#xa0;; quelques mots sans rapport entre eux («&#xa0;bouilloire orbite confiture&#xa0;») sont faciles à retenir et bien plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>The passphrase repeats the same few characters.</source>
        <translation>La phrase secrète répète sans cesse les mêmes caractères.</translation>
    </message>
    <message>
        <source>Use a few unrelated words instead.</source>
        <translation>Utilisez plutôt quelques mots sans rapport entre eux.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Fermer le message d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The audit log could not be written</source>
        <translation>Impossible d&apos;écrire dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>The review archive cannot be written</source>
        <translation>Impossible d&apos;écrire l&apos;archive d&apos;examen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>The model file cannot be used</source>
        <translation>Le fichier du modèle est inutilisable</translation>
    </message>
    <message>
        <source>Not enough memory for this model</source>
        <translation>Mémoire insuffisante pour ce modèle</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Le modèle n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>The message is too long</source>
        <translation>Le message est trop long</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly</source>
        <translation>Le moteur s&apos;est arrêté de façon inattendue</translation>
    </message>
    <message>
        <source>The guard model is not available</source>
        <translation>Le modèle de modération n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <source>This data is from a newer Hearth</source>
        <translation>Ces données proviennent d&apos;une version plus récente de Hearth</translation>
    </message>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique des conversations</translation>
    </message>
    <message>
        <source>Invalid setting</source>
        <translation>Paramètre non valide</translation>
    </message>
    <message>
        <source>The safety screen is not available</source>
        <translation>Le filtre de sécurité n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>A secret could not be stored</source>
        <translation>Une donnée secrète n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Not a server address</source>
        <translation>Ce n&apos;est pas une adresse de serveur</translation>
    </message>
    <message>
        <source>The connection to the inference server at {url} was lost in the middle of the answer{why}.</source>
        <translation>La connexion au serveur d&apos;inférence à l&apos;adresse {url} a été perdue au milieu de la réponse{why}.</translation>
    </message>
    <message>
        <source>The answer so far is kept and marked interrupted. Check the network or the server, then send again.</source>
        <translation>La réponse obtenue jusque-là est conservée et marquée comme interrompue. Vérifiez le réseau ou le serveur, puis renvoyez le message.</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>il n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>nothing is listening there</source>
        <translation>aucun service n&apos;écoute à cette adresse</translation>
    </message>
    <message>
        <source>that name is not known on this network</source>
        <translation>ce nom est inconnu sur ce réseau</translation>
    </message>
    <message>
        <source>Hearth cannot reach the inference server at {url}: {why}.</source>
        <translation>Hearth ne parvient pas à joindre le serveur d&apos;inférence à l&apos;adresse {url}&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>Check that the server is running and that this computer is on its network.</source>
        <translation>Vérifiez que le serveur fonctionne et que cet ordinateur est connecté à son réseau.</translation>
    </message>
    <message>
        <source>Choose a longer passphrase</source>
        <translation>Choisissez une phrase secrète plus longue</translation>
    </message>
    <message>
        <source>The policy bundle cannot be used</source>
        <translation>Le paquet de politiques est inutilisable</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Géré par votre organisation</translation>
    </message>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth se repose</translation>
    </message>
    <message>
        <source>This model is not approved</source>
        <translation>Ce modèle n&apos;est pas approuvé</translation>
    </message>
    <message>
        <source>This model is not suitable for this profile</source>
        <translation>Ce modèle ne convient pas à ce profil</translation>
    </message>
    <message>
        <source>Not available in kiosk mode</source>
        <translation>Non disponible en mode kiosque</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings were changed outside Hearth</source>
        <translation>Les paramètres du responsable ont été modifiés en dehors de Hearth</translation>
    </message>
    <message>
        <source>Hearth could not save the guardian&apos;s settings because the disk is full.</source>
        <translation>Hearth n&apos;a pas pu enregistrer les paramètres du responsable, car le disque est plein.</translation>
    </message>
    <message>
        <source>Free some space and save again; the previous settings are still in force.</source>
        <translation>Libérez de l&apos;espace, puis enregistrez à nouveau&#xa0;; les paramètres précédents restent en vigueur.</translation>
    </message>
    <message>
        <source>Managed by guardian</source>
        <translation>Géré par le responsable</translation>
    </message>
    <message>
        <source>The machine-wide policy is not valid</source>
        <translation>La politique de l&apos;ordinateur n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The time rules are not valid</source>
        <translation>Les règles horaires ne sont pas valides</translation>
    </message>
    <message>
        <source>The model catalog is not valid</source>
        <translation>Le catalogue de modèles n&apos;est pas valide</translation>
    </message>
    <message>
        <source>No such model in the catalog</source>
        <translation>Ce modèle ne figure pas dans le catalogue</translation>
    </message>
    <message>
        <source>This download cannot be checked</source>
        <translation>Ce téléchargement ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>The download failed</source>
        <translation>Le téléchargement a échoué</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Accept the model&apos;s licence first</source>
        <translation>Acceptez d&apos;abord la licence du modèle</translation>
    </message>
    <message>
        <source>The model report card failed</source>
        <translation>Le bulletin du modèle a échoué</translation>
    </message>
    <message>
        <source>The model report card was cancelled</source>
        <translation>Le bulletin du modèle a été annulé</translation>
    </message>
    <message>
        <source>The evaluation file cannot be used</source>
        <translation>Le fichier d&apos;évaluation est inutilisable</translation>
    </message>
    <message>
        <source>The safety profile is not valid</source>
        <translation>Le profil de sécurité n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in Hearth’s log.</source>
        <translation>Un problème est survenu&#xa0;; les détails se trouvent dans le journal de Hearth.</translation>
    </message>
    <message>
        <source>This message needs about {tokens} tokens, but only {budget} fit in the context window ({n_ctx} tokens, {reserve} kept for the answer).</source>
        <translation>Ce message nécessite environ {tokens} jetons, mais seuls {budget} tiennent dans la fenêtre de contexte ({n_ctx} jetons, dont {reserve} réservés à la réponse).</translation>
    </message>
    <message>
        <source>Shorten the message, lower the maximum answer length, or raise the context length in the conversation settings.</source>
        <translation>Raccourcissez le message, réduisez la longueur maximale des réponses ou augmentez la longueur du contexte dans les paramètres de la conversation.</translation>
    </message>
    <message>
        <source>Hearth could not save its preferences because the disk is full.</source>
        <translation>Hearth n&apos;a pas pu enregistrer ses préférences, car le disque est plein.</translation>
    </message>
    <message>
        <source>Free some space; your conversations are not affected.</source>
        <translation>Libérez de l&apos;espace&#xa0;; vos conversations ne sont pas concernées.</translation>
    </message>
    <message>
        <source>Hearth could not save because the disk is full.</source>
        <translation>Hearth n&apos;a pas pu enregistrer, car le disque est plein.</translation>
    </message>
    <message>
        <source>Free some space and try again; everything saved before this point is safe.</source>
        <translation>Libérez de l&apos;espace, puis réessayez&#xa0;; tout ce qui a été enregistré jusqu&apos;ici est en sécurité.</translation>
    </message>
    <message>
        <source>The engine stopped answering for {seconds} seconds and was restarted.</source>
        <translation>Le moteur a cessé de répondre pendant {seconds} secondes et a été redémarré.</translation>
    </message>
    <message>
        <source>Your conversation is saved; send again to continue.</source>
        <translation>Votre conversation est enregistrée&#xa0;; renvoyez le message pour continuer.</translation>
    </message>
    <message>
        <source>The engine process stopped unexpectedly (exit code {code}).</source>
        <translation>Le processus du moteur s&apos;est arrêté de façon inattendue (code de sortie {code}).</translation>
    </message>
    <message>
        <source>The answer so far is saved and marked interrupted; send again to start a fresh engine.</source>
        <translation>La réponse obtenue jusque-là est enregistrée et marquée comme interrompue&#xa0;; renvoyez le message pour démarrer un nouveau moteur.</translation>
    </message>
    <message>
        <source>The model file {path} does not exist.</source>
        <translation>Le fichier du modèle {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Choose another model, or import the file again.</source>
        <translation>Choisissez un autre modèle ou importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} est un dossier, pas un fichier de modèle.</translation>
    </message>
    <message>
        <source>Choose a .gguf file.</source>
        <translation>Choisissez un fichier .gguf.</translation>
    </message>
    <message>
        <source>The model file {path} cannot be read ({why}).</source>
        <translation>Impossible de lire le fichier du modèle {path} ({why}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Vérifiez les autorisations d&apos;accès au fichier.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file.</source>
        <translation>{name} n&apos;est pas un fichier de modèle GGUF.</translation>
    </message>
    <message>
        <source>Hearth runs quantized models in the GGUF format (files ending in .gguf).</source>
        <translation>Hearth exécute des modèles quantifiés au format GGUF (fichiers portant l&apos;extension .gguf).</translation>
    </message>
    <message>
        <source>{name} uses GGUF version {version}, which this Hearth cannot read.</source>
        <translation>{name} utilise la version {version} de GGUF, que cette version de Hearth ne sait pas lire.</translation>
    </message>
    <message>
        <source>Convert the model with a current llama.cpp, or update Hearth.</source>
        <translation>Convertissez le modèle avec une version récente de llama.cpp ou mettez Hearth à jour.</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>L&apos;en-tête de {name} est endommagé.</translation>
    </message>
    <message>
        <source>The file is corrupt; download or import it again.</source>
        <translation>Le fichier est corrompu&#xa0;; téléchargez-le ou importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is too small to hold a model; it is probably truncated.</source>
        <translation>{name} est trop petit pour contenir un modèle&#xa0;; il est probablement tronqué.</translation>
    </message>
    <message>
        <source>Download or import it again.</source>
        <translation>Téléchargez-le ou importez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Kind of entry</source>
        <translation>Type d&apos;entrée</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Search the details</source>
        <translation>Rechercher dans les détails</translation>
    </message>
    <message>
        <source>Search the details of the entries</source>
        <translation>Rechercher dans les détails des entrées</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Show conversation text</source>
        <translation>Afficher le texte des conversations</translation>
    </message>
    <message>
        <source>Show the text of conversations kept in the audit log</source>
        <translation>Afficher le texte des conversations conservé dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>The log keeps the text of conversations, encrypted, because a guardian chose to. Only you can read it here.</source>
        <translation>Le journal conserve le texte des conversations, chiffré, parce qu&apos;un responsable l&apos;a choisi. Vous êtes la seule personne à pouvoir le lire ici.</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Entrées affichées</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Entrées d&apos;audit, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Select all entries</source>
        <translation>Sélectionner toutes les entrées</translation>
    </message>
    <message>
        <source>{0} of {1} entries</source>
        <translation>{0} entrées sur {1}</translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>Unlocked · locks again in %n min</source>
        <translation>Déverrouillé · reverrouillage dans %n min</translation>
    </message>
    <message>
        <source>Editing safety profiles</source>
        <translation>La modification des profils de sécurité</translation>
    </message>
    <message>
        <source>Adding or removing models</source>
        <translation>L&apos;ajout ou la suppression de modèles</translation>
    </message>
    <message>
        <source>Raising the answer and context limits</source>
        <translation>Le relèvement des limites de réponse et de contexte</translation>
    </message>
    <message>
        <source>The audit settings</source>
        <translation>La modification des paramètres d&apos;audit</translation>
    </message>
    <message>
        <source>The provenance settings</source>
        <translation>La modification des paramètres de provenance</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Le mode kiosque</translation>
    </message>
    <message>
        <source>The guard model</source>
        <translation>Le modèle de modération</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings</source>
        <translation>La modification des paramètres du responsable</translation>
    </message>
    <message>
        <source>Serving the API beyond this computer</source>
        <translation>La mise à disposition de l&apos;API au-delà de cet ordinateur</translation>
    </message>
    <message>
        <source>{what} is managed by your organisation&apos;s policy for this computer.</source>
        <translation>{what} relève de la politique de votre organisation pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Ask your school&apos;s or organisation&apos;s administrator.</source>
        <translation>Adressez-vous à l&apos;administrateur de votre école ou de votre organisation.</translation>
    </message>
    <message>
        <source>{model} is not on the list of models approved by your organisation.</source>
        <translation>{model} ne figure pas dans la liste des modèles approuvés par votre organisation.</translation>
    </message>
    <message>
        <source>{model} is not on the list of models approved by the guardian.</source>
        <translation>{model} ne figure pas dans la liste des modèles approuvés par le responsable.</translation>
    </message>
    <message>
        <source>Choose an approved model, or ask for this one to be approved.</source>
        <translation>Choisissez un modèle approuvé ou demandez que celui-ci soit approuvé.</translation>
    </message>
    <message>
        <source>{model} looks like a model whose safety training was removed ({words} in its name or description), and the {profile} profile does not allow such models.</source>
        <translation>{model} semble être un modèle dont l&apos;entraînement de sécurité a été retiré ({words} dans son nom ou sa description), et le profil {profile} n&apos;autorise pas ce type de modèle.</translation>
    </message>
    <message>
        <source>A guardian can approve this exact file by its hash (Guardian… → approved models).</source>
        <translation>Un responsable peut approuver précisément ce fichier grâce à son empreinte (Responsable… → Modèles approuvés).</translation>
    </message>
    <message>
        <source>{what} is managed by the guardian.</source>
        <translation>{what} relève du responsable.</translation>
    </message>
    <message>
        <source>Ask the guardian to unlock Hearth with their passphrase.</source>
        <translation>Demandez au responsable de déverrouiller Hearth avec sa phrase secrète.</translation>
    </message>
</context>
<context>
    <name>GuardianPanel</name>
    <message>
        <source>Guardian settings</source>
        <translation>Paramètres du responsable</translation>
    </message>
    <message>
        <source>Lock status</source>
        <translation>État du verrou</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy for this computer ignores the guardian&apos;s settings; its own settings apply instead.</source>
        <translation>La politique de votre organisation pour cet ordinateur ne tient pas compte des paramètres du responsable&#xa0;; ce sont ses propres paramètres qui s&apos;appliquent.</translation>
    </message>
    <message>
        <source>{0} Until you save again, Hearth uses its strictest settings.</source>
        <translation>{0} Tant que vous n&apos;aurez pas enregistré à nouveau, Hearth appliquera ses paramètres les plus stricts.</translation>
    </message>
    <message>
        <source>Locked profile</source>
        <translation>Profil verrouillé</translation>
    </message>
    <message>
        <source>Whatever profile someone picks, Hearth is at least as careful as this one.</source>
        <translation>Quel que soit le profil choisi, Hearth est au moins aussi prudent qu&apos;avec celui-ci.</translation>
    </message>
    <message>
        <source>Limit when and how long Hearth can be used</source>
        <translation>Limiter les horaires et la durée d&apos;utilisation de Hearth</translation>
    </message>
    <message>
        <source>No limits</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>Règles horaires</translation>
    </message>
    <message>
        <source>Today&apos;s use</source>
        <translation>Utilisation du jour</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Extra minutes to grant for today</source>
        <translation>Minutes supplémentaires à accorder pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Accorder</translation>
    </message>
    <message>
        <source>Grant the extra minutes for today</source>
        <translation>Accorder les minutes supplémentaires pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Extra time adds to today&apos;s daily limit only; it does not change the allowed hours.</source>
        <translation>Le temps supplémentaire s&apos;ajoute uniquement à la limite quotidienne d&apos;aujourd&apos;hui&#xa0;; il ne modifie pas les horaires autorisés.</translation>
    </message>
    <message>
        <source>Extra time today</source>
        <translation>Temps supplémentaire</translation>
    </message>
    <message>
        <source>Approved models</source>
        <translation>Modèles approuvés</translation>
    </message>
    <message>
        <source>Approve the current model</source>
        <translation>Approuver le modèle actuel</translation>
    </message>
    <message>
        <source>Approve the model in use now</source>
        <translation>Approuver le modèle utilisé actuellement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected model</source>
        <translation>Retirer le modèle sélectionné</translation>
    </message>
    <message>
        <source>Allow any model</source>
        <translation>Autoriser tout modèle</translation>
    </message>
    <message>
        <source>Keep the text of conversations in the audit log</source>
        <translation>Conserver le texte des conversations dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Keep conversation text in the audit log</source>
        <translation>Conserver le texte des conversations dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>The text is encrypted, only a guardian can read it, and the chat window says so to everyone. Off: only what happened is kept.</source>
        <translation>Le texte est chiffré, seul un responsable peut le lire, et la fenêtre de conversation l&apos;indique à tout le monde. Désactivé&#xa0;: seul ce qui s&apos;est passé est conservé.</translation>
    </message>
    <message>
        <source>Watermark answers, so they can be recognised later</source>
        <translation>Ajouter un filigrane aux réponses pour pouvoir les reconnaître plus tard</translation>
    </message>
    <message>
        <source>Watermark answers</source>
        <translation>Filigraner les réponses</translation>
    </message>
    <message>
        <source>Changes to the audit log apply from the next start of Hearth.</source>
        <translation>Les modifications du journal d&apos;audit s&apos;appliquent au prochain démarrage de Hearth.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Kiosk mode, for a shared computer</source>
        <translation>Mode kiosque, pour un ordinateur partagé</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Mode kiosque</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> min sans activité</translation>
    </message>
    <message>
        <source>Lock the guardian settings again after this many minutes without activity</source>
        <translation>Reverrouiller les paramètres du responsable après ce nombre de minutes sans activité</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> min sans utilisation</translation>
    </message>
    <message>
        <source>In kiosk mode, start afresh after this many minutes without use</source>
        <translation>En mode kiosque, repartir de zéro après ce nombre de minutes sans utilisation</translation>
    </message>
    <message>
        <source>Lock again after</source>
        <translation>Reverrouiller après</translation>
    </message>
    <message>
        <source>Kiosk: start afresh after</source>
        <translation>Kiosque&#xa0;: repartir de zéro après</translation>
    </message>
    <message>
        <source>Kiosk and locking</source>
        <translation>Kiosque et verrouillage</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s passphrase</source>
        <translation>Changer la phrase secrète du responsable</translation>
    </message>
    <message>
        <source>Remove guardian…</source>
        <translation>Retirer le responsable…</translation>
    </message>
    <message>
        <source>Remove the guardian</source>
        <translation>Retirer le responsable</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Ouvrir le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the guardian settings now</source>
        <translation>Verrouiller maintenant les paramètres du responsable</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the guardian settings</source>
        <translation>Enregistrer les paramètres du responsable</translation>
    </message>
    <message>
        <source>Any model may be used.</source>
        <translation>Tous les modèles peuvent être utilisés.</translation>
    </message>
    <message>
        <source>No model is approved: Hearth will not chat until one is.</source>
        <translation>Aucun modèle n&apos;est approuvé&#xa0;: Hearth ne pourra pas converser tant qu&apos;aucun ne l&apos;est.</translation>
    </message>
    <message>
        <source>Only these models may be used:</source>
        <translation>Seuls ces modèles peuvent être utilisés&#xa0;:</translation>
    </message>
    <message>
        <source>{0} (in use now)</source>
        <translation>{0} (utilisé actuellement)</translation>
    </message>
    <message>
        <source>a model not in use now</source>
        <translation>un modèle qui n&apos;est pas utilisé actuellement</translation>
    </message>
    <message>
        <source>There is no daily limit.</source>
        <translation>Il n&apos;y a pas de limite quotidienne.</translation>
    </message>
    <message>
        <source>Used today: {0} min. There is no daily limit.</source>
        <translation>Utilisé aujourd&apos;hui&#xa0;: {0} min. Il n&apos;y a pas de limite quotidienne.</translation>
    </message>
    <message>
        <source>Today&apos;s usage record is damaged, so today&apos;s time counts as used up. Granting extra time starts today afresh.</source>
        <translation>L&apos;enregistrement de l&apos;utilisation du jour est endommagé&#xa0;: le temps d&apos;aujourd&apos;hui est donc considéré comme épuisé. Accorder du temps supplémentaire remet la journée à zéro.</translation>
    </message>
    <message>
        <source>Used today: {0} min of {1} min + {2} min extra. Left today: {3} min.</source>
        <translation>Utilisé aujourd&apos;hui&#xa0;: {0} min sur {1} min + {2} min en plus. Restant aujourd&apos;hui&#xa0;: {3} min.</translation>
    </message>
    <message>
        <source>Used today: {0} min of {1} min. Left today: {2} min.</source>
        <translation>Utilisé aujourd&apos;hui&#xa0;: {0} min sur {1} min. Restant aujourd&apos;hui&#xa0;: {2} min.</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked · locks again after %n minute(s) without activity</source>
        <translation>
            <numerusform>Déverrouillé · reverrouillage après %n minute sans activité</numerusform>
            <numerusform>Déverrouillé · reverrouillage après %n minutes sans activité</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>{0} extra minutes granted for today.</source>
        <translation>{0} minutes supplémentaires accordées pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Remove the guardian?</source>
        <translation>Retirer le responsable&#xa0;?</translation>
    </message>
    <message>
        <source>Hearth will no longer be locked: anyone using this computer can change the safety profile, the time limits and the approved models. The audit log keeps a record that the guardian was removed.</source>
        <translation>Hearth ne sera plus verrouillé&#xa0;: toute personne utilisant cet ordinateur pourra modifier le profil de sécurité, les limites de temps et les modèles approuvés. Le journal d&apos;audit garde une trace du retrait du responsable.</translation>
    </message>
    <message>
        <source>Remove guardian</source>
        <translation>Retirer le responsable</translation>
    </message>
    <message>
        <source>Keep the guardian</source>
        <translation>Garder le responsable</translation>
    </message>
</context>
<context>
    <name>GuardianSetupDialog</name>
    <message>
        <source>Set up a guardian</source>
        <translation>Désigner un responsable</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Revenir à l&apos;étape précédente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the guardian set-up</source>
        <translation>Annuler la désignation du responsable</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>A guardian is the grown-up (a parent, carer or teacher) who decides what Hearth allows on this computer. Once a guardian is set up, the safety profile, the time limits and the approved models can only be changed with the guardian&apos;s passphrase.</source>
        <translation>Le responsable est l&apos;adulte (un parent, une personne qui s&apos;occupe des enfants ou un enseignant) qui décide de ce que Hearth autorise sur cet ordinateur. Une fois un responsable désigné, le profil de sécurité, les limites de temps et les modèles approuvés ne peuvent être modifiés qu&apos;avec la phrase secrète du responsable.</translation>
    </message>
    <message>
        <source>Why not a 4-digit PIN? It has only 10,000 possibilities, which someone can try in an afternoon. A few unrelated words are easier to remember and far harder to guess.</source>
        <translation>Pourquoi pas un code PIN à 4 chiffres&#xa0;? Il n&apos;offre que 10&#xa0;000 possibilités, qu&apos;on peut toutes essayer en un après-midi. Quelques mots sans rapport entre eux sont plus faciles à retenir et bien plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>Choose the guardian&apos;s passphrase</source>
        <translation>Choisissez la phrase secrète du responsable</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy for this computer does not use a guardian&apos;s settings, so a guardian cannot be set up here.</source>
        <translation>La politique de votre organisation pour cet ordinateur n&apos;utilise pas les paramètres d&apos;un responsable&#xa0;: aucun responsable ne peut donc être désigné ici.</translation>
    </message>
    <message>
        <source>{0} Setting up a guardian again replaces those settings.</source>
        <translation>{0} Désigner à nouveau un responsable remplace ces paramètres.</translation>
    </message>
    <message>
        <source>Profile to lock</source>
        <translation>Profil à verrouiller</translation>
    </message>
    <message>
        <source>Limit when and how long Hearth can be used</source>
        <translation>Limiter les horaires et la durée d&apos;utilisation de Hearth</translation>
    </message>
    <message>
        <source>Only allow the model in use now</source>
        <translation>N&apos;autoriser que le modèle utilisé actuellement</translation>
    </message>
    <message>
        <source>The model in use now: {0}</source>
        <translation>Modèle utilisé actuellement&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Kiosk mode, for a shared computer</source>
        <translation>Mode kiosque, pour un ordinateur partagé</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Mode kiosque</translation>
    </message>
    <message>
        <source>Choose what to lock</source>
        <translation>Choisissez ce qui doit être verrouillé</translation>
    </message>
    <message>
        <source>The guardian is set up. This is your recovery code:</source>
        <translation>Le responsable est désigné. Voici votre code de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>When you press Finish, Hearth locks. To change these settings later, open the guardian settings and enter your passphrase.</source>
        <translation>Lorsque vous appuierez sur Terminer, Hearth se verrouillera. Pour modifier ces paramètres plus tard, ouvrez les paramètres du responsable et saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Write down the recovery code</source>
        <translation>Notez le code de récupération</translation>
    </message>
    <message>
        <source>Set up the lock</source>
        <translation>Configurer le verrou</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Setting up the lock… this takes a moment.</source>
        <translation>Configuration du verrou… Cela prend un instant.</translation>
    </message>
    <message>
        <source>Write the recovery code down and tick the box first: it is shown only this once.</source>
        <translation>Notez d&apos;abord le code de récupération et cochez la case&#xa0;: il ne s&apos;affiche qu&apos;une seule fois.</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Copy into Hearth&apos;s models folder</source>
        <translation>Copier dans le dossier des modèles de Hearth</translation>
    </message>
    <message>
        <source>Use it where it is (it must stay there)</source>
        <translation>L&apos;utiliser là où il se trouve (il doit y rester)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import the model</source>
        <translation>Importer le modèle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Do not import the model</source>
        <translation>Ne pas importer le modèle</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>Accept the model&apos;s licence</source>
        <translation>Accepter la licence du modèle</translation>
    </message>
    <message>
        <source>not stated in the file</source>
        <translation>non indiquée dans le fichier</translation>
    </message>
    <message>
        <source>%1 (%2) comes under this licence: %3. Read it before you use the model: accepting means you agree to its terms, and Hearth notes it in the audit log.</source>
        <translation>%1 (%2) est distribué sous cette licence&#xa0;: %3. Lisez-la avant d&apos;utiliser le modèle&#xa0;: l&apos;accepter signifie que vous en acceptez les conditions, et Hearth le consigne dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The licence: %1</source>
        <translation>La licence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hearth&apos;s catalog has no link to this licence: look for it where the model came from.</source>
        <translation>Le catalogue de Hearth n&apos;a pas de lien vers cette licence&#xa0;: cherchez-la là où vous avez obtenu le modèle.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept the licence</source>
        <translation>Accepter la licence</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Do not accept the licence</source>
        <translation>Ne pas accepter la licence</translation>
    </message>
    <message>
        <source>The acceptance could not be saved: %1</source>
        <translation>L&apos;acceptation n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>Hearth could not listen on port %1 (%2); choose another port.</source>
        <translation>Hearth n&apos;a pas pu écouter sur le port %1 (%2)&#xa0;; choisissez un autre port.</translation>
    </message>
    <message>
        <source>The local API stopped unexpectedly; the details are in Hearth&apos;s log.</source>
        <translation>L&apos;API locale s&apos;est arrêtée de façon inattendue&#xa0;; les détails se trouvent dans le journal de Hearth.</translation>
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
        <translation>Principal</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <source>Installed models, importing, downloading and report cards (Ctrl+Shift+M)</source>
        <translation>Modèles installés, importation, téléchargement et bulletins (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Start afresh: the conversation so far leaves the screen</source>
        <translation>Repartir de zéro&#xa0;: la conversation en cours disparaît de l&apos;écran</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Safety profiles…</source>
        <translation>Profils de sécurité…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Guardian…</source>
        <translation>Responsable…</translation>
    </message>
    <message>
        <source>Edit, clone, import and export safety profiles (Ctrl+Shift+P)</source>
        <translation>Modifier, dupliquer, importer et exporter des profils de sécurité (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Conversation settings, and the appearance and language of the app (Ctrl+,)</source>
        <translation>Paramètres de la conversation, ainsi que l&apos;apparence et la langue de l&apos;application (Ctrl+,)</translation>
    </message>
    <message>
        <source>Unlock, lock and set up the guardian&apos;s controls (Ctrl+Shift+G)</source>
        <translation>Déverrouiller, verrouiller et configurer les contrôles du responsable (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>A guardian can read the conversations on this computer.</source>
        <translation>Un responsable peut lire les conversations de cet ordinateur.</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings keep the text of conversations in the audit log, so a guardian can read them later.</source>
        <translation>Les paramètres du responsable conservent le texte des conversations dans le journal d&apos;audit&#xa0;: un responsable peut donc les lire plus tard.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+R)</source>
        <translation>Répondre à nouveau au dernier message (Ctrl+R)</translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>Copier la dernière réponse</translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation>Copier la dernière réponse (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Edit last</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the last message</source>
        <translation>Modifier le dernier message</translation>
    </message>
    <message>
        <source>Edit and resend your last message (Ctrl+E, or Up in an empty box)</source>
        <translation>Modifier et renvoyer votre dernier message (Ctrl+E, ou la touche Up dans une zone de saisie vide)</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Enter pour envoyer · Shift+Enter pour aller à la ligne</translation>
    </message>
    <message>
        <source>Guardian&apos;s lock</source>
        <translation>Verrou du responsable</translation>
    </message>
    <message>
        <source>Machine-wide policy</source>
        <translation>Politique de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>A policy file set by your school or organisation is in force on this computer</source>
        <translation>Un fichier de politique défini par votre école ou votre organisation s&apos;applique à cet ordinateur</translation>
    </message>
    <message>
        <source>Copy last answer</source>
        <translation>Copier la dernière réponse</translation>
    </message>
    <message>
        <source>Edit last message</source>
        <translation>Modifier le dernier message</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Appearance and language…</source>
        <translation>Apparence et langue…</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Text at 100%</source>
        <translation>Texte à 100&#xa0;%</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation>Réponse copiée</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 jetons</translation>
    </message>
    <message>
        <source>1 older message no longer fits in the context and was left out</source>
        <translation>1 message plus ancien ne tient plus dans le contexte et a été omis</translation>
    </message>
    <message numerus="yes">
        <source>%n older messages no longer fit in the context and were left out</source>
        <translation>
            <numerusform>%n message plus ancien ne tient plus dans le contexte et a été omis</numerusform>
            <numerusform>%n messages plus anciens ne tiennent plus dans le contexte et ont été omis</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Message non envoyé</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>Taille du texte&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Your preferences could not be saved</source>
        <translation>Vos préférences n&apos;ont pas pu être enregistrées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The safety settings in force are the strictest of your choice and the guardian&apos;s or your organisation&apos;s. You can make things stricter, never looser.</source>
        <translation>Les paramètres de sécurité appliqués sont les plus stricts entre votre choix et celui du responsable ou de votre organisation. Vous pouvez les rendre plus stricts, jamais plus souples.</translation>
    </message>
    <message>
        <source>The safety profile could not be changed</source>
        <translation>Le profil de sécurité n&apos;a pas pu être modifié</translation>
    </message>
    <message>
        <source>Safety profile: %1</source>
        <translation>Profil de sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 Until this is fixed, the strictest preset (Child) is in force. Choose a profile in the toolbar, or fix it in Safety profiles…</source>
        <translation>%1 Tant que ce n&apos;est pas corrigé, le profil prédéfini le plus strict (Enfant) s&apos;applique. Choisissez un profil dans la barre d&apos;outils ou corrigez-le dans Profils de sécurité…</translation>
    </message>
    <message>
        <source>The safety profile could not be read</source>
        <translation>Le profil de sécurité n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>%1 Until this is mended, Hearth uses its strictest settings. A guardian or your organisation&apos;s administrator can fix it.</source>
        <translation>%1 Tant que ce n&apos;est pas réparé, Hearth applique ses paramètres les plus stricts. Un responsable ou l&apos;administrateur de votre organisation peut corriger le problème.</translation>
    </message>
    <message>
        <source>Hearth is using its strictest settings</source>
        <translation>Hearth applique ses paramètres les plus stricts</translation>
    </message>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth se repose</translation>
    </message>
</context>
<context>
    <name>ManagedNote</name>
    <message>
        <source>Managed setting</source>
        <translation>Paramètre géré</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message Hearth…</source>
        <translation>Écrire à Hearth…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line, and Up in an empty box edits your last message.</source>
        <translation>Enter envoie le message, Shift+Enter passe à la ligne et la touche Up dans une zone de saisie vide modifie votre dernier message.</translation>
    </message>
</context>
<context>
    <name>ModelActions</name>
    <message>
        <source>Memory will be tight with this model: %1</source>
        <translation>La mémoire sera juste avec ce modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 on the server %2</source>
        <translation>%1 sur le serveur %2</translation>
    </message>
    <message>
        <source>The model that writes the answers</source>
        <translation>Le modèle qui rédige les réponses</translation>
    </message>
    <message>
        <source>Answers come from the inference server (Models… → Inference server); choose This computer there to use these models</source>
        <translation>Les réponses viennent du serveur d&apos;inférence (Modèles… → Serveur d&apos;inférence)&#xa0;; choisissez-y Cet ordinateur pour utiliser ces modèles</translation>
    </message>
    <message>
        <source>Only approved models are listed (%1)</source>
        <translation>Seuls les modèles approuvés sont affichés (%1)</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <source>Use this model</source>
        <translation>Utiliser ce modèle</translation>
    </message>
    <message>
        <source>Use this model for answers</source>
        <translation>Utiliser ce modèle pour les réponses</translation>
    </message>
    <message>
        <source>Accept licence…</source>
        <translation>Accepter la licence…</translation>
    </message>
    <message>
        <source>Read and accept the licence</source>
        <translation>Lire et accepter la licence</translation>
    </message>
    <message>
        <source>Show chat template…</source>
        <translation>Afficher le gabarit…</translation>
    </message>
    <message>
        <source>Show the chat template</source>
        <translation>Afficher le gabarit de conversation</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove this model</source>
        <translation>Retirer ce modèle</translation>
    </message>
    <message>
        <source>Report card…</source>
        <translation>Bulletin…</translation>
    </message>
    <message>
        <source>Run the model&apos;s report card</source>
        <translation>Établir le bulletin du modèle</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur du contexte</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Gabarit de conversation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Choose a model in the list</source>
        <translation>Choisissez un modèle dans la liste</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (not accepted yet)</source>
        <translation>%1 (pas encore acceptée)</translation>
    </message>
    <message>
        <source>The bundled model is part of Hearth and cannot be removed.</source>
        <translation>Le modèle fourni fait partie de Hearth et ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>%1 now writes the answers.</source>
        <translation>%1 rédige désormais les réponses.</translation>
    </message>
    <message>
        <source>Hearth forgets %1; the file stays where it is.</source>
        <translation>Hearth oubliera %1&#xa0;; le fichier restera où il est.</translation>
    </message>
    <message>
        <source>%1 is deleted from Hearth&apos;s models folder. This cannot be undone.</source>
        <translation>%1 sera supprimé du dossier des modèles de Hearth. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Retirer %1&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 n&apos;a pas pu être retiré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 a été retiré.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The model that writes the answers</source>
        <translation>Le modèle qui rédige les réponses</translation>
    </message>
    <message>
        <source>Open GGUF file…</source>
        <translation>Ouvrir un fichier GGUF…</translation>
    </message>
    <message>
        <source>Use a GGUF model file from anywhere on this computer</source>
        <translation>Utiliser un fichier de modèle GGUF situé n&apos;importe où sur cet ordinateur</translation>
    </message>
    <message>
        <source>SmolLM2 135M Instruct (bundled)</source>
        <translation>SmolLM2 135M Instruct (fourni)</translation>
    </message>
    <message>
        <source>%1 (not approved)</source>
        <translation>%1 (non approuvé)</translation>
    </message>
    <message>
        <source>Checking which models are approved…</source>
        <translation>Vérification des modèles approuvés…</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Ouvrir un modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>Importer un fichier de modèle</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installés</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Inference server</source>
        <translation>Serveur d&apos;inférence</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the models view</source>
        <translation>Fermer la vue des modèles</translation>
    </message>
    <message>
        <source>Reading the model files…</source>
        <translation>Lecture des fichiers de modèles…</translation>
    </message>
    <message>
        <source>Add a GGUF model file from this computer</source>
        <translation>Ajouter un fichier de modèle GGUF depuis cet ordinateur</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>At least {0} characters, a few words work well</source>
        <translation>Au moins {0} caractères&#xa0;; quelques mots font très bien l&apos;affaire</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Confirmez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Saisissez à nouveau la même phrase secrète</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Show the passphrase as it is typed</source>
        <translation>Afficher la phrase secrète pendant la saisie</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>Indication sur la phrase secrète</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>At least {0} characters.</source>
        <translation>Au moins {0} caractères.</translation>
    </message>
    <message>
        <source>Good. Now type it again to confirm.</source>
        <translation>Bien. Saisissez-la à nouveau pour confirmer.</translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation>✓ Les phrases secrètes correspondent.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Safety profiles [*]</source>
        <translation>Profils de sécurité [*]</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Close the profile editor</source>
        <translation>Fermer l&apos;éditeur de profils</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Safety profiles</source>
        <translation>Profils de sécurité</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Clone this profile</source>
        <translation>Dupliquer ce profil</translation>
    </message>
    <message>
        <source>Copy this profile (with any unsaved changes) under a new name</source>
        <translation>Copier ce profil (avec les modifications non enregistrées) sous un nouveau nom</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import a profile file</source>
        <translation>Importer un fichier de profil</translation>
    </message>
    <message>
        <source>Add a profile someone shared with you (a TOML file)</source>
        <translation>Ajouter un profil que quelqu&apos;un a partagé avec vous (un fichier TOML)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export this profile</source>
        <translation>Exporter ce profil</translation>
    </message>
    <message>
        <source>Save the profile to a TOML file to share it</source>
        <translation>Enregistrer le profil dans un fichier TOML pour le partager</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this profile</source>
        <translation>Supprimer ce profil</translation>
    </message>
    <message>
        <source>Delete this custom profile (presets cannot be deleted)</source>
        <translation>Supprimer ce profil personnalisé (les profils prédéfinis ne peuvent pas être supprimés)</translation>
    </message>
    <message>
        <source>This is a preset, so it is read-only. Clone a preset to change it.</source>
        <translation>Ce profil est prédéfini&#xa0;: il est en lecture seule. Dupliquez un profil prédéfini pour le modifier.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Who the safety messages are worded for</source>
        <translation>À qui s&apos;adressent les messages de sécurité</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Teen</source>
        <translation>Adolescent</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulte</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source>Answer length cap</source>
        <translation>Longueur maximale des réponses</translation>
    </message>
    <message>
        <source>The longest answer this profile allows</source>
        <translation>La réponse la plus longue autorisée par ce profil</translation>
    </message>
    <message>
        <source>System prompt addition</source>
        <translation>Ajout au message système</translation>
    </message>
    <message>
        <source>Added to every conversation&apos;s system prompt under this profile</source>
        <translation>Ajouté au message système de chaque conversation avec ce profil</translation>
    </message>
    <message>
        <source>Watermark answers</source>
        <translation>Filigraner les réponses</translation>
    </message>
    <message>
        <source>Nudge the model&apos;s word choices in a pattern only this device&apos;s key can detect, so “Verify a text…” can recognise the answers later, even without their provenance record</source>
        <translation>Oriente les choix de mots du modèle selon un motif que seule la clé de cet appareil peut détecter, afin que «&#xa0;Vérifier un texte…&#xa0;» puisse reconnaître les réponses plus tard, même sans leur attestation de provenance</translation>
    </message>
    <message>
        <source>Who decided these settings</source>
        <translation>Qui a décidé de ces paramètres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>Rules by category</source>
        <translation>Règles par catégorie</translation>
    </message>
    <message>
        <source>Managed by guardian</source>
        <translation>Géré par le responsable</translation>
    </message>
    <message>
        <source>This is the profile in force now: the strictest of your choice and any guardian&apos;s or organisation&apos;s settings. It is read-only.</source>
        <translation>Voici le profil appliqué actuellement&#xa0;: le plus strict entre votre choix et les paramètres du responsable ou de l&apos;organisation. Il est en lecture seule.</translation>
    </message>
    <message>
        <source>Managed by guardian — unlock to edit</source>
        <translation>Géré par le responsable — déverrouillez pour modifier</translation>
    </message>
    <message>
        <source>Managed by your organisation — ask your administrator</source>
        <translation>Géré par votre organisation — adressez-vous à votre administrateur</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Answer length cap: %1 tokens, set by %2</source>
        <translation>Longueur maximale des réponses&#xa0;: %1 jetons, définie par %2</translation>
    </message>
    <message>
        <source>Guard model: %1, set by %2</source>
        <translation>Modèle de modération&#xa0;: %1, défini par %2</translation>
    </message>
    <message>
        <source>Audience: %1, set by %2</source>
        <translation>Public&#xa0;: %1, défini par %2</translation>
    </message>
    <message>
        <source>Watermark: on, set by %1</source>
        <translation>Filigrane&#xa0;: activé, défini par %1</translation>
    </message>
    <message>
        <source>Watermark: off, set by %1</source>
        <translation>Filigrane&#xa0;: désactivé, défini par %1</translation>
    </message>
    <message>
        <source>Time rules: none, set by %1</source>
        <translation>Règles horaires&#xa0;: aucune, définies par %1</translation>
    </message>
    <message>
        <source>Time rules: limited hours, set by %1</source>
        <translation>Règles horaires&#xa0;: horaires limités, définies par %1</translation>
    </message>
    <message>
        <source>Time rules: limited hours and %2 minutes a day, set by %1</source>
        <translation>Règles horaires&#xa0;: horaires limités et %2 minutes par jour, définies par %1</translation>
    </message>
    <message>
        <source>Time rules: %2 minutes a day, set by %1</source>
        <translation>Règles horaires&#xa0;: %2 minutes par jour, définies par %1</translation>
    </message>
    <message>
        <source>Approved models: any, set by %1</source>
        <translation>Modèles approuvés&#xa0;: tous, définis par %1</translation>
    </message>
    <message numerus="yes">
        <source>Approved models: %n file(s) by hash, set by %1</source>
        <translation>
            <numerusform>Modèles approuvés&#xa0;: %n fichier identifié par son empreinte, définis par %1</numerusform>
            <numerusform>Modèles approuvés&#xa0;: %n fichiers identifiés par leur empreinte, définis par %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosk mode: on, set by %1</source>
        <translation>Mode kiosque&#xa0;: activé, défini par %1</translation>
    </message>
    <message>
        <source>Kiosk mode: off, set by %1</source>
        <translation>Mode kiosque&#xa0;: désactivé, défini par %1</translation>
    </message>
    <message>
        <source>Audit log keeps: the text of conversations too, set by %1</source>
        <translation>Journal d&apos;audit&#xa0;: conserve aussi le texte des conversations, défini par %1</translation>
    </message>
    <message>
        <source>Audit log keeps: what happened, not what was said, set by %1</source>
        <translation>Journal d&apos;audit&#xa0;: conserve ce qui s&apos;est passé, pas ce qui a été dit, défini par %1</translation>
    </message>
    <message>
        <source>Conversations kept: until deleted, set by %1</source>
        <translation>Conservation des conversations&#xa0;: jusqu&apos;à leur suppression, définie par %1</translation>
    </message>
    <message numerus="yes">
        <source>Conversations kept: %n day(s), set by %1</source>
        <translation>
            <numerusform>Conservation des conversations&#xa0;: %n jour, définie par %1</numerusform>
            <numerusform>Conservation des conversations&#xa0;: %n jours, définie par %1</numerusform>
        </translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>The safety settings the screen applies now, and who decided each</source>
        <translation>Les paramètres de sécurité que le filtre applique actuellement, et qui a décidé de chacun</translation>
    </message>
    <message>
        <source>%1 (preset, read-only)</source>
        <translation>%1 (prédéfini, lecture seule)</translation>
    </message>
    <message>
        <source>Presets are read-only. Clone a preset to change it.</source>
        <translation>Les profils prédéfinis sont en lecture seule. Dupliquez un profil prédéfini pour le modifier.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Le profil n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (ma copie)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>La copie n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cloned as “%1”. Change it here, then Save.</source>
        <translation>Dupliqué sous le nom «&#xa0;%1&#xa0;». Modifiez-le ici, puis cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>Le fichier n&apos;a pas pu être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» importé.</translation>
    </message>
    <message>
        <source>Save your changes first: Export writes the saved profile.</source>
        <translation>Enregistrez d&apos;abord vos modifications&#xa0;: l&apos;exportation porte sur le profil enregistré.</translation>
    </message>
    <message>
        <source>The profile could not be exported: %1</source>
        <translation>Le profil n&apos;a pas pu être exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>«&#xa0;%1&#xa0;» exporté vers %2.</translation>
    </message>
    <message>
        <source>“%1” is the profile the guardian locked. Lock another profile in Guardian… before deleting this one.</source>
        <translation>«&#xa0;%1&#xa0;» est le profil verrouillé par le responsable. Verrouillez un autre profil dans Responsable… avant de supprimer celui-ci.</translation>
    </message>
    <message>
        <source>“%1” is the profile in use. Choose another profile in the toolbar before deleting this one.</source>
        <translation>«&#xa0;%1&#xa0;» est le profil utilisé. Choisissez un autre profil dans la barre d&apos;outils avant de supprimer celui-ci.</translation>
    </message>
    <message>
        <source>The profile could not be deleted: %1</source>
        <translation>Le profil n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Some profile files could not be read and are not listed: %1</source>
        <translation>Certains fichiers de profil n&apos;ont pas pu être lus et ne sont pas affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clone profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Nom du nouveau profil&#xa0;:</translation>
    </message>
    <message>
        <source>Import a safety profile</source>
        <translation>Importer un profil de sécurité</translation>
    </message>
    <message>
        <source>Safety profiles (*.toml *.json)</source>
        <translation>Profils de sécurité (*.toml *.json)</translation>
    </message>
    <message>
        <source>Export the safety profile</source>
        <translation>Exporter le profil de sécurité</translation>
    </message>
    <message>
        <source>Safety profiles (*.toml)</source>
        <translation>Profils de sécurité (*.toml)</translation>
    </message>
    <message>
        <source>Replace profile</source>
        <translation>Remplacer le profil</translation>
    </message>
    <message>
        <source>The imported profile “%1” has the same id as your profile “%2”. Replace it?</source>
        <translation>Le profil importé «&#xa0;%1&#xa0;» a le même identifiant que votre profil «&#xa0;%2&#xa0;». Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? This cannot be undone.</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>«&#xa0;%1&#xa0;» comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Safety profile</source>
        <translation>Profil de sécurité</translation>
    </message>
    <message>
        <source>What the safety screen blocks, warns about or allows</source>
        <translation>Ce que le filtre de sécurité bloque, signale ou autorise</translation>
    </message>
</context>
<context>
    <name>ProfileRulesModel</name>
    <message>
        <source>Set by</source>
        <translation>Défini par</translation>
    </message>
    <message>
        <source>The score (0.00–1.00) at or above which the action applies</source>
        <translation>Le score (0.00–1.00) à partir duquel l&apos;action s&apos;applique</translation>
    </message>
    <message>
        <source>What happens to what the user sends</source>
        <translation>Ce qui arrive à ce que l&apos;utilisateur envoie</translation>
    </message>
    <message>
        <source>What happens to what the model writes</source>
        <translation>Ce qui arrive à ce que le modèle écrit</translation>
    </message>
    <message>
        <source>Scores from %1 up to the threshold get a warning instead.</source>
        <translation>Les scores compris entre %1 et le seuil reçoivent plutôt un avertissement.</translation>
    </message>
    <message>
        <source>Only a block rule can have a warning band: set the action to Block to use it.</source>
        <translation>Seule une règle de blocage peut avoir une plage d&apos;avertissement&#xa0;: réglez l&apos;action sur Bloquer pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Clone a preset to change it</source>
        <translation>Dupliquez un profil prédéfini pour le modifier</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who decided this rule: you, the guardian or your organisation. The rule in force is the strictest of theirs.</source>
        <translation>Qui a décidé de cette règle&#xa0;: vous, le responsable ou votre organisation. La règle appliquée est la plus stricte des trois.</translation>
    </message>
    <message>
        <source>not used: only block rules have a warning band</source>
        <translation>non utilisé&#xa0;: seules les règles de blocage ont une plage d&apos;avertissement</translation>
    </message>
    <message>
        <source>no warning band</source>
        <translation>pas de plage d&apos;avertissement</translation>
    </message>
    <message>
        <source>For a block rule: scores from this value up to the threshold get a warning instead of passing. “—” means no warning band; slide to the far left (0) to remove the band.</source>
        <translation>Pour une règle de blocage&#xa0;: les scores compris entre cette valeur et le seuil reçoivent un avertissement au lieu de passer. «&#xa0;—&#xa0;» signifie qu&apos;il n&apos;y a pas de plage d&apos;avertissement&#xa0;; faites glisser tout à gauche (0) pour supprimer la plage.</translation>
    </message>
    <message>
        <source>Prompt action</source>
        <translation>Action (message)</translation>
    </message>
    <message>
        <source>Prompt threshold</source>
        <translation>Seuil (message)</translation>
    </message>
    <message>
        <source>Prompt warns from</source>
        <translation>Avertit dès (message)</translation>
    </message>
    <message>
        <source>Answer action</source>
        <translation>Action (réponse)</translation>
    </message>
    <message>
        <source>Answer threshold</source>
        <translation>Seuil (réponse)</translation>
    </message>
    <message>
        <source>Answer warns from</source>
        <translation>Avertit dès (réponse)</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Teen</source>
        <translation>Adolescent</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>For children under 13: blocks every hazard category, keeps answers short and kind, and stops personal details from being shared.</source>
        <translation>Pour les enfants de moins de 13 ans : bloque toutes les catégories de risque, garde des réponses courtes et bienveillantes, et empêche le partage d’informations personnelles.</translation>
    </message>
    <message>
        <source>For ages 13 to 17: blocks hazards and explicit content, warns on specialised advice and on sharing personal details.</source>
        <translation>De 13 à 17 ans : bloque les risques et les contenus explicites, avertit pour les conseils spécialisés et le partage d’informations personnelles.</translation>
    </message>
    <message>
        <source>For classrooms and school labs: blocks hazards and off-task explicit content; warns on specialised advice and personal details.</source>
        <translation>Pour les salles de classe et les salles informatiques : bloque les risques et les contenus explicites hors sujet ; avertit pour les conseils spécialisés et les informations personnelles.</translation>
    </message>
    <message>
        <source>For adults: blocks serious hazards, warns on specialised advice and on sharing personal details.</source>
        <translation>Pour les adultes : bloque les risques graves, avertit pour les conseils spécialisés et le partage d’informations personnelles.</translation>
    </message>
    <message>
        <source>For adults who want few limits: blocks only child exploitation, mass-casualty weapons, violent crime and jailbreaks; warns on the rest.</source>
        <translation>Pour les adultes qui veulent peu de limites : bloque seulement l’exploitation des enfants, les armes de destruction massive, les crimes violents et les tentatives de débridage ; avertit pour le reste.</translation>
    </message>
</context>
<context>
    <name>ProvenanceActions</name>
    <message>
        <source>Copy with provenance</source>
        <translation>Copier avec la provenance</translation>
    </message>
    <message>
        <source>Save answer with provenance…</source>
        <translation>Enregistrer la réponse avec sa provenance…</translation>
    </message>
    <message>
        <source>Export conversation…</source>
        <translation>Exporter la conversation…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown or HTML, with every answer&apos;s signed provenance record beside it</source>
        <translation>Enregistrer cette conversation au format Markdown ou HTML, avec l&apos;attestation de provenance signée de chaque réponse à côté</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Verify a text…</source>
        <translation>Vérifier un texte…</translation>
    </message>
    <message>
        <source>Check whether a text came from this device, with which model and safety profile, and whether it was changed (Ctrl+Shift+K)</source>
        <translation>Vérifier si un texte provient de cet appareil, avec quel modèle et quel profil de sécurité, et s&apos;il a été modifié (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>More ways to copy: with provenance, save, export, verify</source>
        <translation>Autres façons de copier&#xa0;: avec la provenance, enregistrer, exporter, vérifier</translation>
    </message>
    <message>
        <source>Copy or save the answer with its signed record of where it came from, export the conversation, or check a text</source>
        <translation>Copier ou enregistrer la réponse avec son attestation signée indiquant son origine, exporter la conversation ou vérifier un texte</translation>
    </message>
    <message>
        <source>Copy the last answer with its signed provenance record</source>
        <translation>Copier la dernière réponse avec son attestation de provenance signée</translation>
    </message>
    <message>
        <source>Save the last answer to a text file, with its signed provenance record beside it</source>
        <translation>Enregistrer la dernière réponse dans un fichier texte, avec son attestation de provenance signée à côté</translation>
    </message>
    <message>
        <source>Wait until the answer has finished</source>
        <translation>Attendez que la réponse soit terminée</translation>
    </message>
    <message>
        <source>There is no answer in this conversation yet</source>
        <translation>Cette conversation n&apos;a pas encore de réponse</translation>
    </message>
    <message>
        <source>The last answer was blocked, so there is no text to copy</source>
        <translation>La dernière réponse a été bloquée&#xa0;: il n&apos;y a donc aucun texte à copier</translation>
    </message>
    <message>
        <source>The last answer has no provenance record: it was written before Hearth signed answers</source>
        <translation>La dernière réponse n&apos;a pas d&apos;attestation de provenance&#xa0;: elle a été rédigée avant que Hearth ne signe les réponses</translation>
    </message>
    <message>
        <source>Answer copied with its provenance record</source>
        <translation>Réponse copiée avec son attestation de provenance</translation>
    </message>
    <message>
        <source>The answer could not be saved</source>
        <translation>La réponse n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Saved %1 and its provenance record %2</source>
        <translation>%1 et son attestation de provenance %2 ont été enregistrés</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>The conversation could not be exported</source>
        <translation>La conversation n&apos;a pas pu être exportée</translation>
    </message>
    <message>
        <source>Exported %1; no answer in it has a provenance record, so %2 is empty</source>
        <translation>%1 exporté&#xa0;; aucune de ses réponses n&apos;a d&apos;attestation de provenance, %2 est donc vide</translation>
    </message>
    <message>
        <source>Exported %1, with its answer&apos;s provenance record in %2</source>
        <translation>%1 exporté, avec l&apos;attestation de provenance de sa réponse dans %2</translation>
    </message>
    <message>
        <source>Exported %1, with %3 answers&apos; provenance records in %2</source>
        <translation>%1 exporté, avec les attestations de provenance de %3 réponses dans %2</translation>
    </message>
    <message>
        <source>Save answer with provenance</source>
        <translation>Enregistrer la réponse avec sa provenance</translation>
    </message>
    <message>
        <source>Text files (*.txt);;Markdown (*.md);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Markdown (*.md);;Tous les fichiers (*)</translation>
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
        <translation>Exporter la conversation</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copier le code de récupération</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>J&apos;ai noté le code de récupération</translation>
    </message>
    <message>
        <source>This code is shown only once. Keep it somewhere safe, away from this computer: it lets you choose a new passphrase if you forget this one, and then it is replaced by a new code.</source>
        <translation>Ce code ne s&apos;affiche qu&apos;une seule fois. Conservez-le en lieu sûr, loin de cet ordinateur&#xa0;: il vous permet de choisir une nouvelle phrase secrète si vous oubliez celle-ci&#xa0;; il est alors remplacé par un nouveau code.</translation>
    </message>
    <message>
        <source>Recovery code {0}</source>
        <translation>Code de récupération {0}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ReportCardSection</name>
    <message>
        <source>Report card progress</source>
        <translation>Progression du bulletin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the report card</source>
        <translation>Annuler le bulletin</translation>
    </message>
    <message>
        <source>Report card</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the report card</source>
        <translation>Exporter le bulletin</translation>
    </message>
    <message>
        <source>No report card yet. It measures how often the model refuses harmful requests and harmless ones, without Hearth&apos;s safety screen.</source>
        <translation>Pas encore de bulletin. Il mesure à quelle fréquence le modèle refuse les demandes nuisibles et les demandes inoffensives, sans le filtre de sécurité de Hearth.</translation>
    </message>
    <message>
        <source>Newest report card, made %1:</source>
        <translation>Dernier bulletin, établi le %1&#xa0;:</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>%1 of %2 prompts</source>
        <translation>%1 messages sur %2</translation>
    </message>
    <message>
        <source>The report card was kept in %1.</source>
        <translation>Le bulletin a été conservé dans %1.</translation>
    </message>
    <message>
        <source>The report card was stopped; nothing was kept.</source>
        <translation>Le bulletin a été interrompu&#xa0;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>The report card could not be saved to %1: %2</source>
        <translation>Le bulletin n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report card was saved to %1.</source>
        <translation>Le bulletin a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
</context>
<context>
    <name>RestingNotice</name>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth se repose</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>the on-device classifier</source>
        <translation>le classifieur local</translation>
    </message>
    <message>
        <source>the jailbreak and prompt-injection check</source>
        <translation>le contrôle anti-débridage et anti-injection de message</translation>
    </message>
    <message>
        <source>the personal-information check</source>
        <translation>le contrôle des informations personnelles</translation>
    </message>
    <message>
        <source>the passwords-and-keys check</source>
        <translation>le contrôle des mots de passe et des clés</translation>
    </message>
    <message>
        <source>the guard model</source>
        <translation>le modèle de modération</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through this alone</source>
        <translation>Vous n&apos;avez pas à vivre cela sans soutien</translation>
    </message>
    <message>
        <source>It sounds like you might be going through something really hard. Talking to someone can help, and there are people ready to listen right now.</source>
        <translation>On dirait que vous traversez quelque chose de vraiment difficile. En parler à quelqu&apos;un peut aider, et des personnes sont prêtes à vous écouter dès maintenant.</translation>
    </message>
    <message>
        <source>It sounds like you might be feeling really sad or hurt. Please tell a grown-up you trust, like a parent or teacher. You can also call someone who is there to help:</source>
        <translation>On dirait que quelque chose vous rend vraiment triste ou vous fait du mal. Parlez-en à un adulte de confiance, comme un parent ou un enseignant. Vous pouvez aussi appeler quelqu&apos;un dont le rôle est de vous aider&#xa0;:</translation>
    </message>
    <message>
        <source>Answer stopped</source>
        <translation>Réponse arrêtée</translation>
    </message>
    <message>
        <source>Hearth stopped this answer because it began to include something about %1. Let&apos;s talk about something else!</source>
        <translation>Hearth a arrêté cette réponse, car elle commençait à parler de ce sujet&#xa0;: %1. Parlons d&apos;autre chose&#xa0;!</translation>
    </message>
    <message>
        <source>Hearth stopped this answer because it began to include %1 (%2), which the %3 profile does not allow.</source>
        <translation>Hearth a arrêté cette réponse, car elle commençait à aborder un sujet que le profil %3 n&apos;autorise pas&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Send this message?</source>
        <translation>Envoyer ce message&#xa0;?</translation>
    </message>
    <message>
        <source>This message may involve %1 (%2). The %3 profile asks you to confirm before it is sent.</source>
        <translation>Ce message pourrait aborder un sujet sensible&#xa0;: %1 (%2). Le profil %3 vous demande de confirmer avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Let&apos;s talk about something else</source>
        <translation>Parlons d&apos;autre chose</translation>
    </message>
    <message>
        <source>That question is about %1, so I can&apos;t help with it. If something is worrying you, talk to a grown-up you trust.</source>
        <translation>Cette question porte sur un sujet pour lequel je ne peux pas vous aider&#xa0;: %1. Si quelque chose vous inquiète, parlez-en à un adulte de confiance.</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Message non envoyé</translation>
    </message>
    <message>
        <source>This message looks like a request for %1 (%2), which the %3 profile blocks.</source>
        <translation>Ce message ressemble à une demande portant sur un sujet que le profil %3 bloque&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Decided by %1 (score %2, threshold %3) in profile layer %4.</source>
        <translation>Décision prise par %1 (score %2, seuil %3) dans la couche de profil %4.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Avertir</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Conversation settings</source>
        <translation>Paramètres de la conversation</translation>
    </message>
    <message>
        <source>These settings apply to the current conversation.</source>
        <translation>Ces paramètres s&apos;appliquent à la conversation en cours.</translation>
    </message>
    <message>
        <source>&amp;Appearance and language…</source>
        <translation>&amp;Apparence et langue…</translation>
    </message>
    <message>
        <source>Language, high contrast and text size for the whole app</source>
        <translation>Langue, contraste élevé et taille du texte pour toute l&apos;application</translation>
    </message>
    <message>
        <source>%1: can be lowered, not raised above %2</source>
        <translation>%1&#xa0;: peut être abaissé, mais pas au-delà de %2</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Violent crimes</source>
        <translation>Crimes violents</translation>
    </message>
    <message>
        <source>help with violence against people or animals</source>
        <translation>aide à la violence contre des personnes ou des animaux</translation>
    </message>
    <message>
        <source>hurting people or animals</source>
        <translation>faire du mal à des personnes ou à des animaux</translation>
    </message>
    <message>
        <source>Non-violent crimes</source>
        <translation>Crimes non violents</translation>
    </message>
    <message>
        <source>help with crimes such as fraud, theft, hacking or drugs</source>
        <translation>aide à des délits comme la fraude, le vol, le piratage ou le trafic de drogue</translation>
    </message>
    <message>
        <source>breaking the law, like stealing or tricking people</source>
        <translation>enfreindre la loi, par exemple voler ou tromper des gens</translation>
    </message>
    <message>
        <source>Sex-related crimes</source>
        <translation>Crimes à caractère sexuel</translation>
    </message>
    <message>
        <source>help with sexual assault, harassment or trafficking</source>
        <translation>aide aux agressions sexuelles, au harcèlement ou à la traite d&apos;êtres humains</translation>
    </message>
    <message>
        <source>something that could hurt people and is not OK</source>
        <translation>quelque chose qui pourrait faire du mal à des gens et qui n&apos;est pas acceptable</translation>
    </message>
    <message>
        <source>Child sexual exploitation</source>
        <translation>Exploitation sexuelle des enfants</translation>
    </message>
    <message>
        <source>sexual content involving minors</source>
        <translation>contenu sexuel impliquant des mineurs</translation>
    </message>
    <message>
        <source>something that is never OK</source>
        <translation>quelque chose qui n&apos;est jamais acceptable</translation>
    </message>
    <message>
        <source>Defamation</source>
        <translation>Diffamation</translation>
    </message>
    <message>
        <source>false statements that could harm a real person&apos;s reputation</source>
        <translation>affirmations fausses pouvant nuire à la réputation d&apos;une personne réelle</translation>
    </message>
    <message>
        <source>saying untrue, unkind things about real people</source>
        <translation>dire des choses fausses ou méchantes sur de vraies personnes</translation>
    </message>
    <message>
        <source>Specialized advice</source>
        <translation>Conseils spécialisés</translation>
    </message>
    <message>
        <source>medical, legal or financial advice that needs a professional</source>
        <translation>conseils médicaux, juridiques ou financiers qui relèvent d&apos;un professionnel</translation>
    </message>
    <message>
        <source>a question a doctor, lawyer or trusted grown-up should answer</source>
        <translation>une question à poser à un médecin, un avocat ou un adulte de confiance</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>sensitive private information about other people</source>
        <translation>informations privées sensibles sur d&apos;autres personnes</translation>
    </message>
    <message>
        <source>other people&apos;s private information</source>
        <translation>les informations privées des autres</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>Propriété intellectuelle</translation>
    </message>
    <message>
        <source>copying protected works or bypassing licences</source>
        <translation>copie d&apos;œuvres protégées ou contournement de licences</translation>
    </message>
    <message>
        <source>copying other people&apos;s work without permission</source>
        <translation>copier le travail des autres sans permission</translation>
    </message>
    <message>
        <source>Indiscriminate weapons</source>
        <translation>Armes à effets indiscriminés</translation>
    </message>
    <message>
        <source>chemical, biological, radiological, nuclear weapons or explosives</source>
        <translation>armes chimiques, biologiques, radiologiques, nucléaires ou explosifs</translation>
    </message>
    <message>
        <source>dangerous weapons that could hurt many people</source>
        <translation>des armes dangereuses qui pourraient blesser beaucoup de gens</translation>
    </message>
    <message>
        <source>Hate</source>
        <translation>Haine</translation>
    </message>
    <message>
        <source>content that demeans people for who they are</source>
        <translation>contenu qui rabaisse des personnes pour ce qu&apos;elles sont</translation>
    </message>
    <message>
        <source>being mean to people because of who they are</source>
        <translation>être méchant avec des gens à cause de ce qu&apos;ils sont</translation>
    </message>
    <message>
        <source>Suicide and self-harm</source>
        <translation>Suicide et automutilation</translation>
    </message>
    <message>
        <source>suicide, self-harm or disordered eating</source>
        <translation>suicide, automutilation ou troubles alimentaires</translation>
    </message>
    <message>
        <source>hurting yourself</source>
        <translation>se faire du mal</translation>
    </message>
    <message>
        <source>Sexual content</source>
        <translation>Contenu sexuel</translation>
    </message>
    <message>
        <source>explicit sexual content</source>
        <translation>contenu sexuel explicite</translation>
    </message>
    <message>
        <source>grown-up content</source>
        <translation>des contenus réservés aux adultes</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Élections</translation>
    </message>
    <message>
        <source>false information about voting and elections</source>
        <translation>fausses informations sur le vote et les élections</translation>
    </message>
    <message>
        <source>wrong information about voting</source>
        <translation>de fausses informations sur le vote</translation>
    </message>
    <message>
        <source>Code interpreter abuse</source>
        <translation>Abus de l&apos;interpréteur de code</translation>
    </message>
    <message>
        <source>attempts to abuse code execution or the host system</source>
        <translation>tentatives de détourner l&apos;exécution de code ou le système hôte</translation>
    </message>
    <message>
        <source>trying to misuse the computer</source>
        <translation>essayer de mal utiliser l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Jailbreak or prompt injection</source>
        <translation>Débridage ou injection de message</translation>
    </message>
    <message>
        <source>an attempt to make the assistant ignore its rules</source>
        <translation>tentative de faire ignorer ses règles à l&apos;assistant</translation>
    </message>
    <message>
        <source>trying to trick the assistant into breaking its rules</source>
        <translation>essayer de pousser l&apos;assistant à enfreindre ses règles</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Informations personnelles</translation>
    </message>
    <message>
        <source>personal details such as an address, phone number, school or card</source>
        <translation>données personnelles comme une adresse, un numéro de téléphone, une école ou une carte bancaire</translation>
    </message>
    <message>
        <source>private things about you, like where you live or your phone number</source>
        <translation>des choses privées sur vous, comme votre adresse ou votre numéro de téléphone</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Chat template of %1</source>
        <translation>Gabarit de conversation de %1</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Gabarit de conversation</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Sample conversation as the model sees it</source>
        <translation>Exemple de conversation telle que le modèle la voit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the chat template</source>
        <translation>Fermer le gabarit de conversation</translation>
    </message>
    <message>
        <source>Sample conversation as the model sees it:</source>
        <translation>Exemple de conversation telle que le modèle la voit&#xa0;:</translation>
    </message>
    <message>
        <source>Checking the template…</source>
        <translation>Vérification du gabarit…</translation>
    </message>
    <message>
        <source>(not rendered)</source>
        <translation>(non rendu)</translation>
    </message>
</context>
<context>
    <name>TimeRules</name>
    <message>
        <source>A guardian can unlock Hearth and grant extra time.</source>
        <translation>Un responsable peut déverrouiller Hearth et accorder du temps supplémentaire.</translation>
    </message>
    <message>
        <source>It opens again %1.</source>
        <translation>Hearth rouvrira %1.</translation>
    </message>
    <message>
        <source>Today&apos;s time with Hearth is used up.</source>
        <translation>Le temps d&apos;utilisation de Hearth pour aujourd&apos;hui est écoulé.</translation>
    </message>
    <message>
        <source>Hearth is not open at any time this week.</source>
        <translation>Hearth n&apos;est ouvert à aucun moment cette semaine.</translation>
    </message>
    <message>
        <source>Hearth is resting now.</source>
        <translation>Hearth se repose pour le moment.</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>TimeRulesEditor</name>
    <message>
        <source>No daily limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source> min a day</source>
        <translation> min par jour</translation>
    </message>
    <message>
        <source>Daily time limit in minutes</source>
        <translation>Limite quotidienne en minutes</translation>
    </message>
    <message>
        <source>Some days allow more than one stretch of time. They are shown simplified; changing anything here replaces them.</source>
        <translation>Certains jours comportent plusieurs plages horaires. Elles sont affichées de façon simplifiée&#xa0;; toute modification ici les remplace.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Limite par jour</translation>
    </message>
    <message>
        <source>A time “to” before “from” runs past midnight; 00:00 to 00:00 is the whole day.</source>
        <translation>Si l&apos;heure de fin précède l&apos;heure de début, la plage se prolonge après minuit&#xa0;; de 00:00 à 00:00, c&apos;est toute la journée.</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a public key</source>
        <translation>Faire confiance à une clé publique</translation>
    </message>
    <message>
        <source>Paste the public key of the device that signed the text: a PEM block, 64 hex digits or base64 (Hearth&apos;s “Export public key…” writes one). Before you trust it, compare its fingerprint with the one that device shows.</source>
        <translation>Collez la clé publique de l&apos;appareil qui a signé le texte&#xa0;: un bloc PEM, 64 chiffres hexadécimaux ou du base64 (la commande «&#xa0;Exporter la clé publique…&#xa0;» de Hearth en produit une). Avant de lui faire confiance, comparez son empreinte avec celle qu&apos;affiche cet appareil.</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Load key file…</source>
        <translation>Charger une clé…</translation>
    </message>
    <message>
        <source>Load a public key file</source>
        <translation>Charger un fichier de clé publique</translation>
    </message>
    <message>
        <source>Fingerprint of the key</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Do not trust a key</source>
        <translation>Ne faire confiance à aucune clé</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Faire confiance à cette clé</translation>
    </message>
    <message>
        <source>Trust this key for these checks</source>
        <translation>Faire confiance à cette clé pour ces vérifications</translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint appears here.</source>
        <translation>L&apos;empreinte de la clé s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>This is not a public key: %1.</source>
        <translation>Ce n&apos;est pas une clé publique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is this device&apos;s own key; it is always trusted.</source>
        <translation>C&apos;est la clé de cet appareil&#xa0;; elle est toujours considérée comme fiable.</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Load a public key</source>
        <translation>Charger une clé publique</translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub *.txt);;All files (*)</source>
        <translation>Clés publiques (*.pem *.pub *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>TryItPanel</name>
    <message>
        <source>This text could not be checked; details are in the log.</source>
        <translation>Ce texte n&apos;a pas pu être vérifié&#xa0;; les détails se trouvent dans le journal.</translation>
    </message>
    <message>
        <source>Type a message to see what this profile would do with it…</source>
        <translation>Saisissez un message pour voir ce que ce profil en ferait…</translation>
    </message>
    <message>
        <source>Try a message</source>
        <translation>Essayer un message</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Type a message above to try this profile.</source>
        <translation>Saisissez un message ci-dessus pour essayer ce profil.</translation>
    </message>
    <message>
        <source>nothing flagged</source>
        <translation>rien de signalé</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>(threshold %1)</source>
        <translation>(seuil %1)</translation>
    </message>
    <message>
        <source>detector %1</source>
        <translation>détecteur %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Could not check this text</source>
        <translation>Impossible de vérifier ce texte</translation>
    </message>
</context>
<context>
    <name>TurnWorker</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>The answer could not be completed; details are in the log.</source>
        <translation>La réponse n&apos;a pas pu être terminée&#xa0;; les détails se trouvent dans le journal.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Try again in {0} s</source>
        <translation>Réessayez dans {0} s</translation>
    </message>
    <message>
        <source>Try again in {0} min</source>
        <translation>Réessayez dans {0} min</translation>
    </message>
    <message>
        <source>Guardian settings</source>
        <translation>Paramètres du responsable</translation>
    </message>
    <message>
        <source>There were too many wrong attempts in a row, so Hearth waits a little before the next one.</source>
        <translation>Il y a eu trop de tentatives erronées d&apos;affilée&#xa0;: Hearth attend donc un peu avant la suivante.</translation>
    </message>
    <message>
        <source>Guardian&apos;s passphrase</source>
        <translation>Phrase secrète du responsable</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>Phrase secrète oubliée&#xa0;?</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Phrase secrète oubliée&#xa0;? Utilisez le code de récupération</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock the guardian settings</source>
        <translation>Déverrouiller les paramètres du responsable</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without unlocking</source>
        <translation>Fermer sans déverrouiller</translation>
    </message>
    <message>
        <source>Enter the guardian&apos;s passphrase to change what Hearth allows.</source>
        <translation>Saisissez la phrase secrète du responsable pour modifier ce que Hearth autorise.</translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when the guardian was set up, and choose a new passphrase. The old passphrase and the old code stop working.</source>
        <translation>Saisissez le code de récupération que vous avez noté lors de la désignation du responsable, puis choisissez une nouvelle phrase secrète. L&apos;ancienne phrase secrète et l&apos;ancien code cesseront de fonctionner.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Revenir à la phrase secrète</translation>
    </message>
    <message>
        <source>Back to unlocking with the passphrase</source>
        <translation>Revenir au déverrouillage par phrase secrète</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Définir la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Unlock with the recovery code and set the new passphrase</source>
        <translation>Déverrouiller avec le code de récupération et définir la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Use the recovery code</source>
        <translation>Utiliser le code de récupération</translation>
    </message>
    <message>
        <source>The new passphrase is set. The old recovery code no longer works; this is the new one:</source>
        <translation>La nouvelle phrase secrète est définie. L&apos;ancien code de récupération ne fonctionne plus&#xa0;; voici le nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done: open the guardian settings</source>
        <translation>Terminé&#xa0;: ouvrir les paramètres du responsable</translation>
    </message>
    <message>
        <source>Write down the new recovery code</source>
        <translation>Notez le nouveau code de récupération</translation>
    </message>
    <message>
        <source>Type the guardian&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète du responsable.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>Saisissez le code de récupération.</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Vérification du code de récupération…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>Cette phrase secrète n&apos;est pas correcte. Vérifiez que Caps Lock (verrouillage des majuscules) est désactivé, puis réessayez.</translation>
    </message>
    <message>
        <source>That recovery code is not right. Check it letter by letter and try again.</source>
        <translation>Ce code de récupération n&apos;est pas correct. Vérifiez-le caractère par caractère, puis réessayez.</translation>
    </message>
    <message>
        <source>No guardian is set up on this computer any more.</source>
        <translation>Il n&apos;y a plus de responsable désigné sur cet ordinateur.</translation>
    </message>
    <message>
        <source>After several wrong attempts Hearth waits a little longer each time.</source>
        <translation>Après plusieurs tentatives erronées, Hearth attend un peu plus longtemps à chaque fois.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>Write the new recovery code down and tick the box first: it is shown only this once.</source>
        <translation>Notez d&apos;abord le nouveau code de récupération et cochez la case&#xa0;: il ne s&apos;affiche qu&apos;une seule fois.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>it is larger than 4 MB</source>
        <translation>il dépasse 4 Mo</translation>
    </message>
    <message>
        <source>Verify a text</source>
        <translation>Vérifier un texte</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check the text</source>
        <translation>Vérifier le texte</translation>
    </message>
    <message>
        <source>Check the text (Ctrl+Enter)</source>
        <translation>Vérifier le texte (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the Verify dialog</source>
        <translation>Fermer la fenêtre de vérification</translation>
    </message>
    <message>
        <source>Check whether a text came from this device, with which model and safety profile, and whether it was changed since. Paste the text; add its provenance record if you have one.</source>
        <translation>Vérifiez si un texte provient de cet appareil, avec quel modèle et quel profil de sécurité, et s&apos;il a été modifié depuis. Collez le texte&#xa0;; ajoutez son attestation de provenance si vous l&apos;avez.</translation>
    </message>
    <message>
        <source>This device&apos;s public key</source>
        <translation>Clé publique de cet appareil</translation>
    </message>
    <message>
        <source>This device&apos;s public key fingerprint</source>
        <translation>Empreinte de la clé publique de cet appareil</translation>
    </message>
    <message>
        <source>SHA-256 of this device&apos;s Ed25519 public key. Someone checking texts from this device compares it with the key they trust.</source>
        <translation>SHA-256 de la clé publique Ed25519 de cet appareil. La personne qui vérifie des textes provenant de cet appareil la compare avec la clé à laquelle elle fait confiance.</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>Exporter la clé publique…</translation>
    </message>
    <message>
        <source>Export this device&apos;s public key</source>
        <translation>Exporter la clé publique de cet appareil</translation>
    </message>
    <message>
        <source>Save the public key as a PEM file, so others can check texts signed on this device</source>
        <translation>Enregistrer la clé publique dans un fichier PEM, pour que d&apos;autres puissent vérifier les textes signés sur cet appareil</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>Texte à vérifier</translation>
    </message>
    <message>
        <source>Paste the text here, exactly as you received it</source>
        <translation>Collez le texte ici, exactement tel que vous l&apos;avez reçu</translation>
    </message>
    <message>
        <source>&amp;Text to check</source>
        <translation>&amp;Texte à vérifier</translation>
    </message>
    <message>
        <source>Open a text file…</source>
        <translation>Ouvrir un fichier texte…</translation>
    </message>
    <message>
        <source>Open a text file to check</source>
        <translation>Ouvrir un fichier texte à vérifier</translation>
    </message>
    <message>
        <source>Its provenance record (.intoto.json beside it) is loaded too</source>
        <translation>Son attestation de provenance (le fichier .intoto.json à côté) est chargée aussi</translation>
    </message>
    <message>
        <source>Provenance record</source>
        <translation>Attestation de provenance</translation>
    </message>
    <message>
        <source>Optional: the record (.intoto.json) that came with the text. Without one, this device looks up its own record of the text.</source>
        <translation>Facultatif&#xa0;: l&apos;attestation (.intoto.json) fournie avec le texte. Sans elle, cet appareil recherche sa propre attestation du texte.</translation>
    </message>
    <message>
        <source>&amp;Provenance record (optional)</source>
        <translation>&amp;Attestation de provenance (facultative)</translation>
    </message>
    <message>
        <source>Load record file…</source>
        <translation>Charger une attestation…</translation>
    </message>
    <message>
        <source>Load a provenance record file</source>
        <translation>Charger un fichier d&apos;attestation de provenance</translation>
    </message>
    <message>
        <source>A .intoto.json record, or the .intoto.jsonl bundle of an exported conversation</source>
        <translation>Une attestation .intoto.json, ou le lot .intoto.jsonl d&apos;une conversation exportée</translation>
    </message>
    <message>
        <source>Trust a public key…</source>
        <translation>Faire confiance à une clé publique…</translation>
    </message>
    <message>
        <source>Trust another device&apos;s public key</source>
        <translation>Faire confiance à la clé publique d&apos;un autre appareil</translation>
    </message>
    <message>
        <source>Check texts signed on another Hearth device with its public key</source>
        <translation>Vérifier les textes signés sur un autre appareil Hearth à l&apos;aide de sa clé publique</translation>
    </message>
    <message>
        <source>Keys trusted for these checks</source>
        <translation>Clés de confiance pour ces vérifications</translation>
    </message>
    <message>
        <source>Forget them</source>
        <translation>Les oublier</translation>
    </message>
    <message>
        <source>Forget the trusted keys</source>
        <translation>Oublier les clés de confiance</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>A trusted key did not sign this record, so what it says below is only a claim.</source>
        <translation>Cette attestation n&apos;a pas été signée par une clé de confiance&#xa0;: ce qu&apos;elle indique ci-dessous n&apos;est donc qu&apos;une affirmation.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The text or the record changed: press Check to check it again.</source>
        <translation>Le texte ou l&apos;attestation a changé&#xa0;: appuyez sur Vérifier pour relancer la vérification.</translation>
    </message>
    <message>
        <source>The text came with its provenance record; it is filled in below.</source>
        <translation>Le texte était accompagné de son attestation de provenance&#xa0;; elle est indiquée ci-dessous.</translation>
    </message>
    <message>
        <source>Paste the text to check first.</source>
        <translation>Collez d&apos;abord le texte à vérifier.</translation>
    </message>
    <message>
        <source>Checking the signature, this device&apos;s records and the watermark…</source>
        <translation>Vérification de la signature, des enregistrements de cet appareil et du filigrane…</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Pas encore de résultat</translation>
    </message>
    <message>
        <source>Press Check to see whether the signature holds, whether this device wrote the text, and what its watermark test says.</source>
        <translation>Appuyez sur Vérifier pour savoir si la signature est valide, si cet appareil a rédigé le texte et ce que dit le test de filigrane.</translation>
    </message>
    <message>
        <source>Trusting the key %1 for these checks.</source>
        <translation>Clé %1 considérée comme fiable pour ces vérifications.</translation>
    </message>
    <message>
        <source>Also trusting (until this window closes):</source>
        <translation>Également considérées comme fiables (jusqu&apos;à la fermeture de cette fenêtre)&#xa0;:</translation>
    </message>
    <message>
        <source>The public key could not be saved to %1: %2.</source>
        <translation>La clé publique n&apos;a pas pu être enregistrée dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Saved this device&apos;s public key to %1.</source>
        <translation>Clé publique de cet appareil enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Loaded the record %1.</source>
        <translation>Attestation %1 chargée.</translation>
    </message>
    <message>
        <source>Opened %1 and its provenance record %2.</source>
        <translation>%1 ouvert, ainsi que son attestation de provenance %2.</translation>
    </message>
    <message>
        <source>Opened %1. It has no provenance record beside it, so this device looks up its own.</source>
        <translation>%1 ouvert. Aucune attestation de provenance ne l&apos;accompagne&#xa0;: cet appareil recherche donc la sienne.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Load a provenance record</source>
        <translation>Charger une attestation de provenance</translation>
    </message>
    <message>
        <source>Provenance records (*.intoto.json *.intoto.jsonl *.json *.jsonl);;All files (*)</source>
        <translation>Attestations de provenance (*.intoto.json *.intoto.jsonl *.json *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a text to check</source>
        <translation>Ouvrir un texte à vérifier</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Public keys (*.pem)</source>
        <translation>Clés publiques (*.pem)</translation>
    </message>
</context>
<context>
    <name>WarnFromDelegate</name>
    <message>
        <source>Scores from this value up to the threshold get a warning instead of passing. At the far left (—) there is no warning band. It cannot go above the threshold.</source>
        <translation>Les scores compris entre cette valeur et le seuil reçoivent un avertissement au lieu de passer. Tout à gauche (—), il n&apos;y a pas de plage d&apos;avertissement. La valeur ne peut pas dépasser le seuil.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>Check before sending</source>
        <translation>Vérifiez avant d&apos;envoyer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Send the message anyway</source>
        <translation>Envoyer le message quand même</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Do not send; put the message back in the input box</source>
        <translation>Ne pas envoyer&#xa0;; remettre le message dans la zone de saisie</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>from</source>
        <translation>début</translation>
    </message>
    <message>
        <source>to</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>{0}: allowed {1}</source>
        <translation>{0}&#xa0;: {1} de la plage autorisée</translation>
    </message>
    <message>
        <source>Allow Hearth on {0}</source>
        <translation>Autoriser Hearth le {0}</translation>
    </message>
</context>
</TS>
