"""The Reservations screen's service: reservations, paged; the product, item and borrower
choices its form offers; conflicts said before a reservation is made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from lendingdesk.domain import catalogue, reservations
from lendingdesk.domain.status import GONE
from lendingdesk.services.views.base import Choice, ViewService, text_or_empty
from lendingdesk.services.views.borrowers import BorrowersView
from lendingdesk.services.views.catalogue import ItemRow, item_row
from lendingdesk.services.views.paging import PAGE_SIZE, Page
from lendingdesk.store.models import Item, Reservation
from lendingdesk.translation import translate


@dataclass(frozen=True)
class ReservationRow:
    id: int
    product_id: int
    product_name: str
    item_tag: str
    borrower_name: str
    starts_on: date
    ends_on: date
    note: str
    state: str  # upcoming / current / fulfilled / cancelled / past


class ReservationsView(ViewService):
    """What the Reservations screen reads and does."""

    def reservation_page(
        self, *, include_past: bool = False, offset: int = 0, limit: int = PAGE_SIZE
    ) -> Page[ReservationRow]:
        today = self.today()
        with self.db.session() as s:
            stmt = select(Reservation).order_by(Reservation.starts_on, Reservation.id)
            if not include_past:
                stmt = stmt.where(
                    Reservation.cancelled_at.is_(None),
                    Reservation.fulfilled_loan_id.is_(None),
                    Reservation.ends_on >= today,
                )
            found = s.scalars(stmt.offset(offset).limit(limit + 1)).all()
            rows = tuple(self._reservation_row(r, today) for r in found[:limit])
            return Page(rows, offset, len(found) > limit)

    @staticmethod
    def _reservation_row(r: Reservation, today: date) -> ReservationRow:
        if r.cancelled_at is not None:
            state = "cancelled"
        elif r.fulfilled_loan_id is not None:
            state = "fulfilled"
        elif r.ends_on < today:
            state = "past"
        elif r.starts_on <= today:
            state = "current"
        else:
            state = "upcoming"
        return ReservationRow(
            id=r.id,
            product_id=r.product_id,
            product_name=r.product.name,
            item_tag=r.item.tag if r.item else "",
            borrower_name=r.borrower.name,
            starts_on=r.starts_on,
            ends_on=r.ends_on,
            note=text_or_empty(r.note),
            state=state,
        )

    def reservation_conflicts(
        self, product_id: int, item_id: int | None, start: date, end: date, lang: str = "nl"
    ) -> tuple[str, ...]:
        """Why this reservation cannot be made, in the desk's language; empty when it can."""
        if end < start:
            return (
                translate("domain.reservations", "The end date is before the start date.").render(
                    lang
                ),
            )
        with self.db.session() as s:
            product = catalogue.get_product(s, product_id)
            item = s.get(Item, item_id) if item_id is not None else None
            found = reservations.conflicts_for(s, product, start, end, item=item)
            return tuple(message.render(lang) for message in found)

    def reserve(
        self,
        *,
        product_id: int,
        item_id: int | None,
        borrower_id: int,
        start: date,
        end: date,
        note: str = "",
    ) -> int:
        ctx = self.context()
        with self.db.unit_of_work() as s:
            r = reservations.reserve(
                s,
                ctx,
                borrower=catalogue.get_borrower(s, borrower_id),
                start=start,
                end=end,
                product=catalogue.get_product(s, product_id),
                item=s.get(Item, item_id) if item_id is not None else None,
                note=note.strip() or None,
            )
            return r.id

    def cancel_reservation(self, reservation_id: int) -> None:
        ctx = self.context()
        with self.db.unit_of_work() as s:
            reservations.cancel(s, ctx, reservation_id)

    def items_of_product(self, product_id: int) -> tuple[ItemRow, ...]:
        with self.db.session() as s:
            items = s.scalars(
                select(Item)
                .where(Item.product_id == product_id, Item.status.not_in(GONE))
                .order_by(Item.tag)
            ).all()
            return tuple(item_row(i) for i in items)

    def product_choices(self, query: str, limit: int = 50) -> tuple[Choice, ...]:
        with self.db.session() as s:
            found = catalogue.search_product_names(s, query, limit=limit * 2)
            return tuple(Choice(p.id, p.name) for p in found if not p.retired)[:limit]

    def borrower_choices(self, query: str, limit: int = 50) -> tuple[Choice, ...]:
        page = BorrowersView(self.db, self.ctx_factory).borrower_page(query, limit=limit)
        return tuple(Choice(r.id, f"{r.name} ({r.badge})") for r in page.rows)
