<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AfterPaint</name>
    <message>
        <source>Starting the demo chain and hub…</source>
        <extracomment>how long closing waits for a demo start still under way the demo chain and hub are up and the controller attached (demo only) the demo chain or hub could not start: the demo works offline (the message) what :meth:`stop` ends: the sync controller and the demo hub</extracomment>
        <translation>正在启动演示链和协调服务器…</translation>
    </message>
    <message>
        <source>The demo hub is starting — it syncs as soon as it is up</source>
        <translation>演示协调服务器正在启动——启动后即开始同步</translation>
    </message>
    <message>
        <source>Demo chain and hub ready</source>
        <translation>演示链和协调服务器已就绪</translation>
    </message>
    <message>
        <source>Demo hub ready (the demo chain could not start)</source>
        <translation>演示协调服务器已就绪（演示链未能启动）</translation>
    </message>
    <message>
        <source>The demo hub could not start ({error}); the demo works offline</source>
        <translation>演示协调服务器未能启动（{error}）；演示可离线使用</translation>
    </message>
</context>
<context>
    <name>AnnotationCanvas</name>
    <message>
        <source>Image</source>
        <extracomment>How close (screen pixels) the pointer must be to an outline, a vertex or a handle. Pixels the view scrolls per arrow key when nothing is selected (Shift: × 5). (new body, undo text, merge id): the host applies it, then calls set_body index of the selected shape, -1 for none shapes were hidden or shown a polygon is being traced (True) or not any more (False) a short message for the user ("A polygon keeps at least three vertices")</extracomment>
        <translation>图片</translation>
    </message>
    <message>
        <source>The image to label; arrow keys move the selected shape, Tab selects the next one</source>
        <translation>待标注的图片；方向键移动选中的形状，Tab 选择下一个</translation>
    </message>
    <message>
        <source>The image is {found} pixels but the task says {task}: it is stretched to the task's size</source>
        <extracomment>shapes still as a model predicted them (drawn dashed, tagged "· predicted") body → the indices of its shapes still as predicted (set by the pane) shapes of the body that cannot be drawn (a malformed prediction): listed, not shown interactive model help (ui.assist.interactive_tool): Ctrl+click goes to it</extracomment>
        <translation>图片为 {found} 像素，但任务要求 {task}：已拉伸到任务尺寸</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>删除顶点</translation>
    </message>
    <message>
        <source>Delete polygon</source>
        <translation>删除多边形</translation>
    </message>
    <message>
        <source>Delete box</source>
        <translation>删除框</translation>
    </message>
    <message>
        <source>Nudge vertex</source>
        <translation>微移顶点</translation>
    </message>
    <message>
        <source>Nudge polygon</source>
        <translation>微移多边形</translation>
    </message>
    <message>
        <source>Nudge box</source>
        <translation>微移框</translation>
    </message>
    <message>
        <source>Label polygon {label}</source>
        <translation>为多边形添加标签 {label}</translation>
    </message>
    <message>
        <source>Label box {label}</source>
        <translation>为框添加标签 {label}</translation>
    </message>
    <message>
        <source>This polygon cannot be drawn (its data is malformed): delete it with Delete and draw it again</source>
        <translation>无法绘制此多边形（数据格式错误）：请按 Delete 删除后重新绘制</translation>
    </message>
    <message>
        <source>This box cannot be drawn (its data is malformed): delete it with Delete and draw it again</source>
        <translation>无法绘制此框（数据格式错误）：请按 Delete 删除后重新绘制</translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message>
        <source>This task is read-only</source>
        <extracomment>"draft", "prediction" or "empty" (see core.flow.starting_point), or "submission" for a submitted task shown read-only the model whose prediction is the starting point, to mark it as such emitted with the new body after every edit, undo and redo a short message for the status bar ("Box added", "Select some text first") the pane asks the editor to submit (e.g. Enter in a classification pane) the task is on screen: :meth:`open` emits it after :meth:`draw_body`, unless the pane sets :attr:`draws_async` and emits it itself once drawn (after a decode) the task cannot be shown (a message for the user, which the pane shows too) True when the pane draws after :meth:`open` returns (an image decoded on a worker thread); it then emits :attr:`shown` or :attr:`failed` itself</extracomment>
        <translation>此任务为只读</translation>
    </message>
    <message>
        <source>No prediction is waiting to be accepted</source>
        <translation>没有等待接受的预测</translation>
    </message>
    <message>
        <source>Accept %n predicted item(s)</source>
        <translation>接受 %n 个预测项</translation>
    </message>
    <message>
        <source>Accepted %n predicted item(s)</source>
        <translation>已接受 %n 个预测项</translation>
    </message>
    <message>
        <source>%n still to check</source>
        <translation>还有 %n 个待检查</translation>
    </message>
</context>
<context>
    <name>AnnotatorsQualityDialog</name>
    <message>
        <source>Annotators' quality</source>
        <translation>标注员质量</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Annotators' figures</source>
        <translation>标注员数据</translation>
    </message>
    <message>
        <source>Campaign “{campaign}”</source>
        <translation>活动“{campaign}”</translation>
    </message>
    <message>
        <source>No campaign yet: sync with a hub first.</source>
        <translation>尚无活动：请先与协调服务器同步。</translation>
    </message>
    <message>
        <source>No hub is set, so there are no figures to show: start the app with --hub URL.</source>
        <translation>未设置协调服务器，因此没有可显示的数据：请使用 --hub URL 启动应用。</translation>
    </message>
    <message>
        <source>Asking the hub for the figures…</source>
        <translation>正在向协调服务器请求数据…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s); </source>
        <translation>
            <numerusform>%n 名标注员；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged for keeping the model's suggestion; </source>
        <translation>
            <numerusform>%n 名因保留模型建议被标记；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with rewards held. </source>
        <translation>
            <numerusform>%n 名奖励被暂扣。</numerusform>
        </translation>
    </message>
    <message>
        <source>As the hub reported at {time}.</source>
        <translation>协调服务器于 {time} 报告。</translation>
    </message>
    <message>
        <source>This account may not see the annotators' figures of campaign “{campaign}”: the hub shows them to its reviewers and admins only. Ask the campaign's admin for the reviewer role.</source>
        <translation>此账户无权查看活动“{campaign}”的标注员数据：协调服务器只向其审核员和管理员显示。请向活动管理员申请审核员角色。</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Refresh when it is back online.</source>
        <translation>无法连接协调服务器。协调服务器恢复在线后请刷新。</translation>
    </message>
    <message>
        <source>Unlock the wallet first: the hub needs your signature to sign in.</source>
        <translation>请先解锁钱包：协调服务器需要您的签名才能登录。</translation>
    </message>
    <message>
        <source>The hub refused the request ({status}).</source>
        <translation>协调服务器拒绝了请求（{status}）。</translation>
    </message>
    <message>
        <source>The figures could not be fetched ({error}).</source>
        <translation>无法获取数据（{error}）。</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Black and white with a strong focus ring</source>
        <translation>黑白配色，焦点框醒目</translation>
    </message>
    <message>
        <source>High contrast on: icons follow when the app starts again</source>
        <translation>高对比度已开启：图标将在应用下次启动时更新</translation>
    </message>
    <message>
        <source>High contrast off: icons follow when the app starts again</source>
        <translation>高对比度已关闭：图标将在应用下次启动时更新</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>The draft could not be saved ({error}); retrying. Nothing is lost while the app is open.</source>
        <extracomment>Longest wait between an edit and its draft reaching the cache (ms). Wait before retrying a write that failed (ms). a draft was written (task uid) a draft could not be written (task uid, message); it is retried</extracomment>
        <translation>无法保存草稿（{error}），正在重试。应用保持打开期间不会丢失任何内容。</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>◀ Previous</source>
        <extracomment>"◀ Previous" / "Next ▶" point the other way in a mirrored (right-to-left) window, where Next sits on the left: the arrows are not Unicode-mirrored characters why the button is disabled while its action stays enabled (its shortcut then says why in the status bar instead of doing nothing without a word)</extracomment>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>已完成 {done} / {total}</translation>
    </message>
    <message>
        <source>{percent} of the campaign's tasks are done</source>
        <translation>项目任务已完成 {percent}</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>Nudge left 1 px (scroll when nothing is selected)</source>
        <extracomment>(text, short text, key, dx, dy) of the nudges by 1 px and by 10 px</extracomment>
        <translation>向左微移 1 像素（未选中任何对象时滚动）</translation>
    </message>
    <message>
        <source>Nudge left</source>
        <translation>向左微移</translation>
    </message>
    <message>
        <source>Nudge right 1 px (scroll when nothing is selected)</source>
        <translation>向右微移 1 像素（未选中任何对象时滚动）</translation>
    </message>
    <message>
        <source>Nudge right</source>
        <translation>向右微移</translation>
    </message>
    <message>
        <source>Nudge up 1 px (scroll when nothing is selected)</source>
        <translation>向上微移 1 像素（未选中任何对象时滚动）</translation>
    </message>
    <message>
        <source>Nudge up</source>
        <translation>向上微移</translation>
    </message>
    <message>
        <source>Nudge down 1 px (scroll when nothing is selected)</source>
        <translation>向下微移 1 像素（未选中任何对象时滚动）</translation>
    </message>
    <message>
        <source>Nudge down</source>
        <translation>向下微移</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>向左微移 10 像素</translation>
    </message>
    <message>
        <source>Nudge left 10</source>
        <translation>向左微移 10</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>向右微移 10 像素</translation>
    </message>
    <message>
        <source>Nudge right 10</source>
        <translation>向右微移 10</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>向上微移 10 像素</translation>
    </message>
    <message>
        <source>Nudge up 10</source>
        <translation>向上微移 10</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>向下微移 10 像素</translation>
    </message>
    <message>
        <source>Nudge down 10</source>
        <translation>向下微移 10</translation>
    </message>
    <message>
        <source>Select tool</source>
        <translation>选择工具</translation>
    </message>
    <message>
        <source>Select  V</source>
        <translation>选择  V</translation>
    </message>
    <message>
        <source>Draw boxes</source>
        <translation>绘制框</translation>
    </message>
    <message>
        <source>Box  B</source>
        <translation>框  B</translation>
    </message>
    <message>
        <source>Draw polygons</source>
        <translation>绘制多边形</translation>
    </message>
    <message>
        <source>Polygon  P</source>
        <translation>多边形  P</translation>
    </message>
    <message>
        <source>Cancel drawing, deselect</source>
        <translation>取消绘制，取消选择</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close the polygon</source>
        <translation>闭合多边形</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>闭合</translation>
    </message>
    <message>
        <source>Select next shape</source>
        <translation>选择下一个形状</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Select previous shape</source>
        <translation>选择上一个形状</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Delete shape or vertex</source>
        <translation>删除形状或顶点</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Hide or show shape (all when none is selected)</source>
        <translation>隐藏或显示形状（未选中时作用于全部）</translation>
    </message>
    <message>
        <source>Hide  H</source>
        <translation>隐藏  H</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>使图片适应视图</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Zoom to 100 % (actual pixels)</source>
        <translation>缩放至 100%（实际像素）</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>awaiting review</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>accepted, paid</source>
        <translation>已接受，已支付</translation>
    </message>
    <message>
        <source>no consensus yet</source>
        <translation>尚无共识</translation>
    </message>
    <message>
        <source>agrees with consensus {rate}</source>
        <translation>与共识一致 {rate}</translation>
    </message>
    <message>
        <source>agrees {rate}</source>
        <translation>一致 {rate}</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>The label under review, by {annotator}</source>
        <translation>待审核的标注，来自 {annotator}</translation>
    </message>
    <message>
        <source>Another annotator's label of this task, by {annotator}</source>
        <translation>其他标注员对此任务的标注，来自 {annotator}</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>no majority</source>
        <translation>无多数意见</translation>
    </message>
    <message numerus="yes">
        <source>of %n annotator(s)</source>
        <translation>
            <numerusform>共 %n 位标注员</numerusform>
        </translation>
    </message>
    <message>
        <source>What most annotators of this task said</source>
        <translation>此任务多数标注员的答案</translation>
    </message>
    <message>
        <source>The annotators of this task do not agree by a majority</source>
        <translation>此任务的标注员未形成多数一致</translation>
    </message>
    <message>
        <source>Your correction</source>
        <translation>你的更正</translation>
    </message>
    <message>
        <source>signed here</source>
        <translation>已在此签名</translation>
    </message>
    <message>
        <source>The correction you signed</source>
        <translation>你签名的更正</translation>
    </message>
</context>
<context>
    <name>ChainSettingsDialog</name>
    <message>
        <source>Chain settings</source>
        <translation>链设置</translation>
    </message>
    <message>
        <source>the campaign's: {url}</source>
        <translation>项目的：{url}</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>链 ID</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>分发合约</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>代币</translation>
    </message>
    <message>
        <source>RPC URL</source>
        <translation>RPC URL</translation>
    </message>
    <message>
        <source>Leave empty to use the campaign's RPC URL. "embedded" is the in-process chain of the demo.</source>
        <translation>留空则使用项目的 RPC URL。"embedded" 是演示在进程内运行的链。</translation>
    </message>
    <message>
        <source>An RPC URL starts with http:// or https:// (or is "embedded").</source>
        <translation>RPC URL 以 http:// 或 https:// 开头（或为 "embedded"）。</translation>
    </message>
</context>
<context>
    <name>CharCounter</name>
    <message>
        <source>{count} / {max} characters: {over} too many</source>
        <translation>{count} / {max} 个字符：超出 {over} 个</translation>
    </message>
    <message>
        <source>{count} / {max} characters</source>
        <translation>{count} / {max} 个字符</translation>
    </message>
    <message>
        <source>{count} characters (at least {min})</source>
        <translation>{count} 个字符（至少 {min} 个）</translation>
    </message>
