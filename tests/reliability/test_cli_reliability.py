"""The reliability commands, run through the real command-line entry point."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import lendingdesk.cli as cli
from lendingdesk.domain import circulation
from lendingdesk.domain.context import DeskContext
from lendingdesk.store.db import open_database
from tests.reliability.workers import make_fleet


@pytest.fixture(autouse=True)
def _commands(monkeypatch: pytest.MonkeyPatch) -> None:
    # Until the lead lists the module in COMMAND_MODULES.
    modules = tuple(dict.fromkeys((*cli.COMMAND_MODULES, "reliability")))
    monkeypatch.setattr(cli, "COMMAND_MODULES", modules)


def run(
    monkeypatch: pytest.MonkeyPatch, capsys, *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbfile(tmp_path: Path) -> str:
    path = str(tmp_path / "desk.sqlite3")
    db = open_database(path)
    fleet = make_fleet(db, 12, 3)
    ctx = DeskContext(actor="Anouk", desk="Balie De Linde")
    with db.unit_of_work() as session:
        for n, tag in enumerate(fleet.tags):
            request = circulation.CheckoutRequest(item=tag, borrower=fleet.badges[n % 3])
            circulation.check_out(session, ctx, request)
        for tag in fleet.tags[:6]:
            circulation.check_in(session, ctx, circulation.CheckinRequest(item=tag))
    db.dispose()
    return path


def test_backups_restore_round_trip(dbfile: str, tmp_path: Path, monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "--db", dbfile, "backups", "--now", "--json")
    assert code == 0
    listed = json.loads(out)
    assert len(listed) == 1 and Path(listed[0]["file"]).is_file()
    backup = listed[0]["file"]

    # Without --yes nothing happens, with a clear instruction.
    code, _, err = run(monkeypatch, capsys, "--db", dbfile, "restore", backup)
    assert code == 1 and "--yes" in err
    # A restore needs the coordinator code once one is set.
    code, _, _ = run(
        monkeypatch,
        capsys,
        "--db",
        dbfile,
        "coordinator",
        "set-pin",
        "--pin-stdin",
        stdin="zorg-2468\n",
    )
    assert code == 0
    code, _, err = run(
        monkeypatch,
        capsys,
        "--db",
        dbfile,
        "--lang",
        "en",
        "restore",
        backup,
        "--yes",
        "--pin-stdin",
        stdin="nope\n",
    )
    assert code == 1 and "coordinator code is needed" in err
    code, out, _ = run(
        monkeypatch,
        capsys,
        "--db",
        dbfile,
        "restore",
        backup,
        "--yes",
        "--pin-stdin",
        stdin="zorg-2468\n",
    )
    assert code == 0 and "Teruggezet" in out and "bewaard" in out


def test_changing_the_pin_needs_the_current_one(dbfile: str, monkeypatch, capsys) -> None:
    assert (
        run(
            monkeypatch,
            capsys,
            "--db",
            dbfile,
            "coordinator",
            "set-pin",
            "--pin-stdin",
            stdin="975310\n",
        )[0]
        == 0
    )
    code, _, err = run(
        monkeypatch,
        capsys,
        "--db",
        dbfile,
        "coordinator",
        "set-pin",
        "--pin-stdin",
        stdin="000000\n582046\n",
    )
    assert code == 1 and "coördinatorcode" in err
    code, _, _ = run(
        monkeypatch,
        capsys,
        "--db",
        dbfile,
        "coordinator",
        "set-pin",
        "--pin-stdin",
        stdin="975310\n582046\n",
    )
    assert code == 0


def test_audit_listing_and_export(dbfile: str, tmp_path: Path, monkeypatch, capsys) -> None:
    json_args = ("--db", dbfile, "audit", "--action", "checkout", "--json", "--limit", "5")
    # --json is an export like --csv (before: it printed the whole log without asking).
    code, out, err = run(monkeypatch, capsys, *json_args)
    assert code == 1 and out == "" and "coördinatorcode" in err
    code, out, _ = run(monkeypatch, capsys, "--db", dbfile, "audit", "--limit", "3")
    assert "Uitgeleend" in out or "Ingenomen" in out or "Gereserveerd" in out

    target = tmp_path / "audit.csv"
    code, _, err = run(monkeypatch, capsys, "--db", dbfile, "audit", "--csv", str(target))
    assert code == 1 and "nog niet ingesteld" in err and not target.exists()
    run(
        monkeypatch,
        capsys,
        "--db",
        dbfile,
        "coordinator",
        "set-pin",
        "--pin-stdin",
        stdin="zorg-2468\n",
    )
    code, out, _ = run(
        monkeypatch, capsys, "--db", dbfile, "audit", "--since", "2000-01-01", "--csv", str(target),
        "--pin-stdin", stdin="zorg-2468\n",
    )  # fmt: skip
    assert code == 0
    code, out_json, _ = run(monkeypatch, capsys, *json_args, "--pin-stdin", stdin="zorg-2468\n")
    rows = json.loads(out_json)
    assert code == 0 and len(rows) == 5 and {r["action"] for r in rows} == {"checkout"}
    with target.open(encoding="utf-8-sig", newline="") as fh:
        exported = list(csv.DictReader(fh, delimiter=";"))
    assert len(exported) > 30 and exported[0].keys() >= {"when", "actor", "desk", "action"}
    assert str(len(exported)) in out
    code, _, err = run(monkeypatch, capsys, "--db", dbfile, "audit", "--since", "gisteren")
    assert code == 1 and "JJJJ-MM-DD" in err


def test_journal_lists_nothing_when_empty(dbfile: str, monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "--db", dbfile, "journal", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(monkeypatch, capsys, "--db", dbfile, "journal", "--replay")
    assert code == 0 and "Geen offline scans" in out
