"""The shared regional database on PostgreSQL: the connection URL, TLS, and the password.

A desk stores *where* the server is (host, port, database, user, TLS options) in its settings,
never the password: that lives in the operating system's keyring (Windows Credential Manager,
macOS Keychain, Secret Service), or the desk asks for it. The password is handed to the driver at
connect time, so it is not in ``Database.url``, in logs, or in any settings file.

TLS: ``sslmode`` (``require``, ``verify-ca``, ``verify-full``; default ``prefer``) and
``sslrootcert`` (the region's CA certificate), optionally a client certificate and key.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DisconnectionError

from lendingdesk.errors import InvalidInput
from lendingdesk.translation import translate

log = logging.getLogger(__name__)

KEYRING_SERVICE = "LendingDesk"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DRIVER = "postgresql+psycopg"

PasswordPrompt = Callable[["PgSettings"], str | None]


@dataclass(frozen=True)
class PgSettings:
    """Where the shared server is. Safe to store: there is no password in here."""

    host: str
    dbname: str
    user: str
    port: int = 5432
    sslmode: str | None = None
    sslrootcert: str | None = None
    sslcert: str | None = None
    sslkey: str | None = None
    application_name: str = "LendingDesk"

    def __post_init__(self) -> None:
        if self.sslmode is not None and self.sslmode not in SSL_MODES:
            raise InvalidInput(
                translate(
                    "store.postgres", "Unknown TLS mode “{sslmode}”. Choose from: {ssl_modes}."
                ).format(sslmode=self.sslmode, ssl_modes=", ".join(SSL_MODES)),
            )
        if not (self.host and self.dbname and self.user):
            raise InvalidInput(
                translate("store.postgres", "Fill in server, database and user."),
            )

    @property
    def keyring_account(self) -> str:
        """The key under which the keyring holds this connection's password."""
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"

    def to_url(self) -> URL:
        """The connection URL without a password (what may be stored and shown)."""
        query = {
            k: v
            for k, v in (
                ("sslmode", self.sslmode),
                ("sslrootcert", self.sslrootcert),
                ("sslcert", self.sslcert),
                ("sslkey", self.sslkey),
                ("application_name", self.application_name),
            )
            if v
        }
        return URL.create(
            DRIVER,
            username=self.user,
            host=self.host,
            port=self.port,
            database=self.dbname,
            query=query,
        )

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}

    @classmethod
    def from_url(cls, url: str | URL) -> PgSettings:
        sa_url = make_url(url) if isinstance(url, str) else url
        if not is_postgres(sa_url):
            raise InvalidInput(
                translate(
                    "store.postgres",
                    "This is not a PostgreSQL address; it starts with postgresql+psycopg://.",
                ),
            )
        q = dict(sa_url.query)

        def one(key: str) -> str | None:
            value = q.get(key)
            return value[0] if isinstance(value, tuple) else value

        return cls(
            host=sa_url.host or "localhost",
            port=sa_url.port or 5432,
            dbname=sa_url.database or "",
            user=sa_url.username or "",
            sslmode=one("sslmode"),
            sslrootcert=one("sslrootcert"),
            sslcert=one("sslcert"),
            sslkey=one("sslkey"),
            application_name=one("application_name") or "LendingDesk",
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PgSettings:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        if "password" in data:
            raise InvalidInput(
                translate(
                    "store.postgres",
                    "The password does not belong in the settings; it is kept in the system "
                    "keyring.",
                ),
            )
        if "port" in known:
            known["port"] = int(known["port"])
        return cls(**known)


def is_postgres(url: str | URL) -> bool:
    sa_url = make_url(url) if isinstance(url, str) else url
    return sa_url.get_backend_name() == "postgresql"


def normalise_url(url: str) -> str:
    """``postgres://`` and ``postgresql://`` become the psycopg 3 driver LendingDesk ships."""
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "postgresql" and sa_url.drivername != DRIVER:
        sa_url = sa_url.set(drivername=DRIVER)
    elif url.startswith("postgres://"):
        sa_url = make_url("postgresql+psycopg://" + url[len("postgres://") :])
    return sa_url.render_as_string(hide_password=False)


def _strip(sa_url: URL) -> URL:
    # URL.set(password=None) leaves the password as it was: rebuild without it.
    return URL.create(
        sa_url.drivername,
        username=sa_url.username,
        host=sa_url.host,
        port=sa_url.port,
        database=sa_url.database,
        query=sa_url.query,
    )


def without_password(url: str | URL) -> str:
    """The URL as it may be stored: the password removed (not masked)."""
    sa_url = make_url(url) if isinstance(url, str) else url
    return _strip(sa_url).render_as_string(hide_password=False)


def shown(url: str | URL) -> str:
    """The URL for screens and logs: a password, if any, masked."""
    sa_url = make_url(url) if isinstance(url, str) else url
    return sa_url.render_as_string(hide_password=True)


# --- the password ------------------------------------------------------------------------------


def _keyring() -> Any:
    """The keyring module, imported when a password is needed (it is slow to import)."""
    import keyring

    return keyring


def stored_password(settings: PgSettings) -> str | None:
    """The password from the system keyring, or None (also when there is no usable keyring)."""
    try:
        password: str | None = _keyring().get_password(KEYRING_SERVICE, settings.keyring_account)
        return password
    except Exception as exc:  # a missing/locked keyring means: ask the user
        log.info("keyring unavailable: %s", type(exc).__name__)
        return None


def store_password(settings: PgSettings, password: str) -> bool:
    """Keep the password in the system keyring. False when there is no usable keyring: then the
    desk asks at every start instead (it never falls back to a plain-text file)."""
    try:
        _keyring().set_password(KEYRING_SERVICE, settings.keyring_account, password)
    except Exception as exc:  # no keyring: the desk asks at every start instead
        log.warning("could not store the password in the keyring: %s", type(exc).__name__)
        return False
    return True


def forget_password(settings: PgSettings) -> None:
    with contextlib.suppress(Exception):  # nothing stored is fine
        _keyring().delete_password(KEYRING_SERVICE, settings.keyring_account)


def terminal_prompt(settings: PgSettings) -> str | None:
    """Ask on the terminal (command line use); None when there is no terminal."""
    import getpass
    import sys

    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Wachtwoord / password for {settings.keyring_account}: ") or None


_default_prompt: PasswordPrompt | None = terminal_prompt


def set_password_prompt(prompt: PasswordPrompt | None) -> PasswordPrompt | None:
    """Who asks for the password when the keyring has none: the terminal by default; the desk
    window installs its own dialog while it runs. The prompt it replaces."""
    global _default_prompt
    previous, _default_prompt = _default_prompt, prompt
    return previous


class PasswordSource:
    """Finds the password once per process: given in the URL, the keyring, or the prompt."""

    def __init__(
        self,
        settings: PgSettings,
        *,
        given: str | None = None,
        prompt: PasswordPrompt | None = None,
        remember: bool = False,
    ) -> None:
        self.settings = settings
        self._given = given
        self._prompt = prompt
        self._remember = remember
        self._cached: str | None = None

    def __call__(self) -> str | None:
        if self._given:
            return self._given
        if self._cached is None:
            self._cached = stored_password(self.settings)
        if self._cached is None and self._prompt is not None:
            asked = self._prompt(self.settings)
            if asked:
                self._cached = asked
                if self._remember:
                    store_password(self.settings, asked)
        return self._cached


# A pooled connection unused for longer than this is pinged before it is handed out (a server
# restart or a dropped network shows there, and the pool connects afresh). One used moments ago
# is not: a desk's scans in a row then save a round trip each (50 ms with the server 50 ms
# away). Should the server have gone in those moments, the scan fails as "server unreachable"
# and is kept in the offline journal like any other, and the pool starts afresh.
PING_AFTER_IDLE_S = 2.0


def _ping_after_idle(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_from"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_from = record.info.get("idle_from")
        if idle_from is None or time.monotonic() - idle_from < PING_AFTER_IDLE_S:
            return  # new, or used moments ago
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error:
            alive = False
        if not alive:
            raise DisconnectionError("the pooled connection did not answer its ping")


def make_pg_engine(
    url: str, *, prompt: PasswordPrompt | None = None, remember: bool = False, **kwargs: Any
) -> Engine:
    """An engine for the shared server; the password is added only when a connection is made."""
    sa_url = make_url(normalise_url(url))
    settings = PgSettings.from_url(sa_url)
    source = PasswordSource(
        settings, given=sa_url.password, prompt=prompt or _default_prompt, remember=remember
    )
    connect_args = {"connect_timeout": 5, **kwargs.pop("connect_args", {})}
    engine = create_engine(_strip(sa_url), connect_args=connect_args, **kwargs)

    _ping_after_idle(engine)

    @event.listens_for(engine, "connect")
    def _desk_session(dbapi_connection: Any, _record: Any) -> None:
        # No parallel workers for a desk's statements: they are small, and many desks share
        # the server's cores (the catalogue search's bucket walk also counts on its nested loop
        # handing rows over in bucket order). No JIT compilation either: the planner's guess
        # for the bucket walk passes jit_above_cost from 54 rows on, and compiling took 6.5 ms
        # of an 8.4 ms search (the catalogue screen asks 101). Once per connection, by plain
        # SETs: a startup option would be refused by a connection pooler such as PgBouncer.
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET max_parallel_workers_per_gather = 0; SET jit = off")
        dbapi_connection.commit()

    @event.listens_for(engine, "do_connect")
    def _add_password(
        _dialect: object, _conn_rec: object, _cargs: object, cparams: dict[str, Any]
    ) -> None:
        if "password" not in cparams:
            password = source()
            if password:
                cparams["password"] = password

    return engine
