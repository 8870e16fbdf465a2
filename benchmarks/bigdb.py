"""The large benchmark database: built once with fill_synthetic, cached, copied before use.

The cache file name carries the schema head revision and the sizes, so a new migration or
another size builds a fresh file instead of reusing a stale one.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

CACHE = Path(__file__).resolve().parent / "cache"

FULL = {"products": 100_000, "loans": 1_000_000}
QUICK = {"products": 300, "loans": 3_000}


def sizes(quick: bool) -> dict[str, int]:
    return QUICK if quick else FULL


def cached_db(quick: bool, n: dict[str, int] | None = None) -> Path:
    """The path of the cached database for this size, or for the sizes ``n`` (built now when
    missing)."""
    from lendingdesk.store.db import head_revision, open_database

    n = n or sizes(quick)
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"ld-{head_revision()}-{n['products']}p-{n['loans']}l.sqlite3"
    if path.exists():
        return path
    from lendingdesk.demo import fill_synthetic

    tmp = path.with_suffix(".building")
    for stale in CACHE.glob(tmp.name + "*"):
        stale.unlink()
    started = time.perf_counter()
    db = open_database(f"sqlite:///{tmp}")
    try:
        fill_synthetic(db, products=n["products"], loans=n["loans"])
    finally:
        db.dispose()
    _checkpoint(tmp)
    tmp.rename(path)
    print(f"built {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def _checkpoint(path: Path) -> None:
    # Fold the WAL into the main file so one copy of the .sqlite3 file is the whole database.
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()


def working_copy(quick: bool, directory: Path | None = None) -> Path:
    """A fresh copy of the cached database that a case may change."""
    source = cached_db(quick)
    target_dir = directory or Path(tempfile.mkdtemp(prefix="ld-bench-"))
    target = target_dir / "bench.sqlite3"
    shutil.copyfile(source, target)
    return target
