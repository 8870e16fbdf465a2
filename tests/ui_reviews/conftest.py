"""Fixtures for the review widgets: the demo database (built once, copied per test), the
review service on the fake clock, and the app's Dutch translations loaded the way the desk does."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lendingdesk import demo
from lendingdesk.domain.context import DeskContext
from lendingdesk.services.reviews import ReviewService
from lendingdesk.services.views import ViewServices
from lendingdesk.store.db import Database, open_database

OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
DEMO_NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(OFFSCREEN_NOISE)


@pytest.fixture(scope="session")
def review_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reviewdemo") / "demo.sqlite3"
    database = open_database(str(path))
    demo.fill_demo(database, now=DEMO_NOW)
    database.dispose()
    return path


@pytest.fixture
def demo_db(review_demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    target = tmp_path / "demo.sqlite3"
    shutil.copy(review_demo_template, target)
    database = open_database(str(target))
    yield database
    database.dispose()


@pytest.fixture
def desk_ctx(clock) -> DeskContext:  # type: ignore[no-untyped-def]
    return DeskContext(actor="Anouk", desk="Uitleenbalie", location_id=1, clock=clock)


@pytest.fixture
def reviews(demo_db: Database, desk_ctx: DeskContext) -> ReviewService:
    return ReviewService(demo_db, lambda: desk_ctx)


@pytest.fixture
def views(demo_db: Database, desk_ctx: DeskContext) -> ViewServices:
    return ViewServices(demo_db, lambda: desk_ctx)


@pytest.fixture
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
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
