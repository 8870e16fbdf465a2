"""Hygiene widgets (issue 16 §1–2): the product form's Hygiene tab and the Schoonmaak checklist.

``HygieneEditor`` edits a product's protocol: no cleaning / clean / clean then disinfect, the
agent (a list of common approved agents, or typed), the contact time, the steps of what to
wipe, the maker's instruction, and -- for products that hold personal data -- the reset
checklist. ``ChecklistPanel`` shows one queued item's protocol with a box per step; its sign-off
button is enabled for the parts whose boxes are all ticked. A second check is asked there too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.domain.hygiene import APPROVED_AGENTS, DEFAULT_RESET_STEPS
from lendingdesk.errors import LendingError
from lendingdesk.services.views import Checklist, CleaningView, HygieneForm
from lendingdesk.ui.i18n import date_edit_format
from lendingdesk.ui.models.labels import part_text, parts_text
from lendingdesk.ui.screens.base import PRIMARY_BUTTON, Banner, translate, ui_lang

METHODS = ("", "clean", "disinfect")


def _method_text(method: str) -> str:
    if method == "clean":
        return translate("Hygiene", "Clean and dry")
    if method == "disinfect":
        return translate("Hygiene", "Clean, then disinfect")
    return translate("Hygiene", "No cleaning needed")


def _agents() -> list[str]:
    return [agent.render(ui_lang()) for agent in APPROVED_AGENTS]


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class HygieneEditor(QWidget):
    """The Hygiene tab of the product form. ``summary`` is the product's free-text protocol
    (the form's existing field), placed on this tab."""

    def __init__(self, summary_label: QLabel, summary: QPlainTextEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("hygieneEditor")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.methodLabel = QLabel(self)
        self.methodCombo = QComboBox(self)
        self.methodCombo.setObjectName("methodCombo")
        self.methodLabel.setBuddy(self.methodCombo)
        form.addRow(self.methodLabel, self.methodCombo)
        self.summaryLabel, self.summaryEdit = summary_label, summary
        summary.setMaximumHeight(64)
        form.addRow(summary_label, summary)
        self.agentLabel = QLabel(self)
        self.agentCombo = QComboBox(self)
        self.agentCombo.setObjectName("agentCombo")
        self.agentCombo.setEditable(True)
        self.agentLabel.setBuddy(self.agentCombo)
        form.addRow(self.agentLabel, self.agentCombo)
        self.contactLabel = QLabel(self)
        self.contactSpin = QSpinBox(self)
        self.contactSpin.setObjectName("contactSpin")
        self.contactSpin.setRange(0, 240)
        self.contactLabel.setBuddy(self.contactSpin)
        form.addRow(self.contactLabel, self.contactSpin)
        self.stepsLabel = QLabel(self)
        self.stepsLabel.setWordWrap(True)
        self.stepsEdit = QPlainTextEdit(self)
        self.stepsEdit.setObjectName("stepsEdit")
        self.stepsEdit.setTabChangesFocus(True)
        self.stepsLabel.setBuddy(self.stepsEdit)
        form.addRow(self.stepsLabel, self.stepsEdit)
        self.makerLabel = QLabel(self)
        self.makerEdit = QLineEdit(self)
        self.makerEdit.setObjectName("makerEdit")
        self.makerButton = QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.makerEdit)
        row.addWidget(self.makerButton)
        self.makerLabel.setBuddy(self.makerEdit)
        form.addRow(self.makerLabel, row)
        self.personalCheck = QCheckBox(self)
        self.personalCheck.setObjectName("personalCheck")
        form.addRow("", self.personalCheck)
        self.resetLabel = QLabel(self)
        self.resetLabel.setWordWrap(True)
        self.resetEdit = QPlainTextEdit(self)
        self.resetEdit.setObjectName("resetEdit")
        self.resetEdit.setTabChangesFocus(True)
        self.resetLabel.setBuddy(self.resetEdit)
        form.addRow(self.resetLabel, self.resetEdit)
        self.methodCombo.currentIndexChanged.connect(lambda _i: self._enable())
        self.personalCheck.toggled.connect(self._personal_toggled)
        self.makerButton.clicked.connect(self._choose_file)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        current = self.methodCombo.currentIndex()
        self.methodCombo.clear()
        for method in METHODS:
            self.methodCombo.addItem(_method_text(method), method)
        self.methodCombo.setCurrentIndex(max(current, 0))
        agent = self.agentCombo.currentText()
        self.agentCombo.clear()
        self.agentCombo.addItems(_agents())
        self.agentCombo.setCurrentText(agent)
        self.agentCombo.lineEdit().setPlaceholderText(
            translate("Hygiene", "Choose or type the disinfectant")
        )
        self.methodLabel.setText(translate("Hygiene", "&Method"))
        self.summaryLabel.setText(translate("Hygiene", "Protocol (&short)"))
        self.summaryEdit.setPlaceholderText(
            translate(
                "Hygiene", "One line for the label and the check-in, e.g. wipe with a damp cloth"
            )
        )
        self.agentLabel.setText(translate("Hygiene", "Disinfectant (&agent)"))
        self.contactLabel.setText(translate("Hygiene", "Con&tact time"))
        self.contactSpin.setSuffix(translate("Hygiene", " min"))
        self.contactSpin.setSpecialValueText(translate("Hygiene", "until dry"))
        self.stepsLabel.setText(translate("Hygiene", "What to &wipe (one step per line)"))
        self.stepsEdit.setPlaceholderText(
            translate("Hygiene", "e.g. housing and buttons\nface cushion separately")
        )
        self.makerLabel.setText(translate("Hygiene", "Maker's &instruction"))
        self.makerEdit.setPlaceholderText(translate("Hygiene", "Web address or file"))
        self.makerButton.setText(translate("Hygiene", "Choose…"))
        self.personalCheck.setText(
            translate("Hygiene", "Holds &personal data: reset between users")
        )
        self.resetLabel.setText(translate("Hygiene", "&Reset checklist (one step per line)"))

    def _enable(self) -> None:
        method = self.methodCombo.currentData() or ""
        for widget in (self.summaryEdit, self.stepsEdit, self.contactSpin, self.agentCombo):
            widget.setEnabled(bool(method))
        self.contactSpin.setEnabled(method == "disinfect")
        self.agentCombo.setEnabled(method == "disinfect")
        self.resetEdit.setEnabled(self.personalCheck.isChecked())

    def _personal_toggled(self, on: bool) -> None:
        if on and not _lines(self.resetEdit):
            steps = [step.render(ui_lang()) for step in DEFAULT_RESET_STEPS]
            self.resetEdit.setPlainText("\n".join(steps))
        self._enable()

    def _choose_file(self) -> None:
        dialog = QFileDialog(self, translate("Hygiene", "Choose the maker's instruction"))
        dialog.setNameFilter(translate("Hygiene", "Documents (*.pdf *.html *.txt *.png *.jpg)"))
        dialog.fileSelected.connect(self.makerEdit.setText)
        dialog.open()

    def load(self, form: HygieneForm, summary: str) -> None:
        method = form.method or ("clean" if summary.strip() else "")
        self.methodCombo.setCurrentIndex(METHODS.index(method))
        self.agentCombo.setCurrentText(form.agent)
        self.contactSpin.setValue(form.contact_minutes)
        self.stepsEdit.setPlainText("\n".join(form.steps))
        self.makerEdit.setText(form.maker_instruction)
        self.makerEdit.setCursorPosition(0)  # the start of an address says what it is
        self.resetEdit.setPlainText("\n".join(form.reset_steps))
        self.personalCheck.setChecked(bool(form.reset_steps))
        self._enable()

    def form(self) -> HygieneForm:
        method = self.methodCombo.currentData() or ""
        personal = self.personalCheck.isChecked()
        return HygieneForm(
            method=method,
            agent=self.agentCombo.currentText().strip() if method == "disinfect" else "",
            contact_minutes=self.contactSpin.value() if method == "disinfect" else 0,
            steps=_lines(self.stepsEdit) if method else (),
            maker_instruction=self.makerEdit.text().strip(),
            reset_steps=_lines(self.resetEdit) if personal else (),
        )

    def summary(self) -> str:
        return self.summaryEdit.toPlainText() if self.methodCombo.currentData() else ""


class ChecklistPanel(QGroupBox):
    """One queued item's protocol, a box per step. ``signOff`` asks to sign off the parts
    whose boxes are all ticked; ``secondCheck(approved, note)`` records a colleague's check."""

    signOff = Signal()
    secondCheck = Signal(bool, str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.checklist: Checklist | None = None
        self.boxes: dict[str, list[QCheckBox]] = {}
        self.agentCombo: QComboBox | None = None
        self.noteEdit: QLineEdit | None = None
        self.outer = QVBoxLayout(self)
        self.body = QWidget(self)
        self.outer.addWidget(self.body)
        self.hide()

    def show_checklist(self, checklist: Checklist) -> None:
        self.checklist = checklist
        self.boxes = {}
        self.agentCombo = None
        self.noteEdit = None
        self.outer.removeWidget(self.body)
        self.body.deleteLater()
        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.outer.addWidget(self.body)
        c = checklist
        self.setTitle(f"{c.product_name} ({c.tag})")
        info = QLabel(self.body)
        info.setWordWrap(True)
        info.setObjectName("checklistInfo")
        lines = [translate("Hygiene", "To do: %1").replace("%1", parts_text(c.pending))]
        if c.isolation:
            lines.append(
                translate("Hygiene", "Returned from isolation / BRMO / infection: disinfect.")
            )
        if c.summary:
            lines.append(c.summary)
        if c.protocol.maker_instruction:
            lines.append(
                translate("Hygiene", "Maker's instruction: %1").replace(
                    "%1", c.protocol.maker_instruction
                )
            )
        info.setText("\n".join(lines))
        layout.addWidget(info)
        if "second_check" in c.pending:
            self._second_check(layout, c)
        else:
            self._steps(layout, c)
        self.show()

    def _box(self, layout: QVBoxLayout, part: str, text: str) -> None:
        box = QCheckBox(text, self.body)
        box.setObjectName(f"step_{part}_{len(self.boxes.get(part, []))}")
        box.toggled.connect(lambda _on: self._update())
        layout.addWidget(box)
        self.boxes.setdefault(part, []).append(box)

    def _heading(self, layout: QVBoxLayout, text: str) -> None:
        label = QLabel(text, self.body)
        label.setStyleSheet("font-weight:bold; margin-top:6px;")
        layout.addWidget(label)

    def _steps(self, layout: QVBoxLayout, c: Checklist) -> None:
        if "clean" in c.pending:
            self._heading(layout, part_text("clean"))
            for step in c.protocol.steps or (translate("Hygiene", "Cleaned and dried"),):
                self._box(layout, "clean", step)
        if "disinfect" in c.pending:
            self._heading(layout, part_text("disinfect"))
            row = QHBoxLayout()
            label = QLabel(translate("Hygiene", "Agent"), self.body)
            self.agentCombo = QComboBox(self.body)
            self.agentCombo.setObjectName("checklistAgent")
            self.agentCombo.setEditable(True)
            self.agentCombo.addItems(_agents())
            self.agentCombo.setCurrentText(c.protocol.agent)
            self.agentCombo.currentTextChanged.connect(lambda _t: self._update())
            label.setBuddy(self.agentCombo)
            row.addWidget(label)
            row.addWidget(self.agentCombo, 1)
            layout.addLayout(row)
            contact = (
                translate("Hygiene", "%1 min").replace("%1", str(c.protocol.contact_minutes))
                if c.protocol.contact_minutes
                else translate("Hygiene", "until dry")
            )
            self._box(
                layout,
                "disinfect",
                translate("Hygiene", "Disinfected, contact time kept (%1)").replace("%1", contact),
            )
        if "reset" in c.pending:
            self._heading(layout, part_text("reset"))
            for step in c.protocol.reset_steps or (translate("Hygiene", "Device reset"),):
                self._box(layout, "reset", step)
        buttons = QHBoxLayout()
        self.closeButton = QPushButton(translate("Hygiene", "Close"), self.body)
        self.closeButton.clicked.connect(self.closed.emit)
        self.signButton = QPushButton(self.body)
        self.signButton.setObjectName("checklistSignOff")
        self.signButton.setStyleSheet(PRIMARY_BUTTON)
        self.signButton.clicked.connect(self.signOff.emit)
        # The sign-off button on a row of its own: its text says what is left ("tick every
        # step…"), which does not fit beside Close in the panel's 420 px.
        layout.addWidget(self.signButton)
        buttons.addWidget(self.closeButton)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._update()
        first = next(iter(self.boxes.values()), [])
        if first:
            first[0].setFocus()

    def _second_check(self, layout: QVBoxLayout, c: Checklist) -> None:
        when = c.signed_at.strftime("%H:%M") if c.signed_at else ""
        ask = QLabel(
            translate(
                "Hygiene",
                "Signed off by %1 at %2. A colleague checks it now (random sample): the name "
                "under “Cleaned by” is the checker's.",
            )
            .replace("%1", c.signed_by)
            .replace("%2", when),
            self.body,
        )
        ask.setWordWrap(True)
        layout.addWidget(ask)
        self.noteEdit = QLineEdit(self.body)
        self.noteEdit.setObjectName("checkNote")
        self.noteEdit.setPlaceholderText(translate("Hygiene", "What is not right (when rejecting)"))
        layout.addWidget(self.noteEdit)
        buttons = QHBoxLayout()
        reject = QPushButton(translate("Hygiene", "Reject: do it again"), self.body)
        reject.setObjectName("checkReject")
        approve = QPushButton(translate("Hygiene", "Approve: all in order"), self.body)
        approve.setObjectName("checkApprove")
        approve.setStyleSheet(PRIMARY_BUTTON)
        note = self.noteEdit
        reject.clicked.connect(lambda: self.secondCheck.emit(False, note.text()))
        approve.clicked.connect(lambda: self.secondCheck.emit(True, note.text()))
        self.closeButton = QPushButton(translate("Hygiene", "Close"), self.body)
        self.closeButton.clicked.connect(self.closed.emit)
        buttons.addWidget(self.closeButton)
        buttons.addStretch(1)
        buttons.addWidget(reject)
        buttons.addWidget(approve)
        layout.addLayout(buttons)
        layout.addStretch(1)
        approve.setFocus()

    def ready_parts(self) -> list[str]:
        """The parts whose every box is ticked (and, for disinfection, an agent named)."""
        ready = []
        for part, boxes in self.boxes.items():
            if not all(b.isChecked() for b in boxes):
                continue
            if part == "disinfect" and not self.agent():
                continue
            ready.append(part)
        return ready

    def confirmed(self) -> list[str]:
        c = self.checklist
        if c is None:
            return []
        ready = self.ready_parts()
        steps = list(c.protocol.steps) if "clean" in ready else []
        return steps + (list(c.protocol.reset_steps) if "reset" in ready else [])

    def agent(self) -> str:
        return self.agentCombo.currentText().strip() if self.agentCombo is not None else ""

    def _update(self) -> None:
        ready = self.ready_parts()
        self.signButton.setEnabled(bool(ready))
        self.signButton.setText(
            translate("Hygiene", "Sign off: %1").replace("%1", parts_text(ready))
            if ready
            else translate("Hygiene", "Tick every step to sign off")
        )

    def keyPressEvent(self, event) -> None:  # Enter signs off what is ticked
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.boxes:
            if self.ready_parts():
                self.signOff.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class HygieneReportDialog(QDialog):
    """Period, location and format of the hygiene report; ``save`` writes it through the
    Schoonmaak screen's service (a refusal stays in the dialog's red line)."""

    def __init__(self, services: CleaningView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("hygieneReportDialog")
        self.setWindowTitle(translate("Hygiene", "Hygiene report"))
        self.saved: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        intro = QLabel(
            translate(
                "Hygiene",
                "For quality audits: cleanings, disinfections, device resets, second checks and "
                "deviations of a period.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        today = services.today()
        first = today.replace(day=1)
        self.since = QDateEdit(QDate(first.year, first.month, first.day), self)
        self.until = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format(ui_lang()))
        self.location = QComboBox(self)
        self.location.setObjectName("reportLocation")
        self.location.addItem(translate("Hygiene", "All locations"), None)
        for choice in services.locations():
            self.location.addItem(choice.name, choice.id)
        self.format = QComboBox(self)
        self.format.setObjectName("reportFormat")
        self.format.addItem(translate("Hygiene", "PDF (to print or file)"), "pdf")
        self.format.addItem(translate("Hygiene", "CSV (spreadsheet)"), "csv")
        form.setHorizontalSpacing(14)
        for label, field in (
            (translate("Hygiene", "&From"), self.since),
            (translate("Hygiene", "&To"), self.until),
            (translate("Hygiene", "&Location"), self.location),
            (translate("Hygiene", "F&ormat"), self.format),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            caption.setMinimumWidth(caption.sizeHint().width() + 8)
            form.addRow(caption, field)
        layout.addLayout(form)
        self.banner = Banner(self)
        layout.addWidget(self.banner)
        buttons = QDialogButtonBox(self)
        self.saveButton = buttons.addButton(
            translate("Hygiene", "Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.saveButton.setStyleSheet(PRIMARY_BUTTON)
        cancel = buttons.addButton(
            translate("Hygiene", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.clicked.connect(self.reject)
        self.saveButton.clicked.connect(self.ask_path)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def period(self) -> tuple[date, date]:
        return self.since.date().toPython(), self.until.date().toPython()

    def ask_path(self) -> None:
        kind = self.format.currentData()
        start, end = self.period()
        dialog = QFileDialog(self, translate("Hygiene", "Save the hygiene report"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.selectFile(f"hygiene-{start.isoformat()}-{end.isoformat()}.{kind}")
        dialog.setNameFilter(
            translate("Hygiene", "PDF files (*.pdf)")
            if kind == "pdf"
            else translate("Hygiene", "CSV files (*.csv)")
        )
        dialog.fileSelected.connect(lambda path: self.save(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def save(self, path: Path) -> bool:
        start, end = self.period()
        try:
            self.services.save_hygiene_report(
                path, start, end, self.location.currentData(), ui_lang()
            )
        except LendingError as exc:
            self.banner.error(exc.message(ui_lang()))
            return False
        except OSError as exc:
            self.banner.error(
                translate("Hygiene", "The report could not be saved: %1").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
            return False
        self.saved = path
        self.accept()
        return True
