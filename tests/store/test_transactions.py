"""Two desks on one SQLite file: reads are plain WAL readers, only writing units of work take
the write lock, and two writers queue for it instead of deadlocking half-way."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from lendingdesk.domain import circulation
from lendingdesk.domain.context import DeskContext
from lendingdesk.store.db import Database, open_database
from lendingdesk.store.models import Loan
from tests.domain.factories import borrower, product_with_items


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """Two desks, each with its own engine and connections, on one database file."""
    path = str(tmp_path / "shared.sqlite3")
    first, second = open_database(path), open_database(path)
    yield first, second
    first.dispose()
    second.dispose()


def _seed(db: Database, ctx: DeskContext) -> tuple[list[str], str]:
    with db.unit_of_work() as session:
        _, items = product_with_items(session, ctx, count=4)
        person = borrower(session, ctx)
        return [item.tag for item in items], person.badge


def _open_loans(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).where(Loan.returned_at.is_(None))) or 0


def _statements(db: Database) -> list[str]:
    """Every SQL statement this desk sends from now on, in order."""
    sent: list[str] = []
    event.listen(
        db.engine,
        "before_cursor_execute",
        lambda conn, cursor, statement, *args: sent.append(" ".join(statement.split()).upper()),
    )
    return sent


def _check_out(db: Database, ctx: DeskContext, tag: str, badge: str) -> int:
    with db.unit_of_work() as session:
        loan = circulation.check_out(
            session, ctx, circulation.CheckoutRequest(item=tag, borrower=badge)
        )
        return loan.id


def test_reads_begin_plainly_and_writes_take_the_lock_first(db: Database, ctx: DeskContext) -> None:
    tags, badge = _seed(db, ctx)
    sent = _statements(db)
    assert _open_loans(db) == 0
    assert sent[0] == "BEGIN"  # a WAL reader: no lock that another desk would wait for
    assert all(s.startswith(("BEGIN", "SELECT")) for s in sent), sent
    sent.clear()
    _check_out(db, ctx, tags[0], badge)
    # The lock is taken before the unit of work reads anything it decides on.
    assert sent[0] == "BEGIN IMMEDIATE"
    assert any(s.startswith("INSERT INTO LOANS") for s in sent)


def test_a_long_read_at_one_desk_does_not_hold_up_a_check_out_at_the_other(
    desks: tuple[Database, Database], ctx: DeskContext
) -> None:
    reading, lending = desks
    tags, badge = _seed(lending, ctx)
    with reading.session() as report:
        # A report at the first desk is half-way through its reading ...
        before = report.scalar(select(func.count()).select_from(Loan))
        assert before == 0
        # ... while the second desk lends an item: no wait for the report to finish.
        loan_id = _check_out(lending, ctx, tags[0], badge)
        # The report goes on reading the one consistent picture it started with.
        assert report.scalar(select(func.count()).select_from(Loan)) == 0
    assert loan_id > 0
    # The next read at the first desk sees the loan.
    assert _open_loans(reading) == 1


def test_two_writers_queue_for_the_lock_and_both_land(
    desks: tuple[Database, Database], ctx: DeskContext
) -> None:
    first, second = desks
    tags, badge = _seed(first, ctx)
    second_begins, second_reads = threading.Event(), threading.Event()

    def watch(conn, cursor, statement: str, *args: object) -> None:
        (second_begins if statement.startswith("BEGIN") else second_reads).set()

    event.listen(second.engine, "before_cursor_execute", watch)
    outcome: dict[str, object] = {}

    def second_desk() -> None:
        try:
            outcome["loan"] = _check_out(second, ctx, tags[1], badge)
        except Exception as exc:  # pragma: no cover - reported by the assertion below
            outcome["error"] = exc

    with first.unit_of_work() as session:
        # The first desk has read and is about to write ...
        loan = circulation.check_out(
            session, ctx, circulation.CheckoutRequest(item=tags[0], borrower=badge)
        )
        worker = threading.Thread(target=second_desk)
        worker.start()
        # ... when the second desk starts its own check-out on the same file.
        assert second_begins.wait(30)
        # It waits for the lock before reading anything: it never gets half-way (a read
        # transaction that then wants to write is what deadlocks two SQLite writers).
        # (Given half a second to go wrong; a correct second desk is still waiting then.)
        assert not second_reads.wait(0.5)
        first_loan = loan.id
    worker.join(30)
    assert not worker.is_alive()
    assert "error" not in outcome, outcome.get("error")
    assert outcome["loan"] != first_loan
    assert _open_loans(first) == 2 == _open_loans(second)
