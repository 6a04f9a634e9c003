<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AnswerAnnouncer</name>
    <message>
        <source>Answer stopped.</source>
        <translation>Respuesta detenida.</translation>
    </message>
    <message>
        <source>The answer was interrupted.</source>
        <translation>La respuesta se interrumpió.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>La respuesta falló.</translation>
    </message>
    <message>
        <source>Answer finished.</source>
        <translation>Respuesta terminada.</translation>
    </message>
</context>
<context>
    <name>ApiActions</name>
    <message>
        <source>Local API…</source>
        <translation>API local…</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth through an OpenAI-compatible API</source>
        <translation>Permite que otras aplicaciones de este equipo usen Hearth mediante una API compatible con OpenAI</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>API local</translation>
    </message>
    <message>
        <source>Local API: on</source>
        <translation>API local: activada</translation>
    </message>
</context>
<context>
    <name>ApiPanel</name>
    <message>
        <source>Local API</source>
        <translation>API local</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth</source>
        <translation>Permitir que otras aplicaciones de este equipo usen Hearth</translation>
    </message>
    <message>
        <source>Serve an OpenAI-compatible API on this computer only</source>
        <translation>Ofrecer una API compatible con OpenAI solo en este equipo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Apps send it as &quot;Authorization: Bearer KEY&quot;</source>
        <translation>Las aplicaciones la envían como &quot;Authorization: Bearer KEY&quot;</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copiar clave</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Copiar la clave de API</translation>
    </message>
    <message>
        <source>What the local API is doing</source>
        <translation>Qué está haciendo la API local</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Apps use it like OpenAI&apos;s API. Every request is screened, signed and audited like the window&apos;s, under the same safety profile and the guardian&apos;s rules.</source>
        <translation>Las aplicaciones la usan como la API de OpenAI. Cada solicitud se filtra, se firma y se audita igual que las de la ventana, con el mismo perfil de seguridad y las reglas del tutor.</translation>
    </message>
    <message>
        <source>The API key is on the clipboard.</source>
        <translation>La clave de API está en el portapapeles.</translation>
    </message>
    <message>
        <source>Stopped: other apps cannot use Hearth.</source>
        <translation>Detenida: otras aplicaciones no pueden usar Hearth.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Listening on %1 (this computer only).</source>
        <translation>Escuchando en %1 (solo este equipo).</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>AppearanceDialog</name>
    <message>
        <source>Appearance and language</source>
        <translation>Apariencia e idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Hearth&apos;s window. Hearth uses a new language the next time it starts.</source>
        <translation>El idioma de la ventana de Hearth. Hearth usa un idioma nuevo la próxima vez que se inicia.</translation>
    </message>
    <message>
        <source>Hearth will use this language the next time it starts.</source>
        <translation>Hearth usará este idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>White and yellow text on black, with strong outlines. It shows at once.</source>
        <translation>Texto blanco y amarillo sobre negro, con contornos marcados. Se aplica al instante.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>The size of all text, the conversation included, from 80 to 200 percent. It shows at once.</source>
        <translation>El tamaño de todo el texto, incluida la conversación, del 80 al 200 por ciento. Se aplica al instante.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>These settings apply to every conversation. Anywhere in the window, Ctrl with + or − changes the text size and Ctrl+0 puts it back to 100 %.</source>
        <translation>Estos ajustes se aplican a todas las conversaciones. En cualquier parte de la ventana, Ctrl con + o − cambia el tamaño del texto y Ctrl+0 lo devuelve al 100 %.</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>Conservar estos ajustes</translation>
    </message>
    <message>
        <source>Put back the settings as they were</source>
        <translation>Devolver los ajustes a como estaban</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>(the text cannot be decrypted)</source>
        <translation>(el texto no se puede descifrar)</translation>
    </message>
    <message>
        <source>(the text was deleted)</source>
        <translation>(el texto se eliminó)</translation>
    </message>
    <message>
        <source>text: {0}</source>
        <translation>texto: {0}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Hearth started</source>
        <translation>Hearth se inició</translation>
    </message>
    <message>
        <source>Hearth stopped</source>
        <translation>Hearth se cerró</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>Modelo cargado</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Perfil cambiado</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Ajustes cambiados</translation>
    </message>
    <message>
        <source>Guardian unlock attempt</source>
        <translation>Intento de desbloqueo (tutor)</translation>
    </message>
    <message>
        <source>Screening verdict</source>
        <translation>Resultado del filtro</translation>
    </message>
    <message>
        <source>Warning overridden</source>
        <translation>Aviso ignorado</translation>
    </message>
    <message>
        <source>Engine crashed</source>
        <translation>Fallo del motor</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Old records deleted</source>
        <translation>Registros antiguos eliminados</translation>
    </message>
    <message>
        <source>Tampering detected</source>
        <translation>Manipulación detectada</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>Clave de firma creada</translation>
    </message>
    <message>
        <source>Answer completed</source>
        <translation>Respuesta completada</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Model added</source>
        <translation>Modelo añadido</translation>
    </message>
    <message>
        <source>Model removed</source>
        <translation>Modelo quitado</translation>
    </message>
    <message>
        <source>Model downloaded</source>
        <translation>Modelo descargado</translation>
    </message>
    <message>
        <source>Model licence accepted</source>
        <translation>Licencia del modelo aceptada</translation>
    </message>
    <message>
        <source>Model report card</source>
        <translation>Evaluación del modelo</translation>
    </message>
    <message>
        <source>API started</source>
        <translation>API iniciada</translation>
    </message>
    <message>
        <source>API stopped</source>
        <translation>API detenida</translation>
    </message>
    <message>
        <source>Policy installed</source>
        <translation>Política instalada</translation>
    </message>
    <message>
        <source>Review archive exported</source>
        <translation>Archivo de revisión exportado</translation>
    </message>
    <message>
        <source>Inference server changed</source>
        <translation>Servidor de inferencia cambiado</translation>
    </message>
    <message>
        <source>Damaged entry</source>
        <translation>Entrada dañada</translation>
    </message>
    <message>
        <source>Hearth audit report</source>
        <translation>Informe de auditoría de Hearth</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>Made {time} on the log {origin}.</source>
        <translation>Generado el {time} a partir del registro {origin}.</translation>
    </message>
    <message>
        <source>Can this log be trusted?</source>
        <translation>¿Se puede confiar en este registro?</translation>
    </message>
    <message>
        <source>Verified: all {entries} entries match the signed checkpoints; nothing was changed, removed or reordered.</source>
        <translation>Verificado: las {entries} entradas coinciden con los puntos de control firmados; no se cambió, eliminó ni reordenó nada.</translation>
    </message>
    <message>
        <source>Verification FAILED. The log was changed outside Hearth. First problem: {problem}</source>
        <translation>La verificación FALLÓ. El registro se modificó fuera de Hearth. Primer problema: {problem}</translation>
    </message>
    <message>
        <source>Newest signed checkpoint: {size} entries, root {root}…, signed {time}.</source>
        <translation>Último punto de control firmado: {size} entradas, raíz {root}…, firmado el {time}.</translation>
    </message>
    <message>
        <source>There is no signed checkpoint yet.</source>
        <translation>Todavía no hay ningún punto de control firmado.</translation>
    </message>
    <message>
        <source>Blocked per day, by category</source>
        <translation>Bloqueos por día, por categoría</translation>
    </message>
    <message>
        <source>Warnings per day, by category</source>
        <translation>Avisos por día, por categoría</translation>
    </message>
    <message>
        <source>Minutes of use per day</source>
        <translation>Minutos de uso por día</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Nada en este periodo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Per category over the period</source>
        <translation>Por categoría en el periodo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Entries by kind</source>
        <translation>Entradas por tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Hearth was open for {minutes} minutes over {days} days.</source>
        <translation>Hearth estuvo abierto {minutes} minutos en {days} días.</translation>
    </message>
    <message>
        <source>Summary for sharing (differential privacy, ε = {epsilon})</source>
        <translation>Resumen para compartir (privacidad diferencial, ε = {epsilon})</translation>
    </message>
    <message>
        <source>Each count below has random Laplace noise with scale 1/ε = {scale} added, so one event more or less changes what is shared very little. About two thirds of the counts are within {spread} of the truth. ε = {epsilon} protects single events; a person with many events is protected less. Counts that came out below zero are shown as zero.</source>
        <translation>A cada recuento de abajo se le añade ruido aleatorio de Laplace con escala 1/ε = {scale}, así que un evento más o menos apenas cambia lo que se comparte. Aproximadamente dos tercios de los recuentos están a menos de {spread} del valor real. ε = {epsilon} protege los eventos individuales; una persona con muchos eventos queda menos protegida. Los recuentos que salieron por debajo de cero se muestran como cero.</translation>
    </message>
    <message>
        <source>Noisy count</source>
        <translation>Recuento con ruido</translation>
    </message>
    <message>
        <source>This report holds counts only: no prompt or answer text.</source>
        <translation>Este informe solo contiene recuentos: ningún texto de mensajes ni de respuestas.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Volver a verificar</translation>
    </message>
    <message>
        <source>Verify the audit log again</source>
        <translation>Volver a verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <source>Audit log views</source>
        <translation>Vistas del registro de auditoría</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Share a summary</source>
        <translation>Compartir resumen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Export the audit report</source>
        <translation>Exportar el informe de auditoría</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>Cerrar el registro de auditoría</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Privacy level epsilon</source>
        <translation>Nivel de privacidad épsilon</translation>
    </message>
    <message>
        <source>Before counts leave your home, random noise is added to each one. ε (epsilon) sets how much: a smaller ε adds more noise, so the counts say less about any single event (more privacy, less accuracy); a larger ε adds less noise. Every change of ε draws new noise.</source>
        <translation>Antes de que los recuentos salgan de tu casa, se añade ruido aleatorio a cada uno. ε (épsilon) define cuánto: un ε menor añade más ruido, así que los recuentos dicen menos sobre cada evento (más privacidad, menos precisión); un ε mayor añade menos ruido. Cada cambio de ε genera ruido nuevo.</translation>
    </message>
    <message>
        <source>Noisy counts per category</source>
        <translation>Recuentos con ruido por categoría</translation>
    </message>
    <message>
        <source>Select all counts</source>
        <translation>Seleccionar todos los recuentos</translation>
    </message>
    <message>
        <source>ε (epsilon)</source>
        <translation>ε (épsilon)</translation>
    </message>
    <message>
        <source>Reading and verifying the audit log…</source>
        <translation>Leyendo y verificando el registro de auditoría…</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s).)</source>
        <translation>
            <numerusform>(%n problema más.)</numerusform>
            <numerusform>(%n problemas más.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wait until the audit log has been read.</source>
        <translation>Espera a que se termine de leer el registro de auditoría.</translation>
    </message>
    <message>
        <source>The report could not be saved to {0}: {1}</source>
        <translation>No se pudo guardar el informe en {0}: {1}</translation>
    </message>
    <message>
        <source>The report was saved to {0}.</source>
        <translation>El informe se guardó en {0}.</translation>
    </message>
</context>
<context>
    <name>BackendPanel</name>
    <message>
        <source>This computer (llama.cpp and the models installed here)</source>
        <translation>Este equipo (llama.cpp y los modelos instalados aquí)</translation>
    </message>
    <message>
        <source>An inference server on your network (llama-server, vLLM, Ollama)</source>
        <translation>Un servidor de inferencia de tu red (llama-server, vLLM, Ollama)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>The inference server&apos;s address, e.g. http://lab-server:8080</source>
        <translation>La dirección del servidor de inferencia, p. ej., http://lab-server:8080</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modelo del servidor</translation>
    </message>
    <message>
        <source>The server&apos;s model id; List models asks the server</source>
        <translation>El id. del modelo en el servidor; «Ver modelos» se lo pregunta al servidor</translation>
    </message>
    <message>
        <source>Server API key</source>
        <translation>Clave de API del servidor</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key (if any)</source>
        <translation>Déjalo vacío para conservar la clave guardada (si la hay)</translation>
    </message>
    <message>
        <source>List models</source>
        <translation>Ver modelos</translation>
    </message>
    <message>
        <source>Ask the server which models it offers</source>
        <translation>Preguntar al servidor qué modelos ofrece</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Take answers from the choice above</source>
        <translation>Obtener las respuestas de la opción elegida arriba</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Where answers come from</source>
        <translation>De dónde vienen las respuestas</translation>
    </message>
    <message>
        <source>With a server, your prompts are still screened on this computer before they are sent, answers are screened here as they arrive, and every answer is signed and audited here. Its statement names the server and the model; the weights cannot be hashed here, and a server cannot apply the answer watermark.</source>
        <translation>Con un servidor, tus mensajes se siguen filtrando en este equipo antes de enviarse, las respuestas se filtran aquí a medida que llegan, y cada respuesta se firma y se audita aquí. Su declaración indica el servidor y el modelo; los pesos no se pueden calcular con hash aquí, y un servidor no puede aplicar la marca de agua a las respuestas.</translation>
    </message>
    <message>
        <source>Approved by the model allowlist.</source>
        <translation>Aprobado en la lista de modelos aprobados.</translation>
    </message>
    <message>
        <source>Not on the model allowlist: answers are refused until a guardian approves it (allowlist entry %1).</source>
        <translation>No está en la lista de modelos aprobados: no habrá respuestas hasta que un tutor lo apruebe (entrada de la lista %1).</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Preguntando a %1 por sus modelos…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>El servidor ofrece %n modelo.</numerusform>
            <numerusform>El servidor ofrece %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Answers now come from this computer&apos;s models.</source>
        <translation>Ahora las respuestas vienen de los modelos de este equipo.</translation>
    </message>
    <message>
        <source>Answers now come from %1 on %2.</source>
        <translation>Ahora las respuestas vienen de %1 en %2.</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Models to download</source>
        <translation>Modelos para descargar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Memoria necesaria</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Descargar el modelo seleccionado</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation>Pausar la descarga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the download and delete the part</source>
        <translation>Cancelar la descarga y eliminar la parte descargada</translation>
    </message>
    <message>
        <source>This computer has %1 of memory.</source>
        <translation>Este equipo tiene %1 de memoria.</translation>
    </message>
    <message>
        <source>Reading the model catalog…</source>
        <translation>Leyendo el catálogo de modelos…</translation>
    </message>
    <message>
        <source> (a saved copy: the address could not be reached)</source>
        <translation> (una copia guardada: no se pudo acceder a la dirección)</translation>
    </message>
    <message>
        <source>From %1%2</source>
        <translation>De %1%2</translation>
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
        <translation>guardián</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>More than this computer has</source>
        <translation>Más de la que tiene este equipo</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>En pausa al %1 %</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume the download</source>
        <translation>Reanudar la descarga</translation>
    </message>
    <message>
        <source>Download a file Hearth cannot check?</source>
        <translation>¿Descargar un archivo que Hearth no puede comprobar?</translation>
    </message>
    <message>
        <source>The catalog has no checksum for %1, so Hearth cannot check that what arrives is complete and is the file its makers published: a damaged or altered file would look the same. Download it only if you trust where it comes from.</source>
        <translation>El catálogo no tiene suma de comprobación para %1, así que Hearth no puede comprobar que lo que llegue esté completo y sea el archivo que publicaron sus creadores: un archivo dañado o alterado se vería igual. Descárgalo solo si confías en su origen.</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>Descargar igualmente</translation>
    </message>
    <message>
        <source>Don&apos;t download</source>
        <translation>No descargar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Pausando…</translation>
    </message>
    <message>
        <source>The partial download of %1 was deleted.</source>
        <translation>Se eliminó la descarga parcial de %1.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>and checked</source>
        <translation>y comprobado</translation>
    </message>
    <message>
        <source>(not checked: no checksum)</source>
        <translation>(sin comprobar: no hay suma de comprobación)</translation>
    </message>
    <message>
        <source>%1 was downloaded %2.</source>
        <translation>%1 se descargó %2.</translation>
    </message>
    <message>
        <source>The download of %1 is paused. Resume continues where it stopped, also after Hearth restarts.</source>
        <translation>La descarga de %1 está en pausa. «Reanudar» continúa donde se quedó, incluso después de reiniciar Hearth.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled and its part deleted.</source>
        <translation>La descarga de %1 se canceló y se eliminó la parte descargada.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the guardian&apos;s passphrase</source>
        <translation>Cambiar la frase de contraseña del tutor</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep the old passphrase</source>
        <translation>Conservar la anterior</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old recovery code no longer works; this is the new one:</source>
        <translation>La frase de contraseña se cambió. El código de recuperación anterior ya no funciona; este es el nuevo:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elige una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Write down the new recovery code</source>
        <translation>Anota el nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a moment.</source>
        <translation>Cambiando la frase de contraseña… tardará un momento.</translation>
    </message>
    <message>
        <source>Write the new recovery code down and tick the box first: it is shown only this once.</source>
        <translation>Primero anota el nuevo código de recuperación y marca la casilla: solo se muestra esta vez.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Your messages and the answers, the newest at the end. Answers are read out a few sentences at a time as they are written.</source>
        <translation>Tus mensajes y las respuestas, con la más reciente al final. Las respuestas se leen en voz alta unas pocas frases cada vez, a medida que se escriben.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Sent after a warning: this message may involve %1.</source>
        <translation>Enviado tras un aviso: este mensaje podría tratar de %1.</translation>
    </message>
    <message>
        <source>Hearth flagged this answer: it may include %1.</source>
        <translation>Hearth marcó esta respuesta: podría incluir %1.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>SmolLM2 135M Instruct</source>
        <translation>SmolLM2 135M Instruct</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>This answer failed.</source>
        <translation>Esta respuesta falló.</translation>
    </message>
    <message>
        <source>Still being written…</source>
        <translation>Todavía se está escribiendo…</translation>
    </message>
    <message>
        <source>The safety screen stopped this message.</source>
        <translation>El filtro de seguridad detuvo este mensaje.</translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation>(respuesta vacía)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>Nueva conversación</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>The passphrase has {count} characters; it needs at least {minimum}.</source>
        <translation>La frase de contraseña tiene {count} caracteres; necesita al menos {minimum}.</translation>
    </message>
    <message>
        <source>A 4-digit PIN has only 10,000 possibilities, which someone can try in an afternoon; a few unrelated words (“kettle orbit marmalade”) are easy to remember and far harder to guess.</source>
        <translation>Un PIN de 4 cifras solo tiene 10 000 posibilidades, y alguien podría probarlas todas en una tarde; unas cuantas palabras sin relación entre sí («tetera órbita mermelada») son fáciles de recordar y mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>The passphrase repeats the same few characters.</source>
        <translation>La frase de contraseña repite una y otra vez los mismos caracteres.</translation>
    </message>
    <message>
        <source>Use a few unrelated words instead.</source>
        <translation>Usa mejor unas cuantas palabras sin relación entre sí.</translation>
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
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Descartar el error</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The audit log could not be written</source>
        <translation>No se pudo escribir en el registro de auditoría</translation>
    </message>
    <message>
        <source>The review archive cannot be written</source>
        <translation>No se puede escribir el archivo de revisión</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The model file cannot be used</source>
        <translation>No se puede usar el archivo del modelo</translation>
    </message>
    <message>
        <source>Not enough memory for this model</source>
        <translation>No hay suficiente memoria para este modelo</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>No se pudo cargar el modelo</translation>
    </message>
    <message>
        <source>The message is too long</source>
        <translation>El mensaje es demasiado largo</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly</source>
        <translation>El motor se detuvo de forma inesperada</translation>
    </message>
    <message>
        <source>The guard model is not available</source>
        <translation>El modelo guardián no está disponible</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <source>This data is from a newer Hearth</source>
        <translation>Estos datos son de una versión más reciente de Hearth</translation>
    </message>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>No se puede abrir el historial de conversaciones</translation>
    </message>
    <message>
        <source>Invalid setting</source>
        <translation>Ajuste no válido</translation>
    </message>
    <message>
        <source>The safety screen is not available</source>
        <translation>El filtro de seguridad no está disponible</translation>
    </message>
    <message>
        <source>A secret could not be stored</source>
        <translation>No se pudo guardar un dato secreto</translation>
    </message>
    <message>
        <source>Not a server address</source>
        <translation>No es una dirección de servidor</translation>
    </message>
    <message>
        <source>The connection to the inference server at {url} was lost in the middle of the answer{why}.</source>
        <translation>Se perdió la conexión con el servidor de inferencia en {url} en mitad de la respuesta{why}.</translation>
    </message>
    <message>
        <source>The answer so far is kept and marked interrupted. Check the network or the server, then send again.</source>
        <translation>La respuesta obtenida hasta ese momento se conserva y se marca como interrumpida. Comprueba la red o el servidor y vuelve a enviar el mensaje.</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>no respondió a tiempo</translation>
    </message>
    <message>
        <source>nothing is listening there</source>
        <translation>no hay nada a la escucha en esa dirección</translation>
    </message>
    <message>
        <source>that name is not known on this network</source>
        <translation>ese nombre no se conoce en esta red</translation>
    </message>
    <message>
        <source>Hearth cannot reach the inference server at {url}: {why}.</source>
        <translation>Hearth no puede conectar con el servidor de inferencia en {url}: {why}.</translation>
    </message>
    <message>
        <source>Check that the server is running and that this computer is on its network.</source>
        <translation>Comprueba que el servidor esté en marcha y que este equipo esté en su red.</translation>
    </message>
    <message>
        <source>Choose a longer passphrase</source>
        <translation>Elige una frase de contraseña más larga</translation>
    </message>
    <message>
        <source>The policy bundle cannot be used</source>
        <translation>No se puede usar el paquete de políticas</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Gestionado por tu organización</translation>
    </message>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth está descansando</translation>
    </message>
    <message>
        <source>This model is not approved</source>
        <translation>Este modelo no está aprobado</translation>
    </message>
    <message>
        <source>This model is not suitable for this profile</source>
        <translation>Este modelo no es adecuado para este perfil</translation>
    </message>
    <message>
        <source>Not available in kiosk mode</source>
        <translation>No disponible en modo quiosco</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings were changed outside Hearth</source>
        <translation>Los ajustes del tutor se cambiaron fuera de Hearth</translation>
    </message>
    <message>
        <source>Hearth could not save the guardian&apos;s settings because the disk is full.</source>
        <translation>Hearth no pudo guardar los ajustes del tutor porque el disco está lleno.</translation>
    </message>
    <message>
        <source>Free some space and save again; the previous settings are still in force.</source>
        <translation>Libera algo de espacio y vuelve a guardar; los ajustes anteriores siguen vigentes.</translation>
    </message>
    <message>
        <source>Managed by guardian</source>
        <translation>Gestionado por el tutor</translation>
    </message>
    <message>
        <source>The machine-wide policy is not valid</source>
        <translation>La política de todo el equipo no es válida</translation>
    </message>
    <message>
        <source>The time rules are not valid</source>
        <translation>Las reglas de horario no son válidas</translation>
    </message>
    <message>
        <source>The model catalog is not valid</source>
        <translation>El catálogo de modelos no es válido</translation>
    </message>
    <message>
        <source>No such model in the catalog</source>
        <translation>Ese modelo no está en el catálogo</translation>
    </message>
    <message>
        <source>This download cannot be checked</source>
        <translation>No se puede comprobar esta descarga</translation>
    </message>
    <message>
        <source>The download failed</source>
        <translation>La descarga falló</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Accept the model&apos;s licence first</source>
        <translation>Primero acepta la licencia del modelo</translation>
    </message>
    <message>
        <source>The model report card failed</source>
        <translation>La evaluación del modelo falló</translation>
    </message>
    <message>
        <source>The model report card was cancelled</source>
        <translation>Se canceló la evaluación del modelo</translation>
    </message>
    <message>
        <source>The evaluation file cannot be used</source>
        <translation>No se puede usar el archivo de evaluación</translation>
    </message>
    <message>
        <source>The safety profile is not valid</source>
        <translation>El perfil de seguridad no es válido</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in Hearth’s log.</source>
        <translation>Algo salió mal; los detalles están en el registro de Hearth.</translation>
    </message>
    <message>
        <source>This message needs about {tokens} tokens, but only {budget} fit in the context window ({n_ctx} tokens, {reserve} kept for the answer).</source>
        <translation>Este mensaje necesita unos {tokens} tokens, pero solo caben {budget} en la ventana de contexto ({n_ctx} tokens, {reserve} reservados para la respuesta).</translation>
    </message>
    <message>
        <source>Shorten the message, lower the maximum answer length, or raise the context length in the conversation settings.</source>
        <translation>Acorta el mensaje, reduce la longitud máxima de respuesta o aumenta la longitud de contexto en los ajustes de la conversación.</translation>
    </message>
    <message>
        <source>Hearth could not save its preferences because the disk is full.</source>
        <translation>Hearth no pudo guardar sus preferencias porque el disco está lleno.</translation>
    </message>
    <message>
        <source>Free some space; your conversations are not affected.</source>
        <translation>Libera algo de espacio; tus conversaciones no se ven afectadas.</translation>
    </message>
    <message>
        <source>Hearth could not save because the disk is full.</source>
        <translation>Hearth no pudo guardar porque el disco está lleno.</translation>
    </message>
    <message>
        <source>Free some space and try again; everything saved before this point is safe.</source>
        <translation>Libera algo de espacio y vuelve a intentarlo; todo lo guardado hasta ahora está a salvo.</translation>
    </message>
    <message>
        <source>The engine stopped answering for {seconds} seconds and was restarted.</source>
        <translation>El motor dejó de responder durante {seconds} segundos y se reinició.</translation>
    </message>
    <message>
        <source>Your conversation is saved; send again to continue.</source>
        <translation>Tu conversación está guardada; vuelve a enviar el mensaje para continuar.</translation>
    </message>
    <message>
        <source>The engine process stopped unexpectedly (exit code {code}).</source>
        <translation>El proceso del motor se detuvo de forma inesperada (código de salida {code}).</translation>
    </message>
    <message>
        <source>The answer so far is saved and marked interrupted; send again to start a fresh engine.</source>
        <translation>La respuesta obtenida hasta ese momento se ha guardado y marcado como interrumpida; vuelve a enviar el mensaje para iniciar un motor nuevo.</translation>
    </message>
    <message>
        <source>The model file {path} does not exist.</source>
        <translation>El archivo del modelo {path} no existe.</translation>
    </message>
    <message>
        <source>Choose another model, or import the file again.</source>
        <translation>Elige otro modelo o vuelve a importar el archivo.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} es una carpeta, no un archivo de modelo.</translation>
    </message>
    <message>
        <source>Choose a .gguf file.</source>
        <translation>Elige un archivo .gguf.</translation>
    </message>
    <message>
        <source>The model file {path} cannot be read ({why}).</source>
        <translation>No se puede leer el archivo del modelo {path} ({why}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Comprueba los permisos del archivo.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file.</source>
        <translation>{name} no es un archivo de modelo GGUF.</translation>
    </message>
    <message>
        <source>Hearth runs quantized models in the GGUF format (files ending in .gguf).</source>
        <translation>Hearth ejecuta modelos cuantizados en formato GGUF (archivos que terminan en .gguf).</translation>
    </message>
    <message>
        <source>{name} uses GGUF version {version}, which this Hearth cannot read.</source>
        <translation>{name} usa la versión {version} de GGUF, que esta versión de Hearth no puede leer.</translation>
    </message>
    <message>
        <source>Convert the model with a current llama.cpp, or update Hearth.</source>
        <translation>Convierte el modelo con una versión actual de llama.cpp o actualiza Hearth.</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>{name} tiene el encabezado dañado.</translation>
    </message>
    <message>
        <source>The file is corrupt; download or import it again.</source>
        <translation>El archivo está dañado; vuelve a descargarlo o a importarlo.</translation>
    </message>
    <message>
        <source>{name} is too small to hold a model; it is probably truncated.</source>
        <translation>{name} es demasiado pequeño para contener un modelo; probablemente esté truncado.</translation>
    </message>
    <message>
        <source>Download or import it again.</source>
        <translation>Vuelve a descargarlo o a importarlo.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Search the details</source>
        <translation>Buscar en los detalles</translation>
    </message>
    <message>
        <source>Search the details of the entries</source>
        <translation>Buscar en los detalles de las entradas</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Show conversation text</source>
        <translation>Ver texto de conversación</translation>
    </message>
    <message>
        <source>Show the text of conversations kept in the audit log</source>
        <translation>Mostrar el texto de las conversaciones guardadas en el registro de auditoría</translation>
    </message>
    <message>
        <source>The log keeps the text of conversations, encrypted, because a guardian chose to. Only you can read it here.</source>
        <translation>El registro guarda el texto de las conversaciones, cifrado, porque un tutor así lo decidió. Solo tú puedes leerlo aquí.</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Entradas mostradas</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Entradas de auditoría, las más recientes primero</translation>
    </message>
    <message>
        <source>Select all entries</source>
        <translation>Seleccionar todas las entradas</translation>
    </message>
    <message>
        <source>{0} of {1} entries</source>
        <translation>{0} de {1} entradas</translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>Unlocked · locks again in %n min</source>
        <translation>Desbloqueado · se vuelve a bloquear en %n min</translation>
    </message>
    <message>
        <source>Editing safety profiles</source>
        <translation>Editar los perfiles de seguridad</translation>
    </message>
    <message>
        <source>Adding or removing models</source>
        <translation>Añadir o quitar modelos</translation>
    </message>
    <message>
        <source>Raising the answer and context limits</source>
        <translation>Aumentar los límites de respuesta y de contexto</translation>
    </message>
    <message>
        <source>The audit settings</source>
        <translation>Cambiar los ajustes de auditoría</translation>
    </message>
    <message>
        <source>The provenance settings</source>
        <translation>Cambiar los ajustes de procedencia</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>El modo quiosco</translation>
    </message>
    <message>
        <source>The guard model</source>
        <translation>El modelo guardián</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings</source>
        <translation>Cambiar los ajustes del tutor</translation>
    </message>
    <message>
        <source>Serving the API beyond this computer</source>
        <translation>Ofrecer la API fuera de este equipo</translation>
    </message>
    <message>
        <source>{what} is managed by your organisation&apos;s policy for this computer.</source>
        <translation>{what} lo decide la política de tu organización para este equipo.</translation>
    </message>
    <message>
        <source>Ask your school&apos;s or organisation&apos;s administrator.</source>
        <translation>Consulta al administrador de tu centro educativo u organización.</translation>
    </message>
    <message>
        <source>{model} is not on the list of models approved by your organisation.</source>
        <translation>{model} no está en la lista de modelos aprobados por tu organización.</translation>
    </message>
    <message>
        <source>{model} is not on the list of models approved by the guardian.</source>
        <translation>{model} no está en la lista de modelos aprobados por el tutor.</translation>
    </message>
    <message>
        <source>Choose an approved model, or ask for this one to be approved.</source>
        <translation>Elige un modelo aprobado o pide que aprueben este.</translation>
    </message>
    <message>
        <source>{model} looks like a model whose safety training was removed ({words} in its name or description), and the {profile} profile does not allow such models.</source>
        <translation>{model} parece un modelo al que se le quitó el entrenamiento de seguridad ({words} en su nombre o descripción), y el perfil {profile} no permite ese tipo de modelos.</translation>
    </message>
    <message>
        <source>A guardian can approve this exact file by its hash (Guardian… → approved models).</source>
        <translation>Un tutor puede aprobar exactamente este archivo por su hash (Tutor… → Modelos aprobados).</translation>
    </message>
    <message>
        <source>{what} is managed by the guardian.</source>
        <translation>{what} lo decide el tutor.</translation>
    </message>
    <message>
        <source>Ask the guardian to unlock Hearth with their passphrase.</source>
        <translation>Pide al tutor que desbloquee Hearth con su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>GuardianPanel</name>
    <message>
        <source>Guardian settings</source>
        <translation>Ajustes del tutor</translation>
    </message>
    <message>
        <source>Lock status</source>
        <translation>Estado del bloqueo</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy for this computer ignores the guardian&apos;s settings; its own settings apply instead.</source>
        <translation>La política de la organización para este equipo no tiene en cuenta los ajustes del tutor; en su lugar se aplican los suyos.</translation>
    </message>
    <message>
        <source>{0} Until you save again, Hearth uses its strictest settings.</source>
        <translation>{0} Hasta que vuelvas a guardar, Hearth usa sus ajustes más estrictos.</translation>
    </message>
    <message>
        <source>Locked profile</source>
        <translation>Perfil bloqueado</translation>
    </message>
    <message>
        <source>Whatever profile someone picks, Hearth is at least as careful as this one.</source>
        <translation>Elija quien elija el perfil, Hearth será al menos tan cuidadoso como con este.</translation>
    </message>
    <message>
        <source>Limit when and how long Hearth can be used</source>
        <translation>Limitar cuándo y cuánto tiempo se puede usar Hearth</translation>
    </message>
    <message>
        <source>No limits</source>
        <translation>Sin límites</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>Reglas de horario</translation>
    </message>
    <message>
        <source>Today&apos;s use</source>
        <translation>Uso de hoy</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Extra minutes to grant for today</source>
        <translation>Minutos extra que conceder hoy</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Conceder</translation>
    </message>
    <message>
        <source>Grant the extra minutes for today</source>
        <translation>Conceder los minutos extra de hoy</translation>
    </message>
    <message>
        <source>Extra time adds to today&apos;s daily limit only; it does not change the allowed hours.</source>
        <translation>El tiempo extra solo se suma al límite diario de hoy; no cambia el horario permitido.</translation>
    </message>
    <message>
        <source>Extra time today</source>
        <translation>Tiempo extra hoy</translation>
    </message>
    <message>
        <source>Approved models</source>
        <translation>Modelos aprobados</translation>
    </message>
    <message>
        <source>Approve the current model</source>
        <translation>Aprobar el modelo actual</translation>
    </message>
    <message>
        <source>Approve the model in use now</source>
        <translation>Aprobar el modelo que se usa ahora</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected model</source>
        <translation>Quitar el modelo seleccionado</translation>
    </message>
    <message>
        <source>Allow any model</source>
        <translation>Permitir cualquier modelo</translation>
    </message>
    <message>
        <source>Keep the text of conversations in the audit log</source>
        <translation>Guardar el texto de las conversaciones en el registro de auditoría</translation>
    </message>
    <message>
        <source>Keep conversation text in the audit log</source>
        <translation>Guardar el texto de las conversaciones en el registro de auditoría</translation>
    </message>
    <message>
        <source>The text is encrypted, only a guardian can read it, and the chat window says so to everyone. Off: only what happened is kept.</source>
        <translation>El texto se cifra, solo un tutor puede leerlo y la ventana del chat se lo indica a todos. Desactivado: solo se guarda lo que ocurrió.</translation>
    </message>
    <message>
        <source>Watermark answers, so they can be recognised later</source>
        <translation>Poner marca de agua a las respuestas para poder reconocerlas después</translation>
    </message>
    <message>
        <source>Watermark answers</source>
        <translation>Usar marca de agua</translation>
    </message>
    <message>
        <source>Changes to the audit log apply from the next start of Hearth.</source>
        <translation>Los cambios en el registro de auditoría se aplican la próxima vez que se inicie Hearth.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Kiosk mode, for a shared computer</source>
        <translation>Modo quiosco, para un equipo compartido</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> min sin actividad</translation>
    </message>
    <message>
        <source>Lock the guardian settings again after this many minutes without activity</source>
        <translation>Volver a bloquear los ajustes del tutor tras estos minutos sin actividad</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> min sin uso</translation>
    </message>
    <message>
        <source>In kiosk mode, start afresh after this many minutes without use</source>
        <translation>En modo quiosco, empezar de cero tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>Lock again after</source>
        <translation>Bloquear otra vez tras</translation>
    </message>
    <message>
        <source>Kiosk: start afresh after</source>
        <translation>Quiosco: reiniciar tras</translation>
    </message>
    <message>
        <source>Kiosk and locking</source>
        <translation>Quiosco y bloqueo</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar frase de contraseña…</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s passphrase</source>
        <translation>Cambiar la frase de contraseña del tutor</translation>
    </message>
    <message>
        <source>Remove guardian…</source>
        <translation>Quitar tutor…</translation>
    </message>
    <message>
        <source>Remove the guardian</source>
        <translation>Quitar el tutor</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Registro de auditoría…</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Abrir el registro de auditoría</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock the guardian settings now</source>
        <translation>Bloquear ahora los ajustes del tutor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the guardian settings</source>
        <translation>Guardar los ajustes del tutor</translation>
    </message>
    <message>
        <source>Any model may be used.</source>
        <translation>Se puede usar cualquier modelo.</translation>
    </message>
    <message>
        <source>No model is approved: Hearth will not chat until one is.</source>
        <translation>No hay ningún modelo aprobado: Hearth no conversará hasta que se apruebe uno.</translation>
    </message>
    <message>
        <source>Only these models may be used:</source>
        <translation>Solo se pueden usar estos modelos:</translation>
    </message>
    <message>
        <source>{0} (in use now)</source>
        <translation>{0} (en uso ahora)</translation>
    </message>
    <message>
        <source>a model not in use now</source>
        <translation>un modelo que no está en uso ahora</translation>
    </message>
    <message>
        <source>There is no daily limit.</source>
        <translation>No hay límite diario.</translation>
    </message>
    <message>
        <source>Used today: {0} min. There is no daily limit.</source>
        <translation>Uso de hoy: {0} min. No hay límite diario.</translation>
    </message>
    <message>
        <source>Today&apos;s usage record is damaged, so today&apos;s time counts as used up. Granting extra time starts today afresh.</source>
        <translation>El registro de uso de hoy está dañado, así que el tiempo de hoy cuenta como agotado. Conceder tiempo extra reinicia el día de hoy.</translation>
    </message>
    <message>
        <source>Used today: {0} min of {1} min + {2} min extra. Left today: {3} min.</source>
        <translation>Uso de hoy: {0} min de {1} min + {2} min extra. Quedan hoy: {3} min.</translation>
    </message>
    <message>
        <source>Used today: {0} min of {1} min. Left today: {2} min.</source>
        <translation>Uso de hoy: {0} min de {1} min. Quedan hoy: {2} min.</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked · locks again after %n minute(s) without activity</source>
        <translation>
            <numerusform>Desbloqueado · se vuelve a bloquear tras %n minuto sin actividad</numerusform>
            <numerusform>Desbloqueado · se vuelve a bloquear tras %n minutos sin actividad</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>{0} extra minutes granted for today.</source>
        <translation>Se concedieron {0} minutos extra para hoy.</translation>
    </message>
    <message>
        <source>Remove the guardian?</source>
        <translation>¿Quitar el tutor?</translation>
    </message>
    <message>
        <source>Hearth will no longer be locked: anyone using this computer can change the safety profile, the time limits and the approved models. The audit log keeps a record that the guardian was removed.</source>
        <translation>Hearth dejará de estar bloqueado: cualquiera que use este equipo podrá cambiar el perfil de seguridad, los límites de tiempo y los modelos aprobados. El registro de auditoría dejará constancia de que se quitó el tutor.</translation>
    </message>
    <message>
        <source>Remove guardian</source>
        <translation>Quitar tutor</translation>
    </message>
    <message>
        <source>Keep the guardian</source>
        <translation>Mantener el tutor</translation>
    </message>
</context>
<context>
    <name>GuardianSetupDialog</name>
    <message>
        <source>Set up a guardian</source>
        <translation>Configurar un tutor</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the guardian set-up</source>
        <translation>Cancelar la configuración del tutor</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>A guardian is the grown-up (a parent, carer or teacher) who decides what Hearth allows on this computer. Once a guardian is set up, the safety profile, the time limits and the approved models can only be changed with the guardian&apos;s passphrase.</source>
        <translation>El tutor es la persona adulta (madre, padre, cuidador o docente) que decide qué permite Hearth en este equipo. Una vez configurado un tutor, el perfil de seguridad, los límites de tiempo y los modelos aprobados solo se pueden cambiar con la frase de contraseña del tutor.</translation>
    </message>
    <message>
        <source>Why not a 4-digit PIN? It has only 10,000 possibilities, which someone can try in an afternoon. A few unrelated words are easier to remember and far harder to guess.</source>
        <translation>¿Por qué no un PIN de 4 cifras? Solo tiene 10 000 posibilidades, y alguien podría probarlas todas en una tarde. Unas cuantas palabras sin relación entre sí son más fáciles de recordar y mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Choose the guardian&apos;s passphrase</source>
        <translation>Elige la frase de contraseña del tutor</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy for this computer does not use a guardian&apos;s settings, so a guardian cannot be set up here.</source>
        <translation>La política de la organización para este equipo no usa los ajustes de un tutor, así que aquí no se puede configurar un tutor.</translation>
    </message>
    <message>
        <source>{0} Setting up a guardian again replaces those settings.</source>
        <translation>{0} Si vuelves a configurar un tutor, se reemplazan esos ajustes.</translation>
    </message>
    <message>
        <source>Profile to lock</source>
        <translation>Perfil que bloquear</translation>
    </message>
    <message>
        <source>Limit when and how long Hearth can be used</source>
        <translation>Limitar cuándo y cuánto tiempo se puede usar Hearth</translation>
    </message>
    <message>
        <source>Only allow the model in use now</source>
        <translation>Permitir solo el modelo que se usa ahora</translation>
    </message>
    <message>
        <source>The model in use now: {0}</source>
        <translation>El modelo que se usa ahora: {0}</translation>
    </message>
    <message>
        <source>Kiosk mode, for a shared computer</source>
        <translation>Modo quiosco, para un equipo compartido</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <source>Choose what to lock</source>
        <translation>Elige qué bloquear</translation>
    </message>
    <message>
        <source>The guardian is set up. This is your recovery code:</source>
        <translation>El tutor está configurado. Este es tu código de recuperación:</translation>
    </message>
    <message>
        <source>When you press Finish, Hearth locks. To change these settings later, open the guardian settings and enter your passphrase.</source>
        <translation>Cuando pulses «Finalizar», Hearth se bloqueará. Para cambiar estos ajustes más adelante, abre los ajustes del tutor e introduce tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Write down the recovery code</source>
        <translation>Anota el código de recuperación</translation>
    </message>
    <message>
        <source>Set up the lock</source>
        <translation>Configurar el bloqueo</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Setting up the lock… this takes a moment.</source>
        <translation>Configurando el bloqueo… tardará un momento.</translation>
    </message>
    <message>
        <source>Write the recovery code down and tick the box first: it is shown only this once.</source>
        <translation>Primero anota el código de recuperación y marca la casilla: solo se muestra esta vez.</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Copy into Hearth&apos;s models folder</source>
        <translation>Copiar en la carpeta de modelos de Hearth</translation>
    </message>
    <message>
        <source>Use it where it is (it must stay there)</source>
        <translation>Usarlo donde está (debe quedarse ahí)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the model</source>
        <translation>Importar el modelo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not import the model</source>
        <translation>No importar el modelo</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>Accept the model&apos;s licence</source>
        <translation>Aceptar la licencia del modelo</translation>
    </message>
    <message>
        <source>not stated in the file</source>
        <translation>no se indica en el archivo</translation>
    </message>
    <message>
        <source>%1 (%2) comes under this licence: %3. Read it before you use the model: accepting means you agree to its terms, and Hearth notes it in the audit log.</source>
        <translation>%1 (%2) se distribuye con esta licencia: %3. Léela antes de usar el modelo: aceptarla significa que estás de acuerdo con sus condiciones, y Hearth lo anota en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The licence: %1</source>
        <translation>La licencia: %1</translation>
    </message>
    <message>
        <source>Hearth&apos;s catalog has no link to this licence: look for it where the model came from.</source>
        <translation>El catálogo de Hearth no tiene un enlace a esta licencia: búscala en el lugar de donde proviene el modelo.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept the licence</source>
        <translation>Aceptar la licencia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not accept the licence</source>
        <translation>No aceptar la licencia</translation>
    </message>
    <message>
        <source>The acceptance could not be saved: %1</source>
        <translation>No se pudo guardar la aceptación: %1</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>Hearth could not listen on port %1 (%2); choose another port.</source>
        <translation>Hearth no pudo escuchar en el puerto %1 (%2); elige otro puerto.</translation>
    </message>
    <message>
        <source>The local API stopped unexpectedly; the details are in Hearth&apos;s log.</source>
        <translation>La API local se detuvo de forma inesperada; los detalles están en el registro de Hearth.</translation>
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
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <source>Installed models, importing, downloading and report cards (Ctrl+Shift+M)</source>
        <translation>Modelos instalados, importación, descargas y evaluaciones (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Start afresh: the conversation so far leaves the screen</source>
        <translation>Empezar de cero: la conversación actual desaparece de la pantalla</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Safety profiles…</source>
        <translation>Perfiles de seguridad…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Guardian…</source>
        <translation>Tutor…</translation>
    </message>
    <message>
        <source>Edit, clone, import and export safety profiles (Ctrl+Shift+P)</source>
        <translation>Editar, duplicar, importar y exportar perfiles de seguridad (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Conversation settings, and the appearance and language of the app (Ctrl+,)</source>
        <translation>Ajustes de la conversación, y la apariencia y el idioma de la aplicación (Ctrl+,)</translation>
    </message>
    <message>
        <source>Unlock, lock and set up the guardian&apos;s controls (Ctrl+Shift+G)</source>
        <translation>Desbloquear, bloquear y configurar los controles del tutor (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Iniciar una nueva conversación (Ctrl+N)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>A guardian can read the conversations on this computer.</source>
        <translation>Un tutor puede leer las conversaciones de este equipo.</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings keep the text of conversations in the audit log, so a guardian can read them later.</source>
        <translation>Los ajustes del tutor guardan el texto de las conversaciones en el registro de auditoría, así que un tutor puede leerlas más tarde.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Regenerar la última respuesta</translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+R)</source>
        <translation>Volver a responder el último mensaje (Ctrl+R)</translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation>Copiar respuesta</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>Copiar la última respuesta</translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation>Copiar la última respuesta (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Edit last</source>
        <translation>Editar último</translation>
    </message>
    <message>
        <source>Edit the last message</source>
        <translation>Editar el último mensaje</translation>
    </message>
    <message>
        <source>Edit and resend your last message (Ctrl+E, or Up in an empty box)</source>
        <translation>Editar y reenviar tu último mensaje (Ctrl+E, o Arriba con el cuadro vacío)</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Intro para enviar · Mayús+Intro para una nueva línea</translation>
    </message>
    <message>
        <source>Guardian&apos;s lock</source>
        <translation>Bloqueo del tutor</translation>
    </message>
    <message>
        <source>Machine-wide policy</source>
        <translation>Política de todo el equipo</translation>
    </message>
    <message>
        <source>A policy file set by your school or organisation is in force on this computer</source>
        <translation>En este equipo está vigente un archivo de política establecido por tu centro educativo u organización</translation>
    </message>
    <message>
        <source>Copy last answer</source>
        <translation>Copiar última respuesta</translation>
    </message>
    <message>
        <source>Edit last message</source>
        <translation>Editar último mensaje</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Appearance and language…</source>
        <translation>Apariencia e idioma…</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Text at 100%</source>
        <translation>Texto al 100 %</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>¿Eliminar “%1”? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation>Respuesta copiada</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 tokens</translation>
    </message>
    <message>
        <source>1 older message no longer fits in the context and was left out</source>
        <translation>1 mensaje anterior ya no cabe en el contexto y se ha omitido</translation>
    </message>
    <message numerus="yes">
        <source>%n older messages no longer fit in the context and were left out</source>
        <translation>
            <numerusform>%n mensaje anterior ya no cabe en el contexto y se ha omitido</numerusform>
            <numerusform>%n mensajes anteriores ya no caben en el contexto y se han omitido</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Mensaje no enviado</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>Tamaño del texto: %1 %</translation>
    </message>
    <message>
        <source>Your preferences could not be saved</source>
        <translation>No se pudieron guardar tus preferencias</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The safety settings in force are the strictest of your choice and the guardian&apos;s or your organisation&apos;s. You can make things stricter, never looser.</source>
        <translation>Los ajustes de seguridad vigentes son los más estrictos entre los que elegiste tú y los del tutor o de tu organización. Puedes hacerlos más estrictos, nunca más permisivos.</translation>
    </message>
    <message>
        <source>The safety profile could not be changed</source>
        <translation>No se pudo cambiar el perfil de seguridad</translation>
    </message>
    <message>
        <source>Safety profile: %1</source>
        <translation>Perfil de seguridad: %1</translation>
    </message>
    <message>
        <source>%1 Until this is fixed, the strictest preset (Child) is in force. Choose a profile in the toolbar, or fix it in Safety profiles…</source>
        <translation>%1 Hasta que se solucione, está vigente el perfil predefinido más estricto (Child). Elige un perfil en la barra de herramientas o corrígelo en Perfiles de seguridad…</translation>
    </message>
    <message>
        <source>The safety profile could not be read</source>
        <translation>No se pudo leer el perfil de seguridad</translation>
    </message>
    <message>
        <source>%1 Until this is mended, Hearth uses its strictest settings. A guardian or your organisation&apos;s administrator can fix it.</source>
        <translation>%1 Hasta que se solucione, Hearth usa sus ajustes más estrictos. Un tutor o el administrador de tu organización pueden arreglarlo.</translation>
    </message>
    <message>
        <source>Hearth is using its strictest settings</source>
        <translation>Hearth está usando sus ajustes más estrictos</translation>
    </message>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth está descansando</translation>
    </message>
</context>
<context>
    <name>ManagedNote</name>
    <message>
        <source>Managed setting</source>
        <translation>Ajuste gestionado</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message Hearth…</source>
        <translation>Escribe a Hearth…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line, and Up in an empty box edits your last message.</source>
        <translation>Intro envía el mensaje, Mayús+Intro empieza una nueva línea y Arriba con el cuadro vacío edita tu último mensaje.</translation>
    </message>
</context>
<context>
    <name>ModelActions</name>
    <message>
        <source>Memory will be tight with this model: %1</source>
        <translation>La memoria irá justa con este modelo: %1</translation>
    </message>
    <message>
        <source>%1 on the server %2</source>
        <translation>%1 en el servidor %2</translation>
    </message>
    <message>
        <source>The model that writes the answers</source>
        <translation>El modelo que escribe las respuestas</translation>
    </message>
    <message>
        <source>Answers come from the inference server (Models… → Inference server); choose This computer there to use these models</source>
        <translation>Las respuestas vienen del servidor de inferencia (Modelos… → Servidor de inferencia); elige allí «Este equipo» para usar estos modelos</translation>
    </message>
    <message>
        <source>Only approved models are listed (%1)</source>
        <translation>Solo se muestran los modelos aprobados (%1)</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>tu elección</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <source>Use this model for answers</source>
        <translation>Usar este modelo para las respuestas</translation>
    </message>
    <message>
        <source>Accept licence…</source>
        <translation>Aceptar licencia…</translation>
    </message>
    <message>
        <source>Read and accept the licence</source>
        <translation>Leer y aceptar la licencia</translation>
    </message>
    <message>
        <source>Show chat template…</source>
        <translation>Ver plantilla de chat…</translation>
    </message>
    <message>
        <source>Show the chat template</source>
        <translation>Mostrar la plantilla de chat</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove this model</source>
        <translation>Quitar este modelo</translation>
    </message>
    <message>
        <source>Report card…</source>
        <translation>Evaluación…</translation>
    </message>
    <message>
        <source>Run the model&apos;s report card</source>
        <translation>Ejecutar la evaluación del modelo</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longitud de contexto</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Plantilla de chat</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Choose a model in the list</source>
        <translation>Elige un modelo de la lista</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (not accepted yet)</source>
        <translation>%1 (aún no aceptada)</translation>
    </message>
    <message>
        <source>The bundled model is part of Hearth and cannot be removed.</source>
        <translation>El modelo incluido forma parte de Hearth y no se puede quitar.</translation>
    </message>
    <message>
        <source>%1 now writes the answers.</source>
        <translation>Ahora %1 escribe las respuestas.</translation>
    </message>
    <message>
        <source>Hearth forgets %1; the file stays where it is.</source>
        <translation>Hearth olvidará %1; el archivo se queda donde está.</translation>
    </message>
    <message>
        <source>%1 is deleted from Hearth&apos;s models folder. This cannot be undone.</source>
        <translation>%1 se eliminará de la carpeta de modelos de Hearth. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Quitar %1?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>No se pudo quitar %1: %2</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Se quitó %1.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The model that writes the answers</source>
        <translation>El modelo que escribe las respuestas</translation>
    </message>
    <message>
        <source>Open GGUF file…</source>
        <translation>Abrir archivo GGUF…</translation>
    </message>
    <message>
        <source>Use a GGUF model file from anywhere on this computer</source>
        <translation>Usar un archivo de modelo GGUF de cualquier lugar de este equipo</translation>
    </message>
    <message>
        <source>SmolLM2 135M Instruct (bundled)</source>
        <translation>SmolLM2 135M Instruct (incluido)</translation>
    </message>
    <message>
        <source>%1 (not approved)</source>
        <translation>%1 (no aprobado)</translation>
    </message>
    <message>
        <source>Checking which models are approved…</source>
        <translation>Comprobando qué modelos están aprobados…</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Abrir un modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>Importar un archivo de modelo</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Inference server</source>
        <translation>Servidor de inferencia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the models view</source>
        <translation>Cerrar la vista de modelos</translation>
    </message>
    <message>
        <source>Reading the model files…</source>
        <translation>Leyendo los archivos de modelos…</translation>
    </message>
    <message>
        <source>Add a GGUF model file from this computer</source>
        <translation>Añadir un archivo de modelo GGUF de este equipo</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>La importación se canceló; no se añadió nada.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>At least {0} characters, a few words work well</source>
        <translation>Al menos {0} caracteres; unas cuantas palabras funcionan bien</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Show the passphrase as it is typed</source>
        <translation>Mostrar la frase de contraseña mientras se escribe</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>Indicación sobre la frase de contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela otra vez</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>At least {0} characters.</source>
        <translation>Al menos {0} caracteres.</translation>
    </message>
    <message>
        <source>Good. Now type it again to confirm.</source>
        <translation>Bien. Ahora escríbela otra vez para confirmarla.</translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation>✓ Las frases de contraseña coinciden.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Safety profiles [*]</source>
        <translation>Perfiles de seguridad [*]</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <source>Close the profile editor</source>
        <translation>Cerrar el editor de perfiles</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Safety profiles</source>
        <translation>Perfiles de seguridad</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>Clone this profile</source>
        <translation>Duplicar este perfil</translation>
    </message>
    <message>
        <source>Copy this profile (with any unsaved changes) under a new name</source>
        <translation>Copiar este perfil (con los cambios sin guardar) con un nombre nuevo</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a profile file</source>
        <translation>Importar un archivo de perfil</translation>
    </message>
    <message>
        <source>Add a profile someone shared with you (a TOML file)</source>
        <translation>Añadir un perfil que alguien compartió contigo (un archivo TOML)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export this profile</source>
        <translation>Exportar este perfil</translation>
    </message>
    <message>
        <source>Save the profile to a TOML file to share it</source>
        <translation>Guardar el perfil en un archivo TOML para compartirlo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this profile</source>
        <translation>Eliminar este perfil</translation>
    </message>
    <message>
        <source>Delete this custom profile (presets cannot be deleted)</source>
        <translation>Eliminar este perfil personalizado (los predefinidos no se pueden eliminar)</translation>
    </message>
    <message>
        <source>This is a preset, so it is read-only. Clone a preset to change it.</source>
        <translation>Este es un perfil predefinido, así que es de solo lectura. Duplícalo para cambiarlo.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Who the safety messages are worded for</source>
        <translation>Para quién se redactan los mensajes de seguridad</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño</translation>
    </message>
    <message>
        <source>Teen</source>
        <translation>Adolescente</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Answer length cap</source>
        <translation>Límite de respuesta</translation>
    </message>
    <message>
        <source>The longest answer this profile allows</source>
        <translation>La respuesta más larga que permite este perfil</translation>
    </message>
    <message>
        <source>System prompt addition</source>
        <translation>Añadido al mensaje del sistema</translation>
    </message>
    <message>
        <source>Added to every conversation&apos;s system prompt under this profile</source>
        <translation>Se añade al mensaje del sistema de cada conversación con este perfil</translation>
    </message>
    <message>
        <source>Watermark answers</source>
        <translation>Usar marca de agua</translation>
    </message>
    <message>
        <source>Nudge the model&apos;s word choices in a pattern only this device&apos;s key can detect, so “Verify a text…” can recognise the answers later, even without their provenance record</source>
        <translation>Orienta la elección de palabras del modelo siguiendo un patrón que solo la clave de este dispositivo puede detectar, para que «Verificar un texto…» pueda reconocer las respuestas más tarde, incluso sin su registro de procedencia</translation>
    </message>
    <message>
        <source>Who decided these settings</source>
        <translation>Quién decidió estos ajustes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Rules by category</source>
        <translation>Reglas por categoría</translation>
    </message>
    <message>
        <source>Managed by guardian</source>
        <translation>Gestionado por el tutor</translation>
    </message>
    <message>
        <source>This is the profile in force now: the strictest of your choice and any guardian&apos;s or organisation&apos;s settings. It is read-only.</source>
        <translation>Este es el perfil vigente ahora: el más estricto entre tu elección y los ajustes del tutor o de la organización. Es de solo lectura.</translation>
    </message>
    <message>
        <source>Managed by guardian — unlock to edit</source>
        <translation>Gestionado por el tutor — desbloquéalo para editar</translation>
    </message>
    <message>
        <source>Managed by your organisation — ask your administrator</source>
        <translation>Gestionado por tu organización — consulta a tu administrador</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>Answer length cap: %1 tokens, set by %2</source>
        <translation>Límite de longitud de respuesta: %1 tokens, definido por %2</translation>
    </message>
    <message>
        <source>Guard model: %1, set by %2</source>
        <translation>Modelo guardián: %1, definido por %2</translation>
    </message>
    <message>
        <source>Audience: %1, set by %2</source>
        <translation>Público: %1, definido por %2</translation>
    </message>
    <message>
        <source>Watermark: on, set by %1</source>
        <translation>Marca de agua: activada, definida por %1</translation>
    </message>
    <message>
        <source>Watermark: off, set by %1</source>
        <translation>Marca de agua: desactivada, definida por %1</translation>
    </message>
    <message>
        <source>Time rules: none, set by %1</source>
        <translation>Reglas de horario: ninguna, definidas por %1</translation>
    </message>
    <message>
        <source>Time rules: limited hours, set by %1</source>
        <translation>Reglas de horario: horario limitado, definidas por %1</translation>
    </message>
    <message>
        <source>Time rules: limited hours and %2 minutes a day, set by %1</source>
        <translation>Reglas de horario: horario limitado y %2 minutos al día, definidas por %1</translation>
    </message>
    <message>
        <source>Time rules: %2 minutes a day, set by %1</source>
        <translation>Reglas de horario: %2 minutos al día, definidas por %1</translation>
    </message>
    <message>
        <source>Approved models: any, set by %1</source>
        <translation>Modelos aprobados: cualquiera, definidos por %1</translation>
    </message>
    <message numerus="yes">
        <source>Approved models: %n file(s) by hash, set by %1</source>
        <translation>
            <numerusform>Modelos aprobados: %n archivo por hash, definidos por %1</numerusform>
            <numerusform>Modelos aprobados: %n archivos por hash, definidos por %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosk mode: on, set by %1</source>
        <translation>Modo quiosco: activado, definido por %1</translation>
    </message>
    <message>
        <source>Kiosk mode: off, set by %1</source>
        <translation>Modo quiosco: desactivado, definido por %1</translation>
    </message>
    <message>
        <source>Audit log keeps: the text of conversations too, set by %1</source>
        <translation>El registro de auditoría guarda: también el texto de las conversaciones, definido por %1</translation>
    </message>
    <message>
        <source>Audit log keeps: what happened, not what was said, set by %1</source>
        <translation>El registro de auditoría guarda: lo que ocurrió, no lo que se dijo, definido por %1</translation>
    </message>
    <message>
        <source>Conversations kept: until deleted, set by %1</source>
        <translation>Conversaciones guardadas: hasta que se eliminen, definido por %1</translation>
    </message>
    <message numerus="yes">
        <source>Conversations kept: %n day(s), set by %1</source>
        <translation>
            <numerusform>Conversaciones guardadas: %n día, definido por %1</numerusform>
            <numerusform>Conversaciones guardadas: %n días, definido por %1</numerusform>
        </translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>Vigente ahora</translation>
    </message>
    <message>
        <source>The safety settings the screen applies now, and who decided each</source>
        <translation>Los ajustes de seguridad que aplica ahora el filtro y quién decidió cada uno</translation>
    </message>
    <message>
        <source>%1 (preset, read-only)</source>
        <translation>%1 (predefinido, solo lectura)</translation>
    </message>
    <message>
        <source>Presets are read-only. Clone a preset to change it.</source>
        <translation>Los perfiles predefinidos son de solo lectura. Duplica uno para cambiarlo.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Ponle un nombre al perfil.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>No se pudo guardar el perfil: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó “%1”.</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (mi copia)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>No se pudo guardar la copia: %1</translation>
    </message>
    <message>
        <source>Cloned as “%1”. Change it here, then Save.</source>
        <translation>Duplicado como “%1”. Cámbialo aquí y luego pulsa «Guardar».</translation>
    </message>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>No se pudo importar el archivo: %1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Se importó “%1”.</translation>
    </message>
    <message>
        <source>Save your changes first: Export writes the saved profile.</source>
        <translation>Primero guarda los cambios: «Exportar» escribe el perfil guardado.</translation>
    </message>
    <message>
        <source>The profile could not be exported: %1</source>
        <translation>No se pudo exportar el perfil: %1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>Se exportó “%1” a %2.</translation>
    </message>
    <message>
        <source>“%1” is the profile the guardian locked. Lock another profile in Guardian… before deleting this one.</source>
        <translation>“%1” es el perfil que bloqueó el tutor. Bloquea otro perfil en Tutor… antes de eliminar este.</translation>
    </message>
    <message>
        <source>“%1” is the profile in use. Choose another profile in the toolbar before deleting this one.</source>
        <translation>“%1” es el perfil en uso. Elige otro perfil en la barra de herramientas antes de eliminar este.</translation>
    </message>
    <message>
        <source>The profile could not be deleted: %1</source>
        <translation>No se pudo eliminar el perfil: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
    <message>
        <source>Some profile files could not be read and are not listed: %1</source>
        <translation>Algunos archivos de perfil no se pudieron leer y no aparecen en la lista: %1</translation>
    </message>
    <message>
        <source>Clone profile</source>
        <translation>Duplicar perfil</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Nombre del nuevo perfil:</translation>
    </message>
    <message>
        <source>Import a safety profile</source>
        <translation>Importar un perfil de seguridad</translation>
    </message>
    <message>
        <source>Safety profiles (*.toml *.json)</source>
        <translation>Perfiles de seguridad (*.toml *.json)</translation>
    </message>
    <message>
        <source>Export the safety profile</source>
        <translation>Exportar el perfil de seguridad</translation>
    </message>
    <message>
        <source>Safety profiles (*.toml)</source>
        <translation>Perfiles de seguridad (*.toml)</translation>
    </message>
    <message>
        <source>Replace profile</source>
        <translation>Reemplazar perfil</translation>
    </message>
    <message>
        <source>The imported profile “%1” has the same id as your profile “%2”. Replace it?</source>
        <translation>El perfil importado “%1” tiene el mismo id. que tu perfil “%2”. ¿Quieres reemplazarlo?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? This cannot be undone.</source>
        <translation>¿Eliminar el perfil “%1”? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>“%1” tiene cambios sin guardar. ¿Quieres guardarlos?</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Safety profile</source>
        <translation>Perfil de seguridad</translation>
    </message>
    <message>
        <source>What the safety screen blocks, warns about or allows</source>
        <translation>Lo que el filtro de seguridad bloquea, advierte o permite</translation>
    </message>
</context>
<context>
    <name>ProfileRulesModel</name>
    <message>
        <source>Set by</source>
        <translation>Definido por</translation>
    </message>
    <message>
        <source>The score (0.00–1.00) at or above which the action applies</source>
        <translation>La puntuación (0,00–1,00) a partir de la cual se aplica la acción</translation>
    </message>
    <message>
        <source>What happens to what the user sends</source>
        <translation>Qué pasa con lo que envía el usuario</translation>
    </message>
    <message>
        <source>What happens to what the model writes</source>
        <translation>Qué pasa con lo que escribe el modelo</translation>
    </message>
    <message>
        <source>Scores from %1 up to the threshold get a warning instead.</source>
        <translation>Las puntuaciones desde %1 hasta el umbral reciben un aviso en su lugar.</translation>
    </message>
    <message>
        <source>Only a block rule can have a warning band: set the action to Block to use it.</source>
        <translation>Solo una regla de bloqueo puede tener una franja de aviso: cambia la acción a «Bloquear» para usarla.</translation>
    </message>
    <message>
        <source>Clone a preset to change it</source>
        <translation>Duplica un perfil predefinido para cambiarlo</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Who decided this rule: you, the guardian or your organisation. The rule in force is the strictest of theirs.</source>
        <translation>Quién decidió esta regla: tú, el tutor o tu organización. La regla vigente es la más estricta de todas.</translation>
    </message>
    <message>
        <source>not used: only block rules have a warning band</source>
        <translation>sin uso: solo las reglas de bloqueo tienen franja de aviso</translation>
    </message>
    <message>
        <source>no warning band</source>
        <translation>sin franja de aviso</translation>
    </message>
    <message>
        <source>For a block rule: scores from this value up to the threshold get a warning instead of passing. “—” means no warning band; slide to the far left (0) to remove the band.</source>
        <translation>En una regla de bloqueo: las puntuaciones desde este valor hasta el umbral reciben un aviso en lugar de pasar. “—” significa que no hay franja de aviso; desliza del todo a la izquierda (0) para quitar la franja.</translation>
    </message>
    <message>
        <source>Prompt action</source>
        <translation>Acción (mensaje)</translation>
    </message>
    <message>
        <source>Prompt threshold</source>
        <translation>Umbral (mensaje)</translation>
    </message>
    <message>
        <source>Prompt warns from</source>
        <translation>Aviso desde (mensaje)</translation>
    </message>
    <message>
        <source>Answer action</source>
        <translation>Acción (respuesta)</translation>
    </message>
    <message>
        <source>Answer threshold</source>
        <translation>Umbral (respuesta)</translation>
    </message>
    <message>
        <source>Answer warns from</source>
        <translation>Aviso desde (respuesta)</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Child</source>
        <translation>Niño</translation>
    </message>
    <message>
        <source>Teen</source>
        <translation>Adolescente</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>For children under 13: blocks every hazard category, keeps answers short and kind, and stops personal details from being shared.</source>
        <translation>Para menores de 13 años: bloquea todas las categorías de riesgo, mantiene las respuestas breves y amables, e impide compartir datos personales.</translation>
    </message>
    <message>
        <source>For ages 13 to 17: blocks hazards and explicit content, warns on specialised advice and on sharing personal details.</source>
        <translation>De 13 a 17 años: bloquea los riesgos y el contenido explícito, y avisa ante consejos especializados y al compartir datos personales.</translation>
    </message>
    <message>
        <source>For classrooms and school labs: blocks hazards and off-task explicit content; warns on specialised advice and personal details.</source>
        <translation>Para aulas y laboratorios escolares: bloquea los riesgos y el contenido explícito ajeno a la tarea; avisa ante consejos especializados y datos personales.</translation>
    </message>
    <message>
        <source>For adults: blocks serious hazards, warns on specialised advice and on sharing personal details.</source>
        <translation>Para adultos: bloquea los riesgos graves y avisa ante consejos especializados y al compartir datos personales.</translation>
    </message>
    <message>
        <source>For adults who want few limits: blocks only child exploitation, mass-casualty weapons, violent crime and jailbreaks; warns on the rest.</source>
        <translation>Para adultos que quieren pocos límites: solo bloquea la explotación infantil, las armas de destrucción masiva, los delitos violentos y los intentos de saltarse las reglas; avisa del resto.</translation>
    </message>
</context>
<context>
    <name>ProvenanceActions</name>
    <message>
        <source>Copy with provenance</source>
        <translation>Copiar con procedencia</translation>
    </message>
    <message>
        <source>Save answer with provenance…</source>
        <translation>Guardar respuesta con procedencia…</translation>
    </message>
    <message>
        <source>Export conversation…</source>
        <translation>Exportar conversación…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown or HTML, with every answer&apos;s signed provenance record beside it</source>
        <translation>Guardar esta conversación como Markdown o HTML, con el registro de procedencia firmado de cada respuesta al lado</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Verify a text…</source>
        <translation>Verificar un texto…</translation>
    </message>
    <message>
        <source>Check whether a text came from this device, with which model and safety profile, and whether it was changed (Ctrl+Shift+K)</source>
        <translation>Comprobar si un texto salió de este dispositivo, con qué modelo y perfil de seguridad, y si se modificó (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>More ways to copy: with provenance, save, export, verify</source>
        <translation>Más formas de copiar: con procedencia, guardar, exportar, verificar</translation>
    </message>
    <message>
        <source>Copy or save the answer with its signed record of where it came from, export the conversation, or check a text</source>
        <translation>Copiar o guardar la respuesta con su registro firmado de procedencia, exportar la conversación o comprobar un texto</translation>
    </message>
    <message>
        <source>Copy the last answer with its signed provenance record</source>
        <translation>Copiar la última respuesta con su registro de procedencia firmado</translation>
    </message>
    <message>
        <source>Save the last answer to a text file, with its signed provenance record beside it</source>
        <translation>Guardar la última respuesta en un archivo de texto, con su registro de procedencia firmado al lado</translation>
    </message>
    <message>
        <source>Wait until the answer has finished</source>
        <translation>Espera a que termine la respuesta</translation>
    </message>
    <message>
        <source>There is no answer in this conversation yet</source>
        <translation>Todavía no hay ninguna respuesta en esta conversación</translation>
    </message>
    <message>
        <source>The last answer was blocked, so there is no text to copy</source>
        <translation>La última respuesta se bloqueó, así que no hay texto que copiar</translation>
    </message>
    <message>
        <source>The last answer has no provenance record: it was written before Hearth signed answers</source>
        <translation>La última respuesta no tiene registro de procedencia: se escribió antes de que Hearth firmara las respuestas</translation>
    </message>
    <message>
        <source>Answer copied with its provenance record</source>
        <translation>Respuesta copiada con su registro de procedencia</translation>
    </message>
    <message>
        <source>The answer could not be saved</source>
        <translation>No se pudo guardar la respuesta</translation>
    </message>
    <message>
        <source>Saved %1 and its provenance record %2</source>
        <translation>Se guardaron %1 y su registro de procedencia %2</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>The conversation could not be exported</source>
        <translation>No se pudo exportar la conversación</translation>
    </message>
    <message>
        <source>Exported %1; no answer in it has a provenance record, so %2 is empty</source>
        <translation>Se exportó %1; ninguna de sus respuestas tiene registro de procedencia, así que %2 está vacío</translation>
    </message>
    <message>
        <source>Exported %1, with its answer&apos;s provenance record in %2</source>
        <translation>Se exportó %1, con el registro de procedencia de su respuesta en %2</translation>
    </message>
    <message>
        <source>Exported %1, with %3 answers&apos; provenance records in %2</source>
        <translation>Se exportó %1, con los registros de procedencia de %3 respuestas en %2</translation>
    </message>
    <message>
        <source>Save answer with provenance</source>
        <translation>Guardar respuesta con procedencia</translation>
    </message>
    <message>
        <source>Text files (*.txt);;Markdown (*.md);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Markdown (*.md);;Todos los archivos (*)</translation>
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
        <translation>Exportar conversación</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copiar el código de recuperación</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>Ya anoté el código de recuperación</translation>
    </message>
    <message>
        <source>This code is shown only once. Keep it somewhere safe, away from this computer: it lets you choose a new passphrase if you forget this one, and then it is replaced by a new code.</source>
        <translation>Este código solo se muestra una vez. Guárdalo en un lugar seguro, lejos de este equipo: te permite elegir una nueva frase de contraseña si olvidas esta, y después se reemplaza por un código nuevo.</translation>
    </message>
    <message>
        <source>Recovery code {0}</source>
        <translation>Código de recuperación {0}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ReportCardSection</name>
    <message>
        <source>Report card progress</source>
        <translation>Progreso de la evaluación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the report card</source>
        <translation>Cancelar la evaluación</translation>
    </message>
    <message>
        <source>Report card</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the report card</source>
        <translation>Exportar la evaluación</translation>
    </message>
    <message>
        <source>No report card yet. It measures how often the model refuses harmful requests and harmless ones, without Hearth&apos;s safety screen.</source>
        <translation>Todavía no hay evaluación. Mide con qué frecuencia el modelo rechaza peticiones dañinas e inofensivas, sin el filtro de seguridad de Hearth.</translation>
    </message>
    <message>
        <source>Newest report card, made %1:</source>
        <translation>Evaluación más reciente, hecha el %1:</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>%1 of %2 prompts</source>
        <translation>%1 de %2 mensajes</translation>
    </message>
    <message>
        <source>The report card was kept in %1.</source>
        <translation>La evaluación se guardó en %1.</translation>
    </message>
    <message>
        <source>The report card was stopped; nothing was kept.</source>
        <translation>La evaluación se detuvo; no se guardó nada.</translation>
    </message>
    <message>
        <source>The report card could not be saved to %1: %2</source>
        <translation>No se pudo guardar la evaluación en %1: %2</translation>
    </message>
    <message>
        <source>The report card was saved to %1.</source>
        <translation>La evaluación se guardó en %1.</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
</context>
<context>
    <name>RestingNotice</name>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth está descansando</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>the on-device classifier</source>
        <translation>el clasificador del dispositivo</translation>
    </message>
    <message>
        <source>the jailbreak and prompt-injection check</source>
        <translation>la comprobación de jailbreak e inyección de instrucciones</translation>
    </message>
    <message>
        <source>the personal-information check</source>
        <translation>la comprobación de información personal</translation>
    </message>
    <message>
        <source>the passwords-and-keys check</source>
        <translation>la comprobación de contraseñas y claves</translation>
    </message>
    <message>
        <source>the guard model</source>
        <translation>el modelo guardián</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through this alone</source>
        <translation>No tienes que pasar por esto solo</translation>
    </message>
    <message>
        <source>It sounds like you might be going through something really hard. Talking to someone can help, and there are people ready to listen right now.</source>
        <translation>Parece que podrías estar pasando por algo muy difícil. Hablar con alguien puede ayudar, y hay personas listas para escucharte ahora mismo.</translation>
    </message>
    <message>
        <source>It sounds like you might be feeling really sad or hurt. Please tell a grown-up you trust, like a parent or teacher. You can also call someone who is there to help:</source>
        <translation>Parece que podrías sentirte muy triste o dolido. Por favor, cuéntaselo a un adulto de confianza, como tu madre, tu padre o un profesor. También puedes llamar a alguien que está ahí para ayudarte:</translation>
    </message>
    <message>
        <source>Answer stopped</source>
        <translation>Respuesta detenida</translation>
    </message>
    <message>
        <source>Hearth stopped this answer because it began to include something about %1. Let&apos;s talk about something else!</source>
        <translation>Hearth detuvo esta respuesta porque empezó a incluir algo sobre %1. ¡Hablemos de otra cosa!</translation>
    </message>
    <message>
        <source>Hearth stopped this answer because it began to include %1 (%2), which the %3 profile does not allow.</source>
        <translation>Hearth detuvo esta respuesta porque empezó a incluir %1 (%2), algo que el perfil %3 no permite.</translation>
    </message>
    <message>
        <source>Send this message?</source>
        <translation>¿Enviar este mensaje?</translation>
    </message>
    <message>
        <source>This message may involve %1 (%2). The %3 profile asks you to confirm before it is sent.</source>
        <translation>Este mensaje podría tratar de %1 (%2). El perfil %3 te pide que lo confirmes antes de enviarlo.</translation>
    </message>
    <message>
        <source>Let&apos;s talk about something else</source>
        <translation>Hablemos de otra cosa</translation>
    </message>
    <message>
        <source>That question is about %1, so I can&apos;t help with it. If something is worrying you, talk to a grown-up you trust.</source>
        <translation>Esa pregunta trata sobre %1, así que no puedo ayudarte con ella. Si algo te preocupa, habla con un adulto de confianza.</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Mensaje no enviado</translation>
    </message>
    <message>
        <source>This message looks like a request for %1 (%2), which the %3 profile blocks.</source>
        <translation>Este mensaje parece una petición de %1 (%2), algo que el perfil %3 bloquea.</translation>
    </message>
    <message>
        <source>Decided by %1 (score %2, threshold %3) in profile layer %4.</source>
        <translation>Decidido por %1 (puntuación %2, umbral %3) en la capa de perfil %4.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Avisar</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Conversation settings</source>
        <translation>Ajustes de la conversación</translation>
    </message>
    <message>
        <source>These settings apply to the current conversation.</source>
        <translation>Estos ajustes se aplican a la conversación actual.</translation>
    </message>
    <message>
        <source>&amp;Appearance and language…</source>
        <translation>&amp;Apariencia e idioma…</translation>
    </message>
    <message>
        <source>Language, high contrast and text size for the whole app</source>
        <translation>Idioma, alto contraste y tamaño del texto para toda la aplicación</translation>
    </message>
    <message>
        <source>%1: can be lowered, not raised above %2</source>
        <translation>%1: se puede reducir, pero no subir por encima de %2</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Violent crimes</source>
        <translation>Delitos violentos</translation>
    </message>
    <message>
        <source>help with violence against people or animals</source>
        <translation>ayuda para ejercer violencia contra personas o animales</translation>
    </message>
    <message>
        <source>hurting people or animals</source>
        <translation>hacer daño a personas o animales</translation>
    </message>
    <message>
        <source>Non-violent crimes</source>
        <translation>Delitos no violentos</translation>
    </message>
    <message>
        <source>help with crimes such as fraud, theft, hacking or drugs</source>
        <translation>ayuda con delitos como fraude, robo, hackeo o drogas</translation>
    </message>
    <message>
        <source>breaking the law, like stealing or tricking people</source>
        <translation>hacer cosas contra la ley, como robar o engañar a la gente</translation>
    </message>
    <message>
        <source>Sex-related crimes</source>
        <translation>Delitos sexuales</translation>
    </message>
    <message>
        <source>help with sexual assault, harassment or trafficking</source>
        <translation>ayuda con agresiones sexuales, acoso o trata de personas</translation>
    </message>
    <message>
        <source>something that could hurt people and is not OK</source>
        <translation>algo que puede hacer daño a las personas y no está bien</translation>
    </message>
    <message>
        <source>Child sexual exploitation</source>
        <translation>Explotación sexual infantil</translation>
    </message>
    <message>
        <source>sexual content involving minors</source>
        <translation>contenido sexual con menores</translation>
    </message>
    <message>
        <source>something that is never OK</source>
        <translation>algo que nunca está bien</translation>
    </message>
    <message>
        <source>Defamation</source>
        <translation>Difamación</translation>
    </message>
    <message>
        <source>false statements that could harm a real person&apos;s reputation</source>
        <translation>afirmaciones falsas que podrían dañar la reputación de una persona real</translation>
    </message>
    <message>
        <source>saying untrue, unkind things about real people</source>
        <translation>decir cosas falsas y feas sobre personas reales</translation>
    </message>
    <message>
        <source>Specialized advice</source>
        <translation>Asesoramiento especializado</translation>
    </message>
    <message>
        <source>medical, legal or financial advice that needs a professional</source>
        <translation>consejos médicos, legales o financieros que requieren a un profesional</translation>
    </message>
    <message>
        <source>a question a doctor, lawyer or trusted grown-up should answer</source>
        <translation>una pregunta que debería responder un médico, un abogado o un adulto de confianza</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>sensitive private information about other people</source>
        <translation>información privada y delicada sobre otras personas</translation>
    </message>
    <message>
        <source>other people&apos;s private information</source>
        <translation>información privada de otras personas</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>Propiedad intelectual</translation>
    </message>
    <message>
        <source>copying protected works or bypassing licences</source>
        <translation>copiar obras protegidas o eludir licencias</translation>
    </message>
    <message>
        <source>copying other people&apos;s work without permission</source>
        <translation>copiar el trabajo de otras personas sin permiso</translation>
    </message>
    <message>
        <source>Indiscriminate weapons</source>
        <translation>Armas indiscriminadas</translation>
    </message>
    <message>
        <source>chemical, biological, radiological, nuclear weapons or explosives</source>
        <translation>armas químicas, biológicas, radiológicas o nucleares, o explosivos</translation>
    </message>
    <message>
        <source>dangerous weapons that could hurt many people</source>
        <translation>armas peligrosas que podrían hacer daño a mucha gente</translation>
    </message>
    <message>
        <source>Hate</source>
        <translation>Odio</translation>
    </message>
    <message>
        <source>content that demeans people for who they are</source>
        <translation>contenido que menosprecia a las personas por lo que son</translation>
    </message>
    <message>
        <source>being mean to people because of who they are</source>
        <translation>tratar mal a las personas por ser quienes son</translation>
    </message>
    <message>
        <source>Suicide and self-harm</source>
        <translation>Suicidio y autolesiones</translation>
    </message>
    <message>
        <source>suicide, self-harm or disordered eating</source>
        <translation>suicidio, autolesiones o trastornos alimentarios</translation>
    </message>
    <message>
        <source>hurting yourself</source>
        <translation>hacerte daño</translation>
    </message>
    <message>
        <source>Sexual content</source>
        <translation>Contenido sexual</translation>
    </message>
    <message>
        <source>explicit sexual content</source>
        <translation>contenido sexual explícito</translation>
    </message>
    <message>
        <source>grown-up content</source>
        <translation>contenido para adultos</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Elecciones</translation>
    </message>
    <message>
        <source>false information about voting and elections</source>
        <translation>información falsa sobre votaciones y elecciones</translation>
    </message>
    <message>
        <source>wrong information about voting</source>
        <translation>información falsa sobre las votaciones</translation>
    </message>
    <message>
        <source>Code interpreter abuse</source>
        <translation>Abuso del intérprete de código</translation>
    </message>
    <message>
        <source>attempts to abuse code execution or the host system</source>
        <translation>intentos de abusar de la ejecución de código o del sistema anfitrión</translation>
    </message>
    <message>
        <source>trying to misuse the computer</source>
        <translation>intentar usar mal el equipo</translation>
    </message>
    <message>
        <source>Jailbreak or prompt injection</source>
        <translation>Jailbreak o inyección de instrucciones</translation>
    </message>
    <message>
        <source>an attempt to make the assistant ignore its rules</source>
        <translation>un intento de hacer que el asistente ignore sus reglas</translation>
    </message>
    <message>
        <source>trying to trick the assistant into breaking its rules</source>
        <translation>intentar engañar al asistente para que rompa sus reglas</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Información personal</translation>
    </message>
    <message>
        <source>personal details such as an address, phone number, school or card</source>
        <translation>datos personales como una dirección, un número de teléfono, una escuela o una tarjeta</translation>
    </message>
    <message>
        <source>private things about you, like where you live or your phone number</source>
        <translation>cosas privadas sobre ti, como dónde vives o tu número de teléfono</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Chat template of %1</source>
        <translation>Plantilla de chat de %1</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Plantilla de chat</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Qué encontró la comprobación</translation>
    </message>
    <message>
        <source>Sample conversation as the model sees it</source>
        <translation>Conversación de ejemplo tal como la ve el modelo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the chat template</source>
        <translation>Cerrar la plantilla de chat</translation>
    </message>
    <message>
        <source>Sample conversation as the model sees it:</source>
        <translation>Conversación de ejemplo tal como la ve el modelo:</translation>
    </message>
    <message>
        <source>Checking the template…</source>
        <translation>Comprobando la plantilla…</translation>
    </message>
    <message>
        <source>(not rendered)</source>
        <translation>(sin generar)</translation>
    </message>
</context>
<context>
    <name>TimeRules</name>
    <message>
        <source>A guardian can unlock Hearth and grant extra time.</source>
        <translation>Un tutor puede desbloquear Hearth y conceder tiempo extra.</translation>
    </message>
    <message>
        <source>It opens again %1.</source>
        <translation>Vuelve a abrirse %1.</translation>
    </message>
    <message>
        <source>Today&apos;s time with Hearth is used up.</source>
        <translation>Se acabó el tiempo de hoy con Hearth.</translation>
    </message>
    <message>
        <source>Hearth is not open at any time this week.</source>
        <translation>Hearth no está disponible en ningún momento esta semana.</translation>
    </message>
    <message>
        <source>Hearth is resting now.</source>
        <translation>Hearth está descansando ahora.</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
</context>
<context>
    <name>TimeRulesEditor</name>
    <message>
        <source>No daily limit</source>
        <translation>Sin límite diario</translation>
    </message>
    <message>
        <source> min a day</source>
        <translation> min al día</translation>
    </message>
    <message>
        <source>Daily time limit in minutes</source>
        <translation>Límite de tiempo diario en minutos</translation>
    </message>
    <message>
        <source>Some days allow more than one stretch of time. They are shown simplified; changing anything here replaces them.</source>
        <translation>Algunos días permiten más de un tramo horario. Se muestran simplificados; cambiar cualquier cosa aquí los reemplaza.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Límite diario</translation>
    </message>
    <message>
        <source>A time “to” before “from” runs past midnight; 00:00 to 00:00 is the whole day.</source>
        <translation>Si la hora “hasta” es anterior a la hora “desde”, el tramo pasa de medianoche; de 00:00 hasta 00:00 es el día completo.</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a public key</source>
        <translation>Confiar en una clave pública</translation>
    </message>
    <message>
        <source>Paste the public key of the device that signed the text: a PEM block, 64 hex digits or base64 (Hearth&apos;s “Export public key…” writes one). Before you trust it, compare its fingerprint with the one that device shows.</source>
        <translation>Pega la clave pública del dispositivo que firmó el texto: un bloque PEM, 64 dígitos hexadecimales o base64 (la opción “Exportar clave pública…” de Hearth genera una). Antes de confiar en ella, compara su huella digital con la que muestra ese dispositivo.</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Load key file…</source>
        <translation>Cargar archivo de clave…</translation>
    </message>
    <message>
        <source>Load a public key file</source>
        <translation>Cargar un archivo de clave pública</translation>
    </message>
    <message>
        <source>Fingerprint of the key</source>
        <translation>Huella digital de la clave</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not trust a key</source>
        <translation>No confiar en ninguna clave</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Confiar en esta clave</translation>
    </message>
    <message>
        <source>Trust this key for these checks</source>
        <translation>Confiar en esta clave para estas comprobaciones</translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint appears here.</source>
        <translation>Aquí aparece la huella digital de la clave.</translation>
    </message>
    <message>
        <source>This is not a public key: %1.</source>
        <translation>Esto no es una clave pública: %1.</translation>
    </message>
    <message>
        <source>This is this device&apos;s own key; it is always trusted.</source>
        <translation>Esta es la clave de este dispositivo; siempre es de confianza.</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Load a public key</source>
        <translation>Cargar una clave pública</translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub *.txt);;All files (*)</source>
        <translation>Claves públicas (*.pem *.pub *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>TryItPanel</name>
    <message>
        <source>This text could not be checked; details are in the log.</source>
        <translation>No se pudo comprobar este texto; los detalles están en el registro.</translation>
    </message>
    <message>
        <source>Type a message to see what this profile would do with it…</source>
        <translation>Escribe un mensaje para ver qué haría este perfil con él…</translation>
    </message>
    <message>
        <source>Try a message</source>
        <translation>Probar un mensaje</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Type a message above to try this profile.</source>
        <translation>Escribe un mensaje arriba para probar este perfil.</translation>
    </message>
    <message>
        <source>nothing flagged</source>
        <translation>nada marcado</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>(threshold %1)</source>
        <translation>(umbral %1)</translation>
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
        <translation>No se pudo comprobar este texto</translation>
    </message>
</context>
<context>
    <name>TurnWorker</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The answer could not be completed; details are in the log.</source>
        <translation>No se pudo completar la respuesta; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Try again in {0} s</source>
        <translation>Vuelve a intentarlo en {0} s</translation>
    </message>
    <message>
        <source>Try again in {0} min</source>
        <translation>Vuelve a intentarlo en {0} min</translation>
    </message>
    <message>
        <source>Guardian settings</source>
        <translation>Ajustes del tutor</translation>
    </message>
    <message>
        <source>There were too many wrong attempts in a row, so Hearth waits a little before the next one.</source>
        <translation>Hubo demasiados intentos fallidos seguidos, así que Hearth espera un poco antes del siguiente.</translation>
    </message>
    <message>
        <source>Guardian&apos;s passphrase</source>
        <translation>Frase de contraseña del tutor</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>¿Olvidaste la frase de contraseña?</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>¿Olvidaste la frase de contraseña? Usa el código de recuperación</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock the guardian settings</source>
        <translation>Desbloquear los ajustes del tutor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without unlocking</source>
        <translation>Cerrar sin desbloquear</translation>
    </message>
    <message>
        <source>Enter the guardian&apos;s passphrase to change what Hearth allows.</source>
        <translation>Introduce la frase de contraseña del tutor para cambiar lo que permite Hearth.</translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when the guardian was set up, and choose a new passphrase. The old passphrase and the old code stop working.</source>
        <translation>Introduce el código de recuperación que anotaste al configurar el tutor y elige una nueva frase de contraseña. La frase de contraseña y el código anteriores dejarán de funcionar.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Volver a la frase de contraseña</translation>
    </message>
    <message>
        <source>Back to unlocking with the passphrase</source>
        <translation>Volver a desbloquear con la frase de contraseña</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Establecer la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock with the recovery code and set the new passphrase</source>
        <translation>Desbloquear con el código de recuperación y establecer la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Use the recovery code</source>
        <translation>Usar el código de recuperación</translation>
    </message>
    <message>
        <source>The new passphrase is set. The old recovery code no longer works; this is the new one:</source>
        <translation>La nueva frase de contraseña está establecida. El código de recuperación anterior ya no funciona; este es el nuevo:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Done: open the guardian settings</source>
        <translation>Listo: abrir los ajustes del tutor</translation>
    </message>
    <message>
        <source>Write down the new recovery code</source>
        <translation>Anota el nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Type the guardian&apos;s passphrase.</source>
        <translation>Escribe la frase de contraseña del tutor.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>Escribe el código de recuperación.</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Comprobando el código de recuperación…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>Esa frase de contraseña no es correcta. Comprueba que Bloq Mayús esté desactivado y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That recovery code is not right. Check it letter by letter and try again.</source>
        <translation>Ese código de recuperación no es correcto. Revísalo letra por letra y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No guardian is set up on this computer any more.</source>
        <translation>Ya no hay ningún tutor configurado en este equipo.</translation>
    </message>
    <message>
        <source>After several wrong attempts Hearth waits a little longer each time.</source>
        <translation>Tras varios intentos fallidos, Hearth espera un poco más cada vez.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puedes volver a intentarlo.</translation>
    </message>
    <message>
        <source>Write the new recovery code down and tick the box first: it is shown only this once.</source>
        <translation>Primero anota el nuevo código de recuperación y marca la casilla: solo se muestra esta vez.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>it is larger than 4 MB</source>
        <translation>ocupa más de 4 MB</translation>
    </message>
    <message>
        <source>Verify a text</source>
        <translation>Verificar un texto</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check the text</source>
        <translation>Comprobar el texto</translation>
    </message>
    <message>
        <source>Check the text (Ctrl+Enter)</source>
        <translation>Comprobar el texto (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the Verify dialog</source>
        <translation>Cerrar el cuadro de diálogo Verificar</translation>
    </message>
    <message>
        <source>Check whether a text came from this device, with which model and safety profile, and whether it was changed since. Paste the text; add its provenance record if you have one.</source>
        <translation>Comprueba si un texto salió de este dispositivo, con qué modelo y perfil de seguridad, y si se modificó desde entonces. Pega el texto; añade su registro de procedencia si lo tienes.</translation>
    </message>
    <message>
        <source>This device&apos;s public key</source>
        <translation>Clave pública de este dispositivo</translation>
    </message>
    <message>
        <source>This device&apos;s public key fingerprint</source>
        <translation>Huella digital de la clave pública de este dispositivo</translation>
    </message>
    <message>
        <source>SHA-256 of this device&apos;s Ed25519 public key. Someone checking texts from this device compares it with the key they trust.</source>
        <translation>SHA-256 de la clave pública Ed25519 de este dispositivo. Quien compruebe textos de este dispositivo la compara con la clave en la que confía.</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>Exportar clave pública…</translation>
    </message>
    <message>
        <source>Export this device&apos;s public key</source>
        <translation>Exportar la clave pública de este dispositivo</translation>
    </message>
    <message>
        <source>Save the public key as a PEM file, so others can check texts signed on this device</source>
        <translation>Guardar la clave pública como archivo PEM, para que otras personas puedan comprobar textos firmados en este dispositivo</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>Texto que comprobar</translation>
    </message>
    <message>
        <source>Paste the text here, exactly as you received it</source>
        <translation>Pega aquí el texto, tal como lo recibiste</translation>
    </message>
    <message>
        <source>&amp;Text to check</source>
        <translation>&amp;Texto que comprobar</translation>
    </message>
    <message>
        <source>Open a text file…</source>
        <translation>Abrir un archivo de texto…</translation>
    </message>
    <message>
        <source>Open a text file to check</source>
        <translation>Abrir un archivo de texto para comprobarlo</translation>
    </message>
    <message>
        <source>Its provenance record (.intoto.json beside it) is loaded too</source>
        <translation>También se carga su registro de procedencia (el .intoto.json que tenga al lado)</translation>
    </message>
    <message>
        <source>Provenance record</source>
        <translation>Registro de procedencia</translation>
    </message>
    <message>
        <source>Optional: the record (.intoto.json) that came with the text. Without one, this device looks up its own record of the text.</source>
        <translation>Opcional: el registro (.intoto.json) que vino con el texto. Si no lo hay, este dispositivo busca su propio registro del texto.</translation>
    </message>
    <message>
        <source>&amp;Provenance record (optional)</source>
        <translation>Registro de &amp;procedencia (opcional)</translation>
    </message>
    <message>
        <source>Load record file…</source>
        <translation>Cargar archivo de registro…</translation>
    </message>
    <message>
        <source>Load a provenance record file</source>
        <translation>Cargar un archivo de registro de procedencia</translation>
    </message>
    <message>
        <source>A .intoto.json record, or the .intoto.jsonl bundle of an exported conversation</source>
        <translation>Un registro .intoto.json, o el paquete .intoto.jsonl de una conversación exportada</translation>
    </message>
    <message>
        <source>Trust a public key…</source>
        <translation>Confiar en una clave pública…</translation>
    </message>
    <message>
        <source>Trust another device&apos;s public key</source>
        <translation>Confiar en la clave pública de otro dispositivo</translation>
    </message>
    <message>
        <source>Check texts signed on another Hearth device with its public key</source>
        <translation>Comprobar textos firmados en otro dispositivo Hearth con su clave pública</translation>
    </message>
    <message>
        <source>Keys trusted for these checks</source>
        <translation>Claves de confianza para estas comprobaciones</translation>
    </message>
    <message>
        <source>Forget them</source>
        <translation>Olvidarlas</translation>
    </message>
    <message>
        <source>Forget the trusted keys</source>
        <translation>Olvidar las claves de confianza</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>A trusted key did not sign this record, so what it says below is only a claim.</source>
        <translation>Este registro no lo firmó una clave de confianza, así que lo que dice a continuación es solo una afirmación.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The text or the record changed: press Check to check it again.</source>
        <translation>El texto o el registro cambió: pulsa «Comprobar» para volver a comprobarlo.</translation>
    </message>
    <message>
        <source>The text came with its provenance record; it is filled in below.</source>
        <translation>El texto venía con su registro de procedencia; se ha rellenado abajo.</translation>
    </message>
    <message>
        <source>Paste the text to check first.</source>
        <translation>Primero pega el texto que quieres comprobar.</translation>
    </message>
    <message>
        <source>Checking the signature, this device&apos;s records and the watermark…</source>
        <translation>Comprobando la firma, los registros de este dispositivo y la marca de agua…</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Aún no hay resultado</translation>
    </message>
    <message>
        <source>Press Check to see whether the signature holds, whether this device wrote the text, and what its watermark test says.</source>
        <translation>Pulsa «Comprobar» para ver si la firma es válida, si este dispositivo escribió el texto y qué dice la prueba de marca de agua.</translation>
    </message>
    <message>
        <source>Trusting the key %1 for these checks.</source>
        <translation>Se confía en la clave %1 para estas comprobaciones.</translation>
    </message>
    <message>
        <source>Also trusting (until this window closes):</source>
        <translation>También se confía en (hasta que se cierre esta ventana):</translation>
    </message>
    <message>
        <source>The public key could not be saved to %1: %2.</source>
        <translation>No se pudo guardar la clave pública en %1: %2.</translation>
    </message>
    <message>
        <source>Saved this device&apos;s public key to %1.</source>
        <translation>Se guardó la clave pública de este dispositivo en %1.</translation>
    </message>
    <message>
        <source>Loaded the record %1.</source>
        <translation>Se cargó el registro %1.</translation>
    </message>
    <message>
        <source>Opened %1 and its provenance record %2.</source>
        <translation>Se abrieron %1 y su registro de procedencia %2.</translation>
    </message>
    <message>
        <source>Opened %1. It has no provenance record beside it, so this device looks up its own.</source>
        <translation>Se abrió %1. No tiene ningún registro de procedencia al lado, así que este dispositivo busca el suyo propio.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>Load a provenance record</source>
        <translation>Cargar un registro de procedencia</translation>
    </message>
    <message>
        <source>Provenance records (*.intoto.json *.intoto.jsonl *.json *.jsonl);;All files (*)</source>
        <translation>Registros de procedencia (*.intoto.json *.intoto.jsonl *.json *.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a text to check</source>
        <translation>Abrir un texto para comprobarlo</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Public keys (*.pem)</source>
        <translation>Claves públicas (*.pem)</translation>
    </message>
</context>
<context>
    <name>WarnFromDelegate</name>
    <message>
        <source>Scores from this value up to the threshold get a warning instead of passing. At the far left (—) there is no warning band. It cannot go above the threshold.</source>
        <translation>Las puntuaciones desde este valor hasta el umbral reciben un aviso en lugar de pasar. Del todo a la izquierda (—) no hay franja de aviso. No puede superar el umbral.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>Check before sending</source>
        <translation>Revisa antes de enviar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Send the message anyway</source>
        <translation>Enviar el mensaje igualmente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not send; put the message back in the input box</source>
        <translation>No enviar; devolver el mensaje al cuadro de texto</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>{0}: allowed {1}</source>
        <translation>{0}: permitido {1}</translation>
    </message>
    <message>
        <source>Allow Hearth on {0}</source>
        <translation>Permitir Hearth el {0}</translation>
    </message>
</context>
</TS>
