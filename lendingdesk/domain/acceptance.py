"""The loan conditions and their acceptance.

The organisation writes three texts -- the use conditions, the hygiene instruction and the
privacy notice -- kept as numbered versions (a change is a new version; old acceptances keep
pointing at the text that was accepted). Until the coordinator writes them, version 0 is the
built-in text below. A professional accepts them once per session -- at the kiosk or at a
staffed desk -- for all the loans of that session, by ticking or by signing (at a staffed desk:
by agreeing aloud to the ambassador, or by signing there); the acceptance names the version,
the desk, the time, the loans, the ambassador who recorded it, and holds the signature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lendingdesk.domain import audit
from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import InvalidInput
from lendingdesk.store.models import (
    ACCEPTANCE_METHODS,
    Borrower,
    Loan,
    LoanAcceptance,
    LoanAcceptanceLoan,
    LoanConditions,
)
from lendingdesk.translation import Message, translate

MAX_TEXT = 20_000  # characters per text: a few pages, not a book
MAX_SIGNATURE = 512 * 1024  # bytes of PNG

DEFAULT_USE = (
    "Ik gebruik de geleende producten alleen voor het werk met cliënten van de organisatie, "
    "volgens de handleiding, en breng ze uiterlijk op de terugbrengdatum compleet terug. "
    "Schade, verlies of een storing meld ik meteen bij de uitleenbalie."
)
DEFAULT_HYGIENE = (
    "Ik reinig het product na elk gebruik bij een cliënt zoals de reinigingsinstructie van "
    "het product zegt, en lever het terug in de bijgeleverde tas. Bij een besmetting of "
    "isolatie meld ik dat bij het terugbrengen."
)
DEFAULT_PRIVACY = (
    "De uitleenbalie bewaart mijn naam, team, pasnummer en wat ik leen, om de uitleen te "
    "regelen. Er worden geen gegevens van cliënten vastgelegd. Op verzoek worden mijn gegevens "
    "gewist (AVG)."
)


@dataclass(frozen=True)
class ConditionsVersion:
    version: int
    use_text: str
    hygiene_text: str
    privacy_text: str
    created_at: datetime | None
    created_by: str | None


DEFAULT = ConditionsVersion(0, DEFAULT_USE, DEFAULT_HYGIENE, DEFAULT_PRIVACY, None, None)


def _version(row: LoanConditions) -> ConditionsVersion:
    return ConditionsVersion(
        row.version,
        row.use_text,
        row.hygiene_text,
        row.privacy_text,
        row.created_at,
        row.created_by,
    )


def current(session: Session) -> ConditionsVersion:
    """The conditions in force: the newest version, else the built-in text (version 0)."""
    row = session.scalar(select(LoanConditions).order_by(LoanConditions.version.desc()).limit(1))
    return DEFAULT if row is None else _version(row)


def version(session: Session, number: int) -> ConditionsVersion:
    if number == 0:
        return DEFAULT
    row = session.scalar(select(LoanConditions).where(LoanConditions.version == number))
    if row is None:
        raise InvalidInput(
            translate(
                "domain.acceptance", "Version {number} of the loan conditions does not exist."
            ).format(number=number),
        )
    return _version(row)


def _clean(text: str, what: Message) -> str:
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise InvalidInput(
            translate(
                "domain.acceptance",
                "The text '{detail}' is empty. Fill it in; the professional reads it before "
                "borrowing.",
            ).format(detail=what),
        )
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            translate(
                "domain.acceptance",
                "The text '{detail}' is too long (over {max_text} characters). Make it shorter.",
            ).format(detail=what, max_text=MAX_TEXT),
        )
    return text


def save(
    session: Session, ctx: DeskContext, use_text: str, hygiene_text: str, privacy_text: str
) -> ConditionsVersion:
    """A new version of the conditions (the caller checked the coordinator's grant)."""
    texts = (
        _clean(use_text, translate("domain.acceptance", "use conditions")),
        _clean(hygiene_text, translate("domain.acceptance", "hygiene instruction")),
        _clean(privacy_text, translate("domain.acceptance", "privacy notice")),
    )
    now_in_force = current(session)
    if texts == (now_in_force.use_text, now_in_force.hygiene_text, now_in_force.privacy_text):
        return now_in_force  # nothing changed: no new version to accept
    number = (session.scalar(select(func.max(LoanConditions.version))) or 0) + 1
    row = LoanConditions(
        version=number,
        use_text=texts[0],
        hygiene_text=texts[1],
        privacy_text=texts[2],
        created_at=ctx.now(),
        created_by=ctx.actor,
    )
    session.add(row)
    session.flush()
    audit.record(session, ctx, "conditions_changed", "loan_conditions", row.id, version=number)
    return _version(row)


def record(
    session: Session,
    ctx: DeskContext,
    borrower: Borrower,
    loan_ids: list[int],
    *,
    method: str,
    conditions_version: int,
    signature_png: bytes | None = None,
    witnessed_by: str | None = None,
) -> LoanAcceptance:
    """The acceptance of ``conditions_version`` by ``borrower`` for ``loan_ids`` (their loans,
    not covered before)."""
    if method not in ACCEPTANCE_METHODS:
        raise InvalidInput(
            translate(
                "domain.acceptance", "Unknown way of accepting: {method} (tick or signature)."
            ).format(method=f"{method!r}"),
        )
    if method == "signature" and not signature_png:
        raise InvalidInput(
            translate(
                "domain.acceptance",
                "There is no signature yet. Sign in the box, then press Accept.",
            ),
        )
    if signature_png is not None and len(signature_png) > MAX_SIGNATURE:
        raise InvalidInput(
            translate(
                "domain.acceptance", "The signature is too large to keep. Clear it and sign again."
            ),
        )
    version(session, conditions_version)  # it exists
    loans = list(session.scalars(select(Loan).where(Loan.id.in_(loan_ids))))
    if len(loans) != len(set(loan_ids)) or any(x.borrower_id != borrower.id for x in loans):
        raise InvalidInput(
            translate(
                "domain.acceptance", "The acceptance can only cover this borrower's own loans."
            ),
        )
    covered = session.scalars(
        select(LoanAcceptanceLoan.loan_id).where(LoanAcceptanceLoan.loan_id.in_(loan_ids))
    ).all()
    if covered:
        raise InvalidInput(
            translate(
                "domain.acceptance", "The conditions were already accepted for one of these loans."
            ),
        )
    acceptance = LoanAcceptance(
        borrower_id=borrower.id,
        conditions_version=conditions_version,
        accepted_at=ctx.now(),
        desk=ctx.desk,
        method=method,
        signature_png=signature_png if method == "signature" else None,
        witnessed_by=(witnessed_by or "").strip()[:120] or None,
    )
    session.add(acceptance)
    session.flush()
    for loan in sorted(loans, key=lambda x: x.id):
        session.add(LoanAcceptanceLoan(acceptance_id=acceptance.id, loan_id=loan.id))
    audit.record(
        session,
        ctx,
        "conditions_accepted",
        "loan_acceptance",
        acceptance.id,
        borrower=borrower.badge,
        version=conditions_version,
        method=method,
        staffed=acceptance.witnessed_by is not None or None,
        loans=sorted(x.id for x in loans),
    )
    return acceptance


def erase_for(session: Session, ctx: DeskContext, borrower_id: int) -> int:
    """On erasure of a borrower (AVG art. 17): their signatures and the PDFs (which name them)
    are removed; what stays is that version N was accepted, when, at which desk, how, for which
    loans -- about a borrower who is now anonymous. The audit says which acceptance lost what,
    never what it held. The number of acceptances changed."""
    changed = 0
    rows = session.scalars(
        select(LoanAcceptance)
        .where(LoanAcceptance.borrower_id == borrower_id)
        .order_by(LoanAcceptance.id)
    )
    for row in rows:
        fields = [
            name
            for name, value in (("signature", row.signature_png), ("pdf", row.pdf))
            if value is not None
        ]
        if not fields:
            continue
        row.signature_png = None
        row.pdf = None
        changed += 1
        audit.record(
            session,
            ctx,
            "acceptance_erased",
            "loan_acceptance",
            row.id,
            removed=fields,
            erased=borrower_id,
        )
    return changed
