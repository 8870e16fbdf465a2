"""Table model for loan lines on the desk (a borrower's open loans, this session's loans)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
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


class LoanLinesModel(QAbstractTableModel):
    PRODUCT, TAG, DUE = range(3)
    LineRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[LoanLine] = []
        self.lang = "nl"

    def set_lines(self, lines: list[LoanLine] | tuple[LoanLine, ...]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def append_line(self, line: LoanLine) -> None:
        self.insert_line(len(self.lines), line)

    def insert_line(self, row: int, line: LoanLine) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.insert(row, line)
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
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, 2))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("LoanLinesModel", "Product"),
            QCoreApplication.translate("LoanLinesModel", "Label"),
            QCoreApplication.translate("LoanLinesModel", "Return by"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PRODUCT:
                return line.product
            if column == self.TAG:
                return line.tag
            return self._due_text(line.due_on, line.overdue)
        if role == Qt.ItemDataRole.ForegroundRole and line.overdue:
            return _OVERDUE_COLOUR
        if role == Qt.ItemDataRole.FontRole and line.overdue and column == self.DUE:
            return _bold_font()
        if role == self.LineRole:
            return line
        return None

    def _due_text(self, due: date, overdue: bool) -> str:
        text = format_date(due, self.lang, long=False)
        if overdue:
            text += "  " + QCoreApplication.translate("LoanLinesModel", "(overdue)")
        return text
