"""The desk's application service: one scan in, one plain outcome out.

``DeskService.handle_scan`` decides what a scanned (or typed) code means at this moment:
a borrower card puts that borrower at the desk (or, scanned again, ends their session); an item
is checked out to the borrower at the desk, needs a check-in when it is on loan, or needs a
borrower when nobody is at the desk. Every refusal comes back as a :class:`Refusal` with the
domain's Dutch and English message -- the caller's state is never touched by a refusal.

Every query goes by tag, badge or loan id (unique indexes) or through the open-loans partial
index; nothing here loads a whole table, so the desk stays quick on a regional database.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, joinedload, object_session

from lendingdesk.documents.model import SlipData
from lendingdesk.domain import catalogue, circulation, hygiene, kits, maintenance, waiting
from lendingdesk.domain.codes import CodeKind, parse_code
from lendingdesk.domain.context import DeskContext, to_local
from lendingdesk.domain.lookup import find_borrower, find_item, open_loan_of, unknown_code
from lendingdesk.domain.status import READY_TO_LEND, ItemStatus
from lendingdesk.errors import BorrowerInactive, DatabaseUnavailable, LendingError
from lendingdesk.services import ContextFactory
from lendingdesk.services.journal import (
    JournalEntry,
    ReplayResult,
    ScanJournal,
    ScanPath,
    perform,
)
from lendingdesk.services.journal import ScanOutcome as JournalScanOutcome
from lendingdesk.store.db import Database
from lendingdesk.store.models import Borrower, Item, Loan, Location
from lendingdesk.translation import Text, translate

# A borrower card shows at most this many open loans (a team may hold many; the rest is counted).
CARD_LOAN_LINES = 50


class ScanKind(StrEnum):
    BORROWER_SELECTED = "borrower_selected"
    SESSION_ENDED = "session_ended"
    CHECKED_OUT = "checked_out"
    NEEDS_CHECKIN = "needs_checkin"
    NEEDS_BORROWER = "needs_borrower"
    NEEDS_PARTS = "needs_parts"  # a kit whose parts the desk checks before it goes out
    REFUSED = "refused"
    KEPT_OFFLINE = "kept_offline"  # the database is away: the scan waits in the journal


@dataclass(frozen=True)
class Refusal:
    code: str
    text: Text  # the refusal's catalogue message, put into words when shown

    def message(self, lang: str = "nl") -> str:
        return self.text.render(lang)

    @classmethod
    def of(cls, error: LendingError) -> Refusal:
        return cls(error.code, error.text)


@dataclass(frozen=True)
class LoanLine:
    loan_id: int
    tag: str
    product: str
    out_at: datetime | None
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class HeldForYou:
    """An item the waiting list keeps for the borrower at the desk."""

    entry_id: int
    product: str
    tag: str
    until: datetime  # local time
    told: bool  # they were told before (by e-mail or at the desk)


@dataclass(frozen=True)
class BorrowerCard:
    id: int
    badge: str
    name: str
    kind: str
    discipline: str | None
    team: str | None
    active: bool
    open_loans: tuple[LoanLine, ...]
    open_count: int
    overdue_count: int
    held: tuple[HeldForYou, ...] = ()  # read when the card is scanned, not on every reload

    def with_checkout(self, result: CheckoutResult) -> BorrowerCard:
        """This card after ``result`` was lent at the desk: what a reload would show, without
        asking the database again (the desk redraws the card after every scan)."""
        lines = sorted((*self.open_loans, result.line()), key=lambda x: (x.due_on, x.loan_id))
        return replace(
            self, open_loans=tuple(lines[:CARD_LOAN_LINES]), open_count=self.open_count + 1
        )


@dataclass(frozen=True)
class BorrowerChoice:
    id: int
    badge: str
    name: str
    team: str | None
    discipline: str | None
    active: bool


@dataclass(frozen=True)
class ItemInfo:
    tag: str
    product: str
    status: str
    loan_days: int
    held_for: str | None = None  # the waiting list's hold: who it is kept for


@dataclass(frozen=True)
class CheckoutResult:
    loan_id: int
    tag: str
    product: str
    badge: str
    borrower: str
    due_on: date
    care_instructions: str | None
    out_at: datetime | None = None
    # Maintenance checks of this item that are overdue but only warn (labels of the plans).
    checks_overdue: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()  # a kit's parts handed over with it
    parts_missing: tuple[str, ...] = ()  # a kit lent incomplete: what is not there

    def line(self) -> LoanLine:
        """This loan as a line on the card (new, so never overdue)."""
        return LoanLine(self.loan_id, self.tag, self.product, self.out_at, self.due_on, False)


@dataclass(frozen=True)
class CheckinPrompt:
    """What the check-in dialog needs to ask: the product's checklist and who had it."""

    loan_id: int
    tag: str
    product: str
    borrower: str
    badge: str
    out_at: datetime
    due_on: date
    overdue: bool
    accessories: tuple[str, ...]
    needs_cleaning: bool
    cleaning_protocol: str | None
    # Issue 16: the product holds personal data (a reset follows), and may go to isolation.
    reset_needed: bool = False
    isolation_allowed: bool = True
    part_tags: tuple[tuple[str, str], ...] = ()  # (part, its own label) for kit parts
    parts_missing_out: tuple[str, ...] = ()  # a kit lent incomplete: not asked back


