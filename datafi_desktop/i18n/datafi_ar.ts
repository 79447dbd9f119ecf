<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AfterPaint</name>
    <message>
        <source>Starting the demo chain and hub…</source>
        <extracomment>how long closing waits for a demo start still under way the demo chain and hub are up and the controller attached (demo only) the demo chain or hub could not start: the demo works offline (the message) what :meth:`stop` ends: the sync controller and the demo hub</extracomment>
        <translation>جارٍ تشغيل السلسلة والمركز التجريبيين…</translation>
    </message>
    <message>
        <source>The demo hub is starting — it syncs as soon as it is up</source>
        <translation>المركز التجريبي قيد التشغيل — تبدأ المزامنة فور جاهزيته</translation>
    </message>
    <message>
        <source>Demo chain and hub ready</source>
        <translation>السلسلة والمركز التجريبيان جاهزان</translation>
    </message>
    <message>
        <source>Demo hub ready (the demo chain could not start)</source>
        <translation>المركز التجريبي جاهز (تعذّر تشغيل السلسلة التجريبية)</translation>
    </message>
    <message>
        <source>The demo hub could not start ({error}); the demo works offline</source>
        <translation>تعذّر تشغيل المركز التجريبي ({error})؛ يعمل العرض التجريبي دون اتصال</translation>
    </message>
</context>
<context>
    <name>AnnotationCanvas</name>
    <message>
        <source>Image</source>
        <extracomment>How close (screen pixels) the pointer must be to an outline, a vertex or a handle. Pixels the view scrolls per arrow key when nothing is selected (Shift: × 5). (new body, undo text, merge id): the host applies it, then calls set_body index of the selected shape, -1 for none shapes were hidden or shown a polygon is being traced (True) or not any more (False) a short message for the user ("A polygon keeps at least three vertices")</extracomment>
        <translation>صورة</translation>
    </message>
    <message>
        <source>The image to label; arrow keys move the selected shape, Tab selects the next one</source>
        <translation>الصورة المراد وسمها؛ تحرّك مفاتيح الأسهم الشكل المحدد، ويحدد Tab الشكل التالي</translation>
    </message>
    <message>
        <source>The image is {found} pixels but the task says {task}: it is stretched to the task's size</source>
        <extracomment>shapes still as a model predicted them (drawn dashed, tagged "· predicted") body → the indices of its shapes still as predicted (set by the pane) shapes of the body that cannot be drawn (a malformed prediction): listed, not shown interactive model help (ui.assist.interactive_tool): Ctrl+click goes to it</extracomment>
        <translation>أبعاد الصورة {found} بكسل لكن المهمة تنص على {task}: ستُمدَّد إلى حجم المهمة</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>حذف الرأس</translation>
    </message>
    <message>
        <source>Delete polygon</source>
        <translation>حذف المضلع</translation>
    </message>
    <message>
        <source>Delete box</source>
        <translation>حذف المربع</translation>
    </message>
    <message>
        <source>Nudge vertex</source>
        <translation>تحريك الرأس قليلًا</translation>
    </message>
    <message>
        <source>Nudge polygon</source>
        <translation>تحريك المضلع قليلًا</translation>
    </message>
    <message>
        <source>Nudge box</source>
        <translation>تحريك المربع قليلًا</translation>
    </message>
    <message>
        <source>Label polygon {label}</source>
        <translation>وسم المضلع {label}</translation>
    </message>
    <message>
        <source>Label box {label}</source>
        <translation>وسم المربع {label}</translation>
    </message>
    <message>
        <source>This polygon cannot be drawn (its data is malformed): delete it with Delete and draw it again</source>
        <translation>لا يمكن رسم هذا المضلع (بياناته تالفة): احذفه بـ Delete وارسمه من جديد</translation>
    </message>
    <message>
        <source>This box cannot be drawn (its data is malformed): delete it with Delete and draw it again</source>
        <translation>لا يمكن رسم هذا المربع (بياناته تالفة): احذفه بـ Delete وارسمه من جديد</translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message>
        <source>This task is read-only</source>
        <extracomment>"draft", "prediction" or "empty" (see core.flow.starting_point), or "submission" for a submitted task shown read-only the model whose prediction is the starting point, to mark it as such emitted with the new body after every edit, undo and redo a short message for the status bar ("Box added", "Select some text first") the pane asks the editor to submit (e.g. Enter in a classification pane) the task is on screen: :meth:`open` emits it after :meth:`draw_body`, unless the pane sets :attr:`draws_async` and emits it itself once drawn (after a decode) the task cannot be shown (a message for the user, which the pane shows too) True when the pane draws after :meth:`open` returns (an image decoded on a worker thread); it then emits :attr:`shown` or :attr:`failed` itself</extracomment>
        <translation>هذه المهمة للقراءة فقط</translation>
    </message>
    <message>
        <source>No prediction is waiting to be accepted</source>
        <translation>لا يوجد تنبؤ بانتظار القبول</translation>
    </message>
    <message>
        <source>Accept %n predicted item(s)</source>
        <translation>قبول العناصر المتنبَّأ بها (%n)</translation>
    </message>
    <message>
        <source>Accepted %n predicted item(s)</source>
        <translation>تم قبول العناصر المتنبَّأ بها (%n)</translation>
    </message>
    <message>
        <source>%n still to check</source>
        <translation>المتبقي للتحقق: %n</translation>
    </message>
</context>
<context>
    <name>AnnotatorsQualityDialog</name>
    <message>
        <source>Annotators' quality</source>
        <translation>جودة المعلِّقين</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث(&amp;R)</translation>
    </message>
    <message>
        <source>Annotators' figures</source>
        <translation>أرقام المعلِّقين</translation>
    </message>
    <message>
        <source>Campaign “{campaign}”</source>
        <translation>الحملة «{campaign}»</translation>
    </message>
    <message>
        <source>No campaign yet: sync with a hub first.</source>
        <translation>لا توجد حملة بعد: زامِن مع مركز أولًا.</translation>
    </message>
    <message>
        <source>No hub is set, so there are no figures to show: start the app with --hub URL.</source>
        <translation>لم يُضبط أي مركز، لذا لا توجد أرقام لعرضها: شغّل التطبيق مع --hub URL.</translation>
    </message>
    <message>
        <source>Asking the hub for the figures…</source>
        <translation>جارٍ طلب الأرقام من المركز…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s); </source>
        <translation>
            <numerusform>%n معلِّق؛ </numerusform>
            <numerusform>معلِّق واحد؛ </numerusform>
            <numerusform>معلِّقان؛ </numerusform>
            <numerusform>%n معلِّقين؛ </numerusform>
            <numerusform>%n معلِّقًا؛ </numerusform>
            <numerusform>%n معلِّق؛ </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged for keeping the model's suggestion; </source>
        <translation>
            <numerusform>%n معلَّم عليه لإبقائه اقتراح النموذج؛ </numerusform>
            <numerusform>%n معلَّم عليه لإبقائه اقتراح النموذج؛ </numerusform>
            <numerusform>%n معلَّم عليه لإبقائه اقتراح النموذج؛ </numerusform>
            <numerusform>%n معلَّم عليه لإبقائه اقتراح النموذج؛ </numerusform>
            <numerusform>%n معلَّم عليه لإبقائه اقتراح النموذج؛ </numerusform>
            <numerusform>%n معلَّم عليه لإبقائه اقتراح النموذج؛ </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with rewards held. </source>
        <translation>
            <numerusform>%n بمكافآت محجوزة. </numerusform>
            <numerusform>%n بمكافآت محجوزة. </numerusform>
            <numerusform>%n بمكافآت محجوزة. </numerusform>
            <numerusform>%n بمكافآت محجوزة. </numerusform>
            <numerusform>%n بمكافآت محجوزة. </numerusform>
            <numerusform>%n بمكافآت محجوزة. </numerusform>
        </translation>
    </message>
    <message>
        <source>As the hub reported at {time}.</source>
        <translation>كما أفاد المركز عند {time}.</translation>
    </message>
    <message>
        <source>This account may not see the annotators' figures of campaign “{campaign}”: the hub shows them to its reviewers and admins only. Ask the campaign's admin for the reviewer role.</source>
        <translation>لا يحق لهذا الحساب رؤية أرقام معلِّقي الحملة «{campaign}»: يعرضها المركز على مراجعيه ومشرفيه فقط. اطلب دور المراجع من مشرف الحملة.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Refresh when it is back online.</source>
        <translation>تعذّر الوصول إلى المركز. حدِّث عندما يعود متصلًا.</translation>
    </message>
    <message>
        <source>Unlock the wallet first: the hub needs your signature to sign in.</source>
        <translation>افتح المحفظة أولًا: يحتاج المركز إلى توقيعك لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>The hub refused the request ({status}).</source>
        <translation>رفض المركز الطلب ({status}).</translation>
    </message>
    <message>
        <source>The figures could not be fetched ({error}).</source>
        <translation>تعذّر جلب الأرقام ({error}).</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;High contrast</source>
        <translation>تباين &amp;عالٍ</translation>
    </message>
    <message>
        <source>Black and white with a strong focus ring</source>
        <translation>أبيض وأسود مع إطار تركيز واضح</translation>
    </message>
    <message>
        <source>High contrast on: icons follow when the app starts again</source>
        <translation>التباين العالي مُفعّل: تتبعه الأيقونات عند إعادة تشغيل التطبيق</translation>
    </message>
    <message>
        <source>High contrast off: icons follow when the app starts again</source>
        <translation>التباين العالي متوقف: تتبعه الأيقونات عند إعادة تشغيل التطبيق</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>The draft could not be saved ({error}); retrying. Nothing is lost while the app is open.</source>
        <extracomment>Longest wait between an edit and its draft reaching the cache (ms). Wait before retrying a write that failed (ms). a draft was written (task uid) a draft could not be written (task uid, message); it is retried</extracomment>
        <translation>تعذّر حفظ المسودة ({error})؛ جارٍ إعادة المحاولة. لن يضيع شيء ما دام التطبيق مفتوحًا.</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>◀ Previous</source>
        <extracomment>"◀ Previous" / "Next ▶" point the other way in a mirrored (right-to-left) window, where Next sits on the left: the arrows are not Unicode-mirrored characters why the button is disabled while its action stays enabled (its shortcut then says why in the status bar instead of doing nothing without a word)</extracomment>
        <translation>◀ السابق</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>التالي ▶</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>أُنجز {done} من {total}</translation>
    </message>
    <message>
        <source>{percent} of the campaign's tasks are done</source>
        <translation>أُنجز {percent} من مهام الحملة</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>Nudge left 1 px (scroll when nothing is selected)</source>
        <extracomment>(text, short text, key, dx, dy) of the nudges by 1 px and by 10 px</extracomment>
        <translation>تحريك لليسار 1 بكسل (تمرير عند عدم تحديد أي شيء)</translation>
    </message>
    <message>
        <source>Nudge left</source>
        <translation>تحريك لليسار</translation>
    </message>
    <message>
        <source>Nudge right 1 px (scroll when nothing is selected)</source>
        <translation>تحريك لليمين 1 بكسل (تمرير عند عدم تحديد أي شيء)</translation>
    </message>
    <message>
        <source>Nudge right</source>
        <translation>تحريك لليمين</translation>
    </message>
    <message>
        <source>Nudge up 1 px (scroll when nothing is selected)</source>
        <translation>تحريك للأعلى 1 بكسل (تمرير عند عدم تحديد أي شيء)</translation>
    </message>
    <message>
        <source>Nudge up</source>
        <translation>تحريك للأعلى</translation>
    </message>
    <message>
        <source>Nudge down 1 px (scroll when nothing is selected)</source>
        <translation>تحريك للأسفل 1 بكسل (تمرير عند عدم تحديد أي شيء)</translation>
    </message>
    <message>
        <source>Nudge down</source>
        <translation>تحريك للأسفل</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>تحريك لليسار 10 بكسل</translation>
    </message>
    <message>
        <source>Nudge left 10</source>
        <translation>يسار 10</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>تحريك لليمين 10 بكسل</translation>
    </message>
    <message>
        <source>Nudge right 10</source>
        <translation>يمين 10</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>تحريك للأعلى 10 بكسل</translation>
    </message>
    <message>
        <source>Nudge up 10</source>
        <translation>أعلى 10</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>تحريك للأسفل 10 بكسل</translation>
    </message>
    <message>
        <source>Nudge down 10</source>
        <translation>أسفل 10</translation>
    </message>
    <message>
        <source>Select tool</source>
        <translation>أداة التحديد</translation>
    </message>
    <message>
        <source>Select  V</source>
        <translation>تحديد  V</translation>
    </message>
    <message>
        <source>Draw boxes</source>
        <translation>رسم مربعات</translation>
    </message>
    <message>
        <source>Box  B</source>
        <translation>مربع  B</translation>
    </message>
    <message>
        <source>Draw polygons</source>
        <translation>رسم مضلعات</translation>
    </message>
    <message>
        <source>Polygon  P</source>
        <translation>مضلع  P</translation>
    </message>
    <message>
        <source>Cancel drawing, deselect</source>
        <translation>إلغاء الرسم وإلغاء التحديد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close the polygon</source>
        <translation>إغلاق المضلع</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Select next shape</source>
        <translation>تحديد الشكل التالي</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Select previous shape</source>
        <translation>تحديد الشكل السابق</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Delete shape or vertex</source>
        <translation>حذف الشكل أو الرأس</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Hide or show shape (all when none is selected)</source>
        <translation>إخفاء الشكل أو إظهاره (الكل عند عدم تحديد أي شكل)</translation>
    </message>
    <message>
        <source>Hide  H</source>
        <translation>إخفاء  H</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>ملاءمة الصورة للعرض</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Zoom to 100 % (actual pixels)</source>
        <translation>تكبير إلى 100 % (البكسلات الفعلية)</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>awaiting review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>accepted, paid</source>
        <translation>مقبولة، مدفوعة</translation>
    </message>
    <message>
        <source>no consensus yet</source>
        <translation>لا إجماع بعد</translation>
    </message>
    <message>
        <source>agrees with consensus {rate}</source>
        <translation>تتفق مع الإجماع {rate}</translation>
    </message>
    <message>
        <source>agrees {rate}</source>
        <translation>تتفق {rate}</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>The label under review, by {annotator}</source>
        <translation>الوسم قيد المراجعة، من {annotator}</translation>
    </message>
    <message>
        <source>Another annotator's label of this task, by {annotator}</source>
        <translation>وسم معلِّق آخر لهذه المهمة، من {annotator}</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>الإجماع</translation>
    </message>
    <message>
        <source>no majority</source>
        <translation>لا أغلبية</translation>
    </message>
    <message numerus="yes">
        <source>of %n annotator(s)</source>
        <translation>
            <numerusform>من %n معلِّقين</numerusform>
            <numerusform>من معلِّق واحد</numerusform>
            <numerusform>من معلِّقَين</numerusform>
            <numerusform>من %n معلِّقين</numerusform>
            <numerusform>من %n معلِّقًا</numerusform>
            <numerusform>من %n معلِّق</numerusform>
        </translation>
    </message>
    <message>
        <source>What most annotators of this task said</source>
        <translation>ما قاله معظم معلِّقي هذه المهمة</translation>
    </message>
    <message>
        <source>The annotators of this task do not agree by a majority</source>
        <translation>لا يتفق معلِّقو هذه المهمة بالأغلبية</translation>
    </message>
    <message>
        <source>Your correction</source>
        <translation>تصحيحك</translation>
    </message>
    <message>
        <source>signed here</source>
        <translation>وُقِّع هنا</translation>
    </message>
    <message>
        <source>The correction you signed</source>
        <translation>التصحيح الذي وقّعته</translation>
    </message>
</context>
<context>
    <name>ChainSettingsDialog</name>
    <message>
        <source>Chain settings</source>
        <translation>إعدادات السلسلة</translation>
    </message>
    <message>
        <source>the campaign's: {url}</source>
        <translation>الخاص بالحملة: {url}</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>معرّف السلسلة</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>الموزِّع</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>الرمز المميز</translation>
    </message>
    <message>
        <source>RPC URL</source>
        <translation>عنوان RPC</translation>
    </message>
    <message>
        <source>Leave empty to use the campaign's RPC URL. "embedded" is the in-process chain of the demo.</source>
        <translation>اتركه فارغًا لاستخدام عنوان RPC الخاص بالحملة. "embedded" هي سلسلة العرض التجريبي داخل العملية.</translation>
    </message>
    <message>
        <source>An RPC URL starts with http:// or https:// (or is "embedded").</source>
        <translation>يبدأ عنوان RPC بـ http:// أو https:// (أو يكون "embedded").</translation>
    </message>
</context>
<context>
    <name>CharCounter</name>
    <message>
        <source>{count} / {max} characters: {over} too many</source>
        <translation>{count} / {max} حرفًا: زيادة {over}</translation>
    </message>
    <message>
        <source>{count} / {max} characters</source>
        <translation>{count} / {max} حرفًا</translation>
    </message>
    <message>
        <source>{count} characters (at least {min})</source>
        <translation>{count} حرفًا (على الأقل {min})</translation>
    </message>
</context>
<context>
    <name>ChoiceBar</name>
    <message>
        <source>Which answer is better?</source>
        <extracomment>"A", "B" or "tie", clicked</extracomment>
        <translation>أي الإجابتين أفضل؟</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim rewards</source>
        <translation>المطالبة بالمكافآت</translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation>وقّع وأرسل</translation>
    </message>
    <message>
        <source>Claim &lt;b&gt;{amount}&lt;/b&gt; from the distributor to your account. The transaction is signed here and sent from your wallet, which pays the gas.</source>
        <translation>اطلب &lt;b&gt;{amount}&lt;/b&gt; من الموزِّع إلى حسابك. تُوقَّع المعاملة هنا وتُرسَل من محفظتك، التي تدفع رسوم الغاز.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>الحقبة</translation>
    </message>
    <message>
        <source>{epoch} (cumulative {cumulative}, already paid {paid})</source>
        <translation>{epoch} (التراكمي {cumulative}، المدفوع سابقًا {paid})</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>الغاز</translation>
    </message>
    <message>
        <source>{estimate} estimated · limit {limit}</source>
        <translation>{estimate} تقديريًا · الحد {limit}</translation>
    </message>
    <message>
        <source>Fees per gas</source>
        <translation>الرسوم لكل وحدة غاز</translation>
    </message>
    <message>
        <source>max {most} (base {base} + tip {tip})</source>
        <translation>الحد الأقصى {most} (الأساس {base} + الإكرامية {tip})</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>رسوم الشبكة</translation>
    </message>
    <message>
        <source>about {likely}, at most {most}</source>
        <translation>نحو {likely}، وبحد أقصى {most}</translation>
    </message>
    <message>
        <source>Your ETH</source>
        <translation>رصيدك من ETH</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Your ETH does not cover the most this can cost: claim through the hub instead (Ctrl+Shift+K).</source>
        <translation>رصيدك من ETH لا يغطي أقصى تكلفة ممكنة: اطلب عبر المركز بدلًا من ذلك (Ctrl+Shift+K).</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Waiting (sent at the next sync)</source>
        <translation>في الانتظار (يُرسل في المزامنة التالية)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكَّدة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>أُسقطت</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>المحفظة</translation>
    </message>
    <message>
        <source>Hub relayer</source>
        <translation>مُرحِّل المركز</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>عبر</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>الكتلة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>{hash}
