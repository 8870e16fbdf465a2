"""Hostile catalogue files: a zip bomb posing as XLSX, a CSV quote never closed, formulas
without results, names that start like formulas. Each is refused (or flagged) clearly, before
it can cost memory or silently change what is imported."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile

import openpyxl
import pytest

from lendingdesk.errors import InvalidInput
from lendingdesk.exchange.importer import MAX_XLSX_INFLATED, parse_catalogue


def _xlsx(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Producten"
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _with_member(xlsx: bytes, name: str, writer) -> bytes:  # type: ignore[no-untyped-def]
    """``xlsx`` with member ``name`` replaced by what ``writer(fh)`` streams into it."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            if info.filename == name:
                with target.open(name, "w", force_zip64=True) as fh:
                    writer(fh)
            else:
                target.writestr(info, source.read(info))
    return out.getvalue()


def test_a_zip_bomb_is_refused_before_it_is_inflated() -> None:
    """A real bomb: the sheet inflates to 64 MB of XML, stored in well under 1 MB."""
    good = _xlsx([["Naam", "Merk"], ["Tovertafel", "Tover"]])
    head = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    head += b'spreadsheetml/2006/main"><sheetData>'

    def bomb(fh) -> None:  # type: ignore[no-untyped-def]
        fh.write(head)
        chunk = b"<row/>" * (1024 * 1024 // 6)
        for _ in range(64):
            fh.write(chunk)
        fh.write(b"</sheetData></worksheet>")

    data = _with_member(good, "xl/worksheets/sheet1.xml", bomb)
    assert len(data) < 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(InvalidInput) as refused:
            parse_catalogue(data, "catalogus.xlsx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "64 MB" in refused.value.nl and "not opened" in refused.value.en
    assert peak < 8 * 1024 * 1024  # it never held the inflated sheet (64 MB)


def test_declared_gigabytes_are_refused_whatever_the_ratio() -> None:
    """A member whose zip entry declares 4 GB (zipfile would inflate up to what is declared)."""
    good = _xlsx([["Naam"], ["Tessa"]])
    data = bytearray(good)
    # Rewrite the uncompressed size of every central-directory entry to 4 GB - 1.
    offset = 0
    while (offset := data.find(b"PK\x01\x02", offset)) != -1:
        struct.pack_into("<I", data, offset + 24, 0xFFFFFFFE)
        offset += 4
    with pytest.raises(InvalidInput) as refused:
        parse_catalogue(bytes(data), "catalogus.xlsx")
    assert f"{MAX_XLSX_INFLATED // 2**20}" not in refused.value.en  # it names the real size
    assert "MB" in refused.value.en


def test_an_ordinary_xlsx_still_imports() -> None:
    rows = [["Naam", "Merk", "Omschrijving"]] + [
        [f"Product {i}", "Merk", "Een gewone omschrijving " * 8] for i in range(2000)
    ]
    plan = parse_catalogue(_xlsx(rows), "catalogus.xlsx")
    assert plan.ok and len(plan.rows) == 2000


def test_an_unclosed_quote_does_not_merge_lines_into_one_product() -> None:
    text = (
        "Naam;Merk;Categorie;Aantal\n"
        'Tovertafel;"Tover;Leefplezier;2\n'  # the quote before Tover is never closed
        "PARO;Intelligent System;Robotdier;1\n"
        "Zembro;Zembro;Valpreventie;3\n"
    )
    plan = parse_catalogue(text.encode(), "catalogus.csv")
    assert not plan.ok and not plan.rows
    assert plan.errors[0].line == 2
    assert "aanhalingsteken" in plan.errors[0].nl and "never closed" in plan.errors[0].en


def test_a_quoted_multiline_description_is_still_one_field() -> None:
    text = (
        "Naam;Merk;Omschrijving;Aantal\n"
        'Qwiek.up;Qwiek;"Projector met geluid;\nen geuren, voor\nde huiskamer";2\n'
        "PARO;Intelligent System;Robotzeehond;1\n"
    )
    plan = parse_catalogue(text.encode(), "catalogus.csv")
    assert plan.ok, [e.en for e in plan.errors]
    assert [r.name for r in plan.rows] == ["Qwiek.up", "PARO"]


def test_formulas_without_a_calculated_result_get_a_clear_message() -> None:
    # openpyxl (like many scripts) writes formulas without their results.
    data = _xlsx([["Naam", "Aantal"], ["Tovertafel", "=1+1"], ["PARO", "=A2"]])
    with pytest.raises(InvalidInput) as refused:
        parse_catalogue(data, "catalogus.xlsx")
    assert "2 cellen bevatten formules" in refused.value.nl and "B2, B3" in refused.value.nl
    assert "paste the cells as values" in refused.value.en


@pytest.mark.parametrize("name", ['=HYPERLINK("http://x.example","klik")', "+31 rollator", "@bed"])
def test_a_name_that_starts_like_a_formula_is_imported_with_a_warning(name: str) -> None:
    text = f"Naam;Merk\n{name};Tover\nPARO;Intelligent\n"
    plan = parse_catalogue(text.encode(), "catalogus.csv")
    assert plan.ok and plan.rows[0].name == name
    assert [(w.line, w.column) for w in plan.warnings] == [(2, "Naam")]
    assert "formule" in plan.warnings[0].nl and "formula" in plan.warnings[0].en


def test_a_cell_beyond_the_csv_reader_limit_is_explained_in_dutch() -> None:
    """A 5 MB cell on one line (binary pasted into a spreadsheet, or hostile): the refusal
    quoted Python's own English ("field larger than field limit (131072)") in the Dutch line."""
    text = "Naam;Merk\n" + "A" * 5_000_000 + ";x\n"
    with pytest.raises(InvalidInput) as refused:
        parse_catalogue(text.encode(), "catalogus.csv")
    nl, en = refused.value.message("nl"), refused.value.message("en")
    assert "field limit" not in nl and "regel 2" in nl and "te lang" in nl
    assert "too long" in en
