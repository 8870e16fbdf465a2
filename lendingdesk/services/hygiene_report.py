"""The hygiene report (issue 16 §1–2): what was cleaned, disinfected and reset in a period, at a
location, how, by whom, which second checks were done -- and the deviations a quality audit
asks about. One data set (``HygieneReportData``) for the PDF (documents/hygiene_report.py) and
the CSV (cells through safe_text.spreadsheet_cell). Used by the Schoonmaak screen and by
``lendingdesk hygiene report``.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from lendingdesk.dates import NumericDate
from lendingdesk.documents.hygiene_report import (
    Deviation,
    HygieneReportData,
    SignOffLine,
    render_hygiene_report,
)
from lendingdesk.domain import hygiene
from lendingdesk.domain.context import DeskContext, to_local
from lendingdesk.errors import InvalidInput
from lendingdesk.safe_text import spreadsheet_cell
from lendingdesk.store.db import Database
from lendingdesk.store.models import CleaningRecord, Item, Loan, Location
from lendingdesk.translation import translate

# A sign-off later than this after the return is a deviation ("signed off late").
LATE_HOURS = 48
# The longest period one report covers (a year and a bit: an annual audit).
MAX_DAYS = 400


def _utc(day: date) -> datetime:
    """Local midnight at the start of ``day``, as stored (naive UTC)."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC).replace(tzinfo=None)


def check_period(start: date, end: date) -> None:
    if end < start:
        raise InvalidInput(
            translate(
                "services.hygiene_report", "The end date {end} is before the start date {start}."
            ).format(
                end=NumericDate(end),
                start=NumericDate(start),
            ),
        )
    if (end - start).days > MAX_DAYS:
        raise InvalidInput(
            translate(
                "services.hygiene_report", "Choose a period of at most {max_days} days."
            ).format(max_days=MAX_DAYS),
        )


def build(
    session: Session,
    start: date,
    end: date,
    location: Location | None,
    made_at: datetime,
) -> HygieneReportData:
    check_period(start, end)
    low, high = _utc(start), _utc(end + timedelta(days=1))
    stmt = (
        select(CleaningRecord)
        .join(Item, CleaningRecord.item_id == Item.id)
        .options(joinedload(CleaningRecord.item).joinedload(Item.product))
        .where(CleaningRecord.at >= low, CleaningRecord.at < high)
        .order_by(CleaningRecord.at, CleaningRecord.id)
    )
    if location is not None:
        stmt = stmt.where(
            or_(
                CleaningRecord.location_id == location.id,
                CleaningRecord.location_id.is_(None) & (Item.location_id == location.id),
            )
        )
    records = list(session.scalars(stmt).unique())
    names = {loc.id: loc.display_name for loc in session.scalars(select(Location))}
    lines = tuple(
        SignOffLine(
            at=to_local(r.at) or r.at,
            tag=r.item.tag,
            product=r.item.product.name,
            location=names.get(r.location_id or r.item.location_id or 0, ""),
            parts=tuple(r.parts or ("clean",)),
            method=r.method or "",
            agent=r.agent or "",
            by=r.signed_by,
            isolation=r.isolation,
            steps=len(r.steps or ()),
            second_check=r.second_check or "",
            second_by=r.second_by or "",
            second_note=r.second_note or "",
        )
        for r in records
    )
    deviations = [
        Deviation(
            to_local(r.second_at or r.at),
            r.item.tag,
            r.item.product.name,
            "check_refused",
            f"{r.second_by or ''}: {r.second_note or ''} ({r.signed_by})",
        )
        for r in records
        if r.second_check == hygiene.SecondCheck.REFUSED
    ]
    returns_stmt = (
        select(Loan)
        .options(joinedload(Loan.item).joinedload(Item.product))
        .where(Loan.returned_at >= low, Loan.returned_at < high)
        .order_by(Loan.returned_at, Loan.id)
    )
    if location is not None:
        returns_stmt = returns_stmt.where(Loan.in_location_id == location.id)
    returns = list(session.scalars(returns_stmt).unique())
    for loan in returns:
        deviations.extend(_return_deviations(session, loan, made_at))
    deviations.sort(key=lambda d: (d.at or datetime.min.replace(tzinfo=UTC), d.tag))
    return HygieneReportData(
        start=start,
        end=end,
        location=location.display_name if location else "",
        made_at=to_local(made_at) or made_at,
        late_hours=LATE_HOURS,
        returns=len(returns),
        lines=lines,
        deviations=tuple(deviations),
    )


