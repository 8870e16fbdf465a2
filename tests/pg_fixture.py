"""A real, private PostgreSQL server for the shared-database tests.

The suite starts its own server from Debian's ``postgresql`` package: ``initdb`` into a
temporary folder, a free port on 127.0.0.1, a socket in that folder, stopped after the session.
PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user on a
folder that user owns.

Without the binaries the tests skip with the reason; in CI (``CI=true``) that is a failure.

Use from a conftest::

    from tests.pg_fixture import pg_server, pg_url  # noqa: F401  (fixtures)
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

PASSWORD = "ld-test-secret"
SUPERUSER = "ldtest"
TEMPLATE_DB = "ld_template"


def find_pg_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder, or None."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name.split(".")[0]),
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One private PostgreSQL cluster. ``url(dbname)`` gives a SQLAlchemy URL with password."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="ld-pg-"))
        self.datadir = self.root / "data"
        self.port = _free_port()
        self._as_root = os.geteuid() == 0
        self._counter = itertools.count(1)
        if self._as_root:
            pw = pwd.getpwnam("postgres")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        self.root.chmod(0o700)

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self._as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=60)

    def init(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self._as_root:
            pw = pwd.getpwnam("postgres")
            os.chown(pwfile, pw.pw_uid, pw.pw_gid)
        # Password (SCRAM) over TCP, like a real regional server; trust only on the private socket.
        self._run(
            "initdb",
            "-D",
            str(self.datadir),
            "-U",
            SUPERUSER,
            f"--pwfile={pwfile}",
            "--auth-host=scram-sha-256",
            "--auth-local=trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        )
        pwfile.unlink()

    def start(self, *, durable: bool = False) -> None:
        # fsync off: the crash tests that need durability run on SQLite files. The benchmarks
        # start it ``durable`` (fsync on, as a real server) to time real commits.
        sync = "on" if durable else "off"
        opts = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync={sync} "
            f"-c full_page_writes={sync} -c max_connections=60"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.datadir),
            "-o",
            opts,
            "-l",
            str(self.root / "log"),
            "-w",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.datadir), "-m", mode, "-w", "stop", check=False)

    def psql(self, sql: str, dbname: str = "postgres") -> str:
        result = self._run(
            "psql", "-h", str(self.root), "-p", str(self.port), "-U", SUPERUSER, "-d", dbname,
            "-v", "ON_ERROR_STOP=1", "-Atc", sql,
        )  # fmt: skip
        return result.stdout

    def url(self, dbname: str, *, password: bool = True) -> str:
        auth = f"{SUPERUSER}:{PASSWORD}" if password else SUPERUSER
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{dbname}"

    def create_template(self) -> None:
        from lendingdesk.store.db import open_database

        self.psql(f"CREATE DATABASE {TEMPLATE_DB}")
        db = open_database(self.url(TEMPLATE_DB))
        db.dispose()

    def fresh_database(self) -> str:
        """A new migrated database (copied from the template: fast), its URL."""
        name = f"ld_test_{os.getpid()}_{next(self._counter)}"
        self.psql(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB}")
        return self.url(name)

    def empty_database(self) -> str:
        """A new database with no schema at all (for migration tests), its URL."""
        name = f"ld_empty_{os.getpid()}_{next(self._counter)}"
        self.psql(f"CREATE DATABASE {name}")
        return self.url(name)

    def cleanup(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"CI=true but {reason}: .ci/run must install Debian's postgresql package")
    pytest.skip(f"{reason} (apt-get install postgresql to run the shared-database tests)")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = find_pg_bin()
    if bindir is None:
        _unavailable("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    assert bindir is not None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            _unavailable("running as root and there is no 'postgres' user to run the server as")
    server = PgServer(bindir)
    try:
        server.init()
        server.start()
        server.create_template()
    except subprocess.CalledProcessError as exc:
        server.cleanup()
        log = server.root / "log"
        detail = log.read_text() if log.exists() else ""
        pytest.fail(f"could not start PostgreSQL: {exc.stderr}\n{detail}")
    yield server
    server.cleanup()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh migrated database on the private server (URL includes the test password)."""
    return pg_server.fresh_database()
