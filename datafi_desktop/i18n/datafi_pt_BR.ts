<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AfterPaint</name>
    <message>
        <source>Starting the demo chain and hub…</source>
        <extracomment>how long closing waits for a demo start still under way the demo chain and hub are up and the controller attached (demo only) the demo chain or hub could not start: the demo works offline (the message) what :meth:`stop` ends: the sync controller and the demo hub</extracomment>
        <translation>Iniciando a cadeia e o hub de demonstração…</translation>
    </message>
    <message>
        <source>The demo hub is starting — it syncs as soon as it is up</source>
        <translation>O hub de demonstração está iniciando; ele sincroniza assim que estiver pronto</translation>
    </message>
    <message>
        <source>Demo chain and hub ready</source>
        <translation>Cadeia e hub de demonstração prontos</translation>
    </message>
    <message>
        <source>Demo hub ready (the demo chain could not start)</source>
        <translation>Hub de demonstração pronto (não foi possível iniciar a cadeia de demonstração)</translation>
    </message>
    <message>
        <source>The demo hub could not start ({error}); the demo works offline</source>
        <translation>Não foi possível iniciar o hub de demonstração ({error}); a demonstração funciona offline</translation>
    </message>
</context>
<context>
    <name>AnnotationCanvas</name>
    <message>
        <source>Image</source>
        <extracomment>How close (screen pixels) the pointer must be to an outline, a vertex or a handle. Pixels the view scrolls per arrow key when nothing is selected (Shift: × 5). (new body, undo text, merge id): the host applies it, then calls set_body index of the selected shape, -1 for none shapes were hidden or shown a polygon is being traced (True) or not any more (False) a short message for the user ("A polygon keeps at least three vertices")</extracomment>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>The image to label; arrow keys move the selected shape, Tab selects the next one</source>
        <translation>A imagem a rotular; as setas movem a forma selecionada, Tab seleciona a próxima</translation>
    </message>
    <message>
        <source>The image is {found} pixels but the task says {task}: it is stretched to the task's size</source>
        <extracomment>shapes still as a model predicted them (drawn dashed, tagged "· predicted") body → the indices of its shapes still as predicted (set by the pane) shapes of the body that cannot be drawn (a malformed prediction): listed, not shown interactive model help (ui.assist.interactive_tool): Ctrl+click goes to it</extracomment>
        <translation>A imagem tem {found} pixels, mas a tarefa indica {task}: ela é esticada para o tamanho da tarefa</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>Excluir vértice</translation>
    </message>
    <message>
        <source>Delete polygon</source>
        <translation>Excluir polígono</translation>
    </message>
    <message>
        <source>Delete box</source>
        <translation>Excluir caixa</translation>
    </message>
    <message>
        <source>Nudge vertex</source>
        <translation>Deslocar vértice</translation>
    </message>
    <message>
        <source>Nudge polygon</source>
        <translation>Deslocar polígono</translation>
    </message>
    <message>
        <source>Nudge box</source>
        <translation>Deslocar caixa</translation>
    </message>
    <message>
        <source>Label polygon {label}</source>
        <translation>Rotular polígono {label}</translation>
    </message>
    <message>
        <source>Label box {label}</source>
        <translation>Rotular caixa {label}</translation>
    </message>
    <message>
        <source>This polygon cannot be drawn (its data is malformed): delete it with Delete and draw it again</source>
        <translation>Este polígono não pode ser desenhado (os dados dele estão malformados): exclua-o com Delete e desenhe-o de novo</translation>
    </message>
    <message>
        <source>This box cannot be drawn (its data is malformed): delete it with Delete and draw it again</source>
        <translation>Esta caixa não pode ser desenhada (os dados dela estão malformados): exclua-a com Delete e desenhe-a de novo</translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message>
        <source>This task is read-only</source>
        <extracomment>"draft", "prediction" or "empty" (see core.flow.starting_point), or "submission" for a submitted task shown read-only the model whose prediction is the starting point, to mark it as such emitted with the new body after every edit, undo and redo a short message for the status bar ("Box added", "Select some text first") the pane asks the editor to submit (e.g. Enter in a classification pane) the task is on screen: :meth:`open` emits it after :meth:`draw_body`, unless the pane sets :attr:`draws_async` and emits it itself once drawn (after a decode) the task cannot be shown (a message for the user, which the pane shows too) True when the pane draws after :meth:`open` returns (an image decoded on a worker thread); it then emits :attr:`shown` or :attr:`failed` itself</extracomment>
        <translation>Esta tarefa é somente leitura</translation>
    </message>
    <message>
        <source>No prediction is waiting to be accepted</source>
        <translation>Nenhuma previsão aguardando para ser aceita</translation>
    </message>
    <message>
        <source>Accept %n predicted item(s)</source>
        <translation>Aceitar %n item(ns) previsto(s)</translation>
    </message>
    <message>
        <source>Accepted %n predicted item(s)</source>
        <translation>%n item(ns) previsto(s) aceito(s)</translation>
    </message>
    <message>
        <source>%n still to check</source>
        <translation>%n ainda a conferir</translation>
    </message>
</context>
<context>
    <name>AnnotatorsQualityDialog</name>
    <message>
        <source>Annotators' quality</source>
        <translation>Qualidade dos anotadores</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Annotators' figures</source>
        <translation>Números dos anotadores</translation>
    </message>
    <message>
        <source>Campaign “{campaign}”</source>
        <translation>Campanha “{campaign}”</translation>
    </message>
    <message>
        <source>No campaign yet: sync with a hub first.</source>
        <translation>Ainda não há campanha: sincronize com um hub primeiro.</translation>
    </message>
    <message>
        <source>No hub is set, so there are no figures to show: start the app with --hub URL.</source>
        <translation>Nenhum hub configurado, então não há números para mostrar: inicie o aplicativo com --hub URL.</translation>
    </message>
    <message>
        <source>Asking the hub for the figures…</source>
        <translation>Pedindo os números ao hub…</translation>
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
            <numerusform>%n sinalizado por manter a sugestão do modelo; </numerusform>
            <numerusform>%n sinalizados por manter a sugestão do modelo; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with rewards held. </source>
        <translation>
            <numerusform>%n com recompensas retidas. </numerusform>
            <numerusform>%n com recompensas retidas. </numerusform>
        </translation>
    </message>
    <message>
        <source>As the hub reported at {time}.</source>
        <translation>Conforme o hub informou às {time}.</translation>
    </message>
    <message>
        <source>This account may not see the annotators' figures of campaign “{campaign}”: the hub shows them to its reviewers and admins only. Ask the campaign's admin for the reviewer role.</source>
        <translation>Esta conta não pode ver os números dos anotadores da campanha “{campaign}”: o hub os mostra apenas aos seus revisores e administradores. Peça o papel de revisor ao administrador da campanha.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Refresh when it is back online.</source>
        <translation>Não é possível alcançar o hub. Atualize quando ele voltar a ficar online.</translation>
    </message>
    <message>
        <source>Unlock the wallet first: the hub needs your signature to sign in.</source>
        <translation>Desbloqueie a carteira primeiro: o hub precisa da sua assinatura para entrar.</translation>
    </message>
    <message>
        <source>The hub refused the request ({status}).</source>
        <translation>O hub recusou o pedido ({status}).</translation>
    </message>
    <message>
        <source>The figures could not be fetched ({error}).</source>
        <translation>Não foi possível obter os números ({error}).</translation>
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
        <translation>Preto e branco com um anel de foco forte</translation>
    </message>
    <message>
        <source>High contrast on: icons follow when the app starts again</source>
        <translation>Alto contraste ativado: os ícones acompanham quando o app for iniciado de novo</translation>
    </message>
    <message>
        <source>High contrast off: icons follow when the app starts again</source>
        <translation>Alto contraste desativado: os ícones acompanham quando o app for iniciado de novo</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>The draft could not be saved ({error}); retrying. Nothing is lost while the app is open.</source>
        <extracomment>Longest wait between an edit and its draft reaching the cache (ms). Wait before retrying a write that failed (ms). a draft was written (task uid) a draft could not be written (task uid, message); it is retried</extracomment>
        <translation>Não foi possível salvar o rascunho ({error}); tentando de novo. Nada se perde enquanto o app estiver aberto.</translation>
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
        <translation>Pular</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} de {total} concluídas</translation>
    </message>
    <message>
        <source>{percent} of the campaign's tasks are done</source>
        <translation>{percent} das tarefas da campanha estão concluídas</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>Nudge left 1 px (scroll when nothing is selected)</source>
        <extracomment>(text, short text, key, dx, dy) of the nudges by 1 px and by 10 px</extracomment>
        <translation>Deslocar 1 px para a esquerda (rola a visualização quando nada está selecionado)</translation>
    </message>
    <message>
        <source>Nudge left</source>
        <translation>Deslocar para a esquerda</translation>
    </message>
    <message>
        <source>Nudge right 1 px (scroll when nothing is selected)</source>
        <translation>Deslocar 1 px para a direita (rola a visualização quando nada está selecionado)</translation>
    </message>
    <message>
        <source>Nudge right</source>
        <translation>Deslocar para a direita</translation>
    </message>
    <message>
        <source>Nudge up 1 px (scroll when nothing is selected)</source>
        <translation>Deslocar 1 px para cima (rola a visualização quando nada está selecionado)</translation>
    </message>
    <message>
        <source>Nudge up</source>
        <translation>Deslocar para cima</translation>
    </message>
    <message>
        <source>Nudge down 1 px (scroll when nothing is selected)</source>
        <translation>Deslocar 1 px para baixo (rola a visualização quando nada está selecionado)</translation>
    </message>
    <message>
        <source>Nudge down</source>
        <translation>Deslocar para baixo</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>Deslocar 10 px para a esquerda</translation>
    </message>
    <message>
        <source>Nudge left 10</source>
        <translation>Esquerda 10</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>Deslocar 10 px para a direita</translation>
    </message>
    <message>
        <source>Nudge right 10</source>
        <translation>Direita 10</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>Deslocar 10 px para cima</translation>
    </message>
    <message>
        <source>Nudge up 10</source>
        <translation>Cima 10</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>Deslocar 10 px para baixo</translation>
    </message>
    <message>
        <source>Nudge down 10</source>
        <translation>Baixo 10</translation>
    </message>
    <message>
        <source>Select tool</source>
        <translation>Ferramenta de seleção</translation>
    </message>
    <message>
        <source>Select  V</source>
        <translation>Selecionar  V</translation>
    </message>
    <message>
        <source>Draw boxes</source>
        <translation>Desenhar caixas</translation>
    </message>
    <message>
        <source>Box  B</source>
        <translation>Caixa  B</translation>
    </message>
    <message>
        <source>Draw polygons</source>
        <translation>Desenhar polígonos</translation>
    </message>
    <message>
        <source>Polygon  P</source>
        <translation>Polígono  P</translation>
    </message>
    <message>
        <source>Cancel drawing, deselect</source>
        <translation>Cancelar o desenho, desfazer a seleção</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close the polygon</source>
        <translation>Fechar o polígono</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Select next shape</source>
        <translation>Selecionar a próxima forma</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Select previous shape</source>
        <translation>Selecionar a forma anterior</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Delete shape or vertex</source>
        <translation>Excluir forma ou vértice</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Hide or show shape (all when none is selected)</source>
        <translation>Ocultar ou mostrar a forma (todas quando nenhuma está selecionada)</translation>
    </message>
    <message>
        <source>Hide  H</source>
        <translation>Ocultar  H</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>Ajustar a imagem à visualização</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Zoom to 100 % (actual pixels)</source>
        <translation>Zoom de 100 % (pixels reais)</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>awaiting review</source>
        <translation>aguardando revisão</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceita</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <source>accepted, paid</source>
        <translation>aceita, paga</translation>
    </message>
    <message>
        <source>no consensus yet</source>
        <translation>ainda sem consenso</translation>
    </message>
    <message>
        <source>agrees with consensus {rate}</source>
        <translation>concorda com o consenso {rate}</translation>
    </message>
    <message>
        <source>agrees {rate}</source>
        <translation>concorda {rate}</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Em revisão</translation>
    </message>
    <message>
        <source>The label under review, by {annotator}</source>
        <translation>O rótulo em revisão, de {annotator}</translation>
    </message>
    <message>
        <source>Another annotator's label of this task, by {annotator}</source>
        <translation>O rótulo de outro anotador para esta tarefa, de {annotator}</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>no majority</source>
        <translation>sem maioria</translation>
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
        <translation>O que a maioria dos anotadores desta tarefa disse</translation>
    </message>
    <message>
        <source>The annotators of this task do not agree by a majority</source>
        <translation>Os anotadores desta tarefa não concordam por maioria</translation>
    </message>
    <message>
        <source>Your correction</source>
        <translation>Sua correção</translation>
    </message>
    <message>
        <source>signed here</source>
        <translation>assinada aqui</translation>
    </message>
    <message>
        <source>The correction you signed</source>
        <translation>A correção que você assinou</translation>
    </message>
</context>
<context>
    <name>ChainSettingsDialog</name>
    <message>
        <source>Chain settings</source>
        <translation>Configurações da cadeia</translation>
    </message>
    <message>
        <source>the campaign's: {url}</source>
        <translation>a da campanha: {url}</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>ID da cadeia</translation>
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
        <translation>Deixe vazio para usar a URL de RPC da campanha. "embedded" é a cadeia da demonstração dentro do processo.</translation>
    </message>
    <message>
        <source>An RPC URL starts with http:// or https:// (or is "embedded").</source>
        <translation>Uma URL de RPC começa com http:// ou https:// (ou é "embedded").</translation>
    </message>
</context>
<context>
    <name>CharCounter</name>
    <message>
        <source>{count} / {max} characters: {over} too many</source>
        <translation>{count} / {max} caracteres: {over} a mais</translation>
    </message>
    <message>
        <source>{count} / {max} characters</source>
        <translation>{count} / {max} caracteres</translation>
    </message>
    <message>
        <source>{count} characters (at least {min})</source>
        <translation>{count} caracteres (no mínimo {min})</translation>
    </message>
