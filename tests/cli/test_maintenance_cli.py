"""`lendingdesk maintenance` as a technical service runs it: the real entry point in a
subprocess, on a demo database with maintenance plans."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import as_json, copy_database, run


@pytest.fixture(scope="module")
def planned_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("maintenance") / "demo.sqlite3"
    assert run(path, "demo").returncode == 0
    return path


@pytest.fixture
def db_copy(planned_demo: Path, tmp_path: Path) -> Path:
    return copy_database(planned_demo, tmp_path / "desk.sqlite3")


def records(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return list(
            con.execute(
                "SELECT i.tag, r.check_key, r.closed_by, r.cost_cents, r.result "
                "FROM maintenance_records r JOIN items i ON i.id = r.item_id ORDER BY r.id"
            )
        )
    finally:
        con.close()


def test_due_lists_overdue_checks_first_and_recording_one_takes_it_off(db_copy: Path) -> None:
    due = as_json(run(db_copy, "maintenance", "due", "--json"))
    assert due, "the demo has checks that are due"
    assert {"tag", "product", "check", "label", "due_on", "overdue", "blocking"} <= set(due[0])
    flags = [row["overdue"] for row in due]
    assert flags == sorted(flags, reverse=True)  # overdue first
    # The demo puts an overdue check of each blocking plan on an item at the desk.
    blocked = next(r for r in due if r["overdue"] and r["blocking"] and r["status"] == "available")
    # The desk refuses that item; the CLI check-out says so in one line with what to do.
    borrower = as_json(run(db_copy, "borrowers", "--json"))[0]["badge"]
    refused = run(db_copy, "checkout", blocked["tag"], "--borrower", borrower)
    assert refused.returncode != 0
    assert "Onderhoud" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1

    done = run(
        db_copy,
        "maintenance",
        "done",
        blocked["tag"].lower(),  # as a scanner with caps lock types it
        "--check",
        blocked["check"],
        "--by",
        "Technische dienst",
        "--cost",
        "12,50",
    )
    assert done.returncode == 0, done.stderr
    assert "vastgelegd" in done.stdout and "12,50" in done.stdout
    assert records(db_copy)[-1] == (
        blocked["tag"],
        blocked["check"],
        "Technische dienst",
        1250,
        "ok",
    )
    after = as_json(run(db_copy, "maintenance", "due", "--json"))
    assert not any(r["tag"] == blocked["tag"] and r["check"] == blocked["check"] for r in after)
    assert run(db_copy, "checkout", blocked["tag"], "--borrower", borrower).returncode == 0


def test_the_plain_list_and_english(db_copy: Path) -> None:
    plain = run(db_copy, "maintenance", "due", "--days", "0", lang="en")
    assert plain.returncode == 0, plain.stderr
    assert "overdue" in plain.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--check", "battery", "--by", "Kees", "--cost", "1.234,50"), "geen bedrag"),
        (("--check", "battery", "--by", "Kees", "--cost", "-3"), "geen bedrag"),
        (("--check", "kalibratie", "--by", "Kees"), "Kies uit"),
        (("--check", "battery", "--by", "  "), "--by"),
    ],
)
def test_refusals_are_one_line_and_change_nothing(db_copy: Path, args, said) -> None:
    due = as_json(run(db_copy, "maintenance", "due", "--json", "--days", "366"))
    tag = next(r["tag"] for r in due if r["check"] == "battery")
    before = records(db_copy)
    result = run(db_copy, "maintenance", "done", tag, *args)
    assert result.returncode != 0
    assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert records(db_copy) == before


def test_a_plan_set_from_the_command_line_blocks_and_is_listed(db_copy: Path) -> None:
    items = as_json(run(db_copy, "items", "--json"))
    tag = next(i["tag"] for i in items if i["product"] == "Qwiek.up" and i["status"] == "available")
    done = run(
        db_copy, "maintenance", "plan", tag, "--check", "electrical", "--every", "1", "--blocking"
    )
    assert done.returncode == 0, done.stderr
    assert "Qwiek.up: controle electrical" in done.stdout and "blokkeert uitlenen" in done.stdout
    plans = as_json(run(db_copy, "maintenance", "plans", "--json"))
    row = next(p for p in plans if p["product"] == "Qwiek.up")
    assert (row["check"], row["interval_days"], row["blocking"]) == ("electrical", 1, True)
    assert row["label"].startswith("Elektrische veiligheidstest")
    # Never done: due a day after the item came into the collection, so overdue long since.
    due = as_json(run(db_copy, "maintenance", "due", "--json", "--days", "0"))
    assert any(r["tag"] == tag and r["check"] == "electrical" and r["overdue"] for r in due)
    again = run(db_copy, "maintenance", "plan", tag, "--check", "electrical", "--every", "0")
    assert again.returncode == 2 and len(again.stderr.strip().splitlines()) == 1
    # Blocked now; stopping the plan lets the item go out again (no check is owed any more).
    borrower = as_json(run(db_copy, "borrowers", "--json"))[0]["badge"]
    assert run(db_copy, "checkout", tag, "--borrower", borrower).returncode != 0
    stopped = run(db_copy, "maintenance", "unplan", tag, "--check", "electrical")
    assert stopped.returncode == 0, stopped.stderr
    assert "Qwiek.up: controle electrical gestopt" in stopped.stdout
    plans = as_json(run(db_copy, "maintenance", "plans", "--json"))
    assert not any(p["product"] == "Qwiek.up" and p["check"] == "electrical" for p in plans)
    assert run(db_copy, "checkout", tag, "--borrower", borrower).returncode == 0
    twice = run(db_copy, "maintenance", "unplan", tag, "--check", "electrical")
    assert twice.returncode != 0 and len(twice.stderr.strip().splitlines()) == 1
    assert "Traceback" not in twice.stderr
