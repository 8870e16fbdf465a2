"""The desk window's list screens (everything except the scan desk itself).

``SCREENS`` is what the main window puts in its navigation: (key, "module:Class") pairs, built
on first use. Each class is a QWidget built as ``Cls(service, parent=None)`` with its own
service (``ScreenServices.for_screen(key)``), has ``title()`` and ``refresh()``, and re-translates itself on
QEvent.LanguageChange. ``set_language("nl"|"en")`` is ui/i18n's: it puts the whole window,
screens included, into that language (Dutch by default).
"""

from __future__ import annotations

import importlib
from typing import Any

from lendingdesk.ui.screens.base import Screen, current_language, set_language, ui_lang

# (key, "module:Class"): the main window imports and builds each screen the first time it is
# opened, so the desk itself starts without them (their modules, queries and widgets).
SCREENS: list[tuple[str, str]] = [
    ("catalogue", "lendingdesk.ui.screens.catalogue:CatalogueScreen"),
    ("borrowers", "lendingdesk.ui.screens.borrowers:BorrowersScreen"),
    ("loans", "lendingdesk.ui.screens.loans:LoansScreen"),
    ("reservations", "lendingdesk.ui.screens.reservations:ReservationsScreen"),
    ("cleaning", "lendingdesk.ui.screens.cleaning:CleaningScreen"),
    ("reviews", "lendingdesk.ui.reviews.reviews_screen:ReviewsScreen"),
    ("audit", "lendingdesk.ui.audit_screen:AuditScreen"),  # Logboek; takes an AuditService
    ("stocktake", "lendingdesk.ui.screens.stocktake:StocktakeScreen"),
]


def load_screen_class(target: str) -> type:
    """The class named by a SCREENS target ("module:Class")."""
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def __getattr__(name: str) -> Any:
    # `from lendingdesk.ui.screens import CatalogueScreen` keeps working, imported on use.
    for _key, target in SCREENS:
        if target.endswith(":" + name):
            return load_screen_class(target)
    raise AttributeError(name)


__all__ = [
    "SCREENS",
    "Screen",
    "current_language",
    "load_screen_class",
    "set_language",
    "ui_lang",
]
