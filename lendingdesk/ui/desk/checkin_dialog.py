"""The short check-in dialog: charge, accessories, damage -- by keyboard alone.

Focus starts on the first checklist box: Space ticks, Tab moves, 1…9 (or Alt+1…9) toggles an
accessory (plain digits are typed into the damage note while that has the focus),
Enter checks in, Ctrl+R checks in and starts a review (only when a review handler exists),
Esc cancels without changing anything. A scan while it is open is never lost: the same label
again checks in; another code finishes this check-in as filled in and is then handled by the
desk (``next_scan``).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from lendingdesk.domain.maintenance import parse_cost
from lendingdesk.errors import LendingError
from lendingdesk.services.desk import CheckinChoices, CheckinPrompt
from lendingdesk.ui.desk.parts_checklist import PartsChecklist
from lendingdesk.ui.fit import tall_enough
from lendingdesk.ui.forms.ui_checkin_dialog import Ui_CheckinDialog
from lendingdesk.ui.i18n import format_date
from lendingdesk.ui.scan_routing import Accepts, Scan, accept_scans


class CheckinDialog(QDialog):
    def __init__(
        self,
        prompt: CheckinPrompt,
        *,
        lang: str = "nl",
        review_available: bool = False,
        hand_over_available: bool = False,
        done_before: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.prompt = prompt
        self.lang = lang
        self.review_chosen = False
        self.hand_over_chosen = False  # the professional fills in the review themselves
        self.next_scan: str | None = None  # a scan that ended this dialog, for the desk
        self.ui = Ui_CheckinDialog()
        self.ui.setupUi(self)
        self.setObjectName("checkinDialog")
        # A kit: parts with a label of their own are ticked by scanning that label (the same
        # checklist as the check-out's); a missing part can keep the kit out of circulation.
        self.parts = PartsChecklist(
            self.ui.accessoriesLayout, self.ui.checklistBox, prompt.accessories, prompt.part_tags
        )
        self.accessory_checks = self.parts.boxes
        self.ui.noAccessoriesLabel.setVisible(not prompt.accessories)
        self.holdCheck = QCheckBox(self)
        self.holdCheck.setObjectName("holdCheck")
        self.parts.changed.connect(self._update_hold)
        self._add_repair_row()
        self._update_hold()
        self.ui.reviewButton.setVisible(review_available)
        # Issue 16: a return from isolation / BRMO / an infection must be disinfected.
        self.isolationCheck = QCheckBox(self)
        self.isolationCheck.setObjectName("isolationCheck")
        self.isolationCheck.toggled.connect(lambda _on: self._retranslate())
        self.ui.dialogLayout.insertWidget(
            self.ui.dialogLayout.indexOf(self.ui.cleaningInfo), self.isolationCheck
        )
        self.ui.checkinButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.reviewButton.clicked.connect(self._accept_with_review)
        self.hand_over_button = QPushButton(self)
        self.hand_over_button.setObjectName("handOverButton")
        self.hand_over_button.setAutoDefault(False)
        self.hand_over_button.setVisible(hand_over_available)
        self.hand_over_button.clicked.connect(self._accept_with_hand_over)
        row = self.ui.buttonRow
        if hand_over_available:
            # Four buttons with their whole text do not fit one row of a 1280 px screen (they
            # were cut to "…n en nu beoordelen"): the two ways to review go on a row above.
            row.removeWidget(self.ui.reviewButton)
            review_row = QHBoxLayout()
            review_row.setObjectName("reviewRow")
            review_row.addStretch(1)
            review_row.addWidget(self.ui.reviewButton)
            review_row.addWidget(self.hand_over_button)
            self.ui.dialogLayout.insertLayout(self.ui.dialogLayout.indexOf(row), review_row)
        else:
            row.insertWidget(row.indexOf(self.ui.reviewButton) + 1, self.hand_over_button)
        review = QShortcut(QKeySequence("Ctrl+R"), self)
        review.activated.connect(self._review_shortcut)
        # Tab goes down the checklist, then damage, then the buttons (the accessory boxes are
        # made after the form's widgets, so the default order would put them last).
        chain = [
            self.ui.chargedCheck,
            *self.accessory_checks,
            self.ui.damageEdit,
            self.holdCheck,  # shown only while a part is missing
            self.repairCheck,
            self.costEdit,
            self.isolationCheck,
            self.ui.checkinButton,
            self.ui.reviewButton,
            self.hand_over_button,
            self.ui.cancelButton,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        accept_scans(self, Accepts.ANY, self._take_scan)
        # Opened by a scan that finished the previous check-in: that one is said here, on top
        # (the desk's banner is behind this dialog).
        self.done_before = QLabel(done_before or "", self)
        self.done_before.setObjectName("doneBefore")
        self.done_before.setWordWrap(True)
        self.done_before.setStyleSheet(
            "background:#e3f4e8; color:#0f5b2a; border:1px solid #2e9d57; border-radius:6px;"
            " padding:6px 10px; font-weight:600;"
        )
        self.done_before.setVisible(bool(done_before))
        self.ui.dialogLayout.insertWidget(0, self.done_before)
        self._retranslate()
        # As tall as its wrapped lines need at its width: at the height of the unwrapped text
        # the checklist was squeezed, each accessory cut off at the bottom (seen at 1280×720).
        tall_enough(self)
        self.ui.chargedCheck.setFocus()

    def _add_repair_row(self) -> None:
        """Under the damage note: send it to maintenance (out of circulation until repaired),
        with the expected cost."""
        row = QHBoxLayout()
        row.setSpacing(10)
        self.repairCheck = QCheckBox(self)
        self.repairCheck.setObjectName("repairCheck")
        self.costLabel = QLabel(self)
        self.costEdit = QLineEdit(self)
        self.costEdit.setObjectName("costEdit")
        self.costEdit.setFixedWidth(160)
        self.costEdit.setEnabled(False)
        self.costLabel.setBuddy(self.costEdit)
        self.repairCheck.toggled.connect(self.costEdit.setEnabled)
        row.addSpacing(28)  # under the box's text
        row.addWidget(self.costLabel)
        row.addWidget(self.costEdit)
        row.addStretch(1)
        self.repairError = QLabel(self)
        self.repairError.setObjectName("repairError")
        self.repairError.setWordWrap(True)
        self.repairError.setStyleSheet("color:#a4262c; font-weight:600;")
        self.repairError.setVisible(False)
        at = self.ui.dialogLayout.indexOf(self.ui.damageEdit) + 1
        self.ui.dialogLayout.insertWidget(at, self.holdCheck)
        self.ui.dialogLayout.insertWidget(at + 1, self.repairCheck)
        self.ui.dialogLayout.insertLayout(at + 2, row)
        self.ui.dialogLayout.insertWidget(at + 3, self.repairError)

    def _repair_problem(self) -> str | None:
        """Why the maintenance choice cannot be taken as filled in (None: it can)."""
        if not self.repairCheck.isChecked():
            return None
        if not self.ui.damageEdit.text().strip():
            return self.tr("Describe the damage to send it to maintenance.")
        cost = self.costEdit.text().strip()
        if cost:
            try:
                parse_cost(cost)
            except LendingError as exc:
                return exc.message(self.lang)
        return None

    def accept(self) -> None:
        problem = self._repair_problem()
        if problem is not None and self.next_scan is None:
            self.repairError.setText(problem)
            self.repairError.setVisible(True)
            if self.ui.damageEdit.text().strip():
                self.costEdit.setFocus()
            else:
                self.ui.damageEdit.setFocus()
            return
        super().accept()

    def _update_hold(self, *_args: object) -> None:
        self.holdCheck.setVisible(bool(self.parts.missing()))

    def _take_scan(self, scan: Scan) -> bool:
        if self.parts.take_scan(scan):  # a part's own label: ticked
            return True
        if not (scan.kind is Accepts.ITEM and scan.code == self.prompt.tag):
            self.next_scan = scan.text
        self.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A plain digit toggles that part (the damage note, focused, keeps its digits).
        if not self.parts.toggle_key(event):
            super().keyPressEvent(event)

    def _review_shortcut(self) -> None:
        if self.ui.reviewButton.isVisible():
            self._accept_with_review()

    def _accept_with_hand_over(self) -> None:
        self.hand_over_chosen = True
        self.accept()

    def _accept_with_review(self) -> None:
        self.review_chosen = True
        self.accept()

    def choices(self) -> CheckinChoices:
        missing = self.parts.missing()
        damage = self.ui.damageEdit.text().strip() or None
        repair = self.repairCheck.isChecked() and self._repair_problem() is None
        cost = self.costEdit.text().strip()
        return CheckinChoices(
            missing=missing,
            damage=damage,
            charged=self.ui.chargedCheck.isChecked(),
            isolation=self.isolationCheck.isChecked(),
            to_maintenance=repair,
            repair_cost_cents=parse_cost(cost) if repair and cost else None,
            hold_incomplete=bool(missing) and self.holdCheck.isChecked(),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        p = self.prompt
        self.setWindowTitle(self.tr("Check in: %1").replace("%1", p.product))
        self.ui.headline.setText(
            self.tr("Check in %1 (%2)").replace("%1", p.product).replace("%2", p.tag)
        )
        due = format_date(p.due_on, self.lang)
        info = self.tr("Lent to %1, due %2.").replace("%1", p.borrower).replace("%2", due)
        if p.overdue:
            info += " " + self.tr("This loan is overdue.")
        if p.parts_missing_out:
            info += " " + self.tr("It went out without: %1.").replace(
                "%1", ", ".join(p.parts_missing_out)
            )
        self.ui.loanInfo.setText(info)
        self.parts.retranslate()
        self.holdCheck.setText(
            self.tr("&Keep it out of circulation until the missing parts are back")
        )
        self.holdCheck.setStyleSheet("color:#8a4b00; font-weight:600;")
        self.isolationCheck.setText(
            self.tr("&Isolation / BRMO / infection: clean and disinfect this return")
        )
        if self.isolationCheck.isChecked():
            info = self.tr("Afterwards it goes to the cleaning queue: clean, then disinfect.")
            if not p.isolation_allowed:
                info += " " + self.tr("Note: this product is not meant for isolation rooms.")
            self.ui.cleaningInfo.setText(info)
        elif p.needs_cleaning:
            self.ui.cleaningInfo.setText(
                self.tr("Afterwards it goes to the cleaning queue: %1").replace(
                    "%1", p.cleaning_protocol or ""
                )
            )
        elif p.reset_needed:
            self.ui.cleaningInfo.setText(
                self.tr("Afterwards it goes to the queue under Cleaning for its device reset.")
            )
        else:
            self.ui.cleaningInfo.setText(
                self.tr("No cleaning needed: it is available again at once.")
            )
        if p.reset_needed and (p.needs_cleaning or self.isolationCheck.isChecked()):
            self.ui.cleaningInfo.setText(
                self.ui.cleaningInfo.text()
                + " "
                + self.tr("It holds personal data: the device reset is signed off there too.")
            )
        self.repairCheck.setText(
            self.tr("Send to &maintenance: it stays out of circulation until repaired")
        )
        self.costLabel.setText(self.tr("Expected c&ost (€)"))
        self.costEdit.setPlaceholderText(self.tr("e.g. 25,00"))
        self.costEdit.setAccessibleName(self.tr("Expected cost in euros"))
        self.ui.headline.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.ui.cleaningInfo.setStyleSheet("color: #4a5a6a;")
        self.ui.checkinButton.setProperty("primary", True)
        self.setMinimumWidth(760)
        self.ui.damageEdit.setAccessibleName(self.ui.damageLabel.text().replace("&", ""))
        self.hand_over_button.setText(self.tr("Check in, the professional reviews"))
        self.hand_over_button.setToolTip(
            self.tr("The desk shows the review full screen for the professional to fill in.")
        )
        self.ui.checkinButton.setDefault(True)
        self.ui.checkinButton.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
