"""The faster export gives the same bundle: worker processes, reused summaries, wrap-once text.

No timing here (that is benchmarks/bench_reports.py); these check that nothing changed.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import datetime

import jsonschema
import pypdfium2 as pdfium
import pytest

from lendingdesk.documents import reports
from lendingdesk.domain.reviews import summarize
from lendingdesk.exchange import export
from lendingdesk.resources import resource_path
from tests.exchange.test_export import export_data
from tests.reviews.pdfcheck import pdf_text

MADE = datetime(2025, 7, 1, 14, 5)


def _bundle(data: export.ExportData) -> tuple[dict, dict[str, bytes]]:
    out = io.BytesIO()
    manifest = export.build_bundle(data, out, generated_at=MADE)
    with zipfile.ZipFile(out) as archive:
        return manifest, {n: archive.read(n) for n in archive.namelist()}


def _pages(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def _many_products(copies: int) -> export.ExportData:
    base = export_data()
    products = [
        export.ExportProduct(
            f"{p.id}-{n}", f"{p.name} {n}", p.maker, p.category, p.loans, p.cleaning, p.reviews
        )
        for n in range(copies)
        for p in base.products
    ]
    return export.ExportData(products, base.publisher, base.id_prefix)


def test_worker_processes_give_the_same_bundle(monkeypatch):
    data = _many_products(3)
    monkeypatch.setattr(export, "PARALLEL_REPORTS_FROM", 10**9)
    serial_manifest, serial = _bundle(data)
    monkeypatch.setattr(export, "PARALLEL_REPORTS_FROM", 2)
    monkeypatch.setattr(export.os, "process_cpu_count", lambda: 2)
    assert export._report_workers(len(data.products)) == 2  # really in parallel
    manifest, files = _bundle(data)

    assert sorted(files) == sorted(serial)
    assert sum(1 for n in files if n.startswith("reports/")) > 4
    for name, content in files.items():
        if name.endswith(".pdf"):
            # PDFs carry their creation time and a random id; the pages must be the same.
            assert _pages(content) == _pages(serial[name]), name
        elif name != "manifest.json":
            assert content == serial[name], name
    assert manifest["counts"] == serial_manifest["counts"]
    # The manifest lists every other file with its real checksum and validates.
    schema = json.loads(resource_path("schema", "manifest.schema.json").read_text("utf-8"))
    jsonschema.validate(manifest, schema)
    assert json.loads(files["manifest.json"]) == manifest
    listed = {f["path"]: f for f in manifest["files"]}
    assert set(listed) == set(files) - {"manifest.json"}
    for name, entry in listed.items():
        assert entry["sha256"] == hashlib.sha256(files[name]).hexdigest()
        assert entry["bytes"] == len(files[name])


def test_a_frozen_app_renders_in_its_own_process(monkeypatch):
    monkeypatch.setattr(export.sys, "frozen", True, raising=False)
    assert export._report_workers(10_000) == 1


def _product_data() -> reports.ProductReportData:
    product = export_data().products[0]
    return reports.ProductReportData(
        name=product.name,
        maker=product.maker,
        reviews=[r.result for r in product.reviews],
        quotes=[reports.Quote("Bewoners werden rustiger tijdens het eten.", "Verpleegkundige")] * 3,
        tips=["Begin met korte sessies van tien minuten."] * 4,
        cleaning="Lens droog afnemen; geen alcohol.",
    )


def test_a_given_summary_draws_the_same_report():
    data = _product_data()
    plain, given = io.BytesIO(), io.BytesIO()
    reports.render_product_report(data, plain, generated_at=MADE)
    reports.render_product_report(data, given, generated_at=MADE, summary=summarize(data.reviews))
    assert _pages(given.getvalue()) == _pages(plain.getvalue())
    assert "Algemeen oordeel" in pdf_text(given.getvalue())


def test_a_report_drawn_from_its_summary_alone_is_the_same_report():
    """The export's worker processes get the report data without the reviews (the summary is
    all the report reads): the same pages as the report drawn with them."""
    import dataclasses

    data = _product_data()
    plain, slim = io.BytesIO(), io.BytesIO()
    reports.render_product_report(data, plain, generated_at=MADE)
    without = dataclasses.replace(data, reviews=())
    reports.draw_product_report(without, summarize(data.reviews), slim, generated_at=MADE)
    assert _pages(slim.getvalue()) == _pages(plain.getvalue())
    assert "Algemeen oordeel" in pdf_text(slim.getvalue())


def test_a_summary_of_other_reviews_is_refused():
    data = _product_data()
    with pytest.raises(ValueError):
        reports.render_product_report(data, io.BytesIO(), summary=summarize(list(data.reviews)[:1]))
    with pytest.raises(ValueError):
        reports.render_overview_report([data], io.BytesIO(), summaries=[])


def test_wrapping_each_paragraph_once_changes_no_line(monkeypatch):
    from reportlab.platypus import Paragraph

    data = _product_data()
    once = io.BytesIO()
    reports.render_product_report(data, once, generated_at=MADE)
    monkeypatch.setattr(reports, "_paragraph_class", lambda: Paragraph)
    every = io.BytesIO()
    reports.render_product_report(data, every, generated_at=MADE)
    assert len(_pages(once.getvalue())) >= 2
    assert _pages(once.getvalue()) == _pages(every.getvalue())


def test_wrapping_once_survives_paragraphs_that_move_to_the_next_page(monkeypatch):
    # Many long quotes and tips: paragraphs are split and pushed onward (split() drops
    # their lines), which the wrap-once paragraph must notice.
    from reportlab.platypus import Paragraph

    from lendingdesk.domain.reviews.samples import sample_reviews

    long_quote = "Bewoners werden rustiger tijdens het eten, ook in de avond. " * 6
    data = reports.ProductReportData(
        name="Tovertafel Original",
        maker="Tover",
        reviews=sample_reviews(120, seed=7),
        quotes=[reports.Quote(long_quote, "Verpleegkundige, Zorggroep")] * 8,
        tips=["Begin met korte sessies van tien minuten. " * 5] * 12,
        cleaning="Lens droog afnemen; geen alcohol.",
    )
    once = io.BytesIO()
    reports.render_product_report(data, once, generated_at=MADE)
    monkeypatch.setattr(reports, "_paragraph_class", lambda: Paragraph)
    every = io.BytesIO()
    reports.render_product_report(data, every, generated_at=MADE)
    assert _pages(once.getvalue()) == _pages(every.getvalue())


def test_pdfs_go_into_the_zip_as_they_are_and_the_rest_deflated():
    out = io.BytesIO()
    export.build_bundle(export_data(), out, generated_at=MADE)
    with zipfile.ZipFile(out) as archive:
        kinds = {i.filename: i.compress_type for i in archive.infolist()}
        assert archive.testzip() is None
    assert any(name.endswith(".pdf") for name in kinds)
    for name, kind in kinds.items():
        assert kind == (zipfile.ZIP_STORED if name.endswith(".pdf") else zipfile.ZIP_DEFLATED)
