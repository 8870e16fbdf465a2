<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ConditionsDialog</name>
    <message>
        <source>Loan conditions</source>
        <translation>Leenvoorwaarden</translation>
    </message>
    <message>
        <source>Now in force: the built-in text. Saving makes version 1 of your organisation&apos;s own conditions.</source>
        <translation>Nu van kracht: de standaardtekst. Opslaan maakt versie 1 van de eigen voorwaarden van uw organisatie.</translation>
    </message>
    <message>
        <source>Now in force: version %1. Saving a change makes a new version; earlier acceptances keep the version that was accepted.</source>
        <translation>Nu van kracht: versie %1. Een wijziging opslaan maakt een nieuwe versie; eerdere acceptaties houden de versie die toen geaccepteerd is.</translation>
    </message>
    <message>
        <source>&amp;Use conditions</source>
        <translation>&amp;Gebruiksvoorwaarden</translation>
    </message>
    <message>
        <source>&amp;Hygiene instruction</source>
        <translation>&amp;Hygiëne-instructie</translation>
    </message>
    <message>
        <source>&amp;Privacy notice</source>
        <translation>&amp;Privacyverklaring</translation>
    </message>
</context>
<context>
    <name>ConditionsPanel</name>
    <message>
        <source>First sign in the box, then accept.</source>
        <translation>Teken eerst in het vak, dan akkoord.</translation>
    </message>
    <message>
        <source>Tick all three, then accept.</source>
        <translation>Vink alle drie aan, dan akkoord.</translation>
    </message>
    <message>
        <source>I accept the use conditions</source>
        <translation>Ik accepteer de gebruiksvoorwaarden</translation>
    </message>
    <message>
        <source>I follow the hygiene instruction</source>
        <translation>Ik volg de hygiëne-instructie</translation>
    </message>
    <message>
        <source>I have read the privacy notice</source>
        <translation>Ik heb de privacyverklaring gelezen</translation>
    </message>
    <message>
        <source>Sign below with your finger, a pen or the mouse:</source>
        <translation>Teken hieronder met je vinger, een pen of de muis:</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Hier tekenen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>the professional</source>
        <translation>de zorgprofessional</translation>
    </message>
    <message>
        <source>Let %1 read the conditions and sign below. Then press Enter. Esc: not accepted, nothing is lent.</source>
        <translation>Laat %1 de voorwaarden lezen en hieronder tekenen. Druk dan op Enter. Esc: niet geaccepteerd, er wordt niets uitgeleend.</translation>
    </message>
    <message>
        <source>Ask %1: do you accept the use conditions, will you follow the hygiene instruction, and have you read the privacy notice?

Press Enter when they say yes (or let them scan their own pass). Esc: not accepted, nothing is lent.</source>
        <translation>Vraag %1: accepteer je de gebruiksvoorwaarden, volg je de hygiëne-instructie en heb je de privacyverklaring gelezen?

