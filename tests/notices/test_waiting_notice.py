"""The waiting list's "kept for you" e-mail on the real SMTP server: to the first in line in
their language, once; when the hold's time passes the item goes to the next, who is mailed in
turn; an opted-out colleague is not mailed (the desk tells them)."""

from __future__ import annotations

from sqlalchemy import select

from lendingdesk.domain import circulation
from lendingdesk.services.waiting import WaitingService
from lendingdesk.store.models import Borrower, WaitingEntry
from tests.notices.conftest import Desk
from tests.notices.test_sending import parts


def _waiting_sent(report) -> list[int]:
    return [row["borrower_id"] for row in report.sent if row["kind"] == "waiting"]


def test_kept_for_the_first_in_line_then_the_next_when_the_hold_expires(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    desk.configure(controller.port, overdue=False)
    desk.send()  # what the fixture made due (invitations) is out of the way
    before = len(inbox.messages)
    qwiek_free, qwiek_late = desk.tags[6], desk.tags[7]  # type: ignore[attr-defined]
    service = WaitingService(desk.db, lambda: desk.ctx)
    with desk.db.session() as s:
        badges = {k: s.get(Borrower, v).badge for k, v in desk.borrowers.items()}
    with desk.db.unit_of_work() as s:
        circulation.check_out(
            s,
            desk.ctx,
            circulation.CheckoutRequest(item=qwiek_free, borrower=badges["noor"]),
        )
    qwiek = desk.product_ids["qwiek"]  # type: ignore[attr-defined]
    for who in ("sanne", "tom", "piet"):  # Dutch, English, opted out
        service.join(badges[who], qwiek)
    assert _waiting_sent(desk.send()) == []  # nothing held yet
    with desk.db.unit_of_work() as s:  # Qwiek.up needs no cleaning: back and held at once
        circulation.check_in(s, desk.ctx, circulation.CheckinRequest(item=qwiek_free))

    report = desk.send()
    assert _waiting_sent(report) == [desk.borrowers["sanne"]]
    [mail] = inbox.messages[before:]
    assert mail["To"].addresses[0].addr_spec == "sanne@lindehof.example"
    assert mail["Subject"] == "Uw beurt op de wachtlijst: Qwiek.up"
    plain, html = parts(mail)
    assert qwiek_free in plain and "bewaard tot" in plain and "Qwiek.up" in html, plain
    assert "Noor" not in plain and "Tom" not in plain  # nobody else's data
    assert _waiting_sent(desk.send()) == []  # never twice
    with desk.db.session() as s:
        entry = s.scalar(
            select(WaitingEntry).where(WaitingEntry.borrower_id == desk.borrowers["sanne"])
        )
        assert entry.notified_at is not None
    assert service.held_for(qwiek_free) == "Sanne de Vries"

    desk.clock.advance(hours=49)  # Sanne did not come: Tom's turn, in English
    report = desk.send()
    assert _waiting_sent(report) == [desk.borrowers["tom"]]
    assert service.held_for(qwiek_free) == "Tom Baker"
    tom = inbox.messages[-1]
    assert tom["Subject"] == "Your turn on the waiting list: Qwiek.up"
    assert "kept for you until" in parts(tom)[0]

    desk.clock.advance(hours=49)  # Piet opted out: held for him, not mailed
    report = desk.send()
    assert _waiting_sent(report) == []
    assert any(r["kind"] == "waiting" and r["reason"] == "opted_out" for r in report.skipped)
    assert service.held_for(qwiek_free) == "Piet Smit"
    assert [n.borrower for n in service.to_notify()] == ["Piet Smit"]  # for the desk to tell
    # Sanne's and Tom's turns ended: they left the line (they may join again).
    with desk.db.session() as s:
        ended = s.scalars(
            select(WaitingEntry.borrower_id).where(WaitingEntry.cancelled_at.is_not(None))
        ).all()
    assert sorted(ended) == sorted([desk.borrowers["sanne"], desk.borrowers["tom"]])
    _ = qwiek_late


def test_notices_send_mails_the_hold_and_prints_it(desk: Desk, smtp) -> None:
    """The same `lendingdesk notices send` (a real process, the real clock) sends it."""
    import json
    from datetime import UTC, datetime

    from tests.notices.test_cli import run

    controller, inbox = smtp
    desk.clock.now = datetime.now(UTC)  # the process runs on the real clock
    desk.configure(controller.port, overdue=False, due_day=False, predue_days=0)
    with desk.db.session() as s:
        badges = {k: s.get(Borrower, v).badge for k, v in desk.borrowers.items()}
    free = desk.tags[6]  # type: ignore[attr-defined]
    with desk.db.unit_of_work() as s:
        circulation.check_out(
            s, desk.ctx, circulation.CheckoutRequest(item=free, borrower=badges["noor"])
        )
    WaitingService(desk.db, lambda: desk.ctx).join(badges["tom"], desk.product_ids["qwiek"])  # type: ignore[attr-defined]
    with desk.db.unit_of_work() as s:
        circulation.check_in(s, desk.ctx, circulation.CheckinRequest(item=free))
    dry = run(desk, controller.port, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    [planned] = [row for row in json.loads(dry.stdout)["due"] if row["kind"] == "waiting"]
    assert planned["borrower_id"] == desk.borrowers["tom"] and "waiting_id" in planned
    sent = run(desk, controller.port, lang="en")
    assert sent.returncode == 0, sent.stderr
    assert "waiting list" in sent.stdout
    [mail] = [m for m in inbox.messages if "waiting list" in m["Subject"]]
    assert mail["To"].addresses[0].addr_spec == "tom@lindehof.example"
