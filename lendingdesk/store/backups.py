"""Automatic rotating backups of a desk's SQLite database, and restoring one.

Backups are taken online (SQLite's backup API: a consistent copy while desks keep working)
into ``<data dir>/backups``. Rotation keeps the ``recent`` newest copies plus the newest copy of
each of the last ``daily`` days, so a mistake noticed next week can still be undone.

Restoring first checks the backup (``PRAGMA integrity_check`` and a known schema), keeps a copy
of the current database next to it, and only then copies the backup into place, through the same
backup API, so desks that have the file open see the restored data, never a half-written file.
PostgreSQL is backed up by the server's own tools (pg_dump); these functions refuse it clearly.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from lendingdesk.errors import InvalidInput, LendingError
from lendingdesk.safe_text import shown, shown_path
from lendingdesk.store.db import Database, backup_sqlite, data_dir
from lendingdesk.translation import translate

PREFIX = "lendingdesk-"
SUFFIX = ".sqlite3"
_NAME_RE = re.compile(r"^lendingdesk-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupPolicy:
    """How many copies to keep, and how often an automatic backup is due."""

    recent: int = 5
    daily: int = 14
    interval: timedelta = timedelta(hours=4)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # naive UTC, from the file name
    size: int

    def to_dict(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "taken_at": self.taken_at.replace(tzinfo=UTC)
            .astimezone()
            .isoformat(timespec="seconds"),
            "size": self.size,
        }


class BackupError(LendingError):
    code = "backup_error"


def backup_dir() -> Path:
    return data_dir() / "backups"


def _require_sqlite(db: Database) -> Path:
    if db.sqlite_path is None:
        raise InvalidInput(
            translate(
                "store.backups",
                "LendingDesk makes backups of a SQLite file only. The shared PostgreSQL database "
                "is backed up by the server's administrator (pg_dump).",
            ),
        )
    return db.sqlite_path


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def make_backup(
    db: Database, directory: Path | None = None, *, now: datetime | None = None
) -> Path:
    """An online, consistent copy of the database, named by its UTC time."""
    _require_sqlite(db)
    directory = Path(directory) if directory else backup_dir()
    moment = now or _now()
    target = directory / f"{PREFIX}{moment.strftime(_STAMP)}{SUFFIX}"
    serial = 1
    while target.exists():  # two backups in one second
        target = directory / f"{PREFIX}{moment.strftime(_STAMP)}-{serial}{SUFFIX}"
        serial += 1
    return backup_sqlite(db, target)


def list_backups(directory: Path | None = None) -> list[BackupInfo]:
    """The backups in ``directory``, newest first."""
    directory = Path(directory) if directory else backup_dir()
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        match = _NAME_RE.match(path.name)
        if match and path.is_file():
            taken = datetime.strptime(match.group(1), _STAMP)
            found.append((taken, int(match.group(2) or 0), path))
    found.sort(reverse=True)
    return [BackupInfo(path, taken, path.stat().st_size) for taken, _, path in found]


def rotate(directory: Path | None = None, policy: BackupPolicy | None = None) -> list[Path]:
    """Delete backups the policy no longer keeps; returns what was deleted."""
    policy = policy or BackupPolicy()
    backups = list_backups(directory)
    keep = {b.path for b in backups[: policy.recent]}
    days_seen: set[date] = set()
    for info in backups:  # newest first: the first one of each day is that day's copy
        day = info.taken_at.date()
        if day not in days_seen and len(days_seen) < policy.daily:
            days_seen.add(day)
            keep.add(info.path)
    deleted = []
    for info in backups:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            deleted.append(info.path)
    return deleted


def auto_backup(
    db: Database,
    directory: Path | None = None,
    policy: BackupPolicy | None = None,
    *,
    now: datetime | None = None,
) -> Path | None:
    """Take a backup when the newest one is older than the policy's interval, then rotate.

    Called when a desk starts and every so often while it runs; returns the new file or None.
    Either way the file gets SQLite's quick_check (a backup runs it first): a damaged database
    is found here, off the desk's thread, and the desk refuses writes from then on.
    """
    if db.sqlite_path is None or not db.sqlite_path.exists():
        return None
    policy = policy or BackupPolicy()
    moment = now or _now()
    existing = list_backups(directory)
    if existing and moment - existing[0].taken_at < policy.interval:
        db.quick_check()
        return None
    path = make_backup(db, directory, now=moment)
    rotate(directory, policy)
    return path


def verify_backup(path: Path) -> str:
    """Check a backup file: readable SQLite, integrity ok, a LendingDesk schema. Its revision."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(
            translate(
                "store.backups",
                "Backup {path} does not exist. Choose a file from `lendingdesk backups`.",
            ).format(path=shown_path(path)),
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchall()
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            conn.execute("SELECT count(*) FROM loans").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError(
            translate(
                "store.backups",
                "{name} is not a usable LendingDesk backup ({reason}). Choose another one.",
            ).format(
                name=shown(path.name),
                reason=translate("store.backups", "not a LendingDesk SQLite database"),
            )
        ) from exc
    if check != [("ok",)]:
        raise BackupError(
            translate(
                "store.backups", "{path} is damaged (integrity check failed). Choose another one."
            ).format(path=path.name),
        )
    if revision is None:
        raise BackupError(
            translate(
                "store.backups", "{path} has no schema version; it is not a LendingDesk backup."
            ).format(path=path.name),
        )
    return str(revision[0])


@contextmanager
def copied_into(
    source: Path, target: Path, *, timeout: float = 5.0
) -> Iterator[sqlite3.Connection]:
    """Copy the SQLite file ``source`` (read-only) into ``target`` through SQLite's backup API,
    one transaction for every reader of ``target``, and leave it in WAL mode; yields the copy's
    connection for a check before it closes."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=timeout)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
            yield dst
        finally:
            dst.close()
    finally:
        src.close()


def restore(db: Database, backup: Path, *, now: datetime | None = None) -> Path:
    """Put ``backup`` in place of the database; returns where the replaced database was kept.

    The backup is verified first; the current database is copied aside (online) before it is
    overwritten, so a restore can itself be undone by restoring that copy.
    """
    target = _require_sqlite(db)
    verify_backup(backup)
    moment = now or _now()
    kept = target.with_name(
        f"{target.stem}.before-restore-{moment.strftime(_STAMP)}{target.suffix}"
    )
    if target.exists():
        backup_sqlite(db, kept)
    # Copy into the live file through the backup API: one transaction for every reader.
    with copied_into(backup, target, timeout=30) as copy:
        check = copy.execute("PRAGMA integrity_check").fetchall()
    if check != [("ok",)]:  # pragma: no cover - the copy of a verified file failed
        raise BackupError(
            translate(
                "store.backups", "Restore failed; the previous database is kept in {kept}."
            ).format(kept=kept),
        )
    db.dispose()  # pooled connections re-read the file
    return kept
