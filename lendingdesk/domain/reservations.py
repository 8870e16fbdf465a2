"""Reservations of a product (any of its items) or of one item, for a period of days.

A reservation holds back enough items for its period: a check-out to someone else that would
leave too few free items for the reservations overlapping the loan is refused.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BindParameter, ColumnElement, Date, bindparam, exists, func, select
from sqlalchemy.orm import Session

from lendingdesk.dates import NumericDate
from lendingdesk.domain import audit
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.lookup import forget_product_facts
from lendingdesk.domain.status import GONE, LENDABLE, ItemStatus
from lendingdesk.errors import InvalidInput, ItemReserved, NotFound, ReservationConflict
from lendingdesk.store.models import Borrower, Item, Loan, Product, Reservation
from lendingdesk.translation import Message, translate


def _active(
    start: date | BindParameter[date], end: date | BindParameter[date]
) -> tuple[ColumnElement[bool], ...]:
    return (
        Reservation.cancelled_at.is_(None),
        Reservation.fulfilled_loan_id.is_(None),
        Reservation.starts_on <= end,
        Reservation.ends_on >= start,
    )


# Asked at every check-out: built once, so SQLAlchemy reuses its cache key and compiled SQL.
_OVERLAPPING = (
    select(Reservation)
    .where(
        Reservation.product_id == bindparam("product_id"),
        *_active(bindparam("start", type_=Date), bindparam("end", type_=Date)),
    )
    .order_by(Reservation.starts_on)
)


# Whether the product has any reservation overlapping the period: check-out's cheap first
# question (nothing reserved is the common case; the reservations are read only when there are).
ANY_OVERLAPPING = exists().where(
    Reservation.product_id == bindparam("product_id"),
    *_active(bindparam("start", type_=Date), bindparam("end", type_=Date)),
)


def overlapping(
    session: Session, product_id: int, start: date, end: date, *, exclude_id: int | None = None
) -> list[Reservation]:
    found = session.scalars(_OVERLAPPING, {"product_id": product_id, "start": start, "end": end})
    return [r for r in found if r.id != exclude_id]


def blocking_reservation(
    session: Session,
    item: Item,
    borrower: Borrower,
    start: date,
    end: date,
    overlapping_now: list[Reservation] | None = None,
) -> ItemReserved | None:
    """The refusal to give when lending ``item`` to ``borrower`` from start to end would break
    someone else's reservation, else None. ``overlapping_now``: the product's reservations
    overlapping the period, when the caller already read them."""
    if overlapping_now is None:
        overlapping_now = overlapping(session, item.product_id, start, end)
    others = [r for r in overlapping_now if r.borrower_id != borrower.id]
    if not others:
        return None
    for r in others:
        if r.item_id == item.id:
            return _reserved_error(item, r)
    product_level = [r for r in others if r.item_id is None]
    if not product_level:
        return None
    item_reserved_by_others = {r.item_id for r in others if r.item_id is not None}
    free_others = (
        session.scalar(
            select(func.count())
            .select_from(Item)
            .where(
                Item.product_id == item.product_id,
                Item.id != item.id,
                Item.status == ItemStatus.AVAILABLE,
                Item.id.not_in(item_reserved_by_others)
                if item_reserved_by_others
                else Item.id.is_not(None),
            )
        )
        or 0
    )
    if free_others < len(product_level):
        return _reserved_error(item, product_level[0])
    return None


def _reserved_error(item: Item, r: Reservation) -> ItemReserved:
    who = r.borrower.name
    return ItemReserved(
        translate(
            "domain.reservations",
            "{product} is reserved for {who} from {starts_on} to {ends_on}. Choose a shorter "
            "period or another item.",
        ).format(
            product=item.product.name,
            who=who,
            starts_on=NumericDate(r.starts_on),
            ends_on=NumericDate(r.ends_on),
        ),
        reservation_id=r.id,
    )


def claim_own_reservation(
    session: Session,
    item: Item,
    borrower: Borrower,
    start: date,
    end: date,
    loan: Loan | None = None,
    overlapping_now: list[Reservation] | None = None,
) -> Reservation | None:
    """The borrower's own reservation overlapping the loan period, which this check-out
    honours (marked fulfilled when a loan is given). ``overlapping_now`` as above."""
    if overlapping_now is None:
        overlapping_now = overlapping(session, item.product_id, start, end)
    own = next(
        (
            r
            for r in overlapping_now
            if r.borrower_id == borrower.id and r.item_id in (None, item.id)
        ),
        None,
    )
    if own is not None and loan is not None:
        own.fulfilled_loan_id = loan.id
    return own


def reserve(
    session: Session,
    ctx: DeskContext,
    *,
    borrower: Borrower,
    start: date,
    end: date,
    product: Product | None = None,
    item: Item | None = None,
    note: str | None = None,
) -> Reservation:
    if item is not None:
        product = item.product
    if product is None:
        raise InvalidInput(translate("domain.reservations", "Choose a product or an item."))
    if end < start:
        raise InvalidInput(
            translate("domain.reservations", "The end date is before the start date.")
        )
    if start < ctx.today():
        raise InvalidInput(
            translate("domain.reservations", "A reservation cannot start in the past."),
        )
    conflicts = conflicts_for(session, product, start, end, item=item)
    if conflicts:
        raise ReservationConflict(conflicts[0])
    reservation = Reservation(
        product=product,
        item=item,
        borrower=borrower,
        starts_on=start,
        ends_on=end,
        note=note,
        created_at=ctx.now(),
    )
    session.add(reservation)
    session.flush()
    forget_product_facts(session, product.id)
    audit.record(
        session,
        ctx,
        "reserve",
        "reservation",
        reservation.id,
        product=product.name,
        tag=item.tag if item else None,
        badge=borrower.badge,
        start=str(start),
        end=str(end),
    )
    return reservation


def conflicts_for(
    session: Session, product: Product, start: date, end: date, *, item: Item | None = None
) -> list[Message]:
    """Why a reservation for this period cannot be made; empty if it can."""
    existing = overlapping(session, product.id, start, end)
    if item is not None:
        for r in existing:
            if r.item_id == item.id:
                return [
                    translate(
                        "domain.reservations",
                        "{tag} is already reserved for {borrower} ({start} – {end}).",
                    ).format(
                        tag=item.tag,
                        borrower=r.borrower.name,
                        start=NumericDate(r.starts_on),
                        end=NumericDate(r.ends_on),
                    )
                ]
        loan = session.scalar(
            select(Loan).where(Loan.item_id == item.id, Loan.returned_at.is_(None))
        )
        if loan is not None and loan.due_on >= start:
            return [
                translate("domain.reservations", "{tag} is on loan until {due}.").format(
                    tag=item.tag, due=NumericDate(loan.due_on)
                )
            ]
        if item.status in GONE:
            return [
                translate("domain.reservations", "{tag} is no longer available.").format(
                    tag=item.tag
                )
            ]
        return []
    items = (
        session.scalar(
            select(func.count())
            .select_from(Item)
            .where(Item.product_id == product.id, Item.status.in_(LENDABLE))
        )
        or 0
    )
    if len(existing) >= items:
        return [
            translate(
                "domain.reservations",
                "All %n item(s) of {product} are already reserved in that period.",
                None,
                items,
            ).format(product=product.name)
        ]
    return []


def cancel(session: Session, ctx: DeskContext, reservation_id: int) -> Reservation:
    reservation = session.get(Reservation, reservation_id)
    if reservation is None:
        raise NotFound(
            translate("domain.reservations", "Reservation {reservation_id} does not exist.").format(
                reservation_id=reservation_id
            ),
        )
    reservation.cancelled_at = ctx.now()
    audit.record(session, ctx, "reservation_cancelled", "reservation", reservation.id)
    return reservation


def upcoming(session: Session, today: date, limit: int = 500) -> list[Reservation]:
    stmt = (
        select(Reservation)
        .where(
            Reservation.cancelled_at.is_(None),
            Reservation.fulfilled_loan_id.is_(None),
            Reservation.ends_on >= today,
        )
        .order_by(Reservation.starts_on)
        .limit(limit)
    )
    return list(session.scalars(stmt))
