"""Opening the database: where it lives, how it is tuned, and bringing its schema up to date.

The default is one SQLite file in the user's data folder. A region sharing one catalogue sets
``--db postgresql+psycopg://…`` or ``LENDINGDESK_DB``; the same code runs on both.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.orm import Session, sessionmaker

from lendingdesk.errors import (
    AuthenticationFailed,
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseMissing,
    DatabaseReplaced,
    DatabaseUnavailable,
    DiskFull,
    LendingError,
    NotADatabase,
    ReadOnlyDatabase,
    SchemaTooNew,
    ServerUnreachable,
)
from lendingdesk.safe_text import shown, undecodable
from lendingdesk.translation import Message, translate

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

T = TypeVar("T")

ENV_DB = "LENDINGDESK_DB"
ENV_DATA_DIR = "LENDINGDESK_DATA_DIR"


# Files holding personal data (database, WAL/SHM, backups, copies, exports) are readable by the
# owner only; their folders, when LendingDesk creates them, too (Linux/macOS; on Windows the
# user's profile folder's ACL applies, see docs/reliability.md).
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def private_dir(path: Path) -> Path:
    """``path`` as a folder, created owner-only when it does not exist yet."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    return path


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only (0600) unless it exists; never truncates."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    os.close(fd)


def append_private(path: Path, data: bytes) -> None:
    """Append ``data`` to ``path`` (created owner-only when new) and have it on disk before
    returning: the append-only records (scan journal, erasure register) that must survive a
    power cut."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def data_dir() -> Path:
    """The per-user folder that holds the database, backups and the scan journal."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("LendingDesk", "LendingDesk", roaming=True))
    return private_dir(path)


def file_url(path: Path) -> str:
    """The SQLite URL of a file path, taken literally: a "?" or "#" in the name is part of the
    name (``desk.sqlite3?mode=ro`` is not a read-only desk), a "%" is not an escape."""
    if undecodable(str(path)):  # bytes that are no UTF-8: refused by name further on
        return f"sqlite:///{path}"
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def default_url() -> str:
    return file_url(data_dir() / "lendingdesk.sqlite3")


def resolve_url(url: str | None) -> str:
    """The database URL from the command line, else the environment, else the default file."""
    if url:
        return url if "://" in url else file_url(Path(url).expanduser().resolve())
    return os.environ.get(ENV_DB) or default_url()


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: an acknowledged scan survives a power cut (costs ~0.5 ms per transaction).
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    # SQLite folds the WAL back into the database inside the commit that crosses this many
    # pages: a 5-10 ms stall in that scan. The desk does it on a worker thread instead (see
    # WalCheckpointer); this high mark is only the safety net (CLI runs, a stopped thread).
    cur.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
    cur.close()


WAL_AUTOCHECKPOINT_PAGES = 10_000  # ~40 MB of WAL


# Execution option that marks a connection as a reader (see Database.session()).
READ_ONLY_OPTION = "lendingdesk_read_only"


