"""The review service over a real SQLite file: collecting, refusing, moderating, instruments."""

from __future__ import annotations

import copy
import io

import pytest
from sqlalchemy import func, select

from lendingdesk.documents.reports import Period
from lendingdesk.domain.reviews import instruments as instruments_module
from lendingdesk.domain.reviews import load_instrument, summarize
from lendingdesk.errors import InvalidInput, NotFound
from lendingdesk.services.reviews import Reviewer, ScoredReview
from lendingdesk.store.models import AuditEvent, Loan, Review, ReviewInstrument
from tests.reviews.factories import SUS_EXAMPLE, care_answers
from tests.reviews.pdfcheck import pdf_text


def _events(db, action: str) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _review_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Review)) or 0


def test_a_review_of_a_returned_loan_is_scored_stored_and_audited(desk):
    loan_id = desk.loan()
    row = desk.service.add_review(
        loan_id,
        care_answers(sus=SUS_EXAMPLE, pros="  Rust aan tafel.  "),
        Reviewer("Sanne de Vries"),
    )
    assert row.scores == {"overall": 4.0, "sus": 85.0, "rating": 4.0}
    assert row.sus_grade == "A+"
    assert row.moderation == "pending"
    assert row.answers["pros"] == "Rust aan tafel."  # cleaned by the instrument
    # Unstated discipline and organisation come from the borrower and their location.
    assert (row.discipline, row.organisation) == ("Verzorgende IG", "Zorggroep Noorderlicht")
    assert row.public_author() == "Verzorgende IG, Zorggroep Noorderlicht"
    with desk.db.session() as session:
        assert session.get(Loan, loan_id).review_state == "done"
        stored = session.scalars(select(ReviewInstrument)).all()
    assert [(i.key, i.version) for i in stored] == [("care-tech-review", 1)]
    assert stored[0].definition == dict(load_instrument("care-tech-review", 1).definition)
    (event,) = _events(desk.db, "review_added")
    assert event.entity_id == row.id and event.details["loan_id"] == loan_id
    assert "Sanne" not in str(event.details)  # the audit log does not copy the reviewer's name


def test_refusals_open_loan_second_review_unknown_loan(desk):
    open_id = desk.loan(returned=False)
    with pytest.raises(InvalidInput, match="still open") as refused:
        desk.service.add_review(open_id, care_answers())
    assert "nog open" in refused.value.message("nl")
    desk.loan(tag=desk.tags[1])  # return the other item too, then review its loan twice
    returned = desk.service.pending_reviews()[0].loan_id
    first = desk.service.add_review(returned, care_answers())
    with pytest.raises(InvalidInput, match="already has a review") as second:
        desk.service.add_review(returned, care_answers(overall=1))
    assert f"nummer {first.id}" in second.value.message("nl")
    with pytest.raises(NotFound):
        desk.service.add_review(99999, care_answers())
    assert _review_count(desk.db) == 1


def test_invalid_answers_store_nothing_and_name_every_problem(desk):
    loan_id = desk.loan()
    answers = care_answers(overall=9, mystery=3)
    del answers["recommend"]
    with pytest.raises(InvalidInput) as refused:
        desk.service.add_review(loan_id, answers)
    codes = {(p.key, p.code) for p in refused.value.details["problems"]}
    assert {("overall", "out_of_range"), ("mystery", "unknown"), ("recommend", "missing")} <= codes
    assert _review_count(desk.db) == 0
    with desk.db.session() as session:
        assert session.get(Loan, loan_id).review_state == "pending"
    with pytest.raises(InvalidInput, match="no name"):
        desk.service.add_review(loan_id, care_answers(), Reviewer(publish_name=True))


def test_pending_list_is_newest_first_and_decline_takes_a_loan_off(desk):
    first = desk.loan(tag=desk.tags[0])
    second = desk.loan(tag=desk.tags[1], badge=1)
    still_open = desk.loan(tag=desk.other_tags[0], returned=False)
    pending = desk.service.pending_reviews()
    assert [p.loan_id for p in pending] == [second, first]
    assert (
        pending[0].product == "Tovertafel Original"
        and pending[0].borrower == "Wilhelmina Kortenhoeven"
    )
    assert still_open not in {p.loan_id for p in pending}
    desk.service.decline_review(first)
    assert [p.loan_id for p in desk.service.pending_reviews()] == [second]
    assert _events(desk.db, "review_declined")[0].entity_id == first
    desk.service.add_review(second, care_answers())
    assert desk.service.pending_reviews() == []
    with pytest.raises(InvalidInput, match="already been given"):
        desk.service.decline_review(second)
    with pytest.raises(InvalidInput, match="still open"):
        desk.service.decline_review(still_open)
    # A borrower who declined may still change their mind.
    desk.service.add_review(first, care_answers())


