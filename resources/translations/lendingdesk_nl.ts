<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AcceptConditionsDialog</name>
    <message>
        <source>Signing is on: first sign in the box.</source>
        <translation>Tekenen staat aan: eerst in het vak tekenen.</translation>
    </message>
    <message>
        <source>First the conditions: Enter when %1 agrees, Esc when not.</source>
        <translation>Eerst de voorwaarden: Enter als %1 akkoord is, Esc als dat niet zo is.</translation>
    </message>
    <message>
        <source>Loan conditions</source>
        <translation>Leenvoorwaarden</translation>
    </message>
    <message>
        <source>Before the first product goes out: %1 accepts the loan conditions, once for all products of this visit</source>
        <translation>Voordat het eerste product meegaat: %1 accepteert de leenvoorwaarden, één keer voor alle producten van dit bezoek</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo not loaded</source>
        <translation>Demo niet geladen</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Databasewachtwoord</translation>
    </message>
    <message>
        <source>Password for the shared database (user %1 on %2):</source>
        <translation>Wachtwoord voor de gedeelde database (gebruiker %1 op %2):</translation>
    </message>
    <message>
        <source>Scans are not being saved</source>
        <translation>Scans worden niet opgeslagen</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Reservekopie niet gemaakt</translation>
    </message>
    <message>
        <source>The automatic backup did not work: %1 Work at the desk continues as usual; tell the coordinator.</source>
        <translation>De automatische reservekopie is niet gelukt: %1 Het werk aan de balie gaat gewoon door; meld het de coördinator.</translation>
    </message>
    <message>
        <source>E-mails to borrowers not sent — %1 They are sent at the next try.</source>
        <translation>E-mails aan leners niet verstuurd — %1 Ze gaan bij de volgende poging.</translation>
    </message>
    <message>
        <source>LendingDesk cannot start</source>
        <translation>LendingDesk kan niet starten</translation>
    </message>
</context>
<context>
    <name>BorrowerPicker</name>
    <message>
        <source>Who borrows %1 (%2)?</source>
        <translation>Wie leent %1 (%2)?</translation>
    </message>
    <message>
        <source>Held for %1 (waiting list).</source>
        <translation>Vastgehouden voor %1 (wachtlijst).</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>Wie staat er aan de balie?</translation>
    </message>
    <message>
        <source>Choose a borrower</source>
        <translation>Kies een lener</translation>
    </message>
    <message>
        <source>Choose (Enter)</source>
        <translation>Kiezen (Enter)</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>niet actief</translation>
    </message>
    <message>
        <source>Who borrows it?</source>
        <translation>Wie leent het?</translation>
    </message>
    <message>
        <source>&amp;Name, team or card – or scan the borrower card</source>
        <translation>&amp;Naam, team of pas – of scan de lenerspas</translation>
    </message>
    <message>
        <source>Start typing a name…</source>
        <translation>Begin een naam te typen…</translation>
    </message>
    <message>
        <source>Borrowers found</source>
        <translation>Gevonden leners</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to lend, Esc to cancel.</source>
        <translation>↑ ↓ om te kiezen, Enter om uit te lenen, Esc om te annuleren.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <source>Lend to this borrower (Enter)</source>
        <translation>Uitlenen aan deze lener (Enter)</translation>
    </message>