</context>
<context>
    <name>ChoiceBar</name>
    <message>
        <source>Which answer is better?</source>
        <extracomment>"A", "B" or "tie", clicked</extracomment>
        <translation>Qual resposta é melhor?</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim rewards</source>
        <translation>Resgatar recompensas</translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation>Assinar e enviar</translation>
    </message>
    <message>
        <source>Claim &lt;b&gt;{amount}&lt;/b&gt; from the distributor to your account. The transaction is signed here and sent from your wallet, which pays the gas.</source>
        <translation>Resgate &lt;b&gt;{amount}&lt;/b&gt; do distribuidor para a sua conta. A transação é assinada aqui e enviada da sua carteira, que paga o gás.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>{epoch} (cumulative {cumulative}, already paid {paid})</source>
        <translation>{epoch} (acumulado {cumulative}, já pago {paid})</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gás</translation>
    </message>
    <message>
        <source>{estimate} estimated · limit {limit}</source>
        <translation>{estimate} estimado · limite {limit}</translation>
    </message>
    <message>
        <source>Fees per gas</source>
        <translation>Taxas por unidade de gás</translation>
    </message>
    <message>
        <source>max {most} (base {base} + tip {tip})</source>
        <translation>máx. {most} (base {base} + gorjeta {tip})</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>Taxa de rede</translation>
    </message>
    <message>
        <source>about {likely}, at most {most}</source>
        <translation>cerca de {likely}, no máximo {most}</translation>
    </message>
    <message>
        <source>Your ETH</source>
        <translation>Seu ETH</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Your ETH does not cover the most this can cost: claim through the hub instead (Ctrl+Shift+K).</source>
        <translation>Seu ETH não cobre o máximo que isto pode custar: resgate pelo hub (Ctrl+Shift+K).</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Waiting (sent at the next sync)</source>
        <translation>Aguardando (enviado na próxima sincronização)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Carteira</translation>
    </message>
    <message>
        <source>Hub relayer</source>
        <translation>Retransmissor do hub</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloco</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{hash}
(double-click to copy)</source>
        <translation>{hash}
(clique duas vezes para copiar)</translation>
    </message>
</context>
<context>
    <name>CollectionPane</name>
    <message>
        <source>Data collection</source>
        <extracomment>a file was imported into the item (its file name) a file was refused (the message, also shown in the pane)</extracomment>
        <translation>Coleta de dados</translation>
    </message>
    <message>
        <source>Import a file or write the text, fill in the details and label it</source>
        <translation>Importe um arquivo ou escreva o texto, preencha os detalhes e rotule-o</translation>
    </message>
    <message>
        <source>Write the item's text</source>
        <translation>Escreva o texto do item</translation>
    </message>
    <message>
        <source>Notes about the item (optional)</source>
        <translation>Observações sobre o item (opcional)</translation>
    </message>
    <message>
        <source>Wait for the import to finish</source>
        <translation>Aguarde a importação terminar</translation>
    </message>
    <message>
        <source>Choose a label for the item</source>
        <translation>Escolha um rótulo para o item</translation>
    </message>
    <message>
        <source>Import a photo or file</source>
        <translation>Importar uma foto ou um arquivo</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>Esta tarefa é somente leitura</translation>
    </message>
    <message>
        <source>{file} is being imported already</source>
        <translation>{file} já está sendo importado</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>{file} could not be imported ({error})</source>
        <translation>Não foi possível importar {file} ({error})</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>{file} importado</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Remover o arquivo</translation>
    </message>
    <message>
        <source>One file per item: importing {file}</source>
        <translation>Um arquivo por item: importando {file}</translation>
    </message>
    <message>
        <source>Type the text</source>
        <translation>Digite o texto</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Definir {field}</translation>
    </message>
    <message>
        <source>{file} is not on this computer (sync to download it)</source>
        <translation>{file} não está neste computador (sincronize para baixá-lo)</translation>
    </message>
    <message>
        <source>Import a photo or file…</source>
        <translation>Importar uma foto ou um arquivo…</translation>
    </message>
    <message>
        <source>Write the text</source>
        <translation>Escrever o texto</translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation>Preencher os detalhes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Text, details and label</source>
        <translation>Texto, detalhes e rótulo</translation>
    </message>
</context>
<context>
    <name>CollectionTaskView</name>
    <message>
        <source>Instructions</source>
        <translation>Instruções</translation>
    </message>
    <message>
        <source>What to collect</source>
        <translation>O que coletar</translation>
    </message>
    <message>
        <source>No instructions given.</source>
        <translation>Nenhuma instrução fornecida.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>a new item, labeled as {kind}</source>
        <translation>um item novo, rotulado como {kind}</translation>
    </message>
    <message>
        <source>a new item, metadata only</source>
        <translation>um item novo, somente metadados</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Accepts</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obrigatório</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>A is better</source>
        <extracomment>the undo merge id of typing in the reason field ("REAS")</extracomment>
        <translation>A é melhor</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B é melhor</translation>
    </message>
    <message>
        <source>A, B or T chooses · R writes the reason, Esc leaves it · a scale's letter, then a digit, rates · Enter submits</source>
        <translation>A, B ou T escolhem · R escreve o motivo, Esc sai · a letra de uma escala e depois um dígito avaliam · Enter envia</translation>
    </message>
    <message>
        <source>Comparison</source>
        <extracomment>the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Compare the two answers to the prompt and choose the better one</source>
        <translation>Compare as duas respostas ao prompt e escolha a melhor</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Answer A</source>
        <translation>Resposta A</translation>
    </message>
    <message>
        <source>Answer B</source>
        <translation>Resposta B</translation>
    </message>
    <message>
        <source>Reason (optional) — R</source>
        <translation>Motivo (opcional) — R</translation>
    </message>
    <message>
        <source>Choose A: A is better</source>
        <translation>Escolher A: A é melhor</translation>
    </message>
    <message>
        <source>Choose B: B is better</source>
        <translation>Escolher B: B é melhor</translation>
    </message>
    <message>
        <source>Choose a tie</source>
        <translation>Escolher empate</translation>
    </message>
    <message>
        <source>Write the reason</source>
        <translation>Escrever o motivo</translation>
    </message>
    <message>
        <source>Leave the text field</source>
        <translation>Sair do campo de texto</translation>
    </message>
    <message>
        <source>Submit (when a side is chosen)</source>
        <translation>Enviar (quando um lado estiver escolhido)</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Nenhum motivo informado</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted</source>
        <translation>Somente leitura: esta tarefa foi enviada</translation>
    </message>
    <message>
        <source>Rate {scale} (then press {low}–{high})</source>
        <translation>Avaliar {scale} (depois pressione {low}–{high})</translation>
    </message>
    <message>
        <source>Choose: {choice}</source>
        <translation>Escolher: {choice}</translation>
    </message>
    <message>
        <source>answer A</source>
        <translation>a resposta A</translation>
    </message>
    <message>
        <source>answer B</source>
        <translation>a resposta B</translation>
    </message>
    <message>
        <source>both answers</source>
        <translation>as duas respostas</translation>
    </message>
    <message>
        <source>Ratings cleared: they rated {before}. Rate {now} now (Ctrl+Z brings them back)</source>
        <translation>Avaliações apagadas: elas avaliavam {before}. Avalie {now} agora (Ctrl+Z as traz de volta)</translation>
    </message>
    <message>
        <source>You did not set these ratings: {ratings}. They are the prediction of {model}. Submit them under your signature as your own ratings?</source>
        <translation>Você não definiu estas avaliações: {ratings}. Elas são a previsão de {model}. Enviá-las com a sua assinatura como avaliações suas?</translation>
    </message>
    <message>
        <source>Rate {scale}: {value}</source>
        <translation>Avaliar {scale}: {value}</translation>
    </message>
    <message>
        <source>Clear the {scale} rating</source>
        <translation>Apagar a avaliação de {scale}</translation>
    </message>
    <message numerus="yes">
        <source>A reason holds at most %n character(s)</source>
        <translation>
            <numerusform>Um motivo tem no máximo %n caractere</numerusform>
            <numerusform>Um motivo tem no máximo %n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonTaskView</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>answer {choice}</source>
        <translation>resposta {choice}</translation>
    </message>
    <message>
        <source>Model prediction ({who}): {choice}.</source>
        <translation>Previsão do modelo ({who}): {choice}.</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create a new account</source>
        <translation>Criar uma conta nova</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>optional, e.g. “Work”</source>
        <translation>opcional, por ex. “Trabalho”</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palavra</numerusform>
            <numerusform>%n palavras</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a name for the account</comment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>Palavras de recuperação</translation>
    </message>
    <message>
        <source>Choose a password. It encrypts the key on this computer and unlocks the wallet when you sign.</source>
        <translation>Escolha uma senha. Ela criptografa a chave neste computador e desbloqueia a carteira quando você assina.</translation>
    </message>
    <message>
        <source>I wrote the words down on paper, in order</source>
        <translation>Anotei as palavras no papel, em ordem</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write these words down, in order, on paper.&lt;/b&gt; They are the only way to restore this account if this computer is lost or the password forgotten. Anyone who sees them can take the account: no screenshots, no cloud notes. They are shown only now.</source>
        <translation>&lt;b&gt;Anote estas palavras no papel, em ordem.&lt;/b&gt; Elas são a única forma de restaurar esta conta se este computador for perdido ou a senha esquecida. Quem as vir pode tomar a conta: nada de capturas de tela nem notas na nuvem. Elas só aparecem agora.</translation>
    </message>
    <message>
        <source>Type these words from your paper to show it is right.</source>
        <translation>Digite estas palavras do seu papel para mostrar que está certo.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Criar conta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Word #{position}</source>
        <translation>Palavra nº {position}</translation>
    </message>
    <message numerus="yes">
        <source>Word(s) {words} do not match. Check your paper, or go Back to see the words again.</source>
        <translation>
            <numerusform>A palavra {words} não confere. Confira seu papel ou clique em Voltar para ver as palavras de novo.</numerusform>
            <numerusform>As palavras {words} não conferem. Confira seu papel ou clique em Voltar para ver as palavras de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypting the key… (this takes a moment)</source>
        <translation>Criptografando a chave… (leva um instante)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account created&lt;/b&gt;&lt;br&gt;&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;It is unlocked and ready to sign. Keep the paper with the words somewhere safe; the wallet will not show them again. ({short} is now in the status bar.)</source>
        <translation>&lt;b&gt;Conta criada&lt;/b&gt;&lt;br&gt;&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;Ela está desbloqueada e pronta para assinar. Guarde o papel com as palavras em um lugar seguro; a carteira não vai mostrá-las de novo. ({short} agora aparece na barra de status.)</translation>
    </message>
    <message>
        <source>{error} Start again with new words.</source>
        <translation>{error} Comece de novo com palavras novas.</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demonstração</translation>
    </message>
    <message>
        <source>&amp;Review and settle now</source>
        <translation>&amp;Revisar e liquidar agora</translation>
    </message>
    <message>
        <source>A demo reviewer accepts what waits for review; the hub posts an epoch on the demo chain, and your rewards become claimable.</source>
        <translation>Um revisor de demonstração aceita o que aguarda revisão; o hub publica uma época na cadeia de demonstração e suas recompensas ficam disponíveis para resgate.</translation>
    </message>
    <message>
        <source>The demo reviewer is accepting submissions, then the hub settles…</source>
        <translation>O revisor de demonstração está aceitando envios; depois o hub faz a liquidação…</translation>
    </message>
    <message>
        <source>Review and settle failed: {error}</source>
        <translation>Falha ao revisar e liquidar: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n submission(s) ({accepted} accepted)</source>
        <translation>
            <numerusform>Revisado %n envio ({accepted} aceitos)</numerusform>
            <numerusform>Revisados %n envios ({accepted} aceitos)</numerusform>
        </translation>
    </message>
    <message>
        <source>{reviewed}; nothing to settle.</source>
        <translation>{reviewed}; nada a liquidar.</translation>
    </message>
    <message numerus="yes">
        <source>epoch {epoch} posted for %n account(s).</source>
        <translation>
            <numerusform>época {epoch} publicada para %n conta.</numerusform>
            <numerusform>época {epoch} publicada para %n contas.</numerusform>
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
        <translation>Assinar este rótulo e colocá-lo na fila para o hub</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Pular</translation>
    </message>
    <message>
        <source>Skip this task; it waits at the end of the queue</source>
        <translation>Pular esta tarefa; ela aguarda no fim da fila</translation>
    </message>
    <message>
        <source>&amp;Next task to do</source>
        <translation>Pró&amp;xima tarefa pendente</translation>
    </message>
    <message>
        <source>Go to the next new or draft task</source>
        <translation>Ir para a próxima tarefa nova ou em rascunho</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>Tarefa &amp;anterior</translation>
    </message>
    <message>
        <source>Go back to the task before this one</source>
        <translation>Voltar para a tarefa anterior a esta</translation>
    </message>
    <message>
        <source>&amp;Label again</source>
        <translation>&amp;Rotular de novo</translation>
    </message>
    <message>
        <source>Start a new draft from the submitted label</source>
        <translation>Começar um novo rascunho a partir do rótulo enviado</translation>
    </message>
    <message>
        <source>Ask the &amp;model</source>
        <translation>Perguntar ao &amp;modelo</translation>
    </message>
    <message>
        <source>Ask the campaign's model for a prediction of this task (again: cancel)</source>
        <translation>Pedir ao modelo da campanha uma previsão para esta tarefa (de novo: cancelar)</translation>
    </message>
    <message>
        <source>&amp;Accept all predictions</source>
        <translation>Aceitar &amp;todas as previsões</translation>
    </message>
    <message>
        <source>Accept every item the model predicted, as it is (Enter accepts the selected one)</source>
        <translation>Aceitar cada item previsto pelo modelo, como está (Enter aceita o selecionado)</translation>
    </message>
    <message>
        <source>Switch between &amp;queue and task</source>
        <translation>Alternar entre &amp;fila e tarefa</translation>
    </message>
    <message>
        <source>Move the keyboard focus</source>
        <translation>Mover o foco do teclado</translation>
    </message>
    <message>
        <source>Show the &amp;queue</source>
        <translation>Mostrar a fi&amp;la</translation>
    </message>
    <message>
        <source>Hide the queue to give the task more room</source>
        <translation>Ocultar a fila para dar mais espaço à tarefa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Refa&amp;zer</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Task id</source>
        <translation>ID da tarefa</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>Nenhuma tarefa selecionada</translation>
    </message>
</context>
<context>
    <name>ExportKeystoreDialog</name>
    <message>
        <source>Export keystore file</source>
        <translation>Exportar arquivo keystore</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>The file is a standard Ethereum keystore (v3): other wallets open it with this account's password. Keep it as a backup.</source>
        <translation>O arquivo é um keystore padrão do Ethereum (v3): outras carteiras o abrem com a senha desta conta. Guarde-o como backup.</translation>
    </message>
    <message>
        <source>Choose the account and type its password.</source>
        <translation>Escolha a conta e digite a senha dela.</translation>
    </message>
    <message>
        <source>Save keystore file</source>
        <translation>Salvar arquivo keystore</translation>
    </message>
    <message>
        <source>Keystore (*.json)</source>
        <translation>Keystore (*.json)</translation>
    </message>
    <message>
        <source>Writing the keystore file…</source>
        <translation>Gravando o arquivo keystore…</translation>
    </message>
