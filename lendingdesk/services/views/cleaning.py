"""The Cleaning screen's service: returned items waiting for cleaning (and disinfection, device
reset, second check: domain/hygiene.py), items in maintenance, and signing them off."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lendingdesk.domain import cleaning, hygiene, waiting
from lendingdesk.domain.context import to_local
from lendingdesk.domain.hygiene import Part
from lendingdesk.domain.status import ItemStatus
from lendingdesk.services import access
from lendingdesk.services.access import Grant
from lendingdesk.services.views.base import ViewService, item_of, text_or_empty
from lendingdesk.services.views.catalogue import HygieneForm, hygiene_form
from lendingdesk.services.views.maintenance import MaintenanceView
from lendingdesk.services.views.paging import PAGE_SIZE, Page
from lendingdesk.store.models import CleaningRecord, Item, Loan, MaintenanceRecord, Product


@dataclass(frozen=True)
class CleaningRow:
    item_id: int
    tag: str
    product_name: str
    status: str  # awaiting_cleaning / in_maintenance
    since: datetime | None  # local time: returned (cleaning) or sent (maintenance)
    instructions: str  # the cleaning protocol, or the maintenance reason
    # Issue 16: the parts still to sign off (Part values), a return from isolation, and
    # whether one scan signs it off (no step to tick, no agent to choose, no second check).
    pending: tuple[str, ...] = ()
    isolation: bool = False
    quick: bool = True


@dataclass(frozen=True)
class SignOff:
    tag: str
    product_name: str
    signed_by: str
    parts: tuple[str, ...] = ()
    left: tuple[str, ...] = ()  # still to do (e.g. the reset, or "second_check")
    second_check_asked: bool = False
    held_for: str | None = None  # available and kept for them (the waiting list)
    held_until: datetime | None = None  # local time


@dataclass(frozen=True)
class Checklist:
    """What the Schoonmaak checklist shows for one item in the queue."""

    item_id: int
    tag: str
    product_name: str
    pending: tuple[str, ...]  # Part values, in order
    isolation: bool
    summary: str
    protocol: HygieneForm  # method, agent, contact time, steps, maker's instruction, reset
    signed_by: str = ""  # for a second check: who signed it off
    signed_at: datetime | None = None

    @property
    def quick(self) -> bool:
        p = self.protocol
        return _quick(self.pending, p.steps, p.reset_steps, p.agent)


def _quick(
    pending: Sequence[str], steps: Sequence[str], reset_steps: Sequence[str], agent: str
) -> bool:
    if not pending or Part.SECOND_CHECK in pending:
        return False
    if Part.CLEAN in pending and steps:
        return False
    if Part.RESET in pending and reset_steps:
        return False
    return not (Part.DISINFECT in pending and not agent)


class CleaningView(ViewService):
    """What the Cleaning screen reads and does."""

    def cleaning_page(self, *, offset: int = 0, limit: int = PAGE_SIZE) -> Page[CleaningRow]:
        with self.db.session() as s:
            returned = (
                select(func.max(Loan.returned_at)).where(Loan.item_id == Item.id).scalar_subquery()
            )
            opened = (
                select(func.max(MaintenanceRecord.opened_at))
                .where(MaintenanceRecord.item_id == Item.id, MaintenanceRecord.closed_at.is_(None))
                .scalar_subquery()
            )
            stmt = (
                select(Item, Product.name, Product.cleaning_protocol, returned, opened)
                .join(Product, Item.product_id == Product.id)
                .where(Item.status.in_((ItemStatus.AWAITING_CLEANING, ItemStatus.IN_MAINTENANCE)))
                .order_by(Item.status, Item.tag)
                .offset(offset)
                .limit(limit + 1)
            )
            found = s.execute(stmt).all()
            reasons = self._maintenance_reasons(
                s, [i.id for i, *_ in found if i.status == ItemStatus.IN_MAINTENANCE]
            )
            rows = tuple(self._row(s, *row, reasons) for row in found[:limit])
            return Page(rows, offset, len(found) > limit)

    @staticmethod
    def _row(
        s: Session,
        i: Item,
        name: str,
        protocol: str | None,
        back: datetime | None,
        sent: datetime | None,
        reasons: dict[int, str],
    ) -> CleaningRow:
        if i.status != ItemStatus.AWAITING_CLEANING:
            return CleaningRow(i.id, i.tag, name, i.status, to_local(sent), reasons.get(i.id, ""))
        pending = tuple(p.value for p in hygiene.pending_parts(s, i))
        rules = hygiene.protocol_of(s, i.product)
        return CleaningRow(
            i.id,
            i.tag,
            name,
            i.status,
            to_local(back),
            text_or_empty(protocol),
            pending=pending,
            isolation=Part.DISINFECT in pending and rules.method is not hygiene.Method.DISINFECT,
            quick=_quick(pending, rules.steps, rules.reset_steps, rules.agent),
        )

    def checklist(self, tag_or_item: str | int) -> Checklist:
        """The protocol of a queued item, for its checklist (a refusal if it is not queued)."""
        with self.db.session() as s:
            item = item_of(s, tag_or_item)
            pending = tuple(p.value for p in hygiene.pending_parts(s, item))
            if not pending:
                raise hygiene.not_waiting(item)
            rules = hygiene.protocol_of(s, item.product)
            last = s.scalars(
                select(CleaningRecord)
                .where(CleaningRecord.item_id == item.id)
                .order_by(CleaningRecord.at.desc(), CleaningRecord.id.desc())
                .limit(1)
            ).first()
            loan = s.scalars(
                select(Loan)
                .where(Loan.item_id == item.id, Loan.returned_at.is_not(None))
                .order_by(Loan.returned_at.desc())
                .limit(1)
            ).first()
            asked = Part.SECOND_CHECK in pending and last is not None
            return Checklist(
                item_id=item.id,
                tag=item.tag,
                product_name=item.product.name,
                pending=pending,
                isolation=bool(loan and loan.isolation),
                summary=rules.summary,
                protocol=hygiene_form(rules),
                signed_by=last.signed_by if asked and last else "",
                signed_at=to_local(last.at) if asked and last else None,
            )

    def sign_off(
        self,
        tag_or_item: str | int,
        by: str,
        *,
        parts: Sequence[str] | None = None,
        confirmed: Sequence[str] = (),
        agent: str | None = None,
    ) -> SignOff:
        """Sign off the parts of a queued item whose steps were ticked on the checklist."""
        ctx = self.context()
        with self.db.unit_of_work() as s:
            item = item_of(s, tag_or_item)
            record = hygiene.sign_off(
                s,
                ctx,
                item,
                by=by,
                parts=None if parts is None else [Part(p) for p in parts],
                confirmed=confirmed,
                agent=agent,
            )
            return self._done(s, item, record, ctx.now())

    @staticmethod
    def _done(s: Session, item: Item, record: CleaningRecord, now: datetime) -> SignOff:
        hold = waiting.hold_in_force(s, item, now) if item.status == ItemStatus.AVAILABLE else None
        return SignOff(
            item.tag,
            item.product.name,
            record.signed_by,
            parts=tuple(record.parts or ()),
            left=tuple(p.value for p in hygiene.pending_parts(s, item)),
            second_check_asked=record.second_check == hygiene.SecondCheck.ASKED,
            held_for=hold.borrower.name if hold is not None else None,
            held_until=to_local(hold.held_until) if hold is not None else None,
        )

    def second_check(
        self, tag_or_item: str | int, by: str, *, approved: bool, note: str = ""
    ) -> SignOff:
        ctx = self.context()
        with self.db.unit_of_work() as s:
            item = item_of(s, tag_or_item)
            record = hygiene.second_check(s, ctx, item, by=by, approved=approved, note=note)
            done = self._done(s, item, record, ctx.now())
            return replace(done, signed_by=by, second_check_asked=False)

    def save_hygiene_report(
        self, path: Path, start: date, end: date, location_id: int | None, lang: str = "nl"
    ) -> int:
        """The hygiene report as a PDF or CSV file (by ``path``'s suffix): pages or rows."""
        from lendingdesk.services.hygiene_report import HygieneReportService

        return HygieneReportService(self.db, self.ctx_factory).save(
            path, start, end, location_id, lang
        )

    def second_check_share(self) -> int:
        with self.db.session() as s:
            return hygiene.second_check_share(s)

    def set_second_check_share(self, share: int, grant: Grant | None) -> None:
        """1 in ``share`` sign-offs asks a second person (0: never); the coordinator's."""
        ctx = self.context()
        access.require(grant, "settings", ctx)
        with self.db.unit_of_work() as s:
            hygiene.set_second_check_share(s, ctx, share)

    @staticmethod
    def _maintenance_reasons(s: Session, ids: Sequence[int]) -> dict[int, str]:
        if not ids:
            return {}
        stmt = (
            select(MaintenanceRecord.item_id, MaintenanceRecord.reason)
            .where(MaintenanceRecord.item_id.in_(ids), MaintenanceRecord.closed_at.is_(None))
            .order_by(MaintenanceRecord.opened_at)
        )
        return {key: value for key, value in s.execute(stmt)}

    def sign_off_cleaning(self, tag_or_item: str | int, by: str) -> SignOff:
        """Sign off one item's cleaning: by scanned/typed tag, or by item id from the list."""
        ctx = self.context()
        with self.db.unit_of_work() as s:
            item = item_of(s, tag_or_item)
            record = cleaning.sign_off_cleaning(s, ctx, item, by=by)
            return self._done(s, item, record, ctx.now())

    def start_maintenance(self, tag_or_item: str | int, reason: str) -> str:
        ctx = self.context()
        with self.db.unit_of_work() as s:
            item = item_of(s, tag_or_item)
            cleaning.start_maintenance(s, ctx, item, reason)
            return item.tag

    def finish_maintenance(self, tag_or_item: str | int, result: str = "") -> str:
        """Back from maintenance; returns the item's new status."""
        ctx = self.context()
        with self.db.unit_of_work() as s:
            item = item_of(s, tag_or_item)
            cleaning.finish_maintenance(s, ctx, item, result)
            return item.status

    def maintenance(self) -> MaintenanceView:
        """Maintenance planning (due checks, recording one), opened from this screen."""
        return MaintenanceView(self.db, self.ctx_factory)