</context>
<context>
    <name>CameraWindow</name>
    <message>
        <source>Camera scanning is not available in this build.</source>
        <translation>Scannen met de camera zit niet in deze versie van LendingDesk.</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam (it starts by itself), or scan with a scanner.</source>
        <translation>Geen camera gevonden. Sluit een webcam aan (die start dan vanzelf) of scan met een scanner.</translation>
    </message>
    <message>
        <source>Allow LendingDesk to use the camera.</source>
        <translation>Geef LendingDesk toestemming om de camera te gebruiken.</translation>
    </message>
    <message>
        <source>Access to the camera was refused. Allow it in the computer&apos;s privacy settings, then open the camera again.</source>
        <translation>De camera mag niet gebruikt worden. Sta het toe in de privacy-instellingen van de computer en open de camera opnieuw.</translation>
    </message>
    <message>
        <source>Starting the camera (%1)…</source>
        <translation>Camera wordt gestart (%1)…</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Camera: %1</translation>
    </message>
    <message>
        <source>The camera could not be started: another program is using it, or access was refused. Close that program (for example Teams), then open the camera again.</source>
        <translation>De camera kon niet starten: een ander programma gebruikt hem, of de toegang is geweigerd. Sluit dat programma (bijvoorbeeld Teams) en open de camera opnieuw.</translation>
    </message>
    <message>
        <source>The camera gives no picture. Another program may be using it (for example Teams), or its cover is closed. Close that program or open the cover, then open the camera again.</source>
        <translation>De camera geeft geen beeld. Misschien gebruikt een ander programma hem (bijvoorbeeld Teams), of het klepje is dicht. Sluit dat programma of open het klepje en open de camera opnieuw.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Gelezen: %1</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>Scannen met de camera</translation>
    </message>
    <message>
        <source>Hold the label inside the frame</source>
        <translation>Houd het label in het kader</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <source>Close (%1)</source>
        <translation>Sluiten (%1)</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Describe the damage to send it to maintenance.</source>
        <translation>Beschrijf de schade om het naar onderhoud te sturen.</translation>
    </message>
    <message>
        <source>Check in: %1</source>
        <translation>Innemen: %1</translation>
    </message>
    <message>
        <source>Check in %1 (%2)</source>
        <translation>%1 (%2) innemen</translation>
    </message>
    <message>
        <source>Lent to %1, due %2.</source>
        <translation>Uitgeleend aan %1, terug op %2.</translation>
    </message>
    <message>
        <source>This loan is overdue.</source>
        <translation>Deze uitlening is te laat.</translation>
    </message>
    <message>
        <source>&amp;Isolation / BRMO / infection: clean and disinfect this return</source>
        <translation>&amp;Isolatie / BRMO / infectie: dit item reinigen en desinfecteren</translation>
    </message>
    <message>
        <source>Afterwards it goes to the cleaning queue: clean, then disinfect.</source>
        <translation>Daarna gaat het naar de schoonmaakwachtrij: reinigen, daarna desinfecteren.</translation>
    </message>
    <message>
        <source>&amp;Keep it out of circulation until the missing parts are back</source>
        <translation>&amp;Uit de roulatie houden tot de ontbrekende onderdelen terug zijn</translation>
    </message>
    <message>
        <source>It went out without: %1.</source>
        <translation>Het is uitgeleend zonder: %1.</translation>
    </message>
    <message>
        <source>Note: this product is not meant for isolation rooms.</source>
        <translation>Let op: dit product is niet bedoeld voor isolatiekamers.</translation>
    </message>
    <message>
        <source>Afterwards it goes to the cleaning queue: %1</source>
        <translation>Daarna gaat het naar de schoonmaak: %1</translation>
    </message>
    <message>
        <source>Afterwards it goes to the queue under Cleaning for its device reset.</source>
        <translation>Daarna gaat het naar de wachtrij bij Schoonmaak voor de apparaat-reset.</translation>
    </message>
    <message>
        <source>No cleaning needed: it is available again at once.</source>
        <translation>Geen schoonmaak nodig: het is meteen weer beschikbaar.</translation>
    </message>
    <message>
        <source>It holds personal data: the device reset is signed off there too.</source>
        <translation>Het bevat persoonsgegevens: de apparaat-reset wordt daar ook afgetekend.</translation>
    </message>
    <message>
        <source>Check in, the professional reviews</source>
        <translation>Innemen, professional beoordeelt zelf</translation>
    </message>
    <message>
        <source>The desk shows the review full screen for the professional to fill in.</source>
        <translation>De balie toont de review schermvullend, zodat de professional hem zelf invult.</translation>
    </message>
    <message>
        <source>Send to &amp;maintenance: it stays out of circulation until repaired</source>
        <translation>Naar onder&amp;houd sturen: blijft uit de roulatie tot het gerepareerd is</translation>
    </message>
    <message>
        <source>Expected c&amp;ost (€)</source>
        <translation>Verwachte &amp;kosten (€)</translation>
    </message>
    <message>
        <source>e.g. 25,00</source>
        <translation>bijv. 25,00</translation>
    </message>
    <message>
        <source>Expected cost in euros</source>
        <translation>Verwachte kosten in euro</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Innemen</translation>
    </message>
    <message>
        <source>Checklist – untick what is missing</source>
        <translation>Controlelijst – vink uit wat ontbreekt</translation>
    </message>
    <message>
        <source>&amp;Charged / batteries full</source>
        <translation>&amp;Opgeladen / batterijen vol</translation>
    </message>
    <message>
        <source>This product has no accessories to check.</source>
        <translation>Dit product heeft geen accessoires om te controleren.</translation>
    </message>
    <message>
        <source>&amp;Damage or remarks (leave empty when all is well)</source>
        <translation>&amp;Schade of opmerkingen (leeg laten als alles in orde is)</translation>
    </message>
    <message>
        <source>e.g. scratch on the housing</source>
        <translation>bijv. kras op de behuizing</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <source>Check in and review now (Ctrl+R)</source>
        <translation>Innemen en nu beoordelen (Ctrl+R)</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>Innemen (Enter)</translation>
    </message>
