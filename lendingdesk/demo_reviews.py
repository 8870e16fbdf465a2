"""Demo reviews: what care professionals wrote after their demo loans, through the real service.

:func:`lendingdesk.demo.fill_demo` calls :func:`fill_demo_reviews` after the loan history is
played. Every review goes through :class:`~lendingdesk.services.reviews.ReviewService`, so it is
validated, scored, audited and moderated exactly as at a desk: most are approved (some with
the reviewer's name, most without), a few wait for moderation, one is rejected, one had a
resident's name edited out, and the latest returned loans still wait for their review.

Demo data only: the judgements are invented for showing the desk, never for publishing.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from lendingdesk.domain import audit
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.reviews import NOT_APPLICABLE, POSITIVE_HEALTH, SUS_KEYS
from lendingdesk.services.reviews import Reviewer, ReviewService
from lendingdesk.store.db import Database
from lendingdesk.store.models import Item, Loan, Product

MODERATOR = "Daan Koster"  # the demo's innovation ambassador


@dataclass(frozen=True)
class _Voice:
    """How professionals judged one product, and the things they wrote about it."""

    quality: float  # 0…1: moves every rating
    pros: tuple[str, ...]
    cons: tuple[str, ...]
    tips: tuple[str, ...]
    sus_share: float = 0.3
    used_by: tuple[str, ...] = ("zorgmedewerker",)
    setup: str = "5_15"


_VOICES: dict[str, _Voice] = {
    "Tovertafel Original": _Voice(
        0.9,
        (
            "Bewoners die normaal stil aan tafel zitten, gingen meedoen met de bladerenspellen.",
            "Het middagdipje op de huiskamer was minder: er werd gelachen en samen gespeeld.",
            "Ook familie deed mee tijdens het bezoekuur; mooi om te zien.",
        ),
        (
            "De projectie is slecht te zien als de zon op tafel staat.",
            "Sommige spellen gaan te snel voor bewoners in een latere fase van dementie.",
            "",
        ),
        (
            "Doe de gordijnen dicht en begin met het spel met de bellen, dat snapt iedereen.",
            "Plan een vast moment na de lunch; dan weten collega's dat de tafel bezet is.",
        ),
        sus_share=0.4,
        used_by=("zorgmedewerker", "activiteitenbegeleider"),
        setup="lt_5",
    ),
    "Qwiek.up": _Voice(
        0.8,
        (
            "Een bedlegerige bewoner werd rustig van de zee-beelden op het plafond.",
            "Bij onrust in de avond hielp de module met natuurgeluiden echt.",
            "Makkelijk mee te nemen naar de kamer op de trolley.",
        ),
        (
            "De accu was na een avonddienst leeg.",
            "Het wisselen van modules is even zoeken de eerste keer.",
            "Geluid kan niet heel zacht; voor sommige bewoners te hard.",
        ),
        (
            "Laad hem na elke dienst op en berg de modules op in het vakje van de koffer.",
            "Begin met vijf minuten en blijf erbij om te zien hoe iemand reageert.",
        ),
        sus_share=0.6,
        used_by=("zorgmedewerker", "activiteitenbegeleider"),
        setup="5_15",
    ),
    "PARO therapeutische robotzeehond": _Voice(
        0.85,
        (
            "Bewoners gingen praten en zingen tegen de zeehond.",
            "Een onrustige bewoner kwam tot rust met PARO op schoot.",
        ),
        ("Zwaar om lang vast te houden.", "Niet geschikt voor isolatiekamers."),
        ("Zet hem na gebruik met de speen aan de lader.",),
    ),
    "Joy for All companion kat": _Voice(
        0.75,
        (
            "Geeft troost en afleiding, vooral in de avond.",
            "Een bewoonster aaide de kat en vertelde over haar eigen poezen van vroeger.",
            "Licht en makkelijk mee te nemen naar een kamer.",
        ),
        (
            "De batterijen zijn snel leeg.",
            "Het miauwen kan onverwacht hard zijn in een stille kamer.",
        ),
        (
            "Neem een setje reservebatterijen (C) mee bij het uitlenen.",
            "Leg uit dat het een knuffel is; niet iedereen wil dat.",
        ),
    ),
    "Joy for All companion hondje": _Voice(
        0.7,
        (
            "Bewoners met een eigen hond vroeger reageerden heel blij.",
            "Het hondje geeft een aanleiding om een gesprek te beginnen.",
            "Rustgevend bij het naar bed gaan.",
        ),
        (
            "Niet iedereen vindt het waardig; één bewoner voelde zich gekinderachtigd.",
            "De vacht wordt snel vies en is lastig schoon te houden.",
            "",
        ),
        (
            "Vraag eerst of iemand van honden houdt.",
            "Borstel de vacht na gebruik, nooit nat maken.",
        ),
    ),
    "Tessa sociale robot": _Voice(
        0.6,
        (
            "Herinneringen aan drinken en medicatie werden goed opgevolgd.",
            "Cliënt thuis had meer structuur in de ochtend.",
        ),
        (
            "Instellen via de app kost tijd; de wifi thuis viel weg.",
            "De stem is voor slechthorende cliënten te zacht.",
            "Na de uitlening moet het app-account opnieuw ingericht worden.",
        ),
        (
            "Spreek met de mantelzorger af wie de berichten in de app beheert.",
            "Test de wifi bij de cliënt voordat je Tessa brengt.",
        ),
        used_by=("zorgmedewerker", "mantelzorger"),
        setup="15_30",
    ),
    "Medido medicijndispenser": _Voice(
        0.55,
        (
            "Minder gemiste innames bij een cliënt die alleen woont.",
            "De melding bij een gemiste inname kwam betrouwbaar binnen.",
        ),
        (
            "Afhankelijk van de apotheek voor de rollen; dat duurde een week.",
            "Het piepen schrikt sommige cliënten af.",
            "Alleen bruikbaar met stopcontact vlakbij.",
        ),
        (
            "Regel de levering van de medicijnrol met de apotheek vóór de start.",
            "Haal na de uitlening de persoonlijke rol eruit en desinfecteer de lade.",
        ),
        setup="15_30",
    ),
    "Compaan seniorentablet": _Voice(
        0.6,
        (
            "Beeldbellen met kleinkinderen lukte zonder hulp.",
            "Grote knoppen, duidelijk voor mensen die nooit een tablet hadden.",
        ),
        (
            "Het familieportaal instellen kost een middag.",
            "Zonder actieve familie wordt hij nauwelijks gebruikt.",
            "Soms liep het scherm vast na een update.",
        ),
        (
            "Nodig familie uit om het portaal samen in te richten.",
            "Reset het account na afloop, anders ziet de volgende de oude foto's.",
        ),
        sus_share=0.5,
        used_by=("client", "mantelzorger"),
        setup="gt_30",
    ),
    "Momo BedSense": _Voice(
        0.7,
        (
            "Minder nachtelijke rondes nodig: we zagen in de app of iemand in bed lag.",
            "Eerder bij een bewoner die uit bed wilde, geen valpartij meer die week.",
        ),
        ("De koppeling met de telefoon van de nachtdienst viel twee keer weg.",),
        ("Leg de sensor recht onder het matras ter hoogte van de heupen.",),
        setup="15_30",
    ),
    "Uitbedmat met alarm": _Voice(
        0.6,
        ("Alarm kwam op tijd binnen bij het uit bed stappen.",),
        ("Veel loze alarmen als de mat verschuift.", "De kabel is een struikelrisico."),
        ("Plak de mat vast met de antislipstrips en leg de kabel langs de muur.",),
        setup="5_15",
    ),
    "Voetenmat met alarm": _Voice(
        0.55,
        (
            "We wisten op tijd dat een bewoner 's nachts ging dwalen.",
            "Goedkoop alternatief voor een camera; bewoner vond het niet storend.",
            "Snel neergelegd, geen installatie nodig.",
        ),
        (
            "Veel loze meldingen door de rollator die op de mat stond.",
            "De mat schuift weg op een gladde vloer.",
            "Het alarm op de ontvanger is te zacht in een drukke gang.",
        ),
        (
            "Leg de mat niet direct naast het bed maar bij de deur.",
            "Test het alarm met de nachtdienst voordat je hem inzet.",
        ),
        sus_share=0.6,
        setup="lt_5",
    ),
    "Sensara leefstijlmonitoring": _Voice(
        0.65,
        (
            "We zagen dat een cliënt 's nachts veel onrustig was en konden de zorg aanpassen.",
            "De familie was gerustgesteld door de dagelijkse melding dat alles normaal was.",
            "Gaf onderbouwing voor het gesprek over meer zorg.",
        ),
        (
            "De eerste twee weken leert het systeem nog; dan zijn er veel meldingen.",
            "Installeren van de sensoren kost een uur per woning.",
            "Cliënt vond het idee van sensoren in huis eerst eng.",
        ),
        (
            "Leg goed uit dat er geen camera's zijn; dat neemt veel zorgen weg.",
            "Plan de eerste evaluatie pas na drie weken.",
        ),
        sus_share=0.5,
        setup="gt_30",
    ),
    "Zembro GPS-horloge": _Voice(
        0.6,
        ("Cliënt kon weer zelfstandig wandelen; familie wist waar hij was.",),
        ("Moet elke dag aan de lader; dat werd vergeten.",),
        ("Leg de lader naast het nachtkastje en zet een wekker.",),
    ),
    "Wolk heupairbag": _Voice(
        0.6,
        ("Bewoner voelde zich veiliger bij het lopen.",),
        ("Opladen past slecht in de ochtendroutine.", "Te warm in de zomer."),
        ("Laad de airbag 's nachts op samen met de telefoon van de nachtdienst.",),
    ),
    "TENA SmartCare Change Indicator": _Voice(
        0.6,
        (
            "Minder onnodige controles in de nacht, bewoners sliepen beter door.",
            "Het inzicht in het plaspatroon hielp bij het toiletschema.",
        ),
        (
            "De clip raakt soms los bij onrustige bewoners.",
            "Meldingen komen via een extra app; weer een scherm erbij.",
            "",
        ),
        (
            "Gebruik de eerste week vooral om het patroon te leren kennen.",
            "Desinfecteer de clip volgens het protocol van de fabrikant.",
        ),
        setup="5_15",
    ),
    "Fietslabyrint": _Voice(
        0.85,
        (
            "Bewoners fietsten door hun oude woonplaats en vertelden honderduit.",
            "Meer beweging zonder dat het als oefenen voelt.",
        ),
        ("Neemt veel ruimte in op de huiskamer.",),
        ("Zoek vooraf de route van het dorp waar iemand opgroeide.",),
        used_by=("activiteitenbegeleider", "behandelaar"),
    ),
    "SilverFit Mile": _Voice(
        0.8,
        (
            "Bewoners fietsten langer door de beelden van de route.",
            "Goed in te zetten in de fysiotherapie, ook voor bewoners met dementie.",
            "De voortgang per bewoner is makkelijk te volgen.",
        ),
        (
            "Opstarten van de computer duurt lang.",
            "Het scherm hangt te hoog voor bewoners in een rolstoel.",
        ),
        (
            "Zet het systeem aan voordat de groep binnenkomt.",
            "Begin met de korte routes van tien minuten.",
        ),
        used_by=("behandelaar",),
        setup="5_15",
    ),
    "VR-bril met 360°-films": _Voice(
        0.7,
        (
            "Een bewoner die niet meer buiten komt, stond weer even op het strand van Scheveningen.",
            "Veel herkenning bij de films van vroeger; goede gesprekken na afloop.",
        ),
        (
            "Niet geschikt voor bewoners met evenwichtsproblemen: één werd duizelig.",
            "De bril is zwaar voor een lange sessie.",
        ),
        (
            "Houd sessies kort, vijf tot tien minuten, en laat iemand zitten.",
            "Neem het gezichtskussen na elk gebruik af met een hygiënedoekje.",
        ),
        used_by=("activiteitenbegeleider",),
    ),
    "inmu muziekkussen": _Voice(
        0.75,
        (
            "Bij onrust rond het avondeten werd een bewoonster rustig van de muziek en de trilling.",
            "Eenvoudig: knijpen en de muziek start. Bewoners deden het zelf.",
            "Fijn bij het inslapen.",
        ),
        (
            "De muziek is niet aan te passen aan iemands eigen smaak.",
            "Batterij gaat ongeveer een week mee, daarna ligt hij stil in de kast.",
        ),
        (
            "Geef het kussen op schoot in plaats van in bed, dan merk je sneller of het helpt.",
            "Was de hoes op 40 graden, de binnenkant niet.",
        ),
        setup="lt_5",
    ),
    "LEA robotrollator": _Voice(0.7, (), (), ()),
    "Personenalarm met valdetector": _Voice(
        0.65,
        (
            "Een val werd direct gemeld; de cliënt lag niet lang op de grond.",
            "Cliënt durfde weer alleen te douchen.",
        ),
        (
            "Valse valmeldingen bij het hard gaan zitten.",
            "Het testen bij retour werd vergeten door de thuiszorg.",
        ),
        ("Doe bij afgifte samen met de cliënt een testalarm.",),
        used_by=("client", "zorgmedewerker"),
    ),
    "Dagritmeklok": _Voice(
        0.7,
        ("Minder vragen over welke dag het is.",),
        ("Het scherm is 's nachts te fel.",),
        ("Zet de nachtstand aan voordat je hem ophangt.",),
        used_by=("client",),
    ),
    "Slimme medicijnwekker": _Voice(
        0.5,
        (
            "Helpt bij cliënten die alleen af en toe een inname vergeten.",
            "Klein en overzichtelijk; past op de keukentafel.",
            "Cliënt voelde zich zelfstandiger.",
        ),
        (
            "Het vullen van de vakjes kost de wijkverpleging veel tijd.",
            "Het alarm stopt na een minuut; wie in de tuin is, mist het.",
            "De knoppen zijn te klein voor cliënten met reuma.",
        ),
        (
            "Alleen geschikt als er iemand is die wekelijks vult.",
            "Zet het alarm op de tijd van een vast dagmoment, zoals het ontbijt.",
        ),
        sus_share=0.5,
        used_by=("client", "mantelzorger"),
        setup="15_30",
    ),
    "Robotkat Tombot-puppy": _Voice(
        0.8,
        (
            "Bewoners knuffelden de puppy en werden er zichtbaar vrolijk van.",
            "Heel levensecht; reageert op aanraking en stem.",
            "Een goede afleiding tijdens de zorg bij het wassen.",
        ),
        ("Duur; we durven hem niet op de huiskamer te laten liggen.", ""),
        (
            "Leg de puppy op een kussen op schoot, dan houdt iemand hem langer vast.",
            "Laad hem elke nacht op.",
        ),
        used_by=("zorgmedewerker", "activiteitenbegeleider"),
    ),
    "Leeslamp met daglichttherapie": _Voice(
        0.55,
        (
            "Een bewoonster zat weer graag bij het raam te lezen.",
            "Meer daglicht in de wintermaanden op de donkere kamer.",
        ),
        (
            "Effect op slaap hebben we in een paar weken niet gezien.",
            "Het licht verblindt als de lamp verkeerd staat.",
        ),
        ("Gebruik de lamp 's ochtends, niet na vieren.",),
        setup="lt_5",
    ),
    "Bewegingsmelder met nachtlamp": _Voice(
        0.7,
        ("Bewoners vonden 's nachts de weg naar het toilet.", "Heel eenvoudig te plaatsen."),
        ("Gaat ook aan als de kat langsloopt.",),
        ("Plaats hem laag, bij de plint, zodat het licht niet in de ogen schijnt.",),
        setup="lt_5",
    ),
    "Stappenteller voor ouderen": _Voice(
        0.45,
        (
            "Een cliënt werd gemotiveerd door het aantal stappen te zien.",
            "Goed als start van het gesprek over bewegen.",
        ),
        (
            "Het koppelen met de telefoon lukte niet zonder hulp.",
            "De cijfers op het scherm zijn te klein.",
            "Bandje gaat snel los.",
        ),
        ("Laat de fysiotherapeut de doelen instellen.",),
        used_by=("client", "behandelaar"),
        setup="15_30",
    ),
}

_GENERIC = _Voice(
    0.65,
    ("Makkelijk uit te leggen aan collega's.", "Cliënten reageerden positief."),
    ("Kost tijd om te leren kennen.", ""),
    ("Lees eerst de korte handleiding in de koffer.",),
)

_SETTINGS = {
    "Verpleeghuis": "verpleeghuis",
    "Thuiszorg": "thuiszorg",
    "Dagbesteding": "dagbesteding",
    "Revalidatie": "revalidatie",
}
_GROUPS = {
    "Dementie": "dementie",
    "Somatiek": "somatiek",
    "Psychogeriatrie": "psychogeriatrie",
    "Ouderen thuis": "ouderen_thuis",
    "Verstandelijke beperking": "verstandelijke_beperking",
}

# A review that is about the desk, not the product: the moderator rejects it.
_OFF_TOPIC = (
    "Dit gaat niet over het product: de uitleenbalie was dicht toen ik hem wilde terugbrengen "
    "en niemand nam de telefoon op."
)

# A review whose "what worked well" named a resident: the moderator takes the name out.
_NAMED_RESIDENT = (
    "Meneer Van der Heijden op kamer 14 zong weer mee, voor het eerst in weken.",
    "Een bewoner zong weer mee, voor het eerst in weken.",
)


def _clip(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


class _Texts:
    """Hands out each product's remarks without repeats: two colleagues rarely write alike."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._left: dict[tuple[str, str], list[str]] = {}

    def take(self, product: str, key: str, texts: tuple[str, ...]) -> str:
        left = self._left.setdefault((product, key), [t for t in texts if t])
        if not left:
            return ""
        return left.pop(self._rng.randrange(len(left)))


