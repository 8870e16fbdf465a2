"""The coordinator code (services/access.py): hashed, strong enough, required for protected
actions, and wrong guesses slow down the desk they come from -- never the right code elsewhere."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from lendingdesk.domain import roles
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.roles import PermissionDenied
from lendingdesk.errors import InvalidInput
from lendingdesk.services import access
from lendingdesk.store.db import Database
from lendingdesk.store.models import AuditEvent, Setting


def _set(db: Database, ctx: DeskContext, code: str = "zorg-2468") -> None:
    with db.unit_of_work() as session:
        access.set_code(session, ctx, code)


def _events(db: Database, action: str) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_code_is_stored_hashed_and_gives_a_grant(db: Database, ctx: DeskContext) -> None:
    _set(db, ctx)
    with db.session() as session:
        stored = session.get(Setting, roles.SECRET_KEY).value
        assert "zorg-2468" not in stored and stored.startswith("scrypt$")
    grant = access.authorize(db, ctx, "zorg-2468", "retire")
    access.require(grant, "retire", ctx)
    # A grant covers its own action only, and only for a while.
    with pytest.raises(PermissionDenied):
        access.require(grant, "erase_borrower", ctx)
    later = replace(ctx, clock=lambda: ctx.clock() + access.GRANT_TTL * 2)
    with pytest.raises(PermissionDenied):
        access.require(grant, "retire", later)
    # Nor does a grant made elsewhere count.
    forged = access.Grant("retire", "Testbalie", ctx.now())
    with pytest.raises(PermissionDenied):
        access.require(forged, "retire", ctx)
    assert roles.hash_secret("zorg-2468") != roles.hash_secret("zorg-2468")  # salted


def test_without_a_code_protected_actions_are_refused_with_directions(
    db: Database, ctx: DeskContext
) -> None:
    with pytest.raises(PermissionDenied) as caught:
        access.authorize(db, ctx, "anything", "erase_borrower")
    assert "nog niet ingesteld" in caught.value.message("nl")
    assert "set-pin" in caught.value.message("en")
    assert "erase a borrower's personal data" in caught.value.message("en")


@pytest.mark.parametrize(
    "weak",
    [
        "12",
        "1234",
        "0000",
        "12345",
        "123456",
        "654321",
        "111111",
        "121212",
        "123123",
        "abcdef",
        "Wachtwoord",
        "  0000  ",
        "aaaaaaaa",
    ],
)
def test_weak_codes_are_refused(db: Database, ctx: DeskContext, weak: str) -> None:
    with pytest.raises(InvalidInput), db.unit_of_work() as session:
        access.set_code(session, ctx, weak)
    with db.session() as session:
        assert not access.has_code(session)


@pytest.mark.parametrize("fine", ["975310", "zorg-2468", "Lindehof 42", "830517"])
def test_ordinary_codes_are_accepted(db: Database, ctx: DeskContext, fine: str) -> None:
    _set(db, ctx, fine)
    access.authorize(db, ctx, fine, "settings")


def test_change_needs_the_current_code(db: Database, ctx: DeskContext) -> None:
    service = access.AccessService(db, lambda: ctx)
    service.change_code("975310")
    with pytest.raises(PermissionDenied):
        service.change_code("582046", current="000000")
    service.change_code("582046", current="975310")
    access.authorize(db, ctx, "582046", "retire")
    with pytest.raises(PermissionDenied):
        access.authorize(db, ctx, "975310", "retire")
    actions = [
        e.action for e in _events(db, "coordinator_set") + _events(db, "coordinator_changed")
    ]
    assert actions == ["coordinator_set", "coordinator_changed"]


def test_wrong_codes_slow_down_their_desk_not_the_coordinator_elsewhere(
    db: Database, ctx: DeskContext, clock
) -> None:
    """Before: five wrong codes locked the right code too, for everyone, again and again."""
    _set(db, ctx)
    other_desk = replace(ctx, desk="Balie De Linde")
    # A desk user tries ten wrong codes in a row, as fast as they can.
    refused = [access.delay_after(n) for n in range(1, 11)]
    for _ in range(10):
        with pytest.raises(PermissionDenied):
            access.authorize(db, ctx, "fout", "retire")
    assert refused[access.FREE_FAILURES - 1] > refused[0] == refused[1]  # the wait grows
    # The right code at that desk now waits too (nothing is checked during the wait) ...
    with pytest.raises(PermissionDenied) as caught:
        access.authorize(db, ctx, "zorg-2468", "retire")
    assert "Wacht nog" in caught.value.message("nl") and "andere balie" in caught.value.message(
        "nl"
    )
    # ... but the coordinator at another desk gets in right away.
    access.authorize(db, other_desk, "zorg-2468", "retire")
    # The guesses after the first three were not even checked, and they did not grow the wait:
    # the desk is free again after at most MAX_DELAY.
    denied, throttled = _events(db, "coordinator_denied"), _events(db, "coordinator_throttled")
    assert len(denied) == access.FREE_FAILURES and len(throttled) == 10 - access.FREE_FAILURES + 1
    assert throttled[0].details["source"] == "Testbalie" and throttled[0].details["wait_s"] >= 1
    assert denied[0].details == {"for_action": "retire", "source": "Testbalie", "failures": 1}
    clock.advance(seconds=access.MAX_DELAY.total_seconds())
    access.authorize(db, ctx, "zorg-2468", "retire")


def test_the_wait_is_capped_however_long_someone_keeps_guessing(
    db: Database, ctx: DeskContext, clock
) -> None:
    _set(db, ctx)
    for _ in range(30):  # a wrong code each time the wait is over
        with pytest.raises(PermissionDenied):
            access.authorize(db, ctx, "fout", "retire")
        clock.advance(seconds=access.MAX_DELAY.total_seconds())
    assert access.delay_after(30) == access.MAX_DELAY
    # Right after the last wait, the right code works: nobody can keep the coordinator out
    # for longer than MAX_DELAY at one desk, and not at all from another.
    access.authorize(db, ctx, "zorg-2468", "retire")
    # And a right code clears that desk's count.
    with pytest.raises(PermissionDenied) as caught:
        access.authorize(db, ctx, "fout", "retire")
    assert "wacht nu" not in caught.value.message("nl").lower()


def test_no_code_at_all_is_refused_and_audited_but_not_counted(
    db: Database, ctx: DeskContext
) -> None:
    _set(db, ctx)
    for _ in range(access.FREE_FAILURES + 3):  # a script run again and again without its code
        with pytest.raises(PermissionDenied):
            access.authorize(db, ctx, None, "export")
    access.authorize(db, ctx, "zorg-2468", "export")  # no wait: nothing was guessed
    assert len(_events(db, "coordinator_denied")) == access.FREE_FAILURES + 3
