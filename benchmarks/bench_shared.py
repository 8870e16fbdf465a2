"""Two desks on one shared SQLite file (a small location without a server).

A copy of the regional database (100k products, 1M loans). Desk A scans in its own process,
round after round (badge, 3 items, badge; the items back and their cleaning signed off), the
same rounds as the many-desks case. Desk B, another process on the same file, searches the
catalogue as a person types (every prefix of a few words) and pages through the catalogue and
the loans screens, without pause. Reads are plain WAL readers (Database.session()); writes take
the write lock at their start (writer()/unit_of_work(): BEGIN IMMEDIATE), so B's reading should
not make A wait.

Measured in the same run: A alone, then A while B reads. The scanning desk's p99 must not grow
(target: p99 with B within 1.5x of p99 alone plus 1 ms; this 2-core machine is shared, so
some growth is the other process's CPU, not a lock). Also B's keystroke latency alone and while
A scans, and the errors (must be 0: no "database is locked").
"""

from __future__ import annotations

import multiprocessing as mp
import time
import traceback
from pathlib import Path

from benchmarks.bench_circulation import badges, free_items
from benchmarks.bench_region import ITEMS_PER_DESK, collect, desk_process
from benchmarks.bigdb import working_copy
from benchmarks.common import row

WORDS = ("paro", "tovertafel", "medido", "robot", "sensor")


def reader_process(url: str, seconds: float, barrier, results) -> None:
    """Desk B: search as you type and page, for ``seconds`` after the start signal."""
    keys: list[float] = []
    errors: list[str] = []
    db = None
    try:
        from lendingdesk.domain.context import DeskContext
        from lendingdesk.services.views import CatalogueView, LoansView, ProductFilter
        from lendingdesk.store.db import open_database

        db = open_database(url, upgrade=False)
        ctx = lambda: DeskContext(actor="lezer", desk="Balie B")  # noqa: E731
        catalogue, loans = CatalogueView(db, ctx), LoansView(db, ctx)
        prefixes = [w[:k] for w in WORDS for k in range(1, len(w) + 1)]

        def sweep(out: list[float]) -> None:
            catalogue.invalidate()  # every keystroke asks the database
            for p in prefixes:
                start = time.perf_counter()
                catalogue.product_page(ProductFilter(query=p))
                out.append((time.perf_counter() - start) * 1000)
            for offset in (0, 100, 200, 300):
                catalogue.product_page(ProductFilter(query=""), offset=offset)
            for view in ("open", "overdue", "due_today"):
                loans.loan_page(view)

        sweep([])  # warm-up
        barrier.wait(timeout=300)
        if seconds > 0:
            deadline = time.perf_counter() + seconds
            while time.perf_counter() < deadline:
                sweep(keys)
        barrier.wait(timeout=300)
    except Exception:
        errors.append(traceback.format_exc(limit=3)[-600:])
        barrier.abort()
    finally:
        if db is not None:
            db.dispose()
        results.put({"keys": keys, "errors": errors})


def _together(url, tags, badge, scan_seconds, read_seconds) -> tuple[dict, dict]:
    """Desk A scanning for ``scan_seconds`` and desk B reading for ``read_seconds`` (0: not at
    all), both started at the same moment."""
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(2)
    scans, reads = ctx.Queue(), ctx.Queue()
    a = ctx.Process(
        target=desk_process,
        args=("services", url, 0, tags, badge, None, scan_seconds, barrier, scans),
    )
    b = ctx.Process(target=reader_process, args=(url, read_seconds, barrier, reads))
    a.start()
    b.start()
    (desk_a,), (desk_b,) = collect(scans, [a]), collect(reads, [b])
    a.join(timeout=60)
    b.join(timeout=60)
    return desk_a, desk_b


def run(quick: bool = False) -> list[dict]:
    path = working_copy(quick)
    url = f"sqlite:///{path}"
    seconds = 1.0 if quick else 10.0
    tags = free_items(path, ITEMS_PER_DESK)
    badge = badges(path, 1)[0]
    try:
        alone_a, idle_b = _together(url, tags, badge, seconds, 0.0)
        idle_a, alone_b = _together(url, tags, badge, 0.0, seconds)
        both_a, both_b = _together(url, tags, badge, seconds, seconds)
        errors = [
            e for r in (alone_a, idle_b, alone_b, idle_a, both_a, both_b) for e in r["errors"]
        ]
        alone = row("shared SQLite: desk A check-out, alone", "ms", alone_a["outs"] or [0.0])
        limit_p99 = alone["p99"] * 1.5 + 1.0
        with_b = row(
            "shared SQLite: desk A check-out while desk B searches and pages",
            "ms",
            both_a["outs"] or [0.0],
            target=limit_p99,
            target_on="p99",
            limit=alone["median"],
            note=f"target: p99 alone ({alone['p99']:.2g} ms) x 1.5 + 1 ms, same run; "
            f"{alone_a['rounds']} rounds alone, {both_a['rounds']} with B",
        )
        rows = [with_b, alone]
        rows.append(row("shared SQLite: desk A check-in, alone", "ms", alone_a["ins"] or [0.0]))
        rows.append(
            row("shared SQLite: desk A check-in while desk B reads", "ms", both_a["ins"] or [0.0])
        )
        rows.append(
            row(
                "shared SQLite: desk B search page per keystroke, alone",
                "ms",
                alone_b["keys"] or [0.0],
            )
        )
        rows.append(
            row(
                "shared SQLite: desk B search page per keystroke while A scans",
                "ms",
                both_b["keys"] or [0.0],
            )
        )
        rows.append(
            {
                "name": "shared SQLite: errors (e.g. database is locked)",
                "unit": "errors",
                "median": len(errors),
                "p99": len(errors),
                "n": 3,
                "target": 0,
                "target_on": "median",
                "ok": not errors,
                "note": errors[0][-300:] if errors else "none",
            }
        )
        return rows
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    import sys

    for r in run("--quick" in sys.argv):
        print(r)
