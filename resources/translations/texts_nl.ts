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
        <source>Lent without</source>
        <translation>Uitgeleend zonder</translation>
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
    <message>
        <source>Signed for the items on this slip: {tags}.</source>
        <translation>Getekend voor de producten op deze bon: {tags}.</translation>
    </message>
    <message>
        <source>Loan conditions (version {version}) accepted on {when}, {how}.</source>
        <translation>Leenvoorwaarden (versie {version}) geaccepteerd op {when}, {how}.</translation>
    </message>
    <message>
        <source>ticked on the screen</source>
        <translation>aangevinkt op het scherm</translation>
    </message>
    <message>
        <source>signed on the screen</source>
        <translation>getekend op het scherm</translation>
    </message>
    <message>
        <source>Acceptance of the loan conditions</source>
        <translation>Acceptatie van de leenvoorwaarden</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Geaccepteerd op</translation>
    </message>
    <message>
        <source>Conditions version</source>
        <translation>Versie voorwaarden</translation>
    </message>
    <message>
        <source>0 (built-in text)</source>
        <translation>0 (standaardtekst)</translation>
    </message>
    <message>
        <source>Use conditions</source>
        <translation>Gebruiksvoorwaarden</translation>
    </message>
    <message>
        <source>Hygiene instruction</source>
        <translation>Hygiëne-instructie</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptatie</translation>
    </message>
    <message>
        <source>Accepted by ticking on the desk&apos;s screen (self-service).</source>
        <translation>Geaccepteerd door aanvinken op het scherm van de balie (zelfbediening).</translation>
    </message>
    <message>
        <source>Signed on the desk&apos;s screen (self-service).</source>
        <translation>Getekend op het scherm van de balie (zelfbediening).</translation>
    </message>
    <message>
        <source>Agreed to aloud at the staffed lending desk (use conditions, hygiene instruction and privacy notice); recorded by {witness}.</source>
        <translation>Mondeling akkoord gegeven aan de bemande uitleenbalie (gebruiksvoorwaarden, hygiëne-instructie en privacyverklaring); vastgelegd door {witness}.</translation>
    </message>
    <message>
        <source>Signed on the desk&apos;s screen at the staffed lending desk, with {witness}.</source>
        <translation>Getekend op het scherm van de bemande uitleenbalie, bij {witness}.</translation>
    </message>
    <message>
        <source>agreed to aloud at the desk</source>
        <translation>mondeling akkoord gegeven aan de balie</translation>
    </message>
    <message>
        <source>Your review on your phone</source>
        <translation>Uw review op uw telefoon</translation>
    </message>
    <message>
        <source>How did {product} work out? Scan the code with your phone&apos;s camera or type the address below. The link works once, until {date}.</source>
        <translation>Hoe ging het met {product}? Scan de code met de camera van uw telefoon of typ het adres hieronder. De link werkt één keer, tot en met {date}.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>How did {product} work out? Give your review</source>
        <translation>Hoe ging het met {product}? Geef uw review</translation>
    </message>
    <message>
        <source>You returned {product} ({tag}). Thank you!</source>
        <translation>U heeft {product} ({tag}) teruggebracht. Bedankt!</translation>
    </message>
    <message>
        <source>Would you tell us how it went? Your experience helps colleagues choose the care technology that works. It takes a few minutes, on your phone too.</source>
        <translation>Wilt u vertellen hoe het ging? Uw ervaring helpt collega&apos;s kiezen welke zorgtechnologie werkt. Het invullen duurt een paar minuten, ook op uw telefoon.</translation>
    </message>
    <message>
        <source>Reminder: your review of {product}</source>
        <translation>Herinnering: uw review van {product}</translation>
    </message>
    <message>
        <source>A while ago you returned {product} ({tag}). We have not received your experience yet; there is still time.</source>
        <translation>Een tijdje geleden heeft u {product} ({tag}) teruggebracht. We hebben uw ervaring nog niet ontvangen; het kan nog steeds.</translation>
    </message>
    <message>
        <source>This is the only reminder you will get about it.</source>
        <translation>Dit is de enige herinnering die u hierover krijgt.</translation>
    </message>
    <message>
        <source>{product} is due back on {due}</source>
        <translation>{product} moet {due} terug</translation>
    </message>
    <message>
        <source>You borrowed {product} ({tag}). Please bring it back to the lending desk by {due}, with its charger and all accessories.</source>
        <translation>U heeft {product} ({tag}) geleend. Breng het uiterlijk {due} terug naar de uitleenbalie, met de lader en alle onderdelen.</translation>
    </message>
    <message>
        <source>Do you need it longer? Ask the desk to renew the loan.</source>
        <translation>Heeft u het langer nodig? Vraag aan de balie om te verlengen.</translation>
    </message>
    <message>
        <source>{product} is due back today</source>
        <translation>{product} moet vandaag terug</translation>
    </message>
    <message>
        <source>You borrowed {product} ({tag}); it is due back at the lending desk today ({due}), with its charger and all accessories.</source>
        <translation>U heeft {product} ({tag}) geleend; het moet vandaag ({due}) terug naar de uitleenbalie, met de lader en alle onderdelen.</translation>
    </message>
    <message>
        <source>{product} was due back on {due}</source>
        <translation>{product} had {due} terug moeten zijn</translation>
    </message>
    <message>
        <source>You borrowed {product} ({tag}); it was due back on {due}. A colleague may be waiting for it.</source>
        <translation>U heeft {product} ({tag}) geleend; het had {due} terug moeten zijn. Een collega wacht er misschien op.</translation>
    </message>
    <message>
        <source>Please bring it back as soon as you can, or ask the desk to renew the loan.</source>
        <translation>Breng het zo snel mogelijk terug, of vraag aan de balie om te verlengen.</translation>
    </message>
    <message>
        <source>Your reservation is ready: {product}</source>
        <translation>Uw reservering staat klaar: {product}</translation>
    </message>
    <message>
        <source>{product} is ready for you at the lending desk (reserved from {start} to {end}).</source>
        <translation>{product} staat voor u klaar aan de uitleenbalie (gereserveerd van {start} tot en met {end}).</translation>
    </message>
    <message>
        <source>Bring your card; the desk scans it and you can take the product with you.</source>
        <translation>Neem uw pas mee; de balie scant die en u kunt het meenemen.</translation>
    </message>
    <message>
        <source>Your turn on the waiting list: {product}</source>
        <translation>Uw beurt op de wachtlijst: {product}</translation>
    </message>
    <message>
        <source>{product} ({tag}) is back at the lending desk and kept for you until {until}.</source>
        <translation>{product} ({tag}) is terug bij de uitleenbalie en wordt voor u bewaard tot {until}.</translation>
    </message>
    <message>
        <source>Bring your card; the desk scans it and you can take the product with you. After that time it goes to the next colleague on the waiting list.</source>
        <translation>Neem uw pas mee; de balie scant die en u kunt het meenemen. Na die tijd gaat het naar de volgende collega op de wachtlijst.</translation>
    </message>
    <message>
        <source>No longer needed? Tell the desk, so a colleague gets it sooner.</source>
        <translation>Niet meer nodig? Laat het de balie weten, dan krijgt een collega het eerder.</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>Beste {name},</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
    <message>
        <source>Questions? Contact the lending desk: {contact}</source>
        <translation>Vragen? Neem contact op met de uitleenbalie: {contact}</translation>
    </message>
    <message>
        <source>No longer want these e-mails? Reply to this message with &apos;unsubscribe&apos;, or tell the desk.</source>
        <translation>Wilt u deze e-mails niet meer ontvangen? Antwoord op dit bericht met &apos;afmelden&apos;, of zeg het aan de balie.</translation>
    </message>
    <message>
        <source>This message was sent automatically by LendingDesk.</source>
        <translation>Dit bericht is automatisch verstuurd door LendingDesk.</translation>
    </message>
    <message>
        <source>Give your review through this personal link (for you only):</source>
        <translation>Geef uw review via deze persoonlijke link (alleen voor u):</translation>
    </message>
    <message>
        <source>Give your review</source>
        <translation>Review geven</translation>
    </message>
    <message>
        <source>Or open this personal link (for you only):</source>
        <translation>Of open deze persoonlijke link (alleen voor u):</translation>
    </message>
    <message>
        <source>Drop by the lending desk: they will hand you a QR code for the review form on your phone.</source>
        <translation>Kom even langs de uitleenbalie: daar krijgt u een QR-code voor het reviewformulier op uw telefoon.</translation>
    </message>
    <message>
        <source>Unsubscribe from the lending desk&apos;s e-mails</source>
        <translation>Afmelden voor e-mails van de uitleenbalie</translation>
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
        <source>Hygiene report</source>
        <translation>Hygiënerapport</translation>
    </message>
    <message>
        <source>Cleaning, disinfection and device reset between users</source>
        <translation>Reiniging, desinfectie en apparaat-reset tussen gebruikers</translation>
    </message>
    <message>
        <source>Period {start} to {end}</source>
        <translation>Periode {start} t/m {end}</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>alle locaties</translation>
    </message>
    <message>
        <source>Made on {at}</source>
        <translation>Gemaakt op {at}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Innames</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Aftekeningen</translation>
    </message>
    <message>
        <source>Cleanings</source>
        <translation>Reinigingen</translation>
    </message>
    <message>
        <source>Disinfections</source>
        <translation>Desinfecties</translation>
    </message>
    <message>
        <source>Device resets</source>
        <translation>Apparaat-resets</translation>
    </message>
    <message>
        <source>Returns from isolation</source>
        <translation>Retour uit isolatie</translation>
    </message>
    <message>
        <source>Second checks</source>
        <translation>Tweede controles</translation>
    </message>
    <message>
        <source>{approved} approved, {refused} rejected, {waiting} waiting</source>
        <translation>{approved} goedgekeurd, {refused} afgekeurd, {waiting} wachtend</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Afwijkingen</translation>
    </message>
    <message>
        <source>No deviations in this period.</source>
        <translation>Geen afwijkingen in deze periode.</translation>
    </message>
    <message>
        <source>No sign-offs in this period.</source>
        <translation>Geen aftekeningen in deze periode.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
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
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Second check</source>
        <translation>Tweede controle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>LendingDesk – hygiene report {place}</source>
        <translation>LendingDesk – hygiënerapport {place}</translation>
    </message>
    <message>
        <source>waiting for {span}</source>
        <translation>wacht al {span}</translation>
    </message>
    <message>
        <source>still to do: {parts}</source>
        <translation>nog te doen: {parts}</translation>
    </message>
    <message>
        <source>{span} after the return</source>
        <translation>{span} na inname</translation>
    </message>
    <message>
        <source>Late: signed off more than {hours} hours after the return.</source>
        <translation>Te laat: later afgetekend dan {hours} uur na inname.</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} uur</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dagen</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>reiniging</translation>
    </message>
    <message>
        <source>disinfection</source>
        <translation>desinfectie</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reset</translation>
    </message>
    <message>
        <source>second check</source>
        <translation>tweede controle</translation>
    </message>
    <message>
        <source>asked, waiting</source>
        <translation>gevraagd, wacht</translation>
    </message>
    <message>
        <source>approved: {by}</source>
        <translation>goed: {by}</translation>
    </message>
    <message>
        <source>rejected: {by}</source>
        <translation>afgekeurd: {by}</translation>
    </message>
    <message>
        <source>return from isolation / BRMO</source>
        <translation>retour uit isolatie / BRMO</translation>
    </message>
    <message>
        <source>second check rejected</source>
        <translation>tweede controle afgekeurd</translation>
    </message>
    <message>
        <source>signed off late</source>
        <translation>te laat afgetekend</translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>niet afgetekend</translation>
    </message>
    <message>
        <source>lent without a sign-off</source>
        <translation>uitgeleend zonder aftekening</translation>
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
    <message>
        <source>Response to review invitations</source>
        <translation>Respons op reviewuitnodigingen</translation>
    </message>
    <message>
        <source>Per product</source>
        <translation>Per product</translation>
    </message>
    <message>
        <source>Per team</source>
        <translation>Per team</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Teruggebracht</translation>
    </message>
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
        <source>Median days to review</source>
        <translation>Mediaan dagen tot review</translation>
    </message>
    <message>
        <source>Invited: an invitation e-mail sent or a personal review link issued. Opened: the review link was opened. Reviewed: there is a review for the loan (also while it is being moderated). Percentages of the loans returned in the period. Teams with fewer than {k} loans are counted together under ‘Other teams’.</source>
        <translation>Uitgenodigd: een uitnodiging per e-mail verstuurd of een persoonlijke reviewlink uitgegeven. Geopend: de reviewlink is geopend. Review gegeven: er is een review voor de uitlening (ook als die nog gemodereerd wordt). Percentages van de teruggebrachte uitleningen in de periode. Teams met minder dan {k} uitleningen staan samen onder ‘Overige teams’.</translation>
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
    <message>
        <source>Stock-take</source>
        <translation>Inventarisatie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Gedaan door</translation>
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
        <source>Registered as on loan</source>
        <translation>Staat als uitgeleend</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Scanned as</source>
        <translation>Gescand als</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>In their place, counted per product; every code is in the CSV export.</source>
        <translation>Op hun plaats, per product geteld; elke code staat in de CSV-export.</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Geregistreerd op</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Applied: {moved} moved here, {checked_in} checked in (to cleaning), {found_again} no longer lost.</source>
        <translation>Toegepast: {moved} hierheen verplaatst, {checked_in} ingenomen (naar schoonmaak), {found_again} niet langer vermist.</translation>
    </message>
    <message>
        <source>Recorded only; nothing was moved or checked in.</source>
        <translation>Alleen vastgelegd; er is niets verplaatst of ingenomen.</translation>
    </message>
    <message>
        <source>Missing: registered here and not on loan, lost or retired, but not scanned. Look for them, or report them lost.</source>
        <translation>Ontbreekt: hier geregistreerd en niet uitgeleend, vermist of afgeschreven, maar niet gescand. Zoek ze, of meld ze als vermist.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) in the period</source>
        <translation>
            <numerusform>%n uitlening in de periode</numerusform>
            <numerusform>%n uitleningen in de periode</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Unexpected error ({name}); details are in {log}. Try again; if it keeps happening, report it to the administrator with the command you gave.</source>
        <translation>Onverwachte fout ({name}); de details staan in {log}. Probeer het opnieuw; blijft het gebeuren, meld het dan bij de beheerder met de opdracht die u gaf.</translation>
    </message>
    <message>
        <source>The text given with {option} holds characters that are not UTF-8; set the terminal to UTF-8 and type it again.</source>
        <translation>De tekst bij {option} bevat tekens die geen UTF-8 zijn; zet de terminal op UTF-8 en typ hem opnieuw.</translation>
    </message>
    <message>
        <source>the following arguments are required: {what}</source>
        <translation>dit ontbreekt nog: {what}</translation>
    </message>
    <message>
        <source>one of the arguments {what} is required</source>
        <translation>geef één van: {what}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {what}</source>
        <translation>onbekende argumenten: {what}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {what}</source>
        <translation>optie {option} is niet eenduidig: {what}</translation>
    </message>
    <message>
        <source>argument {name}: invalid choice: {value} (choose from {what})</source>
        <translation>{name}: ongeldige keuze {value} (kies uit {what})</translation>
    </message>
    <message>
        <source>argument {name}: expected one argument</source>
        <translation>{name}: hier hoort één waarde bij</translation>
    </message>
    <message>
        <source>argument {name}: expected at least one argument</source>
        <translation>{name}: hier hoort minstens één waarde bij</translation>
    </message>
    <message>
        <source>argument {name}: not allowed with argument {other}</source>
        <translation>{name} kan niet samen met {other}</translation>
    </message>
    <message>
        <source>argument {name}: not a whole number: {value}</source>
        <translation>{name}: “{value}” is geen geheel getal</translation>
    </message>
    <message>
        <source>argument {name}: must be from {low} to {high}</source>
        <translation>{name}: kies een getal van {low} tot en met {high}</translation>
    </message>
    <message>
        <source>argument {name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>see `{prog} --help`</source>
        <translation>zie `{prog} --help`</translation>
    </message>
    <message>
        <source>argument {name}: invalid value: {value}</source>
        <translation>{name}: ongeldige waarde {value}</translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <source>Give a file name with --out, not a folder (now: “{value}”).</source>
        <translation>Geef een bestandsnaam bij --out, geen map (nu: “{value}”).</translation>
    </message>
    <message>
        <source>Give a file name ending in {suffix} (now: {target}).</source>
        <translation>Geef een bestandsnaam die eindigt op {suffix} (nu: {target}).</translation>
    </message>
    <message>
        <source>Folder {parent} does not exist; create it first or choose another folder.</source>
        <translation>Map {parent} bestaat niet; maak hem eerst of kies een andere map.</translation>
    </message>
    <message>
        <source>That file name is too long (over 255 characters); choose a shorter one.</source>
        <translation>Die bestandsnaam is te lang (meer dan 255 tekens); kies een kortere.</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>bestaat niet</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>is een map</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <source>name too long</source>
        <translation>naam te lang</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>read-only disk</source>
        <translation>alleen-lezen schijf</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>bestaat al</translation>
    </message>
    <message>
        <source>File {name}: {reason}. Choose another file or folder.</source>
        <translation>Bestand {name}: {reason}. Kies een ander bestand of een andere map.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}.</source>
        <translation>Een bestand kon niet gelezen of geschreven worden: {reason}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; use YYYY-MM-DD, for example 2026-12-01.</source>
        <translation>“{value}” is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-12-01.</translation>
    </message>
    <message>
        <source>{day} is outside LendingDesk&apos;s range (1900 up to and including 2999).</source>
        <translation>{day} ligt buiten het bereik van LendingDesk (1900 tot en met 2999).</translation>
    </message>
    <message>
        <source>no file can be made there</source>
        <translation>daar kan geen bestand gemaakt worden</translation>
    </message>
    <message>
        <source>Cannot write to {value} ({detail}); choose another folder.</source>
        <translation>Kan niet schrijven naar {value} ({detail}); kies een andere map.</translation>
    </message>
