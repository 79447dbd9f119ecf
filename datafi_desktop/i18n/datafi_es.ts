<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AfterPaint</name>
    <message>
        <source>Starting the demo chain and hub…</source>
        <extracomment>how long closing waits for a demo start still under way the demo chain and hub are up and the controller attached (demo only) the demo chain or hub could not start: the demo works offline (the message) what :meth:`stop` ends: the sync controller and the demo hub</extracomment>
        <translation>Iniciando la cadena y el hub de demostración…</translation>
    </message>
    <message>
        <source>The demo hub is starting — it syncs as soon as it is up</source>
        <translation>El hub de demostración se está iniciando; se sincroniza en cuanto esté listo</translation>
    </message>
    <message>
        <source>Demo chain and hub ready</source>
        <translation>Cadena y hub de demostración listos</translation>
    </message>
    <message>
        <source>Demo hub ready (the demo chain could not start)</source>
        <translation>Hub de demostración listo (la cadena de demostración no pudo iniciarse)</translation>
    </message>
    <message>
        <source>The demo hub could not start ({error}); the demo works offline</source>
        <translation>El hub de demostración no pudo iniciarse ({error}); la demostración funciona sin conexión</translation>
    </message>
</context>
<context>
    <name>AnnotationCanvas</name>
    <message>
        <source>Image</source>
        <extracomment>How close (screen pixels) the pointer must be to an outline, a vertex or a handle. Pixels the view scrolls per arrow key when nothing is selected (Shift: × 5). (new body, undo text, merge id): the host applies it, then calls set_body index of the selected shape, -1 for none shapes were hidden or shown a polygon is being traced (True) or not any more (False) a short message for the user ("A polygon keeps at least three vertices")</extracomment>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>The image to label; arrow keys move the selected shape, Tab selects the next one</source>
        <translation>La imagen que hay que etiquetar; las flechas mueven la forma seleccionada, Tab selecciona la siguiente</translation>
    </message>
    <message>
        <source>The image is {found} pixels but the task says {task}: it is stretched to the task's size</source>
        <extracomment>shapes still as a model predicted them (drawn dashed, tagged "· predicted") body → the indices of its shapes still as predicted (set by the pane) shapes of the body that cannot be drawn (a malformed prediction): listed, not shown interactive model help (ui.assist.interactive_tool): Ctrl+click goes to it</extracomment>
        <translation>La imagen mide {found} píxeles, pero la tarea indica {task}: se estira al tamaño de la tarea</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>Eliminar vértice</translation>
    </message>
    <message>
        <source>Delete polygon</source>
        <translation>Eliminar polígono</translation>
    </message>
    <message>
        <source>Delete box</source>
        <translation>Eliminar recuadro</translation>
    </message>
    <message>
        <source>Nudge vertex</source>
        <translation>Desplazar vértice</translation>
    </message>
    <message>
        <source>Nudge polygon</source>
        <translation>Desplazar polígono</translation>
    </message>
    <message>
        <source>Nudge box</source>
        <translation>Desplazar recuadro</translation>
    </message>
    <message>
        <source>Label polygon {label}</source>
        <translation>Etiquetar polígono {label}</translation>
    </message>
    <message>
        <source>Label box {label}</source>
        <translation>Etiquetar recuadro {label}</translation>
    </message>
    <message>
        <source>This polygon cannot be drawn (its data is malformed): delete it with Delete and draw it again</source>
        <translation>Este polígono no se puede dibujar (sus datos están mal formados): elimínelo con Delete y vuelva a dibujarlo</translation>
    </message>
    <message>
        <source>This box cannot be drawn (its data is malformed): delete it with Delete and draw it again</source>
        <translation>Este recuadro no se puede dibujar (sus datos están mal formados): elimínelo con Delete y vuelva a dibujarlo</translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message>
        <source>This task is read-only</source>
        <extracomment>"draft", "prediction" or "empty" (see core.flow.starting_point), or "submission" for a submitted task shown read-only the model whose prediction is the starting point, to mark it as such emitted with the new body after every edit, undo and redo a short message for the status bar ("Box added", "Select some text first") the pane asks the editor to submit (e.g. Enter in a classification pane) the task is on screen: :meth:`open` emits it after :meth:`draw_body`, unless the pane sets :attr:`draws_async` and emits it itself once drawn (after a decode) the task cannot be shown (a message for the user, which the pane shows too) True when the pane draws after :meth:`open` returns (an image decoded on a worker thread); it then emits :attr:`shown` or :attr:`failed` itself</extracomment>
        <translation>Esta tarea es de solo lectura</translation>
    </message>
    <message>
        <source>No prediction is waiting to be accepted</source>
        <translation>No hay ninguna predicción pendiente de aceptar</translation>
    </message>
    <message>
        <source>Accept %n predicted item(s)</source>
        <translation>Aceptar %n elemento(s) predicho(s)</translation>
    </message>
    <message>
        <source>Accepted %n predicted item(s)</source>
        <translation>Se aceptaron %n elemento(s) predicho(s)</translation>
    </message>
    <message>
        <source>%n still to check</source>
        <translation>%n por revisar</translation>
    </message>
</context>
<context>
    <name>AnnotatorsQualityDialog</name>
    <message>
        <source>Annotators' quality</source>
        <translation>Calidad de los anotadores</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Annotators' figures</source>
        <translation>Cifras de los anotadores</translation>
    </message>
    <message>
        <source>Campaign “{campaign}”</source>
        <translation>Campaña «{campaign}»</translation>
    </message>
    <message>
        <source>No campaign yet: sync with a hub first.</source>
        <translation>Aún no hay campaña: sincronice primero con un hub.</translation>
    </message>
    <message>
        <source>No hub is set, so there are no figures to show: start the app with --hub URL.</source>
        <translation>No hay ningún hub configurado, así que no hay cifras que mostrar: inicie la aplicación con --hub URL.</translation>
    </message>
    <message>
        <source>Asking the hub for the figures…</source>
        <translation>Pidiendo las cifras al hub…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s); </source>
        <translation>
            <numerusform>%n anotador; </numerusform>
            <numerusform>%n anotadores; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged for keeping the model's suggestion; </source>
        <translation>
            <numerusform>%n marcado por conservar la sugerencia del modelo; </numerusform>
            <numerusform>%n marcados por conservar la sugerencia del modelo; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with rewards held. </source>
        <translation>
            <numerusform>%n con recompensas retenidas. </numerusform>
            <numerusform>%n con recompensas retenidas. </numerusform>
        </translation>
    </message>
    <message>
        <source>As the hub reported at {time}.</source>
        <translation>Según el hub a las {time}.</translation>
    </message>
    <message>
        <source>This account may not see the annotators' figures of campaign “{campaign}”: the hub shows them to its reviewers and admins only. Ask the campaign's admin for the reviewer role.</source>
        <translation>Esta cuenta no puede ver las cifras de los anotadores de la campaña «{campaign}»: el hub solo las muestra a sus revisores y administradores. Pida el rol de revisor al administrador de la campaña.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Refresh when it is back online.</source>
        <translation>No se puede contactar con el hub. Actualice cuando vuelva a estar en línea.</translation>
    </message>
    <message>
        <source>Unlock the wallet first: the hub needs your signature to sign in.</source>
        <translation>Desbloquee primero la billetera: el hub necesita su firma para iniciar sesión.</translation>
    </message>
    <message>
        <source>The hub refused the request ({status}).</source>
        <translation>El hub rechazó la solicitud ({status}).</translation>
    </message>
    <message>
        <source>The figures could not be fetched ({error}).</source>
        <translation>No se pudieron obtener las cifras ({error}).</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Black and white with a strong focus ring</source>
        <translation>Blanco y negro con un marco de foco bien visible</translation>
    </message>
    <message>
        <source>High contrast on: icons follow when the app starts again</source>
        <translation>Alto contraste activado: los iconos se adaptan al volver a iniciar la aplicación</translation>
    </message>
    <message>
        <source>High contrast off: icons follow when the app starts again</source>
        <translation>Alto contraste desactivado: los iconos se adaptan al volver a iniciar la aplicación</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>The draft could not be saved ({error}); retrying. Nothing is lost while the app is open.</source>
        <extracomment>Longest wait between an edit and its draft reaching the cache (ms). Wait before retrying a write that failed (ms). a draft was written (task uid) a draft could not be written (task uid, message); it is retried</extracomment>
        <translation>No se pudo guardar el borrador ({error}); se está reintentando. No se pierde nada mientras la aplicación esté abierta.</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>◀ Previous</source>
        <extracomment>"◀ Previous" / "Next ▶" point the other way in a mirrored (right-to-left) window, where Next sits on the left: the arrows are not Unicode-mirrored characters why the button is disabled while its action stays enabled (its shortcut then says why in the status bar instead of doing nothing without a word)</extracomment>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} de {total} hechas</translation>
    </message>
    <message>
        <source>{percent} of the campaign's tasks are done</source>
        <translation>{percent} de las tareas de la campaña están hechas</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>Nudge left 1 px (scroll when nothing is selected)</source>
        <extracomment>(text, short text, key, dx, dy) of the nudges by 1 px and by 10 px</extracomment>
        <translation>Desplazar 1 px a la izquierda (desplaza la vista si no hay nada seleccionado)</translation>
    </message>
    <message>
        <source>Nudge left</source>
        <translation>Desplazar a la izquierda</translation>
    </message>
    <message>
        <source>Nudge right 1 px (scroll when nothing is selected)</source>
        <translation>Desplazar 1 px a la derecha (desplaza la vista si no hay nada seleccionado)</translation>
    </message>
    <message>
        <source>Nudge right</source>
        <translation>Desplazar a la derecha</translation>
    </message>
    <message>
        <source>Nudge up 1 px (scroll when nothing is selected)</source>
        <translation>Desplazar 1 px hacia arriba (desplaza la vista si no hay nada seleccionado)</translation>
    </message>
    <message>
        <source>Nudge up</source>
        <translation>Desplazar hacia arriba</translation>
    </message>
    <message>
        <source>Nudge down 1 px (scroll when nothing is selected)</source>
        <translation>Desplazar 1 px hacia abajo (desplaza la vista si no hay nada seleccionado)</translation>
    </message>
    <message>
        <source>Nudge down</source>
        <translation>Desplazar hacia abajo</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>Desplazar 10 px a la izquierda</translation>
    </message>
    <message>
        <source>Nudge left 10</source>
        <translation>Izquierda 10</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>Desplazar 10 px a la derecha</translation>
    </message>
    <message>
        <source>Nudge right 10</source>
        <translation>Derecha 10</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>Desplazar 10 px hacia arriba</translation>
    </message>
    <message>
        <source>Nudge up 10</source>
        <translation>Arriba 10</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>Desplazar 10 px hacia abajo</translation>
    </message>
    <message>
        <source>Nudge down 10</source>
        <translation>Abajo 10</translation>
    </message>
    <message>
        <source>Select tool</source>
        <translation>Herramienta de selección</translation>
    </message>
    <message>
        <source>Select  V</source>
        <translation>Seleccionar  V</translation>
    </message>
    <message>
        <source>Draw boxes</source>
        <translation>Dibujar recuadros</translation>
    </message>
    <message>
        <source>Box  B</source>
        <translation>Recuadro  B</translation>
    </message>
    <message>
        <source>Draw polygons</source>
        <translation>Dibujar polígonos</translation>
    </message>
    <message>
        <source>Polygon  P</source>
        <translation>Polígono  P</translation>
    </message>
    <message>
        <source>Cancel drawing, deselect</source>
        <translation>Cancelar el dibujo, quitar la selección</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close the polygon</source>
        <translation>Cerrar el polígono</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Select next shape</source>
        <translation>Seleccionar la forma siguiente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Select previous shape</source>
        <translation>Seleccionar la forma anterior</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Delete shape or vertex</source>
        <translation>Eliminar forma o vértice</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Hide or show shape (all when none is selected)</source>
        <translation>Ocultar o mostrar la forma (todas si no hay ninguna seleccionada)</translation>
    </message>
    <message>
        <source>Hide  H</source>
        <translation>Ocultar  H</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>Ajustar la imagen a la vista</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Zoom to 100 % (actual pixels)</source>
        <translation>Zoom al 100 % (píxeles reales)</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>awaiting review</source>
        <translation>pendiente de revisión</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>accepted, paid</source>
        <translation>aceptada, pagada</translation>
    </message>
    <message>
        <source>no consensus yet</source>
        <translation>aún sin consenso</translation>
    </message>
    <message>
        <source>agrees with consensus {rate}</source>
        <translation>coincide con el consenso {rate}</translation>
    </message>
    <message>
        <source>agrees {rate}</source>
        <translation>coincide {rate}</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>The label under review, by {annotator}</source>
        <translation>La etiqueta en revisión, de {annotator}</translation>
    </message>
    <message>
        <source>Another annotator's label of this task, by {annotator}</source>
        <translation>La etiqueta de otro anotador para esta tarea, de {annotator}</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>no majority</source>
        <translation>sin mayoría</translation>
    </message>
    <message numerus="yes">
        <source>of %n annotator(s)</source>
        <translation>
            <numerusform>de %n anotador</numerusform>
            <numerusform>de %n anotadores</numerusform>
        </translation>
    </message>
    <message>
        <source>What most annotators of this task said</source>
        <translation>Lo que dijo la mayoría de los anotadores de esta tarea</translation>
    </message>
    <message>
        <source>The annotators of this task do not agree by a majority</source>
        <translation>Los anotadores de esta tarea no coinciden por mayoría</translation>
    </message>
    <message>
        <source>Your correction</source>
        <translation>Su corrección</translation>
    </message>
    <message>
        <source>signed here</source>
        <translation>firmada aquí</translation>
    </message>
    <message>
        <source>The correction you signed</source>
        <translation>La corrección que usted firmó</translation>
    </message>
</context>
<context>
    <name>ChainSettingsDialog</name>
    <message>
        <source>Chain settings</source>
        <translation>Configuración de la cadena</translation>
    </message>
    <message>
        <source>the campaign's: {url}</source>
        <translation>la de la campaña: {url}</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>ID de la cadena</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>RPC URL</source>
        <translation>URL de RPC</translation>
    </message>
    <message>
        <source>Leave empty to use the campaign's RPC URL. "embedded" is the in-process chain of the demo.</source>
        <translation>Déjelo vacío para usar la URL de RPC de la campaña. "embedded" es la cadena de la demostración dentro del proceso.</translation>
    </message>
    <message>
        <source>An RPC URL starts with http:// or https:// (or is "embedded").</source>
        <translation>Una URL de RPC empieza por http:// o https:// (o es "embedded").</translation>
    </message>
</context>
<context>
    <name>CharCounter</name>
    <message>
        <source>{count} / {max} characters: {over} too many</source>
        <translation>{count} / {max} caracteres: {over} de más</translation>
    </message>
    <message>
        <source>{count} / {max} characters</source>
        <translation>{count} / {max} caracteres</translation>
    </message>
    <message>
        <source>{count} characters (at least {min})</source>
        <translation>{count} caracteres (mínimo {min})</translation>
    </message>
