"""After a return: cleaning sign-off, and maintenance. A returned item is not lendable again
until someone signs off its cleaning (hygiene rules, see docs)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from lendingdesk.domain import audit, hygiene
from lendingdesk.domain.circulation import STATUS_WORDS
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.lookup import find_item
from lendingdesk.domain.status import MAY_GO_TO_MAINTENANCE, ItemStatus, back_at_the_desk
from lendingdesk.errors import InvalidInput
from lendingdesk.store.models import CleaningRecord, Item, MaintenanceRecord
from lendingdesk.translation import translate


def sign_off_cleaning(
    session: Session,
    ctx: DeskContext,
    item_code: str | Item,
    *,
    by: str,
    method: str | None = None,
    confirmed: Iterable[str] | None = None,
    agent: str | None = None,
) -> CleaningRecord:
    """Sign off everything a returned item still needs in one go (a scan at Schoonmaak, the
    CLI's ``clean``): refused when its protocol has steps to tick (domain/hygiene.py)."""
    item = find_item(session, item_code)
    if item.status != ItemStatus.AWAITING_CLEANING:
        raise InvalidInput(
            translate(
                "domain.cleaning", "{product} ({tag}) is not awaiting cleaning (status: {status})."
            ).format(
                product=item.product.name,
                tag=item.tag,
                status=STATUS_WORDS[item.status],
            ),
        )
    record = hygiene.sign_off(session, ctx, item, by=by, confirmed=confirmed, agent=agent)
    if method and method.strip():
        record.method = method.strip()[:200]
    return record


def start_maintenance(
    session: Session, ctx: DeskContext, item_code: str | Item, reason: str
) -> MaintenanceRecord:
    item = find_item(session, item_code)
    if item.status not in MAY_GO_TO_MAINTENANCE:
        raise InvalidInput(
            translate(
                "domain.cleaning", "{tag} cannot go into maintenance now (status: {status})."
            ).format(tag=item.tag, status=STATUS_WORDS[item.status]),
        )
    if not reason.strip():
        raise InvalidInput(translate("domain.cleaning", "Give a reason for maintenance."))
    record = MaintenanceRecord(
        item=item, reason=reason.strip(), opened_at=ctx.now(), opened_by=ctx.actor
    )
    session.add(record)
    item.status = ItemStatus.IN_MAINTENANCE
    session.flush()
    audit.record(session, ctx, "maintenance_started", "item", item.id, tag=item.tag, reason=reason)
    return record


def finish_maintenance(
    session: Session, ctx: DeskContext, item_code: str | Item, result: str = ""
) -> MaintenanceRecord:
    item = find_item(session, item_code)
    record = session.scalars(
        select(MaintenanceRecord)
        .where(MaintenanceRecord.item_id == item.id, MaintenanceRecord.closed_at.is_(None))
        .order_by(MaintenanceRecord.opened_at.desc())
    ).first()
    if item.status != ItemStatus.IN_MAINTENANCE or record is None:
        raise InvalidInput(
            translate("domain.cleaning", "{tag} is not in maintenance.").format(tag=item.tag)
        )
    record.closed_at = ctx.now()
    record.closed_by = ctx.actor
    record.result = result.strip() or None
    # After repairs, hands have touched it: clean before it goes out again where required.
    item.status = back_at_the_desk(item.product.needs_cleaning)
    item.hygiene_pending = None  # the product's whole protocol again
    audit.record(session, ctx, "maintenance_finished", "item", item.id, tag=item.tag, result=result)
    return record