</context>
<context>
    <name>cli.core</name>
    <message>
        <source>Backups from here work for a SQLite file; use pg_dump for PostgreSQL.</source>
        <translation>Een reservekopie maken kan hier alleen van een SQLite-bestand; gebruik pg_dump voor PostgreSQL.</translation>
    </message>
    <message>
        <source>Erasing {name} ({badge}) cannot be undone; confirm with --yes.</source>
        <translation>Wissen van {name} ({badge}) kan niet ongedaan worden gemaakt; bevestig met --yes.</translation>
    </message>
    <message>
        <source>Everything erased, the audit log too ({audit_events} entries). {kept} Everything is in the backup {backup}.</source>
        <translation>Alles gewist, ook het logboek ({audit_events} regels). {kept} Alles staat in de reservekopie {backup}.</translation>
    </message>
    <message>
        <source>The coordinator code is kept.</source>
        <translation>De coördinatorcode is bewaard.</translation>
    </message>
    <message>
        <source>Demo loaded: {summary}</source>
        <translation>Demo geladen: {summary}</translation>
    </message>
    <message>
        <source>Database unreachable. Kept in the scan journal: {value}. It is applied by lendingdesk journal --replay, or by the desk once the connection is back.</source>
        <translation>Database niet bereikbaar. Bewaard in het scanjournaal: {value}. Het wordt verwerkt met lendingdesk journal --replay, of door de balie zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Checked out: {product} ({tag}) to {borrower}, due {due_on}. Loan {id}.</source>
        <translation>Uitgeleend: {product} ({tag}) aan {borrower}, terug op {due_on}. Uitlening {id}.</translation>
    </message>
    <message>
        <source>Checked in: {product} ({tag}) from {borrower}, to cleaning.</source>
        <translation>Ingenomen: {product} ({tag}) van {borrower}, naar schoonmaak.</translation>
    </message>
    <message>
        <source>Checked in: {product} ({tag}) from {borrower}, available again.</source>
        <translation>Ingenomen: {product} ({tag}) van {borrower}, weer beschikbaar.</translation>
    </message>
    <message>
        <source>Missing: {missing}.</source>
        <translation>Ontbreekt: {missing}.</translation>
    </message>
    <message>
        <source>Cleaning signed off: {name} ({tag}) is available again.</source>
        <translation>Schoonmaak afgetekend: {name} ({tag}) is weer beschikbaar.</translation>
    </message>
    <message>
        <source>Renewed until {due}.</source>
        <translation>Verlengd tot {due}.</translation>
    </message>
    <message>
        <source>{tag}: {status}.</source>
        <translation>{tag}: {status}.</translation>
    </message>
    <message>
        <source>Database is up to date (version {after}).</source>
        <translation>Database is al bijgewerkt (versie {after}).</translation>
    </message>
    <message>
        <source> Backup: {backup}</source>
        <translation> Reservekopie: {backup}</translation>
    </message>
    <message>
        <source>Database upgraded from {value} to {after}.{note}</source>
        <translation>Database bijgewerkt van {value} naar {after}.{note}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>Backup written: {target}</source>
        <translation>Reservekopie geschreven: {target}</translation>
    </message>
    <message>
        <source>Personal data of {badge} erased; name taken out of {redacted} text(s), {reviews_withdrawn} review(s) withdrawn.</source>
        <translation>Persoonsgegevens van {badge} gewist; naam uit {redacted} tekst(en) gehaald, {reviews_withdrawn} review(s) teruggetrokken.</translation>
    </message>
    <message>
        <source>{detail} Or give --steps-done when every step was done.</source>
        <translation>{detail} Of geef --steps-done als elke stap gedaan is.</translation>
    </message>
    <message>
        <source>Signed off: {name} ({tag}); still to do: {value}.</source>
        <translation>Afgetekend: {name} ({tag}); nog te doen: {value}.</translation>
    </message>
</context>
<context>
    <name>cli.documents</name>
    <message>
        <source>Give --template and --out (see --list-templates for the label media).</source>
        <translation>Geef --template en --out (zie --list-templates voor de labelsoorten).</translation>
    </message>
    <message>
        <source>Choose which labels: --items, --all, --new or --blank N.</source>
        <translation>Kies welke labels: --items, --all, --new of --blank N.</translation>
    </message>
    <message>
        <source>There are no active borrowers.</source>
        <translation>Er zijn geen actieve leners.</translation>
    </message>
    <message>
        <source>There are no labels to make.</source>
        <translation>Er zijn geen labels om te maken.</translation>
    </message>
    <message>
        <source>With --template custom give --grid columns,rows,width,height,left,top (mm), optionally followed by column pitch,row pitch.</source>
        <translation>Geef bij --template custom ook --grid kolommen,rijen,breedte,hoogte,links,boven (mm), eventueel gevolgd door kolomafstand,rijafstand.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) on {pages}: {out}</source>
        <translation>
            <numerusform>%n label op {pages}: {out}</numerusform>
            <numerusform>%n labels op {pages}: {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s): {out}</source>
        <translation>
            <numerusform>%n pas: {out}</numerusform>
            <numerusform>%n passen: {out}</numerusform>
        </translation>
    </message>
    <message>
        <source>Slip: {out}</source>
        <translation>Bon: {out}</translation>
    </message>
</context>
<context>
    <name>cli.exchange</name>
    <message>
        <source>--until is before --since; swap the dates.</source>
        <translation>--until ligt vóór --since; draai de data om.</translation>
    </message>
    <message>
        <source>Review report {data}: {reviews} approved reviews, {pages} page(s): {out}</source>
        <translation>Reviewrapport {data}: {reviews} goedgekeurde reviews, {pages} pagina(&apos;s): {out}</translation>
    </message>
    <message>
        <source>Overview, {pages} page(s): {out}</source>
        <translation>Overzicht, {pages} pagina(&apos;s): {out}</translation>
    </message>
    <message>
        <source>Export done: {reviews} approved reviews of {products} products, {files} files: {out}</source>
        <translation>Export klaar: {reviews} goedgekeurde reviews van {products} producten, {files} bestanden: {out}</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>regel {line}: </translation>
    </message>
    <message>
        <source>line {line}: column &apos;{column}&apos;: </source>
        <translation>regel {line}: kolom &apos;{column}&apos;: </translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %n line(s) with errors. Correct the file and try again.</source>
        <translation>
            <numerusform>Niets geïmporteerd: %n regel met fouten. Verbeter het bestand en probeer opnieuw.</numerusform>
            <numerusform>Niets geïmporteerd: %n regels met fouten. Verbeter het bestand en probeer opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note — {note}</source>
        <translation>Let op — {note}</translation>
    </message>
    <message>
        <source>Dry run (nothing changed): {products_created} new products, {products_updated} updated, {items_created} items, {categories_created} new categories.</source>
        <translation>Proef (er is niets veranderd): {products_created} nieuwe producten, {products_updated} bijgewerkt, {items_created} exemplaren, {categories_created} nieuwe categorieën.</translation>
    </message>
    <message>
        <source>Imported: {products_created} new products, {products_updated} updated, {items_created} items, {categories_created} new categories.</source>
        <translation>Geïmporteerd: {products_created} nieuwe producten, {products_updated} bijgewerkt, {items_created} exemplaren, {categories_created} nieuwe categorieën.</translation>
    </message>
    <message>
        <source>New labels: {tags} … {tags2} (print them with `lendingdesk labels --new`).</source>
        <translation>Nieuwe labels: {tags} … {tags2} (druk ze af met `lendingdesk labels --new`).</translation>
    </message>
</context>
<context>
    <name>cli.hygiene</name>
    <message>
        <source>Give --out a file name ending in .pdf or .csv (now: {out}).</source>
        <translation>Geef bij --out een bestandsnaam die eindigt op .pdf of .csv (nu: {out}).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Hygiene report {start} to {end}: {lines} sign-offs, {deviations} deviations; {what} in {target}.</source>
        <translation>Hygiënerapport {start} t/m {end}: {lines} aftekeningen, {deviations} afwijkingen; {what} in {target}.</translation>
    </message>
</context>
<context>
    <name>cli.kits</name>
    <message>
        <source>Part “{part}” now has label {code}.</source>
        <translation>Onderdeel “{part}” heeft nu label {code}.</translation>
    </message>
</context>
<context>
    <name>cli.maintenance</name>
    <message>
        <source>{rows} checks within {days} days or overdue; {overdue} overdue.</source>
        <translation>{rows} controles binnen {days} dagen of te laat; {overdue} te laat.</translation>
    </message>
    <message>
        <source>Give with --by the name of who did the check (one line, at most 120 characters).</source>
        <translation>Geef met --by de naam van wie de controle deed (één regel, hoogstens 120 tekens).</translation>
    </message>
    <message>
        <source>The result must be one line of text (at most 500 characters).</source>
        <translation>Het resultaat moet één regel tekst zijn (hoogstens 500 tekens).</translation>
    </message>
    <message>
        <source> (cost € {euros}.{cents})</source>
        <translation> (kosten € {euros},{cents})</translation>
    </message>
    <message>
        <source>Check {check} of {tag} recorded by {by}{cost}.</source>
        <translation>Controle {check} van {tag} vastgelegd door {by}{cost}.</translation>
    </message>
    <message>
        <source>The label must be one line of text (at most 120 characters).</source>
        <translation>Het label moet één regel tekst zijn (hoogstens 120 tekens).</translation>
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
        <source>{product}: check {key} ({label}) every {interval_days} days; when overdue it {effect}.</source>
        <translation>{product}: controle {key} ({label}) elke {interval_days} dagen; te laat {effect}.</translation>
    </message>
    <message>
        <source>{product}: check {key} stopped; the checks recorded stay.</source>
        <translation>{product}: controle {key} gestopt; de vastgelegde controles blijven bewaard.</translation>
    </message>
</context>
<context>
    <name>cli.notices</name>
    <message>
        <source>invitation</source>
        <translation>reviewuitnodiging</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>herinnering review</translation>
    </message>
    <message>
        <source>predue</source>
        <translation>herinnering inleverdatum</translation>
    </message>
    <message>
        <source>due</source>
        <translation>inleverdag</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>reservering klaar</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>wachtlijst</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>geen e-mailadres</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>not a work address</source>
        <translation>geen werkadres</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <source>would send</source>
        <translation>zou gaan</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>niet verstuurd</translation>
    </message>
    <message>
        <source>not mailed</source>
        <translation>niet gemaild</translation>
    </message>
    <message>
        <source>E-mails not sent: {error}. Nothing was marked as sent; the next run tries again.</source>
        <translation>E-mails niet verstuurd: {error}. Er is niets als verstuurd gemarkeerd; de volgende keer wordt het opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>{count} e-mail(s) refused by the mail server; see the list.</source>
        <translation>{count} e-mail(s) geweigerd door de mailserver; zie de lijst.</translation>
    </message>
    <message>
        <source>E-mails are off (settings, E-mail); nothing was sent.</source>
        <translation>E-mails staan uit (instellingen, E-mail); er is niets verstuurd.</translation>
    </message>
    <message>
        <source>Dry run: {due} e-mail(s) would go now; {skipped} not mailed.</source>
        <translation>Proefrun: {due} e-mail(s) zouden nu gaan; {skipped} niet gemaild.</translation>
    </message>
    <message>
        <source>{sent} e-mail(s) sent; {skipped} not mailed.</source>
        <translation>{sent} e-mail(s) verstuurd; {skipped} niet gemaild.</translation>
    </message>
    <message>
        <source>No mail server is set yet (settings, E-mail, or LENDINGDESK_SMTP).</source>
        <translation>Er is nog geen mailserver ingesteld (instellingen, E-mail, of LENDINGDESK_SMTP).</translation>
    </message>
    <message>
        <source>{server} has no user name, so it needs no password.</source>
        <translation>{server} heeft geen gebruikersnaam, dus geen wachtwoord nodig.</translation>
    </message>
    <message>
        <source>No password given: type it in a terminal (it is not shown).</source>
        <translation>Geen wachtwoord gekregen: typ het in een terminal (het wordt niet getoond).</translation>
    </message>
    <message>
        <source>The password for {account} is in the system keyring.</source>
        <translation>Het wachtwoord voor {account} staat in de sleutelbos van het systeem.</translation>
    </message>
</context>
<context>
    <name>cli.reliability</name>
    <message>
        <source>{source} is fine (schema {revision}). Restoring replaces the current database; confirm with --yes.</source>
        <translation>{source} is in orde (schema {revision}). Terugzetten vervangt de huidige database; bevestig met --yes.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the code on; give it on stdin with --pin-stdin.</source>
        <translation>Er is geen terminal om de code te vragen; geef de code via stdin met --pin-stdin.</translation>
    </message>
    <message>
        <source>The two codes differ. Try again.</source>
        <translation>De twee codes verschillen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Coordinator code saved.</source>
        <translation>Coördinatorcode opgeslagen.</translation>
    </message>
    <message>
        <source>Backup made: {path}</source>
        <translation>Reservekopie gemaakt: {path}</translation>
    </message>
    <message>
        <source>{count} rows exported to {csv}.</source>
        <translation>{count} regels geëxporteerd naar {csv}.</translation>
    </message>
    <message>
        <source>No offline scans.</source>
        <translation>Geen offline scans.</translation>
    </message>
