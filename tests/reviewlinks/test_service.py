"""Review links on a real database: issue, open, submit once, expire, and response states."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from lendingdesk.domain import circulation
from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import InvalidInput, LinkRefused, NotFound
from lendingdesk.services.review_links import (
    DEFAULT_VALID_DAYS,
    LinkState,
    LoanLinkState,
    ReviewLinkService,
    token_hash,
)
from lendingdesk.services.reviews import Reviewer, ReviewService
from lendingdesk.store.db import open_database
from lendingdesk.store.models import AuditEvent, Borrower, Loan, ReviewLinkRecord
from tests.domain.factories import borrower, product_with_items
from tests.reviews.factories import SUS_EXAMPLE, care_answers

BASE = "https://review.zorggroep.example"


def links(desk) -> ReviewLinkService:
    return ReviewLinkService(desk.db, lambda: desk.ctx, base_url=BASE)


def test_a_link_is_issued_for_a_returned_loan_and_only_its_hash_is_kept(desk):
    loan_id = desk.loan()
    link = links(desk).issue_link(loan_id)
    assert link.url == f"{BASE}/r/{link.token}"
    assert len(link.token) >= 22 and link.token.replace("-", "").replace("_", "").isalnum()
    issued = desk.clock().astimezone()
    assert link.expires - issued == timedelta(days=DEFAULT_VALID_DAYS)
    with desk.db.session() as session:
        record = session.scalars(select(ReviewLinkRecord)).one()
        assert record.token_hash == token_hash(link.token) and link.token not in record.token_hash
        assert record.opened_at is None and record.used_at is None
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "review_link_issued" in actions
    assert links(desk).issue_link(loan_id).token != link.token  # every link its own token


def test_open_shows_only_product_and_period_and_records_the_first_opening(desk):
    loan_id = desk.loan()
    service = links(desk)
    link = service.issue_link(loan_id)
    assert service.status(loan_id).state is LoanLinkState.ISSUED
    desk.clock.advance(hours=1)
    opened = service.open(link.token)
    assert opened.valid and opened.product == "Tovertafel Original"
    assert opened.out_on is not None and opened.returned_on is not None
    assert (opened.returned_on - opened.out_on).days == 10
    first = service.status(loan_id)
    assert first.state is LoanLinkState.OPENED and first.opened_at is not None
    desk.clock.advance(hours=1)
    service.open(link.token)
    assert service.status(loan_id).opened_at == first.opened_at


def test_submit_goes_through_the_desk_service_and_works_once(desk):
    loan_id = desk.loan()
    service = links(desk)
    link = service.issue_link(loan_id)
    row = service.submit(
        link.token,
        care_answers(sus=SUS_EXAMPLE),
        Reviewer(name="Sanne de Vries", publish_name=True),
    )
    assert row.moderation == "pending" and row.sus == 85.0 and row.publish_name
    assert ReviewService(desk.db, lambda: desk.ctx).review(row.id).loan_id == loan_id
    status = service.status(loan_id)
    assert status.state is LoanLinkState.REVIEWED and status.reviewed_at is not None
    assert service.check(link.token) is LinkState.USED
    assert service.open(link.token).state is LinkState.USED
    with pytest.raises(LinkRefused) as refused:
        service.submit(link.token, care_answers())
    assert "al gegeven" in refused.value.nl and "already" in refused.value.en


def test_invalid_answers_leave_the_link_usable(desk):
    link = links(desk).issue_link(desk.loan())
    with pytest.raises(InvalidInput):
        links(desk).submit(link.token, care_answers(overall=9))
    assert links(desk).check(link.token) is LinkState.VALID
    assert links(desk).submit(link.token, care_answers()).rating == 4.0


def test_a_second_link_of_a_reviewed_loan_is_used_too(desk):
    loan_id = desk.loan()
    first, second = links(desk).issue_link(loan_id), links(desk).issue_link(loan_id)
    links(desk).submit(first.token, care_answers())
    assert links(desk).check(second.token) is LinkState.USED
    with pytest.raises(InvalidInput, match="already has its review"):
        links(desk).issue_link(loan_id)


def test_expired_forged_and_oversized_tokens_are_refused(desk):
    link = links(desk).issue_link(desk.loan())
    for forged in ("", "x", link.token[:-1] + ("A" if link.token[-1] != "A" else "B"), "a" * 5000):
        assert links(desk).open(forged).state is LinkState.UNKNOWN
        with pytest.raises(LinkRefused, match="does not exist"):
            links(desk).submit(forged, care_answers())
    desk.clock.advance(days=DEFAULT_VALID_DAYS, seconds=1)
    assert links(desk).open(link.token).state is LinkState.EXPIRED
    with pytest.raises(LinkRefused, match="expired"):
        links(desk).submit(link.token, care_answers())
    assert links(desk).status(link.loan_id).state is LoanLinkState.ISSUED  # never opened


def test_open_loans_and_unknown_loans_get_no_link(desk):
    open_id = desk.loan(returned=False)
    with pytest.raises(InvalidInput, match="still open"):
        links(desk).issue_link(open_id)
    with pytest.raises(NotFound):
        links(desk).issue_link(987654)


def test_settings_base_url_and_validity(desk, monkeypatch):
    service = ReviewLinkService(desk.db, lambda: desk.ctx)
    monkeypatch.setenv("LENDINGDESK_REVIEW_URL", "http://10.1.2.3:9000/")
    assert service.base_url() == "http://10.1.2.3:9000"
    service.configure(base_url="https://review.example.org/", valid_days=7)
    link = service.issue_link(desk.loan())
    assert link.url.startswith("https://review.example.org/r/")
    assert link.expires - desk.clock().astimezone() == timedelta(days=7)
    for bad in ("ftp://x", "review.example.org", "https://x.org/?a=1"):
        with pytest.raises(InvalidInput, match="not a usable web address"):
            service.configure(base_url=bad)
    with pytest.raises(InvalidInput, match="1 to 365"):
        service.configure(valid_days=0)


def test_statuses_for_many_loans(desk):
    ids = [desk.loan(tag=desk.tags[i % 2]) for i in range(4)]
    service = links(desk)
    tokens = [service.issue_link(loan_id).token for loan_id in ids[:3]]
    service.open(tokens[1])
    service.submit(tokens[2], care_answers())
    states = {k: v.state for k, v in service.statuses(ids).items()}
    assert states == {
        ids[0]: LoanLinkState.ISSUED,
        ids[1]: LoanLinkState.OPENED,
        ids[2]: LoanLinkState.REVIEWED,
        ids[3]: LoanLinkState.NONE,
    }


def test_the_write_path_on_postgresql(pg_url, clock):
    db = open_database(pg_url)
    try:
        ctx = DeskContext(actor="Tester", desk="Regio", clock=clock)
        with db.unit_of_work() as session:
            _, items = product_with_items(session, ctx, "Qwiek.up", 1, cleaning=None)
            person = borrower(session, ctx, "Fatima El Amrani", discipline="Verpleegkundige")
            tag, badge = items[0].tag, person.badge
        with db.unit_of_work() as session:
            loan_id = circulation.check_out(
                session, ctx, circulation.CheckoutRequest(item=tag, borrower=badge)
            ).id
        clock.advance(days=3)
        with db.unit_of_work() as session:
            circulation.check_in(session, ctx, circulation.CheckinRequest(item=tag))
        service = ReviewLinkService(db, lambda: ctx, base_url=BASE)
        link = service.issue_link(loan_id)
        assert service.open(link.token).product == "Qwiek.up"
        row = service.submit(link.token, care_answers(sus=SUS_EXAMPLE))
        assert row.sus == 85.0 and row.moderation == "pending"
        assert service.status(loan_id).state is LoanLinkState.REVIEWED
        with pytest.raises(LinkRefused):
            service.submit(link.token, care_answers())
    finally:
        db.dispose()


def test_an_erased_borrowers_links_stop_working(desk):
    link = links(desk).issue_link(desk.loan())
    with desk.db.unit_of_work() as session:
        loan = session.get(Loan, link.loan_id)
        session.get(Borrower, loan.borrower_id).erased_at = desk.ctx.now()
    assert links(desk).open(link.token).state is LinkState.UNKNOWN
    with pytest.raises(InvalidInput, match="erased"):
        links(desk).issue_link(link.loan_id)
