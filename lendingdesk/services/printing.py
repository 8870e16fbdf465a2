"""Read models for printed documents: from the store to the documents' plain inputs.

The desk window and the command line both print through here, so a label printed from the
desk and one printed by script are the same document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from lendingdesk.documents.model import (
    BadgeOptions,
    BadgeSpec,
    LabelOptions,
    LabelSpec,
    SlipData,
    SlipKind,
    SlipLine,
)
from lendingdesk.domain import kits
from lendingdesk.domain.codes import CodeKind
from lendingdesk.domain.context import DeskContext, to_local
from lendingdesk.domain.lookup import find_borrower, find_item, find_loan
from lendingdesk.domain.status import GONE
from lendingdesk.errors import InvalidInput
from lendingdesk.store.db import Database
from lendingdesk.store.models import Borrower, Item, Loan, Location, Product
from lendingdesk.translation import translate

# One run of blank tags: a few sheets, not a typo that allocates a million codes.
MAX_BLANK_TAGS = 1000


def _organisation(item: Item) -> str | None:
    return item.location.organisation if item.location else None


def label_specs_for_items(session: Session, codes: Sequence[str]) -> list[LabelSpec]:
    """The labels of items, or of kit parts with a label of their own ("product – part")."""
    specs = []
    for code in codes:
        part = kits.part_of_label(session, code)
        if part is not None and part.tag is not None:
            item = part.item
            name = f"{item.product.name} – {part.name}"
            specs.append(LabelSpec(part.tag, name, _organisation(item)))
            continue
        item = find_item(session, code)
        specs.append(LabelSpec(item.tag, item.product.name, _organisation(item)))
    return specs


def label_specs_all(session: Session, *, only_unprinted: bool = False) -> list[LabelSpec]:
    stmt = (
        select(Item)
        .options(joinedload(Item.product), joinedload(Item.location))
        .where(Item.status.not_in(GONE))
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
        raise InvalidInput(translate("services.printing", "Give at least one loan."))
    borrowers = {loan.borrower_id for loan in loans}
    if len(borrowers) > 1:
        raise InvalidInput(
            translate(
                "services.printing",
                "A slip belongs to one borrower; these loans are for different borrowers.",
            ),
        )
    returned = [loan.returned_at is not None for loan in loans]
    if any(returned) and not all(returned):
        raise InvalidInput(
            translate("services.printing", "Do not mix open and returned loans on one slip."),
        )
    kind = SlipKind.RETURN if all(returned) else SlipKind.CHECKOUT
    borrower = loans[0].borrower
    location_id = loans[0].in_location_id if kind == "return" else loans[0].out_location_id
    location_id = location_id or ctx.location_id
    location = session.get(Location, location_id) if location_id else None
    lines = tuple(_slip_line(loan, kind) for loan in loans)
    # The slip's date is when it is printed; each loan's own dates are on its line, and a due
    # date that has passed by then is marked.
    moment = ctx.now()
    from lendingdesk.services.acceptance import acceptance_of_loans

    accepted = acceptance_of_loans(session, [loan.id for loan in loans])
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
        conditions_accepted=(
            None
            if accepted is None
            else (
                accepted.conditions_version,
                accepted.accepted_at,
                "confirmed" if accepted.staffed and accepted.method == "tick" else accepted.method,
            )
        ),
    )


def _slip_line(loan: Loan, kind: str) -> SlipLine:
    product: Product = loan.item.product
    care = " ".join(filter(None, [product.care_instructions, product.cleaning_protocol]))
    if kind == "return":
        missing = tuple(loan.accessories_missing or ())
        return SlipLine(
            tag=loan.item.tag,
            product=product.name,
            due=loan.due_on,
            lent_on=_local_day(loan.out_at),
            returned_on=_local_day(loan.returned_at),
            condition_in=loan.condition_in or "",
            accessories_returned=tuple(a for a in loan.accessories_out or () if a not in missing),
            missing_accessories=missing,
            damage=loan.damage or "",
        )
    return SlipLine(
        tag=loan.item.tag,
        product=product.name,
        due=loan.due_on,
        lent_on=_local_day(loan.out_at),
        accessories=tuple(loan.accessories_out or ()),
        not_included=tuple(loan.parts_missing_out or ()),
        care_instructions=care,
    )


def _local_day(moment: datetime | None) -> date | None:
    local = to_local(moment) if moment else None
    return local.date() if local else None


def _contact(location: Location | None) -> str:
    if location is None:
        return ""
    return " · ".join(filter(None, [location.phone, location.email]))


# --- label runs from the desk window ------------------------------------------------------------


@dataclass(frozen=True)
class LabelSelection:
    """What to print: ``kind`` "items" (the given ``codes``), "unprinted" (every item whose
    label was never printed) or "blank" (``count`` fresh tags, linked to items later)."""

    kind: Literal["items", "unprinted", "blank"]
    codes: tuple[str, ...] = ()
    count: int = 0
    organisation: str | None = None


@dataclass(frozen=True)
class LabelRun:
    """A rendered run: the tags on it (in print order) and the number of pages."""

    tags: tuple[str, ...]
    pages: int
    blank: bool


def render_label_pdf(
    db: Database, selection: LabelSelection, options: LabelOptions, out: str | Path | BinaryIO
) -> LabelRun:
    """Build the specs in one unit of work and render them to ``out``.

    Items are *not* marked as printed here: a preview that is closed unprinted must leave
    them in "all new items". The caller marks them with :func:`mark_run_printed` once the
    run was really printed or saved. Blank tags are different: they are allocated (and so
    committed) here, because a preview on screen may already be scanned or photographed
    and a tag must never be handed out twice.
    """
    from lendingdesk.documents import render_labels

    with db.unit_of_work() as session:
        if selection.kind == "items":
            specs = label_specs_for_items(session, selection.codes)
        elif selection.kind == "unprinted":
            specs = label_specs_all(session, only_unprinted=True)
        else:
            if not 1 <= selection.count <= MAX_BLANK_TAGS:
                raise InvalidInput(
                    translate(
                        "services.printing", "Choose between 1 and {max_blank_tags} blank labels."
                    ).format(max_blank_tags=MAX_BLANK_TAGS),
                )
            specs = label_specs_blank(session, selection.count, selection.organisation)
        if not specs:
            raise InvalidInput(
                translate(
                    "services.printing", "There are no labels to print: every item already has one."
                ),
            )
        result = render_labels(specs, options, out)
    return LabelRun(tuple(s.tag for s in specs), result.pages, selection.kind == "blank")


def mark_run_printed(db: Database, run: LabelRun) -> None:
    """After the user printed or saved the run: its items no longer count as new."""
    if run.blank:
        return
    with db.unit_of_work() as session:
        mark_labels_printed(session, run.tags)


def render_badge_pdf(
    db: Database, codes: Sequence[str], options: BadgeOptions, out: str | Path | BinaryIO
) -> int:
    """Badges for the given borrowers; returns the number of pages."""
    from lendingdesk.documents import render_badges

    with db.session() as session:
        specs = badge_specs(session, codes)
    if not specs:
        raise InvalidInput(translate("services.printing", "Choose one or more borrowers first."))
    return render_badges(specs, out, options).pages