</context>
<context>
    <name>ChoiceBar</name>
    <message>
        <source>Which answer is better?</source>
        <extracomment>"A", "B" or "tie", clicked</extracomment>
        <translation>¿Qué respuesta es mejor?</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim rewards</source>
        <translation>Cobrar recompensas</translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation>Firmar y enviar</translation>
    </message>
    <message>
        <source>Claim &lt;b&gt;{amount}&lt;/b&gt; from the distributor to your account. The transaction is signed here and sent from your wallet, which pays the gas.</source>
        <translation>Cobre &lt;b&gt;{amount}&lt;/b&gt; del distribuidor a su cuenta. La transacción se firma aquí y se envía desde su billetera, que paga el gas.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>{epoch} (cumulative {cumulative}, already paid {paid})</source>
        <translation>{epoch} (acumulado {cumulative}, ya pagado {paid})</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>{estimate} estimated · limit {limit}</source>
        <translation>{estimate} estimado · límite {limit}</translation>
    </message>
    <message>
        <source>Fees per gas</source>
        <translation>Comisiones por unidad de gas</translation>
    </message>
    <message>
        <source>max {most} (base {base} + tip {tip})</source>
        <translation>máx. {most} (base {base} + propina {tip})</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>Comisión de red</translation>
    </message>
    <message>
        <source>about {likely}, at most {most}</source>
        <translation>unos {likely}, como máximo {most}</translation>
    </message>
    <message>
        <source>Your ETH</source>
        <translation>Su ETH</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Your ETH does not cover the most this can cost: claim through the hub instead (Ctrl+Shift+K).</source>
        <translation>Su ETH no cubre lo máximo que esto puede costar: cobre a través del hub (Ctrl+Shift+K).</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Waiting (sent at the next sync)</source>
        <translation>En espera (se envía en la próxima sincronización)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Billetera</translation>
    </message>
    <message>
        <source>Hub relayer</source>
        <translation>Retransmisor del hub</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{hash}
(double-click to copy)</source>
        <translation>{hash}
(doble clic para copiar)</translation>
    </message>
</context>
<context>
    <name>CollectionPane</name>
    <message>
        <source>Data collection</source>
        <extracomment>a file was imported into the item (its file name) a file was refused (the message, also shown in the pane)</extracomment>
        <translation>Recopilación de datos</translation>
    </message>
    <message>
        <source>Import a file or write the text, fill in the details and label it</source>
        <translation>Importe un archivo o escriba el texto, complete los detalles y etiquételo</translation>
    </message>
    <message>
        <source>Write the item's text</source>
        <translation>Escriba el texto del elemento</translation>
    </message>
    <message>
        <source>Notes about the item (optional)</source>
        <translation>Notas sobre el elemento (opcional)</translation>
    </message>
    <message>
        <source>Wait for the import to finish</source>
        <translation>Espere a que termine la importación</translation>
    </message>
    <message>
        <source>Choose a label for the item</source>
        <translation>Elija una etiqueta para el elemento</translation>
    </message>
    <message>
        <source>Import a photo or file</source>
        <translation>Importar una foto o un archivo</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>Esta tarea es de solo lectura</translation>
    </message>
    <message>
        <source>{file} is being imported already</source>
        <translation>{file} ya se está importando</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>{file} could not be imported ({error})</source>
        <translation>No se pudo importar {file} ({error})</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>Se importó {file}</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Quitar el archivo</translation>
    </message>
    <message>
        <source>One file per item: importing {file}</source>
        <translation>Un archivo por elemento: importando {file}</translation>
    </message>
    <message>
        <source>Type the text</source>
        <translation>Escriba el texto</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Establecer {field}</translation>
    </message>
    <message>
        <source>{file} is not on this computer (sync to download it)</source>
        <translation>{file} no está en este equipo (sincronice para descargarlo)</translation>
    </message>
    <message>
        <source>Import a photo or file…</source>
        <translation>Importar una foto o un archivo…</translation>
    </message>
    <message>
        <source>Write the text</source>
        <translation>Escribir el texto</translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation>Completar los detalles</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Text, details and label</source>
        <translation>Texto, detalles y etiqueta</translation>
    </message>
</context>
<context>
    <name>CollectionTaskView</name>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>What to collect</source>
        <translation>Qué recopilar</translation>
    </message>
    <message>
        <source>No instructions given.</source>
        <translation>No hay instrucciones.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>a new item, labeled as {kind}</source>
        <translation>un elemento nuevo, etiquetado como {kind}</translation>
    </message>
    <message>
        <source>a new item, metadata only</source>
        <translation>un elemento nuevo, solo metadatos</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Accepts</source>
        <translation>Acepta</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>A is better</source>
        <extracomment>the undo merge id of typing in the reason field ("REAS")</extracomment>
        <translation>A es mejor</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B es mejor</translation>
    </message>
    <message>
        <source>A, B or T chooses · R writes the reason, Esc leaves it · a scale's letter, then a digit, rates · Enter submits</source>
        <translation>A, B o T eligen · R escribe el motivo, Esc sale · la letra de una escala y luego un dígito puntúan · Enter envía</translation>
    </message>
    <message>
        <source>Comparison</source>
        <extracomment>the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Compare the two answers to the prompt and choose the better one</source>
        <translation>Compare las dos respuestas a la instrucción y elija la mejor</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Answer A</source>
        <translation>Respuesta A</translation>
    </message>
    <message>
        <source>Answer B</source>
        <translation>Respuesta B</translation>
    </message>
    <message>
        <source>Reason (optional) — R</source>
        <translation>Motivo (opcional) — R</translation>
    </message>
    <message>
        <source>Choose A: A is better</source>
        <translation>Elegir A: A es mejor</translation>
    </message>
    <message>
        <source>Choose B: B is better</source>
        <translation>Elegir B: B es mejor</translation>
    </message>
    <message>
        <source>Choose a tie</source>
        <translation>Elegir empate</translation>
    </message>
    <message>
        <source>Write the reason</source>
        <translation>Escribir el motivo</translation>
    </message>
    <message>
        <source>Leave the text field</source>
        <translation>Salir del campo de texto</translation>
    </message>
    <message>
        <source>Submit (when a side is chosen)</source>
        <translation>Enviar (cuando se haya elegido un lado)</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Sin motivo</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted</source>
        <translation>Solo lectura: esta tarea ya se envió</translation>
    </message>
    <message>
        <source>Rate {scale} (then press {low}–{high})</source>
        <translation>Puntuar {scale} (luego pulse {low}–{high})</translation>
    </message>
    <message>
        <source>Choose: {choice}</source>
        <translation>Elegir: {choice}</translation>
    </message>
    <message>
        <source>answer A</source>
        <translation>la respuesta A</translation>
    </message>
    <message>
        <source>answer B</source>
        <translation>la respuesta B</translation>
    </message>
    <message>
        <source>both answers</source>
        <translation>ambas respuestas</translation>
    </message>
    <message>
        <source>Ratings cleared: they rated {before}. Rate {now} now (Ctrl+Z brings them back)</source>
        <translation>Puntuaciones borradas: puntuaban {before}. Puntúe ahora {now} (Ctrl+Z las recupera)</translation>
    </message>
    <message>
        <source>You did not set these ratings: {ratings}. They are the prediction of {model}. Submit them under your signature as your own ratings?</source>
        <translation>Usted no asignó estas puntuaciones: {ratings}. Son la predicción de {model}. ¿Enviarlas con su firma como sus propias puntuaciones?</translation>
    </message>
    <message>
        <source>Rate {scale}: {value}</source>
        <translation>Puntuar {scale}: {value}</translation>
    </message>
    <message>
        <source>Clear the {scale} rating</source>
        <translation>Borrar la puntuación de {scale}</translation>
    </message>
    <message numerus="yes">
        <source>A reason holds at most %n character(s)</source>
        <translation>
            <numerusform>Un motivo admite como máximo %n carácter</numerusform>
            <numerusform>Un motivo admite como máximo %n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonTaskView</name>
    <message>
        <source>Prompt</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>answer {choice}</source>
        <translation>respuesta {choice}</translation>
    </message>
    <message>
        <source>Model prediction ({who}): {choice}.</source>
        <translation>Predicción del modelo ({who}): {choice}.</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create a new account</source>
        <translation>Crear una cuenta nueva</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>optional, e.g. “Work”</source>
        <translation>opcional, p. ej. «Trabajo»</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a name for the account</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>Palabras de recuperación</translation>
    </message>
    <message>
        <source>Choose a password. It encrypts the key on this computer and unlocks the wallet when you sign.</source>
        <translation>Elija una contraseña. Cifra la clave en este equipo y desbloquea la billetera cuando firma.</translation>
    </message>
    <message>
        <source>I wrote the words down on paper, in order</source>
        <translation>Anoté las palabras en papel, en orden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write these words down, in order, on paper.&lt;/b&gt; They are the only way to restore this account if this computer is lost or the password forgotten. Anyone who sees them can take the account: no screenshots, no cloud notes. They are shown only now.</source>
        <translation>&lt;b&gt;Anote estas palabras en papel, en orden.&lt;/b&gt; Son la única forma de restaurar esta cuenta si pierde este equipo u olvida la contraseña. Quien las vea puede quedarse con la cuenta: nada de capturas de pantalla ni notas en la nube. Solo se muestran ahora.</translation>
    </message>
    <message>
        <source>Type these words from your paper to show it is right.</source>
        <translation>Escriba estas palabras de su papel para comprobar que es correcto.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Word #{position}</source>
        <translation>Palabra n.º {position}</translation>
    </message>
    <message numerus="yes">
        <source>Word(s) {words} do not match. Check your paper, or go Back to see the words again.</source>
        <translation>
            <numerusform>La palabra {words} no coincide. Revise su papel o vuelva Atrás para ver las palabras otra vez.</numerusform>
            <numerusform>Las palabras {words} no coinciden. Revise su papel o vuelva Atrás para ver las palabras otra vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypting the key… (this takes a moment)</source>
        <translation>Cifrando la clave… (tarda un momento)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account created&lt;/b&gt;&lt;br&gt;&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;It is unlocked and ready to sign. Keep the paper with the words somewhere safe; the wallet will not show them again. ({short} is now in the status bar.)</source>
        <translation>&lt;b&gt;Cuenta creada&lt;/b&gt;&lt;br&gt;&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;Está desbloqueada y lista para firmar. Guarde el papel con las palabras en un lugar seguro; la billetera no volverá a mostrarlas. ({short} aparece ahora en la barra de estado.)</translation>
    </message>
    <message>
        <source>{error} Start again with new words.</source>
        <translation>{error} Empiece de nuevo con palabras nuevas.</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demostración</translation>
    </message>
    <message>
        <source>&amp;Review and settle now</source>
        <translation>&amp;Revisar y liquidar ahora</translation>
    </message>
    <message>
        <source>A demo reviewer accepts what waits for review; the hub posts an epoch on the demo chain, and your rewards become claimable.</source>
        <translation>Un revisor de demostración acepta lo que espera revisión; el hub publica una época en la cadena de demostración y sus recompensas pasan a poder cobrarse.</translation>
    </message>
    <message>
        <source>The demo reviewer is accepting submissions, then the hub settles…</source>
        <translation>El revisor de demostración está aceptando envíos; después el hub liquida…</translation>
    </message>
    <message>
        <source>Review and settle failed: {error}</source>
        <translation>No se pudo revisar y liquidar: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n submission(s) ({accepted} accepted)</source>
        <translation>
            <numerusform>Revisado %n envío ({accepted} aceptados)</numerusform>
            <numerusform>Revisados %n envíos ({accepted} aceptados)</numerusform>
        </translation>
    </message>
    <message>
        <source>{reviewed}; nothing to settle.</source>
        <translation>{reviewed}; nada que liquidar.</translation>
    </message>
    <message numerus="yes">
        <source>epoch {epoch} posted for %n account(s).</source>
        <translation>
            <numerusform>época {epoch} publicada para %n cuenta.</numerusform>
            <numerusform>época {epoch} publicada para %n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reviewed}; {posted}</source>
        <comment>the two parts of the demo's status line</comment>
        <translation>{reviewed}; {posted}</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Sign this label and queue it for the hub</source>
        <translation>Firmar esta etiqueta y ponerla en cola para el hub</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Skip this task; it waits at the end of the queue</source>
        <translation>Omitir esta tarea; espera al final de la cola</translation>
    </message>
    <message>
        <source>&amp;Next task to do</source>
        <translation>&amp;Siguiente tarea pendiente</translation>
    </message>
    <message>
        <source>Go to the next new or draft task</source>
        <translation>Ir a la siguiente tarea nueva o en borrador</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>Tarea &amp;anterior</translation>
    </message>
    <message>
        <source>Go back to the task before this one</source>
        <translation>Volver a la tarea anterior a esta</translation>
    </message>
    <message>
        <source>&amp;Label again</source>
        <translation>&amp;Volver a etiquetar</translation>
    </message>
    <message>
        <source>Start a new draft from the submitted label</source>
        <translation>Empezar un borrador nuevo a partir de la etiqueta enviada</translation>
    </message>
    <message>
        <source>Ask the &amp;model</source>
        <translation>Preguntar al &amp;modelo</translation>
    </message>
    <message>
        <source>Ask the campaign's model for a prediction of this task (again: cancel)</source>
        <translation>Pedir al modelo de la campaña una predicción para esta tarea (otra vez: cancelar)</translation>
    </message>
    <message>
        <source>&amp;Accept all predictions</source>
        <translation>Aceptar &amp;todas las predicciones</translation>
    </message>
    <message>
        <source>Accept every item the model predicted, as it is (Enter accepts the selected one)</source>
        <translation>Aceptar tal cual cada elemento que predijo el modelo (Enter acepta el seleccionado)</translation>
    </message>
    <message>
        <source>Switch between &amp;queue and task</source>
        <translation>Alternar entre cola y ta&amp;rea</translation>
    </message>
    <message>
        <source>Move the keyboard focus</source>
        <translation>Mover el foco del teclado</translation>
    </message>
    <message>
        <source>Show the &amp;queue</source>
        <translation>Mostrar la co&amp;la</translation>
    </message>
    <message>
        <source>Hide the queue to give the task more room</source>
        <translation>Ocultar la cola para dar más espacio a la tarea</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Task id</source>
        <translation>Id. de la tarea</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>Ninguna tarea seleccionada</translation>
    </message>
</context>
<context>
    <name>ExportKeystoreDialog</name>
    <message>
        <source>Export keystore file</source>
        <translation>Exportar archivo de almacén de claves</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The file is a standard Ethereum keystore (v3): other wallets open it with this account's password. Keep it as a backup.</source>
        <translation>El archivo es un almacén de claves estándar de Ethereum (v3): otras billeteras lo abren con la contraseña de esta cuenta. Guárdelo como copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose the account and type its password.</source>
        <translation>Elija la cuenta y escriba su contraseña.</translation>
    </message>
    <message>
        <source>Save keystore file</source>
        <translation>Guardar archivo de almacén de claves</translation>
    </message>
    <message>
        <source>Keystore (*.json)</source>
        <translation>Almacén de claves (*.json)</translation>
    </message>
    <message>
        <source>Writing the keystore file…</source>
        <translation>Escribiendo el archivo de almacén de claves…</translation>
    </message>