</context>
<context>
    <name>CheckoutPartsDialog</name>
    <message>
        <source>Not there: %1. Scan or tick the parts, or choose to lend it without them.</source>
        <translation>Niet aanwezig: %1. Scan of vink de onderdelen aan, of kies ervoor het zonder die onderdelen uit te lenen.</translation>
    </message>
    <message>
        <source>Lend: %1</source>
        <translation>Uitlenen: %1</translation>
    </message>
    <message>
        <source>Hand over %1 (%2)</source>
        <translation>Meegeven: %1 (%2)</translation>
    </message>
    <message>
        <source>To %1. Scan the label of each part that has one, untick what is not there, then press Enter.</source>
        <translation>Aan %1. Scan het label van elk onderdeel dat er een heeft, vink uit wat er niet is en druk op Enter.</translation>
    </message>
    <message>
        <source>Parts – untick what is missing</source>
        <translation>Onderdelen – vink uit wat ontbreekt</translation>
    </message>
    <message>
        <source>Lend it &amp;without the missing parts</source>
        <translation>Uitlenen &amp;zonder de ontbrekende onderdelen</translation>
    </message>
    <message>
        <source>&amp;Lend</source>
        <translation>&amp;Uitlenen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <source>Coordinator code</source>
        <translation>Coördinatorcode</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>No coordinator code yet</source>
        <translation>Nog geen coördinatorcode</translation>
    </message>
    <message>
        <source>Set a code now</source>
        <translation>Nu een code instellen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>To %1, enter the coordinator code:</source>
        <translation>Om %1, voer de coördinatorcode in:</translation>
    </message>
    <message>
        <source>To %1 a coordinator code is needed, but none has been set yet. The coordinator chooses one (at least 6 characters) for all desks; it can also be set with “lendingdesk coordinator set-pin”. Set it now?</source>
        <translation>Om %1 is een coördinatorcode nodig, maar er is nog geen code ingesteld. De coördinator kiest er een (minstens 6 tekens, geen reeks of herhaling) voor alle balies; dat kan ook met “lendingdesk coordinator set-pin”. Nu instellen?</translation>
    </message>
    <message>
        <source>Choose the coordinator code (at least 6 characters):</source>
        <translation>Kies de coördinatorcode (minstens 6 tekens):</translation>
    </message>
    <message>
        <source>Enter the same code again:</source>
        <translation>Voer dezelfde code nog eens in:</translation>
    </message>
    <message>
        <source>The two codes are not the same. Nothing was changed; try again.</source>
        <translation>De twee codes zijn niet hetzelfde. Er is niets gewijzigd; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>%1 is being processed. You can keep scanning; scans are handled in order.</source>
        <translation>%1 wordt verwerkt. U kunt gewoon doorscannen; de scans worden op volgorde afgehandeld.</translation>
    </message>
    <message numerus="yes">
        <source>%n more scan(s) waiting.</source>
        <translation>
            <numerusform>Nog %n scan wacht.</numerusform>
            <numerusform>Nog %n scans wachten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Already lent: %1</source>
        <translation>Al uitgeleend: %1</translation>
    </message>
    <message>
        <source>%1 was scanned twice; it is lent to %2 in this session.</source>
        <translation>%1 is twee keer gescand; het is in deze sessie al uitgeleend aan %2.</translation>
    </message>
    <message>
        <source>Kept: %1 lent to %2</source>
        <translation>Bewaard: %1 uitgeleend aan %2</translation>
    </message>
    <message>
        <source>Kept: %1 taken back</source>
        <translation>Bewaard: %1 ingenomen</translation>
    </message>
    <message>
        <source>No connection to the database. The scan is saved on this PC and is processed as soon as the connection is back.</source>
        <translation>Geen verbinding met de database. De scan is op deze pc bewaard en wordt verwerkt zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Scan the products to lend. Finish with F10 or scan the card again.</source>
        <translation>Scan de producten om uit te lenen. Rond af met F10 of scan de pas nog een keer.</translation>
    </message>
    <message>
        <source>Has overdue loans: please ask about them.</source>
        <translation>Heeft te late uitleningen: vraag er even naar.</translation>
    </message>
    <message>
        <source>Waiting list: %1 (%2) is kept for them until %3. Scan it to lend it.</source>
        <translation>Wachtlijst: %1 (%2) wordt voor deze collega bewaard tot %3. Scan het om het uit te lenen.</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welkom, %1</translation>
    </message>
    <message>
        <source>Lent: %1</source>
        <translation>Uitgeleend: %1</translation>
    </message>
    <message>
        <source>%1 · return by %2 · to %3</source>
        <translation>%1 · terugbrengen uiterlijk %2 · aan %3</translation>
    </message>
    <message>
        <source>Lent incomplete: %1 missing. Tell the borrower; the part is on the list to find or re-order.</source>
        <translation>Onvolledig uitgeleend: %1 ontbreekt. Zeg het de lener; het onderdeel staat op de lijst om te zoeken of na te bestellen.</translation>
    </message>
    <message>
        <source>Hand over: %1.</source>
        <translation>Meegeven: %1.</translation>
    </message>
    <message>
        <source>Maintenance overdue: %1. Have it checked at the return and record it under Cleaning → Maintenance.</source>
        <translation>Onderhoud te laat: %1. Laat het bij terugkomst nakijken en leg het vast bij Schoonmaak → Onderhoudscontroles.</translation>
    </message>
    <message>
        <source>Session closed after 2 minutes without a scan</source>
        <translation>Sessie gesloten na 2 minuten zonder scan</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sessie afgerond</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) lent to %1.</source>
        <translation>
            <numerusform>%n product uitgeleend aan %1.</numerusform>
            <numerusform>%n producten uitgeleend aan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the loan slip with Ctrl+P.</source>
        <translation>Druk de uitleenbon af met Ctrl+P.</translation>
    </message>
    <message>
        <source>Nothing was lent to %1.</source>
        <translation>Er is niets uitgeleend aan %1.</translation>
    </message>
    <message>
        <source>Nothing lent</source>
        <translation>Niets uitgeleend</translation>
    </message>
    <message>
        <source>%1 did not accept the loan conditions, so nothing is lent. Returns are fine; questions about the conditions go to the coordinator.</source>
        <translation>%1 heeft de leenvoorwaarden niet geaccepteerd, dus er wordt niets uitgeleend. Terugbrengen kan wel; vragen over de voorwaarden gaan naar de coördinator.</translation>
    </message>
    <message>
        <source>Loan conditions accepted for this visit.</source>
        <translation>Leenvoorwaarden geaccepteerd voor dit bezoek.</translation>
    </message>
    <message>
        <source>Conditions not stored</source>
        <translation>Voorwaarden niet opgeslagen</translation>
    </message>
    <message>
        <source>%1: the loans are registered, the acceptance is not. %2</source>
        <translation>%1: de leningen zijn geregistreerd, de acceptatie niet. %2</translation>
    </message>
    <message>
        <source>No borrower was chosen.</source>
        <translation>Er is geen lener gekozen.</translation>
    </message>
    <message>
        <source>%1 stays here.</source>
        <translation>%1 blijft hier.</translation>
    </message>
    <message>
        <source>Check-in cancelled</source>
        <translation>Innemen geannuleerd</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Ingenomen: %1</translation>
    </message>
    <message>
        <source>%1 stays out of circulation until it is complete.</source>
        <translation>%1 blijft uit de roulatie tot het compleet is.</translation>
    </message>
    <message>
        <source>%1 goes to maintenance.</source>
        <translation>%1 gaat naar onderhoud.</translation>
    </message>
    <message>
        <source>%1 goes to the cleaning queue.</source>
        <translation>%1 gaat naar de schoonmaak.</translation>
    </message>
    <message>
        <source>%1 is available again and kept for %2 (waiting list): put it aside.</source>
        <translation>%1 is weer beschikbaar en wordt bewaard voor %2 (wachtlijst): leg het apart.</translation>
    </message>
    <message>
        <source>%1 is available again.</source>
        <translation>%1 is weer beschikbaar.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Ontbreekt: %1.</translation>
    </message>
    <message>
        <source>Damage: %1.</source>
        <translation>Schade: %1.</translation>
    </message>
    <message>
        <source>Review saved</source>
        <translation>Beoordeling opgeslagen</translation>
    </message>
    <message>
        <source>Thank you. The review waits for moderation before it is published.</source>
        <translation>Dank je wel. De beoordeling wacht op moderatie voordat hij gepubliceerd wordt.</translation>
    </message>
    <message>
        <source>Undone: %1 was not lent</source>
        <translation>Ongedaan: %1 is niet uitgeleend</translation>
    </message>
    <message>
        <source>%1 is no longer lent to %2; it is available again.</source>
        <translation>%1 is niet meer uitgeleend aan %2 en weer beschikbaar.</translation>
    </message>
    <message>
        <source>Undone: %1 was not returned</source>
        <translation>Ongedaan: %1 is niet ingenomen</translation>
    </message>
    <message>
        <source>%1 is on loan to %2 again.</source>
        <translation>%1 is weer uitgeleend aan %2.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <source>The session of %1 is finished; Ctrl+Z only undoes the last scan of the current session. To take a product back, scan it.</source>
        <translation>De sessie van %1 is afgerond; Ctrl+Z maakt alleen de laatste scan van de lopende sessie ongedaan. Een product terugnemen: scan het.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes the last scan of the current session.</source>
        <translation>Ctrl+Z maakt de laatste scan van de lopende sessie ongedaan.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Dit kan niet</translation>
    </message>
    <message>
        <source>Before that: %1</source>
        <translation>Daarvoor: %1</translation>
    </message>
    <message>
        <source>Ready for a scan</source>
        <translation>Klaar voor een scan</translation>
    </message>
    <message>
        <source>Scan a borrower card, or a product to take it back.</source>
        <translation>Scan een lenerspas, of een product om het in te nemen.</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nog niemand</translation>
    </message>
    <message>
        <source>Scan a borrower card to start lending, or scan a product to take it back.</source>
        <translation>Scan een lenerspas om uit te lenen, of scan een product om het in te nemen.</translation>
    </message>
    <message>
        <source>Open loans</source>
        <translation>Lopende uitleningen</translation>
    </message>
    <message>
        <source>Open loans: %1</source>
        <translation>Lopende uitleningen: %1</translation>
    </message>
    <message>
        <source>(%1 overdue)</source>
        <translation>(%1 te laat)</translation>
    </message>
    <message>
        <source>The session ends by itself after 2 minutes without a scan.</source>
        <translation>De sessie sluit vanzelf na 2 minuten zonder scan.</translation>
    </message>
    <message>
        <source>Scan or type a code</source>
        <translation>Scan of typ een code</translation>
    </message>
    <message>
        <source>LD… product label or LP… borrower card</source>
        <translation>LD… productlabel of LP… lenerspas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Aan de balie</translation>
    </message>
    <message>
        <source>Lent in this session</source>
        <translation>Uitgeleend in deze sessie</translation>
    </message>
    <message>
        <source>Choose borrower (F2)</source>
        <translation>Lener kiezen (F2)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Print loan slip (Ctrl+P)</source>
        <translation>Uitleenbon afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Finish (F10)</source>
        <translation>Afronden (F10)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to LendingDesk</source>
        <translation>Welkom bij LendingDesk</translation>
    </message>
    <message>
        <source>The database is still empty. How would you like to start?</source>
        <translation>De database is nog leeg. Hoe wilt u beginnen?</translation>
    </message>
    <message>
        <source>&amp;Start with the demo catalogue</source>
        <translation>&amp;Beginnen met de democatalogus</translation>
    </message>
    <message>
        <source>28 care-technology products, borrowers and a loan history, to try everything out. You can erase it later.</source>
        <translation>28 zorgtechnologieproducten, leners en een uitleengeschiedenis, om alles uit te proberen. U kunt dit later wissen.</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>&amp;Leeg beginnen</translation>
    </message>
    <message>
        <source>Then add your products under Catalogue, or import a spreadsheet.</source>
        <translation>Voeg daarna uw producten toe bij Catalogus, of importeer een spreadsheet.</translation>
    </message>