</context>
<context>
    <name>ChoiceBar</name>
    <message>
        <source>Which answer is better?</source>
        <extracomment>"A", "B" or "tie", clicked</extracomment>
        <translation>哪个回答更好？</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim rewards</source>
        <translation>领取奖励</translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation>签名并发送</translation>
    </message>
    <message>
        <source>Claim &lt;b&gt;{amount}&lt;/b&gt; from the distributor to your account. The transaction is signed here and sent from your wallet, which pays the gas.</source>
        <translation>从分发合约领取 &lt;b&gt;{amount}&lt;/b&gt; 到你的账户。交易在此签名，并从你的钱包发送，由钱包支付 Gas。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>{epoch} (cumulative {cumulative}, already paid {paid})</source>
        <translation>{epoch}（累计 {cumulative}，已支付 {paid}）</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>{estimate} estimated · limit {limit}</source>
        <translation>预估 {estimate} · 上限 {limit}</translation>
    </message>
    <message>
        <source>Fees per gas</source>
        <translation>每单位 Gas 费用</translation>
    </message>
    <message>
        <source>max {most} (base {base} + tip {tip})</source>
        <translation>最高 {most}（基础 {base} + 小费 {tip}）</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>网络费用</translation>
    </message>
    <message>
        <source>about {likely}, at most {most}</source>
        <translation>约 {likely}，最多 {most}</translation>
    </message>
    <message>
        <source>Your ETH</source>
        <translation>你的 ETH</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Your ETH does not cover the most this can cost: claim through the hub instead (Ctrl+Shift+K).</source>
        <translation>你的 ETH 不足以支付此操作的最高费用：请改为通过协调服务器领取（Ctrl+Shift+K）。</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Waiting (sent at the next sync)</source>
        <translation>等待中（下次同步时发送）</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Hub relayer</source>
        <translation>协调服务器中继</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{hash}
(double-click to copy)</source>
        <translation>{hash}
（双击复制）</translation>
    </message>
</context>
<context>
    <name>CollectionPane</name>
    <message>
        <source>Data collection</source>
        <extracomment>a file was imported into the item (its file name) a file was refused (the message, also shown in the pane)</extracomment>
        <translation>数据采集</translation>
    </message>
    <message>
        <source>Import a file or write the text, fill in the details and label it</source>
        <translation>导入文件或输入文本，填写详细信息并为其标注</translation>
    </message>
    <message>
        <source>Write the item's text</source>
        <translation>输入该条目的文本</translation>
    </message>
    <message>
        <source>Notes about the item (optional)</source>
        <translation>关于该条目的备注（可选）</translation>
    </message>
    <message>
        <source>Wait for the import to finish</source>
        <translation>请等待导入完成</translation>
    </message>
    <message>
        <source>Choose a label for the item</source>
        <translation>为该条目选择一个标签</translation>
    </message>
    <message>
        <source>Import a photo or file</source>
        <translation>导入照片或文件</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>此任务为只读</translation>
    </message>
    <message>
        <source>{file} is being imported already</source>
        <translation>{file} 已在导入中</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>{file} could not be imported ({error})</source>
        <translation>无法导入 {file}（{error}）</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>已导入 {file}</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>One file per item: importing {file}</source>
        <translation>每个条目一个文件：正在导入 {file}</translation>
    </message>
    <message>
        <source>Type the text</source>
        <translation>输入文本</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>设置 {field}</translation>
    </message>
    <message>
        <source>{file} is not on this computer (sync to download it)</source>
        <translation>{file} 不在此电脑上（同步即可下载）</translation>
    </message>
    <message>
        <source>Import a photo or file…</source>
        <translation>导入照片或文件…</translation>
    </message>
    <message>
        <source>Write the text</source>
        <translation>输入文本</translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation>填写详细信息</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Text, details and label</source>
        <translation>文本、详细信息和标签</translation>
    </message>
</context>
<context>
    <name>CollectionTaskView</name>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>What to collect</source>
        <translation>要收集的内容</translation>
    </message>
    <message>
        <source>No instructions given.</source>
        <translation>未提供说明。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>a new item, labeled as {kind}</source>
        <translation>一个新条目，按“{kind}”标注</translation>
    </message>
    <message>
        <source>a new item, metadata only</source>
        <translation>一个新条目，仅元数据</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Accepts</source>
        <translation>接受的格式</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>A is better</source>
        <extracomment>the undo merge id of typing in the reason field ("REAS")</extracomment>
        <translation>A 更好</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>一样好</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B 更好</translation>
    </message>
    <message>
        <source>A, B or T chooses · R writes the reason, Esc leaves it · a scale's letter, then a digit, rates · Enter submits</source>
        <translation>按 A、B 或 T 选择 · R 填写理由，Esc 退出 · 先按评分项的字母，再按数字评分 · Enter 提交</translation>
    </message>
    <message>
        <source>Comparison</source>
        <extracomment>the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>对比</translation>
    </message>
    <message>
        <source>Compare the two answers to the prompt and choose the better one</source>
        <translation>对比针对提示词的两个回答，选出更好的一个</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Answer A</source>
        <translation>回答 A</translation>
    </message>
    <message>
        <source>Answer B</source>
        <translation>回答 B</translation>
    </message>
    <message>
        <source>Reason (optional) — R</source>
        <translation>理由（可选）— R</translation>
    </message>
    <message>
        <source>Choose A: A is better</source>
        <translation>选 A：A 更好</translation>
    </message>
    <message>
        <source>Choose B: B is better</source>
        <translation>选 B：B 更好</translation>
    </message>
    <message>
        <source>Choose a tie</source>
        <translation>选择一样好</translation>
    </message>
    <message>
        <source>Write the reason</source>
        <translation>填写理由</translation>
    </message>
    <message>
        <source>Leave the text field</source>
        <translation>离开文本框</translation>
    </message>
    <message>
        <source>Submit (when a side is chosen)</source>
        <translation>提交（选定一方后）</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>未填写理由</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted</source>
        <translation>只读：此任务已提交</translation>
    </message>
    <message>
        <source>Rate {scale} (then press {low}–{high})</source>
        <translation>为 {scale} 评分（然后按 {low}–{high}）</translation>
    </message>
    <message>
        <source>Choose: {choice}</source>
        <translation>选择：{choice}</translation>
    </message>
    <message>
        <source>answer A</source>
        <translation>回答 A</translation>
    </message>
    <message>
        <source>answer B</source>
        <translation>回答 B</translation>
    </message>
    <message>
        <source>both answers</source>
        <translation>两个回答</translation>
    </message>
    <message>
        <source>Ratings cleared: they rated {before}. Rate {now} now (Ctrl+Z brings them back)</source>
        <translation>评分已清除：原评分针对{before}。现在请为{now}评分（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>You did not set these ratings: {ratings}. They are the prediction of {model}. Submit them under your signature as your own ratings?</source>
        <translation>这些评分不是你设置的：{ratings}。它们是 {model} 的预测。要以你的签名作为你自己的评分提交吗？</translation>
    </message>
    <message>
        <source>Rate {scale}: {value}</source>
        <translation>为 {scale} 评分：{value}</translation>
    </message>
    <message>
        <source>Clear the {scale} rating</source>
        <translation>清除 {scale} 评分</translation>
    </message>
    <message numerus="yes">
        <source>A reason holds at most %n character(s)</source>
        <translation>
            <numerusform>理由最多 %n 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonTaskView</name>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>一样好</translation>
    </message>
    <message>
        <source>answer {choice}</source>
        <translation>答案 {choice}</translation>
    </message>
    <message>
        <source>Model prediction ({who}): {choice}.</source>
        <translation>模型预测（{who}）：{choice}。</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create a new account</source>
        <translation>创建新账户</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>optional, e.g. “Work”</source>
        <translation>可选，例如“工作”</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a name for the account</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>Choose a password. It encrypts the key on this computer and unlocks the wallet when you sign.</source>
        <translation>请设置密码。它会在此电脑上加密密钥，并在你签名时解锁钱包。</translation>
    </message>
    <message>
        <source>I wrote the words down on paper, in order</source>
        <translation>我已按顺序把这些词写在纸上</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write these words down, in order, on paper.&lt;/b&gt; They are the only way to restore this account if this computer is lost or the password forgotten. Anyone who sees them can take the account: no screenshots, no cloud notes. They are shown only now.</source>
        <translation>&lt;b&gt;请按顺序把这些词写在纸上。&lt;/b&gt;如果这台电脑丢失或忘记密码，它们是恢复此账户的唯一方式。任何看到它们的人都能拿走这个账户：不要截图，不要存到云笔记。它们只在此时显示。</translation>
    </message>
    <message>
        <source>Type these words from your paper to show it is right.</source>
        <translation>请从纸上抄写这些词，以确认记录无误。</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Word #{position}</source>
        <translation>第 {position} 个词</translation>
    </message>
    <message numerus="yes">
        <source>Word(s) {words} do not match. Check your paper, or go Back to see the words again.</source>
        <translation>
            <numerusform>这些词不匹配：{words}。请检查你的纸，或点“上一步”再看一遍这些词。</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypting the key… (this takes a moment)</source>
        <translation>正在加密密钥…（需要一点时间）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account created&lt;/b&gt;&lt;br&gt;&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;It is unlocked and ready to sign. Keep the paper with the words somewhere safe; the wallet will not show them again. ({short} is now in the status bar.)</source>
        <translation>&lt;b&gt;账户已创建&lt;/b&gt;&lt;br&gt;&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;它已解锁，可以签名。请把写有助记词的纸放在安全的地方；钱包不会再次显示它们。（{short} 现在显示在状态栏中。）</translation>
    </message>
    <message>
        <source>{error} Start again with new words.</source>
        <translation>{error} 请用新的助记词重新开始。</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <source>&amp;Demo</source>
        <translation>演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Review and settle now</source>
        <translation>立即审核并结算(&amp;R)</translation>
    </message>
    <message>
        <source>A demo reviewer accepts what waits for review; the hub posts an epoch on the demo chain, and your rewards become claimable.</source>
        <translation>演示审核员接受所有待审核的内容；协调服务器在演示链上发布一个周期，你的奖励即可领取。</translation>
    </message>
    <message>
        <source>The demo reviewer is accepting submissions, then the hub settles…</source>
        <translation>演示审核员正在接受提交，随后协调服务器进行结算…</translation>
    </message>
    <message>
        <source>Review and settle failed: {error}</source>
        <translation>审核并结算失败：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n submission(s) ({accepted} accepted)</source>
        <translation>
            <numerusform>已审核 %n 个提交（接受 {accepted} 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>{reviewed}; nothing to settle.</source>
        <translation>{reviewed}；没有需要结算的内容。</translation>
    </message>
    <message numerus="yes">
        <source>epoch {epoch} posted for %n account(s).</source>
        <translation>
            <numerusform>已为 %n 个账户发布周期 {epoch}。</numerusform>
        </translation>
    </message>
    <message>
        <source>{reviewed}; {posted}</source>
        <comment>the two parts of the demo's status line</comment>
        <translation>{reviewed}；{posted}</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Sign this label and queue it for the hub</source>
        <translation>签名此标注并加入发送至协调服务器的队列</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>Skip this task; it waits at the end of the queue</source>
        <translation>跳过此任务；它会排到队列末尾</translation>
    </message>
    <message>
        <source>&amp;Next task to do</source>
        <translation>下一个待做任务(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next new or draft task</source>
        <translation>转到下一个新任务或草稿任务</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>上一个任务(&amp;P)</translation>
    </message>
    <message>
        <source>Go back to the task before this one</source>
        <translation>返回上一个任务</translation>
    </message>
    <message>
        <source>&amp;Label again</source>
        <translation>重新标注(&amp;L)</translation>
    </message>
    <message>
        <source>Start a new draft from the submitted label</source>
        <translation>从已提交的标注新建草稿</translation>
    </message>
    <message>
        <source>Ask the &amp;model</source>
        <translation>询问模型(&amp;M)</translation>
    </message>
    <message>
        <source>Ask the campaign's model for a prediction of this task (again: cancel)</source>
        <translation>请求项目模型对此任务进行预测（再次执行：取消）</translation>
    </message>
    <message>
        <source>&amp;Accept all predictions</source>
        <translation>接受全部预测(&amp;A)</translation>
    </message>
    <message>
        <source>Accept every item the model predicted, as it is (Enter accepts the selected one)</source>
        <translation>按原样接受模型预测的所有项（Enter 接受选中项）</translation>
    </message>
    <message>
        <source>Switch between &amp;queue and task</source>
        <translation>在队列和任务之间切换(&amp;Q)</translation>
    </message>
    <message>
        <source>Move the keyboard focus</source>
        <translation>移动键盘焦点</translation>
    </message>
    <message>
        <source>Show the &amp;queue</source>
        <translation>显示队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Hide the queue to give the task more room</source>
        <translation>隐藏队列，为任务腾出更多空间</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Task id</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>未选择任务</translation>
    </message>
</context>
<context>
    <name>ExportKeystoreDialog</name>
    <message>
        <source>Export keystore file</source>
        <translation>导出密钥库文件</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The file is a standard Ethereum keystore (v3): other wallets open it with this account's password. Keep it as a backup.</source>
        <translation>该文件是标准的以太坊密钥库（v3）：其他钱包可用此账户的密码打开它。请将其作为备份保存。</translation>
    </message>
    <message>
        <source>Choose the account and type its password.</source>
        <translation>请选择账户并输入其密码。</translation>
    </message>
    <message>
        <source>Save keystore file</source>
        <translation>保存密钥库文件</translation>
    </message>
    <message>
        <source>Keystore (*.json)</source>
        <translation>密钥库 (*.json)</translation>
    </message>
    <message>
        <source>Writing the keystore file…</source>
        <translation>正在写入密钥库文件…</translation>
    </message>
</context>
<context>
    <name>GetTasksBox</name>
    <message>
        <source>Nothing to label here yet.</source>
        <translation>这里还没有可标注的内容。</translation>
    </message>
    <message>
        <source>Get tasks</source>
        <translation>领取任务</translation>
    </message>
    <message>
        <source>Reserve a batch of tasks from the hub and download them</source>
        <translation>从协调服务器预留一批任务并下载</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a signed-in account.</source>
        <translation>请先解锁钱包（Ctrl+U）：协调服务器只为已登录的账户预留任务。</translation>
    </message>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>正在预留 %n 个任务…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) reserved.</source>
        <translation>
            <numerusform>已预留 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has no task for you in this campaign right now.</source>
        <translation>协调服务器目前在此项目中没有分配给你的任务。</translation>
    </message>