</context>
<context>
    <name>GetTasksBox</name>
    <message>
        <source>Nothing to label here yet.</source>
        <translation>Aún no hay nada que etiquetar aquí.</translation>
    </message>
    <message>
        <source>Get tasks</source>
        <translation>Obtener tareas</translation>
    </message>
    <message>
        <source>Reserve a batch of tasks from the hub and download them</source>
        <translation>Reservar un lote de tareas del hub y descargarlas</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a signed-in account.</source>
        <translation>Desbloquee primero la billetera (Ctrl+U): el hub reserva tareas para una cuenta con sesión iniciada.</translation>
    </message>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>Reservando %n tarea…</numerusform>
            <numerusform>Reservando %n tareas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) reserved.</source>
        <translation>
            <numerusform>%n tarea reservada.</numerusform>
            <numerusform>%n tareas reservadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has no task for you in this campaign right now.</source>
        <translation>Ahora mismo el hub no tiene ninguna tarea para usted en esta campaña.</translation>
    </message>
</context>
<context>
    <name>GlyphWords</name>
    <message numerus="yes">
        <source>%n character(s) of this text cannot be shown: no installed font has them ({codes}). Install the Noto fonts (fonts-noto-core, fonts-noto-cjk).</source>
        <extracomment>characters already reported in this session (reported once, not per task) at most this many distinct characters are checked one by one</extracomment>
        <translation>
            <numerusform>%n carácter de este texto no se puede mostrar: ninguna fuente instalada lo tiene ({codes}). Instale las fuentes Noto (fonts-noto-core, fonts-noto-cjk).</numerusform>
            <numerusform>%n caracteres de este texto no se pueden mostrar: ninguna fuente instalada los tiene ({codes}). Instale las fuentes Noto (fonts-noto-core, fonts-noto-cjk).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubClaimDialog</name>
    <message>
        <source>Claim through the hub</source>
        <translation>Cobrar a través del hub</translation>
    </message>
    <message>
        <source>Sign and hand over</source>
        <translation>Firmar y entregar</translation>
    </message>
    <message>
        <source>The hub sends the claim of &lt;b&gt;{amount}&lt;/b&gt; and pays its gas; the tokens go to your account all the same. You sign a request that names your account, the amount and the root, and expires in an hour. The hub relays a few claims per account and hour.</source>
        <translation>El hub envía el cobro de &lt;b&gt;{amount}&lt;/b&gt; y paga su gas; los tokens llegan igualmente a su cuenta. Usted firma una solicitud que indica su cuenta, el importe y la raíz, y que caduca en una hora. El hub retransmite unos pocos cobros por cuenta y hora.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>No polygons yet: press P and click around an object.</source>
        <extracomment>the task is drawn once the image is decoded: ``shown`` or ``failed`` follow the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>Aún no hay polígonos: pulse P y haga clic alrededor de un objeto.</translation>
    </message>
    <message>
        <source>No boxes yet: press B and drag across an object.</source>
        <translation>Aún no hay recuadros: pulse B y arrastre sobre un objeto.</translation>
    </message>
    <message>
        <source>The image cannot be shown, so it cannot be labeled</source>
        <translation>La imagen no se puede mostrar, así que no se puede etiquetar</translation>
    </message>
    <message>
        <source>Close the polygon being drawn (Enter) or cancel it (Esc)</source>
        <translation>Cierre el polígono que está dibujando (Enter) o cancélelo (Esc)</translation>
    </message>
    <message>
        <source>Malformed polygon data ({numbers}): select and delete it</source>
        <translation>Datos de polígono mal formados ({numbers}): selecciónelo y elimínelo</translation>
    </message>
    <message>
        <source>Malformed box data ({numbers}): select and delete it</source>
        <translation>Datos de recuadro mal formados ({numbers}): selecciónelo y elimínelo</translation>
    </message>
    <message>
        <source>Toggle {label}</source>
        <translation>Marcar o desmarcar {label}</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>Elegir {label}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>Etiqueta: {label}</translation>
    </message>
    <message>
        <source>{file} is not on this computer yet; sync to download it.</source>
        <translation>{file} aún no está en este equipo; sincronice para descargarlo.</translation>
    </message>
    <message>
        <source>Polygons ({count})</source>
        <translation>Polígonos ({count})</translation>
    </message>
    <message>
        <source>Boxes ({count})</source>
        <translation>Recuadros ({count})</translation>
    </message>
    <message>
        <source>The labels of this task are kept; the image must be fixed or downloaded again.</source>
        <translation>Las etiquetas de esta tarea se conservan; hay que reparar la imagen o descargarla de nuevo.</translation>
    </message>
    <message>
        <source>Press a label's key ({keys}) to choose it, again to remove it.</source>
        <translation>Pulse la tecla de una etiqueta ({keys}) para elegirla y otra vez para quitarla.</translation>
    </message>
    <message>
        <source>Press a label's key ({keys}) to choose it; Enter submits.</source>
        <translation>Pulse la tecla de una etiqueta ({keys}) para elegirla; Enter envía.</translation>
    </message>
    <message>
        <source>Read-only: shapes are shown, not editable. Tab selects, F fits, = and - zoom.</source>
        <translation>Solo lectura: las formas se muestran, no se pueden editar. Tab selecciona, F ajusta, = y - hacen zoom.</translation>
    </message>
    <message>
        <source>Click to add points · click the first point, double-click or Enter closes · Backspace removes the last point · Esc cancels</source>
        <translation>Haga clic para añadir puntos · clic en el primer punto, doble clic o Enter cierran · Backspace quita el último punto · Esc cancela</translation>
    </message>
    <message>
        <source>Drag to draw a “{label}” box ({keys} change the label) · V or Esc: select</source>
        <translation>Arrastre para dibujar un recuadro «{label}» ({keys} cambian la etiqueta) · V o Esc: seleccionar</translation>
    </message>
    <message>
        <source>Click to start a “{label}” polygon ({keys} change the label) · V: select</source>
        <translation>Haga clic para empezar un polígono «{label}» ({keys} cambian la etiqueta) · V: seleccionar</translation>
    </message>
    <message>
        <source>Drag a vertex · Alt+click or double-click an edge adds one · Shift+click or Delete removes it · arrows nudge · H hides</source>
        <translation>Arrastre un vértice · Alt+clic o doble clic en un lado añade uno · Shift+clic o Delete lo quita · las flechas desplazan · H oculta</translation>
    </message>
    <message>
        <source>Drag to move, handles resize · {keys} relabel · arrows nudge (Shift: 10 px) · Delete removes · H hides</source>
        <translation>Arrastre para mover, los tiradores cambian el tamaño · {keys} cambian la etiqueta · las flechas desplazan (Shift: 10 px) · Delete elimina · H oculta</translation>
    </message>
    <message>
        <source>P draws polygons · click or Tab selects a shape · wheel or = - zoom · F fits</source>
        <translation>P dibuja polígonos · clic o Tab selecciona una forma · rueda o = - hacen zoom · F ajusta</translation>
    </message>
    <message>
        <source>B draws boxes · click or Tab selects a shape · wheel or = - zoom · F fits</source>
        <translation>B dibuja recuadros · clic o Tab selecciona una forma · rueda o = - hacen zoom · F ajusta</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formas</translation>
    </message>
