"""Table models over plain row dataclasses, loaded lazily by pages.

``PagedTableModel`` asks a fetch function for ``(offset, limit)`` pages: the first page on
``reload()``, the next ones when a view scrolls near the end (canFetchMore/fetchMore). A failed
fetch (database gone) stops fetching and reports through ``loadFailed`` rather than raising
inside a paint. ``ListTableModel`` holds a short list given whole (items of one product).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from lendingdesk.errors import LendingError
from lendingdesk.services.views import PAGE_SIZE, Page

Index = QModelIndex | QPersistentModelIndex


class Roles(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1  # the row's database id
    Row = Qt.ItemDataRole.UserRole + 2  # the row dataclass itself
    Status = Qt.ItemDataRole.UserRole + 3  # a stored status code (available, on_loan…)
    Sort = Qt.ItemDataRole.UserRole + 4  # a sortable raw value (dates, numbers)


class _RowsModel(QAbstractTableModel):
    """Shared parts: headers through Qt translation, rows as dataclasses, roles."""

    CONTEXT = "Columns"
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- what subclasses fill in ------------------------------------------------------------

    def display(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def style(self, row: Any, column: int, role: int) -> Any:
        """Background/foreground/font for a cell, or None."""
        return None

    def status_of(self, row: Any) -> str | None:
        return getattr(row, "status", None)

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.display(row, column)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            value = self.display(row, column)
            return str(value) if value else None
        if role == Roles.Id:
            return getattr(row, "id", None) if hasattr(row, "id") else getattr(row, "item_id", None)
        if role == Roles.Row:
            return row
        if role == Roles.Status:
            return self.status_of(row)
        if role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            return self.style(row, column, role)
        return None

    # -- helpers ----------------------------------------------------------------------------

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> tuple[Any, ...]:
        return tuple(self._rows)

    def find_row(self, row_id: int) -> int:
        """The row number of the row with this id, or -1."""
        for number, row in enumerate(self._rows):
            if getattr(row, "id", getattr(row, "item_id", None)) == row_id:
                return number
        return -1

    def retranslate(self) -> None:
        """Headers and status words after a language switch."""
        if self.HEADERS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1)
            )


class PagedTableModel(_RowsModel):
    """Rows from ``fetch(offset, limit) -> Page``, a page at a time."""

    loadFailed = Signal(object)  # the LendingError (or other exception) of a failed fetch

    def __init__(
        self,
        fetch: Callable[[int, int], Page[Any]] | None = None,
        *,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = page_size
        self._has_more = False
        self._busy = False
        self.pages_loaded = 0

    def set_fetch(self, fetch: Callable[[int, int], Page[Any]]) -> None:
        """A new query (search text, filter): start again from the first page."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._busy = True
        try:
            self._rows = []
            self._has_more = self._fetch is not None
            self.pages_loaded = 0
            first = self._load_page(0)
            if first is not None:
                self._rows = list(first.rows)
                self._has_more = first.has_more
        finally:
            # Listeners of modelReset may ask for more while the reset signal is still being
            # delivered; they get the next page only once the reset is complete.
            self.endResetModel()
            self._busy = False

    def _load_page(self, offset: int) -> Page[Any] | None:
        if self._fetch is None:
            return None
        try:
            page = self._fetch(offset, self.page_size)
        except (LendingError, OSError) as exc:
            self._has_more = False
            self.loadFailed.emit(exc)
            return None
        self.pages_loaded += 1
        return page

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._busy

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._has_more or self._busy:
            return
        # Views (and Qt's model tester) may ask for more from inside our own rowsInserted
        # signal: the guard keeps one insertion at a time.
        self._busy = True
        try:
            page = self._load_page(len(self._rows))
            if page is None:
                return
            self._has_more = page.has_more
            if page.rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self._rows.extend(page.rows)
                self.endInsertRows()
        finally:
            self._busy = False

    @property
    def has_more(self) -> bool:
        return self._has_more


class ListTableModel(_RowsModel):
    """A short list of rows given whole."""

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
