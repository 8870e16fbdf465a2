"""Catalogue and borrowers: codes, search, validation, erasing personal data."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from lendingdesk.domain import catalogue, circulation
from lendingdesk.domain.codes import CodeKind, parse_code
from lendingdesk.errors import InvalidInput, UnknownCode
from lendingdesk.store.models import AuditEvent, Borrower, Loan
from tests.domain.factories import borrower, product_with_items


def test_allocated_codes_are_valid_and_never_reused(db, ctx) -> None:
    with db.unit_of_work() as s:
        first = catalogue.allocate_codes(s, CodeKind.ITEM, 5)
    with db.unit_of_work() as s:
        blank = catalogue.allocate_codes(s, CodeKind.ITEM, 10)  # a sheet of blank labels
    assert len(set(first + blank)) == 15
    assert all(parse_code(t).kind is CodeKind.ITEM for t in first + blank)
    with db.unit_of_work() as s:
        product, _ = product_with_items(s, ctx, count=0)
        linked = catalogue.add_items(s, ctx, product, tags=[blank[0].lower()])
        assert linked[0].tag == blank[0]
    with pytest.raises(InvalidInput), db.unit_of_work() as s:
        catalogue.add_items(s, ctx, catalogue.get_product(s, product.id), tags=[blank[0]])
    with pytest.raises(UnknownCode), db.unit_of_work() as s:
        catalogue.add_items(s, ctx, catalogue.get_product(s, product.id), tags=["LP0001250"])


def test_search_as_you_type_finds_substrings(db, ctx) -> None:
    with db.unit_of_work() as s:
        for name in ("Tovertafel Original", "Qwiek.up", "PARO robotzeehond", "Joy for All kat"):
            catalogue.create_product(s, ctx, catalogue.ProductInput(name=name, maker="X"))
    with db.session() as s:
        assert [p.name for p in catalogue.search_product_names(s, "tafel")] == [
            "Tovertafel Original"
        ]
        assert [p.name for p in catalogue.search_product_names(s, "ROBOT")] == ["PARO robotzeehond"]
        assert [p.name for p in catalogue.search_product_names(s, "qw")] == [
            "Qwiek.up"
        ]  # short: LIKE
        assert catalogue.search_product_names(s, '"%_') == []  # special characters are just text
        assert len(catalogue.search_product_names(s, "")) == 4
    with db.unit_of_work() as s:
        paro = catalogue.search_product_names(s, "PARO")[0]
        catalogue.update_product(s, ctx, paro.id, catalogue.ProductInput(name="PARO zeehond"))
    with db.session() as s:
        assert catalogue.search_product_names(s, "robot") == []  # the index followed the rename


def test_product_validation(db, ctx) -> None:
    for bad in (catalogue.ProductInput(name=" "), catalogue.ProductInput(name="X", loan_days=0)):
        with pytest.raises(InvalidInput), db.unit_of_work() as s:
            catalogue.create_product(s, ctx, bad)


def test_borrower_validation_and_badges(db, ctx) -> None:
    with db.unit_of_work() as s:
        b = borrower(s, ctx, "Team Lindehof 3", kind="team")
        assert parse_code(b.badge).kind is CodeKind.BADGE
    with pytest.raises(InvalidInput), db.unit_of_work() as s:
        borrower(s, ctx, "X", email="geen-adres")
    with pytest.raises(InvalidInput), db.unit_of_work() as s:
        borrower(s, ctx, "Y", badge=b.badge)


def test_erasing_a_borrower_keeps_anonymous_statistics(db, ctx) -> None:
    with db.unit_of_work() as s:
        _, items = product_with_items(s, ctx, cleaning=None)
        b = borrower(
            s,
            ctx,
            "Sanne de Vries",
            email="s@x.example",
            team="Lindehof 1",
            discipline="Verzorgende IG",
        )
        badge, tag = b.badge, items[0].tag
    with db.unit_of_work() as s:
        circulation.check_out(s, ctx, circulation.CheckoutRequest(item=tag, borrower=badge))
    with pytest.raises(InvalidInput), db.unit_of_work() as s:
        catalogue.erase_borrower(s, ctx, badge)  # still has an item
    with db.unit_of_work() as s:
        circulation.check_in(s, ctx, circulation.CheckinRequest(item=tag))
        catalogue.erase_borrower(s, ctx, badge)
    with db.session() as s:
        erased = s.scalars(select(Borrower)).one()
        assert "Sanne" not in erased.name and erased.email is None and erased.team is None
        assert erased.discipline == "Verzorgende IG" and not erased.active
        assert s.scalar(select(func.count()).select_from(Loan)) == 1
        assert (
            s.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "borrower_erased")
            )
            == 1
        )
    with pytest.raises(InvalidInput), db.unit_of_work() as s:
        catalogue.set_borrower_active(s, ctx, badge, True)
