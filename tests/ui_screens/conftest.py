"""Fixtures for the list screens: a demo database (built once, copied per test), the view
service on the fake clock, and the screens' Dutch translation loaded the way the app does."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lendingdesk import demo
from lendingdesk.domain.context import DeskContext
from lendingdesk.services.views import ScreenServices
from lendingdesk.store.db import Database, open_database

# The offscreen platform says this on every top-level show(); it is not about our widgets.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(OFFSCREEN_NOISE)


# The same moment as the shared FakeClock: the demo history ends there.
DEMO_NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(str(path))
    demo.fill_demo(database, now=DEMO_NOW)
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo database for one test."""
    target = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, target)
    database = open_database(str(target))
    yield database
    database.dispose()


@pytest.fixture
def desk_ctx(clock) -> DeskContext:
    return DeskContext(actor="Anouk", desk="Uitleenbalie", location_id=1, clock=clock)


@pytest.fixture
def services(demo_db: Database, desk_ctx: DeskContext) -> ScreenServices:
    """Every screen's service, as the composition root builds them."""
    return _screen_services(demo_db, desk_ctx)


def _screen_services(db: Database, ctx: DeskContext) -> ScreenServices:
    from lendingdesk.services.reviews import ReviewService

    return ScreenServices(db, lambda: ctx, lambda: ReviewService(db, lambda: ctx))


@pytest.fixture
def nl(qapp) -> Iterator[None]:
    """The screens in Dutch (the default), restored to Dutch after the test."""
    from lendingdesk.ui.screens import set_language

    assert set_language("nl")
    yield
    set_language("nl")


@pytest.fixture
def make_screen(qtbot, services: ScreenServices, nl):
    """Build a screen at 1366×768 and show it; every screen made is deleted before the
    database closes (a screen's pending timer must not open a connection after that)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    made = []

    def make(cls):
        from lendingdesk.ui.screens import SCREENS

        # Each screen gets only its own service, as in the desk window.
        (key,) = [key for key, target in SCREENS if target.endswith(":" + cls.__name__)]
        widget = cls(services.for_screen(key))
        widget.resize(1366, 768)
        widget.show()
        made.append(widget)
        return widget

    yield make
    for widget in made:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