</context>
<context>
    <name>GetTasksBox</name>
    <message>
        <source>Nothing to label here yet.</source>
        <translation>Nada para rotular aqui ainda.</translation>
    </message>
    <message>
        <source>Get tasks</source>
        <translation>Obter tarefas</translation>
    </message>
    <message>
        <source>Reserve a batch of tasks from the hub and download them</source>
        <translation>Reservar um lote de tarefas no hub e baixá-las</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a signed-in account.</source>
        <translation>Desbloqueie a carteira (Ctrl+U) primeiro: o hub reserva tarefas para uma conta conectada.</translation>
    </message>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>Reservando %n tarefa…</numerusform>
            <numerusform>Reservando %n tarefas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) reserved.</source>
        <translation>
            <numerusform>%n tarefa reservada.</numerusform>
            <numerusform>%n tarefas reservadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has no task for you in this campaign right now.</source>
        <translation>O hub não tem nenhuma tarefa para você nesta campanha agora.</translation>
    </message>
</context>
<context>
    <name>GlyphWords</name>
    <message numerus="yes">
        <source>%n character(s) of this text cannot be shown: no installed font has them ({codes}). Install the Noto fonts (fonts-noto-core, fonts-noto-cjk).</source>
        <extracomment>characters already reported in this session (reported once, not per task) at most this many distinct characters are checked one by one</extracomment>
        <translation>
            <numerusform>%n caractere deste texto não pode ser exibido: nenhuma fonte instalada o tem ({codes}). Instale as fontes Noto (fonts-noto-core, fonts-noto-cjk).</numerusform>
            <numerusform>%n caracteres deste texto não podem ser exibidos: nenhuma fonte instalada os tem ({codes}). Instale as fontes Noto (fonts-noto-core, fonts-noto-cjk).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubClaimDialog</name>
    <message>
        <source>Claim through the hub</source>
        <translation>Resgatar pelo hub</translation>
    </message>
    <message>
        <source>Sign and hand over</source>
        <translation>Assinar e entregar</translation>
    </message>
    <message>
        <source>The hub sends the claim of &lt;b&gt;{amount}&lt;/b&gt; and pays its gas; the tokens go to your account all the same. You sign a request that names your account, the amount and the root, and expires in an hour. The hub relays a few claims per account and hour.</source>
        <translation>O hub envia o resgate de &lt;b&gt;{amount}&lt;/b&gt; e paga o gás; os tokens vão para a sua conta do mesmo jeito. Você assina um pedido que informa sua conta, o valor e a raiz, e que expira em uma hora. O hub retransmite poucos resgates por conta e por hora.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>No polygons yet: press P and click around an object.</source>
        <extracomment>the task is drawn once the image is decoded: ``shown`` or ``failed`` follow the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>Nenhum polígono ainda: pressione P e clique em volta de um objeto.</translation>
    </message>
    <message>
        <source>No boxes yet: press B and drag across an object.</source>
        <translation>Nenhuma caixa ainda: pressione B e arraste sobre um objeto.</translation>
    </message>
    <message>
        <source>The image cannot be shown, so it cannot be labeled</source>
        <translation>A imagem não pode ser exibida, então não pode ser rotulada</translation>
    </message>
    <message>
        <source>Close the polygon being drawn (Enter) or cancel it (Esc)</source>
        <translation>Feche o polígono em desenho (Enter) ou cancele-o (Esc)</translation>
    </message>
    <message>
        <source>Malformed polygon data ({numbers}): select and delete it</source>
        <translation>Dados de polígono malformados ({numbers}): selecione-o e exclua-o</translation>
    </message>
    <message>
        <source>Malformed box data ({numbers}): select and delete it</source>
        <translation>Dados de caixa malformados ({numbers}): selecione-a e exclua-a</translation>
    </message>
    <message>
        <source>Toggle {label}</source>
        <translation>Alternar {label}</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>Escolher {label}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>Rótulo: {label}</translation>
    </message>
    <message>
        <source>{file} is not on this computer yet; sync to download it.</source>
        <translation>{file} ainda não está neste computador; sincronize para baixá-lo.</translation>
    </message>
    <message>
        <source>Polygons ({count})</source>
        <translation>Polígonos ({count})</translation>
    </message>
    <message>
        <source>Boxes ({count})</source>
        <translation>Caixas ({count})</translation>
    </message>
    <message>
        <source>The labels of this task are kept; the image must be fixed or downloaded again.</source>
        <translation>Os rótulos desta tarefa são mantidos; a imagem precisa ser corrigida ou baixada de novo.</translation>
    </message>
    <message>
        <source>Press a label's key ({keys}) to choose it, again to remove it.</source>
        <translation>Pressione a tecla de um rótulo ({keys}) para escolhê-lo e de novo para removê-lo.</translation>
    </message>
    <message>
        <source>Press a label's key ({keys}) to choose it; Enter submits.</source>
        <translation>Pressione a tecla de um rótulo ({keys}) para escolhê-lo; Enter envia.</translation>
    </message>
    <message>
        <source>Read-only: shapes are shown, not editable. Tab selects, F fits, = and - zoom.</source>
        <translation>Somente leitura: as formas são exibidas, não editáveis. Tab seleciona, F ajusta, = e - dão zoom.</translation>
    </message>
    <message>
        <source>Click to add points · click the first point, double-click or Enter closes · Backspace removes the last point · Esc cancels</source>
        <translation>Clique para adicionar pontos · clicar no primeiro ponto, clique duplo ou Enter fecham · Backspace remove o último ponto · Esc cancela</translation>
    </message>
    <message>
        <source>Drag to draw a “{label}” box ({keys} change the label) · V or Esc: select</source>
        <translation>Arraste para desenhar uma caixa “{label}” ({keys} mudam o rótulo) · V ou Esc: selecionar</translation>
    </message>
    <message>
        <source>Click to start a “{label}” polygon ({keys} change the label) · V: select</source>
        <translation>Clique para começar um polígono “{label}” ({keys} mudam o rótulo) · V: selecionar</translation>
    </message>
    <message>
        <source>Drag a vertex · Alt+click or double-click an edge adds one · Shift+click or Delete removes it · arrows nudge · H hides</source>
        <translation>Arraste um vértice · Alt+clique ou clique duplo em uma aresta adiciona um · Shift+clique ou Delete o remove · as setas deslocam · H oculta</translation>
    </message>
    <message>
        <source>Drag to move, handles resize · {keys} relabel · arrows nudge (Shift: 10 px) · Delete removes · H hides</source>
        <translation>Arraste para mover, as alças redimensionam · {keys} trocam o rótulo · as setas deslocam (Shift: 10 px) · Delete exclui · H oculta</translation>
    </message>
    <message>
        <source>P draws polygons · click or Tab selects a shape · wheel or = - zoom · F fits</source>
        <translation>P desenha polígonos · clique ou Tab seleciona uma forma · roda do mouse ou = - dão zoom · F ajusta</translation>
    </message>
    <message>
        <source>B draws boxes · click or Tab selects a shape · wheel or = - zoom · F fits</source>
        <translation>B desenha caixas · clique ou Tab seleciona uma forma · roda do mouse ou = - dão zoom · F ajusta</translation>
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
        <translation>esta tarefa não indica nenhuma imagem</translation>
    </message>
    <message>
        <source>the image is not downloaded yet (sync to fetch it)</source>
        <translation>a imagem ainda não foi baixada (sincronize para buscá-la)</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Carregando a imagem…</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} px</translation>
    </message>
    <message numerus="yes">
        <source>Dashed shapes: model prediction ({who}), %n shown</source>
        <translation>
            <numerusform>Formas tracejadas: previsão do modelo ({who}), %n mostrada</numerusform>
            <numerusform>Formas tracejadas: previsão do modelo ({who}), %n mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Model prediction ({who}): {labels}</source>
        <translation>Previsão do modelo ({who}): {labels}</translation>
    </message>
    <message>
        <source>Cannot show the image: {reason}</source>
        <translation>Não é possível mostrar a imagem: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an account</source>
        <translation>Importar uma conta</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importar de</translation>
    </message>
    <message>
        <source>Recovery words or a keystore file</source>
        <translation>Palavras de recuperação ou um arquivo keystore</translation>
    </message>
    <message>
        <source>the 12 or 24 words, separated by spaces</source>
        <translation>as 12 ou 24 palavras, separadas por espaços</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palavras</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número da conta</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, 0x optional</source>
        <translation>64 dígitos hexadecimais, 0x opcional</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Chave privada</translation>
    </message>
    <message>
        <source>a keystore JSON file (UTC--…)</source>
        <translation>um arquivo JSON de keystore (UTC--…)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>File password</source>
        <translation>Senha do arquivo</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>Palavras de recuperação</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Arquivo keystore</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a name for the account</comment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>The key is stored encrypted with a password of your choice (it may be the same as the file's).</source>
        <translation>A chave é guardada criptografada com uma senha à sua escolha (pode ser a mesma do arquivo).</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Open a keystore file</source>
        <translation>Abrir um arquivo keystore</translation>
    </message>
    <message>
        <source>Keystore (*.json *);;All files (*)</source>
        <translation>Keystore (*.json *);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Type the recovery words.</source>
        <translation>Digite as palavras de recuperação.</translation>
    </message>
    <message>
        <source>Paste the private key.</source>
        <translation>Cole a chave privada.</translation>
    </message>
    <message>
        <source>Choose the keystore file.</source>
        <translation>Escolha o arquivo keystore.</translation>
    </message>
    <message>
        <source>Encrypting the key…</source>
        <translation>Criptografando a chave…</translation>
    </message>
</context>
<context>
    <name>InteractiveAssist</name>
    <message>
        <source>This campaign names no ML backend for interactive help</source>
        <extracomment>a proposal is on screen (the shape's JSON) the request failed or found nothing (the message shown)</extracomment>
        <translation>Esta campanha não indica nenhum backend de ML para ajuda interativa</translation>
    </message>
    <message>
        <source>Asking the model for the object… (Esc cancels)</source>
        <translation>Perguntando ao modelo pelo objeto… (Esc cancela)</translation>
    </message>
    <message>
        <source>The model found no object there</source>
        <translation>O modelo não encontrou nenhum objeto ali</translation>
    </message>
    <message>
        <source>Proposed by the model: Enter accepts, Esc rejects, Ctrl+click refines</source>
        <translation>Proposto pelo modelo: Enter aceita, Esc rejeita, Ctrl+clique refina</translation>
    </message>
    <message>
        <source>No proposal: {reason}</source>
        <translation>Nenhuma proposta: {reason}</translation>
    </message>
    <message>
        <source>Accept the model's {noun}</source>
        <translation>Aceitar {noun} do modelo</translation>
    </message>
    <message>
        <source>Accepted: edit it like any shape; Ctrl+Z takes it away</source>
        <translation>Aceito: edite como qualquer forma; Ctrl+Z desfaz</translation>
    </message>
    <message>
        <source>The model's proposal was rejected</source>
        <translation>A proposta do modelo foi rejeitada</translation>
    </message>
</context>
<context>
    <name>ItemLabeler</name>
    <message>
        <source>Tick or untick: {label}</source>
        <extracomment>the chips changed the annotation (new annotation or None, undo text) an embedded pane changed it (already on the undo stack) the embedded pane has drawn its photo</extracomment>
        <translation>Marcar ou desmarcar: {label}</translation>
    </message>
    <message>
        <source>Choose: {label}</source>
        <translation>Escolher: {label}</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>Esta tarefa é somente leitura</translation>
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
        <translation>Escolher {label}</translation>
    </message>
    <message>
        <source>write the text</source>
        <translation>escrever o texto</translation>
    </message>
    <message>
        <source>import a photo</source>
        <translation>importar uma foto</translation>
    </message>
    <message>
        <source>draw boxes on it</source>
        <translation>desenhar caixas</translation>
    </message>
    <message>
        <source>draw polygons on it</source>
        <translation>desenhar polígonos</translation>
    </message>
    <message>
        <source>mark spans in it</source>
        <translation>marcar trechos</translation>
    </message>
    <message>
        <source>label it</source>
        <translation>rotulá-lo</translation>
    </message>
    <message>
        <source>To {task}, the app needs the pane for {kind}, which is not installed yet.</source>
        <translation>Para {task}, o app precisa do painel de {kind}, que ainda não está instalado.</translation>
    </message>
    <message>
        <source>First {step}, then {task}.</source>
        <translation>Primeiro {step}, depois {task}.</translation>
    </message>
</context>
<context>
    <name>KeepClaimDialog</name>
    <message>
        <source>Keep the claim for later</source>
        <translation>Guardar o resgate para depois</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>{why}

The claim can wait: the next sync that reaches it carries it out while the wallet is unlocked — the hub's relayer sends it.</source>
        <translation>{why}

O resgate pode esperar: a próxima sincronização que conseguir conectar o executa enquanto a carteira estiver desbloqueada; quem envia é o retransmissor do hub.</translation>
    </message>
    <message>
        <source>{why}

The claim can wait: the next sync that reaches it carries it out while the wallet is unlocked — your wallet sends it (the gas is estimated then).</source>
        <translation>{why}

O resgate pode esperar: a próxima sincronização que conseguir conectar o executa enquanto a carteira estiver desbloqueada; quem envia é a sua carteira (o gás é estimado nesse momento).</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <source>{label} — press {key}</source>
        <translation>{label}: pressione {key}</translation>
    </message>
    <message>
        <source>Label {label}, key {key}</source>
        <translation>Rótulo {label}, tecla {key}</translation>
    </message>
    <message>
        <source>Label {label}</source>
        <translation>Rótulo {label}</translation>
    </message>
    <message>
        <source>· predicted by {model}: press the key twice or submit to make it yours</source>
        <extracomment>checked because a model predicted it, and not touched since (drawn dashed and pale)</extracomment>
        <translation>· previsto por {model}: pressione a tecla duas vezes ou envie para torná-lo seu</translation>
    </message>
</context>
<context>
    <name>LabelMenu</name>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Rótulo</translation>
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
        <translation>Idioma do sistema ({language})</translation>
    </message>
    <message>
        <source>The app shows the new language the next time it starts.</source>
        <translation>O app exibe o novo idioma na próxima vez que for iniciado.</translation>
    </message>
    <message>
        <source>The language could not be saved: {error}</source>
        <translation>Não foi possível salvar o idioma: {error}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Confi&amp;gurações</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Sync now (Ctrl+R), Make tasks available offline…, Sync details…</extracomment>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Tela c&amp;heia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Settings ▸ Language… (ui/language_menu.py)</extracomment>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About DataFi Desktop</source>
        <translation>&amp;Sobre o DataFi Desktop</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>About DataFi Desktop</source>
        <translation>Sobre o DataFi Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;DataFi Desktop {version}&lt;/b&gt;&lt;br&gt;Label data offline, sign every submission, claim rewards on-chain.&lt;br&gt;&lt;br&gt;Profile: {profile}</source>
        <translation>&lt;b&gt;DataFi Desktop {version}&lt;/b&gt;&lt;br&gt;Rotule dados offline, assine cada envio e resgate recompensas na blockchain.&lt;br&gt;&lt;br&gt;Perfil: {profile}</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <source>Import photo or file…</source>
        <extracomment>the photo is on screen, or could not be shown (message)</extracomment>
        <translation>Importar foto ou arquivo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Drop a photo or file here, or press {keys} to choose one.
This task accepts {types}.</source>
        <extracomment>"Importing photo.jpg…" / "Loading photo.jpg…" while the file is copied and decoded off the UI thread (a 48 MP photo takes seconds): never a dark box</extracomment>
        <translation>Solte uma foto ou um arquivo aqui, ou pressione {keys} para escolher um.
Esta tarefa aceita {types}.</translation>
    </message>
    <message>
        <source>Loading {file}…</source>
        <translation>Carregando {file}…</translation>
    </message>
    <message numerus="yes">
        <source>{size} text file, %n character(s): it is the item's text below.</source>
        <translation>
            <numerusform>Arquivo de texto de {size}, %n caractere: é o texto do item, abaixo.</numerusform>
            <numerusform>Arquivo de texto de {size}, %n caracteres: é o texto do item, abaixo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the photo: {error}</source>
        <translation>Não é possível exibir a foto: {error}</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <translation>escreva a data como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>não é uma data válida</translation>
    </message>
    <message>
        <source>* required</source>
        <extracomment>the user changed a field: (name, value or None to clear, typing — merge the edits) text fields the campaign limits: their character counters</extracomment>
        <translation>* obrigatório</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>how to write a date; it is stored as ISO</comment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>pelo menos {count} caracteres</translation>
    </message>
    <message>
        <source>Repeat</source>
        <comment>repeat the password</comment>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>A senha precisa de pelo menos {count} caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas não coincidem.</translation>
    </message>
    <message>
        <source>At least {count} characters. Nobody can recover it for you: write it down somewhere safe.</source>
        <translation>Pelo menos {count} caracteres. Ninguém pode recuperá-la para você: anote-a em um lugar seguro.</translation>
    </message>
    <message>
        <source>{strength}. {hint}</source>
        <comment>password strength, then a hint</comment>
        <translation>{strength}. {hint}</translation>
    </message>
    <message>
        <source>{hint}  The two passwords differ.</source>
        <translation>{hint}  As duas senhas não coincidem.</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Stop after the current page; what came stays</source>
        <translation>Parar após a página atual; o que chegou fica</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <source>Make tasks available offline</source>
        <translation>Disponibilizar tarefas offline</translation>
    </message>
    <message>
        <source>Reserve tasks on the hub and download everything they need, so you can label them without a connection. The hub holds them for you for the time below.</source>
        <translation>Reserve tarefas no hub e baixe tudo o que elas precisam, para rotulá-las sem conexão. O hub as guarda para você pelo tempo abaixo.</translation>
    </message>
    <message>
        <source> tasks</source>
        <comment>suffix of a number of tasks</comment>
        <translation> tarefas</translation>
    </message>
    <message>
        <source> days</source>
        <comment>suffix of a number of days</comment>
        <translation> dias</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campanha:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Quantas:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Manter por:</translation>
    </message>
    <message>
        <source>No hub is set for this profile, so there is nothing to download (start with --hub URL).</source>
        <translation>Nenhum hub está definido para este perfil, então não há nada a baixar (inicie com --hub URL).</translation>
    </message>
    <message>
        <source>No campaign yet: sync once while online to list the hub's campaigns.</source>
        <translation>Ainda não há campanha: sincronize uma vez enquanto estiver online para listar as campanhas do hub.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>An earlier download of %1 tasks stopped after %2; Resume continues it.</source>
        <translation>Um download anterior de %1 tarefas parou após %2; Retomar o continua.</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>Parando após esta página…</translation>
    </message>
    <message>
        <source>%v of %m tasks reserved</source>
        <translation>%v de %m tarefas reservadas</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v de %m arquivos</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a signed-in account.</source>
        <translation>Desbloqueie a carteira (Ctrl+U) primeiro: o hub reserva tarefas para uma conta conectada.</translation>
    </message>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>Reservando %n tarefa…</numerusform>
            <numerusform>Reservando %n tarefas…</numerusform>
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
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Carteira</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tarefas</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;visão</translation>
    </message>
    <message>
        <source>&amp;Rewards</source>
        <translation>Recom&amp;pensas</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>&amp;Carteira</translation>
    </message>
</context>
<context>
    <name>PaneSet</name>
    <message>
        <source>failing ({error})</source>
        <translation>com falha ({error})</translation>
    </message>
</context>
<context>
    <name>PredictionAssistant</name>
    <message>
        <source>Prediction request cancelled</source>
        <extracomment>a fallback run when no backend answers: (editor) → a worker function or None a prediction was shown (model) — for tests and the status bar the request failed or gave nothing (the message shown)</extracomment>
        <translation>Pedido de previsão cancelado</translation>
    </message>
    <message>
        <source>Open a task first</source>
        <translation>Abra uma tarefa primeiro</translation>
    </message>
    <message>
        <source>This task is read-only: nothing to predict</source>
        <translation>Esta tarefa é somente leitura: nada a prever</translation>
    </message>
    <message>
        <source>This campaign names no ML backend and ships no offline model for this kind of task</source>
        <translation>Esta campanha não indica nenhum backend de ML nem inclui um modelo offline para este tipo de tarefa</translation>
    </message>
    <message>
        <source>Asking the model for a prediction… (Ctrl+P again cancels)</source>
        <translation>Pedindo uma previsão ao modelo… (Ctrl+P de novo cancela)</translation>
    </message>
    <message>
        <source>The model has no prediction for this task</source>
        <translation>O modelo não tem nenhuma previsão para esta tarefa</translation>
    </message>
    <message>
        <source>The prediction cannot be shown: the task is read-only now</source>
        <translation>A previsão não pode ser exibida: a tarefa agora é somente leitura</translation>
    </message>
    <message>
        <source>Prediction by {model}: edit it, or accept it; Ctrl+Z undoes it</source>
        <translation>Previsão de {model}: edite-a ou aceite-a; Ctrl+Z a desfaz</translation>
    </message>
    <message>
        <source>No prediction: {reason}</source>
        <translation>Nenhuma previsão: {reason}</translation>
    </message>
</context>
<context>
    <name>PredictionBanner</name>
    <message>
        <source>Prediction by {model} — check each item: edit it, or accept it with Enter ({keys} accepts all)</source>
        <translation>Previsão de {model}: confira cada item; edite-o ou aceite-o com Enter ({keys} aceita todos)</translation>
    </message>
</context>
<context>
    <name>ProgressiveLoader</name>
    <message>
        <source>The full resolution could not be decoded: {error}</source>
        <extracomment>(LoadedImage, is_full_resolution) nothing could be shown: a message for the user naming the file and the problem the full resolution failed (the screen-sized picture stays up) scale of the pixmap delivered last (decoded size / full size); 0 before any where screen-size previews of large photos are kept (core.previews), if set</extracomment>
        <translation>Não foi possível decodificar a resolução completa: {error}</translation>
    </message>
</context>
<context>
    <name>QualityStrip</name>
    <message>
        <source>Your running figures in this campaign, as the hub last reported them: agreement with other annotators of the same tasks, and your score on gold tasks (known answers)</source>
        <translation>Seus números atuais nesta campanha, conforme o hub informou por último: concordância com outros anotadores das mesmas tarefas e sua pontuação em tarefas de ouro (respostas conhecidas)</translation>
    </message>
    <message>
        <source>My quality</source>
        <translation>Minha qualidade</translation>
    </message>
    <message>
        <source>No figures yet: the hub reports them once your work has been compared and reviewed.</source>
        <translation>Ainda sem números: o hub os informa quando seu trabalho tiver sido comparado e revisado.</translation>
    </message>
    <message>
        <source>My quality · {account}</source>
        <translation>Minha qualidade · {account}</translation>
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
        <translation>Envios</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordância</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Precisão no ouro</translation>
    </message>
    <message>
        <source>Suggestion kept</source>
        <translation>Sugestão mantida</translation>
    </message>
    <message>
        <source>Campaign rate</source>
        <translation>Taxa da campanha</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Sinalizado</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>gold accuracy</source>
        <translation>precisão no ouro</translation>
    </message>
    <message>
        <source>rubber stamp</source>
        <translation>aprovação automática</translation>
    </message>
    <message>
        <source>{rate} of {shown}</source>
        <translation>{rate} de {shown}</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Não retidas</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the reasons of a hold</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retidas</translation>
    </message>
    <message>
        <source>Held: {why}</source>
        <translation>Retidas: {why}</translation>
    </message>
    <message>
        <source>{rate} of {answers}</source>
        <translation>{rate} de {answers}</translation>
    </message>
    <message>
        <source>⚑ Flagged</source>
        <translation>⚑ Sinalizado</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Show tasks in this state</source>
        <extracomment>the task shown in the detail pane changed (its cache uid, -1 for none)</extracomment>
        <translation>Mostrar as tarefas neste estado</translation>
    </message>
    <message>
        <source>Show tasks of this kind</source>
        <translation>Mostrar as tarefas deste tipo</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the tasks whose text, task id or #number contains this</source>
        <translation>Mostrar as tarefas cujo texto, ID da tarefa ou #número contém isto</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>The tasks of the campaign; Return opens the selected one</source>
        <translation>As tarefas da campanha; Return abre a selecionada</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>Nenhuma campanha ainda</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} de {total} concluídas</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>Próxima &amp;tarefa</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>Tarefa &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Filter text…</source>
        <translation>&amp;Filtrar texto…</translation>
    </message>
    <message>
        <source>Show &amp;all tasks</source>
        <translation>Mostrar t&amp;odas as tarefas</translation>
    </message>
    <message>
        <source>Show tasks &amp;to do</source>
        <translation>Mostrar as tarefas &amp;pendentes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>At&amp;ualizar</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln task(s) shown</source>
        <translation>
            <numerusform>{shown} de %Ln tarefa exibida</numerusform>
            <numerusform>{shown} de %Ln tarefas exibidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingScaleWidget</name>
    <message>
        <source>Rating {scale}, {low} to {high}</source>
        <extracomment>at most this many values are shown as buttons digits typed within this many seconds make one number (scale name, rating or None to clear) a key that cannot rate this scale, in words for the status bar</extracomment>
        <translation>Avaliação {scale}, de {low} a {high}</translation>
    </message>
    <message>
        <source> (press {key}, then a number)</source>
        <extracomment>"· predicted by …" while the rating is a model's that nobody set (text, never hidden, so that nothing moves when it goes)</extracomment>
        <translation> (pressione {key} e depois um número)</translation>
    </message>
    <message>
        <source>· predicted by {model}</source>
        <translation>· prevista por {model}</translation>
    </message>
    <message>
        <source>The model's rating: rate it yourself, or confirm it when you submit</source>
        <translation>A avaliação do modelo: avalie você mesmo ou confirme-a ao enviar</translation>
    </message>
    <message>
        <source>{scale} goes from {low} to {high}</source>
        <translation>{scale} vai de {low} a {high}</translation>
    </message>
</context>
<context>
    <name>ReasonEdit</name>
    <message>
        <source>Why is it better? (optional) — press R to write here, Esc to leave</source>
        <translation>Por que é melhor? (opcional): pressione R para escrever aqui, Esc para sair</translation>
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
        <translation>Diga por quê: escolha um motivo (pelo número) ou escreva um.</translation>
    </message>
    <message>
        <source>Reject: say why</source>
        <translation>Rejeitar: diga por quê</translation>
    </message>
    <message>
        <source>Press a reason's number, add details if you like, then Enter. Esc cancels.</source>
        <translation>Pressione o número de um motivo, acrescente detalhes se quiser e depois Enter. Esc cancela.</translation>
    </message>
    <message>
        <source>Reject the label by {annotator}. {how}</source>
        <translation>Rejeitar o rótulo de {annotator}. {how}</translation>
    </message>
    <message>
        <source>Details (required when no reason is picked)</source>
        <translation>Detalhes (obrigatórios quando nenhum motivo é escolhido)</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>verb: reject the submission</comment>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Reason {number}</source>
        <translation>Motivo {number}</translation>
    </message>
    <message>
        <source>Say why: write the reason.</source>
        <translation>Diga por quê: escreva o motivo.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Could not reserve tasks: {error}</source>
        <translation>Não foi possível reservar tarefas: {error}</translation>
    </message>
    <message>
        <source>{message}. Try again when the hub is reachable.</source>
        <translation>{message}. Tente de novo quando o hub estiver acessível.</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: reserving tasks is signed.</source>
        <translation>Desbloqueie a carteira (Ctrl+U) primeiro: reservar tarefas exige assinatura.</translation>
    </message>
    <message>
        <source>The hub refused: {message}</source>
        <translation>O hub recusou: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) downloaded</source>
        <translation>
            <numerusform>%Ln arquivo baixado</numerusform>
            <numerusform>%Ln arquivos baixados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln task(s) available offline, {files}. Resume continues from there.</source>
        <translation>
            <numerusform>Parado: %Ln tarefa disponível offline, {files}. Retomar continua dali.</numerusform>
            <numerusform>Parado: %Ln tarefas disponíveis offline, {files}. Retomar continua dali.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) available offline; {files}. They are in the Tasks page.</source>
        <translation>
            <numerusform>%Ln tarefa disponível offline; {files}. Ela está na página Tarefas.</numerusform>
            <numerusform>%Ln tarefas disponíveis offline; {files}. Elas estão na página Tarefas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} The hub says: {notes}.</source>
        <translation>{text} O hub diz: {notes}.</translation>
    </message>
    <message>
        <source>{text} (The hub had {leased} of the {asked} asked for.)</source>
        <translation>{text} (O hub tinha {leased} das {asked} pedidas.)</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>The label is right: sign an accept</source>
        <translation>O rótulo está certo: assinar uma aceitação</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeitar…</translation>
    </message>
    <message>
        <source>The label is wrong: say why, then sign a reject</source>
        <translation>O rótulo está errado: diga por quê e assine uma rejeição</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corrigir</translation>
    </message>
    <message>
        <source>Fix the label in the pane, then sign the correction</source>
        <translation>Corrija o rótulo no painel e depois assine a correção</translation>
    </message>
    <message>
        <source>&amp;Sign the correction</source>
        <translation>A&amp;ssinar a correção</translation>
    </message>
    <message>
        <source>Sign the corrected label</source>
        <translation>Assinar o rótulo corrigido</translation>
    </message>
    <message>
        <source>Cancel the correctio&amp;n</source>
        <translation>Cancelar a corr&amp;eção</translation>
    </message>
    <message>
        <source>Back to the label under review</source>
        <translation>Voltar ao rótulo em revisão</translation>
    </message>
    <message>
        <source>&amp;Next submission</source>
        <translation>Próximo e&amp;nvio</translation>
    </message>
    <message>
        <source>Leave this one for later and show the next</source>
        <translation>Deixar este para depois e mostrar o próximo</translation>
    </message>
    <message>
        <source>&amp;Previous submission</source>
        <translation>Envio an&amp;terior</translation>
    </message>
    <message>
        <source>Show the one before</source>
        <translation>Mostrar o anterior</translation>
    </message>
    <message>
        <source>Show the next &amp;label of this task</source>
        <translation>Mostrar o próximo rót&amp;ulo desta tarefa</translation>
    </message>
    <message>
        <source>The other annotators' labels and the consensus, in turn</source>
        <translation>Os rótulos dos outros anotadores e o consenso, um de cada vez</translation>
    </message>
    <message>
        <source>&amp;Get more to review</source>
        <translation>&amp;Obter mais para revisar</translation>
    </message>
    <message>
        <source>Lease submissions of other annotators from the hub (then sync)</source>
        <translation>Reservar envios de outros anotadores no hub (depois sincronizar)</translation>
    </message>
    <message>
        <source>Annotators' &amp;quality…</source>
        <translation>&amp;Qualidade dos anotadores…</translation>
    </message>
    <message>
        <source>Every annotator's figures in this campaign, as the hub reports them (reviewers and admins)</source>
        <translation>Os números de cada anotador nesta campanha, como o hub os informa (revisores e administradores)</translation>
    </message>