def _answers(rng: random.Random, voice: _Voice, loan: Loan, texts: _Texts) -> dict[str, object]:
    q = voice.quality + rng.gauss(0, 0.12)  # each professional judges a little differently

    def scale(centre: float, low: int = 1, high: int = 5, spread: float = 0.6) -> int:
        return _clip(rng.gauss(centre, spread), low, high)

    assert loan.returned_at is not None
    days = max(1, (loan.returned_at - loan.out_at).days)
    answers: dict[str, object] = {
        "setting": _SETTINGS.get(loan.setting or "", "verpleeghuis"),
        "client_group": _GROUPS.get(loan.client_group or "", "anders"),
        "duration_weeks": max(1, round(days / 7)),
        "frequency": rng.choice(["dagelijks", "meerdere_keren_per_week", "wekelijks"]),
        "number_of_clients": rng.randint(1, 8),
        "used_by": list(voice.used_by),
        "overall": scale(1 + 4 * q),
        "ease_of_use": scale(1.5 + 3.5 * q),
        "usefulness_client": scale(1 + 4 * q),
        "usefulness_professional": scale(1 + 3.6 * q),
        "setup_time": voice.setup,
        "cleaning_effort": scale(2.5, spread=0.8),
        "effect_workload": scale(-1.2 + 2.6 * q, -2, 2),
        "effect_work_pleasure": scale(-1 + 3 * q, -2, 2),
        "recommend": scale(2 + 8.5 * q, 0, 10, spread=1.0),
    }
    for key, _label in POSITIVE_HEALTH:
        relevant = rng.random() > 0.2
        answers[key] = scale(-0.6 + 2.6 * q, -2, 2) if relevant else NOT_APPLICABLE
    product = loan.item.product.name
    for key, options in (("pros", voice.pros), ("cons", voice.cons), ("tips", voice.tips)):
        if rng.random() < 0.85 and (text := texts.take(product, key, options)):
            answers[key] = text
    if rng.random() < voice.sus_share:
        agree = 1 + 4 * q
        for position, key in enumerate(SUS_KEYS, start=1):
            answers[key] = scale(agree if position % 2 else 6 - agree, spread=0.7)
    return answers


