"""Read models for printed documents: from the store to the documents' plain inputs.

The desk window and the command line both print through here, so a label printed from the
desk and one printed by script are the same document.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from lendingdesk.documents.model import BadgeSpec, LabelSpec, SlipData, SlipLine
from lendingdesk.domain.codes import CodeKind
from lendingdesk.domain.context import DeskContext, to_local
from lendingdesk.domain.errors import InvalidInput
from lendingdesk.domain.lookup import find_borrower, find_item, find_loan
from lendingdesk.store.models import Borrower, Item, Loan, Location, Product


def _organisation(item: Item) -> str | None:
    return item.location.organisation if item.location else None


def label_specs_for_items(session: Session, codes: Sequence[str]) -> list[LabelSpec]:
    items = [find_item(session, code) for code in codes]
    return [LabelSpec(i.tag, i.product.name, _organisation(i)) for i in items]


def label_specs_all(session: Session, *, only_unprinted: bool = False) -> list[LabelSpec]:
    stmt = (
        select(Item)
        .options(joinedload(Item.product), joinedload(Item.location))
        .where(Item.status.not_in(("retired", "lost")))
        .order_by(Item.tag)
    )
    if only_unprinted:
        stmt = stmt.where(Item.label_printed.is_(False))
    return [LabelSpec(i.tag, i.product.name, _organisation(i)) for i in session.scalars(stmt)]


def label_specs_blank(
    session: Session, count: int, organisation: str | None = None
) -> list[LabelSpec]:
    """Fresh tags for a sheet of pre-printed labels, linked to items later by scanning."""
    from lendingdesk.domain.catalogue import allocate_codes

    return [
        LabelSpec(tag, "", organisation) for tag in allocate_codes(session, CodeKind.ITEM, count)
    ]


def mark_labels_printed(session: Session, tags: Sequence[str]) -> None:
    for item in session.scalars(select(Item).where(Item.tag.in_(list(tags)))):
        item.label_printed = True


def badge_specs(session: Session, codes: Sequence[str] | None) -> list[BadgeSpec]:
    if codes:
        borrowers = [find_borrower(session, c) for c in codes]
    else:
        borrowers = list(
            session.scalars(
                select(Borrower).where(Borrower.active.is_(True)).order_by(Borrower.name)
            )
        )
    specs = []
    for b in borrowers:
        location = session.get(Location, b.location_id) if b.location_id else None
        specs.append(
            BadgeSpec(b.badge, b.name, b.team or "", location.organisation if location else "")
        )
    return specs


def slip_for_loans(session: Session, ctx: DeskContext, loan_ids: Sequence[int]) -> SlipData:
    """A loan slip (all open) or a return receipt (all returned) for one borrower's loans."""
    loans = [find_loan(session, loan_id) for loan_id in loan_ids]
    if not loans:
        raise InvalidInput("Geef minstens één uitlening.", "Give at least one loan.")
    borrowers = {loan.borrower_id for loan in loans}
    if len(borrowers) > 1:
        raise InvalidInput(
            "Een bon hoort bij één lener; deze uitleningen zijn van verschillende leners.",
            "A slip belongs to one borrower; these loans are for different borrowers.",
        )
    returned = [loan.returned_at is not None for loan in loans]
    if any(returned) and not all(returned):
        raise InvalidInput(
            "Meng geen open en ingenomen uitleningen op één bon.",
            "Do not mix open and returned loans on one slip.",
        )
    kind = "return" if all(returned) else "checkout"
    borrower = loans[0].borrower
    location_id = loans[0].in_location_id if kind == "return" else loans[0].out_location_id
    location_id = location_id or ctx.location_id
    location = session.get(Location, location_id) if location_id else None
    lines = tuple(_slip_line(loan, kind) for loan in loans)
    moment = (loans[0].returned_at if kind == "return" else loans[0].out_at) or ctx.now()
    return SlipData(
        kind=kind,
        loan_ids=tuple(loan.id for loan in loans),
        borrower_name=borrower.name,
        borrower_badge=borrower.badge,
        borrower_team=borrower.team or "",
        desk_name=location.display_name if location else (ctx.desk or "Uitleenbalie"),
        desk_contact=_contact(location),
        issued_at=to_local(moment) or datetime.now().astimezone(),
        lines=lines,
    )


def _slip_line(loan: Loan, kind: str) -> SlipLine:
    product: Product = loan.item.product
    care = " ".join(filter(None, [product.care_instructions, product.cleaning_protocol]))
    if kind == "return":
        missing = tuple(loan.accessories_missing or ())
        return SlipLine(
            tag=loan.item.tag,
            product=product.name,
            condition_in=loan.condition_in or "",
            accessories_returned=tuple(a for a in loan.accessories_out or () if a not in missing),
            missing_accessories=missing,
            damage=loan.damage or "",
        )
    return SlipLine(
        tag=loan.item.tag,
        product=product.name,
        due=loan.due_on,
        accessories=tuple(loan.accessories_out or ()),
        care_instructions=care,
    )


def _contact(location: Location | None) -> str:
    if location is None:
        return ""
    return " · ".join(filter(None, [location.phone, location.email]))