</context>
<context>
    <name>GlyphWords</name>
    <message numerus="yes">
        <source>%n character(s) of this text cannot be shown: no installed font has them ({codes}). Install the Noto fonts (fonts-noto-core, fonts-noto-cjk).</source>
        <extracomment>characters already reported in this session (reported once, not per task) at most this many distinct characters are checked one by one</extracomment>
        <translation>
            <numerusform>此文本中有 %n 个字符无法显示：没有已安装的字体包含它们（{codes}）。请安装 Noto 字体（fonts-noto-core、fonts-noto-cjk）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubClaimDialog</name>
    <message>
        <source>Claim through the hub</source>
        <translation>通过协调服务器领取</translation>
    </message>
    <message>
        <source>Sign and hand over</source>
        <translation>签名并交给协调服务器</translation>
    </message>
    <message>
        <source>The hub sends the claim of &lt;b&gt;{amount}&lt;/b&gt; and pays its gas; the tokens go to your account all the same. You sign a request that names your account, the amount and the root, and expires in an hour. The hub relays a few claims per account and hour.</source>
        <translation>协调服务器发送 &lt;b&gt;{amount}&lt;/b&gt; 的领取交易并支付其 Gas；代币同样进入你的账户。你签名的请求写明你的账户、金额和根，一小时后过期。协调服务器每个账户每小时只中继少量领取。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>No polygons yet: press P and click around an object.</source>
        <extracomment>the task is drawn once the image is decoded: ``shown`` or ``failed`` follow the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>还没有多边形：按 P 并围绕对象点击。</translation>
    </message>
    <message>
        <source>No boxes yet: press B and drag across an object.</source>
        <translation>还没有框：按 B 并拖动框住对象。</translation>
    </message>
    <message>
        <source>The image cannot be shown, so it cannot be labeled</source>
        <translation>无法显示图片，因此无法标注</translation>
    </message>
    <message>
        <source>Close the polygon being drawn (Enter) or cancel it (Esc)</source>
        <translation>闭合正在绘制的多边形（Enter）或取消（Esc）</translation>
    </message>
    <message>
        <source>Malformed polygon data ({numbers}): select and delete it</source>
        <translation>多边形数据格式错误（{numbers}）：请选中并删除</translation>
    </message>
    <message>
        <source>Malformed box data ({numbers}): select and delete it</source>
        <translation>框数据格式错误（{numbers}）：请选中并删除</translation>
    </message>
    <message>
        <source>Toggle {label}</source>
        <translation>切换 {label}</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>选择 {label}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>标签：{label}</translation>
    </message>
    <message>
        <source>{file} is not on this computer yet; sync to download it.</source>
        <translation>{file} 尚未在此电脑上；同步即可下载。</translation>
    </message>
    <message>
        <source>Polygons ({count})</source>
        <translation>多边形（{count}）</translation>
    </message>
    <message>
        <source>Boxes ({count})</source>
        <translation>框（{count}）</translation>
    </message>
    <message>
        <source>The labels of this task are kept; the image must be fixed or downloaded again.</source>
        <translation>此任务的标签会保留；图片需修复或重新下载。</translation>
    </message>
    <message>
        <source>Press a label's key ({keys}) to choose it, again to remove it.</source>
        <translation>按标签的快捷键（{keys}）选择，再按一次取消。</translation>
    </message>
    <message>
        <source>Press a label's key ({keys}) to choose it; Enter submits.</source>
        <translation>按标签的快捷键（{keys}）选择；Enter 提交。</translation>
    </message>
    <message>
        <source>Read-only: shapes are shown, not editable. Tab selects, F fits, = and - zoom.</source>
        <translation>只读：形状仅供查看，不可编辑。Tab 选择，F 适应，= 和 - 缩放。</translation>
    </message>
    <message>
        <source>Click to add points · click the first point, double-click or Enter closes · Backspace removes the last point · Esc cancels</source>
        <translation>点击添加点 · 点击第一个点、双击或按 Enter 闭合 · Backspace 删除最后一个点 · Esc 取消</translation>
    </message>
    <message>
        <source>Drag to draw a “{label}” box ({keys} change the label) · V or Esc: select</source>
        <translation>拖动绘制“{label}”框（{keys} 更换标签）· V 或 Esc：选择</translation>
    </message>
    <message>
        <source>Click to start a “{label}” polygon ({keys} change the label) · V: select</source>
        <translation>点击开始绘制“{label}”多边形（{keys} 更换标签）· V：选择</translation>
    </message>
    <message>
        <source>Drag a vertex · Alt+click or double-click an edge adds one · Shift+click or Delete removes it · arrows nudge · H hides</source>
        <translation>拖动顶点 · Alt+单击或双击边可添加顶点 · Shift+单击或 Delete 删除顶点 · 方向键微移 · H 隐藏</translation>
    </message>
    <message>
        <source>Drag to move, handles resize · {keys} relabel · arrows nudge (Shift: 10 px) · Delete removes · H hides</source>
        <translation>拖动以移动，拖动手柄调整大小 · {keys} 更换标签 · 方向键微移（Shift：10 像素）· Delete 删除 · H 隐藏</translation>
    </message>
    <message>
        <source>P draws polygons · click or Tab selects a shape · wheel or = - zoom · F fits</source>
        <translation>P 绘制多边形 · 点击或 Tab 选择形状 · 滚轮或 = - 缩放 · F 适应</translation>
    </message>
    <message>
        <source>B draws boxes · click or Tab selects a shape · wheel or = - zoom · F fits</source>
        <translation>B 绘制框 · 点击或 Tab 选择形状 · 滚轮或 = - 缩放 · F 适应</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>形状</translation>
    </message>
