"""Fixtures of the reliability tests: the private PostgreSQL server (shared with others)."""

from __future__ import annotations

from tests.pg_fixture import pg_server, pg_url  # noqa: F401 - fixtures