(double-click to copy)</source>
        <translation>{hash}
(انقر نقرًا مزدوجًا للنسخ)</translation>
    </message>
</context>
<context>
    <name>CollectionPane</name>
    <message>
        <source>Data collection</source>
        <extracomment>a file was imported into the item (its file name) a file was refused (the message, also shown in the pane)</extracomment>
        <translation>جمع البيانات</translation>
    </message>
    <message>
        <source>Import a file or write the text, fill in the details and label it</source>
        <translation>استورد ملفًا أو اكتب النص، واملأ التفاصيل ثم ضع تسمية</translation>
    </message>
    <message>
        <source>Write the item's text</source>
        <translation>اكتب نص العنصر</translation>
    </message>
    <message>
        <source>Notes about the item (optional)</source>
        <translation>ملاحظات حول العنصر (اختياري)</translation>
    </message>
    <message>
        <source>Wait for the import to finish</source>
        <translation>انتظر انتهاء الاستيراد</translation>
    </message>
    <message>
        <source>Choose a label for the item</source>
        <translation>اختر تسمية للعنصر</translation>
    </message>
    <message>
        <source>Import a photo or file</source>
        <translation>استيراد صورة أو ملف</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>هذه المهمة للقراءة فقط</translation>
    </message>
    <message>
        <source>{file} is being imported already</source>
        <translation>{file} قيد الاستيراد بالفعل</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>جارٍ استيراد {file}…</translation>
    </message>
    <message>
        <source>{file} could not be imported ({error})</source>
        <translation>تعذّر استيراد {file} ({error})</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>استيراد {file}</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>تم استيراد {file}</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>إزالة الملف</translation>
    </message>
    <message>
        <source>One file per item: importing {file}</source>
        <translation>ملف واحد لكل عنصر: جارٍ استيراد {file}</translation>
    </message>
    <message>
        <source>Type the text</source>
        <translation>اكتب النص</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>تعيين {field}</translation>
    </message>
    <message>
        <source>{file} is not on this computer (sync to download it)</source>
        <translation>{file} غير موجود على هذا الحاسوب (زامِن لتنزيله)</translation>
    </message>
    <message>
        <source>Import a photo or file…</source>
        <translation>استيراد صورة أو ملف…</translation>
    </message>
    <message>
        <source>Write the text</source>
        <translation>اكتب النص</translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation>املأ التفاصيل</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Text, details and label</source>
        <translation>النص والتفاصيل والتسمية</translation>
    </message>
</context>
<context>
    <name>CollectionTaskView</name>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>What to collect</source>
        <translation>ما يجب جمعه</translation>
    </message>
    <message>
        <source>No instructions given.</source>
        <translation>لا توجد تعليمات.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>a new item, labeled as {kind}</source>
        <translation>عنصر جديد، يُوسَم بوصفه {kind}</translation>
    </message>
    <message>
        <source>a new item, metadata only</source>
        <translation>عنصر جديد، بيانات وصفية فقط</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التسميات</translation>
    </message>
    <message>
        <source>Accepts</source>
        <translation>يقبل</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* مطلوب</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>A is better</source>
        <extracomment>the undo merge id of typing in the reason field ("REAS")</extracomment>
        <translation>A أفضل</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>تعادل</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B أفضل</translation>
    </message>
    <message>
        <source>A, B or T chooses · R writes the reason, Esc leaves it · a scale's letter, then a digit, rates · Enter submits</source>
        <translation>يختار A أو B أو T · يكتب R السبب ويغادره Esc · حرف المقياس ثم رقم للتقييم · Enter للإرسال</translation>
    </message>
    <message>
        <source>Comparison</source>
        <extracomment>the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Compare the two answers to the prompt and choose the better one</source>
        <translation>قارن بين الإجابتين عن الموجِّه واختر الأفضل</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>الموجِّه</translation>
    </message>
    <message>
        <source>Answer A</source>
        <translation>الإجابة A</translation>
    </message>
    <message>
        <source>Answer B</source>
        <translation>الإجابة B</translation>
    </message>
    <message>
        <source>Reason (optional) — R</source>
        <translation>السبب (اختياري) — R</translation>
    </message>
    <message>
        <source>Choose A: A is better</source>
        <translation>اختيار A: A أفضل</translation>
    </message>
    <message>
        <source>Choose B: B is better</source>
        <translation>اختيار B: B أفضل</translation>
    </message>
    <message>
        <source>Choose a tie</source>
        <translation>اختيار التعادل</translation>
    </message>
    <message>
        <source>Write the reason</source>
        <translation>اكتب السبب</translation>
    </message>
    <message>
        <source>Leave the text field</source>
        <translation>مغادرة حقل النص</translation>
    </message>
    <message>
        <source>Submit (when a side is chosen)</source>
        <translation>إرسال (عند اختيار جانب)</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted</source>
        <translation>للقراءة فقط: أُرسلت هذه المهمة</translation>
    </message>
    <message>
        <source>Rate {scale} (then press {low}–{high})</source>
        <translation>قيّم {scale} (ثم اضغط {low}–{high})</translation>
    </message>
    <message>
        <source>Choose: {choice}</source>
        <translation>اختيار: {choice}</translation>
    </message>
    <message>
        <source>answer A</source>
        <translation>الإجابة A</translation>
    </message>
    <message>
        <source>answer B</source>
        <translation>الإجابة B</translation>
    </message>
    <message>
        <source>both answers</source>
        <translation>كلتا الإجابتين</translation>
    </message>
    <message>
        <source>Ratings cleared: they rated {before}. Rate {now} now (Ctrl+Z brings them back)</source>
        <translation>مُسحت التقييمات: كانت تقيّم {before}. قيّم {now} الآن (يعيدها Ctrl+Z)</translation>
    </message>
    <message>
        <source>You did not set these ratings: {ratings}. They are the prediction of {model}. Submit them under your signature as your own ratings?</source>
        <translation>لم تضع أنت هذه التقييمات: {ratings}. إنها تنبؤ {model}. هل تريد إرسالها بتوقيعك على أنها تقييماتك؟</translation>
    </message>
    <message>
        <source>Rate {scale}: {value}</source>
        <translation>تقييم {scale}: {value}</translation>
    </message>
    <message>
        <source>Clear the {scale} rating</source>
        <translation>مسح تقييم {scale}</translation>
    </message>
    <message numerus="yes">
        <source>A reason holds at most %n character(s)</source>
        <translation>
            <numerusform>يتسع السبب لـ %n حرف على الأكثر</numerusform>
            <numerusform>يتسع السبب لحرف واحد على الأكثر</numerusform>
            <numerusform>يتسع السبب لحرفين على الأكثر</numerusform>
            <numerusform>يتسع السبب لـ %n أحرف على الأكثر</numerusform>
            <numerusform>يتسع السبب لـ %n حرفًا على الأكثر</numerusform>
            <numerusform>يتسع السبب لـ %n حرف على الأكثر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonTaskView</name>
    <message>
        <source>Prompt</source>
        <translation>الموجِّه</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>تعادل</translation>
    </message>
    <message>
        <source>answer {choice}</source>
        <translation>الإجابة {choice}</translation>
    </message>
    <message>
        <source>Model prediction ({who}): {choice}.</source>
        <translation>تنبؤ النموذج ({who}): {choice}.</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create a new account</source>
        <translation>إنشاء حساب جديد</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>optional, e.g. “Work”</source>
        <translation>اختياري، مثل «العمل»</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n كلمة</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a name for the account</comment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>كلمات الاسترداد</translation>
    </message>
    <message>
        <source>Choose a password. It encrypts the key on this computer and unlocks the wallet when you sign.</source>
        <translation>اختر كلمة مرور. تُشفِّر المفتاح على هذا الحاسوب وتفتح قفل المحفظة عند التوقيع.</translation>
    </message>
    <message>
        <source>I wrote the words down on paper, in order</source>
        <translation>كتبتُ الكلمات على ورق، بالترتيب</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write these words down, in order, on paper.&lt;/b&gt; They are the only way to restore this account if this computer is lost or the password forgotten. Anyone who sees them can take the account: no screenshots, no cloud notes. They are shown only now.</source>
        <translation>&lt;b&gt;اكتب هذه الكلمات على ورق، بالترتيب.&lt;/b&gt; إنها الطريقة الوحيدة لاستعادة هذا الحساب إن ضاع هذا الحاسوب أو نُسيت كلمة المرور. من يراها يستطيع الاستيلاء على الحساب: لا لقطات شاشة ولا ملاحظات سحابية. لن تُعرض إلا الآن.</translation>
    </message>
    <message>
        <source>Type these words from your paper to show it is right.</source>
        <translation>اكتب هذه الكلمات من ورقتك لتتأكد من صحتها.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>إنشاء الحساب</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Word #{position}</source>
        <translation>الكلمة رقم {position}</translation>
    </message>
    <message numerus="yes">
        <source>Word(s) {words} do not match. Check your paper, or go Back to see the words again.</source>
        <translation>
            <numerusform>الكلمات {words} غير مطابقة. راجع ورقتك، أو ارجع لرؤية الكلمات مجددًا.</numerusform>
            <numerusform>الكلمة {words} غير مطابقة. راجع ورقتك، أو ارجع لرؤية الكلمات مجددًا.</numerusform>
            <numerusform>الكلمتان {words} غير مطابقتين. راجع ورقتك، أو ارجع لرؤية الكلمات مجددًا.</numerusform>
            <numerusform>الكلمات {words} غير مطابقة. راجع ورقتك، أو ارجع لرؤية الكلمات مجددًا.</numerusform>
            <numerusform>الكلمات {words} غير مطابقة. راجع ورقتك، أو ارجع لرؤية الكلمات مجددًا.</numerusform>
            <numerusform>الكلمات {words} غير مطابقة. راجع ورقتك، أو ارجع لرؤية الكلمات مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypting the key… (this takes a moment)</source>
        <translation>جارٍ تشفير المفتاح… (يستغرق ذلك لحظة)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account created&lt;/b&gt;&lt;br&gt;&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;It is unlocked and ready to sign. Keep the paper with the words somewhere safe; the wallet will not show them again. ({short} is now in the status bar.)</source>
        <translation>&lt;b&gt;أُنشئ الحساب&lt;/b&gt;&lt;br&gt;&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;إنه مفتوح وجاهز للتوقيع. احفظ الورقة التي عليها الكلمات في مكان آمن؛ لن تعرضها المحفظة مرة أخرى. ({short} ظاهر الآن في شريط الحالة.)</translation>
    </message>
    <message>
        <source>{error} Start again with new words.</source>
        <translation>{error} ابدأ من جديد بكلمات جديدة.</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <source>&amp;Demo</source>
        <translation>العرض التجريبي(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Review and settle now</source>
        <translation>المراجعة والتسوية الآن(&amp;R)</translation>
    </message>
    <message>
        <source>A demo reviewer accepts what waits for review; the hub posts an epoch on the demo chain, and your rewards become claimable.</source>
        <translation>يقبل مراجِع تجريبي ما ينتظر المراجعة؛ ينشر المركز حقبة على السلسلة التجريبية، وتصبح مكافآتك قابلة للمطالبة.</translation>
    </message>
    <message>
        <source>The demo reviewer is accepting submissions, then the hub settles…</source>
        <translation>يقبل المراجِع التجريبي الإرسالات، ثم يُجري المركز التسوية…</translation>
    </message>
    <message>
        <source>Review and settle failed: {error}</source>
        <translation>فشلت المراجعة والتسوية: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n submission(s) ({accepted} accepted)</source>
        <translation>
            <numerusform>رُوجع %n إرسال (قُبل {accepted})</numerusform>
            <numerusform>رُوجع إرسال واحد (قُبل {accepted})</numerusform>
            <numerusform>رُوجع إرسالان (قُبل {accepted})</numerusform>
            <numerusform>رُوجعت %n إرسالات (قُبل {accepted})</numerusform>
            <numerusform>رُوجع %n إرسالًا (قُبل {accepted})</numerusform>
            <numerusform>رُوجع %n إرسال (قُبل {accepted})</numerusform>
        </translation>
    </message>
    <message>
        <source>{reviewed}; nothing to settle.</source>
        <translation>{reviewed}؛ لا شيء للتسوية.</translation>
    </message>
    <message numerus="yes">
        <source>epoch {epoch} posted for %n account(s).</source>
        <translation>
            <numerusform>نُشرت الحقبة {epoch} لـ %n حساب.</numerusform>
            <numerusform>نُشرت الحقبة {epoch} لحساب واحد.</numerusform>
            <numerusform>نُشرت الحقبة {epoch} لحسابَين.</numerusform>
            <numerusform>نُشرت الحقبة {epoch} لـ %n حسابات.</numerusform>
            <numerusform>نُشرت الحقبة {epoch} لـ %n حسابًا.</numerusform>
            <numerusform>نُشرت الحقبة {epoch} لـ %n حساب.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reviewed}; {posted}</source>
        <comment>the two parts of the demo's status line</comment>
        <translation>{reviewed}؛ {posted}</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>&amp;Submit</source>
        <translation>إرسال(&amp;S)</translation>
    </message>
    <message>
        <source>Sign this label and queue it for the hub</source>
        <translation>وقّع هذه التسمية وضعها في قائمة الانتظار للمركز</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>تخطٍّ(&amp;K)</translation>
    </message>
    <message>
        <source>Skip this task; it waits at the end of the queue</source>
        <translation>تخطَّ هذه المهمة؛ ستنتظر في آخر قائمة الانتظار</translation>
    </message>
    <message>
        <source>&amp;Next task to do</source>
        <translation>المهمة التالية للإنجاز(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next new or draft task</source>
        <translation>انتقل إلى المهمة الجديدة أو المسودة التالية</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>المهمة السابقة(&amp;P)</translation>
    </message>
    <message>
        <source>Go back to the task before this one</source>
        <translation>ارجع إلى المهمة التي قبل هذه</translation>
    </message>
    <message>
        <source>&amp;Label again</source>
        <translation>وسم من جديد(&amp;L)</translation>
    </message>
    <message>
        <source>Start a new draft from the submitted label</source>
        <translation>ابدأ مسودة جديدة من التسمية المُرسلة</translation>
    </message>
    <message>
        <source>Ask the &amp;model</source>
        <translation>اسأل النموذج(&amp;M)</translation>
    </message>
    <message>
        <source>Ask the campaign's model for a prediction of this task (again: cancel)</source>
        <translation>اطلب من نموذج الحملة تنبؤًا لهذه المهمة (مرة أخرى: إلغاء)</translation>
    </message>
    <message>
        <source>&amp;Accept all predictions</source>
        <translation>قبول كل التنبؤات(&amp;A)</translation>
    </message>
    <message>
        <source>Accept every item the model predicted, as it is (Enter accepts the selected one)</source>
        <translation>اقبل كل عنصر تنبأ به النموذج كما هو (يقبل Enter العنصر المحدد)</translation>
    </message>
    <message>
        <source>Switch between &amp;queue and task</source>
        <translation>التبديل بين قائمة الانتظار والمهمة(&amp;Q)</translation>
    </message>
    <message>
        <source>Move the keyboard focus</source>
        <translation>نقل تركيز لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Show the &amp;queue</source>
        <translation>إظهار قائمة الانتظار(&amp;Q)</translation>
    </message>
    <message>
        <source>Hide the queue to give the task more room</source>
        <translation>أخفِ قائمة الانتظار لإفساح مساحة أكبر للمهمة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة(&amp;R)</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Task id</source>
        <translation>معرّف المهمة</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>لم تُحدَّد أي مهمة</translation>
    </message>
</context>
<context>
    <name>ExportKeystoreDialog</name>
    <message>
        <source>Export keystore file</source>
        <translation>تصدير ملف مخزن المفاتيح</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>The file is a standard Ethereum keystore (v3): other wallets open it with this account's password. Keep it as a backup.</source>
        <translation>الملف مخزن مفاتيح قياسي لإيثريوم (v3): تفتحه المحافظ الأخرى بكلمة مرور هذا الحساب. احتفظ به نسخةً احتياطية.</translation>
    </message>
    <message>
        <source>Choose the account and type its password.</source>
        <translation>اختر الحساب واكتب كلمة مروره.</translation>
    </message>
    <message>
        <source>Save keystore file</source>
        <translation>حفظ ملف مخزن المفاتيح</translation>
    </message>
    <message>
        <source>Keystore (*.json)</source>
        <translation>مخزن المفاتيح (*.json)</translation>
    </message>
    <message>
        <source>Writing the keystore file…</source>
        <translation>جارٍ كتابة ملف مخزن المفاتيح…</translation>
    </message>
</context>
<context>
    <name>GetTasksBox</name>
    <message>
        <source>Nothing to label here yet.</source>
        <translation>لا شيء للوسم هنا بعد.</translation>
    </message>
    <message>
        <source>Get tasks</source>
        <translation>جلب المهام</translation>
    </message>
    <message>
        <source>Reserve a batch of tasks from the hub and download them</source>
        <translation>احجز دفعة من المهام من المركز ونزّلها</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a signed-in account.</source>
        <translation>افتح قفل المحفظة (Ctrl+U) أولًا: يحجز المركز المهام لحساب مسجَّل الدخول.</translation>
    </message>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>جارٍ حجز %n مهمة…</numerusform>
            <numerusform>جارٍ حجز مهمة واحدة…</numerusform>
            <numerusform>جارٍ حجز مهمتين…</numerusform>
            <numerusform>جارٍ حجز %n مهام…</numerusform>
            <numerusform>جارٍ حجز %n مهمة…</numerusform>
            <numerusform>جارٍ حجز %n مهمة…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) reserved.</source>
        <translation>
            <numerusform>لم تُحجز أي مهمة (%n).</numerusform>
            <numerusform>حُجزت مهمة واحدة.</numerusform>
            <numerusform>حُجزت مهمتان.</numerusform>
            <numerusform>حُجزت %n مهام.</numerusform>
            <numerusform>حُجزت %n مهمة.</numerusform>
            <numerusform>حُجزت %n مهمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has no task for you in this campaign right now.</source>
        <translation>ليس لدى المركز أي مهمة لك في هذه الحملة حاليًا.</translation>
    </message>
