"""Reading the audit log: who did what, when, at which desk; filtered, paged, exported.

The audit screen and ``lendingdesk audit`` both use this service. Pages are fetched by
offset from the newest event down, so a log of a million events opens as fast as ten.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select

from lendingdesk.domain import audit
from lendingdesk.domain.circulation import STATUS_WORDS
from lendingdesk.domain.context import DeskContext, to_local
from lendingdesk.domain.text_match import contains_text
from lendingdesk.safe_text import spreadsheet_cell
from lendingdesk.store.db import PRIVATE_FILE, Database
from lendingdesk.store.models import AuditEvent
from lendingdesk.translation import Message, translate

# Words for the actions the desk records; unknown actions show as their key.
ACTION_LABELS: dict[str, Message] = {
    "checkout": translate("services.audit", "Checked out"),
    "checkin": translate("services.audit", "Checked in"),
    "renew": translate("services.audit", "Renewed"),
    "lost": translate("services.audit", "Marked lost"),
    "found": translate("services.audit", "Found"),
    "retire": translate("services.audit", "Retired"),
    "checkout_undone": translate("services.audit", "Check-out undone"),
    "checkin_undone": translate("services.audit", "Check-in undone"),
    "item_created": translate("services.audit", "Item added"),
    "product_created": translate("services.audit", "Product added"),
    "product_updated": translate("services.audit", "Product changed"),
    "product_retired": translate("services.audit", "Product retired"),
    "borrower_created": translate("services.audit", "Borrower added"),
    "borrower_updated": translate("services.audit", "Borrower changed"),
    "borrower_activated": translate("services.audit", "Borrower activated"),
    "borrower_deactivated": translate("services.audit", "Borrower deactivated"),
    "borrower_erased": translate("services.audit", "Personal data erased"),
    "cleaned": translate("services.audit", "Cleaning signed off"),
    "maintenance_started": translate("services.audit", "Maintenance started"),
    "maintenance_finished": translate("services.audit", "Maintenance finished"),
    "reserve": translate("services.audit", "Reserved"),
    "reservation_cancelled": translate("services.audit", "Reservation cancelled"),
    "offline_scan_applied": translate("services.audit", "Offline scan applied"),
    "coordinator_set": translate("services.audit", "Coordinator code set"),
    "coordinator_changed": translate("services.audit", "Coordinator code changed"),
    "coordinator_denied": translate("services.audit", "Coordinator code refused"),
    "coordinator_throttled": translate(
        "services.audit", "Coordinator code not checked (waiting time)"
    ),
    "backup_copied": translate("services.audit", "Full copy written"),
    "demo_reset": translate("services.audit", "Everything erased for the demo"),
    "erasure_reapplied": translate("services.audit", "Erasure applied again"),
    "text_redacted": translate("services.audit", "Name taken out of text"),
    "review_withdrawn": translate("services.audit", "Review withdrawn"),
    "audit_exported": translate("services.audit", "Audit log exported"),
    "backup_restored": translate("services.audit", "Backup restored"),
    "review_added": translate("services.audit", "Review added"),
    "review_declined": translate("services.audit", "Review declined"),
    "review_approved": translate("services.audit", "Review approved"),
    "review_rejected": translate("services.audit", "Review rejected"),
    "reviews_exported": translate("services.audit", "Reviews exported"),
    "catalogue_imported": translate("services.audit", "Catalogue imported"),
    "instrument_stored": translate("services.audit", "Review instrument stored"),
    "conditions_accepted": translate("services.audit", "Loan conditions accepted"),
    "conditions_changed": translate("services.audit", "Loan conditions changed"),
    "device_reset": translate("services.audit", "Device reset signed off"),
    "hygiene_protocol": translate("services.audit", "Hygiene protocol changed"),
    "hygiene_setting": translate("services.audit", "Hygiene setting changed"),
    "item_updated": translate("services.audit", "Item changed"),
    "kit_held_incomplete": translate("services.audit", "Kit held back incomplete"),
    "maintenance_check": translate("services.audit", "Maintenance check recorded"),
    "maintenance_plan": translate("services.audit", "Maintenance plan changed"),
    "part_tagged": translate("services.audit", "Part labelled"),
    "part_found": translate("services.audit", "Part found"),
    "part_replaced": translate("services.audit", "Part replaced"),
    "review_link_issued": translate("services.audit", "Review link issued"),
    "review_link_used": translate("services.audit", "Review link used"),
    "second_check": translate("services.audit", "Second check"),
    "stocktake": translate("services.audit", "Stock-take saved"),
    "stocktake_moved": translate("services.audit", "Moved by a stock-take"),
    "waiting_held": translate("services.audit", "Held for the waiting list"),
    "waiting_joined": translate("services.audit", "Put on the waiting list"),
    "waiting_notified": translate("services.audit", "Waiting list notified"),
    "waiting_ended": translate("services.audit", "Off the waiting list"),
    "acceptance_erased": translate("services.audit", "Signature and PDF of an acceptance erased"),
    "maintenance_plan_removed": translate("services.audit", "Maintenance check stopped"),
}

ENTITY_LABELS: dict[str, Message] = {
    "loan": translate("services.audit", "loan"),
    "item": translate("services.audit", "item"),
    "product": translate("services.audit", "product"),
    "borrower": translate("services.audit", "borrower"),
    "reservation": translate("services.audit", "reservation"),
    "settings": translate("services.audit", "settings"),
    "database": translate("services.audit", "database"),
    "audit": translate("services.audit", "audit log"),
    "review": translate("services.audit", "review"),
    "review_instrument": translate("services.audit", "instrument"),
    "catalogue": translate("services.audit", "catalogue"),
}

# Detail keys in words, as the screen and the export show them (the JSON keeps the stored keys).
DETAIL_LABELS: dict[str, Message] = {
    "tag": translate("services.audit", "asset tag"),
    "badge": translate("services.audit", "badge"),
    "due": translate("services.audit", "due back"),
    "missing": translate("services.audit", "missing"),
    "next_status": translate("services.audit", "then"),
    "by": translate("services.audit", "by"),
    "method": translate("services.audit", "method"),
    "damage": translate("services.audit", "damage"),
    "reason": translate("services.audit", "reason"),
    "name": translate("services.audit", "name"),
    "product": translate("services.audit", "product"),
    "start": translate("services.audit", "from"),
    "end": translate("services.audit", "until"),
    "old": translate("services.audit", "before"),
    "new": translate("services.audit", "after"),
    "for_action": translate("services.audit", "for"),
    "rows": translate("services.audit", "rows"),
    "file": translate("services.audit", "file"),
    "journal": translate("services.audit", "journal"),
    "categories_created": translate("services.audit", "new categories"),
    "conditions_version": translate("services.audit", "conditions version"),
    "items_created": translate("services.audit", "items added"),
    "previous_damaged": translate("services.audit", "damaged before"),
    "products_created": translate("services.audit", "new products"),
    "products_updated": translate("services.audit", "products changed"),
    "reset_steps": translate("services.audit", "reset steps"),
    "second_check_share": translate("services.audit", "share checked twice"),
    "loans": translate("services.audit", "loans"),
    "until": translate("services.audit", "until"),
    "agent": translate("services.audit", "agent"),
    "backup": translate("services.audit", "backup"),
    "blocking": translate("services.audit", "blocking"),
    "borrower": translate("services.audit", "borrower"),
    "check": translate("services.audit", "check"),
    "checked_in": translate("services.audit", "checked in"),
    "edited": translate("services.audit", "edited"),
    "failures": translate("services.audit", "wrong codes"),
    "fields": translate("services.audit", "fields"),
    "how": translate("services.audit", "how"),
    "interval_days": translate("services.audit", "every (days)"),
    "isolation": translate("services.audit", "isolation"),
    "key": translate("services.audit", "key"),
    "loan": translate("services.audit", "loan"),
    "loan_id": translate("services.audit", "loan"),
    "location": translate("services.audit", "location"),
    "moved": translate("services.audit", "moved"),
    "note": translate("services.audit", "note"),
    "part": translate("services.audit", "part"),
    "parts": translate("services.audit", "parts"),
    "rating": translate("services.audit", "rating"),
    "result": translate("services.audit", "result"),
    "review": translate("services.audit", "review"),
    "scanned": translate("services.audit", "scanned"),
    "second_check": translate("services.audit", "second check"),
    "source": translate("services.audit", "source"),
    "steps": translate("services.audit", "steps"),
    "target": translate("services.audit", "target"),
    "version": translate("services.audit", "version"),
    "found_again": translate("services.audit", "found again"),
    "removed": translate("services.audit", "removed"),
    "staffed": translate("services.audit", "at a staffed desk"),
    "witnessed_by": translate("services.audit", "recorded by"),
    "erased": translate("services.audit", "erased"),
    "since": translate("services.audit", "since"),
    "wiped_events": translate("services.audit", "log entries erased"),
}

CSV_COLUMNS = (
    "id",
    "when",
    "actor",
    "desk",
    "action",
    "entity",
    "entity_id",
    "details",
    "in_words",
)


def detail_label(key: str, lang: str = "nl") -> str:
    found = DETAIL_LABELS.get(key)
    return found.render(lang) if found is not None else key.replace("_", " ")


def action_label(action: str, lang: str = "nl") -> str:
    found = ACTION_LABELS.get(action)
    return found.render(lang) if found is not None else action


def entity_label(entity: str, lang: str = "nl") -> str:
    found = ENTITY_LABELS.get(entity)
    return found.render(lang) if found is not None else entity


@dataclass(frozen=True)
class AuditFilter:
    """Which events: by action, by local calendar dates (inclusive), by free text."""

    action: str | None = None
    since: date | None = None
    until: date | None = None
    text: str = ""


@dataclass(frozen=True)
class AuditRow:
    """One event as the screen and the export show it (local time)."""

    id: int
    when: datetime
    actor: str | None
    desk: str | None
    action: str
    entity: str
    entity_id: int | None
    details: dict[str, Any]

    def details_text(self, lang: str = "en") -> str:
        """The details in words of ``lang``: ``asset tag: LD0000449, by: Kees``."""

        def shown(k: str, v: Any) -> str:
            if k.endswith("status") and isinstance(v, str):
                v = STATUS_WORDS[v].render(lang) if v in STATUS_WORDS else v
            return f"{detail_label(k, lang)}: {_plain(v)}"

        return ", ".join(shown(k, v) for k, v in sorted(self.details.items()))

    def record_text(self, lang: str = "en") -> str:
        name = entity_label(self.entity, lang)
        return f"{name} {self.entity_id}" if self.entity_id is not None else name

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "when": self.when.isoformat(timespec="seconds"),
            "actor": self.actor,
            "desk": self.desk,
            "action": self.action,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "details": self.details,
        }


def _plain(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "/".join(map(str, value))
    return str(value)


def _utc_bound(day: date) -> datetime:
    """Local midnight of ``day`` as naive UTC, the way events are stored."""
    local = datetime.combine(day, time.min).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


class AuditService:
    """Read access to the audit log of one database."""

    def __init__(self, db: Database, ctx: DeskContext | None = None) -> None:
        self.db = db
        self.ctx = ctx or DeskContext()

    def _where(self, stmt: Select[Any], flt: AuditFilter) -> Select[Any]:
        if flt.action:
            stmt = stmt.where(AuditEvent.action == flt.action)
        if flt.since:
            stmt = stmt.where(AuditEvent.at >= _utc_bound(flt.since))
        if flt.until:
            stmt = stmt.where(AuditEvent.at < _utc_bound(flt.until + timedelta(days=1)))
        text = flt.text.strip()
        if text:
            columns = (AuditEvent.actor, AuditEvent.desk, AuditEvent.entity)
            stmt = stmt.where(contains_text(columns, text))
        return stmt

    def count(self, flt: AuditFilter | None = None) -> int:
        flt = flt or AuditFilter()
        with self.db.session() as session:
            stmt = self._where(select(func.count()).select_from(AuditEvent), flt)
            return int(session.scalar(stmt) or 0)

    def page(self, flt: AuditFilter | None, offset: int, limit: int) -> list[AuditRow]:
        """Events newest first, ``limit`` of them from ``offset``."""
        flt = flt or AuditFilter()
        stmt = (
            self._where(select(AuditEvent), flt)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            .offset(offset)
            .limit(limit)
        )
        with self.db.session() as session:
            return [_row(e) for e in session.scalars(stmt)]

    def iter_all(self, flt: AuditFilter | None = None, chunk: int = 2000) -> Iterator[AuditRow]:
        offset = 0
        while True:
            rows = self.page(flt, offset, chunk)
            yield from rows
            if len(rows) < chunk:
                return
            offset += chunk

    def actions(self) -> list[str]:
        """The actions that occur in the log (for the filter list)."""
        with self.db.session() as session:
            return sorted(session.scalars(select(AuditEvent.action).distinct()))

    def export_csv(self, flt: AuditFilter | None, target: Path, *, lang: str = "nl") -> int:
        """Write the filtered log as CSV (UTF-8 with BOM, opens in Excel); returns the count."""
        target = Path(target)
        tmp = target.with_name(target.name + ".part")
        count = 0
        # Personal data: owner-only from the first byte (0600), like the database itself.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        with open(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(CSV_COLUMNS)
            for row in self.iter_all(flt):
                # Texts someone typed (an actor "=HYPERLINK(…)") must not run in Excel.
                writer.writerow(
                    [
                        row.id,
                        row.when.isoformat(sep=" ", timespec="seconds"),
                        spreadsheet_cell(row.actor or ""),
                        spreadsheet_cell(row.desk or ""),
                        spreadsheet_cell(action_label(row.action, lang)),
                        spreadsheet_cell(row.entity),
                        "" if row.entity_id is None else row.entity_id,
                        spreadsheet_cell(
                            json.dumps(row.details, ensure_ascii=False, sort_keys=True)
                        ),
                        spreadsheet_cell(row.details_text(lang)),
                    ]
                )
                count += 1
        tmp.replace(target)  # never a half-written export under the real name
        return count

    def export(
        self,
        flt: AuditFilter | None,
        target: Path,
        secret: str | None,
        *,
        lang: str = "nl",
    ) -> int:
        """The export the screen and the command line offer: the coordinator code first, then
        the CSV, then an audit event that says who exported how much."""
        from lendingdesk.services import access

        access.authorize(self.db, self.ctx, secret, "audit_export")
        count = self.export_csv(flt, target, lang=lang)
        with self.db.unit_of_work() as session:
            audit.record(session, self.ctx, "audit_exported", "audit", None, rows=count)
        return count

    def export_rows(
        self, flt: AuditFilter | None, limit: int, secret: str | None
    ) -> list[AuditRow]:
        """The newest ``limit`` rows as data for a program (``audit --json``): an export like
        the CSV, so the coordinator code first and an audit event after."""
        from lendingdesk.services import access

        access.authorize(self.db, self.ctx, secret, "audit_export")
        rows = self.page(flt, 0, limit)
        with self.db.unit_of_work() as session:
            audit.record(session, self.ctx, "audit_exported", "audit", None, rows=len(rows))
        return rows


def _row(event: AuditEvent) -> AuditRow:
    when = to_local(event.at)
    assert when is not None
    return AuditRow(
        id=event.id,
        when=when.replace(tzinfo=None),
        actor=event.actor,
        desk=event.desk,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        details=dict(event.details or {}),
    )
