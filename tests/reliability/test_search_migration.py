"""Migration 0022 (search in name order) on a desk file that already holds a catalogue: the
upgrade indexes every product in name order, the search finds what it found before, the
triggers keep the index in step, and the downgrade leaves the 0021 schema with every row."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, select, text

from lendingdesk.domain import catalogue
from lendingdesk.domain.context import DeskContext
from lendingdesk.store import search_index
from lendingdesk.store.db import Database, _alembic_config, current_revision, make_engine
from lendingdesk.store.models import Product
from tests.domain.test_search import QUERIES, WORDS, plain_search
from tests.pg_fixture import pg_server  # noqa: F401 - fixture

NAMES = [f"{w} {n}" for n in range(40) for w in WORDS]


def _database_at_0021(url: str) -> Database:
    """A database at revision 0021 holding a catalogue (plain inserts, as a desk had it)."""
    db = Database(url, make_engine(url))
    command.upgrade(_alembic_config(db), "0021")
    with db.engine.begin() as conn:
        for n, name in enumerate(NAMES, 1):
            conn.execute(
                insert(Product.__table__).values(
                    id=n,
                    name=name,
                    maker=("Müller", None, "ÉLAN")[n % 3],
                    description="Voor de crème-kleurige kamer" if n % 4 else None,
                    loan_days=14,
                    accessories=[],
                    created_at=datetime(2026, 1, 1),
                )
            )
    return db


def _desk_at_0021(path: Path) -> Database:
    path.touch()
    return _database_at_0021(f"sqlite:///{path}")


def _search_objects(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(
            conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE name LIKE 'product_grams%' "
                    "OR name = 'product_search_keys'"
                )
            ).scalars()
        )


def test_upgrade_indexes_an_existing_catalogue_and_downgrade_removes_it(tmp_path) -> None:
    db = _desk_at_0021(tmp_path / "desk.sqlite3")
    try:
        command.upgrade(_alembic_config(db), "0022")
        assert current_revision(db) == "0022"
        with db.engine.connect() as conn:
            unplaced = conn.execute(text("SELECT count(*) FROM product_search_keys WHERE key < 0"))
            assert unplaced.scalar() == 0, "the upgrade places every product in name order"
        ctx = DeskContext(actor="Na upgrade", desk="Uitleenbalie")
        with db.unit_of_work() as s:
            for query in QUERIES:
                assert (
                    catalogue.search_product_ids(s, query, limit=30) == plain_search(s, query)[:30]
                )
            # The triggers keep it in step: a new product, a rename, a deletion.
            new = catalogue.create_product(s, ctx, catalogue.ProductInput(name="Aaa qxrobot"))
            renamed = s.get(Product, 5)
            assert renamed is not None
            renamed.name = "Zzz omgedoopt"
            s.delete(s.get(Product, 6))
            s.flush()
        with db.session() as s:
            assert catalogue.search_product_ids(s, "qx") == [new.id]
            assert catalogue.search_product_ids(s, "omgedoopt") == [5]
            assert catalogue.search_product_ids(s, "rob", limit=1) == [new.id]
            for query in QUERIES:
                assert (
                    catalogue.search_product_ids(s, query, limit=30) == plain_search(s, query)[:30]
                )
            count = s.scalar(select(text("count(*)")).select_from(Product))

        command.downgrade(_alembic_config(db), "0021")
        assert current_revision(db) == "0021"
        assert _search_objects(db) == set()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM products")).scalar() == count
            triggers = conn.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
            assert sorted(triggers) == [
                "products_fts_delete",
                "products_fts_insert",
                "products_fts_update",
            ]
            # Products can still be written without the index's triggers.
            conn.execute(text("UPDATE products SET name = 'Na downgrade' WHERE id = 1"))
            conn.commit()
        command.upgrade(_alembic_config(db), "0022")  # and up again, cleanly
        with db.session() as s:
            assert catalogue.search_product_ids(s, "na downgrade") == [1]
    finally:
        db.dispose()


@pytest.mark.postgres
def test_postgresql_upgrade_and_downgrade_with_and_without_the_indexes(pg_server) -> None:  # noqa: F811
    """On PostgreSQL 0022 adds the letter-piece column and the trigram indexes; the search
    finds the same without them (after a downgrade, or on a server without pg_trgm)."""
    db = _database_at_0021(pg_server.empty_database())
    try:
        for revision, indexed in (("0022", True), ("0021", False), ("0022", True)):
            if revision == "0022":
                command.upgrade(_alembic_config(db), "0022")
            else:
                command.downgrade(_alembic_config(db), "0021")
            search_index._POSTGRESQL_INDEXES.clear()  # a desk opens the database anew
            with db.session() as s:
                indexes = search_index.postgresql_indexes(s)
                assert ("ix_products_search_grams" in indexes) is indexed
                assert ("ix_products_name_trgm" in indexes) is indexed
                for query in ("qw", "ü", "É", "robot", "Müller", "zzz"):
                    expected = plain_search(s, query, fts=False)
                    assert catalogue.search_product_ids(s, query, limit=1000) == expected
    finally:
        db.dispose()
        search_index._POSTGRESQL_INDEXES.clear()


@pytest.mark.postgres
def test_postgresql_name_order_buckets_up_and_down(pg_server) -> None:  # noqa: F811
    """0025 gives every product of an existing catalogue its bucket and pieces, 0026 moves them
    to product_search in name order (a new or renamed product through the trigger); down to
    0025 they are back on products, and down to 0024 the search takes 0022's path: the same
    answers at every step."""
    db = _database_at_0021(pg_server.empty_database())
    steps = (("0026", "upgrade"), ("0025", "downgrade"), ("0024", "downgrade"))
    try:
        for n, (revision, way) in enumerate((*steps, ("0026", "upgrade")), 9000):
            getattr(command, way)(_alembic_config(db), revision)
            search_index._POSTGRESQL_INDEXES.clear()  # a desk opens the database anew
            with db.engine.begin() as conn:
                conn.execute(
                    insert(Product.__table__).values(
                        id=n, name=f"Crème robot {n}", accessories=[], created_at=datetime.now()
                    )
                )
                conn.execute(
                    text("UPDATE products SET name = 'Tovertafel ' || id WHERE id = :id"),
                    {"id": n - 1 if n > 9000 else n},
                )
            with db.session() as s:
                indexes = search_index.postgresql_indexes(s)
                assert ("ix_product_search_pieces" in indexes) is (revision == "0026")
                assert ("ix_products_search_pieces" in indexes) is (revision == "0025")
                if revision == "0026":
                    missing = (
                        "SELECT count(*) FROM products p LEFT JOIN product_search s "
                        "ON s.product_id = p.id WHERE s.product_id IS NULL OR s.name <> p.name"
                    )
                    assert s.scalar(text(missing)) == 0
                if revision == "0025":
                    unfilled = "SELECT count(*) FROM products WHERE search_pieces IS NULL"
                    assert s.scalar(text(unfilled)) == 0
                for query in ("qw", "ü", "É", "robot", "crème rob", "Müller", "zzz", "tovertafel"):
                    expected = plain_search(s, query, fts=False)
                    assert catalogue.search_product_ids(s, query, limit=1000) == expected
    finally:
        db.dispose()
        search_index._POSTGRESQL_INDEXES.clear()
