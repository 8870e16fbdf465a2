"""What every list screen shares: the translator for the screens' strings, the language of
refusals, a calm message banner, a debounced search field, readable fonts and table defaults."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidget,
    QWidget,
)

from lendingdesk.errors import LendingError
from lendingdesk.services.views import ViewService
from lendingdesk.ui.fit import fit_columns  # noqa: F401  (the screens import it from here)
from lendingdesk.ui.i18n import current_language, ensure_language, set_language  # noqa: F401

BASE_POINT_SIZE = 12.0
SEARCH_DEBOUNCE_MS = 150


def ui_lang() -> str:
    """The language the screens currently speak ("nl" or "en"): follows the loaded translation."""
    # The Dutch translation of this marker is "nl"; without a Dutch translation it stays "en".
    return "nl" if QCoreApplication.translate("Language", "en") == "nl" else "en"


def desk_settings() -> QSettings:
    """Small per-desk preferences of these screens (e.g. the last 'signed off by' name), kept
    in the desk's data folder beside the database."""
    from lendingdesk.store.db import data_dir

    return QSettings(str(data_dir() / "screens.ini"), QSettings.Format.IniFormat)


def readable(widget: QWidget, points: float = BASE_POINT_SIZE, *, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(max(points, 8.0))
    font.setBold(bold)
    widget.setFont(font)


def propagate_fonts(widget: QWidget) -> None:
    """Hand the screen's readable font down to every child that did not set its own.

    A widget styled by any style sheet rule takes the application font instead of its
    parent's, which would leave buttons and coloured labels small on a large-font screen.
    """
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not child.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            child.setFont(widget.font())
        propagate_fonts(child)


def calm_box(box: QWidget) -> None:
    """A question box in the screens' readable size, wide enough to read its text in one go."""
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 30em; }")
    readable(box, BASE_POINT_SIZE)
    propagate_fonts(box)


