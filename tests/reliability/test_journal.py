"""The offline scan journal on its own: durable lines, order, exactly-once replay."""

from __future__ import annotations

from pathlib import Path

import pytest

from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import InvalidInput, NotOnLoan
from lendingdesk.services.journal import ScanJournal, ScanPath
from lendingdesk.store.db import Database
from tests.reliability.workers import make_fleet


def test_record_survives_reopen_and_keeps_order(tmp_path: Path, ctx: DeskContext) -> None:
    journal = ScanJournal(tmp_path / "j.jsonl")
    journal.record("checkout", {"item": "LD0000019", "borrower": "LP0000017"}, ctx)
    journal.record("checkin", {"item": "LD0000019", "missing": ("lader",)}, ctx)
    again = ScanJournal(tmp_path / "j.jsonl")
    pending = again.pending()
    assert [e.kind for e in pending] == ["checkout", "checkin"]
    assert pending[1].payload["missing"] == ["lader"]
    assert pending[0].desk == "Testbalie" and pending[0].actor == "Tester"


def test_a_torn_last_line_is_skipped_and_later_lines_still_count(
    tmp_path: Path, ctx: DeskContext
) -> None:
    path = tmp_path / "j.jsonl"
    journal = ScanJournal(path)
    journal.record("checkin", {"item": "LD0000019"}, ctx)
    with path.open("ab") as fh:  # a power cut in the middle of writing the next line
        fh.write(b'{"id":"abc","kind":"chec')
    journal.record("checkin", {"item": "LD0000027"}, ctx)
    assert [e.payload["item"] for e in journal.pending()] == ["LD0000019", "LD0000027"]


def test_refuses_what_cannot_be_kept(tmp_path: Path, ctx: DeskContext) -> None:
    journal = ScanJournal(tmp_path / "j.jsonl")
    with pytest.raises(InvalidInput) as caught:
        journal.record("retire", {"item": "LD0000019"}, ctx)
    assert "offline" in caught.value.message("nl")
    with pytest.raises(InvalidInput):
        journal.record("checkout", {"item": "LD0000019"}, ctx)
    assert not (tmp_path / "j.jsonl").exists()


def test_replay_applies_once_even_if_the_done_line_was_lost(
    db: Database, tmp_path: Path, ctx: DeskContext
) -> None:
    fleet = make_fleet(db, 2, 1)
    path = tmp_path / "j.jsonl"
    journal = ScanJournal(path)
    journal.record("checkout", {"item": fleet.tags[0], "borrower": fleet.badges[0]}, ctx)
    journal.record("checkin", {"item": fleet.tags[1]}, ctx)  # never went out: a conflict
    first = journal.replay(db)
    assert [r.status for r in first] == ["applied", "conflict"]
    assert isinstance(first[1].error, NotOnLoan)
    assert "niet uitgeleend" in first[1].message("nl")
    assert journal.pending() == []
    # A crash after the commit but before the journal's "done" line: replay finds the mark.
    lines = path.read_text().splitlines()
    path.write_text("\n".join(line for line in lines if '"done"' not in line) + "\n")
    assert len(journal.pending()) == 2
    second = journal.replay(db)
    assert [r.status for r in second] == ["already_applied", "conflict"]
    assert second[0].loan_id == first[0].loan_id
    assert journal.compact() and journal.pending() == [] and path.read_text() == ""
    assert path.stat().st_mode & 0o777 == 0o600  # still owner-only after the rewrite


def test_scan_path_online_and_refusals_propagate(
    db: Database, tmp_path: Path, ctx: DeskContext
) -> None:
    fleet = make_fleet(db, 1, 1)
    journal = ScanJournal(tmp_path / "j.jsonl")
    scans = ScanPath(db, journal)
    outcome = scans.submit(ctx, "checkout", {"item": fleet.tags[0], "borrower": fleet.badges[0]})
    assert outcome.value and not outcome.offline
    back = scans.submit(ctx, "checkin", {"item": fleet.tags[0]})
    assert back.value == outcome.value
    with pytest.raises(NotOnLoan):  # a refusal is shown at once, never journaled
        scans.submit(ctx, "checkin", {"item": fleet.tags[0]})
    assert journal.pending() == [] and not (tmp_path / "j.jsonl").exists()


def test_each_database_replays_only_its_own_scans(tmp_path: Path, ctx: DeskContext) -> None:
    from lendingdesk.store.db import open_database

    first = open_database(str(tmp_path / "one.sqlite3"))
    second = open_database(str(tmp_path / "two.sqlite3"))
    try:
        fleet = make_fleet(first, 1, 1)
        make_fleet(second, 1, 1)  # the same tags exist there too
        journal = ScanJournal(tmp_path / "j.jsonl")
        kept = ScanPath(first, journal).keep(
            ctx, "checkout", {"item": fleet.tags[0], "borrower": fleet.badges[0]}
        )
        assert kept.target == first.label
        # The desk on the other database neither waits behind it nor applies it there.
        other = ScanPath(second, journal)
        assert other.pending_count() == 0 and other.replay() == []
        assert [r.status for r in ScanPath(first, journal).replay()] == ["applied"]
        assert journal.pending() == []
    finally:
        first.dispose()
        second.dispose()
