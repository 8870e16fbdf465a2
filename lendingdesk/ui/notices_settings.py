"""The E-mail settings: the organisation's mail server, the sender, which notices go and when.

Opened from the desk settings (after the coordinator code). The password is typed here once
and kept in the system keyring -- never in the database or a settings file; where the computer
has no keyring, the desk keeps it in memory until it closes and says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.errors import LendingError
from lendingdesk.services.notices import NoticeConfig
from lendingdesk.services.views.notices import NoticesView


class NoticesSettingsDialog(QDialog):
    def __init__(self, view: NoticesView, lang: str = "nl", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticesSettingsDialog")
        self.view = view
        self.lang = lang
        self.original = view.config()
        layout = QVBoxLayout(self)
        self.enabled_check = QCheckBox(self)
        self.enabled_check.setObjectName("noticesEnabled")
        font = self.enabled_check.font()
        font.setBold(True)
        self.enabled_check.setFont(font)
        layout.addWidget(self.enabled_check)
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)

        self.server_box = QGroupBox(self)
        server = QFormLayout(self.server_box)
        self.server_edit = QLineEdit(self)
        self.server_edit.setObjectName("smtpServer")
        self.server_edit.setMinimumWidth(360)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("smtpPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel(self)
        self.password_note.setWordWrap(True)
        self.password_note.setProperty("hint", True)
        self.sender_edit = QLineEdit(self)
        self.sender_edit.setObjectName("senderAddress")
        self.organisation_edit = QLineEdit(self)
        self.contact_edit = QLineEdit(self)
        self.domains_edit = QLineEdit(self)
        self.labels: dict[str, QLabel] = {}
        for key, field in (
            ("server", self.server_edit),
            ("password", self.password_edit),
            ("", self.password_note),
            ("sender", self.sender_edit),
            ("organisation", self.organisation_edit),
            ("contact", self.contact_edit),
            ("domains", self.domains_edit),
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[key or "note"] = label
            server.addRow(label, field)
        columns.addWidget(self.server_box, 3)

        self.which_box = QGroupBox(self)
        which = QFormLayout(self.which_box)
        self.delay_spin = self._spin(0, 60)
        self.reminder_spin = self._spin(0, 90)
        self.predue_spin = self._spin(0, 30)
        self.every_spin = self._spin(1, 1440)
        self.due_check = QCheckBox(self)
        self.overdue_check = QCheckBox(self)
        self.ready_check = QCheckBox(self)
        self.waiting_check = QCheckBox(self)
        self.waiting_check.setObjectName("waitingCheck")
        for key, field in (
            ("delay", self.delay_spin),
            ("reminder", self.reminder_spin),
            ("predue", self.predue_spin),
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[key] = label
            which.addRow(label, field)
        for check in (self.due_check, self.overdue_check, self.ready_check, self.waiting_check):
            which.addRow(check)
        label = QLabel(self)
        label.setBuddy(self.every_spin)
        self.labels["every"] = label
        which.addRow(label, self.every_spin)
        columns.addWidget(self.which_box, 2)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b32d2e; font-weight: bold;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.enabled_check.toggled.connect(self._enabled_changed)
        self.retranslate()
        self._load(self.original)

    def _spin(self, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(110)
        return spin

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("E-mail notices"))
        self.enabled_check.setText(self.tr("Send e-mails to borrowers (invitations and reminders)"))
        self.server_box.setTitle(self.tr("Mail server and sender"))
        self.which_box.setTitle(self.tr("Which e-mails, and when"))
        texts = {
            "server": self.tr("Mail server"),
            "password": self.tr("Password"),
            "sender": self.tr("Sender address"),
            "organisation": self.tr("Organisation name"),
            "contact": self.tr("Desk contact"),
            "domains": self.tr("Work e-mail domains"),
            "delay": self.tr("Review invitation after (days)"),
            "reminder": self.tr("Review reminder after (days)"),
            "predue": self.tr("Reminder before the due date (days)"),
            "every": self.tr("Send every (minutes)"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.server_edit.setPlaceholderText("smtp://uitleen@mail.zorg.example:587")
        self.sender_edit.setPlaceholderText("uitleen@zorg.example")
        self.contact_edit.setPlaceholderText(self.tr("e.g. desk Lindehof, 0182 123 456"))
        self.domains_edit.setPlaceholderText(self.tr("e.g. zorg.example (empty: any address)"))
        self.delay_spin.setSpecialValueText(self.tr("at once"))
        for spin in (self.reminder_spin, self.predue_spin):
            spin.setSpecialValueText(self.tr("none"))
        self.due_check.setText(self.tr("On the due day"))
        self.overdue_check.setText(self.tr("When a loan is overdue"))
        self.ready_check.setText(self.tr("When a reservation is ready"))
        self.waiting_check.setText(self.tr("When a waiting-list item is kept"))
        self._show_password_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_password_state(self) -> None:
        state = self.view.password_state(self.original)
        self.password_edit.setPlaceholderText(
            self.tr("kept in the system keyring") if state == "stored" else ""
        )
        self.password_note.setText(
            {
                "none": self.tr("No password needed without a user name in the server address."),
                "stored": self.tr(
                    "The password is in the system keyring. Type a new one to change it."
                ),
                "session": self.tr(
                    "This computer has no keyring: the password is kept only until the desk closes."
                ),
                "missing": self.tr("Type the password once; it is kept in the system keyring."),
            }[state]
        )

    # --- values -----------------------------------------------------------------------------

    def _load(self, config: NoticeConfig) -> None:
        self.enabled_check.setChecked(config.enabled)
        self.server_edit.setText(config.smtp_url)
        self.sender_edit.setText(config.sender)
        self.organisation_edit.setText(config.organisation)
        self.contact_edit.setText(config.contact)
        self.domains_edit.setText(", ".join(config.work_domains))
        self.delay_spin.setValue(config.invitation_delay_days)
        self.reminder_spin.setValue(config.reminder_after_days)
        self.predue_spin.setValue(config.predue_days)
        self.every_spin.setValue(config.every_minutes)
        self.due_check.setChecked(config.due_day)
        self.overdue_check.setChecked(config.overdue)
        self.ready_check.setChecked(config.reservation_ready)
        self.waiting_check.setChecked(config.waiting_ready)
        self._enabled_changed(config.enabled)

    def _enabled_changed(self, on: bool) -> None:
        self.which_box.setEnabled(on)

    def config(self) -> NoticeConfig:
        domains = tuple(d.strip() for d in self.domains_edit.text().replace(";", ",").split(","))
        return NoticeConfig(
            enabled=self.enabled_check.isChecked(),
            smtp_url=self.server_edit.text().strip(),
            sender=self.sender_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            contact=self.contact_edit.text().strip(),
            invitation_delay_days=self.delay_spin.value(),
            reminder_after_days=self.reminder_spin.value(),
            predue_days=self.predue_spin.value(),
            due_day=self.due_check.isChecked(),
            overdue=self.overdue_check.isChecked(),
            reservation_ready=self.ready_check.isChecked(),
            waiting_ready=self.waiting_check.isChecked(),
            work_domains=tuple(d for d in domains if d),
            every_minutes=self.every_spin.value(),
            enabled_since=self.original.enabled_since,
        )

    def accept(self) -> None:
        try:
            kept = self.view.save(self.config(), self.password_edit.text() or None)
        except LendingError as exc:
            self.error_label.setText(exc.message(self.lang))
            self.error_label.show()
            return
        self.keyring_missing = not kept
        super().accept()
