"""Running the review form on waitress: in the foreground (``lendingdesk serve``) or in a
background thread of the desk, stopped cleanly when the desk closes.

Waitress is pure Python, runs the same on the desks' Windows PCs and a region's Linux server,
and guards the edges itself: header and body size limits, a connection limit, idle timeouts,
never a traceback to the client, and -- behind the organisation's HTTPS proxy -- the client's
address and scheme taken only from a proxy that is trusted by address.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from lendingdesk.errors import InvalidInput
from lendingdesk.services.review_links import ReviewLinkService
from lendingdesk.translation import translate
from lendingdesk.web.guard import Limits

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerOptions:
    host: str = "127.0.0.1"
    port: int = 0  # 0: any free port (tests); the desk's setting gives a fixed one
    threads: int = 8
    trusted_proxy: str | None = None  # e.g. "127.0.0.1" for nginx on the same machine
    limits: Limits = field(default_factory=Limits)
    secret: bytes | None = None


class ReviewWebServer:
    """One waitress server over one :class:`ReviewLinkService`; bound at construction, so the
    real port is known (``port``) before it serves."""

    def __init__(self, links: ReviewLinkService, options: ServerOptions | None = None) -> None:
        from waitress.server import create_server

        from lendingdesk.web.app import create_app

        self.options = options = options or ServerOptions()
        self.app = create_app(links, limits=options.limits, secret=options.secret)
        proxy: dict[str, Any] = {}
        if options.trusted_proxy:
            proxy = {
                "trusted_proxy": options.trusted_proxy,
                "trusted_proxy_headers": {"x-forwarded-for", "x-forwarded-proto"},
                "trusted_proxy_count": 1,
            }
        try:
            self._server: Any = create_server(
                self.app,
                host=options.host,
                port=options.port,
                threads=options.threads,
                ident="LendingDesk",
                expose_tracebacks=False,
                max_request_header_size=16 * 1024,
                # Above the app's own limit, so an oversized form gets the friendly page; far
                # beyond it waitress refuses before reading (a plain 413, no traceback).
                max_request_body_size=4 * options.limits.max_body,
                connection_limit=200,
                channel_timeout=60,
                clear_untrusted_proxy_headers=True,
                **proxy,
            )
        except OSError as exc:
            raise InvalidInput(
                translate(
                    "web.server",
                    "The review form cannot start on {host}:{port} ({value}). Choose another "
                    "port or an address of this computer.",
                ).format(host=options.host, port=options.port, value=exc.strerror or exc),
            ) from None
        except ValueError as exc:
            raise InvalidInput(
                translate("web.server", "Invalid setting for the review form: {exc}").format(
                    exc=exc
                ),
            ) from None
        self.host: str = str(self._server.effective_host)
        self.port: int = int(self._server.effective_port)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = self.host if ":" not in self.host else f"[{self.host}]"
        return f"http://{host}:{self.port}"

    def serve_forever(self) -> None:
        """Serve in this thread until :meth:`stop` (from another thread) or Ctrl+C."""
        try:
            self._server.run()
        finally:
            self._server.task_dispatcher.shutdown()

    def start(self) -> ReviewWebServer:
        """Serve in a background thread (the desk's way)."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self.serve_forever, name="review-form-server", daemon=True
            )
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Close the listening socket and every connection inside the server's own loop, and
        wait for the loop and the worker threads to end."""
        from waitress import wasyncore

        server = self._server

        def close_everything() -> None:
            wasyncore.close_all(server._map)

        with contextlib.suppress(OSError):  # a closed trigger: the loop has ended already
            server.trigger.pull_trigger(close_everything)
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("review form server did not stop within %.0f s", timeout)
            self._thread = None
        else:
            server.task_dispatcher.shutdown()

    def __enter__(self) -> ReviewWebServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
