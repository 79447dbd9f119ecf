<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotatorsQualityDialog</name>
    <message numerus="yes">
        <source>%n annotator(s); </source>
        <translation>
            <numerusform>%n annotator; </numerusform>
            <numerusform>%n annotators; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged for keeping the model's suggestion; </source>
        <translation>
            <numerusform>%n flagged for keeping the model's suggestion; </numerusform>
            <numerusform>%n flagged for keeping the model's suggestion; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with rewards held. </source>
        <translation>
            <numerusform>%n with rewards held. </numerusform>
            <numerusform>%n with rewards held. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message numerus="yes">
        <source>of %n annotator(s)</source>
        <translation>
            <numerusform>of %n annotator</numerusform>
            <numerusform>of %n annotators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message numerus="yes">
        <source>A reason holds at most %n character(s)</source>
        <translation>
            <numerusform>A reason holds at most %n character</numerusform>
            <numerusform>A reason holds at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Word(s) {words} do not match. Check your paper, or go Back to see the words again.</source>
        <translation>
            <numerusform>Word {words} does not match. Check your paper, or go Back to see the words again.</numerusform>
            <numerusform>Words {words} do not match. Check your paper, or go Back to see the words again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message numerus="yes">
        <source>Reviewed %n submission(s) ({accepted} accepted)</source>
        <translation>
            <numerusform>Reviewed %n submission ({accepted} accepted)</numerusform>
            <numerusform>Reviewed %n submissions ({accepted} accepted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>epoch {epoch} posted for %n account(s).</source>
        <translation>
            <numerusform>epoch {epoch} posted for %n account.</numerusform>
            <numerusform>epoch {epoch} posted for %n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GetTasksBox</name>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>Reserving %n task…</numerusform>
            <numerusform>Reserving %n tasks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) reserved.</source>
        <translation>
            <numerusform>%n task reserved.</numerusform>
            <numerusform>%n tasks reserved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlyphWords</name>
    <message numerus="yes">
        <source>%n character(s) of this text cannot be shown: no installed font has them ({codes}). Install the Noto fonts (fonts-noto-core, fonts-noto-cjk).</source>
        <extracomment>characters already reported in this session (reported once, not per task) at most this many distinct characters are checked one by one</extracomment>
        <translation>
            <numerusform>%n character of this text cannot be shown: no installed font has them ({codes}). Install the Noto fonts (fonts-noto-core, fonts-noto-cjk).</numerusform>
            <numerusform>%n characters of this text cannot be shown: no installed font has them ({codes}). Install the Noto fonts (fonts-noto-core, fonts-noto-cjk).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageTaskView</name>
    <message numerus="yes">
        <source>Dashed shapes: model prediction ({who}), %n shown</source>
        <translation>
            <numerusform>Dashed shapes: model prediction ({who}), %n shown</numerusform>
            <numerusform>Dashed shapes: model prediction ({who}), %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message numerus="yes">
        <source>{size} text file, %n character(s): it is the item's text below.</source>
        <translation>
            <numerusform>{size} text file, %n character: it is the item's text below.</numerusform>
            <numerusform>{size} text file, %n characters: it is the item's text below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>Reserving %n task…</numerusform>
            <numerusform>Reserving %n tasks…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>{shown} of %Ln task(s) shown</source>
        <translation>
            <numerusform>{shown} of %Ln task shown</numerusform>
            <numerusform>{shown} of %Ln tasks shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message numerus="yes">
        <source>%Ln file(s) downloaded</source>
        <translation>
            <numerusform>%Ln file downloaded</numerusform>
            <numerusform>%Ln files downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln task(s) available offline, {files}. Resume continues from there.</source>
        <translation>
            <numerusform>Stopped: %Ln task available offline, {files}. Resume continues from there.</numerusform>
            <numerusform>Stopped: %Ln tasks available offline, {files}. Resume continues from there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) available offline; {files}. They are in the Tasks page.</source>
        <translation>
            <numerusform>%Ln task available offline; {files}. They are in the Tasks page.</numerusform>
            <numerusform>%Ln tasks available offline; {files}. They are in the Tasks page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFetcher</name>
    <message numerus="yes">
        <source>Fetching up to %n submission(s) to review…</source>
        <translation>
            <numerusform>Fetching up to %n submission to review…</numerusform>
            <numerusform>Fetching up to %n submissions to review…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) leased to review</source>
        <translation>
            <numerusform>%n submission leased to review</numerusform>
            <numerusform>%n submissions leased to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message numerus="yes">
        <source>%n more review(s) needed</source>
        <translation>
            <numerusform>%n more review needed</numerusform>
            <numerusform>%n more reviews needed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>Nothing to review here.