def _return_deviations(session: Session, loan: Loan, now: datetime) -> list[Deviation]:
    """What went differently with one return: from isolation; signed off late; not signed off
    (still waiting, or lent again without)."""
    assert loan.returned_at is not None
    item = loan.item
    found: list[Deviation] = []
    back = to_local(loan.returned_at)
    signed = list(
        session.scalars(
            select(CleaningRecord)
            .where(CleaningRecord.loan_id == loan.id)
            .order_by(CleaningRecord.at)
        )
    )
    if loan.isolation:
        done = [r for r in signed if "disinfect" in (r.parts or ())]
        detail = f"{done[0].agent or ''} – {done[0].signed_by}".strip(" –") if done else "–"
        found.append(Deviation(back, item.tag, item.product.name, "isolation", detail))
    needs = loan.isolation or bool(hygiene.protocol_of(session, item.product).required())
    if not needs:
        return found
    later = session.scalars(
        select(Loan.out_at)
        .where(Loan.item_id == item.id, Loan.out_at > loan.returned_at)
        .order_by(Loan.out_at)
        .limit(1)
    ).first()
    # Partly signed off and still waiting (e.g. cleaned, the reset not yet): not signed off.
    left = hygiene.pending_parts(session, item) if later is None else ()
    if signed and not left:
        hours = (signed[-1].at - loan.returned_at).total_seconds() / 3600
        if hours > LATE_HOURS:
            found.append(Deviation(back, item.tag, item.product.name, "late", "", hours))
        return found
    if later is not None:
        when = to_local(later)
        found.append(
            Deviation(
                back,
                item.tag,
                item.product.name,
                "out_unsigned",
                when.strftime("%d-%m-%Y %H:%M") if when else "",
            )
        )
    else:
        hours = (now - loan.returned_at).total_seconds() / 3600
        found.append(
            Deviation(
                back,
                item.tag,
                item.product.name,
                "not_signed_off",
                "",
                hours,
                parts=tuple(p.value for p in left) if signed else (),
            )
        )
    return found


CSV_COLUMNS = (
    "record",
    "at",
    "tag",
    "product",
    "location",
    "what",
    "method",
    "agent",
    "by",
    "isolation",
    "steps_confirmed",
    "second_check",
    "second_by",
    "note",
)


def write_csv(data: HygieneReportData, path: Path, lang: str = "nl") -> int:
    """Sign-offs and deviations as rows of one CSV (UTF-8 with BOM, ``;`` like Dutch Excel);
    every cell a spreadsheet shows as typed. Returns the number of rows written."""
    rows: list[list[str]] = []
    for line in data.lines:
        rows.append(
            [
                "signoff",
                line.at.strftime("%Y-%m-%d %H:%M"),
                line.tag,
                line.product,
                line.location,
                line.parts_text(lang),
                line.method,
                line.agent,
                line.by,
                "1" if line.isolation else "",
                str(line.steps),
                line.second_check,
                line.second_by,
                line.second_note,
            ]
        )
    for d in data.deviations:
        rows.append(
            [
                "deviation",
                d.at.strftime("%Y-%m-%d %H:%M") if d.at else "",
                d.tag,
                d.product,
                data.location,
                d.kind_text(lang),
                d.kind,
                "",
                "",
                "",
                "",
                "",
                "",
                d.detail_text(lang),
            ]
        )
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(CSV_COLUMNS)
        writer.writerows([spreadsheet_cell(cell) for cell in row] for row in rows)
    return len(rows)


def write(data: HygieneReportData, path: Path, lang: str = "nl") -> int:
    """The report as ``path`` asks: .pdf (pages) or .csv (rows)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return render_hygiene_report(data, path, lang=lang)
    if suffix == ".csv":
        return write_csv(data, path, lang)
    raise InvalidInput(
        translate(
            "services.hygiene_report", "Choose a file name ending in .pdf or .csv (now: {path})."
        ).format(path=path.name[:80]),
    )


class HygieneReportService:
    """The report for the window and the command line."""

    def __init__(self, db: Database, ctx_factory: Callable[[], DeskContext]) -> None:
        self.db = db
        self.ctx_factory = ctx_factory

    def report(self, start: date, end: date, location_id: int | None = None) -> HygieneReportData:
        with self.db.session() as s:
            location = s.get(Location, location_id) if location_id is not None else None
            return build(s, start, end, location, self.ctx_factory().now())

    def save(
        self, path: Path, start: date, end: date, location_id: int | None = None, lang: str = "nl"
    ) -> int:
        return write(self.report(start, end, location_id), path, lang)
