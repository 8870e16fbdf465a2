"""Hygiene rules (issue 16 §1–2) against a real SQLite file: protocols, the isolation flag,
stepwise sign-off, device reset, the second check -- and that any pending part blocks lending."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lendingdesk.domain import circulation, cleaning, hygiene
from lendingdesk.domain.circulation import CheckinRequest, CheckoutRequest
from lendingdesk.domain.hygiene import Method, Part, ProtocolInput
from lendingdesk.domain.status import ItemStatus
from lendingdesk.errors import HygienePending, InvalidInput, StepsNotConfirmed
from lendingdesk.store.models import AuditEvent, CleaningRecord, Item, Loan
from tests.domain.factories import borrower, product_with_items

STEPS = ("Behuizing afnemen", "Hoofdband afnemen", "Gezichtskussen apart met alcoholdoekje")
RESET = ("Account uitloggen", "Opnames wissen", "Fabrieksreset")


def _setup(db, ctx, *, method=Method.CLEAN, steps=(), reset=(), agent="", cleaning_text="x"):
    with db.unit_of_work() as s:
        product, items = product_with_items(s, ctx, "VR-bril", cleaning=cleaning_text)
        hygiene.set_protocol(
            s,
            ctx,
            product,
            ProtocolInput(method=method, agent=agent, steps=steps, reset_steps=reset),
        )
        sanne = borrower(s, ctx)
        return [i.tag for i in items], sanne.badge


def _lend_and_return(db, ctx, tag, badge, *, isolation=False):
    with db.unit_of_work() as s:
        circulation.check_out(s, ctx, CheckoutRequest(item=tag, borrower=badge))
    with db.unit_of_work() as s:
        circulation.check_in(s, ctx, CheckinRequest(item=tag, isolation=isolation))


def _item(db, tag):
    with db.session() as s:
        item = s.scalars(select(Item).where(Item.tag == tag)).one()
        return item.status, hygiene.pending_parts(s, item)


def _refusal(db, ctx, tag, badge) -> HygienePending:
    with db.unit_of_work() as s, pytest.raises(HygienePending) as caught:
        circulation.check_out(s, ctx, CheckoutRequest(item=tag, borrower=badge))
    return caught.value


def test_protocol_is_stored_and_read_back(db, ctx):
    with db.unit_of_work() as s:
        product, _ = product_with_items(s, ctx, cleaning=None)
        got = hygiene.set_protocol(
            s,
            ctx,
            product,
            ProtocolInput(
                method=Method.DISINFECT,
                agent="  alcohol   70 % ",
                contact_minutes=1,
                steps=("Knoppen afnemen", "", "Knoppen afnemen", "Band afnemen"),
                maker_instruction="https://example.org/manual.pdf",
                reset_steps=("Account uitloggen",),
            ),
        )
        assert got.method is Method.DISINFECT
        assert got.agent == "alcohol 70 %"
        assert got.steps == ("Knoppen afnemen", "Band afnemen")  # blank and repeated lines out
        assert got.holds_personal_data
        assert product.needs_cleaning  # a summary was written for the empty free text
        assert "alcohol 70 %" in (product.cleaning_protocol or "")
        none = hygiene.set_protocol(s, ctx, product, ProtocolInput(method=None))
        assert none.method is None and not product.needs_cleaning


def test_disinfecting_protocol_needs_an_agent(db, ctx):
    with db.unit_of_work() as s:
        product, _ = product_with_items(s, ctx)
        with pytest.raises(InvalidInput) as caught:
            hygiene.set_protocol(s, ctx, product, ProtocolInput(method=Method.DISINFECT))
        assert "desinfectiemiddel" in caught.value.nl and "disinfectant" in caught.value.en


def test_plain_protocol_signs_off_with_one_scan(db, ctx):
    tags, badge = _setup(db, ctx)
    _lend_and_return(db, ctx, tags[0], badge)
    assert _item(db, tags[0]) == (ItemStatus.AWAITING_CLEANING, (Part.CLEAN,))
    refusal = _refusal(db, ctx, tags[0], badge)
    assert "wacht op schoonmaak" in refusal.nl and "Cleaning" in refusal.en
    with db.unit_of_work() as s:
        cleaning.sign_off_cleaning(s, ctx, tags[0], by="Kees")
    assert _item(db, tags[0]) == (ItemStatus.AVAILABLE, ())


def test_steps_must_each_be_confirmed(db, ctx):
    tags, badge = _setup(db, ctx, steps=STEPS)
    _lend_and_return(db, ctx, tags[0], badge)
    with db.unit_of_work() as s, pytest.raises(StepsNotConfirmed) as caught:
        cleaning.sign_off_cleaning(s, ctx, tags[0], by="Kees")  # a bare scan
    assert "Schoonmaak" in caught.value.nl and "Behuizing afnemen" in caught.value.nl
    with db.unit_of_work() as s, pytest.raises(StepsNotConfirmed):
        hygiene.sign_off(s, ctx, tags[0], by="Kees", confirmed=STEPS[:2])
    with db.unit_of_work() as s:
        record = hygiene.sign_off(s, ctx, tags[0], by="Kees", confirmed=STEPS)
        assert record.steps == list(STEPS) and record.parts == ["clean"]
    assert _item(db, tags[0])[0] == ItemStatus.AVAILABLE


def test_isolation_return_forces_disinfection_and_blocks_lending(db, ctx):
    tags, badge = _setup(db, ctx)  # a clean-only product
    _lend_and_return(db, ctx, tags[0], badge, isolation=True)
    with db.session() as s:
        loan = s.scalars(select(Loan)).one()
        assert loan.isolation  # recorded on the return
    assert _item(db, tags[0]) == (ItemStatus.AWAITING_CLEANING, (Part.CLEAN, Part.DISINFECT))
    refusal = _refusal(db, ctx, tags[0], badge)
    assert "desinfectie" in refusal.nl and "desinfecteer" in refusal.nl
    assert "disinfection" in refusal.en
    # Cleaning alone is not enough; the disinfection needs its agent.
    with db.unit_of_work() as s:
        hygiene.sign_off(s, ctx, tags[0], by="Kees", parts=[Part.CLEAN])
    assert _item(db, tags[0]) == (ItemStatus.AWAITING_CLEANING, (Part.DISINFECT,))
    assert "desinfectie" in _refusal(db, ctx, tags[0], badge).nl
    with db.unit_of_work() as s, pytest.raises(InvalidInput) as caught:
        hygiene.sign_off(s, ctx, tags[0], by="Kees")
    assert "middel" in caught.value.nl
    with db.unit_of_work() as s:
        record = hygiene.sign_off(s, ctx, tags[0], by="Kees", agent="chloor 1.000 ppm")
        assert record.isolation and record.agent == "chloor 1.000 ppm"
        assert record.parts == ["disinfect"]
    assert _item(db, tags[0])[0] == ItemStatus.AVAILABLE


def test_a_product_without_cleaning_still_goes_to_the_queue_after_isolation(db, ctx):
    with db.unit_of_work() as s:
        _, items = product_with_items(s, ctx, cleaning=None)
        badge = borrower(s, ctx).badge
        tag = items[0].tag
    _lend_and_return(db, ctx, tag, badge)
    assert _item(db, tag)[0] == ItemStatus.AVAILABLE
    _lend_and_return(db, ctx, tag, badge, isolation=True)
    assert _item(db, tag) == (ItemStatus.AWAITING_CLEANING, (Part.CLEAN, Part.DISINFECT))


def test_pending_reset_blocks_lending_until_signed_off(db, ctx):
    tags, badge = _setup(db, ctx, reset=RESET)
    _lend_and_return(db, ctx, tags[0], badge)
    assert _item(db, tags[0]) == (ItemStatus.AWAITING_CLEANING, (Part.CLEAN, Part.RESET))
    with db.unit_of_work() as s:
        hygiene.sign_off(s, ctx, tags[0], by="Anouk", parts=[Part.CLEAN])
    refusal = _refusal(db, ctx, tags[0], badge)
    assert "apparaat-reset" in refusal.nl and "resetlijst" in refusal.nl
    assert "device reset" in refusal.en and "reset checklist" in refusal.en
    with db.unit_of_work() as s, pytest.raises(StepsNotConfirmed):
        hygiene.sign_off(s, ctx, tags[0], by="Daan", confirmed=RESET[:1])
    with db.unit_of_work() as s:
        hygiene.sign_off(s, ctx, tags[0], by="Daan", confirmed=RESET)
    assert _item(db, tags[0])[0] == ItemStatus.AVAILABLE
    with db.session() as s:  # the audit log has the reset, with its steps
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "device_reset")).one()
        assert event.details["by"] == "Daan" and event.details["steps"] == list(RESET)
    with db.unit_of_work() as s:  # and it can go out again
        circulation.check_out(s, ctx, CheckoutRequest(item=tags[0], borrower=badge))


def test_second_check_asked_by_share_then_approved_by_someone_else(db, ctx):
    tags, badge = _setup(db, ctx)
    _lend_and_return(db, ctx, tags[0], badge)
    with db.unit_of_work() as s:
        record = hygiene.sign_off(s, ctx, tags[0], by="Kees", share=10, draw=lambda: 0.05)
        assert record.second_check == "asked"
    assert _item(db, tags[0]) == (ItemStatus.AWAITING_CLEANING, (Part.SECOND_CHECK,))
    refusal = _refusal(db, ctx, tags[0], badge)
    assert "tweede controle" in refusal.nl and "collega" in refusal.nl
    with db.unit_of_work() as s, pytest.raises(InvalidInput) as caught:
        hygiene.second_check(s, ctx, tags[0], by="kees", approved=True)
    assert "iemand anders" in caught.value.nl
    with db.unit_of_work() as s:
        hygiene.second_check(s, ctx, tags[0], by="Anouk", approved=True)
    assert _item(db, tags[0])[0] == ItemStatus.AVAILABLE
    with db.session() as s:
        record = s.scalars(select(CleaningRecord)).one()
        assert (record.second_check, record.second_by) == ("approved", "Anouk")


def test_second_check_not_drawn_above_the_share(db, ctx):
    tags, badge = _setup(db, ctx)
    _lend_and_return(db, ctx, tags[0], badge)
    with db.unit_of_work() as s:
        hygiene.set_second_check_share(s, ctx, 10)
    with db.unit_of_work() as s:
        record = hygiene.sign_off(s, ctx, tags[0], by="Kees", draw=lambda: 0.1)  # 1/10 not <
        assert record.second_check is None
    assert _item(db, tags[0])[0] == ItemStatus.AVAILABLE


def test_refused_second_check_sends_it_back_to_be_done_again(db, ctx):
    tags, badge = _setup(db, ctx, reset=RESET)
    _lend_and_return(db, ctx, tags[0], badge)
    with db.unit_of_work() as s:
        hygiene.sign_off(s, ctx, tags[0], by="Kees", confirmed=RESET, share=1)
    with db.unit_of_work() as s, pytest.raises(InvalidInput):
        hygiene.second_check(s, ctx, tags[0], by="Anouk", approved=False)  # why, please
    with db.unit_of_work() as s:
        hygiene.second_check(s, ctx, tags[0], by="Anouk", approved=False, note="Account nog actief")
    assert _item(db, tags[0]) == (ItemStatus.AWAITING_CLEANING, (Part.CLEAN, Part.RESET))
    with db.session() as s:
        assert s.scalars(select(CleaningRecord.second_check)).one() == "refused"


def test_share_setting_is_bounded(db, ctx):
    with db.unit_of_work() as s:
        with pytest.raises(InvalidInput):
            hygiene.set_second_check_share(s, ctx, 101)
        hygiene.set_second_check_share(s, ctx, 10)
        assert hygiene.second_check_share(s) == 10