</context>
<context>
    <name>GlyphWords</name>
    <message numerus="yes">
        <source>%n character(s) of this text cannot be shown: no installed font has them ({codes}). Install the Noto fonts (fonts-noto-core, fonts-noto-cjk).</source>
        <extracomment>characters already reported in this session (reported once, not per task) at most this many distinct characters are checked one by one</extracomment>
        <translation>
            <numerusform>لا يمكن عرض %n حرف من هذا النص: لا يحتوي أي خط مثبَّت عليه ({codes}). ثبِّت خطوط Noto (fonts-noto-core وfonts-noto-cjk).</numerusform>
            <numerusform>لا يمكن عرض حرف واحد من هذا النص: لا يحتوي أي خط مثبَّت عليه ({codes}). ثبِّت خطوط Noto (fonts-noto-core وfonts-noto-cjk).</numerusform>
            <numerusform>لا يمكن عرض حرفين من هذا النص: لا يحتوي أي خط مثبَّت عليهما ({codes}). ثبِّت خطوط Noto (fonts-noto-core وfonts-noto-cjk).</numerusform>
            <numerusform>لا يمكن عرض %n أحرف من هذا النص: لا يحتوي أي خط مثبَّت عليها ({codes}). ثبِّت خطوط Noto (fonts-noto-core وfonts-noto-cjk).</numerusform>
            <numerusform>لا يمكن عرض %n حرفًا من هذا النص: لا يحتوي أي خط مثبَّت عليها ({codes}). ثبِّت خطوط Noto (fonts-noto-core وfonts-noto-cjk).</numerusform>
            <numerusform>لا يمكن عرض %n حرف من هذا النص: لا يحتوي أي خط مثبَّت عليها ({codes}). ثبِّت خطوط Noto (fonts-noto-core وfonts-noto-cjk).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubClaimDialog</name>
    <message>
        <source>Claim through the hub</source>
        <translation>المطالبة عبر المركز</translation>
    </message>
    <message>
        <source>Sign and hand over</source>
        <translation>وقّع وسلِّم</translation>
    </message>
    <message>
        <source>The hub sends the claim of &lt;b&gt;{amount}&lt;/b&gt; and pays its gas; the tokens go to your account all the same. You sign a request that names your account, the amount and the root, and expires in an hour. The hub relays a few claims per account and hour.</source>
        <translation>يرسل المركز المطالبة بـ &lt;b&gt;{amount}&lt;/b&gt; ويدفع رسوم غازها؛ وتصل الرموز إلى حسابك كالمعتاد. توقّع طلبًا يذكر حسابك والمبلغ والجذر، وتنتهي صلاحيته بعد ساعة. يُرحِّل المركز عددًا قليلًا من المطالبات لكل حساب في الساعة.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>الحقبة</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>No polygons yet: press P and click around an object.</source>
        <extracomment>the task is drawn once the image is decoded: ``shown`` or ``failed`` follow the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>لا مضلعات بعد: اضغط P وانقر حول الكائن.</translation>
    </message>
    <message>
        <source>No boxes yet: press B and drag across an object.</source>
        <translation>لا مربعات بعد: اضغط B واسحب عبر الكائن.</translation>
    </message>
    <message>
        <source>The image cannot be shown, so it cannot be labeled</source>
        <translation>لا يمكن عرض الصورة، لذا لا يمكن وسمها</translation>
    </message>
    <message>
        <source>Close the polygon being drawn (Enter) or cancel it (Esc)</source>
        <translation>أغلق المضلع الجاري رسمه (Enter) أو ألغِه (Esc)</translation>
    </message>
    <message>
        <source>Malformed polygon data ({numbers}): select and delete it</source>
        <translation>بيانات مضلع تالفة ({numbers}): حدده واحذفه</translation>
    </message>
    <message>
        <source>Malformed box data ({numbers}): select and delete it</source>
        <translation>بيانات مربع تالفة ({numbers}): حدده واحذفه</translation>
    </message>
    <message>
        <source>Toggle {label}</source>
        <translation>تبديل {label}</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>اختيار {label}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>التسمية: {label}</translation>
    </message>
    <message>
        <source>{file} is not on this computer yet; sync to download it.</source>
        <translation>{file} ليس على هذا الحاسوب بعد؛ زامِن لتنزيله.</translation>
    </message>
    <message>
        <source>Polygons ({count})</source>
        <translation>المضلعات ({count})</translation>
    </message>
    <message>
        <source>Boxes ({count})</source>
        <translation>المربعات ({count})</translation>
    </message>
    <message>
        <source>The labels of this task are kept; the image must be fixed or downloaded again.</source>
        <translation>تُحفظ تسميات هذه المهمة؛ يجب إصلاح الصورة أو تنزيلها من جديد.</translation>
    </message>
    <message>
        <source>Press a label's key ({keys}) to choose it, again to remove it.</source>
        <translation>اضغط مفتاح التسمية ({keys}) لاختيارها، ومرة أخرى لإزالتها.</translation>
    </message>
    <message>
        <source>Press a label's key ({keys}) to choose it; Enter submits.</source>
        <translation>اضغط مفتاح التسمية ({keys}) لاختيارها؛ يرسل Enter.</translation>
    </message>
    <message>
        <source>Read-only: shapes are shown, not editable. Tab selects, F fits, = and - zoom.</source>
        <translation>للقراءة فقط: الأشكال معروضة وغير قابلة للتحرير. Tab للتحديد، F للملاءمة، = و - للتكبير والتصغير.</translation>
    </message>
    <message>
        <source>Click to add points · click the first point, double-click or Enter closes · Backspace removes the last point · Esc cancels</source>
        <translation>انقر لإضافة نقاط · انقر النقطة الأولى أو انقر نقرًا مزدوجًا أو اضغط Enter للإغلاق · يزيل Backspace آخر نقطة · يلغي Esc</translation>
    </message>
    <message>
        <source>Drag to draw a “{label}” box ({keys} change the label) · V or Esc: select</source>
        <translation>اسحب لرسم مربع «{label}» (تغيّر {keys} التسمية) · V أو Esc: تحديد</translation>
    </message>
    <message>
        <source>Click to start a “{label}” polygon ({keys} change the label) · V: select</source>
        <translation>انقر لبدء مضلع «{label}» (تغيّر {keys} التسمية) · V: تحديد</translation>
    </message>
    <message>
        <source>Drag a vertex · Alt+click or double-click an edge adds one · Shift+click or Delete removes it · arrows nudge · H hides</source>
        <translation>اسحب رأسًا · Alt+نقرة أو نقر مزدوج على ضلع يضيف رأسًا · Shift+نقرة أو Delete تزيله · الأسهم للتحريك · H للإخفاء</translation>
    </message>
    <message>
        <source>Drag to move, handles resize · {keys} relabel · arrows nudge (Shift: 10 px) · Delete removes · H hides</source>
        <translation>اسحب للنقل، والمقابض لتغيير الحجم · {keys} لتغيير التسمية · الأسهم للتحريك (Shift: 10 بكسل) · Delete للحذف · H للإخفاء</translation>
    </message>
    <message>
        <source>P draws polygons · click or Tab selects a shape · wheel or = - zoom · F fits</source>
        <translation>P لرسم مضلعات · نقرة أو Tab لتحديد شكل · العجلة أو = - للتكبير · F للملاءمة</translation>
    </message>
    <message>
        <source>B draws boxes · click or Tab selects a shape · wheel or = - zoom · F fits</source>
        <translation>B لرسم مربعات · نقرة أو Tab لتحديد شكل · العجلة أو = - للتكبير · F للملاءمة</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>الأشكال</translation>
    </message>
