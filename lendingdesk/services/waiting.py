"""The waiting list for the screens and the notices: join, who waits, which holds still have to
be told (the hook for the desk's message and for e-mail, helper 15m's notices), and marking
them told. The rules are in ``domain/waiting.py``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from lendingdesk.domain import waiting
from lendingdesk.domain.context import to_local
from lendingdesk.domain.lookup import find_borrower, find_item
from lendingdesk.domain.status import ItemStatus
from lendingdesk.errors import NotFound
from lendingdesk.services import ContextFactory
from lendingdesk.store.db import Database
from lendingdesk.store.models import Item, Product, WaitingEntry
from lendingdesk.translation import translate


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class WaitingLine:
    id: int
    product: str
    badge: str
    borrower: str
    position: int


@dataclass(frozen=True)
class ProductToWaitFor:
    id: int
    name: str
    waiting: int  # people in line now


@dataclass(frozen=True)
class HeldNotice:
    """An item held for someone on the waiting list, not yet told to them."""

    entry_id: int
    badge: str
    borrower: str
    email: str | None
    product: str
    tag: str
    until: datetime  # local time


class WaitingService:
    def __init__(self, db: Database, ctx_factory: ContextFactory) -> None:
        self.db = db
        self.ctx_factory = ctx_factory

    def join(self, badge: str, product_id: int) -> WaitingLine:
        ctx = self.ctx_factory()
        with self.db.unit_of_work() as session:
            product = session.get(Product, product_id)
            if product is None:
                raise NotFound(
                    translate("services.waiting", "Product {product_id} does not exist.").format(
                        product_id=product_id
                    )
                )
            borrower = find_borrower(session, badge)
            entry = waiting.join(session, ctx, borrower, product)
            return WaitingLine(
                entry.id,
                product.name,
                borrower.badge,
                borrower.name,
                waiting.position(session, entry),
            )

    def products_to_wait_for(self, text: str, limit: int = 6) -> list[ProductToWaitFor]:
        """Products whose name holds ``text`` and of which no item is free now."""
        words = text.strip()
        if not words:
            return []
        with self.db.session() as session:
            free = select(Item.id).where(
                Item.product_id == Product.id, Item.status == ItemStatus.AVAILABLE
            )
            rows = session.scalars(
                select(Product)
                .where(Product.name.ilike(f"%{_like(words)}%", escape="\\"), ~free.exists())
                .order_by(Product.name)
                .limit(limit)
            ).all()
            return [
                ProductToWaitFor(
                    p.id,
                    p.name,
                    session.scalar(
                        select(func.count())
                        .select_from(WaitingEntry)
                        .where(
                            WaitingEntry.product_id == p.id,
                            WaitingEntry.fulfilled_loan_id.is_(None),
                            WaitingEntry.cancelled_at.is_(None),
                        )
                    )
                    or 0,
                )
                for p in rows
            ]

    def held_for(self, tag: str) -> str | None:
        """Who ``tag`` is held for now (their name), else None: what the desk shows."""
        ctx = self.ctx_factory()
        with self.db.session() as session:
            hold = waiting.held_for(session, find_item(session, tag), ctx.now())
            return hold.borrower.name if hold is not None else None

    def to_notify(self) -> list[HeldNotice]:
        ctx = self.ctx_factory()
        with self.db.session() as session:
            notices = []
            for entry in waiting.to_notify(session, ctx.now()):
                item = session.get(Item, entry.held_item_id)
                until = to_local(entry.held_until)
                assert item is not None and until is not None
                notices.append(
                    HeldNotice(
                        entry.id,
                        entry.borrower.badge,
                        entry.borrower.name,
                        entry.borrower.email,
                        entry.product.name,
                        item.tag,
                        until,
                    )
                )
            return notices

    def mark_notified(self, entry_id: int, how: str) -> None:
        with self.db.unit_of_work() as session:
            waiting.mark_notified(session, self.ctx_factory(), entry_id, how)
