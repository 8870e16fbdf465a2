"""The Cleaning screen's service: returned items waiting for cleaning, items in maintenance,
and signing them off."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lendingdesk.domain import cleaning
from lendingdesk.domain.context import to_local
from lendingdesk.domain.status import ItemStatus
from lendingdesk.services.views.base import ViewService, item_of, text_or_empty
from lendingdesk.services.views.maintenance import MaintenanceView
from lendingdesk.services.views.paging import PAGE_SIZE, Page
from lendingdesk.store.models import Item, Loan, MaintenanceRecord, Product


@dataclass(frozen=True)
class CleaningRow:
    item_id: int
    tag: str
    product_name: str
    status: str  # awaiting_cleaning / in_maintenance
    since: datetime | None  # local time: returned (cleaning) or sent (maintenance)
    instructions: str  # the cleaning protocol, or the maintenance reason


@dataclass(frozen=True)
class SignOff:
    tag: str
    product_name: str
    signed_by: str


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
            rows = tuple(
                CleaningRow(
                    item_id=i.id,
                    tag=i.tag,
                    product_name=name,
                    status=i.status,
                    since=to_local(back if i.status == ItemStatus.AWAITING_CLEANING else sent),
                    instructions=text_or_empty(protocol)
                    if i.status == ItemStatus.AWAITING_CLEANING
                    else reasons.get(i.id, ""),
                )
                for i, name, protocol, back, sent in found[:limit]
            )
            return Page(rows, offset, len(found) > limit)

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
            return SignOff(item.tag, item.product.name, record.signed_by)

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
