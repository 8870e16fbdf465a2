"""Circulation rules: check-out, check-in, renew, lost and found, retire, undo.

Every function takes a Session (one unit of work, committed by the caller) and a DeskContext.
Every refusal is a LendingError with a Dutch and an English message that says what to do.
The database's partial unique index is the last guard against two open loans for one item:
a race two desks lose at the same moment still ends in one loan and one clear refusal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import set_committed_value

from lendingdesk.dates import NumericDate
from lendingdesk.domain import audit, hygiene, kits, maintenance, reservations, rows, waiting
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.lookup import (
    find_borrower,
    find_item,
    find_loan,
    forget_product_facts,
    is_locked,
    open_loan_of,
    product_facts,
)
from lendingdesk.domain.reservations import (
    blocking_reservation,
    claim_own_reservation,
    overlapping,
)
from lendingdesk.domain.status import GONE, READY_TO_LEND, ItemStatus, back_at_the_desk
from lendingdesk.errors import (
    AlreadyOnLoan,
    BorrowerInactive,
    InvalidInput,
    ItemNotAvailable,
    KitIncomplete,
    LendingError,
    LoanLimitReached,
    NotOnLoan,
)
from lendingdesk.store.models import (
    Borrower,
    Item,
    ItemPart,
    Loan,
    MaintenanceRecord,
    Reservation,
)
from lendingdesk.translation import Message, translate

# The item status in words (the window capitalises its own, ui/models/labels.py).
STATUS_WORDS: dict[str, Message] = {  # keyed by ItemStatus, looked up with stored strings
    ItemStatus.AVAILABLE: translate("domain.circulation", "available"),
    ItemStatus.ON_LOAN: translate("domain.circulation", "on loan"),
    ItemStatus.AWAITING_CLEANING: translate("domain.circulation", "awaiting cleaning"),
    ItemStatus.IN_MAINTENANCE: translate("domain.circulation", "in maintenance"),
    ItemStatus.RESERVED: translate("domain.circulation", "reserved"),
    ItemStatus.RETIRED: translate("domain.circulation", "retired"),
    ItemStatus.LOST: translate("domain.circulation", "lost"),
}

# How long a desk action can still be undone (a mis-scan is common at a busy desk).
UNDO_WINDOW = timedelta(minutes=10)


# Why an item cannot go out, per status: whole sentences, so each language words it its own way.
_NOT_AVAILABLE: dict[str, Message] = {
    ItemStatus.AWAITING_CLEANING: translate(
        "domain.circulation",
        "{product} ({tag}) is awaiting cleaning. Have it cleaned and signed off under Cleaning "
        "first.",
    ),
    ItemStatus.IN_MAINTENANCE: translate(
        "domain.circulation",
        "{product} ({tag}) is in maintenance. It is in maintenance; mark the maintenance "
        "finished first.",
    ),
    ItemStatus.ON_LOAN: translate("domain.circulation", "{product} ({tag}) is on loan."),
    ItemStatus.RESERVED: translate(
        "domain.circulation",
        "{product} ({tag}) is reserved. It is set aside for a reservation.",
    ),
    ItemStatus.RETIRED: translate(
        "domain.circulation",
        "{product} ({tag}) is retired. It has been retired and cannot go out.",
    ),
    ItemStatus.LOST: translate(
        "domain.circulation", "{product} ({tag}) is lost. It is marked lost; mark it found first."
    ),
}


def _not_available(item: Item) -> ItemNotAvailable:
    if item.status == ItemStatus.AWAITING_CLEANING:  # what is still to do, and how
        return hygiene.refusal_of(item)
    status = STATUS_WORDS[item.status]
    message = _NOT_AVAILABLE.get(
        item.status, translate("domain.circulation", "{product} ({tag}) is {status}.")
    )
    return ItemNotAvailable(
        message.format(product=item.product.name, tag=item.tag, status=status),
        tag=item.tag,
        status=item.status,
    )


def _check_borrower(session: Session, ctx: DeskContext, borrower: Borrower) -> None:
    if not borrower.active or borrower.erased_at is not None:
        raise BorrowerInactive(
            translate(
                "domain.circulation",
                "{borrower} ({badge}) is not active. Activate the borrower under Borrowers first "
                "or use another card.",
            ).format(borrower=borrower.name, badge=borrower.badge),
            badge=borrower.badge,
        )
    limit = borrower.loan_limit if borrower.loan_limit is not None else ctx.loan_limit
    if limit is not None:
        open_count = session.scalar(
            select(func.count())
            .select_from(Loan)
            .where(Loan.borrower_id == borrower.id, Loan.returned_at.is_(None))
        )
        if open_count is not None and open_count >= limit:
            raise LoanLimitReached(
                translate(
                    "domain.circulation",
                    "{borrower} already has {open_count} items on loan (limit {limit}). Check "
                    "something in first.",
                ).format(borrower=borrower.name, open_count=open_count, limit=limit),
                badge=borrower.badge,
                limit=limit,
            )


@dataclass(frozen=True)
class CheckoutRequest:
    item: str | Item
    borrower: str | Borrower
    due: date | None = None
    setting: str | None = None
    client_group: str | None = None
    condition: str | None = None
    accessories: tuple[str, ...] | None = None  # None: all of the product's accessories
    notes: str | None = None
    # A kit verified at the desk: the parts that are there (None: not verified; the parts not
    # known to be missing go out). Parts not there need ``lend_incomplete``.
    parts_present: tuple[str, ...] | None = None
    lend_incomplete: bool = False


def _lock(session: Session, item: Item) -> None:
    """On a shared server, wait for any other desk's transaction on this item and re-read it,
    so two desks scanning one item act one after the other. (SQLite: every transaction already
    holds the write lock from its start.)"""
    if session.get_bind().dialect.name != "sqlite" and not is_locked(session, item):
        # Lock the item row alone (FOR UPDATE OF items: not the eager-loaded product) and read
        # it afresh, in one round trip.
        session.execute(
            select(Item)
            .options(joinedload(Item.product))
            .where(Item.id == item.id)
            .with_for_update(of=Item)
            .execution_options(populate_existing=True)
        )


# A due date at most a year ahead. A product's own loan period is at most 365 days (a CHECK in
# the schema), so no default ever exceeds it; a date further out is a typo (2062 for 2026) that
# would hide the item from the overdue list for decades. Longer use is a renewal, which keeps
# the item (and its cleaning and inspection) in view at least once a year.
MAX_DUE_DAYS = 365


def check_due(due: date, today: date) -> date:
    """``due`` if a loan may run until then: not in the past, at most MAX_DUE_DAYS ahead."""
    if due < today:
        raise InvalidInput(
            translate(
                "domain.circulation",
                "The due date {due} is in the past. Choose today or a later date.",
            ).format(due=NumericDate(due)),
            due=due.isoformat(),
        )
    latest = today + timedelta(days=MAX_DUE_DAYS)
    if due > latest:
        raise InvalidInput(
            translate(
                "domain.circulation",
                "The due date {due} is more than a year ahead. Choose {latest} at the latest; "
                "renew later if it is needed longer.",
            ).format(
                due=NumericDate(due),
                latest=NumericDate(latest),
            ),
            due=due.isoformat(),
        )
    return due


@dataclass(frozen=True)
class CheckoutFindings:
    """What a check-out found on its way that its caller shows: the overdue maintenance checks
    that only warn (labels) and a kit's missing parts (None: not looked at)."""

    checks_overdue: tuple[str, ...]
    parts_missing: tuple[str, ...] | None


