"""The database file itself: missing, mistyped, deleted or replaced under a running desk,
damaged, from a newer LendingDesk, and who may read it. Real SQLite files, the real command line
in child processes."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import DatabaseCorrupt, SchemaTooNew
from lendingdesk.services import access
from lendingdesk.services.desk import DeskService, ScanKind
from lendingdesk.services.journal import ScanJournal
from lendingdesk.store import backups
from lendingdesk.store.db import backup_sqlite, open_database
from tests.reliability.cli_proc import lendingdesk, one_clear_line
from tests.reliability.figures import record_figure
from tests.reliability.workers import lent_tags, make_fleet

CODE = "zorg-2468"


def _desk_file(path: Path, items: int = 6, *, code: str | None = None) -> tuple[str, list, list]:
    db = open_database(str(path))
    fleet = make_fleet(db, items, 2)
    if code:
        with db.unit_of_work() as session:
            access.set_code(session, DeskContext(actor="setup"), code)
    db.dispose()
    return str(path), fleet.tags, fleet.badges


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- a missing file is said, never silently created ----------------------------------------------

READ_COMMANDS = (
    ("items",),
    ("loans", "--open"),
    ("borrowers",),
    ("db", "info"),
    ("audit",),
    ("backups",),
    ("journal", "--replay"),
    ("checkout", "LD0000019", "--borrower", "LP0000017"),
    ("checkin", "LD0000019"),
)


def test_a_mistyped_path_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    typo = tmp_path / "balie.sqlite"  # the real one is balie.sqlite3
    in_missing_folder = tmp_path / "Balie" / "balie.sqlite3"
    cases = 0
    for target, commands in ((typo, READ_COMMANDS), (in_missing_folder, READ_COMMANDS[::3])):
        for command in commands:
            result = lendingdesk("--db", str(target), *command)
            cases += 1
            assert result.returncode == 3, (command, result.stdout, result.stderr)
            line = one_clear_line(result)
            assert "bestaat niet" in line and "db upgrade" in line, line
            assert not target.exists() and not target.parent.joinpath("Balie").exists()
    assert not in_missing_folder.parent.exists()
    # English too.
    result = lendingdesk("--db", str(typo), "items", lang="en")
    assert "does not exist" in one_clear_line(result)

    # Creating is explicit: `db upgrade` (and `demo`) make the file, owner-only.
    made = lendingdesk("--db", str(typo), "db", "upgrade")
    assert made.returncode == 0, made.stderr
    assert typo.is_file() and stat.S_IMODE(typo.stat().st_mode) == 0o600
    assert lendingdesk("--db", str(typo), "items").returncode == 0
    # …but never a folder for a typed path.
    refused = lendingdesk("--db", str(in_missing_folder), "demo")
    assert refused.returncode == 3 and "map" in one_clear_line(refused)
    assert not in_missing_folder.parent.exists()
    record_figure("missing_file_cli", {"cases": cases, "files_created": 0, "tracebacks": 0})


def test_the_desk_refuses_a_missing_explicit_path_but_creates_its_first_database(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    with pytest.raises(Exception) as caught:
        open_database(str(tmp_path / "typo.sqlite3"), create=False)
    assert "bestaat niet" in caught.value.message("nl")  # type: ignore[attr-defined]
    assert not (tmp_path / "typo.sqlite3").exists()
    first = open_database(None, create=True)  # first start: the data folder's own file
    try:
        assert first.sqlite_path is not None and first.sqlite_path.parent == isolated_data_dir
        assert stat.S_IMODE(isolated_data_dir.stat().st_mode) == 0o700
    finally:
        first.dispose()


# --- a running desk whose file is deleted or replaced ----------------------------------------------


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_a_running_desk_stops_acknowledging_when_its_file_goes(
    tmp_path: Path, ctx: DeskContext, how: str
) -> None:
    path, tags, badges = _desk_file(tmp_path / "desk.sqlite3")
    source = open_database(path, create=False)
    copy = backup_sqlite(source, tmp_path / "copy.sqlite3")
    source.dispose()
    db = open_database(path, create=False)
    desk = DeskService(db, lambda: ctx, journal=ScanJournal(tmp_path / "journal.jsonl"))
    try:
        assert desk.handle_scan(badges[0]).kind is ScanKind.BORROWER_SELECTED
        assert desk.handle_scan(tags[0], badges[0]).kind is ScanKind.CHECKED_OUT
        if how == "deleted":
            os.unlink(path)  # what a file manager or a clean-up script does
        else:
            os.replace(copy, path)  # another file put in its place
        outcomes = [desk.handle_scan(tag, badges[0]) for tag in tags[1:4]]
    finally:
        db.dispose()
    expected = "database_missing" if how == "deleted" else "database_replaced"
    assert [o.kind for o in outcomes] == [ScanKind.REFUSED] * 3
    assert {o.refusal.code for o in outcomes if o.refusal} == {expected}
    assert "niets opgeslagen" in outcomes[0].refusal.message("nl")  # type: ignore[union-attr]
    assert "bewaard" not in outcomes[0].refusal.message("nl").lower()  # type: ignore[union-attr]
    assert desk.pending_count() == 0  # no promise: nothing kept either
    if how == "deleted":
        assert not Path(path).exists()  # and no empty file was made in its place
    else:
        assert not lent_tags(path) & set(tags[1:4])  # nothing written into the replacement
    record_figure(
        f"file_{how}_under_desk",
        {"scans_after": 3, "acknowledged": 0, "refused_named": 3, "lost_silently": 0},
    )


# --- a damaged file ---------------------------------------------------------------------------------


def _damage(path: Path, *, header: bool = False) -> None:
    """Overwrite database pages with noise, as a failing disk or a bad copy does."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        if header:
            fh.write(b"\x00" * 100)
        for n in range(2, pages, 3):  # every third page after the schema page
            fh.seek(n * page + 16)
            fh.write(bytes((n * 37 + i) % 251 for i in range(page - 32)))


