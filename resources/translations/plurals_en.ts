<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<!-- English plural forms for the desk, printing, reviews and audit catalogues (hand-kept:
     the source strings are English, only their %n forms need a translation). -->
<context>
    <name>DeskScreen</name>
    <message numerus="yes">
        <source>%n product(s) lent to %1.</source>
        <translation>
            <numerusform>%n product lent to %1.</numerusform>
            <numerusform>%n products lent to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message numerus="yes">
        <source>The selected item(s) (%n)</source>
        <translation>
            <numerusform>The selected item (%n)</numerusform>
            <numerusform>The selected items (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n event exported to %1.</numerusform>
            <numerusform>%n events exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n product line(s) read</source>
        <translation>
            <numerusform>%n product line read</numerusform>
            <numerusform>%n product lines read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): correct the file, then press “Read again”</source>
        <translation>
            <numerusform>%n problem: correct the file, then press “Read again”</numerusform>
            <numerusform>%n problems: correct the file, then press “Read again”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new product(s),</source>
        <translation>
            <numerusform>%n new product,</numerusform>
            <numerusform>%n new products,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s).</source>
        <translation>
            <numerusform>%n new item.</numerusform>
            <numerusform>%n new items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message numerus="yes">
        <source>Not saved yet: %n answer(s) still need attention (marked in red).</source>
        <translation>
            <numerusform>Not saved yet: %n answer still needs attention (marked in red).</numerusform>
            <numerusform>Not saved yet: %n answers still need attention (marked in red).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsScreen</name>
    <message numerus="yes">
        <source>Exported %n approved review(s) to %1.</source>
        <translation>
            <numerusform>Exported %n approved review to %1.</numerusform>
            <numerusform>Exported %n approved reviews to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are about %n product(s).</source>
        <translation>
            <numerusform>They are about %n product.</numerusform>
            <numerusform>They are about %n products.</numerusform>
        </translation>
    </message>
</context>
</TS>
