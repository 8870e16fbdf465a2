"""Circulation rules against a real SQLite file: every rule and every refusal."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from lendingdesk.domain import catalogue, circulation, cleaning, reservations
from lendingdesk.domain.circulation import CheckinRequest, CheckoutRequest
from lendingdesk.errors import (
    AlreadyOnLoan,
    BorrowerInactive,
    InvalidInput,
    ItemNotAvailable,
    ItemReserved,
    LendingError,
    LoanLimitReached,
    NotFound,
    NotOnLoan,
    ReservationConflict,
    UnknownCode,
)
from lendingdesk.store.models import AuditEvent, Item, Loan
from tests.domain.factories import borrower, product_with_items


@pytest.fixture
def setup(db, ctx):
    with db.unit_of_work() as s:
        product, items = product_with_items(s, ctx)
        sanne = borrower(s, ctx)
        mo = borrower(s, ctx, "Mohamed El Amrani")
        return {
            "tags": [i.tag for i in items],
            "sanne": sanne.badge,
            "mo": mo.badge,
            "product_id": product.id,
        }


def out(db, ctx, tag, badge, **kw):
    with db.unit_of_work() as s:
        loan = circulation.check_out(s, ctx, CheckoutRequest(item=tag, borrower=badge, **kw))
        return loan.id, loan.due_on


def back(db, ctx, tag, **kw):
    with db.unit_of_work() as s:
        loan = circulation.check_in(s, ctx, CheckinRequest(item=tag, **kw))
        return loan.id, loan.item.status


def status(db, tag):
    with db.session() as s:
        return s.scalar(select(Item.status).where(Item.tag == tag))


def test_checkout_uses_product_loan_period_and_records_who_where_when(db, ctx, setup, clock):
    loan_id, due = out(db, ctx, setup["tags"][0], setup["sanne"])
    assert due == clock.now.date() + timedelta(days=21)
    assert status(db, setup["tags"][0]) == "on_loan"
    with db.session() as s:
        loan = s.get(Loan, loan_id)
        assert loan.out_by == "Tester"
        assert loan.accessories_out == ["Speen-oplader", "Voedingsadapter"]
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "checkout")).one()
        assert event.entity_id == loan_id and event.desk == "Testbalie"
        assert event.details["tag"] == setup["tags"][0]


def test_checkout_accepts_scanner_text_and_explicit_due(db, ctx, setup):
    due = date(2026, 4, 1)
    _, got = out(
        db, ctx, "https://x.example/i/" + setup["tags"][0].lower(), setup["sanne"], due=due
    )
    assert got == due


def test_double_checkout_is_refused_with_the_holder(db, ctx, setup):
    out(db, ctx, setup["tags"][0], setup["sanne"])
    with pytest.raises(AlreadyOnLoan) as err:
        out(db, ctx, setup["tags"][0], setup["mo"])
    assert "Sanne de Vries" in err.value.message("nl")
    assert "already on loan" in err.value.message("en")


def test_database_itself_refuses_a_second_open_loan(db, ctx, setup):
    out(db, ctx, setup["tags"][0], setup["sanne"])
    with pytest.raises(IntegrityError), db.unit_of_work() as s:
        first = s.scalars(select(Loan)).one()
        s.add(
            Loan(
                item_id=first.item_id,
                borrower_id=first.borrower_id,
                out_at=first.out_at,
                due_on=first.due_on,
            )
        )
        s.flush()


def test_inactive_borrower_refused(db, ctx, setup):
    with db.unit_of_work() as s:
        catalogue.set_borrower_active(s, ctx, setup["mo"], False)
    with pytest.raises(BorrowerInactive) as err:
        out(db, ctx, setup["tags"][0], setup["mo"])
    assert "niet actief" in err.value.message("nl")
    assert status(db, setup["tags"][0]) == "available"


def test_loan_limit(db, ctx, setup):
    from dataclasses import replace

    limited = replace(ctx, loan_limit=1)
    out(db, limited, setup["tags"][0], setup["sanne"])
    with pytest.raises(LoanLimitReached):
        out(db, limited, setup["tags"][1], setup["sanne"])


def test_unknown_and_unlinked_codes(db, ctx, setup):
    with pytest.raises(UnknownCode) as err:
        out(db, ctx, "hello", setup["sanne"])
    assert "Onbekende code" in err.value.message("nl")
    with pytest.raises(NotFound):
        out(db, ctx, "LD9999990", setup["sanne"])  # valid code, no item
    with pytest.raises(UnknownCode):
        out(db, ctx, setup["tags"][0], setup["tags"][1])  # an item tag where a badge belongs


def test_past_due_date_refused(db, ctx, setup, clock):
    with pytest.raises(InvalidInput):
        out(db, ctx, setup["tags"][0], setup["sanne"], due=clock.now.date() - timedelta(days=1))


def test_checkin_with_cleaning_protocol_goes_to_cleaning_then_sign_off(db, ctx, setup):
    out(db, ctx, setup["tags"][0], setup["sanne"])
    _, next_status = back(db, ctx, setup["tags"][0], missing=("speen-oplader",), damage="Kras")
    assert next_status == "awaiting_cleaning"
    with db.session() as s:
        loan = s.scalars(select(Loan)).one()
        assert loan.accessories_missing == ["Speen-oplader"]
        assert loan.damage == "Kras" and loan.returned_at is not None
        assert loan.review_state == "pending"
    with pytest.raises(ItemNotAvailable) as err:
        out(db, ctx, setup["tags"][0], setup["mo"])
    assert "schoonmaken" in err.value.message("nl")
    with db.unit_of_work() as s:
        record = cleaning.sign_off_cleaning(s, ctx, setup["tags"][0], by="Anouk", method="spray")
        assert record.loan_id is not None
    assert status(db, setup["tags"][0]) == "available"
    out(db, ctx, setup["tags"][0], setup["mo"])


def test_checkin_without_cleaning_protocol_is_available_at_once(db, ctx):
    with db.unit_of_work() as s:
        _, items = product_with_items(s, ctx, "Dagritmeklok", 1, cleaning=None, accessories=())
        badge = borrower(s, ctx).badge
        tag = items[0].tag
    out(db, ctx, tag, badge)
    assert back(db, ctx, tag)[1] == "available"


def test_checkin_refusals(db, ctx, setup):
    with pytest.raises(NotOnLoan):
        back(db, ctx, setup["tags"][0])
    out(db, ctx, setup["tags"][0], setup["sanne"])
    with pytest.raises(InvalidInput) as err:
        back(db, ctx, setup["tags"][0], missing=("Afstandsbediening",))
    assert "Speen-oplader" in err.value.message("nl")  # it lists what is allowed
    assert status(db, setup["tags"][0]) == "on_loan"  # nothing half-done


def test_cleaning_sign_off_needs_a_name_and_the_right_state(db, ctx, setup):
    with pytest.raises(InvalidInput), db.unit_of_work() as s:
        cleaning.sign_off_cleaning(s, ctx, setup["tags"][0], by="Anouk")
    out(db, ctx, setup["tags"][0], setup["sanne"])
    back(db, ctx, setup["tags"][0])
    with pytest.raises(InvalidInput), db.unit_of_work() as s:
        cleaning.sign_off_cleaning(s, ctx, setup["tags"][0], by="  ")


def test_renew_and_refusal_when_reserved(db, ctx, setup):
    from lendingdesk.domain.lookup import find_borrower, find_item

    loan_id, due = out(db, ctx, setup["tags"][0], setup["sanne"])
    with db.unit_of_work() as s:
        loan = circulation.renew(s, ctx, loan_id)
        assert loan.due_on == due + timedelta(days=21) and loan.renewals == 1
        new_due = loan.due_on
    # Mohamed reserves this very item for the days right after the new due date.
    with db.unit_of_work() as s:
        reservations.reserve(
            s,
            ctx,
            borrower=find_borrower(s, setup["mo"]),
            item=find_item(s, setup["tags"][0]),
            start=new_due + timedelta(days=2),
            end=new_due + timedelta(days=9),
        )
    with pytest.raises(ItemReserved) as err, db.unit_of_work() as s:
        circulation.renew(s, ctx, loan_id)
    assert "Mohamed El Amrani" in err.value.message("nl")
    with db.session() as s:
        assert s.get(Loan, loan_id).due_on == new_due  # the refused renewal changed nothing


def test_product_reservation_holds_back_items(db, ctx, setup, clock):
    today = clock.now.date()
    with db.unit_of_work() as s:
        from lendingdesk.domain.lookup import find_borrower, find_item

        product = find_item(s, setup["tags"][0]).product
        mo = find_borrower(s, setup["mo"])
        reservations.reserve(
            s,
            ctx,
            borrower=mo,
            product=product,
            start=today + timedelta(days=3),
            end=today + timedelta(days=6),
        )
    out(db, ctx, setup["tags"][0], setup["sanne"])  # one of two items: still one free for Mohamed
    with pytest.raises(ItemReserved) as err:
        out(db, ctx, setup["tags"][1], setup["sanne"])
    assert "Mohamed El Amrani" in err.value.message("nl")
    # Mohamed himself may take it: his reservation is honoured and marked fulfilled.
    out(db, ctx, setup["tags"][1], setup["mo"], due=today + timedelta(days=6))
    with db.session() as s:
        from lendingdesk.store.models import Reservation

        assert s.scalars(select(Reservation)).one().fulfilled_loan_id is not None


def test_reservation_conflicts(db, ctx, setup, clock):
    today = clock.now.date()
    from lendingdesk.domain.lookup import find_borrower, find_item

    with db.unit_of_work() as s:
        item = find_item(s, setup["tags"][0])
        reservations.reserve(
            s,
            ctx,
            borrower=find_borrower(s, setup["sanne"]),
            item=item,
            start=today,
            end=today + timedelta(days=5),
        )
    with pytest.raises(ReservationConflict), db.unit_of_work() as s:
        reservations.reserve(
            s,
            ctx,
            borrower=find_borrower(s, setup["mo"]),
            item=find_item(s, setup["tags"][0]),
            start=today + timedelta(days=2),
            end=today + timedelta(days=8),
        )
    with pytest.raises(InvalidInput), db.unit_of_work() as s:
        reservations.reserve(
            s,
            ctx,
            borrower=find_borrower(s, setup["mo"]),
            item=find_item(s, setup["tags"][1]),
            start=today + timedelta(days=5),
            end=today + timedelta(days=1),
        )
    with pytest.raises(ItemReserved):
        out(db, ctx, setup["tags"][0], setup["mo"])


def test_lost_found_retire(db, ctx, setup):
    out(db, ctx, setup["tags"][0], setup["sanne"])
    with db.unit_of_work() as s:
        circulation.mark_lost(s, ctx, setup["tags"][0], "niet teruggebracht")
    assert status(db, setup["tags"][0]) == "lost"
    with db.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(Loan).where(Loan.returned_at.is_(None))) == 0
        )
    with db.unit_of_work() as s:
        circulation.mark_found(s, ctx, setup["tags"][0])
    assert status(db, setup["tags"][0]) == "awaiting_cleaning"
    out(db, ctx, setup["tags"][1], setup["sanne"])
    with pytest.raises(AlreadyOnLoan), db.unit_of_work() as s:
        circulation.retire(s, ctx, setup["tags"][1])
    back(db, ctx, setup["tags"][1])
    with db.unit_of_work() as s:
        circulation.retire(s, ctx, setup["tags"][1], "kapot")
    with pytest.raises(ItemNotAvailable):
        out(db, ctx, setup["tags"][1], setup["sanne"])


def test_undo_checkout_and_checkin_within_the_window(db, ctx, setup, clock):
    loan_id, _ = out(db, ctx, setup["tags"][0], setup["sanne"])
    with db.unit_of_work() as s:
        circulation.undo_checkout(s, ctx, loan_id)
    assert status(db, setup["tags"][0]) == "available"
    with db.session() as s:
        assert s.get(Loan, loan_id) is None
    loan_id, _ = out(db, ctx, setup["tags"][0], setup["sanne"])
    back(db, ctx, setup["tags"][0])
    with db.unit_of_work() as s:
        circulation.undo_checkin(s, ctx, loan_id)
    assert status(db, setup["tags"][0]) == "on_loan"
    clock.advance(minutes=11)
    with pytest.raises(LendingError), db.unit_of_work() as s:
        circulation.undo_checkout(s, ctx, loan_id)


def test_overdue_query(db, ctx, setup, clock):
    out(db, ctx, setup["tags"][0], setup["sanne"], due=clock.now.date() + timedelta(days=1))
    out(db, ctx, setup["tags"][1], setup["mo"], due=clock.now.date() + timedelta(days=10))
    with db.session() as s:
        today = clock.now.date()
        assert circulation.count_overdue(s, today) == 0
        assert circulation.count_overdue(s, today + timedelta(days=2)) == 1
        overdue = circulation.open_loans(s, overdue_on=today + timedelta(days=2))
        assert [loan.item.tag for loan in overdue] == [setup["tags"][0]]


def test_a_second_check_out_is_refused_in_dutch_and_english(db, ctx, setup):
    # Every refusal class and every place one is raised: tests/test_refusals.py.
    out(db, ctx, setup["tags"][0], setup["sanne"])
    with pytest.raises(LendingError) as err:
        out(db, ctx, setup["tags"][0], setup["sanne"])
    assert err.value.message("nl") != err.value.message("en")
    assert err.value.message("nl") and err.value.message("en")


def test_due_dates_in_the_past_or_over_a_year_ahead_are_refused(db, ctx, setup, clock):
    """Check-out and renew share one rule (circulation.check_due), so window and CLI agree."""
    today = clock.now.date()
    tag, badge = setup["tags"][0], setup["sanne"]
    for due, needle in [
        (today - timedelta(days=1), "in het verleden"),
        (today + timedelta(days=366), "meer dan een jaar"),
        (date(9999, 12, 31), "meer dan een jaar"),
    ]:
        with pytest.raises(InvalidInput) as err, db.unit_of_work() as s:
            circulation.check_out(s, ctx, CheckoutRequest(item=tag, borrower=badge, due=due))
        assert needle in err.value.message("nl") and err.value.message("en") != err.value.nl
    assert status(db, tag) == "available"  # nothing was lent
    loan_id, due = out(db, ctx, tag, badge, due=today + timedelta(days=365))  # the bound itself
    assert due == today + timedelta(days=365)

    # An overdue loan cannot be renewed to a day that has passed, even one after its due date.
    other_id, _ = out(db, ctx, setup["tags"][1], badge, due=today)
    clock.advance(days=10)
    now = clock.now.date()
    with pytest.raises(InvalidInput) as err, db.unit_of_work() as s:
        circulation.renew(s, ctx, other_id, now - timedelta(days=2))
    assert "in the past" in err.value.message("en")
    with pytest.raises(InvalidInput), db.unit_of_work() as s:
        circulation.renew(s, ctx, other_id, now + timedelta(days=400))
    with db.unit_of_work() as s:
        assert circulation.renew(s, ctx, other_id, now).due_on == now  # today is fine

    # A default renewal (the product's period again) stops at the bound; once a loan is due a
    # year ahead, another renewal has nothing to extend and is refused.
    with db.unit_of_work() as s:
        assert circulation.renew(s, ctx, loan_id).due_on == now + timedelta(days=365)
    with pytest.raises(InvalidInput) as err, db.unit_of_work() as s:
        circulation.renew(s, ctx, loan_id)
    assert "moet na" in err.value.message("nl")
    with db.session() as s:
        assert s.get(Loan, loan_id).renewals == 1
