"""The desk window over the demo catalogue, for the fit tests (built once, copied per test)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lendingdesk import demo
from lendingdesk.store.db import Database, open_database

OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
DEMO_NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(OFFSCREEN_NOISE)


@pytest.fixture(scope="session")
def fit_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fitdemo") / "demo.sqlite3"
    database = open_database(str(path))
    demo.fill_demo(database, now=DEMO_NOW)
    database.dispose()
    return path


@pytest.fixture
def demo_db(fit_demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    target = tmp_path / "demo.sqlite3"
    shutil.copy(fit_demo_template, target)
    database = open_database(str(target))
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def no_translator_left_behind(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The window installs the Dutch catalogues; later tests must not inherit them."""
    yield
    from lendingdesk.ui.i18n import Translations

    Translations().apply("en")
