<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Document</name>
    <message>
        <source>Borrower badge</source>
        <translation>Lenerspas</translation>
    </message>
    <message>
        <source>Loan slip</source>
        <translation>Uitleenbon</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation>Innamebewijs</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Uitlening</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Uitleningen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Lener</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Lenerspas</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Terug op</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>Geleend op</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Teruggebracht op</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>TE LAAT</translation>
    </message>
    <message>
        <source>late, due {due}</source>
        <translation>te laat, terug op {due}</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Meegegeven</translation>
    </message>
    <message>
        <source>Care and cleaning</source>
        <translation>Gebruik en reiniging</translation>
    </message>
    <message>
        <source>Condition at return</source>
        <translation>Staat bij inname</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Terug ontvangen</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Schade</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>compleet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Borrower&apos;s signature</source>
        <translation>Handtekening lener</translation>
    </message>
    <message>
        <source>Lending desk signature</source>
        <translation>Handtekening uitleenservice</translation>
    </message>
    <message>
        <source>Name and date</source>
        <translation>Naam en datum</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>These items are lent free of charge (Dutch Civil Code art. 7A:1777). The borrower takes good care of them, follows the care and cleaning instructions and returns the same item with all accessories by the due date. Report damage or loss to the lending desk at once.</source>
        <translation>Deze producten zijn in bruikleen gegeven (art. 7A:1777 BW). De lener gaat er zorgvuldig mee om, volgt de gebruiks- en reinigingsinstructies en brengt hetzelfde product met alle toebehoren uiterlijk op de terugbrengdatum terug. Meld schade of verlies direct bij de uitleenservice.</translation>
    </message>
    <message>
        <source>The lending desk took back the items above in the condition stated. An item is lent again only after its cleaning has been signed off.</source>
        <translation>De uitleenservice heeft de producten hierboven teruggenomen in de genoemde staat. Een product wordt pas weer uitgeleend nadat de reiniging is afgetekend.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Care technology review report</source>
        <translation>Reviewrapport zorgtechnologie</translation>
    </message>
    <message>
        <source>Care technology reviews overview</source>
        <translation>Overzicht reviews zorgtechnologie</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle producten</translation>
    </message>
    <message>
        <source>from</source>
        <translation>vanaf</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>all reviews to date</source>
        <translation>alle reviews tot nu toe</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Algemeen oordeel</translation>
    </message>
    <message>
        <source>out of 5 · n = {n}</source>
        <translation>van 5 · n = {n}</translation>
    </message>
    <message>
        <source>Usability</source>
        <translation>Gebruiksvriendelijkheid</translation>
    </message>
    <message>
        <source>SUS · grade {grade} · {verdict} · n = {n}</source>
        <translation>SUS · cijfer {grade} · {verdict} · n = {n}</translation>
    </message>
    <message>
        <source>Recommend (NPS)</source>
        <translation>Aanbevelen (NPS)</translation>
    </message>
    <message>
        <source>{p} · {pa} · {d}</source>
        <translation>{p} · {pa} · {d}</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>too few reviews (n = {n})</source>
        <translation>te weinig reviews (n = {n})</translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>nog geen antwoorden</translation>
    </message>
    <message>
        <source>There are no approved reviews for this product in this period yet.</source>
        <translation>Er zijn in deze periode nog geen goedgekeurde reviews voor dit product.</translation>
    </message>
    <message>
        <source>Positive Health: effect for the client, as judged by the professional</source>
        <translation>Positieve Gezondheid: effect voor de cliënt, volgens de professional</translation>
    </message>
    <message>
        <source>This is the professional&apos;s judgement of the effect on the client, not a self-report by the client. Mean effect the professionals saw, per dimension of Positive Health, from −2 (clearly negative) to +2 (clearly positive). The bold ring is ‘no effect’. ‘Not applicable’ is left out.</source>
        <translation>Dit is het oordeel van de professional over het effect voor de cliënt, geen zelfrapportage van de cliënt. Gemiddeld effect dat de professionals zagen, per dimensie van Positieve Gezondheid, van −2 (duidelijk negatief) tot +2 (duidelijk positief). De dikke lijn is ‘geen effect’. ‘Niet van toepassing’ telt niet mee.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gem.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>The area is drawn only when all six dimensions have enough answers.</source>
        <translation>Het vlak wordt pas getekend als alle zes dimensies genoeg antwoorden hebben.</translation>
    </message>
    <message>
        <source>Effect for the professional</source>
        <translation>Effect voor de professional</translation>
    </message>
    <message>
        <source>Spread of the answers; left of the centre line negative, right positive. For workload, positive means: less workload.</source>
        <translation>Verdeling van de antwoorden; links van de middenlijn negatief, rechts positief. Bij werkdruk betekent positief: minder werkdruk.</translation>
    </message>
    <message>
        <source>mean {mean} · n {n}</source>
        <translation>gem. {mean} · n {n}</translation>
    </message>
    <message>
        <source>Usability (System Usability Scale)</source>
        <translation>Gebruiksvriendelijkheid (System Usability Scale)</translation>
    </message>
    <message>
        <source>Mean SUS score &lt;b&gt;{mean}&lt;/b&gt; (sd {sd}; lowest {low}, highest {high}; n = {n}): grade &lt;b&gt;{grade}&lt;/b&gt; on the Sauro–Lewis curve, &lt;b&gt;{verdict}&lt;/b&gt;. SUS runs from 0 to 100 and is not a percentage; 68 is the average of many products studied.</source>
        <translation>Gemiddelde SUS-score &lt;b&gt;{mean}&lt;/b&gt; (sd {sd}; laagste {low}, hoogste {high}; n = {n}): cijfer &lt;b&gt;{grade}&lt;/b&gt; op de Sauro–Lewis-schaal, &lt;b&gt;{verdict}&lt;/b&gt;. De SUS loopt van 0 tot 100 en is geen percentage; 68 is het gemiddelde van veel onderzochte producten.</translation>
    </message>
    <message>
        <source>not acceptable|marginal|acceptable</source>
        <translation>niet acceptabel|matig|acceptabel</translation>
    </message>
    <message>
        <source>average product (68)</source>
        <translation>gemiddeld product (68)</translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>gemiddeld {mean}</translation>
    </message>
    <message>
        <source>Diamond: mean · box: mean ± 1 standard deviation · line: lowest to highest score.</source>
        <translation>Ruit: gemiddelde · kader: gemiddelde ± 1 standaardafwijking · lijn: laagste tot hoogste score.</translation>
    </message>
    <message>
        <source>Ratings per aspect</source>
        <translation>Oordeel per onderdeel</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Spread (low – high)</source>
        <translation>Verdeling (laag – hoog)</translation>
    </message>
    <message>
        <source>Context of use</source>
        <translation>Context van gebruik</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>{pct}%</source>
        <translation>{pct} %</translation>
    </message>
    <message>
        <source>Mean duration of use {mean} weeks (n = {n}).</source>
        <translation>Gebruiksduur gemiddeld {mean} weken (n = {n}).</translation>
    </message>
    <message>
        <source>On average {mean} clients per loan (n = {n}).</source>
        <translation>Gemiddeld {mean} cliënten per uitlening (n = {n}).</translation>
    </message>
    <message>
        <source>From practice</source>
        <translation>Uit de praktijk</translation>
    </message>
    <message>
        <source>Plus points</source>
        <translation>Pluspunten</translation>
    </message>
    <message>
        <source>Minus points</source>
        <translation>Minpunten</translation>
    </message>
    <message>
        <source>All approved reviews together: {pros} and {cons}.</source>
        <translation>Alle goedgekeurde reviews samen: {pros} en {cons}.</translation>
    </message>
    <message>
        <source>The approved reviews name no minus points.</source>
        <translation>In de goedgekeurde reviews zijn geen minpunten genoemd.</translation>
    </message>
    <message>
        <source>The approved reviews name no plus points.</source>
        <translation>In de goedgekeurde reviews zijn geen pluspunten genoemd.</translation>
    </message>
    <message>
        <source>Cleaning and practical tips</source>
        <translation>Schoonmaken en praktische tips</translation>
    </message>
    <message>
        <source>Cleaning protocol</source>
        <translation>Schoonmaakprotocol</translation>
    </message>
    <message>
        <source>Cleaning effort according to the reviews: mean {mean} on 1–5 (5 = no effort, n = {n}).</source>
        <translation>Moeite van het schoonmaken volgens de reviews: gemiddeld {mean} op 1–5 (5 = geen moeite, n = {n}).</translation>
    </message>
    <message>
        <source>Tips from colleagues</source>
        <translation>Tips van collega’s</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Over dit rapport</translation>
    </message>
    <message>
        <source>This report holds only reviews by care professionals that the lending service checked and approved; nothing was added or left out to flatter the picture: plus points, minus points and tips stand side by side. Names, e-mail addresses, phone numbers and card codes were taken out of free text. Means, spreads and percentages appear only from {min_n} answers on; below that the report says ‘too few reviews’. Reviewers are named only with their consent; otherwise a role and organisation that several reviewers share, or just ‘Care professional’. NPS = % promoters (9–10) − % detractors (0–6), from −100 to +100.</source>
        <translation>Dit rapport bevat alleen beoordelingen van zorgprofessionals die door de uitleenservice zijn gecontroleerd en goedgekeurd; er is niets aan toegevoegd of weggelaten om het beeld mooier te maken: pluspunten, minpunten en tips staan er naast elkaar in. Namen, e-mailadressen, telefoonnummers en pascodes zijn uit vrije tekst weggehaald. Gemiddelden, verdelingen en percentages staan er pas vanaf {min_n} antwoorden; daaronder staat ‘te weinig reviews’. Namen van reviewers staan er alleen met hun toestemming in; anders staat er een functie en organisatie die minstens enkele reviewers delen, of alleen ‘Zorgprofessional’. NPS = % promotors (9–10) − % criticasters (0–6), van −100 tot +100.</translation>
    </message>
    <message>
        <source>LendingDesk · {what} · made on {date}</source>
        <translation>LendingDesk · {what} · gemaakt op {date}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Uitleningen</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Oordeel (1–5)</translation>
    </message>
    <message>
        <source>SUS (0–100)</source>
        <translation>SUS (0–100)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>— = too few reviews to show a mean (fewer than {min_n}). Rating is the mean overall rating; SUS is the mean score with its Sauro–Lewis grade; NPS = % promoters − % detractors.</source>
        <translation>— = te weinig reviews om een gemiddelde te tonen (minder dan {min_n}). Oordeel is het gemiddelde algemene oordeel; SUS is de gemiddelde score met het Sauro–Lewis-cijfer; NPS = % promotors − % criticasters.</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n uitlening</numerusform>
            <numerusform>%n uitleningen</numerusform>
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
            <numerusform>%n promotor</numerusform>
            <numerusform>%n promotors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passive(s)</source>
        <translation>
            <numerusform>%n passief</numerusform>
            <numerusform>%n passieven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detractor(s)</source>
        <translation>
            <numerusform>%n criticaster</numerusform>
            <numerusform>%n criticasters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plus point(s)</source>
        <translation>
            <numerusform>%n pluspunt</numerusform>
            <numerusform>%n pluspunten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minus point(s)</source>
        <translation>
            <numerusform>%n minpunt</numerusform>
            <numerusform>%n minpunten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more tip(s).</source>
        <translation>
            <numerusform>En nog %n tip.</numerusform>
            <numerusform>En nog %n tips.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n producten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n professional(s) completed the SUS; a mean is shown from {min_n} on.</source>
        <translation>
            <numerusform>%n professional vulde de SUS volledig in; een gemiddelde verschijnt vanaf {min_n}.</numerusform>
            <numerusform>%n professionals vulden de SUS volledig in; een gemiddelde verschijnt vanaf {min_n}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are only %n approved review(s) so far. Means, spreads and charts appear from {min_n} reviews on, so that no single judgement can be traced or decides the picture.</source>
        <translation>
            <numerusform>Er is nog maar %n goedgekeurde review. Gemiddelden, verdelingen en grafieken verschijnen vanaf {min_n} reviews, zodat geen enkel oordeel herleidbaar is of het beeld alleen bepaalt.</numerusform>
            <numerusform>Er zijn nog maar %n goedgekeurde reviews. Gemiddelden, verdelingen en grafieken verschijnen vanaf {min_n} reviews, zodat geen enkel oordeel herleidbaar is of het beeld alleen bepaalt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n loan(s) ({pct}%)</source>
        <translation>
            <numerusform>na %n uitlening ({pct} %)</numerusform>
            <numerusform>na %n uitleningen ({pct} %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more plus point(s) in the export (reviews.csv).</source>
        <translation>
            <numerusform>En nog %n pluspunt in de export (reviews.csv).</numerusform>
            <numerusform>En nog %n pluspunten in de export (reviews.csv).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more minus point(s) in the export (reviews.csv).</source>
        <translation>
            <numerusform>En nog %n minpunt in de export (reviews.csv).</numerusform>
            <numerusform>En nog %n minpunten in de export (reviews.csv).</numerusform>
        </translation>
    </message>
</context>
</TS>