_FINDINGS = "lendingdesk.checkout_findings"


def findings(session: Session, loan: Loan) -> CheckoutFindings | None:
    """What ``check_out`` found for ``loan`` in this session (None: it was not lent here), so
    the desk's answer does not ask the database the same again."""
    found: dict[int, CheckoutFindings] = session.info.get(_FINDINGS, {})
    return found.get(loan.id)


# Whether the product is reserved in the loan period, and whether the item is held (waiting
# list): one round trip, built once.
_SPOKEN_FOR = select(reservations.ANY_OVERLAPPING.label("reserved"), waiting.ANY_HOLD.label("held"))


def check_out(session: Session, ctx: DeskContext, request: CheckoutRequest) -> Loan:
    item = find_item(session, request.item, lock=True)
    _lock(session, item)
    borrower = find_borrower(session, request.borrower)
    today = ctx.today()

    if item.status == ItemStatus.ON_LOAN:
        current = open_loan_of(session, item)
        holder = current.borrower.name if current else "?"
        raise AlreadyOnLoan(
            translate(
                "domain.circulation",
                "{product} ({tag}) is already on loan to {holder}. Check it in first if it has "
                "come back.",
            ).format(product=item.product.name, tag=item.tag, holder=holder),
            tag=item.tag,
        )
    if item.status not in READY_TO_LEND:
        raise _not_available(item)
    # A blocking maintenance check that is overdue keeps it in (the others only warn).
    warnings = maintenance.refuse_if_blocked(session, item, today)
    _check_borrower(session, ctx, borrower)

    due = check_due(request.due or today + timedelta(days=item.product.loan_days), today)
    # Nothing reserved and nothing held is the common case: one plain query says so. The
    # reservations (one read serves every check below) and the hold are read only when there
    # are any.
    facts = product_facts(session, item.product_id)
    if facts is not None and not (facts.has_reservations or facts.has_waiting):
        reserved, held_now = False, False  # read with the item: nothing to ask
    else:
        reserved, held_now = session.execute(
            _SPOKEN_FOR,
            {
                "product_id": item.product_id,
                "start": today,
                "end": due,
                "item_id": item.id,
                "now": ctx.now(),
            },
        ).one()
    booked = overlapping(session, item.product_id, today, due) if reserved else []
    blocker = blocking_reservation(session, item, borrower, today, due, booked)
    if blocker is not None:
        raise blocker
    if (
        item.status == ItemStatus.RESERVED
        and claim_own_reservation(session, item, borrower, today, due, overlapping_now=booked)
        is None
    ):
        raise _not_available(item)
    # The waiting list's hold.
    held = waiting.refuse_if_held(session, ctx, item, borrower) if held_now else None

    accessories = list(item.product.accessories or [])
    if request.accessories is not None:
        accessories = _known_accessories(item, request.accessories)
    missing_out: list[str] = []
    missing: tuple[str, ...] | None = None  # what the desk's answer names (None: not looked)
    if request.parts_present is not None:  # verified at the desk: what is there goes
        present = set(_known_accessories(item, request.parts_present))
        accessories = [a for a in item.product.accessories or [] if a in present]
        missing_out = [a for a in item.product.accessories or [] if a not in present]
        if missing_out and not request.lend_incomplete:
            raise KitIncomplete(
                translate(
                    "domain.circulation",
                    "{product} ({tag}) is not complete: {parts} missing. Find the parts, or "
                    "choose to lend it without them.",
                ).format(product=item.product.name, tag=item.tag, parts=", ".join(missing_out)),
                tag=item.tag,
            )
        missing = tuple(missing_out)
    elif accessories:  # a kit lent incomplete (chosen at its last return): what is there goes
        missing = tuple(kits.missing_names(session, item))
        accessories = [a for a in accessories if a not in missing]

    try:
        # The loan and the item's new status as plain statements (domain/rows.py): the unit
        # of work's flush cost more CPU than the whole rest of the check-out.
        loan = rows.insert_row(
            session,
            Loan,
            item_id=item.id,
            borrower_id=borrower.id,
            out_at=ctx.now(),
            due_on=due,
            returned_at=None,
            out_location_id=ctx.location_id,
            in_location_id=None,
            out_by=ctx.actor,
            in_by=None,
            setting=request.setting,
            client_group=request.client_group,
            condition_out=request.condition,
            condition_in=None,
            accessories_out=accessories,
            accessories_missing=[],
            parts_missing_out=missing_out,
            charged=None,
            damage=None,
            notes=request.notes,
            renewals=0,
            review_state="none",
            isolation=False,
        )
    except IntegrityError as exc:
        # Another desk checked this item out in the same instant; the database said no.
        raise AlreadyOnLoan(
            translate(
                "domain.circulation",
                "{tag} was just checked out at another desk. Refresh and try again.",
            ).format(tag=item.tag),
            tag=item.tag,
        ) from exc
    set_committed_value(loan, "item", item)
    set_committed_value(loan, "borrower", borrower)
    rows.update_row(session, item, status=ItemStatus.ON_LOAN)
    found: dict[int, CheckoutFindings] = session.info.setdefault(_FINDINGS, {})
    found[loan.id] = CheckoutFindings(tuple(d.label for d in warnings), missing)
    claim_own_reservation(session, item, borrower, today, due, loan=loan, overlapping_now=booked)
    if held is not None:
        waiting.fulfil(held, loan)
    if request.parts_present is not None:
        kits.checked_out(session, ctx, item, accessories, missing_out)
    audit.record(
        session,
        ctx,
        "checkout",
        "loan",
        loan.id,
        tag=item.tag,
        badge=borrower.badge,
        due=str(due),
        **({"parts_missing": missing_out} if missing_out else {}),
    )
    return loan


