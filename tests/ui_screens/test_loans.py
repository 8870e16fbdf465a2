"""The loans screen: the three lists, overdue highlighting, renewing, and the reminder."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import QDate, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication

from lendingdesk.ui.screens import LoansScreen


@pytest.fixture
def screen(make_screen) -> LoansScreen:  # type: ignore[no-untyped-def]
    return make_screen(LoansScreen)


def test_views_and_counts(qtbot, screen: LoansScreen) -> None:  # type: ignore[no-untyped-def]
    counts = screen.services.loan_counts()
    assert counts.overdue > 0
    assert screen.view_buttons["open"].text() == f"Uitgeleend ({counts.open})"
    assert screen.view_buttons["overdue"].text() == f"Te laat ({counts.overdue})"
    assert screen.model.rowCount() == counts.open
    qtbot.mouseClick(screen.view_buttons["overdue"], Qt.MouseButton.LeftButton)
    rows = screen.model.rows()
    assert len(rows) == counts.overdue and all(r.days_overdue > 0 for r in rows)
    qtbot.mouseClick(screen.view_buttons["due_today"], Qt.MouseButton.LeftButton)
    today = screen.services.today()
    assert all(r.due_on == today for r in screen.model.rows())


def open_renew(qtbot, screen: LoansScreen):  # type: ignore[no-untyped-def]
    """Ctrl+R on the chosen loan opens the renew dialog with the date field focused."""
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_renew_an_overdue_loan_by_keyboard_with_the_suggested_date(
    qtbot, screen: LoansScreen
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.view_buttons["overdue"], Qt.MouseButton.LeftButton)
    before = screen.model.rowCount()
    screen.table.selectRow(0)
    loan = screen.selected_loan()
    assert "te laat" in screen.loan_info.text()
    assert screen.renew_button.toolTip() == "Verlengen (Ctrl+R)"
    dialog = open_renew(qtbot, screen)
    today = screen.services.today()
    period = (loan.due_on - loan.out_at.date()).days
    # Overdue: the loan's own period again, counted from today.
    assert dialog.chosen() == today + timedelta(days=period)
    assert dialog.date_edit.displayFormat() == "dd-MM-yyyy"
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert screen.banner.kind == "ok", screen.banner.text()
    assert screen.banner.text().startswith(f"{loan.product_name} verlengd tot ")
    assert screen.model.rowCount() == before - 1  # no longer overdue
    qtbot.mouseClick(screen.view_buttons["open"], Qt.MouseButton.LeftButton)
    renewed = next(r for r in screen.model.rows() if r.id == loan.id)
    assert renewed.due_on == today + timedelta(days=period)
    assert renewed.renewals == loan.renewals + 1


def test_renew_refuses_a_past_date_and_shows_the_domains_refusal(
    qtbot, screen: LoansScreen
) -> None:  # type: ignore[no-untyped-def]
    today = screen.services.today()
    open_rows = [r for r in screen.model.rows() if r.due_on > today]
    screen.table.selectRow(screen.model.find_row(open_rows[0].id))
    loan = screen.selected_loan()
    dialog = open_renew(qtbot, screen)
    # A date in the past: refused in the dialog, nothing saved, the dialog stays open.
    dialog.date_edit.setDate(QDate(today.year, today.month, today.day).addDays(-3))
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.banner.kind == "error"
    assert "in het verleden" in dialog.banner.text()
    # Not after the current due date: the domain refuses, and says so in the dialog.
    dialog.date_edit.setDate(QDate(loan.due_on.year, loan.due_on.month, loan.due_on.day))
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "De nieuwe inleverdatum moet na" in dialog.banner.text()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    unchanged = next(r for r in screen.services.loan_page("open", "").rows if r.id == loan.id)
    assert unchanged.due_on == loan.due_on and unchanged.renewals == loan.renewals


class _MailCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_reminder_copy_and_mail(qtbot, screen: LoansScreen) -> None:  # type: ignore[no-untyped-def]
    rows = screen.model.rows()
    with_mail = next(n for n, r in enumerate(rows) if r.borrower_email)
    screen.table.selectRow(with_mail)
    loan = screen.selected_loan()
    text = screen.reminder_edit.toPlainText()
    first_name = loan.borrower_name.split()[0]
    assert text.startswith(f"Beste {first_name},")
    assert loan.product_name in text and loan.tag in text
    when = "was" if loan.days_overdue else "is"
    assert f"De inleverdatum {when} {loan.due_on:%d-%m-%Y}." in text
    assert text.rstrip().endswith("Uitleenbalie")

    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text

    catcher = _MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open")
    try:
        qtbot.mouseClick(screen.mail_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert len(catcher.urls) == 1
    parts = urlsplit(catcher.urls[0].toString(QUrl.ComponentFormattingOption.FullyEncoded))
    assert parts.scheme == "mailto" and unquote(parts.path) == loan.borrower_email
    query = parse_qs(parts.query)
    assert query["subject"] == [f"Herinnering: {loan.product_name} inleveren"]
    assert query["body"] == [text]
    assert screen.banner.kind == "ok"


def test_mail_needs_an_address(qtbot, screen: LoansScreen) -> None:  # type: ignore[no-untyped-def]
    rows = screen.model.rows()
    without = next(n for n, r in enumerate(rows) if not r.borrower_email)
    screen.table.selectRow(without)
    assert not screen.mail_button.isEnabled()
    assert "kopieer" in screen.mail_button.toolTip()