@dataclass(frozen=True)
class PartsPrompt:
    """What the check-out parts dialog asks: the kit's parts, their labels, what is missing."""

    tag: str
    product: str
    parts: tuple[str, ...]
    part_tags: tuple[tuple[str, str], ...] = ()  # (part, its own label)
    missing: tuple[str, ...] = ()  # parts on the "to find" list now


@dataclass(frozen=True)
class PartsChoice:
    """The parts checked at check-out: those there, and whether to lend without the rest."""

    present: tuple[str, ...]
    lend_incomplete: bool = False


@dataclass(frozen=True)
class CheckinChoices:
    missing: tuple[str, ...] = ()
    damage: str | None = None
    charged: bool | None = None
    notes: str | None = None
    isolation: bool = False  # isolation / BRMO / infection: disinfect this return
    to_maintenance: bool = False  # damage that needs repair: to maintenance, not the shelf
    repair_cost_cents: int | None = None
    hold_incomplete: bool = False  # parts missing: keep the kit out until it is complete


@dataclass(frozen=True)
class ReturnResult:
    loan_id: int
    tag: str
    product: str
    borrower: str
    next_status: str  # ItemStatus.AWAITING_CLEANING, AVAILABLE or IN_MAINTENANCE
    missing: tuple[str, ...]
    damage: str | None
    held_for: str | None = None  # back on the shelf and kept for them (waiting list)


class UndoKind(StrEnum):
    CHECKOUT = "checkout"
    CHECKIN = "checkin"


@dataclass(frozen=True)
class UndoAction:
    """The last desk action, kept by the UI so it can be taken back shortly after."""

    kind: UndoKind
    loan_id: int
    tag: str
    product: str
    borrower: str


@dataclass(frozen=True)
class UndoResult:
    action: UndoAction
    item_status: str


@dataclass(frozen=True)
class ScanOutcome:
    kind: ScanKind
    code: str = ""
    borrower: BorrowerCard | None = None
    checkout: CheckoutResult | None = None
    checkin: CheckinPrompt | None = None
    parts: PartsPrompt | None = None
    item: ItemInfo | None = None
    refusal: Refusal | None = None
    kept: JournalEntry | None = None


@dataclass(frozen=True)
class LocationChoice:
    id: int
    name: str


@dataclass(frozen=True)
class DeskSummary:
    open_loans: int
    overdue: int
    awaiting_cleaning: int


