"""Every change of state leaves an audit event: who, what, when, at which desk, on which record."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from lendingdesk.domain.context import DeskContext
from lendingdesk.store.models import AuditEvent

# A Core INSERT on the table, built once: no ORM bulk-insert machinery per event (it cost as
# much CPU as the rest of a check-in's writes), and SQLAlchemy reuses its compiled SQL.
_TABLE: Table = AuditEvent.__table__  # type: ignore[assignment]
_INSERT = insert(_TABLE)


def record(
    session: Session,
    ctx: DeskContext,
    action: str,
    entity: str,
    entity_id: int | None,
    **details: Any,
) -> None:
    """Write the event in the caller's transaction (it commits or rolls back with the change).

    A plain INSERT, not an ORM object: nothing reads the event back in the same transaction,
    and it saves the unit of work a second flush at every check-out (the session still
    flushes the changes made before it, as for any statement)."""
    session.execute(
        _INSERT,
        {
            "at": ctx.now(),
            "actor": ctx.actor,
            "desk": ctx.desk,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "details": {k: v for k, v in details.items() if v not in (None, [], "")},
        },
    )
