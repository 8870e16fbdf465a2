"""Turning what was scanned or typed into an item or a borrower, with a clear refusal otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import BindParameter, ColumnElement, and_, bindparam, exists, select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import set_committed_value

from lendingdesk.domain.codes import CodeKind, parse_code
from lendingdesk.domain.memo import MISSING, TransactionMemo
from lendingdesk.errors import NotFound, PartNotItem, UnknownCode
from lendingdesk.safe_text import shown
from lendingdesk.store.models import (
    Borrower,
    HygieneProtocol,
    Item,
    ItemPart,
    Loan,
    MaintenancePlan,
    Reservation,
    WaitingEntry,
)
from lendingdesk.translation import translate


def unknown_code(text: str) -> UnknownCode:
    return UnknownCode(
        translate(
            "domain.lookup",
            "Unknown code “{text}”. Scan the label again or type the code (LD… for an item, LP… "
            "for a borrower card).",
        ).format(text=shown(text)),
        text=text,
    )


# The scan path's lookups, built once: SQLAlchemy then reuses their cache keys and compiled
# SQL instead of rebuilding them for every scan (measurably cheaper per check-out).
# The product comes along with the item (every caller names it: one round trip less), and the
# borrower with an open loan (a return always says whose loan it was). So do two facts about
# the product that the rules ask at every check-out, return and sign-off (``product_facts``):
# its hygiene protocol row, whether it has maintenance plans at all, whether anyone is on its
# waiting list, and whether it has open reservations.
_ITEM_BY_TAG = (
    select(
        Item,
        HygieneProtocol,
        exists().where(MaintenancePlan.product_id == Item.product_id).label("has_plans"),
        exists().where(ItemPart.item_id == Item.id).label("has_parts"),
        exists()
        .where(
            WaitingEntry.product_id == Item.product_id,
            WaitingEntry.fulfilled_loan_id.is_(None),
            WaitingEntry.cancelled_at.is_(None),
        )
        .label("has_waiting"),
        exists()
        .where(
            Reservation.product_id == Item.product_id,
            Reservation.cancelled_at.is_(None),
            Reservation.fulfilled_loan_id.is_(None),
        )
        .label("has_reservations"),
    )
    .options(joinedload(Item.product))
    .outerjoin(HygieneProtocol, HygieneProtocol.product_id == Item.product_id)
    .where(Item.tag == bindparam("tag"))
)
# The same, with the item's row locked for this transaction (PostgreSQL: FOR UPDATE OF items,
# so two desks scanning one item act one after the other; SQLite leaves the clause out: its
# writing transaction holds the whole file's lock from the start). Read afresh even when the
# item is already in the session: what counts is the row as it is under the lock.
_ITEM_BY_TAG_LOCKED = _ITEM_BY_TAG.with_for_update(of=Item).execution_options(
    populate_existing=True
)
_LOCKED: TransactionMemo[bool] = TransactionMemo("locked_items")
_BORROWER_BY_BADGE = select(Borrower).where(Borrower.badge == bindparam("badge"))


def holding_at(now: datetime | BindParameter[datetime]) -> ColumnElement[bool]:
    """A waiting-list entry that holds an item for its borrower at ``now`` (the hold has not
    run out, and the entry was neither fulfilled nor cancelled). Here rather than in
    domain/waiting.py, which builds on this module."""
    return and_(
        WaitingEntry.held_item_id.is_not(None),
        WaitingEntry.held_until > now,
        WaitingEntry.fulfilled_loan_id.is_(None),
        WaitingEntry.cancelled_at.is_(None),
    )


# The same, with whether the waiting list holds anything for them now (the desk says so when
# their card is scanned): for the many with nothing held, no second query (``holds_none``).
_BORROWER_WITH_HOLDS = select(
    Borrower,
    exists()
    .where(WaitingEntry.borrower_id == Borrower.id, holding_at(bindparam("now")))
    .label("holds"),
).where(Borrower.badge == bindparam("badge"))
_NO_HOLDS: TransactionMemo[datetime] = TransactionMemo("borrowers_without_holds")
_OPEN_LOAN_OF_ITEM = (
    select(Loan)
    .options(joinedload(Loan.borrower))
    .where(Loan.item_id == bindparam("item_id"), Loan.returned_at.is_(None))
)


def find_item(session: Session, code: str | Item, *, lock: bool = False) -> Item:
    """The item with this tag (its product loaded with it). ``lock``: read it with its row
    locked for the rest of this transaction, in the same round trip (see ``is_locked``)."""
    if isinstance(code, Item):
        return code
    parsed = parse_code(code)
    if parsed is None or parsed.kind is not CodeKind.ITEM:
        raise unknown_code(code)
    found = session.execute(
        _ITEM_BY_TAG_LOCKED if lock else _ITEM_BY_TAG, {"tag": parsed.text}
    ).first()
    item = found[0] if found is not None else None
    if found is not None:
        _FACTS.put(
            session, found[0].product_id, ProductFacts(found[1], found[2], found[4], found[5])
        )
        if not found[3]:  # no part records: kits.parts_of need not ask
            _NO_PARTS.put(session, found[0].id, True)
        if lock:
            _LOCKED.put(session, found[0].id, True)
    if item is None:
        part = session.scalar(
            select(ItemPart)
            .options(joinedload(ItemPart.item).joinedload(Item.product))
            .where(ItemPart.tag == parsed.text)
        )
        if part is not None:  # a kit's part has a label of its own (domain/kits.py)
            raise PartNotItem(
                translate(
                    "domain.lookup",
                    "Label {text} is the part “{part}” of {product} ({tag}). Scan the label of "
                    "the kit itself.",
                ).format(
                    text=parsed.text,
                    part=part.name,
                    product=part.item.product.name,
                    tag=part.item.tag,
                ),
                tag=parsed.text,
                item=part.item.tag,
            )
        raise NotFound(
            translate(
                "domain.lookup",
                "Label {text} is not linked to an item yet. Link it to an item in the catalogue.",
            ).format(text=parsed.text),
            tag=parsed.text,
        )
    return item


@dataclass(frozen=True)
class ProductFacts:
    """What the item lookup brought along about the item's product."""

    protocol: HygieneProtocol | None  # its hygiene protocol row (None: it has none)
    has_plans: bool  # it has maintenance plans
    has_waiting: bool  # someone is on its waiting list (or holds one of its items)
    has_reservations: bool  # it has reservations not cancelled or fulfilled