@dataclass
class DeskService:
    """The desk's use cases over one database. ``ctx_factory`` says who/where/when per action."""

    db: Database
    ctx_factory: ContextFactory
    # Desk setting: 0 means the product's own loan period; otherwise this many days.
    default_loan_days: int = 0
    # Where scans wait while the database cannot be reached (None: refuse them instead).
    journal: ScanJournal | None = None

    def __post_init__(self) -> None:
        # Every check-out and check-in of this desk goes through the one scan path.
        self.scans = ScanPath(self.db, self.journal)

    # --- scanning ----------------------------------------------------------------------------

    def handle_scan(
        self, text: str, borrower_at_desk: str | None = None, *, check_parts: bool = True
    ) -> ScanOutcome:
        """What ``text`` means now. ``borrower_at_desk`` is the badge of the open session.
        ``check_parts``: a kit to verify is not lent yet but answered with NEEDS_PARTS."""
        code = parse_code(text)
        if code is None:
            return ScanOutcome(ScanKind.REFUSED, text, refusal=Refusal.of(unknown_code(text)))
        try:
            if code.kind is not CodeKind.BADGE and self.pending_count():
                # Older scans still wait for the database: queue behind them to keep the order.
                return self._keep_offline(code.text, borrower_at_desk)
            if code.kind is CodeKind.BADGE:
                return self._scan_badge(code.text, borrower_at_desk)
            return self._scan_item(code.text, borrower_at_desk, check_parts)
        except DatabaseUnavailable as exc:
            if not exc.keep_offline or self.journal is None:
                # Disk full, read-only, damaged, wrong password, file gone…: said as it is,
                # and nothing is promised.
                return ScanOutcome(ScanKind.REFUSED, code.text, refusal=Refusal.of(exc))
            try:
                if code.kind is CodeKind.BADGE:
                    return self._offline_badge(code.text, borrower_at_desk)
                return self._keep_offline(code.text, borrower_at_desk)
            except LendingError as kept_error:  # the journal itself cannot be written
                return ScanOutcome(ScanKind.REFUSED, code.text, refusal=Refusal.of(kept_error))
        except LendingError as exc:
            return ScanOutcome(ScanKind.REFUSED, code.text, refusal=Refusal.of(exc))

    # --- offline: the journal --------------------------------------------------------------

    def _offline_badge(self, badge: str, at_desk: str | None) -> ScanOutcome:
        """Without the database the card cannot be looked up: the badge itself opens the
        session, so the products scanned next are kept as lent to it."""
        if at_desk is not None and badge == at_desk:
            return ScanOutcome(ScanKind.SESSION_ENDED, badge)
        card = BorrowerCard(0, badge, badge, "person", None, None, True, (), 0, 0)
        return ScanOutcome(ScanKind.BORROWER_SELECTED, badge, borrower=card)

    def _keep_offline(self, tag: str, at_desk: str | None) -> ScanOutcome:
        """Keep an item scan: lent to the card at the desk, otherwise handed back."""
        ctx = self.ctx_factory()
        if at_desk is not None:
            entry = self.scans.keep(ctx, "checkout", self._checkout_payload(ctx, tag, at_desk))
        else:
            entry = self.scans.keep(ctx, "checkin", {"item": tag})
        return ScanOutcome(ScanKind.KEPT_OFFLINE, tag, kept=entry)

    def _checkout_payload(self, ctx: DeskContext, tag: str, badge: str) -> dict[str, object]:
        payload: dict[str, object] = {"item": tag, "borrower": badge}
        if self.default_loan_days > 0:
            payload["due"] = ctx.today() + timedelta(days=self.default_loan_days)
        return payload

    def pending_count(self) -> int:
        """How many scans wait in the journal for this database."""
        return self.scans.pending_count()

    def replay_journal(self) -> list[ReplayResult]:
        """Apply the waiting scans now (each with the time it was scanned). Entries the
        database refuses come back as conflicts with the domain's message; while the database
        is still away they stay waiting (status ``offline``)."""
        return self.scans.replay()

    def _scan_badge(self, badge: str, at_desk: str | None) -> ScanOutcome:
        if at_desk is not None and badge == at_desk:
            return ScanOutcome(ScanKind.SESSION_ENDED, badge)
        ctx = self.ctx_factory()
        now = ctx.now()
        with self.db.session() as session:
            borrower = find_borrower(session, badge, holds_at=now)
            if not borrower.active or borrower.erased_at is not None:
                raise BorrowerInactive(
                    translate(
                        "services.desk",
                        "{borrower} ({badge}) is not active. Activate the borrower under "
                        "Borrowers first or use another card.",
                    ).format(borrower=borrower.name, badge=borrower.badge),
                    badge=borrower.badge,
                )
            card = _card(session, borrower, ctx.today())
            card = replace(card, held=_held_for_you(session, borrower, now))
        return ScanOutcome(ScanKind.BORROWER_SELECTED, badge, borrower=card)

    def would_lend(self, text: str, badge: str) -> bool:
        """Whether scanning ``text`` with ``badge`` at the desk would lend a product (a known
        item ready to lend, not held for someone else): the desk asks for the loan conditions
        before the first one. False for a return, a card, a code it does not know, a product
        that will be refused anyway (its refusal then comes without the question), or when the
        database cannot say (the scan then goes its usual way)."""
        code = parse_code(text)
        if code is None or code.kind is not CodeKind.ITEM:
            return False
        ctx = self.ctx_factory()
        try:
            with self.db.session() as session:
                item = session.scalar(select(Item).where(Item.tag == code.text))
                if item is None:
                    return False
                _refuse_unlendable(session, item, ctx.today())  # check-out's own rule
                hold = waiting.held_for(session, item, ctx.now())
                return hold is None or hold.borrower.badge == badge
        except LendingError:
            return False

    def told_at_desk(self, card: BorrowerCard) -> None:
        """The desk told the borrower of the items kept for them: no e-mail needed any more."""
        untold = [h.entry_id for h in card.held if not h.told]
        if not untold:
            return
        ctx = self.ctx_factory()
        with self.db.unit_of_work() as session:
            for entry_id in untold:
                waiting.mark_notified(session, ctx, entry_id, "desk")

    def _scan_item(self, tag: str, at_desk: str | None, check_parts: bool = True) -> ScanOutcome:
        if at_desk is not None:
            return self._scan_item_at_session(tag, at_desk, check_parts)
        ctx = self.ctx_factory()
        with self.db.session() as session:
            item = find_item(session, tag)
            back = _return_of(session, item, ctx.today())
            if back is not None:
                return back
            hold = waiting.held_for(session, item, ctx.now())
            info = ItemInfo(
                item.tag,
                item.product.name,
                item.status,
                item.product.loan_days,
                hold.borrower.name if hold is not None else None,
            )
            if info.status in READY_TO_LEND:
                # An overdue blocking check: say so now, before a borrower is chosen.
                maintenance.refuse_if_blocked(session, item, ctx.today())
            else:
                # Say now that it cannot go out, rather than after choosing a borrower.
                error = _availability_error(session, tag)
                if error is not None:
                    raise error
        return ScanOutcome(ScanKind.NEEDS_BORROWER, tag, item=info)

    def _scan_item_at_session(self, tag: str, badge: str, check_parts: bool) -> ScanOutcome:
        """A product scanned while a borrower is at the desk: lend it, in one transaction (the
        scan's whole cost is this one commit), unless it is out -- then it is a return."""
        ctx = self.ctx_factory()
        payload = self._checkout_payload(ctx, tag, badge)

        def work(session: Session) -> ScanOutcome:
            # Locked as it is read: the check-out (or return) below acts on this row as read.
            item = find_item(session, tag, lock=True)
            back = _return_of(session, item, ctx.today())
            if back is not None:
                return back
            if check_parts and kits.needs_check_at_checkout(session, item):
                _refuse_unlendable(session, item, ctx.today())  # before the parts are asked
                return ScanOutcome(ScanKind.NEEDS_PARTS, tag, parts=_parts_prompt(session, item))
            loan = perform(session, ctx, "checkout", payload | {"item": item})  # no 2nd lookup
            return ScanOutcome(ScanKind.CHECKED_OUT, tag, checkout=_checkout_result(loan))

        done = self.scans.submit(ctx, "checkout", payload, work=work)
        if done.journaled is not None:
            return ScanOutcome(ScanKind.KEPT_OFFLINE, tag, kept=done.journaled)
        assert done.value is not None
        return done.value

    # --- actions -----------------------------------------------------------------------------

    def check_out(self, tag: str, badge: str, parts: PartsChoice | None = None) -> CheckoutResult:
        """Lend ``tag`` to ``badge`` now (``parts``: a kit's parts as checked at the desk).
        Raises LendingError on a refusal (and when the database is away: a caller of this
        direct action gets no promise)."""
        ctx = self.ctx_factory()
        payload = self._checkout_payload(ctx, tag, badge)
        if parts is not None:
            payload["parts_present"] = list(parts.present)
            payload["lend_incomplete"] = parts.lend_incomplete
        return _applied(ScanPath(self.db).submit(ctx, "checkout", payload, read=_checkout_result))

    def parts_prompt(self, tag: str) -> PartsPrompt | None:
        """The parts to check before ``tag`` goes out (None: it is no kit the desk verifies).
        Refuses an item that cannot go out, so nobody ticks parts for nothing."""
        ctx = self.ctx_factory()
        with self.db.session() as session:
            item = find_item(session, tag)
            if not kits.needs_check_at_checkout(session, item):
                return None
            _refuse_unlendable(session, item, ctx.today())
            return _parts_prompt(session, item)

    def checkin_prompt(self, tag: str) -> CheckinPrompt:
        ctx = self.ctx_factory()
        with self.db.session() as session:
            item = find_item(session, tag)
            loan = open_loan_of(session, item)
            if loan is None:
                raise _not_on_loan(item)
            return _prompt(loan, ctx.today())

    def check_in(self, tag: str, choices: CheckinChoices | None = None) -> ReturnResult:
        choices = choices or CheckinChoices()
        payload: dict[str, object] = {
            "item": tag,
            "missing": tuple(choices.missing),
            "damage": choices.damage,
            "charged": choices.charged,
            "notes": choices.notes,
            "isolation": choices.isolation,
        }
        if choices.to_maintenance:
            payload["to_maintenance"] = True
            payload["repair_cost_cents"] = choices.repair_cost_cents
        if choices.hold_incomplete and choices.missing:
            payload["hold_incomplete"] = True

        ctx = self.ctx_factory()

        def read(loan: Loan) -> ReturnResult:
            session = object_session(loan)
            hold = None
            if session is not None and loan.item.status == ItemStatus.AVAILABLE:
                hold = waiting.hold_in_force(session, loan.item, ctx.now())
            return ReturnResult(
                loan_id=loan.id,
                tag=loan.item.tag,
                product=loan.item.product.name,
                borrower=loan.borrower.name,
                next_status=loan.item.status,
                missing=tuple(loan.accessories_missing or ()),
                damage=loan.damage,
                held_for=hold.borrower.name if hold is not None else None,
            )

        return _applied(ScanPath(self.db).submit(ctx, "checkin", payload, read=read))

    def undo(self, action: UndoAction) -> UndoResult:
        """Take back the last check-out or check-in (within the domain's undo window)."""
        ctx = self.ctx_factory()
        with self.db.unit_of_work() as session:
            if action.kind is UndoKind.CHECKOUT:
                item = circulation.undo_checkout(session, ctx, action.loan_id)
                status = item.status
            else:
                loan = circulation.undo_checkin(session, ctx, action.loan_id)
                status = loan.item.status
        return UndoResult(action, status)

    # --- read models -------------------------------------------------------------------------

    def borrower_card(self, badge: str) -> BorrowerCard:
        ctx = self.ctx_factory()
        with self.db.session() as session:
            return _card(session, find_borrower(session, badge), ctx.today())

    def search_borrowers(self, text: str, limit: int = 30) -> list[BorrowerChoice]:
        with self.db.session() as session:
            rows = catalogue.search_borrowers(session, text, limit=limit)
            return [
                BorrowerChoice(b.id, b.badge, b.name, b.team, b.discipline, b.active)
                for b in rows
                if b.erased_at is None
            ]

    def slip_data(self, loan_ids: list[int]) -> SlipData:
        """The loan slip of ``loan_ids`` (one borrower's loans of a session), as printed."""
        from lendingdesk.services.printing import slip_for_loans

        with self.db.session() as session:
            return slip_for_loans(session, self.ctx_factory(), loan_ids)

    def locations(self) -> list[LocationChoice]:
        with self.db.session() as session:
            rows = session.scalars(
                select(Location).where(Location.active.is_(True)).order_by(Location.organisation)
            )
            return [LocationChoice(loc.id, loc.display_name) for loc in rows]

    def location_name(self, location_id: int | None) -> str | None:
        if location_id is None:
            return None
        with self.db.session() as session:
            location = session.get(Location, location_id)
            return location.display_name if location else None

    def summary(self) -> DeskSummary:
        ctx = self.ctx_factory()
        with self.db.session() as session:
            open_count = session.scalar(
                select(func.count()).select_from(Loan).where(Loan.returned_at.is_(None))
            )
            cleaning = session.scalar(
                select(func.count())
                .select_from(Item)
                .where(Item.status == ItemStatus.AWAITING_CLEANING)
            )
            return DeskSummary(
                open_count or 0, circulation.count_overdue(session, ctx.today()), cleaning or 0
            )

    # --- first start -------------------------------------------------------------------------

    def is_empty(self) -> bool:
        with self.db.session() as session:
            return catalogue.is_empty(session)

    def fill_demo(self) -> dict[str, int]:
        from lendingdesk import demo

        return demo.fill_demo(self.db)


