"""The catalogue and the people: categories, products, items, locations, borrowers.

Also allocation of asset tags and badge codes (including ranges of blank, pre-printed tags
that are linked to items later by scanning), search, and erasing a borrower's personal data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, select, text, update
from sqlalchemy.orm import Session, joinedload

from lendingdesk.domain import audit, iso9999
from lendingdesk.domain.codes import CodeKind, format_code, parse_code, serial_of
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.lookup import find_borrower, row_id_in_range, unknown_code
from lendingdesk.domain.status import ItemStatus
from lendingdesk.domain.text_match import MAX_SEARCH_LENGTH, contains_text
from lendingdesk.errors import InvalidInput, NotFound
from lendingdesk.store.models import (
    Borrower,
    Category,
    Item,
    Loan,
    Location,
    Product,
    Setting,
)
from lendingdesk.translation import translate

_COUNTER_KEYS = {CodeKind.ITEM: "next_serial.item", CodeKind.BADGE: "next_serial.badge"}


def allocate_codes(session: Session, kind: CodeKind, count: int = 1) -> list[str]:
    """Reserve ``count`` fresh codes. Never hands out the same code twice, also not across desks
    sharing one database: the counter row is updated in the caller's transaction."""
    if count < 1 or count > 100_000:
        raise InvalidInput(translate("domain.catalogue", "Count must be 1..100,000."))
    key = _COUNTER_KEYS[kind]
    row = session.get(Setting, key, with_for_update=True)
    if row is None:
        column = Item.tag if kind is CodeKind.ITEM else Borrower.badge
        highest = session.scalar(select(func.max(column)))
        start = serial_of(highest) + 1 if highest else 1
        row = Setting(key=key, value=str(start))
        session.add(row)
    start = int(row.value)
    row.value = str(start + count)
    session.flush()
    return [format_code(kind, serial) for serial in range(start, start + count)]


# --- locations and categories ------------------------------------------------------------------


def get_or_create_location(
    session: Session, organisation: str, site: str, desk: str | None = None, **extra: str | None
) -> Location:
    location = session.scalar(
        select(Location).where(
            Location.organisation == organisation, Location.site == site, Location.desk == desk
        )
    )
    if location is None:
        location = Location(organisation=organisation, site=site, desk=desk, **extra)
        session.add(location)
        session.flush()
    return location


def _iso9999(code: str | None) -> str | None:
    try:
        return iso9999.normalise(code)
    except ValueError:
        raise InvalidInput(
            translate(
                "domain.catalogue",
                "‘{code}’ is not an ISO 9999 code. Write for example 22.33 or 12.23.06.",
            ).format(code=code),
        ) from None


def get_or_create_category(session: Session, name: str, iso9999: str | None = None) -> Category:
    name = name.strip()
    category = session.scalar(select(Category).where(Category.name == name))
    if category is None:
        category = Category(name=name, iso9999=_iso9999(iso9999))
        session.add(category)
        session.flush()
    return category


# --- products and items ------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductInput:
    name: str
    maker: str | None = None
    category: str | None = None
    description: str | None = None
    manual_url: str | None = None
    loan_days: int = 14
    cleaning_protocol: str | None = None
    care_instructions: str | None = None
    accessories: Sequence[str] = ()
    isolation_allowed: bool = True
    instrument_key: str | None = None
    photo: str | None = None


def validate_product(data: ProductInput) -> None:
    if not data.name or not data.name.strip():
        raise InvalidInput(translate("domain.catalogue", "Give the product a name."))
    if len(data.name) > 200:
        raise InvalidInput(translate("domain.catalogue", "The name is too long (max 200)."))
    if not 1 <= int(data.loan_days) <= 365:
        raise InvalidInput(
            translate("domain.catalogue", "The loan period must be between 1 and 365 days."),
        )


def create_product(session: Session, ctx: DeskContext, data: ProductInput) -> Product:
    validate_product(data)
    product = Product(created_at=ctx.now())
    _apply_product(session, product, data)
    session.add(product)
    session.flush()
    audit.record(session, ctx, "product_created", "product", product.id, name=product.name)
    return product


def update_product(
    session: Session, ctx: DeskContext, product_id: int, data: ProductInput
) -> Product:
    validate_product(data)
    product = get_product(session, product_id)
    _apply_product(session, product, data)
    session.flush()
    audit.record(session, ctx, "product_updated", "product", product.id, name=product.name)
    return product