def test_a_path_is_taken_literally(tmp_path: Path) -> None:
    """ "desk.sqlite3?mode=ro" opened desk.sqlite3 for writing (the "?" started URL options,
    with a warning on stderr); a "%" or "#" in a folder or file name changed the name."""
    path, tags, badges = _desk_file(tmp_path / "balie #1 100%.sqlite3", 2)
    listed = lendingdesk("--db", path, "items")
    assert listed.returncode == 0, listed.stderr
    before = _digest(Path(path))
    tricked = lendingdesk("--db", path + "?mode=ro", "checkout", tags[0], "--borrower", badges[0])
    assert tricked.returncode == 3, tricked.stderr
    assert "bestaat niet" in one_clear_line(tricked)
    assert _digest(Path(path)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["balie #1 100%.sqlite3"]


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_a_database_in_memory_is_refused(url: str) -> None:
    """It started a desk (and took check-outs) that forgot everything when it closed."""
    result = lendingdesk("--db", url, "items")
    assert result.returncode == 3, (result.stdout, result.stderr)
    assert "geheugen" in one_clear_line(result)


def test_a_document_given_as_the_database_is_named_so_and_never_replaced(
    tmp_path: Path,
) -> None:
    """A mistyped --db pointing at a document was called a damaged database "to restore a
    backup over"; following that advice replaced the document with the database."""
    path, _tags, _badges = _desk_file(tmp_path / "desk.sqlite3", 4, code=CODE)
    made = lendingdesk("--db", path, "backups", "--now", "--json")
    assert made.returncode == 0, made.stderr
    backup = json.loads(made.stdout)[0]["file"]
    document = tmp_path / "verslag.txt"
    document.write_text("Verslag van het teamoverleg.\n", encoding="utf-8")
    before = _digest(document)
    for command in (("items",), ("restore", backup, "--yes", "--pin-stdin")):
        result = lendingdesk("--db", str(document), *command, stdin=CODE + "\n")
        assert result.returncode == 3, (command, result.stdout, result.stderr)
        line = one_clear_line(result)
        assert "geen LendingDesk-database" in line and "restore" not in line, line
    assert _digest(document) == before
    assert sorted(p.name for p in tmp_path.glob("verslag*")) == ["verslag.txt"]


@pytest.mark.parametrize("where", ["pages", "header"])
def test_a_damaged_file_is_named_refuses_writes_and_restore_leads_back(
    tmp_path: Path, where: str
) -> None:
    path, tags, badges = _desk_file(tmp_path / "desk.sqlite3", 40, code=CODE)
    made = lendingdesk("--db", path, "backups", "--now", "--json")
    assert made.returncode == 0, made.stderr
    backup = json.loads(made.stdout)[0]["file"]
    _damage(Path(path), header=where == "header")
    before = _digest(Path(path))

    attempts = [
        ("checkout", tags[0], "--borrower", badges[0]),
        ("checkin", tags[1]),
        ("items",),
        ("backups", "--now"),
        ("audit",),
    ]
    for command in attempts:
        result = lendingdesk("--db", path, *command)
        assert result.returncode == 3, (command, result.stdout, result.stderr)
        line = one_clear_line(result)
        assert "beschadigd" in line and "lendingdesk restore" in line, line
    assert _digest(Path(path)) == before  # nothing written into the damaged file
    assert len(backups.list_backups()) == 1  # no damaged copy rotating the good one away

    # restore needs a code, and the current file (where it used to be read) is unreadable:
    # it is checked against the backup's own code instead.
    wrong = lendingdesk("--db", path, "restore", backup, "--yes", "--pin-stdin", stdin="nee\n")
    assert wrong.returncode == 1 and "coördinatorcode" in one_clear_line(wrong)
    done = lendingdesk("--db", path, "restore", backup, "--yes", "--pin-stdin", stdin=CODE + "\n")
    assert done.returncode == 0, done.stderr
    assert "beschadigde bestand is apart gezet" in done.stdout
    aside = list(tmp_path.glob("desk.damaged-*.sqlite3"))
    assert len(aside) == 1 and _digest(aside[0]) == before  # kept as evidence, unchanged
    assert stat.S_IMODE(Path(path).stat().st_mode) == 0o600
    again = lendingdesk("--db", path, "checkout", tags[0], "--borrower", badges[0])
    assert again.returncode == 0, again.stderr
    record_figure(
        f"corrupt_file_{where}",
        {"commands_tried": len(attempts) + 2, "writes_into_damaged_file": 0, "restored": 1},
    )


def test_a_desk_that_finds_damage_refuses_every_later_write(
    tmp_path: Path, ctx: DeskContext
) -> None:
    path, tags, badges = _desk_file(tmp_path / "desk.sqlite3", 40)
    db = open_database(path, create=False)
    desk = DeskService(db, lambda: ctx)
    try:
        assert desk.handle_scan(badges[0]).kind is ScanKind.BORROWER_SELECTED
        db.engine.dispose()
        _damage(Path(path))
        # The periodic backup is one of the moments of the quick check.
        with pytest.raises(DatabaseCorrupt):
            backups.auto_backup(db, tmp_path / "backups")
        assert backups.list_backups(tmp_path / "backups") == []
        outcome = desk.handle_scan(tags[0], badges[0])
        assert outcome.kind is ScanKind.REFUSED and outcome.refusal is not None
        assert outcome.refusal.code == "database_corrupt"
        assert "restore" in outcome.refusal.message("en")
    finally:
        db.dispose()


# --- a database made by a newer LendingDesk -----------------------------------------------------


def test_a_newer_schema_is_named_and_never_copied(tmp_path: Path) -> None:
    path, _, _ = _desk_file(tmp_path / "desk.sqlite3")
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0042'")
    con.commit()
    con.close()
    before = _digest(Path(path))
    for _ in range(3):  # three starts: no copy left by any of them
        with pytest.raises(SchemaTooNew) as caught:
            open_database(path)
        assert "nieuwere LendingDesk" in caught.value.message("nl")
    for command in (("items",), ("db", "upgrade"), ("checkin", "LD0000019")):
        result = lendingdesk("--db", path, *command, lang="en")
        assert result.returncode == 3
        assert "newer LendingDesk (schema 0042)" in one_clear_line(result)
    assert list(tmp_path.glob("*.before-*")) == []
    assert _digest(Path(path)) == before
    record_figure("newer_schema", {"starts": 3, "commands": 3, "copies_left": 0, "changed": 0})


# --- personal data is owner-only ------------------------------------------------------------------


def test_files_with_personal_data_are_owner_only(tmp_path: Path, isolated_data_dir: Path) -> None:
    old = os.umask(0o022)  # a usual desktop umask: without care, files would be world-readable
    try:
        path = Path(_desk_file(tmp_path / "desk.sqlite3", code=CODE)[0])
        db = open_database(str(path), create=False)
        made = {
            "database": path,
            "wal": Path(f"{path}-wal"),
            "shm": Path(f"{path}-shm"),
            "backup": backups.make_backup(db),
            "before-copy": backup_sqlite(db, path.with_name("desk.before-0003-x.sqlite3")),
        }
        from lendingdesk.services.audit import AuditService

        csv_path = tmp_path / "audit.csv"
        AuditService(db, DeskContext(actor="t")).export(None, csv_path, CODE)
        made["audit csv"] = csv_path
        journal = ScanJournal()
        journal.record("checkin", {"item": "LD0000019"}, DeskContext())
        made["journal"] = journal.path
        with db.unit_of_work():  # the pool keeps the database open: WAL and SHM exist
            modes = {name: stat.S_IMODE(p.stat().st_mode) for name, p in made.items() if p.exists()}
        db.dispose()
        folders = {
            "data folder": stat.S_IMODE(isolated_data_dir.stat().st_mode),
            "backups folder": stat.S_IMODE(backups.backup_dir().stat().st_mode),
        }
    finally:
        os.umask(old)
    assert {"database", "wal", "shm", "backup", "before-copy", "audit csv"} <= modes.keys()
    assert modes == dict.fromkeys(modes, 0o600), modes
    assert folders == dict.fromkeys(folders, 0o700), folders
    shutil.rmtree(tmp_path / "data", ignore_errors=True)
