"""Each failure named for what it is, and a promise only where it is kept: the shared server
stopped in the middle of a run of command-line scans (journaled, then replayed), a wrong
password, a disk that fills up (a real small filesystem), a read-only file.

The small filesystems are real tmpfs mounts: that needs root (CI runs as root). Without it these
tests skip and say so; nothing imitates a full disk."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import AuthenticationFailed
from lendingdesk.services.desk import DeskService, ScanKind
from lendingdesk.store.db import open_database
from tests.pg_fixture import PASSWORD, PgServer
from tests.reliability.cli_proc import lendingdesk, one_clear_line
from tests.reliability.figures import record_figure
from tests.reliability.workers import lent_tags, make_fleet

EXIT_DB, EXIT_KEPT = 3, 4


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MB filesystem (tmpfs), so "disk full" is the kernel's own ENOSPC."""
    where = tmp_path / "small-fs"
    where.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem (mount -t tmpfs) needs root; CI runs as root")
    done = _mount("-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.skip(f"mount -t tmpfs is not permitted here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, timeout=30)


def _fill(folder: Path) -> Path:
    """Write a file until the kernel says the disk is full (ENOSPC)."""
    filler = folder / "filler.bin"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError as exc:
            assert exc.errno == 28  # ENOSPC
    return filler


# --- disk full ---------------------------------------------------------------------------------


def test_disk_full_during_a_run_of_cli_scans(small_fs: Path) -> None:
    path = str(small_fs / "desk.sqlite3")
    db = open_database(path)
    fleet = make_fleet(db, 8, 1)
    db.dispose()
    badge = fleet.badges[0]
    acknowledged: list[str] = []
    refused: list[str] = []
    filler: Path | None = None
    for n, tag in enumerate(fleet.tags):
        if n == 3:
            filler = _fill(small_fs)  # the disk fills up in the middle of the run
        if n == 6:
            assert filler is not None
            filler.unlink()  # room again
        result = lendingdesk("--db", path, "checkout", tag, "--borrower", badge)
        if result.returncode == 0:
            assert "Uitgeleend" in result.stdout
            acknowledged.append(tag)
        else:
            assert result.returncode == EXIT_DB, result.stderr
            line = one_clear_line(result)
            assert "schijf is vol" in line and "niets opgeslagen" in line, line
            assert "bewaard" not in line.lower()
            refused.append(tag)
    assert refused == fleet.tags[3:6]  # every scan on the full disk, and only those
    assert lent_tags(path) == set(acknowledged)  # every acknowledged scan is there, nothing else
    record_figure(
        "disk_full_cli",
        {"scans": 8, "acknowledged": len(acknowledged), "refused_named": 3, "lost": 0},
    )


def test_disk_full_under_a_running_desk(small_fs: Path, ctx: DeskContext) -> None:
    path = str(small_fs / "desk.sqlite3")
    db = open_database(path)
    fleet = make_fleet(db, 6, 1)
    desk = DeskService(db, lambda: ctx)
    badge = fleet.badges[0]
    try:
        assert desk.handle_scan(badge).kind is ScanKind.BORROWER_SELECTED
        assert desk.handle_scan(fleet.tags[0], badge).kind is ScanKind.CHECKED_OUT
        filler = _fill(small_fs)
        full = [desk.handle_scan(tag, badge) for tag in fleet.tags[1:4]]
        filler.unlink()
        after = desk.handle_scan(fleet.tags[4], badge)
    finally:
        db.dispose()
    assert [o.kind for o in full] == [ScanKind.REFUSED] * 3
    assert {o.refusal.code for o in full if o.refusal} == {"disk_full"}
    assert "disk is full" in full[0].refusal.message("en")  # type: ignore[union-attr]
    assert after.kind is ScanKind.CHECKED_OUT
    assert lent_tags(path) == {fleet.tags[0], fleet.tags[4]}
    record_figure("disk_full_desk", {"scans": 5, "acknowledged": 2, "refused_named": 3, "lost": 0})


# --- read-only ---------------------------------------------------------------------------------


def test_a_read_only_database_is_named(small_fs: Path, tmp_path: Path) -> None:
    path = small_fs / "desk.sqlite3"
    db = open_database(str(path))
    fleet = make_fleet(db, 3, 1)
    db.dispose()
    # A read-only view of the same folder (a read-only share or disk), as the kernel gives it.
    view = tmp_path / "read-only"
    view.mkdir()
    assert _mount("--bind", str(small_fs), str(view)).returncode == 0
    try:
        assert _mount("-o", "remount,bind,ro", str(view)).returncode == 0
        before = path.read_bytes()
        commands = (
            ("checkout", fleet.tags[0], "--borrower", fleet.badges[0]),
            ("checkin", fleet.tags[0]),
            ("items",),
            ("backups", "--now"),
        )
        for command in commands:
            result = lendingdesk("--db", str(view / "desk.sqlite3"), *command, lang="en")
            assert result.returncode == EXIT_DB, result.stderr
            line = one_clear_line(result)
            assert "is read-only" in line and "nothing was saved" in line, line
        assert path.read_bytes() == before
    finally:
        subprocess.run(["umount", "-l", str(view)], capture_output=True, timeout=30)
    record_figure("read_only", {"commands": len(commands), "named_read_only": len(commands)})


