"""The waiting list: a professional waits for a product of which no item is free.

- ``join``: only when no item of the product is available (each is out, reserved, being
  cleaned or repaired), and once per person and product.
- ``hold_for_next``: when an item of the product becomes available again (signed off after
  cleaning, or checked in when it needs none), it is held for the first in line until the hold
  time has passed (the ``waiting.hold_hours`` setting, default 48 hours). Who is told, and how,
  is not decided here: ``to_notify`` lists the holds nobody has been told about yet, and
  ``mark_notified`` records that they were (the desk, or e-mail where it is set up).
- ``check_out`` asks ``refuse_if_held``: a held item goes only to the one it is held for (their
  entry is then fulfilled); after the hold time it is free for anyone.
- ``expire_holds`` (the desk's minute timer and every ``notices send``): a hold whose time has
  passed ends that person's turn (they leave the line; they may join again) and the item, if
  still on the shelf, is held for the next in line -- who is then told like the first.
- ``leave`` ends a person's places in line (their data erased): a hold of theirs passes on.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, bindparam, exists, or_, select
from sqlalchemy.orm import Session

from lendingdesk.dates import NumericMoment
from lendingdesk.domain import audit
from lendingdesk.domain.context import DeskContext, to_local
from lendingdesk.domain.lookup import (
    forget_product_facts,
    holding_at,
    holds_none,
    product_facts,
)
from lendingdesk.domain.memo import MISSING, TransactionMemo
from lendingdesk.domain.status import ItemStatus
from lendingdesk.errors import InvalidInput, ItemReserved
from lendingdesk.store.models import Borrower, Item, Loan, Product, Setting, WaitingEntry
from lendingdesk.translation import translate

HOLD_HOURS_KEY = "waiting.hold_hours"
DEFAULT_HOLD_HOURS = 48


def hold_time(session: Session) -> timedelta:
    row = session.get(Setting, HOLD_HOURS_KEY)
    try:
        hours = int(row.value) if row is not None else DEFAULT_HOLD_HOURS
    except ValueError:
        hours = DEFAULT_HOLD_HOURS
    return timedelta(hours=max(1, min(hours, 24 * 14)))


def _active(product_id: int) -> list[ColumnElement[bool]]:
    return [
        WaitingEntry.product_id == product_id,
        WaitingEntry.fulfilled_loan_id.is_(None),
        WaitingEntry.cancelled_at.is_(None),
    ]


def join(session: Session, ctx: DeskContext, borrower: Borrower, product: Product) -> WaitingEntry:
    free = session.scalar(
        select(Item.tag)
        .where(Item.product_id == product.id, Item.status == ItemStatus.AVAILABLE)
        .limit(1)
    )
    if free is not None:
        raise InvalidInput(
            translate(
                "domain.waiting",
                "{product} is available now ({free}): borrow that item, no waiting list is needed.",
            ).format(product=product.name, free=free),
        )
    already = session.scalar(
        select(WaitingEntry).where(*_active(product.id), WaitingEntry.borrower_id == borrower.id)
    )
    if already is not None:
        raise InvalidInput(
            translate(
                "domain.waiting", "{borrower} is already on the waiting list for {product}."
            ).format(borrower=borrower.name, product=product.name),
        )
    entry = WaitingEntry(product=product, borrower=borrower, joined_at=ctx.now())
    session.add(entry)
    forget_product_facts(session, product.id)
    session.flush()
    audit.record(
        session,
        ctx,
        "waiting_joined",
        "waiting",
        entry.id,
        product=product.id,
        badge=borrower.badge,
    )
    return entry


def position(session: Session, entry: WaitingEntry) -> int:
    """1 for the first in line."""
    ahead = session.scalars(
        select(WaitingEntry.id).where(
            *_active(entry.product_id), WaitingEntry.joined_at <= entry.joined_at
        )
    ).all()
    return len(ahead)


# Asked at every check-out, return and sign-off: built once, so SQLAlchemy reuses the
# compiled SQL instead of building the statement for every scan.
_HELD_FOR = select(WaitingEntry).where(
    WaitingEntry.held_item_id == bindparam("item_id"),
    WaitingEntry.held_until > bindparam("now"),
    WaitingEntry.fulfilled_loan_id.is_(None),
    WaitingEntry.cancelled_at.is_(None),
)
# Whether the item is held now: check-out's cheap first question (the hold is read as an
# object only when there is one).
ANY_HOLD = exists().where(
    WaitingEntry.held_item_id == bindparam("item_id"),
    WaitingEntry.held_until > bindparam("now"),
    WaitingEntry.fulfilled_loan_id.is_(None),
    WaitingEntry.cancelled_at.is_(None),
)
# When an item is back on the shelf, one read answers both questions: the hold in force on it
# (sorted first) and the first in line without a hold.
_HELD_OR_NEXT = (
    select(WaitingEntry)
    .where(
        WaitingEntry.product_id == bindparam("product_id"),
        WaitingEntry.fulfilled_loan_id.is_(None),
        WaitingEntry.cancelled_at.is_(None),
        or_(
            WaitingEntry.held_item_id.is_(None),
            and_(
                WaitingEntry.held_item_id == bindparam("item_id"),
                WaitingEntry.held_until > bindparam("now"),
            ),
        ),
    )
    .order_by(WaitingEntry.held_item_id.is_(None), WaitingEntry.joined_at, WaitingEntry.id)
    .limit(2)
)
_FOUND: TransactionMemo[WaitingEntry | None] = TransactionMemo("holds_found")


def held_for(session: Session, item: Item, now: datetime) -> WaitingEntry | None:
    """The entry ``item`` is held for now (None: not held, or the hold time has passed)."""
    return session.scalar(_HELD_FOR, {"item_id": item.id, "now": now})


def hold_for_next(session: Session, ctx: DeskContext, item: Item) -> WaitingEntry | None:
    """``item`` has become available: hold it for the first in line without a hold (None when
    nobody waits or it is already held). What it found stays known to ``hold_in_force`` for
    the rest of the transaction."""
    if item.status != ItemStatus.AVAILABLE:
        return None
    facts = product_facts(session, item.product_id)
    if facts is not None and not facts.has_waiting:  # read with the item: nobody waits
        _FOUND.put(session, item.id, None)
        return None
    now = ctx.now()
    # Nobody waiting is the common case: one indexed query, then done.
    found = session.scalars(
        _HELD_OR_NEXT, {"product_id": item.product_id, "item_id": item.id, "now": now}
    ).all()
    held = next((e for e in found if e.held_item_id is not None), None)
    entry = found[0] if found and held is None else None
    if entry is not None:
        until = now + hold_time(session)  # read first: no flush of half the hold before it
        entry.held_item_id = item.id
        entry.held_until = until
        session.flush()
        audit.record(
            session,
            ctx,
            "waiting_held",
            "waiting",
            entry.id,
            tag=item.tag,
            badge=entry.borrower.badge,
            until=entry.held_until.isoformat(),
        )
    _FOUND.put(session, item.id, entry or held)
    return entry


def hold_in_force(session: Session, item: Item, now: datetime) -> WaitingEntry | None:
    """``held_for``, answered without a second read when ``hold_for_next`` just looked at
    ``item`` in this transaction (the desk's answer after a return or a sign-off)."""
    found = _FOUND.get(session, item.id)
    if found is not MISSING:
        return found
    return held_for(session, item, now)


def refuse_if_held(
    session: Session, ctx: DeskContext, item: Item, borrower: Borrower
) -> WaitingEntry | None:
    """Before lending ``item`` to ``borrower``: refuse when it is held for someone else; their
    own hold (returned) is fulfilled by the caller with the loan."""
    hold = held_for(session, item, ctx.now())
    if hold is None:
        return None
    if hold.borrower_id == borrower.id:
        own: WaitingEntry = hold
        return own
    until = to_local(hold.held_until)
    assert until is not None
    raise ItemReserved(
        translate(
            "domain.waiting",
            "{product} ({tag}) is held for {borrower} (waiting list) until {until}. Borrow "
            "another item or ask the desk.",
        ).format(
            product=item.product.name,
            tag=item.tag,
            borrower=hold.borrower.name,
            until=NumericMoment(until),
        ),
        tag=item.tag,
    )


def fulfil(entry: WaitingEntry, loan: Loan) -> None:
    entry.fulfilled_loan_id = loan.id


def to_notify(session: Session, now: datetime) -> list[WaitingEntry]:
    """Holds in force that nobody has told the professional about yet (the notification hook:
    the desk's message and the e-mail notices read this)."""
    return list(
        session.scalars(
            select(WaitingEntry)
            .where(holding_at(now), WaitingEntry.notified_at.is_(None))
            .order_by(WaitingEntry.held_until)
        )
    )


def mark_notified(session: Session, ctx: DeskContext, entry_id: int, how: str) -> None:
    entry = session.get(WaitingEntry, entry_id)
    if entry is None or entry.notified_at is not None:
        return
    entry.notified_at = ctx.now()
    audit.record(session, ctx, "waiting_notified", "waiting", entry.id, how=how[:40])


def _end(
    session: Session, ctx: DeskContext, entry: WaitingEntry, reason: str
) -> WaitingEntry | None:
    """``entry`` leaves the line; an item it held goes to the next in line (that new hold, or
    None)."""
    entry.cancelled_at = ctx.now()
    audit.record(session, ctx, "waiting_ended", "waiting", entry.id, reason=reason)
    if entry.held_item_id is None:
        return None
    item = session.get(Item, entry.held_item_id)
    session.flush()
    return hold_for_next(session, ctx, item) if item is not None else None


def holds_expired(session: Session, now: datetime) -> bool:
    """Whether a hold's time has passed and it is not ended yet (a cheap read first)."""
    found = session.scalar(
        select(WaitingEntry.id)
        .where(
            WaitingEntry.held_item_id.is_not(None),
            WaitingEntry.held_until <= now,
            WaitingEntry.fulfilled_loan_id.is_(None),
            WaitingEntry.cancelled_at.is_(None),
        )
        .limit(1)
    )
    return found is not None


def expire_holds(session: Session, ctx: DeskContext) -> list[WaitingEntry]:
    """End every hold whose time has passed; the new holds made for the next in line."""
    expired = session.scalars(
        select(WaitingEntry)
        .where(
            WaitingEntry.held_item_id.is_not(None),
            WaitingEntry.held_until <= ctx.now(),
            WaitingEntry.fulfilled_loan_id.is_(None),
            WaitingEntry.cancelled_at.is_(None),
        )
        .order_by(WaitingEntry.held_until, WaitingEntry.id)
    ).all()
    made = []
    for entry in expired:
        new = _end(session, ctx, entry, "hold_expired")
        if new is not None:
            made.append(new)
    return made


def leave(session: Session, ctx: DeskContext, borrower_id: int, reason: str) -> int:
    """End every place in line of ``borrower_id``; the number ended."""
    entries = session.scalars(
        select(WaitingEntry)
        .where(
            WaitingEntry.borrower_id == borrower_id,
            WaitingEntry.fulfilled_loan_id.is_(None),
            WaitingEntry.cancelled_at.is_(None),
        )
        .order_by(WaitingEntry.id)
    ).all()
    for entry in entries:
        _end(session, ctx, entry, reason)
    return len(entries)


def holds_of(session: Session, borrower_id: int, now: datetime) -> list[WaitingEntry]:
    """The holds in force for ``borrower_id`` (what the desk tells them when they come)."""
    if holds_none(session, borrower_id, now):  # their card's lookup said so already
        return []
    return list(
        session.scalars(
            select(WaitingEntry)
            .where(WaitingEntry.borrower_id == borrower_id, holding_at(now))
            .order_by(WaitingEntry.held_until)
        )
    )