</context>
<context>
    <name>cli.reviews</name>
    <message>
        <source>Answers file {name} cannot be read; save it as UTF-8 text.</source>
        <translation>Antwoordenbestand {name} kan niet gelezen worden; sla het op als UTF-8-tekst.</translation>
    </message>
    <message>
        <source>Answers file {name} does not exist.</source>
        <translation>Antwoordenbestand {name} bestaat niet.</translation>
    </message>
    <message>
        <source>Answers file {name} is over 1 MB; a review fits in a few KB.</source>
        <translation>Antwoordenbestand {name} is groter dan 1 MB; een review past in een paar KB.</translation>
    </message>
    <message>
        <source>Answers file {name} must be one JSON object, item → answer, for example {&quot;overall&quot;: 4}.</source>
        <translation>Antwoordenbestand {name} moet één JSON-object zijn, vraag → antwoord, bijvoorbeeld {&quot;overall&quot;: 4}.</translation>
    </message>
    <message>
        <source>unknown items</source>
        <translation>onbekende vragen</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>buiten bereik</translation>
    </message>
    <message>
        <source>wrong kind of answer</source>
        <translation>verkeerd soort antwoord</translation>
    </message>
    <message>
        <source>not a valid choice</source>
        <translation>geen geldige keuze</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>te lang</translation>
    </message>
    <message>
        <source>partly filled block</source>
        <translation>half ingevuld blok</translation>
    </message>
    <message>
        <source>missing answers</source>
        <translation>ontbrekende antwoorden</translation>
    </message>
    <message>
        <source>Review not saved — {problems}. See `lendingdesk instruments`.</source>
        <translation>Review niet opgeslagen — {problems}. Zie `lendingdesk instruments`.</translation>
    </message>
    <message>
        <source>Answers file {name} is not valid JSON: line {lineno}, column {colno}: {msg}.</source>
        <translation>Antwoordenbestand {name} is geen geldige JSON: regel {lineno}, kolom {colno}: {msg}.</translation>
    </message>
    <message>
        <source>Answers file {name}: {exc} is not a usable number as an answer.</source>
        <translation>Antwoordenbestand {name}: {exc} is geen bruikbaar getal als antwoord.</translation>
    </message>
    <message>
        <source>* = required (in an optional block: required once the block is filled in)</source>
        <translation>* = verplicht (in een optioneel blok: verplicht zodra het blok is ingevuld)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optioneel)</translation>
    </message>
    <message>
        <source>Review {id} saved for {product} (loan {loan_id}): rating {rating}{sus}. Awaiting moderation.</source>
        <translation>Review {id} opgeslagen voor {product} (uitlening {loan_id}): oordeel {rating}{sus}. Wacht op moderatie.</translation>
    </message>
    <message>
        <source> ({fields} edited)</source>
        <translation> ({fields} aangepast)</translation>
    </message>
    <message>
        <source>Review {id} ({product}) approved{edited}.</source>
        <translation>Review {id} ({product}) goedgekeurd{edited}.</translation>
    </message>
    <message>
        <source>Review {id} ({product}) rejected; it will not be published.</source>
        <translation>Review {id} ({product}) afgewezen; hij wordt niet gepubliceerd.</translation>
    </message>
    <message>
        <source>Loan {loan_id}: no review; taken off the waiting list.</source>
        <translation>Uitlening {loan_id}: geen review; van de wachtlijst gehaald.</translation>
    </message>
</context>
<context>
    <name>cli.stocktake</name>
    <message>
        <source>Stock-take {location}: {scanned} scanned; {found} found, {missing} missing, {wrong_place} in the wrong place, {on_loan} registered as on loan, {unknown} unknown.</source>
        <translation>Inventarisatie {location}: {scanned} gescand; {found} gevonden, {missing} ontbreken, {wrong_place} op de verkeerde plek, {on_loan} staan als uitgeleend, {unknown} onbekend.</translation>
    </message>
    <message>
        <source>Nothing changed; run with --apply to move, check in and record.</source>
        <translation>Niets veranderd; voer uit met --apply om te verplaatsen, in te nemen en vast te leggen.</translation>
    </message>
    <message>
        <source>Applied and recorded: {moved} moved here, {checked_in} checked in (to cleaning), {found_again} no longer lost.</source>
        <translation>Toegepast en vastgelegd: {moved} hierheen verplaatst, {checked_in} ingenomen (naar schoonmaak), {found_again} niet langer vermist.</translation>
    </message>
</context>
<context>
    <name>cli.web</name>
    <message>
        <source>“{text}” is not an address to listen on. Give an IP address of this computer (127.0.0.1 behind a proxy, 0.0.0.0 for all networks) or a host name.</source>
        <translation>“{text}” is geen adres om op te luisteren. Geef een IP-adres van deze computer (127.0.0.1 achter een proxy, 0.0.0.0 voor alle netwerken) of een hostnaam.</translation>
    </message>
    <message>
        <source>“{text}” is not an IP address; give the reverse proxy&apos;s address with --trusted-proxy, for example 127.0.0.1.</source>
        <translation>“{text}” is geen IP-adres; geef bij --trusted-proxy het adres van de reverse proxy, bijvoorbeeld 127.0.0.1.</translation>
    </message>
    <message>
        <source>Review form listening on {url} (database: {label}). Ctrl+C stops.</source>
        <translation>Reviewformulier luistert op {url} (database: {label}). Ctrl+C stopt.</translation>
    </message>
    <message>
        <source>Review form stopped.</source>
        <translation>Reviewformulier gestopt.</translation>
    </message>
    <message>
        <source>Review link for loan {loan_id} (one-time, valid until {when}):
{url}</source>
        <translation>Reviewlink voor uitlening {loan_id} (eenmalig, geldig tot {when}):
{url}</translation>
    </message>
    <message>
        <source>Review links: {base_url}/r/…, valid for {valid_days} days.</source>
        <translation>Reviewlinks: {base_url}/r/…, {valid_days} dagen geldig.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>--reset only empties a SQLite file. A shared PostgreSQL database is emptied by its administrator with the server&apos;s own tools, after a pg_dump.</source>
        <translation>--reset wist alleen een SQLite-bestand. Een gedeelde PostgreSQL-database leegt de beheerder met de eigen hulpmiddelen van de server, na een pg_dump.</translation>
    </message>
    <message>
        <source>The database already holds data. Use --reset to erase everything and load the demo.</source>
        <translation>De database bevat al gegevens. Gebruik --reset om alles te wissen en de demo te laden.</translation>
    </message>
    <message>
        <source>Counts: --products 1 to {products}, --loans 0 to {loans}. Nothing was changed.</source>
        <translation>Aantallen: --products 1 tot {products}, --loans 0 tot {loans}. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>documents.badges</name>
    <message>
        <source>badges</source>
        <translation>lenerspassen</translation>
    </message>
</context>
<context>
    <name>documents.card</name>
    <message>
        <source> for &apos;{text}&apos;</source>
        <translation> voor &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>The label is too small: there is no room{what} next to the QR code. Choose a larger label.</source>
        <translation>Het etiket is te klein: naast de QR-code is geen ruimte{what}. Kies een groter etiket.</translation>
    </message>
</context>
<context>
    <name>documents.labels</name>
    <message>
        <source>labels</source>
        <translation>etiketten</translation>
    </message>
</context>
<context>
    <name>documents.model</name>
    <message>
        <source>item tag</source>
        <translation>productcode</translation>
    </message>
    <message>
        <source>badge code</source>
        <translation>lenerspascode</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a valid {what}.</source>
        <translation>&apos;{code}&apos; is geen geldige {what}.</translation>
    </message>
    <message>
        <source>A loan slip needs at least one item.</source>
        <translation>Een uitleenbon heeft minstens één product nodig.</translation>
    </message>
    <message>
        <source>Unknown language &apos;{lang}&apos;: choose nl or en.</source>
        <translation>Onbekende taal &apos;{lang}&apos;: kies nl of en.</translation>
    </message>
</context>
<context>
    <name>documents.sheets</name>
    <message>
        <source>No {what} to print.</source>
        <translation>Geen {what} om te printen.</translation>
    </message>
    <message>
        <source>Start position {start_position} does not exist on &apos;{template}&apos;: choose 1 to {per_page}.</source>
        <translation>Startpositie {start_position} bestaat niet op &apos;{template}&apos;: kies 1 tot en met {per_page}.</translation>
    </message>
</context>
<context>
    <name>documents.slips</name>
    <message>
        <source>Unknown paper &apos;{paper}&apos;: choose {slip_papers}.</source>
        <translation>Onbekend papierformaat &apos;{paper}&apos;: kies {slip_papers}.</translation>
    </message>
</context>
<context>
    <name>documents.symbols</name>
    <message>
        <source>The QR code for &apos;{payload}&apos; needs {needed_mm} mm but only {value} mm is free: choose a larger label or a shorter URL (or the bare tag).</source>
        <translation>De QR-code voor &apos;{payload}&apos; heeft {needed_mm} mm nodig, er is maar {value} mm: kies een groter etiket of een kortere URL (of alleen de code).</translation>
    </message>
    <message>
        <source>The barcode for &apos;{text}&apos; needs {needed_mm} mm of width, there is {value} mm: choose a wider label or switch the barcode off.</source>
        <translation>De streepjescode voor &apos;{text}&apos; heeft {needed_mm} mm breedte nodig, er is {value} mm: kies een breder etiket of zet de streepjescode uit.</translation>
    </message>
</context>
<context>
    <name>documents.templates</name>
    <message>
        <source>Label template &apos;{t}&apos;: {detail}</source>
        <translation>Labelsjabloon &apos;{t}&apos;: {detail}</translation>
    </message>
    <message>
        <source>sizes and counts must be positive.</source>
        <translation>maten en aantallen moeten positief zijn.</translation>
    </message>
    <message>
        <source>the inset inside a label must lie between 0 and {max} mm.</source>
        <translation>de rand binnen het etiket moet tussen 0 en {max} mm liggen.</translation>
    </message>
    <message>
        <source>margins must not be negative.</source>
        <translation>marges mogen niet negatief zijn.</translation>
    </message>
    <message>
        <source>the unprintable part must be positive and less than half of the label.</source>
        <translation>het onbedrukbare deel moet positief zijn en minder dan de helft van het etiket.</translation>
    </message>
    <message>
        <source>the pitch is smaller than the label: labels would overlap.</source>
        <translation>de steek is kleiner dan het etiket: etiketten zouden overlappen.</translation>
    </message>
    <message>
        <source>the grid ({width} × {height} mm) does not fit on the page ({page_w} × {page_h} mm).</source>
        <translation>het raster ({width} × {height} mm) past niet op de pagina ({page_w} × {page_h} mm).</translation>
    </message>
    <message>
        <source>Unknown label template &apos;{name}&apos;. Known: {known}. Use custom_sheet(...) for your own grid.</source>
        <translation>Onbekend labelsjabloon &apos;{name}&apos;. Bekend: {known}. Gebruik custom_sheet(...) voor een eigen raster.</translation>
    </message>
    <message>
        <source>Unknown label template &apos;{name}&apos;. Known: {known}.</source>
        <translation>Onbekend labelsjabloon &apos;{name}&apos;. Bekend: {known}.</translation>
    </message>
</context>
<context>
    <name>domain.acceptance</name>
    <message>
        <source>Version {number} of the loan conditions does not exist.</source>
        <translation>Versie {number} van de leenvoorwaarden bestaat niet.</translation>
    </message>
    <message>
        <source>The text &apos;{detail}&apos; is empty. Fill it in; the professional reads it before borrowing.</source>
        <translation>De tekst &apos;{detail}&apos; is leeg. Vul hem in; de professional leest hem voor het lenen.</translation>
    </message>
    <message>
        <source>The text &apos;{detail}&apos; is too long (over {max_text} characters). Make it shorter.</source>
        <translation>De tekst &apos;{detail}&apos; is te lang (meer dan {max_text} tekens). Maak hem korter.</translation>
    </message>
    <message>
        <source>use conditions</source>
        <translation>gebruiksvoorwaarden</translation>
    </message>
    <message>
        <source>hygiene instruction</source>
        <translation>hygiëne-instructie</translation>
    </message>
    <message>
        <source>privacy notice</source>
        <translation>privacyverklaring</translation>
    </message>
    <message>
        <source>Unknown way of accepting: {method} (tick or signature).</source>
        <translation>Onbekende manier van accepteren: {method} (aanvinken of tekenen).</translation>
    </message>
    <message>
        <source>There is no signature yet. Sign in the box, then press Accept.</source>
        <translation>Er is nog geen handtekening gezet. Teken in het vak en druk dan op Akkoord.</translation>
    </message>
    <message>
        <source>The signature is too large to keep. Clear it and sign again.</source>
        <translation>De handtekening is te groot om te bewaren. Wis hem en teken opnieuw.</translation>
    </message>
    <message>
        <source>The acceptance can only cover this borrower&apos;s own loans.</source>
        <translation>De acceptatie kan alleen de leningen van deze lener zelf dekken.</translation>
    </message>
    <message>
        <source>The conditions were already accepted for one of these loans.</source>
        <translation>Voor een van deze leningen zijn de voorwaarden al geaccepteerd.</translation>
    </message>
</context>
<context>
    <name>domain.catalogue</name>
    <message>
        <source>Count must be 1..100,000.</source>
        <translation>Aantal codes moet tussen 1 en 100.000 liggen.</translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation>Geef het product een naam.</translation>
    </message>
    <message>
        <source>The name is too long (max 200).</source>
        <translation>De naam is te lang (max. 200 tekens).</translation>
    </message>
    <message>
        <source>The loan period must be between 1 and 365 days.</source>
        <translation>De uitleentermijn moet tussen 1 en 365 dagen liggen.</translation>
    </message>
    <message>
        <source>Product {product_id} does not exist.</source>
        <translation>Product {product_id} bestaat niet.</translation>
    </message>
    <message>
        <source>Still on loan: {on_loan}. Check those in first.</source>
        <translation>Nog uitgeleend: {on_loan}. Neem die eerst in.</translation>
    </message>
    <message>
        <source>Give the borrower&apos;s name.</source>
        <translation>Geef de naam van de lener.</translation>
    </message>
    <message>
        <source>Borrower kind: person or team.</source>
        <translation>Soort lener: persoon of team.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail.</source>
        <translation>“{email}” is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>The limit must be at least 1.</source>
        <translation>Het maximum moet minstens 1 zijn.</translation>
    </message>
    <message>
        <source>Borrower {borrower_id} does not exist.</source>
        <translation>Lener {borrower_id} bestaat niet.</translation>
    </message>
    <message>
        <source>This borrower&apos;s data was erased; create a new borrower.</source>
        <translation>De gegevens van deze lener zijn gewist; maak een nieuwe lener aan.</translation>
    </message>
    <message numerus="yes">
        <source>{borrower} still has %n item(s) on loan. Check those in first.</source>
        <translation>
            <numerusform>{borrower} heeft nog %n product te leen. Neem dat eerst in.</numerusform>
            <numerusform>{borrower} heeft nog %n producten te leen. Neem die eerst in.</numerusform>
        </translation>
    </message>
    <message>
        <source>‘{code}’ is not an ISO 9999 code. Write for example 22.33 or 12.23.06.</source>
        <translation>‘{code}’ is geen ISO 9999-code. Schrijf bijvoorbeeld 22.33 of 12.23.06.</translation>
    </message>
    <message>
        <source>Label {taken} is already linked to an item.</source>
        <translation>Label {taken} is al gekoppeld aan een exemplaar.</translation>
    </message>
    <message>
        <source>Card {badge} is already in use.</source>
        <translation>Pas {badge} is al in gebruik.</translation>
    </message>