def test_moderation_edits_text_only_and_is_audited(desk):
    row = desk.service.add_review(
        desk.loan(),
        care_answers(pros="Mevrouw Bakker van kamer 12 lachte weer.", tips="Kort spelen"),
    )
    approved = desk.service.moderate(
        row.id, "approve", edits={"pros": "Een bewoonster lachte weer."}, by="Daan Koster"
    )
    assert approved.moderation == "approved" and approved.moderated_by == "Daan Koster"
    assert approved.answers["pros"] == "Een bewoonster lachte weer."
    assert approved.answers["tips"] == "Kort spelen" and approved.rating == 4.0
    (event,) = _events(desk.db, "review_approved")
    assert event.details["edited"] == ["pros"] and "Bakker" not in str(event.details)
    with pytest.raises(InvalidInput, match="Only free text"):
        desk.service.moderate(row.id, "approve", edits={"overall": "5"})
    with pytest.raises(InvalidInput, match="approve or reject"):
        desk.service.moderate(row.id, "publish")
    with pytest.raises(NotFound):
        desk.service.moderate(424242, "reject")
    rejected = desk.service.moderate(row.id, "reject")
    assert rejected.moderation == "rejected" and rejected.moderated_by == "Tester"
    assert desk.service.reviews_for(desk.product_id, moderation="approved") == []


def test_reviews_for_a_product_by_id_tag_or_name(desk):
    row = desk.service.add_review(desk.loan(), care_answers())
    by_tag = desk.service.reviews_for(desk.tags[1].lower())  # any item's tag, scanner case
    by_id = desk.service.reviews_for(str(desk.product_id))
    by_name = desk.service.reviews_for("tovertafel original")
    assert [r.id for r in by_tag] == [r.id for r in by_id] == [r.id for r in by_name] == [row.id]
    assert desk.service.reviews_for(desk.other_product_id) == []
    with pytest.raises(NotFound, match="not found"):
        desk.service.reviews_for("Onbekend ding")


def _v2_definition() -> dict:
    definition = copy.deepcopy(dict(load_instrument("care-tech-review", 1).definition))
    definition["version"] = 2
    definition["title"]["nl"] = "Review zorgtechnologie (regio 2027)"
    for block in definition["blocks"]:
        for item in block["items"]:
            if item["key"] == "overall":
                item["label"]["nl"] = "Welk rapportcijfer (1–5) geeft u het product?"
    return definition


def test_old_reviews_keep_their_instrument_version(desk, monkeypatch):
    old = desk.service.add_review(desk.loan(tag=desk.tags[0]), care_answers(overall=5))
    assert old.instrument_version == 1
    desk.service.add_instrument(_v2_definition())  # a newer version appears (regional update)
    with pytest.raises(InvalidInput, match="already stored"):
        desk.service.add_instrument(_v2_definition())
    new = desk.service.add_review(desk.loan(tag=desk.tags[1]), care_answers(overall=3))
    assert new.instrument_version == 2
    assert desk.service.review(old.id).instrument_version == 1
    assert desk.service.instrument_for_product(desk.product_id).version == 2

    # Even when the shipped v1 file is gone, the stored definition reads the old review.
    real = instruments_module.load_instrument

    def shipped_without_v1(key, version=None):
        if (key, version) == ("care-tech-review", 1):
            raise NotFound("weg", "gone")
        return real(key, version)

    monkeypatch.setattr("lendingdesk.services.instruments.load_instrument", shipped_without_v1)
    registry = desk.service.registry()
    v1 = registry.lookup("care-tech-review", 1)
    assert v1.version == 1 and v1.item("overall").label.nl.startswith("Wat is uw algemene")
    assert registry.lookup("care-tech-review", 2).item("overall").label.nl.startswith("Welk")
    rows = desk.service.reviews_for(desk.product_id)
    summary = summarize(
        [ScoredReview(r.instrument_key, r.instrument_version, r.answers, r.scores) for r in rows],
        min_n=2,
        lookup=registry.lookup,
    )
    assert summary.instruments == {"care-tech-review@1": 1, "care-tech-review@2": 1}
    assert summary.rating.mean == 4.0
    for row in rows:
        desk.service.moderate(row.id, "approve")
    pdf = io.BytesIO()
    desk.service.render_product_report(desk.product_id, pdf, min_n=2)
    assert "Tovertafel Original" in pdf_text(pdf.getvalue())


def test_report_data_reads_only_approved_reviews_in_the_period(desk):
    first = desk.service.add_review(desk.loan(), care_answers(overall=5, tips="Gordijnen dicht."))
    desk.clock.advance(days=40)
    second = desk.service.add_review(desk.loan(), care_answers(overall=2, tips="Gordijnen dicht."))
    third = desk.service.add_review(desk.loan(), care_answers(overall=3))
    desk.service.moderate(first.id, "approve")
    desk.service.moderate(second.id, "approve")
    assert third.moderation == "pending"
    everything = desk.service.product_report_data(desk.product_id)
    assert [r.scores["rating"] for r in everything.reviews] == [5.0, 2.0]
    assert everything.tips == ["Gordijnen dicht."]  # the same tip twice is shown once
    assert everything.loans == 3
    later = desk.service.product_report_data(
        desk.product_id, Period(second.created_at.date(), None)
    )
    assert [r.scores["rating"] for r in later.reviews] == [2.0]
    overview = desk.service.overview_data()
    assert [p.name for p in overview] == ["Tovertafel Original"]
