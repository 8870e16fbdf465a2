"""Printed words of the documents, Dutch first with an English variant.

Kept as a plain dict (not Qt translations) because documents are also made by the
command line, which never loads Qt. Dates are spelled out by hand: the C locale of a
server or a frozen build cannot be trusted to know Dutch month names.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from lendingdesk.dates import format_date

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")

TEXTS: dict[str, dict[Lang, str]] = {
    "badge_title": {"nl": "Lenerspas", "en": "Borrower badge"},
    "conditions_accepted": {
        "nl": "Leenvoorwaarden (versie {version}) geaccepteerd op {when}, {how}.",
        "en": "Loan conditions (version {version}) accepted on {when}, {how}.",
    },
    "conditions_tick": {"nl": "aangevinkt op het scherm", "en": "ticked on the screen"},
    "conditions_signature": {"nl": "getekend op het scherm", "en": "signed on the screen"},
    "checkout_title": {"nl": "Uitleenbon", "en": "Loan slip"},
    "return_title": {"nl": "Innamebewijs", "en": "Return receipt"},
    "loan": {"nl": "Uitlening", "en": "Loan"},
    "loans": {"nl": "Uitleningen", "en": "Loans"},
    "issued_at": {"nl": "Datum", "en": "Date"},
    "borrower": {"nl": "Lener", "en": "Borrower"},
    "team": {"nl": "Team", "en": "Team"},
    "badge": {"nl": "Lenerspas", "en": "Badge"},
    "items": {"nl": "Producten", "en": "Items"},
    "tag": {"nl": "Code", "en": "Tag"},
    "product": {"nl": "Product", "en": "Product"},
    "due": {"nl": "Terug op", "en": "Due"},
    "lent_on": {"nl": "Geleend op", "en": "Lent on"},
    "returned_on": {"nl": "Teruggebracht op", "en": "Returned on"},
    "overdue": {"nl": "TE LAAT", "en": "OVERDUE"},
    "late_return": {"nl": "te laat, terug op {due}", "en": "late, due {due}"},
    "accessories_out": {"nl": "Meegegeven", "en": "Handed over"},
    "care": {"nl": "Gebruik en reiniging", "en": "Care and cleaning"},
    "condition_in": {"nl": "Staat bij inname", "en": "Condition at return"},
    "accessories_back": {"nl": "Terug ontvangen", "en": "Returned"},
    "missing": {"nl": "Ontbreekt", "en": "Missing"},
    "damage": {"nl": "Schade", "en": "Damage"},
    "none": {"nl": "geen", "en": "none"},
    "complete": {"nl": "compleet", "en": "complete"},
    "notes": {"nl": "Opmerkingen", "en": "Notes"},
    "review_phone_title": {"nl": "Uw review op uw telefoon", "en": "Your review on your phone"},
    "review_phone": {
        "nl": "Hoe ging het met {product}? Scan de code met de camera van uw telefoon of typ "
        "het adres hieronder. De link werkt één keer, tot en met {date}.",
        "en": "How did {product} work out? Scan the code with your phone's camera or type "
        "the address below. The link works once, until {date}.",
    },
    "sign_borrower": {"nl": "Handtekening lener", "en": "Borrower's signature"},
    "sign_desk": {"nl": "Handtekening uitleenservice", "en": "Lending desk signature"},
    "name_date": {"nl": "Naam en datum", "en": "Name and date"},
    "contact": {"nl": "Contact", "en": "Contact"},
    "terms_checkout": {
        "nl": (
            "Deze producten zijn in bruikleen gegeven (art. 7A:1777 BW). De lener gaat er "
            "zorgvuldig mee om, volgt de gebruiks- en reinigingsinstructies en brengt hetzelfde "
            "product met alle toebehoren uiterlijk op de terugbrengdatum terug. Meld schade of "
            "verlies direct bij de uitleenservice."
        ),
        "en": (
            "These items are lent free of charge (Dutch Civil Code art. 7A:1777). The borrower "
            "takes good care of them, follows the care and cleaning instructions and returns the "
            "same item with all accessories by the due date. Report damage or loss to the "
            "lending desk at once."
        ),
    },
    "terms_return": {
        "nl": (
            "De uitleenservice heeft de producten hierboven teruggenomen in de genoemde staat. "
            "Een product wordt pas weer uitgeleend nadat de reiniging is afgetekend."
        ),
        "en": (
            "The lending desk took back the items above in the condition stated. An item is "
            "lent again only after its cleaning has been signed off."
        ),
    },
    "page": {"nl": "Pagina", "en": "Page"},
}


def check_lang(lang: str) -> Lang:
    """``lang`` as one of the supported languages; "nl-NL" style tags are accepted."""
    short = lang.lower()[:2]
    for known in LANGS:
        if short == known:
            return known
    raise ValueError(f"unsupported document language: {lang!r} (use one of {LANGS})")


def tr(key: str, lang: Lang) -> str:
    return TEXTS[key][lang]


def format_datetime(value: datetime, lang: Lang) -> str:
    return f"{format_date(value, lang)} {value:%H:%M}"
