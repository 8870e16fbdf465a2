"""Code that runs in separate desk processes (multiprocessing spawn, or a child python)."""

from __future__ import annotations

import random
import sys
import time
from dataclasses import dataclass
from typing import Protocol

from lendingdesk.domain import catalogue, circulation
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.lookup import find_item
from lendingdesk.errors import LendingError
from lendingdesk.store.db import Database, open_database


class EventLike(Protocol):
    def set(self) -> None: ...


class WaitLike(Protocol):
    def wait(self) -> object: ...


@dataclass(frozen=True)
class Fleet:
    tags: list[str]
    badges: list[str]


def make_fleet(db: Database, items: int, borrowers: int, *, cleaning: bool = False) -> Fleet:
    """A product with ``items`` units and ``borrowers`` borrowers without a loan limit."""
    ctx = DeskContext(actor="setup", desk="setup")
    with db.unit_of_work() as session:
        product = catalogue.create_product(
            session,
            ctx,
            catalogue.ProductInput(
                name="PARO robotzeehond",
                maker="Intelligent System Co.",
                cleaning_protocol="Reinigingsspray" if cleaning else None,
            ),
        )
        tags = [i.tag for i in catalogue.add_items(session, ctx, product, items)]
        badges = [
            catalogue.create_borrower(
                session, ctx, catalogue.BorrowerInput(name=f"Zorgverlener {n}")
            ).badge
            for n in range(borrowers)
        ]
    return Fleet(tags, badges)


def scan_worker(
    url: str,
    worker: int,
    fleet: Fleet,
    scans: int,
    ready: WaitLike | None,
    seed: int,
    committed: EventLike | None = None,
) -> list[tuple[str, str, str, int | None, str]]:
    """One desk scanning the shared items as fast as a person with a scanner, at random.

    Returns (op, tag, outcome, loan_id, detail) per scan: outcome "ok", "refused" (a
    LendingError: detail is its code) or "raw" (any other exception: a bug). ``ready`` (e.g. a
    multiprocessing manager's Barrier) is waited for once the database is open, so that every
    desk starts scanning at the same moment; ``committed``
    (e.g. a multiprocessing manager's Event) is set after every scan that changed the database.
    """
    rng = random.Random(seed)
    db = open_database(url, upgrade=False)
    ctx = DeskContext(actor=f"desk{worker}", desk=f"Balie {worker}")
    badge = fleet.badges[worker % len(fleet.badges)]
    results: list[tuple[str, str, str, int | None, str]] = []
    if ready is not None:
        ready.wait()
    try:
        for _ in range(scans):
            tag = rng.choice(fleet.tags)
            op = rng.choice(("out", "in"))
            try:
                if op == "out":
                    loan_id = db.run(
                        lambda s, t=tag: (
                            circulation.check_out(
                                s, ctx, circulation.CheckoutRequest(item=t, borrower=badge)
                            ).id
                        )
                    )
                else:
                    loan_id = db.run(
                        lambda s, t=tag: (
                            circulation.check_in(s, ctx, circulation.CheckinRequest(item=t)).id
                        )
                    )
                results.append((op, tag, "ok", loan_id, ""))
                if committed is not None:
                    committed.set()
            except LendingError as exc:
                results.append((op, tag, "refused", None, exc.code))
            except Exception as exc:  # a bug: reported, and the test fails on it
                results.append((op, tag, "raw", None, f"{type(exc).__name__}: {exc}"[:300]))
            if rng.random() < 0.3:
                time.sleep(rng.random() * 0.002)
    finally:
        db.dispose()
    return results


def crash_child(url: str, tags: list[str], badge: str, seed: int) -> None:
    """Scripted check-outs and check-ins forever; prints ``ACK <loan id> <op>`` after each commit.

    The parent kills this process (SIGKILL) at a random moment.
    """
    rng = random.Random(seed)
    db = open_database(url, upgrade=False)
    ctx = DeskContext(actor="crash", desk="Crashbalie")
    out = sys.stdout
    while True:
        tag = rng.choice(tags)
        try:
            with db.unit_of_work() as session:
                item = find_item(session, tag)
                if item.status == "on_loan":
                    loan_id = circulation.check_in(
                        session, ctx, circulation.CheckinRequest(item)
                    ).id
                    op = "in"
                else:
                    loan_id = circulation.check_out(
                        session, ctx, circulation.CheckoutRequest(item=item, borrower=badge)
                    ).id
                    op = "out"
            # Only now is it committed: the acknowledgement a desk would show.
            out.write(f"ACK {loan_id} {op}\n")
            out.flush()
        except LendingError as exc:
            out.write(f"REFUSED {tag} {exc.code}\n")
            out.flush()


if __name__ == "__main__":  # python -m tests.reliability.workers URL SEED BADGE TAG...
    crash_child(sys.argv[1], sys.argv[4:], sys.argv[3], int(sys.argv[2]))


def lent_tags(path: str) -> set[str]:
    """The tags of the open loans in the SQLite file at ``path`` (read directly, after an
    integrity check), to compare with what the desk or the command line acknowledged."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = con.execute(
            "SELECT items.tag FROM loans JOIN items ON items.id = loans.item_id "
            "WHERE loans.returned_at IS NULL"
        ).fetchall()
    finally:
        con.close()
    return {r[0] for r in rows}
