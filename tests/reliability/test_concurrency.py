"""Several desk processes scanning the same few items at the same moment.

Whatever the timing: never two open loans for one item, every acknowledged check-out and
check-in is in the database exactly as acknowledged, and every loser got a clear refusal.
Runs on a shared SQLite file and on a real PostgreSQL server.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lendingdesk.store.db import open_database
from lendingdesk.store.models import Item, Loan
from tests.reliability.figures import record_figure
from tests.reliability.workers import make_fleet, scan_worker

WORKERS = 4
ITEMS = 3  # few items: nearly every scan is contested
SCANS_PER_WORKER = 80
EXPECTED_REFUSALS = {"already_on_loan", "not_on_loan", "concurrent_change"}


def _contest(url: str, label: str) -> None:
    db = open_database(url)
    fleet = make_fleet(db, ITEMS, WORKERS)
    spawn = multiprocessing.get_context("spawn")
    with spawn.Manager() as manager, spawn.Pool(WORKERS) as pool:
        # Every desk is open and waiting before the first scan.
        ready = manager.Barrier(WORKERS, timeout=120)
        per_worker = pool.starmap(
            scan_worker,
            [(url, w, fleet, SCANS_PER_WORKER, ready, 1000 + w) for w in range(WORKERS)],
        )
    outcomes = [o for worker in per_worker for o in worker]
    assert len(outcomes) == WORKERS * SCANS_PER_WORKER

    raw = [o for o in outcomes if o[2] == "raw"]
    assert raw == [], f"exceptions that are not clear refusals: {raw[:5]}"
    refusals = Counter(o[4] for o in outcomes if o[2] == "refused")
    assert set(refusals) <= EXPECTED_REFUSALS, refusals

    acked_out = [o[3] for o in outcomes if o[0] == "out" and o[2] == "ok"]
    acked_in = [o[3] for o in outcomes if o[0] == "in" and o[2] == "ok"]
    # Each loan was checked in at most once, by exactly one desk.
    assert len(acked_in) == len(set(acked_in))

    with db.session() as session:
        loans = {loan.id: loan for loan in session.scalars(select(Loan))}
        open_per_item = Counter(loan.item_id for loan in loans.values() if loan.returned_at is None)
        items = {item.id: item for item in session.scalars(select(Item))}
        unique_open = session.scalar(
            select(func.count(func.distinct(Loan.item_id))).where(Loan.returned_at.is_(None))
        )
    assert max(open_per_item.values(), default=0) <= 1
    assert unique_open == sum(open_per_item.values())
    # Every acknowledged check-out is a loan; there are no other loans.
    assert sorted(acked_out) == sorted(loans)
    # Every acknowledged check-in is there, and nothing was returned without one.
    returned = {i for i, loan in loans.items() if loan.returned_at is not None}
    assert set(acked_in) == returned
    # Item status agrees with the loans.
    for item in items.values():
        assert (item.status == "on_loan") == (open_per_item.get(item.id, 0) == 1), item.tag
    db.dispose()

    record_figure(
        f"contested_scans_{label}",
        {
            "processes": WORKERS,
            "items": ITEMS,
            "scans": len(outcomes),
            "check_outs": len(acked_out),
            "check_ins": len(acked_in),
            "refused": dict(refusals),
            "raw_errors": len(raw),
            "double_open_loans": 0,
            "lost_check_ins": len(set(acked_in) - returned),
        },
    )


@pytest.mark.slow
def test_contested_scans_on_a_shared_sqlite_file(tmp_path: Path) -> None:
    _contest(f"sqlite:///{tmp_path / 'shared.sqlite3'}", "sqlite")


@pytest.mark.slow
@pytest.mark.postgres
def test_contested_scans_on_postgresql(pg_url: str) -> None:
    _contest(pg_url, "postgresql")