</context>
<context>
    <name>domain.circulation</name>
    <message>
        <source>{borrower} ({badge}) is not active. Activate the borrower under Borrowers first or use another card.</source>
        <translation>{borrower} ({badge}) is niet actief. Activeer de lener eerst bij Leners of gebruik een andere pas.</translation>
    </message>
    <message>
        <source>The due date {due} is in the past. Choose today or a later date.</source>
        <translation>De inleverdatum {due} ligt in het verleden. Kies vandaag of een latere datum.</translation>
    </message>
    <message>
        <source>The due date {due} is more than a year ahead. Choose {latest} at the latest; renew later if it is needed longer.</source>
        <translation>De inleverdatum {due} ligt meer dan een jaar vooruit. Kies uiterlijk {latest}; verleng later als het langer nodig is.</translation>
    </message>
    <message>
        <source>{product} ({tag}) is already on loan to {holder}. Check it in first if it has come back.</source>
        <translation>{product} ({tag}) is al uitgeleend aan {holder}. Neem het eerst in als het terug is.</translation>
    </message>
    <message>
        <source>{product} ({tag}) is not on loan (status: {status}). There is nothing to check in.</source>
        <translation>{product} ({tag}) is niet uitgeleend (status: {status}). Er valt niets in te nemen.</translation>
    </message>
    <message>
        <source>Loan {loan_id} has already been returned and cannot be renewed.</source>
        <translation>Uitlening {loan_id} is al ingenomen en kan niet verlengd worden.</translation>
    </message>
    <message>
        <source>The new due date must be after {due_on}.</source>
        <translation>De nieuwe inleverdatum moet na {due_on} liggen.</translation>
    </message>
    <message>
        <source>{tag} is not marked lost.</source>
        <translation>{tag} staat niet als vermist.</translation>
    </message>
    <message>
        <source>{tag} is on loan. Check it in first, then retire it.</source>
        <translation>{tag} is uitgeleend. Neem het eerst in en schrijf het daarna af.</translation>
    </message>
    <message>
        <source>This loan has already been returned; it cannot be undone.</source>
        <translation>Deze uitlening is al ingenomen; ongedaan maken kan niet meer.</translation>
    </message>
    <message>
        <source>This loan is still open.</source>
        <translation>Deze uitlening is nog open.</translation>
    </message>
    <message>
        <source>{borrower} already has {open_count} items on loan (limit {limit}). Check something in first.</source>
        <translation>{borrower} heeft al {open_count} producten te leen (maximum {limit}). Neem eerst iets in.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>beschikbaar</translation>
    </message>
    <message>
        <source>on loan</source>
        <translation>uitgeleend</translation>
    </message>
    <message>
        <source>awaiting cleaning</source>
        <translation>wacht op schoonmaak</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>in onderhoud</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>gereserveerd</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>afgeschreven</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>vermist</translation>
    </message>
    <message>
        <source>{product} ({tag}) is awaiting cleaning. Have it cleaned and signed off under Cleaning first.</source>
        <translation>{product} ({tag}) wacht op schoonmaak. Laat het eerst schoonmaken en aftekenen bij Schoonmaak.</translation>
    </message>
    <message>
        <source>{product} ({tag}) is in maintenance. It is in maintenance; mark the maintenance finished first.</source>
        <translation>{product} ({tag}) is in onderhoud. Het is in onderhoud; meld het eerst terug als klaar.</translation>
    </message>
    <message>
        <source>{product} ({tag}) is on loan.</source>
        <translation>{product} ({tag}) is uitgeleend.</translation>
    </message>
    <message>
        <source>{product} ({tag}) is reserved. It is set aside for a reservation.</source>
        <translation>{product} ({tag}) is gereserveerd. Het ligt klaar voor een reservering.</translation>
    </message>
    <message>
        <source>{product} ({tag}) is retired. It has been retired and cannot go out.</source>
        <translation>{product} ({tag}) is afgeschreven. Het is afgeschreven en kan niet meer uit.</translation>
    </message>
    <message>
        <source>{product} ({tag}) is lost. It is marked lost; mark it found first.</source>
        <translation>{product} ({tag}) is vermist. Het staat als vermist; meld het eerst als gevonden.</translation>
    </message>
    <message>
        <source>{product} ({tag}) is {status}.</source>
        <translation>{product} ({tag}) is nu {status}.</translation>
    </message>
    <message>
        <source>{product} ({tag}) is not complete: {parts} missing. Find the parts, or choose to lend it without them.</source>
        <translation>{product} ({tag}) is niet compleet: {parts} ontbreekt. Zoek de onderdelen, of kies ervoor het zonder die onderdelen uit te lenen.</translation>
    </message>
    <message>
        <source>{tag} was just checked out at another desk. Refresh and try again.</source>
        <translation>{tag} is zojuist op een andere balie uitgeleend. Ververs en probeer opnieuw.</translation>
    </message>
    <message>
        <source>“{name}” is not an accessory of {product}. Choose from: {listed}.</source>
        <translation>“{name}” is geen accessoire van {product}. Kies uit: {listed}.</translation>
    </message>
    <message>
        <source>A damage note or remark may be at most {limit} characters (this one has {length}). Describe the damage briefly.</source>
        <translation>Een schadebeschrijving of opmerking mag hoogstens {limit} tekens hebben (deze heeft er {length}). Beschrijf de schade kort.</translation>
    </message>
    <message>
        <source>This can no longer be undone (too long ago).</source>
        <translation>Dit kan niet meer ongedaan worden gemaakt (te lang geleden).</translation>
    </message>
    <message>
        <source>A review was already given for this loan; the check-in can no longer be undone.</source>
        <translation>Voor deze uitlening is al een review gegeven; innemen kan niet meer ongedaan.</translation>
    </message>
    <message>
        <source>{tag} has moved on since; it can no longer be undone.</source>
        <translation>{tag} is sindsdien al verder gegaan; ongedaan maken kan niet meer.</translation>
    </message>
    <message>
        <source>Describe the damage to send it to maintenance.</source>
        <translation>Beschrijf de schade om het naar onderhoud te sturen.</translation>
    </message>
    <message>
        <source>The cost must be between 0 and 100,000 euros.</source>
        <translation>De kosten moeten tussen 0 en 100.000 euro liggen.</translation>
    </message>
</context>
<context>
    <name>domain.cleaning</name>
    <message>
        <source>{product} ({tag}) is not awaiting cleaning (status: {status}).</source>
        <translation>{product} ({tag}) wacht niet op schoonmaak (status: {status}).</translation>
    </message>
    <message>
        <source>{tag} cannot go into maintenance now (status: {status}).</source>
        <translation>{tag} kan nu niet in onderhoud (status: {status}).</translation>
    </message>
    <message>
        <source>Give a reason for maintenance.</source>
        <translation>Geef een reden voor het onderhoud.</translation>
    </message>
    <message>
        <source>{tag} is not in maintenance.</source>
        <translation>{tag} is niet in onderhoud.</translation>
    </message>
</context>
<context>
    <name>domain.codes</name>
    <message>
        <source>The URL template “{template}” lacks {tag}: put {tag} where the label code goes, for example https://zorgtech.example/i/{tag}.</source>
        <translation>Het URL-sjabloon “{template}” mist {tag}: zet {tag} waar de labelcode moet komen, bijvoorbeeld https://zorgtech.example/i/{tag}.</translation>
    </message>
    <message>
        <source>The URL template must be one line without spaces, at most {max_url_template} characters.</source>
        <translation>Het URL-sjabloon moet één regel zonder spaties zijn, hoogstens {max_url_template} tekens.</translation>
    </message>
</context>
<context>
    <name>domain.hygiene</name>
    <message>
        <source>cleaning</source>
        <translation>schoonmaak</translation>
    </message>
    <message>
        <source>disinfection</source>
        <translation>desinfectie</translation>
    </message>
    <message>
        <source>device reset</source>
        <translation>apparaat-reset</translation>
    </message>
    <message>
        <source>second check</source>
        <translation>tweede controle</translation>
    </message>
    <message>
        <source>At most {max_steps} {what}; combine steps.</source>
        <translation>Hooguit {max_steps} {what}; voeg stappen samen.</translation>
    </message>
    <message>
        <source>A step is too long (at most {max_step_length} characters): “{line}…”.</source>
        <translation>Een stap is te lang (hooguit {max_step_length} tekens): “{line}…”.</translation>
    </message>
    <message>
        <source>The contact time must be between 0 and 240 minutes.</source>
        <translation>De inwerktijd moet tussen 0 en 240 minuten liggen.</translation>
    </message>
    <message>
        <source>Choose the disinfectant (for example alcohol 70 %) or choose ‘clean only’.</source>
        <translation>Kies het desinfectiemiddel (bijvoorbeeld alcohol 70 %) of kies ‘alleen reinigen’.</translation>
    </message>
    <message>
        <source>cleaning steps</source>
        <translation>schoonmaakstappen</translation>
    </message>
    <message>
        <source>reset steps</source>
        <translation>resetstappen</translation>
    </message>
    <message>
        <source>The maker&apos;s instruction is too long: give a web address or a file path.</source>
        <translation>De instructie van de maker is te lang: geef een webadres of bestandspad.</translation>
    </message>
    <message>
        <source>{name} is awaiting cleaning. Have it cleaned and signed off under Cleaning first.</source>
        <translation>{name} wacht op schoonmaak. Laat het eerst schoonmaken en aftekenen bij Schoonmaak.</translation>
    </message>
    <message>
        <source>clean and disinfect it as the protocol says</source>
        <translation>reinig en desinfecteer het volgens het protocol</translation>
    </message>
    <message>
        <source>complete the reset checklist (log out accounts, erase data, …)</source>
        <translation>werk de resetlijst af (accounts uitloggen, gegevens wissen, …)</translation>
    </message>
    <message>
        <source>have a colleague check it</source>
        <translation>laat een collega het nakijken</translation>
    </message>
    <message>
        <source>clean it</source>
        <translation>maak het schoon</translation>
    </message>
    <message>
        <source>{name} may not go out yet: {what} not signed off. Go to Cleaning, {todo} and sign it off.</source>
        <translation>{name} mag nog niet uit: {what} nog niet afgetekend. Ga naar Schoonmaak, {todo} en teken af.</translation>
    </message>
    <message>
        <source>Choose 0 (never) or 1 in 1 to 1 in 100 sign-offs for the second check.</source>
        <translation>Kies 0 (nooit) of 1 op 1 tot 1 op 100 aftekeningen voor de tweede controle.</translation>
    </message>
    <message>
        <source>{product} ({tag}) is not awaiting cleaning or a reset.</source>
        <translation>{product} ({tag}) wacht niet op schoonmaak of reset.</translation>
    </message>
    <message>
        <source>Fill in who did the cleaning.</source>
        <translation>Vul in wie heeft schoongemaakt.</translation>
    </message>
    <message>
        <source>{product} ({tag}): tick every step of the protocol on the Cleaning screen. Not confirmed yet: {shown}.</source>
        <translation>{product} ({tag}): vink elke stap van het protocol af op het scherm Schoonmaak. Nog niet bevestigd: {shown}.</translation>
    </message>
    <message>
        <source>{product} ({tag}) is signed off and awaits a second person&apos;s check: have a colleague look at it and approve or reject it.</source>
        <translation>{product} ({tag}) is al afgetekend en wacht op de controle door een tweede persoon: laat een collega het nakijken en goed- of afkeuren.</translation>
    </message>
    <message>
        <source>Choose what you sign off: cleaning, disinfection or reset.</source>
        <translation>Kies wat u aftekent: schoonmaak, desinfectie of reset.</translation>
    </message>
    <message>
        <source>{product} ({tag}) must be disinfected: fill in the agent used (for example alcohol 70 %).</source>
        <translation>{product} ({tag}) moet gedesinfecteerd worden: vul in met welk middel (bijvoorbeeld alcohol 70 %).</translation>
    </message>
    <message>
        <source>{product} ({tag}) is not awaiting a second check.</source>
        <translation>{product} ({tag}) wacht niet op een tweede controle.</translation>
    </message>
    <message>
        <source>The second check is done by someone other than {signed_by}, who signed it off.</source>
        <translation>De tweede controle doet iemand anders dan {signed_by}, die het aftekende.</translation>
    </message>
    <message>
        <source>Write briefly what is not right, so it can be done again.</source>
        <translation>Schrijf kort wat er niet goed is, zodat het opnieuw gedaan kan worden.</translation>
    </message>
    <message>
        <source>alcohol 70 %</source>
        <translation>alcohol 70 %</translation>
    </message>
    <message>
        <source>chlorine 1,000 ppm</source>
        <translation>chloor 1.000 ppm</translation>
    </message>
    <message>
        <source>quaternary ammonium wipes</source>
        <translation>quaternaire-ammoniumdoekjes</translation>
    </message>
    <message>
        <source>hydrogen peroxide 0.5 % (wipes)</source>
        <translation>waterstofperoxide 0,5 % (doekjes)</translation>
    </message>
    <message>
        <source>Log out accounts, unlink app/portal</source>
        <translation>Accounts uitloggen en app/portaal ontkoppelen</translation>
    </message>
    <message>
        <source>Erase recordings, contacts, messages and photos</source>
        <translation>Opnames, contacten, berichten en foto&apos;s wissen</translation>
    </message>
    <message>
        <source>Reset personal settings</source>
        <translation>Persoonlijke instellingen terugzetten</translation>
    </message>
    <message>
        <source>Factory reset as the maker says</source>
        <translation>Fabrieksreset volgens de maker</translation>
    </message>
    <message>
        <source>Check the SIM card and subscription</source>
        <translation>SIM-kaart en abonnement controleren</translation>
    </message>
</context>
<context>
    <name>domain.kits</name>
    <message>
        <source>“{name}” is not a part of {product}. Choose from: {listed}.</source>
        <translation>“{name}” is geen onderdeel van {product}. Kies uit: {listed}.</translation>
    </message>
    <message>
        <source>“{tag}” is not an item label (LD…). Scan an unused label.</source>
        <translation>“{tag}” is geen productlabel (LD…). Scan een ongebruikt label.</translation>
    </message>
    <message>
        <source>Label {code} is already in use. Scan an unused label.</source>
        <translation>Label {code} is al in gebruik. Scan een ongebruikt label.</translation>
    </message>
    <message>
        <source>This part is not marked missing.</source>
        <translation>Dit onderdeel staat niet als ontbrekend.</translation>
    </message>
    <message>
        <source>Choose found or replaced.</source>
        <translation>Kies gevonden of vervangen.</translation>
    </message>
