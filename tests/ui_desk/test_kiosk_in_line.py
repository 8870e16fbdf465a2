"""The kiosk's database work runs off the GUI thread, like the desk's: the screen keeps going
while the database is slow, scans typed back to back go out in the order they came, and the
idle time does not end a session while its work is in hand."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lendingdesk.store.models import Item, Loan
from tests.keys.streams import play, scanner_keys
from tests.ui_desk.conftest import (
    OFFSCREEN_NOISE,
    SCANNER_GAP_MS,
    database_held,
    desks_settled,
    scan,
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_two_codes_scanned_at_the_kiosk_while_the_database_is_locked_go_out_in_order(
    qtbot, window, kiosk, cat, db, idle, scan_clock
):
    scan(qtbot, scan_clock, cat.sanne)
    assert kiosk.borrower is not None and kiosk.borrower.badge == cat.sanne
    first, second = cat.paro[0], cat.tablet[0]

    idle_checks: list[int] = []
    kiosk._timer.timeout.connect(lambda: idle_checks.append(1))
    # Another desk on the same file holds the write lock: the check-out has to wait for it.
    with database_held(db, kiosk) as ticks:
        start = scan_clock.ms + 2000
        stream = scanner_keys(first, gap_ms=SCANNER_GAP_MS, start_ms=start)
        stream += scanner_keys(second, gap_ms=SCANNER_GAP_MS, start_ms=stream[-1].at_ms + 10)
        play(stream, scan_clock.set)
        assert kiosk.line.busy
        assert list(kiosk.line.waiting) == [second]  # taken from the keyboard, waits its turn
        # The event loop keeps running and the page says it is working on the first scan.
        seen = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= seen + 5)
        qtbot.waitUntil(lambda: first in kiosk.session_message.text())
        message = kiosk.session_message.text()
        assert message.startswith("Bezig…") and "Nog 1 scan wacht" in message
        assert kiosk.session_message.property("tone") == "busy"
        # Long past the idle time: the session is not ended under the work in hand.
        idle.t += 120
        checked = len(idle_checks)
        qtbot.waitUntil(lambda: len(idle_checks) >= checked + 2)
        assert kiosk.borrower is not None and kiosk.pages.currentWidget() is kiosk.session_page
        assert kiosk.line.busy and kiosk.lent_loans == []
    desks_settled(qtbot)
    assert len(kiosk.lent_loans) == 2
    assert kiosk.session_message.property("tone") == "ok"
    assert second in kiosk.session_message.text()
    assert kiosk.session_list.text().index(first) < kiosk.session_list.text().index(second)
    with db.session() as s:
        lent = s.scalars(
            select(Item.tag).join(Loan, Loan.item_id == Item.id).order_by(Loan.id.desc()).limit(2)
        ).all()
    assert lent == [second, first]  # stored in the order they were scanned
    # The idle time counts again from the answer: the session ends after it.
    idle.t += 61
    qtbot.waitUntil(lambda: kiosk.borrower is None)