def _known_accessories(item: Item, names: Iterable[str]) -> list[str]:
    known = {a.casefold(): a for a in (item.product.accessories or [])}
    result = []
    for name in names:
        name = name.strip()
        if not name:
            continue
        if name.casefold() not in known:
            listed = ", ".join(known.values()) or "geen / none"
            raise InvalidInput(
                translate(
                    "domain.circulation",
                    "“{name}” is not an accessory of {product}. Choose from: {listed}.",
                ).format(name=name, product=item.product.name, listed=listed),
            )
        result.append(known[name.casefold()])
    return result


@dataclass(frozen=True)
class CheckinRequest:
    item: str | Item
    missing: tuple[str, ...] = ()
    damage: str | None = None
    charged: bool | None = None
    condition: str | None = None
    notes: str | None = None
    # Used in isolation / with BRMO / an infection: this return must be disinfected.
    isolation: bool = False
    # Damage that needs repair: the item goes to maintenance (not to the shelf) with this
    # note and the expected cost, and stays out of circulation until the repair is finished.
    to_maintenance: bool = False
    repair_cost_cents: int | None = None
    # A kit that came back with parts missing: keep it out of circulation until it is complete
    # (True), or let it go out again incomplete (False). Either way the parts are listed.
    hold_incomplete: bool = False