</context>
<context>
    <name>domain.lookup</name>
    <message>
        <source>Unknown code “{text}”. Scan the label again or type the code (LD… for an item, LP… for a borrower card).</source>
        <translation>Onbekende code “{text}”. Scan het label opnieuw of typ de code (LD… voor een product, LP… voor een lenerspas).</translation>
    </message>
    <message>
        <source>Label {text} is not linked to an item yet. Link it to an item in the catalogue.</source>
        <translation>Label {text} hoort (nog) niet bij een product. Koppel het label in de catalogus aan een exemplaar.</translation>
    </message>
    <message>
        <source>Borrower card {text} is not known. Add the borrower under Borrowers.</source>
        <translation>Lenerspas {text} is niet bekend. Voeg de lener toe bij Leners.</translation>
    </message>
    <message>
        <source>Loan {loan_id} does not exist.</source>
        <translation>Uitlening {loan_id} bestaat niet.</translation>
    </message>
    <message>
        <source>Label {text} is the part “{part}” of {product} ({tag}). Scan the label of the kit itself.</source>
        <translation>Label {text} is het onderdeel “{part}” van {product} ({tag}). Scan het label van de set zelf.</translation>
    </message>
</context>
<context>
    <name>domain.maintenance</name>
    <message>
        <source>“{text}” is not an amount. Write euros with a comma or point before the cents, no thousands separator, for example 12.50.</source>
        <translation>“{text}” is geen bedrag. Schrijf euro&apos;s met een komma of punt voor de centen, zonder punt voor duizenden, bijvoorbeeld 12,50.</translation>
    </message>
    <message>
        <source>{text} euros is more than the maximum (100,000 euros). Check the amount.</source>
        <translation>{text} euro is meer dan het maximum (100.000 euro). Controleer het bedrag.</translation>
    </message>
    <message>
        <source>“{key}” is not a valid check key: use lower-case letters, digits, - or _ (for example battery).</source>
        <translation>“{key}” is geen geldige sleutel voor een controle: gebruik kleine letters, cijfers, - of _ (bijvoorbeeld battery).</translation>
    </message>
    <message>
        <source>A check interval is 1 to {max_interval_days} days, not {interval_days}.</source>
        <translation>Een controle-interval is 1 tot {max_interval_days} dagen, niet {interval_days}.</translation>
    </message>
    <message>
        <source>{product} has no check “{key}”.</source>
        <translation>{product} heeft geen controle “{key}”.</translation>
    </message>
    <message>
        <source>{product} ({tag}) cannot go out: the check “{names}” is overdue (was due on {due_on}). Have the check done and record it under Maintenance; then it can go out again.</source>
        <translation>{product} ({tag}) mag niet uit: de controle “{names}” is te laat (was nodig op {due_on}). Laat de controle doen en leg hem vast bij Onderhoud; daarna kan het weer uit.</translation>
    </message>
    <message>
        <source>Fill in who did the check.</source>
        <translation>Vul in wie de controle heeft gedaan.</translation>
    </message>
    <message>
        <source>{product} has no maintenance plan; there is nothing to record. Set up a plan for the product.</source>
        <translation>{product} heeft geen onderhoudsplan; er is niets af te tekenen. Leg een plan vast bij het product.</translation>
    </message>
    <message>
        <source>{product} has no check “{key}”. Choose from: {choices}.</source>
        <translation>{product} heeft geen controle “{key}”. Kies uit: {choices}.</translation>
    </message>
    <message>
        <source>The cost must be between 0 and 100,000 euros.</source>
        <translation>De kosten moeten tussen 0 en 100.000 euro liggen.</translation>
    </message>
</context>
<context>
    <name>domain.reservations</name>
    <message>
        <source>{product} is reserved for {who} from {starts_on} to {ends_on}. Choose a shorter period or another item.</source>
        <translation>{product} is gereserveerd voor {who} van {starts_on} tot {ends_on}. Kies een kortere periode of een ander exemplaar.</translation>
    </message>
    <message>
        <source>Choose a product or an item.</source>
        <translation>Kies een product of exemplaar.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
        <source>A reservation cannot start in the past.</source>
        <translation>Een reservering kan niet in het verleden beginnen.</translation>
    </message>
    <message>
        <source>{tag} is already reserved for {borrower} ({start} – {end}).</source>
        <translation>{tag} is al gereserveerd voor {borrower} ({start} – {end}).</translation>
    </message>
    <message>
        <source>{tag} is on loan until {due}.</source>
        <translation>{tag} is uitgeleend tot {due}.</translation>
    </message>
    <message>
        <source>{tag} is no longer available.</source>
        <translation>{tag} is niet meer beschikbaar.</translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) of {product} are already reserved in that period.</source>
        <translation>
            <numerusform>Het enige exemplaar van {product} is in die periode al gereserveerd.</numerusform>
            <numerusform>Alle %n exemplaren van {product} zijn in die periode al gereserveerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reservation {reservation_id} does not exist.</source>
        <translation>Reservering {reservation_id} bestaat niet.</translation>
    </message>
</context>
<context>
    <name>domain.reviews.instruments</name>
    <message>
        <source>Instrument {ref}: {detail}</source>
        <translation>Instrument {ref}: {detail}</translation>
    </message>
    <message>
        <source>Invalid instrument definition at {where}: {msg}</source>
        <translation>Instrumentdefinitie ongeldig bij {where}: {msg}</translation>
    </message>
    <message>
        <source>Review instrument &apos;{key}&apos; does not exist.</source>
        <translation>Review-instrument &apos;{key}&apos; bestaat niet.</translation>
    </message>
    <message>
        <source>Review instrument &apos;{key}&apos; has no version {version}.</source>
        <translation>Review-instrument &apos;{key}&apos; heeft geen versie {version}.</translation>
    </message>
    <message>
        <source>text expected</source>
        <translation>tekst verwacht</translation>
    </message>
    <message>
        <source>text is {length} characters, at most {max_length}</source>
        <translation>tekst is {length} tekens, maximaal {max_length}</translation>
    </message>
    <message>
        <source>a choice (text) expected</source>
        <translation>keuze (tekst) verwacht</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a choice</source>
        <translation>&apos;{value}&apos; is geen keuze</translation>
    </message>
    <message>
        <source>a list of choices expected</source>
        <translation>lijst van keuzes verwacht</translation>
    </message>
    <message>
        <source>whole number or &apos;na&apos; expected</source>
        <translation>geheel getal of &apos;na&apos; verwacht</translation>
    </message>
    <message>
        <source>whole number expected</source>
        <translation>geheel getal verwacht</translation>
    </message>
    <message>
        <source>{value} is outside {minimum}..{maximum}</source>
        <translation>{value} ligt buiten {minimum}..{maximum}</translation>
    </message>
    <message>
        <source>unknown item in {ref}</source>
        <translation>onbekende vraag in {ref}</translation>
    </message>
    <message>
        <source>block &apos;{title}&apos; is partly filled: answer all {count} items or none (missing: {names})</source>
        <translation>blok &apos;{title}&apos; is deels ingevuld: vul alle {count} vragen in of geen enkele (ontbreekt: {names})</translation>
    </message>
    <message>
        <source>answer missing</source>
        <translation>antwoord ontbreekt</translation>
    </message>
    <message numerus="yes">
        <source>block &apos;{title}&apos;: answer at least %n item(s)</source>
        <translation>
            <numerusform>blok &apos;{title}&apos;: beantwoord minstens %n vraag</numerusform>
            <numerusform>blok &apos;{title}&apos;: beantwoord minstens %n vragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers must be a mapping of item → answer.</source>
        <translation>Antwoorden moeten een verzameling vraag → antwoord zijn.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Review not saved — {detail}.</source>
        <translation>Review niet opgeslagen — {detail}.</translation>
    </message>
    <message>
        <source>Instrument file {name} cannot be read: {exc}</source>
        <translation>Instrumentbestand {name} is onleesbaar: {exc}</translation>
    </message>
    <message>
        <source>Item &apos;{key}&apos; does not exist in instrument {ref}.</source>
        <translation>Vraag &apos;{key}&apos; bestaat niet in instrument {ref}.</translation>
    </message>
    <message>
        <source>duplicate item &apos;{key}&apos;</source>
        <translation>dubbele vraag &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>score keys must be unique and not be &apos;rating&apos;</source>
        <translation>scoresleutels moeten uniek zijn en niet &apos;rating&apos; heten</translation>
    </message>
    <message>
        <source>score &apos;{key}&apos; names &apos;{key2}&apos;, which is not a fitting numeric item</source>
        <translation>score &apos;{key}&apos; noemt &apos;{key2}&apos;, geen passende numerieke vraag</translation>
    </message>
    <message>
        <source>&apos;rating&apos; names unknown score &apos;{rating}&apos;</source>
        <translation>&apos;rating&apos; noemt onbekende score &apos;{rating}&apos;</translation>
    </message>
    <message>
        <source>item &apos;{key}&apos; names unknown option set &apos;{option_set}&apos;</source>
        <translation>vraag &apos;{key}&apos; noemt onbekende optieset &apos;{option_set}&apos;</translation>
    </message>
    <message>
        <source>duplicate option in &apos;{key}&apos;</source>
        <translation>dubbele optie bij &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>effect item &apos;{key}&apos; must have options -2..2 and &apos;na&apos;</source>
        <translation>effectvraag &apos;{key}&apos; moet opties -2..2 en &apos;na&apos; hebben</translation>
    </message>
    <message>
        <source>choices of &apos;{key}&apos; must be strings</source>
        <translation>keuzes van &apos;{key}&apos; moeten tekst zijn</translation>
    </message>
    <message>
        <source>invalid range in &apos;{key}&apos;</source>
        <translation>ongeldig bereik bij &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>option labels of &apos;{key}&apos; fall outside {low}..{high}</source>
        <translation>optielabels van &apos;{key}&apos; vallen buiten {low}..{high}</translation>
    </message>
    <message>
        <source>file name {name} does not match key and version</source>
        <translation>bestandsnaam {name} past niet bij sleutel en versie</translation>
    </message>
</context>
<context>
    <name>domain.reviews.scoring</name>
    <message>
        <source>SUS score {score} is not in 0..100.</source>
        <translation>SUS-score {score} ligt niet in 0..100.</translation>
    </message>
    <message>
        <source>SUS statement {position}: answer {value} is not in 1..5.</source>
        <translation>SUS-uitspraak {position}: antwoord {value} ligt niet in 1..5.</translation>
    </message>
    <message>
        <source>Recommendation {value} is not in 0..10.</source>
        <translation>Aanbeveling {value} ligt niet in 0..10.</translation>
    </message>
</context>
<context>
    <name>domain.roles</name>
    <message>
        <source>retire an item</source>
        <translation>een product af te schrijven</translation>
    </message>
    <message>
        <source>erase a borrower&apos;s personal data</source>
        <translation>persoonsgegevens van een lener te wissen</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>instellingen te wijzigen</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>gegevens te exporteren</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>het logboek te exporteren</translation>
    </message>
    <message>
        <source>write a full copy of the database</source>
        <translation>een volledige kopie van de database te maken</translation>
    </message>
    <message>
        <source>erase everything for the demo</source>
        <translation>alle gegevens te wissen en de demo te laden</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>een reservekopie terug te zetten</translation>
    </message>
    <message>
        <source>change the coordinator code</source>
        <translation>de coördinatorcode te wijzigen</translation>
    </message>
    <message>
        <source>leave self-service</source>
        <translation>de zelfbediening te verlaten</translation>
    </message>
    <message>
        <source>change the loan conditions</source>
        <translation>de leenvoorwaarden te wijzigen</translation>
    </message>
    <message>
        <source>Choose a coordinator code of at least {min_length} characters.</source>
        <translation>Kies een coördinatorcode van minstens {min_length} tekens.</translation>
    </message>
    <message>
        <source>That code is too easy to guess (a run, a repeat or a well-known password). Choose another one.</source>
        <translation>Die code is te makkelijk te raden (een reeks, herhaling of bekend wachtwoord). Kies een andere.</translation>
    </message>
</context>
<context>
    <name>domain.stocktake</name>
    <message>
        <source>No location “{name}”. Choose from: {value}{more}.</source>
        <translation>Geen locatie “{name}”. Kies uit: {value}{more}.</translation>
    </message>
    <message>
        <source>This file is too big for a list of scans (over {value} MB). Choose the file the scanner made.</source>
        <translation>Dit bestand is te groot voor een scanlijst (meer dan {value} MB). Kies het bestand dat de scanner maakte.</translation>
    </message>
    <message>
        <source>This is not a text file of scans (it holds binary data). Choose the file the scanner made: one code per line.</source>
        <translation>Dit is geen tekstbestand met scans (het bevat binaire gegevens). Kies het bestand dat de scanner maakte: één code per regel.</translation>
    </message>
    <message>
        <source>There are no codes in this file. Choose the file the scanner made.</source>
        <translation>Er staan geen codes in dit bestand. Kies het bestand dat de scanner maakte.</translation>
    </message>
    <message>
        <source>“{name}” fits more than one location: {names}{more}. Give a longer part of the name.</source>
        <translation>“{name}” past bij meer dan één locatie: {names}{more}. Geef een langer deel van de naam.</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text. Save the list of scans as UTF-8 (one code per line).</source>
        <translation>Dit bestand is geen UTF-8-tekst. Sla de scanlijst op als UTF-8 (één code per regel).</translation>
    </message>
    <message>
        <source>Line {number} is not a scan (too long or holding control characters). Choose the file the scanner made: one code per line.</source>
        <translation>Regel {number} is geen scan (te lang of met stuurtekens). Kies het bestand dat de scanner maakte: één code per regel.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Stock-take {stocktake_id} does not exist.</source>
        <translation>Inventarisatie {stocktake_id} bestaat niet.</translation>
    </message>
</context>
<context>
    <name>domain.waiting</name>
    <message>
        <source>{product} is available now ({free}): borrow that item, no waiting list is needed.</source>
        <translation>{product} is nu beschikbaar ({free}): leen dat exemplaar, een wachtlijst is niet nodig.</translation>
    </message>
    <message>
        <source>{borrower} is already on the waiting list for {product}.</source>
        <translation>{borrower} staat al op de wachtlijst voor {product}.</translation>
    </message>
    <message>
        <source>{product} ({tag}) is held for {borrower} (waiting list) until {until}. Borrow another item or ask the desk.</source>
        <translation>{product} ({tag}) wordt vastgehouden voor {borrower} (wachtlijst) tot {until}. Leen een ander exemplaar of vraag de balie.</translation>
    </message>
