"""Shared fixtures: headless Qt, a fresh real SQLite database file per test, a fixed clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LENDINGDESK_LANG", "nl")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lendingdesk.domain.context import DeskContext
from lendingdesk.store.db import Database, open_database

ACCEPTANCE = Path(__file__).parent / "acceptance"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The real-X scenarios type at scanner speed (a key every 0-16 ms): a second worker busy
    beside them could stall xdotool past the scanner's gap. make test runs them apart."""
    for item in items:
        if item.path.is_relative_to(ACCEPTANCE):
            item.add_marker(pytest.mark.alone)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so nothing touches the user's real database."""
    data = tmp_path / "data"
    monkeypatch.setenv("LENDINGDESK_DATA_DIR", str(data))
    monkeypatch.delenv("LENDINGDESK_DB", raising=False)
    return data


@pytest.fixture(autouse=True)
def delete_closed_widgets() -> Iterator[None]:
    """After each test (this teardown runs last), delete the widgets pytest-qt closed with
    deleteLater(). Without a running event loop they would live on into the next test and
    answer its language switch by querying their own test's database, closed by then."""
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database file."""
    database = open_database(str(tmp_path / "desk.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def ctx(clock: FakeClock) -> DeskContext:
    return DeskContext(actor="Tester", desk="Testbalie", clock=clock)
