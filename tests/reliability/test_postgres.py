"""The shared PostgreSQL mode: URL and TLS options, the password never in plain text, and
several desks on one server seeing each other's work at once."""

from __future__ import annotations

import time
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import text
from sqlalchemy.engine import make_url

from lendingdesk.domain import catalogue, circulation
from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import DatabaseUnavailable, InvalidInput
from lendingdesk.store import postgres
from lendingdesk.store.db import open_database
from lendingdesk.store.postgres import PgSettings
from tests.pg_fixture import PASSWORD, PgServer
from tests.reliability.workers import make_fleet


class MemoryKeyring(KeyringBackend):
    """A keyring in memory, standing in for the system's (Secret Service, Keychain...)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_settings_build_a_url_with_tls_and_without_password() -> None:
    settings = PgSettings(
        host="db.regio-zorg.example",
        dbname="uitleen",
        user="balie_linde",
        sslmode="verify-full",
        sslrootcert="/etc/lendingdesk/regio-ca.pem",
    )
    url = settings.to_url()
    assert url.password is None
    assert url.query["sslmode"] == "verify-full"
    assert url.query["sslrootcert"] == "/etc/lendingdesk/regio-ca.pem"
    assert PgSettings.from_url(url) == settings
    assert settings.keyring_account == "balie_linde@db.regio-zorg.example:5432/uitleen"
    # What a desk stores: no password key, and a URL typed with a password is stripped.
    assert "password" not in settings.to_dict()
    typed = "postgresql://balie:geheim@db.example/uitleen?sslmode=require"
    assert "geheim" not in postgres.without_password(typed)
    assert "geheim" not in postgres.shown(typed)
    assert postgres.normalise_url(typed).startswith("postgresql+psycopg://")
    with pytest.raises(InvalidInput):
        PgSettings.from_dict({**settings.to_dict(), "password": "geheim"})
    with pytest.raises(InvalidInput) as caught:
        PgSettings(host="h", dbname="d", user="u", sslmode="sometimes")
    assert "verify-full" in caught.value.message("nl")


@pytest.mark.postgres
def test_password_comes_from_the_keyring_or_the_prompt(
    pg_server: PgServer, pg_url: str, memory_keyring: MemoryKeyring
) -> None:
    bare = postgres.without_password(pg_url)
    settings = PgSettings.from_url(bare)

    # Nothing stored, nobody to ask: a clear "cannot reach" (authentication failed).
    with pytest.raises(DatabaseUnavailable):
        open_database(bare)

    # Asked once, remembered in the keyring (not in any file), used by the engine at connect.
    asked: list[str] = []

    def prompt(s: PgSettings) -> str:
        asked.append(s.keyring_account)
        return PASSWORD

    engine = postgres.make_pg_engine(bare, prompt=prompt, remember=True)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT 1").scalar() == 1
    engine.dispose()
    assert asked == [settings.keyring_account]
    assert memory_keyring.store == {("LendingDesk", settings.keyring_account): PASSWORD}
    assert PASSWORD not in str(engine.url)

    # Next start: from the keyring, without asking, and the Database's URL has no password.
    db = open_database(bare)
    assert db.url == bare and PASSWORD not in db.engine.url.render_as_string(hide_password=False)
    with db.session() as session:
        assert catalogue.is_empty(session)
    db.dispose()
    postgres.forget_password(settings)
    assert postgres.stored_password(settings) is None


@pytest.mark.postgres
def test_desks_at_two_locations_share_items_and_see_loans_at_once(pg_url: str) -> None:
    linde = open_database(pg_url)
    anker = open_database(pg_url, upgrade=False)
    fleet = make_fleet(linde, 2, 2)
    with linde.unit_of_work() as session:
        loc_linde = catalogue.get_or_create_location(session, "Zorggroep", "De Linde", "Balie").id
        loc_anker = catalogue.get_or_create_location(session, "Zorggroep", "Het Anker", "Balie").id
    at_linde = DeskContext(actor="Anouk", desk="De Linde", location_id=loc_linde)
    at_anker = DeskContext(actor="Daan", desk="Het Anker", location_id=loc_anker)

    with linde.unit_of_work() as session:
        circulation.check_out(
            session,
            at_linde,
            circulation.CheckoutRequest(item=fleet.tags[0], borrower=fleet.badges[0]),
        )
    # The other desk sees the loan immediately and cannot lend the item again.
    with anker.session() as session:
        assert [loan.item.tag for loan in circulation.open_loans(session)] == [fleet.tags[0]]
    with pytest.raises(Exception) as caught, anker.unit_of_work() as session:
        circulation.check_out(
            session,
            at_anker,
            circulation.CheckoutRequest(item=fleet.tags[0], borrower=fleet.badges[1]),
        )
    assert "al uitgeleend" in caught.value.message("nl")
    # Returned at the other location: the item moves there.
    with anker.unit_of_work() as session:
        loan = circulation.check_in(
            session, at_anker, circulation.CheckinRequest(item=fleet.tags[0])
        )
        assert loan.out_location_id == loc_linde and loan.in_location_id == loc_anker
        assert loan.item.location_id == loc_anker
    with linde.session() as session:
        assert circulation.open_loans(session) == []
    linde.dispose()
    anker.dispose()


def test_url_without_driver_is_normalised() -> None:
    url = make_url(postgres.normalise_url("postgres://u@h/d"))
    assert url.drivername == "postgresql+psycopg" and url.database == "d"


def test_a_connection_idle_a_while_is_pinged_one_used_moments_ago_is_not(
    pg_server: PgServer, pg_url: str, monkeypatch
) -> None:
    """Scans in a row reuse the pooled connection without a ping (a round trip each: 50 ms
    with the server 50 ms away); after a pause it is pinged, so a server restarted meanwhile
    costs no scan: the pool connects afresh."""
    monkeypatch.setattr(postgres, "PING_AFTER_IDLE_S", 0.3)
    db = open_database(pg_url)
    pings: list[int] = []
    dialect = db.engine.dialect
    real_ping = dialect.do_ping

    def counted_ping(dbapi_connection) -> bool:
        pings.append(1)
        return real_ping(dbapi_connection)

    monkeypatch.setattr(dialect, "do_ping", counted_ping)
    fleet = make_fleet(db, 2, 1)
    ctx = DeskContext(actor="Anouk", desk="Balie")

    def lend(tag: str) -> None:
        with db.unit_of_work() as session:
            circulation.check_out(
                session, ctx, circulation.CheckoutRequest(item=tag, borrower=fleet.badges[0])
            )

    pings.clear()
    lend(fleet.tags[0])
    with db.session() as session:
        assert len(circulation.open_loans(session)) == 1
    assert pings == []  # used moments ago: no ping

    pg_server.stop("fast")
    pg_server.start()
    time.sleep(0.5)  # a pause at the desk: the next checkout pings the dead connection
    lend(fleet.tags[1])
    assert pings == [1]
    with db.session() as session:
        assert len(circulation.open_loans(session)) == 2
        # The new connection is a desk's too: no parallel workers, no JIT compilation (set once
        # per connection).
        assert session.execute(text("SHOW max_parallel_workers_per_gather")).scalar() == "0"
        assert session.execute(text("SHOW jit")).scalar() == "off"
    db.dispose()
