"""Item statuses: the domain's ItemStatus is exactly what the schema stores, and goes into the
database (the status column and audit details) as the plain stored string."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from lendingdesk.domain import circulation
from lendingdesk.domain.status import ItemStatus
from lendingdesk.store.models import ITEM_STATUSES, AuditEvent, Item
from tests.domain.factories import product_with_items


def test_the_enum_is_the_schemas_list_of_statuses() -> None:
    assert tuple(ItemStatus) == ITEM_STATUSES
    assert [str(s) for s in ItemStatus] == list(ITEM_STATUSES)
    assert Item.__table__.c.status.default.arg == ItemStatus.AVAILABLE  # a new item


@pytest.mark.parametrize("status", list(ItemStatus))
def test_every_status_is_stored_as_its_string_and_reads_back_equal(db, ctx, status) -> None:
    with db.unit_of_work() as s:
        _, [item] = product_with_items(s, ctx, count=1)
        item.status = status
        item_id = item.id
    with db.unit_of_work() as s:
        raw = s.execute(text("SELECT status FROM items WHERE id = :i"), {"i": item_id}).scalar()
        assert raw == status.value
        stored = s.get(Item, item_id)
        assert stored is not None and stored.status == status
        # words are found for the stored string, in both languages
        words = circulation.STATUS_WORDS[stored.status]
        assert words.render("en") != words.render("nl")


def test_a_found_item_is_written_to_the_audit_log_as_plain_text(db, ctx) -> None:
    with db.unit_of_work() as s:
        _, [item] = product_with_items(s, ctx, count=1)
        circulation.mark_lost(s, ctx, item)
        circulation.mark_found(s, ctx, item)
    with db.unit_of_work() as s:
        raw = s.execute(
            text("SELECT details FROM audit_events WHERE action = 'found'")
        ).scalar_one()
        assert '"next_status": "awaiting_cleaning"' in raw
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "found")).one()
        assert event.details["next_status"] == ItemStatus.AWAITING_CLEANING
