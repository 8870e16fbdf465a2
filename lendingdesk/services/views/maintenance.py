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


@dataclass(frozen=True)
class PlanRow:
    product_id: int
    product: str
    key: str
    label: str
    interval_days: int
    blocking: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "product_id": self.product_id,
            "product": self.product,
            "check": self.key,
            "label": self.label,
            "interval_days": self.interval_days,
            "blocking": self.blocking,
        }


class MaintenanceView(ViewService):
    def plans(self) -> tuple[PlanRow, ...]:
        """Every maintenance plan, by product."""
        with self.db.session() as s:
            return tuple(
                PlanRow(p.product_id, p.product.name, p.key, p.label, p.interval_days, p.blocking)
                for p in maintenance.all_plans(s)
            )

    def set_plan(
        self,
        product: str | int,
        key: str,
        *,
        interval_days: int,
        blocking: bool,
        label: str | None = None,
    ) -> PlanRow:
        """Add or change a product's plan (``product``: its id or the tag of one of its items)."""
        from lendingdesk.services.reviews import find_product

        with self.db.unit_of_work() as s:
            found = find_product(s, product)
            plan = maintenance.set_plan(
                s,
                self.context(),
                found,
                key,
                interval_days=interval_days,
                blocking=blocking,
                label=label,
            )
            return PlanRow(
                found.id, found.name, plan.key, plan.label, plan.interval_days, plan.blocking
            )

    def product_plans(self, product_id: int) -> tuple[PlanRow, ...]:
        """The recurring checks of one product, by key."""
        with self.db.session() as s:
            return tuple(
                PlanRow(p.product_id, "", p.key, p.label, p.interval_days, p.blocking)
                for p in maintenance.plans_of(s, product_id)
            )

    def remove_plan(self, product: str | int, key: str) -> str:
        """Stop the recurring check ``key`` of the product (its id or the tag of one of its
        items; recorded checks stay). The product's name."""
        from lendingdesk.services.reviews import find_product

        with self.db.unit_of_work() as s:
            found = find_product(s, product)
            maintenance.remove_plan(s, self.context(), found, key)
            return found.name

    def part_labels(self, product_id: int) -> tuple[kits.PartLabel, ...]:
        """Every part of every item of the product, with its own label if it has one."""
        with self.db.session() as s:
            return tuple(kits.part_labels(s, product_id))

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

    def label_part(self, tag_or_item: str | int, part: str, code: str | None = None) -> str:
        """Give a kit part its own label (``code``: a pre-printed one scanned, else a fresh
        code); returns the label's code."""
        with self.db.unit_of_work() as s:
            item = item_of(s, tag_or_item)
            labelled = kits.tag_part(s, self.context(), item, part, code)
            assert labelled.tag is not None
            return labelled.tag
