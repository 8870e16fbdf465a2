"""First start on an empty database: the demo catalogue, or start empty."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from lendingdesk.ui.forms.ui_first_start import Ui_FirstStartDialog


class FirstStartDialog(QDialog):
    DEMO = "demo"
    EMPTY = "empty"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = self.EMPTY
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        self.setObjectName("firstStartDialog")
        self.ui.demoButton.clicked.connect(lambda: self._choose(self.DEMO))
        self.ui.emptyButton.clicked.connect(lambda: self._choose(self.EMPTY))
        self.ui.demoButton.setProperty("primary", True)
        self.ui.headline.setStyleSheet("font-size: 22pt; font-weight: 600;")
        for hint in (self.ui.demoHint, self.ui.emptyHint):
            hint.setProperty("hint", True)
        self.ui.demoButton.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
