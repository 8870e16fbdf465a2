"""The reservations screen: make one, see a conflict inline before saving, cancel."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from lendingdesk.ui.screens import ReservationsScreen


@pytest.fixture
def screen(make_screen) -> ReservationsScreen:
    return make_screen(ReservationsScreen)


def _choose(qtbot, search, combo, text: str, expected: str) -> None:
    search.clear()
    qtbot.keyClicks(search, text)
    qtbot.waitUntil(
        lambda: combo.count() >= 1 and combo.itemText(0).startswith(expected), timeout=2000
    )
    combo.setCurrentIndex(0)


def _set_period(screen: ReservationsScreen, start_days: int, end_days: int) -> None:
    today = screen.services.today()
    start, end = today + timedelta(days=start_days), today + timedelta(days=end_days)
    screen.start_edit.setDate(QDate(start.year, start.month, start.day))
    screen.end_edit.setDate(QDate(end.year, end.month, end.day))


def test_reserve_then_conflict_is_shown_inline(qtbot, screen: ReservationsScreen) -> None:
    before = screen.model.rowCount()
    _choose(qtbot, screen.product_search, screen.product_combo, "Medido", "Medido")
    screen.item_combo.setCurrentIndex(1)  # one particular item
    tag = screen.item_combo.currentText()
    _choose(qtbot, screen.borrower_search, screen.borrower_combo, "Fatma", "Fatma Yilmaz")
    _set_period(screen, 20, 27)
    qtbot.keyClicks(screen.note_edit, "Proef op afdeling 3")
    qtbot.waitUntil(lambda: screen.conflict_label.text().startswith("✓"), timeout=2000)
    assert screen.reserve_button.isEnabled()
    qtbot.mouseClick(screen.reserve_button, Qt.MouseButton.LeftButton)
    assert screen.banner.kind == "ok", screen.banner.text()
    assert screen.model.rowCount() == before + 1
    made = next(r for r in screen.model.rows() if r.item_tag == tag)
    assert made.borrower_name == "Fatma Yilmaz" and made.note == "Proef op afdeling 3"

    # The same item for an overlapping period, for someone else: the conflict shows at once.
    _choose(qtbot, screen.borrower_search, screen.borrower_combo, "Kees", "Kees Dekker")
    _set_period(screen, 25, 30)
    qtbot.waitUntil(lambda: screen.conflict_label.text().startswith("⚠"), timeout=2000)
    assert f"{tag} is al gereserveerd voor Fatma Yilmaz" in screen.conflict_label.text()
    assert not screen.reserve_button.isEnabled()

    # A later period is free again.
    _set_period(screen, 28, 30)
    qtbot.waitUntil(lambda: screen.conflict_label.text().startswith("✓"), timeout=2000)
    assert screen.reserve_button.isEnabled()


def test_conflict_when_all_items_are_taken(qtbot, screen: ReservationsScreen) -> None:
    _choose(qtbot, screen.product_search, screen.product_combo, "Fietslab", "Fietslabyrint")
    items = screen.item_combo.count() - 1
    _choose(qtbot, screen.borrower_search, screen.borrower_combo, "Lotte", "Lotte Smit")
    _set_period(screen, 40, 45)
    for _ in range(items):
        assert not screen.check_conflicts()
        qtbot.mouseClick(screen.reserve_button, Qt.MouseButton.LeftButton)
        assert screen.banner.kind == "ok", screen.banner.text()
    conflicts = screen.check_conflicts()
    assert conflicts and "al gereserveerd" in conflicts[0]
    assert screen.conflict_label.text().startswith("⚠")
    assert not screen.reserve_button.isEnabled()


def test_cancel_reservation(qtbot, screen: ReservationsScreen) -> None:
    assert screen.model.rowCount() >= 1  # the demo has one
    screen.table.selectRow(0)
    row = screen.selected()
    assert screen.cancel_button.isEnabled()
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.cancel_confirm_button, Qt.MouseButton.LeftButton)
    assert screen.banner.text() == "De reservering is geannuleerd."
    assert all(r.id != row.id for r in screen.model.rows())
    screen.past_check.setChecked(True)
    cancelled = next(r for r in screen.model.rows() if r.id == row.id)
    assert cancelled.state == "cancelled"
    assert screen.model.index(screen.model.find_row(row.id), 5).data() == "Geannuleerd"