def _apply_product(session: Session, product: Product, data: ProductInput) -> None:
    product.name = data.name.strip()
    product.maker = (data.maker or "").strip() or None
    product.category = get_or_create_category(session, data.category) if data.category else None
    product.description = data.description
    product.manual_url = data.manual_url
    product.loan_days = int(data.loan_days)
    product.cleaning_protocol = (data.cleaning_protocol or "").strip() or None
    product.care_instructions = (data.care_instructions or "").strip() or None
    product.accessories = [a.strip() for a in data.accessories if a.strip()]
    product.isolation_allowed = data.isolation_allowed
    product.instrument_key = data.instrument_key
    product.photo = data.photo


def get_product(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id) if row_id_in_range(product_id) else None
    if product is None:
        raise NotFound(
            translate("domain.catalogue", "Product {product_id} does not exist.").format(
                product_id=product_id
            )
        )
    return product


def retire_product(session: Session, ctx: DeskContext, product_id: int) -> Product:
    product = get_product(session, product_id)
    on_loan = [i.tag for i in product.items if i.status == ItemStatus.ON_LOAN]
    if on_loan:
        raise InvalidInput(
            translate("domain.catalogue", "Still on loan: {on_loan}. Check those in first.").format(
                on_loan=", ".join(on_loan)
            ),
        )
    product.retired = True
    for item in product.items:
        if item.status != ItemStatus.LOST:
            item.status = ItemStatus.RETIRED
    audit.record(session, ctx, "product_retired", "product", product.id, name=product.name)
    return product


def add_items(
    session: Session,
    ctx: DeskContext,
    product: Product,
    count: int = 1,
    *,
    tags: Sequence[str] | None = None,
    location: Location | None = None,
    serials: Sequence[str | None] = (),
) -> list[Item]:
    """New physical items of a product: fresh tags, or given (pre-printed, scanned) tags."""
    if tags:
        canonical = []
        for raw in tags:
            code = parse_code(raw)
            if code is None or code.kind is not CodeKind.ITEM:
                raise unknown_code(raw)
            canonical.append(code.text)
        taken = set(session.scalars(select(Item.tag).where(Item.tag.in_(canonical))))
        if taken:
            raise InvalidInput(
                translate("domain.catalogue", "Label {taken} is already linked to an item.").format(
                    taken=sorted(taken)[0]
                ),
            )
    elif count == 0:
        return []
    else:
        canonical = allocate_codes(session, CodeKind.ITEM, count)
    location_id = location.id if location else ctx.location_id
    items = []
    for index, tag in enumerate(canonical):
        item = Item(
            tag=tag,
            product=product,
            serial=serials[index] if index < len(serials) else None,
            location_id=location_id,
            status=ItemStatus.AVAILABLE,
            created_at=ctx.now(),
        )
        session.add(item)
        items.append(item)
    session.flush()
    for item in items:
        audit.record(
            session, ctx, "item_created", "item", item.id, tag=item.tag, product=product.name
        )
    return items


# A full-text search with at most this many matches sorts them all by name; with more, it walks
# the name index in order and stops at ``limit`` (sorting 14,000 matches took 10-25 ms).
_SORT_MATCHES_UP_TO = 5000
# A one- or two-letter search first looks at this many products by name.
_SHORT_HEAD = 2000
# ... and when that is not enough, scans the table for up to this many matches.
_SHORT_SCAN_UP_TO = 1000
# A longer (ASCII) search first looks at this many products by name, with LIKE.
_WORD_HEAD = 200


