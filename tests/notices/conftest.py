"""A desk with loans in every state a notice is about, and a real SMTP server to send to."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from lendingdesk.domain import catalogue, circulation
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.reviews.samples import sample_answers
from lendingdesk.services import notices
from lendingdesk.services.reviews import ReviewService
from lendingdesk.store.db import Database
from tests.domain.factories import borrower, product_with_items
from tests.notices.smtp_server import Inbox, PortZeroController, start_server

ORGANISATION = "Zorggroep Lindehof"
SENDER = "uitleen@lindehof.example"
CONTACT = "uitleenbalie Lindehof, 0182 123 456"
REVIEW_BASE = "https://review.lindehof.example"
# Words about a client that must never leave the building in a notice.
CLIENT_WORDS = ("mevrouw Jansen", "kamer 12", "Dementie", "Verpleeghuis")


@dataclass
class Desk:
    db: Database
    ctx: DeskContext
    clock: object
    borrowers: dict[str, int] = field(default_factory=dict)
    loans: dict[str, int] = field(default_factory=dict)

    def configure(self, port: int, scheme: str = "smtp", **kw: object) -> notices.NoticeConfig:
        config = notices.NoticeConfig(
            enabled=True,
            smtp_url=kw.pop("smtp_url", f"{scheme}://127.0.0.1:{port}"),  # type: ignore[arg-type]
            sender=SENDER,
            organisation=ORGANISATION,
            contact=CONTACT,
            **kw,  # type: ignore[arg-type]
        )
        with self.db.unit_of_work() as s:
            return notices.save_config(s, self.ctx, config)

    def send(self, **kw: object) -> notices.RunReport:
        return notices.send_due(self.db, self.ctx, **kw)  # type: ignore[arg-type]

    def review(self, loan: str) -> None:
        answers = sample_answers(random.Random(4))
        ReviewService(self.db, lambda: self.ctx).add_review(self.loans[loan], answers)


@pytest.fixture
def smtp() -> Iterator[tuple[PortZeroController, Inbox]]:
    controller, inbox = start_server()
    yield controller, inbox
    if controller._thread is not None:  # a test may have stopped it already
        controller.stop()


@pytest.fixture
def desk(db: Database, ctx: DeskContext, clock) -> Desk:
    """Notices on from the start (2 March 2026, 09:00 UTC). Then:
    Sanne (Dutch) and Tom (English) return a loan each on 5 March; Noor (no address) and Piet
    (opted out) too; Sanne has a loan due on 10 March, Tom one overdue since 4 March."""
    d = Desk(db, ctx, clock)
    d.configure(1)  # the port is set again by each test
    from lendingdesk.services.review_links import default_link_service

    default_link_service(db, ctx).configure(base_url=REVIEW_BASE)
    with db.unit_of_work() as s:
        product, items = product_with_items(s, ctx, "PARO robotzeehond", 6)
        qwiek, more = product_with_items(s, ctx, "Qwiek.up", 2, cleaning=None)
        people = {
            "sanne": borrower(
                s, ctx, "Sanne de Vries", email="sanne@lindehof.example", team="Zuid"
            ),
            "tom": borrower(s, ctx, "Tom Baker", email="tom@lindehof.example", team="Noord"),
            "noor": borrower(s, ctx, "Noor Bakker", team="Zuid"),
            "piet": borrower(s, ctx, "Piet Smit", email="piet@lindehof.example", team="Noord"),
        }
        s.flush()
        d.borrowers = {k: b.id for k, b in people.items()}
        notices.set_preference(s, ctx, people["tom"].id, notices.Preference(language="en"))
        notices.set_preference(s, ctx, people["piet"].id, notices.Preference(opted_out=True))
        tags = [i.tag for i in items] + [i.tag for i in more]

        def out(key: str, who: str, tag: str, due: date) -> None:
            loan = circulation.check_out(
                s,
                ctx,
                circulation.CheckoutRequest(
                    item=tag,
                    borrower=people[who].badge,
                    due=due,
                    setting="Verpleeghuis",
                    client_group="Dementie",
                    notes="voor mevrouw Jansen op kamer 12",
                ),
            )
            s.flush()
            d.loans[key] = loan.id

        today = ctx.today()
        out("sanne_back", "sanne", tags[0], today + timedelta(days=14))
        out("tom_back", "tom", tags[6], today + timedelta(days=14))
        out("noor_back", "noor", tags[1], today + timedelta(days=14))
        out("piet_back", "piet", tags[2], today + timedelta(days=14))
        out("sanne_open", "sanne", tags[3], date(2026, 3, 10))
        out("tom_late", "tom", tags[7], date(2026, 3, 4))
    clock.advance(days=3)  # 5 March
    with db.unit_of_work() as s:
        for tag in (tags[0], tags[6], tags[1], tags[2]):
            circulation.check_in(
                s, ctx, circulation.CheckinRequest(item=tag, notes="mevrouw Jansen was blij")
            )
    clock.advance(hours=1)
    d.tags = tags  # type: ignore[attr-defined]
    d.product_ids = {"paro": product.id, "qwiek": qwiek.id}  # type: ignore[attr-defined]
    _ = catalogue
    return d


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps its secrets in this process (the real keyring API)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def desk_in_dutch(qapp) -> Iterator[None]:
    """The desk's own Dutch catalogues installed; the source language (English) afterwards."""
    from lendingdesk.ui.i18n import Translations

    Translations().apply("nl")
    yield
    Translations().apply("en")