</context>
<context>
    <name>ImageTaskView</name>
    <message>
        <source>this task names no image</source>
        <translation>此任务未指定图片</translation>
    </message>
    <message>
        <source>the image is not downloaded yet (sync to fetch it)</source>
        <translation>图片尚未下载（同步即可获取）</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>正在加载图片…</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} 像素</translation>
    </message>
    <message numerus="yes">
        <source>Dashed shapes: model prediction ({who}), %n shown</source>
        <translation>
            <numerusform>虚线图形：模型预测（{who}），显示 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Model prediction ({who}): {labels}</source>
        <translation>模型预测（{who}）：{labels}</translation>
    </message>
    <message>
        <source>Cannot show the image: {reason}</source>
        <translation>无法显示图片：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an account</source>
        <translation>导入账户</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>导入来源</translation>
    </message>
    <message>
        <source>Recovery words or a keystore file</source>
        <translation>助记词或密钥库文件</translation>
    </message>
    <message>
        <source>the 12 or 24 words, separated by spaces</source>
        <translation>12 或 24 个词，用空格分隔</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账户编号</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, 0x optional</source>
        <translation>64 位十六进制数字，0x 可选</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>a keystore JSON file (UTC--…)</source>
        <translation>密钥库 JSON 文件 (UTC--…)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File password</source>
        <translation>文件密码</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>密钥库文件</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a name for the account</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>The key is stored encrypted with a password of your choice (it may be the same as the file's).</source>
        <translation>密钥使用你选择的密码加密存储（可以与文件的密码相同）。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Open a keystore file</source>
        <translation>打开密钥库文件</translation>
    </message>
    <message>
        <source>Keystore (*.json *);;All files (*)</source>
        <translation>密钥库 (*.json *);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Type the recovery words.</source>
        <translation>请输入助记词。</translation>
    </message>
    <message>
        <source>Paste the private key.</source>
        <translation>请粘贴私钥。</translation>
    </message>
    <message>
        <source>Choose the keystore file.</source>
        <translation>请选择密钥库文件。</translation>
    </message>
    <message>
        <source>Encrypting the key…</source>
        <translation>正在加密密钥…</translation>
    </message>
</context>
<context>
    <name>InteractiveAssist</name>
    <message>
        <source>This campaign names no ML backend for interactive help</source>
        <extracomment>a proposal is on screen (the shape's JSON) the request failed or found nothing (the message shown)</extracomment>
        <translation>此项目未指定用于交互辅助的机器学习后端</translation>
    </message>
    <message>
        <source>Asking the model for the object… (Esc cancels)</source>
        <translation>正在请求模型识别对象…（Esc 取消）</translation>
    </message>
    <message>
        <source>The model found no object there</source>
        <translation>模型在此处未找到对象</translation>
    </message>
    <message>
        <source>Proposed by the model: Enter accepts, Esc rejects, Ctrl+click refines</source>
        <translation>模型建议：Enter 接受，Esc 拒绝，Ctrl+单击细化</translation>
    </message>
    <message>
        <source>No proposal: {reason}</source>
        <translation>无建议：{reason}</translation>
    </message>
    <message>
        <source>Accept the model's {noun}</source>
        <translation>接受模型的建议（{noun}）</translation>
    </message>
    <message>
        <source>Accepted: edit it like any shape; Ctrl+Z takes it away</source>
        <translation>已接受：可像其他形状一样编辑；Ctrl+Z 可撤回</translation>
    </message>
    <message>
        <source>The model's proposal was rejected</source>
        <translation>已拒绝模型的建议</translation>
    </message>
</context>
<context>
    <name>ItemLabeler</name>
    <message>
        <source>Tick or untick: {label}</source>
        <extracomment>the chips changed the annotation (new annotation or None, undo text) an embedded pane changed it (already on the undo stack) the embedded pane has drawn its photo</extracomment>
        <translation>勾选或取消勾选：{label}</translation>
    </message>
    <message>
        <source>Choose: {label}</source>
        <translation>选择：{label}</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>此任务为只读</translation>
    </message>
    <message>
        <source>Untick {label}</source>
        <translation>取消勾选 {label}</translation>
    </message>
    <message>
        <source>Tick {label}</source>
        <translation>勾选 {label}</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>选择 {label}</translation>
    </message>
    <message>
        <source>write the text</source>
        <translation>输入文本</translation>
    </message>
    <message>
        <source>import a photo</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <source>draw boxes on it</source>
        <translation>在上面绘制框</translation>
    </message>
    <message>
        <source>draw polygons on it</source>
        <translation>在上面绘制多边形</translation>
    </message>
    <message>
        <source>mark spans in it</source>
        <translation>在其中标记片段</translation>
    </message>
    <message>
        <source>label it</source>
        <translation>为其标注</translation>
    </message>
    <message>
        <source>To {task}, the app needs the pane for {kind}, which is not installed yet.</source>
        <translation>要{task}，应用需要用于{kind}的面板，该面板尚未安装。</translation>
    </message>
    <message>
        <source>First {step}, then {task}.</source>
        <translation>先{step}，再{task}。</translation>
    </message>
</context>
<context>
    <name>KeepClaimDialog</name>
    <message>
        <source>Keep the claim for later</source>
        <translation>保留领取，稍后处理</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>{why}

The claim can wait: the next sync that reaches it carries it out while the wallet is unlocked — the hub's relayer sends it.</source>
        <translation>{why}

领取可以等待：钱包解锁期间，下一次能连通的同步会执行它——由协调服务器的中继发送。</translation>
    </message>
    <message>
        <source>{why}

The claim can wait: the next sync that reaches it carries it out while the wallet is unlocked — your wallet sends it (the gas is estimated then).</source>
        <translation>{why}

领取可以等待：钱包解锁期间，下一次能连通的同步会执行它——由你的钱包发送（届时再估算 Gas）。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <source>{label} — press {key}</source>
        <translation>{label} — 按 {key}</translation>
    </message>
    <message>
        <source>Label {label}, key {key}</source>
        <translation>标签 {label}，快捷键 {key}</translation>
    </message>
    <message>
        <source>Label {label}</source>
        <translation>标签 {label}</translation>
    </message>
    <message>
        <source>· predicted by {model}: press the key twice or submit to make it yours</source>
        <extracomment>checked because a model predicted it, and not touched since (drawn dashed and pale)</extracomment>
        <translation>· 由 {model} 预测：按两次快捷键或直接提交即可采用</translation>
    </message>
</context>
<context>
    <name>LabelMenu</name>
    <message>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言列表</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>系统语言（{language}）</translation>
    </message>
    <message>
        <source>The app shows the new language the next time it starts.</source>
        <translation>应用将在下次启动时显示新语言。</translation>
    </message>
    <message>
        <source>The language could not be saved: {error}</source>
        <translation>无法保存语言设置：{error}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>语言(&amp;L)…</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Sync now (Ctrl+R), Make tasks available offline…, Sync details…</extracomment>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Settings ▸ Language… (ui/language_menu.py)</extracomment>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About DataFi Desktop</source>
        <translation>关于 DataFi Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>About DataFi Desktop</source>
        <translation>关于 DataFi Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;DataFi Desktop {version}&lt;/b&gt;&lt;br&gt;Label data offline, sign every submission, claim rewards on-chain.&lt;br&gt;&lt;br&gt;Profile: {profile}</source>
        <translation>&lt;b&gt;DataFi Desktop {version}&lt;/b&gt;&lt;br&gt;离线标注数据，为每次提交签名，在链上领取奖励。&lt;br&gt;&lt;br&gt;配置文件：{profile}</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <source>Import photo or file…</source>
        <extracomment>the photo is on screen, or could not be shown (message)</extracomment>
        <translation>导入照片或文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Drop a photo or file here, or press {keys} to choose one.
This task accepts {types}.</source>
        <extracomment>"Importing photo.jpg…" / "Loading photo.jpg…" while the file is copied and decoded off the UI thread (a 48 MP photo takes seconds): never a dark box</extracomment>
        <translation>将照片或文件拖放到此处，或按 {keys} 选择。
此任务接受 {types}。</translation>
    </message>
    <message>
        <source>Loading {file}…</source>
        <translation>正在加载 {file}…</translation>
    </message>
    <message numerus="yes">
        <source>{size} text file, %n character(s): it is the item's text below.</source>
        <translation>
            <numerusform>{size} 文本文件，%n 个字符：即下方该条目的文本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the photo: {error}</source>
        <translation>无法显示照片：{error}</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <translation>日期格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <source>* required</source>
        <extracomment>the user changed a field: (name, value or None to clear, typing — merge the edits) text fields the campaign limits: their character counters</extracomment>
        <translation>* 必填</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>how to write a date; it is stored as ISO</comment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <source>Repeat</source>
        <comment>repeat the password</comment>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>At least {count} characters. Nobody can recover it for you: write it down somewhere safe.</source>
        <translation>至少 {count} 个字符。没有人能替你找回它：请把它写下来，放在安全的地方。</translation>
    </message>
    <message>
        <source>{strength}. {hint}</source>
        <comment>password strength, then a hint</comment>
        <translation>{strength}。{hint}</translation>
    </message>
    <message>
        <source>{hint}  The two passwords differ.</source>
        <translation>{hint}  两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop after the current page; what came stays</source>
        <translation>在当前页之后停止；已收到的保留</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Make tasks available offline</source>
        <translation>使任务可离线使用</translation>
    </message>
    <message>
        <source>Reserve tasks on the hub and download everything they need, so you can label them without a connection. The hub holds them for you for the time below.</source>
        <translation>在协调服务器上预留任务并下载所需的一切，这样无需联网也能标注。协调服务器会在下面设定的时间内为你保留这些任务。</translation>
    </message>
    <message>
        <source> tasks</source>
        <comment>suffix of a number of tasks</comment>
        <translation> 个任务</translation>
    </message>
    <message>
        <source> days</source>
        <comment>suffix of a number of days</comment>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>项目(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>数量(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>保留时长(&amp;K)：</translation>
    </message>
    <message>
        <source>No hub is set for this profile, so there is nothing to download (start with --hub URL).</source>
        <translation>此配置文件未设置协调服务器，因此没有可下载的内容（请使用 --hub URL 启动）。</translation>
    </message>
    <message>
        <source>No campaign yet: sync once while online to list the hub's campaigns.</source>
        <translation>还没有项目：请在联网时同步一次，以列出协调服务器的项目。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>An earlier download of %1 tasks stopped after %2; Resume continues it.</source>
        <translation>之前下载 %1 个任务时在 %2 个后停止；“继续”将接着下载。</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>将在本页之后停止…</translation>
    </message>
    <message>
        <source>%v of %m tasks reserved</source>
        <translation>已预留 %v / %m 个任务</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v / %m 个文件</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a signed-in account.</source>
        <translation>请先解锁钱包（Ctrl+U）：协调服务器只为已登录的账户预留任务。</translation>
    </message>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>正在预留 %n 个任务…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputCard</name>
    <message>
        <source>Preferred</source>
        <translation>更优</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>一样好</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Tasks</source>
        <extracomment>position in the navigation: Tasks 10, Review 20, Rewards 30, Wallet 40 the menu this page's actions go in ("&amp;Tasks"); empty for none the module (relative to this package) and the class the pages of a new window, in navigation order</extracomment>
        <translation>任务</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>审核(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Rewards</source>
        <translation>奖励(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>钱包(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PaneSet</name>
    <message>
        <source>failing ({error})</source>
        <translation>出错（{error}）</translation>
    </message>
</context>
<context>
    <name>PredictionAssistant</name>
    <message>
        <source>Prediction request cancelled</source>
        <extracomment>a fallback run when no backend answers: (editor) → a worker function or None a prediction was shown (model) — for tests and the status bar the request failed or gave nothing (the message shown)</extracomment>
        <translation>预测请求已取消</translation>
    </message>
    <message>
        <source>Open a task first</source>
        <translation>请先打开一个任务</translation>
    </message>
    <message>
        <source>This task is read-only: nothing to predict</source>
        <translation>此任务为只读：无需预测</translation>
    </message>
    <message>
        <source>This campaign names no ML backend and ships no offline model for this kind of task</source>
        <translation>此项目未指定机器学习后端，也未提供适用于此类任务的离线模型</translation>
    </message>
    <message>
        <source>Asking the model for a prediction… (Ctrl+P again cancels)</source>
        <translation>正在请求模型预测…（再按 Ctrl+P 取消）</translation>
    </message>
    <message>
        <source>The model has no prediction for this task</source>
        <translation>模型对此任务没有预测</translation>
    </message>
    <message>
        <source>The prediction cannot be shown: the task is read-only now</source>
        <translation>无法显示预测：此任务现为只读</translation>
    </message>
    <message>
        <source>Prediction by {model}: edit it, or accept it; Ctrl+Z undoes it</source>
        <translation>{model} 的预测：可编辑或接受；Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>No prediction: {reason}</source>
        <translation>无预测：{reason}</translation>
    </message>
</context>
<context>
    <name>PredictionBanner</name>
    <message>
        <source>Prediction by {model} — check each item: edit it, or accept it with Enter ({keys} accepts all)</source>
        <translation>{model} 的预测——请逐项检查：编辑，或按 Enter 接受（{keys} 接受全部）</translation>
    </message>
</context>
<context>
    <name>ProgressiveLoader</name>
    <message>
        <source>The full resolution could not be decoded: {error}</source>
        <extracomment>(LoadedImage, is_full_resolution) nothing could be shown: a message for the user naming the file and the problem the full resolution failed (the screen-sized picture stays up) scale of the pixmap delivered last (decoded size / full size); 0 before any where screen-size previews of large photos are kept (core.previews), if set</extracomment>
        <translation>无法解码完整分辨率：{error}</translation>
    </message>
</context>
<context>
    <name>QualityStrip</name>
    <message>
        <source>Your running figures in this campaign, as the hub last reported them: agreement with other annotators of the same tasks, and your score on gold tasks (known answers)</source>
        <translation>你在此活动中的当前数据（以 协调服务器 最近一次报告为准）：与同一任务其他标注者的一致性，以及你在黄金题（已知答案）上的得分</translation>
    </message>
    <message>
        <source>My quality</source>
        <translation>我的质量</translation>
    </message>
    <message>
        <source>No figures yet: the hub reports them once your work has been compared and reviewed.</source>
        <translation>暂无数据：你的工作经过比对和审核后，协调服务器 会报告这些数据。</translation>
    </message>
    <message>
        <source>My quality · {account}</source>
        <translation>我的质量 · {account}</translation>
    </message>
</context>
<context>
    <name>QualityTableModel</name>
    <message>
        <source>Annotator</source>
        <extracomment>the AnnotatorRow of a row (any column)</extracomment>
        <translation>标注员</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>提交数</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>黄金题准确率</translation>
    </message>
    <message>
        <source>Suggestion kept</source>
        <translation>保留建议</translation>
    </message>
    <message>
        <source>Campaign rate</source>
        <translation>活动比率</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>gold accuracy</source>
        <translation>黄金题准确率</translation>
    </message>
    <message>
        <source>rubber stamp</source>
        <translation>照单全收</translation>
    </message>
    <message>
        <source>{rate} of {shown}</source>
        <translation>{shown} 次中 {rate}</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>未暂扣</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the reasons of a hold</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已暂扣</translation>
    </message>
    <message>
        <source>Held: {why}</source>
        <translation>已暂扣：{why}</translation>
    </message>
    <message>
        <source>{rate} of {answers}</source>
        <translation>{answers} 题中 {rate}</translation>
    </message>
    <message>
        <source>⚑ Flagged</source>
        <translation>⚑ 已标记</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Show tasks in this state</source>
        <extracomment>the task shown in the detail pane changed (its cache uid, -1 for none)</extracomment>
        <translation>显示此状态的任务</translation>
    </message>
    <message>
        <source>Show tasks of this kind</source>
        <translation>显示此类型的任务</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show the tasks whose text, task id or #number contains this</source>
        <translation>显示文本、任务 ID 或 #编号中包含此内容的任务</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>The tasks of the campaign; Return opens the selected one</source>
        <translation>项目的任务；按 Return 打开选中的任务</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>还没有项目</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>已完成 {done} / {total}</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>下一个任务(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>上一个任务(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filter text…</source>
        <translation>筛选文本(&amp;F)…</translation>
    </message>
    <message>
        <source>Show &amp;all tasks</source>
        <translation>显示全部任务(&amp;A)</translation>
    </message>
    <message>
        <source>Show tasks &amp;to do</source>
        <translation>显示待做任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待做</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln task(s) shown</source>
        <translation>
            <numerusform>显示 {shown} / %Ln 个任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingScaleWidget</name>
    <message>
        <source>Rating {scale}, {low} to {high}</source>
        <extracomment>at most this many values are shown as buttons digits typed within this many seconds make one number (scale name, rating or None to clear) a key that cannot rate this scale, in words for the status bar</extracomment>
        <translation>评分 {scale}，{low} 到 {high}</translation>
    </message>
    <message>
        <source> (press {key}, then a number)</source>
        <extracomment>"· predicted by …" while the rating is a model's that nobody set (text, never hidden, so that nothing moves when it goes)</extracomment>
        <translation> （按 {key}，然后按数字）</translation>
    </message>
    <message>
        <source>· predicted by {model}</source>
        <translation>· 由 {model} 预测</translation>
    </message>
    <message>
        <source>The model's rating: rate it yourself, or confirm it when you submit</source>
        <translation>模型的评分：请自行评分，或在提交时确认</translation>
    </message>
    <message>
        <source>{scale} goes from {low} to {high}</source>
        <translation>{scale} 的范围是 {low} 到 {high}</translation>
    </message>
</context>
<context>
    <name>ReasonEdit</name>
    <message>
        <source>Why is it better? (optional) — press R to write here, Esc to leave</source>
        <translation>为什么更好？（可选）— 按 R 在此填写，Esc 退出</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Say why: pick a reason (its number) or write one.</source>
        <translation>说明原因：选择一个原因（按其编号）或自行填写。</translation>
    </message>
    <message>
        <source>Reject: say why</source>
        <translation>拒绝：说明原因</translation>
    </message>
    <message>
        <source>Press a reason's number, add details if you like, then Enter. Esc cancels.</source>
        <translation>按原因的编号，可补充细节，然后按 Enter。Esc 取消。</translation>
    </message>
    <message>
        <source>Reject the label by {annotator}. {how}</source>
        <translation>拒绝 {annotator} 的标注。{how}</translation>
    </message>
    <message>
        <source>Details (required when no reason is picked)</source>
        <translation>细节（未选择原因时必填）</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>verb: reject the submission</comment>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>细节</translation>
    </message>
    <message>
        <source>Reason {number}</source>
        <translation>原因 {number}</translation>
    </message>
    <message>
        <source>Say why: write the reason.</source>
        <translation>说明原因：填写理由。</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Could not reserve tasks: {error}</source>
        <translation>无法预留任务：{error}</translation>
    </message>
    <message>
        <source>{message}. Try again when the hub is reachable.</source>
        <translation>{message}。请在能连接到协调服务器时重试。</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: reserving tasks is signed.</source>
        <translation>请先解锁钱包（Ctrl+U）：预留任务需要签名。</translation>
    </message>
    <message>
        <source>The hub refused: {message}</source>
        <translation>协调服务器拒绝了：{message}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) downloaded</source>
        <translation>
            <numerusform>已下载 %Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln task(s) available offline, {files}. Resume continues from there.</source>
        <translation>
            <numerusform>已停止：%Ln 个任务可离线使用，{files}。“继续”会从这里接着进行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) available offline; {files}. They are in the Tasks page.</source>
        <translation>
            <numerusform>%Ln 个任务可离线使用；{files}。它们在“任务”页面中。</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} The hub says: {notes}.</source>
        <translation>{text} 协调服务器说明：{notes}。</translation>
    </message>
    <message>
        <source>{text} (The hub had {leased} of the {asked} asked for.)</source>
        <translation>{text}（所请求的 {asked} 个中，协调服务器有 {leased} 个。）</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>The label is right: sign an accept</source>
        <translation>标注正确：签署接受</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>拒绝(&amp;R)…</translation>
    </message>
    <message>
        <source>The label is wrong: say why, then sign a reject</source>
        <translation>标注错误：说明原因，然后签署拒绝</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>修正(&amp;C)</translation>
    </message>
    <message>
        <source>Fix the label in the pane, then sign the correction</source>
        <translation>在面板中修正标注，然后签署修正</translation>
    </message>
    <message>
        <source>&amp;Sign the correction</source>
        <translation>签署修正(&amp;S)</translation>
    </message>
    <message>
        <source>Sign the corrected label</source>
        <translation>签署修正后的标注</translation>
    </message>
    <message>
        <source>Cancel the correctio&amp;n</source>
        <translation>取消修正(&amp;N)</translation>
    </message>
    <message>
        <source>Back to the label under review</source>
        <translation>返回正在审核的标注</translation>
    </message>
    <message>
        <source>&amp;Next submission</source>
        <translation>下一个提交(&amp;N)</translation>
    </message>
    <message>
        <source>Leave this one for later and show the next</source>
        <translation>稍后处理此提交，显示下一个</translation>
    </message>
    <message>
        <source>&amp;Previous submission</source>
        <translation>上一个提交(&amp;P)</translation>
    </message>
    <message>
        <source>Show the one before</source>
        <translation>显示上一个</translation>
    </message>
    <message>
        <source>Show the next &amp;label of this task</source>
        <translation>显示此任务的下一个标注(&amp;L)</translation>
    </message>
    <message>
        <source>The other annotators' labels and the consensus, in turn</source>
        <translation>依次显示其他标注员的标注和共识结果</translation>
    </message>
    <message>
        <source>&amp;Get more to review</source>
        <translation>领取更多待审核内容(&amp;G)</translation>
    </message>
    <message>
        <source>Lease submissions of other annotators from the hub (then sync)</source>
        <translation>从协调服务器领取其他标注员的提交（然后同步）</translation>
    </message>
    <message>
        <source>Annotators' &amp;quality…</source>
        <translation>标注员质量(&amp;Q)…</translation>
    </message>
    <message>
        <source>Every annotator's figures in this campaign, as the hub reports them (reviewers and admins)</source>
        <translation>此活动中每位标注员的数据，以协调服务器的报告为准（审核员和管理员）</translation>
    </message>
</context>
<context>
    <name>ReviewFetcher</name>
    <message>
        <source>Sync is off (no hub), so no new submissions can be fetched. Start with --hub URL; what is already here can be reviewed.</source>
        <extracomment>how long leased submissions stay ours to review offline (the hub caps it at 14 days) a message for the page ("Fetching 50 submissions to review…", "Offline: …") a fetch started (True) or ended (False) a fetch ended and the cache may hold new items (the report, or the error) campaigns the hub refused to lease reviews of (no reviewer role)</extracomment>
        <translation>同步已关闭（无协调服务器），无法获取新的提交。请使用 --hub URL 启动；已在本地的内容仍可审核。</translation>
    </message>
    <message numerus="yes">
        <source>Fetching up to %n submission(s) to review…</source>
        <translation>
            <numerusform>正在获取最多 %n 个待审核的提交…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch submissions to review: {error}</source>
        <translation>无法获取待审核的提交：{error}</translation>
    </message>
    <message>
        <source>Offline: the hub cannot be reached. Review what is already here; the verdicts are sent and more submissions fetched when it answers.</source>
        <translation>离线：无法连接到协调服务器。先审核这里已有的内容；服务器恢复响应后会发送裁定并获取更多提交。</translation>
    </message>
    <message>
        <source>Unlock the wallet to sync: the hub needs your signature to sign in.</source>
        <translation>解锁钱包以同步：协调服务器需要你的签名才能登录。</translation>
    </message>
    <message>
        <source>Sync problem: {message}</source>
        <translation>同步出现问题：{message}</translation>
    </message>
    <message>
        <source>The hub does not let this account review campaign “{campaign}”: a reviewer role is needed.</source>
        <translation>协调服务器不允许此账户审核活动“{campaign}”：需要审核员角色。</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) leased to review</source>
        <translation>
            <numerusform>已预留 %n 条提交待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review right now.</source>
        <translation>目前没有等待审核的内容。</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>Possible copy: {detail}</source>
        <extracomment>the panes' contexts of "This task is read-only" (the message replaced while reviewing)</extracomment>
        <translation>可能是复制：{detail}</translation>
    </message>
    <message>
        <source>Task id</source>
        <extracomment>a short message for the page's message line the pane asked to submit (Enter on a complete label) while correcting "empty", "review" (read-only), "correct" (editable) or "done" (reviewed here)</extracomment>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交者</translation>
    </message>
    <message>
        <source>&amp;Others' shapes</source>
        <translation>其他人的形状(&amp;O)</translation>
    </message>
    <message>
        <source>Draw the other annotators' boxes or polygons dashed over the image, in the colour of their card (Alt+O)</source>
        <translation>在图像上以虚线绘制其他标注员的框或多边形，颜色与其卡片相同（Alt+O）</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>没有要审核的内容</translation>
    </message>
    <message>
        <source>by {annotator} · {when}</source>
        <translation>由 {annotator} 提交 · {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n more review(s) needed</source>
        <translation>
            <numerusform>还需要 %n 次审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Labeled and signed by {annotator}</source>
        <translation>由 {annotator} 标注并签名</translation>
    </message>
    <message>
        <source>Sign the correction (Ctrl+Enter) or cancel it (Esc) first</source>
        <translation>请先签署修正（Ctrl+Enter）或取消修正（Esc）</translation>
    </message>
    <message>
        <source>Showing {card}: {summary}</source>
        <translation>正在显示 {card}：{summary}</translation>
    </message>
    <message>
        <source>Showing the label under review</source>
        <translation>正在显示正在审核的标注</translation>
    </message>
    <message>
        <source>Correcting, starting from the label under review: edit it with the pane's keys, then Ctrl+Enter signs the correction · Esc cancels · Ctrl+Z undoes</source>
        <translation>正在修正，从正在审核的标注开始：用面板的按键编辑，然后 Ctrl+Enter 签署修正 · Esc 取消 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Correcting, starting from {card}: edit it with the pane's keys, then Ctrl+Enter signs the correction · Esc cancels · Ctrl+Z undoes</source>
        <translation>正在修正，从 {card} 开始：用面板的按键编辑，然后 Ctrl+Enter 签署修正 · Esc 取消 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Read-only while reviewing: press C to correct the label</source>
        <translation>审核时为只读：按 C 修正标注</translation>
    </message>
</context>
<context>
    <name>ReviewItemsModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation>你的结论</translation>
    </message>
</context>
<context>
    <name>ReviewListPanel</name>
    <message>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Reviewed here</source>
        <translation>已在此审核</translation>
    </message>
    <message>
        <source>Other annotators' submissions leased to you: judge each one with a key (A accept, R reject, C correct); every verdict is signed. They stay here to review offline.</source>
        <translation>分配给你的其他标注员的提交：每个提交按一个键判定（A 接受，R 拒绝，C 修正）；每个裁决都会签名。它们保留在这里，可离线审核。</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>The campaign to review</source>
        <translation>要审核的项目</translation>
    </message>
    <message>
        <source>How many submissions to keep leased for review</source>
        <translation>保留多少个待审核的提交</translation>
    </message>
    <message>
        <source>Get more to review  G</source>
        <translation>获取更多待审核项  G</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Which submissions the list shows</source>
        <translation>列表显示哪些提交</translation>
    </message>
    <message>
        <source>Submissions to review</source>
        <translation>待审核的提交</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Nothing to move to: press G to get submissions to review</source>
        <translation>没有可切换的内容：按 G 领取待审核的提交</translation>
    </message>
    <message>
        <source>This is the last one</source>
        <translation>这是最后一个</translation>
    </message>
    <message>
        <source>This is the first one</source>
        <translation>这是第一个</translation>
    </message>
    <message>
        <source>signed, waiting to be sent</source>
        <translation>已签名，等待发送</translation>
    </message>
    <message>
        <source>the hub has it</source>
        <translation>协调服务器已收到</translation>
    </message>
    <message>
        <source>refused by the hub: {reason}</source>
        <translation>被协调服务器拒绝：{reason}</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>无原因</translation>
    </message>
    <message>
        <source>You accepted it{reason} {when} · {status}</source>
        <translation>你已于 {when} 接受{reason} · {status}</translation>
    </message>
    <message>
        <source>You rejected it{reason} {when} · {status}</source>
        <translation>你已于 {when} 拒绝{reason} · {status}</translation>
    </message>
    <message>
        <source>You corrected it{reason} {when} · {status}</source>
        <translation>你已于 {when} 修正{reason} · {status}</translation>
    </message>
    <message>
        <source>No campaign yet: sync with a hub to get one.</source>
        <translation>还没有项目：请与协调服务器同步以获取项目。</translation>
    </message>
    <message>
        <source>No verdicts made here yet in this campaign.</source>
        <translation>此项目中还没有在本机做出的审核结论。</translation>
    </message>
    <message>
        <source>This account is not a reviewer of campaign “{campaign}”.

Ask the campaign's admin for the reviewer role (on the hub: datafi-hub role grant CAMPAIGN ADDRESS reviewer), then press G.</source>
        <translation>此账户不是项目“{campaign}”的审核员。

请向项目管理员申请审核员角色（在协调服务器上：datafi-hub role grant CAMPAIGN ADDRESS reviewer），然后按 G。</translation>
    </message>
    <message>
        <source>Sync is off (no hub): start the app with --hub URL to lease submissions.</source>
        <translation>同步已关闭（无协调服务器）：请使用 --hub URL 启动应用以领取提交。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to review here.

Press G to lease up to %n submission(s) of other annotators from the hub. They stay on this computer, so you can review them offline.</source>
        <translation>
            <numerusform>这里没有待审核的内容。

按 G 从协调服务器领取其他标注员最多 %n 个提交。它们保存在此电脑上，因此可离线审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to review</source>
        <translation>{count} 个待审核</translation>
    </message>
    <message>
        <source>{count} reviewed here</source>
        <translation>本机已审核 {count} 个</translation>
    </message>
    <message>
        <source>{count} waiting to be sent</source>
        <translation>{count} 个等待发送</translation>
    </message>
    <message>
        <source>{count} of your own not listed: someone else reviews them</source>
        <translation>你自己的 {count} 个提交未列出：由其他人审核</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) refused by the hub: {reason}</source>
        <translation>
            <numerusform>%n 个审核结论被协调服务器拒绝：{reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>Already reviewed here</source>
        <translation>已在此审核过</translation>
    </message>
    <message>
        <source>Finish the correction first</source>
        <translation>请先完成更正</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>未拒绝</translation>
    </message>
    <message>
        <source>This kind of task cannot be corrected here: accept or reject it</source>
        <translation>此类任务无法在这里更正：请接受或拒绝</translation>
    </message>
    <message>
        <source>Correcting: Ctrl+Enter signs the correction, Esc cancels</source>
        <translation>正在更正：Ctrl+Enter 签名提交更正，Esc 取消</translation>
    </message>
    <message>
        <source>Not signed yet: {problem}</source>
        <translation>尚未签名：{problem}</translation>
    </message>
    <message>
        <source>Correction cancelled: nothing was signed</source>
        <translation>修正已取消：未签署任何内容</translation>
    </message>
    <message>
        <source>Accepted and signed ({signer}); queued for the hub</source>
        <translation>已接受并签名（{signer}）；已加入发送至协调服务器的队列</translation>
    </message>
    <message>
        <source>Rejected and signed ({signer}); queued for the hub</source>
        <translation>已拒绝并签名（{signer}）；已加入发送至协调服务器的队列</translation>
    </message>
    <message>
        <source>Corrected and signed ({signer}); queued for the hub</source>
        <translation>已修正并签名（{signer}）；已加入发送至协调服务器的队列</translation>
    </message>
    <message>
        <source>No campaign to review yet: sync with a hub first</source>
        <translation>还没有可审核的活动：请先与协调服务器同步</translation>
    </message>
    <message>
        <source>Not fetched: the wallet is still locked.</source>
        <translation>未获取：钱包仍处于锁定状态。</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Accepted work earns tokens. Each epoch the hub posts a Merkle root of everyone's earnings on-chain; claim what is settled from your wallet, or let the hub send the claim when you hold no ETH for gas.</source>
        <translation>被接受的工作可赚取代币。每个周期，协调服务器都会把所有人收益的默克尔根发布到链上；你可以从钱包领取已结算的部分，没有 ETH 支付 Gas 时也可以让协调服务器代为发送领取。</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>项目(&amp;C)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>领取记录</translation>
    </message>
    <message>
        <source>&amp;Claim…</source>
        <translation>领取(&amp;C)…</translation>
    </message>
    <message>
        <source>Claim through the &amp;hub…</source>
        <translation>通过协调服务器领取(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Refresh rewards</source>
        <translation>刷新奖励(&amp;R)</translation>
    </message>
    <message>
        <source>Chain &amp;settings…</source>
        <translation>链设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Account {address}</source>
        <translation>账户 {address}</translation>
    </message>
    <message>
        <source>No account yet: create or import one on the Wallet page (Ctrl+4).</source>
        <translation>还没有账户：请在钱包页面（Ctrl+4）创建或导入一个。</translation>
    </message>
    <message>
        <source>No campaign here settles its rewards on a chain yet. Campaigns name their chain and distributor; sync with the hub to fetch them.</source>
        <translation>这里还没有在链上结算奖励的项目。项目会指明其链和分发合约；与协调服务器同步即可获取。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>The claim failed: {error}</source>
        <translation>领取失败：{error}</translation>
    </message>
    <message>
        <source>The claim was dropped: {error}</source>
        <translation>领取已被丢弃：{error}</translation>
    </message>
    <message>
        <source>The claim is {state}: {error}</source>
        <translation>领取状态为 {state}：{error}</translation>
    </message>
    <message>
        <source>Could not refresh: {error}</source>
        <translation>无法刷新：{error}</translation>
    </message>
    <message>
        <source>Nothing is settled for this account yet.</source>
        <translation>此账户还没有已结算的内容。</translation>
    </message>
    <message>
        <source>Estimating the gas…</source>
        <translation>正在估算 Gas…</translation>
    </message>
    <message>
        <source>Nothing to claim: everything settled is already paid.</source>
        <translation>没有可领取的：已结算的部分都已支付。</translation>
    </message>
    <message>
        <source>The chain cannot be reached: {error}.</source>
        <translation>无法连接到链：{error}。</translation>
    </message>
    <message>
        <source>The distributor would refuse this claim — {reason}</source>
        <translation>分发合约会拒绝此领取——{reason}</translation>
    </message>
    <message>
        <source>Could not prepare the claim ({error}).</source>
        <translation>无法准备领取（{error}）。</translation>
    </message>
    <message>
        <source>Sending {transaction}…</source>
        <translation>正在发送 {transaction}…</translation>
    </message>
    <message>
        <source>Claimed: the tokens are in your account.</source>
        <translation>已领取：代币已在你的账户中。</translation>
    </message>
    <message>
        <source>Sent: waiting for the transaction to be mined.</source>
        <translation>已发送：正在等待交易被打包。</translation>
    </message>
    <message>
        <source>Not sent yet ({error}); it will be sent again.</source>
        <translation>尚未发送（{error}）；稍后会再次发送。</translation>
    </message>
    <message>
        <source>Nothing settled yet, or no hub for this campaign.</source>
        <translation>尚无已结算内容，或此项目没有协调服务器。</translation>
    </message>
    <message>
        <source>The hub sent your claim.</source>
        <translation>协调服务器已发送你的领取。</translation>
    </message>
    <message>
        <source>{error} (try again in {seconds} s)</source>
        <translation>{error}（请在 {seconds} 秒后重试）</translation>
    </message>
    <message>
        <source>The hub refused: {error}</source>
        <translation>协调服务器拒绝了：{error}</translation>
    </message>
    <message>
        <source>The hub cannot relay it now: the claim is kept and sent at the next sync.</source>
        <translation>协调服务器现在无法中继：领取已保留，将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Could not reach the hub's relayer ({error}).</source>
        <translation>无法连接到协调服务器的中继（{error}）。</translation>
    </message>
    <message>
        <source>Handing the claim to the hub…</source>
        <translation>正在把领取交给协调服务器…</translation>
    </message>
    <message>
        <source>Kept: the claim is sent at the next sync.</source>
        <translation>已保留：领取将在下次同步时发送。</translation>
    </message>
    <message>
        <source>A claim is already on its way.</source>
        <translation>已有一笔领取正在处理中。</translation>
    </message>
    <message>
        <source>Chain settings</source>
        <translation>链设置</translation>
    </message>
    <message>
        <source>Chain settings saved.</source>
        <translation>链设置已保存。</translation>
    </message>
</context>
<context>
    <name>ShapeList</name>
    <message>
        <source>malformed — delete it</source>
        <extracomment>a row was clicked (shape index) the eye of a row was clicked (shape index) said in the empty list ("No boxes yet: press B and drag") what each row shows (label, colour, hidden), to skip unchanged rows cheaply</extracomment>
        <translation>格式错误——请删除</translation>
    </message>
    <message>
        <source>{label} · predicted</source>
        <extracomment>Sizes in device-independent pixels (constant on screen at any zoom). the further polygons of an object in several parts, children of ``item`` the shape's bounds (image pixels), where its tag is placed from cosmetic pens are in device pixels: widths are multiplied by the device pixel ratio</extracomment>
        <translation>{label} · 预测</translation>
    </message>
</context>
<context>
    <name>ShapeWords</name>
    <message numerus="yes">
        <source>%n span(s): {labels}</source>
        <translation>
            <numerusform>%n 个片段：{labels}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es): {labels}</source>
        <translation>
            <numerusform>%n 个框：{labels}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s): {labels}</source>
        <translation>
            <numerusform>%n 个多边形：{labels}</numerusform>
        </translation>
    </message>
    <message>
        <source>no spans</source>
        <translation>无片段</translation>
    </message>
    <message>
        <source>no boxes</source>
        <translation>无框</translation>
    </message>
    <message>
        <source>no polygons</source>
        <translation>无多边形</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpanListView</name>
    <message>
        <source>Spans</source>
        <translation>片段</translation>
    </message>
</context>
<context>
    <name>SpanTextView</name>
    <message>
        <source>Task text</source>
        <extracomment>a press and release closer than this (pixels) is a click, not a drag positions around the visible text whose spans get their backgrounds from Qt line height of a classification text (percent): airy enough to read a click (not a drag): the document position of the character under the mouse, or -1</extracomment>
        <translation>任务文本</translation>
    </message>
    <message>
        <source>The text to label; select a passage and press a label's key</source>
        <translation>待标注的文本；选中一段文字后按标签快捷键</translation>
    </message>
</context>
<context>
    <name>SpansController</name>
    <message>
        <source>Already marked: {span}</source>
        <translation>已标记：{span}</translation>
    </message>
    <message>
        <source>Add span {span}</source>
        <translation>添加片段 {span}</translation>
    </message>
    <message>
        <source>Relabel span {span}</source>
        <translation>更改片段标签 {span}</translation>
    </message>
    <message>
        <source>Add span: {span}</source>
        <translation>添加片段：{span}</translation>
    </message>
    <message>
        <source>Relabel span: {span}</source>
        <translation>更改片段标签：{span}</translation>
    </message>
    <message>
        <source>Select a span first: click it or press Tab</source>
        <translation>请先选择一个片段：点击它或按 Tab</translation>
    </message>
    <message>
        <source>Delete span {label} “{text}”</source>
        <translation>删除片段 {label}“{text}”</translation>
    </message>
    <message>
        <source>No spans yet: select some text and press a label key</source>
        <translation>还没有片段：选中一些文本并按标签快捷键</translation>
    </message>
    <message>
        <source>Selected {label} “{text}”</source>
        <translation>已选择 {label}“{text}”</translation>
    </message>
    <message numerus="yes">
        <source> (1 of %n here: click again for the next)</source>
        <translation>
            <numerusform> （此处共 %n 个中的第 1 个：再次点击查看下一个）</numerusform>
        </translation>
    </message>
    <message>
        <source> (predicted by {model})</source>
        <translation> （由 {model} 预测）</translation>
    </message>
    <message>
        <source> (predicted)</source>
        <translation> （预测）</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{address}
Click to copy the address</source>
        <extracomment>the user clicked the lock (wants to unlock or lock) or "No account" "Synced 2 min ago", "Offline — 3 to send"…; a click shows details and Sync now</extracomment>
        <translation>{address}
点击复制地址</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>无账户</translation>
    </message>
    <message>
        <source>Create or import an account on the Wallet page</source>
        <translation>请在“钱包”页面创建或导入账户</translation>
    </message>
    <message>
        <source>Unlocked · locks in {time}</source>
        <translation>已解锁 · {time}后锁定</translation>
    </message>
    <message>
        <source>Signing is possible. The wallet locks itself after {time} without activity (Ctrl+L locks now).</source>
        <translation>可以签名。钱包在 {time} 无操作后自动锁定（Ctrl+L 立即锁定）。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U) to sign submissions</source>
        <translation>解锁（Ctrl+U）后即可为提交签名</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n 个待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>没有待发送的内容</translation>
    </message>
    <message>
        <source>Outbox: {counts}</source>
        <translation>发件箱：{counts}</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>发件箱为空</translation>
    </message>
    <message>
        <source>Copied {address}</source>
        <translation>已复制 {address}</translation>
    </message>
</context>
<context>
    <name>SubmissionBar</name>
    <message>
        <source>Signed and queued: it is sent to the hub at the next sync.</source>
        <translation>已签名并排队：将在下次同步时发送至协调服务器。</translation>
    </message>
    <message>
        <source>Sent to the hub: waiting for review.</source>
        <translation>已发送至协调服务器：等待审核。</translation>
    </message>
    <message>
        <source>Accepted by a reviewer.</source>
        <translation>已被审核员接受。</translation>
    </message>
    <message>
        <source>Accepted, and its reward is paid.</source>
        <translation>已接受，奖励已发放。</translation>
    </message>
    <message>
        <source>Accepted with a correction.</source>
        <extracomment>the same when the reviewer corrected the label</extracomment>
        <translation>已接受（附修正）。</translation>
    </message>
    <message>
        <source>Accepted with a correction, and its reward is paid.</source>
        <translation>已接受（附修正），奖励已发放。</translation>
    </message>
    <message>
        <source>Show correction</source>
        <extracomment>"Show correction" was turned on (show the reviewer's correction) or off the verdict's details: the reviewer's correction, who reviewed and when</extracomment>
        <translation>显示修正</translation>
    </message>
    <message>
        <source>Label again</source>
        <translation>重新标注</translation>
    </message>
    <message>
        <source>Rejected by a reviewer: {reason}. Label it again to correct it.</source>
        <translation>被审核员拒绝：{reason}。请重新标注以更正。</translation>
    </message>
    <message>
        <source>Rejected by a reviewer. Label it again to correct it.</source>
        <translation>被审核员拒绝。请重新标注以更正。</translation>
    </message>
    <message>
        <source>{sentence} Shown read-only.</source>
        <translation>{sentence} 以只读方式显示。</translation>
    </message>
    <message>
        <source>Start a new draft from this submission ({keys})</source>
        <translation>从此提交新建草稿（{keys}）</translation>
    </message>
    <message>
        <source>Show my label</source>
        <translation>显示我的标注</translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message>
        <source>Submissions are signed with your wallet, and it has no account yet. Create one, or import one you already have, on the Wallet page. Your draft is kept.</source>
        <extracomment>the submission was signed and queued (its SubmissionRow)</extracomment>
        <translation>提交需要用你的钱包签名，但钱包中还没有账户。请在“钱包”页面创建一个账户，或导入已有账户。你的草稿已保留。</translation>
    </message>
    <message>
        <source>Not submitted: create or import an account to sign with. Your draft is kept.</source>
        <translation>未提交：请创建或导入用于签名的账户。你的草稿已保留。</translation>
    </message>
    <message>
        <source>Not submitted: the wallet is still locked. Your draft is kept.</source>
        <translation>未提交：钱包仍处于锁定状态。你的草稿已保留。</translation>
    </message>
    <message>
        <source>Not submitted: {error}. Your draft is kept.</source>
        <translation>未提交：{error}。你的草稿已保留。</translation>
    </message>
    <message>
        <source>Not submitted: the wallet locked itself. Your draft is kept.</source>
        <translation>未提交：钱包已自动锁定。你的草稿已保留。</translation>
    </message>
    <message>
        <source>Not submitted: the cache could not store it ({error}). Your draft is kept.</source>
        <translation>未提交：缓存无法保存（{error}）。你的草稿已保留。</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Pending</source>
        <translation>待结算</translation>
    </message>
    <message>
        <source>Claimable</source>
        <translation>可领取</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>accepted, not settled yet</source>
        <translation>已接受，尚未结算</translation>
    </message>
    <message>
        <source>not known yet: sync with the hub</source>
        <translation>尚不清楚：请与协调服务器同步</translation>
    </message>
    <message>
        <source>{amount} being claimed now</source>
        <translation>{amount} 正在领取中</translation>
    </message>
    <message>
        <source>settled in epoch {epoch}</source>
        <translation>已在周期 {epoch} 结算</translation>
    </message>
    <message>
        <source>{detail} — a newer epoch is on-chain: refresh</source>
        <translation>{detail}——链上已有更新的周期：请刷新</translation>
    </message>
    <message>
        <source>nothing settled yet</source>
        <translation>尚未结算任何内容</translation>
    </message>
    <message>
        <source>paid to your account</source>
        <translation>已支付到你的账户</translation>
    </message>
    <message>
        <source>Token balance &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>代币余额 &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Token balance —</source>
        <translation>代币余额 —</translation>
    </message>
    <message>
        <source>ETH for gas &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>用于 Gas 的 ETH &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ETH for gas —</source>
        <translation>用于 Gas 的 ETH —</translation>
    </message>
    <message>
        <source>the in-process demo chain</source>
        <translation>进程内的演示链</translation>
    </message>
    <message>
        <source>Chain {chain} ({where}) · distributor {distributor}</source>
        <translation>链 {chain}（{where}）· 分发合约 {distributor}</translation>
    </message>
    <message>
        <source>chain: {error}</source>
        <translation>链：{error}</translation>
    </message>
    <message>
        <source>read at {time}</source>
        <translation>读取于 {time}</translation>
    </message>
    <message>
        <source>hub: {error}</source>
        <translation>协调服务器：{error}</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>why there is no hub *yet* (the demo's starts after the first paint): Sync now stays enabled, says so, and syncs once the hub is up</extracomment>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Make tasks available &amp;offline…</source>
        <translation>使任务可离线使用(&amp;O)…</translation>
    </message>
    <message>
        <source>Sync &amp;details…</source>
        <translation>同步详情(&amp;D)…</translation>
    </message>
    <message>
        <source>No hub for this profile (start with --hub URL)</source>
        <translation>此配置文件未设置协调服务器（使用 --hub URL 启动）</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>正在与协调服务器同步…</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>queued</source>
        <extracomment>outbox states and submission statuses, as the details dialog says them</extracomment>
        <translation>排队中</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>同步详情</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>协调服务器：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>发件箱：</translation>
    </message>
    <message>
        <source>Submissions:</source>
        <translation>提交：</translation>
    </message>
    <message>
        <source>none (use Get tasks)</source>
        <extracomment>the first-batch setting: open label tasks each sync keeps leased</extracomment>
        <translation>无（使用“领取任务”）</translation>
    </message>
    <message>
        <source>Each sync reserves tasks from the hub until you have this many to label; 0 turns it off</source>
        <translation>每次同步都会从协调服务器预留任务，直到你有这么多待标注的任务；0 表示关闭</translation>
    </message>
    <message>
        <source>&amp;Tasks kept ready:</source>
        <translation>保持就绪的任务数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Recent syncs:</source>
        <translation>最近的同步：</translation>
    </message>
    <message>
        <source>none (offline only)</source>
        <translation>无（仅离线）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <comment>a count and a state: 3 queued</comment>
        <translation>{state} {count}</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Click for details and Sync now ({shortcut})</source>
        <extracomment>how often "2 min ago" is brought up to date</extracomment>
        <translation>点击查看详情和“立即同步”（{shortcut}）</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>同步：{state}</translation>
    </message>
</context>
<context>
    <name>SyncPopover</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Make tasks available offline…</source>
        <translation>使任务可离线使用…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Syncing</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <source>Connecting to the hub</source>
        <translation>正在连接协调服务器</translation>
    </message>
    <message>
        <source>Signing in with the wallet</source>
        <translation>正在用钱包登录</translation>
    </message>
    <message>
        <source>Fetching campaigns</source>
        <translation>正在获取项目</translation>
    </message>
    <message>
        <source>Reserving tasks</source>
        <translation>正在预留任务</translation>
    </message>
    <message>
        <source>Downloading files</source>
        <translation>正在下载文件</translation>
    </message>
    <message>
        <source>Uploading collected files</source>
        <translation>正在上传收集的文件</translation>
    </message>
    <message>
        <source>Sending submissions</source>
        <translation>正在发送提交</translation>
    </message>
    <message>
        <source>Fetching review results</source>
        <translation>正在获取审核结果</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced with this hub yet</source>
        <translation>尚未与此协调服务器同步过</translation>
    </message>
    <message>
        <source>Last successful sync: {ago} ({time})</source>
        <translation>上次成功同步：{ago}（{time}）</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n 个待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>{state} — {pending}</source>
        <translation>{state} — {pending}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable at {hub} — working offline; %n submission(s) will be sent when it is back.
You can keep labeling and submitting; it syncs by itself when the hub answers.
{last}</source>
        <translation>
            <numerusform>无法连接 {hub} 上的协调服务器——正在离线工作；恢复后将发送 %n 个提交。
你可以继续标注和提交；协调服务器响应时会自动同步。
{last}</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub unreachable</source>
        <translation>无法连接协调服务器</translation>
    </message>
    <message>
        <source>Unlock to sync</source>
        <translation>解锁以同步</translation>
    </message>
    <message>
        <source>Unlock the wallet to sync (Ctrl+U): sending submissions and reserving tasks need your signature. Campaigns and files still download.
{last}</source>
        <translation>解锁钱包以同步（Ctrl+U）：发送提交和预留任务需要你的签名。项目和文件仍会下载。
{last}</translation>
    </message>
    <message>
        <source>Wallet locked</source>
        <translation>钱包已锁定</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>同步已关闭</translation>
    </message>
    <message>
        <source>Sync is off</source>
        <translation>同步已关闭</translation>
    </message>
    <message>
        <source>No hub is set for this profile: the app works offline only.
Start with --hub URL, or import a campaign that names its hub.</source>
        <translation>此配置文件未设置协调服务器：应用仅离线工作。
请使用 --hub URL 启动，或导入一个指明其协调服务器的项目。</translation>
    </message>
    <message>
        <source>Syncing…{count}</source>
        <translation>正在同步…{count}</translation>
    </message>
    <message>
        <source>{problem}
It retries by itself; nothing is lost.
{last}</source>
        <translation>{problem}
它会自动重试；不会丢失任何内容。
{last}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Sync problem — retrying</source>
        <translation>同步出现问题——正在重试</translation>
    </message>
    <message>
        <source>The hub refused a request</source>
        <translation>协调服务器拒绝了一个请求</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message>
        <source>Not syncing with {hub}.
{last}</source>
        <translation>未与 {hub} 同步。
{last}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Synced {ago}</source>
        <translation>已同步（{ago}）</translation>
    </message>
    <message>
        <source>{state} · {pending}</source>
        <translation>{state} · {pending}</translation>
    </message>
    <message>
        <source>{what} with {hub}.
{last}</source>
        <translation>{what}：{hub}。
{last}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Signed and queued</source>
        <translation>已签名并排队</translation>
    </message>
    <message>
        <source>Select a task in the queue to label it here.</source>
        <extracomment>a task was opened (uid) the opened task is drawn (uid), e.g. after its image was decoded the opened task could not be drawn (uid, message) a submission was signed and queued (its id) a short message for the status bar the user wants the Wallet page (to create an account for signing) a task was opened in this pane (the AnnotationPane): its actions go in the menus F6 from inside the editor: the keyboard focus should go back to the queue selects a task in the queue (set by the window); the editor then opens it</extracomment>
        <translation>在队列中选择一个任务，即可在此标注。</translation>
    </message>
    <message>
        <source>This kind of task cannot be labeled here yet</source>
        <translation>暂时无法在此标注此类任务</translation>
    </message>
    <message>
        <source>Not submitted yet: {problem}</source>
        <translation>尚未提交：{problem}</translation>
    </message>
    <message>
        <source>Not submitted: your draft is kept</source>
        <translation>未提交：你的草稿已保留</translation>
    </message>
    <message>
        <source>Skipped: the task waits at the end of the queue</source>
        <translation>已跳过：该任务已排到队列末尾</translation>
    </message>
    <message>
        <source>No other task to do in this campaign</source>
        <translation>此项目中没有其他待做任务</translation>
    </message>
    <message>
        <source>This is the first task</source>
        <translation>这是第一个任务</translation>
    </message>
    <message>
        <source>A new draft from your last submission: edit it, then submit</source>
        <translation>已从你上次的提交新建草稿：编辑后提交</translation>
    </message>
    <message>
        <source>Prediction by {model}</source>
        <translation>{model} 的预测</translation>
    </message>
    <message>
        <source>Signed and queued. Nothing left to do in this campaign.</source>
        <translation>已签名并排队。此项目中已没有待做任务。</translation>
    </message>
    <message>
        <source>This task changed on the hub: the model's prediction shown ({model}) no longer applies and was dropped. Check your work before submitting</source>
        <translation>此任务已在中心更新：显示的模型预测（{model}）不再适用，已被丢弃。提交前请检查您的标注</translation>
    </message>
    <message>
        <source>Not submitted: this kind of task cannot be labeled here yet</source>
        <translation>未提交：暂时无法在此标注此类任务</translation>
    </message>
    <message>
        <source>Already submitted ({state}): press Label again ({keys}) to change it</source>
        <translation>已提交（{state}）：按“重新标注”（{keys}）进行修改</translation>
    </message>
</context>
<context>
    <name>TaskPreview</name>
    <message>
        <source>Select a task in the queue to see it here.</source>
        <extracomment>the task ``uid`` is fully on screen the task ``uid`` could not be shown; the message is on screen too the default views register on first use: the queue paints before they load</extracomment>
        <translation>在队列中选择一个任务即可在此查看。</translation>
    </message>
    <message>
        <source>Labels: {keys}</source>
        <translation>标签：{keys}</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>未选择任务</translation>
    </message>
</context>
<context>
    <name>TaskQueueModel</name>
    <message>
        <source>Kind</source>
        <extracomment>custom data roles what the text filter searches: "#position task-id preview"</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>Press a label's key (or click it) to choose it · Enter submits</source>
        <translation>按标签快捷键（或点击）选择 · Enter 提交</translation>
    </message>
    <message>
        <source>Press label keys (or click) to tick and untick · Del clears · Enter submits</source>
        <translation>按标签快捷键（或点击）勾选/取消勾选 · Del 清除 · Enter 提交</translation>
    </message>
    <message>
        <source>Select text (drag, Shift+arrows, Ctrl+Shift+arrows by word), then press a label key · click or Tab to a span to relabel it · Del deletes · Esc clears · F6 span list · Enter accepts a predicted span, else submits</source>
        <translation>选中文本（拖动、Shift+方向键，Ctrl+Shift+方向键按词选择），然后按标签快捷键 · 点击或 Tab 到片段可更改标签 · Del 删除 · Esc 清除 · F6 片段列表 · Enter 接受预测片段，否则提交</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted</source>
        <translation>只读：此任务已提交</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted · Tab and Shift+Tab go through the spans · F6 span list</source>
        <translation>只读：此任务已提交 · Tab 和 Shift+Tab 逐个浏览片段 · F6 片段列表</translation>
    </message>
    <message>
        <source>Spans</source>
        <extracomment>the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>片段</translation>
    </message>
    <message>
        <source>Submit (when complete)</source>
        <translation>提交（完成后）</translation>
    </message>
    <message>
        <source>Clear the labels</source>
        <translation>清除标签</translation>
    </message>
    <message>
        <source>Delete the selected span</source>
        <translation>删除选中的片段</translation>
    </message>
    <message>
        <source>Next span</source>
        <translation>下一个片段</translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation>上一个片段</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>Extend the selection by a word</source>
        <translation>向后扩展选择一个词</translation>
    </message>
    <message>
        <source>Extend the selection back by a word</source>
        <translation>向前扩展选择一个词</translation>
    </message>
    <message>
        <source>Extend the selection by a character</source>
        <translation>向后扩展选择一个字符</translation>
    </message>
    <message>
        <source>Extend the selection back by a character</source>
        <translation>向前扩展选择一个字符</translation>
    </message>
    <message>
        <source>Go to the span list and back</source>
        <translation>转到片段列表并返回</translation>
    </message>
    <message>
        <source>Label the selection (or the selected span): {label}</source>
        <translation>为选中内容（或选中的片段）添加标签：{label}</translation>
    </message>
    <message>
        <source>Tick or untick: {label}</source>
        <translation>勾选或取消勾选：{label}</translation>
    </message>
    <message>
        <source>Choose: {label}</source>
        <translation>选择：{label}</translation>
    </message>
    <message>
        <source>Spans ({count})</source>
        <translation>片段（{count}）</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>此任务为只读</translation>
    </message>
    <message>
        <source>Untick {label}</source>
        <translation>取消勾选 {label}</translation>
    </message>
    <message>
        <source>Tick {label}</source>
        <translation>勾选 {label}</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>选择 {label}</translation>
    </message>
</context>
<context>
    <name>TextTaskView</name>
    <message numerus="yes">
        <source>Underlined: model prediction ({who}), %n span(s).</source>
        <translation>
            <numerusform>下划线：模型预测（{who}），%n 个片段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Model prediction ({who}): {labels}</source>
        <translation>模型预测（{who}）：{labels}</translation>
    </message>
    <message>
        <source>{label} (model prediction)</source>
        <translation>{label}（模型预测）</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <source>never</source>
        <extracomment>what is shown for an unknown amount or moment</extracomment>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) ago</source>
        <translation>
            <numerusform>%Ln 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln second(s)</source>
        <translation>
            <numerusform>%Ln 秒后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>%Ln 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>%Ln 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天后</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the wallet</source>
        <translation>解锁钱包</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock to sign submissions. The wallet locks itself again when you are away.</source>
        <translation>解锁后即可为提交签名。你离开时钱包会自动重新锁定。</translation>
    </message>
    <message>
        <source>There is no account to unlock: create or import one first.</source>
        <translation>没有可解锁的账户：请先创建或导入一个。</translation>
    </message>
    <message>
        <source>Type the password of this account.</source>
        <translation>请输入此账户的密码。</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在验证密码…</translation>
    </message>
</context>
<context>
    <name>UnlockGate</name>
    <message>
        <source>Verdicts are signed with your wallet, and it has no account yet. Create one, or import the account the hub knows as a reviewer, on the Wallet page.</source>
        <extracomment>the verdict was signed and queued (its ReviewRow)</extracomment>
        <translation>裁定需要用你的钱包签名，而钱包里还没有账户。请在“钱包”页面创建一个账户，或导入协调服务器认可为审核员的账户。</translation>
    </message>
    <message>
        <source>This is signed with your wallet, and it has no account yet.</source>
        <extracomment>the action did not happen (a message for the user) there is no account to sign with and the user chose to make one the question shown when the wallet has no account at all (marked in the "UnlockGate" context, translated where shown)</extracomment>
        <translation>这需要用你的钱包签名，而钱包里还没有账户。</translation>
    </message>
    <message>
        <source>Not signed: create or import an account to sign with.</source>
        <extracomment>reported when the user does not go and make one</extracomment>
        <translation>未签名：请创建或导入一个用于签名的账户。</translation>
    </message>
    <message>
        <source>No account to sign with</source>
        <translation>没有可用于签名的账户</translation>
    </message>
    <message>
        <source>Go to the wallet</source>
        <translation>前往钱包</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>✓ Accept</source>
        <translation>✓ 接受</translation>
    </message>
    <message>
        <source>✗ Reject…</source>
        <translation>✗ 拒绝…</translation>
    </message>
    <message>
        <source>✎ Correct</source>
        <translation>✎ 修正</translation>
    </message>
    <message>
        <source>Sign correction</source>
        <translation>签署修正</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
</context>
<context>
    <name>VerdictLookup</name>
    <message>
        <source>Corrected</source>
        <translation>已修正</translation>
    </message>
    <message>
        <source>Corrected, paid</source>
        <translation>已修正，已支付</translation>
    </message>
</context>
<context>
    <name>VerdictSigner</name>
    <message>
        <source>Not signed: the wallet is still locked.</source>
        <translation>未签名：钱包仍处于锁定状态。</translation>
    </message>
    <message>
        <source>Not signed: the wallet locked itself. Try again.</source>
        <translation>未签名：钱包已自动锁定。请重试。</translation>
    </message>
    <message>
        <source>Not signed: the cache could not store it ({error}).</source>
        <translation>未签名：缓存无法保存（{error}）。</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Accepted with a correction</source>
        <translation>已接受（附更正）</translation>
    </message>
    <message>
        <source>Reviewed by {reviewer}</source>
        <translation>审核人 {reviewer}</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>The reviewer corrected it to: {labels}.</source>
        <translation>审核人将其更正为：{labels}。</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>{verdict} (paid)</source>
        <translation>{verdict}（已支付）</translation>
    </message>
    <message>
        <source>{value} (no overlapping labels yet)</source>
        <translation>{value}（尚无重叠的标注）</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n comparison(s))</source>
        <translation>
            <numerusform>{value}（%n 次比较）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreement {agreement} · Gold accuracy: shown after %n gold answer(s) are reviewed</source>
        <translation>
            <numerusform>一致性 {agreement} · 黄金题准确率：审核完 %n 个黄金题答案后显示</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} (no gold answers yet)</source>
        <translation>{value}（尚无黄金题答案）</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n gold answer(s))</source>
        <translation>
            <numerusform>{value}（%n 个黄金题答案）</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement {agreement} · Gold accuracy {gold}</source>
        <translation>一致性 {agreement} · 黄金题准确率 {gold}</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n 个已接受</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n 个已拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 个待定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid</source>
        <translation>
            <numerusform>%n 个已支付</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n corrected)</source>
        <translation>
            <numerusform>（%n 个已更正）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewards held: your gold accuracy {accuracy} is too low. Your accepted work stays in the ledger and is paid once it is back above.</source>
        <translation>奖励已暂扣：你的黄金题准确率 {accuracy} 过低。你已被接受的工作仍记在账本中，回升后即会支付。</translation>
    </message>
    <message>
        <source>Rewards held: your gold accuracy {accuracy} is below the campaign's {threshold}. Your accepted work stays in the ledger and is paid once it is back above.</source>
        <translation>奖励已暂扣：你的黄金题准确率 {accuracy} 低于活动要求的 {threshold}。你已被接受的工作仍记在账本中，回升后即会支付。</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Recovery words</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>密钥库文件</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Your account signs every submission and receives the rewards. Keys stay on this computer, encrypted with your password.</source>
        <translation>你的账户为每次提交签名并接收奖励。密钥保存在此电脑上，并用你的密码加密。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>No account yet. Create one (you will write down 12 recovery words) or import one you already have.</source>
        <translation>还没有账户。创建一个（你需要抄下 12 个助记词），或导入已有账户。</translation>
    </message>
    <message>
        <source>Accounts in this profile</source>
        <translation>此配置文件中的账户</translation>
    </message>
    <message>
        <source>&amp;Create account…</source>
        <translation>创建账户(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import account…</source>
        <translation>导入账户(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export keystore file…</source>
        <translation>导出密钥库文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>复制地址(&amp;A)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>There is no account yet: create or import one first.</source>
        <translation>还没有账户：请先创建或导入一个。</translation>
    </message>
    <message>
        <source>Copied {address}</source>
        <translation>已复制 {address}</translation>
    </message>
    <message>
        <source>Unlocked: ready to sign</source>
        <translation>已解锁：可以签名</translation>
    </message>
    <message>
        <source>Locks itself after {time} without activity (or now with Ctrl+L).</source>
        <translation>无操作 {time} 后自动锁定（或按 Ctrl+L 立即锁定）。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U) with the account's password to sign submissions.</source>
        <translation>使用账户密码解锁（Ctrl+U）后即可为提交签名。</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>无账户</translation>
    </message>
    <message>
        <source>Create or import an account to start earning.</source>
        <translation>创建或导入账户即可开始赚取奖励。</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <source>This image cannot be shown.</source>
        <extracomment>Zoom factors are device pixels per image pixel: 1.0 is "100 %". Decode the full resolution once the shown pixmap is this much coarser than the screen. the zoom factor (device pixels per image pixel) after every change the first pixmap of an image is on screen (full size of the image) the image cannot be shown (message naming the file and the problem) a sharper pixmap was swapped in (its scale: decoded size / full size) "empty", "loading", "ready" or "failed"</extracomment>
        <translation>无法显示此图片。</translation>
    </message>
    <message>
        <source>Loading {file}…</source>
        <translation>正在加载 {file}…</translation>
    </message>
</context>
<context>
    <name>_PasswordDialog</name>
    <message>
        <source>the account's password, asked again for a claim</source>
        <translation>账户密码（领取时需再次输入）</translation>
    </message>
    <message>
        <source>Type the account's password to sign the claim.</source>
        <translation>请输入账户密码以签名领取。</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在验证密码…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the profile folder: {error}</source>
        <translation>无法打开配置文件夹：{error}</translation>
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
        <translation>提交模型给出的值？</translation>
    </message>
    <message>
        <source>Submit as mine</source>
        <translation>作为我的评分提交</translation>
    </message>
    <message>
        <source>Go back and rate</source>
        <translation>返回评分</translation>
    </message>
</context>
<context>
    <name>demo_window</name>
    <message>
        <source>DataFi Desktop — Demo (nothing is kept)</source>
        <translation>DataFi Desktop — 演示（不保留任何内容）</translation>
    </message>
    <message>
        <source>Quit the demo? Its temporary wallet, tokens and labels are deleted when it closes.</source>
        <translation>退出演示？关闭后其临时钱包、代币和标注都将被删除。</translation>
    </message>
    <message>
        <source>Quit the demo</source>
        <translation>退出演示</translation>
    </message>
</context>
<context>
    <name>fallback</name>
    <message>
        <source>the text pane</source>
        <translation>文本面板</translation>
    </message>
    <message>
        <source>the comparison pane</source>
        <translation>对比面板</translation>
    </message>
    <message>
        <source>the image pane</source>
        <translation>图片面板</translation>
    </message>
    <message>
        <source>the collection pane</source>
        <translation>数据采集面板</translation>
    </message>
    <message>
        <source>its pane</source>
        <translation>相应面板</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Labeling {kind} tasks needs {pane}, which is {reason}. The task is shown read-only.</source>
        <translation>标注 {kind} 任务需要{pane}，但它{reason}。该任务以只读方式显示。</translation>
    </message>
</context>
<context>
    <name>image_pane</name>
    <message>
        <source>image {hash}</source>
        <translation>图片 {hash}</translation>
    </message>
</context>
<context>
    <name>install_editor</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
</context>
<context>
    <name>install_verdicts</name>
    <message>
        <source>Showing the correction by {reviewer}</source>
        <translation>正在显示 {reviewer} 的修正</translation>
    </message>
    <message>
        <source>Showing your label</source>
        <translation>正在显示你的标注</translation>
    </message>
    <message>
        <source>Show the reviewer's &amp;correction</source>
        <translation>显示审核员的修正(&amp;C)</translation>
    </message>
    <message>
        <source>Draw the reviewer's corrected label in the pane, or your own again</source>
        <translation>在面板中绘制审核员修正后的标注，或再次显示你自己的标注</translation>
    </message>
    <message>
        <source>This task has no reviewer's correction to show</source>
        <translation>此任务没有可显示的审核员修正</translation>
    </message>
</context>
<context>
    <name>password_widgets</name>
    <message>
        <source>Too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>请至少使用 {count} 个字符。</translation>
    </message>
    <message>
        <source>This password is among the first ones an attacker tries.</source>
        <translation>攻击者最先尝试的密码中就有这一个。</translation>
    </message>
    <message>
        <source>Repeated or sequential characters are easy to guess.</source>
        <translation>重复或连续的字符很容易被猜到。</translation>
    </message>
    <message>
        <source>Longer is better: a phrase of four or more unrelated words works well.</source>
        <translation>越长越好：由四个或更多互不相关的词组成的短语效果很好。</translation>
    </message>
    <message>
        <source>Fair. A few more words or characters make it much harder to guess.</source>
        <translation>一般。再多几个词或字符，就会难猜得多。</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>密码错误。请检查大写锁定键和键盘布局，然后重试。</translation>
    </message>
    <message>
        <source>This account is already in the wallet.</source>
        <translation>此账户已在钱包中。</translation>
    </message>
    <message>
        <source>That account is not in this wallet any more.</source>
        <translation>该账户已不在此钱包中。</translation>
    </message>
    <message>
        <source>Something went wrong ({error}); nothing was changed.</source>
        <translation>出了点问题（{error}）；没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>preview_views</name>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <extracomment>Longest text put in a preview; beyond it the view says how much is left out. the task is on screen (task uid) the task could not be shown (task uid, message for the user)</extracomment>
        <translation>显示前 {shown} 个字符，共 {total} 个。</translation>
    </message>
    <message>
        <source>{model}, score {score}</source>
        <translation>{model}，得分 {score}</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>not installed yet</source>
        <extracomment>module name → class name, in the order the editor builds them</extracomment>
        <translation>尚未安装</translation>
    </message>
    <message>
        <source>cannot be loaded ({error})</source>
        <translation>无法加载（{error}）</translation>
    </message>
</context>
<context>
    <name>review_summary</name>
    <message>
        <source>A is better</source>
        <translation>A 更好</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B 更好</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>一样好</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已修正</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>无标注</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>collected item</source>
        <translation>收集的条目</translation>
    </message>
    <message>
        <source>collected item {file}</source>
        <translation>收集的条目 {file}</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>时间未知</translation>
    </message>
</context>
<context>
    <name>span_list</name>
    <message>
        <source>same text as {label}</source>
        <translation>与 {label} 文本相同</translation>
    </message>
    <message>
        <source>inside {label}</source>
        <translation>位于 {label} 内</translation>
    </message>
    <message>
        <source>contains {label}</source>
        <translation>包含 {label}</translation>
    </message>
    <message>
        <source>overlaps {label}</source>
        <translation>与 {label} 重叠</translation>
    </message>
    <message>
        <source>predicted</source>
        <extracomment>e.g. "inside ORG, overlaps PER" (empty when the span stands alone)</extracomment>
        <translation>预测</translation>
    </message>
</context>
<context>
    <name>stamp_text</name>
    <message>
        <source>Model's suggestion kept: — (no suggestions shown yet)</source>
        <translation>保留模型建议：—（尚未显示任何建议）</translation>
    </message>
    <message>
        <source>Model's suggestion kept: — (campaign {campaign})</source>
        <translation>保留模型建议：—（项目 {campaign}）</translation>
    </message>
    <message>
        <source>Flagged: suggestion kept {rate} of {shown} (campaign {campaign})</source>
        <translation>已标记：保留建议 {shown} 次中 {rate}（项目 {campaign}）</translation>
    </message>
    <message>
        <source>Model's suggestion kept: {rate} of {shown} (campaign {campaign})</source>
        <translation>保留模型建议：{shown} 次中 {rate}（项目 {campaign}）</translation>
    </message>
    <message>
        <source>How often what you submitted was exactly the model's suggestion you were shown (shapes: overlapping by 95 % or more), beside every annotator of the campaign.</source>
        <translation>你提交的内容与向你显示的模型建议完全相同的频率（形状：重叠 95 % 或以上），与项目所有标注者相比。</translation>
    </message>
    <message>
        <source>You are flagged at {threshold} or more once at least {count} of your submissions were shown a suggestion.</source>
        <translation>当你至少有 {count} 次提交显示过建议时，达到 {threshold} 或以上即被标记。</translation>
    </message>
    <message>
        <source>This campaign holds the rewards of flagged annotators for review.</source>
        <translation>此项目会暂扣被标记标注者的奖励以待审核。</translation>
    </message>
    <message>
        <source>Read each suggestion and correct what is wrong before you submit.</source>
        <translation>提交前请阅读每条建议并改正错误之处。</translation>
    </message>
    <message>
        <source>Also held: the model's suggestion kept in {rate} of your submissions (the campaign holds from {threshold}).</source>
        <translation>另一原因：你的提交中有 {rate} 保留了模型建议（项目从 {threshold} 起暂扣）。</translation>
    </message>
    <message>
        <source>Rewards held: suggestion kept in {rate} of your submissions (the campaign holds from {threshold}). Your accepted work stays in the ledger and is paid once the rate is below that again.</source>
        <translation>奖励已暂扣：你的提交中有 {rate} 保留了建议（项目从 {threshold} 起暂扣）。你已被接受的工作仍记录在账本中，比例回落到该值以下后即会支付。</translation>
    </message>
</context>
<context>
    <name>status_bar</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>sync_look</name>
    <message>
        <source>Create an account to sync</source>
        <translation>创建账户以同步</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>还没有账户</translation>
    </message>
    <message>
        <source>Create or import an account on the Wallet page (Ctrl+4): sending submissions and reserving tasks need its signature. Campaigns and files still download.</source>
        <translation>请在钱包页面（Ctrl+4）创建或导入账户：发送提交和预留任务都需要它的签名。项目和文件仍会下载。</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>New</source>
        <extracomment>the keyboard focus ring (≥ 3:1 against the window and base, WCAG 1.4.11) black and white with a yellow accent and focus ring (Settings: View ▸ High contrast) the badge's (background, text) Pill colours of task states: (background, text). Readable on light and dark. English names of task states and kinds (marked for translation in the context "theme"); what is shown goes through :func:`state_name`, :func:`kind_name`, :func:`kind_short`</extracomment>
        <translation>新</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Short names and icon names of task kinds, for narrow columns and chips.</extracomment>
        <translation>文本</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>框</translation>
    </message>
    <message>
        <source>Polygons</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>收集</translation>
    </message>
    <message>
        <source>Text classification</source>
        <translation>文本分类</translation>
    </message>
    <message>
        <source>Text spans (NER)</source>
        <translation>文本片段（NER）</translation>
    </message>
    <message>
        <source>Comparison (A/B)</source>
        <translation>比较（A/B）</translation>
    </message>
    <message>
        <source>Image classification</source>
        <translation>图片分类</translation>
    </message>
    <message>
        <source>Bounding boxes</source>
        <translation>边界框</translation>
    </message>
    <message>
        <source>Data collection</source>
        <translation>数据收集</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Insert vertex</source>
        <translation>插入顶点</translation>
    </message>
    <message>
        <source>Move polygon</source>
        <extracomment>Pointer moves shorter than this (screen pixels) are a click, not a drag. A drawn box narrower or lower than this on screen (pixels) was a click. the undo text of the committed edit</extracomment>
        <translation>移动多边形</translation>
    </message>
    <message>
        <source>Move box</source>
        <translation>移动框</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>调整框大小</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>移动顶点</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>添加框</translation>
    </message>
    <message>
        <source>The new box almost covers box {number} ({label}): a duplicate?</source>
        <translation>新框几乎覆盖了框 {number}（{label}）：是否重复？</translation>
    </message>
    <message>
        <source>Add polygon</source>
        <translation>添加多边形</translation>
    </message>
</context>
</TS>
