"""Every change of state leaves an audit event: who, what, when, at which desk, on which record."""

from __future__ import annotations

from typing import Any

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
) -> AuditEvent:
    event = AuditEvent(
        at=ctx.now(),
        actor=ctx.actor,
        desk=ctx.desk,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details={k: v for k, v in details.items() if v not in (None, [], "")},
    )
    session.add(event)
    return event
