"""A regional PostgreSQL for the benchmarks: a private server, filled from the cached database.

The server is the test suite's (tests/pg_fixture.py: initdb into a temporary folder, a free
port on 127.0.0.1), started with fsync on like a real server. The schema comes from the app's
own migrations; the rows are those of the cached SQLite benchmark database (100k products,
1M loans), streamed table by table with COPY, so SQLite and PostgreSQL cases see the same data.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def regional_server(*, durable: bool = True) -> Iterator[object]:
    """A started private PostgreSQL server (a tests.pg_fixture.PgServer); ``durable``: fsync
    on, as a real server (the quick mode turns it off to start in seconds)."""
    from tests.pg_fixture import PgServer, find_pg_bin

    bindir = find_pg_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    server = PgServer(bindir)
    try:
        server.init()
        server.start(durable=durable)
        yield server
    finally:
        server.cleanup()


def libpq_url(url: str) -> str:
    """The SQLAlchemy URL as psycopg's connection string."""
    return url.replace("postgresql+psycopg://", "postgresql://")


def regional_database(
    server, name: str, sizes: dict[str, int], source: Path | None = None
) -> tuple[str, dict[str, float]]:
    """A new database ``name`` on ``server``, migrated, and filled: from the SQLite file
    ``source`` with COPY, or (None) generated on the server at ``sizes``; its URL and how long
    each step took (s)."""
    from sqlalchemy import text

    from lendingdesk.store import search_index
    from lendingdesk.store.db import open_database

    timings: dict[str, float] = {}
    started = time.perf_counter()
    server.psql(f"CREATE DATABASE {name}")
    url = server.url(name)
    open_database(url).dispose()  # the app's own migrations
    timings["migrate"] = time.perf_counter() - started
    started = time.perf_counter()
    if source is not None:
        rows = copy_rows(source, libpq_url(url))
    else:
        rows = generate_rows(libpq_url(url), sizes["products"], sizes["loans"])
    timings["copy"] = time.perf_counter() - started
    timings["rows"] = float(rows)
    # As after any bulk load (a catalogue import does it itself, search_index.bulk): the rows
    # came after the migration, all into the one name-order bucket of the empty catalogue
    # (right, but slow to search); the buckets anew, product_search written in name order.
    started = time.perf_counter()
    db = open_database(url, upgrade=False)
    try:
        with db.unit_of_work() as s:
            search_index.rebalance_postgresql(s)
        # The planner's statistics for the rows just loaded (autovacuum would, within a minute).
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as con:
            con.execute(text("VACUUM ANALYZE products"))
    finally:
        db.dispose()
    timings["search buckets"] = time.perf_counter() - started
    return url, timings


