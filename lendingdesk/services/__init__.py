"""Application services: what the desk window (and scripts, benchmarks) call.

A service opens its own units of work on a :class:`~lendingdesk.store.db.Database`, calls the
domain, and hands back plain frozen dataclasses -- never ORM objects -- so that the UI can keep
them after the session is closed and never touches the database itself. No Qt in here.
"""

from __future__ import annotations

from collections.abc import Callable

from lendingdesk.domain.context import DeskContext

# Builds the DeskContext for one action (who is at the desk, which location, which clock).
ContextFactory = Callable[[], DeskContext]
