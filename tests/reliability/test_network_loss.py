"""The shared server goes away mid-shift: the desk says so, keeps the scans, applies them later."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from lendingdesk.domain import circulation
from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import AlreadyOnLoan, DatabaseUnavailable
from lendingdesk.services.journal import ScanJournal, ScanPath
from lendingdesk.store.db import open_database
from lendingdesk.store.models import Loan
from tests.pg_fixture import PgServer
from tests.reliability.figures import record_figure
from tests.reliability.workers import make_fleet

pytestmark = pytest.mark.postgres

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _ctx(desk: str, minutes: int) -> DeskContext:
    moment = T0 + timedelta(minutes=minutes)
    return DeskContext(actor=desk, desk=desk, clock=lambda: moment)


def test_server_stops_scans_are_journaled_and_replayed(
    pg_server: PgServer, pg_url: str, tmp_path
) -> None:
    desk_a = open_database(pg_url)
    fleet = make_fleet(desk_a, 3, 2)
    x, y, z = fleet.tags
    journal = ScanJournal(tmp_path / "journal.jsonl")
    scans = ScanPath(desk_a, journal)

    # Online: z goes out normally (and the pool holds a live connection).
    online = scans.submit(_ctx("A", 0), "checkout", {"item": z, "borrower": fleet.badges[0]})
    assert online.value is not None and not online.offline

    pg_server.stop("fast")
    try:
        # The service layer says plainly that the database is away (no driver exception).
        with pytest.raises(DatabaseUnavailable) as caught, desk_a.unit_of_work() as session:
            circulation.open_loans(session)
        assert "niet bereikbaar" in caught.value.message("nl")
        assert "cannot be reached" in caught.value.message("en")
        assert caught.value.keep_offline  # only an unreachable server may be waited for

        # The desk keeps working: scans go to the journal.
        out_x = scans.submit(_ctx("A", 5), "checkout", {"item": x, "borrower": fleet.badges[0]})
        out_y = scans.submit(_ctx("A", 6), "checkout", {"item": y, "borrower": fleet.badges[0]})
        in_z = scans.submit(_ctx("A", 7), "checkin", {"item": z})
        assert out_x.offline and out_y.offline and in_z.offline
        assert [e.payload["item"] for e in journal.pending()] == [x, y, z]

        # Replaying while still offline keeps everything pending.
        still = journal.replay(desk_a)
        assert {r.status for r in still} == {"offline"} and len(journal.pending()) == 3
    finally:
        pg_server.start()

    # Meanwhile desk B (its network was fine) lent x to someone else.
    desk_b = open_database(pg_url, upgrade=False)
    with desk_b.unit_of_work() as session:
        circulation.check_out(
            session, _ctx("B", 8), circulation.CheckoutRequest(item=x, borrower=fleet.badges[1])
        )

    results = journal.replay(desk_a)
    by_item = {r.entry.payload["item"] + r.entry.kind: r for r in results}
    assert by_item[x + "checkout"].status == "conflict"
    assert isinstance(by_item[x + "checkout"].error, AlreadyOnLoan)
    assert "Conflict bij uitlenen" in by_item[x + "checkout"].message("nl")
    assert by_item[y + "checkout"].status == "applied"
    assert by_item[z + "checkin"].status == "applied"
    assert journal.pending() == []
    # Replaying again changes nothing (exactly once).
    assert journal.replay(desk_a) == []

    with desk_b.session() as session:
        loan_y = session.scalar(
            select(Loan).join(Loan.item).where(Loan.returned_at.is_(None), Loan.out_by == "A")
        )
        loan_z = session.get(Loan, online.value)
        assert loan_y is not None and loan_y.item.tag == y
        # The journaled scan keeps the time it was scanned, not the time it was replayed.
        assert loan_y.out_at == (T0 + timedelta(minutes=6)).replace(tzinfo=None)
        assert loan_z is not None and loan_z.returned_at == (T0 + timedelta(minutes=7)).replace(
            tzinfo=None
        )
    desk_a.dispose()
    desk_b.dispose()

    record_figure(
        "network_loss",
        {"scans_while_offline": 3, "applied": 2, "conflicts_reported": 1, "lost": 0},
    )
