<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="64"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="65"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="66"/>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="67"/>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="178"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="68"/>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="69"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="181"/>
        <source>Search by person, desk or record</source>
        <translation>Zoek persoon, balie of gegeven</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="184"/>
        <source>Only from</source>
        <translation>Alleen van</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="192"/>
        <source>Export (CSV)…</source>
        <translation>Exporteren (CSV)…</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="194"/>
        <source>Needs the coordinator code</source>
        <translation>Hiervoor is de coördinatorcode nodig</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="198"/>
        <source>Action:</source>
        <translation>Handeling:</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="203"/>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="244"/>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="251"/>
        <source>All actions</source>
        <translation>Alle handelingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/audit_screen.py" line="281"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n gebeurtenis</numerusform>
            <numerusform>%n gebeurtenissen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="295"/>
        <source>Export audit log</source>
        <translation>Logboek exporteren</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="297"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="304"/>
        <source>Coordinator code</source>
        <translation>Coördinatorcode</translation>
    </message>
    <message>
        <location filename="../../lendingdesk/ui/audit_screen.py" line="305"/>
        <source>Exporting the audit log needs the coordinator code:</source>
        <translation>Voor het exporteren van het logboek is de coördinatorcode nodig:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/audit_screen.py" line="326"/>
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n gebeurtenis geëxporteerd naar %1.</numerusform>
            <numerusform>%n gebeurtenissen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
