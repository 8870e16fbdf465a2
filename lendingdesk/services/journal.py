"""The offline scan journal: nothing scanned is lost while the shared database is away.

When the server cannot be reached, the desk writes each check-out and check-in to a local,
append-only JSON-lines file in its data folder (flushed and fsync'ed before the scan is
acknowledged). When the server is back, ``replay`` applies the entries in the order they were
scanned, each in its own transaction, with the time they were scanned. An entry that no longer
fits (the item was checked out at another desk meanwhile) becomes a conflict with the domain's
own clear message; it is reported, never dropped.

Exactly once: the replay of an entry stores the entry's id in the database in the same
transaction, so a crash between the commit and the journal's "done" line never applies a scan
twice. The journal file is only ever appended to; ``compact`` rewrites it once nothing is pending.

``ScanPath`` is the one way a check-out or check-in reaches the database -- for the desk
window, the command line and the tests alike: retries when desks collide, the journal when
(and only when) the server is unreachable, and every other failure refused with its own name
and no promise (disk full, read-only, corrupt, wrong password, newer schema, file gone).

Each entry names the database it was meant for; a replay applies only that database's entries.

No Qt here: the desk window shows the results, the command line prints them.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy.orm import Session

from lendingdesk.domain import audit, circulation
from lendingdesk.domain.context import DeskContext, to_local
from lendingdesk.errors import DatabaseUnavailable, InvalidInput, LendingError
from lendingdesk.store.db import (
    Database,
    append_private,
    create_private_file,
    data_dir,
    os_failure,
    private_dir,
)
from lendingdesk.store.models import Loan, Setting
from lendingdesk.translation import Message, translate

log = logging.getLogger(__name__)

KINDS = ("checkout", "checkin")
JOURNAL_FILE = "scan-journal.jsonl"
_MARK_PREFIX = "journal."

ReplayStatus = Literal["applied", "already_applied", "conflict", "offline"]


@dataclass(frozen=True)
class JournalEntry:
    """One scan kept while offline."""

    id: str
    kind: str
    payload: dict[str, Any]
    at: datetime  # naive UTC: when it was scanned
    actor: str | None = None
    desk: str | None = None
    location_id: int | None = None
    target: str | None = None  # the database it was scanned for (Database.label)

    def description(self) -> Message:
        """What the entry is, put into words when shown."""
        local = to_local(self.at)
        when = f"{local:%d-%m %H:%M}" if local else "?"
        item = self.payload.get("item", "?")
        if self.kind == "checkout":
            who = self.payload.get("borrower", "?")
            described = translate("services.journal", "check-out of {item} to {who} ({when})")
            return described.format(item=item, who=who, when=when)
        described = translate("services.journal", "check-in of {item} ({when})")
        return described.format(item=item, when=when)

    def describe(self, lang: str = "nl") -> str:
        return self.description().render(lang)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "payload": self.payload,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "desk": self.desk,
            "location_id": self.location_id,
            "target": self.target,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> JournalEntry:
        return cls(
            id=str(data["id"]),
            kind=str(data["kind"]),
            payload=dict(data["payload"]),
            at=datetime.fromisoformat(data["at"]),
            actor=data.get("actor"),
            desk=data.get("desk"),
            location_id=data.get("location_id"),
            target=data.get("target"),
        )


@dataclass(frozen=True)
class ReplayResult:
    """What became of one journal entry."""

    entry: JournalEntry
    status: ReplayStatus
    loan_id: int | None = None
    error: LendingError | None = field(default=None, compare=False)

    @property
    def ok(self) -> bool:
        return self.status in ("applied", "already_applied")

    def message(self, lang: str = "nl") -> str:
        what = self.entry.describe(lang)
        if self.status == "applied":
            said = translate("services.journal", "Applied: {what}.")
        elif self.status == "already_applied":
            said = translate("services.journal", "Already applied: {what}.")
        elif self.status == "offline":
            said = translate(
                "services.journal", "Not applied yet (database unreachable): {what}. It stays kept."
            )
        else:
            reason = self.error.message(lang) if self.error else "?"
            said = translate(
                "services.journal", "Conflict with {what}: {reason} Resolve this at the desk."
            ).format(reason=reason)
        return said.format(what=what).render(lang)


ContextFactory = Callable[[JournalEntry], DeskContext]


def context_for(entry: JournalEntry) -> DeskContext:
    """The desk context as it was when the entry was scanned (its own time, desk and actor)."""
    scanned = entry.at.replace(tzinfo=UTC)
    return DeskContext(
        actor=entry.actor,
        desk=entry.desk,
        location_id=entry.location_id,
        clock=lambda: scanned,
    )


class ScanJournal:
    """An append-only JSON-lines file of scans waiting for the database."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else data_dir() / JOURNAL_FILE

    # --- writing ---------------------------------------------------------------------------

    def record(
        self,
        kind: str,
        payload: dict[str, Any],
        ctx: DeskContext | None = None,
        target: str | None = None,
    ) -> JournalEntry:
        """Keep one scan for database ``target``. Returns only after the line is on disk
        (fsync); when it cannot be written (disk full, read-only) it raises a refusal that
        names why, and the scan was not kept."""
        if kind not in KINDS:
            raise InvalidInput(
                translate(
                    "services.journal",
                    "“{kind}” cannot be kept offline (only check-out and check-in).",
                ).format(kind=kind),
            )
        if not payload.get("item") or (kind == "checkout" and not payload.get("borrower")):
            raise InvalidInput(
                translate(
                    "services.journal",
                    "Scan the item first (and for a check-out the borrower card).",
                ),
            )
        ctx = ctx or DeskContext()
        entry = JournalEntry(
            id=uuid.uuid4().hex,
            kind=kind,
            payload=_plain(payload),
            at=ctx.now(),
            actor=ctx.actor,
            desk=ctx.desk,
            location_id=ctx.location_id,
            target=target,
        )
        try:
            self._append(entry.to_json())
        except OSError as exc:
            raise os_failure(exc, self.path) from exc
        return entry

    def _append(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        new = not self.path.exists()
        private_dir(self.path.parent)
        data = line.encode("utf-8")
        # A torn earlier write (power cut mid-line) must not swallow this line.
        if not new and _ends_without_newline(self.path):
            data = b"\n" + data
        append_private(self.path, data)
        if new:
            _fsync_dir(self.path.parent)

    def _mark(self, result: ReplayResult) -> None:
        record: dict[str, Any] = {
            "done": result.entry.id,
            "status": result.status,
            "loan_id": result.loan_id,
            "at": datetime.now(UTC).replace(tzinfo=None).isoformat(),
        }
        if result.error is not None:
            record["nl"] = result.error.nl
            record["en"] = result.error.en
        self._append(record)

    # --- reading ---------------------------------------------------------------------------

    def _records(self) -> Iterator[dict[str, Any]]:
        if not self.path.exists():
            return
        with self.path.open("rb") as fh:
            for number, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                try:
                    yield json.loads(raw)
                except ValueError:
                    # Only a line cut off by a crash before its fsync can be unreadable; that
                    # scan was never acknowledged to the user.
                    log.warning("%s: unreadable line %d skipped", self.path, number)

    def entries(self) -> list[JournalEntry]:
        return [JournalEntry.from_json(r) for r in self._records() if "kind" in r]

    def outcomes(self) -> dict[str, dict[str, Any]]:
        """The recorded outcome of every entry that has been replayed, by entry id."""
        return {str(r["done"]): r for r in self._records() if "done" in r}

    def pending(self, target: str | None = None) -> list[JournalEntry]:
        """Scans not yet applied, oldest first (only those for database ``target`` when
        given; entries from before targets were recorded count for every database)."""
        done = self.outcomes()
        return [
            e
            for e in self.entries()
            if e.id not in done and (target is None or e.target in (None, target))
        ]

    def __len__(self) -> int:
        return len(self.pending())

    # --- replay ----------------------------------------------------------------------------

    def replay(self, db: Database, ctx_factory: ContextFactory = context_for) -> list[ReplayResult]:
        """Apply every pending entry in scan order. Stops at the first sign the database is
        still away; those entries stay pending and are reported as ``offline``."""
        results: list[ReplayResult] = []
        pending = self.pending(db.label)
        for index, entry in enumerate(pending):
            try:
                result = db.run(_replaying(entry, ctx_factory))
            except DatabaseUnavailable:
                results.extend(ReplayResult(e, "offline") for e in pending[index:])
                break
            except LendingError as exc:
                result = ReplayResult(entry, "conflict", error=exc)
            try:
                self._mark(result)
            except OSError as exc:  # applied exactly once anyway: the mark in the database
                log.warning("%s: outcome not recorded (%s)", self.path, exc)
            results.append(result)
        return results

    def compact(self) -> bool:
        """Rewrite the file without finished entries, when nothing is pending (atomic)."""
        if not self.path.exists() or self.pending():
            return False
        tmp = self.path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        create_private_file(tmp)  # empty and owner-only, like the journal it replaces
        os.replace(tmp, self.path)
        _fsync_dir(self.path.parent)
        return True


def _replaying(
    entry: JournalEntry, ctx_factory: ContextFactory
) -> Callable[[Session], ReplayResult]:
    """The unit of work that applies ``entry`` (its context made afresh at every attempt)."""
    return lambda session: _apply(session, entry, ctx_factory(entry))


def _apply(session: Session, entry: JournalEntry, ctx: DeskContext) -> ReplayResult:
    key = _MARK_PREFIX + entry.id
    earlier = session.get(Setting, key)
    if earlier is not None:
        return ReplayResult(entry, "already_applied", loan_id=int(earlier.value or 0) or None)
    loan_id = perform(session, ctx, entry.kind, entry.payload).id
    # Same transaction as the scan itself: a second replay finds this and skips.
    session.add(Setting(key=key, value=str(loan_id)))
    audit.record(session, ctx, "offline_scan_applied", "loan", loan_id, journal=entry.id)
    return ReplayResult(entry, "applied", loan_id=loan_id)


def perform(session: Session, ctx: DeskContext, kind: str, payload: dict[str, Any]) -> Loan:
    """The check-out or check-in itself (the domain's rules); the loan it made or closed."""
    if kind == "checkout":
        return circulation.check_out(
            session,
            ctx,
            circulation.CheckoutRequest(
                item=payload["item"],
                borrower=payload["borrower"],
                due=_date(payload.get("due")),
                setting=payload.get("setting"),
                client_group=payload.get("client_group"),
                notes=payload.get("notes"),
                parts_present=_parts(payload.get("parts_present")),
                lend_incomplete=bool(payload.get("lend_incomplete")),
            ),
        )
    if kind == "checkin":
        return circulation.check_in(
            session,
            ctx,
            circulation.CheckinRequest(
                item=payload["item"],
                missing=tuple(payload.get("missing") or ()),
                damage=payload.get("damage"),
                charged=payload.get("charged"),
                notes=payload.get("notes"),
                isolation=bool(payload.get("isolation")),
                to_maintenance=bool(payload.get("to_maintenance")),
                repair_cost_cents=payload.get("repair_cost_cents"),
                hold_incomplete=bool(payload.get("hold_incomplete")),
            ),
        )
    raise InvalidInput(translate("services.journal", "Unknown action “{kind}”.").format(kind=kind))


def _parts(value: Any) -> tuple[str, ...] | None:
    """A kit's parts checked at the desk, as the payload (or the journal's JSON) holds them."""
    return None if value is None else tuple(str(name) for name in value)


# --- the one scan path: online when possible, the journal only when the server is away --------


@dataclass(frozen=True)
class ScanOutcome[T]:
    """A scan applied now (``value``: what ``read`` made of its loan) or kept in the journal."""

    value: T | None
    journaled: JournalEntry | None = None

    @property
    def offline(self) -> bool:
        return self.journaled is not None


def _loan_id(loan: Loan) -> int:
    return loan.id


@dataclass
class ScanPath:
    """How every check-out and check-in reaches the database: the desk window, the command
    line and the tests all go through ``submit``.

    - Applied at once in one unit of work (tried again when desks collide on PostgreSQL).
    - A refusal of the domain (not on loan, reserved, …) is raised, never journaled.
    - Only when the server is unreachable (or a shared SQLite file stays locked) is the scan
      kept in the journal, fsync'ed before ``submit`` returns; without a journal, or for any
      other failure (disk full, read-only, corrupt, wrong password, newer schema, file gone)
      the failure is raised with its own name and nothing is promised.
    - While older scans for this database wait in the journal, new ones queue behind them.
    """

    db: Database
    journal: ScanJournal | None = None

    def submit[T](
        self,
        ctx: DeskContext,
        kind: str,
        payload: dict[str, Any],
        *,
        read: Callable[[Loan], T] = _loan_id,  # type: ignore[assignment]
        work: Callable[[Session], T] | None = None,
    ) -> ScanOutcome[T]:
        """Check out or in now (``work`` replaces the plain domain call when the caller needs
        more in the same transaction); otherwise keep the scan, or raise why not."""
        plain = _plain(payload)
        if self.pending_count():
            return ScanOutcome(None, self.keep(ctx, kind, plain))
        if work is None:

            def work(session: Session) -> T:
                return read(perform(session, ctx, kind, plain))

        try:
            value = self.db.run(work)
        except DatabaseUnavailable as exc:
            if not exc.keep_offline or self.journal is None:
                raise
            return ScanOutcome(None, self.keep(ctx, kind, plain))
        return ScanOutcome(value)

    def keep(self, ctx: DeskContext, kind: str, payload: dict[str, Any]) -> JournalEntry:
        """Keep a scan in the journal for this database (raises when there is no journal or it
        cannot be written: then nothing was kept)."""
        if self.journal is None:
            raise DatabaseUnavailable(
                translate(
                    "services.journal",
                    "The database cannot be reached and scans are not kept here; nothing was "
                    "saved. Try again when the connection is back.",
                ),
            )
        return self.journal.record(kind, payload, ctx, target=self.db.label)

    def pending(self) -> list[JournalEntry]:
        return self.journal.pending(self.db.label) if self.journal is not None else []

    def pending_count(self) -> int:
        return len(self.pending())

    def replay(self) -> list[ReplayResult]:
        """Apply the waiting scans (each with the time it was scanned); conflicts come back
        with the domain's message, and while the server is still away they stay waiting."""
        if self.journal is None or not self.pending():
            return []
        results = self.journal.replay(self.db)
        if not self.journal.pending():
            self.journal.compact()
        return results


def _date(value: object) -> date | None:
    if isinstance(value, str) and value:
        return date.fromisoformat(value)
    return value if isinstance(value, date) else None


def _plain(payload: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in payload.items():
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[str(key)] = value
    return out


def _ends_without_newline(path: Path) -> bool:
    size = path.stat().st_size
    if size == 0:
        return False
    with path.open("rb") as fh:
        fh.seek(-1, os.SEEK_END)
        return fh.read(1) != b"\n"


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