def _sqlite_begin(conn: Connection) -> None:
    """Open the transaction SQLAlchemy is starting (pysqlite's own BEGIN is switched off).

    A unit of work that may write takes the write lock at once (``BEGIN IMMEDIATE``): two desks
    writing to one file then queue for the lock instead of deadlocking half-way, which is what
    SQLite does when a read transaction later tries to become a write. A reader (marked with
    READ_ONLY_OPTION) opens a plain WAL read transaction: one consistent snapshot that neither
    waits for nor holds up another desk's check-out."""
    read_only = conn.get_execution_options().get(READ_ONLY_OPTION, False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def connect_existing(path: Path | str, *, timeout: float = 10) -> sqlite3.Connection:
    """A connection to an existing SQLite file. Unlike ``sqlite3.connect(path)`` it never
    creates an empty database where the file is missing (a mistyped path, a deleted file)."""
    return sqlite3.connect(
        f"file:{quote(str(path))}?mode=rw",
        uri=True,
        timeout=timeout,
        isolation_level=None,
        check_same_thread=False,
    )


def make_engine(url: str) -> Engine:
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "sqlite":
        path = sa_url.database
        if path and path != ":memory:" and not path.startswith("file:"):
            # Every pooled connection opens the file that exists; none creates a new one.
            engine = create_engine(url, creator=lambda: connect_existing(path))
        else:
            engine = create_engine(url, connect_args={"isolation_level": None, "timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        from lendingdesk.store.postgres import make_pg_engine

        # The password comes from the URL, the keyring or a prompt, only at connect time.
        engine = make_pg_engine(url)
    event.listen(engine, "handle_error", _translate_error)
    return engine


class ConcurrentChange(LendingError):
    """Another desk changed the same record at the same moment (PostgreSQL gave up waiting)."""

    code = "concurrent_change"


# SQLSTATEs: connection lost or refused, server shutting down / starting up, too many clients.
_PG_UNAVAILABLE = ("08", "57P01", "57P02", "57P03", "53300")
_PG_CONFLICT = ("40001", "40P01", "55P03")
_PG_AUTH = ("28000", "28P01")
_PG_DISK_FULL = ("53100",)
_PG_READ_ONLY = ("25006",)
_PG_CORRUPT = ("XX001", "XX002")
_AUTH_WORDS = ("password authentication failed", "no password supplied", "authentication failed")

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26
_SQLITE_IOERR, _SQLITE_AUTH, _SQLITE_PERM = 10, 23, 3


def _translate_error(ctx: ExceptionContext) -> Exception | None:
    """Driver errors that say what is wrong with the database become refusals that name it;
    everything else (bugs, constraint violations) stays as is."""
    if ctx.is_pre_ping:  # the pool reconnects by itself after a failed ping
        return None
    exc = ctx.original_exception
    if ctx.dialect.name == "sqlite":
        if isinstance(exc, sqlite3.Error):
            database = ctx.engine.url.database if ctx.engine is not None else None
            return sqlite_failure(exc, Path(database) if database else None)
        return None
    sqlstate = getattr(exc, "sqlstate", None) or ""
    if sqlstate in _PG_CONFLICT:
        return ConcurrentChange(
            translate("store.db", "Another desk changed this at the same moment. Scan again."),
        )
    dbapi = ctx.dialect.loaded_dbapi
    if sqlstate or isinstance(exc, dbapi.OperationalError | dbapi.InterfaceError):
        named = server_failure(exc, sqlstate, disconnect=ctx.is_disconnect)
        if named is not None:
            return named
    return None


def server_failure(
    exc: BaseException, sqlstate: str = "", *, disconnect: bool = False
) -> DatabaseUnavailable | None:
    """What a PostgreSQL driver error means for the desk (None: not a database failure)."""
    text = str(exc).lower()
    if sqlstate in _PG_AUTH or any(w in text for w in _AUTH_WORDS):
        return AuthenticationFailed(
            translate(
                "store.db",
                "The database server refuses the user name or password ({exc}). Check the "
                "password or ask the administrator; nothing was saved.",
            ).format(exc=_short(exc)),
        )
    if sqlstate in _PG_DISK_FULL:
        return _disk_full(translate("store.db", "the database server"))
    if sqlstate in _PG_READ_ONLY:
        return ReadOnlyDatabase(
            translate(
                "store.db",
                "The database server only allows reading; nothing was saved. Ask the "
                "administrator.",
            ),
        )
    if sqlstate in _PG_CORRUPT:
        return DatabaseCorrupt(
            translate(
                "store.db",
                "The database server reports damaged data ({exc}); nothing was saved. Tell the "
                "administrator.",
            ).format(exc=_short(exc)),
        )
    if disconnect or not sqlstate or sqlstate.startswith(_PG_UNAVAILABLE):
        return _unreachable(exc)
    return None


def sqlite_failure(exc: sqlite3.Error, path: Path | None) -> DatabaseUnavailable | None:
    """What a SQLite error means for the desk (None: not a problem of the file itself)."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).lower()
    where = str(path) if path is not None else "?"
    if code == _SQLITE_FULL or "disk is full" in text or (code == _SQLITE_IOERR and _no_room(path)):
        return _disk_full(translate("store.db", "the disk that holds the database"))
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return corrupt_file(path, _short(exc))
    cant_open = code == _SQLITE_CANTOPEN or "unable to open" in text
    if cant_open and path is not None and not path.exists():
        return missing_file(path)
    if code == _SQLITE_READONLY or "readonly" in text or (cant_open and _read_only(path)):
        return ReadOnlyDatabase(
            translate(
                "store.db",
                "The database file {where} is read-only (the file or its folder cannot be "
                "written); nothing was saved. Ask IT for write permission on the file and its "
                "folder.",
            ).format(where=where),
        )
    if cant_open:
        return DatabaseUnavailable(
            translate(
                "store.db",
                "The database file {where} cannot be opened ({exc}); nothing was saved. Ask IT "
                "for read and write permission on the file and its folder.",
            ).format(where=where, exc=_short(exc)),
        )
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
        return DatabaseBusy(
            translate(
                "store.db",
                "The database is busy at another desk or with a backup. Try again in a moment.",
            ),
        )
    if code in (_SQLITE_IOERR, _SQLITE_AUTH, _SQLITE_PERM) or "disk i/o error" in text:
        return DatabaseUnavailable(
            translate(
                "store.db",
                "The database file {where} cannot be read or written ({exc}); nothing was saved. "
                "Check the disk or network folder.",
            ).format(where=where, exc=_short(exc)),
        )
    return None


# Below this much free space an I/O error is the disk being full (SQLite then says only
# "disk I/O error": growing the SHM or WAL file failed).
_FULL_BELOW = 1024 * 1024


def _read_only(path: Path | None) -> bool:
    """The file or its folder cannot be written (permissions, a read-only share or disk)."""
    if path is None:
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _no_room(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        st = os.statvfs(path.parent)
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        return False
    return st.f_bavail * st.f_frsize < _FULL_BELOW


def _unreachable(exc: BaseException) -> ServerUnreachable:
    return ServerUnreachable(
        translate(
            "store.db",
            "The database server cannot be reached ({exc}). Check the network connection and try "
            "again.",
        ).format(exc=_short(exc)),
    )


def _disk_full(where: Message) -> DiskFull:
    return DiskFull(
        translate(
            "store.db",
            "The disk is full ({where}); nothing was saved. Free some space or ask IT, then try "
            "again.",
        ).format(where=where),
    )


SQLITE_HEADER = b"SQLite format 3\x00"


def not_a_database(path: Path | str) -> bool:
    """Whether ``path`` is some other kind of file than a (possibly damaged) SQLite database:
    no SQLite header and not a whole number of pages. A document given by mistake as ``--db``
    must not be called a damaged database that a backup should replace."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
        size = os.path.getsize(path)
    except OSError:
        return False
    if size == 0 or head == SQLITE_HEADER:
        return False
    return size % 512 != 0


def corrupt_file(path: Path | None, detail: str = "") -> DatabaseCorrupt:
    where = str(path) if path is not None else "?"
    if path is not None and not_a_database(path):
        return NotADatabase(
            translate(
                "store.db",
                "{where} is not a LendingDesk database but another kind of file; nothing was "
                "changed in it. Check the path given with --db (or LENDINGDESK_DB).",
            ).format(where=where),
        )
    if detail:  # SQLite's own words are for IT (the log), not for the desk
        log.info("database %s is damaged: %s", where, " ".join(detail.split()))
    return DatabaseCorrupt(
        translate(
            "store.db",
            "The database file {where} is damaged; nothing more is saved in it. Ask the "
            "coordinator to restore a backup (lendingdesk backups, then lendingdesk restore FILE "
            "--yes).",
        ).format(where=where),
    )


def _first_problem(rows: list[tuple[object, ...]]) -> str:
    """The first line of quick_check's report that names a problem (one short line)."""
    for row in rows:
        for line in str(row[0]).splitlines():
            line = line.strip()
            if line and not line.startswith("***"):
                return line[:120]
    return "quick_check"


def missing_file(path: Path) -> DatabaseMissing:
    return DatabaseMissing(
        translate(
            "store.db",
            "The database file {path} does not exist. Check the path (--db). Create a new, empty "
            "database on purpose with: lendingdesk --db PATH db upgrade. Put a backup back with: "
            "lendingdesk restore FILE --yes.",
        ).format(path=path),
    )


def removed_file(path: Path) -> DatabaseMissing:
    return DatabaseMissing(
        translate(
            "store.db",
            "The database file {path} was deleted or moved while LendingDesk was open; nothing "
            "was saved. Put the file back or ask the coordinator to restore a backup "
            "(lendingdesk restore), and start LendingDesk again.",
        ).format(path=path),
    )


def replaced_file(path: Path) -> DatabaseReplaced:
    return DatabaseReplaced(
        translate(
            "store.db",
            "The database file {path} was removed or replaced while LendingDesk was open; "
            "nothing was saved. Start LendingDesk again; if the wrong file was put back, ask the "
            "coordinator to restore a backup (lendingdesk restore).",
        ).format(path=path),
    )


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


@dataclass
class Database:
    """An open database: the engine and a factory for units of work."""

    url: str
    engine: Engine

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(
            self.engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False
        )
        self._checkpointer: WalCheckpointer | None = None
        # The file this database was opened on: every transaction first checks it is still
        # there and still the same file, so a desk never acknowledges work into a file that
        # was deleted or replaced under it (its open handle would happily write into nothing).
        self._identity: tuple[int, int] | None = None
        self.damaged: DatabaseCorrupt | None = None
        path = self.sqlite_path
        if path is not None:
            self._identity = _file_identity(path)
            event.listen(self.engine, "begin", self._check_file, insert=True)
            event.listen(self.engine, "handle_error", self._note_damage)

    def _check_file(self, _conn: object) -> None:
        path = self.sqlite_path
        assert path is not None
        if self.damaged is not None:
            raise self.damaged
        now = _file_identity(path)
        if self._identity is None:
            self._identity = now  # created since (first start)
        elif now != self._identity:
            raise replaced_file(path) if now is not None else removed_file(path)

    def _note_damage(self, ctx: ExceptionContext) -> None:
        # Once damage is seen, this desk refuses every later transaction too (until restore).
        if isinstance(ctx.original_exception, sqlite3.Error):
            named = sqlite_failure(ctx.original_exception, self.sqlite_path)
            if isinstance(named, DatabaseCorrupt):
                self.damaged = named

    def reset_file_identity(self) -> None:
        """After a restore replaced the file on purpose: accept the new one."""
        self.damaged = None
        self._identity = _file_identity(self.sqlite_path) if self.sqlite_path else None

    def quick_check(self) -> None:
        """SQLite's ``quick_check`` of the whole file (O(size), no index cross-check); raises
        DatabaseCorrupt and refuses writes from then on when it finds damage."""
        path = self.sqlite_path
        if path is None:
            return
        try:
            con = connect_existing(path)
            try:
                rows = con.execute("PRAGMA quick_check").fetchall()
            finally:
                con.close()
        except sqlite3.Error as exc:
            named = sqlite_failure(exc, path)
            if isinstance(named, DatabaseCorrupt):
                self.damaged = named
            raise (named or exc) from exc
        if rows != [("ok",)]:
            self.damaged = corrupt_file(path, _first_problem(rows))
            raise self.damaged

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @cached_property
    def sqlite_path(self) -> Path | None:
        # Cached: every transaction asks (_check_file), and parsing the URL took ~15 µs.
        db = make_url(self.url).database
        return Path(db) if self.is_sqlite and db and db != ":memory:" else None

    @cached_property
    def label(self) -> str:
        """Which database this is, without any password (kept with each journaled scan)."""
        path = self.sqlite_path
        if path is not None:
            return str(path.resolve())
        return make_url(self.url).set(password=None).render_as_string(hide_password=False)

    def session(self) -> Session:
        """A session for reading: a plain WAL reader on SQLite that never takes the write lock,
        so a long read (a report, an export) never holds up another desk's scan. Anything that
        writes uses unit_of_work(), run() or writer()."""
        return self._readers()

    def writer(self) -> Session:
        """A session whose transactions take the write lock at their start (SQLite), for work
        that manages its own begin/commit; most code wants unit_of_work() instead."""
        return self._sessions()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One writing transaction: committed when the block ends, rolled back on any error.
        On SQLite it holds the write lock from its first statement (see _sqlite_begin)."""
        with self._sessions() as session, session.begin():
            yield session

    def run(self, work: Callable[[Session], T], *, attempts: int = 3) -> T:
        """``work`` in one unit of work, tried again when another desk's transaction collided
        with it (PostgreSQL deadlock or serialization failure); then a clear refusal."""
        for attempt in range(1, attempts + 1):
            try:
                with self.unit_of_work() as session:
                    return work(session)
            except ConcurrentChange:
                if attempt == attempts:
                    raise
        raise AssertionError("unreachable")

    def start_background_checkpoints(self, every_s: float = 5.0) -> None:
        """Fold the WAL into the database file every ``every_s`` seconds on a worker thread, so
        no scan's commit pays for it (SQLite file databases; stopped by dispose())."""
        if self.sqlite_path is not None and self._checkpointer is None:
            self._checkpointer = WalCheckpointer(self.sqlite_path, every_s)
            self._checkpointer.start()

    def dispose(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        # SQLite's advice for long-lived connections: let it refresh statistics that the
        # queries of this session showed to be stale (cheap; nothing when all is fresh).
        if self.damaged is None:
            _analyse(self, "PRAGMA optimize", quiet=True)
        self.engine.dispose()


class WalCheckpointer(threading.Thread):
    """Passive WAL checkpoints on a connection of its own: they never wait for or block the
    desk's transactions, and the file's fsync happens here instead of in a scan."""

    def __init__(self, path: Path, every_s: float) -> None:
        super().__init__(name="wal-checkpoint", daemon=True)
        self.path = path
        self.every_s = every_s
        self._stopping = threading.Event()
        self.checkpoints = 0
        self.checkpointed = threading.Event()  # set after each checkpoint that ran

    def run(self) -> None:
        con: sqlite3.Connection | None = None
        try:
            while not self._stopping.wait(self.every_s):
                try:
                    if con is None:
                        con = connect_existing(self.path, timeout=0)
                    con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                    self.checkpoints += 1
                    self.checkpointed.set()
                except sqlite3.Error:  # busy or away: the next round (or the safety net) will do
                    log.debug("background checkpoint skipped", exc_info=True)
        finally:
            if con is not None:
                con.close()

    def stop(self) -> None:
        self._stopping.set()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout=10)


# Rows ANALYZE looks at per index: enough for the planner, and milliseconds even at a million
# loans (a full ANALYZE of the regional benchmark database takes 0.6 s).
ANALYSIS_LIMIT = 1000


def refresh_planner_statistics(db: Database) -> None:
    """Give SQLite's query planner row counts for every index (sqlite_stat1).

    Without them SQLite guesses, and at a million loans it guessed wrong: counting the open
    loans scanned a whole index (46 ms) instead of the small partial one (0.3 ms). Run at
    every open and after bulk changes (demo, import); a failure only costs speed."""
    _analyse(db, "ANALYZE")


def _analyse(db: Database, statement: str, *, quiet: bool = False) -> None:
    """``statement`` (ANALYZE or PRAGMA optimize) within ANALYSIS_LIMIT, committed."""
    if not db.is_sqlite:
        return  # PostgreSQL's autovacuum keeps its own statistics
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
            conn.exec_driver_sql(statement)
            conn.commit()
    except DatabaseCorrupt:
        if not quiet:
            raise  # found here first: say so (the caller refuses the file)
    except Exception as exc:  # e.g. a read-only file, or another desk holding the write lock
        if quiet:  # closing: the user was told about the file's trouble already
            log.debug("statistics not refreshed", exc_info=True)
            return
        # One line, no traceback: the command line's user sees warnings on stderr. A failure
        # with a name (disk full, read-only, busy) is said by the action that needs writing.
        level = logging.INFO if isinstance(exc, LendingError) else logging.WARNING
        log.log(level, "could not refresh the query planner's statistics: %s", _short(exc))
        log.debug("details", exc_info=True)


def open_database(
    url: str | None = None,
    *,
    upgrade: bool = True,
    create: bool = True,
    check: bool = False,
) -> Database:
    """Open (and by default upgrade) the database at ``url``.

    ``create=False`` refuses a SQLite file that does not exist (DatabaseMissing) instead of
    making a new empty one: the command line and a desk started on an explicit path use it, so
    a mistyped path or a deleted file is said, never silently replaced by an empty database.
    ``check=True`` runs SQLite's quick_check first (DatabaseCorrupt on damage)."""
    resolved = resolve_url(url)
    path = sqlite_file(resolved)
    if path is None and not create and make_url(resolved).get_backend_name() == "sqlite":
        # sqlite:// or :memory: would start a desk that forgets every loan when it closes.
        raise DatabaseMissing(
            translate(
                "store.db",
                "{url} is not a database file: a database in memory keeps nothing once "
                "LendingDesk closes. Give the path of the desk's file with --db.",
            ).format(url=shown(resolved)),
        )
    if path is not None and not path.exists():
        if not create:
            raise missing_file(path)
        if not path.parent.is_dir():
            raise DatabaseMissing(
                translate(
                    "store.db",
                    "The folder {parent} does not exist. Check the path (--db); LendingDesk does "
                    "not create folders for a typed path.",
                ).format(parent=path.parent),
            )
        try:
            create_private_file(path)
        except OSError as exc:
            raise _os_failure(exc, path) from exc
    engine = make_engine(resolved)
    db = Database(resolved, engine)
    try:
        if check:
            db.quick_check()
        if upgrade:
            upgrade_schema(db)
        else:
            _refuse_newer_schema(db, _stamped_revision(db))
        refresh_planner_statistics(db)
    except Exception as exc:  # every driver error becomes one clear message
        engine.dispose()
        if isinstance(exc, DatabaseUnavailable):
            raise
        raise DatabaseUnavailable(
            translate(
                "store.db",
                "The database cannot be opened ({exc}). Check the connection or path and try "
                "again.",
            ).format(exc=_short(exc)),
        ) from exc
    return db


def open_offline_capable(url: str | None = None) -> Database:
    """For a scan: the database when it answers; when the server is unreachable, a Database
    that will try again at each transaction (so the scan path can keep the scan in the
    journal). Every other failure is raised as usual."""
    try:
        return open_database(url, create=False, check=True)
    except ServerUnreachable:
        resolved = resolve_url(url)
        return Database(resolved, make_engine(resolved))


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None: not a SQLite file database)."""
    sa_url = make_url(url)
    if sa_url.get_backend_name() != "sqlite":
        return None
    db = sa_url.database
    return Path(db) if db and db != ":memory:" and not db.startswith("file:") else None


def _os_failure(exc: OSError, path: Path) -> DatabaseUnavailable:
    """A file-system error while LendingDesk writes a file of its own, named for what it is."""
    import errno

    if exc.errno == errno.ENOSPC:
        return _disk_full(translate("store.db", "at {path}").format(path=path))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyDatabase(
            translate(
                "store.db",
                "{path} cannot be written (read-only or no permission); nothing was saved. Ask "
                "IT for write permission.",
            ).format(path=path),
        )
    return DatabaseUnavailable(
        translate("store.db", "{path} cannot be written ({strerror}); nothing was saved.").format(
            path=path, strerror=exc.strerror
        ),
    )


os_failure = _os_failure


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


# --- schema migrations -------------------------------------------------------------------------


def _alembic_config(db: Database) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["engine"] = db.engine
    return cfg


# The newest migration in store/migrations (a test keeps this equal to Alembic's head).
SCHEMA_HEAD = "0026"


def _stamped_revision(db: Database) -> str | None:
    """The revision recorded in the database, read without Alembic (None: none recorded)."""
    try:
        with db.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except LendingError:
        raise  # the database is away: say so, as every other path does
    except Exception:  # no alembic_version table yet: a new database
        return None


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(Database("sqlite://", create_engine("sqlite://")))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_schema(db: Database, *, backup: bool = True) -> Path | None:
    """Bring the schema to the newest version. An existing SQLite file is copied first.

    Returns the backup path when one was taken.
    """
    if _stamped_revision(db) == SCHEMA_HEAD:
        return None  # the everyday case, decided without loading Alembic (~120 ms at start)
    from alembic import command

    current = current_revision(db)
    head = head_revision()
    if current == head:
        return None
    _refuse_newer_schema(db, current)
    backup_path = None
    has_tables = bool(inspect(db.engine).get_table_names())
    if backup and has_tables and db.sqlite_path is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup_path = db.sqlite_path.with_name(
            f"{db.sqlite_path.stem}.before-{head}-{stamp}{db.sqlite_path.suffix}"
        )
        backup_sqlite(db, backup_path)
        log.info("backup before migration: %s", backup_path)
    command.upgrade(_alembic_config(db), "head")
    return backup_path


def _refuse_newer_schema(db: Database, current: str | None) -> None:
    """Refuse a database whose schema revision this LendingDesk does not know: a newer version
    made it. Nothing is changed and no copy is taken (it would be one more at every start)."""
    if current is None or current == SCHEMA_HEAD:
        return
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    scripts = ScriptDirectory.from_config(_alembic_config(db))
    try:
        known = scripts.get_revision(current) is not None
    except CommandError:
        known = False
    if not known:
        raise SchemaTooNew(
            translate(
                "store.db",
                "This database was made by a newer LendingDesk (schema {current}). Install that "
                "newer version; this version changes nothing in the database.",
            ).format(current=current),
        )


def backup_sqlite(db: Database, target: Path) -> Path:
    """An online, consistent copy of the SQLite database (safe while desks are using it)."""
    if db.sqlite_path is None:
        raise ValueError("backup_sqlite needs a SQLite database")
    target = Path(target)
    private_dir(target.parent)
    tmp = target.with_suffix(target.suffix + ".part")
    try:
        src = connect_existing(db.sqlite_path)
    except sqlite3.Error as exc:
        raise sqlite_failure(exc, db.sqlite_path) or exc from exc
    try:
        # A copy of a damaged file would rotate the good copies away: check it first.
        rows = src.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            db.damaged = corrupt_file(db.sqlite_path, _first_problem(rows))
            raise db.damaged
        tmp.unlink(missing_ok=True)
        create_private_file(tmp)  # owner-only from the first byte (personal data)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        named = sqlite_failure(exc, db.sqlite_path)
        if isinstance(named, DatabaseCorrupt):
            db.damaged = named
        raise named or exc from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _os_failure(exc, target) from exc
    finally:
        src.close()
    shutil.move(tmp, target)
    return target