</context>
<context>
    <name>exchange.importer</name>
    <message>
        <source>The file is too large ({value} kB); at most {mb} MB.</source>
        <translation>Het bestand is te groot ({value} kB); maximaal {mb} MB.</translation>
    </message>
    <message>
        <source>This is not a readable CSV file (unknown encoding). Save as CSV UTF-8 or as .xlsx.</source>
        <translation>Dit is geen leesbaar CSV-bestand (tekencodering onbekend). Sla op als CSV UTF-8 of als .xlsx.</translation>
    </message>
    <message>
        <source>CSV file cannot be read near line {line_num}: a cell there is too long (more than {limit} characters). No catalogue field is that long; check the file.</source>
        <translation>CSV-bestand is onleesbaar rond regel {line_num}: een cel daar is te lang (meer dan {limit} tekens). Zo lang is geen veld van een catalogus; controleer het bestand.</translation>
    </message>
    <message>
        <source>This Excel file cannot be read. Open it in Excel and save it again as .xlsx.</source>
        <translation>Dit Excel-bestand kan niet gelezen worden. Open het in Excel en sla het opnieuw op als .xlsx.</translation>
    </message>
    <message>
        <source>{detail} without a calculated result{where}; it would be read as empty. Open the file in Excel or LibreOffice and save it (that calculates formulas), or paste the cells as values.</source>
        <translation>{detail} zonder berekende uitkomst{where}; die zou leeg worden ingelezen. Open het bestand in Excel of LibreOffice en sla het op (dan worden formules berekend), of plak de cellen als waarden.</translation>
    </message>
    <message>
        <source>More than {max_rows} rows: split the file.</source>
        <translation>Meer dan {max_rows} regels: splits het bestand.</translation>
    </message>
    <message>
        <source>No header row with a &apos;name&apos; column in the first {header_search_rows} lines. Known columns: {expected}.</source>
        <translation>Geen kopregel met een kolom &apos;naam&apos; gevonden in de eerste {header_search_rows} regels. Bekende kolommen: {expected}.</translation>
    </message>
    <message>
        <source>No file content received.</source>
        <translation>Geen bestandsinhoud ontvangen.</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Regel {line}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>Old Excel files (.xls) are not read: save as .xlsx or as CSV.</source>
        <translation>Oude Excel-bestanden (.xls) worden niet gelezen: sla op als .xlsx of als CSV.</translation>
    </message>
    <message>
        <source>This Excel file would unpack to {mb} MB (or is unusually highly compressed); no catalogue is that large. It was not opened. Save the catalogue again or use CSV.</source>
        <translation>Dit Excel-bestand zou uitpakken tot {mb} MB (of is ongewoon sterk samengeperst); zo groot is geen catalogus. Het is niet geopend. Sla de catalogus opnieuw op of gebruik CSV.</translation>
    </message>
    <message>
        <source>There are no products after the header (line {header_line}).</source>
        <translation>Na de kopregel (regel {header_line}) staan geen producten.</translation>
    </message>
    <message>
        <source>File {path} cannot be read: {value}.</source>
        <translation>Bestand {path} kan niet gelezen worden: {value}.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>maker</source>
        <translation>merk</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>loan days</source>
        <translation>uitleentermijn</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>schoonmaak</translation>
    </message>
    <message>
        <source>accessories</source>
        <translation>accessoires</translation>
    </message>
    <message>
        <source>item count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>asset tags</source>
        <translation>labelcodes</translation>
    </message>
    <message>
        <source>ISO class</source>
        <translation>ISO-klasse</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>handleiding</translation>
    </message>
    <message>
        <source>CSV file cannot be read near line {line_num}: {exc}.</source>
        <translation>CSV-bestand is onleesbaar rond regel {line_num}: {exc}.</translation>
    </message>
    <message>
        <source>Excel support is missing.</source>
        <translation>Excel-ondersteuning ontbreekt.</translation>
    </message>
    <message numerus="yes">
        <source>%n cells hold formulas</source>
        <translation>
            <numerusform>%n cel bevat formules</numerusform>
            <numerusform>%n cellen bevatten formules</numerusform>
        </translation>
    </message>
    <message>
        <source>Cell {cell} holds a formula</source>
        <translation>Cel {cell} bevat een formule</translation>
    </message>
    <message>
        <source>Line {line}: the column for &apos;{duplicates}&apos; appears twice.</source>
        <translation>Regel {line}: kolom voor &apos;{duplicates}&apos; staat er twee keer in.</translation>
    </message>
    <message>
        <source>more filled cells ({cells}) than header columns ({headers}); is there a separator inside unquoted text?</source>
        <translation>meer ingevulde cellen ({cells}) dan kolommen in de kopregel ({headers}); staat er een scheidingsteken in een tekst zonder aanhalingstekens?</translation>
    </message>
    <message>
        <source>too long (at most {limit} characters)</source>
        <translation>te lang (maximaal {limit} tekens)</translation>
    </message>
    <message>
        <source>name is missing</source>
        <translation>naam ontbreekt</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a number of days</source>
        <translation>&apos;{raw}&apos; is geen aantal dagen</translation>
    </message>
    <message>
        <source>loan period of {loan_days} days is not between 1 and 365</source>
        <translation>uitleentermijn {loan_days} dagen ligt niet tussen 1 en 365</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a count from 0 to {max_items_per_product}</source>
        <translation>&apos;{raw}&apos; is geen aantal van 0 tot {max_items_per_product}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid asset tag</source>
        <translation>&apos;{text}&apos; is geen geldige labelcode</translation>
    </message>
    <message>
        <source>asset tag {tag} is listed twice</source>
        <translation>labelcode {tag} staat er twee keer</translation>
    </message>
    <message>
        <source>count {count} does not match {tags} asset tags</source>
        <translation>aantal {count} past niet bij {tags} labelcodes</translation>
    </message>
    <message>
        <source>an accessory is longer than {accessory_max} characters (separate them with |)</source>
        <translation>een accessoire is langer dan {accessory_max} tekens (scheid ze met |)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 9999 code (e.g. 22.33 or 12.23.06)</source>
        <translation>&apos;{value}&apos; is geen ISO 9999-code (bijv. 22.33 of 12.23.06)</translation>
    </message>
    <message>
        <source>link must start with http:// or https://</source>
        <translation>link moet beginnen met http:// of https://</translation>
    </message>
    <message>
        <source>a quote (&quot;) starts here and is never closed, so the lines after it were merged into one cell; close the quote or remove it</source>
        <translation>hier begint een aanhalingsteken (&quot;) dat niet wordt gesloten, waardoor de regels erna in één cel zijn samengevoegd; sluit het aanhalingsteken of haal het weg</translation>
    </message>
    <message>
        <source>“{value}” starts like a spreadsheet formula ({value2}); it is kept as text. Is it right?</source>
        <translation>“{value}” begint als een spreadsheetformule ({value2}); het wordt als tekst bewaard. Klopt het zo?</translation>
    </message>
    <message>
        <source>&apos;{product}&apos; is already on line {first_line}</source>
        <translation>&apos;{product}&apos; staat al op regel {first_line}</translation>
    </message>
    <message>
        <source>asset tag {tag} is already on line {tag_line}</source>
        <translation>labelcode {tag} staat al op regel {tag_line}</translation>
    </message>
</context>
<context>
    <name>services.acceptance</name>
    <message>
        <source>The record of acceptance {acceptance_id} was removed when the borrower&apos;s data was erased; only the version, date and loans are kept.</source>
        <translation>Het bewijs van acceptatie {acceptance_id} is verwijderd toen de gegevens van de lener werden gewist; alleen de versie, de datum en de leningen zijn bewaard.</translation>
    </message>
    <message>
        <source>Acceptance {acceptance_id} does not exist.</source>
        <translation>Acceptatie {acceptance_id} bestaat niet.</translation>
    </message>
</context>
<context>
    <name>services.access</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>To {what} a coordinator code is needed, but none has been set. Ask the coordinator to set one (lendingdesk coordinator set-pin).</source>
        <translation>Om {what} is een coördinatorcode nodig, maar die is nog niet ingesteld. Laat de coördinator er een instellen (lendingdesk coordinator set-pin).</translation>
    </message>
    <message>
        <source>Too many wrong coordinator codes from {source}. Wait {wait} and try again (another desk can try right away).</source>
        <translation>Te vaak een verkeerde coördinatorcode vanaf {source}. Wacht nog {wait} en probeer opnieuw (vanaf een andere balie kan het meteen).</translation>
    </message>
    <message>
        <source>To {what} the coordinator code is needed. It is wrong or missing; ask the coordinator. This desk now waits {wait}.</source>
        <translation>Om {what} is de coördinatorcode nodig. Die klopt niet of ontbreekt; vraag de coördinator. Deze balie wacht nu {wait}.</translation>
    </message>
    <message>
        <source>To {what} the coordinator code is needed. It is wrong or missing; ask the coordinator.</source>
        <translation>Om {what} is de coördinatorcode nodig. Die klopt niet of ontbreekt; vraag de coördinator.</translation>
    </message>
    <message>
        <source>To {what} the coordinator code is needed; ask the coordinator.</source>
        <translation>Om {what} is de coördinatorcode nodig; vraag de coördinator.</translation>
    </message>
</context>
<context>
    <name>services.audit</name>
    <message>
        <source>Checked out</source>
        <translation>Uitgeleend</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Ingenomen</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Marked lost</source>
        <translation>Vermist gemeld</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Afgeschreven</translation>
    </message>
    <message>
        <source>Check-out undone</source>
        <translation>Uitlenen ongedaan</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Innemen ongedaan</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>Exemplaar toegevoegd</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>Product toegevoegd</translation>
    </message>
    <message>
        <source>Product changed</source>
        <translation>Product gewijzigd</translation>
    </message>
    <message>
        <source>Product retired</source>
        <translation>Product afgeschreven</translation>
    </message>
    <message>
        <source>Borrower added</source>
        <translation>Lener toegevoegd</translation>
    </message>
    <message>
        <source>Borrower changed</source>
        <translation>Lener gewijzigd</translation>
    </message>
    <message>
        <source>Borrower activated</source>
        <translation>Lener geactiveerd</translation>
    </message>
    <message>
        <source>Borrower deactivated</source>
        <translation>Lener gedeactiveerd</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Persoonsgegevens gewist</translation>
    </message>
    <message>
        <source>Cleaning signed off</source>
        <translation>Schoonmaak afgetekend</translation>
    </message>
    <message>
        <source>Maintenance started</source>
        <translation>Onderhoud gestart</translation>
    </message>
    <message>
        <source>Maintenance finished</source>
        <translation>Onderhoud klaar</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Gereserveerd</translation>
    </message>
    <message>
        <source>Reservation cancelled</source>
        <translation>Reservering geannuleerd</translation>
    </message>
    <message>
        <source>Offline scan applied</source>
        <translation>Offline scan verwerkt</translation>
    </message>
    <message>
        <source>Coordinator code set</source>
        <translation>Coördinatorcode ingesteld</translation>
    </message>
    <message>
        <source>Coordinator code changed</source>
        <translation>Coördinatorcode gewijzigd</translation>
    </message>
    <message>
        <source>Coordinator code refused</source>
        <translation>Coördinatorcode geweigerd</translation>
    </message>
    <message>
        <source>Coordinator code not checked (waiting time)</source>
        <translation>Coördinatorcode niet gecontroleerd (wachttijd)</translation>
    </message>
    <message>
        <source>Full copy written</source>
        <translation>Volledige kopie gemaakt</translation>
    </message>
    <message>
        <source>Everything erased for the demo</source>
        <translation>Alles gewist voor de demo</translation>
    </message>
    <message>
        <source>Erasure applied again</source>
        <translation>Wissing opnieuw toegepast</translation>
    </message>
    <message>
        <source>Name taken out of text</source>
        <translation>Naam uit tekst gehaald</translation>
    </message>
    <message>
        <source>Review withdrawn</source>
        <translation>Review teruggetrokken</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Logboek geëxporteerd</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Reservekopie teruggezet</translation>
    </message>
    <message>
        <source>Review added</source>
        <translation>Review toegevoegd</translation>
    </message>
    <message>
        <source>Review declined</source>
        <translation>Geen review gegeven</translation>
    </message>
    <message>
        <source>Review approved</source>
        <translation>Review goedgekeurd</translation>
    </message>
    <message>
        <source>Review rejected</source>
        <translation>Review afgewezen</translation>
    </message>
    <message>
        <source>Reviews exported</source>
        <translation>Reviews geëxporteerd</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>Catalogus geïmporteerd</translation>
    </message>
    <message>
        <source>Review instrument stored</source>
        <translation>Review-instrument vastgelegd</translation>
    </message>
    <message>
        <source>Off the waiting list</source>
        <translation>Van de wachtlijst af</translation>
    </message>
    <message>
        <source>Signature and PDF of an acceptance erased</source>
        <translation>Handtekening en pdf van een akkoord gewist</translation>
    </message>
    <message>
        <source>Maintenance check stopped</source>
        <translation>Onderhoudscontrole gestopt</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>uitlening</translation>
    </message>
    <message>
        <source>item</source>
        <translation>exemplaar</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>borrower</source>
        <translation>lener</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>reservering</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>logboek</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>instrument</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>catalogus</translation>
    </message>
    <message>
        <source>asset tag</source>
        <translation>label</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>due back</source>
        <translation>terug op</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>then</source>
        <translation>daarna</translation>
    </message>
    <message>
        <source>by</source>
        <translation>door</translation>
    </message>
    <message>
        <source>method</source>
        <translation>methode</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>schade</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>before</source>
        <translation>was</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>for</source>
        <translation>voor</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>regels</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journaal</translation>
    </message>
    <message>
        <source>Loan conditions accepted</source>
        <translation>Leenvoorwaarden geaccepteerd</translation>
    </message>
    <message>
        <source>Loan conditions changed</source>
        <translation>Leenvoorwaarden gewijzigd</translation>
    </message>
    <message>
        <source>Device reset signed off</source>
        <translation>Apparaat-reset afgetekend</translation>
    </message>
    <message>
        <source>Hygiene protocol changed</source>
        <translation>Hygiëneprotocol gewijzigd</translation>
    </message>
    <message>
        <source>Hygiene setting changed</source>
        <translation>Hygiëne-instelling gewijzigd</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Exemplaar gewijzigd</translation>
    </message>
    <message>
        <source>Kit held back incomplete</source>
        <translation>Onvolledige set apart gezet</translation>
    </message>
    <message>
        <source>Maintenance check recorded</source>
        <translation>Onderhoudscontrole gedaan</translation>
    </message>
    <message>
        <source>Maintenance plan changed</source>
        <translation>Onderhoudsplan gewijzigd</translation>
    </message>
    <message>
        <source>Part labelled</source>
        <translation>Onderdeel gelabeld</translation>
    </message>
    <message>
        <source>Part found</source>
        <translation>Onderdeel teruggevonden</translation>
    </message>
    <message>
        <source>Part replaced</source>
        <translation>Onderdeel vervangen</translation>
    </message>
    <message>
        <source>Review link issued</source>
        <translation>Reviewlink uitgegeven</translation>
    </message>
    <message>
        <source>Review link used</source>
        <translation>Reviewlink gebruikt</translation>
    </message>
    <message>
        <source>Second check</source>
        <translation>Tweede controle</translation>
    </message>
    <message>
        <source>Stock-take saved</source>
        <translation>Inventarisatie opgeslagen</translation>
    </message>
    <message>
        <source>Moved by a stock-take</source>
        <translation>Verplaatst (inventarisatie)</translation>
    </message>
    <message>
        <source>Held for the waiting list</source>
        <translation>Vastgehouden (wachtlijst)</translation>
    </message>
    <message>
        <source>Put on the waiting list</source>
        <translation>Op de wachtlijst gezet</translation>
    </message>
    <message>
        <source>Waiting list notified</source>
        <translation>Wachtlijst: bericht gestuurd</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>reservekopie</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>blokkerend</translation>
    </message>
    <message>
        <source>check</source>
        <translation>controle</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>ingenomen</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>aangepast</translation>
    </message>
    <message>
        <source>wrong codes</source>
        <translation>foute codes</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>velden</translation>
    </message>
    <message>
        <source>how</source>
        <translation>hoe</translation>
    </message>
    <message>
        <source>every (days)</source>
        <translation>elke (dagen)</translation>
    </message>
    <message>
        <source>isolation</source>
        <translation>isolatie</translation>
    </message>
    <message>
        <source>key</source>
        <translation>sleutel</translation>
    </message>
    <message>
        <source>location</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>part</source>
        <translation>onderdeel</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>onderdelen</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>oordeel</translation>
    </message>
    <message>
        <source>result</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>gescand</translation>
    </message>
    <message>
        <source>second check</source>
        <translation>tweede controle</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>stappen</translation>
    </message>
    <message>
        <source>target</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <source>found again</source>
        <translation>teruggevonden</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>at a staffed desk</source>
        <translation>aan een bemande balie</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>vastgelegd door</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <source>since</source>
        <translation>sinds</translation>
    </message>
    <message>
        <source>log entries erased</source>
        <translation>gewiste logregels</translation>
    </message>
    <message>
        <source>new categories</source>
        <translation>nieuwe categorieën</translation>
    </message>
    <message>
        <source>conditions version</source>
        <translation>versie voorwaarden</translation>
    </message>
    <message>
        <source>items added</source>
        <translation>exemplaren toegevoegd</translation>
    </message>
    <message>
        <source>damaged before</source>
        <translation>eerder beschadigd</translation>
    </message>
    <message>
        <source>new products</source>
        <translation>nieuwe producten</translation>
    </message>
    <message>
        <source>products changed</source>
        <translation>producten gewijzigd</translation>
    </message>
    <message>
        <source>reset steps</source>
        <translation>resetstappen</translation>
    </message>
    <message>
        <source>share checked twice</source>
        <translation>aandeel tweede controle</translation>
    </message>
    <message>
        <source>loans</source>
        <translation>uitleningen</translation>
    </message>