# --- helpers ------------------------------------------------------------------------------------


def _applied[R](outcome: JournalScanOutcome[R]) -> R:
    """The value of a scan path outcome that had no journal (so it was applied or raised)."""
    assert outcome.value is not None and outcome.journaled is None
    return outcome.value


def _checkout_result(loan: Loan) -> CheckoutResult:
    session = Session.object_session(loan)
    warnings: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    found = circulation.findings(session, loan) if session is not None else None
    if found is not None:  # found by the check-out itself: not asked again
        warnings = found.checks_overdue
        if found.parts_missing is not None:
            missing = found.parts_missing
        elif loan.item.product.accessories and session is not None:
            missing = tuple(kits.missing_names(session, loan.item))
    elif session is not None:
        out = to_local(loan.out_at)  # the desk's calendar date of the check-out
        today = out.date() if out is not None else date.today()
        overdue = maintenance.overdue_checks(session, loan.item, today)
        warnings = tuple(d.label for d in overdue)
        if loan.item.product.accessories:
            missing = tuple(kits.missing_names(session, loan.item))
    return CheckoutResult(
        loan_id=loan.id,
        tag=loan.item.tag,
        product=loan.item.product.name,
        badge=loan.borrower.badge,
        borrower=loan.borrower.name,
        due_on=loan.due_on,
        care_instructions=loan.item.product.care_instructions,
        out_at=loan.out_at,
        checks_overdue=warnings,
        parts=tuple(loan.accessories_out or ()),
        parts_missing=missing,
    )


