"""Erasure and the coordinator's throttling on both stores: a real SQLite file and the suite's
real PostgreSQL. Names with letters outside ASCII (which SQLite's LIKE does not fold and JSON
text escapes) are found and blanked too, in any case."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select, text

from lendingdesk.domain import catalogue, circulation
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.roles import PermissionDenied
from lendingdesk.services import access, erasure
from lendingdesk.services.reviews import Reviewer, ReviewService
from lendingdesk.store.db import Database, open_database
from lendingdesk.store.models import AuditEvent, Borrower, Erasure, Loan, Review
from tests.reliability.workers import make_fleet
from tests.reviews.factories import care_answers

NAME = "Özlem Çelik-Ünal"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path) -> Database:  # type: ignore[no-untyped-def]
    url = (
        str(tmp_path / "desk.sqlite3")
        if request.param == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    db = open_database(url)
    yield db
    db.dispose()


def _everything(db: Database) -> str:
    """Every free-text and JSON column that could hold a name, as one text."""
    parts: list[str] = []
    with db.session() as s:
        for table, columns in (
            ("loans", "damage, notes, condition_in"),
            ("reviews", "answers, reviewer_name"),
            ("audit_events", "details"),
            ("borrowers", "name, email, phone, team"),
        ):
            for row in s.execute(text(f"SELECT {columns} FROM {table}")):
                parts.extend(str(v) for v in row if v is not None)
    return "\n".join(parts)


def test_erasure_finds_the_name_in_any_case_and_alphabet(store: Database, clock) -> None:
    ctx = DeskContext(actor="Anouk", desk="Balie De Linde", clock=clock)
    fleet = make_fleet(store, 4, 2)
    with store.unit_of_work() as s:
        person = catalogue.create_borrower(
            s, ctx, catalogue.BorrowerInput(NAME, email="o.celik@example.org")
        )
        badge = person.badge
        loan_ids = []
        for tag, who in ((fleet.tags[0], badge), (fleet.tags[1], fleet.badges[0])):
            loan = circulation.check_out(
                s, ctx, circulation.CheckoutRequest(item=tag, borrower=who)
            )
            s.flush()
            loan_ids.append(loan.id)
        circulation.check_in(
            s,
            ctx,
            circulation.CheckinRequest(
                item=fleet.tags[1], damage="ÖZLEM ÇELIK-ÜNAL liet het vallen"
            ),
        )
        circulation.check_in(s, ctx, circulation.CheckinRequest(item=fleet.tags[0]))
    reviews = ReviewService(store, lambda: ctx)
    mine = reviews.add_review(
        loan_ids[0], care_answers(pros="Fijn."), Reviewer(NAME, publish_name=True)
    )
    theirs = reviews.add_review(
        loan_ids[1], care_answers(pros="Met özlem opgezet; o.celik@example.org mailt de tips.")
    )
    for review in (mine, theirs):
        reviews.moderate(review.id, "approve")
    assert "ÖZLEM" in _everything(store)

    with store.unit_of_work() as s:
        access.set_code(s, ctx, "zorg-2468")
    grant = access.authorize(store, ctx, "zorg-2468", "erase_borrower")
    with pytest.raises(PermissionDenied):
        erasure.erase_borrower(store, ctx, badge, None)
    result = erasure.erase_borrower(store, ctx, badge, grant)

    everything = _everything(store).casefold()
    for part in ("özlem", "çelik", "ünal", "o.celik@example.org"):
        assert part not in everything, part
    assert result.reviews_withdrawn == 1 and result.redacted >= 3  # loan, review, audit
    with store.session() as s:
        assert s.get(Review, mine.id).moderation == "rejected"
        assert s.get(Review, theirs.id).answers["pros"].startswith("Met [naam] opgezet; [naam]")
        damage = s.scalar(select(Loan.damage).where(Loan.id == loan_ids[1]))
        assert damage == "[naam] liet het vallen"
        register = s.scalars(select(Erasure)).all()
        assert [r.badge_hash for r in register] == [erasure.badge_hash(badge)]
        flagged = s.scalars(select(AuditEvent).where(AuditEvent.action == "text_redacted")).all()
        assert {(e.entity, e.details["fields"][0]) for e in flagged} >= {
            ("loan", "damage"),
            ("review", "pros"),
        }
    assert reviews.export_data().products and all(
        r.id != str(mine.id) for p in reviews.export_data().products for r in p.reviews
    )


def test_reapply_erases_whoever_a_restore_brought_back(store: Database, clock) -> None:
    ctx = DeskContext(actor="Anouk", desk="Balie De Linde", clock=clock)
    with store.unit_of_work() as s:
        person = catalogue.create_borrower(s, ctx, catalogue.BorrowerInput(NAME))
        badge, person_id = person.badge, person.id
        s.add(
            Erasure(
                borrower_id=person_id, badge_hash=erasure.badge_hash(badge), erased_at=ctx.now()
            )
        )
    # The register says erased, the record is whole: what a restore of an older backup gives.
    with store.unit_of_work() as s:
        assert erasure.reapply_erasures(s, ctx) == 1
    with store.unit_of_work() as s:
        assert erasure.reapply_erasures(s, ctx) == 0  # once is enough
        assert s.get(Borrower, person_id).erased_at is not None
    assert "Özlem" not in _everything(store)


def test_wrong_codes_at_one_desk_never_lock_another(store: Database, clock) -> None:
    ctx = DeskContext(actor="Iemand", desk="Balie 1", clock=clock)
    with store.unit_of_work() as s:
        access.set_code(s, ctx, "zorg-2468")
    for _ in range(access.FREE_FAILURES + 5):
        with pytest.raises(PermissionDenied):
            access.authorize(store, ctx, "raden", "export")
    access.authorize(store, replace(ctx, desk="Balie 2"), "zorg-2468", "export")
    with pytest.raises(PermissionDenied):
        access.authorize(store, ctx, "zorg-2468", "export")
    clock.advance(seconds=access.MAX_DELAY.total_seconds())
    access.authorize(store, ctx, "zorg-2468", "export")
