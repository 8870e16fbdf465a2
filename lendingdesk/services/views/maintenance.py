"""Maintenance planning: what is due or overdue, and recording a check (who, result, cost).
Used by the Cleaning screen's maintenance dialog and by ``lendingdesk maintenance``; the rules
are in domain/maintenance.py."""

from __future__ import annotations

from dataclasses import dataclass

from lendingdesk.domain import kits, maintenance
from lendingdesk.domain.kits import MissingPart
from lendingdesk.domain.maintenance import DueCheck
from lendingdesk.services.views.base import ViewService, item_of


@dataclass(frozen=True)
class PlanChoice:
    key: str
    label: str
    interval_days: int
    blocking: bool


@dataclass(frozen=True)
class ItemPlans:
    item_id: int
    tag: str
    product: str
    plans: tuple[PlanChoice, ...]


class MaintenanceView(ViewService):
    def due(self, within_days: int = 14) -> tuple[DueCheck, ...]:
        """Checks due within ``within_days`` (and every overdue one), overdue first."""
        with self.db.session() as s:
            return tuple(maintenance.due_checks(s, self.today(), within_days=within_days))

    def plans_of_item(self, tag_or_item: str | int) -> ItemPlans:
        """The checks that can be recorded for an item (a scanned label or a row's id)."""
        with self.db.session() as s:
            item = item_of(s, tag_or_item)
            plans = tuple(
                PlanChoice(p.key, p.label, p.interval_days, p.blocking)
                for p in maintenance.plans_of(s, item.product_id)
            )
            return ItemPlans(item.id, item.tag, item.product.name, plans)

    def record(
        self,
        tag_or_item: str | int,
        key: str,
        *,
        by: str,
        result: str | None = None,
        cost: str | None = None,
    ) -> str:
        """Record the check ``key`` as done now; ``cost`` as typed (euros, comma or point).
        Returns the item's tag."""
        cents = maintenance.parse_cost(cost) if cost and cost.strip() else None
        with self.db.unit_of_work() as s:
            item = item_of(s, tag_or_item)
            maintenance.record_check(
                s, self.context(), item, key, by=by, result=result, cost_cents=cents
            )
            return item.tag

    def missing_parts(self) -> tuple[MissingPart, ...]:
        """The "to find / to re-order" list: kit parts that did not come back, oldest first."""
        with self.db.session() as s:
            return tuple(kits.missing_parts(s))

    def part_back(self, part_id: int, how: str = "found") -> str:
        """A missing part is back (found or replaced); returns the kit's status."""
        with self.db.unit_of_work() as s:
            part = kits.part_back(s, self.context(), part_id, how=how)
            return part.item.status