</context>
<context>
    <name>ImageTaskView</name>
    <message>
        <source>this task names no image</source>
        <translation>esta tarea no indica ninguna imagen</translation>
    </message>
    <message>
        <source>the image is not downloaded yet (sync to fetch it)</source>
        <translation>la imagen aún no se ha descargado (sincronice para obtenerla)</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Cargando la imagen…</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} px</translation>
    </message>
    <message numerus="yes">
        <source>Dashed shapes: model prediction ({who}), %n shown</source>
        <translation>
            <numerusform>Formas discontinuas: predicción del modelo ({who}), %n mostrada</numerusform>
            <numerusform>Formas discontinuas: predicción del modelo ({who}), %n mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Model prediction ({who}): {labels}</source>
        <translation>Predicción del modelo ({who}): {labels}</translation>
    </message>
    <message>
        <source>Cannot show the image: {reason}</source>
        <translation>No se puede mostrar la imagen: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an account</source>
        <translation>Importar una cuenta</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <source>Recovery words or a keystore file</source>
        <translation>Palabras de recuperación o un archivo de almacén de claves</translation>
    </message>
    <message>
        <source>the 12 or 24 words, separated by spaces</source>
        <translation>las 12 o 24 palabras, separadas por espacios</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, 0x optional</source>
        <translation>64 dígitos hexadecimales, 0x opcional</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>a keystore JSON file (UTC--…)</source>
        <translation>un archivo JSON de almacén de claves (UTC--…)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>File password</source>
        <translation>Contraseña del archivo</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>Palabras de recuperación</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Archivo de almacén de claves</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a name for the account</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The key is stored encrypted with a password of your choice (it may be the same as the file's).</source>
        <translation>La clave se guarda cifrada con una contraseña que usted elija (puede ser la misma que la del archivo).</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Open a keystore file</source>
        <translation>Abrir un archivo de almacén de claves</translation>
    </message>
    <message>
        <source>Keystore (*.json *);;All files (*)</source>
        <translation>Almacén de claves (*.json *);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Type the recovery words.</source>
        <translation>Escriba las palabras de recuperación.</translation>
    </message>
    <message>
        <source>Paste the private key.</source>
        <translation>Pegue la clave privada.</translation>
    </message>
    <message>
        <source>Choose the keystore file.</source>
        <translation>Elija el archivo de almacén de claves.</translation>
    </message>
    <message>
        <source>Encrypting the key…</source>
        <translation>Cifrando la clave…</translation>
    </message>
</context>
<context>
    <name>InteractiveAssist</name>
    <message>
        <source>This campaign names no ML backend for interactive help</source>
        <extracomment>a proposal is on screen (the shape's JSON) the request failed or found nothing (the message shown)</extracomment>
        <translation>Esta campaña no indica ningún backend de ML para la ayuda interactiva</translation>
    </message>
    <message>
        <source>Asking the model for the object… (Esc cancels)</source>
        <translation>Preguntando al modelo por el objeto… (Esc cancela)</translation>
    </message>
    <message>
        <source>The model found no object there</source>
        <translation>El modelo no encontró ningún objeto ahí</translation>
    </message>
    <message>
        <source>Proposed by the model: Enter accepts, Esc rejects, Ctrl+click refines</source>
        <translation>Propuesto por el modelo: Enter acepta, Esc rechaza, Ctrl+clic afina</translation>
    </message>
    <message>
        <source>No proposal: {reason}</source>
        <translation>Sin propuesta: {reason}</translation>
    </message>
    <message>
        <source>Accept the model's {noun}</source>
        <translation>Aceptar {noun} del modelo</translation>
    </message>
    <message>
        <source>Accepted: edit it like any shape; Ctrl+Z takes it away</source>
        <translation>Aceptado: edítelo como cualquier forma; Ctrl+Z lo quita</translation>
    </message>
    <message>
        <source>The model's proposal was rejected</source>
        <translation>Se rechazó la propuesta del modelo</translation>
    </message>
</context>
<context>
    <name>ItemLabeler</name>
    <message>
        <source>Tick or untick: {label}</source>
        <extracomment>the chips changed the annotation (new annotation or None, undo text) an embedded pane changed it (already on the undo stack) the embedded pane has drawn its photo</extracomment>
        <translation>Marcar o desmarcar: {label}</translation>
    </message>
    <message>
        <source>Choose: {label}</source>
        <translation>Elegir: {label}</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>Esta tarea es de solo lectura</translation>
    </message>
    <message>
        <source>Untick {label}</source>
        <translation>Desmarcar {label}</translation>
    </message>
    <message>
        <source>Tick {label}</source>
        <translation>Marcar {label}</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>Elegir {label}</translation>
    </message>
    <message>
        <source>write the text</source>
        <translation>escribir el texto</translation>
    </message>
    <message>
        <source>import a photo</source>
        <translation>importar una foto</translation>
    </message>
    <message>
        <source>draw boxes on it</source>
        <translation>dibujar recuadros</translation>
    </message>
    <message>
        <source>draw polygons on it</source>
        <translation>dibujar polígonos</translation>
    </message>
    <message>
        <source>mark spans in it</source>
        <translation>marcar fragmentos</translation>
    </message>
    <message>
        <source>label it</source>
        <translation>etiquetarlo</translation>
    </message>
    <message>
        <source>To {task}, the app needs the pane for {kind}, which is not installed yet.</source>
        <translation>Para {task}, la aplicación necesita el panel de {kind}, que aún no está instalado.</translation>
    </message>
    <message>
        <source>First {step}, then {task}.</source>
        <translation>Primero {step}, luego {task}.</translation>
    </message>
</context>
<context>
    <name>KeepClaimDialog</name>
    <message>
        <source>Keep the claim for later</source>
        <translation>Guardar el cobro para más tarde</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Guardarlo</translation>
    </message>
    <message>
        <source>{why}

The claim can wait: the next sync that reaches it carries it out while the wallet is unlocked — the hub's relayer sends it.</source>
        <translation>{why}

El cobro puede esperar: la próxima sincronización que llegue a destino lo realiza mientras la billetera esté desbloqueada; lo envía el retransmisor del hub.</translation>
    </message>
    <message>
        <source>{why}

The claim can wait: the next sync that reaches it carries it out while the wallet is unlocked — your wallet sends it (the gas is estimated then).</source>
        <translation>{why}

El cobro puede esperar: la próxima sincronización que llegue a destino lo realiza mientras la billetera esté desbloqueada; lo envía su billetera (el gas se estima entonces).</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <source>{label} — press {key}</source>
        <translation>{label}: pulse {key}</translation>
    </message>
    <message>
        <source>Label {label}, key {key}</source>
        <translation>Etiqueta {label}, tecla {key}</translation>
    </message>
    <message>
        <source>Label {label}</source>
        <translation>Etiqueta {label}</translation>
    </message>
    <message>
        <source>· predicted by {model}: press the key twice or submit to make it yours</source>
        <extracomment>checked because a model predicted it, and not touched since (drawn dashed and pale)</extracomment>
        <translation>· predicha por {model}: pulse la tecla dos veces o envíe para hacerla suya</translation>
    </message>
</context>
<context>
    <name>LabelMenu</name>
    <message>
        <source>&amp;Label</source>
        <translation>Eti&amp;queta</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>The app shows the new language the next time it starts.</source>
        <translation>La aplicación mostrará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>The language could not be saved: {error}</source>
        <translation>No se pudo guardar el idioma: {error}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Confi&amp;guración</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DataFi Desktop</source>
        <extracomment>the visible page changed (its page_id) every page, the editor and the menus are built (at once unless the window is lazy)</extracomment>
        <translation>DataFi Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>pages in the navigation that are not built yet (a lazy window), by page_id the task editor in the Tasks page (None without a Tasks page, or until a lazy window finished starting) "My quality" on the Tasks page; verdicts in the editor and queue (ui/verdicts) any key (shortcuts included), click or wheel in the app restarts the idle lock fitted to the screen or where it was; the Tasks page's splitter and the task the annotator was on, remembered per profile (ui/window_state.py) View ▸ High contrast, remembered per profile (ui/appearance.py)</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Sync now (Ctrl+R), Make tasks available offline…, Sync details…</extracomment>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Settings ▸ Language… (ui/language_menu.py)</extracomment>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About DataFi Desktop</source>
        <translation>Acerca &amp;de DataFi Desktop</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>About DataFi Desktop</source>
        <translation>Acerca de DataFi Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;DataFi Desktop {version}&lt;/b&gt;&lt;br&gt;Label data offline, sign every submission, claim rewards on-chain.&lt;br&gt;&lt;br&gt;Profile: {profile}</source>
        <translation>&lt;b&gt;DataFi Desktop {version}&lt;/b&gt;&lt;br&gt;Etiquete datos sin conexión, firme cada envío y cobre sus recompensas en la cadena.&lt;br&gt;&lt;br&gt;Perfil: {profile}</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <source>Import photo or file…</source>
        <extracomment>the photo is on screen, or could not be shown (message)</extracomment>
        <translation>Importar foto o archivo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Drop a photo or file here, or press {keys} to choose one.
This task accepts {types}.</source>
        <extracomment>"Importing photo.jpg…" / "Loading photo.jpg…" while the file is copied and decoded off the UI thread (a 48 MP photo takes seconds): never a dark box</extracomment>
        <translation>Suelte aquí una foto o un archivo, o pulse {keys} para elegir uno.
Esta tarea acepta {types}.</translation>
    </message>
    <message>
        <source>Loading {file}…</source>
        <translation>Cargando {file}…</translation>
    </message>
    <message numerus="yes">
        <source>{size} text file, %n character(s): it is the item's text below.</source>
        <translation>
            <numerusform>Archivo de texto de {size}, %n carácter: es el texto del elemento, abajo.</numerusform>
            <numerusform>Archivo de texto de {size}, %n caracteres: es el texto del elemento, abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the photo: {error}</source>
        <translation>No se puede mostrar la foto: {error}</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <translation>escriba la fecha como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>no es una fecha válida</translation>
    </message>
    <message>
        <source>* required</source>
        <extracomment>the user changed a field: (name, value or None to clear, typing — merge the edits) text fields the campaign limits: their character counters</extracomment>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>how to write a date; it is stored as ISO</comment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>al menos {count} caracteres</translation>
    </message>
    <message>
        <source>Repeat</source>
        <comment>repeat the password</comment>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>La contraseña necesita al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>At least {count} characters. Nobody can recover it for you: write it down somewhere safe.</source>
        <translation>Al menos {count} caracteres. Nadie puede recuperarla por usted: anótela en un lugar seguro.</translation>
    </message>
    <message>
        <source>{strength}. {hint}</source>
        <comment>password strength, then a hint</comment>
        <translation>{strength}. {hint}</translation>
    </message>
    <message>
        <source>{hint}  The two passwords differ.</source>
        <translation>{hint}  Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop after the current page; what came stays</source>
        <translation>Detener tras la página actual; lo recibido se conserva</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Make tasks available offline</source>
        <translation>Tener tareas disponibles sin conexión</translation>
    </message>
    <message>
        <source>Reserve tasks on the hub and download everything they need, so you can label them without a connection. The hub holds them for you for the time below.</source>
        <translation>Reserve tareas en el hub y descargue todo lo que necesitan para etiquetarlas sin conexión. El hub se las guarda durante el tiempo indicado abajo.</translation>
    </message>
    <message>
        <source> tasks</source>
        <comment>suffix of a number of tasks</comment>
        <translation> tareas</translation>
    </message>
    <message>
        <source> days</source>
        <comment>suffix of a number of days</comment>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaña:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>C&amp;uántas:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Guardar durante:</translation>
    </message>
    <message>
        <source>No hub is set for this profile, so there is nothing to download (start with --hub URL).</source>
        <translation>Este perfil no tiene ningún hub, así que no hay nada que descargar (inicie con --hub URL).</translation>
    </message>
    <message>
        <source>No campaign yet: sync once while online to list the hub's campaigns.</source>
        <translation>Aún no hay campañas: sincronice una vez con conexión para listar las campañas del hub.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>An earlier download of %1 tasks stopped after %2; Resume continues it.</source>
        <translation>Una descarga anterior de %1 tareas se detuvo tras %2; Reanudar la continúa.</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>Deteniendo tras esta página…</translation>
    </message>
    <message>
        <source>%v of %m tasks reserved</source>
        <translation>%v de %m tareas reservadas</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v de %m archivos</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a signed-in account.</source>
        <translation>Desbloquee primero la billetera (Ctrl+U): el hub reserva tareas para una cuenta con sesión iniciada.</translation>
    </message>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>Reservando %n tarea…</numerusform>
            <numerusform>Reservando %n tareas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputCard</name>
    <message>
        <source>Preferred</source>
        <translation>Preferida</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Tasks</source>
        <extracomment>position in the navigation: Tasks 10, Review 20, Rewards 30, Wallet 40 the menu this page's actions go in ("&amp;Tasks"); empty for none the module (relative to this package) and the class the pages of a new window, in navigation order</extracomment>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Billetera</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Rewards</source>
        <translation>Recom&amp;pensas</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>&amp;Billetera</translation>
    </message>
</context>
<context>
    <name>PaneSet</name>
    <message>
        <source>failing ({error})</source>
        <translation>con fallos ({error})</translation>
    </message>
</context>
<context>
    <name>PredictionAssistant</name>
    <message>
        <source>Prediction request cancelled</source>
        <extracomment>a fallback run when no backend answers: (editor) → a worker function or None a prediction was shown (model) — for tests and the status bar the request failed or gave nothing (the message shown)</extracomment>
        <translation>Solicitud de predicción cancelada</translation>
    </message>
    <message>
        <source>Open a task first</source>
        <translation>Abra primero una tarea</translation>
    </message>
    <message>
        <source>This task is read-only: nothing to predict</source>
        <translation>Esta tarea es de solo lectura: no hay nada que predecir</translation>
    </message>
    <message>
        <source>This campaign names no ML backend and ships no offline model for this kind of task</source>
        <translation>Esta campaña no indica ningún backend de ML ni incluye un modelo sin conexión para este tipo de tarea</translation>
    </message>
    <message>
        <source>Asking the model for a prediction… (Ctrl+P again cancels)</source>
        <translation>Pidiendo una predicción al modelo… (Ctrl+P otra vez cancela)</translation>
    </message>
    <message>
        <source>The model has no prediction for this task</source>
        <translation>El modelo no tiene ninguna predicción para esta tarea</translation>
    </message>
    <message>
        <source>The prediction cannot be shown: the task is read-only now</source>
        <translation>La predicción no se puede mostrar: la tarea ahora es de solo lectura</translation>
    </message>
    <message>
        <source>Prediction by {model}: edit it, or accept it; Ctrl+Z undoes it</source>
        <translation>Predicción de {model}: edítela o acéptela; Ctrl+Z la deshace</translation>
    </message>
    <message>
        <source>No prediction: {reason}</source>
        <translation>Sin predicción: {reason}</translation>
    </message>
</context>
<context>
    <name>PredictionBanner</name>
    <message>
        <source>Prediction by {model} — check each item: edit it, or accept it with Enter ({keys} accepts all)</source>
        <translation>Predicción de {model}: revise cada elemento; edítelo o acéptelo con Enter ({keys} acepta todos)</translation>
    </message>
</context>
<context>
    <name>ProgressiveLoader</name>
    <message>
        <source>The full resolution could not be decoded: {error}</source>
        <extracomment>(LoadedImage, is_full_resolution) nothing could be shown: a message for the user naming the file and the problem the full resolution failed (the screen-sized picture stays up) scale of the pixmap delivered last (decoded size / full size); 0 before any where screen-size previews of large photos are kept (core.previews), if set</extracomment>
        <translation>No se pudo decodificar la resolución completa: {error}</translation>
    </message>
</context>
<context>
    <name>QualityStrip</name>
    <message>
        <source>Your running figures in this campaign, as the hub last reported them: agreement with other annotators of the same tasks, and your score on gold tasks (known answers)</source>
        <translation>Sus cifras actuales en esta campaña, según las últimas que informó el hub: concordancia con otros anotadores de las mismas tareas y su puntuación en tareas de oro (respuestas conocidas)</translation>
    </message>
    <message>
        <source>My quality</source>
        <translation>Mi calidad</translation>
    </message>
    <message>
        <source>No figures yet: the hub reports them once your work has been compared and reviewed.</source>
        <translation>Aún no hay cifras: el hub las informa cuando su trabajo se ha comparado y revisado.</translation>
    </message>
    <message>
        <source>My quality · {account}</source>
        <translation>Mi calidad · {account}</translation>
    </message>
</context>
<context>
    <name>QualityTableModel</name>
    <message>
        <source>Annotator</source>
        <extracomment>the AnnotatorRow of a row (any column)</extracomment>
        <translation>Anotador</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Precisión en oro</translation>
    </message>
    <message>
        <source>Suggestion kept</source>
        <translation>Sugerencia conservada</translation>
    </message>
    <message>
        <source>Campaign rate</source>
        <translation>Tasa de la campaña</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>gold accuracy</source>
        <translation>precisión en oro</translation>
    </message>
    <message>
        <source>rubber stamp</source>
        <translation>aprobación automática</translation>
    </message>
    <message>
        <source>{rate} of {shown}</source>
        <translation>{rate} de {shown}</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>No retenidas</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the reasons of a hold</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenidas</translation>
    </message>
    <message>
        <source>Held: {why}</source>
        <translation>Retenidas: {why}</translation>
    </message>
    <message>
        <source>{rate} of {answers}</source>
        <translation>{rate} de {answers}</translation>
    </message>
    <message>
        <source>⚑ Flagged</source>
        <translation>⚑ Marcado</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Show tasks in this state</source>
        <extracomment>the task shown in the detail pane changed (its cache uid, -1 for none)</extracomment>
        <translation>Mostrar las tareas en este estado</translation>
    </message>
    <message>
        <source>Show tasks of this kind</source>
        <translation>Mostrar las tareas de este tipo</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the tasks whose text, task id or #number contains this</source>
        <translation>Mostrar las tareas cuyo texto, id. de tarea o #número contiene esto</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>The tasks of the campaign; Return opens the selected one</source>
        <translation>Las tareas de la campaña; Return abre la seleccionada</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>Aún no hay ninguna campaña</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} de {total} hechas</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>Tarea &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>Tarea &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Filter text…</source>
        <translation>&amp;Filtrar texto…</translation>
    </message>
    <message>
        <source>Show &amp;all tasks</source>
        <translation>Mostrar &amp;todas las tareas</translation>
    </message>
    <message>
        <source>Show tasks &amp;to do</source>
        <translation>Mostrar las tareas &amp;pendientes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln task(s) shown</source>
        <translation>
            <numerusform>{shown} de %Ln tarea mostrada</numerusform>
            <numerusform>{shown} de %Ln tareas mostradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingScaleWidget</name>
    <message>
        <source>Rating {scale}, {low} to {high}</source>
        <extracomment>at most this many values are shown as buttons digits typed within this many seconds make one number (scale name, rating or None to clear) a key that cannot rate this scale, in words for the status bar</extracomment>
        <translation>Puntuación {scale}, de {low} a {high}</translation>
    </message>
    <message>
        <source> (press {key}, then a number)</source>
        <extracomment>"· predicted by …" while the rating is a model's that nobody set (text, never hidden, so that nothing moves when it goes)</extracomment>
        <translation> (pulse {key} y luego un número)</translation>
    </message>
    <message>
        <source>· predicted by {model}</source>
        <translation>· predicha por {model}</translation>
    </message>
    <message>
        <source>The model's rating: rate it yourself, or confirm it when you submit</source>
        <translation>La puntuación del modelo: puntúe usted mismo o confírmela al enviar</translation>
    </message>
    <message>
        <source>{scale} goes from {low} to {high}</source>
        <translation>{scale} va de {low} a {high}</translation>
    </message>
</context>
<context>
    <name>ReasonEdit</name>
    <message>
        <source>Why is it better? (optional) — press R to write here, Esc to leave</source>
        <translation>¿Por qué es mejor? (opcional): pulse R para escribir aquí, Esc para salir</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Say why: pick a reason (its number) or write one.</source>
        <translation>Indique por qué: elija un motivo (su número) o escriba uno.</translation>
    </message>
    <message>
        <source>Reject: say why</source>
        <translation>Rechazar: indique por qué</translation>
    </message>
    <message>
        <source>Press a reason's number, add details if you like, then Enter. Esc cancels.</source>
        <translation>Pulse el número de un motivo, añada detalles si quiere y luego Enter. Esc cancela.</translation>
    </message>
    <message>
        <source>Reject the label by {annotator}. {how}</source>
        <translation>Rechazar la etiqueta de {annotator}. {how}</translation>
    </message>
    <message>
        <source>Details (required when no reason is picked)</source>
        <translation>Detalles (obligatorios si no se elige ningún motivo)</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>verb: reject the submission</comment>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Reason {number}</source>
        <translation>Motivo {number}</translation>
    </message>
    <message>
        <source>Say why: write the reason.</source>
        <translation>Indique por qué: escriba el motivo.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Could not reserve tasks: {error}</source>
        <translation>No se pudieron reservar tareas: {error}</translation>
    </message>
    <message>
        <source>{message}. Try again when the hub is reachable.</source>
        <translation>{message}. Vuelva a intentarlo cuando el hub esté accesible.</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: reserving tasks is signed.</source>
        <translation>Desbloquee primero la billetera (Ctrl+U): reservar tareas requiere firma.</translation>
    </message>
    <message>
        <source>The hub refused: {message}</source>
        <translation>El hub lo rechazó: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) downloaded</source>
        <translation>
            <numerusform>%Ln archivo descargado</numerusform>
            <numerusform>%Ln archivos descargados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln task(s) available offline, {files}. Resume continues from there.</source>
        <translation>
            <numerusform>Detenido: %Ln tarea disponible sin conexión, {files}. Reanudar continúa desde ahí.</numerusform>
            <numerusform>Detenido: %Ln tareas disponibles sin conexión, {files}. Reanudar continúa desde ahí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) available offline; {files}. They are in the Tasks page.</source>
        <translation>
            <numerusform>%Ln tarea disponible sin conexión; {files}. Está en la página Tareas.</numerusform>
            <numerusform>%Ln tareas disponibles sin conexión; {files}. Están en la página Tareas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} The hub says: {notes}.</source>
        <translation>{text} El hub dice: {notes}.</translation>
    </message>
    <message>
        <source>{text} (The hub had {leased} of the {asked} asked for.)</source>
        <translation>{text} (El hub tenía {leased} de las {asked} pedidas.)</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>The label is right: sign an accept</source>
        <translation>La etiqueta es correcta: firmar una aceptación</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>The label is wrong: say why, then sign a reject</source>
        <translation>La etiqueta es incorrecta: indique por qué y firme un rechazo</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corregir</translation>
    </message>
    <message>
        <source>Fix the label in the pane, then sign the correction</source>
        <translation>Corrija la etiqueta en el panel y luego firme la corrección</translation>
    </message>
    <message>
        <source>&amp;Sign the correction</source>
        <translation>&amp;Firmar la corrección</translation>
    </message>
    <message>
        <source>Sign the corrected label</source>
        <translation>Firmar la etiqueta corregida</translation>
    </message>
    <message>
        <source>Cancel the correctio&amp;n</source>
        <translation>Cancelar la correcció&amp;n</translation>
    </message>
    <message>
        <source>Back to the label under review</source>
        <translation>Volver a la etiqueta en revisión</translation>
    </message>
    <message>
        <source>&amp;Next submission</source>
        <translation>Envío &amp;siguiente</translation>
    </message>
    <message>
        <source>Leave this one for later and show the next</source>
        <translation>Dejar este para más tarde y mostrar el siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous submission</source>
        <translation>Envío an&amp;terior</translation>
    </message>
    <message>
        <source>Show the one before</source>
        <translation>Mostrar el anterior</translation>
    </message>
    <message>
        <source>Show the next &amp;label of this task</source>
        <translation>Mostrar la siguiente &amp;etiqueta de esta tarea</translation>
    </message>
    <message>
        <source>The other annotators' labels and the consensus, in turn</source>
        <translation>Las etiquetas de los demás anotadores y el consenso, una tras otra</translation>
    </message>
    <message>
        <source>&amp;Get more to review</source>
        <translation>&amp;Obtener más para revisar</translation>
    </message>
    <message>
        <source>Lease submissions of other annotators from the hub (then sync)</source>
        <translation>Reservar envíos de otros anotadores en el hub (luego sincronizar)</translation>
    </message>
    <message>
        <source>Annotators' &amp;quality…</source>
        <translation>Calida&amp;d de los anotadores…</translation>
    </message>
    <message>
        <source>Every annotator's figures in this campaign, as the hub reports them (reviewers and admins)</source>
        <translation>Las cifras de cada anotador en esta campaña, tal como las informa el hub (revisores y administradores)</translation>
    </message>
