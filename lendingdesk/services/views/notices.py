"""What the desk's E-mail settings page and its send timer use (no Qt).

The password: stored in the system keyring when the coordinator types it on the settings page;
where there is no keyring it is kept in this process's memory only (asked again after a
restart), never written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from lendingdesk.domain.context import DeskContext
from lendingdesk.services import notices
from lendingdesk.services.notices import NoticeConfig, RunReport
from lendingdesk.services.views.base import ViewService
from lendingdesk.store.db import Database


class NoticesView(ViewService):
    def __init__(self, db: Database, ctx_factory: Callable[[], DeskContext]) -> None:
        super().__init__(db, ctx_factory)
        self._password: str | None = None  # only when the keyring could not keep it
        self._last_run: datetime | None = None

    def config(self) -> NoticeConfig:
        with self.db.session() as s:
            return notices.load_config(s)

    def effective_server(self) -> str:
        """The server in use (``LENDINGDESK_SMTP`` wins over the setting), for display."""
        return self.config().with_env().smtp_url

    def password_state(self, config: NoticeConfig) -> str:
        """none (no user: no password needed) / stored (in the keyring) / session (typed, kept
        in memory) / missing."""
        url = config.with_env().smtp_url
        if not url:
            return "none"
        try:
            server = notices.parse_server(url)
        except notices.MailSetupError:
            return "none"
        if server.user is None:
            return "none"
        if notices.stored_password(server):
            return "stored"
        return "session" if self._password else "missing"

    def save(self, config: NoticeConfig, password: str | None = None) -> bool:
        """Store the settings; a typed password goes to the keyring. Returns False when the
        keyring could not keep it (then it is kept in memory for this session only)."""
        with self.db.unit_of_work() as s:
            config = notices.save_config(s, self.context(), config)
        if not password:
            return True
        server = notices.parse_server(config.with_env().smtp_url)
        try:
            notices.store_password(server, password)
        except notices.MailSetupError:
            self._password = password
            return False
        self._password = None
        return True

    def send_now(self, *, dry_run: bool = False) -> RunReport:
        """One run (called on a pool thread by the desk's timer); never asks for anything."""
        return notices.send_due(
            self.db,
            self.context(),
            dry_run=dry_run,
            password=self._password,
            prompt=None,
        )

    def run_on_timer(self) -> RunReport | None:
        """The desk's timer (every minute, on a pool thread): a run when notices are on and the
        configured interval has passed since the last one, else None. Waiting-list holds whose
        time has passed end first, e-mail on or not: the item goes to the next in line."""
        notices.expire_waiting_holds(self.db, self.context())
        config = self.config()
        if not config.enabled:
            return None
        now = self.context().now()
        if self._last_run is not None and now - self._last_run < timedelta(
            minutes=config.every_minutes
        ):
            return None
        self._last_run = now
        return self.send_now()