def _quest_answers(rng: random.Random, voice: _Voice) -> dict[str, object]:
    keys = (
        "quest_dimensions",
        "quest_weight",
        "quest_adjustments",
        "quest_safety",
        "quest_durability",
        "quest_ease_of_use",
        "quest_comfort",
        "quest_effectiveness",
    )
    centre = 1 + 4 * voice.quality
    return {
        k: _clip(rng.gauss(centre - (0.8 if k == "quest_weight" else 0), 0.7), 1, 5)
        for k in keys
        if rng.random() > 0.1 or k == "quest_safety"
    }


def fill_demo_reviews(db: Database, *, now: datetime | None = None, seed: int = 11) -> dict:
    """Reviews for most returned demo loans; returns counts per moderation state."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    rng = random.Random(seed)
    moment = [now]

    def ctx() -> DeskContext:
        return DeskContext(actor="Demo", desk="Uitleenbalie", clock=lambda: moment[0])

    service = ReviewService(db, ctx)
    with db.unit_of_work() as session:
        # The robot rollator is an assistive device: reviewed with QUEST 2.0.
        lea = session.scalar(select(Product).where(Product.name == "LEA robotrollator"))
        if lea is not None:
            lea.instrument_key = "quest-device"
            audit.record(
                session, ctx(), "product_updated", "product", lea.id, instrument="quest-device"
            )
        loans = list(
            session.scalars(
                select(Loan)
                .options(joinedload(Loan.item).joinedload(Item.product), joinedload(Loan.borrower))
                .where(Loan.review_state == "pending", Loan.returned_at.is_not(None))
                .order_by(Loan.returned_at, Loan.id)
            )
        )
        session.expunge_all()

    counts = {"approved": 0, "pending": 0, "rejected": 0, "declined": 0, "waiting": 0}
    waiting = loans[-6:]  # the latest returns: the desk still has to ask for a review
    named_resident_done = False
    texts = _Texts(rng)
    reviewed = 0
    for index, loan in enumerate(loans[:-6]):
        assert loan.returned_at is not None
        roll = rng.random()
        if roll < 0.08:
            moment[0] = loan.returned_at.replace(tzinfo=UTC) + timedelta(days=2)
            service.decline_review(loan.id)
            counts["declined"] += 1
            continue
        if roll < 0.14:
            counts["waiting"] += 1  # asked, no answer yet
            continue
        product = loan.item.product
        voice = _VOICES.get(product.name, _GENERIC)
        borrower = loan.borrower
        written = loan.returned_at.replace(tzinfo=UTC) + timedelta(
            days=rng.randint(0, 5), hours=rng.randint(1, 8)
        )
        moment[0] = min(written, now - timedelta(hours=2))
        if product.name == "LEA robotrollator":
            answers = _quest_answers(rng, voice)
        else:
            answers = _answers(rng, voice, loan, texts)
            if not named_resident_done and product.name in ("Tovertafel Original", "Qwiek.up"):
                answers["pros"] = _NAMED_RESIDENT[0]
        if borrower.kind == "team":
            reviewer = Reviewer(discipline=borrower.discipline or "")
        else:
            # Consent is a person's own choice, the same in each of their reviews (as at a
            # real desk); some reviews are left without a name at all.
            choice = rng.random()
            named = choice < 0.8
            reviewer = Reviewer(
                name=borrower.name if named else "",
                publish_name=named and _consents_to_publish(borrower.badge),
            )
        reviewed += 1
        if reviewed == 20 and product.name != "LEA robotrollator":
            answers["cons"] = _OFF_TOPIC
        row = service.add_review(loan.id, answers, reviewer)

        # Moderation a few days later; the most recent reviews still wait for it.
        moderated = moment[0] + timedelta(days=rng.randint(1, 4))
        if moderated > now - timedelta(days=1) or index >= len(loans) - 14:
            counts["pending"] += 1
            continue
        moment[0] = moderated
        if answers.get("pros") == _NAMED_RESIDENT[0]:
            service.moderate(row.id, "approve", edits={"pros": _NAMED_RESIDENT[1]}, by=MODERATOR)
            named_resident_done = True
            counts["approved"] += 1
        elif answers.get("cons") == _OFF_TOPIC:
            service.moderate(row.id, "reject", by=MODERATOR)
            counts["rejected"] += 1
        else:
            service.moderate(row.id, "approve", by=MODERATOR)
            counts["approved"] += 1
    counts["waiting"] += len(waiting)
    return counts


def _consents_to_publish(badge: str) -> bool:
    """About two in five demo professionals let their name be published; stable per person."""
    return zlib.crc32(badge.encode()) % 5 < 2