</context>
<context>
    <name>ReviewFetcher</name>
    <message>
        <source>Sync is off (no hub), so no new submissions can be fetched. Start with --hub URL; what is already here can be reviewed.</source>
        <extracomment>how long leased submissions stay ours to review offline (the hub caps it at 14 days) a message for the page ("Fetching 50 submissions to review…", "Offline: …") a fetch started (True) or ended (False) a fetch ended and the cache may hold new items (the report, or the error) campaigns the hub refused to lease reviews of (no reviewer role)</extracomment>
        <translation>La sincronización está desactivada (no hay hub), así que no se pueden obtener envíos nuevos. Inicie con --hub URL; lo que ya está aquí se puede revisar.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching up to %n submission(s) to review…</source>
        <translation>
            <numerusform>Obteniendo hasta %n envío para revisar…</numerusform>
            <numerusform>Obteniendo hasta %n envíos para revisar…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch submissions to review: {error}</source>
        <translation>No se pudieron obtener envíos para revisar: {error}</translation>
    </message>
    <message>
        <source>Offline: the hub cannot be reached. Review what is already here; the verdicts are sent and more submissions fetched when it answers.</source>
        <translation>Sin conexión: no se puede contactar con el hub. Revise lo que ya tiene aquí; los veredictos se envían y se obtienen más envíos cuando responda.</translation>
    </message>
    <message>
        <source>Unlock the wallet to sync: the hub needs your signature to sign in.</source>
        <translation>Desbloquee la billetera para sincronizar: el hub necesita su firma para iniciar sesión.</translation>
    </message>
    <message>
        <source>Sync problem: {message}</source>
        <translation>Problema de sincronización: {message}</translation>
    </message>
    <message>
        <source>The hub does not let this account review campaign “{campaign}”: a reviewer role is needed.</source>
        <translation>El hub no permite que esta cuenta revise la campaña «{campaign}»: se necesita el rol de revisor.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) leased to review</source>
        <translation>
            <numerusform>%n envío reservado para revisar</numerusform>
            <numerusform>%n envíos reservados para revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review right now.</source>
        <translation>No hay nada pendiente de revisión ahora mismo.</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>Possible copy: {detail}</source>
        <extracomment>the panes' contexts of "This task is read-only" (the message replaced while reviewing)</extracomment>
        <translation>Posible copia: {detail}</translation>
    </message>
    <message>
        <source>Task id</source>
        <extracomment>a short message for the page's message line the pane asked to submit (Enter on a complete label) while correcting "empty", "review" (read-only), "correct" (editable) or "done" (reviewed here)</extracomment>
        <translation>Id. de la tarea</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>&amp;Others' shapes</source>
        <translation>F&amp;ormas de los demás</translation>
    </message>
    <message>
        <source>Draw the other annotators' boxes or polygons dashed over the image, in the colour of their card (Alt+O)</source>
        <translation>Dibuja con trazos discontinuos sobre la imagen las cajas o polígonos de los demás anotadores, en el color de su tarjeta (Alt+O)</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nada que revisar</translation>
    </message>
    <message>
        <source>by {annotator} · {when}</source>
        <translation>de {annotator} · {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n more review(s) needed</source>
        <translation>
            <numerusform>falta %n revisión</numerusform>
            <numerusform>faltan %n revisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Labeled and signed by {annotator}</source>
        <translation>Etiquetado y firmado por {annotator}</translation>
    </message>
    <message>
        <source>Sign the correction (Ctrl+Enter) or cancel it (Esc) first</source>
        <translation>Primero firme la corrección (Ctrl+Enter) o cancélela (Esc)</translation>
    </message>
    <message>
        <source>Showing {card}: {summary}</source>
        <translation>Mostrando {card}: {summary}</translation>
    </message>
    <message>
        <source>Showing the label under review</source>
        <translation>Mostrando la etiqueta en revisión</translation>
    </message>
    <message>
        <source>Correcting, starting from the label under review: edit it with the pane's keys, then Ctrl+Enter signs the correction · Esc cancels · Ctrl+Z undoes</source>
        <translation>Corrigiendo a partir de la etiqueta en revisión: edítela con las teclas del panel; luego Ctrl+Enter firma la corrección · Esc cancela · Ctrl+Z deshace</translation>
    </message>
    <message>
        <source>Correcting, starting from {card}: edit it with the pane's keys, then Ctrl+Enter signs the correction · Esc cancels · Ctrl+Z undoes</source>
        <translation>Corrigiendo a partir de {card}: edítela con las teclas del panel; luego Ctrl+Enter firma la corrección · Esc cancela · Ctrl+Z deshace</translation>
    </message>
    <message>
        <source>Read-only while reviewing: press C to correct the label</source>
        <translation>Solo lectura durante la revisión: pulse C para corregir la etiqueta</translation>
    </message>
</context>
<context>
    <name>ReviewItemsModel</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotador</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation>Su veredicto</translation>
    </message>
</context>
<context>
    <name>ReviewListPanel</name>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Reviewed here</source>
        <translation>Revisados aquí</translation>
    </message>
    <message>
        <source>Other annotators' submissions leased to you: judge each one with a key (A accept, R reject, C correct); every verdict is signed. They stay here to review offline.</source>
        <translation>Envíos de otros anotadores reservados para usted: juzgue cada uno con una tecla (A aceptar, R rechazar, C corregir); cada veredicto se firma. Se quedan aquí para revisarlos sin conexión.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>The campaign to review</source>
        <translation>La campaña que se va a revisar</translation>
    </message>
    <message>
        <source>How many submissions to keep leased for review</source>
        <translation>Cuántos envíos mantener reservados para revisar</translation>
    </message>
    <message>
        <source>Get more to review  G</source>
        <translation>Obtener más para revisar  G</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Which submissions the list shows</source>
        <translation>Qué envíos muestra la lista</translation>
    </message>
    <message>
        <source>Submissions to review</source>
        <translation>Envíos por revisar</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Nothing to move to: press G to get submissions to review</source>
        <translation>No hay a dónde moverse: pulse G para obtener envíos por revisar</translation>
    </message>
    <message>
        <source>This is the last one</source>
        <translation>Este es el último</translation>
    </message>
    <message>
        <source>This is the first one</source>
        <translation>Este es el primero</translation>
    </message>
    <message>
        <source>signed, waiting to be sent</source>
        <translation>firmado, pendiente de envío</translation>
    </message>
    <message>
        <source>the hub has it</source>
        <translation>ya está en el hub</translation>
    </message>
    <message>
        <source>refused by the hub: {reason}</source>
        <translation>rechazado por el hub: {reason}</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>sin motivo</translation>
    </message>
    <message>
        <source>You accepted it{reason} {when} · {status}</source>
        <translation>Lo aceptó{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>You rejected it{reason} {when} · {status}</source>
        <translation>Lo rechazó{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>You corrected it{reason} {when} · {status}</source>
        <translation>Lo corrigió{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>No campaign yet: sync with a hub to get one.</source>
        <translation>Aún no hay campaña: sincronice con un hub para obtener una.</translation>
    </message>
    <message>
        <source>No verdicts made here yet in this campaign.</source>
        <translation>Aún no se ha emitido aquí ningún veredicto en esta campaña.</translation>
    </message>
    <message>
        <source>This account is not a reviewer of campaign “{campaign}”.

Ask the campaign's admin for the reviewer role (on the hub: datafi-hub role grant CAMPAIGN ADDRESS reviewer), then press G.</source>
        <translation>Esta cuenta no es revisora de la campaña «{campaign}».

Pida al administrador de la campaña el rol de revisor (en el hub: datafi-hub role grant CAMPAIGN ADDRESS reviewer) y luego pulse G.</translation>
    </message>
    <message>
        <source>Sync is off (no hub): start the app with --hub URL to lease submissions.</source>
        <translation>La sincronización está desactivada (sin hub): inicie la aplicación con --hub URL para reservar envíos.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to review here.

Press G to lease up to %n submission(s) of other annotators from the hub. They stay on this computer, so you can review them offline.</source>
        <translation>
            <numerusform>Nada que revisar aquí.

Pulse G para reservar del hub hasta %n envío de otros anotadores. Se queda en este equipo, así que puede revisarlo sin conexión.</numerusform>
            <numerusform>Nada que revisar aquí.

Pulse G para reservar del hub hasta %n envíos de otros anotadores. Se quedan en este equipo, así que puede revisarlos sin conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to review</source>
        <translation>{count} por revisar</translation>
    </message>
    <message>
        <source>{count} reviewed here</source>
        <translation>{count} revisados aquí</translation>
    </message>
    <message>
        <source>{count} waiting to be sent</source>
        <translation>{count} pendientes de envío</translation>
    </message>
    <message>
        <source>{count} of your own not listed: someone else reviews them</source>
        <translation>{count} propios no listados: los revisa otra persona</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) refused by the hub: {reason}</source>
        <translation>
            <numerusform>%n veredicto rechazado por el hub: {reason}</numerusform>
            <numerusform>%n veredictos rechazados por el hub: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se indicó el motivo</translation>
    </message>
    <message>
        <source>Already reviewed here</source>
        <translation>Ya revisado aquí</translation>
    </message>
    <message>
        <source>Finish the correction first</source>
        <translation>Termine primero la corrección</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>No rechazado</translation>
    </message>
    <message>
        <source>This kind of task cannot be corrected here: accept or reject it</source>
        <translation>Este tipo de tarea no se puede corregir aquí: acéptela o recházela</translation>
    </message>
    <message>
        <source>Correcting: Ctrl+Enter signs the correction, Esc cancels</source>
        <translation>Corrigiendo: Ctrl+Intro firma la corrección, Esc cancela</translation>
    </message>
    <message>
        <source>Not signed yet: {problem}</source>
        <translation>Aún no firmado: {problem}</translation>
    </message>
    <message>
        <source>Correction cancelled: nothing was signed</source>
        <translation>Corrección cancelada: no se firmó nada</translation>
    </message>
    <message>
        <source>Accepted and signed ({signer}); queued for the hub</source>
        <translation>Aceptado y firmado ({signer}); en cola para el hub</translation>
    </message>
    <message>
        <source>Rejected and signed ({signer}); queued for the hub</source>
        <translation>Rechazado y firmado ({signer}); en cola para el hub</translation>
    </message>
    <message>
        <source>Corrected and signed ({signer}); queued for the hub</source>
        <translation>Corregido y firmado ({signer}); en cola para el hub</translation>
    </message>
    <message>
        <source>No campaign to review yet: sync with a hub first</source>
        <translation>Todavía no hay campaña que revisar: sincronice primero con un hub</translation>
    </message>
    <message>
        <source>Not fetched: the wallet is still locked.</source>
        <translation>No obtenido: la billetera sigue bloqueada.</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Accepted work earns tokens. Each epoch the hub posts a Merkle root of everyone's earnings on-chain; claim what is settled from your wallet, or let the hub send the claim when you hold no ETH for gas.</source>
        <translation>El trabajo aceptado gana tokens. En cada época el hub publica en la cadena una raíz de Merkle con las ganancias de todos; cobre lo liquidado desde su billetera, o deje que el hub envíe el cobro si no tiene ETH para el gas.</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaña</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Cobros</translation>
    </message>
    <message>
        <source>&amp;Claim…</source>
        <translation>&amp;Cobrar…</translation>
    </message>
    <message>
        <source>Claim through the &amp;hub…</source>
        <translation>Cobrar a través del &amp;hub…</translation>
    </message>
    <message>
        <source>&amp;Refresh rewards</source>
        <translation>&amp;Actualizar recompensas</translation>
    </message>
    <message>
        <source>Chain &amp;settings…</source>
        <translation>Configuración de la ca&amp;dena…</translation>
    </message>
    <message>
        <source>Account {address}</source>
        <translation>Cuenta {address}</translation>
    </message>
    <message>
        <source>No account yet: create or import one on the Wallet page (Ctrl+4).</source>
        <translation>Aún no hay cuenta: cree o importe una en la página Billetera (Ctrl+4).</translation>
    </message>
    <message>
        <source>No campaign here settles its rewards on a chain yet. Campaigns name their chain and distributor; sync with the hub to fetch them.</source>
        <translation>Aquí todavía no hay ninguna campaña que liquide sus recompensas en una cadena. Las campañas indican su cadena y su distribuidor; sincronice con el hub para obtenerlas.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>The claim failed: {error}</source>
        <translation>El cobro falló: {error}</translation>
    </message>
    <message>
        <source>The claim was dropped: {error}</source>
        <translation>El cobro se descartó: {error}</translation>
    </message>
    <message>
        <source>The claim is {state}: {error}</source>
        <translation>El cobro está en estado {state}: {error}</translation>
    </message>
    <message>
        <source>Could not refresh: {error}</source>
        <translation>No se pudo actualizar: {error}</translation>
    </message>
    <message>
        <source>Nothing is settled for this account yet.</source>
        <translation>Aún no hay nada liquidado para esta cuenta.</translation>
    </message>
    <message>
        <source>Estimating the gas…</source>
        <translation>Estimando el gas…</translation>
    </message>
    <message>
        <source>Nothing to claim: everything settled is already paid.</source>
        <translation>Nada que cobrar: todo lo liquidado ya está pagado.</translation>
    </message>
    <message>
        <source>The chain cannot be reached: {error}.</source>
        <translation>No se puede contactar con la cadena: {error}.</translation>
    </message>
    <message>
        <source>The distributor would refuse this claim — {reason}</source>
        <translation>El distribuidor rechazaría este cobro: {reason}</translation>
    </message>
    <message>
        <source>Could not prepare the claim ({error}).</source>
        <translation>No se pudo preparar el cobro ({error}).</translation>
    </message>
    <message>
        <source>Sending {transaction}…</source>
        <translation>Enviando {transaction}…</translation>
    </message>
    <message>
        <source>Claimed: the tokens are in your account.</source>
        <translation>Cobrado: los tokens están en su cuenta.</translation>
    </message>
    <message>
        <source>Sent: waiting for the transaction to be mined.</source>
        <translation>Enviado: esperando a que se mine la transacción.</translation>
    </message>
    <message>
        <source>Not sent yet ({error}); it will be sent again.</source>
        <translation>Aún no se ha enviado ({error}); se volverá a enviar.</translation>
    </message>
    <message>
        <source>Nothing settled yet, or no hub for this campaign.</source>
        <translation>Aún no hay nada liquidado, o esta campaña no tiene hub.</translation>
    </message>
    <message>
        <source>The hub sent your claim.</source>
        <translation>El hub envió su cobro.</translation>
    </message>
    <message>
        <source>{error} (try again in {seconds} s)</source>
        <translation>{error} (vuelva a intentarlo en {seconds} s)</translation>
    </message>
    <message>
        <source>The hub refused: {error}</source>
        <translation>El hub lo rechazó: {error}</translation>
    </message>
    <message>
        <source>The hub cannot relay it now: the claim is kept and sent at the next sync.</source>
        <translation>El hub no puede retransmitirlo ahora: el cobro se guarda y se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Could not reach the hub's relayer ({error}).</source>
        <translation>No se pudo contactar con el retransmisor del hub ({error}).</translation>
    </message>
    <message>
        <source>Handing the claim to the hub…</source>
        <translation>Entregando el cobro al hub…</translation>
    </message>
    <message>
        <source>Kept: the claim is sent at the next sync.</source>
        <translation>Guardado: el cobro se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>A claim is already on its way.</source>
        <translation>Ya hay un cobro en curso.</translation>
    </message>
    <message>
        <source>Chain settings</source>
        <translation>Configuración de la cadena</translation>
    </message>
    <message>
        <source>Chain settings saved.</source>
        <translation>Configuración de la cadena guardada.</translation>
    </message>
</context>
<context>
    <name>ShapeList</name>
    <message>
        <source>malformed — delete it</source>
        <extracomment>a row was clicked (shape index) the eye of a row was clicked (shape index) said in the empty list ("No boxes yet: press B and drag") what each row shows (label, colour, hidden), to skip unchanged rows cheaply</extracomment>
        <translation>mal formado: elimínelo</translation>
    </message>
    <message>
        <source>{label} · predicted</source>
        <extracomment>Sizes in device-independent pixels (constant on screen at any zoom). the further polygons of an object in several parts, children of ``item`` the shape's bounds (image pixels), where its tag is placed from cosmetic pens are in device pixels: widths are multiplied by the device pixel ratio</extracomment>
        <translation>{label} · predicha</translation>
    </message>
</context>
<context>
    <name>ShapeWords</name>
    <message numerus="yes">
        <source>%n span(s): {labels}</source>
        <translation>
            <numerusform>%n fragmento: {labels}</numerusform>
            <numerusform>%n fragmentos: {labels}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es): {labels}</source>
        <translation>
            <numerusform>%n recuadro: {labels}</numerusform>
            <numerusform>%n recuadros: {labels}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s): {labels}</source>
        <translation>
            <numerusform>%n polígono: {labels}</numerusform>
            <numerusform>%n polígonos: {labels}</numerusform>
        </translation>
    </message>
    <message>
        <source>no spans</source>
        <translation>sin fragmentos</translation>
    </message>
    <message>
        <source>no boxes</source>
        <translation>sin recuadros</translation>
    </message>
    <message>
        <source>no polygons</source>
        <translation>sin polígonos</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpanListView</name>
    <message>
        <source>Spans</source>
        <translation>Fragmentos</translation>
    </message>
</context>
<context>
    <name>SpanTextView</name>
    <message>
        <source>Task text</source>
        <extracomment>a press and release closer than this (pixels) is a click, not a drag positions around the visible text whose spans get their backgrounds from Qt line height of a classification text (percent): airy enough to read a click (not a drag): the document position of the character under the mouse, or -1</extracomment>
        <translation>Texto de la tarea</translation>
    </message>
    <message>
        <source>The text to label; select a passage and press a label's key</source>
        <translation>El texto que hay que etiquetar; seleccione un pasaje y pulse la tecla de una etiqueta</translation>
    </message>
</context>
<context>
    <name>SpansController</name>
    <message>
        <source>Already marked: {span}</source>
        <translation>Ya marcado: {span}</translation>
    </message>
    <message>
        <source>Add span {span}</source>
        <translation>Añadir fragmento {span}</translation>
    </message>
    <message>
        <source>Relabel span {span}</source>
        <translation>Cambiar la etiqueta del fragmento {span}</translation>
    </message>
    <message>
        <source>Add span: {span}</source>
        <translation>Añadir fragmento: {span}</translation>
    </message>
    <message>
        <source>Relabel span: {span}</source>
        <translation>Cambiar la etiqueta del fragmento: {span}</translation>
    </message>
    <message>
        <source>Select a span first: click it or press Tab</source>
        <translation>Seleccione primero un fragmento: haga clic en él o pulse Tab</translation>
    </message>
    <message>
        <source>Delete span {label} “{text}”</source>
        <translation>Eliminar fragmento {label} «{text}»</translation>
    </message>
    <message>
        <source>No spans yet: select some text and press a label key</source>
        <translation>Aún no hay fragmentos: seleccione texto y pulse la tecla de una etiqueta</translation>
    </message>
    <message>
        <source>Selected {label} “{text}”</source>
        <translation>Seleccionado {label} «{text}»</translation>
    </message>
    <message numerus="yes">
        <source> (1 of %n here: click again for the next)</source>
        <translation>
            <numerusform> (1 de %n aquí: haga clic otra vez para el siguiente)</numerusform>
            <numerusform> (1 de %n aquí: haga clic otra vez para el siguiente)</numerusform>
        </translation>
    </message>
    <message>
        <source> (predicted by {model})</source>
        <translation> (predicho por {model})</translation>
    </message>
    <message>
        <source> (predicted)</source>
        <translation> (predicho)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{address}
Click to copy the address</source>
        <extracomment>the user clicked the lock (wants to unlock or lock) or "No account" "Synced 2 min ago", "Offline — 3 to send"…; a click shows details and Sync now</extracomment>
        <translation>{address}
Haga clic para copiar la dirección</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Sin cuenta</translation>
    </message>
    <message>
        <source>Create or import an account on the Wallet page</source>
        <translation>Cree o importe una cuenta en la página Billetera</translation>
    </message>
    <message>
        <source>Unlocked · locks in {time}</source>
        <translation>Desbloqueada · se bloquea en {time}</translation>
    </message>
    <message>
        <source>Signing is possible. The wallet locks itself after {time} without activity (Ctrl+L locks now).</source>
        <translation>Se puede firmar. La billetera se bloquea sola tras {time} sin actividad (Ctrl+L la bloquea ahora).</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U) to sign submissions</source>
        <translation>Desbloquee (Ctrl+U) para firmar envíos</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n por enviar</numerusform>
            <numerusform>%n por enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nada que enviar</translation>
    </message>
    <message>
        <source>Outbox: {counts}</source>
        <translation>Bandeja de salida: {counts}</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>La bandeja de salida está vacía</translation>
    </message>
    <message>
        <source>Copied {address}</source>
        <translation>Se copió {address}</translation>
    </message>
