"""Kits: a product whose items come with parts (a Tovertafel with its remote, ceiling mount and
power cable; a robot cat with batteries and manual). The parts are the product's accessories;
each item's part may carry a label of its own (an ``LD…`` code from the same counter, so it never
collides with an item's), which ticks that part when scanned in the check-in dialog.

At check-out a kit whose parts have labels of their own, or that has parts missing, is
verified at the desk (``needs_check_at_checkout``): each labelled part scanned or ticked, the
rest ticked. A part not there is recorded against the loan (``Loan.parts_missing_out``) and on
the "to find" list, and the kit goes out incomplete only when the desk chooses so; a missing
part that is there after all is taken off the list. Other kits list their parts. At check-in the
parts that did not come back are recorded against the loan (``Loan.accessories_missing``) and on
the item's part (missing since, from which loan): the "to find / to re-order" list. The desk
chooses: keep the kit out of circulation until it is complete (it waits in maintenance with
the reason "incomplete"), or lend it incomplete -- the next loan then lists what is missing.
A part found or replaced is taken off the list; when the last missing part of a kit held back
for it is back, the kit returns to the desk (cleaning first where its product needs it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, joinedload

from lendingdesk.domain import audit
from lendingdesk.domain.catalogue import allocate_codes
from lendingdesk.domain.codes import CodeKind, parse_code
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.lookup import find_item, without_part_records
from lendingdesk.domain.memo import MISSING, TransactionMemo
from lendingdesk.domain.status import GONE, ItemStatus, back_at_the_desk
from lendingdesk.errors import InvalidInput
from lendingdesk.safe_text import shown
from lendingdesk.store.models import Item, ItemPart, Loan, MaintenanceRecord
from lendingdesk.translation import translate

INCOMPLETE_NL = "Onvolledig"  # the start of the maintenance reason of a kit held back


@dataclass(frozen=True)
class MissingPart:
    """A line of the "to find / to re-order" list."""

    part_id: int
    item_tag: str
    product: str
    part: str
    part_tag: str | None
    since: datetime
    loan_id: int | None
    borrower: str | None
    held_back: bool  # the kit waits in maintenance until this part is back


_PARTS_OF_ITEM = select(ItemPart).where(ItemPart.item_id == bindparam("item_id"))
_READ: TransactionMemo[dict[str, ItemPart]] = TransactionMemo("item_parts")


def parts_of(session: Session, item: Item) -> dict[str, ItemPart]:
    """The item's part records by part name (only parts with a label or a missing state).

    Read once per transaction (a check-out asks whether the kit needs checking, then what is
    missing): the records are the session's own objects, so a change to one shows here too,
    and a part record made in this transaction (``_part``) is added here."""
    found = _READ.get(session, item.id)
    if found is not MISSING:
        return found
    if without_part_records(session, item):  # seen when the item was looked up
        parts: dict[str, ItemPart] = {}
    else:
        parts = {row.name: row for row in session.scalars(_PARTS_OF_ITEM, {"item_id": item.id})}
    _READ.put(session, item.id, parts)
    return parts


def _part(session: Session, item: Item, name: str) -> ItemPart:
    known = {a.casefold(): a for a in (item.product.accessories or [])}
    if name.strip().casefold() not in known:
        listed = ", ".join(known.values()) or "geen / none"
        raise InvalidInput(
            translate(
                "domain.kits", "“{name}” is not a part of {product}. Choose from: {listed}."
            ).format(name=shown(name, 60), product=item.product.name, listed=listed),
        )
    real = known[name.strip().casefold()]
    parts = parts_of(session, item)
    part = parts.get(real)
    if part is None:
        part = parts[real] = ItemPart(item_id=item.id, name=real)
        session.add(part)
    return part


def tag_part(
    session: Session, ctx: DeskContext, item_code: str | Item, name: str, tag: str | None = None
) -> ItemPart:
    """Give a part of an item its own label: ``tag`` (a pre-printed label scanned) or a fresh
    code. The code must not belong to any item or other part."""
    item = find_item(session, item_code)
    part = _part(session, item, name)
    if tag is None:
        (code,) = allocate_codes(session, CodeKind.ITEM)
    else:
        parsed = parse_code(tag)
        if parsed is None or parsed.kind is not CodeKind.ITEM:
            raise InvalidInput(
                translate(
                    "domain.kits", "“{tag}” is not an item label (LD…). Scan an unused label."
                ).format(tag=shown(tag, 40)),
            )
        code = parsed.text
        taken = session.scalar(select(Item.id).where(Item.tag == code)) or session.scalar(
            select(ItemPart.id).where(ItemPart.tag == code, ItemPart.id != part.id)
        )
        if taken:
            raise InvalidInput(
                translate(
                    "domain.kits", "Label {code} is already in use. Scan an unused label."
                ).format(code=code),
            )
    part.tag = code
    session.flush()
    audit.record(
        session, ctx, "part_tagged", "item", item.id, tag=item.tag, part=part.name, code=code
    )
    return part


def needs_check_at_checkout(session: Session, item: Item) -> bool:
    """Whether the desk verifies the kit's parts before it goes out: a part has a label of its
    own (scanned then), or a part is missing (lending it incomplete is a choice)."""
    if not item.product.accessories:
        return False
    return any(p.tag or p.missing_since is not None for p in parts_of(session, item).values())


def checked_out(
    session: Session, ctx: DeskContext, item: Item, present: Iterable[str], missing: list[str]
) -> None:
    """A kit verified at check-out: parts marked missing that are there after all are taken
    off the list; the ones not there are put on it (missing since now, from no loan: they
    were gone before this one)."""
    there = set(present)
    for name, part in parts_of(session, item).items():
        if name in there and part.missing_since is not None:
            part_back(session, ctx, part.id, how="found", note="Aanwezig bij uitlenen")
    mark_missing(session, ctx, item, None, missing)


def missing_names(session: Session, item: Item) -> list[str]:
    """The item's parts that are missing now, in the product's order."""
    missing = {n for n, p in parts_of(session, item).items() if p.missing_since is not None}
    return [a for a in (item.product.accessories or []) if a in missing]


def mark_missing(
    session: Session, ctx: DeskContext, item: Item, loan: Loan | None, names: Iterable[str]
) -> list[str]:
    """Record ``names`` as missing from ``item`` (since now, from ``loan``)."""
    marked = []
    for name in names:
        part = _part(session, item, name)
        if part.missing_since is None:
            part.missing_since = ctx.now()
            part.missing_loan_id = loan.id if loan is not None else None
            marked.append(part.name)
    session.flush()
    return marked


def hold_incomplete(
    session: Session, ctx: DeskContext, item: Item, loan: Loan | None, missing: list[str]
) -> MaintenanceRecord:
    """Keep a kit out of circulation until its missing parts are back."""
    record = MaintenanceRecord(
        item=item,
        reason=f"{INCOMPLETE_NL}: ontbreekt {', '.join(missing)}",
        opened_at=ctx.now(),
        opened_by=ctx.actor,
        loan_id=loan.id if loan is not None else None,
    )
    session.add(record)
    item.status = ItemStatus.IN_MAINTENANCE
    audit.record(
        session, ctx, "kit_held_incomplete", "item", item.id, tag=item.tag, missing=missing
    )
    return record


def part_back(
    session: Session, ctx: DeskContext, part_id: int, *, how: str = "found", note: str = ""
) -> ItemPart:
    """A missing part is back (``how``: found or replaced). When it was the last missing part
    of a kit held back for being incomplete, the kit goes back to the desk."""
    part = session.get(ItemPart, part_id)
    if part is None or part.missing_since is None:
        raise InvalidInput(translate("domain.kits", "This part is not marked missing."))
    if how not in ("found", "replaced"):
        raise InvalidInput(translate("domain.kits", "Choose found or replaced."))
    part.missing_since = None
    part.missing_loan_id = None
    part.note = note.strip() or None
    item = part.item
    session.flush()
    audit.record(session, ctx, f"part_{how}", "item", item.id, tag=item.tag, part=part.name)
    if item.status == ItemStatus.IN_MAINTENANCE and not missing_names(session, item):
        record = session.scalars(
            select(MaintenanceRecord)
            .where(MaintenanceRecord.item_id == item.id, MaintenanceRecord.closed_at.is_(None))
            .order_by(MaintenanceRecord.opened_at.desc())
        ).first()
        if record is not None and record.reason.startswith(INCOMPLETE_NL):
            record.closed_at = ctx.now()
            record.closed_by = ctx.actor
            record.result = "Compleet" if how == "found" else "Compleet (onderdeel vervangen)"
            item.status = back_at_the_desk(item.product.needs_cleaning)
            audit.record(
                session,
                ctx,
                "maintenance_finished",
                "item",
                item.id,
                tag=item.tag,
                result="kit complete",
            )
    return part


@dataclass(frozen=True)
class PartLabel:
    """One part of one kit item: its own label (None: none yet) and whether it is missing."""

    item_id: int
    item_tag: str
    part: str
    tag: str | None
    missing: bool


def part_labels(session: Session, product_id: int) -> list[PartLabel]:
    """Every part of every item of the product still in the collection, item by item in the
    product's order of parts."""
    items = session.scalars(
        select(Item)
        .options(joinedload(Item.product))
        .where(Item.product_id == product_id, Item.status.not_in(GONE))
        .order_by(Item.tag)
    ).all()
    if not items:
        return []
    rows = session.scalars(select(ItemPart).where(ItemPart.item_id.in_([i.id for i in items])))
    known = {(r.item_id, r.name): r for r in rows}
    return [
        PartLabel(
            item.id,
            item.tag,
            name,
            known[(item.id, name)].tag if (item.id, name) in known else None,
            (item.id, name) in known and known[(item.id, name)].missing_since is not None,
        )
        for item in items
        for name in item.product.accessories or []
    ]


