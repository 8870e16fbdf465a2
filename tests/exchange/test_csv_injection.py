"""CSV injection: every CSV LendingDesk writes defuses text a spreadsheet would run as a formula.

A reviewer's "=HYPERLINK(…)" or an actor name "@SUM(…)" must arrive in Excel, LibreOffice or
Google Sheets as the text that was typed. The one helper is domain/safe_text.spreadsheet_cell;
the platform bundle's two CSVs are checked in test_export.py, the audit log here.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from lendingdesk.domain import audit
from lendingdesk.domain.context import DeskContext
from lendingdesk.safe_text import spreadsheet_cell
from lendingdesk.services.audit import AuditService
from lendingdesk.store.db import Database

HOSTILE = [
    '=HYPERLINK("http://evil.example","klik")',
    "+31 6 1234",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_the_helper_defuses_every_formula_start(text: str) -> None:
    assert spreadsheet_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Anouk", "", "zorg = fijn", "3 - 2", "'al tekst"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert spreadsheet_cell(text) == text


def test_the_audit_export_defuses_typed_text(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as session:
        for actor in HOSTILE:
            ctx = DeskContext(actor=actor, desk="@Balie")
            audit.record(session, ctx, "checkout", "loan", 1, note="=2+2")
    target = tmp_path / "logboek.csv"
    count = AuditService(db).export_csv(None, target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))[1:]
    assert count == len(rows) == len(HOSTILE)
    assert sorted(r[2] for r in rows) == sorted("'" + a for a in HOSTILE)
    assert {r[3] for r in rows} == {"'@Balie"}
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for cell in r)


def test_every_csv_writer_goes_through_the_helper() -> None:
    """A module that writes CSV (csv.writer) also uses spreadsheet_cell: a new writer that
    forgets it fails here, not in a coordinator's spreadsheet."""
    root = Path(__file__).resolve().parents[2] / "lendingdesk"
    writers = [
        p for p in root.rglob("*.py") if re.search(r"csv\.(writer|DictWriter)\(", p.read_text())
    ]
    assert writers, "no CSV writer found: the search itself is broken"
    for path in writers:
        assert "spreadsheet_cell" in path.read_text(), path
