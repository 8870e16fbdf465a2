"""The command line as a script would use it: the real installed entry point, a real database file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.reliability.cli_proc import entry_point as _entry_point


def run(db: Path, *args: str, lang: str = "nl") -> subprocess.CompletedProcess[str]:
    env = os.environ | {"LENDINGDESK_LANG": lang, "PYTHONWARNINGS": "error"}
    return subprocess.run(
        [*_entry_point(), "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    result = run(path, "demo")
    assert result.returncode == 0, result.stderr
    assert "Demo geladen" in result.stdout
    return path


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a demo database for one test to change."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


@pytest.fixture
def db_copy(demo_db: Path, tmp_path: Path) -> Path:
    return copy_database(demo_db, tmp_path / "desk.sqlite3")


def as_json(result: subprocess.CompletedProcess[str]) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_demo_is_realistic_and_refuses_a_filled_database(demo_db: Path) -> None:
    items = as_json(run(demo_db, "items", "--json"))
    borrowers = as_json(run(demo_db, "borrowers", "--json"))
    loans = as_json(run(demo_db, "loans", "--json", "--limit", "100000"))
    assert len({i["product"] for i in items}) >= 25
    assert len(borrowers) >= 15
    assert {"tag", "product", "status"} <= set(items[0])
    assert {"badge", "name", "active"} <= set(borrowers[0])
    assert {"id", "tag", "badge", "out", "due", "returned"} <= set(loans[0])
    assert any(loan["returned"] is None for loan in loans)
    assert as_json(run(demo_db, "loans", "--overdue", "--json"))
    refused = run(demo_db, "demo")
    assert refused.returncode != 0
    assert "--reset" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1


def test_checkout_checkin_clean_cycle(db_copy: Path) -> None:
    items = as_json(run(db_copy, "items", "--json", "--status", "available"))
    badge = next(b["badge"] for b in as_json(run(db_copy, "borrowers", "--json")) if b["active"])
    tag = items[0]["tag"]
    due = date.today() + timedelta(days=60)
    # Exactly what a scanner types from a label: lower case, inside a URL.
    done = run(
        db_copy,
        "checkout",
        f"https://zorgtech.example/i/{tag.lower()}",
        "--borrower",
        badge,
        "--due",
        f"{due:%Y-%m-%d}",
    )
    assert done.returncode == 0, done.stderr
    assert "Uitgeleend" in done.stdout and f"{due:%d-%m-%Y}" in done.stdout

    again = run(db_copy, "checkout", tag, "--borrower", badge, lang="en")
    assert again.returncode == 1
    assert "already on loan" in again.stderr and len(again.stderr.strip().splitlines()) == 1

    # A damage note of 100,000 characters (pasted by mistake, or hostile) is refused before
    # anything changes: stored, it made a return receipt 13 m long on a receipt printer.
    huge = run(db_copy, "checkin", tag, "--damage", "kras " * 20_000)
    assert huge.returncode == 1 and len(huge.stderr.strip().splitlines()) == 1, huge.stderr
    assert "1000" in huge.stderr
    assert {i["tag"]: i["status"] for i in as_json(run(db_copy, "items", "--json"))}[
        tag
    ] == "on_loan"

    back = as_json(run(db_copy, "checkin", tag, "--json"))[0]
    assert back["returned"] is not None
    if back["status"] == "awaiting_cleaning":
        refused = run(db_copy, "checkout", tag, "--borrower", badge)
        assert refused.returncode == 1 and "schoonmaak" in refused.stderr.lower()
        # Every step of the product's protocol done (some demo products have steps to confirm).
        cleaned = run(
            db_copy, "clean", tag, "--by", "Anouk", "--method", "Alcoholdoekje", "--steps-done"
        )
        assert cleaned.returncode == 0, cleaned.stderr
    status = {i["tag"]: i["status"] for i in as_json(run(db_copy, "items", "--json"))}
    assert status[tag] == "available"


def test_bad_input_exits_nonzero_with_one_clear_line(db_copy: Path) -> None:
    # An item on the shelf: not on loan (no check-in), not waiting for cleaning (no sign-off).
    shelf = next(
        i["tag"] for i in as_json(run(db_copy, "items", "--json")) if i["status"] == "available"
    )
    for args, needle in [
        (("checkout", "LD-GARBAGE", "--borrower", "LP0000013"), "Onbekende code"),
        (("checkin", shelf, "--missing", "Zwembad"), None),
        (("checkout", shelf, "--borrower", "LP0000013", "--due", "morgen"), "JJJJ-MM-DD"),
        (("clean", shelf, "--by", "Anouk"), None),
    ]:
        result = run(db_copy, *args)
        assert result.returncode != 0, args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "Traceback" not in result.stderr
        if needle:
            assert needle in lines[0]


def test_unreachable_database_is_a_clear_message(tmp_path: Path) -> None:
    result = subprocess.run(
        [*_entry_point(), "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "items"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 3
    assert "niet bereikbaar" in result.stderr and "Traceback" not in result.stderr


def test_backup_and_db_upgrade(db_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    base = [*_entry_point(), "--db", str(db_copy)]
    for args, stdin in ((["coordinator", "set-pin"], "zorg-2468\n"), (["backup"], "zorg-2468\n")):
        extra = ["--out", str(target)] if args == ["backup"] else []
        result = subprocess.run(
            [*base, *args, *extra, "--pin-stdin"],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM loans").fetchone()[0] > 0
    conn.close()
    upgraded = run(db_copy, "db", "upgrade")
    assert upgraded.returncode == 0 and "bijgewerkt" in upgraded.stdout


def test_environment_variable_selects_the_database(db_copy: Path) -> None:
    env = os.environ | {"LENDINGDESK_DB": f"sqlite:///{db_copy}"}
    result = subprocess.run(
        [*_entry_point(), "items", "--json"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0 and len(json.loads(result.stdout)) > 50


def test_synthetic_database_for_benchmarks(tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite3"
    result = run(path, "demo", "--products", "500", "--loans", "3000")
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM products").fetchone()[0] == 500
    assert conn.execute("SELECT count(*) FROM loans").fetchone()[0] == 3000
    open_per_item = conn.execute(
        "SELECT max(c) FROM (SELECT count(*) c FROM loans WHERE returned_at IS NULL GROUP BY item_id)"
    ).fetchone()[0]
    assert open_per_item == 1
    conn.close()


def test_labels_badges_and_slip_from_the_command_line_scan_back(
    db_copy: Path, tmp_path: Path
) -> None:
    from lendingdesk.domain.codes import parse_badge, parse_tag
    from tests.documents.pdfcheck import read_pdf

    items = as_json(run(db_copy, "items", "--json"))
    wanted = [i["tag"] for i in items[:5]]
    labels = tmp_path / "labels.pdf"
    result = run(
        db_copy,
        "labels",
        "--template",
        "avery-l7160",
        "--items",
        ",".join(wanted),
        "--start",
        "4",
        "--out",
        str(labels),
    )
    assert result.returncode == 0, result.stderr
    decoded = [
        parse_tag(c.text)
        for page in read_pdf(labels.read_bytes(), barcodes=True)
        for c in page.codes
    ]
    assert sorted(decoded) == sorted(wanted)

    blank = tmp_path / "blank.pdf"
    assert (
        run(
            db_copy, "labels", "--template", "dymo-11354", "--blank", "3", "--out", str(blank)
        ).returncode
        == 0
    )
    fresh = {
        parse_tag(c.text)
        for page in read_pdf(blank.read_bytes(), barcodes=True)
        for c in page.codes
    }
    assert len(fresh) == 3 and not fresh & {i["tag"] for i in items}  # new tags, never reused

    badges = tmp_path / "badges.pdf"
    assert run(db_copy, "badges", "--out", str(badges)).returncode == 0
    active = {b["badge"] for b in as_json(run(db_copy, "borrowers", "--json")) if b["active"]}
    found = {
        parse_badge(c.text)
        for page in read_pdf(badges.read_bytes(), barcodes=True)
        for c in page.codes
    }
    assert found == active

    loan = as_json(run(db_copy, "loans", "--open", "--json"))[0]
    slip = tmp_path / "slip.pdf"
    assert run(db_copy, "slip", str(loan["id"]), "--out", str(slip)).returncode == 0
    texts = {c.text for page in read_pdf(slip.read_bytes(), barcodes=True) for c in page.codes}
    assert loan["tag"] in {parse_tag(t) for t in texts} and loan["badge"] in {
        parse_badge(t) for t in texts
    }

    refused = run(
        db_copy, "labels", "--template", "nope", "--all", "--out", str(tmp_path / "x.pdf")
    )
    assert refused.returncode == 1 and "avery-l7160" in refused.stderr


def test_retire_needs_the_coordinator_code(db_copy: Path) -> None:
    tag = as_json(run(db_copy, "items", "--json", "--status", "available"))[0]["tag"]
    no_code = run(db_copy, "retire", tag)
    assert no_code.returncode == 1 and "coördinatorcode" in no_code.stderr
    env = os.environ | {"LENDINGDESK_LANG": "nl"}
    base = [*_entry_point(), "--db", str(db_copy)]
    setpin = subprocess.run(
        [*base, "coordinator", "set-pin", "--pin-stdin"],
        input="zorg-2468\nzorg-2468\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert setpin.returncode == 0, setpin.stderr
    wrong = subprocess.run(
        [*base, "retire", tag, "--pin-stdin"],
        input="1234\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert wrong.returncode == 1 and "klopt niet" in wrong.stderr
    right = subprocess.run(
        [*base, "retire", tag, "--pin-stdin"],
        input="zorg-2468\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert right.returncode == 0, right.stderr
    status = {i["tag"]: i["status"] for i in as_json(run(db_copy, "items", "--json"))}
    assert status[tag] == "retired"
