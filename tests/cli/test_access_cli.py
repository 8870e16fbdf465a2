"""Protected actions are protected where they happen: the real entry point, a real file.

Each test first does what walked around the coordinator code before (export, backup --out,
audit --json, demo --reset without a code; demo --reset with bad counts wiping first; five wrong
codes locking the right one out for everybody) and shows that it is refused now, with nothing
changed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from lendingdesk.domain.context import DeskContext
from lendingdesk.services import access
from lendingdesk.store.db import open_database
from tests.cli.test_cli import _entry_point, as_json, run

CODE = "zorg-2468"


def run_code(
    db: Path, *args: str, code: str = CODE, lang: str = "nl"
) -> subprocess.CompletedProcess[str]:
    """A command with the coordinator code on stdin (--pin-stdin), as a script gives it."""
    env = os.environ | {"LENDINGDESK_LANG": lang, "PYTHONWARNINGS": "error"}
    return subprocess.run(
        [*_entry_point(), "--db", str(db), *args, "--pin-stdin"],
        input=f"{code}\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def set_pin(db: Path) -> None:
    result = run_code(db, "coordinator", "set-pin")
    assert result.returncode == 0, result.stderr


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("products", "items", "borrowers", "loans", "reviews", "audit_events")
        }
    finally:
        conn.close()


def test_export_needs_the_code_in_the_cli_too(db_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "bundel.zip"
    refused = run(db_copy, "export", "--out", str(out))
    assert refused.returncode == 1 and "coördinatorcode" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and not out.exists()
    set_pin(db_copy)
    wrong = run_code(db_copy, "export", "--out", str(out), code="fout-fout")
    assert wrong.returncode == 1 and "klopt niet" in wrong.stderr and not out.exists()
    done = run_code(db_copy, "export", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert zipfile.is_zipfile(out)


def test_backup_out_is_a_full_copy_and_needs_the_code(db_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "kopie.sqlite3"
    set_pin(db_copy)
    refused = run(db_copy, "backup", "--out", str(out))
    assert refused.returncode == 1 and "volledige kopie" in refused.stderr and not out.exists()
    done = run_code(db_copy, "backup", "--out", str(out))
    assert done.returncode == 0, done.stderr and out.is_file()
    assert counts(out)["borrowers"] == counts(db_copy)["borrowers"]
    events = as_json(run_code(db_copy, "audit", "--action", "backup_copied", "--json"))
    assert len(events) == 1 and events[0]["details"]["file"] == str(out)


def test_demo_reset_checks_everything_first_backs_up_and_says_what_goes(
    db_copy: Path, isolated_data_dir: Path
) -> None:
    before = counts(db_copy)
    # Bad counts: before, the database was wiped and then the counts refused. Now the command
    # line refuses them as a usage mistake (exit 2, naming the option) before anything runs.
    for bad in (("--products", "-5"), ("--loans", "-1"), ("--products", "0")):
        refused = run(db_copy, "demo", "--reset", *bad)
        assert refused.returncode == 2 and f"{bad[0]}: kies een getal" in refused.stderr, bad
        assert counts(db_copy) == before
    # No code set: the reset is refused (before: everything went, code and log included).
    refused = run(db_copy, "demo", "--reset")
    assert refused.returncode == 1 and "nog niet ingesteld" in refused.stderr
    set_pin(db_copy)
    before = counts(db_copy)
    wrong = run_code(db_copy, "demo", "--reset", code="fout-fout")
    assert wrong.returncode == 1 and counts(db_copy)["loans"] == before["loans"]
    before = counts(db_copy)

    done = run_code(db_copy, "demo", "--reset")
    assert done.returncode == 0, done.stderr
    assert "ook het logboek" in done.stdout and "coördinatorcode is bewaard" in done.stdout
    backups = sorted((isolated_data_dir / "backups").glob("*.sqlite3"))
    assert len(backups) == 1 and str(backups[0]) in done.stdout
    assert counts(backups[0]) == before  # everything that was wiped is in the copy
    assert f"({before['audit_events']} regels)" in done.stdout
    # The code survived the reset: the same code still works, a wrong one does not.
    events = as_json(run_code(db_copy, "audit", "--action", "demo_reset", "--json"))
    assert len(events) == 1 and events[0]["details"]["wiped_events"] == before["audit_events"]
    assert run_code(db_copy, "audit", "--json", code="fout-fout").returncode == 1


def test_wrong_codes_at_the_command_line_do_not_keep_the_coordinator_out(
    db_copy: Path, tmp_path: Path
) -> None:
    """Before: five wrong codes locked the right code for five minutes, for every desk, and
    the next five wrong codes did it again."""
    set_pin(db_copy)
    out = tmp_path / "kopie.sqlite3"
    for _ in range(access.FREE_FAILURES):
        wrong = run_code(db_copy, "backup", "--out", str(out), code="raden-123")
        assert wrong.returncode == 1 and "klopt niet" in wrong.stderr
    # The command line now waits, even with the right code; that try is audited.
    waiting = run_code(db_copy, "backup", "--out", str(out))
    assert waiting.returncode == 1 and "Wacht nog" in waiting.stderr and not out.exists()
    # The coordinator at a desk is not slowed down at all.
    db = open_database(str(db_copy))
    try:
        desk = DeskContext(actor="Coördinator", desk="Balie De Linde")
        grant = access.authorize(db, desk, CODE, "settings")
        access.require(grant, "settings", desk)
        # And the command line is free again after the wait, which stops growing at MAX_DELAY.
        later = replace(desk, desk="command line", clock=lambda: desk.clock() + access.MAX_DELAY)
        access.authorize(db, later, CODE, "backup_copy")
    finally:
        db.dispose()
    throttled = as_json(run_code(db_copy, "audit", "--action", "coordinator_throttled", "--json"))
    assert len(throttled) == 1 and throttled[0]["details"]["for_action"] == "backup_copy"


@pytest.mark.parametrize("code", ["1234", "000000", "123456", "abc"])
def test_a_weak_code_is_refused_when_set(db_copy: Path, code: str) -> None:
    refused = run_code(db_copy, "coordinator", "set-pin", code=code)
    assert refused.returncode == 1 and "code" in refused.stderr
    assert run(db_copy, "export", "--out", "x.zip").stderr.count("nog niet ingesteld") == 1
