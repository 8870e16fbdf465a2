"""The shared database goes away while the desk window scans: the scans are kept in the journal,
a plain amber bar says so, and when the server is back the window applies them and reports each
one (applied, or the conflict with the domain's message). Real PostgreSQL, real key events."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from lendingdesk.domain import circulation
from lendingdesk.domain.context import DeskContext
from lendingdesk.services.journal import ScanJournal
from lendingdesk.store.db import open_database
from lendingdesk.store.models import Item, Loan
from lendingdesk.ui.desk.feedback import Sounds, Tone
from lendingdesk.ui.i18n import Translations
from tests.pg_fixture import PgServer
from tests.reliability.workers import make_fleet
from tests.ui_desk.conftest import OFFSCREEN_NOISE, scan

pytestmark = [pytest.mark.postgres, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def test_scans_kept_while_the_server_is_down_then_applied(
    qtbot,
    pg_server: PgServer,
    pg_url: str,
    tmp_path,
    clock,
    scan_clock,
    settings,
) -> None:
    from lendingdesk.ui.app import build_window

    db = open_database(pg_url)
    fleet = make_fleet(db, 3, 2)
    x, y, z = fleet.tags
    sanne, mo = fleet.badges
    journal = ScanJournal(tmp_path / "scan-journal.jsonl")
    window = build_window(
        db,
        settings=settings,
        clock=clock,
        scan_clock=scan_clock,
        sounds=Sounds(enabled=False),
        journal=journal,
    )
    reports: list[list[object]] = []
    window.report_replay = reports.append
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.desk.focus_code_field()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.ui.codeEdit)

        # Online: x goes out as usual, no bar.
        scan(qtbot, scan_clock, sanne)
        scan(qtbot, scan_clock, x)
        assert window.desk.ui.banner.tone is Tone.OK
        scan(qtbot, scan_clock, sanne)  # ends the session
        assert not window.notice_bar.isVisible()

        pg_server.stop("fast")
        try:
            # Offline: the card opens a session by its badge; the product is kept as lent.
            scan(qtbot, scan_clock, sanne)
            scan(qtbot, scan_clock, y)
            assert window.desk.ui.banner.tone is Tone.WARN
            assert window.desk.ui.banner.headline.text() == f"Bewaard: {y} uitgeleend aan {sanne}"
            assert window.notice_bar.isVisible()
            assert window.notice_bar.text() == (
                "Geen verbinding met de database — scans worden bewaard (1)"
            )
            scan(qtbot, scan_clock, sanne)
            # Without a card at the desk a product is kept as handed back.
            scan(qtbot, scan_clock, x)
            assert window.desk.ui.banner.headline.text() == f"Bewaard: {x} ingenomen"
            assert window.notice_bar.text().endswith("(2)")
            assert window.retry_timer.isActive()
            if os.environ.get("LENDINGDESK_SHOTS"):
                window.grab().save(os.path.join(os.environ["LENDINGDESK_SHOTS"], "offline.png"))

            # Retrying while the server is still away keeps everything and reports nothing.
            window.retry_journal()
            assert len(journal.pending()) == 2 and reports == []
            assert window.notice_bar.text().endswith("(2)")
        finally:
            pg_server.start()

        # Meanwhile another desk lent y to Mohamed: the kept check-out of y is a conflict.
        other = open_database(pg_url, upgrade=False)
        with other.unit_of_work() as session:
            circulation.check_out(
                session,
                DeskContext(actor="B", desk="B"),
                circulation.CheckoutRequest(item=y, borrower=mo),
            )
        other.dispose()

        # The window's own timer finds the server back and applies the journal.
        window.retry_timer.setInterval(50)
        window.retry_timer.start()
        qtbot.waitUntil(lambda: bool(reports), timeout=15000)
        results = reports[0]
        by_item = {r.entry.payload["item"]: r for r in results}
        assert by_item[x].status == "applied"
        assert by_item[y].status == "conflict"
        text = window.replay_text(results)
        assert f"Verwerkt: innemen {x}" in text
        assert "Conflict bij uitlenen" in text and "al uitgeleend" in text
        assert journal.pending() == []
        assert not window.notice_bar.isVisible() and not window.retry_timer.isActive()
        with db.session() as session:
            assert session.scalar(select(Item.status).where(Item.tag == x)) == "available"
            loan = session.scalar(
                select(Loan).join(Loan.item).where(Item.tag == y, Loan.returned_at.is_(None))
            )
            assert loan is not None and loan.out_by == "B"  # the other desk's loan stands

        # Online again: scans go straight to the database.
        scan(qtbot, scan_clock, sanne)
        scan(qtbot, scan_clock, z)
        assert window.desk.ui.banner.tone is Tone.OK
        assert journal.pending() == []
    finally:
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        Translations().apply("en")
        db.dispose()