</context>
<context>
    <name>LoanLinesModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>Terug uiterlijk</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(te laat)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Borrowers</source>
        <translation>Leners</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Uitleningen</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reserveringen</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Schoonmaak</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Inventarisatie</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>No connection to the database — scans are being kept (%1)</source>
        <translation>Geen verbinding met de database — scans worden bewaard (%1)</translation>
    </message>
    <message>
        <source>Connection restored</source>
        <translation>Verbinding hersteld</translation>
    </message>
    <message>
        <source>The kept scans were processed; %1 could not be applied.</source>
        <translation>De bewaarde scans zijn verwerkt; %1 kon(den) niet worden doorgevoerd.</translation>
    </message>
    <message>
        <source>All kept scans were processed.</source>
        <translation>Alle bewaarde scans zijn verwerkt.</translation>
    </message>
    <message>
        <source>Close the open window first, then scan again.</source>
        <translation>Sluit eerst het open venster en scan dan opnieuw.</translation>
    </message>
    <message>
        <source>No scanner seen on this computer yet: press %1 to scan with the webcam.</source>
        <translation>Nog geen scanner gezien op deze computer: druk op %1 om met de webcam te scannen.</translation>
    </message>
    <message>
        <source>Camera scanning is not available on this computer.</source>
        <translation>Scannen met de camera kan niet op deze computer.</translation>
    </message>
    <message>
        <source>%1 on loan · %2 overdue · %3 to clean</source>
        <translation>%1 uitgeleend · %2 te laat · %3 schoon te maken</translation>
    </message>
    <message>
        <source>no location chosen</source>
        <translation>geen locatie gekozen</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Balie: %1</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>niemand genoemd</translation>
    </message>
    <message>
        <source>At the desk: %1</source>
        <translation>Aan de balie: %1</translation>
    </message>
    <message>
        <source>Change who is at the desk (%1)</source>
        <translation>Wijzigen wie er aan de balie staat (%1)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>LendingDesk – lending desk</source>
        <translation>LendingDesk – uitleenbalie</translation>
    </message>
    <message>
        <source>Camera (%1)</source>
        <translation>Camera (%1)</translation>
    </message>
    <message>
        <source>Scan labels and cards with the webcam (%1)</source>
        <translation>Labels en passen scannen met de webcam (%1)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>LendingDesk</source>
        <translation>LendingDesk</translation>
    </message>
    <message>
        <source>Lending service for care technology</source>
        <translation>Uitleenservice zorgtechnologie</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Schermen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
