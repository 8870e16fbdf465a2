"""What one desk round asks the database (issue 18): each scan reads what its rules need once.

Counted on a real SQLite file through the services, the way the desk works: a borrower card,
a check-out, the return's prompt, the check-in and the cleaning sign-off. A count going up is
a read that came back (item parts twice, the hygiene protocol again, a second waiting-list
read, the unit of work's flush in pieces): slower scans at every desk.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from lendingdesk.domain import circulation, waiting
from lendingdesk.services.desk import DeskService, ScanKind
from lendingdesk.services.views.cleaning import CleaningView
from lendingdesk.store.db import Database
from lendingdesk.store.models import Borrower, Item


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    """The SQL statements sent while the block runs (not BEGIN / COMMIT / ROLLBACK)."""
    sent: list[str] = []

    def note(_conn, _cursor, statement: str, parameters, *_args) -> None:
        if statement.split(None, 1)[0].upper() in ("SELECT", "INSERT", "UPDATE", "DELETE"):
            sent.append(f"{' '.join(statement.split())} -- {parameters!r}")

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def _kinds(sent: list[str]) -> list[str]:
    """Each statement by its verb and first table, e.g. 'SELECT items' or 'INSERT loans'."""
    out = []
    for sql in sent:
        sql = sql.split(" -- ", 1)[0]
        verb = sql.split(None, 1)[0]
        if verb == "SELECT":
            table = _outer_from(sql)
        elif verb == "UPDATE":
            table = sql.split()[1]
        else:
            table = sql.split()[2]
        out.append(f"{verb} {table}")
    return out


def _outer_from(sql: str) -> str:
    """The first table after the statement's own FROM (not a subquery's); for a select of
    subqueries alone, the tables they ask about."""
    depth = 0
    for i, char in enumerate(sql):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and sql.startswith(" FROM ", i):
            return sql[i + 6 :].split()[0]
    return "+".join(part.split()[0] for part in sql.split(" FROM ")[1:])


@pytest.fixture
def desk(db, ctx) -> DeskService:
    return DeskService(db, lambda: ctx)


def _count(db: Database, action: Callable[[], object]) -> tuple[object, list[str]]:
    with statements(db) as sent:
        result = action()
    # Nothing asked or written twice with the same values.
    assert not [s for s, n in Counter(sent).items() if n > 1], f"sent twice: {sent}"
    return result, _kinds(sent)


def test_one_desk_round_reads_each_thing_once(desk, db, ctx, cat):
    tag = cat.paro[0]  # a kit (charger, manual) that needs cleaning after use

    card, sent = _count(db, lambda: desk.handle_scan(cat.sanne))
    assert card.kind is ScanKind.BORROWER_SELECTED
    # The borrower (with whether the waiting list holds anything for them: nothing, so it is
    # not read) and their open loans (counted on the card itself).
    assert sent == ["SELECT borrowers", "SELECT loans"]

    out, sent = _count(db, lambda: desk.handle_scan(tag, cat.sanne))
    assert out.kind is ScanKind.CHECKED_OUT
    # The item brings its product, protocol, whether it has plans, part records, reservations
    # or a waiting list: none of those read for a kit without them.
    assert sent == [
        "SELECT items",
        "SELECT borrowers",
        "INSERT loans",
        "UPDATE items",
        "INSERT audit_events",
    ]

    prompt, sent = _count(db, lambda: desk.handle_scan(tag))
    assert prompt.kind is ScanKind.NEEDS_CHECKIN
    assert sent == ["SELECT items", "SELECT loans"]

    back, sent = _count(db, lambda: desk.check_in(tag))
    assert back.next_status == "awaiting_cleaning"
    # Loan and item written with one statement each; no waiting list: it is not available yet.
    assert sent == [
        "SELECT items",
        "SELECT loans",
        "UPDATE loans",
        "UPDATE items",
        "INSERT audit_events",
    ]

    cleaning = CleaningView(db, lambda: ctx)
    signed, sent = _count(db, lambda: cleaning.sign_off_cleaning(tag, by="Bench"))
    assert signed.left == () and signed.held_for is None
    # Nobody waits for a PARO: the item lookup saw that, so no waiting-list read.
    assert sent == [
        "SELECT items",
        "SELECT loans",
        "SELECT settings",
        "INSERT cleaning_records",
        "UPDATE items",
        "INSERT audit_events",
    ]


def test_a_reserved_product_is_asked_about_in_one_statement(desk, db, cat):
    # The second tablet is reserved for Mohamed: lending the first to Sanne asks whether the
    # period is reserved (and whether the item is held) in one query, then reads the
    # reservations once for every rule that needs them.
    out, sent = _count(db, lambda: desk.handle_scan(cat.tablet[0], cat.sanne))
    assert out.kind is ScanKind.CHECKED_OUT
    assert sent[:4] == [
        "SELECT items",
        "SELECT borrowers",
        "SELECT reservations+waiting_list",
        "SELECT reservations",
    ]


def test_sign_off_asks_the_waiting_list_once_when_someone_waits(desk, db, ctx, cat):
    with db.unit_of_work() as s:
        for tag in cat.paro:  # every PARO out (the fourth waits for cleaning)
            circulation.check_out(s, ctx, circulation.CheckoutRequest(item=tag, borrower=cat.mo))
        sanne = s.scalar(select(Borrower).where(Borrower.badge == cat.sanne))
        paro = s.scalar(select(Item).where(Item.tag == cat.cleaning_tag))
        assert sanne is not None and paro is not None
        waiting.join(s, ctx, sanne, paro.product)

    cleaning = CleaningView(db, lambda: ctx)
    signed, sent = _count(db, lambda: cleaning.sign_off_cleaning(cat.cleaning_tag, by="Bench"))
    # Held for her, and the desk's answer says so without asking again: the first in line
    # and any hold already on the item come from one read.
    assert signed.held_for == "Sanne de Vries"
    assert sent.count("SELECT waiting_list") == 1
    assert sent.count("UPDATE waiting_list") == 1  # the hold written in one statement
