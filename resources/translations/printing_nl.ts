<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>LabelsDialog</name>
    <message>
        <source>%1 · roll, labels of %2</source>
        <translation>%1 · rol, labels van %2</translation>
    </message>
    <message>
        <source>%1 · A4 sheet of %3 labels of %2</source>
        <translation>%1 · A4-vel met %3 labels van %2</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Labels afdrukken</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Wat wilt u afdrukken?</translation>
    </message>
    <message numerus="yes">
        <source>The selected item(s) (%n)</source>
        <translation>
            <numerusform>Het geselecteerde exemplaar (%n)</numerusform>
            <numerusform>De geselecteerde exemplaren (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All items of %1 (%n)</source>
        <translation>
            <numerusform>Alle exemplaren van %1 (%n)</numerusform>
            <numerusform>Alle exemplaren van %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All items of this product (%n)</source>
        <translation>
            <numerusform>Alle exemplaren van dit product (%n)</numerusform>
            <numerusform>Alle exemplaren van dit product (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All new items whose label was never printed</source>
        <translation>Alle nieuwe exemplaren waarvan nog nooit een label is afgedrukt</translation>
    </message>
    <message>
        <source>Blank labels:</source>
        <translation>Lege labels:</translation>
    </message>
    <message>
        <source>Labels with fresh codes and no product yet. Stick one on a new item and scan it under “Add items” to link the two.</source>
        <translation>Labels met nieuwe codes, nog zonder product. Plak er een op een nieuw exemplaar en scan het bij “Exemplaren toevoegen” om ze te koppelen.</translation>
    </message>
    <message>
        <source>Label medium</source>
        <translation>Labelsoort</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Begin bij label</translation>
    </message>
    <message>
        <source>Also print a barcode (Code128)</source>
        <translation>Ook een streepjescode (Code128) afdrukken</translation>
    </message>
    <message>
        <source>Print the organisation&apos;s name</source>
        <translation>Naam van de organisatie afdrukken</translation>
    </message>
    <message>
        <source>QR code holds</source>
        <translation>QR-code bevat</translation>
    </message>
    <message>
        <source>the web address %1</source>
        <translation>het webadres %1</translation>
    </message>
    <message>
        <source>only the label code, e.g. LD0000427</source>
        <translation>alleen de labelcode, bijvoorbeeld LD0000427</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>a roll always starts at the next label</source>
        <translation>een rol begint altijd bij het volgende label</translation>
    </message>
    <message>
        <source>of %1 (%2 columns × %3 rows, counted row by row)</source>
        <translation>van %1 (%2 kolommen × %3 rijen, rij voor rij geteld)</translation>
    </message>
    <message numerus="yes">
        <source>Labels: %n</source>
        <translation>
            <numerusform>Labels: %n</numerusform>
            <numerusform>Labels: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n</source>
        <translation>
            <numerusform>Pagina&apos;s: %n</numerusform>
            <numerusform>Pagina&apos;s: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1 (pages: %n).</source>
        <translation>
            <numerusform>Naar %1 gestuurd (%n pagina).</numerusform>
            <numerusform>Naar %1 gestuurd (%n pagina&apos;s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>The printer could not be reached. Check that it is on, or save as PDF.</source>
        <translation>De printer is niet bereikbaar. Controleer of hij aan staat, of sla op als PDF.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Loan slip</source>
        <translation>Uitleenbon</translation>
    </message>
</context>
</TS>
