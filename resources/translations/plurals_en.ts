<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">

<context>
    <name>DeskScreen</name>
    <message numerus="yes">
        <source>%n more scan(s) waiting.</source>
        <translation>
            <numerusform>%n more scan waiting.</numerusform>
            <numerusform>%n more scans waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) lent to %1.</source>
        <translation>
            <numerusform>%n product lent to %1.</numerusform>
            <numerusform>%n products lent to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message numerus="yes">
        <source>%n more scan(s) waiting.</source>
        <translation>
            <numerusform>%n more scan waiting.</numerusform>
            <numerusform>%n more scans waiting.</numerusform>
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
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n loan</numerusform>
            <numerusform>%n loans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) in the period</source>
        <translation>
            <numerusform>%n loan in the period</numerusform>
            <numerusform>%n loans in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promoter(s)</source>
        <translation>
            <numerusform>%n promoter</numerusform>
            <numerusform>%n promoters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passive(s)</source>
        <translation>
            <numerusform>%n passive</numerusform>
            <numerusform>%n passives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detractor(s)</source>
        <translation>
            <numerusform>%n detractor</numerusform>
            <numerusform>%n detractors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plus point(s)</source>
        <translation>
            <numerusform>%n plus point</numerusform>
            <numerusform>%n plus points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minus point(s)</source>
        <translation>
            <numerusform>%n minus point</numerusform>
            <numerusform>%n minus points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more tip(s).</source>
        <translation>
            <numerusform>And %n more tip.</numerusform>
            <numerusform>And %n more tips.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n professional(s) completed the SUS; a mean is shown from {min_n} on.</source>
        <translation>
            <numerusform>%n professional completed the SUS; a mean is shown from {min_n} on.</numerusform>
            <numerusform>%n professionals completed the SUS; a mean is shown from {min_n} on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are only %n approved review(s) so far. Means, spreads and charts appear from {min_n} reviews on, so that no single judgement can be traced or decides the picture.</source>
        <translation>
            <numerusform>There is only %n approved review so far. Means, spreads and charts appear from {min_n} reviews on, so that no single judgement can be traced or decides the picture.</numerusform>
            <numerusform>There are only %n approved reviews so far. Means, spreads and charts appear from {min_n} reviews on, so that no single judgement can be traced or decides the picture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n loan(s) ({pct}%)</source>
        <translation>
            <numerusform>after %n loan ({pct}%)</numerusform>
            <numerusform>after %n loans ({pct}%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more plus point(s) in the export (reviews.csv).</source>
        <translation>
            <numerusform>And %n more plus point in the export (reviews.csv).</numerusform>
            <numerusform>And %n more plus points in the export (reviews.csv).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more minus point(s) in the export (reviews.csv).</source>
        <translation>
            <numerusform>And %n more minus point in the export (reviews.csv).</numerusform>
            <numerusform>And %n more minus points in the export (reviews.csv).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.reservations</name>
    <message numerus="yes">
        <source>All %n item(s) of {product} are already reserved in that period.</source>
        <translation>
            <numerusform>The only item of {product} is already reserved in that period.</numerusform>
            <numerusform>All %n items of {product} are already reserved in that period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.catalogue_import</name>
    <message numerus="yes">
        <source>Import refused: %n line(s) wrong; nothing was changed. Correct the file and try again.</source>
        <translation>
            <numerusform>Import refused: %n line is wrong; nothing was changed. Correct the file and try again.</numerusform>
            <numerusform>Import refused: %n lines are wrong; nothing was changed. Correct the file and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import refused: %n line(s) wrong; nothing was changed. Correct the file and try again. First: {first}</source>
        <translation>
            <numerusform>Import refused: %n line is wrong; nothing was changed. Correct the file and try again. First: {first}</numerusform>
            <numerusform>Import refused: %n lines are wrong; nothing was changed. Correct the file and try again. First: {first}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.restore</name>
    <message numerus="yes">
        <source>%n borrower(s) from the erasure register erased again.</source>
        <translation>
            <numerusform>%n borrower from the erasure register erased again.</numerusform>
            <numerusform>%n borrowers from the erasure register erased again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.access</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.exchange</name>
    <message numerus="yes">
        <source>Nothing imported: %n line(s) with errors. Correct the file and try again.</source>
        <translation>
            <numerusform>Nothing imported: %n line with errors. Correct the file and try again.</numerusform>
            <numerusform>Nothing imported: %n lines with errors. Correct the file and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange.importer</name>
    <message numerus="yes">
        <source>%n cells hold formulas</source>
        <translation>
            <numerusform>%n cell holds formulas</numerusform>
            <numerusform>%n cells hold formulas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.hygiene</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.catalogue</name>
    <message numerus="yes">
        <source>{borrower} still has %n item(s) on loan. Check those in first.</source>
        <translation>
            <numerusform>{borrower} still has %n item on loan. Check it in first.</numerusform>
            <numerusform>{borrower} still has %n items on loan. Check those in first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.reviews.instruments</name>
    <message numerus="yes">
        <source>block '{title}': answer at least %n item(s)</source>
        <translation>
            <numerusform>block '{title}': answer at least %n item</numerusform>
            <numerusform>block '{title}': answer at least %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.documents</name>
    <message numerus="yes">
        <source>%n label(s) on {pages}: {out}</source>
        <translation>
            <numerusform>%n label on {pages}: {out}</numerusform>
            <numerusform>%n labels on {pages}: {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s): {out}</source>
        <translation>
            <numerusform>%n card: {out}</numerusform>
            <numerusform>%n cards: {out}</numerusform>
        </translation>
    </message>
</context>
</TS>