<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BorrowersScreen</name>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/screens/borrowers.py" line="208" />
        <source>Has %n item(s) on loan now.</source>
        <translation>
            <numerusform>Has %n item on loan now.</numerusform><numerusform>Has %n items on loan now.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/screens/borrowers.py" line="220" />
        <source>Loan history (%n)</source>
        <translation>
            <numerusform>Loan history (%n)</numerusform><numerusform>Loan history (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/screens/catalogue.py" line="350" />
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform><numerusform>%n products</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/screens/catalogue.py" line="352" />
        <source>more than %n product(s)</source>
        <translation>
            <numerusform>more than %n product</numerusform><numerusform>more than %n products</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/screens/catalogue.py" line="407" />
        <source>lent for %n day(s)</source>
        <translation>
            <numerusform>lent for %n day</numerusform><numerusform>lent for %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/screens/catalogue.py" line="426" />
        <source>Items (%n)</source>
        <translation>
            <numerusform>Items (%n)</numerusform><numerusform>Items (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/screens/catalogue.py" line="430" />
        <source>Loan history (%n)</source>
        <translation>
            <numerusform>Loan history (%n)</numerusform><numerusform>Loan history (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/screens/catalogue.py" line="514" />
        <source>%n item(s) added: %1</source>
        <translation>
            <numerusform>%n item added: %1</numerusform><numerusform>%n items added: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>CleaningScreen</name>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/screens/cleaning.py" line="96" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/models/tables.py" line="132" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/models/tables.py" line="137" />
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform><numerusform>%n times</numerusform></translation>
    </message>
</context>
<context>
    <name>LoansScreen</name>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/screens/loans.py" line="249" />
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lendingdesk/ui/screens/loans.py" line="251" />
        <source>Renewed %n time(s)</source>
        <translation>
            <numerusform>Renewed %n time</numerusform><numerusform>Renewed %n times</numerusform></translation>
    </message>
</context>
<context>
    <name>StocktakeScreen</name>
    <message numerus="yes">
        <source>%n scanned</source>
        <translation>
            <numerusform>%n scanned</numerusform><numerusform>%n scanned</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved here.</source>
        <translation>
            <numerusform>%n item moved here.</numerusform><numerusform>%n items moved here.</numerusform></translation>
    </message>
</context>
</TS>