</context>
<context>
    <name>ReviewFetcher</name>
    <message>
        <source>Sync is off (no hub), so no new submissions can be fetched. Start with --hub URL; what is already here can be reviewed.</source>
        <extracomment>how long leased submissions stay ours to review offline (the hub caps it at 14 days) a message for the page ("Fetching 50 submissions to review…", "Offline: …") a fetch started (True) or ended (False) a fetch ended and the cache may hold new items (the report, or the error) campaigns the hub refused to lease reviews of (no reviewer role)</extracomment>
        <translation>A sincronização está desativada (sem hub), então não é possível buscar novos envios. Inicie com --hub URL; o que já está aqui pode ser revisado.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching up to %n submission(s) to review…</source>
        <translation>
            <numerusform>Buscando até %n envio para revisar…</numerusform>
            <numerusform>Buscando até %n envios para revisar…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch submissions to review: {error}</source>
        <translation>Não foi possível buscar envios para revisar: {error}</translation>
    </message>
    <message>
        <source>Offline: the hub cannot be reached. Review what is already here; the verdicts are sent and more submissions fetched when it answers.</source>
        <translation>Offline: o hub não pode ser alcançado. Revise o que já está aqui; os vereditos são enviados e mais envios são buscados quando ele responder.</translation>
    </message>
    <message>
        <source>Unlock the wallet to sync: the hub needs your signature to sign in.</source>
        <translation>Desbloqueie a carteira para sincronizar: o hub precisa da sua assinatura para entrar.</translation>
    </message>
    <message>
        <source>Sync problem: {message}</source>
        <translation>Problema de sincronização: {message}</translation>
    </message>
    <message>
        <source>The hub does not let this account review campaign “{campaign}”: a reviewer role is needed.</source>
        <translation>O hub não permite que esta conta revise a campanha “{campaign}”: é preciso o papel de revisor.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) leased to review</source>
        <translation>
            <numerusform>%n envio reservado para revisão</numerusform>
            <numerusform>%n envios reservados para revisão</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review right now.</source>
        <translation>Nada aguarda revisão agora.</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>Possible copy: {detail}</source>
        <extracomment>the panes' contexts of "This task is read-only" (the message replaced while reviewing)</extracomment>
        <translation>Possível cópia: {detail}</translation>
    </message>
    <message>
        <source>Task id</source>
        <extracomment>a short message for the page's message line the pane asked to submit (Enter on a complete label) while correcting "empty", "review" (read-only), "correct" (editable) or "done" (reviewed here)</extracomment>
        <translation>ID da tarefa</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>&amp;Others' shapes</source>
        <translation>F&amp;ormas dos outros</translation>
    </message>
    <message>
        <source>Draw the other annotators' boxes or polygons dashed over the image, in the colour of their card (Alt+O)</source>
        <translation>Desenha tracejadas sobre a imagem as caixas ou polígonos dos outros anotadores, na cor do cartão de cada um (Alt+O)</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nada para revisar</translation>
    </message>
    <message>
        <source>by {annotator} · {when}</source>
        <translation>por {annotator} · {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n more review(s) needed</source>
        <translation>
            <numerusform>falta %n revisão</numerusform>
            <numerusform>faltam %n revisões</numerusform>
        </translation>
    </message>
    <message>
        <source>Labeled and signed by {annotator}</source>
        <translation>Rotulado e assinado por {annotator}</translation>
    </message>
    <message>
        <source>Sign the correction (Ctrl+Enter) or cancel it (Esc) first</source>
        <translation>Primeiro assine a correção (Ctrl+Enter) ou cancele-a (Esc)</translation>
    </message>
    <message>
        <source>Showing {card}: {summary}</source>
        <translation>Mostrando {card}: {summary}</translation>
    </message>
    <message>
        <source>Showing the label under review</source>
        <translation>Mostrando o rótulo em revisão</translation>
    </message>
    <message>
        <source>Correcting, starting from the label under review: edit it with the pane's keys, then Ctrl+Enter signs the correction · Esc cancels · Ctrl+Z undoes</source>
        <translation>Corrigindo a partir do rótulo em revisão: edite-o com as teclas do painel; depois Ctrl+Enter assina a correção · Esc cancela · Ctrl+Z desfaz</translation>
    </message>
    <message>
        <source>Correcting, starting from {card}: edit it with the pane's keys, then Ctrl+Enter signs the correction · Esc cancels · Ctrl+Z undoes</source>
        <translation>Corrigindo a partir de {card}: edite-o com as teclas do painel; depois Ctrl+Enter assina a correção · Esc cancela · Ctrl+Z desfaz</translation>
    </message>
    <message>
        <source>Read-only while reviewing: press C to correct the label</source>
        <translation>Somente leitura durante a revisão: pressione C para corrigir o rótulo</translation>
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
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation>Seu veredito</translation>
    </message>
</context>
<context>
    <name>ReviewListPanel</name>
    <message>
        <source>To review</source>
        <translation>A revisar</translation>
    </message>
    <message>
        <source>Reviewed here</source>
        <translation>Revisados aqui</translation>
    </message>
    <message>
        <source>Other annotators' submissions leased to you: judge each one with a key (A accept, R reject, C correct); every verdict is signed. They stay here to review offline.</source>
        <translation>Envios de outros anotadores reservados para você: julgue cada um com uma tecla (A aceitar, R rejeitar, C corrigir); cada veredito é assinado. Eles ficam aqui para revisar offline.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>The campaign to review</source>
        <translation>A campanha a revisar</translation>
    </message>
    <message>
        <source>How many submissions to keep leased for review</source>
        <translation>Quantos envios manter reservados para revisão</translation>
    </message>
    <message>
        <source>Get more to review  G</source>
        <translation>Obter mais para revisar  G</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Which submissions the list shows</source>
        <translation>Quais envios a lista mostra</translation>
    </message>
    <message>
        <source>Submissions to review</source>
        <translation>Envios a revisar</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Nothing to move to: press G to get submissions to review</source>
        <translation>Nada para onde ir: pressione G para obter envios a revisar</translation>
    </message>
    <message>
        <source>This is the last one</source>
        <translation>Este é o último</translation>
    </message>
    <message>
        <source>This is the first one</source>
        <translation>Este é o primeiro</translation>
    </message>
    <message>
        <source>signed, waiting to be sent</source>
        <translation>assinado, aguardando envio</translation>
    </message>
    <message>
        <source>the hub has it</source>
        <translation>já está no hub</translation>
    </message>
    <message>
        <source>refused by the hub: {reason}</source>
        <translation>recusado pelo hub: {reason}</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>sem motivo</translation>
    </message>
    <message>
        <source>You accepted it{reason} {when} · {status}</source>
        <translation>Você aceitou{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>You rejected it{reason} {when} · {status}</source>
        <translation>Você rejeitou{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>You corrected it{reason} {when} · {status}</source>
        <translation>Você corrigiu{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>No campaign yet: sync with a hub to get one.</source>
        <translation>Ainda não há campanha: sincronize com um hub para obter uma.</translation>
    </message>
    <message>
        <source>No verdicts made here yet in this campaign.</source>
        <translation>Nenhum veredito dado aqui ainda nesta campanha.</translation>
    </message>
    <message>
        <source>This account is not a reviewer of campaign “{campaign}”.

Ask the campaign's admin for the reviewer role (on the hub: datafi-hub role grant CAMPAIGN ADDRESS reviewer), then press G.</source>
        <translation>Esta conta não é revisora da campanha “{campaign}”.

Peça ao administrador da campanha o papel de revisor (no hub: datafi-hub role grant CAMPAIGN ADDRESS reviewer) e depois pressione G.</translation>
    </message>
    <message>
        <source>Sync is off (no hub): start the app with --hub URL to lease submissions.</source>
        <translation>A sincronização está desligada (sem hub): inicie o app com --hub URL para reservar envios.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to review here.

Press G to lease up to %n submission(s) of other annotators from the hub. They stay on this computer, so you can review them offline.</source>
        <translation>
            <numerusform>Nada a revisar aqui.

Pressione G para reservar no hub até %n envio de outros anotadores. Ele fica neste computador, então você pode revisá-lo offline.</numerusform>
            <numerusform>Nada a revisar aqui.

Pressione G para reservar no hub até %n envios de outros anotadores. Eles ficam neste computador, então você pode revisá-los offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to review</source>
        <translation>{count} a revisar</translation>
    </message>
    <message>
        <source>{count} reviewed here</source>
        <translation>{count} revisados aqui</translation>
    </message>
    <message>
        <source>{count} waiting to be sent</source>
        <translation>{count} aguardando envio</translation>
    </message>
    <message>
        <source>{count} of your own not listed: someone else reviews them</source>
        <translation>{count} seus não listados: outra pessoa os revisa</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) refused by the hub: {reason}</source>
        <translation>
            <numerusform>%n veredito recusado pelo hub: {reason}</numerusform>
            <numerusform>%n vereditos recusados pelo hub: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>Already reviewed here</source>
        <translation>Já revisado aqui</translation>
    </message>
    <message>
        <source>Finish the correction first</source>
        <translation>Termine a correção primeiro</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>Não rejeitado</translation>
    </message>
    <message>
        <source>This kind of task cannot be corrected here: accept or reject it</source>
        <translation>Este tipo de tarefa não pode ser corrigido aqui: aceite ou rejeite</translation>
    </message>
    <message>
        <source>Correcting: Ctrl+Enter signs the correction, Esc cancels</source>
        <translation>Corrigindo: Ctrl+Enter assina a correção, Esc cancela</translation>
    </message>
    <message>
        <source>Not signed yet: {problem}</source>
        <translation>Ainda não assinado: {problem}</translation>
    </message>
    <message>
        <source>Correction cancelled: nothing was signed</source>
        <translation>Correção cancelada: nada foi assinado</translation>
    </message>
    <message>
        <source>Accepted and signed ({signer}); queued for the hub</source>
        <translation>Aceito e assinado ({signer}); na fila para o hub</translation>
    </message>
    <message>
        <source>Rejected and signed ({signer}); queued for the hub</source>
        <translation>Rejeitado e assinado ({signer}); na fila para o hub</translation>
    </message>
    <message>
        <source>Corrected and signed ({signer}); queued for the hub</source>
        <translation>Corrigido e assinado ({signer}); na fila para o hub</translation>
    </message>
    <message>
        <source>No campaign to review yet: sync with a hub first</source>
        <translation>Ainda não há campanha para revisar: sincronize com um hub primeiro</translation>
    </message>
    <message>
        <source>Not fetched: the wallet is still locked.</source>
        <translation>Não buscado: a carteira continua bloqueada.</translation>
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
        <translation>O trabalho aceito rende tokens. A cada época o hub publica na blockchain uma raiz de Merkle com os ganhos de todos; resgate o que foi liquidado pela sua carteira, ou deixe o hub enviar o resgate quando você não tiver ETH para o gás.</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campanha</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Resgates</translation>
    </message>
    <message>
        <source>&amp;Claim…</source>
        <translation>&amp;Resgatar…</translation>
    </message>
    <message>
        <source>Claim through the &amp;hub…</source>
        <translation>Resgatar pelo &amp;hub…</translation>
    </message>
    <message>
        <source>&amp;Refresh rewards</source>
        <translation>&amp;Atualizar recompensas</translation>
    </message>
    <message>
        <source>Chain &amp;settings…</source>
        <translation>Configurações da ca&amp;deia…</translation>
    </message>
    <message>
        <source>Account {address}</source>
        <translation>Conta {address}</translation>
    </message>
    <message>
        <source>No account yet: create or import one on the Wallet page (Ctrl+4).</source>
        <translation>Ainda não há conta: crie ou importe uma na página Carteira (Ctrl+4).</translation>
    </message>
    <message>
        <source>No campaign here settles its rewards on a chain yet. Campaigns name their chain and distributor; sync with the hub to fetch them.</source>
        <translation>Nenhuma campanha aqui liquida suas recompensas em uma cadeia ainda. As campanhas informam sua cadeia e seu distribuidor; sincronize com o hub para buscá-las.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>The claim failed: {error}</source>
        <translation>O resgate falhou: {error}</translation>
    </message>
    <message>
        <source>The claim was dropped: {error}</source>
        <translation>O resgate foi descartado: {error}</translation>
    </message>
    <message>
        <source>The claim is {state}: {error}</source>
        <translation>O resgate está no estado {state}: {error}</translation>
    </message>
    <message>
        <source>Could not refresh: {error}</source>
        <translation>Não foi possível atualizar: {error}</translation>
    </message>
    <message>
        <source>Nothing is settled for this account yet.</source>
        <translation>Ainda não há nada liquidado para esta conta.</translation>
    </message>
    <message>
        <source>Estimating the gas…</source>
        <translation>Estimando o gás…</translation>
    </message>
    <message>
        <source>Nothing to claim: everything settled is already paid.</source>
        <translation>Nada a resgatar: tudo o que foi liquidado já está pago.</translation>
    </message>
    <message>
        <source>The chain cannot be reached: {error}.</source>
        <translation>Não é possível alcançar a cadeia: {error}.</translation>
    </message>
    <message>
        <source>The distributor would refuse this claim — {reason}</source>
        <translation>O distribuidor recusaria este resgate: {reason}</translation>
    </message>
    <message>
        <source>Could not prepare the claim ({error}).</source>
        <translation>Não foi possível preparar o resgate ({error}).</translation>
    </message>
    <message>
        <source>Sending {transaction}…</source>
        <translation>Enviando {transaction}…</translation>
    </message>
    <message>
        <source>Claimed: the tokens are in your account.</source>
        <translation>Resgatado: os tokens estão na sua conta.</translation>
    </message>
    <message>
        <source>Sent: waiting for the transaction to be mined.</source>
        <translation>Enviado: aguardando a transação ser minerada.</translation>
    </message>
    <message>
        <source>Not sent yet ({error}); it will be sent again.</source>
        <translation>Ainda não enviado ({error}); será enviado de novo.</translation>
    </message>
    <message>
        <source>Nothing settled yet, or no hub for this campaign.</source>
        <translation>Nada liquidado ainda, ou esta campanha não tem hub.</translation>
    </message>
    <message>
        <source>The hub sent your claim.</source>
        <translation>O hub enviou o seu resgate.</translation>
    </message>
    <message>
        <source>{error} (try again in {seconds} s)</source>
        <translation>{error} (tente de novo em {seconds} s)</translation>
    </message>
    <message>
        <source>The hub refused: {error}</source>
        <translation>O hub recusou: {error}</translation>
    </message>
    <message>
        <source>The hub cannot relay it now: the claim is kept and sent at the next sync.</source>
        <translation>O hub não pode retransmiti-lo agora: o resgate fica guardado e é enviado na próxima sincronização.</translation>
    </message>
    <message>
        <source>Could not reach the hub's relayer ({error}).</source>
        <translation>Não foi possível alcançar o retransmissor do hub ({error}).</translation>
    </message>
    <message>
        <source>Handing the claim to the hub…</source>
        <translation>Entregando o resgate ao hub…</translation>
    </message>
    <message>
        <source>Kept: the claim is sent at the next sync.</source>
        <translation>Guardado: o resgate é enviado na próxima sincronização.</translation>
    </message>
    <message>
        <source>A claim is already on its way.</source>
        <translation>Já há um resgate a caminho.</translation>
    </message>
    <message>
        <source>Chain settings</source>
        <translation>Configurações da cadeia</translation>
    </message>
    <message>
        <source>Chain settings saved.</source>
        <translation>Configurações da cadeia salvas.</translation>
    </message>
</context>
<context>
    <name>ShapeList</name>
    <message>
        <source>malformed — delete it</source>
        <extracomment>a row was clicked (shape index) the eye of a row was clicked (shape index) said in the empty list ("No boxes yet: press B and drag") what each row shows (label, colour, hidden), to skip unchanged rows cheaply</extracomment>
        <translation>malformado: exclua-o</translation>
    </message>
    <message>
        <source>{label} · predicted</source>
        <extracomment>Sizes in device-independent pixels (constant on screen at any zoom). the further polygons of an object in several parts, children of ``item`` the shape's bounds (image pixels), where its tag is placed from cosmetic pens are in device pixels: widths are multiplied by the device pixel ratio</extracomment>
        <translation>{label} · previsto</translation>
    </message>
</context>
<context>
    <name>ShapeWords</name>
    <message numerus="yes">
        <source>%n span(s): {labels}</source>
        <translation>
            <numerusform>%n trecho: {labels}</numerusform>
            <numerusform>%n trechos: {labels}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es): {labels}</source>
        <translation>
            <numerusform>%n caixa: {labels}</numerusform>
            <numerusform>%n caixas: {labels}</numerusform>
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
        <translation>nenhum trecho</translation>
    </message>
    <message>
        <source>no boxes</source>
        <translation>nenhuma caixa</translation>
    </message>
    <message>
        <source>no polygons</source>
        <translation>nenhum polígono</translation>
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
        <translation>Trechos</translation>
    </message>
</context>
<context>
    <name>SpanTextView</name>
    <message>
        <source>Task text</source>
        <extracomment>a press and release closer than this (pixels) is a click, not a drag positions around the visible text whose spans get their backgrounds from Qt line height of a classification text (percent): airy enough to read a click (not a drag): the document position of the character under the mouse, or -1</extracomment>
        <translation>Texto da tarefa</translation>
    </message>
    <message>
        <source>The text to label; select a passage and press a label's key</source>
        <translation>O texto a rotular; selecione um trecho e pressione a tecla de um rótulo</translation>
    </message>
</context>
<context>
    <name>SpansController</name>
    <message>
        <source>Already marked: {span}</source>
        <translation>Já marcado: {span}</translation>
    </message>
    <message>
        <source>Add span {span}</source>
        <translation>Adicionar trecho {span}</translation>
    </message>
    <message>
        <source>Relabel span {span}</source>
        <translation>Trocar o rótulo do trecho {span}</translation>
    </message>
    <message>
        <source>Add span: {span}</source>
        <translation>Adicionar trecho: {span}</translation>
    </message>
    <message>
        <source>Relabel span: {span}</source>
        <translation>Trocar o rótulo do trecho: {span}</translation>
    </message>
    <message>
        <source>Select a span first: click it or press Tab</source>
        <translation>Selecione um trecho primeiro: clique nele ou pressione Tab</translation>
    </message>
    <message>
        <source>Delete span {label} “{text}”</source>
        <translation>Excluir trecho {label} “{text}”</translation>
    </message>
    <message>
        <source>No spans yet: select some text and press a label key</source>
        <translation>Nenhum trecho ainda: selecione um texto e pressione a tecla de um rótulo</translation>
    </message>
    <message>
        <source>Selected {label} “{text}”</source>
        <translation>Selecionado {label} “{text}”</translation>
    </message>
    <message numerus="yes">
        <source> (1 of %n here: click again for the next)</source>
        <translation>
            <numerusform> (1 de %n aqui: clique de novo para o próximo)</numerusform>
            <numerusform> (1 de %n aqui: clique de novo para o próximo)</numerusform>
        </translation>
    </message>
    <message>
        <source> (predicted by {model})</source>
        <translation> (previsto por {model})</translation>
    </message>
    <message>
        <source> (predicted)</source>
        <translation> (previsto)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{address}
Click to copy the address</source>
        <extracomment>the user clicked the lock (wants to unlock or lock) or "No account" "Synced 2 min ago", "Offline — 3 to send"…; a click shows details and Sync now</extracomment>
        <translation>{address}
Clique para copiar o endereço</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Nenhuma conta</translation>
    </message>
    <message>
        <source>Create or import an account on the Wallet page</source>
        <translation>Crie ou importe uma conta na página Carteira</translation>
    </message>
    <message>
        <source>Unlocked · locks in {time}</source>
        <translation>Desbloqueada · bloqueia em {time}</translation>
    </message>
    <message>
        <source>Signing is possible. The wallet locks itself after {time} without activity (Ctrl+L locks now).</source>
        <translation>É possível assinar. A carteira se bloqueia sozinha após {time} sem atividade (Ctrl+L bloqueia agora).</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U) to sign submissions</source>
        <translation>Desbloqueie (Ctrl+U) para assinar envios</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n a enviar</numerusform>
            <numerusform>%n a enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nada a enviar</translation>
    </message>
    <message>
        <source>Outbox: {counts}</source>
        <translation>Caixa de saída: {counts}</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>A caixa de saída está vazia</translation>
    </message>
    <message>
        <source>Copied {address}</source>
        <translation>{address} copiado</translation>
    </message>
</context>
<context>
    <name>SubmissionBar</name>
    <message>
        <source>Signed and queued: it is sent to the hub at the next sync.</source>
        <translation>Assinado e na fila: é enviado ao hub na próxima sincronização.</translation>
    </message>
    <message>
        <source>Sent to the hub: waiting for review.</source>
        <translation>Enviado ao hub: aguardando revisão.</translation>
    </message>
    <message>
        <source>Accepted by a reviewer.</source>
        <translation>Aceito por um revisor.</translation>
    </message>
    <message>
        <source>Accepted, and its reward is paid.</source>
        <translation>Aceito, e a recompensa foi paga.</translation>
    </message>
    <message>
        <source>Accepted with a correction.</source>
        <extracomment>the same when the reviewer corrected the label</extracomment>
        <translation>Aceito com uma correção.</translation>
    </message>
    <message>
        <source>Accepted with a correction, and its reward is paid.</source>
        <translation>Aceito com uma correção, e a recompensa foi paga.</translation>
    </message>
    <message>
        <source>Show correction</source>
        <extracomment>"Show correction" was turned on (show the reviewer's correction) or off the verdict's details: the reviewer's correction, who reviewed and when</extracomment>
        <translation>Mostrar correção</translation>
    </message>
    <message>
        <source>Label again</source>
        <translation>Rotular de novo</translation>
    </message>
    <message>
        <source>Rejected by a reviewer: {reason}. Label it again to correct it.</source>
        <translation>Rejeitado por um revisor: {reason}. Rotule de novo para corrigir.</translation>
    </message>
    <message>
        <source>Rejected by a reviewer. Label it again to correct it.</source>
        <translation>Rejeitado por um revisor. Rotule de novo para corrigir.</translation>
    </message>
    <message>
        <source>{sentence} Shown read-only.</source>
        <translation>{sentence} Exibido como somente leitura.</translation>
    </message>
    <message>
        <source>Start a new draft from this submission ({keys})</source>
        <translation>Começar um novo rascunho a partir deste envio ({keys})</translation>
    </message>
    <message>
        <source>Show my label</source>
        <translation>Mostrar meu rótulo</translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message>
        <source>Submissions are signed with your wallet, and it has no account yet. Create one, or import one you already have, on the Wallet page. Your draft is kept.</source>
        <extracomment>the submission was signed and queued (its SubmissionRow)</extracomment>
        <translation>Os envios são assinados com a sua carteira, e ela ainda não tem nenhuma conta. Crie uma, ou importe uma que você já tenha, na página Carteira. Seu rascunho é mantido.</translation>
    </message>
    <message>
        <source>Not submitted: create or import an account to sign with. Your draft is kept.</source>
        <translation>Não enviado: crie ou importe uma conta para assinar. Seu rascunho é mantido.</translation>
    </message>
    <message>
        <source>Not submitted: the wallet is still locked. Your draft is kept.</source>
        <translation>Não enviado: a carteira ainda está bloqueada. Seu rascunho é mantido.</translation>
    </message>
    <message>
        <source>Not submitted: {error}. Your draft is kept.</source>
        <translation>Não enviado: {error}. Seu rascunho é mantido.</translation>
    </message>
    <message>
        <source>Not submitted: the wallet locked itself. Your draft is kept.</source>
        <translation>Não enviado: a carteira se bloqueou sozinha. Seu rascunho é mantido.</translation>
    </message>
    <message>
        <source>Not submitted: the cache could not store it ({error}). Your draft is kept.</source>
        <translation>Não enviado: o cache não conseguiu armazená-lo ({error}). Seu rascunho é mantido.</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Claimable</source>
        <translation>Resgatável</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Resgatado</translation>
    </message>
    <message>
        <source>accepted, not settled yet</source>
        <translation>aceito, ainda não liquidado</translation>
    </message>
    <message>
        <source>not known yet: sync with the hub</source>
        <translation>ainda desconhecido: sincronize com o hub</translation>
    </message>
    <message>
        <source>{amount} being claimed now</source>
        <translation>{amount} sendo resgatado agora</translation>
    </message>
    <message>
        <source>settled in epoch {epoch}</source>
        <translation>liquidado na época {epoch}</translation>
    </message>
    <message>
        <source>{detail} — a newer epoch is on-chain: refresh</source>
        <translation>{detail}; há uma época mais recente na blockchain: atualize</translation>
    </message>
    <message>
        <source>nothing settled yet</source>
        <translation>nada liquidado ainda</translation>
    </message>
    <message>
        <source>paid to your account</source>
        <translation>pago na sua conta</translation>
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
        <translation>ETH para o gás &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ETH for gas —</source>
        <translation>ETH para o gás —</translation>
    </message>
    <message>
        <source>the in-process demo chain</source>
        <translation>a cadeia de demonstração dentro do processo</translation>
    </message>
    <message>
        <source>Chain {chain} ({where}) · distributor {distributor}</source>
        <translation>Cadeia {chain} ({where}) · distribuidor {distributor}</translation>
    </message>
    <message>
        <source>chain: {error}</source>
        <translation>cadeia: {error}</translation>
    </message>
    <message>
        <source>read at {time}</source>
        <translation>lido às {time}</translation>
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
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Make tasks available &amp;offline…</source>
        <translation>Disponibilizar tarefas &amp;offline…</translation>
    </message>
    <message>
        <source>Sync &amp;details…</source>
        <translation>&amp;Detalhes da sincronização…</translation>
    </message>
    <message>
        <source>No hub for this profile (start with --hub URL)</source>
        <translation>Nenhum hub para este perfil (inicie com --hub URL)</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>Sincronizando com o hub…</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>queued</source>
        <extracomment>outbox states and submission statuses, as the details dialog says them</extracomment>
        <translation>na fila</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviados</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceitos</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitados</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Detalhes da sincronização</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensagem:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Última sincronização:</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>Caixa de saída:</translation>
    </message>
    <message>
        <source>Submissions:</source>
        <translation>Envios:</translation>
    </message>
    <message>
        <source>none (use Get tasks)</source>
        <extracomment>the first-batch setting: open label tasks each sync keeps leased</extracomment>
        <translation>nenhuma (use Obter tarefas)</translation>
    </message>
    <message>
        <source>Each sync reserves tasks from the hub until you have this many to label; 0 turns it off</source>
        <translation>Cada sincronização reserva tarefas do hub até você ter esta quantidade para rotular; 0 desativa</translation>
    </message>
    <message>
        <source>&amp;Tasks kept ready:</source>
        <translation>&amp;Tarefas mantidas prontas:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Recent syncs:</source>
        <translation>Sincronizações recentes:</translation>
    </message>
    <message>
        <source>none (offline only)</source>
        <translation>nenhum (somente offline)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazia</translation>
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
        <translation>Clique para ver os detalhes e Sincronizar agora ({shortcut})</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>Sincronização: {state}</translation>
    </message>
</context>
<context>
    <name>SyncPopover</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Make tasks available offline…</source>
        <translation>Disponibilizar tarefas offline…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalhes…</translation>
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
        <translation>Conectando ao hub</translation>
    </message>
    <message>
        <source>Signing in with the wallet</source>
        <translation>Entrando com a carteira</translation>
    </message>
    <message>
        <source>Fetching campaigns</source>
        <translation>Buscando campanhas</translation>
    </message>
    <message>
        <source>Reserving tasks</source>
        <translation>Reservando tarefas</translation>
    </message>
    <message>
        <source>Downloading files</source>
        <translation>Baixando arquivos</translation>
    </message>
    <message>
        <source>Uploading collected files</source>
        <translation>Enviando os arquivos coletados</translation>
    </message>
    <message>
        <source>Sending submissions</source>
        <translation>Enviando envios</translation>
    </message>
    <message>
        <source>Fetching review results</source>
        <translation>Buscando resultados da revisão</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced with this hub yet</source>
        <translation>Ainda não sincronizou com este hub</translation>
    </message>
    <message>
        <source>Last successful sync: {ago} ({time})</source>
        <translation>Última sincronização bem-sucedida: {ago} ({time})</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n a enviar</numerusform>
            <numerusform>%n a enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>{state} — {pending}</source>
        <translation>{state}: {pending}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable at {hub} — working offline; %n submission(s) will be sent when it is back.
You can keep labeling and submitting; it syncs by itself when the hub answers.
{last}</source>
        <translation>
            <numerusform>Hub inacessível em {hub}; trabalhando offline. %n envio será enviado quando ele voltar.
Você pode continuar rotulando e enviando; a sincronização acontece sozinha quando o hub responder.
{last}</numerusform>
            <numerusform>Hub inacessível em {hub}; trabalhando offline. %n envios serão enviados quando ele voltar.
Você pode continuar rotulando e enviando; a sincronização acontece sozinha quando o hub responder.
{last}</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub unreachable</source>
        <translation>Hub inacessível</translation>
    </message>
    <message>
        <source>Unlock to sync</source>
        <translation>Desbloqueie para sincronizar</translation>
    </message>
    <message>
        <source>Unlock the wallet to sync (Ctrl+U): sending submissions and reserving tasks need your signature. Campaigns and files still download.
{last}</source>
        <translation>Desbloqueie a carteira para sincronizar (Ctrl+U): enviar envios e reservar tarefas exigem a sua assinatura. Campanhas e arquivos continuam sendo baixados.
{last}</translation>
    </message>
    <message>
        <source>Wallet locked</source>
        <translation>Carteira bloqueada</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Sincronização desligada</translation>
    </message>
    <message>
        <source>Sync is off</source>
        <translation>A sincronização está desligada</translation>
    </message>
    <message>
        <source>No hub is set for this profile: the app works offline only.
Start with --hub URL, or import a campaign that names its hub.</source>
        <translation>Nenhum hub está definido para este perfil: o app funciona somente offline.
Inicie com --hub URL ou importe uma campanha que informe o seu hub.</translation>
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
Ela tenta de novo sozinha; nada se perde.
{last}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>A sincronização falhou</translation>
    </message>
    <message>
        <source>Sync problem — retrying</source>
        <translation>Problema na sincronização; tentando de novo</translation>
    </message>
    <message>
        <source>The hub refused a request</source>
        <translation>O hub recusou um pedido</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sincronização parada</translation>
    </message>
    <message>
        <source>Not syncing with {hub}.
{last}</source>
        <translation>Sem sincronizar com {hub}.
{last}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
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
        <translation>{what} com {hub}.
{last}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Atualizado</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Signed and queued</source>
        <translation>Assinado e na fila</translation>
    </message>
    <message>
        <source>Select a task in the queue to label it here.</source>
        <extracomment>a task was opened (uid) the opened task is drawn (uid), e.g. after its image was decoded the opened task could not be drawn (uid, message) a submission was signed and queued (its id) a short message for the status bar the user wants the Wallet page (to create an account for signing) a task was opened in this pane (the AnnotationPane): its actions go in the menus F6 from inside the editor: the keyboard focus should go back to the queue selects a task in the queue (set by the window); the editor then opens it</extracomment>
        <translation>Selecione uma tarefa na fila para rotulá-la aqui.</translation>
    </message>
    <message>
        <source>This kind of task cannot be labeled here yet</source>
        <translation>Este tipo de tarefa ainda não pode ser rotulado aqui</translation>
    </message>
    <message>
        <source>Not submitted yet: {problem}</source>
        <translation>Ainda não enviado: {problem}</translation>
    </message>
    <message>
        <source>Not submitted: your draft is kept</source>
        <translation>Não enviado: seu rascunho é mantido</translation>
    </message>
    <message>
        <source>Skipped: the task waits at the end of the queue</source>
        <translation>Pulada: a tarefa aguarda no fim da fila</translation>
    </message>
    <message>
        <source>No other task to do in this campaign</source>
        <translation>Nenhuma outra tarefa pendente nesta campanha</translation>
    </message>
    <message>
        <source>This is the first task</source>
        <translation>Esta é a primeira tarefa</translation>
    </message>
    <message>
        <source>A new draft from your last submission: edit it, then submit</source>
        <translation>Um novo rascunho a partir do seu último envio: edite-o e depois envie</translation>
    </message>
    <message>
        <source>Prediction by {model}</source>
        <translation>Previsão de {model}</translation>
    </message>
    <message>
        <source>Signed and queued. Nothing left to do in this campaign.</source>
        <translation>Assinado e na fila. Nada mais a fazer nesta campanha.</translation>
    </message>
    <message>
        <source>This task changed on the hub: the model's prediction shown ({model}) no longer applies and was dropped. Check your work before submitting</source>
        <translation>Esta tarefa mudou no hub: a previsão do modelo exibida ({model}) não se aplica mais e foi descartada. Confira seu trabalho antes de enviar</translation>
    </message>
    <message>
        <source>Not submitted: this kind of task cannot be labeled here yet</source>
        <translation>Não enviado: este tipo de tarefa ainda não pode ser rotulado aqui</translation>
    </message>
    <message>
        <source>Already submitted ({state}): press Label again ({keys}) to change it</source>
        <translation>Já enviado ({state}): pressione Rotular de novo ({keys}) para alterá-lo</translation>
    </message>
</context>
<context>
    <name>TaskPreview</name>
    <message>
        <source>Select a task in the queue to see it here.</source>
        <extracomment>the task ``uid`` is fully on screen the task ``uid`` could not be shown; the message is on screen too the default views register on first use: the queue paints before they load</extracomment>
        <translation>Selecione uma tarefa na fila para vê-la aqui.</translation>
    </message>
    <message>
        <source>Labels: {keys}</source>
        <translation>Rótulos: {keys}</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>Nenhuma tarefa selecionada</translation>
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
        <translation>Prévia</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>Press a label's key (or click it) to choose it · Enter submits</source>
        <translation>Pressione a tecla de um rótulo (ou clique nele) para escolhê-lo · Enter envia</translation>
    </message>
    <message>
        <source>Press label keys (or click) to tick and untick · Del clears · Enter submits</source>
        <translation>Pressione as teclas dos rótulos (ou clique) para marcar e desmarcar · Del limpa · Enter envia</translation>
    </message>
    <message>
        <source>Select text (drag, Shift+arrows, Ctrl+Shift+arrows by word), then press a label key · click or Tab to a span to relabel it · Del deletes · Esc clears · F6 span list · Enter accepts a predicted span, else submits</source>
        <translation>Selecione o texto (arrastando, Shift+setas, Ctrl+Shift+setas por palavra) e pressione a tecla de um rótulo · clique ou use Tab em um trecho para trocar o rótulo · Del exclui · Esc limpa a seleção · F6 lista de trechos · Enter aceita um trecho previsto; senão, envia</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted</source>
        <translation>Somente leitura: esta tarefa foi enviada</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted · Tab and Shift+Tab go through the spans · F6 span list</source>
        <translation>Somente leitura: esta tarefa foi enviada · Tab e Shift+Tab percorrem os trechos · F6 lista de trechos</translation>
    </message>
    <message>
        <source>Spans</source>
        <extracomment>the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>Trechos</translation>
    </message>
    <message>
        <source>Submit (when complete)</source>
        <translation>Enviar (quando estiver completa)</translation>
    </message>
    <message>
        <source>Clear the labels</source>
        <translation>Limpar os rótulos</translation>
    </message>
    <message>
        <source>Delete the selected span</source>
        <translation>Excluir o trecho selecionado</translation>
    </message>
    <message>
        <source>Next span</source>
        <translation>Próximo trecho</translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation>Trecho anterior</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Limpar a seleção</translation>
    </message>
    <message>
        <source>Extend the selection by a word</source>
        <translation>Estender a seleção em uma palavra</translation>
    </message>
    <message>
        <source>Extend the selection back by a word</source>
        <translation>Estender a seleção uma palavra para trás</translation>
    </message>
    <message>
        <source>Extend the selection by a character</source>
        <translation>Estender a seleção em um caractere</translation>
    </message>
    <message>
        <source>Extend the selection back by a character</source>
        <translation>Estender a seleção um caractere para trás</translation>
    </message>
    <message>
        <source>Go to the span list and back</source>
        <translation>Ir para a lista de trechos e voltar</translation>
    </message>
    <message>
        <source>Label the selection (or the selected span): {label}</source>
        <translation>Rotular a seleção (ou o trecho selecionado): {label}</translation>
    </message>
    <message>
        <source>Tick or untick: {label}</source>
        <translation>Marcar ou desmarcar: {label}</translation>
    </message>
    <message>
        <source>Choose: {label}</source>
        <translation>Escolher: {label}</translation>
    </message>
    <message>
        <source>Spans ({count})</source>
        <translation>Trechos ({count})</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>Esta tarefa é somente leitura</translation>
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
        <translation>Escolher {label}</translation>
    </message>
</context>
<context>
    <name>TextTaskView</name>
    <message numerus="yes">
        <source>Underlined: model prediction ({who}), %n span(s).</source>
        <translation>
            <numerusform>Sublinhado: previsão do modelo ({who}), %n trecho.</numerusform>
            <numerusform>Sublinhado: previsão do modelo ({who}), %n trechos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Model prediction ({who}): {labels}</source>
        <translation>Previsão do modelo ({who}): {labels}</translation>
    </message>
    <message>
        <source>{label} (model prediction)</source>
        <translation>{label} (previsão do modelo)</translation>
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
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) ago</source>
        <translation>
            <numerusform>há %Ln segundo</numerusform>
            <numerusform>há %Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>há %Ln minuto</numerusform>
            <numerusform>há %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>há %Ln hora</numerusform>
            <numerusform>há %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>há %Ln dia</numerusform>
            <numerusform>há %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln second(s)</source>
        <translation>
            <numerusform>em %Ln segundo</numerusform>
            <numerusform>em %Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>em %Ln minuto</numerusform>
            <numerusform>em %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>em %Ln hora</numerusform>
            <numerusform>em %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>em %Ln dia</numerusform>
            <numerusform>em %Ln dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the wallet</source>
        <translation>Desbloquear a carteira</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Unlock to sign submissions. The wallet locks itself again when you are away.</source>
        <translation>Desbloqueie para assinar envios. A carteira volta a se bloquear sozinha quando você se ausenta.</translation>
    </message>
    <message>
        <source>There is no account to unlock: create or import one first.</source>
        <translation>Não há conta para desbloquear: crie ou importe uma primeiro.</translation>
    </message>
    <message>
        <source>Type the password of this account.</source>
        <translation>Digite a senha desta conta.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Verificando a senha…</translation>
    </message>
</context>
<context>
    <name>UnlockGate</name>
    <message>
        <source>Verdicts are signed with your wallet, and it has no account yet. Create one, or import the account the hub knows as a reviewer, on the Wallet page.</source>
        <extracomment>the verdict was signed and queued (its ReviewRow)</extracomment>
        <translation>Os vereditos são assinados com sua carteira, e ela ainda não tem nenhuma conta. Crie uma, ou importe a conta que o hub conhece como revisor, na página Carteira.</translation>
    </message>
    <message>
        <source>This is signed with your wallet, and it has no account yet.</source>
        <extracomment>the action did not happen (a message for the user) there is no account to sign with and the user chose to make one the question shown when the wallet has no account at all (marked in the "UnlockGate" context, translated where shown)</extracomment>
        <translation>Isto é assinado com sua carteira, e ela ainda não tem nenhuma conta.</translation>
    </message>
    <message>
        <source>Not signed: create or import an account to sign with.</source>
        <extracomment>reported when the user does not go and make one</extracomment>
        <translation>Não assinado: crie ou importe uma conta para assinar.</translation>
    </message>
    <message>
        <source>No account to sign with</source>
        <translation>Nenhuma conta para assinar</translation>
    </message>
    <message>
        <source>Go to the wallet</source>
        <translation>Ir para a carteira</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>✓ Accept</source>
        <translation>✓ Aceitar</translation>
    </message>
    <message>
        <source>✗ Reject…</source>
        <translation>✗ Rejeitar…</translation>
    </message>
    <message>
        <source>✎ Correct</source>
        <translation>✎ Corrigir</translation>
    </message>
    <message>
        <source>Sign correction</source>
        <translation>Assinar correção</translation>
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
        <translation>Próximo</translation>
    </message>
</context>
<context>
    <name>VerdictLookup</name>
    <message>
        <source>Corrected</source>
        <translation>Corrigida</translation>
    </message>
    <message>
        <source>Corrected, paid</source>
        <translation>Corrigida, paga</translation>
    </message>
</context>
<context>
    <name>VerdictSigner</name>
    <message>
        <source>Not signed: the wallet is still locked.</source>
        <translation>Não assinado: a carteira continua bloqueada.</translation>
    </message>
    <message>
        <source>Not signed: the wallet locked itself. Try again.</source>
        <translation>Não assinado: a carteira se bloqueou sozinha. Tente novamente.</translation>
    </message>
    <message>
        <source>Not signed: the cache could not store it ({error}).</source>
        <translation>Não assinado: o cache não conseguiu guardá-lo ({error}).</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Accepted with a correction</source>
        <translation>Aceita com uma correção</translation>
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
        <translation>O revisor a corrigiu para: {labels}.</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Rejeitada: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>{verdict} (paid)</source>
        <translation>{verdict} (paga)</translation>
    </message>
    <message>
        <source>{value} (no overlapping labels yet)</source>
        <translation>{value} (ainda sem rótulos sobrepostos)</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n comparison(s))</source>
        <translation>
            <numerusform>{value} (%n comparação)</numerusform>
            <numerusform>{value} (%n comparações)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreement {agreement} · Gold accuracy: shown after %n gold answer(s) are reviewed</source>
        <translation>
            <numerusform>Concordância {agreement} · Precisão no ouro: exibida após %n resposta de ouro ser revisada</numerusform>
            <numerusform>Concordância {agreement} · Precisão no ouro: exibida após %n respostas de ouro serem revisadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} (no gold answers yet)</source>
        <translation>{value} (ainda sem respostas de ouro)</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n gold answer(s))</source>
        <translation>
            <numerusform>{value} (%n resposta de ouro)</numerusform>
            <numerusform>{value} (%n respostas de ouro)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement {agreement} · Gold accuracy {gold}</source>
        <translation>Concordância {agreement} · Precisão no ouro {gold}</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aceita</numerusform>
            <numerusform>%n aceitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejeitada</numerusform>
            <numerusform>%n rejeitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendente</numerusform>
            <numerusform>%n pendentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid</source>
        <translation>
            <numerusform>%n paga</numerusform>
            <numerusform>%n pagas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n corrected)</source>
        <translation>
            <numerusform>(%n corrigida)</numerusform>
            <numerusform>(%n corrigidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewards held: your gold accuracy {accuracy} is too low. Your accepted work stays in the ledger and is paid once it is back above.</source>
        <translation>Recompensas retidas: sua precisão no ouro {accuracy} está baixa demais. Seu trabalho aceito continua no registro e é pago quando voltar a ficar acima.</translation>
    </message>
    <message>
        <source>Rewards held: your gold accuracy {accuracy} is below the campaign's {threshold}. Your accepted work stays in the ledger and is paid once it is back above.</source>
        <translation>Recompensas retidas: sua precisão no ouro {accuracy} está abaixo dos {threshold} da campanha. Seu trabalho aceito continua no registro e é pago quando voltar a ficar acima.</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Recovery words</source>
        <translation>Palavras de recuperação</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Chave privada</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Arquivo keystore</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Carteira</translation>
    </message>
    <message>
        <source>Your account signs every submission and receives the rewards. Keys stay on this computer, encrypted with your password.</source>
        <translation>Sua conta assina cada envio e recebe as recompensas. As chaves ficam neste computador, criptografadas com a sua senha.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>No account yet. Create one (you will write down 12 recovery words) or import one you already have.</source>
        <translation>Ainda não há conta. Crie uma (você anotará 12 palavras de recuperação) ou importe uma que você já tenha.</translation>
    </message>
    <message>
        <source>Accounts in this profile</source>
        <translation>Contas neste perfil</translation>
    </message>
    <message>
        <source>&amp;Create account…</source>
        <translation>&amp;Criar conta…</translation>
    </message>
    <message>
        <source>&amp;Import account…</source>
        <translation>&amp;Importar conta…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear agora</translation>
    </message>
    <message>
        <source>&amp;Export keystore file…</source>
        <translation>&amp;Exportar arquivo keystore…</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copiar ende&amp;reço</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>There is no account yet: create or import one first.</source>
        <translation>Ainda não há conta: crie ou importe uma primeiro.</translation>
    </message>
    <message>
        <source>Copied {address}</source>
        <translation>{address} copiado</translation>
    </message>
    <message>
        <source>Unlocked: ready to sign</source>
        <translation>Desbloqueada: pronta para assinar</translation>
    </message>
    <message>
        <source>Locks itself after {time} without activity (or now with Ctrl+L).</source>
        <translation>Bloqueia sozinha após {time} sem atividade (ou agora com Ctrl+L).</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U) with the account's password to sign submissions.</source>
        <translation>Desbloqueie (Ctrl+U) com a senha da conta para assinar envios.</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Nenhuma conta</translation>
    </message>
    <message>
        <source>Create or import an account to start earning.</source>
        <translation>Crie ou importe uma conta para começar a ganhar.</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <source>This image cannot be shown.</source>
        <extracomment>Zoom factors are device pixels per image pixel: 1.0 is "100 %". Decode the full resolution once the shown pixmap is this much coarser than the screen. the zoom factor (device pixels per image pixel) after every change the first pixmap of an image is on screen (full size of the image) the image cannot be shown (message naming the file and the problem) a sharper pixmap was swapped in (its scale: decoded size / full size) "empty", "loading", "ready" or "failed"</extracomment>
        <translation>Esta imagem não pode ser exibida.</translation>
    </message>
    <message>
        <source>Loading {file}…</source>
        <translation>Carregando {file}…</translation>
    </message>