# --- the shared server --------------------------------------------------------------------------


def _journal(env: dict[str, str] | None = None) -> list[dict]:
    listed = lendingdesk("journal", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


@pytest.mark.postgres
def test_cli_scans_while_the_server_is_stopped_are_journaled_then_replayed(
    pg_server: PgServer, pg_url: str, tmp_path: Path
) -> None:
    db = open_database(pg_url)
    fleet = make_fleet(db, 6, 2)
    db.dispose()
    a, b = fleet.badges
    tags = fleet.tags
    online = [("checkout", tags[0], "--borrower", a), ("checkout", tags[1], "--borrower", a)]
    offline = [
        ("checkout", tags[2], "--borrower", b),
        ("checkout", tags[3], "--borrower", b),
        ("checkin", tags[0]),
    ]
    for command in online:
        assert lendingdesk("--db", pg_url, *command).returncode == 0

    pg_server.stop("fast")  # the server goes away in the middle of the run
    full_data: Path | None = None
    try:
        for command in offline:
            result = lendingdesk("--db", pg_url, *command)
            assert result.returncode == EXIT_KEPT, result.stderr
            assert "Bewaard in het scanjournaal" in result.stdout
            assert "journal --replay" in result.stdout
        # Where keeping is not wanted: refused, and nothing promised.
        refused = lendingdesk("--db", pg_url, "checkout", tags[4], "--borrower", a, "--no-journal")
        assert refused.returncode == EXIT_DB
        line = one_clear_line(refused)
        assert "niet bereikbaar" in line and "bewaard" not in line.lower()
        kept = _journal()
        assert [row["kind"] for row in kept] == ["checkout", "checkout", "checkin"]
        # And a journal that cannot be written keeps nothing and says why (when a small
        # filesystem can be mounted here).
        full_data = _full_data_dir(tmp_path)
        if full_data is not None:
            env = {"LENDINGDESK_DATA_DIR": str(full_data)}
            result = lendingdesk("--db", pg_url, "checkin", tags[1], env=env)
            assert result.returncode == EXIT_DB
            assert "schijf is vol" in one_clear_line(result)
            assert not (full_data / "scan-journal.jsonl").exists() or not _journal(env)
    finally:
        pg_server.start()
        if full_data is not None:
            subprocess.run(["umount", "-l", str(full_data)], capture_output=True, timeout=30)

    replay = lendingdesk("--db", pg_url, "journal", "--replay", "--json")
    assert replay.returncode == 0, replay.stderr
    assert [r["status"] for r in json.loads(replay.stdout)] == ["applied"] * 3
    assert _journal() == []
    loans = lendingdesk("--db", pg_url, "loans", "--open", "--json")
    assert {row["tag"]: row["badge"] for row in json.loads(loans.stdout)} == {
        tags[1]: a,
        tags[2]: b,
        tags[3]: b,
    }
    record_figure(
        "server_stopped_cli",
        {
            "scans": len(online) + len(offline) + 1 + int(full_data is not None),
            "journaled": len(offline),
            "replayed": 3,
            "refused_without_promise": 1,
            "journal_on_full_disk_refused": int(full_data is not None),
            "lost": 0,
        },
    )


def _full_data_dir(tmp_path: Path) -> Path | None:
    if os.geteuid() != 0:
        return None
    where = tmp_path / "full-data"
    where.mkdir()
    if _mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)).returncode != 0:
        return None
    _fill(where)
    return where


@pytest.mark.postgres
def test_a_wrong_password_is_named_and_never_journaled(pg_server: PgServer, pg_url: str) -> None:
    wrong = pg_url.replace(f":{PASSWORD}@", ":not-the-password@")
    with pytest.raises(AuthenticationFailed) as caught:
        open_database(wrong)
    assert not caught.value.keep_offline
    result = lendingdesk("--db", wrong, "checkout", "LD0000019", "--borrower", "LP0000017")
    assert result.returncode == EXIT_DB
    line = one_clear_line(result)
    assert "wachtwoord" in line and "bewaard" not in line.lower()
    assert _journal() == []
    record_figure("wrong_password", {"attempts": 2, "named": 2, "journaled": 0})
