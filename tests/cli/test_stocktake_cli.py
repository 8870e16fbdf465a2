"""`lendingdesk stocktake` as a technical service runs it: the real entry point in a subprocess,
a demo database file, a scanner's batch file as the scanner typed it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import as_json, copy_database, run

HERE = "Lindehof"  # a unique part of "Zorggroep De Linde – Huize Lindehof / Uitleenbalie"


def items_by(db: Path) -> dict[str, dict]:
    return {row["tag"]: row for row in as_json(run(db, "items", "--json"))}


def snapshot(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return [
            *con.execute("SELECT tag, status, location_id FROM items ORDER BY tag"),
            *con.execute("SELECT count(*) FROM audit_events"),
            *con.execute("SELECT count(*) FROM loans WHERE returned_at IS NULL"),
        ]
    finally:
        con.close()


@pytest.fixture(scope="module")
def stock_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database of this module's own, untouched by the other CLI tests."""
    path = tmp_path_factory.mktemp("stocktake") / "demo.sqlite3"
    assert run(path, "demo").returncode == 0
    return path


@pytest.fixture
def db_copy(stock_demo: Path, tmp_path: Path) -> Path:
    return copy_database(stock_demo, tmp_path / "desk.sqlite3")


@pytest.fixture
def scans(db_copy: Path, tmp_path: Path) -> dict:
    items = items_by(db_copy)
    here = [t for t, r in items.items() if HERE in (r["location"] or "")]
    shelf = [t for t in here if items[t]["status"] == "available"]
    lent = [t for t in here if items[t]["status"] == "on_loan"]
    # An item on the shelf at Zonnehuis that turns up here. Made so, not looked for: the demo's
    # history depends on the hour it is made, and Zonnehuis may have nothing on the shelf.
    away = [shelf.pop()]
    con = sqlite3.connect(db_copy)
    with con:
        con.execute(
            "UPDATE items SET location_id = (SELECT id FROM locations WHERE site LIKE"
            " '%Zonnehuis%' OR organisation LIKE '%Zonnehuis%' ORDER BY id LIMIT 1) WHERE tag = ?",
            (away[0],),
        )
    con.close()
    items = items_by(db_copy)
    lines = [
        shelf[0].lower(),  # a scanner with caps lock
        f"https://zorgtech.example/i/{shelf[1]}",  # the QR code's URL form
        "",
        shelf[0],  # scanned twice: counts once
        away[0],
        lent[0],
        "LP0000125",  # a badge is no item
        "Koffie?",
    ]
    codes = tmp_path / "scanner.txt"
    codes.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return {"file": codes, "shelf": shelf, "lent": lent, "away": away, "items": items}