</context>
<context>
    <name>_PasswordDialog</name>
    <message>
        <source>the account's password, asked again for a claim</source>
        <translation>a senha da conta, pedida de novo para um resgate</translation>
    </message>
    <message>
        <source>Type the account's password to sign the claim.</source>
        <translation>Digite a senha da conta para assinar o resgate.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Verificando a senha…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the profile folder: {error}</source>
        <translation>Não é possível abrir a pasta do perfil: {error}</translation>
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
        <translation>Enviar os valores do modelo?</translation>
    </message>
    <message>
        <source>Submit as mine</source>
        <translation>Enviar como meus</translation>
    </message>
    <message>
        <source>Go back and rate</source>
        <translation>Voltar e avaliar</translation>
    </message>
</context>
<context>
    <name>demo_window</name>
    <message>
        <source>DataFi Desktop — Demo (nothing is kept)</source>
        <translation>DataFi Desktop — Demonstração (nada é mantido)</translation>
    </message>
    <message>
        <source>Quit the demo? Its temporary wallet, tokens and labels are deleted when it closes.</source>
        <translation>Sair da demonstração? A carteira temporária, os tokens e os rótulos dela são excluídos ao fechar.</translation>
    </message>
    <message>
        <source>Quit the demo</source>
        <translation>Sair da demonstração</translation>
    </message>
