<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>AfterPaint</name>
    <message>
        <source>Starting the demo chain and hub…</source>
        <extracomment>how long closing waits for a demo start still under way the demo chain and hub are up and the controller attached (demo only) the demo chain or hub could not start: the demo works offline (the message) what :meth:`stop` ends: the sync controller and the demo hub</extracomment>
        <translation>डेमो चेन और हब शुरू हो रहे हैं…</translation>
    </message>
    <message>
        <source>The demo hub is starting — it syncs as soon as it is up</source>
        <translation>डेमो हब शुरू हो रहा है — चालू होते ही यह सिंक करेगा</translation>
    </message>
    <message>
        <source>Demo chain and hub ready</source>
        <translation>डेमो चेन और हब तैयार हैं</translation>
    </message>
    <message>
        <source>Demo hub ready (the demo chain could not start)</source>
        <translation>डेमो हब तैयार है (डेमो चेन शुरू नहीं हो सकी)</translation>
    </message>
    <message>
        <source>The demo hub could not start ({error}); the demo works offline</source>
        <translation>डेमो हब शुरू नहीं हो सका ({error}); डेमो ऑफ़लाइन काम करता है</translation>
    </message>
</context>
<context>
    <name>AnnotationCanvas</name>
    <message>
        <source>Image</source>
        <extracomment>How close (screen pixels) the pointer must be to an outline, a vertex or a handle. Pixels the view scrolls per arrow key when nothing is selected (Shift: × 5). (new body, undo text, merge id): the host applies it, then calls set_body index of the selected shape, -1 for none shapes were hidden or shown a polygon is being traced (True) or not any more (False) a short message for the user ("A polygon keeps at least three vertices")</extracomment>
        <translation>छवि</translation>
    </message>
    <message>
        <source>The image to label; arrow keys move the selected shape, Tab selects the next one</source>
        <translation>लेबल करने के लिए छवि; तीर कुंजियाँ चुने गए आकार को खिसकाती हैं, Tab अगला आकार चुनता है</translation>
    </message>
    <message>
        <source>The image is {found} pixels but the task says {task}: it is stretched to the task's size</source>
        <extracomment>shapes still as a model predicted them (drawn dashed, tagged "· predicted") body → the indices of its shapes still as predicted (set by the pane) shapes of the body that cannot be drawn (a malformed prediction): listed, not shown interactive model help (ui.assist.interactive_tool): Ctrl+click goes to it</extracomment>
        <translation>छवि {found} पिक्सेल की है पर कार्य {task} बताता है: इसे कार्य के आकार तक खींचा गया है</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>शीर्ष हटाएँ</translation>
    </message>
    <message>
        <source>Delete polygon</source>
        <translation>बहुभुज हटाएँ</translation>
    </message>
    <message>
        <source>Delete box</source>
        <translation>बॉक्स हटाएँ</translation>
    </message>
    <message>
        <source>Nudge vertex</source>
        <translation>शीर्ष खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge polygon</source>
        <translation>बहुभुज खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge box</source>
        <translation>बॉक्स खिसकाएँ</translation>
    </message>
    <message>
        <source>Label polygon {label}</source>
        <translation>बहुभुज को {label} लेबल दें</translation>
    </message>
    <message>
        <source>Label box {label}</source>
        <translation>बॉक्स को {label} लेबल दें</translation>
    </message>
    <message>
        <source>This polygon cannot be drawn (its data is malformed): delete it with Delete and draw it again</source>
        <translation>यह बहुभुज बनाया नहीं जा सकता (इसका डेटा खराब है): Delete से इसे हटाएँ और फिर से बनाएँ</translation>
    </message>
    <message>
        <source>This box cannot be drawn (its data is malformed): delete it with Delete and draw it again</source>
        <translation>यह बॉक्स बनाया नहीं जा सकता (इसका डेटा खराब है): Delete से इसे हटाएँ और फिर से बनाएँ</translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message>
        <source>This task is read-only</source>
        <extracomment>"draft", "prediction" or "empty" (see core.flow.starting_point), or "submission" for a submitted task shown read-only the model whose prediction is the starting point, to mark it as such emitted with the new body after every edit, undo and redo a short message for the status bar ("Box added", "Select some text first") the pane asks the editor to submit (e.g. Enter in a classification pane) the task is on screen: :meth:`open` emits it after :meth:`draw_body`, unless the pane sets :attr:`draws_async` and emits it itself once drawn (after a decode) the task cannot be shown (a message for the user, which the pane shows too) True when the pane draws after :meth:`open` returns (an image decoded on a worker thread); it then emits :attr:`shown` or :attr:`failed` itself</extracomment>
        <translation>यह कार्य केवल पढ़ने के लिए है</translation>
    </message>
    <message>
        <source>No prediction is waiting to be accepted</source>
        <translation>कोई पूर्वानुमान स्वीकार होने की प्रतीक्षा में नहीं है</translation>
    </message>
    <message>
        <source>Accept %n predicted item(s)</source>
        <translation>%n पूर्वानुमानित आइटम स्वीकार करें</translation>
    </message>
    <message>
        <source>Accepted %n predicted item(s)</source>
        <translation>%n पूर्वानुमानित आइटम स्वीकार किए गए</translation>
    </message>
    <message>
        <source>%n still to check</source>
        <translation>जाँचने को %n बाकी</translation>
    </message>
</context>
<context>
    <name>AnnotatorsQualityDialog</name>
    <message>
        <source>Annotators' quality</source>
        <translation>एनोटेटरों की गुणवत्ता</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें(&amp;R)</translation>
    </message>
    <message>
        <source>Annotators' figures</source>
        <translation>एनोटेटरों के आँकड़े</translation>
    </message>
    <message>
        <source>Campaign “{campaign}”</source>
        <translation>अभियान “{campaign}”</translation>
    </message>
    <message>
        <source>No campaign yet: sync with a hub first.</source>
        <translation>अभी कोई अभियान नहीं: पहले किसी हब से सिंक करें।</translation>
    </message>
    <message>
        <source>No hub is set, so there are no figures to show: start the app with --hub URL.</source>
        <translation>कोई हब सेट नहीं है, इसलिए दिखाने को कोई आँकड़े नहीं: ऐप को --hub URL के साथ शुरू करें।</translation>
    </message>
    <message>
        <source>Asking the hub for the figures…</source>
        <translation>हब से आँकड़े माँगे जा रहे हैं…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s); </source>
        <translation>
            <numerusform>%n एनोटेटर; </numerusform>
            <numerusform>%n एनोटेटर; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged for keeping the model's suggestion; </source>
        <translation>
            <numerusform>%n मॉडल का सुझाव रखने के लिए चिह्नित; </numerusform>
            <numerusform>%n मॉडल का सुझाव रखने के लिए चिह्नित; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with rewards held. </source>
        <translation>
            <numerusform>%n के पुरस्कार रोके गए। </numerusform>
            <numerusform>%n के पुरस्कार रोके गए। </numerusform>
        </translation>
    </message>
    <message>
        <source>As the hub reported at {time}.</source>
        <translation>हब ने {time} पर जैसा बताया।</translation>
    </message>
    <message>
        <source>This account may not see the annotators' figures of campaign “{campaign}”: the hub shows them to its reviewers and admins only. Ask the campaign's admin for the reviewer role.</source>
        <translation>यह खाता अभियान “{campaign}” के एनोटेटरों के आँकड़े नहीं देख सकता: हब इन्हें केवल अपने समीक्षकों और एडमिन को दिखाता है। अभियान के एडमिन से समीक्षक की भूमिका माँगें।</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Refresh when it is back online.</source>
        <translation>हब तक नहीं पहुँचा जा सकता। उसके फिर ऑनलाइन होने पर ताज़ा करें।</translation>
    </message>
    <message>
        <source>Unlock the wallet first: the hub needs your signature to sign in.</source>
        <translation>पहले वॉलेट अनलॉक करें: साइन इन के लिए हब को आपके हस्ताक्षर चाहिए।</translation>
    </message>
    <message>
        <source>The hub refused the request ({status}).</source>
        <translation>हब ने अनुरोध अस्वीकार किया ({status})।</translation>
    </message>
    <message>
        <source>The figures could not be fetched ({error}).</source>
        <translation>आँकड़े नहीं लाए जा सके ({error})।</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;High contrast</source>
        <translation>उच्च कंट्रास्ट(&amp;H)</translation>
    </message>
    <message>
        <source>Black and white with a strong focus ring</source>
        <translation>मज़बूत फ़ोकस रिंग के साथ काला और सफ़ेद</translation>
    </message>
    <message>
        <source>High contrast on: icons follow when the app starts again</source>
        <translation>उच्च कंट्रास्ट चालू: ऐप फिर से शुरू होने पर आइकन भी बदलेंगे</translation>
    </message>
    <message>
        <source>High contrast off: icons follow when the app starts again</source>
        <translation>उच्च कंट्रास्ट बंद: ऐप फिर से शुरू होने पर आइकन भी बदलेंगे</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>The draft could not be saved ({error}); retrying. Nothing is lost while the app is open.</source>
        <extracomment>Longest wait between an edit and its draft reaching the cache (ms). Wait before retrying a write that failed (ms). a draft was written (task uid) a draft could not be written (task uid, message); it is retried</extracomment>
        <translation>ड्राफ़्ट सहेजा नहीं जा सका ({error}); फिर से कोशिश हो रही है। ऐप खुला रहने तक कुछ नहीं खोएगा।</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>◀ Previous</source>
        <extracomment>"◀ Previous" / "Next ▶" point the other way in a mirrored (right-to-left) window, where Next sits on the left: the arrows are not Unicode-mirrored characters why the button is disabled while its action stays enabled (its shortcut then says why in the status bar instead of doing nothing without a word)</extracomment>
        <translation>◀ पिछला</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>अगला ▶</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>सबमिट करें</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{total} में से {done} पूरे</translation>
    </message>
    <message>
        <source>{percent} of the campaign's tasks are done</source>
        <translation>अभियान के {percent} कार्य पूरे हो चुके हैं</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>Nudge left 1 px (scroll when nothing is selected)</source>
        <extracomment>(text, short text, key, dx, dy) of the nudges by 1 px and by 10 px</extracomment>
        <translation>1 px बाएँ खिसकाएँ (कुछ चुना न हो तो स्क्रॉल)</translation>
    </message>
    <message>
        <source>Nudge left</source>
        <translation>बाएँ खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge right 1 px (scroll when nothing is selected)</source>
        <translation>1 px दाएँ खिसकाएँ (कुछ चुना न हो तो स्क्रॉल)</translation>
    </message>
    <message>
        <source>Nudge right</source>
        <translation>दाएँ खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge up 1 px (scroll when nothing is selected)</source>
        <translation>1 px ऊपर खिसकाएँ (कुछ चुना न हो तो स्क्रॉल)</translation>
    </message>
    <message>
        <source>Nudge up</source>
        <translation>ऊपर खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge down 1 px (scroll when nothing is selected)</source>
        <translation>1 px नीचे खिसकाएँ (कुछ चुना न हो तो स्क्रॉल)</translation>
    </message>
    <message>
        <source>Nudge down</source>
        <translation>नीचे खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>10 px बाएँ खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge left 10</source>
        <translation>बाएँ 10</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>10 px दाएँ खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge right 10</source>
        <translation>दाएँ 10</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>10 px ऊपर खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge up 10</source>
        <translation>ऊपर 10</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>10 px नीचे खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge down 10</source>
        <translation>नीचे 10</translation>
    </message>
    <message>
        <source>Select tool</source>
        <translation>चयन टूल</translation>
    </message>
    <message>
        <source>Select  V</source>
        <translation>चुनें  V</translation>
    </message>
    <message>
        <source>Draw boxes</source>
        <translation>बॉक्स बनाएँ</translation>
    </message>
    <message>
        <source>Box  B</source>
        <translation>बॉक्स  B</translation>
    </message>
    <message>
        <source>Draw polygons</source>
        <translation>बहुभुज बनाएँ</translation>
    </message>
    <message>
        <source>Polygon  P</source>
        <translation>बहुभुज  P</translation>
    </message>
    <message>
        <source>Cancel drawing, deselect</source>
        <translation>ड्रॉइंग रद्द करें, चयन हटाएँ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close the polygon</source>
        <translation>बहुभुज बंद करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Select next shape</source>
        <translation>अगला आकार चुनें</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <source>Select previous shape</source>
        <translation>पिछला आकार चुनें</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>पिछला</translation>
    </message>
    <message>
        <source>Delete shape or vertex</source>
        <translation>आकार या शीर्ष हटाएँ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Hide or show shape (all when none is selected)</source>
        <translation>आकार छिपाएँ या दिखाएँ (कुछ न चुना हो तो सभी)</translation>
    </message>
    <message>
        <source>Hide  H</source>
        <translation>छिपाएँ  H</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ज़ूम इन</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ज़ूम आउट</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>छवि को दृश्य में फ़िट करें</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>फ़िट</translation>
    </message>
    <message>
        <source>Zoom to 100 % (actual pixels)</source>
        <translation>100 % तक ज़ूम करें (वास्तविक पिक्सेल)</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>awaiting review</source>
        <translation>समीक्षा की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>accepted, paid</source>
        <translation>स्वीकृत, भुगतान हुआ</translation>
    </message>
    <message>
        <source>no consensus yet</source>
        <translation>अभी कोई सहमति नहीं</translation>
    </message>
    <message>
        <source>agrees with consensus {rate}</source>
        <translation>सहमति से मेल {rate}</translation>
    </message>
    <message>
        <source>agrees {rate}</source>
        <translation>मेल {rate}</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>समीक्षाधीन</translation>
    </message>
    <message>
        <source>The label under review, by {annotator}</source>
        <translation>समीक्षाधीन लेबल, {annotator} द्वारा</translation>
    </message>
    <message>
        <source>Another annotator's label of this task, by {annotator}</source>
        <translation>इस कार्य पर किसी अन्य एनोटेटर का लेबल, {annotator} द्वारा</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>no majority</source>
        <translation>कोई बहुमत नहीं</translation>
    </message>
    <message numerus="yes">
        <source>of %n annotator(s)</source>
        <translation>
            <numerusform>%n एनोटेटर में से</numerusform>
            <numerusform>%n एनोटेटरों में से</numerusform>
        </translation>
    </message>
    <message>
        <source>What most annotators of this task said</source>
        <translation>इस कार्य के अधिकांश एनोटेटरों ने क्या कहा</translation>
    </message>
    <message>
        <source>The annotators of this task do not agree by a majority</source>
        <translation>इस कार्य के एनोटेटर बहुमत से सहमत नहीं हैं</translation>
    </message>
    <message>
        <source>Your correction</source>
        <translation>आपका सुधार</translation>
    </message>
    <message>
        <source>signed here</source>
        <translation>यहाँ हस्ताक्षरित</translation>
    </message>
    <message>
        <source>The correction you signed</source>
        <translation>आपके द्वारा हस्ताक्षरित सुधार</translation>
    </message>
</context>
<context>
    <name>ChainSettingsDialog</name>
    <message>
        <source>Chain settings</source>
        <translation>चेन सेटिंग्स</translation>
    </message>
    <message>
        <source>the campaign's: {url}</source>
        <translation>अभियान का: {url}</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>चेन आईडी</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>वितरक</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>RPC URL</source>
        <translation>RPC URL</translation>
    </message>
    <message>
        <source>Leave empty to use the campaign's RPC URL. "embedded" is the in-process chain of the demo.</source>
        <translation>अभियान का RPC URL इस्तेमाल करने के लिए खाली छोड़ें। "embedded" डेमो की इन-प्रोसेस चेन है।</translation>
    </message>
    <message>
        <source>An RPC URL starts with http:// or https:// (or is "embedded").</source>
        <translation>RPC URL http:// या https:// से शुरू होता है (या "embedded" होता है)।</translation>
    </message>
</context>
<context>
    <name>CharCounter</name>
    <message>
        <source>{count} / {max} characters: {over} too many</source>
        <translation>{count} / {max} अक्षर: {over} ज़्यादा</translation>
    </message>
    <message>
        <source>{count} / {max} characters</source>
        <translation>{count} / {max} अक्षर</translation>
    </message>
    <message>
        <source>{count} characters (at least {min})</source>
        <translation>{count} अक्षर (कम से कम {min})</translation>
    </message>
</context>
<context>
    <name>ChoiceBar</name>
    <message>
        <source>Which answer is better?</source>
        <extracomment>"A", "B" or "tie", clicked</extracomment>
        <translation>कौन-सा उत्तर बेहतर है?</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim rewards</source>
        <translation>इनाम का दावा करें</translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation>हस्ताक्षर करें और भेजें</translation>
    </message>
    <message>
        <source>Claim &lt;b&gt;{amount}&lt;/b&gt; from the distributor to your account. The transaction is signed here and sent from your wallet, which pays the gas.</source>
        <translation>वितरक से &lt;b&gt;{amount}&lt;/b&gt; का दावा अपने खाते में करें। लेन-देन पर यहीं हस्ताक्षर होते हैं और यह आपके वॉलेट से भेजा जाता है, जो गैस का भुगतान करता है।</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>युग</translation>
    </message>
    <message>
        <source>{epoch} (cumulative {cumulative}, already paid {paid})</source>
        <translation>{epoch} (संचयी {cumulative}, पहले से भुगतान {paid})</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>गैस</translation>
    </message>
    <message>
        <source>{estimate} estimated · limit {limit}</source>
        <translation>{estimate} अनुमानित · सीमा {limit}</translation>
    </message>
    <message>
        <source>Fees per gas</source>
        <translation>प्रति गैस शुल्क</translation>
    </message>
    <message>
        <source>max {most} (base {base} + tip {tip})</source>
        <translation>अधिकतम {most} (आधार {base} + टिप {tip})</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>नेटवर्क शुल्क</translation>
    </message>
    <message>
        <source>about {likely}, at most {most}</source>
        <translation>लगभग {likely}, अधिकतम {most}</translation>
    </message>
    <message>
        <source>Your ETH</source>
        <translation>आपका ETH</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Your ETH does not cover the most this can cost: claim through the hub instead (Ctrl+Shift+K).</source>
        <translation>आपका ETH इसकी अधिकतम लागत पूरी नहीं करता: इसके बजाय हब के ज़रिए दावा करें (Ctrl+Shift+K)।</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Waiting (sent at the next sync)</source>
        <translation>प्रतीक्षा में (अगले सिंक पर भेजा जाएगा)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>पुष्ट</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>छोड़ दिया गया</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>वॉलेट</translation>
    </message>
    <message>
        <source>Hub relayer</source>
        <translation>हब रिले</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>{hash}
