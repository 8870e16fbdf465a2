"""Search as you type and the loan lists, against the straightforward queries they replaced.

The fast search picks a different plan by the number of matches (sort them all, or walk the
name index; for one or two letters: the first names only, or one scan in table order). The
thresholds are patched small here so that every plan runs on a small seeded database, and each
must give exactly what the plain query gives: the same products in the same order."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from lendingdesk.domain import catalogue
from lendingdesk.services.views import CatalogueView, LoansView, ProductFilter
from lendingdesk.store import search_index
from lendingdesk.store.db import open_database
from lendingdesk.store.models import Borrower, Item, Loan, Product
from tests.domain.factories import borrower, product_with_items
from tests.pg_fixture import pg_server, pg_url  # noqa: F401 - fixtures

WORDS = (
    "Tovertafel Original",
    "PARO robotzeehond",
    "Qwiek.up",
    "Éénpersoons sensormat",
    "Crème de la crème lamp",
    "Zembro GPS-horloge",
    "robotkat",
    "Dagritmeklok",
    "100% katoen_hoes",
    "Back\\slash",
    "paro",
)
MAKERS = (None, "Sensara", "Müller", "ÉLAN", "Tover", "Medido")
DESCRIPTIONS = (None, "Synthetisch product", "Voor de crème-kleurige kamer", "robot voor PG")
QUERIES = (
    "",
    "p",
    "r",
    "é",
    "É",
    "%",
    "_",
    "\\",
    "pa",
    "RO",
    "qw",
    "zq",
    "rob",
    "ROBOT",
    "crème",
    "CRÈME",
    "sensor",
    "100%",
    "_ho",
    "tafel",
    "zzz",
    "LD0000427",
    '"x',
    "  robot  ",
    "ller",
    "syn",
)


def seed_products(db) -> None:
    """About 300 products: repeated names (ties broken by id), accents, LIKE's special
    characters, makers and descriptions that match where the name does not."""
    rng = random.Random(7)
    with db.unit_of_work() as s:
        for n in range(300):
            word = rng.choice(WORDS)
            s.add(
                Product(
                    name=word if n % 3 == 0 else f"{word} {rng.randint(1, 60)}",
                    maker=rng.choice(MAKERS),
                    description=rng.choice(DESCRIPTIONS),
                    retired=n % 17 == 0,
                    created_at=datetime(2026, 1, 1),
                )
            )


@pytest.fixture
def seeded(db):
    seed_products(db)
    return db


def names_of(s: Session, ids: list[int]) -> list[catalogue.ProductName]:
    """What a choice list should show for these products, read row by row."""
    return [
        catalogue.ProductName(p.id, p.name, p.retired) for p in (s.get(Product, i) for i in ids)
    ]


def plain_search(s: Session, query: str, *, fts: bool = True) -> list[int]:
    """The query the search once was: every match, sorted by name (then id)."""
    query = query.strip()
    stmt = select(Product.id).order_by(Product.name, Product.id)
    if not query:
        return list(s.scalars(stmt))
    if fts and len(query) >= 3:
        phrase = '"' + query.replace('"', '""') + '"'
        ids = select(text("rowid")).select_from(text("products_fts"))
        ids = ids.where(text("products_fts MATCH :q"))
        return list(s.scalars(stmt.where(Product.id.in_(ids)).params(q=phrase)))
    pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    columns = (Product.name, Product.maker, Product.description)
    return list(s.scalars(stmt.where(or_(*(c.ilike(pattern, escape="\\") for c in columns)))))


def random_queries(s: Session, count: int, rng: random.Random) -> list[str]:
    """Pieces of 1-4 letters of the stored texts, their case changed at random: what a person
    types (accents, digits, hyphens, LIKE's special characters included)."""
    texts = [
        t
        for row in s.execute(select(Product.name, Product.maker, Product.description))
        for t in row
        if t
    ]
    out = []
    for _ in range(count):
        source = rng.choice(texts)
        start = rng.randrange(len(source))
        piece = source[start : start + rng.randint(1, 4)]
        out.append("".join(c.upper() if rng.random() < 0.4 else c.lower() for c in piece))
    return out


def shuffle_placing(db, how: str, rng: random.Random) -> None:
    """The name-order keys of the search index in one of the states a desk sees: all new
    (unplaced), all placed, placed and then some renamed or added, or no room left."""
    from lendingdesk.store import search_index

    with db.unit_of_work() as s:
        if how == "unplaced":
            return
        search_index.renumber(s)
        if how in ("renamed", "no room"):
            products = list(s.scalars(select(Product).order_by(Product.id)))
            for p in rng.sample(products, 25):
                p.name = rng.choice(WORDS) + f" {rng.randint(1, 9)}"
            s.add(Product(name="Éénpersoons extra", created_at=datetime(2026, 1, 1)))
            s.flush()
        if how == "renamed":
            assert search_index.place_unplaced(s) > 0
        if how == "no room":  # keys 1 apart: nothing can be placed between them
            s.execute(text("UPDATE product_search_keys SET key = key / 4294967296 WHERE key > 0"))
            s.execute(text("INSERT INTO product_grams(product_grams) VALUES ('delete-all')"))
            s.execute(
                text(
                    "INSERT INTO product_grams(rowid, doc) SELECT k.key, coalesce(p.name, '') "
                    "|| char(31) || coalesce(p.maker, '') || char(31) || "
                    "coalesce(p.description, '') || char(31, 31) FROM product_search_keys k "
                    "JOIN products p ON p.id = k.product_id"
                )
            )
            search_index.place_unplaced(s)  # only at the two ends
            unplaced = "SELECT count(*) FROM product_search_keys WHERE key < 0"
            assert s.scalar(text(unplaced)) > 20


# The index in each state a desk meets, and the names walked first for one or two letters:
# the shipped number (on 300 products: all of them), and 3 (the index decides nearly always).
PLANS = {
    "unplaced": ("unplaced", None),
    "placed": ("placed", None),
    "placed, head 3": ("placed", 3),
    "renamed and added, head 3": ("renamed", 3),
    "no room, head 3": ("no room", 3),
}


@pytest.mark.parametrize("plan", PLANS)
def test_every_plan_finds_what_the_plain_query_finds(seeded, plan, monkeypatch) -> None:
    how, head = PLANS[plan]
    if head:
        monkeypatch.setattr(catalogue, "_LETTER_HEAD", head)
        monkeypatch.setattr(catalogue, "_PAIR_HEAD", head)
    rng = random.Random(plan)
    shuffle_placing(seeded, how, rng)
    with seeded.session() as s:
        for query in (*QUERIES, *random_queries(s, 60, rng)):
            everything = plain_search(s, query)
            for limit in (1, 7, 50, 1000):
                got = catalogue.search_product_ids(s, query, limit=limit)
                assert got == everything[:limit], (query, limit)
            found = catalogue.search_product_names(s, query, limit=20)
            assert found == names_of(s, everything[:20]), query


def test_search_examples(seeded) -> None:
    with seeded.session() as s:
        found = catalogue.search_product_names(s, "CRÈME", limit=500)
        names = {p.name.split(" 1")[0] for p in found}
        # Full-text search folds case beyond ASCII; a maker or description match counts too.
        assert any(n.startswith("Crème de la crème") for n in names)
        by_maker = catalogue.search_product_ids(s, "ller", limit=500)
        assert by_maker and all(s.get(Product, i).maker == "Müller" for i in by_maker)
        assert all("%" in p.name for p in catalogue.search_product_names(s, "0%", limit=500))
        assert catalogue.search_product_names(s, "LD0000427") == []  # a tag is not a product text
        ordered = [(p.name, p.id) for p in catalogue.search_product_names(s, "o", limit=300)]
        assert ordered == sorted(ordered) and len(ordered) > 100


@pytest.mark.parametrize("query", ["", "o", "rob", "zq", "Müller"])
def test_product_pages_follow_each_other(seeded, ctx, query) -> None:
    views = CatalogueView(seeded, lambda: ctx)
    with seeded.session() as s:
        retired = set(s.scalars(select(Product.id).where(Product.retired.is_(True))))
        expected = [i for i in plain_search(s, query) if i not in retired]
    got: list[int] = []
    offset = 0
    while True:
        page = views.product_page(ProductFilter(query=query), offset=offset, limit=9)
        got += [r.id for r in page.rows]
        offset += 9
        if not page.has_more:
            break
    assert got == expected


def seed_loans(db, ctx) -> None:
    """48 loans, 40 of them open, due from 10 days ago to 10 days ahead (several per day)."""
    rng = random.Random(3)
    today = ctx.today()
    with db.unit_of_work() as s:
        items: list[Item] = []
        for name in ("PARO robotzeehond", "Tovertafel", "Qwiek.up", "Robotkat"):
            items += product_with_items(s, ctx, name, 12)[1]
        people = [borrower(s, ctx, n) for n in ("Sanne de Vries", "Ömer Yılmaz", "Robin Bos")]
        for n, item in enumerate(items):
            due = today + timedelta(days=rng.randint(-10, 10))
            s.add(
                Loan(
                    item_id=item.id,
                    borrower_id=rng.choice(people).id,
                    out_at=ctx.now() - timedelta(days=20, minutes=n),
                    due_on=due,
                    returned_at=ctx.now() if n % 6 == 5 else None,
                    renewals=n % 3,
                )
            )


@pytest.fixture
def loans(db, ctx):
    seed_loans(db, ctx)
    return db


def reference_loans(s: Session, view: str, today, query: str = "") -> list[tuple]:
    """The open loans of a view, by due date then id, as the ORM entities say."""
    stmt = select(Loan).where(Loan.returned_at.is_(None)).order_by(Loan.due_on, Loan.id)
    if view == "due_today":
        stmt = stmt.where(Loan.due_on == today)
    elif view == "overdue":
        stmt = stmt.where(Loan.due_on < today)
    out = []
    for loan in s.scalars(stmt):
        texts = (loan.item.tag, loan.item.product.name, loan.borrower.name)
        if query and not any(query.casefold() in t.casefold() for t in texts):
            continue
        late = max(0, (today - loan.due_on).days)
        out.append((loan.id, loan.item.tag, loan.item.product.name, loan.borrower.name, late))
    return out


def check_loan_pages(db, ctx, view: str, query: str) -> int:
    """Page through a loans view 4 rows at a time; every row as the plain ORM query says."""
    views = LoansView(db, lambda: ctx)
    today = ctx.today()
    with db.session() as s:
        expected = reference_loans(s, view, today, query)
        emails = {b.id: b.email or "" for b in s.scalars(select(Borrower))}
        stored = {
            loan.id: (loan.item_id, loan.borrower_id, loan.due_on, loan.renewals)
            for loan in s.scalars(select(Loan))
        }
    got = []
    offset = 0
    while True:
        page = views.loan_page(view, query, offset=offset, limit=4)
        for r in page.rows:
            assert (r.item_id, r.borrower_id, r.due_on, r.renewals) == stored[r.id]
            assert r.borrower_email == emails[r.borrower_id] and r.returned_at is None
            assert r.out_at is not None and r.out_at.tzinfo is not None
            got.append((r.id, r.tag, r.product_name, r.borrower_name, r.days_overdue))
        offset += 4
        if not page.has_more:
            break
    assert got == expected
    return len(got)


@pytest.mark.parametrize("view", ["open", "due_today", "overdue"])
@pytest.mark.parametrize("query", ["", "robot", "ROB", "sanne", "ld0"])
def test_loan_pages_in_due_order(loans, ctx, view, query) -> None:
    shown = check_loan_pages(loans, ctx, view, query)
    if view == "open" and not query:
        assert shown == 40


def check_postgresql_search(s: Session, queries, plan: str) -> None:
    for query in queries:
        everything = plain_search(s, query, fts=False)
        for limit in (1, 7, 1000):
            got = catalogue.search_product_ids(s, query, limit=limit)
            assert got == everything[:limit], (query, limit, plan)
        # The names: on 0026 the walk and the names are one statement.
        found = catalogue.search_product_names(s, query, limit=7)
        assert found == names_of(s, everything[:7]), (query, plan)


def check_walk_planned_once(s: Session) -> None:
    """The walk sends the text as parameters, so PostgreSQL may plan it once for every text
    (a prepared statement's "generic plan"): planned so, it finds the same. (Its speed at
    100,000 products is bench_search's: typing runs every text often enough to be prepared.)"""
    sql = catalogue._PG_BUCKET_WALK.text
    for number, name in enumerate(("query", "pattern", "limit"), 1):
        sql = sql.replace(f":{name}", f"${number}")
    raw = s.connection().connection.driver_connection
    raw.execute("SET plan_cache_mode = force_generic_plan")
    raw.execute(f"PREPARE walk (text, text, integer) AS {sql}")
    try:
        for query in ("qx", "p", "rob", "tovertafel", "crème"):
            arguments = f"'{query}', '%{query}%', 7"
            found = [r[0] for r in raw.execute(f"EXECUTE walk ({arguments})")]
            assert found == plain_search(s, query, fts=False)[:7], query
    finally:
        raw.execute("DEALLOCATE walk")
        raw.execute("RESET plan_cache_mode")


@pytest.mark.postgres
def test_search_and_loan_pages_on_postgresql(pg_url, ctx, monkeypatch) -> None:  # noqa: F811
    """The same code on a shared PostgreSQL server: ILIKE, through migration 0022's trigram
    and letter-piece indexes (with the first names walked, and with the walk cut to 3 names so
    that the indexes decide) and through the name-order buckets of migrations 0025 and 0026
    (one, many, stale), the same products in the same order as the plain query."""
    db = open_database(pg_url)
    try:
        seed_products(db)
        seed_loans(db, ctx)
        with db.session() as s:
            indexes = search_index.postgresql_indexes(s)
            assert {
                "ix_products_search_grams",
                "ix_products_name_trgm",
                "ix_product_search_pieces",
            } <= indexes
            queries = (*QUERIES, *random_queries(s, 60, random.Random(5)))
            # Migration 0022's path: the first names, else the trigram or letter-piece matches.
            key = str(s.get_bind().engine.url)
            monkeypatch.setitem(
                search_index._POSTGRESQL_INDEXES, key, indexes - {"ix_product_search_pieces"}
            )
            for head in (None, 3):
                if head:
                    monkeypatch.setattr(catalogue, "_PG_HEAD", head)
                check_postgresql_search(s, queries, f"0022, head {head}")
            monkeypatch.setitem(search_index._POSTGRESQL_INDEXES, key, indexes)
        # The walk (0025, 0026) over name-order buckets: all in one bucket (filled after the
        # migration), 7 names a bucket, and stale bounds after renames and new products.
        with db.session() as s:
            check_postgresql_search(s, queries, "one bucket")
        with db.unit_of_work() as s:
            assert search_index.rebalance_postgresql(s, 7) > 250
        with db.session() as s:
            assert s.scalar(text("SELECT count(DISTINCT bucket) FROM product_search")) > 30
            check_postgresql_search(s, queries, "7 a bucket")
            check_walk_planned_once(s)
        rng = random.Random(11)
        with db.unit_of_work() as s:
            for p in rng.sample(list(s.scalars(select(Product))), 40):
                p.name = rng.choice(WORDS) + f" {rng.randint(1, 9)}"
                p.maker = rng.choice(MAKERS)
            for word in ("Aaa robot", "Zzz crème", "Tovertafel 0", "paro"):
                s.add(Product(name=word, created_at=datetime(2026, 1, 1)))
        with db.session() as s:
            check_postgresql_search(s, queries, "stale bounds")
        views = CatalogueView(db, lambda: ctx)
        page = views.product_page(ProductFilter(query="rob"), limit=9)
        assert len(page.rows) == 9 and page.has_more
        for view in ("open", "due_today", "overdue"):
            for query in ("", "ROB", "ld0"):
                check_loan_pages(db, ctx, view, query)
    finally:
        db.dispose()
