"""The desk's application service, without Qt: what each scan means, in plain dataclasses."""

from __future__ import annotations

import dataclasses

import pytest

from lendingdesk.services.desk import (
    CheckinChoices,
    DeskService,
    ScanKind,
    UndoAction,
    UndoKind,
)
from lendingdesk.store.models import Item, Loan


@pytest.fixture
def service(db, ctx) -> DeskService:
    return DeskService(db, lambda: ctx)


def _status(db, tag: str) -> str:
    with db.session() as s:
        return s.query(Item).filter_by(tag=tag).one().status


def test_badge_then_items_is_a_checkout_session(service, cat, db):
    out = service.handle_scan(cat.sanne.lower())  # scanners may send lower case
    assert out.kind is ScanKind.BORROWER_SELECTED
    assert out.borrower is not None and out.borrower.name == "Sanne de Vries"
    assert dataclasses.is_dataclass(out.borrower) and out.borrower.open_count == 0

    first = service.handle_scan(cat.paro[0], cat.sanne)
    assert first.kind is ScanKind.CHECKED_OUT
    assert first.checkout is not None and first.checkout.product == "PARO robotzeehond"
    assert str(first.checkout.due_on) == "2026-03-16"  # 14 days from the fixed clock
    assert _status(db, cat.paro[0]) == "on_loan"

    card = service.borrower_card(cat.sanne)
    assert card.open_count == 1 and card.open_loans[0].tag == cat.paro[0]
    # The desk updates the card on screen without asking the database: same as a reload.
    second = service.handle_scan(cat.tablet[0], cat.sanne)
    assert second.checkout is not None
    assert card.with_checkout(second.checkout) == service.borrower_card(cat.sanne)
    assert service.handle_scan(cat.sanne, cat.sanne).kind is ScanKind.SESSION_ENDED


def test_item_without_borrower_asks_who_and_on_loan_item_asks_checkin(service, cat):
    ask = service.handle_scan(cat.tablet[0])
    assert ask.kind is ScanKind.NEEDS_BORROWER and ask.item is not None
    service.check_out(cat.tablet[0], cat.mo)
    back = service.handle_scan(cat.tablet[0], cat.sanne)
    assert back.kind is ScanKind.NEEDS_CHECKIN
    assert back.checkin is not None and back.checkin.borrower == "Mohamed El Amrani"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("hello world", "Onbekende code"),
        ("LD0000012", "Onbekende code"),  # wrong check digit
        ("cleaning", "schoonmaken"),
        ("inactive", "niet actief"),
        ("reserved", "reserv"),
    ],
)
def test_refusals_say_what_to_do(service, cat, code, expected):
    text = {
        "cleaning": cat.cleaning_tag,
        "inactive": cat.inactive,
        "reserved": cat.reserved_tag,
    }.get(code, code)
    out = service.handle_scan(text, cat.sanne)
    assert out.kind is ScanKind.REFUSED and out.refusal is not None
    assert expected in out.refusal.message("nl")
    assert out.refusal.message("en") != out.refusal.message("nl")


def test_checkin_records_checklist_and_undo_takes_it_back(service, cat, db):
    service.check_out(cat.paro[0], cat.sanne)
    result = service.check_in(
        cat.paro[0], CheckinChoices(missing=("Handleiding",), damage="Kras", charged=False)
    )
    assert result.next_status == "awaiting_cleaning" and result.missing == ("Handleiding",)
    with db.session() as s:
        loan = s.get(Loan, result.loan_id)
        assert loan.charged is False and loan.damage == "Kras"
    undo = service.undo(
        UndoAction(UndoKind.CHECKIN, result.loan_id, cat.paro[0], "PARO robotzeehond", "Sanne")
    )
    assert undo.item_status == "on_loan"
    assert _status(db, cat.paro[0]) == "on_loan"


def test_search_and_slip_facts(service, cat):
    found = service.search_borrowers("lindehof")
    assert {b.name for b in found} == {"Sanne de Vries", "Mohamed El Amrani"}
    a = service.check_out(cat.paro[0], cat.sanne)
    b = service.check_out(cat.paro[1], cat.sanne)
    slip = service.slip_data([a.loan_id, b.loan_id])
    assert slip.borrower_badge == cat.sanne
    assert [line.tag for line in slip.lines] == [cat.paro[0], cat.paro[1]]
    assert slip.lines[0].accessories == ("Oplader (speen)", "Handleiding")
    summary = service.summary()
    assert summary.open_loans == 2 and summary.awaiting_cleaning == 1