def check_in(session: Session, ctx: DeskContext, request: CheckinRequest) -> Loan:
    item = find_item(session, request.item, lock=True)
    _lock(session, item)
    loan = open_loan_of(session, item)
    if loan is None:
        raise NotOnLoan(
            translate(
                "domain.circulation",
                "{product} ({tag}) is not on loan (status: {status}). There is nothing to check "
                "in.",
            ).format(product=item.product.name, tag=item.tag, status=STATUS_WORDS[item.status]),
            tag=item.tag,
            status=item.status,
        )
    missing = _known_accessories(item, request.missing)
    _check_remark_length(request.damage)
    _check_remark_length(request.notes)
    if request.to_maintenance:
        _check_repair(request)
    status, pending = hygiene.after_return(session, item, isolation=request.isolation)
    damage = (request.damage or "").strip() or None
    # The loan's and the item's new values as plain statements (domain/rows.py): the unit of
    # work's flush cost more CPU than the rest of the return.
    rows.update_row(
        session,
        loan,
        returned_at=ctx.now(),
        in_location_id=ctx.location_id,
        in_by=ctx.actor,
        accessories_missing=missing,
        damage=damage,
        charged=request.charged,
        condition_in=request.condition or ("beschadigd" if damage else "goed"),
        notes="\n".join(filter(None, [loan.notes, request.notes])) if request.notes else loan.notes,
        review_state="pending",
        isolation=request.isolation,
    )
    # Items move to the desk they are returned to.
    moved = {"location_id": ctx.location_id} if ctx.location_id is not None else {}
    rows.update_row(session, item, status=status, hygiene_pending=pending, **moved)
    if missing:
        kits.mark_missing(session, ctx, item, loan, missing)
    if request.to_maintenance:
        _damage_to_maintenance(session, ctx, item, loan, request.repair_cost_cents)
    elif missing and request.hold_incomplete:
        kits.hold_incomplete(session, ctx, item, loan, missing)
    audit.record(
        session,
        ctx,
        "checkin",
        "loan",
        loan.id,
        tag=item.tag,
        missing=missing,
        damage=loan.damage,
        isolation=request.isolation or None,
        next_status=item.status,
    )
    waiting.hold_for_next(session, ctx, item)  # back without cleaning: for the first in line
    return loan


# A damage note or remark is a line or a few: it goes on the return receipt (80 mm paper too)
# and into the maintenance list. 100 KB pasted by mistake is refused, not printed.
MAX_REMARK_LENGTH = 1000


def _check_remark_length(text: str | None) -> None:
    if text is not None and len(text.strip()) > MAX_REMARK_LENGTH:
        raise InvalidInput(
            translate(
                "domain.circulation",
                "A damage note or remark may be at most {limit} characters (this one has "
                "{length}). Describe the damage briefly.",
            ).format(limit=MAX_REMARK_LENGTH, length=len(text.strip()))
        )


