"""Rotating online backups of the SQLite database, and restoring one."""

from __future__ import annotations

import multiprocessing
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from lendingdesk import demo
from lendingdesk.domain import circulation
from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import InvalidInput
from lendingdesk.store.backups import (
    BackupError,
    BackupPolicy,
    auto_backup,
    list_backups,
    make_backup,
    restore,
    rotate,
    verify_backup,
)
from lendingdesk.store.db import Database, current_revision, open_database
from lendingdesk.store.models import Base
from tests.reliability.figures import record_figure
from tests.reliability.workers import make_fleet, scan_worker


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table, in order: what "nothing changed" means."""
    with db.session() as session:
        return {
            table.name: [
                tuple(r) for r in session.execute(table.select().order_by(*table.primary_key))
            ]
            for table in Base.metadata.sorted_tables
        }


def test_restore_brings_back_exactly_what_was_backed_up(db: Database, tmp_path: Path) -> None:
    demo.fill_demo(db)
    before = snapshot(db)
    backup = make_backup(db, tmp_path / "b")
    assert verify_backup(backup) == current_revision(db)

    # Work goes on after the backup: a check-out, a check-in, a borrower erased.
    ctx = DeskContext(actor="Na de kopie", desk="Balie")
    with db.unit_of_work() as session:
        loan = circulation.open_loans(session)[0]
        circulation.check_in(session, ctx, circulation.CheckinRequest(item=loan.item))
    assert snapshot(db) != before

    kept = restore(db, backup)
    assert snapshot(db) == before
    assert sum(len(rows) for rows in before.values()) > 200  # a full database, not an empty one
    # The replaced database was kept, with the work done after the backup.
    kept_db = open_database(str(kept), upgrade=False)
    assert snapshot(kept_db) != before
    kept_db.dispose()
    conn = sqlite3.connect(db.sqlite_path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    record_figure(
        "restore", {"rows_compared": sum(len(r) for r in before.values()), "differences": 0}
    )


def test_online_backup_while_another_desk_is_scanning(db: Database, tmp_path: Path) -> None:
    fleet = make_fleet(db, 4, 2)
    spawn = multiprocessing.get_context("spawn")
    with spawn.Manager() as manager, spawn.Pool(1) as pool:
        committed = manager.Event()
        busy = pool.apply_async(scan_worker, (db.url, 0, fleet, 600, None, 7, committed))
        copies = []
        for _ in range(5):
            # The other desk has committed a scan since the last copy (or since it started).
            assert committed.wait(60), "the scanning desk never committed"
            committed.clear()
            copies.append(make_backup(db, tmp_path / "b"))
        outcomes = busy.get(timeout=120)
    assert all(o[2] != "raw" for o in outcomes)
    audit_counts = set()
    for copy in copies:
        assert verify_backup(copy)
        conn = sqlite3.connect(copy)
        # A consistent copy: item status agrees with the loans at that moment.
        rows = conn.execute(
            "SELECT i.status, count(l.id) FROM items i LEFT JOIN loans l "
            "ON l.item_id = i.id AND l.returned_at IS NULL GROUP BY i.id"
        ).fetchall()
        conn.close()
        assert all((status == "on_loan") == (open_count == 1) for status, open_count in rows)
        conn = sqlite3.connect(copy)
        audit_counts.add(conn.execute("SELECT count(*) FROM audit_events").fetchone()[0])
        conn.close()
    # The copies were taken while the other desk was writing: they differ from each other.
    assert len(audit_counts) > 1


def test_rotation_keeps_recent_and_one_per_day(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    start = datetime(2026, 3, 1, 8, 0)
    for day in range(10):
        for hour in (8, 12, 16):
            make_backup(db, folder, now=start + timedelta(days=day, hours=hour - 8))
    rotate(folder, BackupPolicy(recent=4, daily=5))
    kept = list_backups(folder)
    stamps = [b.taken_at for b in kept]
    # The 4 newest, plus the newest of each of the 5 newest days (overlapping on the last day).
    assert stamps[:4] == [
        datetime(2026, 3, 10, 16),
        datetime(2026, 3, 10, 12),
        datetime(2026, 3, 10, 8),
        datetime(2026, 3, 9, 16),
    ]
    assert stamps[4:] == [datetime(2026, 3, d, 16) for d in (8, 7, 6)]


def test_auto_backup_respects_the_interval(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    t = datetime(2026, 3, 2, 9, 0)
    policy = BackupPolicy(recent=2, daily=1, interval=timedelta(hours=4))
    assert auto_backup(db, folder, policy, now=t) is not None
    assert auto_backup(db, folder, policy, now=t + timedelta(hours=1)) is None
    assert auto_backup(db, folder, policy, now=t + timedelta(hours=5)) is not None
    assert auto_backup(db, folder, policy, now=t + timedelta(hours=10)) is not None
    assert len(list_backups(folder)) == 2


def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(
    db: Database, tmp_path: Path
) -> None:
    make_fleet(db, 5, 2)
    before = snapshot(db)
    garbage = tmp_path / "lendingdesk-20260101-000000.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.close()
    for bad in (garbage, other, tmp_path / "missing.sqlite3"):
        with pytest.raises(BackupError) as caught:
            restore(db, bad)
        assert "Kies" in caught.value.message("nl")
    assert snapshot(db) == before
    assert not list(db.sqlite_path.parent.glob("*.before-restore-*"))


def test_postgres_is_refused_clearly() -> None:
    from sqlalchemy import create_engine

    pg = Database("postgresql+psycopg://u@h/d", create_engine("postgresql+psycopg://u@h/d"))
    with pytest.raises(InvalidInput) as caught:
        make_backup(pg)
    assert "pg_dump" in caught.value.message("en")