Press G to lease up to %n submission(s) of other annotators from the hub. They stay on this computer, so you can review them offline.</source>
        <translation>
            <numerusform>Nothing to review here.

Press G to lease up to %n submission of other annotators from the hub. They stay on this computer, so you can review them offline.</numerusform>
            <numerusform>Nothing to review here.

Press G to lease up to %n submissions of other annotators from the hub. They stay on this computer, so you can review them offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) refused by the hub: {reason}</source>
        <translation>
            <numerusform>%n verdict refused by the hub: {reason}</numerusform>
            <numerusform>%n verdicts refused by the hub: {reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShapeWords</name>
    <message numerus="yes">
        <source>%n span(s): {labels}</source>
        <translation>
            <numerusform>%n span: {labels}</numerusform>
            <numerusform>%n spans: {labels}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es): {labels}</source>
        <translation>
            <numerusform>%n box: {labels}</numerusform>
            <numerusform>%n boxes: {labels}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s): {labels}</source>
        <translation>
            <numerusform>%n polygon: {labels}</numerusform>
            <numerusform>%n polygons: {labels}</numerusform>
        </translation>
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
    <name>SpansController</name>
    <message numerus="yes">
        <source> (1 of %n here: click again for the next)</source>
        <translation>
            <numerusform> (1 of %n here: click again for the next)</numerusform>
            <numerusform> (1 of %n here: click again for the next)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable at {hub} — working offline; %n submission(s) will be sent when it is back.
You can keep labeling and submitting; it syncs by itself when the hub answers.
{last}</source>
        <translation>
            <numerusform>Hub unreachable at {hub} — working offline; %n submission will be sent when it is back.
You can keep labeling and submitting; it syncs by itself when the hub answers.
{last}</numerusform>
            <numerusform>Hub unreachable at {hub} — working offline; %n submissions will be sent when it is back.
You can keep labeling and submitting; it syncs by itself when the hub answers.
{last}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextTaskView</name>
    <message numerus="yes">
        <source>Underlined: model prediction ({who}), %n span(s).</source>
        <translation>
            <numerusform>Underlined: model prediction ({who}), %n span.</numerusform>
            <numerusform>Underlined: model prediction ({who}), %n spans.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message numerus="yes">
        <source>%Ln second(s) ago</source>
        <translation>
            <numerusform>%Ln second ago</numerusform>
            <numerusform>%Ln seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln second(s)</source>
        <translation>
            <numerusform>in %Ln second</numerusform>
            <numerusform>in %Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>in %Ln minute</numerusform>
            <numerusform>in %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>in %Ln hour</numerusform>
            <numerusform>in %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message numerus="yes">
        <source>{value} (%n comparison(s))</source>
        <translation>
            <numerusform>{value} (%n comparison)</numerusform>
            <numerusform>{value} (%n comparisons)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreement {agreement} · Gold accuracy: shown after %n gold answer(s) are reviewed</source>
        <translation>
            <numerusform>Agreement {agreement} · Gold accuracy: shown after %n gold answer are reviewed</numerusform>
            <numerusform>Agreement {agreement} · Gold accuracy: shown after %n gold answers are reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n gold answer(s))</source>
        <translation>
            <numerusform>{value} (%n gold answer)</numerusform>
            <numerusform>{value} (%n gold answers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid</source>
        <translation>
            <numerusform>%n paid</numerusform>
            <numerusform>%n paid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n corrected)</source>
        <translation>
            <numerusform>(%n corrected)</numerusform>
            <numerusform>(%n corrected)</numerusform>
        </translation>
    </message>
</context>
</TS>
