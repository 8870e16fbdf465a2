<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import catalogue</source>
        <translation>Catalogus importeren</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Opnieuw inlezen</translation>
    </message>
    <message>
        <source>Read the same file again after correcting it</source>
        <translation>Lees hetzelfde bestand opnieuw in nadat u het hebt verbeterd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Fabrikant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Exemplaren</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Choose a catalogue file</source>
        <translation>Kies een catalogusbestand</translation>
    </message>
    <message>
        <source>Catalogue (*.csv *.xlsx)</source>
        <translation>Catalogus (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file with one product per line (name, maker, …).</source>
        <translation>Kies een CSV- of Excelbestand met één product per regel (naam, fabrikant, …).</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>columns not used: %1</source>
        <translation>kolommen niet gebruikt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product line(s) read</source>
        <translation>
            <numerusform>%n productregel gelezen</numerusform>
            <numerusform>%n productregels gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): correct the file, then press “Read again”</source>
        <translation>
            <numerusform>%n probleem: verbeter het bestand en kies daarna “Opnieuw inlezen”</numerusform>
            <numerusform>%n problemen: verbeter het bestand en kies daarna “Opnieuw inlezen”</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Geen problemen gevonden</translation>
    </message>
    <message>
        <source>Catalogue imported:</source>
        <translation>Catalogus geïmporteerd:</translation>
    </message>
    <message numerus="yes">
        <source>%n new product(s),</source>
        <translation>
            <numerusform>%n nieuw product,</numerusform>
            <numerusform>%n nieuwe producten,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated,</source>
        <translation>
            <numerusform>%n bijgewerkt,</numerusform>
            <numerusform>%n bijgewerkt,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s).</source>
        <translation>
            <numerusform>%n nieuw exemplaar.</numerusform>
            <numerusform>%n nieuwe exemplaren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneForm</name>
    <message>
        <source>The review form for phones could not start: %1</source>
        <translation>Het reviewformulier voor telefoons kon niet starten: %1</translation>
    </message>