</context>
<context>
    <name>NoticesSettingsDialog</name>
    <message>
        <source>E-mail notices</source>
        <translation>E-mails aan leners</translation>
    </message>
    <message>
        <source>Send e-mails to borrowers (invitations and reminders)</source>
        <translation>E-mails sturen aan leners (uitnodigingen en herinneringen)</translation>
    </message>
    <message>
        <source>Mail server and sender</source>
        <translation>Mailserver en afzender</translation>
    </message>
    <message>
        <source>Which e-mails, and when</source>
        <translation>Welke e-mails, en wanneer</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Naam organisatie</translation>
    </message>
    <message>
        <source>Desk contact</source>
        <translation>Contact uitleenbalie</translation>
    </message>
    <message>
        <source>Work e-mail domains</source>
        <translation>Domeinen werk-e-mail</translation>
    </message>
    <message>
        <source>Review invitation after (days)</source>
        <translation>Reviewuitnodiging na (dagen)</translation>
    </message>
    <message>
        <source>Review reminder after (days)</source>
        <translation>Herinnering review na (dagen)</translation>
    </message>
    <message>
        <source>Reminder before the due date (days)</source>
        <translation>Herinnering vóór inleverdag (dagen)</translation>
    </message>
    <message>
        <source>Send every (minutes)</source>
        <translation>Versturen elke (minuten)</translation>
    </message>
    <message>
        <source>e.g. desk Lindehof, 0182 123 456</source>
        <translation>bijv. balie Lindehof, 0182 123 456</translation>
    </message>
    <message>
        <source>e.g. zorg.example (empty: any address)</source>
        <translation>bijv. zorg.example (leeg: elk adres)</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>meteen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>On the due day</source>
        <translation>Op de inleverdag</translation>
    </message>
    <message>
        <source>When a loan is overdue</source>
        <translation>Als een uitlening te laat is</translation>
    </message>
    <message>
        <source>When a reservation is ready</source>
        <translation>Als een reservering klaarstaat</translation>
    </message>
    <message>
        <source>When a waiting-list item is kept</source>
        <translation>Als een product voor de wachtlijst klaarligt</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>bewaard in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>No password needed without a user name in the server address.</source>
        <translation>Geen wachtwoord nodig zonder gebruikersnaam in het serveradres.</translation>
    </message>
    <message>
        <source>The password is in the system keyring. Type a new one to change it.</source>
        <translation>Het wachtwoord staat in de sleutelbos van het systeem. Typ een nieuw om het te wijzigen.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is kept only until the desk closes.</source>
        <translation>Deze computer heeft geen sleutelbos: het wachtwoord wordt alleen bewaard tot de balie sluit.</translation>
    </message>
    <message>
        <source>Type the password once; it is kept in the system keyring.</source>
        <translation>Typ het wachtwoord één keer; het wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
