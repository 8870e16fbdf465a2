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
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.orm import Session, sessionmaker

from lendingdesk.domain.errors import DatabaseUnavailable, LendingError

log = logging.getLogger(__name__)

T = TypeVar("T")

ENV_DB = "LENDINGDESK_DB"
ENV_DATA_DIR = "LENDINGDESK_DATA_DIR"


def data_dir() -> Path:
    """The per-user folder that holds the database, backups and the scan journal."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("LendingDesk", "LendingDesk", roaming=True))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'lendingdesk.sqlite3'}"


def resolve_url(url: str | None) -> str:
    """The database URL from the command line, else the environment, else the default file."""
    if url:
        return url if "://" in url else f"sqlite:///{Path(url).expanduser().resolve()}"
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


def _sqlite_begin_immediate(conn: object) -> None:
    # Take the write lock at the start of every transaction, so two desks on one file
    # never deadlock half-way (SQLite would otherwise upgrade read locks late).
    conn.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]


def make_engine(url: str) -> Engine:
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "sqlite":
        if sa_url.database and sa_url.database != ":memory:":
            Path(sa_url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"isolation_level": None, "timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
    else:
        from lendingdesk.store.postgres import make_pg_engine

        # The password comes from the URL, the keyring or a prompt, only at connect time.
        engine = make_pg_engine(url)
    event.listen(engine, "handle_error", _translate_error)
    return engine


class ConcurrentChange(LendingError):
    """Another desk changed the same record at the same moment (PostgreSQL gave up waiting)."""

    code = "concurrent_change"


# SQLSTATEs: connection lost or refused, server shutting down / starting up.
_PG_UNAVAILABLE = ("08", "57P01", "57P02", "57P03", "53300")
_PG_CONFLICT = ("40001", "40P01", "55P03")
_SQLITE_UNAVAILABLE = ("database is locked", "unable to open", "disk i/o error", "readonly")


def _translate_error(ctx: ExceptionContext) -> Exception | None:
    """Driver errors that mean "the database is away" or "someone else was quicker" become
    refusals the desk can explain; everything else (bugs, constraint violations) stays as is."""
    if ctx.is_pre_ping:  # the pool reconnects by itself after a failed ping
        return None
    exc = ctx.original_exception
    if ctx.dialect.name == "sqlite":
        text = str(exc).lower()
        if isinstance(exc, sqlite3.OperationalError) and any(
            t in text for t in _SQLITE_UNAVAILABLE
        ):
            return _unavailable(exc)
        return None
    sqlstate = getattr(exc, "sqlstate", None) or ""
    if sqlstate in _PG_CONFLICT:
        return ConcurrentChange(
            "Een andere balie wijzigde dit op hetzelfde moment. Scan opnieuw.",
            "Another desk changed this at the same moment. Scan again.",
        )
    dbapi = ctx.dialect.loaded_dbapi
    if (
        ctx.is_disconnect
        or sqlstate.startswith(_PG_UNAVAILABLE)
        or (isinstance(exc, dbapi.OperationalError | dbapi.InterfaceError) and not sqlstate)
    ):
        return _unavailable(exc)
    return None


def _unavailable(exc: BaseException) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        f"De database is niet bereikbaar ({_short(exc)}). Wat u scant wordt lokaal bewaard; "
        "controleer de verbinding en probeer het opnieuw.",
        f"The database cannot be reached ({_short(exc)}). What you scan is kept locally; "
        "check the connection and try again.",
    )


@dataclass
class Database:
    """An open database: the engine and a factory for units of work."""

    url: str
    engine: Engine

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._checkpointer: WalCheckpointer | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        db = make_url(self.url).database
        return Path(db) if self.is_sqlite and db and db != ":memory:" else None

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
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
        _analyse(self, "PRAGMA optimize")
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

    def run(self) -> None:
        con: sqlite3.Connection | None = None
        try:
            while not self._stopping.wait(self.every_s):
                try:
                    if con is None:
                        con = sqlite3.connect(self.path, timeout=0, isolation_level=None)
                    con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                    self.checkpoints += 1
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


def _analyse(db: Database, statement: str) -> None:
    """``statement`` (ANALYZE or PRAGMA optimize) within ANALYSIS_LIMIT, committed."""
    if not db.is_sqlite:
        return  # PostgreSQL's autovacuum keeps its own statistics
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
            conn.exec_driver_sql(statement)
            conn.commit()
    except Exception:  # e.g. a read-only file, or another desk holding the write lock
        log.warning("could not refresh the query planner's statistics", exc_info=True)


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """Open (and by default create or upgrade) the database at ``url``."""
    resolved = resolve_url(url)
    engine = make_engine(resolved)
    db = Database(resolved, engine)
    try:
        if upgrade:
            upgrade_schema(db)
        else:
            with engine.connect():
                pass
        refresh_planner_statistics(db)
    except Exception as exc:  # every driver error becomes one clear message
        if isinstance(exc, DatabaseUnavailable):
            raise
        engine.dispose()
        raise DatabaseUnavailable(
            f"De database is niet bereikbaar ({_short(exc)}). Controleer de verbinding of het pad "
            "en probeer het opnieuw.",
            f"The database cannot be reached ({_short(exc)}). Check the connection or path "
            "and try again.",
        ) from exc
    return db


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


# --- schema migrations -------------------------------------------------------------------------


def _alembic_config(db: Database):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["engine"] = db.engine
    return cfg


# The newest migration in store/migrations (a test keeps this equal to Alembic's head).
SCHEMA_HEAD = "0016"


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


def backup_sqlite(db: Database, target: Path) -> Path:
    """An online, consistent copy of the SQLite database (safe while desks are using it)."""
    if db.sqlite_path is None:
        raise ValueError("backup_sqlite needs a SQLite database")
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".part")
    src = sqlite3.connect(db.sqlite_path)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    shutil.move(tmp, target)
    return target