</context>
<context>
    <name>ImageTaskView</name>
    <message>
        <source>this task names no image</source>
        <translation>هذه المهمة لا تذكر صورة</translation>
    </message>
    <message>
        <source>the image is not downloaded yet (sync to fetch it)</source>
        <translation>لم تُنزَّل الصورة بعد (زامِن لجلبها)</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>جارٍ تحميل الصورة…</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} بكسل</translation>
    </message>
    <message numerus="yes">
        <source>Dashed shapes: model prediction ({who}), %n shown</source>
        <translation>
            <numerusform>الأشكال المتقطعة: تنبؤ النموذج ({who})، معروض %n</numerusform>
            <numerusform>الأشكال المتقطعة: تنبؤ النموذج ({who})، شكل واحد معروض</numerusform>
            <numerusform>الأشكال المتقطعة: تنبؤ النموذج ({who})، شكلان معروضان</numerusform>
            <numerusform>الأشكال المتقطعة: تنبؤ النموذج ({who})، %n أشكال معروضة</numerusform>
            <numerusform>الأشكال المتقطعة: تنبؤ النموذج ({who})، %n شكلًا معروضًا</numerusform>
            <numerusform>الأشكال المتقطعة: تنبؤ النموذج ({who})، %n شكل معروض</numerusform>
        </translation>
    </message>
    <message>
        <source>Model prediction ({who}): {labels}</source>
        <translation>تنبؤ النموذج ({who}): {labels}</translation>
    </message>
    <message>
        <source>Cannot show the image: {reason}</source>
        <translation>تعذّر عرض الصورة: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an account</source>
        <translation>استيراد حساب</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>الاستيراد من</translation>
    </message>
    <message>
        <source>Recovery words or a keystore file</source>
        <translation>كلمات الاسترداد أو ملف مخزن المفاتيح</translation>
    </message>
    <message>
        <source>the 12 or 24 words, separated by spaces</source>
        <translation>الكلمات الـ 12 أو الـ 24، مفصولة بمسافات</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>رقم الحساب</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, 0x optional</source>
        <translation>64 رقمًا سداسيًا عشريًا، والبادئة 0x اختيارية</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>المفتاح الخاص</translation>
    </message>
    <message>
        <source>a keystore JSON file (UTC--…)</source>
        <translation>ملف JSON لمخزن المفاتيح (UTC--…)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>File password</source>
        <translation>كلمة مرور الملف</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>كلمات الاسترداد</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>ملف مخزن المفاتيح</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a name for the account</comment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The key is stored encrypted with a password of your choice (it may be the same as the file's).</source>
        <translation>يُخزَّن المفتاح مشفَّرًا بكلمة مرور تختارها (يمكن أن تكون نفس كلمة مرور الملف).</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>Open a keystore file</source>
        <translation>فتح ملف مخزن مفاتيح</translation>
    </message>
    <message>
        <source>Keystore (*.json *);;All files (*)</source>
        <translation>مخزن المفاتيح (*.json *);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Type the recovery words.</source>
        <translation>اكتب كلمات الاسترداد.</translation>
    </message>
    <message>
        <source>Paste the private key.</source>
        <translation>الصق المفتاح الخاص.</translation>
    </message>
    <message>
        <source>Choose the keystore file.</source>
        <translation>اختر ملف مخزن المفاتيح.</translation>
    </message>
    <message>
        <source>Encrypting the key…</source>
        <translation>جارٍ تشفير المفتاح…</translation>
    </message>
</context>
<context>
    <name>InteractiveAssist</name>
    <message>
        <source>This campaign names no ML backend for interactive help</source>
        <extracomment>a proposal is on screen (the shape's JSON) the request failed or found nothing (the message shown)</extracomment>
        <translation>لا تحدد هذه الحملة خلفية تعلّم آلي للمساعدة التفاعلية</translation>
    </message>
    <message>
        <source>Asking the model for the object… (Esc cancels)</source>
        <translation>جارٍ سؤال النموذج عن الكائن… (Esc للإلغاء)</translation>
    </message>
    <message>
        <source>The model found no object there</source>
        <translation>لم يجد النموذج أي كائن هناك</translation>
    </message>
    <message>
        <source>Proposed by the model: Enter accepts, Esc rejects, Ctrl+click refines</source>
        <translation>مقترح من النموذج: Enter للقبول، Esc للرفض، Ctrl+نقرة للتحسين</translation>
    </message>
    <message>
        <source>No proposal: {reason}</source>
        <translation>لا اقتراح: {reason}</translation>
    </message>
    <message>
        <source>Accept the model's {noun}</source>
        <translation>قبول {noun} من النموذج</translation>
    </message>
    <message>
        <source>Accepted: edit it like any shape; Ctrl+Z takes it away</source>
        <translation>تم القبول: حرّره كأي شكل؛ يزيله Ctrl+Z</translation>
    </message>
    <message>
        <source>The model's proposal was rejected</source>
        <translation>رُفض اقتراح النموذج</translation>
    </message>
</context>
<context>
    <name>ItemLabeler</name>
    <message>
        <source>Tick or untick: {label}</source>
        <extracomment>the chips changed the annotation (new annotation or None, undo text) an embedded pane changed it (already on the undo stack) the embedded pane has drawn its photo</extracomment>
        <translation>تحديد أو إلغاء تحديد: {label}</translation>
    </message>
    <message>
        <source>Choose: {label}</source>
        <translation>اختيار: {label}</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>هذه المهمة للقراءة فقط</translation>
    </message>
    <message>
        <source>Untick {label}</source>
        <translation>إلغاء تحديد {label}</translation>
    </message>
    <message>
        <source>Tick {label}</source>
        <translation>تحديد {label}</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>اختيار {label}</translation>
    </message>
    <message>
        <source>write the text</source>
        <translation>اكتب النص</translation>
    </message>
    <message>
        <source>import a photo</source>
        <translation>استورد صورة</translation>
    </message>
    <message>
        <source>draw boxes on it</source>
        <translation>ارسم مربعات عليها</translation>
    </message>
    <message>
        <source>draw polygons on it</source>
        <translation>ارسم مضلعات عليها</translation>
    </message>
    <message>
        <source>mark spans in it</source>
        <translation>حدّد مقاطع فيه</translation>
    </message>
    <message>
        <source>label it</source>
        <translation>ضع تسمية له</translation>
    </message>
    <message>
        <source>To {task}, the app needs the pane for {kind}, which is not installed yet.</source>
        <translation>لـ{task}، يحتاج التطبيق إلى لوحة {kind}، وهي غير مثبتة بعد.</translation>
    </message>
    <message>
        <source>First {step}, then {task}.</source>
        <translation>أولًا {step}، ثم {task}.</translation>
    </message>
</context>
<context>
    <name>KeepClaimDialog</name>
    <message>
        <source>Keep the claim for later</source>
        <translation>الاحتفاظ بالمطالبة لوقت لاحق</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>احتفظ بها</translation>
    </message>
    <message>
        <source>{why}

The claim can wait: the next sync that reaches it carries it out while the wallet is unlocked — the hub's relayer sends it.</source>
        <translation>{why}

يمكن للمطالبة أن تنتظر: تُنفّذها المزامنة التالية التي تصل إلى وجهتها ما دامت المحفظة مفتوحة — يرسلها مُرحِّل المركز.</translation>
    </message>
    <message>
        <source>{why}

The claim can wait: the next sync that reaches it carries it out while the wallet is unlocked — your wallet sends it (the gas is estimated then).</source>
        <translation>{why}

يمكن للمطالبة أن تنتظر: تُنفّذها المزامنة التالية التي تصل إلى وجهتها ما دامت المحفظة مفتوحة — ترسلها محفظتك (ويُقدَّر الغاز حينها).</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <source>{label} — press {key}</source>
        <translation>{label} — اضغط {key}</translation>
    </message>
    <message>
        <source>Label {label}, key {key}</source>
        <translation>التسمية {label}، المفتاح {key}</translation>
    </message>
    <message>
        <source>Label {label}</source>
        <translation>التسمية {label}</translation>
    </message>
    <message>
        <source>· predicted by {model}: press the key twice or submit to make it yours</source>
        <extracomment>checked because a model predicted it, and not touched since (drawn dashed and pale)</extracomment>
        <translation>· تنبأ به {model}: اضغط المفتاح مرتين أو أرسل لتجعله لك</translation>
    </message>
</context>
<context>
    <name>LabelMenu</name>
    <message>
        <source>&amp;Label</source>
        <translation>التسمية(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>لغة النظام ({language})</translation>
    </message>
    <message>
        <source>The app shows the new language the next time it starts.</source>
        <translation>يعرض التطبيق اللغة الجديدة عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>The language could not be saved: {error}</source>
        <translation>تعذّر حفظ اللغة: {error}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>الإعدادات(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>اللغة(&amp;L)…</translation>
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
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Sync now (Ctrl+R), Make tasks available offline…, Sync details…</extracomment>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>ملء الشاشة(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Settings ▸ Language… (ui/language_menu.py)</extracomment>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About DataFi Desktop</source>
        <translation>حول DataFi Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>About DataFi Desktop</source>
        <translation>حول DataFi Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;DataFi Desktop {version}&lt;/b&gt;&lt;br&gt;Label data offline, sign every submission, claim rewards on-chain.&lt;br&gt;&lt;br&gt;Profile: {profile}</source>
        <translation>&lt;b&gt;DataFi Desktop {version}&lt;/b&gt;&lt;br&gt;وسم البيانات دون اتصال، وتوقيع كل إرسال، والمطالبة بالمكافآت على السلسلة.&lt;br&gt;&lt;br&gt;الملف الشخصي: {profile}</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <source>Import photo or file…</source>
        <extracomment>the photo is on screen, or could not be shown (message)</extracomment>
        <translation>استيراد صورة أو ملف…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Drop a photo or file here, or press {keys} to choose one.
This task accepts {types}.</source>
        <extracomment>"Importing photo.jpg…" / "Loading photo.jpg…" while the file is copied and decoded off the UI thread (a 48 MP photo takes seconds): never a dark box</extracomment>
        <translation>أفلت صورة أو ملفًا هنا، أو اضغط {keys} لاختيار واحد.
تقبل هذه المهمة {types}.</translation>
    </message>
    <message>
        <source>Loading {file}…</source>
        <translation>جارٍ تحميل {file}…</translation>
    </message>
    <message numerus="yes">
        <source>{size} text file, %n character(s): it is the item's text below.</source>
        <translation>
            <numerusform>ملف نصي بحجم {size}، %n حرف: إنه نص العنصر أدناه.</numerusform>
            <numerusform>ملف نصي بحجم {size}، حرف واحد: إنه نص العنصر أدناه.</numerusform>
            <numerusform>ملف نصي بحجم {size}، حرفان: إنه نص العنصر أدناه.</numerusform>
            <numerusform>ملف نصي بحجم {size}، %n أحرف: إنه نص العنصر أدناه.</numerusform>
            <numerusform>ملف نصي بحجم {size}، %n حرفًا: إنه نص العنصر أدناه.</numerusform>
            <numerusform>ملف نصي بحجم {size}، %n حرف: إنه نص العنصر أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the photo: {error}</source>
        <translation>تعذّر عرض الصورة: {error}</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <translation>اكتب التاريخ بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>ليس تاريخًا صحيحًا</translation>
    </message>
    <message>
        <source>* required</source>
        <extracomment>the user changed a field: (name, value or None to clear, typing — merge the edits) text fields the campaign limits: their character counters</extracomment>
        <translation>* مطلوب</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>how to write a date; it is stored as ISO</comment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>{count} محارف على الأقل</translation>
    </message>
    <message>
        <source>Repeat</source>
        <comment>repeat the password</comment>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>تحتاج كلمة المرور إلى {count} محارف على الأقل.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>At least {count} characters. Nobody can recover it for you: write it down somewhere safe.</source>
        <translation>{count} محارف على الأقل. لا يستطيع أحد استردادها لك: دوّنها في مكان آمن.</translation>
    </message>
    <message>
        <source>{strength}. {hint}</source>
        <comment>password strength, then a hint</comment>
        <translation>{strength}. {hint}</translation>
    </message>
    <message>
        <source>{hint}  The two passwords differ.</source>
        <translation>{hint}  كلمتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <source>S&amp;top</source>
        <translation>إيقاف(&amp;T)</translation>
    </message>
    <message>
        <source>Stop after the current page; what came stays</source>
        <translation>الإيقاف بعد الصفحة الحالية؛ يبقى ما وصل</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>تنزيل(&amp;D)</translation>
    </message>
    <message>
        <source>Make tasks available offline</source>
        <translation>إتاحة المهام دون اتصال</translation>
    </message>
    <message>
        <source>Reserve tasks on the hub and download everything they need, so you can label them without a connection. The hub holds them for you for the time below.</source>
        <translation>احجز مهام على المركز ونزِّل كل ما تحتاج إليه، لتضع تسمياتها دون اتصال. يحتفظ بها المركز لك طوال المدة أدناه.</translation>
    </message>
    <message>
        <source> tasks</source>
        <comment>suffix of a number of tasks</comment>
        <translation> مهمة</translation>
    </message>
    <message>
        <source> days</source>
        <comment>suffix of a number of days</comment>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>الحملة(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>العدد(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>مدة الاحتفاظ(&amp;K):</translation>
    </message>
    <message>
        <source>No hub is set for this profile, so there is nothing to download (start with --hub URL).</source>
        <translation>لا مركز محدَّد لهذا الملف الشخصي، لذا لا شيء للتنزيل (شغّل مع --hub URL).</translation>
    </message>
    <message>
        <source>No campaign yet: sync once while online to list the hub's campaigns.</source>
        <translation>لا حملة بعد: زامِن مرة واحدة وأنت متصل لعرض حملات المركز.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>استئناف(&amp;R)</translation>
    </message>
    <message>
        <source>An earlier download of %1 tasks stopped after %2; Resume continues it.</source>
        <translation>توقف تنزيل سابق لـ %1 مهمة بعد %2؛ «استئناف» يكمله.</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>يتوقف بعد هذه الصفحة…</translation>
    </message>
    <message>
        <source>%v of %m tasks reserved</source>
        <translation>حُجزت %v من %m مهمة</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v من %m ملف</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a signed-in account.</source>
        <translation>افتح قفل المحفظة (Ctrl+U) أولًا: يحجز المركز المهام لحساب مسجَّل الدخول.</translation>
    </message>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>جارٍ حجز %n مهمة…</numerusform>
            <numerusform>جارٍ حجز مهمة واحدة…</numerusform>
            <numerusform>جارٍ حجز مهمتين…</numerusform>
            <numerusform>جارٍ حجز %n مهام…</numerusform>
            <numerusform>جارٍ حجز %n مهمة…</numerusform>
            <numerusform>جارٍ حجز %n مهمة…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputCard</name>
    <message>
        <source>Preferred</source>
        <translation>المفضَّلة</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>تعادل</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Tasks</source>
        <extracomment>position in the navigation: Tasks 10, Review 20, Rewards 30, Wallet 40 the menu this page's actions go in ("&amp;Tasks"); empty for none the module (relative to this package) and the class the pages of a new window, in navigation order</extracomment>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>المكافآت</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>المحفظة</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>المهام(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>المراجعة(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Rewards</source>
        <translation>المكافآت(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>المحفظة(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PaneSet</name>
    <message>
        <source>failing ({error})</source>
        <translation>معطّلة ({error})</translation>
    </message>
</context>
<context>
    <name>PredictionAssistant</name>
    <message>
        <source>Prediction request cancelled</source>
        <extracomment>a fallback run when no backend answers: (editor) → a worker function or None a prediction was shown (model) — for tests and the status bar the request failed or gave nothing (the message shown)</extracomment>
        <translation>أُلغي طلب التنبؤ</translation>
    </message>
    <message>
        <source>Open a task first</source>
        <translation>افتح مهمة أولًا</translation>
    </message>
    <message>
        <source>This task is read-only: nothing to predict</source>
        <translation>هذه المهمة للقراءة فقط: لا شيء للتنبؤ به</translation>
    </message>
    <message>
        <source>This campaign names no ML backend and ships no offline model for this kind of task</source>
        <translation>لا تحدد هذه الحملة خلفية تعلّم آلي ولا توفر نموذجًا دون اتصال لهذا النوع من المهام</translation>
    </message>
    <message>
        <source>Asking the model for a prediction… (Ctrl+P again cancels)</source>
        <translation>جارٍ طلب تنبؤ من النموذج… (Ctrl+P مرة أخرى للإلغاء)</translation>
    </message>
    <message>
        <source>The model has no prediction for this task</source>
        <translation>ليس لدى النموذج تنبؤ لهذه المهمة</translation>
    </message>
    <message>
        <source>The prediction cannot be shown: the task is read-only now</source>
        <translation>لا يمكن عرض التنبؤ: أصبحت المهمة للقراءة فقط</translation>
    </message>
    <message>
        <source>Prediction by {model}: edit it, or accept it; Ctrl+Z undoes it</source>
        <translation>تنبؤ من {model}: حرّره أو اقبله؛ يتراجع عنه Ctrl+Z</translation>
    </message>
    <message>
        <source>No prediction: {reason}</source>
        <translation>لا تنبؤ: {reason}</translation>
    </message>
</context>
<context>
    <name>PredictionBanner</name>
    <message>
        <source>Prediction by {model} — check each item: edit it, or accept it with Enter ({keys} accepts all)</source>
        <translation>تنبؤ من {model} — تحقق من كل عنصر: حرّره أو اقبله بـ Enter (يقبل {keys} الكل)</translation>
    </message>
</context>
<context>
    <name>ProgressiveLoader</name>
    <message>
        <source>The full resolution could not be decoded: {error}</source>
        <extracomment>(LoadedImage, is_full_resolution) nothing could be shown: a message for the user naming the file and the problem the full resolution failed (the screen-sized picture stays up) scale of the pixmap delivered last (decoded size / full size); 0 before any where screen-size previews of large photos are kept (core.previews), if set</extracomment>
        <translation>تعذّر فك ترميز الدقة الكاملة: {error}</translation>
    </message>
</context>
<context>
    <name>QualityStrip</name>
    <message>
        <source>Your running figures in this campaign, as the hub last reported them: agreement with other annotators of the same tasks, and your score on gold tasks (known answers)</source>
        <translation>أرقامك الحالية في هذه الحملة كما أبلغ عنها المركز آخر مرة: التوافق مع المُعلِّقين الآخرين على المهام نفسها، ونتيجتك في المهام الذهبية (إجابات معروفة)</translation>
    </message>
    <message>
        <source>My quality</source>
        <translation>جودتي</translation>
    </message>
    <message>
        <source>No figures yet: the hub reports them once your work has been compared and reviewed.</source>
        <translation>لا أرقام بعد: يبلغ المركز عنها بعد مقارنة عملك ومراجعته.</translation>
    </message>
    <message>
        <source>My quality · {account}</source>
        <translation>جودتي · {account}</translation>
    </message>
</context>
<context>
    <name>QualityTableModel</name>
    <message>
        <source>Annotator</source>
        <extracomment>the AnnotatorRow of a row (any column)</extracomment>
        <translation>المعلِّق</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>الإرسالات</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>دقة المهام الذهبية</translation>
    </message>
    <message>
        <source>Suggestion kept</source>
        <translation>الاقتراح المُبقى</translation>
    </message>
    <message>
        <source>Campaign rate</source>
        <translation>معدل الحملة</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>مُعلَّم</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>المكافآت</translation>
    </message>
    <message>
        <source>gold accuracy</source>
        <translation>دقة المهام الذهبية</translation>
    </message>
    <message>
        <source>rubber stamp</source>
        <translation>الموافقة الآلية</translation>
    </message>
    <message>
        <source>{rate} of {shown}</source>
        <translation>{rate} من {shown}</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>غير محجوزة</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the reasons of a hold</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Held</source>
        <translation>محجوزة</translation>
    </message>
    <message>
        <source>Held: {why}</source>
        <translation>محجوزة: {why}</translation>
    </message>
    <message>
        <source>{rate} of {answers}</source>
        <translation>{rate} من {answers}</translation>
    </message>
    <message>
        <source>⚑ Flagged</source>
        <translation>⚑ مُعلَّم</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Show tasks in this state</source>
        <extracomment>the task shown in the detail pane changed (its cache uid, -1 for none)</extracomment>
        <translation>إظهار المهام في هذه الحالة</translation>
    </message>
    <message>
        <source>Show tasks of this kind</source>
        <translation>إظهار المهام من هذا النوع</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>تصفية (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the tasks whose text, task id or #number contains this</source>
        <translation>إظهار المهام التي يحتوي نصها أو معرّفها أو #رقمها على هذا</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>The tasks of the campaign; Return opens the selected one</source>
        <translation>مهام الحملة؛ يفتح Return المهمة المحددة</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>لا حملة بعد</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>أُنجز {done} من {total}</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>المهمة التالية(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>المهمة السابقة(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filter text…</source>
        <translation>تصفية النص(&amp;F)…</translation>
    </message>
    <message>
        <source>Show &amp;all tasks</source>
        <translation>إظهار كل المهام(&amp;A)</translation>
    </message>
    <message>
        <source>Show tasks &amp;to do</source>
        <translation>إظهار المهام المطلوب إنجازها(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث(&amp;R)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>للإنجاز</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln task(s) shown</source>
        <translation>
            <numerusform>معروض {shown} من %Ln مهمة</numerusform>
            <numerusform>معروض {shown} من مهمة واحدة</numerusform>
            <numerusform>معروض {shown} من مهمتين</numerusform>
            <numerusform>معروض {shown} من %Ln مهام</numerusform>
            <numerusform>معروض {shown} من %Ln مهمة</numerusform>
            <numerusform>معروض {shown} من %Ln مهمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingScaleWidget</name>
    <message>
        <source>Rating {scale}, {low} to {high}</source>
        <extracomment>at most this many values are shown as buttons digits typed within this many seconds make one number (scale name, rating or None to clear) a key that cannot rate this scale, in words for the status bar</extracomment>
        <translation>التقييم {scale}، من {low} إلى {high}</translation>
    </message>
    <message>
        <source> (press {key}, then a number)</source>
        <extracomment>"· predicted by …" while the rating is a model's that nobody set (text, never hidden, so that nothing moves when it goes)</extracomment>
        <translation> (اضغط {key}، ثم رقمًا)</translation>
    </message>
    <message>
        <source>· predicted by {model}</source>
        <translation>· تنبأ به {model}</translation>
    </message>
    <message>
        <source>The model's rating: rate it yourself, or confirm it when you submit</source>
        <translation>تقييم النموذج: قيّم بنفسك، أو أكّده عند الإرسال</translation>
    </message>
    <message>
        <source>{scale} goes from {low} to {high}</source>
        <translation>يتراوح {scale} من {low} إلى {high}</translation>
    </message>
</context>
<context>
    <name>ReasonEdit</name>
    <message>
        <source>Why is it better? (optional) — press R to write here, Esc to leave</source>
        <translation>لماذا هي أفضل؟ (اختياري) — اضغط R للكتابة هنا، وEsc للمغادرة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Say why: pick a reason (its number) or write one.</source>
        <translation>اذكر السبب: اختر سببًا (برقمه) أو اكتب واحدًا.</translation>
    </message>
    <message>
        <source>Reject: say why</source>
        <translation>رفض: اذكر السبب</translation>
    </message>
    <message>
        <source>Press a reason's number, add details if you like, then Enter. Esc cancels.</source>
        <translation>اضغط رقم السبب، وأضف تفاصيل إن شئت، ثم Enter. ‏Esc للإلغاء.</translation>
    </message>
    <message>
        <source>Reject the label by {annotator}. {how}</source>
        <translation>رفض تسمية {annotator}. {how}</translation>
    </message>
    <message>
        <source>Details (required when no reason is picked)</source>
        <translation>التفاصيل (مطلوبة إن لم تختر سببًا)</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>verb: reject the submission</comment>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Reason {number}</source>
        <translation>السبب {number}</translation>
    </message>
    <message>
        <source>Say why: write the reason.</source>
        <translation>اذكر السبب: اكتب السبب.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Could not reserve tasks: {error}</source>
        <translation>تعذّر حجز المهام: {error}</translation>
    </message>
    <message>
        <source>{message}. Try again when the hub is reachable.</source>
        <translation>{message}. أعد المحاولة حين يصبح المركز متاحًا.</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: reserving tasks is signed.</source>
        <translation>افتح قفل المحفظة (Ctrl+U) أولًا: حجز المهام يتطلب توقيعًا.</translation>
    </message>
    <message>
        <source>The hub refused: {message}</source>
        <translation>رفض المركز: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) downloaded</source>
        <translation>
            <numerusform>نُزِّل %Ln ملف</numerusform>
            <numerusform>نُزِّل ملف واحد</numerusform>
            <numerusform>نُزِّل ملفان</numerusform>
            <numerusform>نُزِّلت %Ln ملفات</numerusform>
            <numerusform>نُزِّل %Ln ملفًا</numerusform>
            <numerusform>نُزِّل %Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln task(s) available offline, {files}. Resume continues from there.</source>
        <translation>
            <numerusform>توقف: %Ln مهمة متاحة دون اتصال، و{files}. «استئناف» يكمل من هناك.</numerusform>
            <numerusform>توقف: مهمة واحدة متاحة دون اتصال، و{files}. «استئناف» يكمل من هناك.</numerusform>
            <numerusform>توقف: مهمتان متاحتان دون اتصال، و{files}. «استئناف» يكمل من هناك.</numerusform>
            <numerusform>توقف: %Ln مهام متاحة دون اتصال، و{files}. «استئناف» يكمل من هناك.</numerusform>
            <numerusform>توقف: %Ln مهمة متاحة دون اتصال، و{files}. «استئناف» يكمل من هناك.</numerusform>
            <numerusform>توقف: %Ln مهمة متاحة دون اتصال، و{files}. «استئناف» يكمل من هناك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) available offline; {files}. They are in the Tasks page.</source>
        <translation>
            <numerusform>%Ln مهمة متاحة دون اتصال؛ و{files}. تجدها في صفحة المهام.</numerusform>
            <numerusform>مهمة واحدة متاحة دون اتصال؛ و{files}. تجدها في صفحة المهام.</numerusform>
            <numerusform>مهمتان متاحتان دون اتصال؛ و{files}. تجدهما في صفحة المهام.</numerusform>
            <numerusform>%Ln مهام متاحة دون اتصال؛ و{files}. تجدها في صفحة المهام.</numerusform>
            <numerusform>%Ln مهمة متاحة دون اتصال؛ و{files}. تجدها في صفحة المهام.</numerusform>
            <numerusform>%Ln مهمة متاحة دون اتصال؛ و{files}. تجدها في صفحة المهام.</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} The hub says: {notes}.</source>
        <translation>{text} يقول المركز: {notes}.</translation>
    </message>
    <message>
        <source>{text} (The hub had {leased} of the {asked} asked for.)</source>
        <translation>{text} (كان لدى المركز {leased} من أصل {asked} مطلوبة.)</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>قبول(&amp;A)</translation>
    </message>
    <message>
        <source>The label is right: sign an accept</source>
        <translation>التسمية صحيحة: وقّع قبولًا</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>رفض(&amp;R)…</translation>
    </message>
    <message>
        <source>The label is wrong: say why, then sign a reject</source>
        <translation>التسمية خاطئة: اذكر السبب ثم وقّع رفضًا</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>تصحيح(&amp;C)</translation>
    </message>
    <message>
        <source>Fix the label in the pane, then sign the correction</source>
        <translation>أصلح التسمية في اللوحة ثم وقّع التصحيح</translation>
    </message>
    <message>
        <source>&amp;Sign the correction</source>
        <translation>توقيع التصحيح(&amp;S)</translation>
    </message>
    <message>
        <source>Sign the corrected label</source>
        <translation>وقّع التسمية المصحَّحة</translation>
    </message>
    <message>
        <source>Cancel the correctio&amp;n</source>
        <translation>إلغاء التصحيح(&amp;N)</translation>
    </message>
    <message>
        <source>Back to the label under review</source>
        <translation>العودة إلى التسمية قيد المراجعة</translation>
    </message>
    <message>
        <source>&amp;Next submission</source>
        <translation>الإرسال التالي(&amp;N)</translation>
    </message>
    <message>
        <source>Leave this one for later and show the next</source>
        <translation>اترك هذا لوقت لاحق واعرض التالي</translation>
    </message>
    <message>
        <source>&amp;Previous submission</source>
        <translation>الإرسال السابق(&amp;P)</translation>
    </message>
    <message>
        <source>Show the one before</source>
        <translation>اعرض الذي قبله</translation>
    </message>
    <message>
        <source>Show the next &amp;label of this task</source>
        <translation>إظهار التسمية التالية لهذه المهمة(&amp;L)</translation>
    </message>
    <message>
        <source>The other annotators' labels and the consensus, in turn</source>
        <translation>تسميات المعلِّقين الآخرين والتوافق، بالتناوب</translation>
    </message>
    <message>
        <source>&amp;Get more to review</source>
        <translation>جلب المزيد للمراجعة(&amp;G)</translation>
    </message>
    <message>
        <source>Lease submissions of other annotators from the hub (then sync)</source>
        <translation>استأجر إرسالات معلِّقين آخرين من المركز (ثم زامِن)</translation>
    </message>
    <message>
        <source>Annotators' &amp;quality…</source>
        <translation>جودة المعلِّقين(&amp;Q)…</translation>
    </message>
    <message>
        <source>Every annotator's figures in this campaign, as the hub reports them (reviewers and admins)</source>
        <translation>أرقام كل معلِّق في هذه الحملة كما يبلغ عنها المركز (المراجعون والمشرفون)</translation>
    </message>
</context>
<context>
    <name>ReviewFetcher</name>
    <message>
        <source>Sync is off (no hub), so no new submissions can be fetched. Start with --hub URL; what is already here can be reviewed.</source>
        <extracomment>how long leased submissions stay ours to review offline (the hub caps it at 14 days) a message for the page ("Fetching 50 submissions to review…", "Offline: …") a fetch started (True) or ended (False) a fetch ended and the cache may hold new items (the report, or the error) campaigns the hub refused to lease reviews of (no reviewer role)</extracomment>
        <translation>المزامنة متوقفة (لا مركز)، لذا لا يمكن جلب إرسالات جديدة. شغّل مع --hub URL؛ يمكن مراجعة ما هو موجود هنا.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching up to %n submission(s) to review…</source>
        <translation>
            <numerusform>جارٍ جلب ما يصل إلى %n إرسال للمراجعة…</numerusform>
            <numerusform>جارٍ جلب إرسال واحد للمراجعة…</numerusform>
            <numerusform>جارٍ جلب ما يصل إلى إرسالين للمراجعة…</numerusform>
            <numerusform>جارٍ جلب ما يصل إلى %n إرسالات للمراجعة…</numerusform>
            <numerusform>جارٍ جلب ما يصل إلى %n إرسالًا للمراجعة…</numerusform>
            <numerusform>جارٍ جلب ما يصل إلى %n إرسال للمراجعة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch submissions to review: {error}</source>
        <translation>تعذّر جلب إرساليات للمراجعة: {error}</translation>
    </message>
    <message>
        <source>Offline: the hub cannot be reached. Review what is already here; the verdicts are sent and more submissions fetched when it answers.</source>
        <translation>غير متصل: لا يمكن الوصول إلى المركز. راجع ما هو موجود هنا؛ تُرسل الأحكام وتُجلب إرساليات أخرى عندما يستجيب.</translation>
    </message>
    <message>
        <source>Unlock the wallet to sync: the hub needs your signature to sign in.</source>
        <translation>افتح قفل المحفظة للمزامنة: يحتاج المركز إلى توقيعك لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>Sync problem: {message}</source>
        <translation>مشكلة في المزامنة: {message}</translation>
    </message>
    <message>
        <source>The hub does not let this account review campaign “{campaign}”: a reviewer role is needed.</source>
        <translation>لا يسمح المركز لهذا الحساب بمراجعة الحملة “{campaign}”: يلزم دور المراجع.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) leased to review</source>
        <translation>
            <numerusform>لا إرساليات محجوزة للمراجعة</numerusform>
            <numerusform>إرسالية واحدة محجوزة للمراجعة</numerusform>
            <numerusform>إرساليتان محجوزتان للمراجعة</numerusform>
            <numerusform>%n إرساليات محجوزة للمراجعة</numerusform>
            <numerusform>%n إرسالية محجوزة للمراجعة</numerusform>
            <numerusform>%n إرسالية محجوزة للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review right now.</source>
        <translation>لا شيء بانتظار المراجعة الآن.</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>Possible copy: {detail}</source>
        <extracomment>the panes' contexts of "This task is read-only" (the message replaced while reviewing)</extracomment>
        <translation>نسخ محتمل: {detail}</translation>
    </message>
    <message>
        <source>Task id</source>
        <extracomment>a short message for the page's message line the pane asked to submit (Enter on a complete label) while correcting "empty", "review" (read-only), "correct" (editable) or "done" (reviewed here)</extracomment>
        <translation>معرّف المهمة</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>أرسله</translation>
    </message>
    <message>
        <source>&amp;Others' shapes</source>
        <translation>أشكال الآخرين(&amp;O)</translation>
    </message>
    <message>
        <source>Draw the other annotators' boxes or polygons dashed over the image, in the colour of their card (Alt+O)</source>
        <translation>ارسم مربعات المعلِّقين الآخرين أو مضلعاتهم متقطعة فوق الصورة، بلون بطاقة كل منهم (Alt+O)</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>لا شيء للمراجعة</translation>
    </message>
    <message>
        <source>by {annotator} · {when}</source>
        <translation>من {annotator} · {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n more review(s) needed</source>
        <translation>
            <numerusform>لا حاجة إلى مراجعات أخرى (%n)</numerusform>
            <numerusform>تلزم مراجعة أخرى واحدة</numerusform>
            <numerusform>تلزم مراجعتان أخريان</numerusform>
            <numerusform>تلزم %n مراجعات أخرى</numerusform>
            <numerusform>تلزم %n مراجعة أخرى</numerusform>
            <numerusform>تلزم %n مراجعة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Labeled and signed by {annotator}</source>
        <translation>وسَمه ووقّعه {annotator}</translation>
    </message>
    <message>
        <source>Sign the correction (Ctrl+Enter) or cancel it (Esc) first</source>
        <translation>وقّع التصحيح أولًا (Ctrl+Enter) أو ألغِه (Esc)</translation>
    </message>
    <message>
        <source>Showing {card}: {summary}</source>
        <translation>عرض {card}: {summary}</translation>
    </message>
    <message>
        <source>Showing the label under review</source>
        <translation>عرض التسمية قيد المراجعة</translation>
    </message>
    <message>
        <source>Correcting, starting from the label under review: edit it with the pane's keys, then Ctrl+Enter signs the correction · Esc cancels · Ctrl+Z undoes</source>
        <translation>جارٍ التصحيح انطلاقًا من التسمية قيد المراجعة: عدّلها بمفاتيح اللوحة، ثم Ctrl+Enter يوقّع التصحيح · Esc للإلغاء · Ctrl+Z للتراجع</translation>
    </message>
    <message>
        <source>Correcting, starting from {card}: edit it with the pane's keys, then Ctrl+Enter signs the correction · Esc cancels · Ctrl+Z undoes</source>
        <translation>جارٍ التصحيح انطلاقًا من {card}: عدّلها بمفاتيح اللوحة، ثم Ctrl+Enter يوقّع التصحيح · Esc للإلغاء · Ctrl+Z للتراجع</translation>
    </message>
    <message>
        <source>Read-only while reviewing: press C to correct the label</source>
        <translation>للقراءة فقط أثناء المراجعة: اضغط C لتصحيح التسمية</translation>
    </message>
</context>
<context>
    <name>ReviewItemsModel</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>المعلِّق</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation>حكمك</translation>
    </message>
</context>
<context>
    <name>ReviewListPanel</name>
    <message>
        <source>To review</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>Reviewed here</source>
        <translation>رُوجعت هنا</translation>
    </message>
    <message>
        <source>Other annotators' submissions leased to you: judge each one with a key (A accept, R reject, C correct); every verdict is signed. They stay here to review offline.</source>
        <translation>إرسالات معلِّقين آخرين محجوزة لك: احكم على كل منها بمفتاح (A قبول، R رفض، C تصحيح)؛ كل حكم يُوقَّع. تبقى هنا لمراجعتها دون اتصال.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>The campaign to review</source>
        <translation>الحملة المراد مراجعتها</translation>
    </message>
    <message>
        <source>How many submissions to keep leased for review</source>
        <translation>عدد الإرسالات التي تبقى محجوزة للمراجعة</translation>
    </message>
    <message>
        <source>Get more to review  G</source>
        <translation>احصل على المزيد للمراجعة  G</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Which submissions the list shows</source>
        <translation>الإرسالات التي تعرضها القائمة</translation>
    </message>
    <message>
        <source>Submissions to review</source>
        <translation>إرسالات للمراجعة</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Nothing to move to: press G to get submissions to review</source>
        <translation>لا شيء للانتقال إليه: اضغط G للحصول على إرسالات للمراجعة</translation>
    </message>
    <message>
        <source>This is the last one</source>
        <translation>هذا هو الأخير</translation>
    </message>
    <message>
        <source>This is the first one</source>
        <translation>هذا هو الأول</translation>
    </message>
    <message>
        <source>signed, waiting to be sent</source>
        <translation>موقَّع، بانتظار الإرسال</translation>
    </message>
    <message>
        <source>the hub has it</source>
        <translation>وصل إلى المركز</translation>
    </message>
    <message>
        <source>refused by the hub: {reason}</source>
        <translation>رفضه المركز: {reason}</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>بلا سبب</translation>
    </message>
    <message>
        <source>You accepted it{reason} {when} · {status}</source>
        <translation>قبلتَه{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>You rejected it{reason} {when} · {status}</source>
        <translation>رفضتَه{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>You corrected it{reason} {when} · {status}</source>
        <translation>صحّحتَه{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>No campaign yet: sync with a hub to get one.</source>
        <translation>لا حملة بعد: قم بالمزامنة مع مركز للحصول على حملة.</translation>
    </message>
    <message>
        <source>No verdicts made here yet in this campaign.</source>
        <translation>لم تُصدَر هنا أي أحكام بعد في هذه الحملة.</translation>
    </message>
    <message>
        <source>This account is not a reviewer of campaign “{campaign}”.

Ask the campaign's admin for the reviewer role (on the hub: datafi-hub role grant CAMPAIGN ADDRESS reviewer), then press G.</source>
        <translation>هذا الحساب ليس مراجعًا في الحملة «{campaign}».

اطلب من مسؤول الحملة دور المراجع (على المركز: datafi-hub role grant CAMPAIGN ADDRESS reviewer)، ثم اضغط G.</translation>
    </message>
    <message>
        <source>Sync is off (no hub): start the app with --hub URL to lease submissions.</source>
        <translation>المزامنة متوقفة (لا مركز): شغّل التطبيق مع --hub URL لحجز الإرسالات.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to review here.

Press G to lease up to %n submission(s) of other annotators from the hub. They stay on this computer, so you can review them offline.</source>
        <translation>
            <numerusform>لا شيء للمراجعة هنا.

اضغط G لحجز ما يصل إلى %n إرسال من المعلِّقين الآخرين من المركز. تبقى على هذا الحاسوب، لذا يمكنك مراجعتها دون اتصال.</numerusform>
            <numerusform>لا شيء للمراجعة هنا.

اضغط G لحجز إرسال واحد (%n) لمعلِّق آخر من المركز. يبقى على هذا الحاسوب، لذا يمكنك مراجعته دون اتصال.</numerusform>
            <numerusform>لا شيء للمراجعة هنا.

اضغط G لحجز ما يصل إلى إرسالَين (%n) للمعلِّقين الآخرين من المركز. يبقيان على هذا الحاسوب، لذا يمكنك مراجعتهما دون اتصال.</numerusform>
            <numerusform>لا شيء للمراجعة هنا.

اضغط G لحجز ما يصل إلى %n إرسالات للمعلِّقين الآخرين من المركز. تبقى على هذا الحاسوب، لذا يمكنك مراجعتها دون اتصال.</numerusform>
            <numerusform>لا شيء للمراجعة هنا.

اضغط G لحجز ما يصل إلى %n إرسالًا للمعلِّقين الآخرين من المركز. تبقى على هذا الحاسوب، لذا يمكنك مراجعتها دون اتصال.</numerusform>
            <numerusform>لا شيء للمراجعة هنا.

اضغط G لحجز ما يصل إلى %n إرسال للمعلِّقين الآخرين من المركز. تبقى على هذا الحاسوب، لذا يمكنك مراجعتها دون اتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to review</source>
        <translation>{count} للمراجعة</translation>
    </message>
    <message>
        <source>{count} reviewed here</source>
        <translation>{count} روجعت هنا</translation>
    </message>
    <message>
        <source>{count} waiting to be sent</source>
        <translation>{count} بانتظار الإرسال</translation>
    </message>
    <message>
        <source>{count} of your own not listed: someone else reviews them</source>
        <translation>{count} من إرسالاتك غير مدرجة: يراجعها شخص آخر</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) refused by the hub: {reason}</source>
        <translation>
            <numerusform>%n حكم رفضها المركز: {reason}</numerusform>
            <numerusform>حكم واحد (%n) رفضه المركز: {reason}</numerusform>
            <numerusform>حكمان (%n) رفضهما المركز: {reason}</numerusform>
            <numerusform>%n أحكام رفضها المركز: {reason}</numerusform>
            <numerusform>%n حكمًا رفضها المركز: {reason}</numerusform>
            <numerusform>%n حكم رفضها المركز: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>Already reviewed here</source>
        <translation>رُوجعت هنا من قبل</translation>
    </message>
    <message>
        <source>Finish the correction first</source>
        <translation>أنهِ التصحيح أولًا</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>لم تُرفض</translation>
    </message>
    <message>
        <source>This kind of task cannot be corrected here: accept or reject it</source>
        <translation>لا يمكن تصحيح هذا النوع من المهام هنا: اقبلها أو ارفضها</translation>
    </message>
    <message>
        <source>Correcting: Ctrl+Enter signs the correction, Esc cancels</source>
        <translation>جارٍ التصحيح: Ctrl+Enter يوقّع التصحيح، وEsc يلغي</translation>
    </message>
    <message>
        <source>Not signed yet: {problem}</source>
        <translation>لم تُوقَّع بعد: {problem}</translation>
    </message>
    <message>
        <source>Correction cancelled: nothing was signed</source>
        <translation>أُلغي التصحيح: لم يُوقَّع شيء</translation>
    </message>
    <message>
        <source>Accepted and signed ({signer}); queued for the hub</source>
        <translation>قُبل ووُقِّع ({signer})؛ في قائمة الانتظار للمركز</translation>
    </message>
    <message>
        <source>Rejected and signed ({signer}); queued for the hub</source>
        <translation>رُفض ووُقِّع ({signer})؛ في قائمة الانتظار للمركز</translation>
    </message>
    <message>
        <source>Corrected and signed ({signer}); queued for the hub</source>
        <translation>صُحِّح ووُقِّع ({signer})؛ في قائمة الانتظار للمركز</translation>
    </message>
    <message>
        <source>No campaign to review yet: sync with a hub first</source>
        <translation>لا توجد حملة للمراجعة بعد: زامِن مع مركز أولًا</translation>
    </message>
    <message>
        <source>Not fetched: the wallet is still locked.</source>
        <translation>لم يُجلب شيء: المحفظة ما زالت مقفلة.</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <source>Rewards</source>
        <translation>المكافآت</translation>
    </message>
    <message>
        <source>Accepted work earns tokens. Each epoch the hub posts a Merkle root of everyone's earnings on-chain; claim what is settled from your wallet, or let the hub send the claim when you hold no ETH for gas.</source>
        <translation>يكسب العمل المقبول رموزًا. في كل حقبة ينشر المركز على السلسلة جذر ميركل لأرباح الجميع؛ اطلب ما تمت تسويته من محفظتك، أو دع المركز يرسل المطالبة حين لا تملك ETH للغاز.</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>الحملة(&amp;C)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>المطالبات</translation>
    </message>
    <message>
        <source>&amp;Claim…</source>
        <translation>المطالبة(&amp;C)…</translation>
    </message>
    <message>
        <source>Claim through the &amp;hub…</source>
        <translation>المطالبة عبر المركز(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Refresh rewards</source>
        <translation>تحديث المكافآت(&amp;R)</translation>
    </message>
    <message>
        <source>Chain &amp;settings…</source>
        <translation>إعدادات السلسلة(&amp;S)…</translation>
    </message>
    <message>
        <source>Account {address}</source>
        <translation>الحساب {address}</translation>
    </message>
    <message>
        <source>No account yet: create or import one on the Wallet page (Ctrl+4).</source>
        <translation>لا يوجد حساب بعد: أنشئ حسابًا أو استورده في صفحة المحفظة (Ctrl+4).</translation>
    </message>
    <message>
        <source>No campaign here settles its rewards on a chain yet. Campaigns name their chain and distributor; sync with the hub to fetch them.</source>
        <translation>لا توجد هنا بعد حملة تسوّي مكافآتها على سلسلة. تذكر الحملات سلسلتها وموزِّعها؛ زامِن مع المركز لجلبها.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>The claim failed: {error}</source>
        <translation>فشلت المطالبة: {error}</translation>
    </message>
    <message>
        <source>The claim was dropped: {error}</source>
        <translation>أُسقطت المطالبة: {error}</translation>
    </message>
    <message>
        <source>The claim is {state}: {error}</source>
        <translation>حالة المطالبة {state}: {error}</translation>
    </message>
    <message>
        <source>Could not refresh: {error}</source>
        <translation>تعذّر التحديث: {error}</translation>
    </message>
    <message>
        <source>Nothing is settled for this account yet.</source>
        <translation>لم تتم تسوية أي شيء لهذا الحساب بعد.</translation>
    </message>
    <message>
        <source>Estimating the gas…</source>
        <translation>جارٍ تقدير الغاز…</translation>
    </message>
    <message>
        <source>Nothing to claim: everything settled is already paid.</source>
        <translation>لا شيء للمطالبة به: كل ما تمت تسويته مدفوع بالفعل.</translation>
    </message>
    <message>
        <source>The chain cannot be reached: {error}.</source>
        <translation>تعذّر الوصول إلى السلسلة: {error}.</translation>
    </message>
    <message>
        <source>The distributor would refuse this claim — {reason}</source>
        <translation>سيرفض الموزِّع هذه المطالبة — {reason}</translation>
    </message>
    <message>
        <source>Could not prepare the claim ({error}).</source>
        <translation>تعذّر تجهيز المطالبة ({error}).</translation>
    </message>
    <message>
        <source>Sending {transaction}…</source>
        <translation>جارٍ إرسال {transaction}…</translation>
    </message>
    <message>
        <source>Claimed: the tokens are in your account.</source>
        <translation>تمت المطالبة: الرموز في حسابك.</translation>
    </message>
    <message>
        <source>Sent: waiting for the transaction to be mined.</source>
        <translation>أُرسلت: بانتظار تعدين المعاملة.</translation>
    </message>
    <message>
        <source>Not sent yet ({error}); it will be sent again.</source>
        <translation>لم تُرسَل بعد ({error})؛ ستُرسَل مرة أخرى.</translation>
    </message>
    <message>
        <source>Nothing settled yet, or no hub for this campaign.</source>
        <translation>لم تتم تسوية شيء بعد، أو لا مركز لهذه الحملة.</translation>
    </message>
    <message>
        <source>The hub sent your claim.</source>
        <translation>أرسل المركز مطالبتك.</translation>
    </message>
    <message>
        <source>{error} (try again in {seconds} s)</source>
        <translation>{error} (أعد المحاولة بعد {seconds} ث)</translation>
    </message>
    <message>
        <source>The hub refused: {error}</source>
        <translation>رفض المركز: {error}</translation>
    </message>
    <message>
        <source>The hub cannot relay it now: the claim is kept and sent at the next sync.</source>
        <translation>لا يستطيع المركز ترحيلها الآن: تُحفظ المطالبة وتُرسَل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Could not reach the hub's relayer ({error}).</source>
        <translation>تعذّر الوصول إلى مُرحِّل المركز ({error}).</translation>
    </message>
    <message>
        <source>Handing the claim to the hub…</source>
        <translation>جارٍ تسليم المطالبة إلى المركز…</translation>
    </message>
    <message>
        <source>Kept: the claim is sent at the next sync.</source>
        <translation>حُفظت: تُرسَل المطالبة في المزامنة التالية.</translation>
    </message>
    <message>
        <source>A claim is already on its way.</source>
        <translation>هناك مطالبة في الطريق بالفعل.</translation>
    </message>
    <message>
        <source>Chain settings</source>
        <translation>إعدادات السلسلة</translation>
    </message>
    <message>
        <source>Chain settings saved.</source>
        <translation>حُفظت إعدادات السلسلة.</translation>
    </message>
</context>
<context>
    <name>ShapeList</name>
    <message>
        <source>malformed — delete it</source>
        <extracomment>a row was clicked (shape index) the eye of a row was clicked (shape index) said in the empty list ("No boxes yet: press B and drag") what each row shows (label, colour, hidden), to skip unchanged rows cheaply</extracomment>
        <translation>تالف — احذفه</translation>
    </message>
    <message>
        <source>{label} · predicted</source>
        <extracomment>Sizes in device-independent pixels (constant on screen at any zoom). the further polygons of an object in several parts, children of ``item`` the shape's bounds (image pixels), where its tag is placed from cosmetic pens are in device pixels: widths are multiplied by the device pixel ratio</extracomment>
        <translation>{label} · متنبَّأ به</translation>
    </message>
</context>
<context>
    <name>ShapeWords</name>
    <message numerus="yes">
        <source>%n span(s): {labels}</source>
        <translation>
            <numerusform>%n مقطع: {labels}</numerusform>
            <numerusform>مقطع واحد: {labels}</numerusform>
            <numerusform>مقطعان: {labels}</numerusform>
            <numerusform>%n مقاطع: {labels}</numerusform>
            <numerusform>%n مقطعًا: {labels}</numerusform>
            <numerusform>%n مقطع: {labels}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es): {labels}</source>
        <translation>
            <numerusform>%n مربع: {labels}</numerusform>
            <numerusform>مربع واحد: {labels}</numerusform>
            <numerusform>مربعان: {labels}</numerusform>
            <numerusform>%n مربعات: {labels}</numerusform>
            <numerusform>%n مربعًا: {labels}</numerusform>
            <numerusform>%n مربع: {labels}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s): {labels}</source>
        <translation>
            <numerusform>%n مضلع: {labels}</numerusform>
            <numerusform>مضلع واحد: {labels}</numerusform>
            <numerusform>مضلعان: {labels}</numerusform>
            <numerusform>%n مضلعات: {labels}</numerusform>
            <numerusform>%n مضلعًا: {labels}</numerusform>
            <numerusform>%n مضلع: {labels}</numerusform>
        </translation>
    </message>
    <message>
        <source>no spans</source>
        <translation>لا مقاطع</translation>
    </message>
    <message>
        <source>no boxes</source>
        <translation>لا مربعات</translation>
    </message>
    <message>
        <source>no polygons</source>
        <translation>لا مضلعات</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%n بايتات</numerusform>
            <numerusform>%n بايتًا</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpanListView</name>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
</context>
<context>
    <name>SpanTextView</name>
    <message>
        <source>Task text</source>
        <extracomment>a press and release closer than this (pixels) is a click, not a drag positions around the visible text whose spans get their backgrounds from Qt line height of a classification text (percent): airy enough to read a click (not a drag): the document position of the character under the mouse, or -1</extracomment>
        <translation>نص المهمة</translation>
    </message>
    <message>
        <source>The text to label; select a passage and press a label's key</source>
        <translation>النص المراد وسمه؛ حدّد مقطعًا واضغط مفتاح تسمية</translation>
    </message>
</context>
<context>
    <name>SpansController</name>
    <message>
        <source>Already marked: {span}</source>
        <translation>محدَّد مسبقًا: {span}</translation>
    </message>
    <message>
        <source>Add span {span}</source>
        <translation>إضافة المقطع {span}</translation>
    </message>
    <message>
        <source>Relabel span {span}</source>
        <translation>إعادة وسم المقطع {span}</translation>
    </message>
    <message>
        <source>Add span: {span}</source>
        <translation>إضافة مقطع: {span}</translation>
    </message>
    <message>
        <source>Relabel span: {span}</source>
        <translation>إعادة وسم مقطع: {span}</translation>
    </message>
    <message>
        <source>Select a span first: click it or press Tab</source>
        <translation>حدّد مقطعًا أولًا: انقره أو اضغط Tab</translation>
    </message>
    <message>
        <source>Delete span {label} “{text}”</source>
        <translation>حذف المقطع {label} «{text}»</translation>
    </message>
    <message>
        <source>No spans yet: select some text and press a label key</source>
        <translation>لا مقاطع بعد: حدّد نصًا واضغط مفتاح تسمية</translation>
    </message>
    <message>
        <source>Selected {label} “{text}”</source>
        <translation>المحدَّد {label} «{text}»</translation>
    </message>
    <message numerus="yes">
        <source> (1 of %n here: click again for the next)</source>
        <translation>
            <numerusform> (1 من %n هنا: انقر مرة أخرى للتالي)</numerusform>
            <numerusform> (1 من %n هنا: انقر مرة أخرى للتالي)</numerusform>
            <numerusform> (1 من %n هنا: انقر مرة أخرى للتالي)</numerusform>
            <numerusform> (1 من %n هنا: انقر مرة أخرى للتالي)</numerusform>
            <numerusform> (1 من %n هنا: انقر مرة أخرى للتالي)</numerusform>
            <numerusform> (1 من %n هنا: انقر مرة أخرى للتالي)</numerusform>
        </translation>
    </message>
    <message>
        <source> (predicted by {model})</source>
        <translation> (تنبأ به {model})</translation>
    </message>
    <message>
        <source> (predicted)</source>
        <translation> (متنبَّأ به)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{address}
Click to copy the address</source>
        <extracomment>the user clicked the lock (wants to unlock or lock) or "No account" "Synced 2 min ago", "Offline — 3 to send"…; a click shows details and Sync now</extracomment>
        <translation>{address}
انقر لنسخ العنوان</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>لا حساب</translation>
    </message>
    <message>
        <source>Create or import an account on the Wallet page</source>
        <translation>أنشئ حسابًا أو استورده في صفحة المحفظة</translation>
    </message>
    <message>
        <source>Unlocked · locks in {time}</source>
        <translation>مفتوح · يُقفل بعد {time}</translation>
    </message>
    <message>
        <source>Signing is possible. The wallet locks itself after {time} without activity (Ctrl+L locks now).</source>
        <translation>التوقيع ممكن. تُقفل المحفظة نفسها بعد {time} من عدم النشاط (يقفلها Ctrl+L الآن).</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U) to sign submissions</source>
        <translation>افتح القفل (Ctrl+U) لتوقيع الإرسالات</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>لا شيء للإرسال (%n)</numerusform>
            <numerusform>واحد للإرسال</numerusform>
            <numerusform>اثنان للإرسال</numerusform>
            <numerusform>%n للإرسال</numerusform>
            <numerusform>%n للإرسال</numerusform>
            <numerusform>%n للإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>لا شيء للإرسال</translation>
    </message>
    <message>
        <source>Outbox: {counts}</source>
        <translation>صندوق الصادر: {counts}</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>صندوق الصادر فارغ</translation>
    </message>
    <message>
        <source>Copied {address}</source>
        <translation>نُسخ {address}</translation>
    </message>
</context>
<context>
    <name>SubmissionBar</name>
    <message>
        <source>Signed and queued: it is sent to the hub at the next sync.</source>
        <translation>موقَّع وفي قائمة الانتظار: يُرسل إلى المركز عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Sent to the hub: waiting for review.</source>
        <translation>أُرسل إلى المركز: بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>Accepted by a reviewer.</source>
        <translation>قَبِله مراجع.</translation>
    </message>
    <message>
        <source>Accepted, and its reward is paid.</source>
        <translation>مقبول، ودُفعت مكافأته.</translation>
    </message>
    <message>
        <source>Accepted with a correction.</source>
        <extracomment>the same when the reviewer corrected the label</extracomment>
        <translation>مقبول مع تصحيح.</translation>
    </message>
    <message>
        <source>Accepted with a correction, and its reward is paid.</source>
        <translation>مقبول مع تصحيح، ودُفعت مكافأته.</translation>
    </message>
    <message>
        <source>Show correction</source>
        <extracomment>"Show correction" was turned on (show the reviewer's correction) or off the verdict's details: the reviewer's correction, who reviewed and when</extracomment>
        <translation>إظهار التصحيح</translation>
    </message>
    <message>
        <source>Label again</source>
        <translation>وسم من جديد</translation>
    </message>
    <message>
        <source>Rejected by a reviewer: {reason}. Label it again to correct it.</source>
        <translation>رفضه مراجع: {reason}. ضع التسمية من جديد لتصحيحها.</translation>
    </message>
    <message>
        <source>Rejected by a reviewer. Label it again to correct it.</source>
        <translation>رفضه مراجع. ضع التسمية من جديد لتصحيحها.</translation>
    </message>
    <message>
        <source>{sentence} Shown read-only.</source>
        <translation>{sentence} معروض للقراءة فقط.</translation>
    </message>
    <message>
        <source>Start a new draft from this submission ({keys})</source>
        <translation>ابدأ مسودة جديدة من هذا الإرسال ({keys})</translation>
    </message>
    <message>
        <source>Show my label</source>
        <translation>إظهار تسميتي</translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message>
        <source>Submissions are signed with your wallet, and it has no account yet. Create one, or import one you already have, on the Wallet page. Your draft is kept.</source>
        <extracomment>the submission was signed and queued (its SubmissionRow)</extracomment>
        <translation>تُوقَّع الإرسالات بمحفظتك، وليس فيها حساب بعد. أنشئ حسابًا أو استورد حسابًا لديك في صفحة المحفظة. تُحفظ مسودتك.</translation>
    </message>
    <message>
        <source>Not submitted: create or import an account to sign with. Your draft is kept.</source>
        <translation>لم يُرسل: أنشئ حسابًا أو استورده للتوقيع به. تُحفظ مسودتك.</translation>
    </message>
    <message>
        <source>Not submitted: the wallet is still locked. Your draft is kept.</source>
        <translation>لم يُرسل: المحفظة لا تزال مقفلة. تُحفظ مسودتك.</translation>
    </message>
    <message>
        <source>Not submitted: {error}. Your draft is kept.</source>
        <translation>لم يُرسل: {error}. تُحفظ مسودتك.</translation>
    </message>
    <message>
        <source>Not submitted: the wallet locked itself. Your draft is kept.</source>
        <translation>لم يُرسل: أقفلت المحفظة نفسها. تُحفظ مسودتك.</translation>
    </message>
    <message>
        <source>Not submitted: the cache could not store it ({error}). Your draft is kept.</source>
        <translation>لم يُرسل: تعذّر على ذاكرة التخزين المؤقت حفظه ({error}). تُحفظ مسودتك.</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Claimable</source>
        <translation>قابل للمطالبة</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>تمت المطالبة به</translation>
    </message>
    <message>
        <source>accepted, not settled yet</source>
        <translation>مقبول، لم تتم تسويته بعد</translation>
    </message>
    <message>
        <source>not known yet: sync with the hub</source>
        <translation>غير معروف بعد: زامِن مع المركز</translation>
    </message>
    <message>
        <source>{amount} being claimed now</source>
        <translation>{amount} قيد المطالبة الآن</translation>
    </message>
    <message>
        <source>settled in epoch {epoch}</source>
        <translation>تمت تسويته في الحقبة {epoch}</translation>
    </message>
    <message>
        <source>{detail} — a newer epoch is on-chain: refresh</source>
        <translation>{detail} — توجد حقبة أحدث على السلسلة: حدِّث</translation>
    </message>
    <message>
        <source>nothing settled yet</source>
        <translation>لم تتم تسوية شيء بعد</translation>
    </message>
    <message>
        <source>paid to your account</source>
        <translation>مدفوع إلى حسابك</translation>
    </message>
    <message>
        <source>Token balance &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>رصيد الرموز &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Token balance —</source>
        <translation>رصيد الرموز —</translation>
    </message>
    <message>
        <source>ETH for gas &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>ETH للغاز &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ETH for gas —</source>
        <translation>ETH للغاز —</translation>
    </message>
    <message>
        <source>the in-process demo chain</source>
        <translation>السلسلة التجريبية داخل العملية</translation>
    </message>
    <message>
        <source>Chain {chain} ({where}) · distributor {distributor}</source>
        <translation>السلسلة {chain} ({where}) · الموزِّع {distributor}</translation>
    </message>
    <message>
        <source>chain: {error}</source>
        <translation>السلسلة: {error}</translation>
    </message>
    <message>
        <source>read at {time}</source>
        <translation>قُرئ في {time}</translation>
    </message>
    <message>
        <source>hub: {error}</source>
        <translation>المركز: {error}</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>why there is no hub *yet* (the demo's starts after the first paint): Sync now stays enabled, says so, and syncs once the hub is up</extracomment>
        <translation>مزامنة الآن(&amp;S)</translation>
    </message>
    <message>
        <source>Make tasks available &amp;offline…</source>
        <translation>إتاحة المهام دون اتصال(&amp;O)…</translation>
    </message>
    <message>
        <source>Sync &amp;details…</source>
        <translation>تفاصيل المزامنة(&amp;D)…</translation>
    </message>
    <message>
        <source>No hub for this profile (start with --hub URL)</source>
        <translation>لا يوجد مركز لهذا الملف الشخصي (ابدأ بالخيار ‎--hub URL‎)</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>جارٍ المزامنة مع المركز…</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>queued</source>
        <extracomment>outbox states and submission statuses, as the details dialog says them</extracomment>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>مُرسَلة</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>تفاصيل المزامنة</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>الرسالة:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>المركز:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>آخر مزامنة:</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>صندوق الصادر:</translation>
    </message>
    <message>
        <source>Submissions:</source>
        <translation>الإرسالات:</translation>
    </message>
    <message>
        <source>none (use Get tasks)</source>
        <extracomment>the first-batch setting: open label tasks each sync keeps leased</extracomment>
        <translation>لا شيء (استخدم «جلب المهام»)</translation>
    </message>
    <message>
        <source>Each sync reserves tasks from the hub until you have this many to label; 0 turns it off</source>
        <translation>تحجز كل مزامنة مهامًا من المركز حتى يصبح لديك هذا العدد لتضع تسمياته؛ 0 يوقف ذلك</translation>
    </message>
    <message>
        <source>&amp;Tasks kept ready:</source>
        <translation>المهام الجاهزة(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>زامِن الآن(&amp;S)</translation>
    </message>
    <message>
        <source>Recent syncs:</source>
        <translation>المزامنات الأخيرة:</translation>
    </message>
    <message>
        <source>none (offline only)</source>
        <translation>لا يوجد (دون اتصال فقط)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
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
        <translation>انقر لعرض التفاصيل و«زامِن الآن» ({shortcut})</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>المزامنة: {state}</translation>
    </message>
</context>
<context>
    <name>SyncPopover</name>
    <message>
        <source>Sync now</source>
        <translation>زامِن الآن</translation>
    </message>
    <message>
        <source>Make tasks available offline…</source>
        <translation>إتاحة المهام دون اتصال…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Syncing</source>
        <translation>جارٍ المزامنة</translation>
    </message>
    <message>
        <source>Connecting to the hub</source>
        <translation>جارٍ الاتصال بالمركز</translation>
    </message>
    <message>
        <source>Signing in with the wallet</source>
        <translation>جارٍ تسجيل الدخول بالمحفظة</translation>
    </message>
    <message>
        <source>Fetching campaigns</source>
        <translation>جارٍ جلب الحملات</translation>
    </message>
    <message>
        <source>Reserving tasks</source>
        <translation>جارٍ حجز المهام</translation>
    </message>
    <message>
        <source>Downloading files</source>
        <translation>جارٍ تنزيل الملفات</translation>
    </message>
    <message>
        <source>Uploading collected files</source>
        <translation>جارٍ رفع الملفات المجموعة</translation>
    </message>
    <message>
        <source>Sending submissions</source>
        <translation>جارٍ إرسال الإرسالات</translation>
    </message>
    <message>
        <source>Fetching review results</source>
        <translation>جارٍ جلب نتائج المراجعة</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>قبل %n دقيقة</numerusform>
            <numerusform>قبل دقيقة</numerusform>
            <numerusform>قبل دقيقتين</numerusform>
            <numerusform>قبل %n دقائق</numerusform>
            <numerusform>قبل %n دقيقة</numerusform>
            <numerusform>قبل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>قبل %n ساعة</numerusform>
            <numerusform>قبل ساعة</numerusform>
            <numerusform>قبل ساعتين</numerusform>
            <numerusform>قبل %n ساعات</numerusform>
            <numerusform>قبل %n ساعة</numerusform>
            <numerusform>قبل %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>أمس</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>قبل %n يوم</numerusform>
            <numerusform>قبل يوم</numerusform>
            <numerusform>قبل يومين</numerusform>
            <numerusform>قبل %n أيام</numerusform>
            <numerusform>قبل %n يومًا</numerusform>
            <numerusform>قبل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced with this hub yet</source>
        <translation>لم تتم المزامنة مع هذا المركز بعد</translation>
    </message>
    <message>
        <source>Last successful sync: {ago} ({time})</source>
        <translation>آخر مزامنة ناجحة: {ago} ({time})</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>لا شيء للإرسال (%n)</numerusform>
            <numerusform>واحد للإرسال</numerusform>
            <numerusform>اثنان للإرسال</numerusform>
            <numerusform>%n للإرسال</numerusform>
            <numerusform>%n للإرسال</numerusform>
            <numerusform>%n للإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>{state} — {pending}</source>
        <translation>{state} — {pending}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>دون اتصال</translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable at {hub} — working offline; %n submission(s) will be sent when it is back.
You can keep labeling and submitting; it syncs by itself when the hub answers.
{last}</source>
        <translation>
            <numerusform>تعذّر الوصول إلى المركز على {hub} — العمل دون اتصال؛ سيُرسل %n إرسال عند عودته.
يمكنك متابعة وضع التسميات والإرسال؛ تتم المزامنة تلقائيًا حين يستجيب المركز.
{last}</numerusform>
            <numerusform>تعذّر الوصول إلى المركز على {hub} — العمل دون اتصال؛ سيُرسل إرسال واحد عند عودته.
يمكنك متابعة وضع التسميات والإرسال؛ تتم المزامنة تلقائيًا حين يستجيب المركز.
{last}</numerusform>
            <numerusform>تعذّر الوصول إلى المركز على {hub} — العمل دون اتصال؛ سيُرسل إرسالان عند عودته.
يمكنك متابعة وضع التسميات والإرسال؛ تتم المزامنة تلقائيًا حين يستجيب المركز.
{last}</numerusform>
            <numerusform>تعذّر الوصول إلى المركز على {hub} — العمل دون اتصال؛ ستُرسل %n إرسالات عند عودته.
يمكنك متابعة وضع التسميات والإرسال؛ تتم المزامنة تلقائيًا حين يستجيب المركز.
{last}</numerusform>
            <numerusform>تعذّر الوصول إلى المركز على {hub} — العمل دون اتصال؛ سيُرسل %n إرسالًا عند عودته.
يمكنك متابعة وضع التسميات والإرسال؛ تتم المزامنة تلقائيًا حين يستجيب المركز.
{last}</numerusform>
            <numerusform>تعذّر الوصول إلى المركز على {hub} — العمل دون اتصال؛ سيُرسل %n إرسال عند عودته.
يمكنك متابعة وضع التسميات والإرسال؛ تتم المزامنة تلقائيًا حين يستجيب المركز.
{last}</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub unreachable</source>
        <translation>تعذّر الوصول إلى المركز</translation>
    </message>
    <message>
        <source>Unlock to sync</source>
        <translation>افتح القفل للمزامنة</translation>
    </message>
    <message>
        <source>Unlock the wallet to sync (Ctrl+U): sending submissions and reserving tasks need your signature. Campaigns and files still download.
{last}</source>
        <translation>افتح قفل المحفظة للمزامنة (Ctrl+U): إرسال الإرسالات وحجز المهام يتطلبان توقيعك. تستمر الحملات والملفات في التنزيل.
{last}</translation>
    </message>
    <message>
        <source>Wallet locked</source>
        <translation>المحفظة مقفلة</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>المزامنة متوقفة</translation>
    </message>
    <message>
        <source>Sync is off</source>
        <translation>المزامنة متوقفة</translation>
    </message>
    <message>
        <source>No hub is set for this profile: the app works offline only.
Start with --hub URL, or import a campaign that names its hub.</source>
        <translation>لا مركز محدَّد لهذا الملف الشخصي: يعمل التطبيق دون اتصال فقط.
شغّل مع --hub URL، أو استورد حملة تذكر مركزها.</translation>
    </message>
    <message>
        <source>Syncing…{count}</source>
        <translation>جارٍ المزامنة…{count}</translation>
    </message>
    <message>
        <source>{problem}
It retries by itself; nothing is lost.
{last}</source>
        <translation>{problem}
تُعاد المحاولة تلقائيًا؛ لا يضيع شيء.
{last}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>فشلت المزامنة</translation>
    </message>
    <message>
        <source>Sync problem — retrying</source>
        <translation>مشكلة في المزامنة — إعادة المحاولة</translation>
    </message>
    <message>
        <source>The hub refused a request</source>
        <translation>رفض المركز طلبًا</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>توقفت المزامنة</translation>
    </message>
    <message>
        <source>Not syncing with {hub}.
{last}</source>
        <translation>لا مزامنة مع {hub}.
{last}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Synced {ago}</source>
        <translation>تمت المزامنة {ago}</translation>
    </message>
    <message>
        <source>{state} · {pending}</source>
        <translation>{state} · {pending}</translation>
    </message>
    <message>
        <source>{what} with {hub}.
{last}</source>
        <translation>{what} مع {hub}.
{last}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>تمت المزامنة</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>محدَّث</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Signed and queued</source>
        <translation>موقَّع وفي قائمة الانتظار</translation>
    </message>
    <message>
        <source>Select a task in the queue to label it here.</source>
        <extracomment>a task was opened (uid) the opened task is drawn (uid), e.g. after its image was decoded the opened task could not be drawn (uid, message) a submission was signed and queued (its id) a short message for the status bar the user wants the Wallet page (to create an account for signing) a task was opened in this pane (the AnnotationPane): its actions go in the menus F6 from inside the editor: the keyboard focus should go back to the queue selects a task in the queue (set by the window); the editor then opens it</extracomment>
        <translation>حدّد مهمة في قائمة الانتظار لوسمها هنا.</translation>
    </message>
    <message>
        <source>This kind of task cannot be labeled here yet</source>
        <translation>لا يمكن وسم هذا النوع من المهام هنا بعد</translation>
    </message>
    <message>
        <source>Not submitted yet: {problem}</source>
        <translation>لم يُرسل بعد: {problem}</translation>
    </message>
    <message>
        <source>Not submitted: your draft is kept</source>
        <translation>لم يُرسل: تُحفظ مسودتك</translation>
    </message>
    <message>
        <source>Skipped: the task waits at the end of the queue</source>
        <translation>تم التخطي: تنتظر المهمة في آخر قائمة الانتظار</translation>
    </message>
    <message>
        <source>No other task to do in this campaign</source>
        <translation>لا توجد مهمة أخرى للإنجاز في هذه الحملة</translation>
    </message>
    <message>
        <source>This is the first task</source>
        <translation>هذه هي المهمة الأولى</translation>
    </message>
    <message>
        <source>A new draft from your last submission: edit it, then submit</source>
        <translation>مسودة جديدة من آخر إرسال لك: حرّرها ثم أرسلها</translation>
    </message>
    <message>
        <source>Prediction by {model}</source>
        <translation>تنبؤ من {model}</translation>
    </message>
    <message>
        <source>Signed and queued. Nothing left to do in this campaign.</source>
        <translation>موقَّع وفي قائمة الانتظار. لم يتبقَّ شيء للإنجاز في هذه الحملة.</translation>
    </message>
    <message>
        <source>This task changed on the hub: the model's prediction shown ({model}) no longer applies and was dropped. Check your work before submitting</source>
        <translation>تغيّرت هذه المهمة على المركز: لم يعد تنبؤ النموذج المعروض ({model}) منطبقًا وتم إسقاطه. راجع عملك قبل الإرسال</translation>
    </message>
    <message>
        <source>Not submitted: this kind of task cannot be labeled here yet</source>
        <translation>لم يُرسل: لا يمكن وسم هذا النوع من المهام هنا بعد</translation>
    </message>
    <message>
        <source>Already submitted ({state}): press Label again ({keys}) to change it</source>
        <translation>أُرسل مسبقًا ({state}): اضغط «وسم من جديد» ({keys}) لتغييره</translation>
    </message>
</context>
<context>
    <name>TaskPreview</name>
    <message>
        <source>Select a task in the queue to see it here.</source>
        <extracomment>the task ``uid`` is fully on screen the task ``uid`` could not be shown; the message is on screen too the default views register on first use: the queue paints before they load</extracomment>
        <translation>اختر مهمة في قائمة الانتظار لتراها هنا.</translation>
    </message>
    <message>
        <source>Labels: {keys}</source>
        <translation>التسميات: {keys}</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>لم تُحدَّد أي مهمة</translation>
    </message>
</context>
<context>
    <name>TaskQueueModel</name>
    <message>
        <source>Kind</source>
        <extracomment>custom data roles what the text filter searches: "#position task-id preview"</extracomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>Press a label's key (or click it) to choose it · Enter submits</source>
        <translation>اضغط مفتاح التسمية (أو انقرها) لاختيارها · Enter للإرسال</translation>
    </message>
    <message>
        <source>Press label keys (or click) to tick and untick · Del clears · Enter submits</source>
        <translation>اضغط مفاتيح التسميات (أو انقر) للتحديد وإلغائه · Del للمسح · Enter للإرسال</translation>
    </message>
    <message>
        <source>Select text (drag, Shift+arrows, Ctrl+Shift+arrows by word), then press a label key · click or Tab to a span to relabel it · Del deletes · Esc clears · F6 span list · Enter accepts a predicted span, else submits</source>
        <translation>حدّد نصًا (بالسحب، أو Shift+الأسهم، أو Ctrl+Shift+الأسهم كلمةً كلمة)، ثم اضغط مفتاح تسمية · انقر مقطعًا أو انتقل إليه بـ Tab لإعادة وسمه · Del للحذف · Esc للمسح · F6 قائمة المقاطع · Enter يقبل مقطعًا متنبَّأً به، وإلا يرسل</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted</source>
        <translation>للقراءة فقط: أُرسلت هذه المهمة</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted · Tab and Shift+Tab go through the spans · F6 span list</source>
        <translation>للقراءة فقط: أُرسلت هذه المهمة · يتنقل Tab وShift+Tab بين المقاطع · F6 قائمة المقاطع</translation>
    </message>
    <message>
        <source>Spans</source>
        <extracomment>the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Submit (when complete)</source>
        <translation>إرسال (عند الاكتمال)</translation>
    </message>
    <message>
        <source>Clear the labels</source>
        <translation>مسح التسميات</translation>
    </message>
    <message>
        <source>Delete the selected span</source>
        <translation>حذف المقطع المحدد</translation>
    </message>
    <message>
        <source>Next span</source>
        <translation>المقطع التالي</translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation>المقطع السابق</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>مسح التحديد</translation>
    </message>
    <message>
        <source>Extend the selection by a word</source>
        <translation>توسيع التحديد بكلمة</translation>
    </message>
    <message>
        <source>Extend the selection back by a word</source>
        <translation>توسيع التحديد بكلمة إلى الخلف</translation>
    </message>
    <message>
        <source>Extend the selection by a character</source>
        <translation>توسيع التحديد بحرف</translation>
    </message>
    <message>
        <source>Extend the selection back by a character</source>
        <translation>توسيع التحديد بحرف إلى الخلف</translation>
    </message>
    <message>
        <source>Go to the span list and back</source>
        <translation>الانتقال إلى قائمة المقاطع والعودة</translation>
    </message>
    <message>
        <source>Label the selection (or the selected span): {label}</source>
        <translation>وسم التحديد (أو المقطع المحدد): {label}</translation>
    </message>
    <message>
        <source>Tick or untick: {label}</source>
        <translation>تحديد أو إلغاء تحديد: {label}</translation>
    </message>
    <message>
        <source>Choose: {label}</source>
        <translation>اختيار: {label}</translation>
    </message>
    <message>
        <source>Spans ({count})</source>
        <translation>المقاطع ({count})</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>هذه المهمة للقراءة فقط</translation>
    </message>
    <message>
        <source>Untick {label}</source>
        <translation>إلغاء تحديد {label}</translation>
    </message>
    <message>
        <source>Tick {label}</source>
        <translation>تحديد {label}</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>اختيار {label}</translation>
    </message>
</context>
<context>
    <name>TextTaskView</name>
    <message numerus="yes">
        <source>Underlined: model prediction ({who}), %n span(s).</source>
        <translation>
            <numerusform>المسطَّر: تنبؤ النموذج ({who})، %n مقطع.</numerusform>
            <numerusform>المسطَّر: تنبؤ النموذج ({who})، مقطع واحد.</numerusform>
            <numerusform>المسطَّر: تنبؤ النموذج ({who})، مقطعان.</numerusform>
            <numerusform>المسطَّر: تنبؤ النموذج ({who})، %n مقاطع.</numerusform>
            <numerusform>المسطَّر: تنبؤ النموذج ({who})، %n مقطعًا.</numerusform>
            <numerusform>المسطَّر: تنبؤ النموذج ({who})، %n مقطع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Model prediction ({who}): {labels}</source>
        <translation>تنبؤ النموذج ({who}): {labels}</translation>
    </message>
    <message>
        <source>{label} (model prediction)</source>
        <translation>{label} (تنبؤ النموذج)</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <source>never</source>
        <extracomment>what is shown for an unknown amount or moment</extracomment>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) ago</source>
        <translation>
            <numerusform>قبل %Ln ثانية</numerusform>
            <numerusform>قبل ثانية</numerusform>
            <numerusform>قبل ثانيتين</numerusform>
            <numerusform>قبل %Ln ثوانٍ</numerusform>
            <numerusform>قبل %Ln ثانية</numerusform>
            <numerusform>قبل %Ln ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>قبل %Ln دقيقة</numerusform>
            <numerusform>قبل دقيقة</numerusform>
            <numerusform>قبل دقيقتين</numerusform>
            <numerusform>قبل %Ln دقائق</numerusform>
            <numerusform>قبل %Ln دقيقة</numerusform>
            <numerusform>قبل %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>قبل %Ln ساعة</numerusform>
            <numerusform>قبل ساعة</numerusform>
            <numerusform>قبل ساعتين</numerusform>
            <numerusform>قبل %Ln ساعات</numerusform>
            <numerusform>قبل %Ln ساعة</numerusform>
            <numerusform>قبل %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>قبل %Ln يوم</numerusform>
            <numerusform>قبل يوم</numerusform>
            <numerusform>قبل يومين</numerusform>
            <numerusform>قبل %Ln أيام</numerusform>
            <numerusform>قبل %Ln يومًا</numerusform>
            <numerusform>قبل %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln second(s)</source>
        <translation>
            <numerusform>بعد %Ln ثانية</numerusform>
            <numerusform>بعد ثانية</numerusform>
            <numerusform>بعد ثانيتين</numerusform>
            <numerusform>بعد %Ln ثوانٍ</numerusform>
            <numerusform>بعد %Ln ثانية</numerusform>
            <numerusform>بعد %Ln ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>بعد %Ln دقيقة</numerusform>
            <numerusform>بعد دقيقة</numerusform>
            <numerusform>بعد دقيقتين</numerusform>
            <numerusform>بعد %Ln دقائق</numerusform>
            <numerusform>بعد %Ln دقيقة</numerusform>
            <numerusform>بعد %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>بعد %Ln ساعة</numerusform>
            <numerusform>بعد ساعة</numerusform>
            <numerusform>بعد ساعتين</numerusform>
            <numerusform>بعد %Ln ساعات</numerusform>
            <numerusform>بعد %Ln ساعة</numerusform>
            <numerusform>بعد %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>بعد %Ln يوم</numerusform>
            <numerusform>بعد يوم</numerusform>
            <numerusform>بعد يومين</numerusform>
            <numerusform>بعد %Ln أيام</numerusform>
            <numerusform>بعد %Ln يومًا</numerusform>
            <numerusform>بعد %Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the wallet</source>
        <translation>فتح قفل المحفظة</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Unlock to sign submissions. The wallet locks itself again when you are away.</source>
        <translation>افتح القفل لتوقيع الإرسالات. تُقفل المحفظة نفسها مجددًا حين تبتعد.</translation>
    </message>
    <message>
        <source>There is no account to unlock: create or import one first.</source>
        <translation>لا يوجد حساب لفتح قفله: أنشئ حسابًا أو استورده أولًا.</translation>
    </message>
    <message>
        <source>Type the password of this account.</source>
        <translation>اكتب كلمة مرور هذا الحساب.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>جارٍ التحقق من كلمة المرور…</translation>
    </message>
</context>
<context>
    <name>UnlockGate</name>
    <message>
        <source>Verdicts are signed with your wallet, and it has no account yet. Create one, or import the account the hub knows as a reviewer, on the Wallet page.</source>
        <extracomment>the verdict was signed and queued (its ReviewRow)</extracomment>
        <translation>تُوقَّع الأحكام بمحفظتك، وليس فيها أي حساب بعد. أنشئ حسابًا، أو استورد الحساب الذي يعرفه المركز مراجعًا، من صفحة المحفظة.</translation>
    </message>
    <message>
        <source>This is signed with your wallet, and it has no account yet.</source>
        <extracomment>the action did not happen (a message for the user) there is no account to sign with and the user chose to make one the question shown when the wallet has no account at all (marked in the "UnlockGate" context, translated where shown)</extracomment>
        <translation>يُوقَّع هذا بمحفظتك، وليس فيها أي حساب بعد.</translation>
    </message>
    <message>
        <source>Not signed: create or import an account to sign with.</source>
        <extracomment>reported when the user does not go and make one</extracomment>
        <translation>لم يُوقَّع: أنشئ حسابًا أو استورده لتوقّع به.</translation>
    </message>
    <message>
        <source>No account to sign with</source>
        <translation>لا يوجد حساب للتوقيع</translation>
    </message>
    <message>
        <source>Go to the wallet</source>
        <translation>الذهاب إلى المحفظة</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>✓ Accept</source>
        <translation>✓ قبول</translation>
    </message>
    <message>
        <source>✗ Reject…</source>
        <translation>✗ رفض…</translation>
    </message>
    <message>
        <source>✎ Correct</source>
        <translation>✎ تصحيح</translation>
    </message>
    <message>
        <source>Sign correction</source>
        <translation>توقيع التصحيح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>VerdictLookup</name>
    <message>
        <source>Corrected</source>
        <translation>مصحَّحة</translation>
    </message>
    <message>
        <source>Corrected, paid</source>
        <translation>مصحَّحة، مدفوعة</translation>
    </message>
</context>
<context>
    <name>VerdictSigner</name>
    <message>
        <source>Not signed: the wallet is still locked.</source>
        <translation>لم يُوقَّع: المحفظة ما زالت مقفلة.</translation>
    </message>
    <message>
        <source>Not signed: the wallet locked itself. Try again.</source>
        <translation>لم يُوقَّع: قُفلت المحفظة تلقائيًا. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Not signed: the cache could not store it ({error}).</source>
        <translation>لم يُوقَّع: تعذّر على ذاكرة التخزين المؤقت حفظه ({error}).</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Accepted with a correction</source>
        <translation>مقبولة مع تصحيح</translation>
    </message>
    <message>
        <source>Reviewed by {reviewer}</source>
        <translation>راجعها {reviewer}</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <source>The reviewer corrected it to: {labels}.</source>
        <translation>صحّحها المراجع إلى: {labels}.</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>مرفوضة: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>دون ذكر سبب</translation>
    </message>
    <message>
        <source>{verdict} (paid)</source>
        <translation>{verdict} (مدفوعة)</translation>
    </message>
    <message>
        <source>{value} (no overlapping labels yet)</source>
        <translation>{value} (لا تسميات متداخلة بعد)</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n comparison(s))</source>
        <translation>
            <numerusform>{value} (%n مقارنة)</numerusform>
            <numerusform>{value} (مقارنة واحدة)</numerusform>
            <numerusform>{value} (مقارنتان)</numerusform>
            <numerusform>{value} (%n مقارنات)</numerusform>
            <numerusform>{value} (%n مقارنةً)</numerusform>
            <numerusform>{value} (%n مقارنة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreement {agreement} · Gold accuracy: shown after %n gold answer(s) are reviewed</source>
        <translation>
            <numerusform>التوافق {agreement} · دقة المهام الذهبية: تظهر بعد مراجعة %n إجابة ذهبية</numerusform>
            <numerusform>التوافق {agreement} · دقة المهام الذهبية: تظهر بعد مراجعة إجابة ذهبية واحدة</numerusform>
            <numerusform>التوافق {agreement} · دقة المهام الذهبية: تظهر بعد مراجعة إجابتين ذهبيتين</numerusform>
            <numerusform>التوافق {agreement} · دقة المهام الذهبية: تظهر بعد مراجعة %n إجابات ذهبية</numerusform>
            <numerusform>التوافق {agreement} · دقة المهام الذهبية: تظهر بعد مراجعة %n إجابةً ذهبية</numerusform>
            <numerusform>التوافق {agreement} · دقة المهام الذهبية: تظهر بعد مراجعة %n إجابة ذهبية</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} (no gold answers yet)</source>
        <translation>{value} (لا إجابات ذهبية بعد)</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n gold answer(s))</source>
        <translation>
            <numerusform>{value} (%n إجابة ذهبية)</numerusform>
            <numerusform>{value} (إجابة ذهبية واحدة)</numerusform>
            <numerusform>{value} (إجابتان ذهبيتان)</numerusform>
            <numerusform>{value} (%n إجابات ذهبية)</numerusform>
            <numerusform>{value} (%n إجابةً ذهبية)</numerusform>
            <numerusform>{value} (%n إجابة ذهبية)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement {agreement} · Gold accuracy {gold}</source>
        <translation>التوافق {agreement} · دقة المهام الذهبية {gold}</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n مقبولة</numerusform>
            <numerusform>واحدة مقبولة</numerusform>
            <numerusform>اثنتان مقبولتان</numerusform>
            <numerusform>%n مقبولة</numerusform>
            <numerusform>%n مقبولة</numerusform>
            <numerusform>%n مقبولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>واحدة مرفوضة</numerusform>
            <numerusform>اثنتان مرفوضتان</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n قيد الانتظار</numerusform>
            <numerusform>واحدة قيد الانتظار</numerusform>
            <numerusform>اثنتان قيد الانتظار</numerusform>
            <numerusform>%n قيد الانتظار</numerusform>
            <numerusform>%n قيد الانتظار</numerusform>
            <numerusform>%n قيد الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid</source>
        <translation>
            <numerusform>%n مدفوعة</numerusform>
            <numerusform>واحدة مدفوعة</numerusform>
            <numerusform>اثنتان مدفوعتان</numerusform>
            <numerusform>%n مدفوعة</numerusform>
            <numerusform>%n مدفوعة</numerusform>
            <numerusform>%n مدفوعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n corrected)</source>
        <translation>
            <numerusform>(%n مصحّحة)</numerusform>
            <numerusform>(واحدة مصحّحة)</numerusform>
            <numerusform>(اثنتان مصحّحتان)</numerusform>
            <numerusform>(%n مصحّحة)</numerusform>
            <numerusform>(%n مصحّحة)</numerusform>
            <numerusform>(%n مصحّحة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewards held: your gold accuracy {accuracy} is too low. Your accepted work stays in the ledger and is paid once it is back above.</source>
        <translation>المكافآت محتجزة: دقتك في المهام الذهبية {accuracy} منخفضة جدًا. يبقى عملك المقبول في السجل ويُدفع حين تعود فوق الحد.</translation>
    </message>
    <message>
        <source>Rewards held: your gold accuracy {accuracy} is below the campaign's {threshold}. Your accepted work stays in the ledger and is paid once it is back above.</source>
        <translation>المكافآت محتجزة: دقتك في المهام الذهبية {accuracy} أقل من {threshold} المطلوبة في الحملة. يبقى عملك المقبول في السجل ويُدفع حين تعود فوقها.</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Recovery words</source>
        <translation>كلمات الاسترداد</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>المفتاح الخاص</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>ملف مخزن المفاتيح</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>المحفظة</translation>
    </message>
    <message>
        <source>Your account signs every submission and receives the rewards. Keys stay on this computer, encrypted with your password.</source>
        <translation>يوقّع حسابك كل إرسال ويتلقى المكافآت. تبقى المفاتيح على هذا الحاسوب، مشفّرة بكلمة مرورك.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>No account yet. Create one (you will write down 12 recovery words) or import one you already have.</source>
        <translation>لا حساب بعد. أنشئ حسابًا (ستدوّن 12 كلمة استرداد) أو استورد حسابًا لديك.</translation>
    </message>
    <message>
        <source>Accounts in this profile</source>
        <translation>الحسابات في هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>&amp;Create account…</source>
        <translation>إنشاء حساب(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import account…</source>
        <translation>استيراد حساب(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>فتح القفل(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>القفل الآن(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export keystore file…</source>
        <translation>تصدير ملف مخزن المفاتيح(&amp;E)…</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>نسخ العنوان(&amp;A)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>There is no account yet: create or import one first.</source>
        <translation>لا يوجد حساب بعد: أنشئ حسابًا أو استورده أولًا.</translation>
    </message>
    <message>
        <source>Copied {address}</source>
        <translation>نُسخ {address}</translation>
    </message>
    <message>
        <source>Unlocked: ready to sign</source>
        <translation>مفتوح: جاهز للتوقيع</translation>
    </message>
    <message>
        <source>Locks itself after {time} without activity (or now with Ctrl+L).</source>
        <translation>يُقفل نفسه بعد {time} من عدم النشاط (أو الآن بـ Ctrl+L).</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U) with the account's password to sign submissions.</source>
        <translation>افتح القفل (Ctrl+U) بكلمة مرور الحساب لتوقيع الإرسالات.</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>لا حساب</translation>
    </message>
    <message>
        <source>Create or import an account to start earning.</source>
        <translation>أنشئ حسابًا أو استورده لتبدأ الكسب.</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <source>This image cannot be shown.</source>
        <extracomment>Zoom factors are device pixels per image pixel: 1.0 is "100 %". Decode the full resolution once the shown pixmap is this much coarser than the screen. the zoom factor (device pixels per image pixel) after every change the first pixmap of an image is on screen (full size of the image) the image cannot be shown (message naming the file and the problem) a sharper pixmap was swapped in (its scale: decoded size / full size) "empty", "loading", "ready" or "failed"</extracomment>
        <translation>لا يمكن عرض هذه الصورة.</translation>
    </message>
    <message>
        <source>Loading {file}…</source>
        <translation>جارٍ تحميل {file}…</translation>
    </message>
</context>
<context>
    <name>_PasswordDialog</name>
    <message>
        <source>the account's password, asked again for a claim</source>
        <translation>كلمة مرور الحساب، تُطلب مجددًا للمطالبة</translation>
    </message>
    <message>
        <source>Type the account's password to sign the claim.</source>
        <translation>اكتب كلمة مرور الحساب لتوقيع المطالبة.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>جارٍ التحقق من كلمة المرور…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the profile folder: {error}</source>
        <translation>تعذّر فتح مجلد الملف الشخصي: {error}</translation>
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
        <translation>هل تريد إرسال قيم النموذج؟</translation>
    </message>
    <message>
        <source>Submit as mine</source>
        <translation>إرسال على أنها لي</translation>
    </message>
    <message>
        <source>Go back and rate</source>
        <translation>العودة والتقييم</translation>
    </message>
</context>
<context>
    <name>demo_window</name>
    <message>
        <source>DataFi Desktop — Demo (nothing is kept)</source>
        <translation>DataFi Desktop — عرض تجريبي (لا يُحفظ شيء)</translation>
    </message>
    <message>
        <source>Quit the demo? Its temporary wallet, tokens and labels are deleted when it closes.</source>
        <translation>إنهاء العرض التجريبي؟ تُحذف محفظته المؤقتة ورموزه وتسمياته عند إغلاقه.</translation>
    </message>
    <message>
        <source>Quit the demo</source>
        <translation>إنهاء العرض التجريبي</translation>
    </message>
</context>
<context>
    <name>fallback</name>
    <message>
        <source>the text pane</source>
        <translation>لوحة النص</translation>
    </message>
    <message>
        <source>the comparison pane</source>
        <translation>لوحة المقارنة</translation>
    </message>
    <message>
        <source>the image pane</source>
        <translation>لوحة الصور</translation>
    </message>
    <message>
        <source>the collection pane</source>
        <translation>لوحة الجمع</translation>
    </message>
    <message>
        <source>its pane</source>
        <translation>لوحتها</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>غير متاحة</translation>
    </message>
    <message>
        <source>Labeling {kind} tasks needs {pane}, which is {reason}. The task is shown read-only.</source>
        <translation>يحتاج وسم مهام {kind} إلى {pane}، وهي {reason}. تُعرض المهمة للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>image_pane</name>
    <message>
        <source>image {hash}</source>
        <translation>الصورة {hash}</translation>
    </message>
</context>
<context>
    <name>install_editor</name>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
</context>
<context>
    <name>install_verdicts</name>
    <message>
        <source>Showing the correction by {reviewer}</source>
        <translation>عرض تصحيح {reviewer}</translation>
    </message>
    <message>
        <source>Showing your label</source>
        <translation>عرض تسميتك</translation>
    </message>
    <message>
        <source>Show the reviewer's &amp;correction</source>
        <translation>عرض &amp;تصحيح المراجِع</translation>
    </message>
    <message>
        <source>Draw the reviewer's corrected label in the pane, or your own again</source>
        <translation>ارسم في اللوحة التسمية التي صحّحها المراجِع، أو تسميتك مرة أخرى</translation>
    </message>
    <message>
        <source>This task has no reviewer's correction to show</source>
        <translation>لا يوجد لهذه المهمة تصحيح من المراجِع لعرضه</translation>
    </message>
</context>
<context>
    <name>password_widgets</name>
    <message>
        <source>Too short</source>
        <translation>قصيرة جدًا</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>استخدم {count} محارف على الأقل.</translation>
    </message>
    <message>
        <source>This password is among the first ones an attacker tries.</source>
        <translation>كلمة المرور هذه من أولى الكلمات التي يجرّبها المهاجم.</translation>
    </message>
    <message>
        <source>Repeated or sequential characters are easy to guess.</source>
        <translation>المحارف المكرّرة أو المتتالية سهلة التخمين.</translation>
    </message>
    <message>
        <source>Longer is better: a phrase of four or more unrelated words works well.</source>
        <translation>الأطول أفضل: عبارة من أربع كلمات غير مترابطة أو أكثر تؤدي الغرض جيدًا.</translation>
    </message>
    <message>
        <source>Fair. A few more words or characters make it much harder to guess.</source>
        <translation>مقبولة. بضع كلمات أو محارف إضافية تجعل تخمينها أصعب بكثير.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>جيدة.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>كلمة مرور خاطئة. تحقّق من مفتاح Caps Lock وتخطيط لوحة المفاتيح، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>This account is already in the wallet.</source>
        <translation>هذا الحساب موجود في المحفظة بالفعل.</translation>
    </message>
    <message>
        <source>That account is not in this wallet any more.</source>
        <translation>لم يعد ذلك الحساب في هذه المحفظة.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}); nothing was changed.</source>
        <translation>حدث خطأ ما ({error})؛ لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>preview_views</name>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <extracomment>Longest text put in a preview; beyond it the view says how much is left out. the task is on screen (task uid) the task could not be shown (task uid, message for the user)</extracomment>
        <translation>عرض أول {shown} من {total} محرفًا.</translation>
    </message>
    <message>
        <source>{model}, score {score}</source>
        <translation>{model}، الدرجة {score}</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>not installed yet</source>
        <extracomment>module name → class name, in the order the editor builds them</extracomment>
        <translation>غير مثبتة بعد</translation>
    </message>
    <message>
        <source>cannot be loaded ({error})</source>
        <translation>لا يمكن تحميلها ({error})</translation>
    </message>
</context>
<context>
    <name>review_summary</name>
    <message>
        <source>A is better</source>
        <translation>A أفضل</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B أفضل</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>تعادل</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>مصحَّح</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>بلا تسمية</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>بلا اختيار</translation>
    </message>
    <message>
        <source>collected item</source>
        <translation>عنصر مجموع</translation>
    </message>
    <message>
        <source>collected item {file}</source>
        <translation>عنصر مجموع {file}</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>وقت غير معروف</translation>
    </message>
</context>
<context>
    <name>span_list</name>
    <message>
        <source>same text as {label}</source>
        <translation>النص نفسه مثل {label}</translation>
    </message>
    <message>
        <source>inside {label}</source>
        <translation>داخل {label}</translation>
    </message>
    <message>
        <source>contains {label}</source>
        <translation>يحتوي {label}</translation>
    </message>
    <message>
        <source>overlaps {label}</source>
        <translation>يتداخل مع {label}</translation>
    </message>
    <message>
        <source>predicted</source>
        <extracomment>e.g. "inside ORG, overlaps PER" (empty when the span stands alone)</extracomment>
        <translation>متنبَّأ به</translation>
    </message>
</context>
<context>
    <name>stamp_text</name>
    <message>
        <source>Model's suggestion kept: — (no suggestions shown yet)</source>
        <translation>اقتراح النموذج المُبقى عليه: — (لم يُعرض أي اقتراح بعد)</translation>
    </message>
    <message>
        <source>Model's suggestion kept: — (campaign {campaign})</source>
        <translation>اقتراح النموذج المُبقى عليه: — (الحملة {campaign})</translation>
    </message>
    <message>
        <source>Flagged: suggestion kept {rate} of {shown} (campaign {campaign})</source>
        <translation>مُعلَّم: الاقتراح مُبقى عليه {rate} من {shown} (الحملة {campaign})</translation>
    </message>
    <message>
        <source>Model's suggestion kept: {rate} of {shown} (campaign {campaign})</source>
        <translation>اقتراح النموذج المُبقى عليه: {rate} من {shown} (الحملة {campaign})</translation>
    </message>
    <message>
        <source>How often what you submitted was exactly the model's suggestion you were shown (shapes: overlapping by 95 % or more), beside every annotator of the campaign.</source>
        <translation>كم مرة كان ما أرسلته هو اقتراح النموذج المعروض عليك تمامًا (الأشكال: بتداخل 95 % أو أكثر)، مقارنةً بجميع مُعلِّقي الحملة.</translation>
    </message>
    <message>
        <source>You are flagged at {threshold} or more once at least {count} of your submissions were shown a suggestion.</source>
        <translation>تُعلَّم عند {threshold} أو أكثر بعد أن يُعرض اقتراح على {count} من إرسالاتك على الأقل.</translation>
    </message>
    <message>
        <source>This campaign holds the rewards of flagged annotators for review.</source>
        <translation>تحجز هذه الحملة مكافآت المُعلِّقين المُعلَّمين للمراجعة.</translation>
    </message>
    <message>
        <source>Read each suggestion and correct what is wrong before you submit.</source>
        <translation>اقرأ كل اقتراح وصحّح الخطأ قبل الإرسال.</translation>
    </message>
    <message>
        <source>Also held: the model's suggestion kept in {rate} of your submissions (the campaign holds from {threshold}).</source>
        <translation>محجوزة أيضًا: أُبقي على اقتراح النموذج في {rate} من إرسالاتك (تحجز الحملة ابتداءً من {threshold}).</translation>
    </message>
    <message>
        <source>Rewards held: suggestion kept in {rate} of your submissions (the campaign holds from {threshold}). Your accepted work stays in the ledger and is paid once the rate is below that again.</source>
        <translation>المكافآت محجوزة: أُبقي على الاقتراح في {rate} من إرسالاتك (تحجز الحملة ابتداءً من {threshold}). يبقى عملك المقبول في السجل ويُدفع عندما تعود النسبة دون ذلك.</translation>
    </message>
</context>
<context>
    <name>status_bar</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
</context>
<context>
    <name>sync_look</name>
    <message>
        <source>Create an account to sync</source>
        <translation>أنشئ حسابًا للمزامنة</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>لا حساب بعد</translation>
    </message>
    <message>
        <source>Create or import an account on the Wallet page (Ctrl+4): sending submissions and reserving tasks need its signature. Campaigns and files still download.</source>
        <translation>أنشئ حسابًا أو استورده في صفحة المحفظة (Ctrl+4): إرسال الإرسالات وحجز المهام يتطلبان توقيعه. تستمر الحملات والملفات في التنزيل.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>New</source>
        <extracomment>the keyboard focus ring (≥ 3:1 against the window and base, WCAG 1.4.11) black and white with a yellow accent and focus ring (Settings: View ▸ High contrast) the badge's (background, text) Pill colours of task states: (background, text). Readable on light and dark. English names of task states and kinds (marked for translation in the context "theme"); what is shown goes through :func:`state_name`, :func:`kind_name`, :func:`kind_short`</extracomment>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطّاة</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسَلة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Short names and icon names of task kinds, for narrow columns and chips.</extracomment>
        <translation>نص</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>مقاطع</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>مربعات</translation>
    </message>
    <message>
        <source>Polygons</source>
        <translation>مضلعات</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Text classification</source>
        <translation>تصنيف النص</translation>
    </message>
    <message>
        <source>Text spans (NER)</source>
        <translation>مقاطع النص (NER)</translation>
    </message>
    <message>
        <source>Comparison (A/B)</source>
        <translation>مقارنة (A/B)</translation>
    </message>
    <message>
        <source>Image classification</source>
        <translation>تصنيف الصور</translation>
    </message>
    <message>
        <source>Bounding boxes</source>
        <translation>مربعات الإحاطة</translation>
    </message>
    <message>
        <source>Data collection</source>
        <translation>جمع البيانات</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Insert vertex</source>
        <translation>إدراج رأس</translation>
    </message>
    <message>
        <source>Move polygon</source>
        <extracomment>Pointer moves shorter than this (screen pixels) are a click, not a drag. A drawn box narrower or lower than this on screen (pixels) was a click. the undo text of the committed edit</extracomment>
        <translation>نقل المضلع</translation>
    </message>
    <message>
        <source>Move box</source>
        <translation>نقل المربع</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>تغيير حجم المربع</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>نقل الرأس</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>إضافة مربع</translation>
    </message>
    <message>
        <source>The new box almost covers box {number} ({label}): a duplicate?</source>
        <translation>المربع الجديد يغطي المربع {number} ({label}) تقريبًا: هل هو مكرر؟</translation>
    </message>
    <message>
        <source>Add polygon</source>
        <translation>إضافة مضلع</translation>
    </message>
</context>
</TS>