(double-click to copy)</source>
        <translation>{hash}
(कॉपी करने के लिए डबल-क्लिक करें)</translation>
    </message>
</context>
<context>
    <name>CollectionPane</name>
    <message>
        <source>Data collection</source>
        <extracomment>a file was imported into the item (its file name) a file was refused (the message, also shown in the pane)</extracomment>
        <translation>डेटा संग्रह</translation>
    </message>
    <message>
        <source>Import a file or write the text, fill in the details and label it</source>
        <translation>फ़ाइल आयात करें या टेक्स्ट लिखें, विवरण भरें और उसे लेबल करें</translation>
    </message>
    <message>
        <source>Write the item's text</source>
        <translation>आइटम का टेक्स्ट लिखें</translation>
    </message>
    <message>
        <source>Notes about the item (optional)</source>
        <translation>आइटम के बारे में टिप्पणियाँ (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Wait for the import to finish</source>
        <translation>आयात पूरा होने की प्रतीक्षा करें</translation>
    </message>
    <message>
        <source>Choose a label for the item</source>
        <translation>आइटम के लिए लेबल चुनें</translation>
    </message>
    <message>
        <source>Import a photo or file</source>
        <translation>फ़ोटो या फ़ाइल आयात करें</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>यह कार्य केवल पढ़ने के लिए है</translation>
    </message>
    <message>
        <source>{file} is being imported already</source>
        <translation>{file} पहले से आयात हो रही है</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} आयात हो रही है…</translation>
    </message>
    <message>
        <source>{file} could not be imported ({error})</source>
        <translation>{file} आयात नहीं हो सकी ({error})</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} आयात करें</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>{file} आयात हो गई</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>फ़ाइल हटाएँ</translation>
    </message>
    <message>
        <source>One file per item: importing {file}</source>
        <translation>प्रति आइटम एक फ़ाइल: {file} आयात हो रही है</translation>
    </message>
    <message>
        <source>Type the text</source>
        <translation>टेक्स्ट टाइप करें</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>{field} सेट करें</translation>
    </message>
    <message>
        <source>{file} is not on this computer (sync to download it)</source>
        <translation>{file} इस कंप्यूटर पर नहीं है (डाउनलोड करने के लिए सिंक करें)</translation>
    </message>
    <message>
        <source>Import a photo or file…</source>
        <translation>फ़ोटो या फ़ाइल आयात करें…</translation>
    </message>
    <message>
        <source>Write the text</source>
        <translation>टेक्स्ट लिखें</translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation>विवरण भरें</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Text, details and label</source>
        <translation>टेक्स्ट, विवरण और लेबल</translation>
    </message>
