"""The services behind the desk window's screens: one per screen, each given only to its own
screen by :class:`ScreenServices`, which the composition root (ui/app.py) builds once.

    catalogue.py     CatalogueView      products and items (and their dialogs)
    borrowers.py     BorrowersView      borrowers and their cards
    loans.py         LoansView          open / due today / overdue loans, renewals
    reservations.py  ReservationsView   reservations and the choices their form offers
    cleaning.py      CleaningView       cleaning sign-off and maintenance
    stocktake.py     StocktakeView      stock-take by scanning at a location
    paging.py        Page, PAGE_SIZE, the search cache (shared paging)
    base.py          ViewService (database, desk context, locations), Choice

The Reviews screen gets the review service and the catalogue import (ReviewsScreenServices), the
Audit log screen an AuditService. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from lendingdesk.domain.context import DeskContext
from lendingdesk.services.views.base import Choice, ViewService
from lendingdesk.services.views.borrowers import (
    BorrowerDetail,
    BorrowerForm,
    BorrowerRow,
    BorrowersView,
)
from lendingdesk.services.views.catalogue import (
    CatalogueView,
    HygieneForm,
    ItemRow,
    LoanRow,
    ProductDetail,
    ProductFilter,
    ProductForm,
    ProductRow,
)
from lendingdesk.services.views.cleaning import Checklist, CleaningRow, CleaningView, SignOff
from lendingdesk.services.views.loans import LOAN_VIEWS, LoanCounts, LoansView
from lendingdesk.services.views.paging import HISTORY_LIMIT, PAGE_SIZE, SEARCH_LIMIT, Page
from lendingdesk.services.views.reservations import ReservationRow, ReservationsView
from lendingdesk.services.views.stocktake import StocktakeView
from lendingdesk.store.db import Database

if TYPE_CHECKING:
    from lendingdesk.services.audit import AuditService
    from lendingdesk.services.catalogue_import import CatalogueImportService
    from lendingdesk.services.reviews import ReviewService
    from lendingdesk.services.views.notices import NoticesView


class ReviewsScreenServices(ViewService):
    """The Reviews screen's services: the desk's one review service, and the catalogue import
    behind its import button (which tells the catalogue's search cache when it changed data)."""

    def __init__(
        self,
        db: Database,
        ctx_factory: Callable[[], DeskContext],
        reviews: ReviewService,
        catalogue_import: CatalogueImportService,
    ) -> None:
        super().__init__(db, ctx_factory)
        self.reviews = reviews
        self.catalogue_import = catalogue_import


class ScreenServices:
    """Each screen's service, built on first use and then kept: the window hands the screen
    called ``key`` only ``for_screen(key)``. ``reviews`` gives the desk's one ReviewService
    (built by the composition root, which also hands it to the desk's "review now")."""

    def __init__(
        self,
        db: Database,
        ctx_factory: Callable[[], DeskContext],
        reviews: Callable[[], ReviewService],
    ) -> None:
        self.db = db
        self.ctx_factory = ctx_factory
        self._reviews = reviews

    @cached_property
    def catalogue(self) -> CatalogueView:
        return CatalogueView(self.db, self.ctx_factory)

    @cached_property
    def borrowers(self) -> BorrowersView:
        return BorrowersView(self.db, self.ctx_factory)

    @cached_property
    def loans(self) -> LoansView:
        return LoansView(self.db, self.ctx_factory)

    @cached_property
    def reservations(self) -> ReservationsView:
        return ReservationsView(self.db, self.ctx_factory)

    @cached_property
    def cleaning(self) -> CleaningView:
        return CleaningView(self.db, self.ctx_factory)

    @cached_property
    def stocktake(self) -> StocktakeView:
        return StocktakeView(self.db, self.ctx_factory)

    @cached_property
    def notices(self) -> NoticesView:
        """The E-mail settings page and the desk's send timer (one, for the password)."""
        from lendingdesk.services.views.notices import NoticesView

        return NoticesView(self.db, self.ctx_factory)

    @cached_property
    def reviews(self) -> ReviewsScreenServices:
        from lendingdesk.services.catalogue_import import CatalogueImportService

        importer = CatalogueImportService(
            self.db, self.ctx_factory, on_imported=self.catalogue.invalidate
        )
        return ReviewsScreenServices(self.db, self.ctx_factory, self._reviews(), importer)

    @property
    def audit(self) -> AuditService:
        """The audit log, read with the desk context of the moment the screen is built."""
        from lendingdesk.services.audit import AuditService

        return AuditService(self.db, self.ctx_factory())

    def for_screen(self, key: str) -> object:
        """The service of the screen called ``key`` (the keys of ui.screens.SCREENS)."""
        if key not in SCREEN_KEYS:
            raise KeyError(key)
        return getattr(self, key)


SCREEN_KEYS = (
    "catalogue",
    "borrowers",
    "loans",
    "reservations",
    "cleaning",
    "reviews",
    "audit",
    "stocktake",
)

__all__ = [
    "HISTORY_LIMIT",
    "LOAN_VIEWS",
    "PAGE_SIZE",
    "SCREEN_KEYS",
    "SEARCH_LIMIT",
    "BorrowerDetail",
    "BorrowerForm",
    "BorrowerRow",
    "BorrowersView",
    "CatalogueView",
    "Checklist",
    "Choice",
    "CleaningRow",
    "CleaningView",
    "HygieneForm",
    "ItemRow",
    "LoanCounts",
    "LoanRow",
    "LoansView",
    "Page",
    "ProductDetail",
    "ProductFilter",
    "ProductForm",
    "ProductRow",
    "ReservationRow",
    "ReservationsView",
    "ReviewsScreenServices",
    "ScreenServices",
    "SignOff",
    "StocktakeView",
    "ViewService",
]
