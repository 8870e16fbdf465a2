"""PostgreSQL's name-order buckets stay even while the catalogue grows (migration 0026): a
product added at the desk, and a catalogue import, on a real server."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from lendingdesk.domain import catalogue
from lendingdesk.domain.context import DeskContext
from lendingdesk.exchange.importer import parse_catalogue
from lendingdesk.services.catalogue_import import CatalogueImportService
from lendingdesk.store import search_index
from lendingdesk.store.db import open_database
from tests.domain.test_search import plain_search
from tests.pg_fixture import pg_server, pg_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgres

SHARE = 4  # names per bucket in these tests (PER_BUCKET is 1,000)


def bucket_sizes(db) -> list[int]:
    with db.session() as s:
        return list(
            s.scalars(text("SELECT count(*) FROM product_search GROUP BY bucket ORDER BY bucket"))
        )


def in_name_order_on_disk(db) -> bool:
    """product_search's rows, read in the order they lie on disk, are in name order."""
    with db.session() as s:
        names = list(s.scalars(text("SELECT name FROM product_search ORDER BY ctid")))
    return names == sorted(names)


def searches_agree(db) -> None:
    with db.session() as s:
        for query in ("robot", "a", "zorg", "Tovertafel 1", "zzz"):
            expected = plain_search(s, query, fts=False)
            assert catalogue.search_product_ids(s, query, limit=1000) == expected, query


def test_products_added_at_the_desk_keep_the_buckets_even(pg_url, monkeypatch) -> None:  # noqa: F811
    """Alphabetical additions all fall into the last bucket; past twice its share the buckets
    are made again, in name order on disk."""
    monkeypatch.setattr(search_index, "PER_BUCKET", SHARE)
    ctx = DeskContext(actor="Ambassadeur", desk="Uitleenbalie")
    db = open_database(pg_url)
    try:
        for n in range(30):
            with db.unit_of_work() as s:
                catalogue.create_product(
                    s, ctx, catalogue.ProductInput(name=f"Robot {n:02d}", maker="Zorg BV")
                )
            sizes = bucket_sizes(db)
            assert max(sizes) <= 2 * SHARE, (n, sizes)
        assert len(bucket_sizes(db)) >= 30 // (2 * SHARE)
        with db.unit_of_work() as s:  # renamed: found under its new name, in its new place
            first = catalogue.search_product_ids(s, "Robot 00")[0]
            catalogue.update_product(s, ctx, first, catalogue.ProductInput(name="Aaa robot"))
        searches_agree(db)
    finally:
        db.dispose()


def test_an_import_makes_the_buckets_even_once_at_its_end(pg_url, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setattr(search_index, "PER_BUCKET", SHARE)
    rebalances: list[int] = []
    rebalance = search_index.rebalance_postgresql

    def counted(session, per_bucket=None):
        rebalances.append(1)
        return rebalance(session, per_bucket)

    monkeypatch.setattr(search_index, "rebalance_postgresql", counted)
    lines = "".join(f"Tovertafel {n:02d};Tover;;;;;;1;\n" for n in range(40))
    plan = parse_catalogue(
        (
            "Productnaam;Merk;Categorie;ISO;Uitleentermijn;Schoonmaak;Accessoires;Aantal;Tags\n"
            + lines
        ).encode(),
        "catalogus.csv",
    )
    assert plan.ok, plan.errors
    db = open_database(pg_url)
    try:
        importer = CatalogueImportService(
            db, lambda: DeskContext(actor="Ambassadeur", desk="Uitleenbalie")
        )
        importer.apply_import(plan, dry_run=True)
        assert rebalances == []  # a trial is rolled back: nothing to make even
        assert importer.apply_import(plan).products_created == 40
        assert rebalances == [1]  # once, not every few products
        sizes = bucket_sizes(db)
        assert sum(sizes) == 40 and max(sizes) <= SHARE, sizes
        assert in_name_order_on_disk(db)
        searches_agree(db)
    finally:
        db.dispose()


def test_two_desks_crossing_the_share_at_once_do_not_deadlock(pg_url, monkeypatch) -> None:  # noqa: F811
    """Two desks each add a product to a full bucket in transactions that overlap: one of them
    rebalances (after the other has committed, so with both products), the other goes on.
    Both rebalancing would wait for each other (PostgreSQL would abort one after a second)."""
    monkeypatch.setattr(search_index, "PER_BUCKET", SHARE)
    ctx = DeskContext(actor="Ambassadeur", desk="Uitleenbalie")
    db = open_database(pg_url)
    try:
        with db.unit_of_work() as s, search_index.bulk(s, even_out=False):
            for n in range(2 * SHARE):
                catalogue.create_product(s, ctx, catalogue.ProductInput(name=f"Robot {n:02d}"))
        first, second = db.session(), db.session()
        added = {}
        for session, name in ((first, "Robot 90"), (second, "Robot 91")):
            session.begin()
            with search_index.bulk(session, even_out=False):  # added, not yet looked at
                made = catalogue.create_product(session, ctx, catalogue.ProductInput(name=name))
            added[session] = made.id
        failures: list[BaseException] = []

        def first_desk() -> None:
            try:
                search_index.keep_in_order(first, added[first])  # waits for the second desk
                first.commit()
            except BaseException as exc:  # reported by the asserts below
                failures.append(exc)
                first.rollback()

        worker = threading.Thread(target=first_desk)
        worker.start()
        time.sleep(0.5)  # the first desk's rebalance is waiting for the second's products
        search_index.keep_in_order(second, added[second])
        second.commit()
        worker.join(timeout=30)
        assert not worker.is_alive() and failures == []
        first.close()
        second.close()
        sizes = bucket_sizes(db)
        assert sum(sizes) == 2 * SHARE + 2 and max(sizes) <= SHARE, sizes
        assert in_name_order_on_disk(db)
        searches_agree(db)
    finally:
        db.dispose()
