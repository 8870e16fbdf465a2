"""The SQLite product search index in name order (made by migration 0022).

``product_grams`` is a contentless FTS5 trigram index over one text per product: name, maker
and description, each followed by U+001F, and one more U+001F (so that every one- or
two-letter piece of a text begins an indexed trigram). Its row ids are sort keys that follow
(name, id), ``product_search_keys`` says whose: FTS5 returns matches in row-id order, so a
search reads matches only until its page is full.

A product that is inserted, or whose texts change, gets the key -id from the triggers:
"unplaced". A search reads every unplaced match (few) and sorts those in; ``place_unplaced``
gives them keys between their neighbours' in the same transaction, so they stay few.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import column, table, text
from sqlalchemy.orm import Session

# As in migration 0022: room for 32 halvings between two neighbours.
SPACING = 1 << 32
SEPARATOR = "\x1f"
# With more unplaced products than this (a bulk insert), all keys are made again at once.
RENUMBER_FROM = 2000


GRAMS = table("product_grams", column("rowid"))
KEYS = table("product_search_keys", column("key"), column("product_id"))


def _doc(row: str) -> str:
    """The indexed text of product ``row`` (SQL), as the triggers of migration 0022 write it."""
    return (
        f"coalesce({row}.name, '') || char(31) || coalesce({row}.maker, '') || char(31) || "
        f"coalesce({row}.description, '') || char(31, 31)"
    )


def available(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


_POSTGRESQL_INDEXES: dict[str, frozenset[str]] = {}


def postgresql_indexes(session: Session) -> frozenset[str]:
    """The names of the indexes of the search (asked once per database URL): migration 0022
    makes the trigram ones on products only where the server has pg_trgm; 0026 the letter
    pieces' on product_search."""
    key = str(session.get_bind().engine.url)
    if key not in _POSTGRESQL_INDEXES:
        _POSTGRESQL_INDEXES[key] = frozenset(
            session.scalars(
                text(
                    "SELECT indexname FROM pg_indexes "
                    "WHERE tablename IN ('products', 'product_search')"
                )
            )
        )
    return _POSTGRESQL_INDEXES[key]


# PostgreSQL (migration 0026): names per bucket after a rebalance; a bucket holding more than
# twice as many (new products all fall into the buckets the bounds had) is made even again.
PER_BUCKET = 1000
_BULK = "search_index_bulk"
# The advisory lock of a rebalance started by a desk (any number the region's server keeps for
# LendingDesk alone: "LDSR" in ASCII).
_REBALANCE_LOCK = 0x4C445352


def keep_in_order(session: Session, product_id: int) -> None:
    """After a product was added or its texts changed: SQLite places it in the name order
    (see place_unplaced); PostgreSQL makes the buckets even again when its bucket has grown
    past twice its share. Within ``bulk`` (an import) only once, at its end."""
    if available(session):
        place_unplaced(session)
    elif not session.info.get(_BULK):
        bucket_size = session.scalar(
            text(
                "SELECT count(*) FROM product_search WHERE bucket = "
                "(SELECT bucket FROM product_search WHERE product_id = :id)"
            ),
            {"id": product_id},
        )
        _even_out_past_share(session, bucket_size or 0)


def _even_out_past_share(session: Session, bucket_size: int) -> None:
    """Rebalance when a bucket of ``bucket_size`` names holds more than twice its share,
    unless another desk's transaction already is rebalancing: that rebalance waits for this
    transaction to end before it reads the products, so it places this one's too. (Both
    rebalancing, each would wait for the other's new products: a deadlock.)"""
    if bucket_size <= 2 * PER_BUCKET:
        return
    if session.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": _REBALANCE_LOCK}):
        rebalance_postgresql(session)


@contextmanager
def bulk(session: Session, *, even_out: bool = True) -> Iterator[None]:
    """Many products added or changed in this session (an import): the buckets are looked at
    once at the end (``even_out``; not for a trial that is rolled back), not after every
    product (an alphabetical file would otherwise grow the last bucket past its share again
    every 1,000 products)."""
    session.info[_BULK] = True
    try:
        yield
    finally:
        session.info.pop(_BULK, None)
    if even_out and not available(session):
        largest = session.scalar(
            text("SELECT max(n) FROM (SELECT count(*) AS n FROM product_search GROUP BY bucket) c")
        )
        _even_out_past_share(session, largest or 0)