</context>
<context>
    <name>PhoneLinkPanel</name>
    <message>
        <source>Review on the phone</source>
        <translation>Review op de telefoon</translation>
    </message>
    <message>
        <source>Your review on your phone</source>
        <translation>Uw review op uw telefoon</translation>
    </message>
    <message>
        <source>How did %1 work out? Scan this code with your phone&apos;s camera: the review form opens (about 5 minutes). Or type the address below.</source>
        <translation>Hoe ging het met %1? Scan deze code met de camera van uw telefoon: het reviewformulier opent (ongeveer 5 minuten). Of typ het adres hieronder.</translation>
    </message>
    <message>
        <source>The link works once, until %1.</source>
        <translation>De link werkt één keer, tot en met %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ResponseTab</name>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Link opened</source>
        <translation>Link geopend</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Review gegeven</translation>
    </message>
    <message>
        <source>of %1 returned loans</source>
        <translation>van %1 teruggebrachte uitleningen</translation>
    </message>
    <message>
        <source>Time to review</source>
        <translation>Tijd tot review</translation>
    </message>
    <message>
        <source>median days after the return</source>
        <translation>mediaan dagen na terugbrengen</translation>
    </message>
    <message>
        <source>Loans returned in</source>
        <translation>Uitleningen teruggebracht in</translation>
    </message>
    <message>
        <source>the last 12 months</source>
        <translation>de laatste 12 maanden</translation>
    </message>
    <message>
        <source>the last 3 months</source>
        <translation>de laatste 3 maanden</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>de hele periode</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Teruggebracht</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediaan dagen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Invited: an invitation e-mail was sent or a personal review link was issued (receipt, screen). Link opened: the link was opened on a phone. Reviewed: a review was given for the loan, at the desk or on a phone. Time to review: the median number of days from the return to the review.</source>
        <translation>Uitgenodigd: er is een uitnodiging per e-mail verstuurd of een persoonlijke reviewlink uitgegeven (bon, scherm). Link geopend: de link is op een telefoon geopend. Review gegeven: er is een review voor de uitlening gegeven, aan de balie of op een telefoon. Tijd tot review: het mediane aantal dagen van terugbrengen tot review.</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>Not applicable (key N)</source>
        <translation>Niet van toepassing (toets N)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>This answer is still missing.</source>
        <translation>Dit antwoord ontbreekt nog.</translation>
    </message>
    <message>
        <source>Discard this review?</source>
        <translation>Deze beoordeling weggooien?</translation>
    </message>
    <message>
        <source>Some answers are already filled in. Close the form without saving them?</source>
        <translation>Er zijn al antwoorden ingevuld. Het formulier sluiten zonder ze op te slaan?</translation>
    </message>
    <message>
        <source>Discard answers</source>
        <translation>Antwoorden weggooien</translation>
    </message>
    <message>
        <source>Keep filling in</source>
        <translation>Verder invullen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Review van %1</translation>
    </message>
    <message>
        <source>Label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>returned %1</source>
        <translation>teruggebracht %1</translation>
    </message>
    <message>
        <source>Keyboard: number keys pick an answer (effects: − then a number, N = not applicable), Tab goes to the next question, Ctrl+Enter saves, Esc cancels.</source>
        <translation>Toetsenbord: cijfertoetsen kiezen een antwoord (effecten: − en dan een cijfer, N = niet van toepassing), Tab gaat naar de volgende vraag, Ctrl+Enter slaat op, Esc annuleert.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name may be published</source>
        <translation>Naam mag gepubliceerd worden</translation>
    </message>
    <message>
        <source>Without consent the review is published under the organisation&apos;s name.</source>
        <translation>Zonder toestemming wordt de review gepubliceerd onder de naam van de organisatie.</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>from the location</source>
        <translation>van de locatie</translation>
    </message>
    <message>
        <source>Also fill in the usability questionnaire (SUS, 10 questions)</source>
        <translation>Ook de vragenlijst gebruiksvriendelijkheid invullen (SUS, 10 vragen)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* verplicht</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <source>Save review (Ctrl+Enter)</source>
        <translation>Review opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Fill in the name, or turn the consent off.</source>
        <translation>Vul de naam in, of zet de toestemming uit.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: %n answer(s) still need attention (marked in red).</source>
        <translation>
            <numerusform>Nog niet opgeslagen: %n antwoord vraagt nog aandacht (rood gemarkeerd).</numerusform>
            <numerusform>Nog niet opgeslagen: %n antwoorden vragen nog aandacht (rood gemarkeerd).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsScreen</name>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Review of %1 saved; it waits for moderation.</source>
        <translation>Review van %1 opgeslagen; die wacht nu op moderatie.</translation>
    </message>
    <message>
        <source>No review for %1 (%2); it left the list.</source>
        <translation>Geen review voor %1 (%2); de uitlening staat niet meer op de lijst.</translation>
    </message>
    <message>
        <source>No review selected</source>
        <translation>Geen review gekozen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>name may be published</source>
        <translation>naam mag gepubliceerd worden</translation>
    </message>
    <message>
        <source>name not published</source>
        <translation>naam wordt niet gepubliceerd</translation>
    </message>
    <message>
        <source>Overall rating %1 of 5</source>
        <translation>Algemeen oordeel %1 van 5</translation>
    </message>
    <message>
        <source>Published as: %1</source>
        <translation>Gepubliceerd als: %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>card code</source>
        <translation>pascode</translation>
    </message>
    <message>
        <source>Left out when published: %1</source>
        <translation>Weggelaten bij publicatie: %1</translation>
    </message>
    <message>
        <source>Review of %1 approved; it goes along with the next export.</source>
        <translation>Review van %1 goedgekeurd; die gaat mee met de volgende export.</translation>
    </message>
    <message>
        <source>Review of %1 rejected; it will not be published.</source>
        <translation>Review van %1 afgewezen; die wordt niet gepubliceerd.</translation>
    </message>
    <message>
        <source>Too few reviews for figures: %1 approved, at least %2 needed. Figures are shown from %2 reviews on, so no single reviewer can be recognised.</source>
        <translation>Te weinig reviews voor cijfers: %1 goedgekeurd, minstens %2 nodig. Cijfers verschijnen vanaf %2 reviews, zodat niemand afzonderlijk herkenbaar is.</translation>
    </message>
    <message>
        <source>%1 loans</source>
        <translation>%1 uitleningen</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Algemeen oordeel</translation>
    </message>
    <message>
        <source>out of 5</source>
        <translation>van 5</translation>
    </message>
    <message>
        <source>Usability (SUS)</source>
        <translation>Gebruiksvriendelijkheid (SUS)</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>cijfer %1</translation>
    </message>
    <message>
        <source>not enough SUS answers</source>
        <translation>te weinig SUS-antwoorden</translation>
    </message>
    <message>
        <source>Recommend (NPS)</source>
        <translation>Aanbevelen (NPS)</translation>
    </message>
    <message>
        <source>%1 promoters · %2 detractors</source>
        <translation>%1 promotors · %2 criticasters</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Werkdruk</translation>
    </message>
    <message>
        <source>−2 … +2</source>
        <translation>−2 … +2</translation>
    </message>
    <message>
        <source>Work pleasure</source>
        <translation>Werkplezier</translation>
    </message>
    <message>
        <source>Positive Health: effect for the client</source>
        <translation>Positieve Gezondheid: effect voor de cliënt</translation>
    </message>
    <message>
        <source>Overall rating: number of reviews per score</source>
        <translation>Algemeen oordeel: aantal reviews per score</translation>
    </message>
    <message>
        <source>Save export bundle</source>
        <translation>Exportbundel opslaan</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-bestanden (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the reviews and drawing the reports…</source>
        <translation>De reviews worden geëxporteerd en de rapporten getekend…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n approved review(s) to %1.</source>
        <translation>
            <numerusform>%n goedgekeurde review geëxporteerd naar %1.</numerusform>
            <numerusform>%n goedgekeurde reviews geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are about %n product(s).</source>
        <translation>
            <numerusform>Ze gaan over %n product.</numerusform>
            <numerusform>Ze gaan over %n producten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for a review (%1)</source>
        <translation>Nog te beoordelen (%1)</translation>
    </message>
    <message>
        <source>Moderation (%1)</source>
        <translation>Moderatie (%1)</translation>
    </message>
    <message>
        <source>Per product</source>
        <translation>Per product</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Catalogus importeren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Returned loans whose borrower has not given a review yet. Enter the review with the borrower (Enter), or mark that there will be none.</source>
        <translation>Teruggebrachte uitleningen waarvoor de lener nog geen review gaf. Vul de review samen met de lener in (Enter), of geef aan dat er geen komt.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Borrowed by</source>
        <translation>Geleend door</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Teruggebracht</translation>
    </message>
    <message>
        <source>Enter review</source>
        <translation>Review invoeren</translation>
    </message>
    <message>
        <source>No review</source>
        <translation>Geen review</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Check the free text before it is published: take out names of residents or anything that makes a person recognisable. Ratings cannot be changed.</source>
        <translation>Controleer de vrije tekst voordat die gepubliceerd wordt: haal namen van bewoners weg en alles waaraan iemand herkenbaar is. Beoordelingen zelf kunnen niet worden aangepast.</translation>
    </message>
    <message>
        <source>Moderated by</source>
        <translation>Gemodereerd door</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
</context>
</TS>
