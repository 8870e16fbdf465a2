"""Fixtures for the review widgets: the demo database (built once, copied per test), the
review service on the fake clock, and the app's Dutch translations loaded the way the desk does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lendingdesk.domain.context import DeskContext
from lendingdesk.services.reviews import ReviewService
from lendingdesk.services.views import ReviewsScreenServices, ScreenServices
from lendingdesk.store.db import Database
from tests.ui_screens.conftest import demo_db, demo_template, desk_ctx  # noqa: F401

OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(OFFSCREEN_NOISE)


@pytest.fixture
def reviews(demo_db: Database, desk_ctx: DeskContext) -> ReviewService:
    return ReviewService(demo_db, lambda: desk_ctx)


@pytest.fixture
def views(
    demo_db: Database, desk_ctx: DeskContext, reviews: ReviewService
) -> ReviewsScreenServices:
    """The Reviews screen's services, sharing the one review service with the test."""
    return ScreenServices(demo_db, lambda: desk_ctx, lambda: reviews).reviews


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    """Every Dutch catalogue installed as the desk does; English (source) afterwards."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from lendingdesk.ui.i18n import Translations
    from lendingdesk.ui.screens import set_language

    Translations().apply("nl")
    set_language("nl")
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    Translations().apply("en")
    set_language("nl")