</context>
<context>
    <name>fallback</name>
    <message>
        <source>the text pane</source>
        <translation>o painel de texto</translation>
    </message>
    <message>
        <source>the comparison pane</source>
        <translation>o painel de comparação</translation>
    </message>
    <message>
        <source>the image pane</source>
        <translation>o painel de imagem</translation>
    </message>
    <message>
        <source>the collection pane</source>
        <translation>o painel de coleta</translation>
    </message>
    <message>
        <source>its pane</source>
        <translation>o painel correspondente</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>não disponível</translation>
    </message>
    <message>
        <source>Labeling {kind} tasks needs {pane}, which is {reason}. The task is shown read-only.</source>
        <translation>Para rotular tarefas do tipo {kind}, é preciso {pane}: {reason}. A tarefa é exibida como somente leitura.</translation>
    </message>
</context>
<context>
    <name>image_pane</name>
    <message>
        <source>image {hash}</source>
        <translation>imagem {hash}</translation>
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
        <translation>Mostrando a correção de {reviewer}</translation>
    </message>
    <message>
        <source>Showing your label</source>
        <translation>Mostrando o seu rótulo</translation>
    </message>
    <message>
        <source>Show the reviewer's &amp;correction</source>
        <translation>Mostrar a &amp;correção do revisor</translation>
    </message>
    <message>
        <source>Draw the reviewer's corrected label in the pane, or your own again</source>
        <translation>Desenha no painel o rótulo corrigido pelo revisor, ou de novo o seu</translation>
    </message>
    <message>
        <source>This task has no reviewer's correction to show</source>
        <translation>Esta tarefa não tem correção do revisor para mostrar</translation>
    </message>
