"""The check-out's parts dialog: a kit's parts checked before it goes out, by keyboard and
scanner alone (the check-in dialog's checklist, ui/desk/parts_checklist.py).

Scan each part's own label (or press its number), untick what is not there; Enter lends. A
part not there needs the explicit choice "lend it without the missing parts" (Alt+W), else
Enter says what is missing and nothing is lent. The kit's own label again is Enter; another
code lends the kit as checked (when it may go) and is then handled by the desk
(``next_scan``). Esc lends nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.services.desk import PartsChoice, PartsPrompt
from lendingdesk.ui.desk.parts_checklist import PartsChecklist
from lendingdesk.ui.scan_routing import Accepts, Scan, accept_scans


class CheckoutPartsDialog(QDialog):
    def __init__(self, prompt: PartsPrompt, borrower: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutPartsDialog")
        self.prompt = prompt
        self.borrower = borrower
        self.next_scan: str | None = None  # a scan that ended this dialog, for the desk
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.headline = QLabel(self)
        self.headline.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.headline.setWordWrap(True)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.box = QGroupBox(self)
        box_layout = QVBoxLayout(self.box)
        box_layout.setSpacing(6)
        self.parts = PartsChecklist(
            box_layout, self.box, prompt.parts, prompt.part_tags, missing=prompt.missing
        )
        self.incompleteCheck = QCheckBox(self)
        self.incompleteCheck.setObjectName("incompleteCheck")
        self.incompleteCheck.setStyleSheet("color:#8a4b00; font-weight:600;")
        self.error = QLabel(self)
        self.error.setObjectName("partsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#a4262c; font-weight:600;")
        self.error.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.lendButton = QPushButton(self)
        self.lendButton.setObjectName("lendButton")
        self.lendButton.setProperty("primary", True)
        self.lendButton.setDefault(True)
        self.cancelButton = QPushButton(self)
        self.cancelButton.setObjectName("cancelButton")
        self.cancelButton.setAutoDefault(False)
        buttons.addWidget(self.lendButton)
        buttons.addWidget(self.cancelButton)
        for widget in (self.headline, self.info, self.box, self.incompleteCheck, self.error):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.lendButton.clicked.connect(self.accept)
        self.cancelButton.clicked.connect(self.reject)
        self.parts.changed.connect(self._update)
        self.incompleteCheck.toggled.connect(self._update)
        for first, second in zip(
            [*self.parts.boxes, self.incompleteCheck, self.lendButton],
            [*self.parts.boxes[1:], self.incompleteCheck, self.lendButton, self.cancelButton],
            strict=True,
        ):
            QWidget.setTabOrder(first, second)
        accept_scans(self, Accepts.ANY, self._take_scan)
        self.setMinimumWidth(760)
        self._retranslate()
        self._update()
        if self.parts.boxes:
            self.parts.boxes[0].setFocus()

    def problem(self) -> str | None:
        """Why the kit cannot go out as checked (None: it can)."""
        missing = self.parts.missing()
        if missing and not self.incompleteCheck.isChecked():
            return self.tr(
                "Not there: %1. Scan or tick the parts, or choose to lend it without them."
            ).replace("%1", ", ".join(missing))
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.error.setText(problem)
            self.error.setVisible(True)
            self.adjustSize()  # room for the line (a wrapped label does not ask for it)
            self.next_scan = None
            return
        super().accept()

    def choice(self) -> PartsChoice:
        return PartsChoice(
            present=self.parts.present(),
            lend_incomplete=bool(self.parts.missing()) and self.incompleteCheck.isChecked(),
        )

    def _update(self, *_args: object) -> None:
        self.incompleteCheck.setVisible(bool(self.parts.missing()))
        if self.error.isVisible() and self.problem() is None:
            self.error.setVisible(False)
        if self.isVisible():
            self.adjustSize()

    def _take_scan(self, scan: Scan) -> bool:
        if self.parts.take_scan(scan):  # a part's own label: ticked
            return True
        if not (scan.kind is Accepts.ITEM and scan.code == self.prompt.tag):
            self.next_scan = scan.text  # lend this kit first (when it may go), then that
        self.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.parts.toggle_key(event):
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        p = self.prompt
        self.setWindowTitle(self.tr("Lend: %1").replace("%1", p.product))
        self.headline.setText(
            self.tr("Hand over %1 (%2)").replace("%1", p.product).replace("%2", p.tag)
        )
        self.info.setText(
            self.tr(
                "To %1. Scan the label of each part that has one, untick what is not there, "
                "then press Enter."
            ).replace("%1", self.borrower)
        )
        self.box.setTitle(self.tr("Parts – untick what is missing"))
        self.parts.retranslate()
        self.incompleteCheck.setText(self.tr("Lend it &without the missing parts"))
        self.lendButton.setText(self.tr("&Lend"))
        self.cancelButton.setText(self.tr("Cancel"))
        self.lendButton.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if self.error.isVisible():
            problem = self.problem()
            self.error.setText(problem or "")