class Banner(QLabel):
    """One calm line of feedback: green when something worked, red when it was refused."""

    STYLES = {
        "ok": "background:#e6f4ea; color:#14532d; border:1px solid #a7d7b5;",
        "error": "background:#fde8e6; color:#8c1d18; border:1px solid #f2b8b5;",
        "info": "background:#eef3fb; color:#1f3b63; border:1px solid #c3d3ee;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        readable(self, BASE_POINT_SIZE + 1)
        self.kind = ""
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setText(text)
        self.setStyleSheet(f"QLabel {{ {self.STYLES[kind]} border-radius:6px; padding:8px 12px; }}")
        self.show()

    def ok(self, text: str) -> None:
        self.show_message("ok", text)

    def error(self, text: str) -> None:
        self.show_message("error", text)

    def info(self, text: str) -> None:
        self.show_message("info", text)

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        # A message in the previous language must not stay after a language switch.
        if event.type() == QEvent.Type.LanguageChange and self.kind:
            self.clear_message()
        super().changeEvent(event)


def into_results(results: QWidget) -> None:
    """Focus a list of results with its first entry chosen (a drop-down: arrows then choose)."""
    results.setFocus(Qt.FocusReason.TabFocusReason)
    if not isinstance(results, QAbstractItemView) or results.model() is None:
        return
    if results.model().rowCount() == 0 or results.selectionModel().hasSelection():
        return
    if isinstance(results, QTableView):
        results.selectRow(0)
    else:
        results.setCurrentIndex(results.model().index(0, 0))


class SearchField(QLineEdit):
    """A search box that waits for a short pause in typing before it searches."""

    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, delay_ms: int = SEARCH_DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.results: QWidget | None = None  # where arrow down goes (a list or drop-down)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(lambda: self.searchChanged.emit(self.text()))
        self.textEdited.connect(lambda _text: self._timer.start())
        # The clear button sets text without textEdited: search at once.
        self.textChanged.connect(lambda text: None if text else self._timer.start(0))
        self.returnPressed.connect(self.flush)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Arrow down goes from the search field into its results (the first one chosen).
        if event.key() == Qt.Key.Key_Down and self.results is not None:
            self.flush()
            into_results(self.results)
            return
        super().keyPressEvent(event)

    def flush(self) -> None:
        """Search now (Enter, or a test that does not want to wait)."""
        self._timer.stop()
        self.searchChanged.emit(self.text())

    def cancel(self) -> None:
        """Forget a search that is waiting for the typing pause (e.g. the first character of
        a scan, already taken back out of the field)."""
        self._timer.stop()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()


def make_table(parent: QWidget | None = None) -> QTableView:
    return style_table(QTableView(parent))


def style_table(table: QTableView) -> QTableView:
    """The calm table look of every list: whole rows, no grid, readable row height."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(34)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setStyleSheet(
        f"QTableView {{ font-size:{BASE_POINT_SIZE:g}pt; border:2px solid #e1e6ec; border-radius:4px; "
        "alternate-background-color:#f6f8fb; selection-background-color:#cfe0f7; "
        "selection-color:#10243e; }"
        "QTableView:focus { border:2px solid #2f7f8f; }"
        "QHeaderView::section { background:#eef1f5; border:none; "
        "border-bottom:1px solid #d4d9e1; padding:6px 8px; font-weight:bold; }"
    )
    return table


def bind_key(owner: QWidget, sequence: str, action: Callable[[], object]) -> QShortcut:
    """``sequence`` runs ``action`` while ``owner`` (a screen or dialog) has the focus inside."""
    shortcut = QShortcut(QKeySequence(sequence), owner)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(action)
    return shortcut


def bind_button(owner: QWidget, button: QAbstractButton, sequence: str) -> QShortcut:
    """A keyboard shortcut for ``button`` (only while it can be clicked); the tooltip names it
    (see ``show_key_hints``)."""
    button.setProperty("keyHint", sequence)

    def press() -> None:
        if button.isEnabled() and button.isVisible():
            button.click()

    return bind_key(owner, sequence, press)


def show_key_hints(owner: QWidget) -> None:
    """Every button bound with ``bind_button`` shows its shortcut in its tooltip, e.g.
    "Nieuw product (Ctrl+N)"; called after (re)translating."""
    for button in owner.findChildren(QAbstractButton):
        hint = button.property("keyHint")
        if hint:
            native = QKeySequence(hint).toString(QKeySequence.SequenceFormat.NativeText)
            text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            button.setToolTip(f"{text.rstrip('…. ')} ({native})")


def heading(parent: QWidget | None = None, points: float = 15) -> QLabel:
    label = QLabel(parent)
    readable(label, points, bold=True)
    label.setWordWrap(True)
    return label


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color:#d4d9e1;")
    return line


PRIMARY_BUTTON = (
    "QPushButton { background:#1f5fa8; color:white; border:none; border-radius:5px; "
    "padding:7px 16px; font-weight:bold; }"
    "QPushButton:hover { background:#184f8d; }"
    "QPushButton:disabled { background:#a9bdd6; }"
    # A button's own style sheet overrides the window's focus frame (and Qt ignores
    # "outline" on buttons): without this the focus on it was invisible.
    "QPushButton:focus { border: 3px solid #0b2f5a; padding:4px 13px; }"
)
DANGER_BUTTON = (
    "QPushButton { color:#8c1d18; border:1px solid #d9a3a0; border-radius:5px; "
    "padding:7px 14px; background:#fff; }"
    "QPushButton:disabled { color:#b9a9a8; border-color:#e5d5d4; }"
    "QPushButton:focus { border: 2px solid #8c1d18; padding:6px 13px; }"
)


class Screen(QWidget):
    """Base of the list screens: ``Cls(services, parent)``, ``title()``, ``refresh()``,
    re-translation on QEvent.LanguageChange."""

    # Emitted after the screen changed something the desk counts (loans, cleaning, items):
    # the main window's status bar follows.
    changed = Signal()

    def __init__(self, services: ViewService, parent: QWidget | None = None) -> None:
        ensure_language()
        super().__init__(parent)
        self.services = services
        self._ready = False
        readable(self)
        self.setStyleSheet("QPushButton { padding:6px 14px; }")
        self.setObjectName(type(self).__name__)

    @staticmethod
    def title() -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslateUi(self) -> None:
        raise NotImplementedError

    def _finish_setup(self) -> None:
        bind_key(self, "Ctrl+F", self.focus_first_field)
        propagate_fonts(self)
        self._ready = True
        self.retranslateUi()
        self._show_key_hints()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.retranslateUi()
            self._show_key_hints()
        super().changeEvent(event)

    def first_field(self) -> QWidget | None:
        """Where the cursor goes when the screen opens (the search field, by default)."""
        return getattr(self, "search", None)

    def _show_key_hints(self) -> None:
        show_key_hints(self)
        field = self.first_field()
        if isinstance(field, SearchField):
            field.setToolTip(translate("Screen", "Search (Ctrl+F); arrow down goes to the results"))

    def focus_first_field(self) -> None:
        """Ctrl+F: back to the search (or first) field, its text selected to type over."""
        field = self.first_field()
        if field is None:
            return
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        field = self.first_field()
        if field is not None and not self.isAncestorOf(QApplication.focusWidget()):
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_failure(self, banner: Banner, exc: object) -> None:
        if isinstance(exc, LendingError):
            banner.error(exc.message(ui_lang()))
        else:
            banner.error(translate("Screen", "Something went wrong: %1").replace("%1", str(exc)))

    def attempt(
        self, banner: Banner, action: Callable[[], Any], *, changes: bool = False
    ) -> tuple[bool, Any]:
        """Run one service call; a refusal is shown in the banner in the desk's language.

        ``changes``: the call changes what the desk counts, so ``changed`` is emitted."""
        try:
            result = action()
        except LendingError as exc:
            banner.error(exc.message(ui_lang()))
            return False, None
        if changes:
            self.changed.emit()
        return True, result


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under a name pyside6-lupdate finds (context must be literal)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def fill_table(
    table: QTableWidget, rows: Sequence[Sequence[str]], backgrounds: Sequence[str | None] = ()
) -> None:
    """A small read-only list in a QTableWidget: one row of texts per line (each also its
    tooltip: a long name may be elided), an optional background colour per row."""
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QTableWidgetItem

    table.setRowCount(len(rows))
    for number, cells in enumerate(rows):
        colour = backgrounds[number] if number < len(backgrounds) else None
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            if colour:
                cell.setBackground(QBrush(QColor(colour)))
            table.setItem(number, column, cell)
