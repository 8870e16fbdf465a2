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


def lend_and_open_the_slip(qtbot, scan_clock, cat):  # type: ignore[no-untyped-def]
    """At the desk: card, product, card again (session over), Ctrl+P; the slip's preview."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from lendingdesk.ui.printing.preview_dialog import PrintPreviewDialog
    from tests.ui_desk.conftest import human_keys, scan

    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.paro[0])
    scan(qtbot, scan_clock, cat.sanne)
    human_keys(qtbot, scan_clock, (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier))
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog)]
    qtbot.waitUntil(lambda: any(p.isVisible() for p in previews))
    (preview,) = [p for p in previews if p.isVisible()]
    return preview


@pytest.fixture
def dutch(qapp):
    """Every catalogue in Dutch, the way the app loads them; English again afterwards."""
    from lendingdesk.ui.i18n import Translations

    Translations().apply("nl")
    yield
    Translations().apply("en")


@pytest.fixture(scope="session")
def cups():  # type: ignore[no-untyped-def]
    """A private CUPS server with an office PDF queue (12 pt margins) and a Dymo queue.

    Needs Debian's cups, printer-driver-cups-pdf and printer-driver-dymo, as root (CI runs
    as root and .ci/run installs them). Missing parts skip the tests on a developer's
    machine; in CI (CI=true) they fail, so a print test can never silently not run.
    """
    import os

    from tests.ui_printing import cups_server as cs

    missing = cs.missing_parts()
    if missing:
        message = "a real CUPS print system is needed: missing " + ", ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    server = cs.start_server()
    before = os.environ.get("CUPS_SERVER")
    try:
        os.environ["CUPS_SERVER"] = server.address
        cs.point_libcups_at(server.address)
        server.add_queue("ld-office", cs.office_ppd(), "cups-pdf:/")
        server.add_queue("ld-dymo", cs.dymo_ppd(), f"file://{server.file_device('ld-dymo')}")
        yield server
    finally:
        if before is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = before
        cs.point_libcups_at(before)
        server.stop()
