"""What every list screen's service shares: the database, the desk context of the moment, and
the small choices (locations) several screens offer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.lookup import find_item
from lendingdesk.errors import NotFound
from lendingdesk.store.db import Database
from lendingdesk.store.models import Item, Location
from lendingdesk.translation import translate

if TYPE_CHECKING:
    from lendingdesk.services.views.catalogue import ItemRow


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


class ViewService:
    """Base of the per-screen services. No Qt: every call opens its own session and hands the
    screen plain frozen dataclasses, never ORM objects, so nothing lazy-loads from a closed
    session while a table paints. Every change goes through the domain, in one unit of work;
    refusals arrive as LendingError. ``ctx_factory`` gives the current desk context (actor,
    desk, clock) at the moment of each call."""

    def __init__(self, db: Database, ctx_factory: Callable[[], DeskContext]) -> None:
        self.db = db
        self.ctx_factory = ctx_factory

    def context(self) -> DeskContext:
        return self.ctx_factory()

    def today(self) -> date:
        return self.ctx_factory().today()

    def locations(self) -> tuple[Choice, ...]:
        with self.db.session() as s:
            locs = s.scalars(
                select(Location).where(Location.active.is_(True)).order_by(Location.site)
            )
            return tuple(Choice(loc.id, loc.display_name) for loc in locs)

    def item_row(self, tag: str) -> ItemRow:
        """The item with this tag (a scanned label), or a NotFound refusal."""
        from lendingdesk.services.views.catalogue import item_row

        with self.db.session() as s:
            return item_row(item_of(s, tag))


def text_or_empty(value: str | None) -> str:
    return value or ""


def location_name(loc: Location | None) -> str:
    return loc.display_name if loc is not None else ""


def item_of(s: Session, tag_or_item: str | int) -> Item:
    """The item a screen means: by id from its list, or by a scanned or typed tag."""
    if isinstance(tag_or_item, int):
        item = s.get(Item, tag_or_item)
        if item is None:
            raise NotFound(
                translate("services.views.base", "Item {tag_or_item} does not exist.").format(
                    tag_or_item=tag_or_item
                )
            )
        return item
    return find_item(s, tag_or_item)