</context>
<context>
    <name>services.catalogue_import</name>
    <message numerus="yes">
        <source>Import refused: %n line(s) wrong; nothing was changed. Correct the file and try again. First: {first}</source>
        <translation>
            <numerusform>Import geweigerd: %n regel klopt niet; er is niets veranderd. Verbeter het bestand en probeer opnieuw. Eerste: {first}</numerusform>
            <numerusform>Import geweigerd: %n regels kloppen niet; er is niets veranderd. Verbeter het bestand en probeer opnieuw. Eerste: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import refused: %n line(s) wrong; nothing was changed. Correct the file and try again.</source>
        <translation>
            <numerusform>Import geweigerd: %n regel klopt niet; er is niets veranderd. Verbeter het bestand en probeer opnieuw.</numerusform>
            <numerusform>Import geweigerd: %n regels kloppen niet; er is niets veranderd. Verbeter het bestand en probeer opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>asset tag {tag} already belongs to another product</source>
        <translation>labelcode {tag} hoort al bij een ander product</translation>
    </message>
</context>
<context>
    <name>services.desk</name>
    <message>
        <source>{product} ({tag}) is not on loan. There is nothing to check in.</source>
        <translation>{product} ({tag}) is niet uitgeleend. Er valt niets in te nemen.</translation>
    </message>
    <message>
        <source>{borrower} ({badge}) is not active. Activate the borrower under Borrowers first or use another card.</source>
        <translation>{borrower} ({badge}) is niet actief. Activeer de lener eerst bij Leners of gebruik een andere pas.</translation>
    </message>
</context>
<context>
    <name>services.erasure</name>
    <message>
        <source>The data of borrower {badge} was erased already.</source>
        <translation>De gegevens van lener {badge} zijn al gewist.</translation>
    </message>
</context>
<context>
    <name>services.hygiene_report</name>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>De einddatum {end} ligt vóór de begindatum {start}.</translation>
    </message>
    <message>
        <source>Choose a period of at most {max_days} days.</source>
        <translation>Kies een periode van hooguit {max_days} dagen.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .csv (now: {path}).</source>
        <translation>Kies een bestandsnaam die eindigt op .pdf of .csv (nu: {path}).</translation>
    </message>
</context>
<context>
    <name>services.journal</name>
    <message>
        <source>Unknown action “{kind}”.</source>
        <translation>Onbekende handeling “{kind}”.</translation>
    </message>
    <message>
        <source>“{kind}” cannot be kept offline (only check-out and check-in).</source>
        <translation>“{kind}” kan niet offline worden bewaard (alleen uitlenen en innemen).</translation>
    </message>
    <message>
        <source>check-out of {item} to {who} ({when})</source>
        <translation>uitlenen {item} aan {who} ({when})</translation>
    </message>
    <message>
        <source>check-in of {item} ({when})</source>
        <translation>innemen {item} ({when})</translation>
    </message>
    <message>
        <source>Applied: {what}.</source>
        <translation>Verwerkt: {what}.</translation>
    </message>
    <message>
        <source>Already applied: {what}.</source>
        <translation>Was al verwerkt: {what}.</translation>
    </message>
    <message>
        <source>Not applied yet (database unreachable): {what}. It stays kept.</source>
        <translation>Nog niet verwerkt (database niet bereikbaar): {what}. Het blijft bewaard.</translation>
    </message>
    <message>
        <source>Conflict with {what}: {reason} Resolve this at the desk.</source>
        <translation>Conflict bij {what}: {reason} Los dit op aan de balie.</translation>
    </message>
    <message>
        <source>Scan the item first (and for a check-out the borrower card).</source>
        <translation>Scan eerst het product (en bij uitlenen de lenerspas).</translation>
    </message>
    <message>
        <source>The database cannot be reached and scans are not kept here; nothing was saved. Try again when the connection is back.</source>
        <translation>De database is niet bereikbaar en hier worden geen scans bewaard; er is niets opgeslagen. Probeer het opnieuw als de verbinding terug is.</translation>
    </message>
</context>
<context>
    <name>services.notices</name>
    <message>
        <source>{name}: choose a number from {low} to {high}.</source>
        <translation>{name}: kies een getal van {low} tot en met {high}.</translation>
    </message>
    <message>
        <source>“{sender}” is not an e-mail address. Give the sender address, for example uitleen@zorg.example.</source>
        <translation>“{sender}” is geen e-mailadres. Geef het afzenderadres, bijvoorbeeld uitleen@zorg.example.</translation>
    </message>
    <message>
        <source>Give the mail server and the sender address before turning e-mails on.</source>
        <translation>Geef de mailserver en het afzenderadres voordat u e-mails aanzet.</translation>
    </message>
    <message>
        <source>Mail server “{url}”: {detail} Write it as smtp://user@host:587 or smtps://user@host:465.</source>
        <translation>Mailserver “{url}”: {detail} Schrijf hem als smtp://gebruiker@host:587 of smtps://gebruiker@host:465.</translation>
    </message>
    <message>
        <source>this is not a valid address.</source>
        <translation>dit is geen geldig adres.</translation>
    </message>
    <message>
        <source>start with smtp:// or smtps://.</source>
        <translation>begin met smtp:// of smtps://.</translation>
    </message>
    <message>
        <source>the server name is missing.</source>
        <translation>de servernaam ontbreekt.</translation>
    </message>
    <message>
        <source>leave the password out; LendingDesk keeps it in the system keyring or asks for it.</source>
        <translation>zet het wachtwoord er niet in; LendingDesk bewaart het in de sleutelbos van het systeem of vraagt erom.</translation>
    </message>
    <message>
        <source>This computer has no keyring where LendingDesk can keep the mail server&apos;s password safely. Install one (for example GNOME Keyring or KWallet), or type the password when LendingDesk asks for it.</source>
        <translation>Deze computer heeft geen sleutelbos (keyring) waarin LendingDesk het wachtwoord van de mailserver veilig kan bewaren. Installeer er een (bijvoorbeeld GNOME Keyring of KWallet), of typ het wachtwoord als LendingDesk erom vraagt.</translation>
    </message>
    <message>
        <source>There is no password for {account}: it is not in this system&apos;s keyring. Store it with `lendingdesk notices password` in a terminal, or on the desk&apos;s E-mail settings page.</source>
        <translation>Er is geen wachtwoord voor {account}: het staat niet in de sleutelbos van dit systeem. Sla het op met `lendingdesk notices password` in een terminal, of op de instellingenpagina E-mail van de desk.</translation>
    </message>
    <message>
        <source>Choose Dutch or English.</source>
        <translation>Kies Nederlands of Engels.</translation>
    </message>
    <message>
        <source>The mail server {host} offers no encryption (STARTTLS); LendingDesk does not send e-mail that way. Use smtps:// or a server with STARTTLS.</source>
        <translation>De mailserver {host} biedt geen versleuteling (STARTTLS); LendingDesk stuurt zo geen e-mail. Gebruik smtps:// of een server met STARTTLS.</translation>
    </message>
    <message>
        <source>the mail server refused the user name or password ({code})</source>
        <translation>de mailserver weigerde de gebruikersnaam of het wachtwoord ({code})</translation>
    </message>
    <message>
        <source>the mail server refused the address</source>
        <translation>de mailserver weigerde het adres</translation>
    </message>
    <message>
        <source>the mail server answered {code}: {said}</source>
        <translation>de mailserver antwoordde {code}: {said}</translation>
    </message>
    <message>
        <source>encryption failed: {said}</source>
        <translation>versleuteling mislukt: {said}</translation>
    </message>
    <message>
        <source>the mail server cannot be reached (connection refused)</source>
        <translation>de mailserver is niet bereikbaar (verbinding geweigerd)</translation>
    </message>
    <message>
        <source>the mail server does not answer</source>
        <translation>de mailserver antwoordt niet (meer)</translation>
    </message>
    <message>
        <source>the mail server cannot be reached ({said})</source>
        <translation>de mailserver is niet bereikbaar ({said})</translation>
    </message>
    <message>
        <source>E-mails are on, but the mail server or the sender address is missing. Fill them in on the E-mail settings page.</source>
        <translation>E-mails staan aan, maar de mailserver of het afzenderadres ontbreekt. Vul ze in op de instellingenpagina E-mail.</translation>
    </message>
</context>
<context>
    <name>services.printing</name>
    <message>
        <source>Give at least one loan.</source>
        <translation>Geef minstens één uitlening.</translation>
    </message>
    <message>
        <source>A slip belongs to one borrower; these loans are for different borrowers.</source>
        <translation>Een bon hoort bij één lener; deze uitleningen zijn van verschillende leners.</translation>
    </message>
    <message>
        <source>Do not mix open and returned loans on one slip.</source>
        <translation>Meng geen open en ingenomen uitleningen op één bon.</translation>
    </message>
    <message>
        <source>Choose one or more borrowers first.</source>
        <translation>Kies eerst een of meer leners.</translation>
    </message>
    <message>
        <source>There are no labels to print: every item already has one.</source>
        <translation>Er zijn geen labels om af te drukken: alle producten hebben al een label.</translation>
    </message>
    <message>
        <source>Choose between 1 and {max_blank_tags} blank labels.</source>
        <translation>Kies tussen 1 en {max_blank_tags} lege labels.</translation>
    </message>
</context>
<context>
    <name>services.restore</name>
    <message>
        <source>To {what} the coordinator code of this backup is needed. It is wrong or missing; ask the coordinator.</source>
        <translation>Om {what} is de coördinatorcode nodig die in deze reservekopie geldt. Die klopt niet of ontbreekt; vraag de coördinator.</translation>
    </message>
    <message>
        <source>Restoring from here works for a SQLite file; the shared PostgreSQL database is restored by its administrator (pg_restore).</source>
        <translation>Terugzetten kan hier alleen voor een SQLite-bestand; de gedeelde PostgreSQL-database zet de beheerder terug (pg_restore).</translation>
    </message>
    <message>
        <source>Restored from {file}.</source>
        <translation>Teruggezet uit {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%n borrower(s) from the erasure register erased again.</source>
        <translation>
            <numerusform>%n lener uit het wisregister opnieuw gewist.</numerusform>
            <numerusform>%n leners uit het wisregister opnieuw gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was set aside as {path}.</source>
        <translation>Het beschadigde bestand is apart gezet als {path}.</translation>
    </message>
    <message>
        <source>The previous database is kept as {path}.</source>
        <translation>De vorige database is bewaard als {path}.</translation>
    </message>
    <message>
        <source>Restore failed ({exc}); the backup {source} is unchanged.</source>
        <translation>Terugzetten mislukt ({exc}); de reservekopie {source} is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>services.review_links</name>
    <message>
        <source>“{url}” is not a usable web address for review links. Give for example https://review.zorggroep.nl or http://192.168.1.20:8470.</source>
        <translation>“{url}” is geen bruikbaar webadres voor reviewlinks. Geef bijvoorbeeld https://review.zorggroep.nl of http://192.168.1.20:8470.</translation>
    </message>
    <message>
        <source>This review link has expired. Ask the lending desk for a new link.</source>
        <translation>Deze reviewlink is verlopen. Vraag bij de uitleenbalie een nieuwe link.</translation>
    </message>
    <message>
        <source>The review for this loan has already been given. Thank you!</source>
        <translation>Voor deze uitlening is de review al gegeven. Dank u wel!</translation>
    </message>
    <message>
        <source>This review link does not exist. Check the address or scan the QR code again.</source>
        <translation>Deze reviewlink bestaat niet. Controleer het adres of scan de QR-code opnieuw.</translation>
    </message>
    <message>
        <source>A review link is valid for 1 to 365 days.</source>
        <translation>Een reviewlink is 1 tot 365 dagen geldig.</translation>
    </message>
    <message>
        <source>Loan {id} ({product}) is still open. A review link is made only after check-in.</source>
        <translation>Uitlening {id} ({product}) is nog open. Een reviewlink komt er pas na het innemen.</translation>
    </message>
    <message>
        <source>The borrower of loan {id} has been erased; no review link is made.</source>
        <translation>De lener van uitlening {id} is gewist; er komt geen reviewlink.</translation>
    </message>
    <message>
        <source>Loan {id} ({product}) already has its review; no new link is needed.</source>
        <translation>Voor uitlening {id} ({product}) is de review al gegeven; een nieuwe link is niet nodig.</translation>
    </message>
</context>
<context>
    <name>services.reviews</name>
    <message>
        <source>Product “{text}” not found. Give the product number or an item&apos;s label code (LD…).</source>
        <translation>Product “{text}” niet gevonden. Geef het productnummer of de labelcode (LD…) van een exemplaar.</translation>
    </message>
    <message>
        <source>{what} is too long (at most {limit} characters).</source>
        <translation>{what} is te lang (maximaal {limit} tekens).</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>De naam</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>De discipline</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>De organisatie</translation>
    </message>
    <message>
        <source>Consent to publish the name was given, but no name. Fill in the name or turn the consent off.</source>
        <translation>Er is toestemming om de naam te publiceren, maar geen naam. Vul de naam in of zet de toestemming uit.</translation>
    </message>
    <message>
        <source>Choose approve or reject, not “{decision}”.</source>
        <translation>Kies goedkeuren (approve) of afwijzen (reject), niet “{decision}”.</translation>
    </message>
    <message>
        <source>Review {review_id} does not exist. See `lendingdesk reviews` for the numbers.</source>
        <translation>Review {review_id} bestaat niet. Zie `lendingdesk reviews` voor de nummers.</translation>
    </message>
    <message>
        <source>The minimum number of people per label is 1 or more (default 3).</source>
        <translation>Het minimum aantal mensen per label is 1 of meer (standaard 3).</translation>
    </message>
    <message>
        <source>Instrument {ref} is already stored; a published version is never changed. Give the new version a higher number.</source>
        <translation>Instrument {ref} staat al in de database; een gepubliceerde versie wordt nooit gewijzigd. Geef de nieuwe versie een hoger nummer.</translation>
    </message>
    <message>
        <source>Loan {id} ({product}, {tag}) is still open. Check the item in first; then the review can be added.</source>
        <translation>Uitlening {id} ({product}, {tag}) is nog open. Neem het product eerst in; daarna kan de review.</translation>
    </message>
    <message>
        <source>Loan {id} already has a review (number {existing}). One review per loan counts; edit that review during moderation if needed.</source>
        <translation>Voor uitlening {id} is al een review (nummer {existing}). Per uitlening telt één review; pas zo nodig die review aan bij het modereren.</translation>
    </message>
    <message>
        <source>Loan {id} is still open; there is no review to decline yet.</source>
        <translation>Uitlening {id} is nog open; er valt nog geen review af te slaan.</translation>
    </message>
    <message>
        <source>The review for loan {id} has already been given.</source>
        <translation>Voor uitlening {id} is de review al gegeven.</translation>
    </message>
    <message>
        <source>Only free text can be edited during moderation ({texts}), not “{key}”.</source>
        <translation>Alleen vrije tekst kan bij het modereren worden aangepast ({texts}), niet “{key}”.</translation>
    </message>
</context>
<context>
    <name>services.views.base</name>
    <message>
        <source>Item {tag_or_item} does not exist.</source>
        <translation>Exemplaar {tag_or_item} bestaat niet.</translation>
    </message>
</context>
<context>
    <name>services.views.catalogue</name>
    <message>
        <source>The same label is listed twice. Scan each label once.</source>
        <translation>Hetzelfde label staat er twee keer in. Scan elk label één keer.</translation>
    </message>
    <message>
        <source>{product} is retired; do not add items to it.</source>
        <translation>{product} is afgeschreven; voeg geen exemplaren meer toe.</translation>
    </message>
</context>
<context>
    <name>services.views.stocktake</name>
    <message>
        <source>This location no longer exists. Choose another.</source>
        <translation>Deze locatie bestaat niet meer. Kies een andere.</translation>
    </message>
</context>
<context>
    <name>services.waiting</name>
    <message>
        <source>Product {product_id} does not exist.</source>
        <translation>Product {product_id} bestaat niet.</translation>
    </message>
</context>
<context>
    <name>store.backups</name>
    <message>
        <source>LendingDesk makes backups of a SQLite file only. The shared PostgreSQL database is backed up by the server&apos;s administrator (pg_dump).</source>
        <translation>Reservekopieën maakt LendingDesk alleen van een SQLite-bestand. Voor de gedeelde PostgreSQL-database zorgt de beheerder van de server (pg_dump).</translation>
    </message>
    <message>
        <source>Backup {path} does not exist. Choose a file from `lendingdesk backups`.</source>
        <translation>Reservekopie {path} bestaat niet. Kies een bestand uit `lendingdesk backups`.</translation>
    </message>
    <message>
        <source>{name} is not a usable LendingDesk backup ({reason}). Choose another one.</source>
        <translation>{name} is geen bruikbare LendingDesk-reservekopie ({reason}). Kies een andere.</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check failed). Choose another one.</source>
        <translation>{path} is beschadigd (integriteitscontrole mislukt). Kies een andere.</translation>
    </message>
    <message>
        <source>{path} has no schema version; it is not a LendingDesk backup.</source>
        <translation>{path} heeft geen schemaversie; het is geen LendingDesk-reservekopie.</translation>
    </message>
    <message>
        <source>Restore failed; the previous database is kept in {kept}.</source>
        <translation>Terugzetten mislukt; de vorige database staat in {kept}.</translation>
    </message>
    <message>
        <source>not a LendingDesk SQLite database</source>
        <translation>geen SQLite-database van LendingDesk</translation>
    </message>