</context>
<context>
    <name>PartsChecklist</name>
    <message>
        <source>(scan its label %1)</source>
        <translation>(scan het label %1)</translation>
    </message>
    <message>
        <source>— on the list of missing parts</source>
        <translation>— staat op de lijst van ontbrekende onderdelen</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This screen could not be opened. The desk itself works as usual.</source>
        <translation>Dit scherm kon niet worden geopend. De balie zelf werkt gewoon.</translation>
    </message>
    <message>
        <source>This part of LendingDesk is not installed yet.</source>
        <translation>Dit deel van LendingDesk is nog niet geïnstalleerd.</translation>
    </message>
</context>
<context>
    <name>ScanRouting</name>
    <message>
        <source>That is a product label (%1).</source>
        <translation>Dit is een productlabel (%1).</translation>
    </message>
    <message>
        <source>That is a borrower card (%1).</source>
        <translation>Dit is een lenerspas (%1).</translation>
    </message>
    <message>
        <source>That is not a LendingDesk code.</source>
        <translation>Dit is geen LendingDesk-code.</translation>
    </message>
    <message>
        <source>Scan a product label or a borrower card here.</source>
        <translation>Scan hier een productlabel of een lenerspas.</translation>
    </message>
    <message>
        <source>Scan a product label here.</source>
        <translation>Scan hier een productlabel.</translation>
    </message>
    <message>
        <source>Scan a borrower card here.</source>
        <translation>Scan hier een lenerspas.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>E-mail notices…</source>
        <translation>E-mails aan leners…</translation>
    </message>
    <message>
        <source>(no location chosen)</source>
        <translation>(geen locatie gekozen)</translation>
    </message>
    <message>
        <source>Ask each time (save as PDF)</source>
        <translation>Elke keer vragen (opslaan als pdf)</translation>
    </message>
    <message>
        <source>Only the label code (e.g. LD0000427)</source>
        <translation>Alleen de labelcode (bijv. LD0000427)</translation>
    </message>
    <message>
        <source>A platform web address with the code</source>
        <translation>Een webadres van het platform met de code</translation>
    </message>
    <message>
        <source>S&amp;canner adds</source>
        <translation>S&amp;canner voegt toe</translation>
    </message>
    <message>
        <source>before each code</source>
        <translation>vóór elke code</translation>
    </message>
    <message>
        <source>after it</source>
        <translation>erna</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>Desk contact (for self-service)</source>
        <translation>Contact van de balie (voor zelfbediening)</translation>
    </message>
    <message>
        <source>e.g. Anna, coordinator, 06 12345678</source>
        <translation>bijv. Anna, coördinator, 06 12345678</translation>
    </message>
    <message>
        <source>Self-service, conditions</source>
        <translation>Zelfbediening, voorwaarden</translation>
    </message>
    <message>
        <source> s idle: ends</source>
        <translation> s stil: stopt</translation>
    </message>
    <message>
        <source>Conditions not asked</source>
        <translation>Voorwaarden niet gevraagd</translation>
    </message>
    <message>
        <source>Conditions: tick</source>
        <translation>Voorwaarden: aanvinken</translation>
    </message>
    <message>
        <source>Conditions: sign</source>
        <translation>Voorwaarden: tekenen</translation>
    </message>
    <message>
        <source>The loan conditions are asked once per visit, before the first product goes out: at self-service and at this desk when it is staffed. Tick: at the staffed desk the professional says yes and you press Enter. Sign: on the screen.</source>
        <translation>De leenvoorwaarden worden één keer per bezoek gevraagd, voordat het eerste product meegaat: bij zelfbediening en aan deze balie als die bemand is. Aanvinken: aan de bemande balie zegt de zorgprofessional ja en drukt u op Enter. Tekenen: op het scherm.</translation>
    </message>
    <message>
        <source>Conditions text…</source>
        <translation>Tekst voorwaarden…</translation>
    </message>
    <message>
        <source>Save and start self-service</source>
        <translation>Opslaan en zelfbediening starten</translation>
    </message>
    <message>
        <source>Review on &amp;phones</source>
        <translation>Review op &amp;telefoon</translation>
    </message>
    <message>
        <source>Serve the review form on this network</source>
        <translation>Het reviewformulier op dit netwerk aanbieden</translation>
    </message>
    <message>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <source>Show the QR code after check-in</source>
        <translation>QR-code tonen na het innemen</translation>
    </message>
    <message>
        <source>As set for each product</source>
        <translation>Zoals ingesteld per product</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>The platform address must contain {tag} where the label code goes, e.g. https://platform.example/item/{tag}.</source>
        <translation>Het platformadres moet {tag} bevatten op de plek van de labelcode, bijv. https://platform.example/item/{tag}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Deze balie</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>&amp;Naam van de balie</translation>
    </message>
    <message>
        <source>Staffed &amp;by</source>
        <translation>&amp;Bemand door</translation>
    </message>
    <message>
        <source>Your name, for the history of each loan</source>
        <translation>Uw naam, voor de geschiedenis van elke uitlening</translation>
    </message>
    <message>
        <source>Default loan &amp;period</source>
        <translation>Standaard &amp;uitleentermijn</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Printing and labels</source>
        <translation>Afdrukken en labels</translation>
    </message>
    <message>
        <source>Label &amp;printer</source>
        <translation>Label&amp;printer</translation>
    </message>
    <message>
        <source>Loan &amp;slip printer</source>
        <translation>Printer voor &amp;uitleenbonnen</translation>
    </message>
    <message>
        <source>&amp;QR code holds</source>
        <translation>&amp;QR-code bevat</translation>
    </message>
    <message>
        <source>Platform &amp;URL</source>
        <translation>Platform-&amp;URL</translation>
    </message>
    <message>
        <source>https://platform.example/item/{tag}</source>
        <translation>https://platform.example/item/{tag}</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Wie staat er aan de balie?</translation>
    </message>
    <message>
        <source>Who is at the desk today?</source>
        <translation>Wie staat er vandaag aan de balie?</translation>
    </message>
    <message>
        <source>Type your name or choose it from the list. The audit log then shows who lent, took in, cleaned or approved what. No code is needed; you can change it in the status bar (%1).</source>
        <translation>Typ uw naam of kies hem uit de lijst. Het logboek laat dan zien wie wat heeft uitgeleend, ingenomen, schoongemaakt of goedgekeurd. Een code is niet nodig; u wijzigt de naam onderin de statusbalk (%1).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
</context>
</TS>
