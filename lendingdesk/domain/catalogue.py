"""The catalogue and the people: categories, products, items, locations, borrowers.

Also allocation of asset tags and badge codes (including ranges of blank, pre-printed tags
that are linked to items later by scanning), search, and erasing a borrower's personal data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    TextClause,
    func,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, joinedload

from lendingdesk.domain import audit, iso9999
from lendingdesk.domain.codes import CodeKind, format_code, parse_code, serial_of
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.lookup import find_borrower, row_id_in_range, unknown_code
from lendingdesk.domain.status import ItemStatus
from lendingdesk.domain.text_match import MAX_SEARCH_LENGTH, contains_text, escape_like
from lendingdesk.errors import InvalidInput, NotFound
from lendingdesk.store import search_index
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
    search_index.keep_in_order(session, product.id)
    audit.record(session, ctx, "product_created", "product", product.id, name=product.name)
    return product


def update_product(
    session: Session, ctx: DeskContext, product_id: int, data: ProductInput
) -> Product:
    validate_product(data)
    product = get_product(session, product_id)
    _apply_product(session, product, data)
    session.flush()
    search_index.keep_in_order(session, product.id)
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


# A one- or two-letter search first looks at this many products by name (a common letter finds
# its page there); when that is not enough, the name-ordered trigram index gives the rest. The
# index first reads every indexed trigram that begins with the letters: for one letter that is
# costly when the letter is common (12 ms for "e" at 100k products), so letters look further.
_LETTER_HEAD = 2000
_PAIR_HEAD = 1000
# PostgreSQL looks at this many first names, and with at least 1/_DENSE_FROM of a page among
# them, walks on.
_PG_HEAD = 300
_DENSE_FROM = 10


def search_product_ids(session: Session, query: str, *, limit: int = 200) -> list[int]:
    """Ids of the first ``limit`` products, by name then id, that match ``query`` as the user
    types it: a substring of the name, maker or description, in either case.

    On SQLite, three or more letters are a full-text (FTS5 trigram) phrase, which ignores case
    beyond ASCII too; one or two letters are LIKE, which ignores ASCII case only. PostgreSQL:
    ILIKE."""
    query = (query or "").strip()
    stmt = select(Product.id).order_by(Product.name, Product.id).limit(limit)
    if not query:
        return list(session.scalars(stmt))
    if len(query) > MAX_SEARCH_LENGTH:  # longer than any text searched: contained nowhere
        return []
    columns = (Product.name, Product.maker, Product.description)
    if not search_index.available(session):
        return _search_postgresql(session, stmt, query, limit)
    if search_index.SEPARATOR in query:  # the index's own separator: the plain queries
        if len(query) >= 3:
            return list(session.scalars(stmt.where(Product.id.in_(_fts_matches(query)))))
        return list(session.scalars(stmt.where(contains_text(columns, query))))
    if len(query) >= 3:
        # A trigram phrase finds exactly the texts that contain the query (the separators are
        # in no query), in name order: the first ``limit`` matches are the answer.
        return _in_name_order(session, _phrase(query), limit)
    # Shorter than a trigram: LIKE, which in SQLite already ignores ASCII case (ilike's lower()
    # only added work). A common letter finds ``limit`` matches among the first names.
    condition = contains_text(columns, query, like_ignores_case=True)
    found = _search_head(session, stmt, condition, _LETTER_HEAD if len(query) == 1 else _PAIR_HEAD)
    if len(found) >= limit:
        return found
    # Otherwise: the indexed trigrams that begin with the letters (in any case the index may
    # have folded them to) are the candidates, in name order; LIKE decides.
    terms = search_index.terms_beginning(session, _folded_prefixes(query))
    if not terms:
        return []
    return _in_name_order(session, " OR ".join(_phrase(t) for t in terms), limit, condition)


# Migrations 0025 and 0026: bucket after bucket in name order, the products whose row in
# product_search holds every piece of the lowered query (itself if shorter than three letters,
# else three-letter pieces that cover it: every third one and the last, since LIKE decides
# anyway and each piece is one more lookup in every bucket's probe: "tovertafel" asks 4
# instead of 8, and an empty bucket costs half); each bucket's matches sorted by name, and the
# walk stops when the page is full (the nested loop keeps the buckets' order). ILIKE compares
# lowered texts, so it is LIKE over the row's lowered texts, and holding the one piece of a
# query of up to three letters is already an ILIKE match (the query holds no separator, so
# its piece lies within one text). Not an ILIKE on the products' columns: the planner would
# also intersect the trigram indexes of migration 0022 (3.8 ms for "rob").
_PG_BUCKET_WALK = text(
    """
