"""Fixtures for printing: the desk's small catalogue and window, the screens' demo database."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui_desk.conftest import cat, make_window, scan_clock, settings  # noqa: F401
from tests.ui_screens.conftest import (  # noqa: F401
    demo_db,
    demo_template,
    desk_ctx,
    make_screen,
    nl,
    services,
)

OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(OFFSCREEN_NOISE)


@pytest.fixture
def dutch(qapp):
    """Every catalogue in Dutch, the way the app loads them; English again afterwards."""
    from lendingdesk.ui.i18n import Translations

    Translations().apply("nl")
    yield
    Translations().apply("en")
