"""Who staffs the desk: a light choice at the start of the day, no code needed.

The name goes into every change made at this desk (the DeskContext's actor), so the audit log
says who lent, took in, cleaned or approved what. Names used before are remembered on this
computer; the status bar shows who is at the desk and changes it with one click (Ctrl+Shift+W).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.ui.desk.desk_settings import DeskSettings

MAX_NAMES = 12  # the names offered, most recent first
SHORTCUT = "Ctrl+Shift+W"


def remember(settings: DeskSettings, name: str, today: date) -> None:
    """``name`` staffs the desk from now on (empty: nobody named); kept with the settings."""
    name = " ".join(name.split())
    settings.actor = name
    settings.staff_day = today.isoformat()
    if name:
        others = [n for n in settings.staff_names if n.casefold() != name.casefold()]
        settings.staff_names = [name, *others][:MAX_NAMES]


def needs_asking(settings: DeskSettings, today: date) -> bool:
    """The first start of a day asks again (another colleague may be at the desk)."""
    return settings.staff_day != today.isoformat()


class StaffDialog(QDialog):
    """ "Who is at the desk today?": one name, typed or chosen from the names used before."""

    def __init__(self, settings: DeskSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        self.heading = QLabel(self)
        self.heading.setProperty("screenTitle", True)
        self.heading.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("hint", True)
        self.name_box = QComboBox(self)
        self.name_box.setEditable(True)
        self.name_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_box.addItems(settings.staff_names)
        self.name_box.setCurrentText(settings.actor)
        self.name_box.lineEdit().selectAll()
        self.name_box.setMinimumHeight(36)
        self.buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self)
        self.start_button.setProperty("primary", True)
        self.start_button.setDefault(True)
        self.skip_button = QPushButton(self)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.name_box)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.name_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def name(self) -> str:
        return " ".join(self.name_box.currentText().split())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who is at the desk?"))
        self.heading.setText(self.tr("Who is at the desk today?"))
        self.hint.setText(
            self.tr(
                "Type your name or choose it from the list. The audit log then shows who lent, "
                "took in, cleaned or approved what. No code is needed; you can change it in the "
                "status bar (%1)."
            ).replace("%1", SHORTCUT)
        )
        self.name_box.lineEdit().setPlaceholderText(self.tr("Your name"))
        self.start_button.setText(self.tr("Start"))
        self.skip_button.setText(self.tr("Skip"))
