<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AddItemsDialog</name>
    <message>
        <source>Add items</source>
        <translation>Exemplaren toevoegen</translation>
    </message>
    <message>
        <source>&amp;New labels (print them afterwards)</source>
        <translation>&amp;Nieuwe labels (daarna afdrukken)</translation>
    </message>
    <message>
        <source>Number of items:</source>
        <translation>Aantal exemplaren:</translation>
    </message>
    <message>
        <source>&amp;Scan pre-printed labels (one per line)</source>
        <translation>&amp;Voorgedrukte labels scannen (één per regel)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation>&amp;Serienummer</translation>
    </message>
</context>
<context>
    <name>BorrowerDialog</name>
    <message>
        <source>Borrower</source>
        <translation>Lener</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Discipline</source>
        <translation>&amp;Discipline</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>Loan &amp;limit</source>
        <translation>&amp;Maximum te leen</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>Lener&amp;spas</translation>
    </message>
</context>
<context>
    <name>BorrowersScreen</name>
    <message>
        <source>Borrowers</source>
        <translation>Leners</translation>
    </message>
    <message>
        <source>Search by name, team, discipline or card…</source>
        <translation>Zoek op naam, team, discipline of pas…</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Ook inactieve tonen</translation>
    </message>
    <message>
        <source>New borrower</source>
        <translation>Nieuwe lener</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Persoonsgegevens wissen…</translation>
    </message>
    <message>
        <source>Choose a borrower on the left to see their loans.</source>
        <translation>Kies links een lener om de uitleningen te zien.</translation>
    </message>
    <message>
        <source>Personal data erased on request. The loans are kept without a name.</source>
        <translation>Persoonsgegevens op verzoek gewist. De uitleningen zijn bewaard zonder naam.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Lenerspas: %1</translation>
    </message>
    <message>
        <source>No e-mail or phone known</source>
        <translation>Geen e-mail of telefoon bekend</translation>
    </message>
    <message>
        <source>Inactive: cannot borrow until activated again.</source>
        <translation>Inactief: kan niets lenen tot de lener weer actief is.</translation>
    </message>
    <message numerus="yes">
        <source>Has %n item(s) on loan now.</source>
        <translation>
            <numerusform>Heeft nu %n product te leen.</numerusform>
            <numerusform>Heeft nu %n producten te leen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activeren</translation>
    </message>
    <message numerus="yes">
        <source>Loan history (%n)</source>
        <translation>
            <numerusform>Uitleengeschiedenis (%n)</numerusform>
            <numerusform>Uitleengeschiedenis (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Borrower added.</source>
        <translation>Lener toegevoegd.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Wijzigingen opgeslagen.</translation>
    </message>
    <message>
        <source>%1 is inactive now.</source>
        <translation>%1 is nu inactief.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 is weer actief.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Persoonsgegevens wissen</translation>
    </message>
    <message>
        <source>Erase the personal data of %1?</source>
        <translation>Persoonsgegevens van %1 wissen?</translation>
    </message>
    <message>
        <source>The name, e-mail address, phone number and team are removed for good, also from notes and review texts, their reviews are withdrawn, and the card can no longer be used. The loans stay, without a name, so the loan statistics remain correct. This cannot be undone.</source>
        <translation>Naam, e-mailadres, telefoonnummer en team worden definitief verwijderd, ook uit notities en reviewteksten, de reviews van deze lener worden teruggetrokken en de lenerspas werkt niet meer. De uitleningen blijven bewaard zonder naam, zodat de uitleencijfers kloppen. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Erase data</source>
        <translation>Gegevens wissen</translation>
    </message>
    <message>
        <source>Keep data</source>
        <translation>Gegevens bewaren</translation>
    </message>
    <message>
        <source>The personal data of %1 has been erased.</source>
        <translation>De persoonsgegevens van %1 zijn gewist.</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>Pas afdrukken</translation>
    </message>
    <message numerus="yes">
        <source>Badges: %n</source>
        <translation>
            <numerusform>Lenerspas: %n</numerusform>
            <numerusform>Lenerspassen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Search a product, maker or description…</source>
        <translation>Zoek een product, merk of omschrijving…</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nieuw product</translation>
    </message>
    <message>
        <source>Filters (Ctrl+Shift+F, then Tab to the next)</source>
        <translation>Filters (Ctrl+Shift+F, dan Tab naar de volgende)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Ook afgeschreven tonen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Add items…</source>
        <translation>Exemplaren toevoegen…</translation>
    </message>
    <message>
        <source>Retire product</source>
        <translation>Product afschrijven</translation>
    </message>
    <message>
        <source>Maintenance and parts…</source>
        <translation>Onderhoud en onderdelen…</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Exemplaar bewerken</translation>
    </message>
    <message>
        <source>To maintenance…</source>
        <translation>Naar onderhoud…</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>Vermist melden</translation>
    </message>
    <message>
        <source>Found again</source>
        <translation>Teruggevonden</translation>
    </message>
    <message>
        <source>Retire item</source>
        <translation>Afschrijven</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Cleaning after return</source>
        <translation>Schoonmaken na terugkomst</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Accessoires</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Afgeschreven</translation>
    </message>
    <message>
        <source>Choose a product on the left to see its details.</source>
        <translation>Kies links een product om de gegevens te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n producten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n product(s)</source>
        <translation>
            <numerusform>meer dan %n product</numerusform>
            <numerusform>meer dan %n producten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lent for %n day(s)</source>
        <translation>
            <numerusform>uitleentermijn %n dag</numerusform>
            <numerusform>uitleentermijn %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No cleaning sign-off needed.</source>
        <translation>Aftekenen na schoonmaak is niet nodig.</translation>
    </message>
    <message>
        <source>Not for use in isolation rooms.</source>
        <translation>Niet gebruiken in isolatiekamers.</translation>
    </message>
    <message numerus="yes">
        <source>Items (%n)</source>
        <translation>
            <numerusform>Exemplaren (%n)</numerusform>
            <numerusform>Exemplaren (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loan history (%n)</source>
        <translation>
            <numerusform>Uitleengeschiedenis (%n)</numerusform>
            <numerusform>Uitleengeschiedenis (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Geen foto</translation>
    </message>
    <message>
        <source>Product added.</source>
        <translation>Product toegevoegd.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Wijzigingen opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added: %1</source>
        <translation>
            <numerusform>%n exemplaar toegevoegd: %1</numerusform>
            <numerusform>%n exemplaren toegevoegd: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire %1 and all its items?</source>
        <translation>%1 en alle exemplaren afschrijven?</translation>
    </message>
    <message>
        <source>Retired products can no longer be lent. Their loan history is kept.</source>
        <translation>Afgeschreven producten kunnen niet meer uit. De uitleengeschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Afschrijven</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 is afgeschreven.</translation>
    </message>
    <message>
        <source>To maintenance</source>
        <translation>Naar onderhoud</translation>
    </message>
    <message>
        <source>What needs to be done to %1?</source>
        <translation>Wat moet er aan %1 gebeuren?</translation>
    </message>
    <message>
        <source>%1 is in maintenance.</source>
        <translation>%1 is in onderhoud.</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 is nu: %2</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Labels afdrukken…</translation>
    </message>
    <message>
        <source>Label %1: %2 (%3).</source>
        <translation>Label %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Blank labels…</source>
        <translation>Lege labels…</translation>
    </message>
    <message>
        <source>Labels with fresh codes, linked to items later by scanning</source>
        <translation>Labels met nieuwe codes, later aan exemplaren gekoppeld door te scannen</translation>
    </message>
</context>
<context>
    <name>CleaningScreen</name>
    <message>
        <source>Cleaning</source>
        <translation>Schoonmaak</translation>
    </message>
    <message>
        <source>%1 is in maintenance: %2</source>
        <translation>%1 is in onderhoud: %2</translation>
    </message>
    <message>
        <source>Tick each step of %1 first.</source>
        <translation>Vink eerst elke stap van %1 af.</translation>
    </message>
    <message>
        <source>%1 (%2) waits for a second check: a colleague looks at it and approves.</source>
        <translation>%1 (%2) wacht op een tweede controle: een collega kijkt het na en keurt het goed.</translation>
    </message>
    <message>
        <source>%1 (%2): tick each step, then sign off.</source>
        <translation>%1 (%2): vink elke stap af en teken dan af.</translation>
    </message>
    <message>
        <source>Second check</source>
        <translation>Tweede controle</translation>
    </message>
    <message>
        <source>A colleague checks 1 in how many sign-offs, chosen at random? (0: never)</source>
        <translation>Een collega controleert 1 op hoeveel aftekeningen, willekeurig gekozen? (0: nooit)</translation>
    </message>
    <message>
        <source>A colleague checks 1 in %1 sign-offs.</source>
        <translation>Een collega controleert 1 op %1 aftekeningen.</translation>
    </message>
    <message>
        <source>No second checks.</source>
        <translation>Geen tweede controles.</translation>
    </message>
    <message>
        <source>Hygiene report saved: %1</source>
        <translation>Hygiënerapport bewaard: %1</translation>
    </message>
    <message>
        <source>Put it aside at the desk: it is kept for %1 (waiting list) until %2.</source>
        <translation>Leg het apart bij de balie: het wordt bewaard voor %1 (wachtlijst) tot %2.</translation>
    </message>
    <message>
        <source>%1 (%2) signed off by %3. Random sample: a colleague checks it before it goes out again.</source>
        <translation>%1 (%2) afgetekend door %3. Steekproef: een collega controleert het voordat het weer uitgaat.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 signed off. Still to do: %4.</source>
        <translation>%1 (%2): %3 afgetekend. Nog te doen: %4.</translation>
    </message>
    <message>
        <source>%1 (%2) checked by %3: available again.</source>
        <translation>%1 (%2) gecontroleerd door %3: weer beschikbaar.</translation>
    </message>
    <message>
        <source>%1 (%2) rejected by %3: to be done again (%4).</source>
        <translation>%1 (%2) afgekeurd door %3: opnieuw doen (%4).</translation>
    </message>
    <message>
        <source>Hygiene report…</source>
        <translation>Hygiënerapport…</translation>
    </message>
    <message>
        <source>Second check…</source>
        <translation>Tweede controle…</translation>
    </message>
    <message>
        <source>Maintenance checks…</source>
        <translation>Onderhoudscontroles…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n exemplaar</numerusform>
            <numerusform>%n exemplaren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Er wacht niets</translation>
    </message>
    <message>
        <source>Fill in who did the cleaning first.</source>
        <translation>Vul eerst in wie heeft schoongemaakt.</translation>
    </message>
    <message>
        <source>Scan the label of the cleaned item.</source>
        <translation>Scan het label van het schoongemaakte exemplaar.</translation>
    </message>
    <message>
        <source>%1 (%2) is clean and available again. Signed off by %3.</source>
        <translation>%1 (%2) is schoon en weer beschikbaar. Afgetekend door %3.</translation>
    </message>
    <message>
        <source>Send to maintenance</source>
        <translation>Naar onderhoud sturen</translation>
    </message>
    <message>
        <source>What needs to be repaired or checked?</source>
        <translation>Wat moet er gerepareerd of nagekeken worden?</translation>
    </message>
    <message>
        <source>%1 is in maintenance.</source>
        <translation>%1 is in onderhoud.</translation>
    </message>
    <message>
        <source>%1 is back from maintenance: %2.</source>
        <translation>%1 is terug uit onderhoud: %2.</translation>
    </message>
    <message>
        <source>Sign off cleaning</source>
        <translation>Schoonmaak aftekenen</translation>
    </message>
    <message>
        <source>Scan the label of a cleaned item and press Enter.</source>
        <translation>Scan het label van een schoongemaakt exemplaar en druk op Enter.</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>Scan or type the label…</source>
        <translation>Scan of typ het label…</translation>
    </message>
    <message>
        <source>Cleaned &amp;by</source>
        <translation>Schoongemaakt &amp;door</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Aftekenen</translation>
    </message>
    <message>
        <source>Waiting for cleaning or in maintenance</source>
        <translation>Wacht op schoonmaak of in onderhoud</translation>
    </message>
    <message>
        <source>Sign off selected</source>
        <translation>Gekozen exemplaar aftekenen</translation>
    </message>
    <message>
        <source>Send to maintenance…</source>
        <translation>Naar onderhoud…</translation>
    </message>
    <message>
        <source>Back from maintenance</source>
        <translation>Terug uit onderhoud</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Lener</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>Uitgeleend op</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Terug op</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Verlengd</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n keer</numerusform>
            <numerusform>%n keer</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Teruggebracht</translation>
    </message>
    <message>
        <source>still on loan</source>
        <translation>nog uitgeleend</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Lenerspas</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Te leen</translation>
    </message>
    <message>
        <source>Data erased</source>
        <translation>Gegevens gewist</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Exemplaar</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>any</source>
        <translation>elk</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Hygiene and reset</source>
        <translation>Hygiëne en reset</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nieuw product</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Product bewerken</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Kies een foto</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The photo %1 cannot be found. Choose it again or leave it empty.</source>
        <translation>De foto %1 is niet te vinden. Kies hem opnieuw of laat het veld leeg.</translation>
    </message>
    <message>
        <source>Card %1 scanned.</source>
        <translation>Pas %1 gescand.</translation>
    </message>
    <message>
        <source>New borrower</source>
        <translation>Nieuwe lener</translation>
    </message>
    <message>
        <source>Edit borrower</source>
        <translation>Lener bewerken</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Desk default</source>
        <translation>Standaard van de balie</translation>
    </message>
    <message>
        <source>E-mail language</source>
        <translation>Taal van e-mails</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>No e-mails from the desk (invitations, reminders)</source>
        <translation>Geen e-mails van de balie (uitnodigingen, herinneringen)</translation>
    </message>
    <message>
        <source>Scan a pre-printed card, or leave empty for a new card number</source>
        <translation>Scan een pas, of laat leeg voor een nieuw nummer</translation>
    </message>
    <message>
        <source>%1 was already scanned.</source>
        <translation>%1 is al gescand.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) scanned.</source>
        <translation>
            <numerusform>%n label gescand.</numerusform>
            <numerusform>%n labels gescand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the labels here, one after another</source>
        <translation>Scan hier de labels, het ene na het andere</translation>
    </message>
    <message>
        <source>Scan at least one label, or choose new labels.</source>
        <translation>Scan minstens één label, of kies nieuwe labels.</translation>
    </message>
</context>
<context>
    <name>Hygiene</name>
    <message>
        <source>Clean and dry</source>
        <translation>Reinigen en drogen</translation>
    </message>
    <message>
        <source>Clean, then disinfect</source>
        <translation>Reinigen, daarna desinfecteren</translation>
    </message>
    <message>
        <source>No cleaning needed</source>
        <translation>Geen schoonmaak nodig</translation>
    </message>
    <message>
        <source>Choose or type the disinfectant</source>
        <translation>Kies of typ het desinfectiemiddel</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>Protocol (&amp;short)</source>
        <translation>Protocol (&amp;kort)</translation>
    </message>
    <message>
        <source>One line for the label and the check-in, e.g. wipe with a damp cloth</source>
        <translation>Eén regel voor het label en de inname, bijv. afnemen met vochtige doek</translation>
    </message>
    <message>
        <source>Disinfectant (&amp;agent)</source>
        <translation>Desinfectie&amp;middel</translation>
    </message>
    <message>
        <source>Con&amp;tact time</source>
        <translation>&amp;Inwerktijd</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>until dry</source>
        <translation>tot opgedroogd</translation>
    </message>
    <message>
        <source>What to &amp;wipe (one step per line)</source>
        <translation>Wat af te &amp;nemen (één stap per regel)</translation>
    </message>
    <message>
        <source>e.g. housing and buttons
face cushion separately</source>
        <translation>bijv. behuizing en knoppen
gezichtskussen apart</translation>
    </message>
    <message>
        <source>Maker&apos;s &amp;instruction</source>
        <translation>Instructie van de ma&amp;ker</translation>
    </message>
    <message>
        <source>Web address or file</source>
        <translation>Webadres of bestand</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Holds &amp;personal data: reset between users</source>
        <translation>Bevat &amp;persoonsgegevens: resetten tussen gebruikers</translation>
    </message>
    <message>
        <source>&amp;Reset checklist (one step per line)</source>
        <translation>&amp;Resetlijst (één stap per regel)</translation>
    </message>
    <message>
        <source>Choose the maker&apos;s instruction</source>
        <translation>Kies de instructie van de maker</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.html *.txt *.png *.jpg)</source>
        <translation>Documenten (*.pdf *.html *.txt *.png *.jpg)</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Te doen: %1</translation>
    </message>
    <message>
        <source>Returned from isolation / BRMO / infection: disinfect.</source>
        <translation>Terug uit isolatie / BRMO / infectie: desinfecteren.</translation>
    </message>
    <message>
        <source>Maker&apos;s instruction: %1</source>
        <translation>Instructie van de maker: %1</translation>
    </message>
    <message>
        <source>Cleaned and dried</source>
        <translation>Gereinigd en gedroogd</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Disinfected, contact time kept (%1)</source>
        <translation>Gedesinfecteerd, inwerktijd aangehouden (%1)</translation>
    </message>
    <message>
        <source>Device reset</source>
        <translation>Apparaat-reset</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2. A colleague checks it now (random sample): the name under “Cleaned by” is the checker&apos;s.</source>
        <translation>Afgetekend door %1 om %2. Een collega controleert het nu (steekproef): de naam bij “Schoongemaakt door” is die van de controleur.</translation>
    </message>
    <message>
        <source>What is not right (when rejecting)</source>
        <translation>Wat is er niet goed (bij afkeuren)</translation>
    </message>
    <message>
        <source>Reject: do it again</source>
        <translation>Afkeuren: opnieuw doen</translation>
    </message>
    <message>
        <source>Approve: all in order</source>
        <translation>Goedkeuren: alles in orde</translation>
    </message>
    <message>
        <source>Sign off: %1</source>
        <translation>Aftekenen: %1</translation>
    </message>
    <message>
        <source>Tick every step to sign off</source>
        <translation>Vink elke stap af om af te tekenen</translation>
    </message>
    <message>
        <source>Hygiene report</source>
        <translation>Hygiënerapport</translation>
    </message>
    <message>
        <source>For quality audits: cleanings, disinfections, device resets, second checks and deviations of a period.</source>
        <translation>Voor kwaliteitsaudits: reinigingen, desinfecties, apparaat-resets, tweede controles en afwijkingen in een periode.</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <source>PDF (to print or file)</source>
        <translation>PDF (om te printen of te bewaren)</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (spreadsheet)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Formaat</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save the hygiene report</source>
        <translation>Hygiënerapport bewaren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Het rapport kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Schoonmaak</translation>
    </message>
    <message>
        <source>Disinfection</source>
        <translation>Desinfectie</translation>
    </message>
    <message>
        <source>Second check</source>
        <translation>Tweede controle</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Item</source>
        <translation>Exemplaar</translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation>&amp;Serienummer</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>nl</translation>
    </message>
</context>
<context>
    <name>LoansScreen</name>
    <message>
        <source>Loans</source>
        <translation>Uitleningen</translation>
    </message>
    <message>
        <source>Filter by product, borrower or label…</source>
        <translation>Filter op product, lener of label…</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Tekst kopiëren</translation>
    </message>
    <message>
        <source>Open in e-mail</source>
        <translation>Openen in e-mail</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Uitgeleend (%1)</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>Vandaag terug (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Te laat (%1)</translation>
    </message>
    <message>
        <source>Choose a loan in the list</source>
        <translation>Kies een uitlening in de lijst</translation>
    </message>
    <message>
        <source>Then renew it, or send the borrower a reminder.</source>
        <translation>Verleng de uitlening daarna, of stuur de lener een herinnering.</translation>
    </message>
    <message>
        <source>Lent to %1 on %2</source>
        <translation>Uitgeleend aan %1 op %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Terug op %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewed %n time(s)</source>
        <translation>
            <numerusform>%n keer verlengd</numerusform>
            <numerusform>%n keer verlengd</numerusform>
        </translation>
    </message>
    <message>
        <source>No e-mail address known: copy the text instead.</source>
        <translation>Geen e-mailadres bekend: kopieer de tekst.</translation>
    </message>
    <message>
        <source>%1 renewed until %2.</source>
        <translation>%1 verlengd tot %2.</translation>
    </message>
    <message>
        <source>The reminder is copied. Paste it into a message.</source>
        <translation>De herinnering is gekopieerd. Plak hem in een bericht.</translation>
    </message>
    <message>
        <source>The reminder is ready in your e-mail program.</source>
        <translation>De herinnering staat klaar in uw e-mailprogramma.</translation>
    </message>
    <message>
        <source>No e-mail program could be opened. Copy the text and send it yourself.</source>
        <translation>Er kon geen e-mailprogramma worden geopend. Kopieer de tekst en verstuur hem zelf.</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <source>Maintenance checks</source>
        <translation>Onderhoudscontroles</translation>
    </message>
    <message>
        <source>Maintenance checks: overdue and due soon</source>
        <translation>Onderhoudscontroles: te laat en binnenkort</translation>
    </message>
    <message>
        <source>Overdue first; red rows block lending until the check is recorded. Scan an item&apos;s label to record its check.</source>
        <translation>Te laat bovenaan; rode regels blokkeren uitlenen tot de controle is vastgelegd. Scan het label van een exemplaar om de controle vast te leggen.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Laatst gedaan</translation>
    </message>
    <message>
        <source>When overdue</source>
        <translation>Als te laat</translation>
    </message>
    <message>
        <source>&amp;Label code</source>
        <translation>&amp;Labelcode</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Controle</translation>
    </message>
    <message>
        <source>Done &amp;by</source>
        <translation>Gedaan &amp;door</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Resultaat</translation>
    </message>
    <message>
        <source>C&amp;ost (€)</source>
        <translation>&amp;Kosten (€)</translation>
    </message>
    <message>
        <source>scan or type the label, e.g. LD0000123</source>
        <translation>scan of typ het label, bijv. LD0000123</translation>
    </message>
    <message>
        <source>e.g. battery 84 %, update installed</source>
        <translation>bijv. batterij 84 %, update geïnstalleerd</translation>
    </message>
    <message>
        <source>e.g. 12,50</source>
        <translation>bijv. 12,50</translation>
    </message>
    <message>
        <source>Missing since</source>
        <translation>Ontbreekt sinds</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Last lent to</source>
        <translation>Laatst uitgeleend aan</translation>
    </message>
    <message>
        <source>Kit now</source>
        <translation>Set nu</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Replaced / re-ordered</source>
        <translation>Vervangen / nabesteld</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>Controle vastleggen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>te laat sinds %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>blocks lending</source>
        <translation>blokkeert uitlenen</translation>
    </message>
    <message>
        <source>warns</source>
        <translation>waarschuwt</translation>
    </message>
    <message>
        <source>No checks are overdue or due in the next 30 days.</source>
        <translation>Geen controles te laat of nodig in de komende 30 dagen.</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Controles (%1)</translation>
    </message>
    <message>
        <source>Missing parts: to find or re-order (%1)</source>
        <translation>Ontbrekende onderdelen: zoeken of nabestellen (%1)</translation>
    </message>
    <message>
        <source>held back until complete</source>
        <translation>wacht tot compleet</translation>
    </message>
    <message>
        <source>lent incomplete</source>
        <translation>gaat onvolledig uit</translation>
    </message>
    <message>
        <source>%1 of %2 is back: the kit is complete again.</source>
        <translation>%1 van %2 is terug: de set is weer compleet.</translation>
    </message>
    <message>
        <source>%1 of %2 is off the list.</source>
        <translation>%1 van %2 staat niet meer op de lijst.</translation>
    </message>
    <message>
        <source>%1 has no maintenance plan: there is no check to record.</source>
        <translation>%1 heeft geen onderhoudsplan: er is geen controle vast te leggen.</translation>
    </message>
    <message>
        <source>%1 selected: press Ctrl+G when it is found.</source>
        <translation>%1 gekozen: druk op Ctrl+G als het gevonden is.</translation>
    </message>
    <message>
        <source>%1 selected: fill in the result and press Enter.</source>
        <translation>%1 gekozen: vul het resultaat in en druk op Enter.</translation>
    </message>
    <message>
        <source>Scan the label of the checked item first.</source>
        <translation>Scan eerst het label van het gecontroleerde exemplaar.</translation>
    </message>
    <message>
        <source>Check “%1” of %2 recorded by %3.</source>
        <translation>Controle “%1” van %2 vastgelegd door %3.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Maker</source>
        <translation>&amp;Merk</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>&amp;Loan period</source>
        <translation>&amp;Uitleentermijn</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>C&amp;leaning protocol</source>
        <translation>&amp;Schoonmaakvoorschrift</translation>
    </message>
    <message>
        <source>Ca&amp;re instructions</source>
        <translation>&amp;Let op bij gebruik</translation>
    </message>
    <message>
        <source>&amp;Accessories (one per line)</source>
        <translation>&amp;Accessoires (één per regel)</translation>
    </message>
    <message>
        <source>May be used in isolation rooms</source>
        <translation>Mag in isolatiekamers gebruikt worden</translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Manual (&amp;web address)</source>
        <translation>Handleiding (&amp;webadres)</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Reminder: please return %1</source>
        <translation>Herinnering: %1 inleveren</translation>
    </message>
    <message>
        <source>The return date was %1.</source>
        <translation>De inleverdatum was %1.</translation>
    </message>
    <message>
        <source>The return date is %1.</source>
        <translation>De inleverdatum is %1.</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Beste %1,</translation>
    </message>
    <message>
        <source>You borrowed %1 (label %2) from the lending service.</source>
        <translation>U hebt bij de uitleenservice %1 (label %2) geleend.</translation>
    </message>
    <message>
        <source>Would you bring it back to the lending desk as soon as you can? Do you need it a little longer? Let us know and we will gladly look at extending the loan.</source>
        <translation>Wilt u het product zo snel mogelijk terugbrengen naar de uitleenbalie? Hebt u het nog wat langer nodig? Laat het ons weten, dan kijken we graag of we de uitlening kunnen verlengen.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Alvast bedankt!</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
    <message>
        <source>The lending desk</source>
        <translation>De uitleenbalie</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>%1 is in the past. Choose today or a later date.</source>
        <translation>%1 ligt in het verleden. Kies vandaag of een latere datum.</translation>
    </message>
    <message>
        <source>Renew loan</source>
        <translation>Uitlening verlengen</translation>
    </message>
    <message>
        <source>Renew %1 (%2)</source>
        <translation>%1 (%2) verlengen</translation>
    </message>
    <message>
        <source>Lent to %1; due back %2.</source>
        <translation>Uitgeleend aan %1; terug op %2.</translation>
    </message>
    <message>
        <source>&amp;New return date</source>
        <translation>&amp;Nieuwe inleverdatum</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ReservationsScreen</name>
    <message>
        <source>No borrower has card %1.</source>
        <translation>Geen lener heeft pas %1.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <source>Product: %1 (%2)</source>
        <translation>Product: %1 (%2)</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reserveringen</translation>
    </message>
    <message>
        <source>Also show past and cancelled</source>
        <translation>Ook verlopen en geannuleerde tonen</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Reservering annuleren</translation>
    </message>
    <message>
        <source>New reservation</source>
        <translation>Nieuwe reservering</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Exemplaar</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Type to find a product…</source>
        <translation>Typ om een product te zoeken…</translation>
    </message>
    <message>
        <source>Type a name or scan a card…</source>
        <translation>Typ een naam of scan een pas…</translation>
    </message>
    <message>
        <source>E.g. theme week on ward 2</source>
        <translation>Bijv. themaweek op afdeling 2</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserveren</translation>
    </message>
    <message>
        <source>Any item of this product</source>
        <translation>Elk exemplaar van dit product</translation>
    </message>
    <message>
        <source>Choose a product and a borrower.</source>
        <translation>Kies een product en een lener.</translation>
    </message>
    <message>
        <source>Free from %1 to %2.</source>
        <translation>Vrij van %1 t/m %2.</translation>
    </message>
    <message>
        <source>%1 is reserved from %2 to %3.</source>
        <translation>%1 is gereserveerd van %2 t/m %3.</translation>
    </message>
    <message>
        <source>Cancel the reservation of %1 for %2?</source>
        <translation>De reservering van %1 voor %2 annuleren?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Niet annuleren</translation>
    </message>
    <message>
        <source>The reservation is cancelled.</source>
        <translation>De reservering is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Search (Ctrl+F); arrow down goes to the results</source>
        <translation>Zoeken (Ctrl+F); pijl omlaag gaat naar de resultaten</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Uitgeleend</translation>
    </message>
    <message>
        <source>Awaiting cleaning</source>
        <translation>Wacht op schoonmaak</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>In onderhoud</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Gereserveerd</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Afgeschreven</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Vermist</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Loopt nu</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Opgehaald</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
</context>
<context>
    <name>StocktakeHistory</name>
    <message>
        <source>Stock-take history</source>
        <translation>Inventarisaties</translation>
    </message>
    <message>
        <source>Stock-takes done, newest first</source>
        <translation>Gedane inventarisaties, nieuwste eerst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescand</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Wrong place</source>
        <translation>Verkeerde plek</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Uitgeleend</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF-rapport…</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet…</source>
        <translation>CSV voor een spreadsheet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>No stock-take has been finished yet.</source>
        <translation>Er is nog geen inventarisatie afgerond.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Save the stock-take</source>
        <translation>Inventarisatie opslaan</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Writing the stock-take…</source>
        <translation>De inventarisatie wordt geschreven…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>StocktakeScreen</name>
    <message>
        <source>Stock-take</source>
        <translation>Inventarisatie</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>History and export…</source>
        <translation>Geschiedenis en export…</translation>
    </message>
    <message>
        <source>Scan every label that is here (or type a code + Enter)</source>
        <translation>Scan elk label dat hier is (of typ een code + Enter)</translation>
    </message>
    <message>
        <source>Move wrong-place items here</source>
        <translation>Verkeerde plek hierheen boeken</translation>
    </message>
    <message>
        <source>Finish and record</source>
        <translation>Afronden en vastleggen</translation>
    </message>
    <message>
        <source>%1: in its place.</source>
        <translation>%1: op zijn plek.</translation>
    </message>
    <message>
        <source>%1: registered elsewhere (%2).</source>
        <translation>%1: staat elders geregistreerd (%2).</translation>
    </message>
    <message>
        <source>%1: registered as on loan; a return never checked in.</source>
        <translation>%1: staat als uitgeleend; de inname is nooit geboekt.</translation>
    </message>
    <message>
        <source>%1: not an item of this desk.</source>
        <translation>%1: geen exemplaar van deze balie.</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned</source>
        <translation>
            <numerusform>%n gescand</numerusform>
            <numerusform>%n gescand</numerusform>
        </translation>
    </message>
    <message>
        <source>registered: %1</source>
        <translation>geregistreerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved here.</source>
        <translation>
            <numerusform>%n exemplaar hierheen verplaatst.</numerusform>
            <numerusform>%n exemplaren hierheen verplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock-take recorded: %1 moved here, %2 checked in (to cleaning), %3 no longer lost. Export it under History (Ctrl+H).</source>
        <translation>Inventarisatie vastgelegd: %1 hierheen verplaatst, %2 ingenomen (naar schoonmaak), %3 niet langer vermist. Exporteer hem onder Geschiedenis (Ctrl+H).</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Wrong place</source>
        <translation>Verkeerde plek</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Staat als uitgeleend</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>UpkeepDialog</name>
    <message>
        <source>an overdue check blocks lending</source>
        <translation>een te late controle blokkeert uitlenen</translation>
    </message>
    <message>
        <source>an overdue check only warns</source>
        <translation>een te late controle geeft alleen een waarschuwing</translation>
    </message>
    <message>
        <source>Saved: %1 every %2 days; %3.</source>
        <translation>Opgeslagen: %1 elke %2 dagen; %3.</translation>
    </message>
    <message>
        <source>Choose the check to remove in the list first.</source>
        <translation>Kies eerst in de lijst de controle die weg moet.</translation>
    </message>
    <message>
        <source>Removed: %1. The checks already recorded stay.</source>
        <translation>Verwijderd: %1. De al vastgelegde controles blijven bewaard.</translation>
    </message>
    <message>
        <source>Choose a part in the list first.</source>
        <translation>Kies eerst een onderdeel in de lijst.</translation>
    </message>
    <message>
        <source>%1 of %2 now has label %3. Print it with Ctrl+P.</source>
        <translation>%1 van %2 heeft nu label %3. Print het met Ctrl+P.</translation>
    </message>
    <message>
        <source>Choose a part with a label of its own first.</source>
        <translation>Kies eerst een onderdeel met een eigen label.</translation>
    </message>
    <message>
        <source>To link a label to a part, open Kit parts (Ctrl+2) and choose it.</source>
        <translation>Om een label aan een onderdeel te koppelen: open Onderdelen van de set (Ctrl+2) en kies het onderdeel.</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>elke %1 dagen</translation>
    </message>
    <message>
        <source>blocks lending</source>
        <translation>blokkeert uitlenen</translation>
    </message>
    <message>
        <source>warns</source>
        <translation>waarschuwt</translation>
    </message>
    <message>
        <source>no label of its own</source>
        <translation>geen eigen label</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>&amp;Maintenance plan (%1)</source>
        <translation>&amp;Onderhoudsplan (%1)</translation>
    </message>
    <message>
        <source>&amp;Kit parts (%1)</source>
        <translation>Onderdelen van de &amp;set (%1)</translation>
    </message>
    <message>
        <source>Maintenance and kit parts: %1</source>
        <translation>Onderhoud en onderdelen: %1</translation>
    </message>
    <message>
        <source>Recurring checks of every item of this product. A check is due its interval after it was last recorded; when it is overdue the desk warns, or refuses to lend the item when the check blocks lending (red).</source>
        <translation>Terugkerende controles van elk exemplaar van dit product. Een controle is weer aan de beurt zodra het interval sinds de laatst vastgelegde voorbij is; is hij te laat, dan waarschuwt de balie, of leent het exemplaar niet uit als de controle uitlenen blokkeert (rood).</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>When overdue</source>
        <translation>Als het te laat is</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Controle</translation>
    </message>
    <message>
        <source>What the desk &amp;shows</source>
        <translation>Wat de balie &amp;toont</translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation>&amp;Interval</translation>
    </message>
    <message>
        <source>empty: the usual name of the check</source>
        <translation>leeg: de gewone naam van de controle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&amp;Block lending while this check is overdue</source>
        <translation>Uitlenen &amp;blokkeren zolang deze controle te laat is</translation>
    </message>
    <message>
        <source>Save check (Ctrl+S)</source>
        <translation>Controle opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Remove check (Ctrl+D)</source>
        <translation>Controle verwijderen (Ctrl+D)</translation>
    </message>
    <message>
        <source>The parts are the product&apos;s accessories (change them under Edit product). A part with a label of its own is ticked by scanning it at check-out and check-in. Choose a part, then give it a new label or scan an unused pre-printed one.</source>
        <translation>De onderdelen zijn de accessoires van het product (wijzig ze bij Bewerken). Een onderdeel met een eigen label wordt bij uitlenen en innemen afgevinkt door het te scannen. Kies een onderdeel en geef het een nieuw label of scan een ongebruikt voorgedrukt label.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Exemplaar</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Own label</source>
        <translation>Eigen label</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New label (Ctrl+L)</source>
        <translation>Nieuw label (Ctrl+L)</translation>
    </message>
    <message>
        <source>Print label (Ctrl+P)</source>
        <translation>Label printen (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
</context>
</TS>
