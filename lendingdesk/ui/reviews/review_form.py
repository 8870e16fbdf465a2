"""The review form: one dialog generated from an instrument's blocks and items.

Quick by keyboard: every scale is one focus stop whose answer is picked with the number keys
(effects: "-" then a digit, "n" for not applicable), Tab moves on, Enter or Ctrl+Enter saves,
Esc closes without keeping anything. Problems are shown next to the questions at save time;
nothing is stored until every required answer is there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.domain.reviews import (
    NOT_APPLICABLE,
    AnswerProblem,
    Block,
    Instrument,
    Item,
    ItemType,
    answer_problems,
)
from lendingdesk.errors import LendingError
from lendingdesk.ui.fit import fit_to_screen, keep_on_screen
from lendingdesk.ui.models.labels import fmt_date
from lendingdesk.ui.screens.base import Banner, readable, translate, ui_lang

if TYPE_CHECKING:
    from lendingdesk.services.reviews import PendingLoan, ReviewRow, ReviewService

ERROR_STYLE = "color:#8c1d18; font-weight:600;"


def _effect_label(value: int) -> str:
    return f"+{value}" if value > 0 else ("0" if value == 0 else f"−{-value}")


class ChoiceButtons(QFrame):
    """A row of big toggle buttons, one focus stop; number keys pick an answer.

    Scales 1–5 and 0–10 take digits ("1" then "0" gives 10); effects take "-" and a digit and
    "n" for not applicable; arrows move; Backspace/Delete clears.
    """

    changed = Signal()

    def __init__(self, values: list[Any], labels: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.values = values
        self._minus = False
        self._last_digit: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("choiceButtons")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusive by hand, so a second click can clear
        self.buttons: list[QPushButton] = []
        for index, label in enumerate(labels):
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row is the focus stop
            button.setMinimumSize(46 if len(values) > 6 else 54, 40)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, index)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)
        self._style(False)

    def _style(self, focused: bool) -> None:
        border = "2px solid #2f7f8f" if focused else "2px solid transparent"
        self.setStyleSheet(
            f"QFrame#choiceButtons {{ border:{border}; border-radius:8px; }}"
            "QPushButton { font-size:13pt; font-weight:600; padding:4px 8px; border-radius:6px;"
            " border:1px solid #b9c5d1; background:#ffffff; }"
            "QPushButton:checked { background:#1f6f7f; color:#ffffff; border-color:#195d6a; }"
        )

    def value(self) -> Any:
        for button, value in zip(self.buttons, self.values, strict=True):
            if button.isChecked():
                return value
        return None

    def set_value(self, value: Any) -> None:
        for button, own in zip(self.buttons, self.values, strict=True):
            button.setChecked(own == value and type(own) is type(value))
        self.changed.emit()

    def _clicked(self, index: int) -> None:
        checked = self.buttons[index].isChecked()
        self.set_value(self.values[index] if checked else None)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def focusInEvent(self, event: Any) -> None:
        self._style(True)
        self._minus = False
        self._last_digit = None
        super().focusInEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        self._style(False)
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        numbers = [v for v in self.values if isinstance(v, int)]
        if text.isdigit() and len(text) == 1:
            digit = int(text)
            if self._last_digit == 1 and digit == 0 and 10 in numbers:
                candidate: Any = 10
            else:
                candidate = -digit if self._minus else digit
            self._minus = False
            self._last_digit = digit
            if candidate in numbers:
                self.set_value(candidate)
            return
        if text == "-" and any(v < 0 for v in numbers):
            self._minus = True
            return
        if text.lower() == "n" and NOT_APPLICABLE in self.values:
            self.set_value(NOT_APPLICABLE)
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_value(None)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            current = self.value()
            index = self.values.index(current) if current in self.values else -1
            step = 1 if key == Qt.Key.Key_Right else -1
            index = max(0, min(len(self.values) - 1, index + step if index >= 0 else 0))
            self.set_value(self.values[index])
            return
        super().keyPressEvent(event)


class Question:
    """One item's widgets: the label, the answer widget, the inline problem line."""

    def __init__(self, item: Item, parent: QWidget) -> None:
        self.item = item
        self.label = QLabel(parent)
        self.label.setWordWrap(True)
        readable(self.label, 12)
        self.error = QLabel(parent)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.unit: QLabel | None = None
        self.checks: list[QCheckBox] = []
        kind = item.type
        if kind in (ItemType.SCALE_1_5, ItemType.SCALE_0_10):
            low, high = item.minimum or 0, item.maximum or 5
            values: list[Any] = list(range(low, high + 1))
            self.widget: QWidget = ChoiceButtons(values, [str(v) for v in values], parent)
        elif kind is ItemType.EFFECT:
            values = [-2, -1, 0, 1, 2, NOT_APPLICABLE]
            self.widget = ChoiceButtons(values, [_effect_label(v) for v in values[:-1]] + [""])
            self.widget.setParent(parent)
        elif kind is ItemType.CHOICE:
            combo = QComboBox(parent)
            combo.setMinimumWidth(280)
            self.widget = combo
        elif kind is ItemType.MULTI_CHOICE:
            box = QWidget(parent)
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            for index, _option in enumerate(item.options):
                check = QCheckBox(box)
                grid.addWidget(check, index // 3, index % 3)
                self.checks.append(check)
            self.widget = box
        elif kind is ItemType.INTEGER:
            edit = QLineEdit(parent)
            edit.setValidator(QIntValidator(item.minimum or 0, item.maximum or 100000, edit))
            edit.setMaximumWidth(110)
            self.unit = QLabel(parent)
            self.widget = edit
        else:
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setFixedHeight(72)
            self.widget = text

    def focus_widget(self) -> QWidget:
        return self.checks[0] if self.checks else self.widget

    def retranslate(self, lang: str) -> None:
        item = self.item
        label = item.label.get(lang)
        if item.help:
            label += f"<br><span style='color:#5a6b7c; font-size:10pt'>{item.help.get(lang)}</span>"
        self.label.setText(
            label + (" <span style='color:#8c1d18'>*</span>" if item.required else "")
        )
        if isinstance(self.widget, ChoiceButtons) and item.type is ItemType.EFFECT:
            self.widget.buttons[-1].setText(translate("ReviewForm", "n/a"))
            self.widget.buttons[-1].setToolTip(translate("ReviewForm", "Not applicable (key N)"))
        if isinstance(self.widget, QComboBox):
            current = self.value()
            self.widget.blockSignals(True)
            self.widget.clear()
            self.widget.addItem(translate("ReviewForm", "— choose —"), None)
            for option in item.options:
                self.widget.addItem(option.label.get(lang), option.value)
            self.widget.setCurrentIndex(max(0, self.widget.findData(current)))
            self.widget.blockSignals(False)
        for check, option in zip(self.checks, item.options if self.checks else (), strict=True):
            check.setText(option.label.get(lang))
        if self.unit is not None and item.unit is not None:
            self.unit.setText(item.unit.get(lang))

    def value(self) -> Any:
        widget = self.widget
        if isinstance(widget, ChoiceButtons):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if self.checks:
            chosen = [o.value for o, c in zip(self.item.options, self.checks, strict=True)]
            return [v for v, c in zip(chosen, self.checks, strict=True) if c.isChecked()]
        if isinstance(widget, QLineEdit):
            text = widget.text().strip()
            return int(text) if text.lstrip("-").isdigit() else (text or None)
        assert isinstance(widget, QPlainTextEdit)
        return widget.toPlainText()

    def show_problem(self, text: str | None) -> None:
        if text:
            self.error.setText(text)
            self.error.show()
        else:
            self.error.clear()
            self.error.hide()


def problem_text(problem: AnswerProblem, lang: str) -> str:
    """The problem without the item key the domain puts in front (the field is right there)."""
    if problem.code == "missing" and problem.keyed:
        return translate("ReviewForm", "This answer is still missing.")
    return problem.detail.render(lang)


class ReviewForm(QDialog):
    """The review of one returned loan. ``saved`` holds the stored ReviewRow after saving."""

    def __init__(
        self,
        service: ReviewService,
        instrument: Instrument,
        loan: PendingLoan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.instrument = instrument
        self.loan = loan
        self.saved: ReviewRow | None = None
        self.questions: dict[str, Question] = {}
        self.block_titles: list[tuple[Block, QLabel]] = []
        self.setObjectName("reviewForm")
        self.setModal(True)
        fit_to_screen(self, 980, 720)
        readable(self, 12)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        self.heading = QLabel(self)
        readable(self.heading, 17, bold=True)
        self.heading.setStyleSheet("font-size:17pt; font-weight:700;")  # over the app's 11pt
        self.subheading = QLabel(self)
        self.subheading.setProperty("hint", True)
        self.keys_hint = QLabel(self)
        self.keys_hint.setProperty("hint", True)
        self.keys_hint.setWordWrap(True)
        self.banner = Banner(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.subheading)
        outer.addWidget(self.keys_hint)
        outer.addWidget(self.banner)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("reviewBody")
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 12, 0)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)

        self._build_reviewer(body)
        self.sus_toggle: QCheckBox | None = None
        self.sus_box: QWidget | None = None
        for block in instrument.blocks:
            self._build_block(block, body)
        self.body_layout.addStretch(1)

        buttons = QHBoxLayout()
        self.required_hint = QLabel(self)
        self.required_hint.setProperty("hint", True)
        buttons.addWidget(self.required_hint, 1)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self)
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self.save)

        self.retranslateUi()
        # The mouse wheel and PageUp/PageDown scroll the form; over a drop-down they would
        # silently change an answer the user is not looking at.
        for question in self.questions.values():
            if isinstance(question.widget, QComboBox):
                question.widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                question.widget.installEventFilter(self)
        self._untouched = self._state()
        first = next(iter(self.questions.values()), None)
        if first is not None:
            first.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        keep_on_screen(self)  # no taller than the screen: the questions scroll instead

    # --- not losing work -------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        r = self.reviewer()
        return (self.answers(), r.name, r.publish_name, r.discipline, r.organisation)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(obj, QComboBox) and not obj.view().isVisible():
            page = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
            bar = self.scroll.verticalScrollBar()
            if event.type() == QEvent.Type.Wheel:
                QCoreApplication.sendEvent(bar, event)
                return True
            if event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                if event.key() in page:
                    bar.setValue(bar.value() + page[event.key()] * bar.pageStep())
                    return True
        return super().eventFilter(obj, event)

    def reject(self) -> None:
        """Esc or Cancel: a half-filled review is only thrown away after asking."""
        touched = self.saved is None and self._state() != self._untouched
        if touched and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ReviewForm", "Discard this review?"))
        box.setText(
            translate(
                "ReviewForm",
                "Some answers are already filled in. Close the form without saving them?",
            )
        )
        discard = box.addButton(
            translate("ReviewForm", "Discard answers"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            translate("ReviewForm", "Keep filling in"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    # --- building ------------------------------------------------------------------------

    def _build_reviewer(self, body: QWidget) -> None:
        card = QFrame(body)
        card.setProperty("card", True)
        grid = QGridLayout(card)
        grid.setContentsMargins(14, 10, 14, 10)
        self.reviewer_title = QLabel(card)
        readable(self.reviewer_title, 13.5, bold=True)
        grid.addWidget(self.reviewer_title, 0, 0, 1, 4)
        self.name_label, self.discipline_label = QLabel(card), QLabel(card)
        self.organisation_label = QLabel(card)
        self.name_edit = QLineEdit(getattr(self.loan, "borrower", "") or "", card)
        self.publish_check = QCheckBox(card)
        self.discipline_edit = QLineEdit(getattr(self.loan, "discipline", "") or "", card)
        self.organisation_edit = QLineEdit(card)
        grid.addWidget(self.name_label, 1, 0)
        grid.addWidget(self.name_edit, 1, 1)
        grid.addWidget(self.publish_check, 1, 2, 1, 2)
        grid.addWidget(self.discipline_label, 2, 0)
        grid.addWidget(self.discipline_edit, 2, 1)
        grid.addWidget(self.organisation_label, 2, 2)
        grid.addWidget(self.organisation_edit, 2, 3)
        self.publish_error = QLabel(card)
        self.publish_error.setStyleSheet(ERROR_STYLE)
        self.publish_error.hide()
        grid.addWidget(self.publish_error, 3, 1, 1, 3)
        self.body_layout.addWidget(card)

    def _build_block(self, block: Block, body: QWidget) -> None:
        title = QLabel(body)
        readable(title, 14, bold=True)
        title.setStyleSheet("font-size:13.5pt; font-weight:700; color:#1f3447;")
        title.setContentsMargins(0, 12, 0, 2)
        self.block_titles.append((block, title))
        container = QFrame(body)
        container.setProperty("card", True)
        grid = QGridLayout(container)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        row = 0
        for item in block.items:
            question = Question(item, container)
            self.questions[item.key] = question
            wide = item.type in (ItemType.TEXT, ItemType.MULTI_CHOICE)
            if wide:
                grid.addWidget(question.label, row, 0, 1, 2)
                row += 1
                grid.addWidget(question.widget, row, 0, 1, 2)
            else:
                grid.addWidget(question.label, row, 0)
                answer = QHBoxLayout()
                answer.addWidget(question.widget)
                if question.unit is not None:
                    answer.addWidget(question.unit)
                answer.addStretch(1)
                grid.addLayout(answer, row, 1)
            row += 1
            grid.addWidget(question.error, row, 0 if wide else 1, 1, 2 if wide else 1)
            row += 1
        if block.optional:
            self.sus_toggle = QCheckBox(body)
            self.sus_toggle.toggled.connect(container.setVisible)
            container.setVisible(False)
            self.sus_box = container
            self.body_layout.addWidget(title)
            self.body_layout.addWidget(self.sus_toggle)
        else:
            self.body_layout.addWidget(title)
        self.body_layout.addWidget(container)

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "save_button"):
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        lang = ui_lang()
        self.setWindowTitle(translate("ReviewForm", "Review"))
        product = getattr(self.loan, "product", "") or ""
        self.heading.setText(translate("ReviewForm", "Review of %1").replace("%1", product))
        tag = getattr(self.loan, "tag", "")
        returned = getattr(self.loan, "returned_at", None)
        sub = translate("ReviewForm", "Label %1").replace("%1", tag)
        if returned is not None:
            sub += " · " + translate("ReviewForm", "returned %1").replace("%1", fmt_date(returned))
        self.subheading.setText(sub + " · " + self.instrument.title.get(lang))
        self.keys_hint.setText(
            translate(
                "ReviewForm",
                "Keyboard: number keys pick an answer (effects: − then a number, N = not "
                "applicable), Tab goes to the next question, Ctrl+Enter saves, Esc cancels.",
            )
        )
        self.reviewer_title.setText(translate("ReviewForm", "Reviewer"))
        self.name_label.setText(translate("ReviewForm", "Name"))
        self.publish_check.setText(translate("ReviewForm", "Name may be published"))
        self.publish_check.setToolTip(
            translate(
                "ReviewForm",
                "Without consent the review is published under the organisation's name.",
            )
        )
        self.discipline_label.setText(translate("ReviewForm", "Discipline"))
        self.organisation_label.setText(translate("ReviewForm", "Organisation"))
        self.organisation_edit.setPlaceholderText(translate("ReviewForm", "from the location"))
        for block, title in self.block_titles:
            title.setText(block.title.get(lang))
        if self.sus_toggle is not None:
            self.sus_toggle.setText(
                translate(
                    "ReviewForm", "Also fill in the usability questionnaire (SUS, 10 questions)"
                )
            )
        for question in self.questions.values():
            question.retranslate(lang)
        self.required_hint.setText(translate("ReviewForm", "* required"))
        self.cancel_button.setText(translate("ReviewForm", "Cancel (Esc)"))
        self.save_button.setText(translate("ReviewForm", "Save review (Ctrl+Enter)"))

    # --- saving --------------------------------------------------------------------------

    def answers(self) -> dict[str, Any]:
        sus_keys = set()
        if self.sus_toggle is not None and not self.sus_toggle.isChecked():
            sus_keys = {i.key for b in self.instrument.blocks if b.optional for i in b.items}
        result: dict[str, Any] = {}
        for key, question in self.questions.items():
            if key in sus_keys:
                continue
            value = question.value()
            if value is None or value == [] or (isinstance(value, str) and not value.strip()):
                continue
            result[key] = value
        return result

    def reviewer(self) -> Any:
        from lendingdesk.services.reviews import Reviewer

        return Reviewer(
            name=self.name_edit.text().strip(),
            publish_name=self.publish_check.isChecked(),
            discipline=self.discipline_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
        )

    def show_problems(self, problems: list[AnswerProblem]) -> None:
        lang = ui_lang()
        by_key: dict[str, str] = {}
        for problem in problems:
            by_key.setdefault(problem.key, problem_text(problem, lang))
        for key, question in self.questions.items():
            question.show_problem(by_key.get(key))

    def save(self) -> None:
        answers = self.answers()
        _cleaned, problems = answer_problems(self.instrument, answers)
        self.show_problems(problems)
        reviewer = self.reviewer()
        consent_problem = reviewer.publish_name and not reviewer.name
        self.publish_error.setVisible(consent_problem)
        self.publish_error.setText(
            translate("ReviewForm", "Fill in the name, or turn the consent off.")
        )
        if problems or consent_problem:
            count = len({p.key for p in problems}) + int(consent_problem)
            self.banner.error(
                QCoreApplication.translate(
                    "ReviewForm",
                    "Not saved yet: %n answer(s) still need attention (marked in red).",
                    None,
                    count,
                )
            )
            first = next((q for q in self.questions.values() if q.error.isVisible()), None)
            target = first.focus_widget() if first else self.name_edit
            self.scroll.ensureWidgetVisible(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            self.saved = self.service.add_review(self.loan.loan_id, answers, reviewer)
        except LendingError as exc:
            self.banner.error(exc.message(ui_lang()))
            return
        self.accept()


def find_pending(service: ReviewService, loan_id: int) -> PendingLoan | None:
    return next((p for p in service.pending_reviews() if p.loan_id == loan_id), None)


def open_review_for_loan(
    service: ReviewService,
    loan_id: int,
    parent: QWidget | None = None,
    *,
    on_saved: Callable[[ReviewRow], None] | None = None,
) -> ReviewRow | None:
    """Open the form for a returned loan (modal); returns the saved review or None."""
    pending = find_pending(service, loan_id)
    if pending is None:
        return None
    instrument = service.instrument_for_product(pending.product_id)
    form = ReviewForm(service, instrument, pending, parent)
    form.exec()
    saved = form.saved
    form.deleteLater()
    if saved is not None and on_saved is not None:
        on_saved(saved)
    return saved
