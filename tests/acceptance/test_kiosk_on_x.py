"""Self-service (`lendingdesk --kiosk`) on a real X server: a professional scans their pass and
two products with a USB scanner (xdotool), the same pass ends the session, the session of the
next one ends by itself, the desk's shortcuts do nothing, and the coordinator's code (typed
after a tap on "Coördinator") gives the desk back. Its own borrowers, items and code."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from tests.acceptance.xdesk import (
    SCREEN,
    START_TIMEOUT_S,
    XDesk,
    count_colour,
    own_desk,
    small_desk,
    wait_until,
)

pytestmark = pytest.mark.slow

CODE = "balie-4821"
IDLE_S = 15  # the shortest idle time the settings allow
OK_GREEN = "#e3f4e8"  # the kiosk's "ok" message (lendingdesk/ui/kiosk/locked.py)


class KioskDesk(XDesk):
    def start_app(self) -> None:
        with self.log.open("wb") as log:
            self.app = subprocess.Popen(
                [sys.executable, "-m", "lendingdesk", "--db", str(self.db_path), "--kiosk"],
                env=self.env(gui=True),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        found = self.xdotool(
            "search", "--sync", "--onlyvisible", "--name", "zelfbediening", timeout=START_TIMEOUT_S
        )
        self.window = found.split()[0]
        self.focus()


def _fill(desk: XDesk) -> dict[str, object]:
    settings = {
        "desk/name": "Kioskbalie",
        "desk/contact": "Anna, toestel 214",
        "kiosk/idle_seconds": IDLE_S,
    }
    return small_desk(desk, "Kiosk", settings, code=CODE)


@pytest.fixture(scope="module")
def kiosk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[KioskDesk, dict]]:
    yield from own_desk(tmp_path_factory, "xkiosk", _fill, KioskDesk)


def _open_loans(desk: XDesk, badge: str) -> int:
    return int(
        desk.query(
            "SELECT count(*) FROM loans l JOIN borrowers b ON b.id = l.borrower_id"
            " WHERE b.badge = ? AND l.returned_at IS NULL",
            badge,
        )[0][0]
    )


def test_kiosk_lends_by_scanner_ends_by_itself_and_the_code_leaves(kiosk) -> None:
    desk, data = kiosk
    tags, badges = data["tags"], data["badges"]
    geometry = desk.geometry()
    assert (geometry.width, geometry.height) == SCREEN  # the whole screen, nothing else
    desk.scan(badges[0], delay_ms=4)
    desk.scan(tags[0], delay_ms=8)
    desk.scan(tags[1], delay_ms=0, end="Tab")
    desk.wait_status(tags[0], "on_loan")
    desk.wait_status(tags[1], "on_loan")
    shot = desk.screenshot("kiosk-01-two-lent")
    assert count_colour(shot, OK_GREEN, (0, 0, *SCREEN)) > 300
    desk.scan(badges[0], delay_ms=4)  # the same pass: the session ends
    assert _open_loans(desk, badges[0]) == 2

    # The next professional walks away: the session ends by itself after the idle time.
    desk.scan(badges[1], delay_ms=4)
    desk.scan(tags[2], delay_ms=4)
    desk.wait_status(tags[2], "on_loan")
    time.sleep(IDLE_S + 1.5)
    desk.screenshot("kiosk-02-ended-by-itself")
    desk.scan(tags[0], delay_ms=4)  # a label now is a return, not a loan to the last one
    time.sleep(0.5)
    assert desk.status(tags[0]) == "on_loan"  # waiting for the answers, not lent again
    desk.screenshot("kiosk-03-return-questions")

    # The desk's shortcuts do nothing; the kiosk stays the one window on show.
    desk.key("ctrl+2", "ctrl+comma", "F10", "Escape", "alt+F4")
    assert desk.window in desk.windows()
    # A tap on "Coördinator" (top right), the code, Enter: the desk is back.
    desk.xdotool("mousemove", "--sync", str(SCREEN[0] - 90), "48", "click", "1")
    time.sleep(0.4)
    desk.type_human(CODE)
    desk.key("Return")
    wait_until(lambda: desk.window not in desk.windows(), "the kiosk to close")
    titles = desk.windows().values()
    assert any("uitleenbalie" in t for t in titles), titles
    desk.screenshot("kiosk-04-desk-back")
