"""Loans: open, due today, overdue (highlighted); renew; a reminder text ready to copy or to
send with the system's mail program."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QItemSelection, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.services.views import LoanRow, LoansView
from lendingdesk.ui.models.labels import fmt_date
from lendingdesk.ui.models.tables import LoanTableModel
from lendingdesk.ui.screens.base import (
    PRIMARY_BUTTON,
    Banner,
    Screen,
    SearchField,
    bind_button,
    fit_columns,
    heading,
    make_table,
    readable,
    translate,
)

C = "LoansScreen"
R = "Reminder"

TOGGLE_STYLE = (
    "QPushButton { border:1px solid #b9c4d3; padding:7px 16px; background:#fff; border-radius:5px; }"
    "QPushButton:checked { background:#1f5fa8; color:white; border-color:#1f5fa8; }"
)


def reminder_subject(row: LoanRow) -> str:
    return translate("Reminder", "Reminder: please return %1").replace("%1", row.product_name)


def reminder_text(row: LoanRow, sender: str) -> str:
    """A friendly reminder in the desk's language (Dutch by default)."""
    if row.days_overdue:
        when = translate("Reminder", "The return date was %1.").replace("%1", fmt_date(row.due_on))
    else:
        when = translate("Reminder", "The return date is %1.").replace("%1", fmt_date(row.due_on))
    first = row.borrower_name.split()[0] if row.borrower_name.strip() else ""
    return (
        translate("Reminder", "Dear %1,").replace("%1", first)
        + "\n\n"
        + translate("Reminder", "You borrowed %1 (label %2) from the lending service.")
        .replace("%1", row.product_name)
        .replace("%2", row.tag)
        + " "
        + when
        + "\n"
        + translate(
            "Reminder",
            "Would you bring it back to the lending desk as soon as you can? Do you need it a "
            "little longer? Let us know and we will gladly look at extending the loan.",
        )
        + "\n\n"
        + translate("Reminder", "Thank you!")
        + "\n\n"
        + translate("Reminder", "Kind regards,")
        + "\n"
        + sender
    )


def mailto_url(to: str, subject: str, body: str) -> QUrl:
    # Percent-encode everything ourselves: mail programs differ in what they tolerate.
    encoded = f"mailto:{quote(to, safe='@.')}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return QUrl.fromEncoded(encoded.encode("ascii"))


