"""The desk window's list screens (everything except the scan desk itself).

``SCREENS`` is what the main window puts in its navigation: (key, class) pairs. Each class is a
QWidget built as ``Cls(services, parent=None)`` with a ViewServices, has ``title()`` and
``refresh()``, and re-translates itself on QEvent.LanguageChange. ``set_language("nl"|"en")``
loads the screens' own translation file (Dutch by default).
"""

from __future__ import annotations

from lendingdesk.ui.audit_screen import AuditScreen
from lendingdesk.ui.reviews.reviews_screen import ReviewsScreen
from lendingdesk.ui.screens.base import Screen, current_language, set_language, ui_lang
from lendingdesk.ui.screens.borrowers import BorrowersScreen
from lendingdesk.ui.screens.catalogue import CatalogueScreen
from lendingdesk.ui.screens.cleaning import CleaningScreen
from lendingdesk.ui.screens.loans import LoansScreen
from lendingdesk.ui.screens.reservations import ReservationsScreen

SCREENS: list[tuple[str, type[Screen]]] = [
    ("catalogue", CatalogueScreen),
    ("borrowers", BorrowersScreen),
    ("loans", LoansScreen),
    ("reservations", ReservationsScreen),
    ("cleaning", CleaningScreen),
    ("reviews", ReviewsScreen),
    ("audit", AuditScreen),  # type: ignore[list-item]  (Logboek; takes ViewServices.audit)
]

__all__ = [
    "SCREENS",
    "BorrowersScreen",
    "CatalogueScreen",
    "CleaningScreen",
    "LoansScreen",
    "ReservationsScreen",
    "Screen",
    "current_language",
    "set_language",
    "ui_lang",
]
