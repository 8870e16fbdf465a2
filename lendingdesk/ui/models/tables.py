"""The concrete table models: column constants, display text, and the few cell styles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from lendingdesk.domain.status import ItemStatus
from lendingdesk.services.views import (
    BorrowerRow,
    CleaningRow,
    ItemRow,
    LoanRow,
    ProductRow,
    ReservationRow,
)
from lendingdesk.ui.models.labels import (
    fmt_date,
    fmt_datetime,
    parts_text,
    reservation_state_text,
    status_colour,
    status_text,
)
from lendingdesk.ui.models.paged import ListTableModel, PagedTableModel

_Fg = Qt.ItemDataRole.ForegroundRole
_Bg = Qt.ItemDataRole.BackgroundRole
_Font = Qt.ItemDataRole.FontRole

OVERDUE_BACKGROUND = QColor("#fde8e6")
OVERDUE_TEXT = QColor("#8c1d18")
MUTED_TEXT = QColor("#6b6b6b")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class ProductTableModel(PagedTableModel):
    NAME, MAKER, CATEGORY, AVAILABLE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Product"),
        QT_TRANSLATE_NOOP("Columns", "Maker"),
        QT_TRANSLATE_NOOP("Columns", "Category"),
        QT_TRANSLATE_NOOP("Columns", "Available"),
    )

    def display(self, row: ProductRow, column: int) -> Any:
        if column == self.NAME:
            return row.name
        if column == self.MAKER:
            return row.maker
        if column == self.CATEGORY:
            return row.category
        if column == self.AVAILABLE:
            if row.retired:
                return status_text(ItemStatus.RETIRED)
            return (
                translate("Columns", "%1 of %2")
                .replace("%1", str(row.items_available))
                .replace("%2", str(row.items_total))
            )
        return None

    def status_of(self, row: ProductRow) -> str:
        if row.retired:
            return ItemStatus.RETIRED
        return ItemStatus.AVAILABLE if row.items_available else ItemStatus.ON_LOAN

    def style(self, row: ProductRow, column: int, role: int) -> Any:
        if role == _Fg and (row.retired or (column == self.AVAILABLE and not row.items_available)):
            return QBrush(MUTED_TEXT)
        if role == _Fg and column == self.AVAILABLE:
            return QBrush(status_colour(ItemStatus.AVAILABLE))
        return None


class ItemTableModel(ListTableModel):
    TAG, STATUS, LOCATION, SERIAL = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Label"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("Columns", "Location"),
        QT_TRANSLATE_NOOP("Columns", "Serial number"),
    )

    def display(self, row: ItemRow, column: int) -> Any:
        return (row.tag, status_text(row.status), row.location, row.serial)[column]

    def style(self, row: ItemRow, column: int, role: int) -> Any:
        if column == self.STATUS and role == _Fg:
            return QBrush(status_colour(row.status))
        if column == self.STATUS and role == _Font:
            return _bold()
        return None


class LoanTableModel(PagedTableModel):
    """Open loans; overdue rows are highlighted."""

    PRODUCT, TAG, BORROWER, OUT, DUE, LATE, RENEWALS = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Product"),
        QT_TRANSLATE_NOOP("Columns", "Label"),
        QT_TRANSLATE_NOOP("Columns", "Borrower"),
        QT_TRANSLATE_NOOP("Columns", "Lent on"),
        QT_TRANSLATE_NOOP("Columns", "Due"),
        QT_TRANSLATE_NOOP("Columns", "Overdue"),
        QT_TRANSLATE_NOOP("Columns", "Renewed"),
    )

    def display(self, row: LoanRow, column: int) -> Any:
        if column == self.PRODUCT:
            return row.product_name
        if column == self.TAG:
            return row.tag
        if column == self.BORROWER:
            return row.borrower_name
        if column == self.OUT:
            return fmt_date(row.out_at)
        if column == self.DUE:
            return fmt_date(row.due_on)
        if column == self.LATE:
            return (
                translate("Columns", "%n day(s)", None, row.days_overdue)
                if row.days_overdue
                else ""
            )
        if column == self.RENEWALS:
            return translate("Columns", "%n time(s)", None, row.renewals) if row.renewals else ""
        return None

    def status_of(self, row: LoanRow) -> str:
        return "overdue" if row.days_overdue else ItemStatus.ON_LOAN

    def style(self, row: LoanRow, column: int, role: int) -> Any:
        if not row.days_overdue:
            return None
        if role == _Bg:
            return QBrush(OVERDUE_BACKGROUND)
        if role == _Fg:
            return QBrush(OVERDUE_TEXT)
        if role == _Font and column in (self.DUE, self.LATE):
            return _bold()
        return None


class LoanHistoryModel(ListTableModel):
    """Past and current loans of one product or one borrower (newest first)."""

    OUT, RETURNED, PRODUCT, TAG, BORROWER = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Lent on"),
        QT_TRANSLATE_NOOP("Columns", "Returned"),
        QT_TRANSLATE_NOOP("Columns", "Product"),
        QT_TRANSLATE_NOOP("Columns", "Label"),
        QT_TRANSLATE_NOOP("Columns", "Borrower"),
    )

    def display(self, row: LoanRow, column: int) -> Any:
        if column == self.OUT:
            return fmt_date(row.out_at)
        if column == self.RETURNED:
            if row.returned_at is None:
                return translate("Columns", "still on loan")
            return fmt_date(row.returned_at)
        return (None, None, row.product_name, row.tag, row.borrower_name)[column]

    def style(self, row: LoanRow, column: int, role: int) -> Any:
        if row.returned_at is None and role == _Font and column == self.RETURNED:
            return _bold()
        if row.days_overdue and role == _Fg:
            return QBrush(OVERDUE_TEXT)
        return None


class BorrowerTableModel(PagedTableModel):
    NAME, TEAM, DISCIPLINE, BADGE, OPEN, STATE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Name"),
        QT_TRANSLATE_NOOP("Columns", "Team"),
        QT_TRANSLATE_NOOP("Columns", "Discipline"),
        QT_TRANSLATE_NOOP("Columns", "Card"),
        QT_TRANSLATE_NOOP("Columns", "On loan"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
    )

    def display(self, row: BorrowerRow, column: int) -> Any:
        if column == self.OPEN:
            return str(row.open_loans) if row.open_loans else ""
        if column == self.STATE:
            if row.erased:
                return translate("Columns", "Data erased")
            return (
                translate("Columns", "Active") if row.active else translate("Columns", "Inactive")
            )
        return (row.name, row.team, row.discipline, row.badge)[column]

    def status_of(self, row: BorrowerRow) -> str:
        return "erased" if row.erased else ("active" if row.active else "inactive")

    def style(self, row: BorrowerRow, column: int, role: int) -> Any:
        if role == _Fg and not row.active:
            return QBrush(MUTED_TEXT)
        return None


class ReservationTableModel(PagedTableModel):
    PERIOD, PRODUCT, ITEM, BORROWER, NOTE, STATE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Period"),
        QT_TRANSLATE_NOOP("Columns", "Product"),
        QT_TRANSLATE_NOOP("Columns", "Item"),
        QT_TRANSLATE_NOOP("Columns", "For"),
        QT_TRANSLATE_NOOP("Columns", "Note"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
    )

    def display(self, row: ReservationRow, column: int) -> Any:
        if column == self.PERIOD:
            return f"{fmt_date(row.starts_on)} – {fmt_date(row.ends_on)}"
        if column == self.ITEM:
            return row.item_tag or translate("Columns", "any")
        if column == self.STATE:
            return reservation_state_text(row.state)
        return (None, row.product_name, None, row.borrower_name, row.note)[column]

    def status_of(self, row: ReservationRow) -> str:
        return row.state

    def style(self, row: ReservationRow, column: int, role: int) -> Any:
        if role == _Fg and row.state in ("cancelled", "past", "fulfilled"):
            return QBrush(MUTED_TEXT)
        if role == _Font and row.state == "current" and column == self.STATE:
            return _bold()
        return None


class CleaningTableModel(PagedTableModel):
    TAG, PRODUCT, STATUS, SINCE, INSTRUCTIONS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Label"),
        QT_TRANSLATE_NOOP("Columns", "Product"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("Columns", "Since"),
        QT_TRANSLATE_NOOP("Columns", "What to do"),
    )

    def display(self, row: CleaningRow, column: int) -> Any:
        if column == self.STATUS:
            if row.pending and tuple(row.pending) != ("clean",):  # more than a cleaning
                return parts_text(row.pending)
            return status_text(row.status)
        if column == self.SINCE:
            return fmt_datetime(row.since)
        return (row.tag, row.product_name, None, None, row.instructions)[column]

    def style(self, row: CleaningRow, column: int, role: int) -> Any:
        if column == self.STATUS and role == _Fg:
            return QBrush(status_colour(row.status))
        if column == self.STATUS and role == _Font:
            return _bold()
        return None
