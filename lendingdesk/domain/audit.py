"""Every change of state leaves an audit event: who, what, when, at which desk, on which record."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from lendingdesk.domain.context import DeskContext
from lendingdesk.store.models import AuditEvent


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
    and it saves the unit of work a second flush at every check-out."""
    session.execute(
        insert(AuditEvent),
        [
            {
                "at": ctx.now(),
                "actor": ctx.actor,
                "desk": ctx.desk,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "details": {k: v for k, v in details.items() if v not in (None, [], "")},
            }
        ],
    )
