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


def regional_database(server, name: str, source: Path) -> tuple[str, dict[str, float]]:
    """A new database ``name`` on ``server``, migrated and filled from the SQLite file
    ``source`` with COPY; its URL and how long each step took (s)."""
    from lendingdesk.store.db import open_database

    timings: dict[str, float] = {}
    started = time.perf_counter()
    server.psql(f"CREATE DATABASE {name}")
    url = server.url(name)
    open_database(url).dispose()  # the app's own migrations
    timings["migrate"] = time.perf_counter() - started
    started = time.perf_counter()
    rows = copy_rows(source, libpq_url(url))
    timings["copy"] = time.perf_counter() - started
    timings["rows"] = float(rows)
    return url, timings


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
