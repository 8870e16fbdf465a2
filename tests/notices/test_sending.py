"""E-mail notices sent to a real SMTP server (aiosmtpd, started here): what arrives, to whom,
in which language, once; what happens when the server is down."""

from __future__ import annotations

import re
from datetime import timedelta
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

import pytest
from sqlalchemy import select

from lendingdesk.services import notices
from lendingdesk.store.models import NoticeSent
from tests.notices.conftest import (
    CLIENT_WORDS,
    CONTACT,
    ORGANISATION,
    REVIEW_BASE,
    SENDER,
    Desk,
)
from tests.notices.smtp_server import free_port, start_server


def parts(msg: EmailMessage) -> tuple[str, str]:
    plain = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    assert plain is not None and html is not None
    return plain.get_content(), html.get_content()


def sent_keys(desk: Desk) -> set[str]:
    with desk.db.session() as s:
        return set(s.scalars(select(NoticeSent.key).where(NoticeSent.sent_at.is_not(None))))


def test_invitations_and_overdue_arrive_in_dutch_and_english_with_proper_headers(
    desk: Desk, smtp
) -> None:
    controller, inbox = smtp
    desk.configure(controller.port)
    report = desk.send()

    assert report.ok and report.server_error is None
    kinds = sorted((row["kind"], row["borrower_id"]) for row in report.sent)
    b = desk.borrowers
    assert kinds == sorted(
        [("invitation", b["sanne"]), ("invitation", b["tom"]), ("overdue", b["tom"])]
    )
    assert len(inbox.messages) == 3

    [sanne] = inbox.to("sanne@lindehof.example")
    assert sanne["From"].addresses[0].addr_spec == SENDER
    assert sanne["From"].addresses[0].display_name == ORGANISATION
    assert sanne["To"].addresses[0].display_name == "Sanne de Vries"
    assert sanne["Subject"] == "Hoe ging het met PARO robotzeehond? Geef uw review"
    assert parsedate_to_datetime(sanne["Date"]).utcoffset() is not None
    assert re.fullmatch(r"<.+@lindehof\.example>", sanne["Message-ID"])
    assert sanne["Auto-Submitted"] == "auto-generated"
    assert sanne["List-Unsubscribe"].startswith(f"<mailto:{SENDER}?subject=")
    assert sanne["Content-Language"] == "nl"
    assert sanne.get_content_type() == "multipart/alternative"
    plain, html = parts(sanne)
    assert plain.startswith("Beste Sanne de Vries,")
    assert "U heeft PARO robotzeehond" in plain and desk.tags[0] in plain
    assert CONTACT in plain and "afmelden" in plain
    assert "<p>Beste Sanne de Vries,</p>" in html and 'lang="nl"' in html
    assert "afmelden" in html

    tom_mails = {m["Subject"]: m for m in inbox.to("tom@lindehof.example")}
    assert set(tom_mails) == {
        "How did Qwiek.up work out? Give your review",
        "Qwiek.up was due back on Wednesday 4 March 2026",
    }
    overdue = tom_mails["Qwiek.up was due back on Wednesday 4 March 2026"]
    plain, html = parts(overdue)
    assert plain.startswith("Dear Tom Baker,") and "unsubscribe" in plain
    assert "Wednesday 4 March 2026" in plain and "Wednesday 4 March 2026" in html
    assert overdue["Content-Language"] == "en"
    # The record says exactly what was sent.
    assert sent_keys(desk) == {row["key"] for row in report.sent}
    with desk.db.session() as s:
        ids = set(s.scalars(select(NoticeSent.message_id)))
    assert ids == {m["Message-ID"] for m in inbox.messages}


