"""The Catalogue screen's service: products and their items, searched and paged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lendingdesk.domain import audit, catalogue, circulation, cleaning, hygiene
from lendingdesk.domain.context import DeskContext, to_local
from lendingdesk.domain.status import GONE, ItemStatus
from lendingdesk.errors import InvalidInput
from lendingdesk.services import access
from lendingdesk.services.access import Grant
from lendingdesk.services.views.base import (
    Choice,
    ViewService,
    item_of,
    location_name,
    text_or_empty,
)
from lendingdesk.services.views.maintenance import MaintenanceView
from lendingdesk.services.views.paging import (
    HISTORY_LIMIT,
    PAGE_SIZE,
    SEARCH_LIMIT,
    Page,
    SearchCache,
)
from lendingdesk.store.db import Database
from lendingdesk.store.models import Category, Item, Loan, Location, Product
from lendingdesk.translation import translate


@dataclass(frozen=True)
class LoanRow:
    id: int
    item_id: int
    tag: str
    product_name: str
    borrower_id: int
    borrower_name: str
    borrower_email: str
    out_at: datetime | None  # local time
    due_on: date
    returned_at: datetime | None  # local time
    renewals: int
    days_overdue: int  # 0 when not overdue (or returned)


@dataclass(frozen=True)
class ProductFilter:
    query: str = ""
    category_id: int | None = None
    status: str | None = None  # an item status: products with at least one item in it
    location_id: int | None = None
    include_retired: bool = False


@dataclass(frozen=True)
class ProductRow:
    id: int
    name: str
    maker: str
    category: str
    items_total: int
    items_available: int
    retired: bool


@dataclass(frozen=True)
class ItemRow:
    id: int
    tag: str
    product_id: int
    product_name: str
    serial: str
    status: str
    location_id: int | None
    location: str
    notes: str


@dataclass(frozen=True)
class HygieneForm:
    """A product's hygiene protocol and reset checklist as the product form edits it
    (domain/hygiene.py). ``method``: "" (no cleaning needed), "clean" or "disinfect"."""

    method: str = ""
    agent: str = ""
    contact_minutes: int = 0
    steps: tuple[str, ...] = ()
    maker_instruction: str = ""
    reset_steps: tuple[str, ...] = ()


def hygiene_form(rules: hygiene.Protocol) -> HygieneForm:
    return HygieneForm(
        method=rules.method.value if rules.method else "",
        agent=rules.agent,
        contact_minutes=rules.contact_minutes,
        steps=rules.steps,
        maker_instruction=rules.maker_instruction,
        reset_steps=rules.reset_steps,
    )


@dataclass(frozen=True)
class ProductDetail:
    id: int
    name: str
    maker: str
    category: str
    description: str
    manual_url: str
    photo: str
    loan_days: int
    cleaning_protocol: str
    care_instructions: str
    accessories: tuple[str, ...]
    isolation_allowed: bool
    retired: bool
    items: tuple[ItemRow, ...]
    history: tuple[LoanRow, ...]
    loans_total: int
    hygiene: HygieneForm = HygieneForm()


@dataclass(frozen=True)
class ProductForm:
    """What the product dialog collects (mirrors domain ProductInput)."""

    name: str
    maker: str = ""
    category: str = ""
    description: str = ""
    manual_url: str = ""
    photo: str = ""
    loan_days: int = 14
    cleaning_protocol: str = ""
    care_instructions: str = ""
    accessories: tuple[str, ...] = ()
    isolation_allowed: bool = True
    # None: leave the structured protocol as it is (the free text alone decides cleaning).
    hygiene: HygieneForm | None = None


def item_row(i: Item) -> ItemRow:
    return ItemRow(
        id=i.id,
        tag=i.tag,
        product_id=i.product_id,
        product_name=i.product.name,
        serial=text_or_empty(i.serial),
        status=i.status,
        location_id=i.location_id,
        location=location_name(i.location),
        notes=text_or_empty(i.notes),
    )


def loan_row(loan: Loan, today: date) -> LoanRow:
    late = (today - loan.due_on).days if loan.returned_at is None else 0
    b = loan.borrower
    return LoanRow(
        id=loan.id,
        item_id=loan.item_id,
        tag=loan.item.tag,
        product_name=loan.item.product.name,
        borrower_id=loan.borrower_id,
        borrower_name=b.name,
        borrower_email=text_or_empty(b.email),
        out_at=to_local(loan.out_at),
        due_on=loan.due_on,
        returned_at=to_local(loan.returned_at),
        renewals=loan.renewals,
        days_overdue=max(0, late),
    )


class CatalogueView(ViewService):
    """What the Catalogue screen (and its product and item dialogs) reads and does."""

    def maintenance(self) -> MaintenanceView:
        """A product's maintenance plan and kit part labels (the catalogue's Ctrl+K)."""
        return MaintenanceView(self.db, self.ctx_factory)

    def __init__(self, db: Database, ctx_factory: Callable[[], DeskContext]) -> None:
        super().__init__(db, ctx_factory)
        self._search = SearchCache()

    def categories(self) -> tuple[Choice, ...]:
        with self.db.session() as s:
            rows = s.execute(select(Category.id, Category.name).order_by(Category.name))
            return tuple(Choice(i, n) for i, n in rows)

    def invalidate(self) -> None:
        """Forget cached search results (after any change to products)."""
        self._search = SearchCache()

    def _matching_ids(self, s: Session, query: str, limit: int) -> tuple[int, ...]:
        """The first ``limit`` products (by name) the domain search finds, cached per query."""
        key = f"{limit}:{query.strip().casefold()}"
        ids = self._search.get(key)
        if ids is None:
            ids = tuple(catalogue.search_product_ids(s, query, limit=limit))
            self._search.put(key, ids)
        return ids

    def product_page(
        self, flt: ProductFilter, offset: int = 0, limit: int = PAGE_SIZE
    ) -> Page[ProductRow]:
        with self.db.session() as s:
            stmt = select(Product.id, Product.name, Product.maker, Category.name, Product.retired)
            stmt = stmt.outerjoin(Category, Product.category_id == Category.id)
            if flt.category_id is not None:
                stmt = stmt.where(Product.category_id == flt.category_id)
            item_conditions = []
            if flt.status:
                item_conditions.append(Item.status == flt.status)
            if flt.location_id is not None:
                item_conditions.append(Item.location_id == flt.location_id)
            if item_conditions:
                # An uncorrelated IN: SQLite builds the product set once. A correlated EXISTS
                # took 24 s for a search plus status filter at 100k products.
                stmt = stmt.where(Product.id.in_(select(Item.product_id).where(*item_conditions)))
            if not flt.include_retired and flt.status != ItemStatus.RETIRED:
                stmt = stmt.where(Product.retired.is_(False))
            stmt = stmt.order_by(Product.name, Product.id).offset(offset).limit(limit + 1)
            if not flt.query.strip():
                base = s.execute(stmt).all()
            elif item_conditions or flt.category_id is not None:
                # With filters on top of a search: within the first SEARCH_LIMIT matches.
                ids = self._matching_ids(s, flt.query, SEARCH_LIMIT)
                base = s.execute(stmt.where(Product.id.in_(ids))).all()
            else:
                # Plain search: ask the domain for just enough matches for this page (fast at
                # 100k products). When the rest of the filter (retired products) thinned a full
                # window below a page, widen it: the page must not end before the matches do.
                window = offset + limit + 1
                while True:
                    ids = self._matching_ids(s, flt.query, window)
                    base = s.execute(stmt.where(Product.id.in_(ids))).all()
                    if len(base) > limit or len(ids) < window:
                        break
                    window *= 2
            has_more = len(base) > limit
            base = base[:limit]
            counts = self._item_counts(s, [r[0] for r in base])
            rows = tuple(
                ProductRow(
                    id=pid,
                    name=name,
                    maker=text_or_empty(maker),
                    category=text_or_empty(cat),
                    items_total=counts.get(pid, (0, 0))[0],
                    items_available=counts.get(pid, (0, 0))[1],
                    retired=bool(retired),
                )
                for pid, name, maker, cat, retired in base
            )
            return Page(rows, offset, has_more)

    @staticmethod
    def _item_counts(s: Session, ids: Sequence[int]) -> dict[int, tuple[int, int]]:
        if not ids:
            return {}
        stmt = (
            select(
                Item.product_id,
                func.count(),
                func.sum((Item.status == ItemStatus.AVAILABLE).cast(Item.id.type)),
            )
            .where(Item.product_id.in_(ids), Item.status.not_in(GONE))
            .group_by(Item.product_id)
        )
        return {pid: (total, int(avail or 0)) for pid, total, avail in s.execute(stmt)}

    def product_detail(self, product_id: int) -> ProductDetail:
        with self.db.session() as s:
            p = catalogue.get_product(s, product_id)
            items = s.scalars(select(Item).where(Item.product_id == p.id).order_by(Item.tag)).all()
            history = s.scalars(
                select(Loan)
                .join(Item, Loan.item_id == Item.id)
                .where(Item.product_id == p.id)
                .order_by(Loan.out_at.desc())
                .limit(HISTORY_LIMIT)
            ).all()
            total = s.scalar(
                select(func.count())
                .select_from(Loan)
                .join(Item, Loan.item_id == Item.id)
                .where(Item.product_id == p.id)
            )
            today = self.today()
            return ProductDetail(
                id=p.id,
                name=p.name,
                maker=text_or_empty(p.maker),
                category=p.category.name if p.category else "",
                description=text_or_empty(p.description),
                manual_url=text_or_empty(p.manual_url),
                photo=text_or_empty(p.photo),
                loan_days=p.loan_days,
                cleaning_protocol=text_or_empty(p.cleaning_protocol),
                care_instructions=text_or_empty(p.care_instructions),
                accessories=tuple(p.accessories or ()),
                isolation_allowed=p.isolation_allowed,
                retired=p.retired,
                items=tuple(item_row(i) for i in items),
                history=tuple(loan_row(loan, today) for loan in history),
                loans_total=total or 0,
                hygiene=hygiene_form(hygiene.protocol_of(s, p)),
            )

    def save_product(self, product_id: int | None, form: ProductForm) -> int:
        data = catalogue.ProductInput(
            name=form.name,
            maker=form.maker.strip() or None,
            category=form.category.strip() or None,
            description=form.description.strip() or None,
            manual_url=form.manual_url.strip() or None,
            loan_days=form.loan_days,
            cleaning_protocol=form.cleaning_protocol,
            care_instructions=form.care_instructions,
            accessories=tuple(form.accessories),
            isolation_allowed=form.isolation_allowed,
            photo=form.photo.strip() or None,
        )
        ctx = self.context()
        with self.db.unit_of_work() as s:
            if product_id is None:
                product = catalogue.create_product(s, ctx, data)
            else:
                product = catalogue.update_product(s, ctx, product_id, data)
            if form.hygiene is not None:
                h = form.hygiene
                hygiene.set_protocol(
                    s,
                    ctx,
                    product,
                    hygiene.ProtocolInput(
                        method=hygiene.Method(h.method) if h.method else None,
                        summary=form.cleaning_protocol,
                        agent=h.agent,
                        contact_minutes=h.contact_minutes,
                        steps=h.steps,
                        maker_instruction=h.maker_instruction,
                        reset_steps=h.reset_steps,
                    ),
                )
            new_id = product.id
        self.invalidate()
        return new_id

    def retire_product(self, product_id: int, grant: Grant | None) -> None:
        ctx = self.context()
        access.require(grant, "retire", ctx)
        with self.db.unit_of_work() as s:
            catalogue.retire_product(s, ctx, product_id)

    def add_items(
        self,
        product_id: int,
        *,
        count: int = 1,
        tags: Sequence[str] = (),
        location_id: int | None = None,
        serial: str = "",
    ) -> tuple[str, ...]:
        """New items: ``count`` with fresh tags, or one per scanned pre-printed tag."""
        ctx = self.context()
        clean_tags = [t.strip() for t in tags if t.strip()]
        if len(set(map(str.casefold, clean_tags))) != len(clean_tags):
            raise InvalidInput(
                translate(
                    "services.views.catalogue",
                    "The same label is listed twice. Scan each label once.",
                ),
            )
        with self.db.unit_of_work() as s:
            product = catalogue.get_product(s, product_id)
            if product.retired:
                raise InvalidInput(
                    translate(
                        "services.views.catalogue", "{product} is retired; do not add items to it."
                    ).format(product=product.name),
                )
            location = s.get(Location, location_id) if location_id is not None else None
            serials = [serial.strip() or None] if serial.strip() else []
            items = catalogue.add_items(
                s, ctx, product, count, tags=clean_tags or None, location=location, serials=serials
            )
            return tuple(i.tag for i in items)

    def update_item(
        self, item_id: int, *, serial: str, location_id: int | None, notes: str
    ) -> None:
        # The domain has no item-edit service yet: the same fields, with the same audit trail.
        ctx = self.context()
        with self.db.unit_of_work() as s:
            item = item_of(s, item_id)
            item.serial = serial.strip() or None
            item.location_id = location_id
            item.notes = notes.strip() or None
            audit.record(s, ctx, "item_updated", "item", item.id, tag=item.tag)

    def set_item_status(
        self, item_id: int, action: str, text: str = "", *, grant: Grant | None = None
    ) -> str:
        """Status changes of one item through the domain: retire (needs the coordinator's
        grant), lost, found, maintenance, maintenance_done. Returns the new status."""
        ctx = self.context()
        if action == "retire":
            access.require(grant, "retire", ctx)
        with self.db.unit_of_work() as s:
            item = item_of(s, item_id)
            if action == "retire":
                circulation.retire(s, ctx, item, text)
            elif action == "lost":
                circulation.mark_lost(s, ctx, item, text)
            elif action == "found":
                circulation.mark_found(s, ctx, item)
            elif action == "maintenance":
                cleaning.start_maintenance(s, ctx, item, text)
            elif action == "maintenance_done":
                cleaning.finish_maintenance(s, ctx, item, text)
            else:
                raise ValueError(action)
            return item.status