def part_of_label(session: Session, code: str) -> ItemPart | None:
    """The kit part whose own label is ``code`` (as scanned or typed), if any."""
    parsed = parse_code(code)
    if parsed is None or parsed.kind is not CodeKind.ITEM:
        return None
    return session.scalars(
        select(ItemPart)
        .options(joinedload(ItemPart.item).joinedload(Item.product))
        .where(ItemPart.tag == parsed.text)
    ).first()


def missing_parts(session: Session, limit: int = 500) -> list[MissingPart]:
    """The "to find / to re-order" list: every missing part, oldest first."""
    rows = session.scalars(
        select(ItemPart)
        .options(joinedload(ItemPart.item).joinedload(Item.product))
        .join(Item, Item.id == ItemPart.item_id)
        .where(ItemPart.missing_since.is_not(None), Item.status.not_in(GONE))
        .order_by(ItemPart.missing_since, ItemPart.id)
        .limit(limit)
    ).all()
    loan_ids = [r.missing_loan_id for r in rows if r.missing_loan_id is not None]
    borrowers: dict[int, str] = {}
    if loan_ids:
        for loan in session.scalars(
            select(Loan).options(joinedload(Loan.borrower)).where(Loan.id.in_(loan_ids))
        ):
            borrowers[loan.id] = loan.borrower.name
    result = []
    for part in rows:
        assert part.missing_since is not None
        result.append(
            MissingPart(
                part_id=part.id,
                item_tag=part.item.tag,
                product=part.item.product.name,
                part=part.name,
                part_tag=part.tag,
                since=part.missing_since,
                loan_id=part.missing_loan_id,
                borrower=borrowers.get(part.missing_loan_id or 0),
                held_back=part.item.status == ItemStatus.IN_MAINTENANCE,
            )
        )
    return result
