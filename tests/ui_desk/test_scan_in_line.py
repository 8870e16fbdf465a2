"""A scan's database work runs off the GUI thread: the window keeps going while the database
is slow, and scans typed back to back are handled in the order they came, one at a time."""

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


def test_two_codes_scanned_while_the_database_is_locked_go_out_in_order(
    qtbot, window, cat, db, scan_clock
):
    desk = window.desk
    scan(qtbot, scan_clock, cat.sanne)
    assert desk.borrower is not None and desk.borrower.badge == cat.sanne
    first, second = cat.paro[0], cat.tablet[0]

    # Another desk on the same file holds the write lock: the check-out has to wait for it.
    with database_held(db, window) as ticks:
        # The scanner types the second code right after the first, while the first waits.
        start = scan_clock.ms + 2000
        stream = scanner_keys(first, gap_ms=SCANNER_GAP_MS, start_ms=start)
        stream += scanner_keys(second, gap_ms=SCANNER_GAP_MS, start_ms=stream[-1].at_ms + 10)
        play(stream, scan_clock.set)
        assert desk.busy
        # The second scan was taken from the keyboard and waits its turn.
        assert list(desk.line.waiting) == [second]
        # The window keeps running its event loop and says it is working on the first scan.
        seen = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= seen + 5)
        qtbot.waitUntil(lambda: first in desk.ui.banner.text())
        assert desk.ui.banner.headline.text() == "Bezig…"
        assert "Nog 1 scan wacht" in desk.ui.banner.text()
        assert desk.busy and desk.session_loans == []
    desks_settled(qtbot)
    assert [r.tag for r in desk.session_loans] == [first, second]
    assert desk.ui.banner.headline.text().startswith("Uitgeleend")
    with db.session() as s:
        lent = s.scalars(
            select(Item.tag).join(Loan, Loan.item_id == Item.id).order_by(Loan.id.desc()).limit(2)
        ).all()
    assert lent == [second, first]  # stored in the order they were scanned
