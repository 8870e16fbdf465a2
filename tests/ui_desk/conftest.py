"""Fixtures for the desk: a small real catalogue, the real window, scanner and human typing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from lendingdesk.domain import catalogue, circulation, reservations
from lendingdesk.domain.context import DeskContext
from lendingdesk.store.db import Database
from lendingdesk.store.models import Item
from lendingdesk.ui.desk.desk_settings import DeskSettings
from lendingdesk.ui.desk.feedback import Sounds
from tests.keys.streams import play, scanner_keys
from tests.pg_fixture import pg_server, pg_url  # noqa: F401 - fixtures (test_offline)

# The offscreen platform cannot pass window size hints on; that is not our warning to fix.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"

SCANNER_GAP_MS = 8.0  # a USB scanner in keyboard mode: 1–16 ms per character
HUMAN_GAP_MS = 140.0  # a quick person


class ScanClock:
    """Milliseconds, moved by the test (synthesized key events carry no timestamp)."""

    def __init__(self) -> None:
        self.ms = 1_000_000.0

    def __call__(self) -> float:
        return self.ms

    def advance(self, ms: float) -> None:
        self.ms += ms

    def set(self, ms: float) -> None:
        self.ms = ms


@dataclass
class Catalogue:
    paro: list[str]  # items with cleaning protocol and accessories
    tablet: list[str]  # items without cleaning, no accessories
    sanne: str
    mo: str
    inactive: str
    reserved_tag: str
    cleaning_tag: str


@pytest.fixture
def scan_clock() -> ScanClock:
    return ScanClock()


@pytest.fixture
def cat(db: Database, ctx: DeskContext) -> Catalogue:
    with db.unit_of_work() as s:
        paro = catalogue.create_product(
            s,
            ctx,
            catalogue.ProductInput(
                name="PARO robotzeehond",
                maker="Intelligent System Co.",
                loan_days=14,
                cleaning_protocol="Vacht afnemen met reinigingsspray en vochtige doek.",
                accessories=("Oplader (speen)", "Handleiding"),
            ),
        )
        tablet = catalogue.create_product(
            s, ctx, catalogue.ProductInput(name="Compaan tablet", loan_days=28)
        )
        paro_items = [i.tag for i in catalogue.add_items(s, ctx, paro, 4)]
        tablet_items = [i.tag for i in catalogue.add_items(s, ctx, tablet, 2)]
        sanne = catalogue.create_borrower(
            s, ctx, catalogue.BorrowerInput(name="Sanne de Vries", team="Team Lindehof 1")
        )
        mo = catalogue.create_borrower(
            s, ctx, catalogue.BorrowerInput(name="Mohamed El Amrani", team="Team Lindehof 2")
        )
        gone = catalogue.create_borrower(s, ctx, catalogue.BorrowerInput(name="Kees Oud"))
        gone.active = False
        badges = (sanne.badge, mo.badge, gone.badge)
        # One PARO came back and waits for cleaning; one is set aside for Mohamed.
        circulation.check_out(
            s, ctx, circulation.CheckoutRequest(item=paro_items[3], borrower=sanne.badge)
        )
        circulation.check_in(s, ctx, circulation.CheckinRequest(item=paro_items[3]))
        today = ctx.today()
        reservations.reserve(
            s,
            ctx,
            borrower=mo,
            item=s.scalar(select(Item).where(Item.tag == tablet_items[1])),
            start=today,
            end=today + timedelta(days=7),
        )
    return Catalogue(
        paro=paro_items[:3],
        tablet=tablet_items[:1],
        sanne=badges[0],
        mo=badges[1],
        inactive=badges[2],
        reserved_tag=tablet_items[1],
        cleaning_tag=paro_items[3],
    )


@pytest.fixture
def settings() -> DeskSettings:
    return DeskSettings(language="nl", desk_name="Testbalie")


@pytest.fixture
def make_window(qtbot, db, clock, scan_clock, settings) -> Iterator[Callable[..., object]]:
    from lendingdesk.ui.app import build_window

    made: list[object] = []

    def make(**kwargs: object):
        window = build_window(
            db,
            settings=settings,
            clock=clock,
            scan_clock=scan_clock,
            sounds=Sounds(enabled=False),
            **kwargs,
        )
        made.append(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        # The status bar's first counts are read on a worker: a test starts once they are in.
        qtbot.waitUntil(lambda: not window.status_tasks.busy())
        window.activateWindow()
        if window.current_key() == "desk":
            window.desk.focus_code_field()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.ui.codeEdit)
        return window

    yield make
    from lendingdesk.ui.i18n import Translations

    # Close the windows while the database is still open, then leave no translator behind.
    for window in made:
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    Translations().apply("en")
    QApplication.processEvents()


@pytest.fixture
def window(make_window):
    return make_window()


def type_text(
    qtbot,
    clock: ScanClock,
    text: str,
    gap_ms: float,
    *,
    enter: bool = True,
    target: QWidget | None = None,
) -> None:
    """Type ``text`` (and Enter) into the focused widget with ``gap_ms`` between keys, as the
    operating system delivers it: Shift press/release around every capital."""
    assert (target or QApplication.focusWidget()) is not None, "nothing has keyboard focus"
    events = scanner_keys(
        text, gap_ms=gap_ms, start_ms=clock.ms + gap_ms, end="enter" if enter else "none"
    )
    play(events, clock.set, target)
    if enter:
        desks_settled(qtbot)


def scan(qtbot, clock: ScanClock, code: str) -> None:
    if QApplication.focusWidget() is None:  # e.g. just after a dialog closed
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    clock.advance(2000)  # the desk was quiet before the scan
    type_text(qtbot, clock, code, SCANNER_GAP_MS)


def desks_settled(qtbot) -> None:
    """Wait until every desk (and kiosk) has shown the answer to the scans it took (their
    database work runs on its worker thread); a dialog the scan opened stays open."""
    from lendingdesk.ui.desk.desk_screen import DeskScreen
    from lendingdesk.ui.kiosk.kiosk import KioskScreen

    widgets = QApplication.allWidgets()
    lines = [w.line for w in widgets if isinstance(w, DeskScreen | KioskScreen)]
    qtbot.waitUntil(lambda: not any(line.busy for line in lines), timeout=30_000)


@contextmanager
def database_held(db: Database, parent: QWidget) -> Iterator[list[int]]:
    """Another desk on the same file holds the write lock (a service call has to wait for it);
    yields the ticks of a 5 ms QTimer, which go on while the event loop does."""
    other = sqlite3.connect(str(db.sqlite_path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    ticks: list[int] = []
    ticker = QTimer(parent)
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start()
    try:
        yield ticks
    finally:
        other.rollback()
        other.close()
        ticker.stop()


def human_keys(qtbot, clock: ScanClock, *keys: object) -> None:
    """Keys typed by a person into whatever has focus (each after a human pause)."""
    if QApplication.focusWidget() is None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    for key in keys:
        clock.advance(HUMAN_GAP_MS)
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        if isinstance(key, tuple):
            qtbot.keyClick(widget, key[0], key[1])
        else:
            qtbot.keyClick(widget, key)
    desks_settled(qtbot)


def when_modal(qtbot, action: Callable[[QWidget], None]) -> list[BaseException]:
    """Run ``action`` on the next modal dialog (opened by exec() in the code under test)."""
    errors: list[BaseException] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is None or focus is None or focus.window() is not dialog:
            if dialog is not None:
                dialog.activateWindow()  # offscreen windows are activated a moment later
            QTimer.singleShot(10, poll)
            return
        try:
            action(dialog)
        except BaseException as exc:  # keep the test from hanging on an open dialog
            errors.append(exc)
            dialog.close()

    QTimer.singleShot(0, poll)
    return errors


KIOSK_CODE = "balie-4821"


class IdleClock:
    """Seconds for the kiosk's idle time, moved by the test."""

    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def idle() -> IdleClock:
    return IdleClock()


@pytest.fixture
def kiosk(qtbot, window, db, ctx: DeskContext, idle):
    """Self-service over the test window, with a coordinator code and a desk contact."""
    from lendingdesk.services import access
    from lendingdesk.ui.kiosk import open_kiosk

    with db.unit_of_work() as s:
        access.set_code(s, ctx, KIOSK_CODE)
    window.settings.desk_contact = "Anna (coördinator), 06 12345678"
    k = open_kiosk(window, clock=idle)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.waitUntil(lambda: QApplication.focusWidget().window() is k)
    yield k
    if window.kiosk is not None:
        k.leave("test")
