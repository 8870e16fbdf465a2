"""Erasure that really erases (AVG art. 17): the borrower's record, their name wherever free
text holds it, their reviews, and a register that a restore re-applies.

``erase_borrower(db, ctx, borrower, grant)`` (coordinator grant "erase_borrower") does, in one
unit of work:

- the borrower: name, e-mail, phone and team gone, card retired (domain/catalogue.py);
- free text naming them -- loan damage, notes and condition, reservation notes, maintenance
  reasons and results, item notes, every review's free-text answers, and the text in audit
  events (a check-in's damage note) -- has the name, its parts, e-mail and phone replaced by
  "[naam]"; each changed record gets a ``text_redacted`` audit event that says which fields, not
  what was there;
- their loan-condition acceptances lose the signature image and the PDF (which name them); the
  acceptance itself (version, time, desk, method, loans) stays, about an anonymous borrower,
  with an ``acceptance_erased`` audit event naming what was removed; their places on waiting
  lists end (an item held for them passes to the next in line);
- their own reviews are withdrawn (moderation "rejected", by "erasure"): reports and exports read
  approved reviews only, and the export also skips any review of an erased borrower;
- the erasure register: a row with the borrower's id and a SHA-256 hash of the card code (no
  name), in the database and, for a SQLite database, in ``<database file>.erasures.jsonl`` next
  to it, which a restore does not replace.

``reapply_erasures(session)`` erases again everyone in the register (the database's and the side
file's) whom a restored backup brought back; restore calls it after putting a backup in place.
Backups themselves still hold the erased data until they rotate out (docs/access.md).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import String, cast, delete, select
from sqlalchemy.orm import Session

from lendingdesk.domain import acceptance, audit, catalogue, waiting
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.lookup import find_borrower
from lendingdesk.domain.text_match import contains_text
from lendingdesk.services import access
from lendingdesk.services.access import Grant
from lendingdesk.store.db import Database, append_private
from lendingdesk.store.models import (
    AuditEvent,
    Borrower,
    Erasure,
    Item,
    Loan,
    MaintenanceRecord,
    NoticePreference,
    Reservation,
    Review,
)
from lendingdesk.translation import translate

REPLACEMENT = "[naam]"
WITHDRAWN_BY = "erasure"

# Free-text columns that may name a person: (model, entity word for the audit, columns).
_TEXT_COLUMNS: tuple[tuple[type[Any], str, tuple[str, ...]], ...] = (
    (Loan, "loan", ("damage", "notes", "condition_in", "condition_out")),
    (Reservation, "reservation", ("note",)),
    (MaintenanceRecord, "maintenance", ("reason", "result")),
    (Item, "item", ("notes",)),
)


@dataclass(frozen=True)
class ErasureResult:
    borrower_id: int
    redacted: int  # records whose free text named the person
    reviews_withdrawn: int
    acceptances_cleared: int = 0  # loan-condition acceptances whose signature/PDF went


def badge_hash(badge: str) -> str:
    """What the register keeps of a person: a hash of the card code, never the name."""
    return hashlib.sha256(f"lendingdesk-erasure\0{badge}".encode()).hexdigest()


def _name_redactor(name: str, email: str | None, phone: str | None):  # type: ignore[no-untyped-def]
    """The one call into the redaction code (the publishing module's name rule): the whole name
    and its parts, the e-mail and the phone number. Also the spellings to look for first (a
    superset: the redactor decides)."""
    from lendingdesk.exchange.publishing import name_variants
    from lendingdesk.exchange.redaction import WordRedactor

    names = name_variants(name)
    by_name = WordRedactor(names, REPLACEMENT)
    contacts = [v.strip() for v in (email, phone) if v and len(v.strip()) >= 3]
    exact = WordRedactor(contacts, REPLACEMENT)

    def redact(text: str) -> str:
        return by_name(exact(text))

    return redact, {*names, *contacts} - {""}


def _sql_forms(variants: Iterable[str]) -> set[str]:
    """The spellings to look for in SQL (LIKE ignores only ASCII case; JSON text escapes)."""
    forms: set[str] = set()
    for v in variants:
        for f in (v, v.lower(), v.upper(), v.title()):
            forms.add(f)
            forms.add(json.dumps(f)[1:-1])
    return forms


def _any_form(column: Any, forms: set[str], sqlite: bool) -> Any:
    from sqlalchemy import or_

    return or_(*(contains_text([column], f, like_ignores_case=sqlite) for f in forms))


def _redact_tree(value: Any, redact: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [_redact_tree(v, redact) for v in value]
    if isinstance(value, dict):
        return {k: _redact_tree(v, redact) for k, v in value.items()}
    return value


def _redact_everywhere(
    session: Session, ctx: DeskContext, redact: Any, variants: set[str], borrower_id: int
) -> int:
    if not variants:
        return 0
    sqlite = session.get_bind().dialect.name == "sqlite"
    forms = _sql_forms(variants)
    changed = 0
    for model, entity, names in _TEXT_COLUMNS:
        columns = [getattr(model, n) for n in names]
        stmt = select(model).where(_any_form_many(columns, forms, sqlite))
        for row in session.scalars(stmt):
            fields = []
            for n in names:
                before = getattr(row, n)
                if before and (after := redact(before)) != before:
                    setattr(row, n, after)
                    fields.append(n)
            if fields:
                changed += 1
                audit.record(
                    session, ctx, "text_redacted", entity, row.id, fields=fields, erased=borrower_id
                )
    for review in session.scalars(
        select(Review).where(_any_form(cast(Review.answers, String), forms, sqlite))
    ):
        answers = dict(review.answers or {})
        fields = [k for k, v in answers.items() if isinstance(v, str) and redact(v) != v]
        if fields:
            review.answers = {k: redact(v) if k in fields else v for k, v in answers.items()}
            changed += 1
            audit.record(
                session,
                ctx,
                "text_redacted",
                "review",
                review.id,
                fields=fields,
                erased=borrower_id,
            )
    events = list(
        session.scalars(
            select(AuditEvent).where(_any_form(cast(AuditEvent.details, String), forms, sqlite))
        )
    )
    for event in events:
        details = dict(event.details or {})
        after = _redact_tree(details, redact)
        if after != details:
            event.details = after
            changed += 1
    return changed


def _any_form_many(columns: list[Any], forms: set[str], sqlite: bool) -> Any:
    from sqlalchemy import or_

    return or_(*(_any_form(c, forms, sqlite) for c in columns))


def _withdraw_reviews(session: Session, ctx: DeskContext, borrower_id: int) -> int:
    loans = select(Loan.id).where(Loan.borrower_id == borrower_id)
    count = 0
    for review in session.scalars(select(Review).where(Review.loan_id.in_(loans))):
        review.reviewer_name = None
        review.publish_name = False
        if review.moderation != "rejected":
            was = review.moderation
            review.moderation = "rejected"
            review.moderated_by = WITHDRAWN_BY
            review.moderated_at = ctx.now()
            audit.record(
                session, ctx, "review_withdrawn", "review", review.id, was=was, reason="erasure"
            )
            count += 1
    return count


def _erase(
    session: Session, ctx: DeskContext, borrower: Borrower, *, again: bool = False
) -> ErasureResult:
    name, email, phone = borrower.name, borrower.email, borrower.phone
    # The name as it was before any erasure: a restored record has it back.
    catalogue.erase_borrower(session, ctx, borrower, even_with_open_loans=again)
    session.flush()
    redact, variants = _name_redactor(name, email, phone)
    redacted = _redact_everywhere(session, ctx, redact, variants, borrower.id)
    withdrawn = _withdraw_reviews(session, ctx, borrower.id)
    # E-mail choices (language, opt-out) go too; no mail reaches an erased borrower anyway.
    session.execute(delete(NoticePreference).where(NoticePreference.borrower_id == borrower.id))
    # Their signatures and acceptance PDFs (name, card, signature) go; that the conditions were
    # accepted for those loans stays. Their places on waiting lists end (a hold passes on).
    acceptances = acceptance.erase_for(session, ctx, borrower.id)
    waiting.leave(session, ctx, borrower.id, "erased")
    digest = badge_hash(borrower.badge)
    if session.scalar(select(Erasure).where(Erasure.badge_hash == digest)) is None:
        session.add(Erasure(borrower_id=borrower.id, badge_hash=digest, erased_at=ctx.now()))
    if again:
        audit.record(session, ctx, "erasure_reapplied", "borrower", borrower.id)
    return ErasureResult(borrower.id, redacted, withdrawn, acceptances)


def register_file(db_or_session: Database | Session) -> Path | None:
    """The side file of a SQLite database's erasure register (None for PostgreSQL)."""
    if isinstance(db_or_session, Database):
        path = db_or_session.sqlite_path
    else:
        url = db_or_session.get_bind().engine.url
        path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
        if path is not None and str(path) in ("", ":memory:"):
            path = None
    return path.with_name(path.name + ".erasures.jsonl") if path else None


def _append_register(path: Path | None, borrower_id: int, digest: str, at: datetime) -> None:
    if path is None:
        return
    line = json.dumps(
        {"borrower_id": borrower_id, "badge_hash": digest, "erased_at": at.isoformat()}
    )
    append_private(path, (line + "\n").encode())


def _read_register(path: Path | None) -> Iterator[dict[str, Any]]:
    if path is None or not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # a torn last line after a crash
        if isinstance(entry, dict) and entry.get("badge_hash"):
            yield entry


def erase_borrower(
    db: Database, ctx: DeskContext, borrower: int | str, grant: Grant | None
) -> ErasureResult:
    """Erase a borrower (id, or card code) everywhere; needs the coordinator's grant."""
    access.require(grant, "erase_borrower", ctx)
    with db.unit_of_work() as session:
        found = (
            catalogue.get_borrower(session, borrower)
            if isinstance(borrower, int)
            else find_borrower(session, borrower)
        )
        if found.erased_at is not None:
            from lendingdesk.errors import InvalidInput

            raise InvalidInput(
                translate(
                    "services.erasure", "The data of borrower {badge} was erased already."
                ).format(badge=found.badge),
            )
        result = _erase(session, ctx, found)
        digest = badge_hash(found.badge)
    # After the commit: the side file only ever names erasures that happened.
    _append_register(register_file(db), result.borrower_id, digest, ctx.now())
    return result


def reapply_erasures(session: Session, ctx: DeskContext | None = None) -> int:
    """Erase again everyone in the register whom a restore brought back; the number erased.

    Reads the register in the database and, for SQLite, the side file next to it (which a
    restore does not replace), and puts side-file entries back into the database's register.
    The caller commits."""
    ctx = ctx or DeskContext(actor="LendingDesk", desk="restore")
    entries = {e.badge_hash: e for e in session.scalars(select(Erasure))}
    for entry in _read_register(register_file(session)):
        if entry["badge_hash"] not in entries:
            row = Erasure(
                borrower_id=int(entry.get("borrower_id") or 0),
                badge_hash=str(entry["badge_hash"]),
                erased_at=datetime.fromisoformat(str(entry["erased_at"])),
            )
            session.add(row)
            entries[row.badge_hash] = row
    if not entries:
        return 0
    session.flush()
    again = 0
    for borrower in session.scalars(select(Borrower).where(Borrower.erased_at.is_(None))):
        if badge_hash(borrower.badge) in entries:
            _erase(session, ctx, borrower, again=True)
            again += 1
    return again
