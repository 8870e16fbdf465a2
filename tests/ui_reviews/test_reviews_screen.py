"""The Reviews screen over the demo data: pending list, moderation, product figures, import."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from lendingdesk.errors import LendingError
from lendingdesk.ui.reviews.import_dialog import ImportDialog
from lendingdesk.ui.reviews.reviews_screen import ReviewsScreen


@pytest.fixture
def screen(qtbot, views, dutch):
    widget = ReviewsScreen(views)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_decline_takes_a_loan_off_the_waiting_list(qtbot, screen, reviews):
    before = {p.loan_id for p in reviews.pending_reviews()}
    assert screen.tabs.tabText(0) == f"Nog te beoordelen ({len(before)})"
    first = screen.selected_pending()
    qtbot.mouseClick(screen.decline_button, Qt.MouseButton.LeftButton)
    assert {p.loan_id for p in reviews.pending_reviews()} == before - {first.loan_id}
    assert screen.banner.kind == "info"
    assert screen.tabs.tabText(0) == f"Nog te beoordelen ({len(before) - 1})"


def test_moderation_approves_with_a_resident_name_edited_out(qtbot, screen, reviews):
    screen.tabs.setCurrentIndex(1)
    waiting = reviews.reviews_for(moderation="pending")
    assert screen.moderation_table.rowCount() == len(waiting) > 0
    review = screen.selected_review()
    pros = screen._text_edits["pros"]
    pros.setFocus()
    pros.selectAll()
    qtbot.keyClicks(pros, "Mevrouw [naam] genoot er zichtbaar van.")
    screen.moderator_edit.setText("Anouk")
    qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)

    stored = reviews.review(review.id)
    assert stored.moderation == "approved" and stored.moderated_by == "Anouk"
    assert stored.answers["pros"] == "Mevrouw [naam] genoot er zichtbaar van."
    assert stored.scores == review.scores  # ratings are never edited
    assert screen.moderation_table.rowCount() == len(waiting) - 1
    assert screen.banner.kind == "ok" and "goedgekeurd" in screen.banner.text()


def test_moderation_shows_what_publishing_will_leave_out(qtbot, screen, reviews):
    screen.tabs.setCurrentIndex(1)
    review = screen.selected_review()
    signed = reviews.published_author(review.id, "nl")
    assert f"Gepubliceerd als: {signed}" in screen.detail_meta.text()
    tips = screen._text_edits["tips"]
    removed = screen.removal_labels["tips"]
    tips.setFocus()
    tips.selectAll()
    qtbot.keyClicks(tips, "Vraag het aan de dochter van der Meer.")
    assert removed.isHidden()  # ordinary words: nothing to leave out
    tips.selectAll()
    # Esther de Boer reviewed without consent to publish her name (demo data).
    qtbot.keyClicks(tips, "Bel Esther de Boer: 06-12345678 of esther@linde.example, pas LP0000084.")
    assert removed.isVisible()
    assert removed.text() == (
        "Weggelaten bij publicatie: naam “Esther de Boer”, telefoonnummer “06-12345678”, "
        "e-mailadres “esther@linde.example”, pascode “LP0000084”"
    )


def test_reject_keeps_the_review_out_of_the_reports(qtbot, screen, reviews):
    screen.tabs.setCurrentIndex(1)
    review = screen.selected_review()
    qtbot.mouseClick(screen.reject_button, Qt.MouseButton.LeftButton)
    assert reviews.review(review.id).moderation == "rejected"


def _approved_counts(reviews) -> Counter:
    return Counter(r.product_id for r in reviews.reviews_for(moderation="approved"))


def test_product_page_shows_figures_and_charts_from_three_reviews(qtbot, screen, reviews):
    from PySide6.QtCharts import QBarSeries, QPolarChart

    counts = _approved_counts(reviews)
    product_id, n = counts.most_common(1)[0]
    assert n >= 3
    screen.tabs.setCurrentIndex(2)
    screen.product_combo.setCurrentIndex(screen.product_combo.findData(product_id))
    assert screen.figures.isVisible() and not screen.too_few.isVisible()
    assert screen.cards[0].value.text() == str(n)
    assert screen.cards[1].caption.text() == "Algemeen oordeel"
    charts = [view.chart() for view in screen.chart_views]
    assert len(charts) == 2
    radar, bars = charts
    assert isinstance(radar, QPolarChart)
    assert radar.title() == "Positieve Gezondheid: effect voor de cliënt"
    bar_series = next(s for s in bars.series() if isinstance(s, QBarSeries))
    heights = [bar_series.barSets()[0].at(i) for i in range(5)]
    assert sum(heights) == n  # one bar count per approved review, scores 1..5


def test_product_page_withholds_figures_below_three_reviews(qtbot, screen, reviews):
    counts = _approved_counts(reviews)
    all_products = {r.product_id for r in reviews.reviews_for()}
    few = next(p for p in sorted(all_products) if counts.get(p, 0) < 3)
    screen.tabs.setCurrentIndex(2)
    screen.product_combo.setCurrentIndex(screen.product_combo.findData(few))
    assert screen.too_few.isVisible() and not screen.figures.isVisible()
    assert "te weinig reviews" in screen.too_few.text().lower()
    assert screen.chart_views == []


def test_language_switch_retranslates_the_screen_and_the_form(qtbot, screen, reviews):
    from lendingdesk.ui.i18n import Translations
    from lendingdesk.ui.screens import set_language

    form = screen.make_form(screen.selected_pending())
    qtbot.addWidget(form)
    assert screen.tabs.tabText(2) == "Per product"
    assert screen.enter_button.text() == "Review invoeren"
    assert form.save_button.text() == "Review opslaan (Ctrl+Enter)"
    setting = form.questions["setting"]
    assert setting.label.text().startswith("In welke setting")

    Translations().apply("en")
    set_language("en")
    QApplication.processEvents()
    assert screen.enter_button.text() == "Enter review"
    assert screen.tabs.tabText(1).startswith("Moderation (")
    assert form.save_button.text() == "Save review (Ctrl+Enter)"
    assert setting.label.text().startswith("In which setting")  # the instrument's own English
    assert setting.widget.itemText(1) != "Verpleeghuis"

    Translations().apply("nl")
    set_language("nl")
    QApplication.processEvents()
    assert screen.enter_button.text() == "Review invoeren"


CSV_BAD = (
    "naam;merk;categorie;aantal\n"
    "Robotkat Luna;Ageless Innovation;Robotdieren;2\n"
    ";Zonder naam BV;Sensoren;1\n"
    "Slimme sok;SensoCare;Sensoren;veel\n"
)


def test_import_preview_shows_line_errors_and_applies_nothing_until_fixed(
    qtbot, views, reviews, tmp_path: Path, dutch
):
    path = tmp_path / "catalogus.csv"
    path.write_text(CSV_BAD, encoding="utf-8")
    dialog = ImportDialog(views.catalogue_import)
    qtbot.addWidget(dialog)
    dialog.load(path)
    errors = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    assert any(e.startswith("Regel 3") for e in errors), errors
    assert any(e.startswith("Regel 4") for e in errors), errors
    assert not dialog.import_button.isEnabled()
    assert dialog.table.rowCount() >= 1
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # disabled: nothing
    assert not _product_exists(reviews, "Robotkat Luna")

    path.write_text(
        CSV_BAD.replace(";Zonder naam BV", "Bedsensor;Zonder naam BV").replace("veel", "3"),
        encoding="utf-8",
    )
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.count() == 0 and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "3 nieuwe product" in dialog.result_summary
    assert _product_exists(reviews, "Robotkat Luna") and _product_exists(reviews, "Slimme sok")


def _product_exists(reviews, name: str) -> bool:
    from lendingdesk.errors import NotFound

    try:
        reviews.instrument_for_product(name)
    except NotFound:
        return False
    return True


def test_export_asks_the_coordinator_code_and_writes_the_bundle(
    qtbot, screen, reviews, demo_db, desk_ctx, tmp_path: Path, monkeypatch
):
    import zipfile

    from lendingdesk.services.access import set_code
    from tests.coordinator_prompts import answer

    target = tmp_path / "bundel.zip"
    screen.ask_path = lambda: str(target)
    # No code set yet: the desk says so and offers to set one; it does not ask for a code
    # nobody has (it did, and only then said that none was set).
    prompts = answer(monkeypatch)
    screen.export()
    assert prompts.asked == [] and len(prompts.offered) == 1
    assert not target.exists()

    with demo_db.unit_of_work() as session:
        set_code(session, desk_ctx, "zorg-2026")
    prompts = answer(monkeypatch, "fout", "zorg-2026", "zorg-2026")
    screen.export()  # wrong code: refused, nothing written
    assert len(prompts.told) == 1 and "coördinatorcode" in prompts.told[0].lower()
    assert not target.exists()

    import threading

    real_export = screen.reviews.export_bundle
    on_gui_thread: list[bool] = []

    def recorded(*args, **kwargs):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real_export(*args, **kwargs)

    screen.reviews.export_bundle = recorded
    screen.export()
    qtbot.waitUntil(lambda: not screen.export_task.busy())
    assert screen.banner.kind == "ok", screen.banner.text()
    assert on_gui_thread == [False]  # a pool thread: the window keeps painting meanwhile
    assert zipfile.is_zipfile(target)
    exported = [r for r in reviews.reviews_for(moderation="approved") if r.exported_at]
    assert exported and str(len(exported)) in screen.banner.text()

    # A refusal on the worker thread reaches the banner like any other.
    def refused(*args, **kwargs):
        raise LendingError("De map is alleen-lezen.", "The folder is read-only.")

    screen.reviews.export_bundle = refused
    screen.export()
    qtbot.waitUntil(lambda: not screen.export_task.busy())
    assert screen.banner.kind == "error" and "alleen-lezen" in screen.banner.text()