def _line(loan: Loan, today: date) -> LoanLine:
    return LoanLine(
        loan_id=loan.id,
        tag=loan.item.tag,
        product=loan.item.product.name,
        out_at=loan.out_at,
        due_on=loan.due_on,
        overdue=loan.returned_at is None and loan.due_on < today,
    )


def _card(session: Session, borrower: Borrower, today: date) -> BorrowerCard:
    open_filter = (Loan.borrower_id == borrower.id, Loan.returned_at.is_(None))
    loans = session.scalars(
        select(Loan)
        .where(*open_filter)
        .options(joinedload(Loan.item).joinedload(Item.product))
        .order_by(Loan.due_on, Loan.id)
        .limit(CARD_LOAN_LINES)
    ).all()
    if len(loans) < CARD_LOAN_LINES:  # every open loan is on the card: counted here
        open_count, overdue = len(loans), sum(1 for loan in loans if loan.due_on < today)
    else:  # both counts in one round trip
        counted = session.execute(
            select(func.count(), func.count(case((Loan.due_on < today, Loan.id))))
            .select_from(Loan)
            .where(*open_filter)
        ).one()
        open_count, overdue = int(counted[0] or 0), int(counted[1] or 0)
    return BorrowerCard(
        id=borrower.id,
        badge=borrower.badge,
        name=borrower.name,
        kind=borrower.kind,
        discipline=borrower.discipline,
        team=borrower.team,
        active=borrower.active,
        open_loans=tuple(_line(loan, today) for loan in loans),
        open_count=open_count,
        overdue_count=overdue,
    )


