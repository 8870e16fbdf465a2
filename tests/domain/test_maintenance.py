"""Maintenance plans against a real SQLite file: due and overdue, blocking and warning plans,
the record of a check, damage at check-in sending an item to maintenance, strict costs."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lendingdesk.domain import circulation, cleaning, maintenance
from lendingdesk.domain.circulation import CheckinRequest, CheckoutRequest
from lendingdesk.domain.status import ItemStatus
from lendingdesk.errors import InvalidInput, ItemNotAvailable, MaintenanceOverdue
from lendingdesk.store.models import AuditEvent, Item, MaintenanceRecord
from tests.domain.factories import borrower, product_with_items


@pytest.fixture
def kit(db, ctx):
    with db.unit_of_work() as s:
        product, items = product_with_items(s, ctx, "Zembro valhorloge", cleaning=None)
        maintenance.set_plan(s, ctx, product, "battery", interval_days=30, blocking=True)
        maintenance.set_plan(s, ctx, product, "firmware", interval_days=90)
        return {"tags": [i.tag for i in items], "badge": borrower(s, ctx).badge}


def lend(db, ctx, tag, badge):
    with db.unit_of_work() as s:
        return circulation.check_out(s, ctx, CheckoutRequest(item=tag, borrower=badge)).id


def due(db, ctx, within=14):
    with db.session() as s:
        return maintenance.due_checks(s, ctx.today(), within_days=within)


def test_a_check_is_due_its_interval_after_the_item_came_and_overdue_the_day_after(
    db, ctx, clock, kit
):
    assert due(db, ctx) == []  # new items: the battery is due in 30 days
    clock.advance(days=20)
    rows = due(db, ctx)
    assert [(r.tag, r.key, r.overdue) for r in rows] == [
        (kit["tags"][0], "battery", False),
        (kit["tags"][1], "battery", False),
    ]
    assert rows[0].due_on.isoformat() == "2026-04-01"  # 2 March + 30 days
    clock.advance(days=10)  # the due date itself: due, not overdue
    assert not any(r.overdue for r in due(db, ctx, 0))
    clock.advance(days=1)
    assert all(r.overdue and r.blocking for r in due(db, ctx, 0))


def test_an_overdue_blocking_check_refuses_check_out_until_it_is_recorded(db, ctx, clock, kit):
    tag = kit["tags"][0]
    clock.advance(days=31)
    with pytest.raises(MaintenanceOverdue) as refused:
        lend(db, ctx, tag, kit["badge"])
    assert isinstance(refused.value, ItemNotAvailable)
    assert "Batterijconditie" in refused.value.nl and "Onderhoud" in refused.value.nl
    assert "overdue" in refused.value.en and "record it under Maintenance" in refused.value.en
    assert refused.value.details["checks"] == ["battery"]
    with db.unit_of_work() as s:
        record = maintenance.record_check(
            s, ctx, tag, "battery", by="Joke", result="84 % capaciteit", cost_cents=1250
        )
        assert (record.closed_by, record.cost_cents, record.check_key) == ("Joke", 1250, "battery")
    assert lend(db, ctx, tag, kit["badge"])  # now it goes out
    rows = [r for r in due(db, ctx, 0) if r.tag == tag]
    assert rows == []  # battery done today, firmware not due before day 90
    with db.session() as s:
        events = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "item")).all()
        assert "maintenance_check" in events


def test_a_warning_plan_lets_the_item_go_and_says_what_is_overdue(db, ctx, clock, kit):
    tag = kit["tags"][1]
    with db.unit_of_work() as s:
        maintenance.record_check(s, ctx, tag, "battery", by="Joke")
    clock.advance(days=91)
    with db.unit_of_work() as s:
        maintenance.record_check(s, ctx, tag, "battery", by="Joke")
        item = s.scalars(select(Item).where(Item.tag == tag)).one()
        warnings = maintenance.refuse_if_blocked(s, item, ctx.today())
        assert [(w.key, w.blocking) for w in warnings] == [("firmware", False)]
    assert lend(db, ctx, tag, kit["badge"])


def test_recording_a_check_names_the_choices_and_needs_a_name(db, ctx, kit):
    with db.unit_of_work() as s:
        with pytest.raises(InvalidInput, match="Choose from: battery, firmware"):
            maintenance.record_check(s, ctx, kit["tags"][0], "kalibratie", by="Joke")
        with pytest.raises(InvalidInput, match="who did the check"):
            maintenance.record_check(s, ctx, kit["tags"][0], "battery", by="  ")
        _product, items = product_with_items(s, ctx, "Tovertafel", 1)
        with pytest.raises(InvalidInput, match="no maintenance plan"):
            maintenance.record_check(s, ctx, items[0], "battery", by="Joke")


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("12", 1200), ("12,50", 1250), ("12.5", 1250), ("€ 7,95", 795), ("0", 0), (" 3,05 ", 305)],
)
def test_costs_are_read_as_people_type_them(typed, cents):
    assert maintenance.parse_cost(typed) == cents


@pytest.mark.parametrize(
    "typed", ["", "-5", "1.234,56", "12,505", "twaalf", "1e3", "12,", "1 000", "NaN", "99999999"]
)
def test_costs_that_are_not_plainly_an_amount_are_refused(typed):
    with pytest.raises(InvalidInput) as refused:
        maintenance.parse_cost(typed)
    assert refused.value.nl != refused.value.en


def test_plans_are_changed_in_place_and_checked(db, ctx, kit):
    with db.unit_of_work() as s:
        item = s.scalars(select(Item).where(Item.tag == kit["tags"][0])).one()
        plan = maintenance.set_plan(s, ctx, item.product, "battery", interval_days=60)
        assert (plan.label, plan.blocking) == ("Batterijconditie", False)
        assert [p.key for p in maintenance.plans_of(s, item.product_id)] == ["battery", "firmware"]
        with pytest.raises(InvalidInput):
            maintenance.set_plan(s, ctx, item.product, "battery", interval_days=0)
        with pytest.raises(InvalidInput):
            maintenance.set_plan(s, ctx, item.product, "Batterij test!", interval_days=5)


def test_damage_at_check_in_sends_the_item_to_maintenance_with_note_and_cost(db, ctx, kit):
    tag = kit["tags"][0]
    loan_id = lend(db, ctx, tag, kit["badge"])
    with db.unit_of_work() as s, pytest.raises(InvalidInput, match="Describe the damage"):
        circulation.check_in(s, ctx, CheckinRequest(item=tag, to_maintenance=True))
    with db.unit_of_work() as s:
        circulation.check_in(
            s,
            ctx,
            CheckinRequest(
                item=tag, damage="Bandje gescheurd", to_maintenance=True, repair_cost_cents=2495
            ),
        )
    with db.session() as s:
        item = s.scalars(select(Item).where(Item.tag == tag)).one()
        assert item.status == ItemStatus.IN_MAINTENANCE
        record = s.scalars(select(MaintenanceRecord)).one()
        assert (record.reason, record.cost_cents, record.loan_id, record.closed_at) == (
            "Bandje gescheurd",
            2495,
            loan_id,
            None,
        )
    # Out of circulation until the repair is finished.
    with db.unit_of_work() as s, pytest.raises(ItemNotAvailable, match="maintenance"):
        circulation.check_out(s, ctx, CheckoutRequest(item=tag, borrower=kit["badge"]))
    with db.unit_of_work() as s:
        cleaning.finish_maintenance(s, ctx, tag, "Nieuw bandje")
    assert lend(db, ctx, tag, kit["badge"])
