"""A saved stock-take exported as the coordinator gets it: the PDF decoded back (text and
pages) and the CSV read as a spreadsheet would, with scanned text that looks like a formula
kept as text."""

from __future__ import annotations

import csv
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from lendingdesk.domain import catalogue, stocktake
from lendingdesk.services.views.stocktake import StocktakeView
from lendingdesk.store.models import Item
from tests.documents.pdfcheck import normalise, read_pdf


@pytest.fixture
def saved(demo_db, desk_ctx) -> tuple[StocktakeView, int, dict]:
    """A stock-take of a demo cabinet: two found, one from elsewhere, a formula-like code."""
    with demo_db.unit_of_work() as s:
        cabinet = catalogue.get_or_create_location(s, "Zorggroep De Linde", "Lindehof", "Kast 9")
        items = list(s.scalars(select(Item).where(Item.status == "available").limit(40)))
        for item in items[:30]:
            item.location_id = cabinet.id
        s.flush()
        scans = [items[0].tag, items[1].tag.lower(), items[35].tag, '=HYPERLINK("x")', "-2+3"]
        result = stocktake.reconcile(s, cabinet, scans)
        done = stocktake.apply(s, desk_ctx, result)
        info = {"found": [items[0].tag, items[1].tag], "moved": items[35].tag}
    view = StocktakeView(demo_db, lambda: desk_ctx)
    assert done.stocktake_id is not None
    return view, done.stocktake_id, info


def test_history_lists_the_saved_stock_take(saved) -> None:
    view, number, _info = saved
    line, *earlier = view.history()  # newest first; the demo has a history of its own
    assert earlier and all(e.at <= line.at for e in earlier)
    assert line.id == number and line.location.endswith("Kast 9") and line.applied
    assert line.counts["found"] == 2 and line.counts["missing"] == 28
    assert line.counts["wrong_place"] == 1 and line.counts["unknown"] == 2


def test_the_pdf_says_what_was_found_where(saved, tmp_path: Path) -> None:
    view, number, info = saved
    target = tmp_path / "inventarisatie.pdf"
    pages = view.export_pdf(number, target)
    pages_read = read_pdf(target.read_bytes())
    assert len(pages_read) == pages >= 1
    text = normalise(" ".join(p.text for p in pages_read))
    assert "Inventarisatie: Zorggroep De Linde – Lindehof / Kast 9" in text
    assert "Ontbreekt (28)" in text and "Verkeerde plek (1)" in text
    assert "Toegepast: 1 hierheen verplaatst" in text
    assert info["moved"] in text and '=HYPERLINK("x")' in text
    assert "pagina 1 van 2" in text
    shots = os.environ.get("LENDINGDESK_SHOTS")
    if shots:
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(target), os.path.join(shots, "stocktake-pdf")],
            check=True,
        )
    english = tmp_path / "stocktake.pdf"
    view.export_pdf(number, english, lang="en")
    text_en = normalise(" ".join(p.text for p in read_pdf(english.read_bytes())))
    assert "Stock-take:" in text_en and "Missing (28)" in text_en and "page 1 of 2" in text_en


def test_the_csv_keeps_scanned_formulas_as_text(saved, tmp_path: Path) -> None:
    view, number, info = saved
    target = tmp_path / "inventarisatie.csv"
    rows = view.export_csv(number, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # opens in Excel as UTF-8
    with target.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    assert table[0] == ["Lijst", "Code", "Product", "Geregistreerd op", "Locatie", "Datum"]
    assert len(table) == rows + 1 == 2 + 28 + 1 + 2 + 1
    by_list = {}
    for row in table[1:]:
        by_list.setdefault(row[0], []).append(row[1])
    assert sorted(by_list["Gevonden"]) == sorted(info["found"])
    assert by_list["Onbekend"] == ['\'=HYPERLINK("x")', "'-2+3"]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in table for cell in row)