_FACTS: TransactionMemo[ProductFacts] = TransactionMemo("product_facts")


def product_facts(session: Session, product_id: int) -> ProductFacts | None:
    """What ``find_item`` read about the product in the transaction now open (None: nothing;
    the caller reads it itself). The protocol row is the session's own object, so a change to
    it shows; whoever adds or removes a protocol or plan calls ``forget_product_facts``."""
    facts = _FACTS.get(session, product_id)
    return None if facts is MISSING else facts


def forget_product_facts(session: Session, product_id: int) -> None:
    _FACTS.forget(session, product_id)


_NO_PARTS: TransactionMemo[bool] = TransactionMemo("items_without_parts")


def without_part_records(session: Session, item: Item) -> bool:
    """Whether ``find_item`` saw that ``item`` has no part records (a kit's labelled or missing
    parts, domain/kits.py), in the transaction now open."""
    return _NO_PARTS.get(session, item.id) is True


def is_locked(session: Session, item: Item) -> bool:
    """Whether ``item`` was read with ``find_item(…, lock=True)`` in the transaction now open."""
    return _LOCKED.get(session, item.id) is True


def find_borrower(
    session: Session, code: str | Borrower, *, holds_at: datetime | None = None
) -> Borrower:
    """The borrower with this badge. ``holds_at``: also learn, in the same query, whether the
    waiting list holds anything for them at that moment (see ``holds_none``)."""
    if isinstance(code, Borrower):
        return code
    parsed = parse_code(code)
    if parsed is None or parsed.kind is not CodeKind.BADGE:
        raise unknown_code(code)
    if holds_at is None:
        borrower = session.scalar(_BORROWER_BY_BADGE, {"badge": parsed.text})
    else:
        found = session.execute(
            _BORROWER_WITH_HOLDS, {"badge": parsed.text, "now": holds_at}
        ).first()
        borrower = found[0] if found is not None else None
        if found is not None and not found[1]:
            _NO_HOLDS.put(session, found[0].id, holds_at)
    if borrower is None:
        raise NotFound(
            translate(
                "domain.lookup",
                "Borrower card {text} is not known. Add the borrower under Borrowers.",
            ).format(text=parsed.text),
            badge=parsed.text,
        )
    return borrower


def holds_none(session: Session, borrower_id: int, now: datetime) -> bool:
    """Whether ``find_borrower(…, holds_at=now)`` saw that nothing is held for the borrower at
    ``now``, in the transaction now open."""
    return _NO_HOLDS.get(session, borrower_id) == now


MAX_ROW_ID = 2**63 - 1  # the largest id a database row can have (SQLite and PostgreSQL bigint)


def row_id_in_range(row_id: int) -> bool:
    """Whether ``row_id`` can be a row's id at all (a bigger number cannot even be looked up)."""
    return 0 < row_id <= MAX_ROW_ID


def find_loan(session: Session, loan_id: int) -> Loan:
    loan = session.get(Loan, loan_id) if row_id_in_range(loan_id) else None
    if loan is None:
        raise NotFound(
            translate("domain.lookup", "Loan {loan_id} does not exist.").format(loan_id=loan_id),
            loan_id=loan_id,
        )
    return loan


def open_loan_of(session: Session, item: Item) -> Loan | None:
    loan = session.scalar(_OPEN_LOAN_OF_ITEM, {"item_id": item.id})
    if loan is not None:
        # The loan holds on to the item it was found by: the session keeps objects only while
        # something refers to them, and ``loan.item`` would otherwise read item and product
        # again once the caller's reference is gone (two round trips per check-in).
        set_committed_value(loan, "item", item)
    return loan
