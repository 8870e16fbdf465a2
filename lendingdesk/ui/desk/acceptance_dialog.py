"""The loan conditions at a staffed desk: asked when the first product of a session is scanned,
before it goes out, once for all products of the visit (the kiosk's panel, ``staffed=True``).

Run from the keyboard and the scanner: Enter records that the professional agreed (they said yes
to the ambassador, or scanned their own pass), Esc that they did not -- then nothing is lent.
With signing switched on the professional signs on the screen (mouse, pen, finger) and Enter
accepts once there is a signature; Delete clears it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from lendingdesk.services.acceptance import ConditionsVersion
from lendingdesk.ui.fit import fit_to_screen
from lendingdesk.ui.kiosk.conditions_panel import Accepted, ConditionsPanel
from lendingdesk.ui.scan_routing import Accepts, Scan, accept_scans

STYLE = """
QDialog#acceptConditionsDialog QLabel { font-size: 12pt; }
QDialog#acceptConditionsDialog QLabel[role="headline"] { font-size: 16pt; font-weight: 700; }
QDialog#acceptConditionsDialog QLabel#conditionsQuestion { font-size: 13pt; }
QDialog#acceptConditionsDialog QLabel[tone="ok"] { background: #e3f4e8; color: #0f5b2a;
    border: 2px solid #2e9d57; border-radius: 8px; font-weight: 600; }
QDialog#acceptConditionsDialog QLabel[tone="warn"] { background: #fff1d6; color: #6b3d00;
    border: 2px solid #d08a1b; border-radius: 8px; font-weight: 600; }
QDialog#acceptConditionsDialog QPushButton { font-size: 13pt; min-height: 44px;
    padding: 4px 18px; }
QDialog#acceptConditionsDialog QPushButton[primary="true"] { background: #1f6fb2;
    color: white; font-weight: 700; border: 2px solid #17578c; border-radius: 6px; }
"""


class AcceptConditionsDialog(QDialog):
    def __init__(
        self,
        conditions: ConditionsVersion,
        mode: str,
        borrower: str,
        badge: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("acceptConditionsDialog")
        self.setStyleSheet(STYLE)
        self.borrower = borrower
        self.badge = badge
        fit_to_screen(self, 1100, 640)
        layout = QVBoxLayout(self)
        self.headline = QLabel(self)
        self.headline.setProperty("role", "headline")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.panel = ConditionsPanel(self, staffed=True)
        self.panel.show_conditions(conditions, mode, borrower)
        self.panel.accepted.connect(self.accept)
        self.panel.declined.connect(self.reject)
        layout.addWidget(self.panel, 1)
        accept_scans(self, Accepts.ANY, self._take_scan)
        self._retranslate()
        self.panel.accept_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def result_accepted(self) -> Accepted:
        return self.panel.result()

    def _take_scan(self, scan: Scan) -> bool:
        """The professional's own pass agrees (when ticking); anything else waits."""
        if scan.kind is Accepts.BADGE and scan.code == self.badge:
            if self.panel.mode == "signature":
                self.panel.say("warn", self.tr("Signing is on: first sign in the box."))
            else:
                self.panel.try_accept()
            return True
        self.panel.say(
            "warn",
            self.tr("First the conditions: Enter when %1 agrees, Esc when not.").replace(
                "%1", self.borrower
            ),
        )
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.panel.try_accept()
            return
        if key == Qt.Key.Key_Delete and self.panel.mode == "signature":
            self.panel.signature.clear()
            return
        super().keyPressEvent(event)  # Esc: not accepted

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Loan conditions"))
        self.headline.setText(
            self.tr(
                "Before the first product goes out: %1 accepts the loan conditions, once for "
                "all products of this visit"
            ).replace("%1", self.borrower)
        )
        self.panel.retranslate()
