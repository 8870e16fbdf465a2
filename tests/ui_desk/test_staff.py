"""Who staffs the desk: asked at the start of the day, remembered, changed from the status bar,
and written with every change (the audit log's "Wie", the reviews' "Moderated by")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lendingdesk.services.audit import AuditService
from lendingdesk.ui.app import ask_staff_at_start
from lendingdesk.ui.desk.desk_settings import DeskSettings
from lendingdesk.ui.staff import StaffDialog
from tests.ui_desk.conftest import OFFSCREEN_NOISE, human_keys, scan, when_modal

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def settings() -> DeskSettings:
    return DeskSettings(language="nl", desk_name="Testbalie", staff_names=["Anouk", "Bram"])


def type_answer(qtbot, scan_clock, name: str | None) -> None:  # type: ignore[no-untyped-def]
    """Type ``name`` and Enter into the staff question (None: press Esc)."""
    if name is None:
        human_keys(qtbot, scan_clock, Qt.Key.Key_Escape)
        return
    human_keys(qtbot, scan_clock, (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier))
    human_keys(qtbot, scan_clock, *name, Qt.Key.Key_Return)


def answer(qtbot, scan_clock, name: str | None):  # type: ignore[no-untyped-def]
    """Answer the staff dialog opened over the window from the status bar."""

    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, StaffDialog)
        type_answer(qtbot, scan_clock, name)

    return when_modal(qtbot, act)


def morning_question(qtbot, window) -> StaffDialog:  # type: ignore[no-untyped-def]
    """The start-of-day question stands beside the desk with the cursor in the name."""
    dialog = ask_staff_at_start(window)
    assert isinstance(dialog, StaffDialog)
    assert not dialog.isModal()
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() in (dialog.name_box, dialog.name_box.lineEdit())
    )
    return dialog


def back_at_the_desk(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The dialog closed: the window is active again with the cursor in the scan field."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.ui.codeEdit)


def who_did(db) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(r.action, r.actor) for r in AuditService(db).page(None, 0, 50)]


def test_first_start_of_the_day_asks_and_every_change_carries_the_name(
    qtbot, window, db, cat, scan_clock, clock
):  # type: ignore[no-untyped-def]
    morning_question(qtbot, window)
    type_answer(qtbot, scan_clock, "Fatma")
    assert window.staff_button.text() == "Aan de balie: Fatma"
    back_at_the_desk(qtbot, window)
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.tablet[0])
    assert ("checkout", "Fatma") in who_did(db)
    # The audit screen's "Wie" column says so too.
    audit = window.screen("audit")
    window.show_screen("audit")
    audit.refresh()
    whos = {audit.model.index(r, 1).data() for r in range(audit.model.rowCount())}
    assert "Fatma" in whos
    # Remembered on this computer, most recent first; the same day does not ask again.
    saved = DeskSettings.load()
    assert saved.actor == "Fatma"
    assert saved.staff_names[:3] == ["Fatma", "Anouk", "Bram"]
    assert ask_staff_at_start(window) is None
    # The next day asks again, offering yesterday's name.
    clock.advance(days=1)
    dialog = morning_question(qtbot, window)
    assert dialog.name() == "Fatma"
    type_answer(qtbot, scan_clock, "Bram")
    assert DeskSettings.load().staff_names[:3] == ["Bram", "Fatma", "Anouk"]


def test_skipping_in_the_morning_names_nobody(qtbot, window, db, cat, scan_clock, settings):  # type: ignore[no-untyped-def]
    settings.actor = "Yesterday's person"
    morning_question(qtbot, window)
    type_answer(qtbot, scan_clock, None)
    assert settings.actor == ""
    assert window.staff_button.text() == "Aan de balie: niemand genoemd"
    back_at_the_desk(qtbot, window)
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.tablet[0])
    assert ("checkout", None) in who_did(db)


def test_change_from_the_status_bar_by_keyboard_and_moderation_follows(qtbot, window, scan_clock):  # type: ignore[no-untyped-def]
    assert "Ctrl+Shift+W" in window.staff_button.toolTip()
    errors = answer(qtbot, scan_clock, "Anouk")
    human_keys(
        qtbot,
        scan_clock,
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    )
    qtbot.waitUntil(lambda: window.settings.actor == "Anouk")
    assert errors == []
    reviews = window.screen("reviews")
    if not hasattr(reviews, "moderator_edit"):
        pytest.skip("the reviews screen is not installed")
    window.show_screen("reviews")
    assert reviews.moderator_edit.text() == "Anouk"
    # Cancelling a change keeps the name.
    errors = answer(qtbot, scan_clock, None)
    window.staff_button.click()
    qtbot.waitUntil(lambda: window.staff_dialog is None)
    assert errors == []
    assert window.settings.actor == "Anouk"
    assert QApplication.activeModalWidget() is None


def test_scans_are_handled_while_the_morning_question_stands(qtbot, window, db, cat, scan_clock):  # type: ignore[no-untyped-def]
    dialog = morning_question(qtbot, window)
    human_keys(qtbot, scan_clock, *"Fat")  # half typed when the first borrower arrives
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.tablet[0])
    assert dialog.isVisible()
    assert dialog.name_box.currentText() == "Fat"  # the scans left the name alone
    assert window.desk.session_loans  # the desk lent meanwhile
    type_answer_rest = "ma"
    human_keys(qtbot, scan_clock, *type_answer_rest, Qt.Key.Key_Return)
    assert window.settings.actor == "Fatma"
