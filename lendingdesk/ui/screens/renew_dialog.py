"""Renew a loan: the new return date, with a sensible default, picked or typed.

The default is the loan's own period again, counted from its due date (or from today when the
loan is overdue). A date in the past is refused here, before anything is saved; the domain's
own refusals (e.g. a reservation that starts earlier) are shown in the dialog, which then stays
open with the chosen date still there.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.errors import LendingError
from lendingdesk.services.views import LoanRow, LoansView
from lendingdesk.ui.models.labels import date_edit_format, fmt_date
from lendingdesk.ui.screens.base import (
    PRIMARY_BUTTON,
    Banner,
    heading,
    propagate_fonts,
    readable,
    translate,
    ui_lang,
)

MIN_PERIOD_DAYS = 7  # a loan lent and due the same day still renews by a week


def default_due(loan: LoanRow, today: date) -> date:
    """The loan's own period again, from its due date, or from today when it is overdue."""
    lent_on = loan.out_at.date() if loan.out_at is not None else loan.due_on
    period = max((loan.due_on - lent_on).days, MIN_PERIOD_DAYS)
    return max(loan.due_on, today) + timedelta(days=period)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class RenewDialog(QDialog):
    """ "Renew until …": Enter renews, Esc cancels."""

    renewed = Signal(object)  # the new due date

    def __init__(self, services: LoansView, loan: LoanRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renewDialog")
        self.services = services
        self.loan = loan
        self.today = services.today()
        self.new_due: date | None = None
        readable(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.heading = heading(self, 14)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.date_label = QLabel(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumHeight(34)
        self.date_edit.setDate(_qdate(default_due(loan, self.today)))
        self.date_label.setBuddy(self.date_edit)
        self.banner = Banner(self)
        self.buttons = QDialogButtonBox(self)
        self.renew_button = QPushButton(self)
        self.renew_button.setStyleSheet(PRIMARY_BUTTON)
        self.renew_button.setDefault(True)
        self.renew_button.setAutoDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.renew_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.heading, self.info, self.date_label, self.date_edit):
            layout.addWidget(widget)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        propagate_fonts(self)
        self.retranslate()
        self.date_edit.setFocus()

    def chosen(self) -> date:
        return _pydate(self.date_edit.date())

    def accept(self) -> None:
        new_due = self.chosen()
        if new_due < self.today:
            self.banner.error(
                translate(
                    "RenewDialog", "%1 is in the past. Choose today or a later date."
                ).replace("%1", fmt_date(new_due))
            )
            self.date_edit.setFocus()
            return
        try:
            self.new_due = self.services.renew_loan(self.loan.id, new_due)
        except LendingError as exc:  # e.g. a reservation that starts earlier
            self.banner.error(exc.message(ui_lang()))
            self.date_edit.setFocus()
            return
        self.renewed.emit(self.new_due)
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "buttons"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        loan = self.loan
        self.setWindowTitle(translate("RenewDialog", "Renew loan"))
        self.heading.setText(
            translate("RenewDialog", "Renew %1 (%2)")
            .replace("%1", loan.product_name)
            .replace("%2", loan.tag)
        )
        self.info.setText(
            translate("RenewDialog", "Lent to %1; due back %2.")
            .replace("%1", loan.borrower_name)
            .replace("%2", fmt_date(loan.due_on))
        )
        self.date_label.setText(translate("RenewDialog", "&New return date"))
        self.date_edit.setDisplayFormat(date_edit_format())
        self.renew_button.setText(translate("RenewDialog", "Renew"))
        self.cancel_button.setText(translate("RenewDialog", "Cancel"))
