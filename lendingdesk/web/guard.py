"""The form's safety parts that are not Flask's: rate limits and the CSRF token."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one address and one link may ask within ``window_s`` seconds."""

    window_s: float = 600.0
    per_address: int = 120  # any request
    per_address_unknown: int = 20  # requests for links that do not exist (guessing)
    per_token: int = 60  # views of one link
    per_token_posts: int = 20  # submissions of one link
    max_body: int = 128 * 1024  # bytes of a posted form


class RateLimiter:
    """Sliding-window counters per key, in memory (one server process), thread-safe, bounded:
    the least recently seen keys are forgotten beyond ``max_keys``."""

    def __init__(self, clock=time.monotonic, max_keys: int = 50_000) -> None:  # type: ignore[no-untyped-def]
        self._clock = clock
        self._max_keys = max_keys
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, key: str, limit: int, window_s: float) -> bool:
        """Count one hit on ``key``; False when it is over ``limit`` within the window."""
        now = self._clock()
        with self._lock:
            hits = self._hits.pop(key, None) or deque()
            while hits and hits[0] <= now - window_s:
                hits.popleft()
            self._hits[key] = hits
            while len(self._hits) > self._max_keys:
                self._hits.popitem(last=False)
            if len(hits) >= limit:
                return False
            hits.append(now)
            return True

    def seen(self, key: str, limit: int, window_s: float) -> bool:
        """True when ``key`` has already reached ``limit`` (without counting a hit)."""
        now = self._clock()
        with self._lock:
            hits = self._hits.get(key)
            return bool(hits) and sum(1 for t in hits if t > now - window_s) >= limit


class Csrf:
    """Double-submit token bound to the review link: a random cookie, and in the form an HMAC
    of that cookie and the link under the server's secret. A page on another site can neither
    read the cookie nor compute the field."""

    COOKIE = "ld_csrf"

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)

    @staticmethod
    def new_cookie() -> str:
        return secrets.token_urlsafe(24)

    def field_for(self, cookie: str, link_token: str) -> str:
        message = f"{cookie}\0{link_token}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def valid(self, cookie: str | None, field: str | None, link_token: str) -> bool:
        if not cookie or not field or len(cookie) > 64 or len(field) > 128:
            return False
        return hmac.compare_digest(self.field_for(cookie, link_token), field)
