"""Who is acting, at which desk, and what time it is: handed to every service call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class DeskContext:
    """The acting person (free text, no login needed at the desk) and the desk's location."""

    actor: str | None = None
    desk: str | None = None
    location_id: int | None = None
    clock: Callable[[], datetime] = field(default=system_clock, compare=False)
    loan_limit: int | None = None  # the desk-wide default; a borrower's own limit wins

    def now(self) -> datetime:
        """Now as naive UTC, the way timestamps are stored."""
        return self.clock().astimezone(UTC).replace(tzinfo=None)

    def today(self) -> date:
        """The desk's calendar date (local time): due dates are calendar dates."""
        return self.clock().astimezone().date()


def to_local(stored: datetime | None) -> datetime | None:
    """A stored naive-UTC timestamp as local, aware time for display."""
    if stored is None:
        return None
    return stored.replace(tzinfo=UTC).astimezone()