def test_json_lists_every_class_and_changes_nothing(db_copy: Path, scans: dict) -> None:
    before = snapshot(db_copy)
    result = run(db_copy, "stocktake", "--location", HERE, "--codes", str(scans["file"]), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["found"] == sorted(scans["shelf"][:2])
    assert out["wrong_place"] == [scans["away"][0]]
    assert out["on_loan"] == [scans["lent"][0]]
    assert out["unknown"] == ["LP0000125", "Koffie?"]
    expected = {
        t
        for t, r in scans["items"].items()
        if HERE in (r["location"] or "") and r["status"] not in ("on_loan", "lost", "retired")
    }
    assert set(out["missing"]) == expected - set(scans["shelf"][:2])
    assert snapshot(db_copy) == before


def test_apply_moves_checks_in_and_records(db_copy: Path, scans: dict) -> None:
    result = run(
        db_copy,
        "stocktake",
        "--location",
        "zorggroep de linde – huize lindehof / uitleenbalie",
        "--codes",
        str(scans["file"]),
        "--apply",
        "--by",
        "Anouk de Vries",
        lang="en",
    )
    assert result.returncode == 0, result.stderr
    assert "1 moved here, 1 checked in (to cleaning)" in result.stdout
    items = items_by(db_copy)
    moved, lent = items[scans["away"][0]], items[scans["lent"][0]]
    assert HERE in moved["location"]
    assert lent["status"] == "awaiting_cleaning"  # the loan ended; cleaning before the next user
    open_tags = {row["tag"] for row in as_json(run(db_copy, "loans", "--open", "--json"))}
    assert scans["lent"][0] not in open_tags
    con = sqlite3.connect(db_copy)
    actor, details = con.execute(
        "SELECT actor, details FROM audit_events WHERE action = 'stocktake'"
    ).fetchone()
    moves = con.execute("SELECT count(*) FROM audit_events WHERE action = 'stocktake_moved'")
    assert moves.fetchone()[0] == 1
    con.close()
    counts = json.loads(details)
    assert actor == "Anouk de Vries"
    assert (counts["found"], counts["wrong_place"], counts["on_loan"], counts["unknown"]) == (
        2,
        1,
        1,
        2,
    )
    again = run(db_copy, "stocktake", "--location", HERE, "--codes", str(scans["file"]), "--json")
    assert json.loads(again.stdout)["wrong_place"] == []


def test_plain_output_says_what_and_that_nothing_changed(db_copy: Path, scans: dict) -> None:
    result = run(db_copy, "stocktake", "--location", HERE, "--codes", str(scans["file"]))
    assert result.returncode == 0, result.stderr
    assert "Verkeerde plek (1):" in result.stdout
    assert "Niets veranderd" in result.stdout


@pytest.mark.parametrize(
    "content, location, says",
    [
        (bytes(range(256)) * 8, HERE, "binaire gegevens"),
        (b"LD0000013\ncaf\xe9\n", HERE, "geen UTF-8"),
        (b"LD0000013\n" * 450_000, HERE, "te groot"),
        (b"\n\n", HERE, "geen codes"),
        (b"LD0000013\n", "Linde", "meer dan één locatie"),
        (b"LD0000013\n", "Zolder", "Kies uit: Zorggroep De Linde"),
    ],
)
def test_hostile_files_and_names_are_one_clear_line_and_change_nothing(
    db_copy: Path, tmp_path: Path, content: bytes, location: str, says: str
) -> None:
    before = snapshot(db_copy)
    codes = tmp_path / "codes.txt"
    codes.write_bytes(content)
    result = run(db_copy, "stocktake", "--location", location, "--codes", str(codes), "--apply")
    assert result.returncode == 1
    assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert snapshot(db_copy) == before


def test_a_missing_codes_file_is_named(db_copy: Path, tmp_path: Path) -> None:
    result = run(db_copy, "stocktake", "--location", HERE, "--codes", str(tmp_path / "nope.txt"))
    assert result.returncode != 0
    assert "nope.txt" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_report_as_pdf_and_csv_and_saved_with_apply(
    db_copy: Path, scans: dict, tmp_path: Path
) -> None:
    from tests.documents.pdfcheck import normalise, read_pdf

    pdf, table = tmp_path / "kast.pdf", tmp_path / "kast.csv"

    def saved() -> int:  # the demo has a stock-take history of its own
        con = sqlite3.connect(db_copy)
        try:
            return con.execute("SELECT count(*) FROM stocktakes").fetchone()[0]
        finally:
            con.close()

    before = saved()
    dry = run(
        db_copy,
        "stocktake",
        "--location",
        HERE,
        "--codes",
        str(scans["file"]),
        "--pdf",
        str(pdf),
        "--csv",
        str(table),
    )
    assert dry.returncode == 0, dry.stderr
    text = normalise(" ".join(p.text for p in read_pdf(pdf.read_bytes())))
    assert "Inventarisatie:" in text and "Alleen vastgelegd" in text
    assert scans["away"][0] in text and "Koffie?" in text
    rows = table.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "Lijst;Code;Product;Geregistreerd op;Locatie;Datum"
    assert any(r.startswith("Onbekend;Koffie?;") for r in rows)
    assert saved() == before  # a dry run saves nothing

    done = run(
        db_copy,
        "stocktake",
        "--location",
        HERE,
        "--codes",
        str(scans["file"]),
        "--apply",
        "--by",
        "Kees",
        "--pdf",
        str(pdf),
        lang="en",
    )
    assert done.returncode == 0, done.stderr
    text = normalise(" ".join(p.text for p in read_pdf(pdf.read_bytes())))
    assert "Applied: 1 moved here, 1 checked in" in text
    con = sqlite3.connect(db_copy)
    by, applied, scanned = con.execute(
        "SELECT by, applied, scanned FROM stocktakes ORDER BY id DESC LIMIT 1"
    ).fetchone()
    con.close()
    assert (by, applied, scanned) == ("Kees", 1, 6)


def test_a_report_path_that_cannot_be_written_is_refused_before_anything(
    db_copy: Path, scans: dict, tmp_path: Path
) -> None:
    before = snapshot(db_copy)
    result = run(
        db_copy,
        "stocktake",
        "--location",
        HERE,
        "--codes",
        str(scans["file"]),
        "--apply",
        "--csv",
        str(tmp_path / "nope" / "x.csv"),
    )
    assert result.returncode != 0 and "bestaat niet" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(db_copy) == before
