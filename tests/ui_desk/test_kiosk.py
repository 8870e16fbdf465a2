"""Self-service lending (kiosk) on the real window, driven by scanner key streams and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from lendingdesk.store.models import AuditEvent, Item, Loan
from tests.ui_desk.conftest import KIOSK_CODE as CODE
from tests.ui_desk.conftest import OFFSCREEN_NOISE, desks_settled, human_keys, scan, type_text

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _status(db, tag: str) -> str:
    with db.session() as s:
        return s.scalar(select(Item.status).where(Item.tag == tag))


def _open_loans(db, tag: str) -> list[Loan]:
    with db.session() as s:
        return list(
            s.scalars(select(Loan).join(Item).where(Item.tag == tag, Loan.returned_at.is_(None)))
        )


def test_pass_then_products_then_idle_ends_the_session(
    qtbot, window, kiosk, cat, db, idle, scan_clock
):
    assert kiosk.isFullScreen()
    assert QApplication.activeModalWidget() is kiosk  # nothing behind it takes input
    scan(qtbot, scan_clock, cat.sanne)
    assert kiosk.pages.currentWidget() is kiosk.session_page
    assert "Sanne de Vries" in kiosk.session_headline.text()

    scan(qtbot, scan_clock, cat.paro[0])
    scan(qtbot, scan_clock, cat.tablet[0])
    assert [loan.item_id for loan in _open_loans(db, cat.paro[0])]
    assert _status(db, cat.tablet[0]) == "on_loan"
    assert len(kiosk.lent_loans) == 2
    assert "PARO robotzeehond" in kiosk.session_list.text()
    assert "Compaan tablet" in kiosk.session_list.text()

    # Idle: nothing counts down before the last ten seconds, then it does, then it ends.
    idle.t += 45
    qtbot.wait(300)
    assert not kiosk.countdown.isVisible()
    idle.t += 10
    qtbot.waitUntil(kiosk.countdown.isVisible)
    assert "5" in kiosk.countdown.text()
    idle.t += 6
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.welcome)
    assert kiosk.borrower is None
    assert "Sanne de Vries" in kiosk.welcome_message.text()
    # The loans stay; the next product scanned is not lent to Sanne.
    scan(qtbot, scan_clock, cat.paro[1])
    assert _status(db, cat.paro[1]) == "available"
    assert kiosk.welcome_message.property("tone") == "warn"


def test_a_touch_keeps_the_session_open(qtbot, window, kiosk, cat, idle, scan_clock):
    scan(qtbot, scan_clock, cat.sanne)
    idle.t += 55
    qtbot.waitUntil(kiosk.countdown.isVisible)
    qtbot.mouseClick(kiosk.session_list, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not kiosk.countdown.isVisible())
    idle.t += 30
    qtbot.wait(300)
    assert kiosk.borrower is not None


def test_return_asks_the_professional_and_goes_to_cleaning(
    qtbot, window, kiosk, cat, db, scan_clock
):
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.paro[0])
    scan(qtbot, scan_clock, cat.sanne)  # the same pass again ends the session
    assert kiosk.pages.currentWidget() is kiosk.welcome

    # A return needs no pass: the product's label opens the three questions.
    scan(qtbot, scan_clock, cat.paro[0])
    assert kiosk.pages.currentWidget() is kiosk.checkin_page
    assert not kiosk.return_button.isEnabled()
    qtbot.mouseClick(kiosk.complete.no, Qt.MouseButton.LeftButton)
    assert kiosk.missing_box.isVisible()
    charger = next(b for b in kiosk.missing_buttons if b.text() == "Oplader (speen)")
    qtbot.mouseClick(charger, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.charged.yes, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.damaged.yes, Qt.MouseButton.LeftButton)
    assert kiosk.return_button.isEnabled()
    qtbot.mouseClick(kiosk.return_button, Qt.MouseButton.LeftButton)
    desks_settled(qtbot)  # checked in on the kiosk's worker

    assert kiosk.pages.currentWidget() is kiosk.welcome
    assert kiosk.welcome_message.property("tone") == "ok"
    assert "PARO robotzeehond" in kiosk.welcome_message.text()
    assert _status(db, cat.paro[0]) == "awaiting_cleaning"
    with db.session() as s:
        loan = s.scalar(select(Loan).join(Item).where(Item.tag == cat.paro[0]))
        assert loan.returned_at is not None
        assert loan.accessories_missing == ["Oplader (speen)"]
        assert loan.damage and "zelfbediening" in loan.damage


def test_refusal_says_what_to_do_and_whom_to_call(qtbot, window, kiosk, cat, db, scan_clock):
    scan(qtbot, scan_clock, cat.inactive)
    assert kiosk.borrower is None
    message = kiosk.welcome_message.text()
    assert kiosk.welcome_message.property("tone") == "error"
    assert "06 12345678" in message
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.cleaning_tag)  # waits for cleaning: cannot go out
    assert kiosk.session_message.property("tone") == "error"
    assert "06 12345678" in kiosk.session_message.text()
    assert _status(db, cat.cleaning_tag) == "awaiting_cleaning"


def test_escape_attempts_are_refused_and_the_code_leaves(qtbot, window, kiosk, cat, db, scan_clock):
    before = window.current_key()
    # Shortcuts of the desk behind (Ctrl+2…, Ctrl+Q, F1, Esc, Alt+F4) do nothing here.
    for key, mods in (
        (Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    ):
        human_keys(qtbot, scan_clock, (key, mods))
    assert kiosk.isVisible() and window.kiosk is kiosk
    assert window.current_key() == before
    # A close request (the window manager's Alt+F4) asks for the code instead.
    event = QCloseEvent()
    QApplication.sendEvent(kiosk, event)
    assert not event.isAccepted()
    assert kiosk.isVisible()
    assert kiosk.pages.currentWidget() is kiosk.code_panel
    assert QApplication.focusWidget() is kiosk.code_edit

    type_text(qtbot, scan_clock, "verkeerd1", 140.0)
    assert kiosk.isVisible()
    assert kiosk.code_message.property("tone") == "error"
    with db.session() as s:
        denied = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "coordinator_denied")
        ).all()
    assert denied and "kiosk" in str(denied[-1].details)

    type_text(qtbot, scan_clock, CODE, 140.0)
    qtbot.waitUntil(lambda: window.kiosk is None)
    assert not kiosk.isVisible()
    assert QApplication.activeModalWidget() is None


def test_the_coordinator_panel_goes_back_by_itself(qtbot, window, kiosk, idle):
    qtbot.mouseClick(kiosk.coordinator_button, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentWidget() is kiosk.code_panel
    idle.t += 61
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.welcome)
    assert kiosk.isVisible()


def test_settings_start_the_kiosk(qtbot, window, db, ctx):
    from lendingdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, [], printers=[], parent=window)
    dialog.contact_edit.setText("Balie Lindehof, toestel 214")
    dialog.idle_spin.setValue(90)
    dialog.acceptance_combo.setCurrentIndex(dialog.acceptance_combo.findData("tick"))
    dialog.show()
    qtbot.mouseClick(dialog.kiosk_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.KIOSK
    new = dialog.result_settings()
    assert (new.desk_contact, new.kiosk_idle_seconds, new.acceptance_mode) == (
        "Balie Lindehof, toestel 214",
        90,
        "tick",
    )
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