def search_product_ids(session: Session, query: str, *, limit: int = 200) -> list[int]:
    """Ids of the first ``limit`` products, by name then id, that match ``query`` as the user
    types it: a substring of the name, maker or description, in either case."""
    query = (query or "").strip()
    stmt = select(Product.id).order_by(Product.name, Product.id).limit(limit)
    if not query:
        return list(session.scalars(stmt))
    if len(query) > MAX_SEARCH_LENGTH:  # longer than any text searched: contained nowhere
        return []
    sqlite = session.get_bind().dialect.name == "sqlite"
    columns = (Product.name, Product.maker, Product.description)
    if sqlite and len(query) >= 3:
        # FTS5 trigram: phrase query of the text as typed (quotes doubled for FTS syntax).
        phrase = '"' + query.replace('"', '""') + '"'
        matches = (
            select(text("rowid"))
            .select_from(text("products_fts"))
            .where(text("products_fts MATCH :q").bindparams(q=phrase))
        )
        if query.isascii():
            # A word in (nearly) every product -- "synth" of "Synthetisch product" in every
            # description -- has ``limit`` matches among the first few names: LIKE finds them
            # there (0.1 ms) where reading its 100k full-text matches took 29 ms. LIKE ignores
            # ASCII case as the trigram index does, so for an ASCII query both find the same.
            like = contains_text(columns, query, like_ignores_case=True)
            found = _search_head(session, stmt, like, _WORD_HEAD)
            if len(found) >= limit:
                return found
        # Counting up to a cap is cheap (FTS5 stops early); the full count is not.
        many = session.scalar(
            select(func.count()).select_from(matches.limit(_SORT_MATCHES_UP_TO).subquery())
        )
        if many and many >= _SORT_MATCHES_UP_TO:
            # "id + 0" keeps SQLite from fetching the matches by rowid and sorting them: it walks
            # the covering name index in order, tests each id against the match set, and stops
            # at ``limit``.
            return list(session.scalars(stmt.where((Product.id + 0).in_(matches))))
        return list(session.scalars(stmt.where(Product.id.in_(matches))))
    if not sqlite:
        return list(session.scalars(stmt.where(contains_text(columns, query))))
    # Shorter than a trigram: LIKE, which in SQLite already ignores ASCII case (ilike's lower()
    # only added work). Walking the name index stops at ``limit``, but a rare pair of letters
    # ("qw") walked all 100k products in random table order (120-160 ms).
    condition = contains_text(columns, query, like_ignores_case=True)
    # 1. Walk the name index, but only through the first _SHORT_HEAD names: a common letter
    # finds ``limit`` matches there and stops early.
    found = _search_head(session, stmt, condition, _SHORT_HEAD)
    if len(found) >= limit:
        return found
    # 2. Few matches: one scan in table order (6x faster than in name order), sorted here; it
    # stops early when the matches are many. Python orders str by code point, as SQLite's
    # BINARY collation orders UTF-8 bytes.
    rows = list(
        session.execute(
            select(Product.id, Product.name).where(condition).limit(_SHORT_SCAN_UP_TO)
        ).all()
    )
    if len(rows) < _SHORT_SCAN_UP_TO:
        rows.sort(key=lambda r: (r[1], r[0]))
        return [pid for pid, _name in rows[:limit]]
    # 3. Many matches, late in the alphabet: walk the name index as far as it takes.
    return list(session.scalars(stmt.where(condition)))


def _search_head(
    session: Session, stmt: Select[int], condition: ColumnElement[bool], head: int
) -> list[int]:
    """``stmt`` (product ids by name) restricted to ``condition`` among the first ``head``
    names."""
    bound = (
        select(Product.name)
        .order_by(Product.name, Product.id)
        .offset(head)
        .limit(1)
        .scalar_subquery()
    )
    return list(session.scalars(stmt.where(Product.name <= bound, condition)))


def search_products(session: Session, query: str, *, limit: int = 200) -> list[Product]:
    """Products matching ``query`` as the user types it (substring of name, maker, description),
    by name. See search_product_ids."""
    ids = search_product_ids(session, query, limit=limit)
    if not ids:
        return []
    found = session.scalars(
        select(Product).options(joinedload(Product.category)).where(Product.id.in_(ids))
    )
    by_id = {p.id: p for p in found}
    return [by_id[i] for i in ids]


def list_items(
    session: Session, *, status: str | None = None, limit: int | None = None
) -> list[Item]:
    stmt = (
        select(Item).options(joinedload(Item.product), joinedload(Item.location)).order_by(Item.tag)
    )
    if status:
        stmt = stmt.where(Item.status == status)
    if limit:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


# --- borrowers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BorrowerInput:
    name: str
    kind: str = "person"
    discipline: str | None = None
    team: str | None = None
    email: str | None = None
    phone: str | None = None
    location_id: int | None = None
    loan_limit: int | None = None
    badge: str | None = None  # a pre-printed card; None allocates a fresh code


def create_borrower(session: Session, ctx: DeskContext, data: BorrowerInput) -> Borrower:
    _validate_borrower(data)
    if data.badge:
        code = parse_code(data.badge)
        if code is None or code.kind is not CodeKind.BADGE:
            raise unknown_code(data.badge)
        badge = code.text
        if session.scalar(select(Borrower.id).where(Borrower.badge == badge)):
            raise InvalidInput(
                translate("domain.catalogue", "Card {badge} is already in use.").format(badge=badge)
            )
    else:
        badge = allocate_codes(session, CodeKind.BADGE)[0]
    borrower = Borrower(badge=badge, created_at=ctx.now(), active=True)
    _apply_borrower(borrower, data)
    session.add(borrower)
    session.flush()
    audit.record(session, ctx, "borrower_created", "borrower", borrower.id, badge=badge)
    return borrower


def update_borrower(
    session: Session, ctx: DeskContext, borrower_id: int, data: BorrowerInput
) -> Borrower:
    _validate_borrower(data)
    borrower = get_borrower(session, borrower_id)
    _apply_borrower(borrower, data)
    audit.record(session, ctx, "borrower_updated", "borrower", borrower.id, badge=borrower.badge)
    return borrower