def _check_repair(request: CheckinRequest) -> None:
    """A return sent to maintenance needs its damage described (before anything changes)."""
    if not (request.damage or "").strip():
        raise InvalidInput(
            translate("domain.circulation", "Describe the damage to send it to maintenance."),
        )
    cost = request.repair_cost_cents
    if cost is not None and not 0 <= cost <= maintenance.MAX_COST_CENTS:
        raise InvalidInput(
            translate("domain.circulation", "The cost must be between 0 and 100,000 euros."),
        )


def _damage_to_maintenance(
    session: Session, ctx: DeskContext, item: Item, loan: Loan, cost_cents: int | None
) -> None:
    session.add(
        MaintenanceRecord(
            item=item,
            reason=loan.damage,
            opened_at=ctx.now(),
            opened_by=ctx.actor,
            cost_cents=cost_cents,
            loan_id=loan.id,
        )
    )
    item.status = ItemStatus.IN_MAINTENANCE
    audit.record(
        session,
        ctx,
        "maintenance_started",
        "item",
        item.id,
        tag=item.tag,
        reason=loan.damage,
        loan=loan.id,
        cost_cents=cost_cents,
    )


def renew(session: Session, ctx: DeskContext, loan_id: int, due: date | None = None) -> Loan:
    loan = find_loan(session, loan_id)
    if loan.returned_at is not None:
        raise NotOnLoan(
            translate(
                "domain.circulation",
                "Loan {loan_id} has already been returned and cannot be renewed.",
            ).format(loan_id=loan_id),
        )
    today = ctx.today()
    if due is None:  # the product's loan period again, but never beyond the one-year bound
        due = min(
            max(loan.due_on, today) + timedelta(days=loan.item.product.loan_days),
            today + timedelta(days=MAX_DUE_DAYS),
        )
    new_due = check_due(due, today)
    if new_due <= loan.due_on:
        raise InvalidInput(
            translate("domain.circulation", "The new due date must be after {due_on}.").format(
                due_on=NumericDate(loan.due_on)
            ),
        )
    blocker = blocking_reservation(
        session, loan.item, loan.borrower, loan.due_on + timedelta(days=1), new_due
    )
    if blocker is not None:
        raise blocker
    old_due = loan.due_on
    loan.due_on = new_due
    loan.renewals += 1
    audit.record(
        session,
        ctx,
        "renew",
        "loan",
        loan.id,
        tag=loan.item.tag,
        old=str(old_due),
        new=str(new_due),
    )
    return loan


def mark_lost(session: Session, ctx: DeskContext, item_code: str | Item, note: str = "") -> Item:
    item = find_item(session, item_code)
    if item.status in GONE:
        raise _not_available(item)
    loan = open_loan_of(session, item)
    if loan is not None:
        loan.returned_at = ctx.now()
        loan.condition_in = "vermist"
        loan.notes = "\n".join(filter(None, [loan.notes, note or "vermist gemeld"]))
    item.status = ItemStatus.LOST
    audit.record(
        session, ctx, "lost", "item", item.id, tag=item.tag, loan=loan.id if loan else None
    )
    return item


def mark_found(session: Session, ctx: DeskContext, item_code: str | Item) -> Item:
    item = find_item(session, item_code)
    if item.status != ItemStatus.LOST:
        raise InvalidInput(
            translate("domain.circulation", "{tag} is not marked lost.").format(tag=item.tag),
        )
    item.status = back_at_the_desk(item.product.needs_cleaning)
    item.hygiene_pending = None  # the product's whole protocol
    audit.record(session, ctx, "found", "item", item.id, tag=item.tag, next_status=item.status)
    return item


def retire(session: Session, ctx: DeskContext, item_code: str | Item, reason: str = "") -> Item:
    item = find_item(session, item_code)
    if item.status == ItemStatus.ON_LOAN:
        raise AlreadyOnLoan(
            translate(
                "domain.circulation", "{tag} is on loan. Check it in first, then retire it."
            ).format(tag=item.tag),
        )
    if item.status == ItemStatus.RETIRED:
        raise _not_available(item)
    item.status = ItemStatus.RETIRED
    audit.record(session, ctx, "retire", "item", item.id, tag=item.tag, reason=reason)
    return item


def _undoable(ctx: DeskContext, at: datetime | None) -> None:
    if at is None or ctx.now() - at > UNDO_WINDOW:
        raise LendingError(
            translate("domain.circulation", "This can no longer be undone (too long ago)."),
        )