Druk op Enter als het antwoord ja is (of laat de eigen pas scannen). Esc: niet geaccepteerd, er wordt niets uitgeleend.</translation>
    </message>
    <message>
        <source>Not accepted (Esc)</source>
        <translation>Niet geaccepteerd (Esc)</translation>
    </message>
    <message>
        <source>Accepted (Enter)</source>
        <translation>Geaccepteerd (Enter)</translation>
    </message>
    <message>
        <source>I do not accept</source>
        <translation>Ik accepteer niet</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akkoord</translation>
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
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>(%1 waiting)</source>
        <translation>(%1 wachtend)</translation>
    </message>
    <message>
        <source>No product by that name is out right now. Is it on the shelf? Scan it.</source>
        <translation>Er is nu geen product met die naam uitgeleend. Ligt het in de kast? Scan het dan.</translation>
    </message>
    <message>
        <source>You are on the waiting list for %1 (number %2). When one comes back, it is kept for you at the desk.</source>
        <translation>Je staat op de wachtlijst voor %1 (nummer %2). Komt er een terug, dan houdt de balie hem voor je vast.</translation>
    </message>
    <message>
        <source>Thank you. Now scan the products you take.</source>
        <translation>Dank je wel. Scan nu de producten die je meeneemt.</translation>
    </message>
    <message>
        <source>Answer the questions above, then press Return.</source>
        <translation>Beantwoord de vragen hierboven en druk dan op Terugbrengen.</translation>
    </message>
    <message>
        <source>First answer the questions for this product, then scan the next.</source>
        <translation>Beantwoord eerst de vragen over dit product en scan dan het volgende.</translation>
    </message>
    <message>
        <source>First accept the conditions, then scan the product again.</source>
        <translation>Accepteer eerst de voorwaarden en scan het product dan opnieuw.</translation>
    </message>
    <message>
        <source>Working… %1 is being processed; you can keep scanning.</source>
        <translation>Bezig… %1 wordt verwerkt; je kunt gewoon doorscannen.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message numerus="yes">
        <source>%n more scan(s) waiting.</source>
        <translation>
            <numerusform>Nog %n scan wacht.</numerusform>
            <numerusform>Nog %n scans wachten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) is yours until %3.</source>
        <translation>%1 (%2) is voor jou tot %3.</translation>
    </message>
    <message>
        <source>Scan your own pass first, then the products you take.</source>
        <translation>Scan eerst je eigen pas, daarna de producten die je meeneemt.</translation>
    </message>
    <message>
        <source>The desk cannot reach the database right now. Your scan of %1 is kept and will be processed; keep the product with you or leave it at the desk.</source>
        <translation>De balie kan de database nu niet bereiken. Je scan van %1 is bewaard en wordt verwerkt; houd het product bij je of laat het bij de balie.</translation>
    </message>
    <message>
        <source>Kept for you (waiting list): %1 (%2), until %3. Scan its label to borrow it.</source>
        <translation>Voor u bewaard (wachtlijst): %1 (%2), tot %3. Scan het label om het te lenen.</translation>
    </message>
    <message>
        <source>The session of %1 was ended after a while without activity.</source>
        <translation>De sessie van %1 is gesloten na een tijd zonder activiteit.</translation>
    </message>
    <message>
        <source>Nothing was lent, %1: borrowing needs the conditions accepted. Questions about them? Ask the coordinator.</source>
        <translation>Er is niets uitgeleend, %1: lenen kan alleen met geaccepteerde voorwaarden. Vragen erover? Stel ze aan de coördinator.</translation>
    </message>
    <message>
        <source>Goodbye, %1. Your loans are registered.</source>
        <translation>Tot ziens, %1. Je leningen zijn geregistreerd.</translation>
    </message>
    <message>
        <source>Goodbye, %1.</source>
        <translation>Tot ziens, %1.</translation>
    </message>
    <message>
        <source>Please answer all three questions.</source>
        <translation>Beantwoord alle drie de vragen.</translation>
    </message>
    <message>
        <source>Thank you. %1 (%2) is returned and goes to the cleaning queue.</source>
        <translation>Dank je wel. %1 (%2) is teruggebracht en gaat naar de schoonmaak.</translation>
    </message>
    <message>
        <source>Thank you. %1 (%2) is returned.</source>
        <translation>Dank je wel. %1 (%2) is teruggebracht.</translation>
    </message>
    <message>
        <source>The desk will look at what you reported.</source>
        <translation>De balie kijkt naar wat je hebt gemeld.</translation>
    </message>
    <message>
        <source>Not returned: nothing was changed.</source>
        <translation>Niet teruggebracht: er is niets veranderd.</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welkom, %1</translation>
    </message>
    <message>
        <source>Scan each product you take or bring back. Press Done when you are finished, or scan your pass again.</source>
        <translation>Scan elk product dat je meeneemt of terugbrengt. Druk op Klaar als je klaar bent, of scan je pas nog een keer.</translation>
    </message>
    <message>
        <source>Returning %1 (%2)</source>
        <translation>%1 (%2) terugbrengen</translation>
    </message>
    <message>
        <source>Is everything there? (%1)</source>
        <translation>Is alles erbij? (%1)</translation>
    </message>
    <message>
        <source>Is the product complete?</source>
        <translation>Is het product compleet?</translation>
    </message>
    <message>
        <source>Lent to %1. Answer three questions, then press Return.</source>
        <translation>Uitgeleend aan %1. Beantwoord drie vragen en druk dan op Terugbrengen.</translation>
    </message>
    <message>
        <source>Tap what is missing:</source>
        <translation>Tik aan wat ontbreekt:</translation>
    </message>
    <message>
        <source>LendingDesk self-service</source>
        <translation>LendingDesk zelfbediening</translation>
    </message>
    <message>
        <source>Before you borrow: accept the conditions, once for all products</source>
        <translation>Voordat je leent: accepteer de voorwaarden, één keer voor alle producten</translation>
    </message>
    <message>
        <source>Scan your pass to start</source>
        <translation>Scan je pas om te beginnen</translation>
    </message>
    <message>
        <source>Bringing something back? Just scan the product&apos;s label: you do not need your pass for that.</source>
        <translation>Breng je iets terug? Scan dan gewoon het label van het product: daarvoor is je pas niet nodig.</translation>
    </message>
    <message>
        <source>Write a review of it</source>
        <translation>Schrijf er een review over</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Wait for a product that is out</source>
        <translation>Wachten op een product dat uitgeleend is</translation>
    </message>
    <message>
        <source>Type part of its name; tap the product to join its waiting list.</source>
        <translation>Typ een deel van de naam; tik op het product om op de wachtlijst te komen.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Is it charged?</source>
        <translation>Is het opgeladen?</translation>
    </message>
    <message>
        <source>Is anything damaged?</source>
        <translation>Is er iets beschadigd?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Terugbrengen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>LockedScreen</name>
    <message>
        <source>Ends in %1 s — touch the screen to continue</source>
        <translation>Stopt over %1 s — raak het scherm aan om door te gaan</translation>
    </message>
    <message>
        <source>Need help? Call %1.</source>
        <translation>Hulp nodig? Bel %1.</translation>
    </message>
    <message>
        <source>Need help? Ask the lending desk&apos;s ambassador or the coordinator.</source>
        <translation>Hulp nodig? Vraag het de ambassadeur van de uitleenbalie of de coördinator.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Coordinator: enter the code to leave self-service</source>
        <translation>Coördinator: voer de code in om de zelfbediening te verlaten</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Coordinator code</source>
        <translation>Coördinatorcode</translation>
    </message>
</context>
<context>
    <name>SelfReviewScreen</name>
    <message>
        <source>Your answers are not saved. Stop anyway and lose them?</source>
        <translation>Je antwoorden zijn niet opgeslagen. Toch stoppen en ze kwijtraken?</translation>
    </message>
    <message>
        <source>Stop and lose the answers</source>
        <translation>Stoppen, antwoorden weg</translation>
    </message>
    <message>
        <source>Your review — the desk is yours for a moment</source>
        <translation>Jouw review — de balie is even van jou</translation>
    </message>
    <message>
        <source>Stop without a review</source>
        <translation>Stoppen zonder review</translation>
    </message>
    <message>
        <source>Keep filling in</source>
        <translation>Verder invullen</translation>
    </message>
</context>
</TS>
