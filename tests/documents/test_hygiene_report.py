"""The hygiene report (issue 16): built from real sign-offs in a real SQLite file, written as a
PDF that is decoded back (pypdf text) and as a CSV that is opened back; and the command line."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from lendingdesk.domain import catalogue, circulation, hygiene
from lendingdesk.domain.circulation import CheckinRequest, CheckoutRequest
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.hygiene import Method, Part, ProtocolInput
from lendingdesk.errors import InvalidInput
from lendingdesk.services import hygiene_report
from lendingdesk.services.hygiene_report import HygieneReportService
from tests.domain.factories import borrower, product_with_items

RESET = ("Account uitloggen", "Opnames wissen")


@pytest.fixture
def history(db, ctx: DeskContext, clock):
    """At one location: an isolation return disinfected and checked, a second check rejected, a
    reset signed off three days late, one return never signed off; a return elsewhere."""
    with db.unit_of_work() as s:
        here = catalogue.get_or_create_location(s, "Zorggroep De Linde", "Lindehof")
        there = catalogue.get_or_create_location(s, "Zorggroep De Linde", "Thuiszorg Oost")
        paro, (seal,) = product_with_items(s, ctx, "PARO robotzeehond", 1)
        hygiene.set_protocol(s, ctx, paro, ProtocolInput(method=Method.CLEAN))
        tablet, tablets = product_with_items(s, ctx, "Compaan tablet", 3, accessories=())
        hygiene.set_protocol(
            s,
            ctx,
            tablet,
            ProtocolInput(method=Method.DISINFECT, agent="alcohol 70 %", reset_steps=RESET),
        )
        badge = borrower(s, ctx).badge
        ids = here.id, there.id
        tags = [seal.tag, *(t.tag for t in tablets)]
    here_ctx = DeskContext(actor="Anouk", location_id=ids[0], clock=clock)
    there_ctx = DeskContext(actor="Anouk", location_id=ids[1], clock=clock)

    def lend_back(tag: str, where: DeskContext, **kw: object) -> None:
        with db.unit_of_work() as s:
            circulation.check_out(s, where, CheckoutRequest(item=tag, borrower=badge))
        clock.advance(days=2)
        with db.unit_of_work() as s:
            circulation.check_in(s, where, CheckinRequest(item=tag, **kw))

    def sign(tag: str, where: DeskContext, **kw: object) -> None:
        with db.unit_of_work() as s:
            hygiene.sign_off(s, where, tag, **{"confirmed": RESET, "share": 0, **kw})

    lend_back(tags[0], here_ctx, isolation=True)  # the seal back from isolation
    sign(tags[0], here_ctx, by="Kees", agent="chloor 1.000 ppm", share=1)
    with db.unit_of_work() as s:
        hygiene.second_check(s, here_ctx, tags[0], by="Fatima", approved=True)
    lend_back(tags[1], here_ctx)  # a tablet: rejected once, then done again
    sign(tags[1], here_ctx, by="Kees", share=1)
    with db.unit_of_work() as s:
        hygiene.second_check(s, here_ctx, tags[1], by="Daan", approved=False, note="Account actief")
    sign(tags[1], here_ctx, by="Kees")
    lend_back(tags[2], here_ctx)  # signed off three days later
    clock.advance(days=3)
    sign(tags[2], here_ctx, by="Daan")
    lend_back(tags[3], there_ctx)  # elsewhere, and never signed off
    return {"db": db, "tags": tags, "here": ids[0], "clock": clock}


def _report(history, location_id=None, lang="nl"):
    service = HygieneReportService(history["db"], lambda: DeskContext(clock=history["clock"]))
    today = history["clock"]().date()
    return service, service.report(date(2026, 1, 1), today, location_id)


def test_the_report_counts_and_names_every_deviation(history) -> None:
    _, data = _report(history)
    tags = history["tags"]
    assert data.returns == 4
    assert len(data.lines) == 4  # seal; tablet twice (rejected, again); tablet late
    assert data.count(Part.DISINFECT) == 4 and data.count(Part.RESET) == 3
    assert (data.checks("approved"), data.checks("refused")) == (1, 1)
    kinds = {(d.tag, d.kind) for d in data.deviations}
    assert kinds == {
        (tags[0], "isolation"),
        (tags[1], "check_refused"),
        (tags[2], "late"),
        (tags[3], "not_signed_off"),
    }
    late = next(d for d in data.deviations if d.kind == "late")
    assert late.detail_text("nl") == "3 dagen na inname"
    isolation = next(d for d in data.deviations if d.kind == "isolation")
    assert isolation.detail == "chloor 1.000 ppm – Kees"
    # One location: the return elsewhere is not in it.
    _, here = _report(history, history["here"])
    assert here.returns == 3
    assert tags[3] not in {d.tag for d in here.deviations}


def test_a_return_cleaned_but_not_yet_reset_is_not_signed_off(history) -> None:
    tablet = history["tags"][3]
    with history["db"].unit_of_work() as s:
        hygiene.sign_off(
            s,
            DeskContext(clock=history["clock"]),
            tablet,
            by="Kees",
            parts=[Part.CLEAN, Part.DISINFECT],
            share=0,
        )
    _, data = _report(history)
    waiting = next(d for d in data.deviations if d.tag == tablet)
    assert (waiting.kind, waiting.parts) == ("not_signed_off", ("reset",))
    assert waiting.detail_text("nl").endswith("nog te doen: reset")


def test_pdf_is_decoded_back_with_its_figures_and_deviations(history, tmp_path: Path) -> None:
    service, _ = _report(history)
    for lang, words in (
        (
            "nl",
            (
                "Hygiënerapport",
                "retour uit isolatie / BRMO",
                "tweede controle afgekeurd",
                "te laat afgetekend",
                "niet afgetekend",
                "Daan: Account actief (Kees)",
            ),
        ),
        (
            "en",
            (
                "Hygiene report",
                "return from isolation / BRMO",
                "second check rejected",
                "signed off late",
                "not signed off",
                "chloor 1.000 ppm",
            ),
        ),
    ):
        out = tmp_path / f"hygiene-{lang}.pdf"
        pages = service.save(out, date(2026, 1, 1), date(2026, 12, 31), lang=lang)
        pdf = pdfium.PdfDocument(out)
        assert len(pdf) == pages >= 1
        text = " ".join(
            " ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))
        )
        pdf.close()
        for word in words:
            assert word in text, (lang, word)
        for tag in history["tags"]:
            assert tag in text
        table = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
        fonts = [line.split()[0] for line in table.splitlines()[2:]]
        assert all("DejaVu" in f for f in fonts), fonts  # embedded, no Helvetica


def test_csv_opens_back_with_safe_cells(history, tmp_path: Path) -> None:
    db, tags = history["db"], history["tags"]
    with db.unit_of_work() as s:  # a name typed as a formula
        hygiene.sign_off(
            s,
            DeskContext(clock=history["clock"]),
            tags[3],
            by="=HYPERLINK(1)",
            confirmed=RESET,
            share=0,
        )
    service, _ = _report(history)
    out = tmp_path / "hygiene.csv"
    rows = service.save(out, date(2026, 1, 1), date(2026, 12, 31))
    with out.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh, delimiter=";"))
    assert len(table) == rows
    assert set(table[0]) == set(hygiene_report.CSV_COLUMNS)
    signed = [r for r in table if r["record"] == "signoff"]
    assert any(r["by"] == "'=HYPERLINK(1)" for r in signed)  # shown, not evaluated
    assert any(r["what"] == "reiniging, desinfectie, reset" for r in signed)
    refused = next(r for r in signed if r["second_check"] == "refused")
    assert (refused["second_by"], refused["note"]) == ("Daan", "Account actief")
    assert {r["method"] for r in table if r["record"] == "deviation"} >= {"isolation", "late"}


def test_period_is_checked(history) -> None:
    service, _ = _report(history)
    with pytest.raises(InvalidInput):
        service.report(date(2026, 3, 1), date(2026, 2, 1))
    with pytest.raises(InvalidInput):
        service.report(date(2020, 1, 1), date(2026, 1, 1))


def test_command_line_writes_pdf_and_csv_and_refuses_other_files(history, tmp_path: Path) -> None:
    db_path = str(history["db"].engine.url.database)
    history["db"].dispose()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "lendingdesk", "--db", db_path, *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    base = ("hygiene", "report", "--from", "2026-01-01", "--to", "2026-12-31")
    done = run(*base, "--location", "Lindehof", "--out", str(tmp_path / "r.pdf"))
    assert done.returncode == 0, done.stderr
    assert "afwijkingen" in done.stdout and (tmp_path / "r.pdf").stat().st_size > 1000
    done = run("--lang", "en", *base, "--out", str(tmp_path / "r.csv"))
    assert done.returncode == 0, done.stderr
    assert "deviations" in done.stdout
    done = run(*base, "--out", str(tmp_path / "r.xlsx"))
    assert done.returncode != 0 and ".pdf of .csv" in done.stderr
    assert "Traceback" not in done.stderr
    done = run(*base, "--location", "Nergens", "--out", str(tmp_path / "r2.pdf"))
    assert done.returncode != 0 and "Geen locatie" in done.stderr
    # `clean` on a tablet with a reset checklist: the steps are confirmed, or it is refused.
    tablet = history["tags"][3]
    done = run("clean", tablet, "--by", "Kees")
    assert done.returncode != 0 and "--steps-done" in done.stderr
    assert "Account uitloggen" in done.stderr and "Traceback" not in done.stderr
    done = run("--lang", "en", "clean", tablet, "--by", "Kees", "--steps-done")
    assert done.returncode == 0, done.stderr
    assert "available again" in done.stdout