</context>
<context>
    <name>SubmissionBar</name>
    <message>
        <source>Signed and queued: it is sent to the hub at the next sync.</source>
        <translation>Firmado y en cola: se envía al hub en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Sent to the hub: waiting for review.</source>
        <translation>Enviado al hub: pendiente de revisión.</translation>
    </message>
    <message>
        <source>Accepted by a reviewer.</source>
        <translation>Aceptado por un revisor.</translation>
    </message>
    <message>
        <source>Accepted, and its reward is paid.</source>
        <translation>Aceptado, y su recompensa está pagada.</translation>
    </message>
    <message>
        <source>Accepted with a correction.</source>
        <extracomment>the same when the reviewer corrected the label</extracomment>
        <translation>Aceptado con una corrección.</translation>
    </message>
    <message>
        <source>Accepted with a correction, and its reward is paid.</source>
        <translation>Aceptado con una corrección, y su recompensa está pagada.</translation>
    </message>
    <message>
        <source>Show correction</source>
        <extracomment>"Show correction" was turned on (show the reviewer's correction) or off the verdict's details: the reviewer's correction, who reviewed and when</extracomment>
        <translation>Mostrar corrección</translation>
    </message>
    <message>
        <source>Label again</source>
        <translation>Volver a etiquetar</translation>
    </message>
    <message>
        <source>Rejected by a reviewer: {reason}. Label it again to correct it.</source>
        <translation>Rechazado por un revisor: {reason}. Vuelva a etiquetarlo para corregirlo.</translation>
    </message>
    <message>
        <source>Rejected by a reviewer. Label it again to correct it.</source>
        <translation>Rechazado por un revisor. Vuelva a etiquetarlo para corregirlo.</translation>
    </message>
    <message>
        <source>{sentence} Shown read-only.</source>
        <translation>{sentence} Se muestra en solo lectura.</translation>
    </message>
    <message>
        <source>Start a new draft from this submission ({keys})</source>
        <translation>Empezar un borrador nuevo a partir de este envío ({keys})</translation>
    </message>
    <message>
        <source>Show my label</source>
        <translation>Mostrar mi etiqueta</translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message>
        <source>Submissions are signed with your wallet, and it has no account yet. Create one, or import one you already have, on the Wallet page. Your draft is kept.</source>
        <extracomment>the submission was signed and queued (its SubmissionRow)</extracomment>
        <translation>Los envíos se firman con su billetera, y aún no tiene ninguna cuenta. Cree una, o importe una que ya tenga, en la página Billetera. Su borrador se conserva.</translation>
    </message>
    <message>
        <source>Not submitted: create or import an account to sign with. Your draft is kept.</source>
        <translation>No enviado: cree o importe una cuenta con la que firmar. Su borrador se conserva.</translation>
    </message>
    <message>
        <source>Not submitted: the wallet is still locked. Your draft is kept.</source>
        <translation>No enviado: la billetera sigue bloqueada. Su borrador se conserva.</translation>
    </message>
    <message>
        <source>Not submitted: {error}. Your draft is kept.</source>
        <translation>No enviado: {error}. Su borrador se conserva.</translation>
    </message>
    <message>
        <source>Not submitted: the wallet locked itself. Your draft is kept.</source>
        <translation>No enviado: la billetera se bloqueó sola. Su borrador se conserva.</translation>
    </message>
    <message>
        <source>Not submitted: the cache could not store it ({error}). Your draft is kept.</source>
        <translation>No enviado: la caché no pudo guardarlo ({error}). Su borrador se conserva.</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Claimable</source>
        <translation>Cobrable</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>accepted, not settled yet</source>
        <translation>aceptado, aún sin liquidar</translation>
    </message>
    <message>
        <source>not known yet: sync with the hub</source>
        <translation>aún desconocido: sincronice con el hub</translation>
    </message>
    <message>
        <source>{amount} being claimed now</source>
        <translation>{amount} en proceso de cobro</translation>
    </message>
    <message>
        <source>settled in epoch {epoch}</source>
        <translation>liquidado en la época {epoch}</translation>
    </message>
    <message>
        <source>{detail} — a newer epoch is on-chain: refresh</source>
        <translation>{detail}; hay una época más reciente en la cadena: actualice</translation>
    </message>
    <message>
        <source>nothing settled yet</source>
        <translation>nada liquidado aún</translation>
    </message>
    <message>
        <source>paid to your account</source>
        <translation>pagado a su cuenta</translation>
    </message>
    <message>
        <source>Token balance &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>Saldo de tokens &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Token balance —</source>
        <translation>Saldo de tokens —</translation>
    </message>
    <message>
        <source>ETH for gas &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>ETH para el gas &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ETH for gas —</source>
        <translation>ETH para el gas —</translation>
    </message>
    <message>
        <source>the in-process demo chain</source>
        <translation>la cadena de demostración dentro del proceso</translation>
    </message>
    <message>
        <source>Chain {chain} ({where}) · distributor {distributor}</source>
        <translation>Cadena {chain} ({where}) · distribuidor {distributor}</translation>
    </message>
    <message>
        <source>chain: {error}</source>
        <translation>cadena: {error}</translation>
    </message>
    <message>
        <source>read at {time}</source>
        <translation>leído a las {time}</translation>
    </message>
    <message>
        <source>hub: {error}</source>
        <translation>hub: {error}</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>why there is no hub *yet* (the demo's starts after the first paint): Sync now stays enabled, says so, and syncs once the hub is up</extracomment>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Make tasks available &amp;offline…</source>
        <translation>Tener tareas disponibles sin &amp;conexión…</translation>
    </message>
    <message>
        <source>Sync &amp;details…</source>
        <translation>&amp;Detalles de la sincronización…</translation>
    </message>
    <message>
        <source>No hub for this profile (start with --hub URL)</source>
        <translation>No hay hub para este perfil (inicie con --hub URL)</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>Sincronizando con el hub…</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>queued</source>
        <extracomment>outbox states and submission statuses, as the details dialog says them</extracomment>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviados</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptados</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagados</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Detalles de la sincronización</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>Bandeja de salida:</translation>
    </message>
    <message>
        <source>Submissions:</source>
        <translation>Envíos:</translation>
    </message>
    <message>
        <source>none (use Get tasks)</source>
        <extracomment>the first-batch setting: open label tasks each sync keeps leased</extracomment>
        <translation>ninguna (use Obtener tareas)</translation>
    </message>
    <message>
        <source>Each sync reserves tasks from the hub until you have this many to label; 0 turns it off</source>
        <translation>Cada sincronización reserva tareas del hub hasta que tenga estas por etiquetar; 0 lo desactiva</translation>
    </message>
    <message>
        <source>&amp;Tasks kept ready:</source>
        <translation>&amp;Tareas preparadas:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Recent syncs:</source>
        <translation>Sincronizaciones recientes:</translation>
    </message>
    <message>
        <source>none (offline only)</source>
        <translation>ninguno (solo sin conexión)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <comment>a count and a state: 3 queued</comment>
        <translation>{count} {state}</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Click for details and Sync now ({shortcut})</source>
        <extracomment>how often "2 min ago" is brought up to date</extracomment>
        <translation>Haga clic para ver los detalles y Sincronizar ahora ({shortcut})</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>Sincronización: {state}</translation>
    </message>
</context>
<context>
    <name>SyncPopover</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Make tasks available offline…</source>
        <translation>Tener tareas disponibles sin conexión…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Connecting to the hub</source>
        <translation>Conectando con el hub</translation>
    </message>
    <message>
        <source>Signing in with the wallet</source>
        <translation>Iniciando sesión con la billetera</translation>
    </message>
    <message>
        <source>Fetching campaigns</source>
        <translation>Obteniendo campañas</translation>
    </message>
    <message>
        <source>Reserving tasks</source>
        <translation>Reservando tareas</translation>
    </message>
    <message>
        <source>Downloading files</source>
        <translation>Descargando archivos</translation>
    </message>
    <message>
        <source>Uploading collected files</source>
        <translation>Subiendo los archivos recopilados</translation>
    </message>
    <message>
        <source>Sending submissions</source>
        <translation>Enviando envíos</translation>
    </message>
    <message>
        <source>Fetching review results</source>
        <translation>Obteniendo resultados de revisión</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced with this hub yet</source>
        <translation>Aún no se ha sincronizado nunca con este hub</translation>
    </message>
    <message>
        <source>Last successful sync: {ago} ({time})</source>
        <translation>Última sincronización correcta: {ago} ({time})</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n por enviar</numerusform>
            <numerusform>%n por enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>{state} — {pending}</source>
        <translation>{state}: {pending}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable at {hub} — working offline; %n submission(s) will be sent when it is back.
You can keep labeling and submitting; it syncs by itself when the hub answers.
{last}</source>
        <translation>
            <numerusform>No se puede contactar con el hub en {hub}; se trabaja sin conexión. %n envío se enviará cuando vuelva.
Puede seguir etiquetando y enviando; se sincroniza solo cuando el hub responda.
{last}</numerusform>
            <numerusform>No se puede contactar con el hub en {hub}; se trabaja sin conexión. %n envíos se enviarán cuando vuelva.
Puede seguir etiquetando y enviando; se sincroniza solo cuando el hub responda.
{last}</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub unreachable</source>
        <translation>Hub inaccesible</translation>
    </message>
    <message>
        <source>Unlock to sync</source>
        <translation>Desbloquee para sincronizar</translation>
    </message>
    <message>
        <source>Unlock the wallet to sync (Ctrl+U): sending submissions and reserving tasks need your signature. Campaigns and files still download.
{last}</source>
        <translation>Desbloquee la billetera para sincronizar (Ctrl+U): enviar envíos y reservar tareas requieren su firma. Las campañas y los archivos se siguen descargando.
{last}</translation>
    </message>
    <message>
        <source>Wallet locked</source>
        <translation>Billetera bloqueada</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Sincronización desactivada</translation>
    </message>
    <message>
        <source>Sync is off</source>
        <translation>La sincronización está desactivada</translation>
    </message>
    <message>
        <source>No hub is set for this profile: the app works offline only.
Start with --hub URL, or import a campaign that names its hub.</source>
        <translation>Este perfil no tiene ningún hub: la aplicación solo funciona sin conexión.
Inicie con --hub URL o importe una campaña que indique su hub.</translation>
    </message>
    <message>
        <source>Syncing…{count}</source>
        <translation>Sincronizando…{count}</translation>
    </message>
    <message>
        <source>{problem}
It retries by itself; nothing is lost.
{last}</source>
        <translation>{problem}
Se reintenta sola; no se pierde nada.
{last}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>La sincronización falló</translation>
    </message>
    <message>
        <source>Sync problem — retrying</source>
        <translation>Problema de sincronización: reintentando</translation>
    </message>
    <message>
        <source>The hub refused a request</source>
        <translation>El hub rechazó una solicitud</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sincronización detenida</translation>
    </message>
    <message>
        <source>Not syncing with {hub}.
{last}</source>
        <translation>Sin sincronizar con {hub}.
{last}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Synced {ago}</source>
        <translation>Sincronizado {ago}</translation>
    </message>
    <message>
        <source>{state} · {pending}</source>
        <translation>{state} · {pending}</translation>
    </message>
    <message>
        <source>{what} with {hub}.
{last}</source>
        <translation>{what} con {hub}.
{last}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Signed and queued</source>
        <translation>Firmado y en cola</translation>
    </message>
    <message>
        <source>Select a task in the queue to label it here.</source>
        <extracomment>a task was opened (uid) the opened task is drawn (uid), e.g. after its image was decoded the opened task could not be drawn (uid, message) a submission was signed and queued (its id) a short message for the status bar the user wants the Wallet page (to create an account for signing) a task was opened in this pane (the AnnotationPane): its actions go in the menus F6 from inside the editor: the keyboard focus should go back to the queue selects a task in the queue (set by the window); the editor then opens it</extracomment>
        <translation>Seleccione una tarea en la cola para etiquetarla aquí.</translation>
    </message>
    <message>
        <source>This kind of task cannot be labeled here yet</source>
        <translation>Este tipo de tarea aún no se puede etiquetar aquí</translation>
    </message>
    <message>
        <source>Not submitted yet: {problem}</source>
        <translation>Aún no enviado: {problem}</translation>
    </message>
    <message>
        <source>Not submitted: your draft is kept</source>
        <translation>No enviado: su borrador se conserva</translation>
    </message>
    <message>
        <source>Skipped: the task waits at the end of the queue</source>
        <translation>Omitida: la tarea espera al final de la cola</translation>
    </message>
    <message>
        <source>No other task to do in this campaign</source>
        <translation>No hay ninguna otra tarea pendiente en esta campaña</translation>
    </message>
    <message>
        <source>This is the first task</source>
        <translation>Esta es la primera tarea</translation>
    </message>
    <message>
        <source>A new draft from your last submission: edit it, then submit</source>
        <translation>Un borrador nuevo a partir de su último envío: edítelo y luego envíelo</translation>
    </message>
    <message>
        <source>Prediction by {model}</source>
        <translation>Predicción de {model}</translation>
    </message>
    <message>
        <source>Signed and queued. Nothing left to do in this campaign.</source>
        <translation>Firmado y en cola. No queda nada pendiente en esta campaña.</translation>
    </message>
    <message>
        <source>This task changed on the hub: the model's prediction shown ({model}) no longer applies and was dropped. Check your work before submitting</source>
        <translation>Esta tarea cambió en el hub: la predicción del modelo mostrada ({model}) ya no corresponde y se descartó. Revise su trabajo antes de enviarlo</translation>
    </message>
    <message>
        <source>Not submitted: this kind of task cannot be labeled here yet</source>
        <translation>No enviado: este tipo de tarea aún no se puede etiquetar aquí</translation>
    </message>
    <message>
        <source>Already submitted ({state}): press Label again ({keys}) to change it</source>
        <translation>Ya enviado ({state}): pulse Volver a etiquetar ({keys}) para cambiarlo</translation>
    </message>
</context>
<context>
    <name>TaskPreview</name>
    <message>
        <source>Select a task in the queue to see it here.</source>
        <extracomment>the task ``uid`` is fully on screen the task ``uid`` could not be shown; the message is on screen too the default views register on first use: the queue paints before they load</extracomment>
        <translation>Seleccione una tarea en la cola para verla aquí.</translation>
    </message>
    <message>
        <source>Labels: {keys}</source>
        <translation>Etiquetas: {keys}</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>Ninguna tarea seleccionada</translation>
    </message>
</context>
<context>
    <name>TaskQueueModel</name>
    <message>
        <source>Kind</source>
        <extracomment>custom data roles what the text filter searches: "#position task-id preview"</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>Press a label's key (or click it) to choose it · Enter submits</source>
        <translation>Pulse la tecla de una etiqueta (o haga clic en ella) para elegirla · Enter envía</translation>
    </message>
    <message>
        <source>Press label keys (or click) to tick and untick · Del clears · Enter submits</source>
        <translation>Pulse las teclas de las etiquetas (o haga clic) para marcar y desmarcar · Del borra · Enter envía</translation>
    </message>
    <message>
        <source>Select text (drag, Shift+arrows, Ctrl+Shift+arrows by word), then press a label key · click or Tab to a span to relabel it · Del deletes · Esc clears · F6 span list · Enter accepts a predicted span, else submits</source>
        <translation>Seleccione texto (arrastrando, Shift+flechas, Ctrl+Shift+flechas por palabra) y pulse la tecla de una etiqueta · haga clic o use Tab en un fragmento para cambiar su etiqueta · Del elimina · Esc borra la selección · F6 lista de fragmentos · Enter acepta un fragmento predicho; si no, envía</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted</source>
        <translation>Solo lectura: esta tarea ya se envió</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted · Tab and Shift+Tab go through the spans · F6 span list</source>
        <translation>Solo lectura: esta tarea ya se envió · Tab y Shift+Tab recorren los fragmentos · F6 lista de fragmentos</translation>
    </message>
    <message>
        <source>Spans</source>
        <extracomment>the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Submit (when complete)</source>
        <translation>Enviar (cuando esté completa)</translation>
    </message>
    <message>
        <source>Clear the labels</source>
        <translation>Borrar las etiquetas</translation>
    </message>
    <message>
        <source>Delete the selected span</source>
        <translation>Eliminar el fragmento seleccionado</translation>
    </message>
    <message>
        <source>Next span</source>
        <translation>Fragmento siguiente</translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation>Fragmento anterior</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Borrar la selección</translation>
    </message>
    <message>
        <source>Extend the selection by a word</source>
        <translation>Ampliar la selección una palabra</translation>
    </message>
    <message>
        <source>Extend the selection back by a word</source>
        <translation>Ampliar la selección una palabra hacia atrás</translation>
    </message>
    <message>
        <source>Extend the selection by a character</source>
        <translation>Ampliar la selección un carácter</translation>
    </message>
    <message>
        <source>Extend the selection back by a character</source>
        <translation>Ampliar la selección un carácter hacia atrás</translation>
    </message>
    <message>
        <source>Go to the span list and back</source>
        <translation>Ir a la lista de fragmentos y volver</translation>
    </message>
    <message>
        <source>Label the selection (or the selected span): {label}</source>
        <translation>Etiquetar la selección (o el fragmento seleccionado): {label}</translation>
    </message>
    <message>
        <source>Tick or untick: {label}</source>
        <translation>Marcar o desmarcar: {label}</translation>
    </message>
    <message>
        <source>Choose: {label}</source>
        <translation>Elegir: {label}</translation>
    </message>
    <message>
        <source>Spans ({count})</source>
        <translation>Fragmentos ({count})</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>Esta tarea es de solo lectura</translation>
    </message>
    <message>
        <source>Untick {label}</source>
        <translation>Desmarcar {label}</translation>
    </message>
    <message>
        <source>Tick {label}</source>
        <translation>Marcar {label}</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>Elegir {label}</translation>
    </message>
</context>
<context>
    <name>TextTaskView</name>
    <message numerus="yes">
        <source>Underlined: model prediction ({who}), %n span(s).</source>
        <translation>
            <numerusform>Subrayado: predicción del modelo ({who}), %n fragmento.</numerusform>
            <numerusform>Subrayado: predicción del modelo ({who}), %n fragmentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Model prediction ({who}): {labels}</source>
        <translation>Predicción del modelo ({who}): {labels}</translation>
    </message>
    <message>
        <source>{label} (model prediction)</source>
        <translation>{label} (predicción del modelo)</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <source>never</source>
        <extracomment>what is shown for an unknown amount or moment</extracomment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) ago</source>
        <translation>
            <numerusform>hace %Ln segundo</numerusform>
            <numerusform>hace %Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>hace %Ln minuto</numerusform>
            <numerusform>hace %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>hace %Ln hora</numerusform>
            <numerusform>hace %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln second(s)</source>
        <translation>
            <numerusform>en %Ln segundo</numerusform>
            <numerusform>en %Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>en %Ln minuto</numerusform>
            <numerusform>en %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>en %Ln hora</numerusform>
            <numerusform>en %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>en %Ln día</numerusform>
            <numerusform>en %Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the wallet</source>
        <translation>Desbloquear la billetera</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock to sign submissions. The wallet locks itself again when you are away.</source>
        <translation>Desbloquee para firmar envíos. La billetera se vuelve a bloquear sola cuando usted no está.</translation>
    </message>
    <message>
        <source>There is no account to unlock: create or import one first.</source>
        <translation>No hay ninguna cuenta que desbloquear: primero cree o importe una.</translation>
    </message>
    <message>
        <source>Type the password of this account.</source>
        <translation>Escriba la contraseña de esta cuenta.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Comprobando la contraseña…</translation>
    </message>
</context>
<context>
    <name>UnlockGate</name>
    <message>
        <source>Verdicts are signed with your wallet, and it has no account yet. Create one, or import the account the hub knows as a reviewer, on the Wallet page.</source>
        <extracomment>the verdict was signed and queued (its ReviewRow)</extracomment>
        <translation>Los veredictos se firman con su billetera, y todavía no tiene ninguna cuenta. Cree una, o importe la cuenta que el hub conoce como revisor, en la página Billetera.</translation>
    </message>
    <message>
        <source>This is signed with your wallet, and it has no account yet.</source>
        <extracomment>the action did not happen (a message for the user) there is no account to sign with and the user chose to make one the question shown when the wallet has no account at all (marked in the "UnlockGate" context, translated where shown)</extracomment>
        <translation>Esto se firma con su billetera, y todavía no tiene ninguna cuenta.</translation>
    </message>
    <message>
        <source>Not signed: create or import an account to sign with.</source>
        <extracomment>reported when the user does not go and make one</extracomment>
        <translation>No firmado: cree o importe una cuenta con la que firmar.</translation>
    </message>
    <message>
        <source>No account to sign with</source>
        <translation>No hay cuenta con la que firmar</translation>
    </message>
    <message>
        <source>Go to the wallet</source>
        <translation>Ir a la billetera</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>✓ Accept</source>
        <translation>✓ Aceptar</translation>
    </message>
    <message>
        <source>✗ Reject…</source>
        <translation>✗ Rechazar…</translation>
    </message>
    <message>
        <source>✎ Correct</source>
        <translation>✎ Corregir</translation>
    </message>
    <message>
        <source>Sign correction</source>
        <translation>Firmar corrección</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>VerdictLookup</name>
    <message>
        <source>Corrected</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <source>Corrected, paid</source>
        <translation>Corregida, pagada</translation>
    </message>
</context>
<context>
    <name>VerdictSigner</name>
    <message>
        <source>Not signed: the wallet is still locked.</source>
        <translation>No firmado: la billetera sigue bloqueada.</translation>
    </message>
    <message>
        <source>Not signed: the wallet locked itself. Try again.</source>
        <translation>No firmado: la billetera se bloqueó sola. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Not signed: the cache could not store it ({error}).</source>
        <translation>No firmado: la caché no pudo guardarlo ({error}).</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Accepted with a correction</source>
        <translation>Aceptada con una corrección</translation>
    </message>
    <message>
        <source>Reviewed by {reviewer}</source>
        <translation>Revisada por {reviewer}</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>The reviewer corrected it to: {labels}.</source>
        <translation>El revisor la corrigió a: {labels}.</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Rechazada: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>{verdict} (paid)</source>
        <translation>{verdict} (pagada)</translation>
    </message>
    <message>
        <source>{value} (no overlapping labels yet)</source>
        <translation>{value} (aún no hay etiquetas que se solapen)</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n comparison(s))</source>
        <translation>
            <numerusform>{value} (%n comparación)</numerusform>
            <numerusform>{value} (%n comparaciones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreement {agreement} · Gold accuracy: shown after %n gold answer(s) are reviewed</source>
        <translation>
            <numerusform>Concordancia {agreement} · Precisión en oro: se muestra cuando se haya revisado %n respuesta de oro</numerusform>
            <numerusform>Concordancia {agreement} · Precisión en oro: se muestra cuando se hayan revisado %n respuestas de oro</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} (no gold answers yet)</source>
        <translation>{value} (aún no hay respuestas de oro)</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n gold answer(s))</source>
        <translation>
            <numerusform>{value} (%n respuesta de oro)</numerusform>
            <numerusform>{value} (%n respuestas de oro)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement {agreement} · Gold accuracy {gold}</source>
        <translation>Concordancia {agreement} · Precisión en oro {gold}</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aceptada</numerusform>
            <numerusform>%n aceptadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid</source>
        <translation>
            <numerusform>%n pagada</numerusform>
            <numerusform>%n pagadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n corrected)</source>
        <translation>
            <numerusform>(%n corregida)</numerusform>
            <numerusform>(%n corregidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewards held: your gold accuracy {accuracy} is too low. Your accepted work stays in the ledger and is paid once it is back above.</source>
        <translation>Recompensas retenidas: su precisión en oro {accuracy} es demasiado baja. Su trabajo aceptado sigue en el registro y se paga cuando vuelva a superar el umbral.</translation>
    </message>
    <message>
        <source>Rewards held: your gold accuracy {accuracy} is below the campaign's {threshold}. Your accepted work stays in the ledger and is paid once it is back above.</source>
        <translation>Recompensas retenidas: su precisión en oro {accuracy} está por debajo del {threshold} de la campaña. Su trabajo aceptado sigue en el registro y se paga cuando vuelva a superarlo.</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Recovery words</source>
        <translation>Palabras de recuperación</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Archivo de almacén de claves</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Billetera</translation>
    </message>
    <message>
        <source>Your account signs every submission and receives the rewards. Keys stay on this computer, encrypted with your password.</source>
        <translation>Su cuenta firma cada envío y recibe las recompensas. Las claves se quedan en este equipo, cifradas con su contraseña.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>No account yet. Create one (you will write down 12 recovery words) or import one you already have.</source>
        <translation>Aún no hay ninguna cuenta. Cree una (anotará 12 palabras de recuperación) o importe una que ya tenga.</translation>
    </message>
    <message>
        <source>Accounts in this profile</source>
        <translation>Cuentas de este perfil</translation>
    </message>
    <message>
        <source>&amp;Create account…</source>
        <translation>&amp;Crear cuenta…</translation>
    </message>
    <message>
        <source>&amp;Import account…</source>
        <translation>&amp;Importar cuenta…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Export keystore file…</source>
        <translation>&amp;Exportar archivo de almacén de claves…</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copiar di&amp;rección</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>There is no account yet: create or import one first.</source>
        <translation>Aún no hay ninguna cuenta: cree o importe una primero.</translation>
    </message>
    <message>
        <source>Copied {address}</source>
        <translation>Se copió {address}</translation>
    </message>
    <message>
        <source>Unlocked: ready to sign</source>
        <translation>Desbloqueada: lista para firmar</translation>
    </message>
    <message>
        <source>Locks itself after {time} without activity (or now with Ctrl+L).</source>
        <translation>Se bloquea sola tras {time} sin actividad (o ahora con Ctrl+L).</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U) with the account's password to sign submissions.</source>
        <translation>Desbloquee (Ctrl+U) con la contraseña de la cuenta para firmar envíos.</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Sin cuenta</translation>
    </message>
    <message>
        <source>Create or import an account to start earning.</source>
        <translation>Cree o importe una cuenta para empezar a ganar.</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <source>This image cannot be shown.</source>
        <extracomment>Zoom factors are device pixels per image pixel: 1.0 is "100 %". Decode the full resolution once the shown pixmap is this much coarser than the screen. the zoom factor (device pixels per image pixel) after every change the first pixmap of an image is on screen (full size of the image) the image cannot be shown (message naming the file and the problem) a sharper pixmap was swapped in (its scale: decoded size / full size) "empty", "loading", "ready" or "failed"</extracomment>
        <translation>Esta imagen no se puede mostrar.</translation>
    </message>
    <message>
        <source>Loading {file}…</source>
        <translation>Cargando {file}…</translation>
    </message>
