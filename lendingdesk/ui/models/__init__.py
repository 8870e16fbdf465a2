"""Table models of the desk's list screens: QAbstractTableModel subclasses over the view service.

Large lists load lazily by pages (canFetchMore/fetchMore); see paged.py.
"""

from lendingdesk.ui.models.paged import ListTableModel, PagedTableModel, Roles
from lendingdesk.ui.models.tables import (
    BorrowerTableModel,
    CleaningTableModel,
    ItemTableModel,
    LoanHistoryModel,
    LoanTableModel,
    ProductTableModel,
    ReservationTableModel,
)

__all__ = [
    "BorrowerTableModel",
    "CleaningTableModel",
    "ItemTableModel",
    "ListTableModel",
    "LoanHistoryModel",
    "LoanTableModel",
    "PagedTableModel",
    "ProductTableModel",
    "ReservationTableModel",
    "Roles",
]
