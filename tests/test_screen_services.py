"""The composition of the screens' services: one service per screen, one review service for the
desk, and a catalogue import the catalogue's search hears about."""

from __future__ import annotations

from lendingdesk.domain.context import DeskContext
from lendingdesk.exchange.importer import parse_catalogue
from lendingdesk.services.audit import AuditService
from lendingdesk.services.reviews import ReviewService
from lendingdesk.services.views import (
    SCREEN_KEYS,
    BorrowersView,
    CatalogueView,
    CleaningView,
    LoansView,
    ProductFilter,
    ReservationsView,
    ReviewsScreenServices,
    ScreenServices,
    StocktakeView,
)
from lendingdesk.store.db import Database


def _services(db: Database, ctx: DeskContext) -> tuple[ScreenServices, list[ReviewService]]:
    built: list[ReviewService] = []

    def reviews() -> ReviewService:
        built.append(ReviewService(db, lambda: ctx))
        return built[-1]

    return ScreenServices(db, lambda: ctx, reviews), built


def test_each_screen_gets_its_own_service(db: Database, ctx: DeskContext) -> None:
    services, built = _services(db, ctx)
    kinds = {key: type(services.for_screen(key)) for key in SCREEN_KEYS}
    assert kinds == {
        "catalogue": CatalogueView,
        "borrowers": BorrowersView,
        "loans": LoansView,
        "reservations": ReservationsView,
        "cleaning": CleaningView,
        "reviews": ReviewsScreenServices,
        "audit": AuditService,
        "stocktake": StocktakeView,
    }
    # Built once and kept: a screen opened again (or its dialogs) shares the service's cache.
    assert services.for_screen("catalogue") is services.for_screen("catalogue")
    assert services.for_screen("reviews") is services.for_screen("reviews")
    assert len(built) == 1  # the review service comes from the composition root, once


def test_an_import_on_the_reviews_screen_reaches_the_catalogues_search(
    db: Database, ctx: DeskContext
) -> None:
    services, _ = _services(db, ctx)
    catalogue = services.catalogue

    def found() -> list[str]:
        return [r.name for r in catalogue.product_page(ProductFilter(query="Luna")).rows]

    assert found() == []  # this search is now cached
    plan = parse_catalogue(
        b"naam;merk;categorie;aantal\nRobotkat Luna;Ageless;Robotdieren;2\n", "c.csv"
    )
    services.reviews.catalogue_import.apply_import(plan)
    assert found() == ["Robotkat Luna"]
