"""The desk by keyboard alone, with real key events: the first field has the cursor when a
screen opens, arrow down goes from a search field into its results, everyday actions have
shortcuts (named in their tooltips), Enter reserves, 1/2/3 tick check-in accessories, focus is
visible; and the status bar follows renewals and cleaning, banners follow the language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from sqlalchemy import select

from lendingdesk.domain.context import DeskContext
from lendingdesk.services.views import CleaningView
from lendingdesk.store.db import Database
from lendingdesk.store.models import Item
from lendingdesk.ui.app import build_window
from lendingdesk.ui.desk.desk_settings import DeskSettings
from lendingdesk.ui.desk.feedback import Sounds
from lendingdesk.ui.main_window import MainWindow
from tests.ui_desk.conftest import ScanClock
from tests.ui_fit.conftest import DEMO_NOW

CTRL = Qt.KeyboardModifier.ControlModifier


# A person's pace between keys (a scanner types 1-16 ms per key; the desk tells them apart).
HUMAN_GAP_MS = 140.0
SCAN_CLOCK = ScanClock()


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = DeskSettings(language="nl", actor="Anouk")
    win = build_window(
        demo_db,
        settings=settings,
        clock=lambda: DEMO_NOW,
        scan_clock=SCAN_CLOCK,
        sounds=Sounds(enabled=False),
    )
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    yield win
    win.close()


def focus() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """One key to whatever has the focus, as the keyboard delivers it, at a person's pace."""
    SCAN_CLOCK.advance(HUMAN_GAP_MS)
    widget = focus()
    assert widget is not None, "nothing has keyboard focus"
    qtbot.keyClick(widget, key, modifiers)


