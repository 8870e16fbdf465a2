"""The desk's side of e-mail notices: the E-mail settings page, and sending on a timer off the
GUI thread (a server that is down is one calm line in the notice bar)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lendingdesk.services import notices
from lendingdesk.ui.notices_settings import NoticesSettingsDialog
from tests.notices.conftest import SENDER, Desk, MemoryKeyring
from tests.notices.smtp_server import free_port


def _view(desk: Desk):
    from lendingdesk.services.views import ScreenServices

    return ScreenServices(desk.db, lambda: desk.ctx, lambda: None).notices  # type: ignore[arg-type,return-value]


@pytest.mark.usefixtures("desk_in_dutch")
def test_settings_page_stores_the_server_and_puts_the_password_in_the_keyring(
    qtbot, desk: Desk, memory_keyring: MemoryKeyring
) -> None:
    with desk.db.unit_of_work() as s:
        notices.save_config(s, desk.ctx, notices.NoticeConfig())  # off, nothing filled in
    view = _view(desk)
    dialog = NoticesSettingsDialog(view, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.enabled_check.isChecked() and not dialog.which_box.isEnabled()
    dialog.enabled_check.setFocus()
    qtbot.keyClick(dialog.enabled_check, Qt.Key.Key_Space)
    assert dialog.which_box.isEnabled()
    qtbot.keyClicks(dialog.server_edit, "smtps://balie@mail.lindehof.example")
    qtbot.keyClicks(dialog.password_edit, "geheim-42")
    qtbot.keyClicks(dialog.organisation_edit, "Zorggroep Lindehof")
    qtbot.keyClicks(dialog.domains_edit, "lindehof.example; zorg.example")
    dialog.reminder_spin.setValue(10)

    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()  # no sender address yet: refused, in Dutch, the dialog stays
    assert dialog.isVisible()
    assert "afzenderadres" in dialog.error_label.text()
    qtbot.keyClicks(dialog.sender_edit, SENDER)
    save.click()
    assert not dialog.isVisible()

    config = view.config()
    assert config.enabled and config.smtp_url == "smtps://balie@mail.lindehof.example"
    assert config.work_domains == ("lindehof.example", "zorg.example")
    assert config.reminder_after_days == 10 and config.enabled_since
    assert memory_keyring.secrets == {
        ("lendingdesk-smtp", "balie@mail.lindehof.example:465"): "geheim-42"
    }
    again = NoticesSettingsDialog(view, "nl")
    qtbot.addWidget(again)
    assert "sleutelbos" in again.password_note.text()
    assert again.password_edit.text() == ""


@pytest.mark.usefixtures("desk_in_dutch")
def test_the_desk_sends_on_its_timer_off_the_gui_thread_and_says_when_the_server_is_down(
    qtbot, desk: Desk, smtp
) -> None:
    from lendingdesk.ui.app import build_window, start_notices
    from lendingdesk.ui.desk.desk_settings import DeskSettings
    from lendingdesk.ui.desk.feedback import Sounds

    controller, inbox = smtp
    desk.configure(free_port(), every_minutes=15)
    window = build_window(
        desk.db,
        settings=DeskSettings(language="nl", desk_name="Testbalie"),
        clock=desk.clock,
        sounds=Sounds(enabled=False),
    )
    qtbot.addWidget(window)
    window.show()
    threads: list[bool] = []
    original = notices.send_due

    def recorded(*a, **k):
        threads.append(threading.current_thread() is threading.main_thread())
        return original(*a, **k)

    notices.send_due = recorded  # type: ignore[assignment]
    try:
        timer = start_notices(window, every_ms=60_000)
        assert timer is not None
        qtbot.waitUntil(lambda: len(threads) == 1 and not window._notices_runner.busy())
        assert threads == [False]
        assert window.notice_bar.isVisible()
        text = window.notice_bar.text()
        assert text.startswith("E-mails aan leners niet verstuurd — ")
        assert "niet bereikbaar" in text
        assert inbox.messages == []

        desk.configure(controller.port, every_minutes=15)
        timer.timeout.emit()  # a minute later: not yet 15 minutes since the last run
        qtbot.waitUntil(lambda: not window._notices_runner.busy())
        assert len(threads) == 1
        desk.clock.advance(minutes=15)
        timer.timeout.emit()
        qtbot.waitUntil(lambda: len(threads) == 2 and not window._notices_runner.busy())
        qtbot.waitUntil(lambda: not window.notice_bar.isVisible())
        assert len(inbox.messages) == 3
    finally:
        notices.send_due = original  # type: ignore[assignment]
        window._notices_runner.wait()
        timer.stop()


@pytest.mark.usefixtures("desk_in_dutch")
def test_the_desk_settings_open_the_e_mail_settings_after_the_coordinator_code(
    qtbot, desk: Desk, monkeypatch
) -> None:
    from lendingdesk.ui.app import build_window
    from lendingdesk.ui.desk.desk_settings import DeskSettings
    from lendingdesk.ui.desk.feedback import Sounds
    from lendingdesk.ui.settings_dialog import SettingsDialog
    from tests.coordinator_prompts import CODE, answer, set_code

    window = build_window(
        desk.db,
        settings=DeskSettings(language="nl", desk_name="Testbalie"),
        clock=desk.clock,
        sounds=Sounds(enabled=False),
    )
    qtbot.addWidget(window)
    set_code(desk.db)
    answer(monkeypatch, CODE)
    shown: list[NoticesSettingsDialog] = []

    def settings_exec(dialog: SettingsDialog) -> int:
        assert dialog.notices_button.text() == "E-mails aan leners…"
        dialog.notices_button.click()  # opens the E-mail settings over the desk settings
        return dialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", settings_exec)
    monkeypatch.setattr(
        NoticesSettingsDialog, "exec", lambda self: shown.append(self) or self.DialogCode.Rejected
    )
    window.open_settings()
    assert len(shown) == 1
    assert shown[0].windowTitle() == "E-mails aan leners"
    assert shown[0].sender_edit.text() == SENDER  # the stored settings, loaded
