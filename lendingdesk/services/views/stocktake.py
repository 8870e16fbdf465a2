"""The Stock-take screen's service: reconcile the scans made at a location, move wrong-place
items here, and finish (apply and record) the stock-take. The rules are in domain/stocktake.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from lendingdesk.domain import stocktake
from lendingdesk.errors import NotFound
from lendingdesk.services.views.base import ViewService
from lendingdesk.store.models import Item, Location
from lendingdesk.translation import translate


@dataclass(frozen=True)
class StocktakeLine:
    code: str  # the tag, or an unknown code as typed
    product_name: str  # "" for an unknown code
    registered: str  # where the item is registered ("" when unknown or nowhere)


@dataclass(frozen=True)
class StocktakeResult:
    location: str
    scanned: int
    lines: dict[str, tuple[StocktakeLine, ...]]  # per class of stocktake.CLASSES


class StocktakeView(ViewService):
    """What the Stock-take screen reads and does."""

    @staticmethod
    def _location(session: Session, location_id: int) -> Location:
        location = session.get(Location, location_id)
        if location is None:
            raise NotFound(
                translate(
                    "services.views.stocktake", "This location no longer exists. Choose another."
                ),
            )
        return location

    def reconcile(self, location_id: int, scans: Sequence[str]) -> StocktakeResult:
        with self.db.session() as s:
            result = stocktake.reconcile(s, self._location(s, location_id), scans)
            tags = [t for name in stocktake.CLASSES[:4] for t in getattr(result, name)]
            items: dict[str, Item] = {}
            for start in range(0, len(tags), 500):
                query = (
                    select(Item)
                    .options(joinedload(Item.product), joinedload(Item.location))
                    .where(Item.tag.in_(tags[start : start + 500]))
                )
                items.update((i.tag, i) for i in s.scalars(query))

            def line(code: str) -> StocktakeLine:
                item = items.get(code)
                if item is None:
                    return StocktakeLine(code, "", "")
                where = item.location.display_name if item.location else ""
                return StocktakeLine(code, item.product.name, where)

            return StocktakeResult(
                result.location,
                result.scanned,
                {name: tuple(map(line, getattr(result, name))) for name in stocktake.CLASSES},
            )

    def move_here(self, location_id: int, scans: Sequence[str]) -> list[str]:
        """Move every wrong-place item among ``scans`` to this location (audited)."""
        with self.db.unit_of_work() as s:
            result = stocktake.reconcile(s, self._location(s, location_id), scans)
            items = stocktake.items_by_tag(s, result.wrong_place)
            return stocktake.move_here(s, self.context(), result, items.values())

    def finish(self, location_id: int, scans: Sequence[str]) -> stocktake.Applied:
        """Apply the stock-take and record it (see domain/stocktake.apply)."""
        with self.db.unit_of_work() as s:
            result = stocktake.reconcile(s, self._location(s, location_id), scans)
            return stocktake.apply(s, self.context(), result)