def _held_for_you(session: Session, borrower: Borrower, now: datetime) -> tuple[HeldForYou, ...]:
    held = []
    for entry in waiting.holds_of(session, borrower.id, now):
        item = session.get(Item, entry.held_item_id)
        until = to_local(entry.held_until)
        assert item is not None and until is not None
        held.append(
            HeldForYou(entry.id, entry.product.name, item.tag, until, entry.notified_at is not None)
        )
    return tuple(held)


def _return_of(session: Session, item: Item, today: date) -> ScanOutcome | None:
    """A scanned item that is out comes back: the check-in prompt (None: it is not out)."""
    if item.status != ItemStatus.ON_LOAN:
        return None
    loan = open_loan_of(session, item)
    if loan is None:
        return None
    return ScanOutcome(ScanKind.NEEDS_CHECKIN, item.tag, checkin=_prompt(loan, today))


def _prompt(loan: Loan, today: date) -> CheckinPrompt:
    product = loan.item.product
    return CheckinPrompt(
        loan_id=loan.id,
        tag=loan.item.tag,
        product=product.name,
        borrower=loan.borrower.name,
        badge=loan.borrower.badge,
        out_at=loan.out_at,
        due_on=loan.due_on,
        overdue=loan.due_on < today,
        accessories=tuple(loan.accessories_out or product.accessories or ()),
        needs_cleaning=product.needs_cleaning,
        cleaning_protocol=product.cleaning_protocol,
        reset_needed=_reset_needed(loan),
        isolation_allowed=product.isolation_allowed,
        part_tags=_part_tags(loan),
        parts_missing_out=tuple(loan.parts_missing_out or ()),
    )


