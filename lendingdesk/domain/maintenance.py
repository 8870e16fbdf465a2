"""Maintenance plans: recurring checks per product, what is due, and the record of each check.

A plan says that every item of a product needs a check (battery health, firmware or app update,
SIM or subscription expiry, calibration, electrical safety test) every ``interval_days``. A
check is due that many days after it was last done for that item (or after the item came into
the collection, when it was never done). On the due date it is *due*; the day after, *overdue*.
A plan is either *blocking* -- an item with an overdue blocking check cannot go out until the
check is recorded -- or it only warns (the desk shows an amber line at check-out).

A check is recorded as a closed :class:`MaintenanceRecord` with its ``check_key``: who did it,
the result, and the cost (in cents). Damage reported at check-in can send an item straight to
maintenance (domain/circulation.check_in): an open record with the note and the cost, and the
item ``in_maintenance`` until someone marks it finished.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session, joinedload

from lendingdesk.dates import NumericDate
from lendingdesk.domain import audit
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.lookup import find_item, forget_product_facts, product_facts
from lendingdesk.domain.status import GONE
from lendingdesk.errors import InvalidInput, MaintenanceOverdue
from lendingdesk.safe_text import shown
from lendingdesk.store.models import Item, MaintenancePlan, MaintenanceRecord, Product
from lendingdesk.translation import translate

# The usual checks (key: Dutch and English label); a plan may use any key of its own.
KINDS: dict[str, tuple[str, str]] = {
    "battery": ("Batterijconditie", "Battery health"),
    "firmware": ("Firmware- of app-update", "Firmware or app update"),
    "sim": ("SIM of abonnement (vervaldatum)", "SIM or subscription (expiry date)"),
    "calibration": ("Kalibratie", "Calibration"),
    "electrical": ("Elektrische veiligheidstest (NEN 3140)", "Electrical safety test"),
}
MAX_INTERVAL_DAYS = 3660  # ten years: the schema's CHECK says the same
MAX_COST_CENTS = 100_000_00  # € 100,000: more is a typo, not a repair
_KEY = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")
_COST = re.compile(r"^(\d{1,9})(?:[.,](\d{1,2}))?$")


@dataclass(frozen=True)
class DueCheck:
    """One check of one item that is due soon, due or overdue."""

    item_id: int
    tag: str
    product: str
    status: str
    key: str
    label: str
    due_on: date
    last_done: date | None
    blocking: bool
    overdue: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "tag": self.tag,
            "product": self.product,
            "status": self.status,
            "check": self.key,
            "label": self.label,
            "due_on": self.due_on.isoformat(),
            "last_done": self.last_done.isoformat() if self.last_done else None,
            "overdue": self.overdue,
            "blocking": self.blocking,
        }


def parse_cost(text: str) -> int:
    """A cost in euros as people type it ("12", "12,50", "12.5", "€ 7,95") in cents.
    Strict: no thousands separators, no negative amounts, at most two decimals."""
    cleaned = text.strip().removeprefix("€").strip()
    match = _COST.match(cleaned)
    if match is None:
        raise InvalidInput(
            translate(
                "domain.maintenance",
                "“{text}” is not an amount. Write euros with a comma or point before the cents, "
                "no thousands separator, for example 12.50.",
            ).format(text=shown(text, 40)),
        )
    cents = int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    if cents > MAX_COST_CENTS:
        raise InvalidInput(
            translate(
                "domain.maintenance",
                "{text} euros is more than the maximum (100,000 euros). Check the amount.",
            ).format(text=shown(text, 40)),
        )
    return cents


def set_plan(
    session: Session,
    ctx: DeskContext,
    product: Product,
    key: str,
    *,
    interval_days: int,
    blocking: bool = False,
    label: str | None = None,
) -> MaintenancePlan:
    """Add or change the plan ``key`` of ``product``."""
    key = key.strip().casefold()
    if not _KEY.match(key):
        raise InvalidInput(
            translate(
                "domain.maintenance",
                "“{key}” is not a valid check key: use lower-case letters, digits, - or _ (for "
                "example battery).",
            ).format(key=shown(key, 40)),
        )
    if not 0 < interval_days <= MAX_INTERVAL_DAYS:
        raise InvalidInput(
            translate(
                "domain.maintenance",
                "A check interval is 1 to {max_interval_days} days, not {interval_days}.",
            ).format(max_interval_days=MAX_INTERVAL_DAYS, interval_days=interval_days),
        )
    text = (label or "").strip() or KINDS.get(key, (key, key))[0]
    plan = session.scalars(
        select(MaintenancePlan).where(
            MaintenancePlan.product_id == product.id, MaintenancePlan.key == key
        )
    ).first()
    if plan is None:
        plan = MaintenancePlan(product_id=product.id, key=key)
        session.add(plan)
        forget_product_facts(session, product.id)
    plan.label = text[:120]
    plan.interval_days = interval_days
    plan.blocking = blocking
    session.flush()
    audit.record(
        session,
        ctx,
        "maintenance_plan",
        "product",
        product.id,
        key=key,
        interval_days=interval_days,
        blocking=blocking,
    )
    return plan


def remove_plan(session: Session, ctx: DeskContext, product: Product, key: str) -> None:
    """Stop the recurring check ``key`` of ``product`` (the checks already recorded stay)."""
    plan = session.scalars(
        select(MaintenancePlan).where(
            MaintenancePlan.product_id == product.id, MaintenancePlan.key == key
        )
    ).first()
    if plan is None:
        raise InvalidInput(
            translate("domain.maintenance", "{product} has no check “{key}”.").format(
                product=product.name, key=shown(key, 40)
            ),
        )
    session.delete(plan)
    session.flush()
    forget_product_facts(session, product.id)
    audit.record(session, ctx, "maintenance_plan_removed", "product", product.id, key=key)


def plans_of(session: Session, product_id: int) -> list[MaintenancePlan]:
    return list(
        session.scalars(
            select(MaintenancePlan)
            .where(MaintenancePlan.product_id == product_id)
            .order_by(MaintenancePlan.key)
        )
    )


def all_plans(session: Session) -> list[MaintenancePlan]:
    return list(
        session.scalars(
            select(MaintenancePlan)
            .options(joinedload(MaintenancePlan.product))
            .join(Product, Product.id == MaintenancePlan.product_id)
            .order_by(Product.name, MaintenancePlan.key)
        )
    )


_DueRow = tuple[int, str, str, datetime, str, MaintenancePlan, datetime | None]


def _due_statement() -> Select[int, str, str, datetime, str, MaintenancePlan, datetime | None]:
    """Plans × items (not gone, product not retired) with the date each check was last done."""
    last = (
        select(
            MaintenanceRecord.item_id.label("item_id"),
            MaintenanceRecord.check_key.label("key"),
            func.max(MaintenanceRecord.closed_at).label("done"),
        )
        .where(MaintenanceRecord.check_key.is_not(None), MaintenanceRecord.closed_at.is_not(None))
        .group_by(MaintenanceRecord.item_id, MaintenanceRecord.check_key)
        .subquery()
    )
    return (
        select(
            Item.id,
            Item.tag,
            Item.status,
            Item.created_at,
            Product.name,
            MaintenancePlan,
            last.c.done,
        )
        .join(Product, Product.id == Item.product_id)
        .join(MaintenancePlan, MaintenancePlan.product_id == Item.product_id)
        .outerjoin(last, (last.c.item_id == Item.id) & (last.c.key == MaintenancePlan.key))
        .where(Item.status.not_in(GONE), Product.retired.is_(False))
    )


# Built once: every check-out asks it for its item, so SQLAlchemy reuses the compiled SQL.
_DUE = _due_statement()
_DUE_OF_ITEM = _DUE.where(Item.id == bindparam("item_id"))


def due_checks(
    session: Session,
    today: date,
    *,
    within_days: int = 14,
    item_ids: list[int] | None = None,
) -> list[DueCheck]:
    """Checks due on or before ``today + within_days`` (overdue first, then by date): one
    query over plans × items with the date each check was last done."""
    stmt = _DUE if item_ids is None else _DUE.where(Item.id.in_(item_ids))
    return _due(session.execute(stmt), today, within_days)


def _due(
    rows: Iterable[_DueRow],
    today: date,
    within_days: int,
) -> list[DueCheck]:
    horizon = today + timedelta(days=within_days)
    found = []
    for item_id, tag, status, created, product, plan, done in rows:
        since = (done or created).date()
        due_on = since + timedelta(days=plan.interval_days)
        if due_on > horizon:
            continue
        found.append(
            DueCheck(
                item_id=item_id,
                tag=tag,
                product=product,
                status=status,
                key=plan.key,
                label=plan.label,
                due_on=due_on,
                last_done=done.date() if done else None,
                blocking=plan.blocking,
                overdue=due_on < today,
            )
        )
    found.sort(key=lambda d: (not d.overdue, d.due_on, d.tag, d.key))
    return found


def overdue_checks(session: Session, item: Item, today: date) -> list[DueCheck]:
    """The overdue checks of one item (blocking ones first)."""
    facts = product_facts(session, item.product_id)
    if facts is not None and not facts.has_plans:  # read with the item: no plans, no checks
        return []
    rows = session.execute(_DUE_OF_ITEM, {"item_id": item.id})
    overdue = [d for d in _due(rows, today, 0) if d.overdue]
    return sorted(overdue, key=lambda d: (not d.blocking, d.due_on))


def refuse_if_blocked(session: Session, item: Item, today: date) -> list[DueCheck]:
    """Raise MaintenanceOverdue when a blocking check of ``item`` is overdue; otherwise the
    overdue checks that only warn (for the desk's amber line)."""
    overdue = overdue_checks(session, item, today)
    blocking = [d for d in overdue if d.blocking]
    if blocking:
        first = blocking[0]
        names = ", ".join(d.label for d in blocking)
        raise MaintenanceOverdue(
            translate(
                "domain.maintenance",
                "{product} ({tag}) cannot go out: the check “{names}” is overdue (was due on "
                "{due_on}). Have the check done and record it under Maintenance; then it can go "
                "out again.",
            ).format(
                product=item.product.name,
                tag=item.tag,
                names=names,
                due_on=NumericDate(first.due_on),
            ),
            tag=item.tag,
            status=item.status,
            checks=[d.key for d in blocking],
        )
    return overdue


def record_check(
    session: Session,
    ctx: DeskContext,
    item_code: str | Item,
    key: str,
    *,
    by: str,
    result: str | None = None,
    cost_cents: int | None = None,
) -> MaintenanceRecord:
    """Record that the check ``key`` of an item was done now: who, result, cost."""
    item = find_item(session, item_code)
    by = (by or "").strip()
    if not by:
        raise InvalidInput(translate("domain.maintenance", "Fill in who did the check."))
    wanted = key.strip().casefold()
    plans = plans_of(session, item.product_id)
    plan = next((p for p in plans if p.key == wanted), None)
    if plan is None:
        choices = ", ".join(p.key for p in plans)
        if not choices:
            raise InvalidInput(
                translate(
                    "domain.maintenance",
                    "{product} has no maintenance plan; there is nothing to record. Set up a "
                    "plan for the product.",
                ).format(product=item.product.name),
            )
        raise InvalidInput(
            translate(
                "domain.maintenance", "{product} has no check “{key}”. Choose from: {choices}."
            ).format(product=item.product.name, key=shown(key, 40), choices=choices),
        )
    if cost_cents is not None and not 0 <= cost_cents <= MAX_COST_CENTS:
        raise InvalidInput(
            translate("domain.maintenance", "The cost must be between 0 and 100,000 euros."),
        )
    now = ctx.now()
    record = MaintenanceRecord(
        item=item,
        reason=plan.label,
        check_key=plan.key,
        opened_at=now,
        opened_by=by,
        closed_at=now,
        closed_by=by,
        result=(result or "").strip() or "ok",
        cost_cents=cost_cents,
    )
    session.add(record)
    session.flush()
    audit.record(
        session,
        ctx,
        "maintenance_check",
        "item",
        item.id,
        tag=item.tag,
        check=plan.key,
        by=by,
        result=record.result,
        cost_cents=cost_cents,
    )
    return record


def history(session: Session, item: Item, limit: int = 50) -> list[MaintenanceRecord]:
    return list(
        session.scalars(
            select(MaintenanceRecord)
            .where(MaintenanceRecord.item_id == item.id)
            .order_by(MaintenanceRecord.opened_at.desc())
            .limit(limit)
        )
    )
