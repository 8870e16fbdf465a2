"""Printed words of the labels, badges and slips: catalogue texts (context "Document", Dutch
in resources/translations/texts_nl.ts) put into words by lendingdesk/translation.py, which
the command line uses without loading Qt. Dates come from lendingdesk/dates.py.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from lendingdesk.dates import format_date
from lendingdesk.translation import Message, translate

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")

TEXTS: dict[str, Message] = {
    "badge_title": translate("Document", "Borrower badge"),
    "checkout_title": translate("Document", "Loan slip"),
    "return_title": translate("Document", "Return receipt"),
    "loan": translate("Document", "Loan"),
    "loans": translate("Document", "Loans"),
    "issued_at": translate("Document", "Date"),
    "borrower": translate("Document", "Borrower"),
    "team": translate("Document", "Team"),
    "badge": translate("Document", "Badge"),
    "items": translate("Document", "Items"),
    "tag": translate("Document", "Tag"),
    "product": translate("Document", "Product"),
    "due": translate("Document", "Due"),
    "lent_on": translate("Document", "Lent on"),
    "returned_on": translate("Document", "Returned on"),
    "overdue": translate("Document", "OVERDUE"),
    "late_return": translate("Document", "late, due {due}"),
    "accessories_out": translate("Document", "Handed over"),
    "not_included": translate("Document", "Lent without"),
    "care": translate("Document", "Care and cleaning"),
    "condition_in": translate("Document", "Condition at return"),
    "accessories_back": translate("Document", "Returned"),
    "missing": translate("Document", "Missing"),
    "damage": translate("Document", "Damage"),
    "none": translate("Document", "none"),
    "complete": translate("Document", "complete"),
    "notes": translate("Document", "Notes"),
    "sign_borrower": translate("Document", "Borrower's signature"),
    "sign_desk": translate("Document", "Lending desk signature"),
    "name_date": translate("Document", "Name and date"),
    "contact": translate("Document", "Contact"),
    "terms_checkout": translate(
        "Document",
        "These items are lent free of charge (Dutch Civil Code art. 7A:1777). The borrower takes good care of them, follows the care and cleaning instructions and returns the same item with all accessories by the due date. Report damage or loss to the lending desk at once.",
    ),
    "terms_return": translate(
        "Document",
        "The lending desk took back the items above in the condition stated. An item is lent again only after its cleaning has been signed off.",
    ),
    "page": translate("Document", "Page"),
    "signed_for": translate("Document", "Signed for the items on this slip: {tags}."),
    "conditions_accepted": translate(
        "Document", "Loan conditions (version {version}) accepted on {when}, {how}."
    ),
    "conditions_tick": translate("Document", "ticked on the screen"),
    "conditions_signature": translate("Document", "signed on the screen"),
    "acceptance_title": translate("Document", "Acceptance of the loan conditions"),
    "desk": translate("Document", "Desk"),
    "accepted_on": translate("Document", "Accepted on"),
    "conditions_version": translate("Document", "Conditions version"),
    "conditions_builtin": translate("Document", "0 (built-in text)"),
    "use_conditions": translate("Document", "Use conditions"),
    "hygiene_instruction": translate("Document", "Hygiene instruction"),
    "privacy_notice": translate("Document", "Privacy notice"),
    "signature": translate("Document", "Signature"),
    "acceptance": translate("Document", "Acceptance"),
    "accepted_ticked": translate(
        "Document", "Accepted by ticking on the desk's screen (self-service)."
    ),
    "accepted_signed": translate("Document", "Signed on the desk's screen (self-service)."),
    "accepted_confirmed": translate(
        "Document",
        "Agreed to aloud at the staffed lending desk (use conditions, hygiene instruction and privacy notice); recorded by {witness}.",
    ),
    "accepted_signed_staffed": translate(
        "Document", "Signed on the desk's screen at the staffed lending desk, with {witness}."
    ),
    "conditions_confirmed": translate("Document", "agreed to aloud at the desk"),
    "review_phone_title": translate("Document", "Your review on your phone"),
    "review_phone": translate(
        "Document",
        "How did {product} work out? Scan the code with your phone's camera or type the address below. The link works once, until {date}.",
    ),
}


def check_lang(lang: str) -> Lang:
    """``lang`` as one of the supported languages; "nl-NL" style tags are accepted."""
    short = lang.lower()[:2]
    for known in LANGS:
        if short == known:
            return known
    raise ValueError(f"unsupported document language: {lang!r} (use one of {LANGS})")


def word(key: str, lang: Lang, **values: object) -> str:
    return TEXTS[key].format(**values).render(lang)


def format_datetime(value: datetime, lang: Lang) -> str:
    return f"{format_date(value, lang)} {value:%H:%M}"