</context>
<context>
    <name>password_widgets</name>
    <message>
        <source>Too short</source>
        <translation>Curta demais</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Razoável</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Use pelo menos {count} caracteres.</translation>
    </message>
    <message>
        <source>This password is among the first ones an attacker tries.</source>
        <translation>Esta senha está entre as primeiras que um atacante tenta.</translation>
    </message>
    <message>
        <source>Repeated or sequential characters are easy to guess.</source>
        <translation>Caracteres repetidos ou sequenciais são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Longer is better: a phrase of four or more unrelated words works well.</source>
        <translation>Quanto mais longa, melhor: uma frase com quatro ou mais palavras sem relação entre si funciona bem.</translation>
    </message>
    <message>
        <source>Fair. A few more words or characters make it much harder to guess.</source>
        <translation>Razoável. Algumas palavras ou caracteres a mais a tornam muito mais difícil de adivinhar.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Boa.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Senha incorreta. Verifique o Caps Lock e o layout do teclado e tente de novo.</translation>
    </message>
    <message>
        <source>This account is already in the wallet.</source>
        <translation>Esta conta já está na carteira.</translation>
    </message>
    <message>
        <source>That account is not in this wallet any more.</source>
        <translation>Essa conta não está mais nesta carteira.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}); nothing was changed.</source>
        <translation>Algo deu errado ({error}); nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>preview_views</name>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <extracomment>Longest text put in a preview; beyond it the view says how much is left out. the task is on screen (task uid) the task could not be shown (task uid, message for the user)</extracomment>
        <translation>Mostrando os primeiros {shown} de {total} caracteres.</translation>
    </message>
    <message>
        <source>{model}, score {score}</source>
        <translation>{model}, pontuação {score}</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>not installed yet</source>
        <extracomment>module name → class name, in the order the editor builds them</extracomment>
        <translation>ainda não instalado</translation>
    </message>
    <message>
        <source>cannot be loaded ({error})</source>
        <translation>não pode ser carregado ({error})</translation>
    </message>