class LoansScreen(Screen):
    VIEWS = ("open", "due_today", "overdue")

    def __init__(self, services: LoansView, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.view = "open"
        self.dialog: QWidget | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(8)

        top = QHBoxLayout()
        self.view_group = QButtonGroup(self)
        self.view_buttons: dict[str, QPushButton] = {}
        for number, key in enumerate(self.VIEWS):
            button = QPushButton(self)
            button.setCheckable(True)
            button.setStyleSheet(TOGGLE_STYLE)
            self.view_group.addButton(button, number)
            self.view_buttons[key] = button
            top.addWidget(button)
        self.view_buttons["open"].setChecked(True)
        top.addSpacing(12)
        self.search = SearchField(self)
        self.search.setMinimumHeight(36)
        top.addWidget(self.search, 1)
        root.addLayout(top)

        self.banner = Banner(self)
        root.addWidget(self.banner)

        self.model = LoanTableModel(parent=self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        fit_columns(self.table, elidable=(LoanTableModel.PRODUCT,))  # in full below, too
        root.addWidget(self.table, 1)

        panel = QFrame(self)
        panel.setObjectName("loanPanel")
        panel.setStyleSheet(
            "#loanPanel { background:#f6f8fb; border:1px solid #d4d9e1; border-radius:6px; }"
        )
        row = QHBoxLayout(panel)
        row.setContentsMargins(12, 10, 12, 10)
        left = QVBoxLayout()
        self.loan_label = heading(panel, 13.5)
        self.loan_info = QLabel(panel)
        self.loan_info.setWordWrap(True)
        self.renew_button = QPushButton(panel)
        self.renew_button.setStyleSheet(PRIMARY_BUTTON)
        left.addWidget(self.loan_label)
        left.addWidget(self.loan_info)
        renew_row = QHBoxLayout()
        renew_row.addWidget(self.renew_button)
        renew_row.addStretch(1)
        left.addLayout(renew_row)
        left.addStretch(1)
        row.addLayout(left, 2)
        right = QVBoxLayout()
        self.reminder_caption = QLabel(panel)
        readable(self.reminder_caption, 12, bold=True)
        self.reminder_edit = QPlainTextEdit(panel)
        self.reminder_edit.setTabChangesFocus(True)
        self.reminder_edit.setMinimumHeight(120)
        readable(self.reminder_edit, 11)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(panel)
        self.mail_button = QPushButton(panel)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.mail_button)
        buttons.addStretch(1)
        right.addWidget(self.reminder_caption)
        right.addWidget(self.reminder_edit, 1)
        right.addLayout(buttons)
        row.addLayout(right, 3)
        panel.setMaximumHeight(250)
        root.addWidget(panel)
        self.panel = panel

        self.view_group.idClicked.connect(lambda number: self.show_view(self.VIEWS[number]))
        self.search.searchChanged.connect(lambda _t: self.reload())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.loadFailed.connect(lambda exc: self.show_failure(self.banner, exc))
        self.renew_button.clicked.connect(self.renew)
        self.copy_button.clicked.connect(self.copy_reminder)
        self.mail_button.clicked.connect(self.mail_reminder)
        bind_button(self, self.renew_button, "Ctrl+R")
        for number, key in enumerate(self.VIEWS, start=1):
            bind_button(self, self.view_buttons[key], f"Alt+{number}")
        self.search.results = self.table
        self._finish_setup()
        self.refresh()

    @staticmethod
    def title() -> str:
        return translate("LoansScreen", "Loans")

    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(
            translate("LoansScreen", "Filter by product, borrower or label…")
        )
        self.renew_button.setText(translate("LoansScreen", "Renew"))
        self.reminder_caption.setText(translate("LoansScreen", "Reminder"))
        self.copy_button.setText(translate("LoansScreen", "Copy text"))
        self.mail_button.setText(translate("LoansScreen", "Open in e-mail"))
        self.model.retranslate()
        self._update_counts()
        self._show_loan(self.selected_loan())

    def _update_counts(self) -> None:
        ok, counts = self.attempt(self.banner, self.services.loan_counts)
        if not ok:
            return
        self.view_buttons["open"].setText(
            translate("LoansScreen", "Open (%1)").replace("%1", str(counts.open))
        )
        self.view_buttons["due_today"].setText(
            translate("LoansScreen", "Due today (%1)").replace("%1", str(counts.due_today))
        )
        self.view_buttons["overdue"].setText(
            translate("LoansScreen", "Overdue (%1)").replace("%1", str(counts.overdue))
        )

    def refresh(self) -> None:
        self._update_counts()
        self.reload()

    def show_view(self, view: str) -> None:
        self.view = view
        self.view_buttons[view].setChecked(True)
        self.banner.clear_message()
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        view, query = self.view, self.search.text()
        self.model.set_fetch(
            lambda offset, limit: self.services.loan_page(view, query, offset=offset, limit=limit)
        )
        row = self.model.find_row(select_id) if select_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._show_loan(None)

    def selected_loan(self) -> LoanRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_loan(self.selected_loan())

    def _show_loan(self, loan: LoanRow | None) -> None:
        for w in (self.renew_button, self.copy_button, self.mail_button, self.reminder_edit):
            w.setEnabled(loan is not None)
        if loan is None:
            self.loan_label.setText(translate("LoansScreen", "Choose a loan in the list"))
            self.loan_info.setText(
                translate("LoansScreen", "Then renew it, or send the borrower a reminder.")
            )
            self.reminder_edit.setPlainText("")
            return
        self.loan_label.setText(f"{loan.product_name} ({loan.tag})")
        lines = [
            translate("LoansScreen", "Lent to %1 on %2")
            .replace("%1", loan.borrower_name)
            .replace("%2", fmt_date(loan.out_at)),
            translate("LoansScreen", "Due %1").replace("%1", fmt_date(loan.due_on)),
        ]
        if loan.days_overdue:
            lines.append(translate("LoansScreen", "%n day(s) overdue", None, loan.days_overdue))
        if loan.renewals:
            lines.append(translate("LoansScreen", "Renewed %n time(s)", None, loan.renewals))
        self.loan_info.setText("\n".join(lines))
        self.reminder_edit.setPlainText(reminder_text(loan, self._sender()))
        self.mail_button.setEnabled(bool(loan.borrower_email))
        self.mail_button.setToolTip(
            ""
            if loan.borrower_email
            else translate("LoansScreen", "No e-mail address known: copy the text instead.")
        )

    def _sender(self) -> str:
        ctx = self.services.context()
        return "\n".join(
            filter(None, [ctx.actor, ctx.desk or translate("Reminder", "The lending desk")])
        )

    def renew(self) -> None:
        """Ask for the new return date (Enter takes the suggested one) and renew."""
        loan = self.selected_loan()
        if loan is None:
            return
        from lendingdesk.ui.screens.renew_dialog import RenewDialog

        dialog = RenewDialog(self.services, loan, self)
        dialog.renewed.connect(lambda due: self._renewed(loan, due))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _renewed(self, loan: LoanRow, due: object) -> None:
        self.banner.ok(
            translate("LoansScreen", "%1 renewed until %2.")
            .replace("%1", loan.product_name)
            .replace("%2", fmt_date(due))  # type: ignore[arg-type]
        )
        self.changed.emit()
        self._update_counts()
        self.reload(select_id=loan.id)
        self.table.setFocus()

    def copy_reminder(self) -> None:
        QGuiApplication.clipboard().setText(self.reminder_edit.toPlainText())
        self.banner.ok(translate("LoansScreen", "The reminder is copied. Paste it into a message."))

    def mail_reminder(self) -> None:
        loan = self.selected_loan()
        if loan is None or not loan.borrower_email:
            return
        url = mailto_url(
            loan.borrower_email, reminder_subject(loan), self.reminder_edit.toPlainText()
        )
        if QDesktopServices.openUrl(url):
            self.banner.ok(
                translate("LoansScreen", "The reminder is ready in your e-mail program.")
            )
        else:
            self.banner.error(
                translate(
                    "LoansScreen",
                    "No e-mail program could be opened. Copy the text and send it yourself.",
                )
            )
