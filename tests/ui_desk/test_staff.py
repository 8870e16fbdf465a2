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


def answer(qtbot, scan_clock, name: str | None):  # type: ignore[no-untyped-def]
    """Type ``name`` and Enter in the staff dialog (None: press Esc)."""

    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, StaffDialog)
        if name is None:
            human_keys(qtbot, scan_clock, Qt.Key.Key_Escape)
            return
        human_keys(qtbot, scan_clock, (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier))
        human_keys(qtbot, scan_clock, *name, Qt.Key.Key_Return)

    return when_modal(qtbot, act)


def back_at_the_desk(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The dialog closed: the window is active again with the cursor in the scan field."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.ui.codeEdit)


def who_did(db) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(r.action, r.actor) for r in AuditService(db).page(None, 0, 50)]


def test_first_start_of_the_day_asks_and_every_change_carries_the_name(
    qtbot, window, db, cat, scan_clock, clock
):  # type: ignore[no-untyped-def]
    errors = answer(qtbot, scan_clock, "Fatma")
    assert ask_staff_at_start(window) is True
    assert errors == []
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
    assert ask_staff_at_start(window) is False
    # The next day asks again, offering yesterday's name.
    clock.advance(days=1)
    errors = answer(qtbot, scan_clock, "Bram")
    assert ask_staff_at_start(window) is True
    assert errors == []
    assert DeskSettings.load().staff_names[:3] == ["Bram", "Fatma", "Anouk"]


def test_skipping_in_the_morning_names_nobody(qtbot, window, db, cat, scan_clock, settings):  # type: ignore[no-untyped-def]
    settings.actor = "Yesterday's person"
    errors = answer(qtbot, scan_clock, None)
    assert ask_staff_at_start(window) is False
    assert errors == []
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
    assert errors == []
    assert window.settings.actor == "Anouk"
    assert QApplication.activeModalWidget() is None
