"""The coordinator code: hashed, verified, required for destructive actions, guesses limited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lendingdesk.domain import roles
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.errors import InvalidInput
from lendingdesk.domain.roles import PermissionDenied
from lendingdesk.store.db import Database
from lendingdesk.store.models import AuditEvent, Setting


def test_code_is_stored_hashed_and_verifies(db: Database, ctx: DeskContext) -> None:
    with db.unit_of_work() as session:
        roles.set_coordinator_secret(session, ctx, "zorg-2468")
    with db.session() as session:
        stored = session.get(Setting, roles.SECRET_KEY).value
        assert "zorg-2468" not in stored and stored.startswith("scrypt$")
    with db.unit_of_work() as session:
        assert roles.verify(session, ctx, "zorg-2468")
        assert not roles.verify(session, ctx, "zorg-2469")
        roles.require_coordinator(session, ctx, "zorg-2468", "retire")
    # Two hashes of one code differ (salt).
    assert roles.hash_secret("zorg-2468") != roles.hash_secret("zorg-2468")


def test_without_a_code_protected_actions_are_refused_with_directions(
    db: Database, ctx: DeskContext
) -> None:
    with db.unit_of_work() as session, pytest.raises(PermissionDenied) as caught:
        roles.require_coordinator(session, ctx, "anything", "erase_borrower")
    assert "nog niet ingesteld" in caught.value.message("nl")
    assert "set-pin" in caught.value.message("en")
    assert "erase a borrower's personal data" in caught.value.message("en")


def test_change_needs_the_current_code_and_weak_codes_are_refused(
    db: Database, ctx: DeskContext
) -> None:
    with db.unit_of_work() as session:
        for weak in ("12", "1111", "1234"):
            with pytest.raises(InvalidInput):
                roles.set_coordinator_secret(session, ctx, weak)
        roles.set_coordinator_secret(session, ctx, "9731")
    with pytest.raises(PermissionDenied), db.unit_of_work() as session:
        roles.set_coordinator_secret(session, ctx, "5820", current="0000")
    with db.unit_of_work() as session:
        roles.set_coordinator_secret(session, ctx, "5820", current="9731")
        assert roles.verify(session, ctx, "5820") and not roles.verify(session, ctx, "9731")
    with db.session() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
    assert "coordinator_set" in actions and "coordinator_changed" in actions


def test_wrong_guesses_lock_for_a_while_and_are_audited(
    db: Database, ctx: DeskContext, clock
) -> None:
    with db.unit_of_work() as session:
        roles.set_coordinator_secret(session, ctx, "zorg-2468")
    for _ in range(roles.MAX_FAILURES):
        with pytest.raises(PermissionDenied) as caught:
            roles.authorize(db, ctx, "fout", "retire")
        assert "klopt niet" in caught.value.message("nl")
    # Even the right code is refused during the lock-out...
    with pytest.raises(PermissionDenied) as caught:
        roles.authorize(db, ctx, "zorg-2468", "retire")
    assert "Wacht" in caught.value.message("nl")
    # ...and accepted after it.
    clock.advance(minutes=6)
    roles.authorize(db, ctx, "zorg-2468", "retire")
    with db.session() as session:
        denied = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "coordinator_denied")
        ).all()
    assert len(denied) == roles.MAX_FAILURES
    assert denied[0].details == {"for_action": "retire"} and denied[0].desk == "Testbalie"
