"""A tiny HTTP client for the review form tests: real sockets (http.client), cookies kept by
hand, the form's CSRF field read from the page."""

from __future__ import annotations

import http.client
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

CSRF_FIELD = re.compile(r'name="_csrf" value="([0-9a-f]+)"')


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: str

    @property
    def csrf(self) -> str:
        found = CSRF_FIELD.search(self.body)
        assert found, self.body[:500]
        return found.group(1)


@dataclass
class Phone:
    """One phone's browser: a base URL and the cookies the server set."""

    base: str
    cookies: dict[str, str] = field(default_factory=dict)
    accept_language: str = "nl-NL,nl;q=0.9"

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        parts = urlsplit(self.base)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        sent = {"Accept-Language": self.accept_language, **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            conn.request(method, path, body=body, headers=sent)
            response = conn.getresponse()
            raw = response.read()
            for value in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
            return Reply(
                response.status, {k.lower(): v for k, v in response.getheaders()}, raw.decode()
            )
        finally:
            conn.close()

    def get(self, path: str) -> Reply:
        return self.request("GET", path)

    def post(self, path: str, fields: dict[str, object] | list[tuple[str, str]]) -> Reply:
        pairs: list[tuple[str, str]] = []
        items = fields.items() if isinstance(fields, dict) else fields
        for key, value in items:
            if isinstance(value, list | tuple):
                pairs += [(key, str(v)) for v in value]
            else:
                pairs.append((key, str(value)))
        body = urlencode(pairs).encode()
        return self.request(
            "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"}
        )


def form_fields(answers: dict[str, object]) -> dict[str, object]:
    """Answers as the form posts them (q-<key> fields)."""
    return {f"q-{key}": value for key, value in answers.items()}
