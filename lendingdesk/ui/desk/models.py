"""Table model for loan lines on the desk (a borrower's open loans, this session's loans)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from lendingdesk.services.desk import LoanLine
from lendingdesk.ui.i18n import format_date

_Index = QModelIndex | QPersistentModelIndex
_OVERDUE_COLOUR = QColor("#a11a1a")
_BOLD: list[QFont] = []


def _bold_font() -> QFont:
    # Made once (after the application exists): data() is asked for it at every repaint.
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


# Roles as plain ints: data() is asked for every role of every cell at each repaint (about
# 500 times per scan on a full desk), and comparing ints is what keeps that cheap.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
# Column titles, translated where shown (headerData).
_TITLES = (
    QT_TRANSLATE_NOOP("LoanLinesModel", "Product"),
    QT_TRANSLATE_NOOP("LoanLinesModel", "Label"),
    QT_TRANSLATE_NOOP("LoanLinesModel", "Return by"),
)


class LoanLinesModel(QAbstractTableModel):
    PRODUCT, TAG, DUE = range(3)
    LineRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[LoanLine] = []
        self._texts: list[tuple[str, str, str]] = []  # each line's three cells, as shown
        self.lang = "nl"

    def set_lines(self, lines: list[LoanLine] | tuple[LoanLine, ...]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self._texts = [self._cells(line) for line in self.lines]
        self.endResetModel()

    def append_line(self, line: LoanLine) -> None:
        self.insert_line(len(self.lines), line)

    def insert_line(self, row: int, line: LoanLine) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.insert(row, line)
        self._texts.insert(row, self._cells(line))
        self.endInsertRows()

    def show_lines(self, lines: tuple[LoanLine, ...] | list[LoanLine]) -> None:
        """Show ``lines``: when they are the current ones plus one, only that row is inserted
        (the view keeps its layout; a reset re-measures every row), otherwise a reset."""
        lines = list(lines)
        if len(lines) == len(self.lines) + 1:
            for row, line in enumerate(lines):
                if lines[:row] + lines[row + 1 :] == self.lines:
                    self.insert_line(row, line)
                    return
        self.set_lines(lines)

    def set_lang(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        self._texts = [self._cells(line) for line in self.lines]
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, 2))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def row_of_loan(self, loan_id: int) -> int | None:
        return next((r for r, line in enumerate(self.lines) if line.loan_id == loan_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate("LoanLinesModel", _TITLES[section])

    def data(self, index: _Index, role: int = _DISPLAY) -> object:
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self.lines):
            return None
        if role == _DISPLAY:
            return self._texts[row][index.column()]
        if role == _FOREGROUND:
            return _OVERDUE_COLOUR if self.lines[row].overdue else None
        if role == _FONT:
            overdue = self.lines[row].overdue and index.column() == self.DUE
            return _bold_font() if overdue else None
        if role == self.LineRole:
            return self.lines[row]
        return None

    def _cells(self, line: LoanLine) -> tuple[str, str, str]:
        due = format_date(line.due_on, self.lang, long=False)
        if line.overdue:
            due += "  " + QCoreApplication.translate("LoanLinesModel", "(overdue)")
        return line.product, line.tag, due
