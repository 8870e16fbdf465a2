"""Fixtures for the review service: a desk with returned loans, and one demo database per run."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from lendingdesk.domain import catalogue, circulation
from lendingdesk.domain.context import DeskContext
from lendingdesk.services.reviews import ReviewService
from lendingdesk.store.db import Database
from tests.cli.test_cli import run
from tests.domain.factories import borrower, product_with_items


@dataclass
class Desk:
    """A small desk: two products, borrowers, and a helper that lends and returns an item."""

    db: Database
    ctx: DeskContext
    clock: object
    service: ReviewService
    product_id: int
    other_product_id: int
    tags: list[str]
    other_tags: list[str]
    badges: list[str]

    def loan(self, *, returned: bool = True, tag: str | None = None, badge: int = 0) -> int:
        """Lend (and by default return) an item; returns the loan id."""
        tag = tag or self.tags[0]
        with self.db.unit_of_work() as session:
            loan = circulation.check_out(
                session,
                self.ctx,
                circulation.CheckoutRequest(
                    item=tag,
                    borrower=self.badges[badge],
                    setting="Verpleeghuis",
                    client_group="Dementie",
                ),
            )
            loan_id = loan.id
        self.clock.advance(days=10)
        if returned:
            with self.db.unit_of_work() as session:
                circulation.check_in(session, self.ctx, circulation.CheckinRequest(item=tag))
            self.clock.advance(hours=2)
        return loan_id


@pytest.fixture
def desk(db: Database, ctx: DeskContext, clock: object) -> Desk:
    with db.unit_of_work() as session:
        location = catalogue.get_or_create_location(
            session, "Zorggroep Noorderlicht", "Huis ter Weide"
        )
        product, items = product_with_items(session, ctx, "Tovertafel Original", 2, cleaning=None)
        other, other_items = product_with_items(session, ctx, "Qwiek.up", 1, cleaning=None)
        people = [
            borrower(session, ctx, "Sanne de Vries", discipline="Verzorgende IG",
                     email="s.devries@example.org", phone="06 12345678", location_id=location.id),
            borrower(session, ctx, "Wilhelmina Kortenhoeven", discipline="Verpleegkundige",
                     location_id=location.id),
        ]  # fmt: skip
        ids = (product.id, other.id, [i.tag for i in items], [i.tag for i in other_items])
        badges = [p.badge for p in people]
    return Desk(db, ctx, clock, ReviewService(db, lambda: ctx), *ids, badges)


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database (with its reviews) through the real command line, copied per test."""
    path = tmp_path_factory.mktemp("reviewstore") / "demo.sqlite3"
    result = run(path, "demo")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def demo_db(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "desk.sqlite3"
    shutil.copyfile(demo_master, target)
    return target