</context>
<context>
    <name>store.db</name>
    <message>
        <source>The database server cannot be reached ({exc}). Check the network connection and try again.</source>
        <translation>De databaseserver is niet bereikbaar ({exc}). Controleer de netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The disk is full ({where}); nothing was saved. Free some space or ask IT, then try again.</source>
        <translation>De schijf is vol ({where}); er is niets opgeslagen. Maak ruimte vrij of vraag ICT, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The database file {where} is damaged; nothing more is saved in it. Ask the coordinator to restore a backup (lendingdesk backups, then lendingdesk restore FILE --yes).</source>
        <translation>Het databasebestand {where} is beschadigd; er wordt niets meer in opgeslagen. Laat de coördinator een reservekopie terugzetten (lendingdesk backups, dan lendingdesk restore BESTAND --yes).</translation>
    </message>
    <message>
        <source>The database file {path} does not exist. Check the path (--db). Create a new, empty database on purpose with: lendingdesk --db PATH db upgrade. Put a backup back with: lendingdesk restore FILE --yes.</source>
        <translation>Het databasebestand {path} bestaat niet. Controleer het pad (--db). Een nieuwe, lege database maakt u bewust met: lendingdesk --db PAD db upgrade. Een reservekopie zet u terug met: lendingdesk restore BESTAND --yes.</translation>
    </message>
    <message>
        <source>The database file {path} was deleted or moved while LendingDesk was open; nothing was saved. Put the file back or ask the coordinator to restore a backup (lendingdesk restore), and start LendingDesk again.</source>
        <translation>Het databasebestand {path} is verwijderd of verplaatst terwijl LendingDesk open stond; er is niets opgeslagen. Zet het bestand terug of laat de coördinator een reservekopie terugzetten (lendingdesk restore), en start LendingDesk opnieuw.</translation>
    </message>
    <message>
        <source>The database file {path} was removed or replaced while LendingDesk was open; nothing was saved. Start LendingDesk again; if the wrong file was put back, ask the coordinator to restore a backup (lendingdesk restore).</source>
        <translation>Het databasebestand {path} is verwijderd of vervangen terwijl LendingDesk open stond; er is niets opgeslagen. Start LendingDesk opnieuw; is het verkeerde bestand teruggezet, laat de coördinator dan een reservekopie terugzetten (lendingdesk restore).</translation>
    </message>
    <message>
        <source>{path} cannot be written ({strerror}); nothing was saved.</source>
        <translation>{path} kan niet worden geschreven ({strerror}); er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Another desk changed this at the same moment. Scan again.</source>
        <translation>Een andere balie wijzigde dit op hetzelfde moment. Scan opnieuw.</translation>
    </message>
    <message>
        <source>The database server refuses the user name or password ({exc}). Check the password or ask the administrator; nothing was saved.</source>
        <translation>De databaseserver weigert de gebruikersnaam of het wachtwoord ({exc}). Controleer het wachtwoord of vraag de beheerder; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>de databaseserver</translation>
    </message>
    <message>
        <source>The database server only allows reading; nothing was saved. Ask the administrator.</source>
        <translation>De databaseserver staat alleen lezen toe; er is niets opgeslagen. Vraag de beheerder.</translation>
    </message>
    <message>
        <source>The database server reports damaged data ({exc}); nothing was saved. Tell the administrator.</source>
        <translation>De databaseserver meldt beschadigde gegevens ({exc}); er is niets opgeslagen. Waarschuw de beheerder.</translation>
    </message>
    <message>
        <source>the disk that holds the database</source>
        <translation>de schijf met de database</translation>
    </message>
    <message>
        <source>The database file {where} is read-only (the file or its folder cannot be written); nothing was saved. Ask IT for write permission on the file and its folder.</source>
        <translation>Het databasebestand {where} is alleen-lezen (het bestand of de map kan niet worden beschreven); er is niets opgeslagen. Vraag ICT om schrijfrechten op het bestand en de map.</translation>
    </message>
    <message>
        <source>The database file {where} cannot be opened ({exc}); nothing was saved. Ask IT for read and write permission on the file and its folder.</source>
        <translation>Het databasebestand {where} kan niet worden geopend ({exc}); er is niets opgeslagen. Vraag ICT om lees- en schrijfrechten op het bestand en de map.</translation>
    </message>
    <message>
        <source>The database is busy at another desk or with a backup. Try again in a moment.</source>
        <translation>De database is bezet door een andere balie of een reservekopie. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The database file {where} cannot be read or written ({exc}); nothing was saved. Check the disk or network folder.</source>
        <translation>Het databasebestand {where} kan niet worden gelezen of geschreven ({exc}); er is niets opgeslagen. Controleer de schijf of netwerkmap.</translation>
    </message>
    <message>
        <source>{where} is not a LendingDesk database but another kind of file; nothing was changed in it. Check the path given with --db (or LENDINGDESK_DB).</source>
        <translation>{where} is geen LendingDesk-database maar een ander soort bestand; er is niets in veranderd. Controleer het pad bij --db (of LENDINGDESK_DB).</translation>
    </message>
    <message>
        <source>{url} is not a database file: a database in memory keeps nothing once LendingDesk closes. Give the path of the desk&apos;s file with --db.</source>
        <translation>{url} is geen databasebestand: een database in het geheugen bewaart niets meer zodra LendingDesk sluit. Geef met --db het pad van het bestand van de balie.</translation>
    </message>
    <message>
        <source>at {path}</source>
        <translation>bij {path}</translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only or no permission); nothing was saved. Ask IT for write permission.</source>
        <translation>{path} kan niet worden geschreven (alleen-lezen of geen rechten); er is niets opgeslagen. Vraag ICT om schrijfrechten.</translation>
    </message>
    <message>
        <source>This database was made by a newer LendingDesk (schema {current}). Install that newer version; this version changes nothing in the database.</source>
        <translation>Deze database is gemaakt door een nieuwere LendingDesk (schema {current}). Installeer die nieuwere versie; deze versie verandert niets aan de database.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist. Check the path (--db); LendingDesk does not create folders for a typed path.</source>
        <translation>De map {parent} bestaat niet. Controleer het pad (--db); LendingDesk maakt geen mappen op een getypt pad.</translation>
    </message>
    <message>
        <source>The database cannot be opened ({exc}). Check the connection or path and try again.</source>
        <translation>De database kan niet worden geopend ({exc}). Controleer de verbinding of het pad en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>store.postgres</name>
    <message>
        <source>Unknown TLS mode “{sslmode}”. Choose from: {ssl_modes}.</source>
        <translation>Onbekende TLS-instelling “{sslmode}”. Kies uit: {ssl_modes}.</translation>
    </message>
    <message>
        <source>Fill in server, database and user.</source>
        <translation>Vul server, database en gebruiker in.</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL address; it starts with postgresql+psycopg://.</source>
        <translation>Dit is geen PostgreSQL-adres; het begint met postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>The password does not belong in the settings; it is kept in the system keyring.</source>
        <translation>Het wachtwoord hoort niet in de instellingen; het staat in de sleutelbos van het systeem.</translation>
    </message>
</context>
<context>
    <name>translation</name>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} en {last}</translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <source>Lending service review</source>
        <translation>Review uitleenservice</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Uw review</translation>
    </message>
    <message>
        <source>Thank you for giving a review. It takes about 5 minutes. Your review is checked before anything is published.</source>
        <translation>Fijn dat u een review geeft. Het duurt ongeveer 5 minuten. Uw review wordt eerst nagekeken voordat er iets gepubliceerd wordt.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Borrowed</source>
        <translation>Geleend</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Kies één antwoord.</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Kies wat van toepassing is.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Ten short statements about ease of use</source>
        <translation>Tien korte uitspraken over het gebruiksgemak</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Over u</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Not required. Only needed if your name may appear with the review.</source>
        <translation>Niet verplicht. Alleen nodig als uw naam bij de review mag staan.</translation>
    </message>
    <message>
        <source>Your role or discipline</source>
        <translation>Uw functie of discipline</translation>
    </message>
    <message>
        <source>For example: care assistant, physiotherapist.</source>
        <translation>Bijvoorbeeld: verzorgende IG, fysiotherapeut.</translation>
    </message>
    <message>
        <source>My name may be published with this review.</source>
        <translation>Mijn naam mag bij deze review gepubliceerd worden.</translation>
    </message>
    <message>
        <source>Without consent only the organisation or team is shown as the author.</source>
        <translation>Zonder toestemming staat als auteur alleen de organisatie of het team.</translation>
    </message>
    <message>
        <source>You gave consent to publish your name, but did not fill in a name. Fill in your name or untick the box.</source>
        <translation>U gaf toestemming om uw naam te publiceren, maar vulde geen naam in. Vul uw naam in of zet het vinkje uit.</translation>
    </message>
    <message>
        <source>Send review</source>
        <translation>Review versturen</translation>
    </message>
    <message>
        <source>The review has not been sent yet</source>
        <translation>De review is nog niet verstuurd</translation>
    </message>
    <message>
        <source>Please correct the marked answers:</source>
        <translation>Verbeter de gemarkeerde antwoorden:</translation>
    </message>
    <message>
        <source>This answer is still missing.</source>
        <translation>Dit antwoord ontbreekt nog.</translation>
    </message>
    <message>
        <source>The form had expired or did not come from this page. Your answers are still here; check them and send again.</source>
        <translation>Het formulier was verlopen of kwam niet van deze pagina. Uw antwoorden staan er nog; controleer ze en verstuur opnieuw.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Dank u wel!</translation>
    </message>
    <message>
        <source>Your review has been received. The lending service checks it and then publishes only what you allowed. You can close this page.</source>
        <translation>Uw review is ontvangen. De uitleenservice kijkt hem na en publiceert daarna alleen wat u hebt toegestaan. U kunt deze pagina sluiten.</translation>
    </message>
    <message>
        <source>Review already given</source>
        <translation>Review al gegeven</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>Link verlopen</translation>
    </message>
    <message>
        <source>Link not found</source>
        <translation>Link niet gevonden</translation>
    </message>
    <message>
        <source>Open the form with the QR code or the link on your return receipt.</source>
        <translation>Open het formulier met de QR-code of de link op uw innamebon.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>This request could not be read. Open the link on your return receipt again.</source>
        <translation>Dit verzoek kon niet gelezen worden. Open de link van uw innamebon opnieuw.</translation>
    </message>
    <message>
        <source>This page does not exist. Open the link on your return receipt again.</source>
        <translation>Deze pagina bestaat niet. Open de link van uw innamebon opnieuw.</translation>
    </message>
    <message>
        <source>This page cannot be used this way. Open the link on your return receipt again.</source>
        <translation>Deze pagina kan zo niet gebruikt worden. Open de link van uw innamebon opnieuw.</translation>
    </message>
    <message>
        <source>The form is too large to send. Shorten the comments and send again.</source>
        <translation>Het formulier is te groot om te versturen. Maak de toelichtingen korter en verstuur opnieuw.</translation>
    </message>
    <message>
        <source>Too many attempts in a short time. Wait a few minutes and try again.</source>
        <translation>Te veel pogingen in korte tijd. Wacht een paar minuten en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Something went wrong on our side; your review was not saved. Try again in a few minutes or ask the lending desk.</source>
        <translation>Er ging aan onze kant iets mis; uw review is niet opgeslagen. Probeer het over een paar minuten opnieuw of vraag het de uitleenbalie.</translation>
    </message>
    <message>
        <source>The review cannot be saved right now (the database cannot be reached). Try again in a few minutes.</source>
        <translation>De review kan nu niet worden opgeslagen (de database is niet bereikbaar). Probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>To the form</source>
        <translation>Naar het formulier</translation>
    </message>
    <message>
        <source>English</source>
        <comment>this language&apos;s own name</comment>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Read this page in English</source>
        <comment>offered in this language</comment>
        <translation>Lees deze pagina in het Nederlands</translation>
    </message>
</context>
<context>
    <name>web.server</name>
    <message>
        <source>The review form cannot start on {host}:{port} ({value}). Choose another port or an address of this computer.</source>
        <translation>Het reviewformulier kan niet starten op {host}:{port} ({value}). Kies een andere poort of een adres van deze computer.</translation>
    </message>
    <message>
        <source>Invalid setting for the review form: {exc}</source>
        <translation>Ongeldige instelling voor het reviewformulier: {exc}</translation>
    </message>
</context>
</TS>