def _validate_borrower(data: BorrowerInput) -> None:
    if not data.name or not data.name.strip():
        raise InvalidInput(translate("domain.catalogue", "Give the borrower's name."))
    if data.kind not in ("person", "team"):
        raise InvalidInput(translate("domain.catalogue", "Borrower kind: person or team."))
    if data.email and "@" not in data.email:
        raise InvalidInput(
            translate("domain.catalogue", "“{email}” is not a valid e-mail.").format(
                email=data.email
            )
        )
    if data.loan_limit is not None and data.loan_limit < 1:
        raise InvalidInput(translate("domain.catalogue", "The limit must be at least 1."))


def _apply_borrower(borrower: Borrower, data: BorrowerInput) -> None:
    borrower.name = data.name.strip()
    borrower.kind = data.kind
    borrower.discipline = (data.discipline or "").strip() or None
    borrower.team = (data.team or "").strip() or None
    borrower.email = (data.email or "").strip() or None
    borrower.phone = (data.phone or "").strip() or None
    borrower.location_id = data.location_id
    borrower.loan_limit = data.loan_limit


def get_borrower(session: Session, borrower_id: int) -> Borrower:
    borrower = session.get(Borrower, borrower_id)
    if borrower is None:
        raise NotFound(
            translate("domain.catalogue", "Borrower {borrower_id} does not exist.").format(
                borrower_id=borrower_id
            )
        )
    return borrower


def set_borrower_active(
    session: Session, ctx: DeskContext, code: str | Borrower, active: bool
) -> Borrower:
    borrower = find_borrower(session, code)
    if active and borrower.erased_at is not None:
        raise InvalidInput(
            translate(
                "domain.catalogue", "This borrower's data was erased; create a new borrower."
            ),
        )
    borrower.active = active
    audit.record(
        session,
        ctx,
        "borrower_activated" if active else "borrower_deactivated",
        "borrower",
        borrower.id,
    )
    return borrower


def erase_borrower(
    session: Session,
    ctx: DeskContext,
    code: str | Borrower,
    *,
    even_with_open_loans: bool = False,
) -> Borrower:
    """Remove a borrower's personal data on request (AVG art. 17).

    Loans stay for anonymous statistics (product, dates, setting, discipline); name, e-mail,
    phone and team are gone, the badge code is retired, and reviewer names too. Names in free
    text elsewhere, their reviews and the erasure register are services/erasure.py's part.
    ``even_with_open_loans``: only for erasing again after a restore brought the person back.
    """
    from lendingdesk.store.models import Review

    borrower = find_borrower(session, code)
    open_count = (
        0
        if even_with_open_loans
        else session.scalar(
            select(func.count())
            .select_from(Loan)
            .where(Loan.borrower_id == borrower.id, Loan.returned_at.is_(None))
        )
    )
    if open_count:
        raise InvalidInput(
            translate(
                "domain.catalogue",
                "{borrower} still has %n item(s) on loan. Check those in first.",
                None,
                open_count,
            ).format(borrower=borrower.name),
        )
    borrower.name = f"Gewiste lener #{borrower.id}"
    borrower.email = None
    borrower.phone = None
    borrower.team = None
    borrower.active = False
    borrower.erased_at = ctx.now()
    loan_ids = select(Loan.id).where(Loan.borrower_id == borrower.id)
    session.execute(
        update(Review)
        .where(Review.loan_id.in_(loan_ids))
        .values(reviewer_name=None, publish_name=False)
    )
    audit.record(session, ctx, "borrower_erased", "borrower", borrower.id)
    return borrower


def borrower_matches(query: str) -> ColumnElement[bool] | None:
    """The condition for borrowers matching what was typed or scanned: a card code finds that
    card, any other text a part of name, team, discipline or code. None for an empty query."""
    query = (query or "").strip()
    if not query:
        return None
    code = parse_code(query)
    if code is not None and code.kind is CodeKind.BADGE:
        return Borrower.badge == code.text
    return contains_text((Borrower.name, Borrower.team, Borrower.discipline, Borrower.badge), query)


def search_borrowers(
    session: Session, query: str = "", *, active_only: bool = False, limit: int = 200
) -> list[Borrower]:
    stmt = select(Borrower).order_by(Borrower.name).limit(limit)
    condition = borrower_matches(query)
    if condition is not None:
        stmt = stmt.where(condition)
    if active_only:
        stmt = stmt.where(Borrower.active.is_(True))
    return list(session.scalars(stmt))


def is_empty(session: Session) -> bool:
    return (
        session.scalar(select(func.count()).select_from(Product)) == 0
        and session.scalar(select(func.count()).select_from(Borrower)) == 0
    )
