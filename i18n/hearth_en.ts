<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AnswerAnnouncer</name>
        <message>
            <source>Answer stopped.</source>
            <translation>Answer stopped.</translation>
        </message>
        <message>
            <source>The answer was interrupted.</source>
            <translation>The answer was interrupted.</translation>
        </message>
        <message>
            <source>The answer failed.</source>
            <translation>The answer failed.</translation>
        </message>
        <message>
            <source>Answer finished.</source>
            <translation>Answer finished.</translation>
        </message>
    </context>
    <context>
        <name>ApiActions</name>
        <message>
            <source>Local API…</source>
            <translation>Local API…</translation>
        </message>
        <message>
            <source>Let other apps on this computer use Hearth through an OpenAI-compatible API</source>
            <translation>Let other apps on this computer use Hearth through an OpenAI-compatible API</translation>
        </message>
        <message>
            <source>Local API</source>
            <translation>Local API</translation>
        </message>
        <message>
            <source>Local API: on</source>
            <translation>Local API: on</translation>
        </message>
    </context>
    <context>
        <name>ApiPanel</name>
        <message>
            <source>Local API</source>
            <translation>Local API</translation>
        </message>
        <message>
            <source>Let other apps on this computer use Hearth</source>
            <translation>Let other apps on this computer use Hearth</translation>
        </message>
        <message>
            <source>Serve an OpenAI-compatible API on this computer only</source>
            <translation>Serve an OpenAI-compatible API on this computer only</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API key</translation>
        </message>
        <message>
            <source>Apps send it as "Authorization: Bearer KEY"</source>
            <translation>Apps send it as "Authorization: Bearer KEY"</translation>
        </message>
        <message>
            <source>Copy key</source>
            <translation>Copy key</translation>
        </message>
        <message>
            <source>Copy the API key</source>
            <translation>Copy the API key</translation>
        </message>
        <message>
            <source>What the local API is doing</source>
            <translation>What the local API is doing</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Apps use it like OpenAI's API. Every request is screened, signed and audited like the window's, under the same safety profile and the guardian's rules.</source>
            <translation>Apps use it like OpenAI's API. Every request is screened, signed and audited like the window's, under the same safety profile and the guardian's rules.</translation>
        </message>
        <message>
            <source>The API key is on the clipboard.</source>
            <translation>The API key is on the clipboard.</translation>
        </message>
        <message>
            <source>Stopped: other apps cannot use Hearth.</source>
            <translation>Stopped: other apps cannot use Hearth.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Starting…</translation>
        </message>
        <message>
            <source>Listening on %1 (this computer only).</source>
            <translation>Listening on %1 (this computer only).</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
    </context>
    <context>
        <name>AppearanceDialog</name>
        <message>
            <source>Appearance and language</source>
            <translation>Appearance and language</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The language of Hearth's window. Hearth uses a new language the next time it starts.</source>
            <translation>The language of Hearth's window. Hearth uses a new language the next time it starts.</translation>
        </message>
        <message>
            <source>Hearth will use this language the next time it starts.</source>
            <translation>Hearth will use this language the next time it starts.</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;High contrast</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>White and yellow text on black, with strong outlines. It shows at once.</source>
            <translation>White and yellow text on black, with strong outlines. It shows at once.</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>The size of all text, the conversation included, from 80 to 200 percent. It shows at once.</source>
            <translation>The size of all text, the conversation included, from 80 to 200 percent. It shows at once.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>&amp;Text size</translation>
        </message>
        <message>
            <source>These settings apply to every conversation. Anywhere in the window, Ctrl with + or − changes the text size and Ctrl+0 puts it back to 100 %.</source>
            <translation>These settings apply to every conversation. Anywhere in the window, Ctrl with + or − changes the text size and Ctrl+0 puts it back to 100 %.</translation>
        </message>
        <message>
            <source>Keep these settings</source>
            <translation>Keep these settings</translation>
        </message>
        <message>
            <source>Put back the settings as they were</source>
            <translation>Put back the settings as they were</translation>
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
            <translation>Time</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>(the text cannot be decrypted)</source>
            <translation>(the text cannot be decrypted)</translation>
        </message>
        <message>
            <source>(the text was deleted)</source>
            <translation>(the text was deleted)</translation>
        </message>
        <message>
            <source>text: {0}</source>
            <translation>text: {0}</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Hearth started</source>
            <translation>Hearth started</translation>
        </message>
        <message>
            <source>Hearth stopped</source>
            <translation>Hearth stopped</translation>
        </message>
        <message>
            <source>Model loaded</source>
            <translation>Model loaded</translation>
        </message>
        <message>
            <source>Profile changed</source>
            <translation>Profile changed</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>Settings changed</translation>
        </message>
        <message>
            <source>Guardian unlock attempt</source>
            <translation>Guardian unlock attempt</translation>
        </message>
        <message>
            <source>Screening verdict</source>
            <translation>Screening verdict</translation>
        </message>
        <message>
            <source>Warning overridden</source>
            <translation>Warning overridden</translation>
        </message>
        <message>
            <source>Engine crashed</source>
            <translation>Engine crashed</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Old records deleted</source>
            <translation>Old records deleted</translation>
        </message>
        <message>
            <source>Tampering detected</source>
            <translation>Tampering detected</translation>
        </message>
        <message>
            <source>Signing key created</source>
            <translation>Signing key created</translation>
        </message>
        <message>
            <source>Answer completed</source>
            <translation>Answer completed</translation>
        </message>
        <message>
            <source>Access refused</source>
            <translation>Access refused</translation>
        </message>
        <message>
            <source>Model added</source>
            <translation>Model added</translation>
        </message>
        <message>
            <source>Model removed</source>
            <translation>Model removed</translation>
        </message>
        <message>
            <source>Model downloaded</source>
            <translation>Model downloaded</translation>
        </message>
        <message>
            <source>Model licence accepted</source>
            <translation>Model licence accepted</translation>
        </message>
        <message>
            <source>Model report card</source>
            <translation>Model report card</translation>
        </message>
        <message>
            <source>API started</source>
            <translation>API started</translation>
        </message>
        <message>
            <source>API stopped</source>
            <translation>API stopped</translation>
        </message>
        <message>
            <source>Policy installed</source>
            <translation>Policy installed</translation>
        </message>
        <message>
            <source>Review archive exported</source>
            <translation>Review archive exported</translation>
        </message>
        <message>
            <source>Inference server changed</source>
            <translation>Inference server changed</translation>
        </message>
        <message>
            <source>Damaged entry</source>
            <translation>Damaged entry</translation>
        </message>
        <message>
            <source>Hearth audit report</source>
            <translation>Hearth audit report</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} to {last}</translation>
        </message>
        <message>
            <source>Made {time} on the log {origin}.</source>
            <translation>Made {time} on the log {origin}.</translation>
        </message>
        <message>
            <source>Can this log be trusted?</source>
            <translation>Can this log be trusted?</translation>
        </message>
        <message>
            <source>Verified: all {entries} entries match the signed checkpoints; nothing was changed, removed or reordered.</source>
            <translation>Verified: all {entries} entries match the signed checkpoints; nothing was changed, removed or reordered.</translation>
        </message>
        <message>
            <source>Verification FAILED. The log was changed outside Hearth. First problem: {problem}</source>
            <translation>Verification FAILED. The log was changed outside Hearth. First problem: {problem}</translation>
        </message>
        <message>
            <source>Newest signed checkpoint: {size} entries, root {root}…, signed {time}.</source>
            <translation>Newest signed checkpoint: {size} entries, root {root}…, signed {time}.</translation>
        </message>
        <message>
            <source>There is no signed checkpoint yet.</source>
            <translation>There is no signed checkpoint yet.</translation>
        </message>
        <message>
            <source>Blocked per day, by category</source>
            <translation>Blocked per day, by category</translation>
        </message>
        <message>
            <source>Warnings per day, by category</source>
            <translation>Warnings per day, by category</translation>
        </message>
        <message>
            <source>Minutes of use per day</source>
            <translation>Minutes of use per day</translation>
        </message>
        <message>
            <source>Nothing in this period</source>
            <translation>Nothing in this period</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Per category over the period</source>
            <translation>Per category over the period</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Blocked</translation>
        </message>
        <message>
            <source>Warned</source>
            <translation>Warned</translation>
        </message>
        <message>
            <source>Entries by kind</source>
            <translation>Entries by kind</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Hearth was open for {minutes} minutes over {days} days.</source>
            <translation>Hearth was open for {minutes} minutes over {days} days.</translation>
        </message>
        <message>
            <source>Summary for sharing (differential privacy, ε = {epsilon})</source>
            <translation>Summary for sharing (differential privacy, ε = {epsilon})</translation>
        </message>
        <message>
            <source>Each count below has random Laplace noise with scale 1/ε = {scale} added, so one event more or less changes what is shared very little. About two thirds of the counts are within {spread} of the truth. ε = {epsilon} protects single events; a person with many events is protected less. Counts that came out below zero are shown as zero.</source>
            <translation>Each count below has random Laplace noise with scale 1/ε = {scale} added, so one event more or less changes what is shared very little. About two thirds of the counts are within {spread} of the truth. ε = {epsilon} protects single events; a person with many events is protected less. Counts that came out below zero are shown as zero.</translation>
        </message>
        <message>
            <source>Noisy count</source>
            <translation>Noisy count</translation>
        </message>
        <message>
            <source>This report holds counts only: no prompt or answer text.</source>
            <translation>This report holds counts only: no prompt or answer text.</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Verify again</source>
            <translation>Verify again</translation>
        </message>
        <message>
            <source>Verify the audit log again</source>
            <translation>Verify the audit log again</translation>
        </message>
        <message>
            <source>First day of the period</source>
            <translation>First day of the period</translation>
        </message>
        <message>
            <source>Last day of the period</source>
            <translation>Last day of the period</translation>
        </message>
        <message>
            <source>Audit log views</source>
            <translation>Audit log views</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>Share a summary</source>
            <translation>Share a summary</translation>
        </message>
        <message>
            <source>Export report…</source>
            <translation>Export report…</translation>
        </message>
        <message>
            <source>Export the audit report</source>
            <translation>Export the audit report</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the audit log</source>
            <translation>Close the audit log</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Privacy level epsilon</source>
            <translation>Privacy level epsilon</translation>
        </message>
        <message>
            <source>Before counts leave your home, random noise is added to each one. ε (epsilon) sets how much: a smaller ε adds more noise, so the counts say less about any single event (more privacy, less accuracy); a larger ε adds less noise. Every change of ε draws new noise.</source>
            <translation>Before counts leave your home, random noise is added to each one. ε (epsilon) sets how much: a smaller ε adds more noise, so the counts say less about any single event (more privacy, less accuracy); a larger ε adds less noise. Every change of ε draws new noise.</translation>
        </message>
        <message>
            <source>Noisy counts per category</source>
            <translation>Noisy counts per category</translation>
        </message>
        <message>
            <source>Select all counts</source>
            <translation>Select all counts</translation>
        </message>
        <message>
            <source>ε (epsilon)</source>
            <translation>ε (epsilon)</translation>
        </message>
        <message>
            <source>Reading and verifying the audit log…</source>
            <translation>Reading and verifying the audit log…</translation>
        </message>
        <message numerus="yes">
            <source>(%n more problem(s).)</source>
            <translation>
                <numerusform>(%n more problem.)</numerusform>
                <numerusform>(%n more problems.)</numerusform>
            </translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Web page (*.html)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Wait until the audit log has been read.</source>
            <translation>Wait until the audit log has been read.</translation>
        </message>
        <message>
            <source>The report could not be saved to {0}: {1}</source>
            <translation>The report could not be saved to {0}: {1}</translation>
        </message>
        <message>
            <source>The report was saved to {0}.</source>
            <translation>The report was saved to {0}.</translation>
        </message>
    </context>
    <context>
        <name>BackendPanel</name>
        <message>
            <source>This computer (llama.cpp and the models installed here)</source>
            <translation>This computer (llama.cpp and the models installed here)</translation>
        </message>
        <message>
            <source>An inference server on your network (llama-server, vLLM, Ollama)</source>
            <translation>An inference server on your network (llama-server, vLLM, Ollama)</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>The inference server's address, e.g. http://lab-server:8080</source>
            <translation>The inference server's address, e.g. http://lab-server:8080</translation>
        </message>
        <message>
            <source>Model on the server</source>
            <translation>Model on the server</translation>
        </message>
        <message>
            <source>The server's model id; List models asks the server</source>
            <translation>The server's model id; List models asks the server</translation>
        </message>
        <message>
            <source>Server API key</source>
            <translation>Server API key</translation>
        </message>
        <message>
            <source>Leave empty to keep the stored key (if any)</source>
            <translation>Leave empty to keep the stored key (if any)</translation>
        </message>
        <message>
            <source>List models</source>
            <translation>List models</translation>
        </message>
        <message>
            <source>Ask the server which models it offers</source>
            <translation>Ask the server which models it offers</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Use</translation>
        </message>
        <message>
            <source>Take answers from the choice above</source>
            <translation>Take answers from the choice above</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API key</translation>
        </message>
        <message>
            <source>Where answers come from</source>
            <translation>Where answers come from</translation>
        </message>
        <message>
            <source>With a server, your prompts are still screened on this computer before they are sent, answers are screened here as they arrive, and every answer is signed and audited here. Its statement names the server and the model; the weights cannot be hashed here, and a server cannot apply the answer watermark.</source>
            <translation>With a server, your prompts are still screened on this computer before they are sent, answers are screened here as they arrive, and every answer is signed and audited here. Its statement names the server and the model; the weights cannot be hashed here, and a server cannot apply the answer watermark.</translation>
        </message>
        <message>
            <source>Approved by the model allowlist.</source>
            <translation>Approved by the model allowlist.</translation>
        </message>
        <message>
            <source>Not on the model allowlist: answers are refused until a guardian approves it (allowlist entry %1).</source>
            <translation>Not on the model allowlist: answers are refused until a guardian approves it (allowlist entry %1).</translation>
        </message>
        <message>
            <source>Asking %1 for its models…</source>
            <translation>Asking %1 for its models…</translation>
        </message>
        <message numerus="yes">
            <source>The server offers %n model(s).</source>
            <translation>
                <numerusform>The server offers %n model.</numerusform>
                <numerusform>The server offers %n models.</numerusform>
            </translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>Answers now come from this computer's models.</source>
            <translation>Answers now come from this computer's models.</translation>
        </message>
        <message>
            <source>Answers now come from %1 on %2.</source>
            <translation>Answers now come from %1 on %2.</translation>
        </message>
    </context>
    <context>
        <name>CatalogPanel</name>
        <message>
            <source>Models to download</source>
            <translation>Models to download</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Quantization</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Memory needed</source>
            <translation>Memory needed</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Download progress</source>
            <translation>Download progress</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Download</translation>
        </message>
        <message>
            <source>Download the selected model</source>
            <translation>Download the selected model</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause the download</source>
            <translation>Pause the download</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel the download and delete the part</source>
            <translation>Cancel the download and delete the part</translation>
        </message>
        <message>
            <source>This computer has %1 of memory.</source>
            <translation>This computer has %1 of memory.</translation>
        </message>
        <message>
            <source>Reading the model catalog…</source>
            <translation>Reading the model catalog…</translation>
        </message>
        <message>
            <source> (a saved copy: the address could not be reached)</source>
            <translation> (a saved copy: the address could not be reached)</translation>
        </message>
        <message>
            <source>From %1%2</source>
            <translation>From %1%2</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
        <message>
            <source>chat</source>
            <translation>chat</translation>
        </message>
        <message>
            <source>guard</source>
            <translation>guard</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verified</translation>
        </message>
        <message>
            <source>unverified</source>
            <translation>unverified</translation>
        </message>
        <message>
            <source>More than this computer has</source>
            <translation>More than this computer has</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Downloading…</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Installed</translation>
        </message>
        <message>
            <source>Paused at %1 %</source>
            <translation>Paused at %1 %</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Resume the download</source>
            <translation>Resume the download</translation>
        </message>
        <message>
            <source>Download a file Hearth cannot check?</source>
            <translation>Download a file Hearth cannot check?</translation>
        </message>
        <message>
            <source>The catalog has no checksum for %1, so Hearth cannot check that what arrives is complete and is the file its makers published: a damaged or altered file would look the same. Download it only if you trust where it comes from.</source>
            <translation>The catalog has no checksum for %1, so Hearth cannot check that what arrives is complete and is the file its makers published: a damaged or altered file would look the same. Download it only if you trust where it comes from.</translation>
        </message>
        <message>
            <source>Download anyway</source>
            <translation>Download anyway</translation>
        </message>
        <message>
            <source>Don't download</source>
            <translation>Don't download</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>Pausing…</source>
            <translation>Pausing…</translation>
        </message>
        <message>
            <source>The partial download of %1 was deleted.</source>
            <translation>The partial download of %1 was deleted.</translation>
        </message>
        <message>
            <source> of %1</source>
            <translation> of %1</translation>
        </message>
        <message>
            <source>%1 MB/s</source>
            <translation>%1 MB/s</translation>
        </message>
        <message>
            <source>and checked</source>
            <translation>and checked</translation>
        </message>
        <message>
            <source>(not checked: no checksum)</source>
            <translation>(not checked: no checksum)</translation>
        </message>
        <message>
            <source>%1 was downloaded %2.</source>
            <translation>%1 was downloaded %2.</translation>
        </message>
        <message>
            <source>The download of %1 is paused. Resume continues where it stopped, also after Hearth restarts.</source>
            <translation>The download of %1 is paused. Resume continues where it stopped, also after Hearth restarts.</translation>
        </message>
        <message>
            <source>The download of %1 was cancelled and its part deleted.</source>
            <translation>The download of %1 was cancelled and its part deleted.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the guardian's passphrase</source>
            <translation>Change the guardian's passphrase</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Change the passphrase</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Keep the old passphrase</source>
            <translation>Keep the old passphrase</translation>
        </message>
        <message>
            <source>The passphrase is changed. The old recovery code no longer works; this is the new one:</source>
            <translation>The passphrase is changed. The old recovery code no longer works; this is the new one:</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Choose a new passphrase</translation>
        </message>
        <message>
            <source>Write down the new recovery code</source>
            <translation>Write down the new recovery code</translation>
        </message>
        <message>
            <source>Changing the passphrase… this takes a moment.</source>
            <translation>Changing the passphrase… this takes a moment.</translation>
        </message>
        <message>
            <source>Write the new recovery code down and tick the box first: it is shown only this once.</source>
            <translation>Write the new recovery code down and tick the box first: it is shown only this once.</translation>
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
            <translation>Your messages and the answers, the newest at the end. Answers are read out a few sentences at a time as they are written.</translation>
        </message>
        <message>
            <source>You</source>
            <translation>You</translation>
        </message>
        <message>
            <source>Hearth</source>
            <translation>Hearth</translation>
        </message>
        <message>
            <source>Sent after a warning: this message may involve %1.</source>
            <translation>Sent after a warning: this message may involve %1.</translation>
        </message>
        <message>
            <source>Hearth flagged this answer: it may include %1.</source>
            <translation>Hearth flagged this answer: it may include %1.</translation>
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
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrupted</translation>
        </message>
        <message>
            <source>This answer failed.</source>
            <translation>This answer failed.</translation>
        </message>
        <message>
            <source>Still being written…</source>
            <translation>Still being written…</translation>
        </message>
        <message>
            <source>The safety screen stopped this message.</source>
            <translation>The safety screen stopped this message.</translation>
        </message>
        <message>
            <source>(empty answer)</source>
            <translation>(empty answer)</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>New chat</source>
            <translation>New chat</translation>
        </message>
    </context>
    <context>
        <name>Credential</name>
        <message>
            <source>The passphrase has {count} characters; it needs at least {minimum}.</source>
            <translation>The passphrase has {count} characters; it needs at least {minimum}.</translation>
        </message>
        <message>
            <source>A 4-digit PIN has only 10,000 possibilities, which someone can try in an afternoon; a few unrelated words (“kettle orbit marmalade”) are easy to remember and far harder to guess.</source>
            <translation>A 4-digit PIN has only 10,000 possibilities, which someone can try in an afternoon; a few unrelated words (“kettle orbit marmalade”) are easy to remember and far harder to guess.</translation>
        </message>
        <message>
            <source>The passphrase repeats the same few characters.</source>
            <translation>The passphrase repeats the same few characters.</translation>
        </message>
        <message>
            <source>Use a few unrelated words instead.</source>
            <translation>Use a few unrelated words instead.</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <source>Dismiss error</source>
            <translation>Dismiss error</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The audit log could not be written</source>
            <translation>The audit log could not be written</translation>
        </message>
        <message>
            <source>The review archive cannot be written</source>
            <translation>The review archive cannot be written</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>The model file cannot be used</source>
            <translation>The model file cannot be used</translation>
        </message>
        <message>
            <source>Not enough memory for this model</source>
            <translation>Not enough memory for this model</translation>
        </message>
        <message>
            <source>The model could not be loaded</source>
            <translation>The model could not be loaded</translation>
        </message>
        <message>
            <source>The message is too long</source>
            <translation>The message is too long</translation>
        </message>
        <message>
            <source>The engine stopped unexpectedly</source>
            <translation>The engine stopped unexpectedly</translation>
        </message>
        <message>
            <source>The guard model is not available</source>
            <translation>The guard model is not available</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>The disk is full</translation>
        </message>
        <message>
            <source>This data is from a newer Hearth</source>
            <translation>This data is from a newer Hearth</translation>
        </message>
        <message>
            <source>The chat history cannot be opened</source>
            <translation>The chat history cannot be opened</translation>
        </message>
        <message>
            <source>Invalid setting</source>
            <translation>Invalid setting</translation>
        </message>
        <message>
            <source>The safety screen is not available</source>
            <translation>The safety screen is not available</translation>
        </message>
        <message>
            <source>A secret could not be stored</source>
            <translation>A secret could not be stored</translation>
        </message>
        <message>
            <source>Not a server address</source>
            <translation>Not a server address</translation>
        </message>
        <message>
            <source>The connection to the inference server at {url} was lost in the middle of the answer{why}.</source>
            <translation>The connection to the inference server at {url} was lost in the middle of the answer{why}.</translation>
        </message>
        <message>
            <source>The answer so far is kept and marked interrupted. Check the network or the server, then send again.</source>
            <translation>The answer so far is kept and marked interrupted. Check the network or the server, then send again.</translation>
        </message>
        <message>
            <source>it did not answer in time</source>
            <translation>it did not answer in time</translation>
        </message>
        <message>
            <source>nothing is listening there</source>
            <translation>nothing is listening there</translation>
        </message>
        <message>
            <source>that name is not known on this network</source>
            <translation>that name is not known on this network</translation>
        </message>
        <message>
            <source>Hearth cannot reach the inference server at {url}: {why}.</source>
            <translation>Hearth cannot reach the inference server at {url}: {why}.</translation>
        </message>
        <message>
            <source>Check that the server is running and that this computer is on its network.</source>
            <translation>Check that the server is running and that this computer is on its network.</translation>
        </message>
        <message>
            <source>Choose a longer passphrase</source>
            <translation>Choose a longer passphrase</translation>
        </message>
        <message>
            <source>The policy bundle cannot be used</source>
            <translation>The policy bundle cannot be used</translation>
        </message>
        <message>
            <source>Managed by your organisation</source>
            <translation>Managed by your organisation</translation>
        </message>
        <message>
            <source>Hearth is resting</source>
            <translation>Hearth is resting</translation>
        </message>
        <message>
            <source>This model is not approved</source>
            <translation>This model is not approved</translation>
        </message>
        <message>
            <source>This model is not suitable for this profile</source>
            <translation>This model is not suitable for this profile</translation>
        </message>
        <message>
            <source>Not available in kiosk mode</source>
            <translation>Not available in kiosk mode</translation>
        </message>
        <message>
            <source>The guardian's settings were changed outside Hearth</source>
            <translation>The guardian's settings were changed outside Hearth</translation>
        </message>
        <message>
            <source>Hearth could not save the guardian's settings because the disk is full.</source>
            <translation>Hearth could not save the guardian's settings because the disk is full.</translation>
        </message>
        <message>
            <source>Free some space and save again; the previous settings are still in force.</source>
            <translation>Free some space and save again; the previous settings are still in force.</translation>
        </message>
        <message>
            <source>Managed by guardian</source>
            <translation>Managed by guardian</translation>
        </message>
        <message>
            <source>The machine-wide policy is not valid</source>
            <translation>The machine-wide policy is not valid</translation>
        </message>
        <message>
            <source>The time rules are not valid</source>
            <translation>The time rules are not valid</translation>
        </message>
        <message>
            <source>The model catalog is not valid</source>
            <translation>The model catalog is not valid</translation>
        </message>
        <message>
            <source>No such model in the catalog</source>
            <translation>No such model in the catalog</translation>
        </message>
        <message>
            <source>This download cannot be checked</source>
            <translation>This download cannot be checked</translation>
        </message>
        <message>
            <source>The download failed</source>
            <translation>The download failed</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Import cancelled</translation>
        </message>
        <message>
            <source>Accept the model's licence first</source>
            <translation>Accept the model's licence first</translation>
        </message>
        <message>
            <source>The model report card failed</source>
            <translation>The model report card failed</translation>
        </message>
        <message>
            <source>The model report card was cancelled</source>
            <translation>The model report card was cancelled</translation>
        </message>
        <message>
            <source>The evaluation file cannot be used</source>
            <translation>The evaluation file cannot be used</translation>
        </message>
        <message>
            <source>The safety profile is not valid</source>
            <translation>The safety profile is not valid</translation>
        </message>
        <message>
            <source>Something went wrong; the details are in Hearth’s log.</source>
            <translation>Something went wrong; the details are in Hearth’s log.</translation>
        </message>
        <message>
            <source>This message needs about {tokens} tokens, but only {budget} fit in the context window ({n_ctx} tokens, {reserve} kept for the answer).</source>
            <translation>This message needs about {tokens} tokens, but only {budget} fit in the context window ({n_ctx} tokens, {reserve} kept for the answer).</translation>
        </message>
        <message>
            <source>Shorten the message, lower the maximum answer length, or raise the context length in the conversation settings.</source>
            <translation>Shorten the message, lower the maximum answer length, or raise the context length in the conversation settings.</translation>
        </message>
        <message>
            <source>Hearth could not save its preferences because the disk is full.</source>
            <translation>Hearth could not save its preferences because the disk is full.</translation>
        </message>
        <message>
            <source>Free some space; your conversations are not affected.</source>
            <translation>Free some space; your conversations are not affected.</translation>
        </message>
        <message>
            <source>Hearth could not save because the disk is full.</source>
            <translation>Hearth could not save because the disk is full.</translation>
        </message>
        <message>
            <source>Free some space and try again; everything saved before this point is safe.</source>
            <translation>Free some space and try again; everything saved before this point is safe.</translation>
        </message>
        <message>
            <source>The engine stopped answering for {seconds} seconds and was restarted.</source>
            <translation>The engine stopped answering for {seconds} seconds and was restarted.</translation>
        </message>
        <message>
            <source>Your conversation is saved; send again to continue.</source>
            <translation>Your conversation is saved; send again to continue.</translation>
        </message>
        <message>
            <source>The engine process stopped unexpectedly (exit code {code}).</source>
            <translation>The engine process stopped unexpectedly (exit code {code}).</translation>
        </message>
        <message>
            <source>The answer so far is saved and marked interrupted; send again to start a fresh engine.</source>
            <translation>The answer so far is saved and marked interrupted; send again to start a fresh engine.</translation>
        </message>
        <message>
            <source>The model file {path} does not exist.</source>
            <translation>The model file {path} does not exist.</translation>
        </message>
        <message>
            <source>Choose another model, or import the file again.</source>
            <translation>Choose another model, or import the file again.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a model file.</source>
            <translation>{path} is a folder, not a model file.</translation>
        </message>
        <message>
            <source>Choose a .gguf file.</source>
            <translation>Choose a .gguf file.</translation>
        </message>
        <message>
            <source>The model file {path} cannot be read ({why}).</source>
            <translation>The model file {path} cannot be read ({why}).</translation>
        </message>
        <message>
            <source>Check the file's permissions.</source>
            <translation>Check the file's permissions.</translation>
        </message>
        <message>
            <source>{name} is not a GGUF model file.</source>
            <translation>{name} is not a GGUF model file.</translation>
        </message>
        <message>
            <source>Hearth runs quantized models in the GGUF format (files ending in .gguf).</source>
            <translation>Hearth runs quantized models in the GGUF format (files ending in .gguf).</translation>
        </message>
        <message>
            <source>{name} uses GGUF version {version}, which this Hearth cannot read.</source>
            <translation>{name} uses GGUF version {version}, which this Hearth cannot read.</translation>
        </message>
        <message>
            <source>Convert the model with a current llama.cpp, or update Hearth.</source>
            <translation>Convert the model with a current llama.cpp, or update Hearth.</translation>
        </message>
        <message>
            <source>{name} has a damaged header.</source>
            <translation>{name} has a damaged header.</translation>
        </message>
        <message>
            <source>The file is corrupt; download or import it again.</source>
            <translation>The file is corrupt; download or import it again.</translation>
        </message>
        <message>
            <source>{name} is too small to hold a model; it is probably truncated.</source>
            <translation>{name} is too small to hold a model; it is probably truncated.</translation>
        </message>
        <message>
            <source>Download or import it again.</source>
            <translation>Download or import it again.</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <source>Kind of entry</source>
            <translation>Kind of entry</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Search the details</source>
            <translation>Search the details</translation>
        </message>
        <message>
            <source>Search the details of the entries</source>
            <translation>Search the details of the entries</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Clear the search</translation>
        </message>
        <message>
            <source>Show conversation text</source>
            <translation>Show conversation text</translation>
        </message>
        <message>
            <source>Show the text of conversations kept in the audit log</source>
            <translation>Show the text of conversations kept in the audit log</translation>
        </message>
        <message>
            <source>The log keeps the text of conversations, encrypted, because a guardian chose to. Only you can read it here.</source>
            <translation>The log keeps the text of conversations, encrypted, because a guardian chose to. Only you can read it here.</translation>
        </message>
        <message>
            <source>Entries shown</source>
            <translation>Entries shown</translation>
        </message>
        <message>
            <source>Audit entries, newest first</source>
            <translation>Audit entries, newest first</translation>
        </message>
        <message>
            <source>Select all entries</source>
            <translation>Select all entries</translation>
        </message>
        <message>
            <source>{0} of {1} entries</source>
            <translation>{0} of {1} entries</translation>
        </message>
    </context>
    <context>
        <name>Governance</name>
        <message>
            <source>Unlocked · locks again in %n min</source>
            <translation>Unlocked · locks again in %n min</translation>
        </message>
        <message>
            <source>Editing safety profiles</source>
            <translation>Editing safety profiles</translation>
        </message>
        <message>
            <source>Adding or removing models</source>
            <translation>Adding or removing models</translation>
        </message>
        <message>
            <source>Raising the answer and context limits</source>
            <translation>Raising the answer and context limits</translation>
        </message>
        <message>
            <source>The audit settings</source>
            <translation>The audit settings</translation>
        </message>
        <message>
            <source>The provenance settings</source>
            <translation>The provenance settings</translation>
        </message>
        <message>
            <source>Kiosk mode</source>
            <translation>Kiosk mode</translation>
        </message>
        <message>
            <source>The guard model</source>
            <translation>The guard model</translation>
        </message>
        <message>
            <source>The guardian's settings</source>
            <translation>The guardian's settings</translation>
        </message>
        <message>
            <source>Serving the API beyond this computer</source>
            <translation>Serving the API beyond this computer</translation>
        </message>
        <message>
            <source>{what} is managed by your organisation's policy for this computer.</source>
            <translation>{what} is managed by your organisation's policy for this computer.</translation>
        </message>
        <message>
            <source>Ask your school's or organisation's administrator.</source>
            <translation>Ask your school's or organisation's administrator.</translation>
        </message>
        <message>
            <source>{model} is not on the list of models approved by your organisation.</source>
            <translation>{model} is not on the list of models approved by your organisation.</translation>
        </message>
        <message>
            <source>{model} is not on the list of models approved by the guardian.</source>
            <translation>{model} is not on the list of models approved by the guardian.</translation>
        </message>
        <message>
            <source>Choose an approved model, or ask for this one to be approved.</source>
            <translation>Choose an approved model, or ask for this one to be approved.</translation>
        </message>
        <message>
            <source>{model} looks like a model whose safety training was removed ({words} in its name or description), and the {profile} profile does not allow such models.</source>
            <translation>{model} looks like a model whose safety training was removed ({words} in its name or description), and the {profile} profile does not allow such models.</translation>
        </message>
        <message>
            <source>A guardian can approve this exact file by its hash (Guardian… → approved models).</source>
            <translation>A guardian can approve this exact file by its hash (Guardian… → approved models).</translation>
        </message>
        <message>
            <source>{what} is managed by the guardian.</source>
            <translation>{what} is managed by the guardian.</translation>
        </message>
        <message>
            <source>Ask the guardian to unlock Hearth with their passphrase.</source>
            <translation>Ask the guardian to unlock Hearth with their passphrase.</translation>
        </message>
    </context>
    <context>
        <name>GuardianPanel</name>
        <message>
            <source>Guardian settings</source>
            <translation>Guardian settings</translation>
        </message>
        <message>
            <source>Lock status</source>
            <translation>Lock status</translation>
        </message>
        <message>
            <source>Your organisation's policy for this computer ignores the guardian's settings; its own settings apply instead.</source>
            <translation>Your organisation's policy for this computer ignores the guardian's settings; its own settings apply instead.</translation>
        </message>
        <message>
            <source>{0} Until you save again, Hearth uses its strictest settings.</source>
            <translation>{0} Until you save again, Hearth uses its strictest settings.</translation>
        </message>
        <message>
            <source>Locked profile</source>
            <translation>Locked profile</translation>
        </message>
        <message>
            <source>Whatever profile someone picks, Hearth is at least as careful as this one.</source>
            <translation>Whatever profile someone picks, Hearth is at least as careful as this one.</translation>
        </message>
        <message>
            <source>Limit when and how long Hearth can be used</source>
            <translation>Limit when and how long Hearth can be used</translation>
        </message>
        <message>
            <source>No limits</source>
            <translation>No limits</translation>
        </message>
        <message>
            <source>Time rules</source>
            <translation>Time rules</translation>
        </message>
        <message>
            <source>Today's use</source>
            <translation>Today's use</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Extra minutes to grant for today</source>
            <translation>Extra minutes to grant for today</translation>
        </message>
        <message>
            <source>Grant</source>
            <translation>Grant</translation>
        </message>
        <message>
            <source>Grant the extra minutes for today</source>
            <translation>Grant the extra minutes for today</translation>
        </message>
        <message>
            <source>Extra time adds to today's daily limit only; it does not change the allowed hours.</source>
            <translation>Extra time adds to today's daily limit only; it does not change the allowed hours.</translation>
        </message>
        <message>
            <source>Extra time today</source>
            <translation>Extra time today</translation>
        </message>
        <message>
            <source>Approved models</source>
            <translation>Approved models</translation>
        </message>
        <message>
            <source>Approve the current model</source>
            <translation>Approve the current model</translation>
        </message>
        <message>
            <source>Approve the model in use now</source>
            <translation>Approve the model in use now</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected model</source>
            <translation>Remove the selected model</translation>
        </message>
        <message>
            <source>Allow any model</source>
            <translation>Allow any model</translation>
        </message>
        <message>
            <source>Keep the text of conversations in the audit log</source>
            <translation>Keep the text of conversations in the audit log</translation>
        </message>
        <message>
            <source>Keep conversation text in the audit log</source>
            <translation>Keep conversation text in the audit log</translation>
        </message>
        <message>
            <source>The text is encrypted, only a guardian can read it, and the chat window says so to everyone. Off: only what happened is kept.</source>
            <translation>The text is encrypted, only a guardian can read it, and the chat window says so to everyone. Off: only what happened is kept.</translation>
        </message>
        <message>
            <source>Watermark answers, so they can be recognised later</source>
            <translation>Watermark answers, so they can be recognised later</translation>
        </message>
        <message>
            <source>Watermark answers</source>
            <translation>Watermark answers</translation>
        </message>
        <message>
            <source>Changes to the audit log apply from the next start of Hearth.</source>
            <translation>Changes to the audit log apply from the next start of Hearth.</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Kiosk mode, for a shared computer</source>
            <translation>Kiosk mode, for a shared computer</translation>
        </message>
        <message>
            <source>Kiosk mode</source>
            <translation>Kiosk mode</translation>
        </message>
        <message>
            <source> min without activity</source>
            <translation> min without activity</translation>
        </message>
        <message>
            <source>Lock the guardian settings again after this many minutes without activity</source>
            <translation>Lock the guardian settings again after this many minutes without activity</translation>
        </message>
        <message>
            <source> min without use</source>
            <translation> min without use</translation>
        </message>
        <message>
            <source>In kiosk mode, start afresh after this many minutes without use</source>
            <translation>In kiosk mode, start afresh after this many minutes without use</translation>
        </message>
        <message>
            <source>Lock again after</source>
            <translation>Lock again after</translation>
        </message>
        <message>
            <source>Kiosk: start afresh after</source>
            <translation>Kiosk: start afresh after</translation>
        </message>
        <message>
            <source>Kiosk and locking</source>
            <translation>Kiosk and locking</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Change passphrase…</translation>
        </message>
        <message>
            <source>Change the guardian's passphrase</source>
            <translation>Change the guardian's passphrase</translation>
        </message>
        <message>
            <source>Remove guardian…</source>
            <translation>Remove guardian…</translation>
        </message>
        <message>
            <source>Remove the guardian</source>
            <translation>Remove the guardian</translation>
        </message>
        <message>
            <source>Audit log…</source>
            <translation>Audit log…</translation>
        </message>
        <message>
            <source>Open the audit log</source>
            <translation>Open the audit log</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>Lock now</translation>
        </message>
        <message>
            <source>Lock the guardian settings now</source>
            <translation>Lock the guardian settings now</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save the guardian settings</source>
            <translation>Save the guardian settings</translation>
        </message>
        <message>
            <source>Any model may be used.</source>
            <translation>Any model may be used.</translation>
        </message>
        <message>
            <source>No model is approved: Hearth will not chat until one is.</source>
            <translation>No model is approved: Hearth will not chat until one is.</translation>
        </message>
        <message>
            <source>Only these models may be used:</source>
            <translation>Only these models may be used:</translation>
        </message>
        <message>
            <source>{0} (in use now)</source>
            <translation>{0} (in use now)</translation>
        </message>
        <message>
            <source>a model not in use now</source>
            <translation>a model not in use now</translation>
        </message>
        <message>
            <source>There is no daily limit.</source>
            <translation>There is no daily limit.</translation>
        </message>
        <message>
            <source>Used today: {0} min. There is no daily limit.</source>
            <translation>Used today: {0} min. There is no daily limit.</translation>
        </message>
        <message>
            <source>Today's usage record is damaged, so today's time counts as used up. Granting extra time starts today afresh.</source>
            <translation>Today's usage record is damaged, so today's time counts as used up. Granting extra time starts today afresh.</translation>
        </message>
        <message>
            <source>Used today: {0} min of {1} min + {2} min extra. Left today: {3} min.</source>
            <translation>Used today: {0} min of {1} min + {2} min extra. Left today: {3} min.</translation>
        </message>
        <message>
            <source>Used today: {0} min of {1} min. Left today: {2} min.</source>
            <translation>Used today: {0} min of {1} min. Left today: {2} min.</translation>
        </message>
        <message numerus="yes">
            <source>Unlocked · locks again after %n minute(s) without activity</source>
            <translation>
                <numerusform>Unlocked · locks again after %n minute without activity</numerusform>
                <numerusform>Unlocked · locks again after %n minutes without activity</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>{0} extra minutes granted for today.</source>
            <translation>{0} extra minutes granted for today.</translation>
        </message>
        <message>
            <source>Remove the guardian?</source>
            <translation>Remove the guardian?</translation>
        </message>
        <message>
            <source>Hearth will no longer be locked: anyone using this computer can change the safety profile, the time limits and the approved models. The audit log keeps a record that the guardian was removed.</source>
            <translation>Hearth will no longer be locked: anyone using this computer can change the safety profile, the time limits and the approved models. The audit log keeps a record that the guardian was removed.</translation>
        </message>
        <message>
            <source>Remove guardian</source>
            <translation>Remove guardian</translation>
        </message>
        <message>
            <source>Keep the guardian</source>
            <translation>Keep the guardian</translation>
        </message>
    </context>
    <context>
        <name>GuardianSetupDialog</name>
        <message>
            <source>Set up a guardian</source>
            <translation>Set up a guardian</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Back to the previous step</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel the guardian set-up</source>
            <translation>Cancel the guardian set-up</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>A guardian is the grown-up (a parent, carer or teacher) who decides what Hearth allows on this computer. Once a guardian is set up, the safety profile, the time limits and the approved models can only be changed with the guardian's passphrase.</source>
            <translation>A guardian is the grown-up (a parent, carer or teacher) who decides what Hearth allows on this computer. Once a guardian is set up, the safety profile, the time limits and the approved models can only be changed with the guardian's passphrase.</translation>
        </message>
        <message>
            <source>Why not a 4-digit PIN? It has only 10,000 possibilities, which someone can try in an afternoon. A few unrelated words are easier to remember and far harder to guess.</source>
            <translation>Why not a 4-digit PIN? It has only 10,000 possibilities, which someone can try in an afternoon. A few unrelated words are easier to remember and far harder to guess.</translation>
        </message>
        <message>
            <source>Choose the guardian's passphrase</source>
            <translation>Choose the guardian's passphrase</translation>
        </message>
        <message>
            <source>Your organisation's policy for this computer does not use a guardian's settings, so a guardian cannot be set up here.</source>
            <translation>Your organisation's policy for this computer does not use a guardian's settings, so a guardian cannot be set up here.</translation>
        </message>
        <message>
            <source>{0} Setting up a guardian again replaces those settings.</source>
            <translation>{0} Setting up a guardian again replaces those settings.</translation>
        </message>
        <message>
            <source>Profile to lock</source>
            <translation>Profile to lock</translation>
        </message>
        <message>
            <source>Limit when and how long Hearth can be used</source>
            <translation>Limit when and how long Hearth can be used</translation>
        </message>
        <message>
            <source>Only allow the model in use now</source>
            <translation>Only allow the model in use now</translation>
        </message>
        <message>
            <source>The model in use now: {0}</source>
            <translation>The model in use now: {0}</translation>
        </message>
        <message>
            <source>Kiosk mode, for a shared computer</source>
            <translation>Kiosk mode, for a shared computer</translation>
        </message>
        <message>
            <source>Kiosk mode</source>
            <translation>Kiosk mode</translation>
        </message>
        <message>
            <source>Choose what to lock</source>
            <translation>Choose what to lock</translation>
        </message>
        <message>
            <source>The guardian is set up. This is your recovery code:</source>
            <translation>The guardian is set up. This is your recovery code:</translation>
        </message>
        <message>
            <source>When you press Finish, Hearth locks. To change these settings later, open the guardian settings and enter your passphrase.</source>
            <translation>When you press Finish, Hearth locks. To change these settings later, open the guardian settings and enter your passphrase.</translation>
        </message>
        <message>
            <source>Write down the recovery code</source>
            <translation>Write down the recovery code</translation>
        </message>
        <message>
            <source>Set up the lock</source>
            <translation>Set up the lock</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Setting up the lock… this takes a moment.</source>
            <translation>Setting up the lock… this takes a moment.</translation>
        </message>
        <message>
            <source>Write the recovery code down and tick the box first: it is shown only this once.</source>
            <translation>Write the recovery code down and tick the box first: it is shown only this once.</translation>
        </message>
    </context>
    <context>
        <name>ImportChoiceDialog</name>
        <message>
            <source>Import %1</source>
            <translation>Import %1</translation>
        </message>
        <message>
            <source>Copy into Hearth's models folder</source>
            <translation>Copy into Hearth's models folder</translation>
        </message>
        <message>
            <source>Use it where it is (it must stay there)</source>
            <translation>Use it where it is (it must stay there)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import the model</source>
            <translation>Import the model</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Do not import the model</source>
            <translation>Do not import the model</translation>
        </message>
    </context>
    <context>
        <name>LicenceDialog</name>
        <message>
            <source>Accept the model's licence</source>
            <translation>Accept the model's licence</translation>
        </message>
        <message>
            <source>not stated in the file</source>
            <translation>not stated in the file</translation>
        </message>
        <message>
            <source>%1 (%2) comes under this licence: %3. Read it before you use the model: accepting means you agree to its terms, and Hearth notes it in the audit log.</source>
            <translation>%1 (%2) comes under this licence: %3. Read it before you use the model: accepting means you agree to its terms, and Hearth notes it in the audit log.</translation>
        </message>
        <message>
            <source>The licence: %1</source>
            <translation>The licence: %1</translation>
        </message>
        <message>
            <source>Hearth's catalog has no link to this licence: look for it where the model came from.</source>
            <translation>Hearth's catalog has no link to this licence: look for it where the model came from.</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>Accept the licence</source>
            <translation>Accept the licence</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Do not accept the licence</source>
            <translation>Do not accept the licence</translation>
        </message>
        <message>
            <source>The acceptance could not be saved: %1</source>
            <translation>The acceptance could not be saved: %1</translation>
        </message>
    </context>
    <context>
        <name>LocalApi</name>
        <message>
            <source>Hearth could not listen on port %1 (%2); choose another port.</source>
            <translation>Hearth could not listen on port %1 (%2); choose another port.</translation>
        </message>
        <message>
            <source>The local API stopped unexpectedly; the details are in Hearth's log.</source>
            <translation>The local API stopped unexpectedly; the details are in Hearth's log.</translation>
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
            <translation>Main</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Models…</source>
            <translation>Models…</translation>
        </message>
        <message>
            <source>Installed models, importing, downloading and report cards (Ctrl+Shift+M)</source>
            <translation>Installed models, importing, downloading and report cards (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Safety</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>New session</translation>
        </message>
        <message>
            <source>Start afresh: the conversation so far leaves the screen</source>
            <translation>Start afresh: the conversation so far leaves the screen</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Safety profiles…</source>
            <translation>Safety profiles…</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Guardian…</source>
            <translation>Guardian…</translation>
        </message>
        <message>
            <source>Edit, clone, import and export safety profiles (Ctrl+Shift+P)</source>
            <translation>Edit, clone, import and export safety profiles (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Conversation settings, and the appearance and language of the app (Ctrl+,)</source>
            <translation>Conversation settings, and the appearance and language of the app (Ctrl+,)</translation>
        </message>
        <message>
            <source>Unlock, lock and set up the guardian's controls (Ctrl+Shift+G)</source>
            <translation>Unlock, lock and set up the guardian's controls (Ctrl+Shift+G)</translation>
        </message>
        <message>
            <source>Search chats</source>
            <translation>Search chats</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>New chat</translation>
        </message>
        <message>
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>Start a new conversation (Ctrl+N)</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>A guardian can read the conversations on this computer.</source>
            <translation>A guardian can read the conversations on this computer.</translation>
        </message>
        <message>
            <source>The guardian's settings keep the text of conversations in the audit log, so a guardian can read them later.</source>
            <translation>The guardian's settings keep the text of conversations in the audit log, so a guardian can read them later.</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Regenerate</translation>
        </message>
        <message>
            <source>Regenerate the last answer</source>
            <translation>Regenerate the last answer</translation>
        </message>
        <message>
            <source>Answer the last message again (Ctrl+R)</source>
            <translation>Answer the last message again (Ctrl+R)</translation>
        </message>
        <message>
            <source>Copy answer</source>
            <translation>Copy answer</translation>
        </message>
        <message>
            <source>Copy the last answer</source>
            <translation>Copy the last answer</translation>
        </message>
        <message>
            <source>Copy the last answer (Ctrl+Shift+C)</source>
            <translation>Copy the last answer (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <source>Edit last</source>
            <translation>Edit last</translation>
        </message>
        <message>
            <source>Edit the last message</source>
            <translation>Edit the last message</translation>
        </message>
        <message>
            <source>Edit and resend your last message (Ctrl+E, or Up in an empty box)</source>
            <translation>Edit and resend your last message (Ctrl+E, or Up in an empty box)</translation>
        </message>
        <message>
            <source>Enter to send · Shift+Enter for a new line</source>
            <translation>Enter to send · Shift+Enter for a new line</translation>
        </message>
        <message>
            <source>Guardian's lock</source>
            <translation>Guardian's lock</translation>
        </message>
        <message>
            <source>Machine-wide policy</source>
            <translation>Machine-wide policy</translation>
        </message>
        <message>
            <source>A policy file set by your school or organisation is in force on this computer</source>
            <translation>A policy file set by your school or organisation is in force on this computer</translation>
        </message>
        <message>
            <source>Copy last answer</source>
            <translation>Copy last answer</translation>
        </message>
        <message>
            <source>Edit last message</source>
            <translation>Edit last message</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Appearance and language…</source>
            <translation>Appearance and language…</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Larger text</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Smaller text</translation>
        </message>
        <message>
            <source>Text at 100%</source>
            <translation>Text at 100%</translation>
        </message>
        <message>
            <source>Delete conversation</source>
            <translation>Delete conversation</translation>
        </message>
        <message>
            <source>Delete “%1”? This cannot be undone.</source>
            <translation>Delete “%1”? This cannot be undone.</translation>
        </message>
        <message>
            <source>Answer copied</source>
            <translation>Answer copied</translation>
        </message>
        <message>
            <source>%1 / %2 tokens</source>
            <translation>%1 / %2 tokens</translation>
        </message>
        <message>
            <source>1 older message no longer fits in the context and was left out</source>
            <translation>1 older message no longer fits in the context and was left out</translation>
        </message>
        <message numerus="yes">
            <source>%n older messages no longer fit in the context and were left out</source>
            <translation>
                <numerusform>%n older message no longer fits in the context and was left out</numerusform>
                <numerusform>%n older messages no longer fit in the context and were left out</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 tokens/s</source>
            <translation>%1 tokens/s</translation>
        </message>
        <message>
            <source>Message not sent</source>
            <translation>Message not sent</translation>
        </message>
        <message>
            <source>Stop the answer</source>
            <translation>Stop the answer</translation>
        </message>
        <message>
            <source>Text size: %1%</source>
            <translation>Text size: %1%</translation>
        </message>
        <message>
            <source>Your preferences could not be saved</source>
            <translation>Your preferences could not be saved</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The safety settings in force are the strictest of your choice and the guardian's or your organisation's. You can make things stricter, never looser.</source>
            <translation>The safety settings in force are the strictest of your choice and the guardian's or your organisation's. You can make things stricter, never looser.</translation>
        </message>
        <message>
            <source>The safety profile could not be changed</source>
            <translation>The safety profile could not be changed</translation>
        </message>
        <message>
            <source>Safety profile: %1</source>
            <translation>Safety profile: %1</translation>
        </message>
        <message>
            <source>%1 Until this is fixed, the strictest preset (Child) is in force. Choose a profile in the toolbar, or fix it in Safety profiles…</source>
            <translation>%1 Until this is fixed, the strictest preset (Child) is in force. Choose a profile in the toolbar, or fix it in Safety profiles…</translation>
        </message>
        <message>
            <source>The safety profile could not be read</source>
            <translation>The safety profile could not be read</translation>
        </message>
        <message>
            <source>%1 Until this is mended, Hearth uses its strictest settings. A guardian or your organisation's administrator can fix it.</source>
            <translation>%1 Until this is mended, Hearth uses its strictest settings. A guardian or your organisation's administrator can fix it.</translation>
        </message>
        <message>
            <source>Hearth is using its strictest settings</source>
            <translation>Hearth is using its strictest settings</translation>
        </message>
        <message>
            <source>Hearth is resting</source>
            <translation>Hearth is resting</translation>
        </message>
    </context>
    <context>
        <name>ManagedNote</name>
        <message>
            <source>Managed setting</source>
            <translation>Managed setting</translation>
        </message>
    </context>
    <context>
        <name>MessageInput</name>
        <message>
            <source>Message Hearth…</source>
            <translation>Message Hearth…</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Enter sends the message, Shift+Enter starts a new line, and Up in an empty box edits your last message.</source>
            <translation>Enter sends the message, Shift+Enter starts a new line, and Up in an empty box edits your last message.</translation>
        </message>
    </context>
    <context>
        <name>ModelActions</name>
        <message>
            <source>Memory will be tight with this model: %1</source>
            <translation>Memory will be tight with this model: %1</translation>
        </message>
        <message>
            <source>%1 on the server %2</source>
            <translation>%1 on the server %2</translation>
        </message>
        <message>
            <source>The model that writes the answers</source>
            <translation>The model that writes the answers</translation>
        </message>
        <message>
            <source>Answers come from the inference server (Models… → Inference server); choose This computer there to use these models</source>
            <translation>Answers come from the inference server (Models… → Inference server); choose This computer there to use these models</translation>
        </message>
        <message>
            <source>Only approved models are listed (%1)</source>
            <translation>Only approved models are listed (%1)</translation>
        </message>
        <message>
            <source>your choice</source>
            <translation>your choice</translation>
        </message>
    </context>
    <context>
        <name>ModelDetails</name>
        <message>
            <source>Use this model</source>
            <translation>Use this model</translation>
        </message>
        <message>
            <source>Use this model for answers</source>
            <translation>Use this model for answers</translation>
        </message>
        <message>
            <source>Accept licence…</source>
            <translation>Accept licence…</translation>
        </message>
        <message>
            <source>Read and accept the licence</source>
            <translation>Read and accept the licence</translation>
        </message>
        <message>
            <source>Show chat template…</source>
            <translation>Show chat template…</translation>
        </message>
        <message>
            <source>Show the chat template</source>
            <translation>Show the chat template</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <source>Remove this model</source>
            <translation>Remove this model</translation>
        </message>
        <message>
            <source>Report card…</source>
            <translation>Report card…</translation>
        </message>
        <message>
            <source>Run the model's report card</source>
            <translation>Run the model's report card</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Architecture</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Quantization</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Context length</source>
            <translation>Context length</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Chat template</source>
            <translation>Chat template</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Choose a model in the list</source>
            <translation>Choose a model in the list</translation>
        </message>
        <message>
            <source>%1 tokens</source>
            <translation>%1 tokens</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>%1 (not accepted yet)</source>
            <translation>%1 (not accepted yet)</translation>
        </message>
        <message>
            <source>The bundled model is part of Hearth and cannot be removed.</source>
            <translation>The bundled model is part of Hearth and cannot be removed.</translation>
        </message>
        <message>
            <source>%1 now writes the answers.</source>
            <translation>%1 now writes the answers.</translation>
        </message>
        <message>
            <source>Hearth forgets %1; the file stays where it is.</source>
            <translation>Hearth forgets %1; the file stays where it is.</translation>
        </message>
        <message>
            <source>%1 is deleted from Hearth's models folder. This cannot be undone.</source>
            <translation>%1 is deleted from Hearth's models folder. This cannot be undone.</translation>
        </message>
        <message>
            <source>Remove %1?</source>
            <translation>Remove %1?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>%1 could not be removed: %2</source>
            <translation>%1 could not be removed: %2</translation>
        </message>
        <message>
            <source>%1 was removed.</source>
            <translation>%1 was removed.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>The model that writes the answers</source>
            <translation>The model that writes the answers</translation>
        </message>
        <message>
            <source>Open GGUF file…</source>
            <translation>Open GGUF file…</translation>
        </message>
        <message>
            <source>Use a GGUF model file from anywhere on this computer</source>
            <translation>Use a GGUF model file from anywhere on this computer</translation>
        </message>
        <message>
            <source>SmolLM2 135M Instruct (bundled)</source>
            <translation>SmolLM2 135M Instruct (bundled)</translation>
        </message>
        <message>
            <source>%1 (not approved)</source>
            <translation>%1 (not approved)</translation>
        </message>
        <message>
            <source>Checking which models are approved…</source>
            <translation>Checking which models are approved…</translation>
        </message>
        <message>
            <source>Open a GGUF model</source>
            <translation>Open a GGUF model</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>GGUF models (*.gguf)</translation>
        </message>
    </context>
    <context>
        <name>ModelsView</name>
        <message>
            <source>Models</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>Installed models</source>
            <translation>Installed models</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Import a model file</source>
            <translation>Import a model file</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Import progress</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Cancel import</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Cancel the import</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Installed</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Download</translation>
        </message>
        <message>
            <source>Inference server</source>
            <translation>Inference server</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the models view</source>
            <translation>Close the models view</translation>
        </message>
        <message>
            <source>Reading the model files…</source>
            <translation>Reading the model files…</translation>
        </message>
        <message>
            <source>Add a GGUF model file from this computer</source>
            <translation>Add a GGUF model file from this computer</translation>
        </message>
        <message>
            <source>Import a GGUF model</source>
            <translation>Import a GGUF model</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>GGUF models (*.gguf)</translation>
        </message>
        <message>
            <source>%1 was added.</source>
            <translation>%1 was added.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <translation>The import was cancelled; nothing was added.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>At least {0} characters, a few words work well</source>
            <translation>At least {0} characters, a few words work well</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>New passphrase again</translation>
        </message>
        <message>
            <source>The same passphrase again</source>
            <translation>The same passphrase again</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Show the passphrase</translation>
        </message>
        <message>
            <source>Show the passphrase as it is typed</source>
            <translation>Show the passphrase as it is typed</translation>
        </message>
        <message>
            <source>Passphrase hint</source>
            <translation>Passphrase hint</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Type it again</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <source>At least {0} characters.</source>
            <translation>At least {0} characters.</translation>
        </message>
        <message>
            <source>Good. Now type it again to confirm.</source>
            <translation>Good. Now type it again to confirm.</translation>
        </message>
        <message>
            <source>✓ The passphrases match.</source>
            <translation>✓ The passphrases match.</translation>
        </message>
    </context>
    <context>
        <name>ProfileEditorDialog</name>
        <message>
            <source>Safety profiles [*]</source>
            <translation>Safety profiles [*]</translation>
        </message>
        <message>
            <source>Save the profile</source>
            <translation>Save the profile</translation>
        </message>
        <message>
            <source>Close the profile editor</source>
            <translation>Close the profile editor</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profiles</translation>
        </message>
        <message>
            <source>Safety profiles</source>
            <translation>Safety profiles</translation>
        </message>
        <message>
            <source>Clone…</source>
            <translation>Clone…</translation>
        </message>
        <message>
            <source>Clone this profile</source>
            <translation>Clone this profile</translation>
        </message>
        <message>
            <source>Copy this profile (with any unsaved changes) under a new name</source>
            <translation>Copy this profile (with any unsaved changes) under a new name</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Import a profile file</source>
            <translation>Import a profile file</translation>
        </message>
        <message>
            <source>Add a profile someone shared with you (a TOML file)</source>
            <translation>Add a profile someone shared with you (a TOML file)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Export this profile</source>
            <translation>Export this profile</translation>
        </message>
        <message>
            <source>Save the profile to a TOML file to share it</source>
            <translation>Save the profile to a TOML file to share it</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete this profile</source>
            <translation>Delete this profile</translation>
        </message>
        <message>
            <source>Delete this custom profile (presets cannot be deleted)</source>
            <translation>Delete this custom profile (presets cannot be deleted)</translation>
        </message>
        <message>
            <source>This is a preset, so it is read-only. Clone a preset to change it.</source>
            <translation>This is a preset, so it is read-only. Clone a preset to change it.</translation>
        </message>
        <message>
            <source>Profile name</source>
            <translation>Profile name</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Who the safety messages are worded for</source>
            <translation>Who the safety messages are worded for</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Teen</source>
            <translation>Teen</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Adult</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> tokens</translation>
        </message>
        <message>
            <source>Answer length cap</source>
            <translation>Answer length cap</translation>
        </message>
        <message>
            <source>The longest answer this profile allows</source>
            <translation>The longest answer this profile allows</translation>
        </message>
        <message>
            <source>System prompt addition</source>
            <translation>System prompt addition</translation>
        </message>
        <message>
            <source>Added to every conversation's system prompt under this profile</source>
            <translation>Added to every conversation's system prompt under this profile</translation>
        </message>
        <message>
            <source>Watermark answers</source>
            <translation>Watermark answers</translation>
        </message>
        <message>
            <source>Nudge the model's word choices in a pattern only this device's key can detect, so “Verify a text…” can recognise the answers later, even without their provenance record</source>
            <translation>Nudge the model's word choices in a pattern only this device's key can detect, so “Verify a text…” can recognise the answers later, even without their provenance record</translation>
        </message>
        <message>
            <source>Who decided these settings</source>
            <translation>Who decided these settings</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>Provenance</translation>
        </message>
        <message>
            <source>Try it</source>
            <translation>Try it</translation>
        </message>
        <message>
            <source>Rules by category</source>
            <translation>Rules by category</translation>
        </message>
        <message>
            <source>Managed by guardian</source>
            <translation>Managed by guardian</translation>
        </message>
        <message>
            <source>This is the profile in force now: the strictest of your choice and any guardian's or organisation's settings. It is read-only.</source>
            <translation>This is the profile in force now: the strictest of your choice and any guardian's or organisation's settings. It is read-only.</translation>
        </message>
        <message>
            <source>Managed by guardian — unlock to edit</source>
            <translation>Managed by guardian — unlock to edit</translation>
        </message>
        <message>
            <source>Managed by your organisation — ask your administrator</source>
            <translation>Managed by your organisation — ask your administrator</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <source>Answer length cap: %1 tokens, set by %2</source>
            <translation>Answer length cap: %1 tokens, set by %2</translation>
        </message>
        <message>
            <source>Guard model: %1, set by %2</source>
            <translation>Guard model: %1, set by %2</translation>
        </message>
        <message>
            <source>Audience: %1, set by %2</source>
            <translation>Audience: %1, set by %2</translation>
        </message>
        <message>
            <source>Watermark: on, set by %1</source>
            <translation>Watermark: on, set by %1</translation>
        </message>
        <message>
            <source>Watermark: off, set by %1</source>
            <translation>Watermark: off, set by %1</translation>
        </message>
        <message>
            <source>Time rules: none, set by %1</source>
            <translation>Time rules: none, set by %1</translation>
        </message>
        <message>
            <source>Time rules: limited hours, set by %1</source>
            <translation>Time rules: limited hours, set by %1</translation>
        </message>
        <message>
            <source>Time rules: limited hours and %2 minutes a day, set by %1</source>
            <translation>Time rules: limited hours and %2 minutes a day, set by %1</translation>
        </message>
        <message>
            <source>Time rules: %2 minutes a day, set by %1</source>
            <translation>Time rules: %2 minutes a day, set by %1</translation>
        </message>
        <message>
            <source>Approved models: any, set by %1</source>
            <translation>Approved models: any, set by %1</translation>
        </message>
        <message numerus="yes">
            <source>Approved models: %n file(s) by hash, set by %1</source>
            <translation>
                <numerusform>Approved models: %n file by hash, set by %1</numerusform>
                <numerusform>Approved models: %n files by hash, set by %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Kiosk mode: on, set by %1</source>
            <translation>Kiosk mode: on, set by %1</translation>
        </message>
        <message>
            <source>Kiosk mode: off, set by %1</source>
            <translation>Kiosk mode: off, set by %1</translation>
        </message>
        <message>
            <source>Audit log keeps: the text of conversations too, set by %1</source>
            <translation>Audit log keeps: the text of conversations too, set by %1</translation>
        </message>
        <message>
            <source>Audit log keeps: what happened, not what was said, set by %1</source>
            <translation>Audit log keeps: what happened, not what was said, set by %1</translation>
        </message>
        <message>
            <source>Conversations kept: until deleted, set by %1</source>
            <translation>Conversations kept: until deleted, set by %1</translation>
        </message>
        <message numerus="yes">
            <source>Conversations kept: %n day(s), set by %1</source>
            <translation>
                <numerusform>Conversations kept: %n day, set by %1</numerusform>
                <numerusform>Conversations kept: %n days, set by %1</numerusform>
            </translation>
        </message>
        <message>
            <source>In force now</source>
            <translation>In force now</translation>
        </message>
        <message>
            <source>The safety settings the screen applies now, and who decided each</source>
            <translation>The safety settings the screen applies now, and who decided each</translation>
        </message>
        <message>
            <source>%1 (preset, read-only)</source>
            <translation>%1 (preset, read-only)</translation>
        </message>
        <message>
            <source>Presets are read-only. Clone a preset to change it.</source>
            <translation>Presets are read-only. Clone a preset to change it.</translation>
        </message>
        <message>
            <source>Give the profile a name.</source>
            <translation>Give the profile a name.</translation>
        </message>
        <message>
            <source>The profile could not be saved: %1</source>
            <translation>The profile could not be saved: %1</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>Saved “%1”.</translation>
        </message>
        <message>
            <source>%1 (my copy)</source>
            <translation>%1 (my copy)</translation>
        </message>
        <message>
            <source>The copy could not be saved: %1</source>
            <translation>The copy could not be saved: %1</translation>
        </message>
        <message>
            <source>Cloned as “%1”. Change it here, then Save.</source>
            <translation>Cloned as “%1”. Change it here, then Save.</translation>
        </message>
        <message>
            <source>The file could not be imported: %1</source>
            <translation>The file could not be imported: %1</translation>
        </message>
        <message>
            <source>Imported “%1”.</source>
            <translation>Imported “%1”.</translation>
        </message>
        <message>
            <source>Save your changes first: Export writes the saved profile.</source>
            <translation>Save your changes first: Export writes the saved profile.</translation>
        </message>
        <message>
            <source>The profile could not be exported: %1</source>
            <translation>The profile could not be exported: %1</translation>
        </message>
        <message>
            <source>Exported “%1” to %2.</source>
            <translation>Exported “%1” to %2.</translation>
        </message>
        <message>
            <source>“%1” is the profile the guardian locked. Lock another profile in Guardian… before deleting this one.</source>
            <translation>“%1” is the profile the guardian locked. Lock another profile in Guardian… before deleting this one.</translation>
        </message>
        <message>
            <source>“%1” is the profile in use. Choose another profile in the toolbar before deleting this one.</source>
            <translation>“%1” is the profile in use. Choose another profile in the toolbar before deleting this one.</translation>
        </message>
        <message>
            <source>The profile could not be deleted: %1</source>
            <translation>The profile could not be deleted: %1</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>Deleted “%1”.</translation>
        </message>
        <message>
            <source>Some profile files could not be read and are not listed: %1</source>
            <translation>Some profile files could not be read and are not listed: %1</translation>
        </message>
        <message>
            <source>Clone profile</source>
            <translation>Clone profile</translation>
        </message>
        <message>
            <source>Name of the new profile:</source>
            <translation>Name of the new profile:</translation>
        </message>
        <message>
            <source>Import a safety profile</source>
            <translation>Import a safety profile</translation>
        </message>
        <message>
            <source>Safety profiles (*.toml *.json)</source>
            <translation>Safety profiles (*.toml *.json)</translation>
        </message>
        <message>
            <source>Export the safety profile</source>
            <translation>Export the safety profile</translation>
        </message>
        <message>
            <source>Safety profiles (*.toml)</source>
            <translation>Safety profiles (*.toml)</translation>
        </message>
        <message>
            <source>Replace profile</source>
            <translation>Replace profile</translation>
        </message>
        <message>
            <source>The imported profile “%1” has the same id as your profile “%2”. Replace it?</source>
            <translation>The imported profile “%1” has the same id as your profile “%2”. Replace it?</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>Delete profile</translation>
        </message>
        <message>
            <source>Delete the profile “%1”? This cannot be undone.</source>
            <translation>Delete the profile “%1”? This cannot be undone.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>“%1” has unsaved changes. Save them?</source>
            <translation>“%1” has unsaved changes. Save them?</translation>
        </message>
    </context>
    <context>
        <name>ProfilePicker</name>
        <message>
            <source>Safety profile</source>
            <translation>Safety profile</translation>
        </message>
        <message>
            <source>What the safety screen blocks, warns about or allows</source>
            <translation>What the safety screen blocks, warns about or allows</translation>
        </message>
    </context>
    <context>
        <name>ProfileRulesModel</name>
        <message>
            <source>Set by</source>
            <translation>Set by</translation>
        </message>
        <message>
            <source>The score (0.00–1.00) at or above which the action applies</source>
            <translation>The score (0.00–1.00) at or above which the action applies</translation>
        </message>
        <message>
            <source>What happens to what the user sends</source>
            <translation>What happens to what the user sends</translation>
        </message>
        <message>
            <source>What happens to what the model writes</source>
            <translation>What happens to what the model writes</translation>
        </message>
        <message>
            <source>Scores from %1 up to the threshold get a warning instead.</source>
            <translation>Scores from %1 up to the threshold get a warning instead.</translation>
        </message>
        <message>
            <source>Only a block rule can have a warning band: set the action to Block to use it.</source>
            <translation>Only a block rule can have a warning band: set the action to Block to use it.</translation>
        </message>
        <message>
            <source>Clone a preset to change it</source>
            <translation>Clone a preset to change it</translation>
        </message>
        <message>
            <source>Prompt: %1</source>
            <translation>Prompt: %1</translation>
        </message>
        <message>
            <source>Answer: %1</source>
            <translation>Answer: %1</translation>
        </message>
        <message>
            <source>Who decided this rule: you, the guardian or your organisation. The rule in force is the strictest of theirs.</source>
            <translation>Who decided this rule: you, the guardian or your organisation. The rule in force is the strictest of theirs.</translation>
        </message>
        <message>
            <source>not used: only block rules have a warning band</source>
            <translation>not used: only block rules have a warning band</translation>
        </message>
        <message>
            <source>no warning band</source>
            <translation>no warning band</translation>
        </message>
        <message>
            <source>For a block rule: scores from this value up to the threshold get a warning instead of passing. “—” means no warning band; slide to the far left (0) to remove the band.</source>
            <translation>For a block rule: scores from this value up to the threshold get a warning instead of passing. “—” means no warning band; slide to the far left (0) to remove the band.</translation>
        </message>
        <message>
            <source>Prompt action</source>
            <translation>Prompt action</translation>
        </message>
        <message>
            <source>Prompt threshold</source>
            <translation>Prompt threshold</translation>
        </message>
        <message>
            <source>Prompt warns from</source>
            <translation>Prompt warns from</translation>
        </message>
        <message>
            <source>Answer action</source>
            <translation>Answer action</translation>
        </message>
        <message>
            <source>Answer threshold</source>
            <translation>Answer threshold</translation>
        </message>
        <message>
            <source>Answer warns from</source>
            <translation>Answer warns from</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Teen</source>
            <translation>Teen</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>For children under 13: blocks every hazard category, keeps answers short and kind, and stops personal details from being shared.</source>
            <translation>For children under 13: blocks every hazard category, keeps answers short and kind, and stops personal details from being shared.</translation>
        </message>
        <message>
            <source>For ages 13 to 17: blocks hazards and explicit content, warns on specialised advice and on sharing personal details.</source>
            <translation>For ages 13 to 17: blocks hazards and explicit content, warns on specialised advice and on sharing personal details.</translation>
        </message>
        <message>
            <source>For classrooms and school labs: blocks hazards and off-task explicit content; warns on specialised advice and personal details.</source>
            <translation>For classrooms and school labs: blocks hazards and off-task explicit content; warns on specialised advice and personal details.</translation>
        </message>
        <message>
            <source>For adults: blocks serious hazards, warns on specialised advice and on sharing personal details.</source>
            <translation>For adults: blocks serious hazards, warns on specialised advice and on sharing personal details.</translation>
        </message>
        <message>
            <source>For adults who want few limits: blocks only child exploitation, mass-casualty weapons, violent crime and jailbreaks; warns on the rest.</source>
            <translation>For adults who want few limits: blocks only child exploitation, mass-casualty weapons, violent crime and jailbreaks; warns on the rest.</translation>
        </message>
    </context>
    <context>
        <name>ProvenanceActions</name>
        <message>
            <source>Copy with provenance</source>
            <translation>Copy with provenance</translation>
        </message>
        <message>
            <source>Save answer with provenance…</source>
            <translation>Save answer with provenance…</translation>
        </message>
        <message>
            <source>Export conversation…</source>
            <translation>Export conversation…</translation>
        </message>
        <message>
            <source>Save this conversation as Markdown or HTML, with every answer's signed provenance record beside it</source>
            <translation>Save this conversation as Markdown or HTML, with every answer's signed provenance record beside it</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Verify a text…</source>
            <translation>Verify a text…</translation>
        </message>
        <message>
            <source>Check whether a text came from this device, with which model and safety profile, and whether it was changed (Ctrl+Shift+K)</source>
            <translation>Check whether a text came from this device, with which model and safety profile, and whether it was changed (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>More ways to copy: with provenance, save, export, verify</source>
            <translation>More ways to copy: with provenance, save, export, verify</translation>
        </message>
        <message>
            <source>Copy or save the answer with its signed record of where it came from, export the conversation, or check a text</source>
            <translation>Copy or save the answer with its signed record of where it came from, export the conversation, or check a text</translation>
        </message>
        <message>
            <source>Copy the last answer with its signed provenance record</source>
            <translation>Copy the last answer with its signed provenance record</translation>
        </message>
        <message>
            <source>Save the last answer to a text file, with its signed provenance record beside it</source>
            <translation>Save the last answer to a text file, with its signed provenance record beside it</translation>
        </message>
        <message>
            <source>Wait until the answer has finished</source>
            <translation>Wait until the answer has finished</translation>
        </message>
        <message>
            <source>There is no answer in this conversation yet</source>
            <translation>There is no answer in this conversation yet</translation>
        </message>
        <message>
            <source>The last answer was blocked, so there is no text to copy</source>
            <translation>The last answer was blocked, so there is no text to copy</translation>
        </message>
        <message>
            <source>The last answer has no provenance record: it was written before Hearth signed answers</source>
            <translation>The last answer has no provenance record: it was written before Hearth signed answers</translation>
        </message>
        <message>
            <source>Answer copied with its provenance record</source>
            <translation>Answer copied with its provenance record</translation>
        </message>
        <message>
            <source>The answer could not be saved</source>
            <translation>The answer could not be saved</translation>
        </message>
        <message>
            <source>Saved %1 and its provenance record %2</source>
            <translation>Saved %1 and its provenance record %2</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistant</translation>
        </message>
        <message>
            <source>You</source>
            <translation>You</translation>
        </message>
        <message>
            <source>The conversation could not be exported</source>
            <translation>The conversation could not be exported</translation>
        </message>
        <message>
            <source>Exported %1; no answer in it has a provenance record, so %2 is empty</source>
            <translation>Exported %1; no answer in it has a provenance record, so %2 is empty</translation>
        </message>
        <message>
            <source>Exported %1, with its answer's provenance record in %2</source>
            <translation>Exported %1, with its answer's provenance record in %2</translation>
        </message>
        <message>
            <source>Exported %1, with %3 answers' provenance records in %2</source>
            <translation>Exported %1, with %3 answers' provenance records in %2</translation>
        </message>
        <message>
            <source>Save answer with provenance</source>
            <translation>Save answer with provenance</translation>
        </message>
        <message>
            <source>Text files (*.txt);;Markdown (*.md);;All files (*)</source>
            <translation>Text files (*.txt);;Markdown (*.md);;All files (*)</translation>
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
            <translation>Export conversation</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeView</name>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Copy the recovery code</source>
            <translation>Copy the recovery code</translation>
        </message>
        <message>
            <source>I have written the recovery code down</source>
            <translation>I have written the recovery code down</translation>
        </message>
        <message>
            <source>This code is shown only once. Keep it somewhere safe, away from this computer: it lets you choose a new passphrase if you forget this one, and then it is replaced by a new code.</source>
            <translation>This code is shown only once. Keep it somewhere safe, away from this computer: it lets you choose a new passphrase if you forget this one, and then it is replaced by a new code.</translation>
        </message>
        <message>
            <source>Recovery code {0}</source>
            <translation>Recovery code {0}</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>ReportCardSection</name>
        <message>
            <source>Report card progress</source>
            <translation>Report card progress</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel the report card</source>
            <translation>Cancel the report card</translation>
        </message>
        <message>
            <source>Report card</source>
            <translation>Report card</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Export the report card</source>
            <translation>Export the report card</translation>
        </message>
        <message>
            <source>No report card yet. It measures how often the model refuses harmful requests and harmless ones, without Hearth's safety screen.</source>
            <translation>No report card yet. It measures how often the model refuses harmful requests and harmless ones, without Hearth's safety screen.</translation>
        </message>
        <message>
            <source>Newest report card, made %1:</source>
            <translation>Newest report card, made %1:</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Loading the model…</translation>
        </message>
        <message>
            <source>%1 of %2 prompts</source>
            <translation>%1 of %2 prompts</translation>
        </message>
        <message>
            <source>The report card was kept in %1.</source>
            <translation>The report card was kept in %1.</translation>
        </message>
        <message>
            <source>The report card was stopped; nothing was kept.</source>
            <translation>The report card was stopped; nothing was kept.</translation>
        </message>
        <message>
            <source>The report card could not be saved to %1: %2</source>
            <translation>The report card could not be saved to %1: %2</translation>
        </message>
        <message>
            <source>The report card was saved to %1.</source>
            <translation>The report card was saved to %1.</translation>
        </message>
        <message>
            <source>Web pages (*.html)</source>
            <translation>Web pages (*.html)</translation>
        </message>
    </context>
    <context>
        <name>RestingNotice</name>
        <message>
            <source>Hearth is resting</source>
            <translation>Hearth is resting</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>the on-device classifier</source>
            <translation>the on-device classifier</translation>
        </message>
        <message>
            <source>the jailbreak and prompt-injection check</source>
            <translation>the jailbreak and prompt-injection check</translation>
        </message>
        <message>
            <source>the personal-information check</source>
            <translation>the personal-information check</translation>
        </message>
        <message>
            <source>the passwords-and-keys check</source>
            <translation>the passwords-and-keys check</translation>
        </message>
        <message>
            <source>the guard model</source>
            <translation>the guard model</translation>
        </message>
        <message>
            <source>You don't have to go through this alone</source>
            <translation>You don't have to go through this alone</translation>
        </message>
        <message>
            <source>It sounds like you might be going through something really hard. Talking to someone can help, and there are people ready to listen right now.</source>
            <translation>It sounds like you might be going through something really hard. Talking to someone can help, and there are people ready to listen right now.</translation>
        </message>
        <message>
            <source>It sounds like you might be feeling really sad or hurt. Please tell a grown-up you trust, like a parent or teacher. You can also call someone who is there to help:</source>
            <translation>It sounds like you might be feeling really sad or hurt. Please tell a grown-up you trust, like a parent or teacher. You can also call someone who is there to help:</translation>
        </message>
        <message>
            <source>Answer stopped</source>
            <translation>Answer stopped</translation>
        </message>
        <message>
            <source>Hearth stopped this answer because it began to include something about %1. Let's talk about something else!</source>
            <translation>Hearth stopped this answer because it began to include something about %1. Let's talk about something else!</translation>
        </message>
        <message>
            <source>Hearth stopped this answer because it began to include %1 (%2), which the %3 profile does not allow.</source>
            <translation>Hearth stopped this answer because it began to include %1 (%2), which the %3 profile does not allow.</translation>
        </message>
        <message>
            <source>Send this message?</source>
            <translation>Send this message?</translation>
        </message>
        <message>
            <source>This message may involve %1 (%2). The %3 profile asks you to confirm before it is sent.</source>
            <translation>This message may involve %1 (%2). The %3 profile asks you to confirm before it is sent.</translation>
        </message>
        <message>
            <source>Let's talk about something else</source>
            <translation>Let's talk about something else</translation>
        </message>
        <message>
            <source>That question is about %1, so I can't help with it. If something is worrying you, talk to a grown-up you trust.</source>
            <translation>That question is about %1, so I can't help with it. If something is worrying you, talk to a grown-up you trust.</translation>
        </message>
        <message>
            <source>Message not sent</source>
            <translation>Message not sent</translation>
        </message>
        <message>
            <source>This message looks like a request for %1 (%2), which the %3 profile blocks.</source>
            <translation>This message looks like a request for %1 (%2), which the %3 profile blocks.</translation>
        </message>
        <message>
            <source>Decided by %1 (score %2, threshold %3) in profile layer %4.</source>
            <translation>Decided by %1 (score %2, threshold %3) in profile layer %4.</translation>
        </message>
        <message>
            <source>Allow</source>
            <translation>Allow</translation>
        </message>
        <message>
            <source>Warn</source>
            <translation>Warn</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Block</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Conversation settings</source>
            <translation>Conversation settings</translation>
        </message>
        <message>
            <source>These settings apply to the current conversation.</source>
            <translation>These settings apply to the current conversation.</translation>
        </message>
        <message>
            <source>&amp;Appearance and language…</source>
            <translation>&amp;Appearance and language…</translation>
        </message>
        <message>
            <source>Language, high contrast and text size for the whole app</source>
            <translation>Language, high contrast and text size for the whole app</translation>
        </message>
        <message>
            <source>%1: can be lowered, not raised above %2</source>
            <translation>%1: can be lowered, not raised above %2</translation>
        </message>
    </context>
    <context>
        <name>Taxonomy</name>
        <message>
            <source>Violent crimes</source>
            <translation>Violent crimes</translation>
        </message>
        <message>
            <source>help with violence against people or animals</source>
            <translation>help with violence against people or animals</translation>
        </message>
        <message>
            <source>hurting people or animals</source>
            <translation>hurting people or animals</translation>
        </message>
        <message>
            <source>Non-violent crimes</source>
            <translation>Non-violent crimes</translation>
        </message>
        <message>
            <source>help with crimes such as fraud, theft, hacking or drugs</source>
            <translation>help with crimes such as fraud, theft, hacking or drugs</translation>
        </message>
        <message>
            <source>breaking the law, like stealing or tricking people</source>
            <translation>breaking the law, like stealing or tricking people</translation>
        </message>
        <message>
            <source>Sex-related crimes</source>
            <translation>Sex-related crimes</translation>
        </message>
        <message>
            <source>help with sexual assault, harassment or trafficking</source>
            <translation>help with sexual assault, harassment or trafficking</translation>
        </message>
        <message>
            <source>something that could hurt people and is not OK</source>
            <translation>something that could hurt people and is not OK</translation>
        </message>
        <message>
            <source>Child sexual exploitation</source>
            <translation>Child sexual exploitation</translation>
        </message>
        <message>
            <source>sexual content involving minors</source>
            <translation>sexual content involving minors</translation>
        </message>
        <message>
            <source>something that is never OK</source>
            <translation>something that is never OK</translation>
        </message>
        <message>
            <source>Defamation</source>
            <translation>Defamation</translation>
        </message>
        <message>
            <source>false statements that could harm a real person's reputation</source>
            <translation>false statements that could harm a real person's reputation</translation>
        </message>
        <message>
            <source>saying untrue, unkind things about real people</source>
            <translation>saying untrue, unkind things about real people</translation>
        </message>
        <message>
            <source>Specialized advice</source>
            <translation>Specialized advice</translation>
        </message>
        <message>
            <source>medical, legal or financial advice that needs a professional</source>
            <translation>medical, legal or financial advice that needs a professional</translation>
        </message>
        <message>
            <source>a question a doctor, lawyer or trusted grown-up should answer</source>
            <translation>a question a doctor, lawyer or trusted grown-up should answer</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacy</translation>
        </message>
        <message>
            <source>sensitive private information about other people</source>
            <translation>sensitive private information about other people</translation>
        </message>
        <message>
            <source>other people's private information</source>
            <translation>other people's private information</translation>
        </message>
        <message>
            <source>Intellectual property</source>
            <translation>Intellectual property</translation>
        </message>
        <message>
            <source>copying protected works or bypassing licences</source>
            <translation>copying protected works or bypassing licences</translation>
        </message>
        <message>
            <source>copying other people's work without permission</source>
            <translation>copying other people's work without permission</translation>
        </message>
        <message>
            <source>Indiscriminate weapons</source>
            <translation>Indiscriminate weapons</translation>
        </message>
        <message>
            <source>chemical, biological, radiological, nuclear weapons or explosives</source>
            <translation>chemical, biological, radiological, nuclear weapons or explosives</translation>
        </message>
        <message>
            <source>dangerous weapons that could hurt many people</source>
            <translation>dangerous weapons that could hurt many people</translation>
        </message>
        <message>
            <source>Hate</source>
            <translation>Hate</translation>
        </message>
        <message>
            <source>content that demeans people for who they are</source>
            <translation>content that demeans people for who they are</translation>
        </message>
        <message>
            <source>being mean to people because of who they are</source>
            <translation>being mean to people because of who they are</translation>
        </message>
        <message>
            <source>Suicide and self-harm</source>
            <translation>Suicide and self-harm</translation>
        </message>
        <message>
            <source>suicide, self-harm or disordered eating</source>
            <translation>suicide, self-harm or disordered eating</translation>
        </message>
        <message>
            <source>hurting yourself</source>
            <translation>hurting yourself</translation>
        </message>
        <message>
            <source>Sexual content</source>
            <translation>Sexual content</translation>
        </message>
        <message>
            <source>explicit sexual content</source>
            <translation>explicit sexual content</translation>
        </message>
        <message>
            <source>grown-up content</source>
            <translation>grown-up content</translation>
        </message>
        <message>
            <source>Elections</source>
            <translation>Elections</translation>
        </message>
        <message>
            <source>false information about voting and elections</source>
            <translation>false information about voting and elections</translation>
        </message>
        <message>
            <source>wrong information about voting</source>
            <translation>wrong information about voting</translation>
        </message>
        <message>
            <source>Code interpreter abuse</source>
            <translation>Code interpreter abuse</translation>
        </message>
        <message>
            <source>attempts to abuse code execution or the host system</source>
            <translation>attempts to abuse code execution or the host system</translation>
        </message>
        <message>
            <source>trying to misuse the computer</source>
            <translation>trying to misuse the computer</translation>
        </message>
        <message>
            <source>Jailbreak or prompt injection</source>
            <translation>Jailbreak or prompt injection</translation>
        </message>
        <message>
            <source>an attempt to make the assistant ignore its rules</source>
            <translation>an attempt to make the assistant ignore its rules</translation>
        </message>
        <message>
            <source>trying to trick the assistant into breaking its rules</source>
            <translation>trying to trick the assistant into breaking its rules</translation>
        </message>
        <message>
            <source>Personal information</source>
            <translation>Personal information</translation>
        </message>
        <message>
            <source>personal details such as an address, phone number, school or card</source>
            <translation>personal details such as an address, phone number, school or card</translation>
        </message>
        <message>
            <source>private things about you, like where you live or your phone number</source>
            <translation>private things about you, like where you live or your phone number</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>Chat template of %1</source>
            <translation>Chat template of %1</translation>
        </message>
        <message>
            <source>Chat template</source>
            <translation>Chat template</translation>
        </message>
        <message>
            <source>What the check found</source>
            <translation>What the check found</translation>
        </message>
        <message>
            <source>Sample conversation as the model sees it</source>
            <translation>Sample conversation as the model sees it</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the chat template</source>
            <translation>Close the chat template</translation>
        </message>
        <message>
            <source>Sample conversation as the model sees it:</source>
            <translation>Sample conversation as the model sees it:</translation>
        </message>
        <message>
            <source>Checking the template…</source>
            <translation>Checking the template…</translation>
        </message>
        <message>
            <source>(not rendered)</source>
            <translation>(not rendered)</translation>
        </message>
    </context>
    <context>
        <name>TimeRules</name>
        <message>
            <source>A guardian can unlock Hearth and grant extra time.</source>
            <translation>A guardian can unlock Hearth and grant extra time.</translation>
        </message>
        <message>
            <source>It opens again %1.</source>
            <translation>It opens again %1.</translation>
        </message>
        <message>
            <source>Today's time with Hearth is used up.</source>
            <translation>Today's time with Hearth is used up.</translation>
        </message>
        <message>
            <source>Hearth is not open at any time this week.</source>
            <translation>Hearth is not open at any time this week.</translation>
        </message>
        <message>
            <source>Hearth is resting now.</source>
            <translation>Hearth is resting now.</translation>
        </message>
        <message>
            <source>on %1 at %2</source>
            <translation>on %1 at %2</translation>
        </message>
    </context>
    <context>
        <name>TimeRulesEditor</name>
        <message>
            <source>No daily limit</source>
            <translation>No daily limit</translation>
        </message>
        <message>
            <source> min a day</source>
            <translation> min a day</translation>
        </message>
        <message>
            <source>Daily time limit in minutes</source>
            <translation>Daily time limit in minutes</translation>
        </message>
        <message>
            <source>Some days allow more than one stretch of time. They are shown simplified; changing anything here replaces them.</source>
            <translation>Some days allow more than one stretch of time. They are shown simplified; changing anything here replaces them.</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Daily limit</source>
            <translation>Daily limit</translation>
        </message>
        <message>
            <source>A time “to” before “from” runs past midnight; 00:00 to 00:00 is the whole day.</source>
            <translation>A time “to” before “from” runs past midnight; 00:00 to 00:00 is the whole day.</translation>
        </message>
    </context>
    <context>
        <name>TrustKeyDialog</name>
        <message>
            <source>Trust a public key</source>
            <translation>Trust a public key</translation>
        </message>
        <message>
            <source>Paste the public key of the device that signed the text: a PEM block, 64 hex digits or base64 (Hearth's “Export public key…” writes one). Before you trust it, compare its fingerprint with the one that device shows.</source>
            <translation>Paste the public key of the device that signed the text: a PEM block, 64 hex digits or base64 (Hearth's “Export public key…” writes one). Before you trust it, compare its fingerprint with the one that device shows.</translation>
        </message>
        <message>
            <source>Public key</source>
            <translation>Public key</translation>
        </message>
        <message>
            <source>Load key file…</source>
            <translation>Load key file…</translation>
        </message>
        <message>
            <source>Load a public key file</source>
            <translation>Load a public key file</translation>
        </message>
        <message>
            <source>Fingerprint of the key</source>
            <translation>Fingerprint of the key</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Do not trust a key</source>
            <translation>Do not trust a key</translation>
        </message>
        <message>
            <source>Trust this key</source>
            <translation>Trust this key</translation>
        </message>
        <message>
            <source>Trust this key for these checks</source>
            <translation>Trust this key for these checks</translation>
        </message>
        <message>
            <source>The key's fingerprint appears here.</source>
            <translation>The key's fingerprint appears here.</translation>
        </message>
        <message>
            <source>This is not a public key: %1.</source>
            <translation>This is not a public key: %1.</translation>
        </message>
        <message>
            <source>This is this device's own key; it is always trusted.</source>
            <translation>This is this device's own key; it is always trusted.</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>Fingerprint:</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>%1 could not be read: %2</translation>
        </message>
        <message>
            <source>Load a public key</source>
            <translation>Load a public key</translation>
        </message>
        <message>
            <source>Public keys (*.pem *.pub *.txt);;All files (*)</source>
            <translation>Public keys (*.pem *.pub *.txt);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>TryItPanel</name>
        <message>
            <source>This text could not be checked; details are in the log.</source>
            <translation>This text could not be checked; details are in the log.</translation>
        </message>
        <message>
            <source>Type a message to see what this profile would do with it…</source>
            <translation>Type a message to see what this profile would do with it…</translation>
        </message>
        <message>
            <source>Try a message</source>
            <translation>Try a message</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Type a message above to try this profile.</source>
            <translation>Type a message above to try this profile.</translation>
        </message>
        <message>
            <source>nothing flagged</source>
            <translation>nothing flagged</translation>
        </message>
        <message>
            <source>score %1</source>
            <translation>score %1</translation>
        </message>
        <message>
            <source>(threshold %1)</source>
            <translation>(threshold %1)</translation>
        </message>
        <message>
            <source>detector %1</source>
            <translation>detector %1</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Could not check this text</source>
            <translation>Could not check this text</translation>
        </message>
    </context>
    <context>
        <name>TurnWorker</name>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>The answer could not be completed; details are in the log.</source>
            <translation>The answer could not be completed; details are in the log.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Try again in {0} s</source>
            <translation>Try again in {0} s</translation>
        </message>
        <message>
            <source>Try again in {0} min</source>
            <translation>Try again in {0} min</translation>
        </message>
        <message>
            <source>Guardian settings</source>
            <translation>Guardian settings</translation>
        </message>
        <message>
            <source>There were too many wrong attempts in a row, so Hearth waits a little before the next one.</source>
            <translation>There were too many wrong attempts in a row, so Hearth waits a little before the next one.</translation>
        </message>
        <message>
            <source>Guardian's passphrase</source>
            <translation>Guardian's passphrase</translation>
        </message>
        <message>
            <source>Forgot the passphrase?</source>
            <translation>Forgot the passphrase?</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Use the recovery code</source>
            <translation>Forgot the passphrase? Use the recovery code</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Unlock the guardian settings</source>
            <translation>Unlock the guardian settings</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close without unlocking</source>
            <translation>Close without unlocking</translation>
        </message>
        <message>
            <source>Enter the guardian's passphrase to change what Hearth allows.</source>
            <translation>Enter the guardian's passphrase to change what Hearth allows.</translation>
        </message>
        <message>
            <source>Enter the recovery code you wrote down when the guardian was set up, and choose a new passphrase. The old passphrase and the old code stop working.</source>
            <translation>Enter the recovery code you wrote down when the guardian was set up, and choose a new passphrase. The old passphrase and the old code stop working.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>Back to the passphrase</source>
            <translation>Back to the passphrase</translation>
        </message>
        <message>
            <source>Back to unlocking with the passphrase</source>
            <translation>Back to unlocking with the passphrase</translation>
        </message>
        <message>
            <source>Set the new passphrase</source>
            <translation>Set the new passphrase</translation>
        </message>
        <message>
            <source>Unlock with the recovery code and set the new passphrase</source>
            <translation>Unlock with the recovery code and set the new passphrase</translation>
        </message>
        <message>
            <source>Use the recovery code</source>
            <translation>Use the recovery code</translation>
        </message>
        <message>
            <source>The new passphrase is set. The old recovery code no longer works; this is the new one:</source>
            <translation>The new passphrase is set. The old recovery code no longer works; this is the new one:</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Done: open the guardian settings</source>
            <translation>Done: open the guardian settings</translation>
        </message>
        <message>
            <source>Write down the new recovery code</source>
            <translation>Write down the new recovery code</translation>
        </message>
        <message>
            <source>Type the guardian's passphrase.</source>
            <translation>Type the guardian's passphrase.</translation>
        </message>
        <message>
            <source>Checking the passphrase…</source>
            <translation>Checking the passphrase…</translation>
        </message>
        <message>
            <source>Type the recovery code.</source>
            <translation>Type the recovery code.</translation>
        </message>
        <message>
            <source>Checking the recovery code…</source>
            <translation>Checking the recovery code…</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check that Caps Lock is off and try again.</source>
            <translation>That passphrase is not right. Check that Caps Lock is off and try again.</translation>
        </message>
        <message>
            <source>That recovery code is not right. Check it letter by letter and try again.</source>
            <translation>That recovery code is not right. Check it letter by letter and try again.</translation>
        </message>
        <message>
            <source>No guardian is set up on this computer any more.</source>
            <translation>No guardian is set up on this computer any more.</translation>
        </message>
        <message>
            <source>After several wrong attempts Hearth waits a little longer each time.</source>
            <translation>After several wrong attempts Hearth waits a little longer each time.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>You can try again now.</translation>
        </message>
        <message>
            <source>Write the new recovery code down and tick the box first: it is shown only this once.</source>
            <translation>Write the new recovery code down and tick the box first: it is shown only this once.</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>it is larger than 4 MB</source>
            <translation>it is larger than 4 MB</translation>
        </message>
        <message>
            <source>Verify a text</source>
            <translation>Verify a text</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Check the text</source>
            <translation>Check the text</translation>
        </message>
        <message>
            <source>Check the text (Ctrl+Enter)</source>
            <translation>Check the text (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the Verify dialog</source>
            <translation>Close the Verify dialog</translation>
        </message>
        <message>
            <source>Check whether a text came from this device, with which model and safety profile, and whether it was changed since. Paste the text; add its provenance record if you have one.</source>
            <translation>Check whether a text came from this device, with which model and safety profile, and whether it was changed since. Paste the text; add its provenance record if you have one.</translation>
        </message>
        <message>
            <source>This device's public key</source>
            <translation>This device's public key</translation>
        </message>
        <message>
            <source>This device's public key fingerprint</source>
            <translation>This device's public key fingerprint</translation>
        </message>
        <message>
            <source>SHA-256 of this device's Ed25519 public key. Someone checking texts from this device compares it with the key they trust.</source>
            <translation>SHA-256 of this device's Ed25519 public key. Someone checking texts from this device compares it with the key they trust.</translation>
        </message>
        <message>
            <source>Export public key…</source>
            <translation>Export public key…</translation>
        </message>
        <message>
            <source>Export this device's public key</source>
            <translation>Export this device's public key</translation>
        </message>
        <message>
            <source>Save the public key as a PEM file, so others can check texts signed on this device</source>
            <translation>Save the public key as a PEM file, so others can check texts signed on this device</translation>
        </message>
        <message>
            <source>Text to check</source>
            <translation>Text to check</translation>
        </message>
        <message>
            <source>Paste the text here, exactly as you received it</source>
            <translation>Paste the text here, exactly as you received it</translation>
        </message>
        <message>
            <source>&amp;Text to check</source>
            <translation>&amp;Text to check</translation>
        </message>
        <message>
            <source>Open a text file…</source>
            <translation>Open a text file…</translation>
        </message>
        <message>
            <source>Open a text file to check</source>
            <translation>Open a text file to check</translation>
        </message>
        <message>
            <source>Its provenance record (.intoto.json beside it) is loaded too</source>
            <translation>Its provenance record (.intoto.json beside it) is loaded too</translation>
        </message>
        <message>
            <source>Provenance record</source>
            <translation>Provenance record</translation>
        </message>
        <message>
            <source>Optional: the record (.intoto.json) that came with the text. Without one, this device looks up its own record of the text.</source>
            <translation>Optional: the record (.intoto.json) that came with the text. Without one, this device looks up its own record of the text.</translation>
        </message>
        <message>
            <source>&amp;Provenance record (optional)</source>
            <translation>&amp;Provenance record (optional)</translation>
        </message>
        <message>
            <source>Load record file…</source>
            <translation>Load record file…</translation>
        </message>
        <message>
            <source>Load a provenance record file</source>
            <translation>Load a provenance record file</translation>
        </message>
        <message>
            <source>A .intoto.json record, or the .intoto.jsonl bundle of an exported conversation</source>
            <translation>A .intoto.json record, or the .intoto.jsonl bundle of an exported conversation</translation>
        </message>
        <message>
            <source>Trust a public key…</source>
            <translation>Trust a public key…</translation>
        </message>
        <message>
            <source>Trust another device's public key</source>
            <translation>Trust another device's public key</translation>
        </message>
        <message>
            <source>Check texts signed on another Hearth device with its public key</source>
            <translation>Check texts signed on another Hearth device with its public key</translation>
        </message>
        <message>
            <source>Keys trusted for these checks</source>
            <translation>Keys trusted for these checks</translation>
        </message>
        <message>
            <source>Forget them</source>
            <translation>Forget them</translation>
        </message>
        <message>
            <source>Forget the trusted keys</source>
            <translation>Forget the trusted keys</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>A trusted key did not sign this record, so what it says below is only a claim.</source>
            <translation>A trusted key did not sign this record, so what it says below is only a claim.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>The text or the record changed: press Check to check it again.</source>
            <translation>The text or the record changed: press Check to check it again.</translation>
        </message>
        <message>
            <source>The text came with its provenance record; it is filled in below.</source>
            <translation>The text came with its provenance record; it is filled in below.</translation>
        </message>
        <message>
            <source>Paste the text to check first.</source>
            <translation>Paste the text to check first.</translation>
        </message>
        <message>
            <source>Checking the signature, this device's records and the watermark…</source>
            <translation>Checking the signature, this device's records and the watermark…</translation>
        </message>
        <message>
            <source>No result yet</source>
            <translation>No result yet</translation>
        </message>
        <message>
            <source>Press Check to see whether the signature holds, whether this device wrote the text, and what its watermark test says.</source>
            <translation>Press Check to see whether the signature holds, whether this device wrote the text, and what its watermark test says.</translation>
        </message>
        <message>
            <source>Trusting the key %1 for these checks.</source>
            <translation>Trusting the key %1 for these checks.</translation>
        </message>
        <message>
            <source>Also trusting (until this window closes):</source>
            <translation>Also trusting (until this window closes):</translation>
        </message>
        <message>
            <source>The public key could not be saved to %1: %2.</source>
            <translation>The public key could not be saved to %1: %2.</translation>
        </message>
        <message>
            <source>Saved this device's public key to %1.</source>
            <translation>Saved this device's public key to %1.</translation>
        </message>
        <message>
            <source>Loaded the record %1.</source>
            <translation>Loaded the record %1.</translation>
        </message>
        <message>
            <source>Opened %1 and its provenance record %2.</source>
            <translation>Opened %1 and its provenance record %2.</translation>
        </message>
        <message>
            <source>Opened %1. It has no provenance record beside it, so this device looks up its own.</source>
            <translation>Opened %1. It has no provenance record beside it, so this device looks up its own.</translation>
        </message>
        <message>
            <source>it is not UTF-8 text</source>
            <translation>it is not UTF-8 text</translation>
        </message>
        <message>
            <source>%1 could not be read: %2.</source>
            <translation>%1 could not be read: %2.</translation>
        </message>
        <message>
            <source>Load a provenance record</source>
            <translation>Load a provenance record</translation>
        </message>
        <message>
            <source>Provenance records (*.intoto.json *.intoto.jsonl *.json *.jsonl);;All files (*)</source>
            <translation>Provenance records (*.intoto.json *.intoto.jsonl *.json *.jsonl);;All files (*)</translation>
        </message>
        <message>
            <source>Open a text to check</source>
            <translation>Open a text to check</translation>
        </message>
        <message>
            <source>Text files (*.txt *.md);;All files (*)</source>
            <translation>Text files (*.txt *.md);;All files (*)</translation>
        </message>
        <message>
            <source>Public keys (*.pem)</source>
            <translation>Public keys (*.pem)</translation>
        </message>
    </context>
    <context>
        <name>WarnFromDelegate</name>
        <message>
            <source>Scores from this value up to the threshold get a warning instead of passing. At the far left (—) there is no warning band. It cannot go above the threshold.</source>
            <translation>Scores from this value up to the threshold get a warning instead of passing. At the far left (—) there is no warning band. It cannot go above the threshold.</translation>
        </message>
    </context>
    <context>
        <name>WarningDialog</name>
        <message>
            <source>Check before sending</source>
            <translation>Check before sending</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Send the message anyway</source>
            <translation>Send the message anyway</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Do not send; put the message back in the input box</source>
            <translation>Do not send; put the message back in the input box</translation>
        </message>
    </context>
    <context>
        <name>editor</name>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>{0}: allowed {1}</source>
            <translation>{0}: allowed {1}</translation>
        </message>
        <message>
            <source>Allow Hearth on {0}</source>
            <translation>Allow Hearth on {0}</translation>
        </message>
    </context>
</TS>