</context>
<context>
    <name>_PasswordDialog</name>
    <message>
        <source>the account's password, asked again for a claim</source>
        <translation>la contraseña de la cuenta, que se pide de nuevo para cobrar</translation>
    </message>
    <message>
        <source>Type the account's password to sign the claim.</source>
        <translation>Escriba la contraseña de la cuenta para firmar el cobro.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Comprobando la contraseña…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the profile folder: {error}</source>
        <translation>No se puede abrir la carpeta del perfil: {error}</translation>
    </message>
    <message>
        <source>DataFi Desktop</source>
        <extracomment>set it to measure a cold start: the app quits as soon as the main window is painted</extracomment>
        <translation>DataFi Desktop</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>Submit the model's values?</source>
        <translation>¿Enviar los valores del modelo?</translation>
    </message>
    <message>
        <source>Submit as mine</source>
        <translation>Enviar como míos</translation>
    </message>
    <message>
        <source>Go back and rate</source>
        <translation>Volver y puntuar</translation>
    </message>
</context>
<context>
    <name>demo_window</name>
    <message>
        <source>DataFi Desktop — Demo (nothing is kept)</source>
        <translation>DataFi Desktop — Demostración (no se guarda nada)</translation>
    </message>
    <message>
        <source>Quit the demo? Its temporary wallet, tokens and labels are deleted when it closes.</source>
        <translation>¿Salir de la demostración? Su billetera temporal, sus tokens y sus etiquetas se eliminan al cerrarla.</translation>
    </message>
    <message>
        <source>Quit the demo</source>
        <translation>Salir de la demostración</translation>
    </message>