</context>
<context>
    <name>CollectionTaskView</name>
    <message>
        <source>Instructions</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <source>What to collect</source>
        <translation>क्या एकत्र करना है</translation>
    </message>
    <message>
        <source>No instructions given.</source>
        <translation>कोई निर्देश नहीं दिए गए।</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>a new item, labeled as {kind}</source>
        <translation>एक नया आइटम, {kind} के रूप में लेबल किया हुआ</translation>
    </message>
    <message>
        <source>a new item, metadata only</source>
        <translation>एक नया आइटम, केवल मेटाडेटा</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Accepts</source>
        <translation>स्वीकार करता है</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* आवश्यक</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>A is better</source>
        <extracomment>the undo merge id of typing in the reason field ("REAS")</extracomment>
        <translation>A बेहतर है</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>बराबर</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B बेहतर है</translation>
    </message>
    <message>
        <source>A, B or T chooses · R writes the reason, Esc leaves it · a scale's letter, then a digit, rates · Enter submits</source>
        <translation>A, B या T चुनता है · R कारण लिखता है, Esc उसे छोड़ता है · स्केल का अक्षर, फिर एक अंक, रेटिंग देता है · Enter सबमिट करता है</translation>
    </message>
    <message>
        <source>Comparison</source>
        <extracomment>the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>Compare the two answers to the prompt and choose the better one</source>
        <translation>प्रॉम्प्ट के दोनों उत्तरों की तुलना करें और बेहतर चुनें</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Answer A</source>
        <translation>उत्तर A</translation>
    </message>
    <message>
        <source>Answer B</source>
        <translation>उत्तर B</translation>
    </message>
    <message>
        <source>Reason (optional) — R</source>
        <translation>कारण (वैकल्पिक) — R</translation>
    </message>
    <message>
        <source>Choose A: A is better</source>
        <translation>A चुनें: A बेहतर है</translation>
    </message>
    <message>
        <source>Choose B: B is better</source>
        <translation>B चुनें: B बेहतर है</translation>
    </message>
    <message>
        <source>Choose a tie</source>
        <translation>बराबरी चुनें</translation>
    </message>
    <message>
        <source>Write the reason</source>
        <translation>कारण लिखें</translation>
    </message>
    <message>
        <source>Leave the text field</source>
        <translation>टेक्स्ट फ़ील्ड छोड़ें</translation>
    </message>
    <message>
        <source>Submit (when a side is chosen)</source>
        <translation>सबमिट करें (कोई पक्ष चुनने पर)</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>कोई कारण नहीं दिया गया</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted</source>
        <translation>केवल पढ़ने के लिए: यह कार्य सबमिट हो चुका है</translation>
    </message>
    <message>
        <source>Rate {scale} (then press {low}–{high})</source>
        <translation>{scale} को रेटिंग दें (फिर {low}–{high} दबाएँ)</translation>
    </message>
    <message>
        <source>Choose: {choice}</source>
        <translation>चुनें: {choice}</translation>
    </message>
    <message>
        <source>answer A</source>
        <translation>उत्तर A</translation>
    </message>
    <message>
        <source>answer B</source>
        <translation>उत्तर B</translation>
    </message>
    <message>
        <source>both answers</source>
        <translation>दोनों उत्तर</translation>
    </message>
    <message>
        <source>Ratings cleared: they rated {before}. Rate {now} now (Ctrl+Z brings them back)</source>
        <translation>रेटिंग साफ़ की गईं: वे {before} को रेट करती थीं। अब {now} को रेट करें (Ctrl+Z उन्हें वापस लाता है)</translation>
    </message>
    <message>
        <source>You did not set these ratings: {ratings}. They are the prediction of {model}. Submit them under your signature as your own ratings?</source>
        <translation>ये रेटिंग आपने नहीं दीं: {ratings}। ये {model} का पूर्वानुमान हैं। क्या इन्हें अपने हस्ताक्षर से अपनी रेटिंग के रूप में सबमिट करें?</translation>
    </message>
    <message>
        <source>Rate {scale}: {value}</source>
        <translation>{scale} रेटिंग: {value}</translation>
    </message>
    <message>
        <source>Clear the {scale} rating</source>
        <translation>{scale} रेटिंग साफ़ करें</translation>
    </message>
    <message numerus="yes">
        <source>A reason holds at most %n character(s)</source>
        <translation>
            <numerusform>कारण में अधिकतम %n अक्षर हो सकता है</numerusform>
            <numerusform>कारण में अधिकतम %n अक्षर हो सकते हैं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonTaskView</name>
    <message>
        <source>Prompt</source>
        <translation>प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>बराबरी</translation>
    </message>
    <message>
        <source>answer {choice}</source>
        <translation>उत्तर {choice}</translation>
    </message>
    <message>
        <source>Model prediction ({who}): {choice}.</source>
        <translation>मॉडल पूर्वानुमान ({who}): {choice}।</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create a new account</source>
        <translation>नया खाता बनाएँ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>optional, e.g. “Work”</source>
        <translation>वैकल्पिक, जैसे “काम”</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n शब्द</numerusform>
            <numerusform>%n शब्द</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a name for the account</comment>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>रिकवरी शब्द</translation>
    </message>
    <message>
        <source>Choose a password. It encrypts the key on this computer and unlocks the wallet when you sign.</source>
        <translation>एक पासवर्ड चुनें। यह इस कंप्यूटर पर कुंजी को एन्क्रिप्ट करता है और हस्ताक्षर करते समय वॉलेट अनलॉक करता है।</translation>
    </message>
    <message>
        <source>I wrote the words down on paper, in order</source>
        <translation>मैंने शब्द क्रम से कागज़ पर लिख लिए हैं</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write these words down, in order, on paper.&lt;/b&gt; They are the only way to restore this account if this computer is lost or the password forgotten. Anyone who sees them can take the account: no screenshots, no cloud notes. They are shown only now.</source>
        <translation>&lt;b&gt;ये शब्द क्रम से कागज़ पर लिख लें।&lt;/b&gt; अगर यह कंप्यूटर खो जाए या पासवर्ड भूल जाएँ, तो इस खाते को बहाल करने का यही एकमात्र तरीका है। जो भी इन्हें देखे वह खाता ले सकता है: न स्क्रीनशॉट, न क्लाउड नोट्स। ये केवल अभी दिखाए जाते हैं।</translation>
    </message>
    <message>
        <source>Type these words from your paper to show it is right.</source>
        <translation>यह दिखाने के लिए कि कागज़ सही है, उससे ये शब्द लिखें।</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>खाता बनाएँ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>Word #{position}</source>
        <translation>शब्द #{position}</translation>
    </message>
    <message numerus="yes">
        <source>Word(s) {words} do not match. Check your paper, or go Back to see the words again.</source>
        <translation>
            <numerusform>शब्द {words} मेल नहीं खाता। अपना कागज़ जाँचें, या शब्द फिर से देखने के लिए पीछे जाएँ।</numerusform>
            <numerusform>शब्द {words} मेल नहीं खाते। अपना कागज़ जाँचें, या शब्द फिर से देखने के लिए पीछे जाएँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypting the key… (this takes a moment)</source>
        <translation>कुंजी एन्क्रिप्ट हो रही है… (इसमें थोड़ा समय लगता है)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account created&lt;/b&gt;&lt;br&gt;&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;It is unlocked and ready to sign. Keep the paper with the words somewhere safe; the wallet will not show them again. ({short} is now in the status bar.)</source>
        <translation>&lt;b&gt;खाता बन गया&lt;/b&gt;&lt;br&gt;&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;यह अनलॉक है और हस्ताक्षर के लिए तैयार है। शब्दों वाला कागज़ किसी सुरक्षित जगह रखें; वॉलेट उन्हें फिर नहीं दिखाएगा। ({short} अब स्टेटस बार में है।)</translation>
    </message>
    <message>
        <source>{error} Start again with new words.</source>
        <translation>{error} नए शब्दों के साथ फिर से शुरू करें।</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <source>&amp;Demo</source>
        <translation>डेमो(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Review and settle now</source>
        <translation>अभी समीक्षा और निपटान करें(&amp;R)</translation>
    </message>
    <message>
        <source>A demo reviewer accepts what waits for review; the hub posts an epoch on the demo chain, and your rewards become claimable.</source>
        <translation>एक डेमो समीक्षक समीक्षा के लिए प्रतीक्षारत सब कुछ स्वीकार करता है; हब डेमो चेन पर एक युग प्रकाशित करता है, और आपके इनाम दावे के लिए उपलब्ध हो जाते हैं।</translation>
    </message>
    <message>
        <source>The demo reviewer is accepting submissions, then the hub settles…</source>
        <translation>डेमो समीक्षक सबमिशन स्वीकार कर रहा है, फिर हब निपटान करेगा…</translation>
    </message>
    <message>
        <source>Review and settle failed: {error}</source>
        <translation>समीक्षा और निपटान विफल: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n submission(s) ({accepted} accepted)</source>
        <translation>
            <numerusform>%n सबमिशन की समीक्षा हुई ({accepted} स्वीकृत)</numerusform>
            <numerusform>%n सबमिशन की समीक्षा हुई ({accepted} स्वीकृत)</numerusform>
        </translation>
    </message>
    <message>
        <source>{reviewed}; nothing to settle.</source>
        <translation>{reviewed}; निपटाने के लिए कुछ नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>epoch {epoch} posted for %n account(s).</source>
        <translation>
            <numerusform>%n खाते के लिए युग {epoch} प्रकाशित हुआ।</numerusform>
            <numerusform>%n खातों के लिए युग {epoch} प्रकाशित हुआ।</numerusform>
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
        <translation>सबमिट करें(&amp;S)</translation>
    </message>
    <message>
        <source>Sign this label and queue it for the hub</source>
        <translation>इस लेबल पर हस्ताक्षर करें और इसे हब के लिए कतार में रखें</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>छोड़ें(&amp;K)</translation>
    </message>
    <message>
        <source>Skip this task; it waits at the end of the queue</source>
        <translation>यह कार्य छोड़ें; यह कतार के अंत में प्रतीक्षा करेगा</translation>
    </message>
    <message>
        <source>&amp;Next task to do</source>
        <translation>करने के लिए अगला कार्य(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next new or draft task</source>
        <translation>अगले नए या ड्राफ़्ट कार्य पर जाएँ</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>पिछला कार्य(&amp;P)</translation>
    </message>
    <message>
        <source>Go back to the task before this one</source>
        <translation>इससे पहले वाले कार्य पर वापस जाएँ</translation>
    </message>
    <message>
        <source>&amp;Label again</source>
        <translation>फिर से लेबल करें(&amp;L)</translation>
    </message>
    <message>
        <source>Start a new draft from the submitted label</source>
        <translation>सबमिट किए गए लेबल से नया ड्राफ़्ट शुरू करें</translation>
    </message>
    <message>
        <source>Ask the &amp;model</source>
        <translation>मॉडल से पूछें(&amp;M)</translation>
    </message>
    <message>
        <source>Ask the campaign's model for a prediction of this task (again: cancel)</source>
        <translation>इस कार्य के लिए अभियान के मॉडल से पूर्वानुमान माँगें (दोबारा: रद्द)</translation>
    </message>
    <message>
        <source>&amp;Accept all predictions</source>
        <translation>सभी पूर्वानुमान स्वीकार करें(&amp;A)</translation>
    </message>
    <message>
        <source>Accept every item the model predicted, as it is (Enter accepts the selected one)</source>
        <translation>मॉडल द्वारा पूर्वानुमानित हर आइटम को जैसा है वैसा स्वीकार करें (Enter चुना गया आइटम स्वीकार करता है)</translation>
    </message>
    <message>
        <source>Switch between &amp;queue and task</source>
        <translation>कतार और कार्य के बीच बदलें(&amp;Q)</translation>
    </message>
    <message>
        <source>Move the keyboard focus</source>
        <translation>कीबोर्ड फ़ोकस बदलें</translation>
    </message>
    <message>
        <source>Show the &amp;queue</source>
        <translation>कतार दिखाएँ(&amp;Q)</translation>
    </message>
    <message>
        <source>Hide the queue to give the task more room</source>
        <translation>कार्य को अधिक जगह देने के लिए कतार छिपाएँ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Task id</source>
        <translation>कार्य आईडी</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>कोई कार्य नहीं चुना गया</translation>
    </message>
</context>
<context>
    <name>ExportKeystoreDialog</name>
    <message>
        <source>Export keystore file</source>
        <translation>कीस्टोर फ़ाइल निर्यात करें</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>इस रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>The file is a standard Ethereum keystore (v3): other wallets open it with this account's password. Keep it as a backup.</source>
        <translation>यह फ़ाइल एक मानक Ethereum कीस्टोर (v3) है: दूसरे वॉलेट इसे इस खाते के पासवर्ड से खोलते हैं। इसे बैकअप के रूप में रखें।</translation>
    </message>
    <message>
        <source>Choose the account and type its password.</source>
        <translation>खाता चुनें और उसका पासवर्ड लिखें।</translation>
    </message>
    <message>
        <source>Save keystore file</source>
        <translation>कीस्टोर फ़ाइल सहेजें</translation>
    </message>
    <message>
        <source>Keystore (*.json)</source>
        <translation>कीस्टोर (*.json)</translation>
    </message>
    <message>
        <source>Writing the keystore file…</source>
        <translation>कीस्टोर फ़ाइल लिखी जा रही है…</translation>
    </message>
</context>
<context>
    <name>GetTasksBox</name>
    <message>
        <source>Nothing to label here yet.</source>
        <translation>यहाँ अभी लेबल करने को कुछ नहीं है।</translation>
    </message>
    <message>
        <source>Get tasks</source>
        <translation>कार्य लाएँ</translation>
    </message>
    <message>
        <source>Reserve a batch of tasks from the hub and download them</source>
        <translation>हब से कार्यों का एक बैच आरक्षित करें और डाउनलोड करें</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a signed-in account.</source>
        <translation>पहले वॉलेट अनलॉक करें (Ctrl+U): हब साइन-इन किए गए खाते के लिए कार्य आरक्षित करता है।</translation>
    </message>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>%n कार्य आरक्षित हो रहा है…</numerusform>
            <numerusform>%n कार्य आरक्षित हो रहे हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) reserved.</source>
        <translation>
            <numerusform>%n कार्य आरक्षित हुआ।</numerusform>
            <numerusform>%n कार्य आरक्षित हुए।</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has no task for you in this campaign right now.</source>
        <translation>इस अभियान में अभी हब के पास आपके लिए कोई कार्य नहीं है।</translation>
    </message>
</context>
<context>
    <name>GlyphWords</name>
    <message numerus="yes">
        <source>%n character(s) of this text cannot be shown: no installed font has them ({codes}). Install the Noto fonts (fonts-noto-core, fonts-noto-cjk).</source>
        <extracomment>characters already reported in this session (reported once, not per task) at most this many distinct characters are checked one by one</extracomment>
        <translation>
            <numerusform>इस पाठ का %n अक्षर दिखाया नहीं जा सकता: किसी इंस्टॉल फ़ॉन्ट में यह नहीं है ({codes})। Noto फ़ॉन्ट इंस्टॉल करें (fonts-noto-core, fonts-noto-cjk)।</numerusform>
            <numerusform>इस पाठ के %n अक्षर दिखाए नहीं जा सकते: किसी इंस्टॉल फ़ॉन्ट में ये नहीं हैं ({codes})। Noto फ़ॉन्ट इंस्टॉल करें (fonts-noto-core, fonts-noto-cjk)।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubClaimDialog</name>
    <message>
        <source>Claim through the hub</source>
        <translation>हब के ज़रिए दावा करें</translation>
    </message>
    <message>
        <source>Sign and hand over</source>
        <translation>हस्ताक्षर करें और सौंपें</translation>
    </message>
    <message>
        <source>The hub sends the claim of &lt;b&gt;{amount}&lt;/b&gt; and pays its gas; the tokens go to your account all the same. You sign a request that names your account, the amount and the root, and expires in an hour. The hub relays a few claims per account and hour.</source>
        <translation>हब &lt;b&gt;{amount}&lt;/b&gt; का दावा भेजता है और उसकी गैस चुकाता है; टोकन फिर भी आपके खाते में ही जाते हैं। आप एक अनुरोध पर हस्ताक्षर करते हैं जिसमें आपका खाता, राशि और रूट होते हैं, और जो एक घंटे में समाप्त हो जाता है। हब हर खाते के लिए प्रति घंटे कुछ ही दावे रिले करता है।</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>युग</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>No polygons yet: press P and click around an object.</source>
        <extracomment>the task is drawn once the image is decoded: ``shown`` or ``failed`` follow the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>अभी कोई बहुभुज नहीं: P दबाएँ और किसी वस्तु के चारों ओर क्लिक करें।</translation>
    </message>
    <message>
        <source>No boxes yet: press B and drag across an object.</source>
        <translation>अभी कोई बॉक्स नहीं: B दबाएँ और किसी वस्तु पर खींचें।</translation>
    </message>
    <message>
        <source>The image cannot be shown, so it cannot be labeled</source>
        <translation>छवि दिखाई नहीं जा सकती, इसलिए इसे लेबल नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Close the polygon being drawn (Enter) or cancel it (Esc)</source>
        <translation>बन रहे बहुभुज को बंद करें (Enter) या रद्द करें (Esc)</translation>
    </message>
    <message>
        <source>Malformed polygon data ({numbers}): select and delete it</source>
        <translation>खराब बहुभुज डेटा ({numbers}): इसे चुनें और हटाएँ</translation>
    </message>
    <message>
        <source>Malformed box data ({numbers}): select and delete it</source>
        <translation>खराब बॉक्स डेटा ({numbers}): इसे चुनें और हटाएँ</translation>
    </message>
    <message>
        <source>Toggle {label}</source>
        <translation>{label} टॉगल करें</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>{label} चुनें</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>लेबल: {label}</translation>
    </message>
    <message>
        <source>{file} is not on this computer yet; sync to download it.</source>
        <translation>{file} अभी इस कंप्यूटर पर नहीं है; डाउनलोड करने के लिए सिंक करें।</translation>
    </message>
    <message>
        <source>Polygons ({count})</source>
        <translation>बहुभुज ({count})</translation>
    </message>
    <message>
        <source>Boxes ({count})</source>
        <translation>बॉक्स ({count})</translation>
    </message>
    <message>
        <source>The labels of this task are kept; the image must be fixed or downloaded again.</source>
        <translation>इस कार्य के लेबल सुरक्षित हैं; छवि को ठीक करना या फिर से डाउनलोड करना होगा।</translation>
    </message>
    <message>
        <source>Press a label's key ({keys}) to choose it, again to remove it.</source>
        <translation>किसी लेबल को चुनने के लिए उसकी कुंजी ({keys}) दबाएँ, हटाने के लिए फिर से दबाएँ।</translation>
    </message>
    <message>
        <source>Press a label's key ({keys}) to choose it; Enter submits.</source>
        <translation>किसी लेबल को चुनने के लिए उसकी कुंजी ({keys}) दबाएँ; Enter सबमिट करता है।</translation>
    </message>
    <message>
        <source>Read-only: shapes are shown, not editable. Tab selects, F fits, = and - zoom.</source>
        <translation>केवल पढ़ने के लिए: आकार दिखते हैं, संपादित नहीं होते। Tab चुनता है, F फ़िट करता है, = और - ज़ूम करते हैं।</translation>
    </message>
    <message>
        <source>Click to add points · click the first point, double-click or Enter closes · Backspace removes the last point · Esc cancels</source>
        <translation>बिंदु जोड़ने के लिए क्लिक करें · पहले बिंदु पर क्लिक, डबल-क्लिक या Enter बंद करता है · Backspace आख़िरी बिंदु हटाता है · Esc रद्द करता है</translation>
    </message>
    <message>
        <source>Drag to draw a “{label}” box ({keys} change the label) · V or Esc: select</source>
        <translation>“{label}” बॉक्स बनाने के लिए खींचें ({keys} लेबल बदलते हैं) · V या Esc: चुनें</translation>
    </message>
    <message>
        <source>Click to start a “{label}” polygon ({keys} change the label) · V: select</source>
        <translation>“{label}” बहुभुज शुरू करने के लिए क्लिक करें ({keys} लेबल बदलते हैं) · V: चुनें</translation>
    </message>
    <message>
        <source>Drag a vertex · Alt+click or double-click an edge adds one · Shift+click or Delete removes it · arrows nudge · H hides</source>
        <translation>शीर्ष को खींचें · किनारे पर Alt+क्लिक या डबल-क्लिक एक शीर्ष जोड़ता है · Shift+क्लिक या Delete उसे हटाता है · तीर खिसकाते हैं · H छिपाता है</translation>
    </message>
    <message>
        <source>Drag to move, handles resize · {keys} relabel · arrows nudge (Shift: 10 px) · Delete removes · H hides</source>
        <translation>खिसकाने के लिए खींचें, हैंडल आकार बदलते हैं · {keys} लेबल बदलते हैं · तीर खिसकाते हैं (Shift: 10 px) · Delete हटाता है · H छिपाता है</translation>
    </message>
    <message>
        <source>P draws polygons · click or Tab selects a shape · wheel or = - zoom · F fits</source>
        <translation>P बहुभुज बनाता है · क्लिक या Tab आकार चुनता है · व्हील या = - ज़ूम · F फ़िट करता है</translation>
    </message>
    <message>
        <source>B draws boxes · click or Tab selects a shape · wheel or = - zoom · F fits</source>
        <translation>B बॉक्स बनाता है · क्लिक या Tab आकार चुनता है · व्हील या = - ज़ूम · F फ़िट करता है</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>आकार</translation>
    </message>
</context>
<context>
    <name>ImageTaskView</name>
    <message>
        <source>this task names no image</source>
        <translation>यह कार्य कोई छवि नहीं बताता</translation>
    </message>
    <message>
        <source>the image is not downloaded yet (sync to fetch it)</source>
        <translation>छवि अभी डाउनलोड नहीं हुई (लाने के लिए सिंक करें)</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>छवि लोड हो रही है…</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} px</translation>
    </message>
    <message numerus="yes">
        <source>Dashed shapes: model prediction ({who}), %n shown</source>
        <translation>
            <numerusform>डैश वाली आकृतियाँ: मॉडल पूर्वानुमान ({who}), %n दिखाई गई</numerusform>
            <numerusform>डैश वाली आकृतियाँ: मॉडल पूर्वानुमान ({who}), %n दिखाई गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>Model prediction ({who}): {labels}</source>
        <translation>मॉडल पूर्वानुमान ({who}): {labels}</translation>
    </message>
    <message>
        <source>Cannot show the image: {reason}</source>
        <translation>छवि नहीं दिखाई जा सकती: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an account</source>
        <translation>खाता आयात करें</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात करें</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>यहाँ से आयात करें</translation>
    </message>
    <message>
        <source>Recovery words or a keystore file</source>
        <translation>रिकवरी शब्द या कीस्टोर फ़ाइल</translation>
    </message>
    <message>
        <source>the 12 or 24 words, separated by spaces</source>
        <translation>12 या 24 शब्द, स्पेस से अलग किए हुए</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>शब्द</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>खाता संख्या</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, 0x optional</source>
        <translation>64 हेक्साडेसिमल अंक, 0x वैकल्पिक</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>निजी कुंजी</translation>
    </message>
    <message>
        <source>a keystore JSON file (UTC--…)</source>
        <translation>एक कीस्टोर JSON फ़ाइल (UTC--…)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>File password</source>
        <translation>फ़ाइल का पासवर्ड</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>रिकवरी शब्द</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>कीस्टोर फ़ाइल</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a name for the account</comment>
        <translation>नाम</translation>
    </message>
    <message>
        <source>The key is stored encrypted with a password of your choice (it may be the same as the file's).</source>
        <translation>कुंजी आपके चुने पासवर्ड से एन्क्रिप्ट करके रखी जाती है (यह फ़ाइल के पासवर्ड जैसा भी हो सकता है)।</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>Open a keystore file</source>
        <translation>कीस्टोर फ़ाइल खोलें</translation>
    </message>
    <message>
        <source>Keystore (*.json *);;All files (*)</source>
        <translation>कीस्टोर (*.json *);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Type the recovery words.</source>
        <translation>रिकवरी शब्द लिखें।</translation>
    </message>
    <message>
        <source>Paste the private key.</source>
        <translation>निजी कुंजी पेस्ट करें।</translation>
    </message>
    <message>
        <source>Choose the keystore file.</source>
        <translation>कीस्टोर फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Encrypting the key…</source>
        <translation>कुंजी एन्क्रिप्ट हो रही है…</translation>
    </message>
</context>
<context>
    <name>InteractiveAssist</name>
    <message>
        <source>This campaign names no ML backend for interactive help</source>
        <extracomment>a proposal is on screen (the shape's JSON) the request failed or found nothing (the message shown)</extracomment>
        <translation>यह अभियान इंटरैक्टिव सहायता के लिए कोई ML बैकएंड नहीं बताता</translation>
    </message>
    <message>
        <source>Asking the model for the object… (Esc cancels)</source>
        <translation>मॉडल से वस्तु पूछी जा रही है… (Esc रद्द करता है)</translation>
    </message>
    <message>
        <source>The model found no object there</source>
        <translation>मॉडल को वहाँ कोई वस्तु नहीं मिली</translation>
    </message>
    <message>
        <source>Proposed by the model: Enter accepts, Esc rejects, Ctrl+click refines</source>
        <translation>मॉडल का प्रस्ताव: Enter स्वीकार करता है, Esc अस्वीकार करता है, Ctrl+क्लिक सुधारता है</translation>
    </message>
    <message>
        <source>No proposal: {reason}</source>
        <translation>कोई प्रस्ताव नहीं: {reason}</translation>
    </message>
    <message>
        <source>Accept the model's {noun}</source>
        <translation>मॉडल का {noun} स्वीकार करें</translation>
    </message>
    <message>
        <source>Accepted: edit it like any shape; Ctrl+Z takes it away</source>
        <translation>स्वीकार किया गया: इसे किसी भी आकार की तरह संपादित करें; Ctrl+Z इसे हटा देता है</translation>
    </message>
    <message>
        <source>The model's proposal was rejected</source>
        <translation>मॉडल का प्रस्ताव अस्वीकार किया गया</translation>
    </message>
</context>
<context>
    <name>ItemLabeler</name>
    <message>
        <source>Tick or untick: {label}</source>
        <extracomment>the chips changed the annotation (new annotation or None, undo text) an embedded pane changed it (already on the undo stack) the embedded pane has drawn its photo</extracomment>
        <translation>टिक करें या टिक हटाएँ: {label}</translation>
    </message>
    <message>
        <source>Choose: {label}</source>
        <translation>चुनें: {label}</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>यह कार्य केवल पढ़ने के लिए है</translation>
    </message>
    <message>
        <source>Untick {label}</source>
        <translation>{label} से टिक हटाएँ</translation>
    </message>
    <message>
        <source>Tick {label}</source>
        <translation>{label} पर टिक करें</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>{label} चुनें</translation>
    </message>
    <message>
        <source>write the text</source>
        <translation>टेक्स्ट लिखें</translation>
    </message>
    <message>
        <source>import a photo</source>
        <translation>फ़ोटो आयात करें</translation>
    </message>
    <message>
        <source>draw boxes on it</source>
        <translation>उस पर बॉक्स बनाएँ</translation>
    </message>
    <message>
        <source>draw polygons on it</source>
        <translation>उस पर बहुभुज बनाएँ</translation>
    </message>
    <message>
        <source>mark spans in it</source>
        <translation>उसमें स्पैन चिह्नित करें</translation>
    </message>
    <message>
        <source>label it</source>
        <translation>उसे लेबल करें</translation>
    </message>
    <message>
        <source>To {task}, the app needs the pane for {kind}, which is not installed yet.</source>
        <translation>{task} के लिए ऐप को {kind} का पैन चाहिए, जो अभी इंस्टॉल नहीं है।</translation>
    </message>
    <message>
        <source>First {step}, then {task}.</source>
        <translation>पहले {step}, फिर {task}।</translation>
    </message>
</context>
<context>
    <name>KeepClaimDialog</name>
    <message>
        <source>Keep the claim for later</source>
        <translation>दावे को बाद के लिए रखें</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>रखें</translation>
    </message>
    <message>
        <source>{why}

The claim can wait: the next sync that reaches it carries it out while the wallet is unlocked — the hub's relayer sends it.</source>
        <translation>{why}

दावा इंतज़ार कर सकता है: वॉलेट अनलॉक रहते हुए अगला सफल सिंक इसे पूरा करेगा — हब का रिले इसे भेजेगा।</translation>
    </message>
    <message>
        <source>{why}

The claim can wait: the next sync that reaches it carries it out while the wallet is unlocked — your wallet sends it (the gas is estimated then).</source>
        <translation>{why}

दावा इंतज़ार कर सकता है: वॉलेट अनलॉक रहते हुए अगला सफल सिंक इसे पूरा करेगा — आपका वॉलेट इसे भेजेगा (गैस का अनुमान तभी लगाया जाएगा)।</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <source>{label} — press {key}</source>
        <translation>{label} — {key} दबाएँ</translation>
    </message>
    <message>
        <source>Label {label}, key {key}</source>
        <translation>लेबल {label}, कुंजी {key}</translation>
    </message>
    <message>
        <source>Label {label}</source>
        <translation>लेबल {label}</translation>
    </message>
    <message>
        <source>· predicted by {model}: press the key twice or submit to make it yours</source>
        <extracomment>checked because a model predicted it, and not touched since (drawn dashed and pale)</extracomment>
        <translation>· {model} का पूर्वानुमान: इसे अपना बनाने के लिए कुंजी दो बार दबाएँ या सबमिट करें</translation>
    </message>
</context>
<context>
    <name>LabelMenu</name>
    <message>
        <source>&amp;Label</source>
        <translation>लेबल(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>सिस्टम की भाषा ({language})</translation>
    </message>
    <message>
        <source>The app shows the new language the next time it starts.</source>
        <translation>ऐप अगली बार शुरू होने पर नई भाषा दिखाएगा।</translation>
    </message>
    <message>
        <source>The language could not be saved: {error}</source>
        <translation>भाषा सहेजी नहीं जा सकी: {error}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>सेटिंग्स(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>भाषा(&amp;L)…</translation>
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
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Sync now (Ctrl+R), Make tasks available offline…, Sync details…</extracomment>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>पूर्ण स्क्रीन(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Settings ▸ Language… (ui/language_menu.py)</extracomment>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About DataFi Desktop</source>
        <translation>DataFi Desktop के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>मेनू</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <source>About DataFi Desktop</source>
        <translation>DataFi Desktop के बारे में</translation>
    </message>
    <message>
        <source>&lt;b&gt;DataFi Desktop {version}&lt;/b&gt;&lt;br&gt;Label data offline, sign every submission, claim rewards on-chain.&lt;br&gt;&lt;br&gt;Profile: {profile}</source>
        <translation>&lt;b&gt;DataFi Desktop {version}&lt;/b&gt;&lt;br&gt;ऑफ़लाइन डेटा लेबल करें, हर सबमिशन पर हस्ताक्षर करें, ऑन-चेन इनाम का दावा करें।&lt;br&gt;&lt;br&gt;प्रोफ़ाइल: {profile}</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <source>Import photo or file…</source>
        <extracomment>the photo is on screen, or could not be shown (message)</extracomment>
        <translation>फ़ोटो या फ़ाइल आयात करें…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Drop a photo or file here, or press {keys} to choose one.
This task accepts {types}.</source>
        <extracomment>"Importing photo.jpg…" / "Loading photo.jpg…" while the file is copied and decoded off the UI thread (a 48 MP photo takes seconds): never a dark box</extracomment>
        <translation>यहाँ कोई फ़ोटो या फ़ाइल छोड़ें, या चुनने के लिए {keys} दबाएँ।
यह कार्य {types} स्वीकार करता है।</translation>
    </message>
    <message>
        <source>Loading {file}…</source>
        <translation>{file} लोड हो रही है…</translation>
    </message>
    <message numerus="yes">
        <source>{size} text file, %n character(s): it is the item's text below.</source>
        <translation>
            <numerusform>{size} की टेक्स्ट फ़ाइल, %n अक्षर: यह नीचे दिया गया आइटम का टेक्स्ट है।</numerusform>
            <numerusform>{size} की टेक्स्ट फ़ाइल, %n अक्षर: यह नीचे दिया गया आइटम का टेक्स्ट है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the photo: {error}</source>
        <translation>फ़ोटो दिखाई नहीं जा सकी: {error}</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <translation>तारीख YYYY-MM-DD के रूप में लिखें</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>यह सही तारीख नहीं है</translation>
    </message>
    <message>
        <source>* required</source>
        <extracomment>the user changed a field: (name, value or None to clear, typing — merge the edits) text fields the campaign limits: their character counters</extracomment>
        <translation>* आवश्यक</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>एक संख्या</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>how to write a date; it is stored as ISO</comment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>कम से कम {count} अक्षर</translation>
    </message>
    <message>
        <source>Repeat</source>
        <comment>repeat the password</comment>
        <translation>दोहराएँ</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>पासवर्ड में कम से कम {count} अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>दोनों पासवर्ड अलग हैं।</translation>
    </message>
    <message>
        <source>At least {count} characters. Nobody can recover it for you: write it down somewhere safe.</source>
        <translation>कम से कम {count} अक्षर। इसे कोई आपके लिए वापस नहीं ला सकता: इसे किसी सुरक्षित जगह लिख लें।</translation>
    </message>
    <message>
        <source>{strength}. {hint}</source>
        <comment>password strength, then a hint</comment>
        <translation>{strength}। {hint}</translation>
    </message>
    <message>
        <source>{hint}  The two passwords differ.</source>
        <translation>{hint}  दोनों पासवर्ड अलग हैं।</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <source>S&amp;top</source>
        <translation>रोकें(&amp;T)</translation>
    </message>
    <message>
        <source>Stop after the current page; what came stays</source>
        <translation>मौजूदा पेज के बाद रोकें; जो आ चुका है वह रहेगा</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>डाउनलोड करें(&amp;D)</translation>
    </message>
    <message>
        <source>Make tasks available offline</source>
        <translation>कार्यों को ऑफ़लाइन उपलब्ध कराएँ</translation>
    </message>
    <message>
        <source>Reserve tasks on the hub and download everything they need, so you can label them without a connection. The hub holds them for you for the time below.</source>
        <translation>हब पर कार्य आरक्षित करें और उनकी ज़रूरत की हर चीज़ डाउनलोड करें, ताकि आप बिना कनेक्शन के उन्हें लेबल कर सकें। हब उन्हें नीचे दिए समय तक आपके लिए रखता है।</translation>
    </message>
    <message>
        <source> tasks</source>
        <comment>suffix of a number of tasks</comment>
        <translation> कार्य</translation>
    </message>
    <message>
        <source> days</source>
        <comment>suffix of a number of days</comment>
        <translation> दिन</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>अभियान(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>कितने(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>कितने समय रखें(&amp;K):</translation>
    </message>
    <message>
        <source>No hub is set for this profile, so there is nothing to download (start with --hub URL).</source>
        <translation>इस प्रोफ़ाइल के लिए कोई हब सेट नहीं है, इसलिए डाउनलोड करने को कुछ नहीं है (--hub URL के साथ शुरू करें)।</translation>
    </message>
    <message>
        <source>No campaign yet: sync once while online to list the hub's campaigns.</source>
        <translation>अभी कोई अभियान नहीं: हब के अभियान देखने के लिए ऑनलाइन रहते हुए एक बार सिंक करें।</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>फिर शुरू करें(&amp;R)</translation>
    </message>
    <message>
        <source>An earlier download of %1 tasks stopped after %2; Resume continues it.</source>
        <translation>%1 कार्यों का पिछला डाउनलोड %2 के बाद रुक गया; “फिर शुरू करें” उसे आगे बढ़ाता है।</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>इस पेज के बाद रुक रहा है…</translation>
    </message>
    <message>
        <source>%v of %m tasks reserved</source>
        <translation>%m में से %v कार्य आरक्षित</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%m में से %v फ़ाइलें</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a signed-in account.</source>
        <translation>पहले वॉलेट अनलॉक करें (Ctrl+U): हब साइन-इन किए गए खाते के लिए कार्य आरक्षित करता है।</translation>
    </message>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>%n कार्य आरक्षित हो रहा है…</numerusform>
            <numerusform>%n कार्य आरक्षित हो रहे हैं…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputCard</name>
    <message>
        <source>Preferred</source>
        <translation>पसंदीदा</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>बराबर</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Tasks</source>
        <extracomment>position in the navigation: Tasks 10, Review 20, Rewards 30, Wallet 40 the menu this page's actions go in ("&amp;Tasks"); empty for none the module (relative to this package) and the class the pages of a new window, in navigation order</extracomment>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>इनाम</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>वॉलेट</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>कार्य(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>समीक्षा(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Rewards</source>
        <translation>इनाम(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>वॉलेट(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PaneSet</name>
    <message>
        <source>failing ({error})</source>
        <translation>विफल हो रहा है ({error})</translation>
    </message>
</context>
<context>
    <name>PredictionAssistant</name>
    <message>
        <source>Prediction request cancelled</source>
        <extracomment>a fallback run when no backend answers: (editor) → a worker function or None a prediction was shown (model) — for tests and the status bar the request failed or gave nothing (the message shown)</extracomment>
        <translation>पूर्वानुमान अनुरोध रद्द किया गया</translation>
    </message>
    <message>
        <source>Open a task first</source>
        <translation>पहले कोई कार्य खोलें</translation>
    </message>
    <message>
        <source>This task is read-only: nothing to predict</source>
        <translation>यह कार्य केवल पढ़ने के लिए है: पूर्वानुमान के लिए कुछ नहीं</translation>
    </message>
    <message>
        <source>This campaign names no ML backend and ships no offline model for this kind of task</source>
        <translation>यह अभियान न कोई ML बैकएंड बताता है न इस प्रकार के कार्य के लिए कोई ऑफ़लाइन मॉडल देता है</translation>
    </message>
    <message>
        <source>Asking the model for a prediction… (Ctrl+P again cancels)</source>
        <translation>मॉडल से पूर्वानुमान माँगा जा रहा है… (फिर से Ctrl+P रद्द करता है)</translation>
    </message>
    <message>
        <source>The model has no prediction for this task</source>
        <translation>मॉडल के पास इस कार्य के लिए कोई पूर्वानुमान नहीं है</translation>
    </message>
    <message>
        <source>The prediction cannot be shown: the task is read-only now</source>
        <translation>पूर्वानुमान दिखाया नहीं जा सकता: कार्य अब केवल पढ़ने के लिए है</translation>
    </message>
    <message>
        <source>Prediction by {model}: edit it, or accept it; Ctrl+Z undoes it</source>
        <translation>{model} का पूर्वानुमान: इसे संपादित करें या स्वीकार करें; Ctrl+Z इसे पूर्ववत करता है</translation>
    </message>
    <message>
        <source>No prediction: {reason}</source>
        <translation>कोई पूर्वानुमान नहीं: {reason}</translation>
    </message>
</context>
<context>
    <name>PredictionBanner</name>
    <message>
        <source>Prediction by {model} — check each item: edit it, or accept it with Enter ({keys} accepts all)</source>
        <translation>{model} का पूर्वानुमान — हर आइटम जाँचें: संपादित करें, या Enter से स्वीकार करें ({keys} सभी स्वीकार करता है)</translation>
    </message>
</context>
<context>
    <name>ProgressiveLoader</name>
    <message>
        <source>The full resolution could not be decoded: {error}</source>
        <extracomment>(LoadedImage, is_full_resolution) nothing could be shown: a message for the user naming the file and the problem the full resolution failed (the screen-sized picture stays up) scale of the pixmap delivered last (decoded size / full size); 0 before any where screen-size previews of large photos are kept (core.previews), if set</extracomment>
        <translation>पूरा रिज़ॉल्यूशन डिकोड नहीं हो सका: {error}</translation>
    </message>
</context>
<context>
    <name>QualityStrip</name>
    <message>
        <source>Your running figures in this campaign, as the hub last reported them: agreement with other annotators of the same tasks, and your score on gold tasks (known answers)</source>
        <translation>इस अभियान में आपके मौजूदा आँकड़े, जैसा हब ने पिछली बार बताया: उन्हीं कार्यों के अन्य एनोटेटरों से सहमति, और गोल्ड कार्यों (ज्ञात उत्तर) पर आपका स्कोर</translation>
    </message>
    <message>
        <source>My quality</source>
        <translation>मेरी गुणवत्ता</translation>
    </message>
    <message>
        <source>No figures yet: the hub reports them once your work has been compared and reviewed.</source>
        <translation>अभी कोई आँकड़े नहीं: आपके काम की तुलना और समीक्षा होने के बाद हब इन्हें बताता है।</translation>
    </message>
    <message>
        <source>My quality · {account}</source>
        <translation>मेरी गुणवत्ता · {account}</translation>
    </message>
</context>
<context>
    <name>QualityTableModel</name>
    <message>
        <source>Annotator</source>
        <extracomment>the AnnotatorRow of a row (any column)</extracomment>
        <translation>एनोटेटर</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>सबमिशन</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>गोल्ड सटीकता</translation>
    </message>
    <message>
        <source>Suggestion kept</source>
        <translation>सुझाव रखा</translation>
    </message>
    <message>
        <source>Campaign rate</source>
        <translation>अभियान दर</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>चिह्नित</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>पुरस्कार</translation>
    </message>
    <message>
        <source>gold accuracy</source>
        <translation>गोल्ड सटीकता</translation>
    </message>
    <message>
        <source>rubber stamp</source>
        <translation>बिना जाँचे स्वीकृति</translation>
    </message>
    <message>
        <source>{rate} of {shown}</source>
        <translation>{shown} में से {rate}</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>रोके नहीं गए</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the reasons of a hold</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Held</source>
        <translation>रोके गए</translation>
    </message>
    <message>
        <source>Held: {why}</source>
        <translation>रोके गए: {why}</translation>
    </message>
    <message>
        <source>{rate} of {answers}</source>
        <translation>{answers} में से {rate}</translation>
    </message>
    <message>
        <source>⚑ Flagged</source>
        <translation>⚑ चिह्नित</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Show tasks in this state</source>
        <extracomment>the task shown in the detail pane changed (its cache uid, -1 for none)</extracomment>
        <translation>इस स्थिति वाले कार्य दिखाएँ</translation>
    </message>
    <message>
        <source>Show tasks of this kind</source>
        <translation>इस प्रकार के कार्य दिखाएँ</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>फ़िल्टर (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the tasks whose text, task id or #number contains this</source>
        <translation>वे कार्य दिखाएँ जिनके टेक्स्ट, कार्य आईडी या #संख्या में यह हो</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>The tasks of the campaign; Return opens the selected one</source>
        <translation>अभियान के कार्य; Return चुना गया कार्य खोलता है</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>अभी कोई अभियान नहीं</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{total} में से {done} पूरे</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>अगला कार्य(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>पिछला कार्य(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filter text…</source>
        <translation>टेक्स्ट फ़िल्टर करें(&amp;F)…</translation>
    </message>
    <message>
        <source>Show &amp;all tasks</source>
        <translation>सभी कार्य दिखाएँ(&amp;A)</translation>
    </message>
    <message>
        <source>Show tasks &amp;to do</source>
        <translation>करने वाले कार्य दिखाएँ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें(&amp;R)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>करने को</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln task(s) shown</source>
        <translation>
            <numerusform>%Ln में से {shown} कार्य दिखाया गया</numerusform>
            <numerusform>%Ln में से {shown} कार्य दिखाए गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingScaleWidget</name>
    <message>
        <source>Rating {scale}, {low} to {high}</source>
        <extracomment>at most this many values are shown as buttons digits typed within this many seconds make one number (scale name, rating or None to clear) a key that cannot rate this scale, in words for the status bar</extracomment>
        <translation>रेटिंग {scale}, {low} से {high}</translation>
    </message>
    <message>
        <source> (press {key}, then a number)</source>
        <extracomment>"· predicted by …" while the rating is a model's that nobody set (text, never hidden, so that nothing moves when it goes)</extracomment>
        <translation> ({key} दबाएँ, फिर एक संख्या)</translation>
    </message>
    <message>
        <source>· predicted by {model}</source>
        <translation>· {model} का पूर्वानुमान</translation>
    </message>
    <message>
        <source>The model's rating: rate it yourself, or confirm it when you submit</source>
        <translation>मॉडल की रेटिंग: स्वयं रेट करें, या सबमिट करते समय इसकी पुष्टि करें</translation>
    </message>
    <message>
        <source>{scale} goes from {low} to {high}</source>
        <translation>{scale} {low} से {high} तक है</translation>
    </message>
</context>
<context>
    <name>ReasonEdit</name>
    <message>
        <source>Why is it better? (optional) — press R to write here, Esc to leave</source>
        <translation>यह बेहतर क्यों है? (वैकल्पिक) — यहाँ लिखने के लिए R दबाएँ, छोड़ने के लिए Esc</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Say why: pick a reason (its number) or write one.</source>
        <translation>कारण बताएँ: कोई कारण चुनें (उसकी संख्या) या स्वयं लिखें।</translation>
    </message>
    <message>
        <source>Reject: say why</source>
        <translation>अस्वीकार करें: कारण बताएँ</translation>
    </message>
    <message>
        <source>Press a reason's number, add details if you like, then Enter. Esc cancels.</source>
        <translation>किसी कारण की संख्या दबाएँ, चाहें तो विवरण जोड़ें, फिर Enter। Esc रद्द करता है।</translation>
    </message>
    <message>
        <source>Reject the label by {annotator}. {how}</source>
        <translation>{annotator} का लेबल अस्वीकार करें। {how}</translation>
    </message>
    <message>
        <source>Details (required when no reason is picked)</source>
        <translation>विवरण (कोई कारण न चुनने पर आवश्यक)</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>verb: reject the submission</comment>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Reason {number}</source>
        <translation>कारण {number}</translation>
    </message>
    <message>
        <source>Say why: write the reason.</source>
        <translation>कारण बताएँ: कारण लिखें।</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Could not reserve tasks: {error}</source>
        <translation>कार्य आरक्षित नहीं हो सके: {error}</translation>
    </message>
    <message>
        <source>{message}. Try again when the hub is reachable.</source>
        <translation>{message}। हब तक पहुँच होने पर फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: reserving tasks is signed.</source>
        <translation>पहले वॉलेट अनलॉक करें (Ctrl+U): कार्य आरक्षित करने पर हस्ताक्षर होता है।</translation>
    </message>
    <message>
        <source>The hub refused: {message}</source>
        <translation>हब ने अस्वीकार किया: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) downloaded</source>
        <translation>
            <numerusform>%Ln फ़ाइल डाउनलोड हुई</numerusform>
            <numerusform>%Ln फ़ाइलें डाउनलोड हुईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln task(s) available offline, {files}. Resume continues from there.</source>
        <translation>
            <numerusform>रुका: %Ln कार्य ऑफ़लाइन उपलब्ध, {files}। “फिर शुरू करें” वहीं से आगे बढ़ाता है।</numerusform>
            <numerusform>रुका: %Ln कार्य ऑफ़लाइन उपलब्ध, {files}। “फिर शुरू करें” वहीं से आगे बढ़ाता है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) available offline; {files}. They are in the Tasks page.</source>
        <translation>
            <numerusform>%Ln कार्य ऑफ़लाइन उपलब्ध; {files}। यह कार्य पेज में है।</numerusform>
            <numerusform>%Ln कार्य ऑफ़लाइन उपलब्ध; {files}। ये कार्य पेज में हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} The hub says: {notes}.</source>
        <translation>{text} हब का कहना है: {notes}।</translation>
    </message>
    <message>
        <source>{text} (The hub had {leased} of the {asked} asked for.)</source>
        <translation>{text} (माँगे गए {asked} में से हब के पास {leased} थे।)</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>स्वीकार करें(&amp;A)</translation>
    </message>
    <message>
        <source>The label is right: sign an accept</source>
        <translation>लेबल सही है: स्वीकृति पर हस्ताक्षर करें</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>अस्वीकार करें(&amp;R)…</translation>
    </message>
    <message>
        <source>The label is wrong: say why, then sign a reject</source>
        <translation>लेबल गलत है: कारण बताएँ, फिर अस्वीकृति पर हस्ताक्षर करें</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>सुधारें(&amp;C)</translation>
    </message>
    <message>
        <source>Fix the label in the pane, then sign the correction</source>
        <translation>पैन में लेबल ठीक करें, फिर सुधार पर हस्ताक्षर करें</translation>
    </message>
    <message>
        <source>&amp;Sign the correction</source>
        <translation>सुधार पर हस्ताक्षर करें(&amp;S)</translation>
    </message>
    <message>
        <source>Sign the corrected label</source>
        <translation>सुधारे गए लेबल पर हस्ताक्षर करें</translation>
    </message>
    <message>
        <source>Cancel the correctio&amp;n</source>
        <translation>सुधार रद्द करें(&amp;N)</translation>
    </message>
    <message>
        <source>Back to the label under review</source>
        <translation>समीक्षाधीन लेबल पर वापस जाएँ</translation>
    </message>
    <message>
        <source>&amp;Next submission</source>
        <translation>अगला सबमिशन(&amp;N)</translation>
    </message>
    <message>
        <source>Leave this one for later and show the next</source>
        <translation>इसे बाद के लिए छोड़ें और अगला दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Previous submission</source>
        <translation>पिछला सबमिशन(&amp;P)</translation>
    </message>
    <message>
        <source>Show the one before</source>
        <translation>पहले वाला दिखाएँ</translation>
    </message>
    <message>
        <source>Show the next &amp;label of this task</source>
        <translation>इस कार्य का अगला लेबल दिखाएँ(&amp;L)</translation>
    </message>
    <message>
        <source>The other annotators' labels and the consensus, in turn</source>
        <translation>अन्य एनोटेटरों के लेबल और सहमति, बारी-बारी से</translation>
    </message>
    <message>
        <source>&amp;Get more to review</source>
        <translation>समीक्षा के लिए और लाएँ(&amp;G)</translation>
    </message>
    <message>
        <source>Lease submissions of other annotators from the hub (then sync)</source>
        <translation>हब से अन्य एनोटेटरों के सबमिशन लीज़ पर लें (फिर सिंक करें)</translation>
    </message>
    <message>
        <source>Annotators' &amp;quality…</source>
        <translation>एनोटेटरों की गुणवत्ता(&amp;Q)…</translation>
    </message>
    <message>
        <source>Every annotator's figures in this campaign, as the hub reports them (reviewers and admins)</source>
        <translation>इस अभियान में हर एनोटेटर के आँकड़े, जैसा हब बताता है (समीक्षक और एडमिन)</translation>
    </message>
</context>
<context>
    <name>ReviewFetcher</name>
    <message>
        <source>Sync is off (no hub), so no new submissions can be fetched. Start with --hub URL; what is already here can be reviewed.</source>
        <extracomment>how long leased submissions stay ours to review offline (the hub caps it at 14 days) a message for the page ("Fetching 50 submissions to review…", "Offline: …") a fetch started (True) or ended (False) a fetch ended and the cache may hold new items (the report, or the error) campaigns the hub refused to lease reviews of (no reviewer role)</extracomment>
        <translation>सिंक बंद है (कोई हब नहीं), इसलिए नए सबमिशन नहीं लाए जा सकते। --hub URL के साथ शुरू करें; जो यहाँ पहले से है उसकी समीक्षा की जा सकती है।</translation>
    </message>
    <message numerus="yes">
        <source>Fetching up to %n submission(s) to review…</source>
        <translation>
            <numerusform>समीक्षा के लिए अधिकतम %n सबमिशन लाया जा रहा है…</numerusform>
            <numerusform>समीक्षा के लिए अधिकतम %n सबमिशन लाए जा रहे हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch submissions to review: {error}</source>
        <translation>समीक्षा के लिए सबमिशन नहीं लाए जा सके: {error}</translation>
    </message>
    <message>
        <source>Offline: the hub cannot be reached. Review what is already here; the verdicts are sent and more submissions fetched when it answers.</source>
        <translation>ऑफ़लाइन: हब तक नहीं पहुँचा जा सकता। जो यहाँ पहले से है उसकी समीक्षा करें; हब के जवाब देने पर निर्णय भेजे जाएँगे और और सबमिशन लाए जाएँगे।</translation>
    </message>
    <message>
        <source>Unlock the wallet to sync: the hub needs your signature to sign in.</source>
        <translation>सिंक करने के लिए वॉलेट अनलॉक करें: साइन इन के लिए हब को आपके हस्ताक्षर चाहिए।</translation>
    </message>
    <message>
        <source>Sync problem: {message}</source>
        <translation>सिंक में समस्या: {message}</translation>
    </message>
    <message>
        <source>The hub does not let this account review campaign “{campaign}”: a reviewer role is needed.</source>
        <translation>हब इस खाते को अभियान “{campaign}” की समीक्षा नहीं करने देता: समीक्षक की भूमिका चाहिए।</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) leased to review</source>
        <translation>
            <numerusform>समीक्षा के लिए %n सबमिशन आरक्षित</numerusform>
            <numerusform>समीक्षा के लिए %n सबमिशन आरक्षित</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review right now.</source>
        <translation>अभी समीक्षा के लिए कुछ भी प्रतीक्षा में नहीं है।</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>Possible copy: {detail}</source>
        <extracomment>the panes' contexts of "This task is read-only" (the message replaced while reviewing)</extracomment>
        <translation>संभावित प्रतिलिपि: {detail}</translation>
    </message>
    <message>
        <source>Task id</source>
        <extracomment>a short message for the page's message line the pane asked to submit (Enter on a complete label) while correcting "empty", "review" (read-only), "correct" (editable) or "done" (reviewed here)</extracomment>
        <translation>कार्य आईडी</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>सबमिट करने वाला</translation>
    </message>
    <message>
        <source>&amp;Others' shapes</source>
        <translation>दूसरों की आकृतियाँ(&amp;O)</translation>
    </message>
    <message>
        <source>Draw the other annotators' boxes or polygons dashed over the image, in the colour of their card (Alt+O)</source>
        <translation>अन्य एनोटेटरों के बॉक्स या बहुभुज छवि पर डैश रेखाओं में, उनके कार्ड के रंग में दिखाएँ (Alt+O)</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>समीक्षा के लिए कुछ नहीं</translation>
    </message>
    <message>
        <source>by {annotator} · {when}</source>
        <translation>{annotator} द्वारा · {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n more review(s) needed</source>
        <translation>
            <numerusform>%n और समीक्षा चाहिए</numerusform>
            <numerusform>%n और समीक्षाएँ चाहिए</numerusform>
        </translation>
    </message>
    <message>
        <source>Labeled and signed by {annotator}</source>
        <translation>{annotator} द्वारा लेबल और हस्ताक्षरित</translation>
    </message>
    <message>
        <source>Sign the correction (Ctrl+Enter) or cancel it (Esc) first</source>
        <translation>पहले सुधार पर हस्ताक्षर करें (Ctrl+Enter) या उसे रद्द करें (Esc)</translation>
    </message>
    <message>
        <source>Showing {card}: {summary}</source>
        <translation>{card} दिखाया जा रहा है: {summary}</translation>
    </message>
    <message>
        <source>Showing the label under review</source>
        <translation>समीक्षाधीन लेबल दिखाया जा रहा है</translation>
    </message>
    <message>
        <source>Correcting, starting from the label under review: edit it with the pane's keys, then Ctrl+Enter signs the correction · Esc cancels · Ctrl+Z undoes</source>
        <translation>सुधार जारी, समीक्षाधीन लेबल से शुरू: पैन की कुंजियों से संपादित करें, फिर Ctrl+Enter सुधार पर हस्ताक्षर करता है · Esc रद्द करता है · Ctrl+Z पूर्ववत करता है</translation>
    </message>
    <message>
        <source>Correcting, starting from {card}: edit it with the pane's keys, then Ctrl+Enter signs the correction · Esc cancels · Ctrl+Z undoes</source>
        <translation>सुधार जारी, {card} से शुरू: पैन की कुंजियों से संपादित करें, फिर Ctrl+Enter सुधार पर हस्ताक्षर करता है · Esc रद्द करता है · Ctrl+Z पूर्ववत करता है</translation>
    </message>
    <message>
        <source>Read-only while reviewing: press C to correct the label</source>
        <translation>समीक्षा के दौरान केवल पढ़ने के लिए: लेबल सुधारने के लिए C दबाएँ</translation>
    </message>
</context>
<context>
    <name>ReviewItemsModel</name>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>एनोटेटर</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation>आपका निर्णय</translation>
    </message>
</context>
<context>
    <name>ReviewListPanel</name>
    <message>
        <source>To review</source>
        <translation>समीक्षा के लिए</translation>
    </message>
    <message>
        <source>Reviewed here</source>
        <translation>यहाँ समीक्षित</translation>
    </message>
    <message>
        <source>Other annotators' submissions leased to you: judge each one with a key (A accept, R reject, C correct); every verdict is signed. They stay here to review offline.</source>
        <translation>आपको दिए गए अन्य एनोटेटरों के सबमिशन: हर एक को एक कुंजी से परखें (A स्वीकार, R अस्वीकार, C सुधार); हर निर्णय पर हस्ताक्षर होता है। ये ऑफ़लाइन समीक्षा के लिए यहीं रहते हैं।</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>अभियान</translation>
    </message>
    <message>
        <source>The campaign to review</source>
        <translation>समीक्षा करने के लिए अभियान</translation>
    </message>
    <message>
        <source>How many submissions to keep leased for review</source>
        <translation>समीक्षा के लिए कितने सबमिशन आरक्षित रखें</translation>
    </message>
    <message>
        <source>Get more to review  G</source>
        <translation>समीक्षा के लिए और लें  G</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Which submissions the list shows</source>
        <translation>सूची कौन-से सबमिशन दिखाती है</translation>
    </message>
    <message>
        <source>Submissions to review</source>
        <translation>समीक्षा के लिए सबमिशन</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Nothing to move to: press G to get submissions to review</source>
        <translation>आगे जाने के लिए कुछ नहीं: समीक्षा के लिए सबमिशन पाने हेतु G दबाएँ</translation>
    </message>
    <message>
        <source>This is the last one</source>
        <translation>यह आख़िरी है</translation>
    </message>
    <message>
        <source>This is the first one</source>
        <translation>यह पहला है</translation>
    </message>
    <message>
        <source>signed, waiting to be sent</source>
        <translation>हस्ताक्षरित, भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>the hub has it</source>
        <translation>हब के पास पहुँच गया</translation>
    </message>
    <message>
        <source>refused by the hub: {reason}</source>
        <translation>हब ने अस्वीकार किया: {reason}</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>कोई कारण नहीं</translation>
    </message>
    <message>
        <source>You accepted it{reason} {when} · {status}</source>
        <translation>आपने इसे स्वीकार किया{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>You rejected it{reason} {when} · {status}</source>
        <translation>आपने इसे अस्वीकार किया{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>You corrected it{reason} {when} · {status}</source>
        <translation>आपने इसे सुधारा{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>No campaign yet: sync with a hub to get one.</source>
        <translation>अभी कोई अभियान नहीं: अभियान पाने के लिए किसी हब से सिंक करें।</translation>
    </message>
    <message>
        <source>No verdicts made here yet in this campaign.</source>
        <translation>इस अभियान में यहाँ अभी तक कोई निर्णय नहीं दिया गया।</translation>
    </message>
    <message>
        <source>This account is not a reviewer of campaign “{campaign}”.

Ask the campaign's admin for the reviewer role (on the hub: datafi-hub role grant CAMPAIGN ADDRESS reviewer), then press G.</source>
        <translation>यह खाता अभियान “{campaign}” का समीक्षक नहीं है।

अभियान के व्यवस्थापक से समीक्षक की भूमिका माँगें (हब पर: datafi-hub role grant CAMPAIGN ADDRESS reviewer), फिर G दबाएँ।</translation>
    </message>
    <message>
        <source>Sync is off (no hub): start the app with --hub URL to lease submissions.</source>
        <translation>सिंक बंद है (कोई हब नहीं): सबमिशन आरक्षित करने के लिए ऐप को --hub URL के साथ शुरू करें।</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to review here.

Press G to lease up to %n submission(s) of other annotators from the hub. They stay on this computer, so you can review them offline.</source>
        <translation>
            <numerusform>यहाँ समीक्षा के लिए कुछ नहीं है।

हब से दूसरे एनोटेटरों का अधिकतम %n सबमिशन आरक्षित करने के लिए G दबाएँ। वह इसी कंप्यूटर पर रहता है, इसलिए आप ऑफ़लाइन उसकी समीक्षा कर सकते हैं।</numerusform>
            <numerusform>यहाँ समीक्षा के लिए कुछ नहीं है।

हब से दूसरे एनोटेटरों के अधिकतम %n सबमिशन आरक्षित करने के लिए G दबाएँ। वे इसी कंप्यूटर पर रहते हैं, इसलिए आप ऑफ़लाइन उनकी समीक्षा कर सकते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to review</source>
        <translation>{count} समीक्षा के लिए</translation>
    </message>
    <message>
        <source>{count} reviewed here</source>
        <translation>{count} की समीक्षा यहाँ हुई</translation>
    </message>
    <message>
        <source>{count} waiting to be sent</source>
        <translation>{count} भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>{count} of your own not listed: someone else reviews them</source>
        <translation>आपके अपने {count} सूची में नहीं: उनकी समीक्षा कोई और करता है</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) refused by the hub: {reason}</source>
        <translation>
            <numerusform>%n निर्णय हब ने अस्वीकार किया: {reason}</numerusform>
            <numerusform>%n निर्णय हब ने अस्वीकार किए: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>कोई कारण नहीं दिया गया</translation>
    </message>
    <message>
        <source>Already reviewed here</source>
        <translation>यहाँ पहले ही समीक्षा हो चुकी है</translation>
    </message>
    <message>
        <source>Finish the correction first</source>
        <translation>पहले सुधार पूरा करें</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>अस्वीकार नहीं किया गया</translation>
    </message>
    <message>
        <source>This kind of task cannot be corrected here: accept or reject it</source>
        <translation>इस प्रकार का कार्य यहाँ सुधारा नहीं जा सकता: स्वीकार या अस्वीकार करें</translation>
    </message>
    <message>
        <source>Correcting: Ctrl+Enter signs the correction, Esc cancels</source>
        <translation>सुधार जारी: Ctrl+Enter सुधार पर हस्ताक्षर करता है, Esc रद्द करता है</translation>
    </message>
    <message>
        <source>Not signed yet: {problem}</source>
        <translation>अभी हस्ताक्षर नहीं हुआ: {problem}</translation>
    </message>
    <message>
        <source>Correction cancelled: nothing was signed</source>
        <translation>सुधार रद्द: किसी पर हस्ताक्षर नहीं हुए</translation>
    </message>
    <message>
        <source>Accepted and signed ({signer}); queued for the hub</source>
        <translation>स्वीकार और हस्ताक्षरित ({signer}); हब के लिए कतार में</translation>
    </message>
    <message>
        <source>Rejected and signed ({signer}); queued for the hub</source>
        <translation>अस्वीकार और हस्ताक्षरित ({signer}); हब के लिए कतार में</translation>
    </message>
    <message>
        <source>Corrected and signed ({signer}); queued for the hub</source>
        <translation>सुधारा और हस्ताक्षरित ({signer}); हब के लिए कतार में</translation>
    </message>
    <message>
        <source>No campaign to review yet: sync with a hub first</source>
        <translation>समीक्षा के लिए अभी कोई अभियान नहीं: पहले किसी हब से सिंक करें</translation>
    </message>
    <message>
        <source>Not fetched: the wallet is still locked.</source>
        <translation>नहीं लाया गया: वॉलेट अभी भी लॉक है।</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <source>Rewards</source>
        <translation>इनाम</translation>
    </message>
    <message>
        <source>Accepted work earns tokens. Each epoch the hub posts a Merkle root of everyone's earnings on-chain; claim what is settled from your wallet, or let the hub send the claim when you hold no ETH for gas.</source>
        <translation>स्वीकृत काम से टोकन मिलते हैं। हर युग में हब सबकी कमाई का मर्कल रूट ऑन-चेन प्रकाशित करता है; जो निपट चुका है उसका दावा अपने वॉलेट से करें, या गैस के लिए ETH न होने पर हब को दावा भेजने दें।</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>अभियान(&amp;C)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>दावे</translation>
    </message>
    <message>
        <source>&amp;Claim…</source>
        <translation>दावा करें(&amp;C)…</translation>
    </message>
    <message>
        <source>Claim through the &amp;hub…</source>
        <translation>हब के ज़रिए दावा करें(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Refresh rewards</source>
        <translation>इनाम रीफ़्रेश करें(&amp;R)</translation>
    </message>
    <message>
        <source>Chain &amp;settings…</source>
        <translation>चेन सेटिंग्स(&amp;S)…</translation>
    </message>
    <message>
        <source>Account {address}</source>
        <translation>खाता {address}</translation>
    </message>
    <message>
        <source>No account yet: create or import one on the Wallet page (Ctrl+4).</source>
        <translation>अभी कोई खाता नहीं: वॉलेट पेज (Ctrl+4) पर एक बनाएँ या आयात करें।</translation>
    </message>
    <message>
        <source>No campaign here settles its rewards on a chain yet. Campaigns name their chain and distributor; sync with the hub to fetch them.</source>
        <translation>यहाँ अभी कोई अभियान अपने इनाम किसी चेन पर नहीं निपटाता। अभियान अपनी चेन और वितरक बताते हैं; उन्हें लाने के लिए हब के साथ सिंक करें।</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>कोई कारण नहीं बताया गया</translation>
    </message>
    <message>
        <source>The claim failed: {error}</source>
        <translation>दावा विफल हुआ: {error}</translation>
    </message>
    <message>
        <source>The claim was dropped: {error}</source>
        <translation>दावा छोड़ दिया गया: {error}</translation>
    </message>
    <message>
        <source>The claim is {state}: {error}</source>
        <translation>दावे की स्थिति {state} है: {error}</translation>
    </message>
    <message>
        <source>Could not refresh: {error}</source>
        <translation>रीफ़्रेश नहीं हो सका: {error}</translation>
    </message>
    <message>
        <source>Nothing is settled for this account yet.</source>
        <translation>इस खाते के लिए अभी कुछ भी निपटाया नहीं गया है।</translation>
    </message>
    <message>
        <source>Estimating the gas…</source>
        <translation>गैस का अनुमान लगाया जा रहा है…</translation>
    </message>
    <message>
        <source>Nothing to claim: everything settled is already paid.</source>
        <translation>दावा करने को कुछ नहीं: जो निपटा था वह सब पहले ही चुका दिया गया है।</translation>
    </message>
    <message>
        <source>The chain cannot be reached: {error}.</source>
        <translation>चेन तक नहीं पहुँचा जा सकता: {error}।</translation>
    </message>
    <message>
        <source>The distributor would refuse this claim — {reason}</source>
        <translation>वितरक यह दावा अस्वीकार कर देगा — {reason}</translation>
    </message>
    <message>
        <source>Could not prepare the claim ({error}).</source>
        <translation>दावा तैयार नहीं हो सका ({error})।</translation>
    </message>
    <message>
        <source>Sending {transaction}…</source>
        <translation>{transaction} भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Claimed: the tokens are in your account.</source>
        <translation>दावा पूरा: टोकन आपके खाते में हैं।</translation>
    </message>
    <message>
        <source>Sent: waiting for the transaction to be mined.</source>
        <translation>भेजा गया: लेन-देन के माइन होने की प्रतीक्षा है।</translation>
    </message>
    <message>
        <source>Not sent yet ({error}); it will be sent again.</source>
        <translation>अभी नहीं भेजा गया ({error}); इसे फिर से भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Nothing settled yet, or no hub for this campaign.</source>
        <translation>अभी कुछ निपटाया नहीं गया, या इस अभियान के लिए कोई हब नहीं है।</translation>
    </message>
    <message>
        <source>The hub sent your claim.</source>
        <translation>हब ने आपका दावा भेज दिया।</translation>
    </message>
    <message>
        <source>{error} (try again in {seconds} s)</source>
        <translation>{error} ({seconds} सेकंड में फिर कोशिश करें)</translation>
    </message>
    <message>
        <source>The hub refused: {error}</source>
        <translation>हब ने अस्वीकार किया: {error}</translation>
    </message>
    <message>
        <source>The hub cannot relay it now: the claim is kept and sent at the next sync.</source>
        <translation>हब अभी इसे रिले नहीं कर सकता: दावा रखा गया है और अगले सिंक पर भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Could not reach the hub's relayer ({error}).</source>
        <translation>हब के रिले तक नहीं पहुँचा जा सका ({error})।</translation>
    </message>
    <message>
        <source>Handing the claim to the hub…</source>
        <translation>दावा हब को सौंपा जा रहा है…</translation>
    </message>
    <message>
        <source>Kept: the claim is sent at the next sync.</source>
        <translation>रखा गया: दावा अगले सिंक पर भेजा जाएगा।</translation>
    </message>
    <message>
        <source>A claim is already on its way.</source>
        <translation>एक दावा पहले से रास्ते में है।</translation>
    </message>
    <message>
        <source>Chain settings</source>
        <translation>चेन सेटिंग्स</translation>
    </message>
    <message>
        <source>Chain settings saved.</source>
        <translation>चेन सेटिंग्स सहेजी गईं।</translation>
    </message>
</context>
<context>
    <name>ShapeList</name>
    <message>
        <source>malformed — delete it</source>
        <extracomment>a row was clicked (shape index) the eye of a row was clicked (shape index) said in the empty list ("No boxes yet: press B and drag") what each row shows (label, colour, hidden), to skip unchanged rows cheaply</extracomment>
        <translation>खराब — इसे हटाएँ</translation>
    </message>
    <message>
        <source>{label} · predicted</source>
        <extracomment>Sizes in device-independent pixels (constant on screen at any zoom). the further polygons of an object in several parts, children of ``item`` the shape's bounds (image pixels), where its tag is placed from cosmetic pens are in device pixels: widths are multiplied by the device pixel ratio</extracomment>
        <translation>{label} · पूर्वानुमानित</translation>
    </message>
</context>
<context>
    <name>ShapeWords</name>
    <message numerus="yes">
        <source>%n span(s): {labels}</source>
        <translation>
            <numerusform>%n स्पैन: {labels}</numerusform>
            <numerusform>%n स्पैन: {labels}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es): {labels}</source>
        <translation>
            <numerusform>%n बॉक्स: {labels}</numerusform>
            <numerusform>%n बॉक्स: {labels}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s): {labels}</source>
        <translation>
            <numerusform>%n बहुभुज: {labels}</numerusform>
            <numerusform>%n बहुभुज: {labels}</numerusform>
        </translation>
    </message>
    <message>
        <source>no spans</source>
        <translation>कोई स्पैन नहीं</translation>
    </message>
    <message>
        <source>no boxes</source>
        <translation>कोई बॉक्स नहीं</translation>
    </message>
    <message>
        <source>no polygons</source>
        <translation>कोई बहुभुज नहीं</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n बाइट</numerusform>
            <numerusform>%n बाइट</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpanListView</name>
    <message>
        <source>Spans</source>
        <translation>स्पैन</translation>
    </message>
</context>
<context>
    <name>SpanTextView</name>
    <message>
        <source>Task text</source>
        <extracomment>a press and release closer than this (pixels) is a click, not a drag positions around the visible text whose spans get their backgrounds from Qt line height of a classification text (percent): airy enough to read a click (not a drag): the document position of the character under the mouse, or -1</extracomment>
        <translation>कार्य का टेक्स्ट</translation>
    </message>
    <message>
        <source>The text to label; select a passage and press a label's key</source>
        <translation>लेबल करने के लिए टेक्स्ट; कोई अंश चुनें और किसी लेबल की कुंजी दबाएँ</translation>
    </message>
</context>
<context>
    <name>SpansController</name>
    <message>
        <source>Already marked: {span}</source>
        <translation>पहले से चिह्नित: {span}</translation>
    </message>
    <message>
        <source>Add span {span}</source>
        <translation>स्पैन {span} जोड़ें</translation>
    </message>
    <message>
        <source>Relabel span {span}</source>
        <translation>स्पैन {span} का लेबल बदलें</translation>
    </message>
    <message>
        <source>Add span: {span}</source>
        <translation>स्पैन जोड़ें: {span}</translation>
    </message>
    <message>
        <source>Relabel span: {span}</source>
        <translation>स्पैन का लेबल बदलें: {span}</translation>
    </message>
    <message>
        <source>Select a span first: click it or press Tab</source>
        <translation>पहले कोई स्पैन चुनें: उस पर क्लिक करें या Tab दबाएँ</translation>
    </message>
    <message>
        <source>Delete span {label} “{text}”</source>
        <translation>स्पैन {label} “{text}” हटाएँ</translation>
    </message>
    <message>
        <source>No spans yet: select some text and press a label key</source>
        <translation>अभी कोई स्पैन नहीं: कुछ टेक्स्ट चुनें और किसी लेबल की कुंजी दबाएँ</translation>
    </message>
    <message>
        <source>Selected {label} “{text}”</source>
        <translation>चुना गया {label} “{text}”</translation>
    </message>
    <message numerus="yes">
        <source> (1 of %n here: click again for the next)</source>
        <translation>
            <numerusform> (यहाँ %n में से 1: अगले के लिए फिर क्लिक करें)</numerusform>
            <numerusform> (यहाँ %n में से 1: अगले के लिए फिर क्लिक करें)</numerusform>
        </translation>
    </message>
    <message>
        <source> (predicted by {model})</source>
        <translation> ({model} का पूर्वानुमान)</translation>
    </message>
    <message>
        <source> (predicted)</source>
        <translation> (पूर्वानुमानित)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{address}
Click to copy the address</source>
        <extracomment>the user clicked the lock (wants to unlock or lock) or "No account" "Synced 2 min ago", "Offline — 3 to send"…; a click shows details and Sync now</extracomment>
        <translation>{address}
पता कॉपी करने के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>कोई खाता नहीं</translation>
    </message>
    <message>
        <source>Create or import an account on the Wallet page</source>
        <translation>वॉलेट पेज पर खाता बनाएँ या आयात करें</translation>
    </message>
    <message>
        <source>Unlocked · locks in {time}</source>
        <translation>अनलॉक · {time} में लॉक होगा</translation>
    </message>
    <message>
        <source>Signing is possible. The wallet locks itself after {time} without activity (Ctrl+L locks now).</source>
        <translation>हस्ताक्षर संभव है। {time} तक कोई गतिविधि न होने पर वॉलेट स्वयं लॉक हो जाता है (Ctrl+L अभी लॉक करता है)।</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>लॉक है</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U) to sign submissions</source>
        <translation>सबमिशन पर हस्ताक्षर करने के लिए अनलॉक करें (Ctrl+U)</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>भेजने को %n</numerusform>
            <numerusform>भेजने को %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>भेजने को कुछ नहीं</translation>
    </message>
    <message>
        <source>Outbox: {counts}</source>
        <translation>आउटबॉक्स: {counts}</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>आउटबॉक्स खाली है</translation>
    </message>
    <message>
        <source>Copied {address}</source>
        <translation>{address} कॉपी किया गया</translation>
    </message>
</context>
<context>
    <name>SubmissionBar</name>
    <message>
        <source>Signed and queued: it is sent to the hub at the next sync.</source>
        <translation>हस्ताक्षरित और कतार में: अगले सिंक पर यह हब को भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Sent to the hub: waiting for review.</source>
        <translation>हब को भेजा गया: समीक्षा की प्रतीक्षा है।</translation>
    </message>
    <message>
        <source>Accepted by a reviewer.</source>
        <translation>एक समीक्षक ने स्वीकार किया।</translation>
    </message>
    <message>
        <source>Accepted, and its reward is paid.</source>
        <translation>स्वीकृत, और इसका इनाम दे दिया गया है।</translation>
    </message>
    <message>
        <source>Accepted with a correction.</source>
        <extracomment>the same when the reviewer corrected the label</extracomment>
        <translation>सुधार के साथ स्वीकृत।</translation>
    </message>
    <message>
        <source>Accepted with a correction, and its reward is paid.</source>
        <translation>सुधार के साथ स्वीकृत, और इसका इनाम दे दिया गया है।</translation>
    </message>
    <message>
        <source>Show correction</source>
        <extracomment>"Show correction" was turned on (show the reviewer's correction) or off the verdict's details: the reviewer's correction, who reviewed and when</extracomment>
        <translation>सुधार दिखाएँ</translation>
    </message>
    <message>
        <source>Label again</source>
        <translation>फिर से लेबल करें</translation>
    </message>
    <message>
        <source>Rejected by a reviewer: {reason}. Label it again to correct it.</source>
        <translation>एक समीक्षक ने अस्वीकार किया: {reason}। सुधारने के लिए इसे फिर से लेबल करें।</translation>
    </message>
    <message>
        <source>Rejected by a reviewer. Label it again to correct it.</source>
        <translation>एक समीक्षक ने अस्वीकार किया। सुधारने के लिए इसे फिर से लेबल करें।</translation>
    </message>
    <message>
        <source>{sentence} Shown read-only.</source>
        <translation>{sentence} केवल पढ़ने के लिए दिखाया गया।</translation>
    </message>
    <message>
        <source>Start a new draft from this submission ({keys})</source>
        <translation>इस सबमिशन से नया ड्राफ़्ट शुरू करें ({keys})</translation>
    </message>
    <message>
        <source>Show my label</source>
        <translation>मेरा लेबल दिखाएँ</translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message>
        <source>Submissions are signed with your wallet, and it has no account yet. Create one, or import one you already have, on the Wallet page. Your draft is kept.</source>
        <extracomment>the submission was signed and queued (its SubmissionRow)</extracomment>
        <translation>सबमिशन आपके वॉलेट से हस्ताक्षरित होते हैं, और उसमें अभी कोई खाता नहीं है। वॉलेट पेज पर एक खाता बनाएँ, या अपना मौजूदा खाता आयात करें। आपका ड्राफ़्ट सुरक्षित है।</translation>
    </message>
    <message>
        <source>Not submitted: create or import an account to sign with. Your draft is kept.</source>
        <translation>सबमिट नहीं हुआ: हस्ताक्षर के लिए कोई खाता बनाएँ या आयात करें। आपका ड्राफ़्ट सुरक्षित है।</translation>
    </message>
    <message>
        <source>Not submitted: the wallet is still locked. Your draft is kept.</source>
        <translation>सबमिट नहीं हुआ: वॉलेट अभी भी लॉक है। आपका ड्राफ़्ट सुरक्षित है।</translation>
    </message>
    <message>
        <source>Not submitted: {error}. Your draft is kept.</source>
        <translation>सबमिट नहीं हुआ: {error}। आपका ड्राफ़्ट सुरक्षित है।</translation>
    </message>
    <message>
        <source>Not submitted: the wallet locked itself. Your draft is kept.</source>
        <translation>सबमिट नहीं हुआ: वॉलेट स्वयं लॉक हो गया। आपका ड्राफ़्ट सुरक्षित है।</translation>
    </message>
    <message>
        <source>Not submitted: the cache could not store it ({error}). Your draft is kept.</source>
        <translation>सबमिट नहीं हुआ: कैश इसे संग्रहीत नहीं कर सका ({error})। आपका ड्राफ़्ट सुरक्षित है।</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Claimable</source>
        <translation>दावा योग्य</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>दावा किया गया</translation>
    </message>
    <message>
        <source>accepted, not settled yet</source>
        <translation>स्वीकृत, अभी निपटाया नहीं गया</translation>
    </message>
    <message>
        <source>not known yet: sync with the hub</source>
        <translation>अभी पता नहीं: हब के साथ सिंक करें</translation>
    </message>
    <message>
        <source>{amount} being claimed now</source>
        <translation>{amount} का दावा अभी हो रहा है</translation>
    </message>
    <message>
        <source>settled in epoch {epoch}</source>
        <translation>युग {epoch} में निपटाया गया</translation>
    </message>
    <message>
        <source>{detail} — a newer epoch is on-chain: refresh</source>
        <translation>{detail} — ऑन-चेन नया युग है: रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>nothing settled yet</source>
        <translation>अभी कुछ निपटाया नहीं गया</translation>
    </message>
    <message>
        <source>paid to your account</source>
        <translation>आपके खाते में चुकाया गया</translation>
    </message>
    <message>
        <source>Token balance &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>टोकन शेष &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Token balance —</source>
        <translation>टोकन शेष —</translation>
    </message>
    <message>
        <source>ETH for gas &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>गैस के लिए ETH &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ETH for gas —</source>
        <translation>गैस के लिए ETH —</translation>
    </message>
    <message>
        <source>the in-process demo chain</source>
        <translation>इन-प्रोसेस डेमो चेन</translation>
    </message>
    <message>
        <source>Chain {chain} ({where}) · distributor {distributor}</source>
        <translation>चेन {chain} ({where}) · वितरक {distributor}</translation>
    </message>
    <message>
        <source>chain: {error}</source>
        <translation>चेन: {error}</translation>
    </message>
    <message>
        <source>read at {time}</source>
        <translation>{time} पर पढ़ा गया</translation>
    </message>
    <message>
        <source>hub: {error}</source>
        <translation>हब: {error}</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>why there is no hub *yet* (the demo's starts after the first paint): Sync now stays enabled, says so, and syncs once the hub is up</extracomment>
        <translation>अभी सिंक करें(&amp;S)</translation>
    </message>
    <message>
        <source>Make tasks available &amp;offline…</source>
        <translation>कार्यों को ऑफ़लाइन उपलब्ध कराएँ(&amp;O)…</translation>
    </message>
    <message>
        <source>Sync &amp;details…</source>
        <translation>सिंक विवरण(&amp;D)…</translation>
    </message>
    <message>
        <source>No hub for this profile (start with --hub URL)</source>
        <translation>इस प्रोफ़ाइल के लिए कोई हब नहीं (--hub URL के साथ शुरू करें)</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>हब के साथ सिंक हो रहा है…</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>queued</source>
        <extracomment>outbox states and submission statuses, as the details dialog says them</extracomment>
        <translation>कतार में</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>भेजे जा रहे</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>भेजे गए</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>भुगतान किए गए</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>सिंक विवरण</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>स्थिति:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>संदेश:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>हब:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>पिछला सिंक:</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>आउटबॉक्स:</translation>
    </message>
    <message>
        <source>Submissions:</source>
        <translation>सबमिशन:</translation>
    </message>
    <message>
        <source>none (use Get tasks)</source>
        <extracomment>the first-batch setting: open label tasks each sync keeps leased</extracomment>
        <translation>कोई नहीं (कार्य लाएँ इस्तेमाल करें)</translation>
    </message>
    <message>
        <source>Each sync reserves tasks from the hub until you have this many to label; 0 turns it off</source>
        <translation>हर सिंक हब से तब तक कार्य आरक्षित करता है जब तक आपके पास लेबल करने को इतने न हों; 0 इसे बंद करता है</translation>
    </message>
    <message>
        <source>&amp;Tasks kept ready:</source>
        <translation>तैयार रखे कार्य(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>अभी सिंक करें(&amp;S)</translation>
    </message>
    <message>
        <source>Recent syncs:</source>
        <translation>हाल के सिंक:</translation>
    </message>
    <message>
        <source>none (offline only)</source>
        <translation>कोई नहीं (केवल ऑफ़लाइन)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>खाली</translation>
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
        <translation>विवरण और अभी सिंक करें ({shortcut}) के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>सिंक: {state}</translation>
    </message>
</context>
<context>
    <name>SyncPopover</name>
    <message>
        <source>Sync now</source>
        <translation>अभी सिंक करें</translation>
    </message>
    <message>
        <source>Make tasks available offline…</source>
        <translation>कार्यों को ऑफ़लाइन उपलब्ध कराएँ…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>विवरण…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Syncing</source>
        <translation>सिंक हो रहा है</translation>
    </message>
    <message>
        <source>Connecting to the hub</source>
        <translation>हब से जुड़ रहा है</translation>
    </message>
    <message>
        <source>Signing in with the wallet</source>
        <translation>वॉलेट से साइन इन हो रहा है</translation>
    </message>
    <message>
        <source>Fetching campaigns</source>
        <translation>अभियान लाए जा रहे हैं</translation>
    </message>
    <message>
        <source>Reserving tasks</source>
        <translation>कार्य आरक्षित हो रहे हैं</translation>
    </message>
    <message>
        <source>Downloading files</source>
        <translation>फ़ाइलें डाउनलोड हो रही हैं</translation>
    </message>
    <message>
        <source>Uploading collected files</source>
        <translation>एकत्र की गई फ़ाइलें अपलोड हो रही हैं</translation>
    </message>
    <message>
        <source>Sending submissions</source>
        <translation>सबमिशन भेजे जा रहे हैं</translation>
    </message>
    <message>
        <source>Fetching review results</source>
        <translation>समीक्षा के परिणाम लाए जा रहे हैं</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>अभी-अभी</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n मिनट पहले</numerusform>
            <numerusform>%n मिनट पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n घंटे पहले</numerusform>
            <numerusform>%n घंटे पहले</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>कल</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n दिन पहले</numerusform>
            <numerusform>%n दिन पहले</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced with this hub yet</source>
        <translation>इस हब के साथ अभी तक कभी सिंक नहीं हुआ</translation>
    </message>
    <message>
        <source>Last successful sync: {ago} ({time})</source>
        <translation>पिछला सफल सिंक: {ago} ({time})</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>भेजने को %n</numerusform>
            <numerusform>भेजने को %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{state} — {pending}</source>
        <translation>{state} — {pending}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable at {hub} — working offline; %n submission(s) will be sent when it is back.
You can keep labeling and submitting; it syncs by itself when the hub answers.
{last}</source>
        <translation>
            <numerusform>{hub} पर हब तक नहीं पहुँचा जा सकता — ऑफ़लाइन काम हो रहा है; वापस आने पर %n सबमिशन भेजा जाएगा।
आप लेबल और सबमिट करते रह सकते हैं; हब के जवाब देते ही यह अपने-आप सिंक होगा।
{last}</numerusform>
            <numerusform>{hub} पर हब तक नहीं पहुँचा जा सकता — ऑफ़लाइन काम हो रहा है; वापस आने पर %n सबमिशन भेजे जाएँगे।
आप लेबल और सबमिट करते रह सकते हैं; हब के जवाब देते ही यह अपने-आप सिंक होगा।
{last}</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub unreachable</source>
        <translation>हब तक पहुँच नहीं</translation>
    </message>
    <message>
        <source>Unlock to sync</source>
        <translation>सिंक के लिए अनलॉक करें</translation>
    </message>
    <message>
        <source>Unlock the wallet to sync (Ctrl+U): sending submissions and reserving tasks need your signature. Campaigns and files still download.
{last}</source>
        <translation>सिंक के लिए वॉलेट अनलॉक करें (Ctrl+U): सबमिशन भेजने और कार्य आरक्षित करने के लिए आपके हस्ताक्षर चाहिए। अभियान और फ़ाइलें फिर भी डाउनलोड होती हैं।
{last}</translation>
    </message>
    <message>
        <source>Wallet locked</source>
        <translation>वॉलेट लॉक है</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>सिंक बंद</translation>
    </message>
    <message>
        <source>Sync is off</source>
        <translation>सिंक बंद है</translation>
    </message>
    <message>
        <source>No hub is set for this profile: the app works offline only.
Start with --hub URL, or import a campaign that names its hub.</source>
        <translation>इस प्रोफ़ाइल के लिए कोई हब सेट नहीं है: ऐप केवल ऑफ़लाइन काम करता है।
--hub URL के साथ शुरू करें, या ऐसा अभियान आयात करें जो अपना हब बताता हो।</translation>
    </message>
    <message>
        <source>Syncing…{count}</source>
        <translation>सिंक हो रहा है…{count}</translation>
    </message>
    <message>
        <source>{problem}
It retries by itself; nothing is lost.
{last}</source>
        <translation>{problem}
यह अपने-आप फिर कोशिश करता है; कुछ भी नहीं खोता।
{last}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>सिंक विफल</translation>
    </message>
    <message>
        <source>Sync problem — retrying</source>
        <translation>सिंक में समस्या — फिर कोशिश हो रही है</translation>
    </message>
    <message>
        <source>The hub refused a request</source>
        <translation>हब ने एक अनुरोध अस्वीकार किया</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>सिंक रुका</translation>
    </message>
    <message>
        <source>Not syncing with {hub}.
{last}</source>
        <translation>{hub} के साथ सिंक नहीं हो रहा।
{last}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>अभी सिंक नहीं हुआ</translation>
    </message>
    <message>
        <source>Synced {ago}</source>
        <translation>{ago} सिंक हुआ</translation>
    </message>
    <message>
        <source>{state} · {pending}</source>
        <translation>{state} · {pending}</translation>
    </message>
    <message>
        <source>{what} with {hub}.
{last}</source>
        <translation>{hub} के साथ {what}।
{last}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>सिंक हुआ</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>अद्यतन</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Signed and queued</source>
        <translation>हस्ताक्षरित और कतार में</translation>
    </message>
    <message>
        <source>Select a task in the queue to label it here.</source>
        <extracomment>a task was opened (uid) the opened task is drawn (uid), e.g. after its image was decoded the opened task could not be drawn (uid, message) a submission was signed and queued (its id) a short message for the status bar the user wants the Wallet page (to create an account for signing) a task was opened in this pane (the AnnotationPane): its actions go in the menus F6 from inside the editor: the keyboard focus should go back to the queue selects a task in the queue (set by the window); the editor then opens it</extracomment>
        <translation>यहाँ लेबल करने के लिए कतार में कोई कार्य चुनें।</translation>
    </message>
    <message>
        <source>This kind of task cannot be labeled here yet</source>
        <translation>इस प्रकार के कार्य को अभी यहाँ लेबल नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Not submitted yet: {problem}</source>
        <translation>अभी सबमिट नहीं हुआ: {problem}</translation>
    </message>
    <message>
        <source>Not submitted: your draft is kept</source>
        <translation>सबमिट नहीं हुआ: आपका ड्राफ़्ट सुरक्षित है</translation>
    </message>
    <message>
        <source>Skipped: the task waits at the end of the queue</source>
        <translation>छोड़ा गया: कार्य कतार के अंत में प्रतीक्षा करेगा</translation>
    </message>
    <message>
        <source>No other task to do in this campaign</source>
        <translation>इस अभियान में करने को कोई अन्य कार्य नहीं है</translation>
    </message>
    <message>
        <source>This is the first task</source>
        <translation>यह पहला कार्य है</translation>
    </message>
    <message>
        <source>A new draft from your last submission: edit it, then submit</source>
        <translation>आपके पिछले सबमिशन से नया ड्राफ़्ट: इसे संपादित करें, फिर सबमिट करें</translation>
    </message>
    <message>
        <source>Prediction by {model}</source>
        <translation>{model} का पूर्वानुमान</translation>
    </message>
    <message>
        <source>Signed and queued. Nothing left to do in this campaign.</source>
        <translation>हस्ताक्षरित और कतार में। इस अभियान में करने को कुछ नहीं बचा।</translation>
    </message>
    <message>
        <source>This task changed on the hub: the model's prediction shown ({model}) no longer applies and was dropped. Check your work before submitting</source>
        <translation>यह कार्य हब पर बदल गया: दिखाया गया मॉडल का पूर्वानुमान ({model}) अब लागू नहीं होता और हटा दिया गया। सबमिट करने से पहले अपना काम जाँच लें</translation>
    </message>
    <message>
        <source>Not submitted: this kind of task cannot be labeled here yet</source>
        <translation>सबमिट नहीं हुआ: इस प्रकार के कार्य को अभी यहाँ लेबल नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Already submitted ({state}): press Label again ({keys}) to change it</source>
        <translation>पहले ही सबमिट हो चुका है ({state}): बदलने के लिए फिर से लेबल करें ({keys}) दबाएँ</translation>
    </message>
</context>
<context>
    <name>TaskPreview</name>
    <message>
        <source>Select a task in the queue to see it here.</source>
        <extracomment>the task ``uid`` is fully on screen the task ``uid`` could not be shown; the message is on screen too the default views register on first use: the queue paints before they load</extracomment>
        <translation>इसे यहाँ देखने के लिए कतार में कोई कार्य चुनें।</translation>
    </message>
    <message>
        <source>Labels: {keys}</source>
        <translation>लेबल: {keys}</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>कोई कार्य चुना नहीं गया</translation>
    </message>
</context>
<context>
    <name>TaskQueueModel</name>
    <message>
        <source>Kind</source>
        <extracomment>custom data roles what the text filter searches: "#position task-id preview"</extracomment>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>Press a label's key (or click it) to choose it · Enter submits</source>
        <translation>किसी लेबल को चुनने के लिए उसकी कुंजी दबाएँ (या क्लिक करें) · Enter सबमिट करता है</translation>
    </message>
    <message>
        <source>Press label keys (or click) to tick and untick · Del clears · Enter submits</source>
        <translation>टिक करने और हटाने के लिए लेबल कुंजियाँ दबाएँ (या क्लिक करें) · Del साफ़ करता है · Enter सबमिट करता है</translation>
    </message>
    <message>
        <source>Select text (drag, Shift+arrows, Ctrl+Shift+arrows by word), then press a label key · click or Tab to a span to relabel it · Del deletes · Esc clears · F6 span list · Enter accepts a predicted span, else submits</source>
        <translation>टेक्स्ट चुनें (खींचकर, Shift+तीर, या शब्द-दर-शब्द Ctrl+Shift+तीर), फिर किसी लेबल की कुंजी दबाएँ · लेबल बदलने के लिए किसी स्पैन पर क्लिक करें या Tab से जाएँ · Del हटाता है · Esc साफ़ करता है · F6 स्पैन सूची · Enter पूर्वानुमानित स्पैन स्वीकार करता है, वरना सबमिट करता है</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted</source>
        <translation>केवल पढ़ने के लिए: यह कार्य सबमिट हो चुका है</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted · Tab and Shift+Tab go through the spans · F6 span list</source>
        <translation>केवल पढ़ने के लिए: यह कार्य सबमिट हो चुका है · Tab और Shift+Tab स्पैन में आगे-पीछे जाते हैं · F6 स्पैन सूची</translation>
    </message>
    <message>
        <source>Spans</source>
        <extracomment>the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>स्पैन</translation>
    </message>
    <message>
        <source>Submit (when complete)</source>
        <translation>सबमिट करें (पूरा होने पर)</translation>
    </message>
    <message>
        <source>Clear the labels</source>
        <translation>लेबल साफ़ करें</translation>
    </message>
    <message>
        <source>Delete the selected span</source>
        <translation>चुना गया स्पैन हटाएँ</translation>
    </message>
    <message>
        <source>Next span</source>
        <translation>अगला स्पैन</translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation>पिछला स्पैन</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>चयन साफ़ करें</translation>
    </message>
    <message>
        <source>Extend the selection by a word</source>
        <translation>चयन को एक शब्द आगे बढ़ाएँ</translation>
    </message>
    <message>
        <source>Extend the selection back by a word</source>
        <translation>चयन को एक शब्द पीछे बढ़ाएँ</translation>
    </message>
    <message>
        <source>Extend the selection by a character</source>
        <translation>चयन को एक अक्षर आगे बढ़ाएँ</translation>
    </message>
    <message>
        <source>Extend the selection back by a character</source>
        <translation>चयन को एक अक्षर पीछे बढ़ाएँ</translation>
    </message>
    <message>
        <source>Go to the span list and back</source>
        <translation>स्पैन सूची पर जाएँ और वापस आएँ</translation>
    </message>
    <message>
        <source>Label the selection (or the selected span): {label}</source>
        <translation>चयन (या चुने गए स्पैन) को लेबल दें: {label}</translation>
    </message>
    <message>
        <source>Tick or untick: {label}</source>
        <translation>टिक करें या टिक हटाएँ: {label}</translation>
    </message>
    <message>
        <source>Choose: {label}</source>
        <translation>चुनें: {label}</translation>
    </message>
    <message>
        <source>Spans ({count})</source>
        <translation>स्पैन ({count})</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>यह कार्य केवल पढ़ने के लिए है</translation>
    </message>
    <message>
        <source>Untick {label}</source>
        <translation>{label} से टिक हटाएँ</translation>
    </message>
    <message>
        <source>Tick {label}</source>
        <translation>{label} पर टिक करें</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>{label} चुनें</translation>
    </message>
</context>
<context>
    <name>TextTaskView</name>
    <message numerus="yes">
        <source>Underlined: model prediction ({who}), %n span(s).</source>
        <translation>
            <numerusform>रेखांकित: मॉडल पूर्वानुमान ({who}), %n स्पैन।</numerusform>
            <numerusform>रेखांकित: मॉडल पूर्वानुमान ({who}), %n स्पैन।</numerusform>
        </translation>
    </message>
    <message>
        <source>Model prediction ({who}): {labels}</source>
        <translation>मॉडल पूर्वानुमान ({who}): {labels}</translation>
    </message>
    <message>
        <source>{label} (model prediction)</source>
        <translation>{label} (मॉडल पूर्वानुमान)</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <source>never</source>
        <extracomment>what is shown for an unknown amount or moment</extracomment>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>अभी-अभी</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) ago</source>
        <translation>
            <numerusform>%Ln सेकंड पहले</numerusform>
            <numerusform>%Ln सेकंड पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln मिनट पहले</numerusform>
            <numerusform>%Ln मिनट पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln घंटा पहले</numerusform>
            <numerusform>%Ln घंटे पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln दिन पहले</numerusform>
            <numerusform>%Ln दिन पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln second(s)</source>
        <translation>
            <numerusform>%Ln सेकंड में</numerusform>
            <numerusform>%Ln सेकंड में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>%Ln मिनट में</numerusform>
            <numerusform>%Ln मिनट में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>%Ln घंटे में</numerusform>
            <numerusform>%Ln घंटे में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>%Ln दिन में</numerusform>
            <numerusform>%Ln दिन में</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the wallet</source>
        <translation>वॉलेट अनलॉक करें</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Unlock to sign submissions. The wallet locks itself again when you are away.</source>
        <translation>सबमिशन पर हस्ताक्षर करने के लिए अनलॉक करें। आपके दूर रहने पर वॉलेट अपने-आप फिर लॉक हो जाता है।</translation>
    </message>
    <message>
        <source>There is no account to unlock: create or import one first.</source>
        <translation>अनलॉक करने के लिए कोई खाता नहीं है: पहले एक बनाएँ या आयात करें।</translation>
    </message>
    <message>
        <source>Type the password of this account.</source>
        <translation>इस खाते का पासवर्ड लिखें।</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>पासवर्ड जाँचा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>UnlockGate</name>
    <message>
        <source>Verdicts are signed with your wallet, and it has no account yet. Create one, or import the account the hub knows as a reviewer, on the Wallet page.</source>
        <extracomment>the verdict was signed and queued (its ReviewRow)</extracomment>
        <translation>निर्णय आपके वॉलेट से हस्ताक्षरित होते हैं, और उसमें अभी कोई खाता नहीं है। वॉलेट पेज पर एक खाता बनाएँ, या वह खाता आयात करें जिसे हब समीक्षक के रूप में जानता है।</translation>
    </message>
    <message>
        <source>This is signed with your wallet, and it has no account yet.</source>
        <extracomment>the action did not happen (a message for the user) there is no account to sign with and the user chose to make one the question shown when the wallet has no account at all (marked in the "UnlockGate" context, translated where shown)</extracomment>
        <translation>इस पर आपके वॉलेट से हस्ताक्षर होता है, और उसमें अभी कोई खाता नहीं है।</translation>
    </message>
    <message>
        <source>Not signed: create or import an account to sign with.</source>
        <extracomment>reported when the user does not go and make one</extracomment>
        <translation>हस्ताक्षर नहीं हुआ: हस्ताक्षर के लिए कोई खाता बनाएँ या आयात करें।</translation>
    </message>
    <message>
        <source>No account to sign with</source>
        <translation>हस्ताक्षर के लिए कोई खाता नहीं</translation>
    </message>
    <message>
        <source>Go to the wallet</source>
        <translation>वॉलेट पर जाएँ</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>✓ Accept</source>
        <translation>✓ स्वीकार करें</translation>
    </message>
    <message>
        <source>✗ Reject…</source>
        <translation>✗ अस्वीकार करें…</translation>
    </message>
    <message>
        <source>✎ Correct</source>
        <translation>✎ सुधारें</translation>
    </message>
    <message>
        <source>Sign correction</source>
        <translation>सुधार पर हस्ताक्षर करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>पिछला</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
</context>
<context>
    <name>VerdictLookup</name>
    <message>
        <source>Corrected</source>
        <translation>सुधारा गया</translation>
    </message>
    <message>
        <source>Corrected, paid</source>
        <translation>सुधारा गया, भुगतान हुआ</translation>
    </message>
</context>
<context>
    <name>VerdictSigner</name>
    <message>
        <source>Not signed: the wallet is still locked.</source>
        <translation>हस्ताक्षर नहीं हुआ: वॉलेट अभी भी लॉक है।</translation>
    </message>
    <message>
        <source>Not signed: the wallet locked itself. Try again.</source>
        <translation>हस्ताक्षर नहीं हुआ: वॉलेट अपने आप लॉक हो गया। फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Not signed: the cache could not store it ({error}).</source>
        <translation>हस्ताक्षर नहीं हुआ: कैश इसे सहेज नहीं सका ({error})।</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>Accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Accepted with a correction</source>
        <translation>सुधार के साथ स्वीकृत</translation>
    </message>
    <message>
        <source>Reviewed by {reviewer}</source>
        <translation>{reviewer} द्वारा समीक्षित</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>समीक्षित</translation>
    </message>
    <message>
        <source>The reviewer corrected it to: {labels}.</source>
        <translation>समीक्षक ने इसे सुधारकर यह किया: {labels}।</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>अस्वीकृत: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>कोई कारण नहीं दिया गया</translation>
    </message>
    <message>
        <source>{verdict} (paid)</source>
        <translation>{verdict} (भुगतान हुआ)</translation>
    </message>
    <message>
        <source>{value} (no overlapping labels yet)</source>
        <translation>{value} (अभी कोई ओवरलैप करने वाले लेबल नहीं)</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n comparison(s))</source>
        <translation>
            <numerusform>{value} (%n तुलना)</numerusform>
            <numerusform>{value} (%n तुलनाएँ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreement {agreement} · Gold accuracy: shown after %n gold answer(s) are reviewed</source>
        <translation>
            <numerusform>सहमति {agreement} · गोल्ड सटीकता: %n गोल्ड उत्तर की समीक्षा के बाद दिखेगी</numerusform>
            <numerusform>सहमति {agreement} · गोल्ड सटीकता: %n गोल्ड उत्तरों की समीक्षा के बाद दिखेगी</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} (no gold answers yet)</source>
        <translation>{value} (अभी कोई गोल्ड उत्तर नहीं)</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n gold answer(s))</source>
        <translation>
            <numerusform>{value} (%n गोल्ड उत्तर)</numerusform>
            <numerusform>{value} (%n गोल्ड उत्तर)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement {agreement} · Gold accuracy {gold}</source>
        <translation>सहमति {agreement} · गोल्ड सटीकता {gold}</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n स्वीकृत</numerusform>
            <numerusform>%n स्वीकृत</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n अस्वीकृत</numerusform>
            <numerusform>%n अस्वीकृत</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n लंबित</numerusform>
            <numerusform>%n लंबित</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid</source>
        <translation>
            <numerusform>%n भुगतान हुआ</numerusform>
            <numerusform>%n भुगतान हुए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n corrected)</source>
        <translation>
            <numerusform>(%n सुधारा गया)</numerusform>
            <numerusform>(%n सुधारे गए)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewards held: your gold accuracy {accuracy} is too low. Your accepted work stays in the ledger and is paid once it is back above.</source>
        <translation>इनाम रोके गए: आपकी गोल्ड सटीकता {accuracy} बहुत कम है। आपका स्वीकृत काम लेजर में बना रहता है और इसके फिर ऊपर आने पर भुगतान होता है।</translation>
    </message>
    <message>
        <source>Rewards held: your gold accuracy {accuracy} is below the campaign's {threshold}. Your accepted work stays in the ledger and is paid once it is back above.</source>
        <translation>इनाम रोके गए: आपकी गोल्ड सटीकता {accuracy} अभियान की {threshold} से कम है। आपका स्वीकृत काम लेजर में बना रहता है और इसके फिर ऊपर आने पर भुगतान होता है।</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Recovery words</source>
        <translation>रिकवरी शब्द</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>निजी कुंजी</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>कीस्टोर फ़ाइल</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>वॉलेट</translation>
    </message>
    <message>
        <source>Your account signs every submission and receives the rewards. Keys stay on this computer, encrypted with your password.</source>
        <translation>आपका खाता हर सबमिशन पर हस्ताक्षर करता है और इनाम प्राप्त करता है। कुंजियाँ इसी कंप्यूटर पर रहती हैं, आपके पासवर्ड से एन्क्रिप्ट की हुई।</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>From</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>पाथ</translation>
    </message>
    <message>
        <source>No account yet. Create one (you will write down 12 recovery words) or import one you already have.</source>
        <translation>अभी कोई खाता नहीं है। एक खाता बनाएँ (आप 12 रिकवरी शब्द लिखकर रखेंगे) या अपना मौजूदा खाता आयात करें।</translation>
    </message>
    <message>
        <source>Accounts in this profile</source>
        <translation>इस प्रोफ़ाइल के खाते</translation>
    </message>
    <message>
        <source>&amp;Create account…</source>
        <translation>खाता बनाएँ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import account…</source>
        <translation>खाता आयात करें(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>अनलॉक करें(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>अभी लॉक करें(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export keystore file…</source>
        <translation>कीस्टोर फ़ाइल निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>पता कॉपी करें(&amp;A)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <source>There is no account yet: create or import one first.</source>
        <translation>अभी कोई खाता नहीं है: पहले एक खाता बनाएँ या आयात करें।</translation>
    </message>
    <message>
        <source>Copied {address}</source>
        <translation>{address} कॉपी किया गया</translation>
    </message>
    <message>
        <source>Unlocked: ready to sign</source>
        <translation>अनलॉक: हस्ताक्षर के लिए तैयार</translation>
    </message>
    <message>
        <source>Locks itself after {time} without activity (or now with Ctrl+L).</source>
        <translation>{time} तक कोई गतिविधि न होने पर स्वयं लॉक हो जाता है (या अभी Ctrl+L से)।</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>लॉक है</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U) with the account's password to sign submissions.</source>
        <translation>सबमिशन पर हस्ताक्षर करने के लिए खाते के पासवर्ड से अनलॉक करें (Ctrl+U)।</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>कोई खाता नहीं</translation>
    </message>
    <message>
        <source>Create or import an account to start earning.</source>
        <translation>कमाई शुरू करने के लिए खाता बनाएँ या आयात करें।</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <source>This image cannot be shown.</source>
        <extracomment>Zoom factors are device pixels per image pixel: 1.0 is "100 %". Decode the full resolution once the shown pixmap is this much coarser than the screen. the zoom factor (device pixels per image pixel) after every change the first pixmap of an image is on screen (full size of the image) the image cannot be shown (message naming the file and the problem) a sharper pixmap was swapped in (its scale: decoded size / full size) "empty", "loading", "ready" or "failed"</extracomment>
        <translation>यह छवि दिखाई नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Loading {file}…</source>
        <translation>{file} लोड हो रही है…</translation>
    </message>
</context>
<context>
    <name>_PasswordDialog</name>
    <message>
        <source>the account's password, asked again for a claim</source>
        <translation>खाते का पासवर्ड, दावे के लिए फिर से माँगा जाता है</translation>
    </message>
    <message>
        <source>Type the account's password to sign the claim.</source>
        <translation>दावे पर हस्ताक्षर करने के लिए खाते का पासवर्ड लिखें।</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>पासवर्ड जाँचा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the profile folder: {error}</source>
        <translation>प्रोफ़ाइल फ़ोल्डर खोला नहीं जा सका: {error}</translation>
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
        <translation>मॉडल के मान सबमिट करें?</translation>
    </message>
    <message>
        <source>Submit as mine</source>
        <translation>अपने रूप में सबमिट करें</translation>
    </message>
    <message>
        <source>Go back and rate</source>
        <translation>वापस जाएँ और रेट करें</translation>
    </message>
</context>
<context>
    <name>demo_window</name>
    <message>
        <source>DataFi Desktop — Demo (nothing is kept)</source>
        <translation>DataFi Desktop — डेमो (कुछ भी सहेजा नहीं जाता)</translation>
    </message>
    <message>
        <source>Quit the demo? Its temporary wallet, tokens and labels are deleted when it closes.</source>
        <translation>डेमो से बाहर निकलें? बंद होने पर इसका अस्थायी वॉलेट, टोकन और लेबल हटा दिए जाते हैं।</translation>
    </message>
    <message>
        <source>Quit the demo</source>
        <translation>डेमो से बाहर निकलें</translation>
    </message>
</context>
<context>
    <name>fallback</name>
    <message>
        <source>the text pane</source>
        <translation>टेक्स्ट पैन</translation>
    </message>
    <message>
        <source>the comparison pane</source>
        <translation>तुलना पैन</translation>
    </message>
    <message>
        <source>the image pane</source>
        <translation>छवि पैन</translation>
    </message>
    <message>
        <source>the collection pane</source>
        <translation>संग्रह पैन</translation>
    </message>
    <message>
        <source>its pane</source>
        <translation>उसका पैन</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>Labeling {kind} tasks needs {pane}, which is {reason}. The task is shown read-only.</source>
        <translation>{kind} कार्यों को लेबल करने के लिए {pane} चाहिए, जो {reason} है। कार्य केवल पढ़ने के लिए दिखाया गया है।</translation>
    </message>
</context>
<context>
    <name>image_pane</name>
    <message>
        <source>image {hash}</source>
        <translation>छवि {hash}</translation>
    </message>
</context>
<context>
    <name>install_editor</name>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादित करें(&amp;E)</translation>
    </message>
</context>
<context>
    <name>install_verdicts</name>
    <message>
        <source>Showing the correction by {reviewer}</source>
        <translation>{reviewer} का सुधार दिखाया जा रहा है</translation>
    </message>
    <message>
        <source>Showing your label</source>
        <translation>आपका लेबल दिखाया जा रहा है</translation>
    </message>
    <message>
        <source>Show the reviewer's &amp;correction</source>
        <translation>समीक्षक का सुधार दिखाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>Draw the reviewer's corrected label in the pane, or your own again</source>
        <translation>पैन में समीक्षक का सुधारा गया लेबल दिखाएँ, या फिर से अपना</translation>
    </message>
    <message>
        <source>This task has no reviewer's correction to show</source>
        <translation>इस कार्य में दिखाने के लिए समीक्षक का कोई सुधार नहीं है</translation>
    </message>
</context>
<context>
    <name>password_widgets</name>
    <message>
        <source>Too short</source>
        <translation>बहुत छोटा</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>कमज़ोर</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ठीक-ठाक</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>अच्छा</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>मज़बूत</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>कम से कम {count} अक्षर इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>This password is among the first ones an attacker tries.</source>
        <translation>यह पासवर्ड उन पहले पासवर्डों में है जिन्हें कोई हमलावर आज़माता है।</translation>
    </message>
    <message>
        <source>Repeated or sequential characters are easy to guess.</source>
        <translation>दोहराए गए या क्रमिक अक्षर आसानी से अनुमान लगाए जा सकते हैं।</translation>
    </message>
    <message>
        <source>Longer is better: a phrase of four or more unrelated words works well.</source>
        <translation>लंबा बेहतर है: चार या अधिक असंबंधित शब्दों का वाक्यांश अच्छा काम करता है।</translation>
    </message>
    <message>
        <source>Fair. A few more words or characters make it much harder to guess.</source>
        <translation>ठीक-ठाक। कुछ और शब्द या अक्षर इसे अनुमान लगाने में कहीं कठिन बना देते हैं।</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>अच्छा।</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>मज़बूत।</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>गलत पासवर्ड। Caps Lock और कीबोर्ड लेआउट जाँचें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>This account is already in the wallet.</source>
        <translation>यह खाता पहले से वॉलेट में है।</translation>
    </message>
    <message>
        <source>That account is not in this wallet any more.</source>
        <translation>वह खाता अब इस वॉलेट में नहीं है।</translation>
    </message>
    <message>
        <source>Something went wrong ({error}); nothing was changed.</source>
        <translation>कुछ गलत हो गया ({error}); कुछ भी बदला नहीं गया।</translation>
    </message>
</context>
<context>
    <name>preview_views</name>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <extracomment>Longest text put in a preview; beyond it the view says how much is left out. the task is on screen (task uid) the task could not be shown (task uid, message for the user)</extracomment>
        <translation>{total} में से पहले {shown} अक्षर दिखाए जा रहे हैं।</translation>
    </message>
    <message>
        <source>{model}, score {score}</source>
        <translation>{model}, स्कोर {score}</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>not installed yet</source>
        <extracomment>module name → class name, in the order the editor builds them</extracomment>
        <translation>अभी इंस्टॉल नहीं</translation>
    </message>
    <message>
        <source>cannot be loaded ({error})</source>
        <translation>लोड नहीं हो सकता ({error})</translation>
    </message>
</context>
<context>
    <name>review_summary</name>
    <message>
        <source>A is better</source>
        <translation>A बेहतर है</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B बेहतर है</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>बराबर</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>सुधारा गया</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>कोई लेबल नहीं</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>कोई चुनाव नहीं</translation>
    </message>
    <message>
        <source>collected item</source>
        <translation>एकत्र किया गया आइटम</translation>
    </message>
    <message>
        <source>collected item {file}</source>
        <translation>एकत्र किया गया आइटम {file}</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>अज्ञात समय</translation>
    </message>
</context>
<context>
    <name>span_list</name>
    <message>
        <source>same text as {label}</source>
        <translation>{label} जैसा ही टेक्स्ट</translation>
    </message>
    <message>
        <source>inside {label}</source>
        <translation>{label} के अंदर</translation>
    </message>
    <message>
        <source>contains {label}</source>
        <translation>{label} को समाहित करता है</translation>
    </message>
    <message>
        <source>overlaps {label}</source>
        <translation>{label} से ओवरलैप करता है</translation>
    </message>
    <message>
        <source>predicted</source>
        <extracomment>e.g. "inside ORG, overlaps PER" (empty when the span stands alone)</extracomment>
        <translation>पूर्वानुमानित</translation>
    </message>
</context>
<context>
    <name>stamp_text</name>
    <message>
        <source>Model's suggestion kept: — (no suggestions shown yet)</source>
        <translation>मॉडल का सुझाव रखा गया: — (अभी तक कोई सुझाव नहीं दिखाया गया)</translation>
    </message>
    <message>
        <source>Model's suggestion kept: — (campaign {campaign})</source>
        <translation>मॉडल का सुझाव रखा गया: — (अभियान {campaign})</translation>
    </message>
    <message>
        <source>Flagged: suggestion kept {rate} of {shown} (campaign {campaign})</source>
        <translation>चिह्नित: सुझाव रखा गया {shown} में से {rate} (अभियान {campaign})</translation>
    </message>
    <message>
        <source>Model's suggestion kept: {rate} of {shown} (campaign {campaign})</source>
        <translation>मॉडल का सुझाव रखा गया: {shown} में से {rate} (अभियान {campaign})</translation>
    </message>
    <message>
        <source>How often what you submitted was exactly the model's suggestion you were shown (shapes: overlapping by 95 % or more), beside every annotator of the campaign.</source>
        <translation>आपने कितनी बार ठीक वही सबमिट किया जो मॉडल ने आपको सुझाया था (आकृतियाँ: 95 % या अधिक ओवरलैप), अभियान के सभी एनोटेटरों की तुलना में।</translation>
    </message>
    <message>
        <source>You are flagged at {threshold} or more once at least {count} of your submissions were shown a suggestion.</source>
        <translation>जब आपके कम से कम {count} सबमिशन पर सुझाव दिखाया जा चुका हो, तब {threshold} या अधिक पर आपको चिह्नित किया जाता है।</translation>
    </message>
    <message>
        <source>This campaign holds the rewards of flagged annotators for review.</source>
        <translation>यह अभियान चिह्नित एनोटेटरों के इनाम समीक्षा के लिए रोक देता है।</translation>
    </message>
    <message>
        <source>Read each suggestion and correct what is wrong before you submit.</source>
        <translation>सबमिट करने से पहले हर सुझाव पढ़ें और जो गलत है उसे सुधारें।</translation>
    </message>
    <message>
        <source>Also held: the model's suggestion kept in {rate} of your submissions (the campaign holds from {threshold}).</source>
        <translation>यह कारण भी: आपके {rate} सबमिशन में मॉडल का सुझाव रखा गया (अभियान {threshold} से रोकता है)।</translation>
    </message>
    <message>
        <source>Rewards held: suggestion kept in {rate} of your submissions (the campaign holds from {threshold}). Your accepted work stays in the ledger and is paid once the rate is below that again.</source>
        <translation>इनाम रोके गए: आपके {rate} सबमिशन में सुझाव रखा गया (अभियान {threshold} से रोकता है)। आपका स्वीकृत काम लेजर में रहता है और दर फिर से उससे नीचे आने पर भुगतान होता है।</translation>
    </message>
</context>
<context>
    <name>status_bar</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} घं {minutes} मि</translation>
    </message>
</context>
<context>
    <name>sync_look</name>
    <message>
        <source>Create an account to sync</source>
        <translation>सिंक के लिए खाता बनाएँ</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>अभी कोई खाता नहीं</translation>
    </message>
    <message>
        <source>Create or import an account on the Wallet page (Ctrl+4): sending submissions and reserving tasks need its signature. Campaigns and files still download.</source>
        <translation>वॉलेट पेज (Ctrl+4) पर खाता बनाएँ या आयात करें: सबमिशन भेजने और कार्य आरक्षित करने के लिए उसके हस्ताक्षर चाहिए। अभियान और फ़ाइलें फिर भी डाउनलोड होती हैं।</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>New</source>
        <extracomment>the keyboard focus ring (≥ 3:1 against the window and base, WCAG 1.4.11) black and white with a yellow accent and focus ring (Settings: View ▸ High contrast) the badge's (background, text) Pill colours of task states: (background, text). Readable on light and dark. English names of task states and kinds (marked for translation in the context "theme"); what is shown goes through :func:`state_name`, :func:`kind_name`, :func:`kind_short`</extracomment>
        <translation>नया</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Short names and icon names of task kinds, for narrow columns and chips.</extracomment>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>स्पैन</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>छवि</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>बॉक्स</translation>
    </message>
    <message>
        <source>Polygons</source>
        <translation>बहुभुज</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>संग्रह</translation>
    </message>
    <message>
        <source>Text classification</source>
        <translation>टेक्स्ट वर्गीकरण</translation>
    </message>
    <message>
        <source>Text spans (NER)</source>
        <translation>टेक्स्ट स्पैन (NER)</translation>
    </message>
    <message>
        <source>Comparison (A/B)</source>
        <translation>तुलना (A/B)</translation>
    </message>
    <message>
        <source>Image classification</source>
        <translation>छवि वर्गीकरण</translation>
    </message>
    <message>
        <source>Bounding boxes</source>
        <translation>बाउंडिंग बॉक्स</translation>
    </message>
    <message>
        <source>Data collection</source>
        <translation>डेटा संग्रह</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Insert vertex</source>
        <translation>शीर्ष डालें</translation>
    </message>
    <message>
        <source>Move polygon</source>
        <extracomment>Pointer moves shorter than this (screen pixels) are a click, not a drag. A drawn box narrower or lower than this on screen (pixels) was a click. the undo text of the committed edit</extracomment>
        <translation>बहुभुज खिसकाएँ</translation>
    </message>
    <message>
        <source>Move box</source>
        <translation>बॉक्स खिसकाएँ</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>बॉक्स का आकार बदलें</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>शीर्ष खिसकाएँ</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>बॉक्स जोड़ें</translation>
    </message>
    <message>
        <source>The new box almost covers box {number} ({label}): a duplicate?</source>
        <translation>नया बॉक्स लगभग बॉक्स {number} ({label}) को ढक लेता है: क्या यह डुप्लिकेट है?</translation>
    </message>
    <message>
        <source>Add polygon</source>
        <translation>बहुभुज जोड़ें</translation>
    </message>
</context>
</TS>
