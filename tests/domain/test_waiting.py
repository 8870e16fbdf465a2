"""The waiting list: join only when nothing is free, hold a returned item for the first in
line, refuse it to others while held, free it after the hold time; the notification hook."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lendingdesk.domain import catalogue, circulation, cleaning, hygiene
from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import InvalidInput, ItemReserved
from lendingdesk.services.waiting import WaitingService
from lendingdesk.store.models import Product, WaitingEntry


@pytest.fixture
def desk(db, ctx: DeskContext):
    with db.unit_of_work() as s:
        paro = catalogue.create_product(
            s,
            ctx,
            catalogue.ProductInput(name="PARO", loan_days=14, cleaning_protocol="Vacht afnemen."),
        )
        tags = [i.tag for i in catalogue.add_items(s, ctx, paro, 2)]
        people = [
            catalogue.create_borrower(
                s, ctx, catalogue.BorrowerInput(name=n, email=f"{n.lower()}@zorg.example")
            ).badge
            for n in ("Anna", "Bram", "Cor")
        ]
        circulation.check_out(s, ctx, circulation.CheckoutRequest(item=tags[0], borrower=people[0]))
        s.flush()
        return {"product": paro.id, "tags": tags, "people": people}


def test_join_only_when_nothing_is_free_and_once(db, ctx, desk):
    service = WaitingService(db, lambda: ctx)
    anna, bram, cor = desk["people"]
    with pytest.raises(InvalidInput) as refused:
        service.join(bram, desk["product"])  # the second PARO is on the shelf
    assert desk["tags"][1] in refused.value.nl
    with db.unit_of_work() as s:
        circulation.check_out(
            s, ctx, circulation.CheckoutRequest(item=desk["tags"][1], borrower=anna)
        )
    first = service.join(bram, desk["product"])
    second = service.join(cor, desk["product"])
    assert (first.position, second.position) == (1, 2)
    with pytest.raises(InvalidInput):
        service.join(bram, desk["product"])


def _bram_and_cor_wait(db, ctx, desk) -> tuple[WaitingService, str]:
    """Both PAROs out (Anna); Bram, then Cor, wait; Anna brings one back (not clean yet)."""
    service = WaitingService(db, lambda: ctx)
    anna, bram, cor = desk["people"]
    tag, other = desk["tags"]
    with db.unit_of_work() as s:
        circulation.check_out(s, ctx, circulation.CheckoutRequest(item=other, borrower=anna))
    service.join(bram, desk["product"])
    service.join(cor, desk["product"])
    with db.unit_of_work() as s:
        circulation.check_in(s, ctx, circulation.CheckinRequest(item=tag))
    return service, tag


def test_a_signed_off_item_is_held_for_the_first_in_line(db, ctx, desk, clock):
    service, tag = _bram_and_cor_wait(db, ctx, desk)
    _anna, bram, cor = desk["people"]
    assert service.held_for(tag) is None  # back, but not clean yet: nothing held
    with db.unit_of_work() as s:
        cleaning.sign_off_cleaning(s, ctx, tag, by="Schoonmaker")
    assert service.held_for(tag) == "Bram"
    notices = service.to_notify()
    assert [(n.borrower, n.tag, n.email) for n in notices] == [("Bram", tag, "bram@zorg.example")]

    with db.unit_of_work() as s, pytest.raises(ItemReserved) as refused:
        circulation.check_out(s, ctx, circulation.CheckoutRequest(item=tag, borrower=cor))
    assert "Bram" in refused.value.nl and "wachtlijst" in refused.value.nl
    service.mark_notified(notices[0].entry_id, "desk")
    assert service.to_notify() == []

    with db.unit_of_work() as s:
        loan = circulation.check_out(s, ctx, circulation.CheckoutRequest(item=tag, borrower=bram))
        s.flush()
        entry = s.scalar(select(WaitingEntry).where(WaitingEntry.fulfilled_loan_id == loan.id))
        assert entry is not None and entry.borrower.name == "Bram"
    assert service.held_for(tag) is None


def test_an_item_signed_off_part_by_part_on_the_checklist_is_held_too(db, ctx, desk):
    """Schoonmaak's checklist signs off through hygiene.sign_off (cleaned now, the device
    reset later): the item is held for the first in line when its last part is signed off."""
    service = WaitingService(db, lambda: ctx)
    anna, bram, _cor = desk["people"]
    tag, other = desk["tags"]
    with db.unit_of_work() as s:
        paro = s.get(Product, desk["product"])
        hygiene.set_protocol(
            s, ctx, paro, hygiene.ProtocolInput(method=hygiene.Method.CLEAN, reset_steps=("Wis",))
        )
        circulation.check_out(s, ctx, circulation.CheckoutRequest(item=other, borrower=anna))
    service.join(bram, desk["product"])
    with db.unit_of_work() as s:
        circulation.check_in(s, ctx, circulation.CheckinRequest(item=tag))
        hygiene.sign_off(s, ctx, tag, by="Kees", parts=[hygiene.Part.CLEAN], share=0)
    assert service.held_for(tag) is None  # the reset is still to do
    with db.unit_of_work() as s:
        hygiene.sign_off(
            s, ctx, tag, by="Kees", parts=[hygiene.Part.RESET], confirmed=["Wis"], share=0
        )
    assert service.held_for(tag) == "Bram"


def test_after_the_hold_time_the_item_is_free_for_anyone(db, ctx, desk, clock):
    service = WaitingService(db, lambda: ctx)
    anna, bram, cor = desk["people"]
    tag, other = desk["tags"]
    with db.unit_of_work() as s:
        circulation.check_out(s, ctx, circulation.CheckoutRequest(item=other, borrower=anna))
    service.join(bram, desk["product"])
    with db.unit_of_work() as s:
        circulation.check_in(s, ctx, circulation.CheckinRequest(item=tag))
        cleaning.sign_off_cleaning(s, ctx, tag, by="Schoonmaker")
    assert service.held_for(tag) == "Bram"
    clock.advance(hours=49)
    assert service.held_for(tag) is None
    with db.unit_of_work() as s:
        circulation.check_out(s, ctx, circulation.CheckoutRequest(item=tag, borrower=cor))
        assert s.get(Product, desk["product"]) is not None


def test_the_desk_timer_passes_an_expired_hold_on_and_erasure_ends_a_place(db, ctx, desk, clock):
    """With e-mail off, the desk's minute timer still ends a hold whose time passed: the item
    goes to the next in line. Erasing the one it is then held for passes it on again."""
    from lendingdesk.services import access, erasure
    from lendingdesk.services.views.notices import NoticesView

    service, tag = _bram_and_cor_wait(db, ctx, desk)
    cor = desk["people"][2]
    with db.unit_of_work() as s:
        hygiene.sign_off(s, ctx, tag, by="Schoonmaker")
    assert service.held_for(tag) == "Bram"
    timer = NoticesView(db, lambda: ctx)
    assert timer.run_on_timer() is None  # e-mail is off: no run, but the holds are looked at
    assert service.held_for(tag) == "Bram"  # not yet expired
    clock.advance(hours=49)
    assert timer.run_on_timer() is None
    assert service.held_for(tag) == "Cor"
    assert [n.borrower for n in service.to_notify()] == ["Cor"]
    with db.unit_of_work() as s:
        access.set_code(s, ctx, "balie-4821")
    grant = access.authorize(db, ctx, "balie-4821", "erase_borrower")
    erasure.erase_borrower(db, ctx, cor, grant)
    assert service.held_for(tag) is None  # nobody left in line: free for anyone
    with db.session() as s:
        entries = s.scalars(select(WaitingEntry).order_by(WaitingEntry.id)).all()
        assert all(e.cancelled_at is not None for e in entries)
