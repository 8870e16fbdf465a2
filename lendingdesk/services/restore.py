"""Putting a backup back: the one restore the command line (and later the window) uses.

A restore must work exactly when the database is in trouble: damaged, deleted, or made
unreadable. So it never depends on reading the current file:

- the backup is checked first (integrity, a LendingDesk schema);
- a healthy current database is kept as ``*.before-restore-<time>`` (online copy) and the
  coordinator code is checked against it, as for every protected action;
- a damaged, missing or unreadable current file is moved aside as ``*.damaged-<time>`` (with its
  WAL and SHM: evidence, and nothing is thrown away) and the code is checked against the
  *backup's* coordinator code -- the code that will be in force once it is back. A backup without
  a code needs none (as a fresh database needs none);
- the backup is copied in (owner-only file), brought to the current schema, and the restore is
  audited in the restored database;
- then ``after_restore`` runs: the single place for what must be re-applied to restored data.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lendingdesk.domain import audit, roles
from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import DatabaseUnavailable, InvalidInput, LendingError
from lendingdesk.services import access
from lendingdesk.store import backups
from lendingdesk.store.db import (
    Database,
    corrupt_file,
    create_private_file,
    not_a_database,
    open_database,
    os_failure,
    resolve_url,
    sqlite_file,
)
from lendingdesk.translation import translate

_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    revision: str  # the backup's schema revision before it was brought up to date
    kept: Path | None  # where the previous database was kept (copy or moved-aside file)
    previous_damaged: bool  # True: the previous file was damaged/missing/unreadable
    erased_again: int = 0  # borrowers of the erasure register the backup brought back

    def message(self, lang: str = "nl") -> str:
        said = [
            translate("services.restore", "Restored from {file}.").format(file=self.source.name)
        ]
        if self.erased_again:
            said.append(
                translate(
                    "services.restore",
                    "%n borrower(s) from the erasure register erased again.",
                    None,
                    self.erased_again,
                )
            )
        if self.kept is not None and self.previous_damaged:
            said.append(
                translate("services.restore", "The damaged file was set aside as {path}.").format(
                    path=self.kept
                )
            )
        elif self.kept is not None:
            said.append(
                translate("services.restore", "The previous database is kept as {path}.").format(
                    path=self.kept
                )
            )
        return " ".join(message.render(lang) for message in said)


def restore_backup(
    url: str | None,
    source: Path,
    secret: str | None,
    ctx: DeskContext,
    *,
    now: datetime | None = None,
) -> RestoreResult:
    """Put ``source`` in place of the SQLite database at ``url`` (see the module text)."""
    resolved = resolve_url(url)
    target = sqlite_file(resolved)
    if target is None:
        raise InvalidInput(
            translate(
                "services.restore",
                "Restoring from here works for a SQLite file; the shared PostgreSQL database is "
                "restored by its administrator (pg_restore).",
            ),
        )
    source = Path(source).expanduser()
    revision = backups.verify_backup(source)
    if not_a_database(target):  # a mistyped --db: a document, not a damaged database
        raise corrupt_file(target)
    moment = now or datetime.now(UTC).replace(tzinfo=None)

    current = _open_if_healthy(resolved)
    if current is not None:
        try:
            access.authorize(current, ctx, secret, "restore")
            kept: Path | None = backups.restore(current, source, now=moment)
        finally:
            current.dispose()
        damaged = False
    else:
        authorize_with_backup(source, secret, "restore")
        kept = _set_aside(target, moment)
        _copy_in(source, target)
        damaged = True

    db = open_database(resolved, create=False, check=True)  # an older backup is upgraded
    try:
        with db.unit_of_work() as session:
            audit.record(
                session,
                ctx,
                "backup_restored",
                "database",
                None,
                file=source.name,
                previous_damaged=damaged,
            )
        erased_again = after_restore(db, ctx)
    finally:
        db.dispose()
    return RestoreResult(source, revision, kept, damaged, erased_again)


def after_restore(db: Database, ctx: DeskContext) -> int:
    """What must be re-applied to data that came back from a backup, right after a restore
    (the restored database is open, migrated and audited). The single place for it: the
    erasure register (AVG art. 17) outlives the backup, so anyone erased since is erased again.
    Returns how many borrowers that were."""
    from lendingdesk.services.erasure import reapply_erasures

    with db.unit_of_work() as session:
        return reapply_erasures(session, ctx)


# --- the pieces --------------------------------------------------------------------------------


def _open_if_healthy(url: str) -> Database | None:
    """The current database when it opens, passes quick_check and has a schema this version
    knows; None when it is missing, damaged, unreadable or from a newer version."""
    try:
        return open_database(url, create=False, check=True, upgrade=False)
    except DatabaseUnavailable:
        return None


def authorize_with_backup(source: Path, secret: str | None, action: str) -> None:
    """Check ``secret`` against the coordinator code stored in the backup ``source`` (read-only:
    the backup is not changed). A backup without a code needs none."""
    con = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        row = con.execute(
            "SELECT value FROM settings WHERE key = ?", (roles.SECRET_KEY,)
        ).fetchone()
    except sqlite3.Error:
        row = None
    finally:
        con.close()
    if row is None or not row[0]:
        return
    if secret and roles.check_secret(secret, str(row[0])):
        return
    what = roles.action_words(action)
    raise roles.PermissionDenied(
        translate(
            "services.restore",
            "To {what} the coordinator code of this backup is needed. It is wrong or missing; "
            "ask the coordinator.",
        ).format(what=what),
        action=action,
    )


def _set_aside(target: Path, moment: datetime) -> Path | None:
    """Move a damaged file (and its WAL/SHM) aside; None when there was no file."""
    if not target.exists():
        for suffix in ("-wal", "-shm"):  # leftovers of a deleted file belong to nothing
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        return None
    aside = target.with_name(f"{target.stem}.damaged-{moment.strftime(_STAMP)}{target.suffix}")
    try:
        for suffix in ("-wal", "-shm"):
            side = Path(f"{target}{suffix}")
            if side.exists():
                side.replace(Path(f"{aside}{suffix}"))
        target.replace(aside)
    except OSError as exc:
        raise os_failure(exc, target) from exc
    return aside


def _copy_in(source: Path, target: Path) -> None:
    """Copy the (verified) backup to ``target``, owner-only, through SQLite's backup API."""
    try:
        create_private_file(target)
        with backups.copied_into(source, target):
            pass  # copied on entering; nothing to check here (the backup was verified first)
        os.chmod(target, 0o600)
    except OSError as exc:
        raise os_failure(exc, target) from exc
    except sqlite3.Error as exc:
        raise LendingError(
            translate(
                "services.restore", "Restore failed ({exc}); the backup {source} is unchanged."
            ).format(exc=exc, source=source),
        ) from exc