def rebalance_postgresql(session: Session, per_bucket: int | None = None) -> int:
    """PostgreSQL: make the name-order buckets of migration 0026 again, every ``per_bucket``-th
    name a bound, and write product_search again in name order (after a bulk load: new
    products all fall into the buckets the bounds had, which makes them large, and lie at the
    end of the table; a search stays right, only slower). How many products it holds.
    Searches go on meanwhile; changes to products wait until the transaction ends."""
    placed = session.scalar(text("SELECT ld_search_rebalance(:n)"), {"n": per_bucket or PER_BUCKET})
    return int(placed or 0)


def terms_beginning(session: Session, prefixes: Iterable[str]) -> list[str]:
    """The indexed trigrams that begin with any of ``prefixes``: a range of the vocabulary."""
    terms: set[str] = set()
    for prefix in prefixes:
        following = ord(prefix[-1]) + 1
        if 0xD800 <= following <= 0xDFFF:
            following = 0xE000  # no surrogates in UTF-8
        if following > 0x10FFFF:
            rows = session.scalars(
                text("SELECT term FROM product_grams_terms WHERE term >= :low"),
                {"low": prefix},
            )
        else:
            rows = session.scalars(
                text("SELECT term FROM product_grams_terms WHERE term >= :low AND term < :high"),
                {"low": prefix, "high": prefix[:-1] + chr(following)},
            )
        terms.update(rows)
    return sorted(terms)


def place_unplaced(session: Session) -> int:
    """Give unplaced products a key in name order; how many were placed. SQLite only."""
    if not available(session):
        return 0
    unplaced = session.execute(
        text(
            "SELECT p.id, p.name FROM product_search_keys k JOIN products p ON p.id = k.product_id "
            "WHERE k.key < 0 ORDER BY p.name, p.id"
        )
    ).all()
    if len(unplaced) > RENUMBER_FROM:
        renumber(session)
        return len(unplaced)
    placed = 0
    for product_id, name in unplaced:
        below = session.scalar(
            text(
                "SELECT k.key FROM products p JOIN product_search_keys k ON k.product_id = p.id "
                "WHERE p.name <= :name AND (p.name < :name OR p.id < :id) AND k.key > 0 "
                "ORDER BY p.name DESC, p.id DESC LIMIT 1"
            ),
            {"name": name, "id": product_id},
        )
        above = session.scalar(
            text(
                "SELECT k.key FROM products p JOIN product_search_keys k ON k.product_id = p.id "
                "WHERE p.name >= :name AND (p.name > :name OR p.id > :id) AND k.key > 0 "
                "ORDER BY p.name, p.id LIMIT 1"
            ),
            {"name": name, "id": product_id},
        )
        low = below or 0
        high = above if above is not None else low + 2 * SPACING
        if high - low < 2:
            continue  # no room left here: stays unplaced (still found, sorted in)
        _move(session, product_id, (low + high) // 2)
        placed += 1
    return placed


def _move(session: Session, product_id: int, key: int) -> None:
    """Re-index one product under ``key`` (a contentless index deletes by the indexed text)."""
    doc = _doc("p")
    params = {"id": product_id, "key": key}
    session.execute(
        text(
            "INSERT INTO product_grams (product_grams, rowid, doc) "
            f"SELECT 'delete', k.key, {doc} FROM product_search_keys k "
            "JOIN products p ON p.id = k.product_id WHERE k.product_id = :id"
        ),
        params,
    )
    session.execute(
        text("UPDATE product_search_keys SET key = :key WHERE product_id = :id"), params
    )
    session.execute(
        text(
            f"INSERT INTO product_grams (rowid, doc) SELECT :key, {doc} FROM products p WHERE p.id = :id"
        ),
        params,
    )


def renumber(session: Session) -> None:
    """Every product's key again, in name order (after a bulk insert)."""
    if not available(session):
        return
    session.execute(text("INSERT INTO product_grams (product_grams) VALUES ('delete-all')"))
    session.execute(text("DELETE FROM product_search_keys"))
    session.execute(
        text(
            "INSERT INTO product_search_keys (key, product_id) "
            f"SELECT {SPACING} * row_number() OVER (ORDER BY name, id), id FROM products"
        )
    )
    session.execute(
        text(
            f"INSERT INTO product_grams (rowid, doc) SELECT k.key, {_doc('p')} "
            "FROM product_search_keys k JOIN products p ON p.id = k.product_id"
        )
    )
