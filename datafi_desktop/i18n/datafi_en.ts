<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>MediaArea</name>
    <message numerus="yes">
        <source>{size} text file, %n character(s): it is the item&apos;s text below.</source>
        <translation>
            <numerusform>{size} text file, %n character: it is the item&apos;s text below.</numerusform>
            <numerusform>{size} text file, %n characters: it is the item&apos;s text below.</numerusform>
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
</TS>