def into(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    """A dialog opened: it is active (a window manager does this) with the focus inside."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focus() is not None and focus().window() is dialog)


def back_to(qtbot, window: MainWindow, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """A dialog closed: the window is active again (a window manager does this)."""
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: focus() is widget)


def type_into_focus(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        press(qtbot, ch)


def counts(window: MainWindow) -> tuple[int, ...]:
    """On loan, overdue, to clean as the status bar shows them (empty until it has read them)."""
    return tuple(int(n) for n in re.findall(r"\d+", window.summary_status.text())[:3])


def first_counts(qtbot, window: MainWindow) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    """The status bar's counts once read: the window reads them on a worker after it opens."""
    qtbot.waitUntil(lambda: len(counts(window)) == 3)
    return counts(window)


def open_screen(qtbot, window: MainWindow, key: str) -> QWidget:  # type: ignore[no-untyped-def]
    index = [e.key for e in window.entries].index(key)
    press(qtbot, Qt.Key.Key_1 + index, CTRL)
    screen = window.screen(key)
    qtbot.waitUntil(lambda: screen.isVisible())
    return screen


def test_the_first_field_has_the_cursor_when_a_screen_opens(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    expected = {
        "catalogue": lambda s: s.search,
        "borrowers": lambda s: s.search,
        "loans": lambda s: s.search,
        "reservations": lambda s: s.product_search,
        "cleaning": lambda s: s.ui.tagEdit,
        "audit": lambda s: s.search,
    }
    for key, field in expected.items():
        screen = open_screen(qtbot, window, key)
        qtbot.waitUntil(lambda s=screen, f=field: focus() is f(s))
    press(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: focus() is window.desk.ui.codeEdit)


def test_arrow_down_from_the_search_into_the_results_and_shortcuts(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, window, "catalogue")
    type_into_focus(qtbot, "robot")
    press(qtbot, Qt.Key.Key_Down)
    assert focus() is screen.table
    assert screen.table.selectionModel().selectedRows()[0].row() == 0
    assert screen.detail.name == screen.model.row_at(0).name
    press(qtbot, Qt.Key.Key_Down)  # and on through the list
    assert screen.table.selectionModel().selectedRows()[0].row() == 1
    # The everyday actions say their shortcut, and the shortcut works.
    assert screen.new_button.toolTip() == "Nieuw product (Ctrl+N)"
    assert screen.add_items_button.toolTip() == "Exemplaren toevoegen (Ctrl+I)"
    assert screen.labels_button.toolTip() == "Labels afdrukken (Ctrl+P)"
    press(qtbot, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    assert type(screen.dialog).__name__ == "AddItemsDialog"
    into(qtbot, screen.dialog)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not screen.dialog.isVisible())
    back_to(qtbot, window, screen.table)
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: screen.dialog.isVisible())
    assert type(screen.dialog).__name__ == "ProductDialog"
    into(qtbot, screen.dialog)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not screen.dialog.isVisible())
    # The filters by keyboard.
    back_to(qtbot, window, screen.table)
    press(qtbot, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert focus() is screen.category_filter
    borrowers = open_screen(qtbot, window, "borrowers")
    assert borrowers.badge_button.toolTip() == "Pas afdrukken (Ctrl+P)"
    type_into_focus(qtbot, "Sanne")
    press(qtbot, Qt.Key.Key_Down)
    assert focus() is borrowers.table


def test_renew_by_keyboard_and_the_status_bar_follows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    on_loan, overdue, to_clean = first_counts(qtbot, window)
    screen = open_screen(qtbot, window, "loans")
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # the overdue list
    assert screen.view == "overdue"
    screen.table.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    into(qtbot, screen.dialog)
    assert focus() is screen.dialog.date_edit
    press(qtbot, Qt.Key.Key_Return)
    assert screen.banner.kind == "ok"
    qtbot.waitUntil(lambda: counts(window) == (on_loan, overdue - 1, to_clean))
    # A language switch leaves no Dutch banner behind.
    window.set_language("en")
    qtbot.waitUntil(lambda: not screen.banner.isVisible())
    assert window.summary_status.text().endswith("to clean")


def test_cleaning_sign_off_updates_the_status_bar_and_is_signed_by_the_desk(
    qtbot, window: MainWindow, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    on_loan, overdue, to_clean = first_counts(qtbot, window)
    assert to_clean > 0
    # An item with nothing to tick: one scan or Enter signs it off.
    queue = CleaningView(demo_db, DeskContext).cleaning_page().rows
    tag = next(r.tag for r in queue if r.status == "awaiting_cleaning" and r.quick)
    screen = open_screen(qtbot, window, "cleaning")
    assert screen.ui.byEdit.text() == "Anouk"  # whoever staffs the desk
    qtbot.waitUntil(lambda: focus() is screen.ui.tagEdit)
    type_into_focus(qtbot, tag.lower())
    press(qtbot, Qt.Key.Key_Return)
    assert screen.banner.kind == "ok", screen.banner.text()
    qtbot.waitUntil(lambda: counts(window) == (on_loan, overdue, to_clean - 1))


def test_enter_submits_the_reservation_form(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, window, "reservations")
    before = screen.model.rowCount()
    qtbot.waitUntil(lambda: focus() is screen.product_search)
    type_into_focus(qtbot, "Compaan")
    press(qtbot, Qt.Key.Key_Return)  # to the matches
    assert focus() is screen.product_combo
    assert "Compaan" in screen.product_combo.currentText()
    screen.borrower_search.setFocus()
    type_into_focus(qtbot, "Sanne")
    press(qtbot, Qt.Key.Key_Down)
    assert focus() is screen.borrower_combo
    assert "Sanne" in screen.borrower_combo.currentText()
    screen.note_edit.setFocus()
    type_into_focus(qtbot, "Thema")
    qtbot.waitUntil(lambda: screen.reserve_button.isEnabled())
    press(qtbot, Qt.Key.Key_Return)
    assert screen.banner.kind == "ok", screen.banner.text()
    assert screen.model.rowCount() == before + 1


def test_plain_digits_toggle_checkin_accessories(
    qtbot, window: MainWindow, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    from lendingdesk.ui.desk.checkin_dialog import CheckinDialog

    with demo_db.session() as s:
        tags = s.scalars(select(Item.tag).where(Item.status == "on_loan")).all()
    prompt = next(
        p
        for p in (window.service.checkin_prompt(t) for t in tags)
        # Parts with a label of their own start unticked (they are ticked by their scan).
        if len(p.accessories) >= 2 and not p.part_tags
    )
    dialog = CheckinDialog(prompt, lang="nl", parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focus() is dialog.ui.chargedCheck)
    first, second = dialog.accessory_checks[:2]
    press(qtbot, Qt.Key.Key_2)
    assert second.isChecked() is False and first.isChecked() is True
    assert focus() is second
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_2)
    assert first.isChecked() is False and second.isChecked() is True
    # In the damage note a digit is just a digit.
    dialog.ui.damageEdit.setFocus()
    type_into_focus(qtbot, "2 krassen")
    assert dialog.ui.damageEdit.text() == "2 krassen"
    assert second.isChecked() is True
    assert dialog.choices().missing == (str(first.property("accessory")),)


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_keyboard_focus_is_visible_on_checkboxes_drop_downs_and_lists(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, window, "catalogue")
    check = screen.findChild(QCheckBox)
    for widget in (check, screen.category_filter, screen.table):
        screen.search.setFocus()
        unfocused = _image(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda w=widget: w.hasFocus())
        focused = _image(widget)
        assert focused != unfocused, type(widget).__name__
        # The difference is a frame: the left edge changes colour.
        edge = QPoint(0, widget.height() // 2)
        assert focused.pixelColor(edge) != unfocused.pixelColor(edge), type(widget).__name__


def test_moderation_by_keyboard_records_who_staffs_the_desk(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from lendingdesk.services.audit import AuditService

    screen = open_screen(qtbot, window, "reviews")
    reviews = screen.reviews
    screen.tabs.setCurrentIndex(1)
    assert screen.approve_button.toolTip() == "Goedkeuren (Ctrl+Return)"
    review = screen.selected_review()
    assert screen.moderator_edit.text() == "Anouk"
    screen.moderation_table.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    stored = reviews.review(review.id)
    assert stored.moderation == "approved" and stored.moderated_by == "Anouk"
    # Another colleague takes over the desk; the next decision is theirs.
    window.set_staff("Bram")
    window.activateWindow()
    screen = open_screen(qtbot, window, "reviews")
    assert screen.moderator_edit.text() == "Bram"
    screen.tabs.setCurrentIndex(1)
    second = screen.selected_review()
    screen.moderation_table.setFocus()
    press(qtbot, Qt.Key.Key_Delete, CTRL)
    stored = reviews.review(second.id)
    assert stored.moderation == "rejected" and stored.moderated_by == "Bram"
    whos = {(r.action, r.actor) for r in AuditService(window.service.db).page(None, 0, 10)}
    assert any(actor == "Bram" for _action, actor in whos)
    assert any(actor == "Anouk" for _action, actor in whos)


def test_ctrl_f_returns_to_the_search_with_its_text_selected(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, window, "loans")
    assert "Ctrl+F" in screen.search.toolTip()
    type_into_focus(qtbot, "Sanne")
    screen.table.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focus() is screen.search
    assert screen.search.selectedText() == "Sanne"
    type_into_focus(qtbot, "Mo")  # typing replaces the old search
    assert screen.search.text() == "Mo"