</context>
<context>
    <name>fallback</name>
    <message>
        <source>the text pane</source>
        <translation>el panel de texto</translation>
    </message>
    <message>
        <source>the comparison pane</source>
        <translation>el panel de comparación</translation>
    </message>
    <message>
        <source>the image pane</source>
        <translation>el panel de imagen</translation>
    </message>
    <message>
        <source>the collection pane</source>
        <translation>el panel de recopilación</translation>
    </message>
    <message>
        <source>its pane</source>
        <translation>el panel correspondiente</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Labeling {kind} tasks needs {pane}, which is {reason}. The task is shown read-only.</source>
        <translation>Para etiquetar tareas de tipo {kind} se necesita {pane}: {reason}. La tarea se muestra en solo lectura.</translation>
    </message>
</context>
<context>
    <name>image_pane</name>
    <message>
        <source>image {hash}</source>
        <translation>imagen {hash}</translation>
    </message>
</context>
<context>
    <name>install_editor</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
</context>
<context>
    <name>install_verdicts</name>
    <message>
        <source>Showing the correction by {reviewer}</source>
        <translation>Mostrando la corrección de {reviewer}</translation>
    </message>
    <message>
        <source>Showing your label</source>
        <translation>Mostrando su etiqueta</translation>
    </message>
    <message>
        <source>Show the reviewer's &amp;correction</source>
        <translation>Mostrar la &amp;corrección del revisor</translation>
    </message>
    <message>
        <source>Draw the reviewer's corrected label in the pane, or your own again</source>
        <translation>Dibuja en el panel la etiqueta corregida por el revisor, o de nuevo la suya</translation>
    </message>
    <message>
        <source>This task has no reviewer's correction to show</source>
        <translation>Esta tarea no tiene ninguna corrección del revisor que mostrar</translation>
    </message>
</context>
<context>
    <name>password_widgets</name>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Use al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>This password is among the first ones an attacker tries.</source>
        <translation>Esta contraseña está entre las primeras que prueba un atacante.</translation>
    </message>
    <message>
        <source>Repeated or sequential characters are easy to guess.</source>
        <translation>Los caracteres repetidos o consecutivos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Longer is better: a phrase of four or more unrelated words works well.</source>
        <translation>Cuanto más larga, mejor: una frase de cuatro o más palabras sin relación entre sí funciona bien.</translation>
    </message>
    <message>
        <source>Fair. A few more words or characters make it much harder to guess.</source>
        <translation>Aceptable. Unas pocas palabras o caracteres más la hacen mucho más difícil de adivinar.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Contraseña incorrecta. Compruebe Bloq Mayús y la distribución del teclado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This account is already in the wallet.</source>
        <translation>Esta cuenta ya está en la billetera.</translation>
    </message>
    <message>
        <source>That account is not in this wallet any more.</source>
        <translation>Esa cuenta ya no está en esta billetera.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}); nothing was changed.</source>
        <translation>Algo salió mal ({error}); no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>preview_views</name>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <extracomment>Longest text put in a preview; beyond it the view says how much is left out. the task is on screen (task uid) the task could not be shown (task uid, message for the user)</extracomment>
        <translation>Se muestran los primeros {shown} de {total} caracteres.</translation>
    </message>
    <message>
        <source>{model}, score {score}</source>
        <translation>{model}, puntuación {score}</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>not installed yet</source>
        <extracomment>module name → class name, in the order the editor builds them</extracomment>
        <translation>aún no instalado</translation>
    </message>
    <message>
        <source>cannot be loaded ({error})</source>
        <translation>no se puede cargar ({error})</translation>
    </message>
</context>
<context>
    <name>review_summary</name>
    <message>
        <source>A is better</source>
        <translation>A es mejor</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B es mejor</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>sin elección</translation>
    </message>
    <message>
        <source>collected item</source>
        <translation>elemento recopilado</translation>
    </message>
    <message>
        <source>collected item {file}</source>
        <translation>elemento recopilado {file}</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
</context>
<context>
    <name>span_list</name>
    <message>
        <source>same text as {label}</source>
        <translation>mismo texto que {label}</translation>
    </message>
    <message>
        <source>inside {label}</source>
        <translation>dentro de {label}</translation>
    </message>
    <message>
        <source>contains {label}</source>
        <translation>contiene {label}</translation>
    </message>
    <message>
        <source>overlaps {label}</source>
        <translation>se solapa con {label}</translation>
    </message>
    <message>
        <source>predicted</source>
        <extracomment>e.g. "inside ORG, overlaps PER" (empty when the span stands alone)</extracomment>
        <translation>predicho</translation>
    </message>
</context>
<context>
    <name>stamp_text</name>
    <message>
        <source>Model's suggestion kept: — (no suggestions shown yet)</source>
        <translation>Sugerencia del modelo conservada: — (aún no se ha mostrado ninguna)</translation>
    </message>
    <message>
        <source>Model's suggestion kept: — (campaign {campaign})</source>
        <translation>Sugerencia del modelo conservada: — (campaña {campaign})</translation>
    </message>
    <message>
        <source>Flagged: suggestion kept {rate} of {shown} (campaign {campaign})</source>
        <translation>Marcado: sugerencia conservada {rate} de {shown} (campaña {campaign})</translation>
    </message>
    <message>
        <source>Model's suggestion kept: {rate} of {shown} (campaign {campaign})</source>
        <translation>Sugerencia del modelo conservada: {rate} de {shown} (campaña {campaign})</translation>
    </message>
    <message>
        <source>How often what you submitted was exactly the model's suggestion you were shown (shapes: overlapping by 95 % or more), beside every annotator of the campaign.</source>
        <translation>Con qué frecuencia lo que envió era exactamente la sugerencia del modelo que se le mostró (formas: superpuestas en un 95 % o más), junto a todos los anotadores de la campaña.</translation>
    </message>
    <message>
        <source>You are flagged at {threshold} or more once at least {count} of your submissions were shown a suggestion.</source>
        <translation>Se le marca con {threshold} o más una vez que se le han mostrado sugerencias en al menos {count} envíos.</translation>
    </message>
    <message>
        <source>This campaign holds the rewards of flagged annotators for review.</source>
        <translation>Esta campaña retiene para revisión las recompensas de los anotadores marcados.</translation>
    </message>
    <message>
        <source>Read each suggestion and correct what is wrong before you submit.</source>
        <translation>Lea cada sugerencia y corrija lo que esté mal antes de enviar.</translation>
    </message>
    <message>
        <source>Also held: the model's suggestion kept in {rate} of your submissions (the campaign holds from {threshold}).</source>
        <translation>También retenidas: la sugerencia del modelo se conservó en {rate} de sus envíos (la campaña retiene a partir de {threshold}).</translation>
    </message>
    <message>
        <source>Rewards held: suggestion kept in {rate} of your submissions (the campaign holds from {threshold}). Your accepted work stays in the ledger and is paid once the rate is below that again.</source>
        <translation>Recompensas retenidas: sugerencia conservada en {rate} de sus envíos (la campaña retiene a partir de {threshold}). Su trabajo aceptado sigue en el registro y se paga cuando la tasa vuelva a estar por debajo.</translation>
    </message>
</context>
<context>
    <name>status_bar</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>sync_look</name>
    <message>
        <source>Create an account to sync</source>
        <translation>Cree una cuenta para sincronizar</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>Aún no hay cuenta</translation>
    </message>
    <message>
        <source>Create or import an account on the Wallet page (Ctrl+4): sending submissions and reserving tasks need its signature. Campaigns and files still download.</source>
        <translation>Cree o importe una cuenta en la página Billetera (Ctrl+4): enviar envíos y reservar tareas requieren su firma. Las campañas y los archivos se siguen descargando.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>New</source>
        <extracomment>the keyboard focus ring (≥ 3:1 against the window and base, WCAG 1.4.11) black and white with a yellow accent and focus ring (Settings: View ▸ High contrast) the badge's (background, text) Pill colours of task states: (background, text). Readable on light and dark. English names of task states and kinds (marked for translation in the context "theme"); what is shown goes through :func:`state_name`, :func:`kind_name`, :func:`kind_short`</extracomment>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Short names and icon names of task kinds, for narrow columns and chips.</extracomment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Recuadros</translation>
    </message>
    <message>
        <source>Polygons</source>
        <translation>Polígonos</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Recopilar</translation>
    </message>
    <message>
        <source>Text classification</source>
        <translation>Clasificación de texto</translation>
    </message>
    <message>
        <source>Text spans (NER)</source>
        <translation>Fragmentos de texto (NER)</translation>
    </message>
    <message>
        <source>Comparison (A/B)</source>
        <translation>Comparación (A/B)</translation>
    </message>
    <message>
        <source>Image classification</source>
        <translation>Clasificación de imágenes</translation>
    </message>
    <message>
        <source>Bounding boxes</source>
        <translation>Recuadros delimitadores</translation>
    </message>
    <message>
        <source>Data collection</source>
        <translation>Recopilación de datos</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Insert vertex</source>
        <translation>Insertar vértice</translation>
    </message>
    <message>
        <source>Move polygon</source>
        <extracomment>Pointer moves shorter than this (screen pixels) are a click, not a drag. A drawn box narrower or lower than this on screen (pixels) was a click. the undo text of the committed edit</extracomment>
        <translation>Mover polígono</translation>
    </message>
    <message>
        <source>Move box</source>
        <translation>Mover recuadro</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>Redimensionar recuadro</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>Mover vértice</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>Añadir recuadro</translation>
    </message>
    <message>
        <source>The new box almost covers box {number} ({label}): a duplicate?</source>
        <translation>El nuevo recuadro casi cubre el recuadro {number} ({label}): ¿un duplicado?</translation>
    </message>
    <message>
        <source>Add polygon</source>
        <translation>Añadir polígono</translation>
    </message>
</context>
</TS>