def test_nothing_about_clients_in_any_mail(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    desk.configure(controller.port, predue_days=5)
    desk.send()
    assert len(inbox.messages) == 4  # invitations, overdue, the pre-due reminder
    for msg in inbox.messages:
        text = msg.as_string()
        for word in CLIENT_WORDS:
            assert word.lower() not in text.lower(), (msg["Subject"], word)


def test_never_the_same_notice_twice_across_runs(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    desk.configure(controller.port)
    first = desk.send()
    assert len(first.sent) == 3
    second = desk.send()
    assert second.sent == [] and second.ok
    desk.clock.advance(hours=5)
    assert desk.send().sent == []
    assert len(inbox.messages) == 3
    # A dry run lists nothing more to send either.
    assert desk.send(dry_run=True).due == []


def test_server_down_marks_nothing_and_the_next_run_sends(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    desk.configure(free_port())  # nothing listens there
    down = desk.send()
    assert down.server_error and "connection refused" in down.server_error
    assert down.sent == [] and len(down.failed) == 3
    assert all(row["reason"].startswith("not sent:") for row in down.failed)
    assert sent_keys(desk) == set()
    with desk.db.session() as s:  # no claim left behind either
        assert s.scalars(select(NoticeSent)).all() == []

    desk.configure(controller.port)
    up = desk.send()
    assert up.ok and len(up.sent) == 3 and len(inbox.messages) == 3


def test_a_server_that_stops_half_way_keeps_the_rest_for_the_next_run(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    desk.configure(controller.port)
    original = notices.Mailer.send
    calls = []

    def stop_after_first(self: notices.Mailer, msg: EmailMessage) -> None:
        calls.append(msg["To"])
        if len(calls) == 2:
            controller.stop()  # the real server goes away between two messages
        original(self, msg)

    notices.Mailer.send = stop_after_first  # type: ignore[method-assign]
    try:
        report = desk.send()
    finally:
        notices.Mailer.send = original  # type: ignore[method-assign]
    assert len(report.sent) == 1 and report.server_error
    assert len(inbox.messages) == 1
    assert sent_keys(desk) == {report.sent[0]["key"]}
    assert len(report.failed) == 2

    restarted, inbox2 = start_server()  # the server back (a new one, like after a restart)
    try:
        desk.configure(restarted.port)
        later = desk.send()
    finally:
        restarted.stop()
    assert len(later.sent) == 2 and later.ok
    assert len(inbox2.messages) == 2
    everyone = inbox.messages + inbox2.messages
    assert len({m["Message-ID"] for m in everyone}) == 3
    assert sorted(k for m in everyone for k in [m["To"].addresses[0].addr_spec]) == [
        "sanne@lindehof.example",
        "tom@lindehof.example",
        "tom@lindehof.example",
    ]


def test_opt_out_missing_address_and_foreign_domains_are_never_mailed(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    desk.configure(controller.port)
    report = desk.send()
    held = {(row["borrower_id"], row["reason"]) for row in report.skipped}
    b = desk.borrowers
    assert (b["noor"], "no_address") in held and (b["piet"], "opted_out") in held
    recipients = {a for _from, rcpt in inbox.envelopes for a in rcpt}
    assert recipients == {"sanne@lindehof.example", "tom@lindehof.example"}

    # Only the organisation's work addresses, when it names its domains.
    desk.clock.advance(days=1)
    desk.configure(controller.port, work_domains=("zorggroep.example",))
    with desk.db.unit_of_work() as s:
        notices.set_preference(s, desk.ctx, b["piet"], notices.Preference(opted_out=False))
    again = desk.send(dry_run=True)
    assert {row["reason"] for row in again.skipped} == {"no_address", "not_work_address"}
    assert again.due == []


def test_a_reminder_once_after_n_days_and_none_after_a_review(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    desk.configure(controller.port, reminder_after_days=7, overdue=False)
    desk.send()
    assert len(inbox.messages) == 2  # the two invitations
    desk.review("tom_back")
    desk.clock.advance(days=6, hours=23)
    assert desk.send().sent == []
    desk.clock.advance(hours=1)
    report = desk.send()
    assert [row["kind"] for row in report.sent] == ["reminder"]
    [reminder] = [m for m in inbox.messages if m["Subject"].startswith("Herinnering")]
    assert reminder["To"].addresses[0].addr_spec == "sanne@lindehof.example"
    desk.clock.advance(days=30)
    assert desk.send().sent == []
    assert len(inbox.messages) == 3


def test_invitation_waits_for_the_configured_delay(desk: Desk, smtp) -> None:
    controller, _inbox = smtp
    desk.configure(controller.port, invitation_delay_days=2, overdue=False)
    assert desk.send().sent == []
    desk.clock.advance(days=1, hours=22)  # 7 March 08:00, the returns were at 09:00
    assert desk.send().sent == []
    desk.clock.advance(hours=1)
    assert len(desk.send().sent) == 2


def test_pre_due_due_day_and_renewal(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    desk.configure(controller.port, predue_days=2)
    desk.send()
    before = len(inbox.messages)
    desk.clock.advance(days=3)  # 8 March: two days before 10 March
    assert [r["kind"] for r in desk.send().sent] == ["predue"]
    desk.clock.advance(days=1)
    assert desk.send().sent == []  # the pre-due reminder came already
    desk.clock.advance(days=1)  # 10 March
    assert [r["kind"] for r in desk.send().sent] == ["due"]
    desk.clock.advance(days=1)
    assert [r["kind"] for r in desk.send().sent] == ["overdue"]
    # A loan that goes out inside its pre-due window gets no pre-due reminder (the slip has
    # the date): lent today for two days, with reminders two days ahead.
    from lendingdesk.domain import circulation

    with desk.db.unit_of_work() as s:
        circulation.check_out(
            s,
            desk.ctx,
            circulation.CheckoutRequest(
                item=desk.tags[4],
                borrower=_badge(s, desk.borrowers["sanne"]),
                due=desk.ctx.today() + timedelta(days=2),
            ),
        )
    assert desk.send().sent == []
    subjects = [m["Subject"] for m in inbox.messages[before:]]
    assert subjects == [
        "PARO robotzeehond moet dinsdag 10 maart 2026 terug",
        "PARO robotzeehond moet vandaag terug",
        "PARO robotzeehond had dinsdag 10 maart 2026 terug moeten zijn",
    ]


def test_only_returns_since_notices_were_turned_on_are_invited(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    with desk.db.unit_of_work() as s:  # turned off, and on again only now, after the returns
        notices.save_config(s, desk.ctx, notices.NoticeConfig(enabled=False))
    desk.configure(controller.port, overdue=False)
    assert desk.send().sent == []
    assert inbox.messages == []


def test_reservation_ready_once(desk: Desk, smtp) -> None:
    from lendingdesk.domain import reservations
    from lendingdesk.store.models import Borrower, Product

    controller, inbox = smtp
    desk.configure(controller.port, overdue=False)
    desk.send()
    n = len(inbox.messages)
    with desk.db.unit_of_work() as s:
        reservations.reserve(
            s,
            desk.ctx,
            borrower=s.get(Borrower, desk.borrowers["sanne"]),
            product=s.get(Product, desk.product_ids["qwiek"]),
            start=desk.ctx.today() + timedelta(days=1),
            end=desk.ctx.today() + timedelta(days=4),
        )
    assert desk.send().sent == []  # not started yet
    desk.clock.advance(days=1)
    assert [r["kind"] for r in desk.send().sent] == ["ready"]
    assert desk.send().sent == []
    assert inbox.messages[n]["Subject"] == "Uw reservering staat klaar: Qwiek.up"


def test_the_link_in_the_invitation_opens_that_loans_review(desk: Desk, smtp) -> None:
    from lendingdesk.services.review_links import LinkState, default_link_service

    controller, inbox = smtp
    desk.configure(controller.port, overdue=False)
    desk.send()
    links = default_link_service(desk.db, desk.ctx)
    for who, loan, product in (
        ("sanne", "sanne_back", "PARO robotzeehond"),
        ("tom", "tom_back", "Qwiek.up"),
    ):
        [mail] = inbox.to(f"{who}@lindehof.example")
        plain, html = parts(mail)
        [url] = re.findall(rf"{re.escape(REVIEW_BASE)}/r/[A-Za-z0-9_-]+", plain)
        assert html.count(f'href="{url}"') == 2  # the button and the address itself
        opened = links.open(url.rsplit("/", 1)[1])
        assert opened.state is LinkState.VALID
        assert (opened.loan_id, opened.product) == (desk.loans[loan], product)
    # The reminder carries a link of its own, for the same loan.
    desk.configure(controller.port, overdue=False, reminder_after_days=7)
    desk.clock.advance(days=7)
    desk.send()
    [reminder] = [m for m in inbox.to("sanne@lindehof.example") if "Herinnering" in m["Subject"]]
    [url] = re.findall(rf"{re.escape(REVIEW_BASE)}/r/[A-Za-z0-9_-]+", parts(reminder)[0])
    assert links.open(url.rsplit("/", 1)[1]).loan_id == desk.loans["sanne_back"]


def test_invitation_without_a_link_says_the_desk_hands_out_a_qr_code(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    desk.configure(controller.port, overdue=False)
    desk.send(review_link=notices.no_review_link)
    dutch, english = (
        parts(inbox.to("sanne@lindehof.example")[0])[0],
        parts(inbox.to("tom@lindehof.example")[0])[0],
    )
    assert "QR-code" in dutch and "QR code" in english
    assert REVIEW_BASE not in dutch + english


def test_settings_refuse_what_cannot_work(desk: Desk) -> None:
    from lendingdesk.errors import InvalidInput

    for url in ("http://mail.example", "smtp://", "smtp://u:geheim@mail.example:587"):
        with pytest.raises(notices.MailSetupError):
            notices.parse_server(url)
    with pytest.raises(InvalidInput):
        notices.validate_config(notices.NoticeConfig(sender="geen adres"))
    with pytest.raises(InvalidInput):
        notices.validate_config(notices.NoticeConfig(enabled=True))
    server = notices.parse_server("smtps://balie%40lindehof@mail.lindehof.example")
    assert (server.port, server.user) == (465, "balie@lindehof")
    assert notices.parse_server("smtp://mail.lindehof.example").port == 587


def test_two_desks_sending_at_once_send_each_notice_once(desk: Desk, smtp) -> None:
    import threading

    from lendingdesk.store.db import open_database

    controller, inbox = smtp
    desk.configure(controller.port)
    other = open_database(desk.db.url)  # a second desk on the same database file
    start = threading.Barrier(2)
    reports: list[notices.RunReport] = []

    def run(db) -> None:
        start.wait()
        reports.append(notices.send_due(db, desk.ctx))

    try:
        threads = [threading.Thread(target=run, args=(db,)) for db in (desk.db, other)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        other.dispose()
    assert len(reports) == 2 and all(r.ok for r in reports)
    assert sum(len(r.sent) for r in reports) == 3
    assert len(inbox.messages) == 3
    assert len({m["Message-ID"] for m in inbox.messages}) == 3
    assert sorted(m["Subject"] for m in inbox.messages) == sorted(
        {m["Subject"] for m in inbox.messages}
    )


def test_a_claim_left_by_a_run_that_died_is_taken_over_later(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    desk.configure(controller.port, overdue=False)
    due, _skipped = notices.due_notices_now(desk.db, desk.ctx)
    assert notices._claim(desk.db, desk.ctx, due[0])  # a run claims one, then dies
    first = desk.send()
    assert len(first.sent) == 1  # the claimed one waits: that run may still be sending
    desk.clock.advance(minutes=16)
    later = desk.send()
    assert [row["key"] for row in later.sent] == [due[0].key]
    assert len(inbox.messages) == 2


def test_an_erased_borrower_is_never_mailed_and_loses_the_mail_choices(desk: Desk) -> None:
    from lendingdesk.services import access, erasure
    from lendingdesk.store.models import NoticePreference

    with desk.db.unit_of_work() as s:
        access.set_code(s, desk.ctx, "zorg-2026")
    grant = access.authorize(desk.db, desk.ctx, "zorg-2026", "erase_borrower")
    erasure.erase_borrower(desk.db, desk.ctx, desk.borrowers["piet"], grant)
    with desk.db.session() as s:
        assert s.get(NoticePreference, desk.borrowers["piet"]) is None
    report = desk.send(dry_run=True)
    held = {(row["borrower_id"], row["reason"]) for row in report.skipped}
    assert (desk.borrowers["piet"], "no_address") in held
    assert all(row["borrower_id"] != desk.borrowers["piet"] for row in report.due)


def _badge(session, borrower_id: int) -> str:
    from lendingdesk.store.models import Borrower

    borrower = session.get(Borrower, borrower_id)
    assert borrower is not None
    return borrower.badge
