"""The coordinator writes the organisation's loan conditions (use, hygiene, privacy). Saving
makes a new version; what professionals accepted before keeps its own version."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.errors import LendingError
from lendingdesk.services.acceptance import AcceptanceService
from lendingdesk.services.access import Grant
from lendingdesk.ui.fit import fit_to_screen


class ConditionsDialog(QDialog):
    def __init__(
        self,
        service: AcceptanceService,
        grant: Grant,
        *,
        lang: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conditionsDialog")
        self.service = service
        self.grant = grant
        self.lang = lang
        self.saved_version: int | None = None
        fit_to_screen(self, 900, 700)
        layout = QVBoxLayout(self)
        self.version_label = QLabel(self)
        self.version_label.setWordWrap(True)
        layout.addWidget(self.version_label)
        self.labels: list[QLabel] = []
        self.edits: list[QPlainTextEdit] = []
        current = service.conditions()
        self.current = current
        for name, text in (
            ("useEdit", current.use_text),
            ("hygieneEdit", current.hygiene_text),
            ("privacyEdit", current.privacy_text),
        ):
            label = QLabel(self)
            edit = QPlainTextEdit(self)
            edit.setObjectName(name)
            edit.setPlainText(text)
            edit.setTabChangesFocus(True)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit, 1)
            self.labels.append(label)
            self.edits.append(edit)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8a1111; font-weight: 600;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._retranslate()

    def save(self) -> None:
        use, hygiene, privacy = (edit.toPlainText() for edit in self.edits)
        try:
            saved = self.service.change_conditions(self.grant, use, hygiene, privacy)
        except LendingError as exc:
            self.error.setText(exc.message(self.lang))
            self.error.show()
            return
        self.saved_version = saved.version
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Loan conditions"))
        if self.current.version == 0:
            version = self.tr(
                "Now in force: the built-in text. Saving makes version 1 of your organisation's "
                "own conditions."
            )
        else:
            version = self.tr(
                "Now in force: version %1. Saving a change makes a new version; earlier "
                "acceptances keep the version that was accepted."
            ).replace("%1", str(self.current.version))
        self.version_label.setText(version)
        for label, text in zip(
            self.labels,
            (
                self.tr("&Use conditions"),
                self.tr("&Hygiene instruction"),
                self.tr("&Privacy notice"),
            ),
            strict=True,
        ):
            label.setText(text)