def _reset_needed(loan: Loan) -> bool:
    session = object_session(loan)
    return (
        session is not None and hygiene.protocol_of(session, loan.item.product).holds_personal_data
    )


def _part_tags(loan: Loan) -> tuple[tuple[str, str], ...]:
    session = Session.object_session(loan)
    if session is None or not loan.item.product.accessories:
        return ()
    parts = kits.parts_of(session, loan.item)
    return tuple((name, part.tag) for name, part in parts.items() if part.tag)


def _parts_prompt(session: Session, item: Item) -> PartsPrompt:
    parts = kits.parts_of(session, item)
    return PartsPrompt(
        tag=item.tag,
        product=item.product.name,
        parts=tuple(item.product.accessories or ()),
        part_tags=tuple((name, part.tag) for name, part in parts.items() if part.tag),
        missing=tuple(kits.missing_names(session, item)),
    )


def _refuse_unlendable(session: Session, item: Item, today: date) -> None:
    """Raise what check-out would say about the item itself (status, a blocking check)."""
    if item.status not in READY_TO_LEND:
        raise circulation._not_available(item)
    maintenance.refuse_if_blocked(session, item, today)


def _availability_error(session: Session, tag: str) -> LendingError | None:
    item = find_item(session, tag)
    if item.status in (*READY_TO_LEND, ItemStatus.ON_LOAN):
        return None
    return circulation._not_available(item)


def _not_on_loan(item: Item) -> LendingError:
    from lendingdesk.errors import NotOnLoan

    return NotOnLoan(
        translate(
            "services.desk", "{product} ({tag}) is not on loan. There is nothing to check in."
        ).format(product=item.product.name, tag=item.tag),
        tag=item.tag,
    )
