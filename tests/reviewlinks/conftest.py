"""Fixtures for review links: the review store's small desk, and the suite's PostgreSQL."""

from __future__ import annotations

from tests.pg_fixture import pg_server, pg_url  # noqa: F401  (fixtures)
from tests.reviewstore.conftest import Desk, desk  # noqa: F401  (fixture)