SELECT m.product_id
FROM (SELECT CASE WHEN length(lower(:query)) < 3 THEN ARRAY[lower(:query)]
             ELSE ARRAY(SELECT substr(lower(:query), i, 3)
                        FROM generate_series(1, length(lower(:query)) - 2, 3) AS i
                        UNION SELECT substr(lower(:query), length(lower(:query)) - 2, 3)) END)
         AS q(pieces),
     generate_series(0, (SELECT coalesce(max(bucket), 0) FROM product_search_bounds)) AS b(n)
CROSS JOIN LATERAL (
    SELECT s.product_id FROM product_search AS s
    WHERE s.pieces @> ARRAY(SELECT lpad(b.n::text, 6, '0') || x FROM unnest(q.pieces) AS x)
      AND (length(lower(:query)) <= 3 OR s.doc LIKE lower(:pattern) ESCAPE '\\')
    ORDER BY s.name, s.product_id
    LIMIT :limit
) AS m
LIMIT :limit
"""
)


def _prepare_postgresql_search(session: Session) -> None:
    """Before a search of a server without migration 0026 (parameters, not written-in texts):
    psycopg prepares a statement run five times, and PostgreSQL may then plan it once for any
    pattern ("generic plan"), which scans the table (40 ms for "qx" instead of 0.1 ms)."""
    session.execute(text("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)"))


def _bucket_walk(session: Session, query: str, limit: int) -> Select[tuple[int]] | None:
    """The walk of migration 0026's table for ``query`` as a statement of product ids, or None
    where it cannot answer (no such table, or the separator typed)."""
    if (
        "ix_product_search_pieces" not in search_index.postgresql_indexes(session)
        or search_index.SEPARATOR in query
    ):
        return None
    pattern = f"%{escape_like(query)}%"
    # Parameters: psycopg prepares the statement after five runs and PostgreSQL may then plan
    # it once for every text (a "generic plan"). That plan is the same walk, since the pieces
    # are worked out inside it anyway (test_search runs it so planned), and typing saves the
    # planning of every new text: 0.2-0.3 ms a keystroke.
    walk = _PG_BUCKET_WALK.bindparams(query=query, pattern=pattern, limit=limit)
    return select(walk.columns(product_id=Integer).subquery("walk").c.product_id)


def _search_postgresql(session: Session, stmt: Select[int], query: str, limit: int) -> list[int]:
    """ILIKE, by name. With migration 0026: its name-order buckets walked in order (see
    _PG_BUCKET_WALK). Before it: the first 300 names first (a common word or letter finds its
    page there, or shows that walking on will), else the matches found through migration 0022's
    indexes (trigrams for three or more letters, one- and two-letter pieces for fewer), sorted.
    Without those: the plain query (the planner walks the name index)."""
    walk = _bucket_walk(session, query, limit)
    if walk is not None:
        return list(session.scalars(walk))
    _prepare_postgresql_search(session)
    condition = contains_text((Product.name, Product.maker, Product.description), query)
    # The bound as a value, not a subquery: with a parameter the planner cannot tell how few
    # names lie below it and scanned the whole table for a rare pair (40 ms).
    bound = session.scalar(
        select(Product.name).order_by(Product.name, Product.id).offset(_PG_HEAD).limit(1)
    )
    if bound is None:  # a small catalogue: the first names are all of it
        return list(session.scalars(stmt.where(condition)))
    found = list(session.scalars(stmt.where(Product.name <= bound, condition)))
    if len(found) >= limit:
        return found
    if len(found) * _DENSE_FROM >= limit:
        # Dense among the first names: walking the name index further finds the page soon.
        return list(session.scalars(stmt.where(condition)))
    indexes = search_index.postgresql_indexes(session)
    narrowed: ColumnElement[bool] | TextClause
    if len(query) >= 3:
        usable = "ix_products_name_trgm" in indexes
        narrowed = condition
    else:
        # The pieces are of the lowered text, as ILIKE compares; a letter that lowers to more
        # than one (İ) has no piece of its own.
        usable = "ix_products_search_grams" in indexes and len(query.lower()) == len(query)
        narrowed = text("products.search_grams @> ARRAY[lower(CAST(:piece AS text))]").bindparams(
            piece=query
        )
    if not usable or search_index.SEPARATOR in query:
        return list(session.scalars(stmt.where(condition)))
    # MATERIALIZED: the matches through the index, then sorted (the planner would otherwise walk
    # the whole name index for words whose matches come late in the alphabet).
    matches = (
        select(Product.id, Product.name)
        .where(narrowed, condition)
        .cte("matches")
        .prefix_with("MATERIALIZED")
    )
    ordered = select(matches.c.id).order_by(matches.c.name, matches.c.id).limit(limit)
    return list(session.scalars(ordered))


def _phrase(words: str) -> str:
    """An FTS5 phrase of ``words`` as typed (quotes doubled for FTS syntax)."""
    return '"' + words.replace('"', '""') + '"'


def _fts_matches(query: str) -> Select[int]:
    return (
        select(text("rowid"))
        .select_from(text("products_fts"))
        .where(text("products_fts MATCH :q").bindparams(q=_phrase(query)))
    )


def _folded_prefixes(query: str) -> set[str]:
    """``query`` as the trigram index may have stored it: each letter as typed or lowered
    (the index folds case; LIKE matches non-ASCII letters exactly, ASCII in either case)."""
    prefixes = {""}
    for ch in query:
        lowered = ch.lower()
        variants = {ch, lowered[0]} if lowered else {ch}
        prefixes = {p + v for p in prefixes for v in variants}
    return prefixes


def _in_name_order(
    session: Session, match: str, limit: int, condition: ColumnElement[bool] | None = None
) -> list[int]:
    """The first ``limit`` products (by name, id) that the trigram index matches (and that meet
    ``condition``): it returns matches in key order, so reading stops once the page is full.
    Unplaced products (key < 0, new or just renamed) come first and are sorted in."""
    grams = search_index.GRAMS
    keys = search_index.KEYS
    found = grams.join(keys, keys.c.key == grams.c.rowid)
    if condition is not None:
        found = found.join(Product, Product.id == keys.c.product_id)
    stmt = (
        select(keys.c.product_id, keys.c.key)
        .select_from(found)
        .where(text("product_grams MATCH :match").bindparams(match=match))
        .order_by(grams.c.rowid)
    )
    if condition is not None:
        stmt = stmt.where(condition)
    unplaced: list[int] = []
    placed: list[int] = []
    result = session.execute(stmt)
    try:
        for product_id, key in result:
            if key < 0:
                unplaced.append(product_id)
                continue
            placed.append(product_id)
            if len(placed) >= limit:
                break
    finally:
        result.close()
    if not unplaced:
        return placed
    ids = unplaced + placed
    names = dict(session.execute(select(Product.id, Product.name).where(Product.id.in_(ids))).all())
    # Python orders str by code point, as SQLite's BINARY collation orders UTF-8 bytes.
    return sorted(ids, key=lambda i: (names[i], i))[:limit]


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


@dataclass(frozen=True, slots=True)
class ProductName:
    """A product as a choice list shows it."""

    id: int
    name: str
    retired: bool


def search_product_names(session: Session, query: str, *, limit: int = 200) -> list[ProductName]:
    """Id, name and whether retired of the products matching ``query`` as the user types it,
    by name (see search_product_ids). Not whole products: a choice list shows the name, and
    reading 50 whole rows (descriptions, care instructions) took half the time of a search."""
    columns = select(Product.id, Product.name, Product.retired)
    query = (query or "").strip()
    if query and len(query) <= MAX_SEARCH_LENGTH and not search_index.available(session):
        # PostgreSQL: the walk and the names in one statement (one round trip less); the
        # walk's order is name order (its buckets follow the names), so sorting again is exact.
        walk = _bucket_walk(session, query, limit)
        if walk is not None:
            by_name = columns.where(Product.id.in_(walk)).order_by(Product.name, Product.id)
            return [ProductName(*row) for row in session.execute(by_name)]
    ids = search_product_ids(session, query, limit=limit)
    if not ids:
        return []
    by_id = {
        row[0]: ProductName(*row) for row in session.execute(columns.where(Product.id.in_(ids)))
    }
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
