"""The desk window over the demo catalogue, for the fit and keyboard tests: the same demo
database as the list screens' tests (built once, copied per test)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui_screens.conftest import DEMO_NOW, demo_db, demo_template  # noqa: F401 - fixtures

OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

__all__ = ["DEMO_NOW"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def no_translator_left_behind(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The window installs the Dutch catalogues; later tests must not inherit them."""
    yield
    from lendingdesk.ui.i18n import Translations

    Translations().apply("en")