def undo_checkout(session: Session, ctx: DeskContext, loan_id: int) -> Item:
    """Take back a check-out made by mistake, shortly after: as if it never happened."""
    loan = find_loan(session, loan_id)
    if loan.returned_at is not None:
        raise NotOnLoan(
            translate(
                "domain.circulation", "This loan has already been returned; it cannot be undone."
            ),
        )
    _undoable(ctx, loan.out_at)
    item = loan.item
    item.status = ItemStatus.AVAILABLE
    for reservation in loan_reservations(session, loan):
        reservation.fulfilled_loan_id = None
    forget_product_facts(session, item.product_id)  # its reservations are open again
    audit.record(
        session, ctx, "checkout_undone", "loan", loan.id, tag=item.tag, badge=loan.borrower.badge
    )
    session.delete(loan)
    session.flush()
    return item


def undo_checkin(session: Session, ctx: DeskContext, loan_id: int) -> Loan:
    """Reopen a loan checked in by mistake, shortly after."""
    loan = find_loan(session, loan_id)
    if loan.returned_at is None:
        raise InvalidInput(translate("domain.circulation", "This loan is still open."))
    _undoable(ctx, loan.returned_at)
    item = loan.item
    if loan.review_state == "done":
        raise LendingError(
            translate(
                "domain.circulation",
                "A review was already given for this loan; the check-in can no longer be undone.",
            ),
        )
    # Sent to maintenance by this very check-in (damage, or a kit held back incomplete).
    sent = session.scalars(
        select(MaintenanceRecord).where(
            MaintenanceRecord.loan_id == loan.id, MaintenanceRecord.closed_at.is_(None)
        )
    ).all()
    back = (ItemStatus.AVAILABLE, ItemStatus.AWAITING_CLEANING)
    if (item.status not in back and not (item.status == ItemStatus.IN_MAINTENANCE and sent)) or (
        open_loan_of(session, item)
    ):
        raise LendingError(
            translate(
                "domain.circulation", "{tag} has moved on since; it can no longer be undone."
            ).format(tag=item.tag),
        )
    for record in sent:
        session.delete(record)
    for part in session.scalars(select(ItemPart).where(ItemPart.missing_loan_id == loan.id)):
        part.missing_since = None
        part.missing_loan_id = None
    loan.returned_at = None
    loan.in_location_id = None
    loan.in_by = None
    loan.accessories_missing = []
    loan.damage = None
    loan.condition_in = None
    loan.charged = None
    loan.review_state = "none"
    loan.isolation = False
    item.status = ItemStatus.ON_LOAN
    item.hygiene_pending = None
    audit.record(session, ctx, "checkin_undone", "loan", loan.id, tag=item.tag)
    return loan


def loan_reservations(session: Session, loan: Loan) -> list[Reservation]:

    return list(
        session.scalars(select(Reservation).where(Reservation.fulfilled_loan_id == loan.id))
    )


# --- queries the desk shows ---------------------------------------------------------------------


def open_loans(
    session: Session,
    *,
    overdue_on: date | None = None,
    due_on: date | None = None,
    borrower: Borrower | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[Loan]:
    """Open loans, soonest due first. ``overdue_on``: only those due before that date."""
    stmt = (
        select(Loan)
        .where(Loan.returned_at.is_(None))
        .options(joinedload(Loan.item).joinedload(Item.product), joinedload(Loan.borrower))
        .order_by(Loan.due_on, Loan.id)
    )
    if overdue_on is not None:
        stmt = stmt.where(Loan.due_on < overdue_on)
    if due_on is not None:
        stmt = stmt.where(Loan.due_on == due_on)
    if borrower is not None:
        stmt = stmt.where(Loan.borrower_id == borrower.id)
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    return list(session.scalars(stmt))


def count_overdue(session: Session, today: date) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Loan)
            .where(Loan.returned_at.is_(None), Loan.due_on < today)
        )
        or 0
    )


def loan_history(
    session: Session,
    *,
    item: Item | None = None,
    borrower: Borrower | None = None,
    limit: int = 200,
) -> list[Loan]:
    stmt = (
        select(Loan)
        .options(joinedload(Loan.item).joinedload(Item.product), joinedload(Loan.borrower))
        .order_by(Loan.out_at.desc())
        .limit(limit)
    )
    if item is not None:
        stmt = stmt.where(Loan.item_id == item.id)
    if borrower is not None:
        stmt = stmt.where(Loan.borrower_id == borrower.id)
    return list(session.scalars(stmt))