def generate_rows(conninfo: str, products: int, loans: int) -> int:
    """A regional database made on the server (the shape of lendingdesk.demo.fill_synthetic:
    two items per product, a badge per 200 loans, five years of returned loans and ~2 % of the
    items out now): products, items and borrowers by COPY (their codes carry a check digit
    made here), the loans by one INSERT ... SELECT over generate_series."""
    import random
    from datetime import UTC, datetime

    import psycopg

    from lendingdesk.demo import load_demo_catalogue
    from lendingdesk.domain.codes import CodeKind, format_code

    rng = random.Random(1)
    now = datetime.now(UTC).replace(tzinfo=None)
    words = [p["name"] for p in load_demo_catalogue()["products"]]
    makers = ["Tover", "Qwiek", "Tinybots", "Medido", "Sensara", "Zembro", "Wolk", "Philips"]
    items = products * 2
    borrowers = max(50, min(5000, loans // 200))
    out_now = min(items // 50, loans)
    with psycopg.connect(conninfo, autocommit=False) as pg:
        pg.execute(
            "INSERT INTO locations (id, organisation, site, active) "
            "VALUES (1, 'Regio Utrecht', 'Centraal magazijn', true)"
        )
        pg.execute(
            "INSERT INTO categories (id, name) "
            "SELECT g, 'Categorie ' || g FROM generate_series(1, 12) g"
        )
        with pg.cursor() as cur:
            with cur.copy(
                "COPY products (id, name, maker, category_id, description, loan_days, "
                "cleaning_protocol, accessories, created_at) FROM STDIN"
            ) as copy:
                for pid in range(1, products + 1):
                    copy.write_row(
                        (
                            pid,
                            f"{rng.choice(words)} {pid}",
                            rng.choice(makers),
                            rng.randint(1, 12),
                            "Synthetisch product voor benchmarks",
                            14,
                            "Afnemen" if pid % 3 else None,
                            '["Oplader"]',
                            now,
                        )
                    )
            with cur.copy(
                "COPY items (id, tag, product_id, location_id, status, created_at) FROM STDIN"
            ) as copy:
                for iid in range(1, items + 1):
                    tag = format_code(CodeKind.ITEM, iid)
                    copy.write_row((iid, tag, (iid - 1) // 2 + 1, 1, "available", now))
            with cur.copy(
                "COPY borrowers (id, badge, kind, name, discipline, active, created_at) FROM STDIN"
            ) as copy:
                for bid in range(1, borrowers + 1):
                    badge = format_code(CodeKind.BADGE, bid)
                    copy.write_row(
                        (bid, badge, "person", f"Medewerker {bid}", "Verzorgende IG", True, now)
                    )
        # Returned loans over five years, then one open loan for every 50th item.
        pg.execute(
            "INSERT INTO loans (id, item_id, borrower_id, out_at, due_on, returned_at, "
            "accessories_out, accessories_missing, renewals, review_state) "
            "SELECT g, 1 + floor(random() * %(items)s)::int, "
            "1 + floor(random() * %(borrowers)s)::int, o, (o + interval '14 days')::date, "
            "o + (1 + floor(random() * 19)::int) * interval '1 day', '[]', '[]', 0, 'none' "
            "FROM (SELECT g, %(now)s::timestamp - (30 * 86400 + random() * 1795 * 86400) "
            "* interval '1 second' AS o FROM generate_series(1, %(history)s) g) h",
            {"items": items, "borrowers": borrowers, "now": now, "history": loans - out_now},
        )
        pg.execute(
            "INSERT INTO loans (id, item_id, borrower_id, out_at, due_on, returned_at, "
            "accessories_out, accessories_missing, renewals, review_state) "
            "SELECT %(history)s + n, n * 50, 1 + floor(random() * %(borrowers)s)::int, o, "
            "(o + interval '14 days')::date, NULL, '[]', '[]', 0, 'none' "
            "FROM (SELECT n, %(now)s::timestamp - floor(random() * 30) * interval '1 day' AS o "
            "FROM generate_series(1, %(open)s) n) h",
            {"history": loans - out_now, "borrowers": borrowers, "now": now, "open": out_now},
        )
        pg.execute(
            "UPDATE items SET status = 'on_loan' WHERE id %% 50 = 0 AND id <= %s", (out_now * 50,)
        )
        for key, value in (("item", items + 1), ("badge", borrowers + 1)):
            pg.execute(
                "INSERT INTO settings (key, value) VALUES (%s, %s)",
                (f"next_serial.{key}", str(value)),
            )
        for table in ("locations", "categories", "products", "items", "borrowers", "loans"):
            pg.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}) + 1, false)"
            )
        pg.commit()
    with psycopg.connect(conninfo, autocommit=True) as pg:
        pg.execute("VACUUM ANALYZE")
    return 12 + 1 + products + items + borrowers + loans


def copy_rows(source: Path, conninfo: str) -> int:
    """Every row of the app's tables in ``source`` into the (empty, migrated) PostgreSQL
    database, by COPY; sequences moved past the copied ids; statistics gathered."""
    import psycopg

    from lendingdesk.store.models import Base

    lite = sqlite3.connect(source)
    total = 0
    try:
        with psycopg.connect(conninfo, autocommit=False) as pg:
            for table in Base.metadata.sorted_tables:
                lite_cols = {r[1] for r in lite.execute(f'PRAGMA table_info("{table.name}")')}
                cols = [c.name for c in table.columns if c.name in lite_cols]
                if not cols:
                    continue
                names = ", ".join(f'"{c}"' for c in cols)
                with pg.cursor() as cur:
                    with cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                        for values in lite.execute(f'SELECT {names} FROM "{table.name}"'):
                            copy.write_row(values)
                            total += 1
                    if "id" in cols:
                        cur.execute(
                            f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                            f'coalesce((SELECT max(id) FROM "{table.name}"), 0) + 1, false)'
                        )
            pg.commit()
        with psycopg.connect(conninfo, autocommit=True) as pg:
            pg.execute("VACUUM ANALYZE")
    finally:
        lite.close()
    return total