</context>
<context>
    <name>review_summary</name>
    <message>
        <source>A is better</source>
        <translation>A é melhor</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B é melhor</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigido</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>sem rótulo</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>sem escolha</translation>
    </message>
    <message>
        <source>collected item</source>
        <translation>item coletado</translation>
    </message>
    <message>
        <source>collected item {file}</source>
        <translation>item coletado {file}</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconhecida</translation>
    </message>
</context>
<context>
    <name>span_list</name>
    <message>
        <source>same text as {label}</source>
        <translation>mesmo texto que {label}</translation>
    </message>
    <message>
        <source>inside {label}</source>
        <translation>dentro de {label}</translation>
    </message>
    <message>
        <source>contains {label}</source>
        <translation>contém {label}</translation>
    </message>
    <message>
        <source>overlaps {label}</source>
        <translation>sobrepõe {label}</translation>
    </message>
    <message>
        <source>predicted</source>
        <extracomment>e.g. "inside ORG, overlaps PER" (empty when the span stands alone)</extracomment>
        <translation>previsto</translation>
    </message>
</context>
<context>
    <name>stamp_text</name>
    <message>
        <source>Model's suggestion kept: — (no suggestions shown yet)</source>
        <translation>Sugestão do modelo mantida: — (nenhuma sugestão mostrada ainda)</translation>
    </message>
    <message>
        <source>Model's suggestion kept: — (campaign {campaign})</source>
        <translation>Sugestão do modelo mantida: — (campanha {campaign})</translation>
    </message>
    <message>
        <source>Flagged: suggestion kept {rate} of {shown} (campaign {campaign})</source>
        <translation>Sinalizado: sugestão mantida {rate} de {shown} (campanha {campaign})</translation>
    </message>
    <message>
        <source>Model's suggestion kept: {rate} of {shown} (campaign {campaign})</source>
        <translation>Sugestão do modelo mantida: {rate} de {shown} (campanha {campaign})</translation>
    </message>
    <message>
        <source>How often what you submitted was exactly the model's suggestion you were shown (shapes: overlapping by 95 % or more), beside every annotator of the campaign.</source>
        <translation>Com que frequência o que você enviou era exatamente a sugestão do modelo que lhe foi mostrada (formas: sobrepostas em 95 % ou mais), ao lado de todos os anotadores da campanha.</translation>
    </message>
    <message>
        <source>You are flagged at {threshold} or more once at least {count} of your submissions were shown a suggestion.</source>
        <translation>Você é sinalizado com {threshold} ou mais depois que pelo menos {count} dos seus envios tiveram uma sugestão mostrada.</translation>
    </message>
    <message>
        <source>This campaign holds the rewards of flagged annotators for review.</source>
        <translation>Esta campanha retém para revisão as recompensas dos anotadores sinalizados.</translation>
    </message>
    <message>
        <source>Read each suggestion and correct what is wrong before you submit.</source>
        <translation>Leia cada sugestão e corrija o que estiver errado antes de enviar.</translation>
    </message>
    <message>
        <source>Also held: the model's suggestion kept in {rate} of your submissions (the campaign holds from {threshold}).</source>
        <translation>Também retidas: a sugestão do modelo foi mantida em {rate} dos seus envios (a campanha retém a partir de {threshold}).</translation>
    </message>
    <message>
        <source>Rewards held: suggestion kept in {rate} of your submissions (the campaign holds from {threshold}). Your accepted work stays in the ledger and is paid once the rate is below that again.</source>
        <translation>Recompensas retidas: sugestão mantida em {rate} dos seus envios (a campanha retém a partir de {threshold}). Seu trabalho aceito continua no registro e é pago quando a taxa voltar a ficar abaixo disso.</translation>
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
        <translation>Crie uma conta para sincronizar</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>Ainda não há conta</translation>
    </message>
    <message>
        <source>Create or import an account on the Wallet page (Ctrl+4): sending submissions and reserving tasks need its signature. Campaigns and files still download.</source>
        <translation>Crie ou importe uma conta na página Carteira (Ctrl+4): enviar envios e reservar tarefas exigem a assinatura dela. Campanhas e arquivos continuam sendo baixados.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>New</source>
        <extracomment>the keyboard focus ring (≥ 3:1 against the window and base, WCAG 1.4.11) black and white with a yellow accent and focus ring (Settings: View ▸ High contrast) the badge's (background, text) Pill colours of task states: (background, text). Readable on light and dark. English names of task states and kinds (marked for translation in the context "theme"); what is shown goes through :func:`state_name`, :func:`kind_name`, :func:`kind_short`</extracomment>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pulada</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Short names and icon names of task kinds, for narrow columns and chips.</extracomment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Trechos</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Caixas</translation>
    </message>
    <message>
        <source>Polygons</source>
        <translation>Polígonos</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Coletar</translation>
    </message>
    <message>
        <source>Text classification</source>
        <translation>Classificação de texto</translation>
    </message>
    <message>
        <source>Text spans (NER)</source>
        <translation>Trechos de texto (NER)</translation>
    </message>
    <message>
        <source>Comparison (A/B)</source>
        <translation>Comparação (A/B)</translation>
    </message>
    <message>
        <source>Image classification</source>
        <translation>Classificação de imagens</translation>
    </message>
    <message>
        <source>Bounding boxes</source>
        <translation>Caixas delimitadoras</translation>
    </message>
    <message>
        <source>Data collection</source>
        <translation>Coleta de dados</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Insert vertex</source>
        <translation>Inserir vértice</translation>
    </message>
    <message>
        <source>Move polygon</source>
        <extracomment>Pointer moves shorter than this (screen pixels) are a click, not a drag. A drawn box narrower or lower than this on screen (pixels) was a click. the undo text of the committed edit</extracomment>
        <translation>Mover polígono</translation>
    </message>
    <message>
        <source>Move box</source>
        <translation>Mover caixa</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>Redimensionar caixa</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>Mover vértice</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>Adicionar caixa</translation>
    </message>
    <message>
        <source>The new box almost covers box {number} ({label}): a duplicate?</source>
        <translation>A nova caixa quase cobre a caixa {number} ({label}): uma duplicata?</translation>
    </message>
    <message>
        <source>Add polygon</source>
        <translation>Adicionar polígono</translation>
    </message>
</context>
</TS>
