"""The Stock-take screen's service: reconcile the scans made at a location, move wrong-place
items here, and finish (apply and record) the stock-take. The rules are in domain/stocktake.py."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from lendingdesk.documents.stocktake import StocktakeReport, word
from lendingdesk.domain import stocktake
from lendingdesk.domain.context import to_local
from lendingdesk.domain.stocktake import CLASSES
from lendingdesk.errors import NotFound
from lendingdesk.safe_text import spreadsheet_cell
from lendingdesk.services.views.base import ViewService
from lendingdesk.store.models import Location, Stocktake
from lendingdesk.translation import translate


@dataclass(frozen=True)
class StocktakeLine:
    code: str  # the tag, or an unknown code as typed
    product_name: str  # "" for an unknown code
    registered: str  # where the item is registered ("" when unknown or nowhere)


@dataclass(frozen=True)
class SavedStocktake:
    """A line of the stock-take history."""

    id: int
    at: datetime  # local time
    location: str
    by: str | None
    scanned: int
    counts: dict[str, int]  # per class of stocktake.CLASSES
    applied: bool


@dataclass(frozen=True)
class StocktakeResult:
    location: str
    scanned: int
    lines: dict[str, tuple[StocktakeLine, ...]]  # per class of stocktake.CLASSES


class StocktakeView(ViewService):
    """What the Stock-take screen reads and does."""

    @staticmethod
    def _location(session: Session, location_id: int) -> Location:
        location = session.get(Location, location_id)
        if location is None:
            raise NotFound(
                translate(
                    "services.views.stocktake", "This location no longer exists. Choose another."
                ),
            )
        return location

    def reconcile(self, location_id: int, scans: Sequence[str]) -> StocktakeResult:
        with self.db.session() as s:
            result = stocktake.reconcile(s, self._location(s, location_id), scans)
            found = stocktake.lines(s, result)
            return StocktakeResult(
                result.location,
                result.scanned,
                {
                    name: tuple(StocktakeLine(*line) for line in found[name])
                    for name in stocktake.CLASSES
                },
            )

    def start(self, location_id: int, scans: Sequence[str] = ()) -> stocktake.Tally:
        """A running stock-take at ``location_id`` with the ``scans`` so far: each next scan
        is classified at once (``Tally.add``; an item registered elsewhere is looked up the
        first time it is scanned), not the whole list again."""
        with self.db.session() as s:
            return stocktake.Tally.start(
                s, self._location(s, location_id), scans, lookup=self._entry
            )

    def _entry(self, tag: str) -> stocktake.Entry | None:
        with self.db.session() as s:
            return stocktake.entries(s, [tag]).get(tag)

    def move_here(self, location_id: int, scans: Sequence[str]) -> list[str]:
        """Move every wrong-place item among ``scans`` to this location (audited)."""
        with self.db.unit_of_work() as s:
            result = stocktake.reconcile(s, self._location(s, location_id), scans)
            items = stocktake.items_by_tag(s, result.wrong_place)
            return stocktake.move_here(s, self.context(), result, items.values())

    def finish(self, location_id: int, scans: Sequence[str]) -> stocktake.Applied:
        """Apply the stock-take and record it (see domain/stocktake.apply)."""
        with self.db.unit_of_work() as s:
            result = stocktake.reconcile(s, self._location(s, location_id), scans)
            return stocktake.apply(s, self.context(), result)

    def history(self, limit: int = 100) -> tuple[SavedStocktake, ...]:
        """The saved stock-takes, newest first."""
        with self.db.session() as s:
            return tuple(_saved(r) for r in stocktake.history(s, limit=limit))

    def _report(self, stocktake_id: int) -> StocktakeReport:
        with self.db.session() as s:
            record = stocktake.saved(s, stocktake_id)
            lists = record.result.get("lists", {})
            applied = record.result.get("applied")
            return StocktakeReport(
                location=record.location,
                at=to_local(record.at) or record.at,
                by=record.by,
                scanned=record.scanned,
                lists={name: [tuple(row) for row in lists.get(name, [])] for name in CLASSES},
                applied={k: len(v) for k, v in applied.items()} if applied else None,
            )

    def export_pdf(self, stocktake_id: int, target: Path, *, lang: str = "nl") -> int:
        """The saved stock-take as a PDF report; returns its number of pages."""
        return write_pdf(self._report(stocktake_id), target, lang=lang)

    def export_csv(self, stocktake_id: int, target: Path, *, lang: str = "nl") -> int:
        """The saved stock-take as CSV; returns the number of rows."""
        return write_csv(self._report(stocktake_id), target, lang=lang)


def report_of(
    result: stocktake.Reconciliation,
    found: dict[str, list[stocktake.Line]],
    *,
    at: datetime,
    by: str | None,
    applied: stocktake.Applied | None,
) -> StocktakeReport:
    """A stock-take that was not saved (the command line's dry run) as report data."""
    done = None
    if applied is not None:
        done = {
            "moved": len(applied.moved),
            "checked_in": len(applied.checked_in),
            "found_again": len(applied.found_again),
        }
    return StocktakeReport(result.location, at, by, result.scanned, dict(found), done)


def write_pdf(report: StocktakeReport, target: Path, *, lang: str = "nl") -> int:
    """The stock-take report as PDF; returns its number of pages."""
    from lendingdesk.documents.stocktake import render_stocktake

    tmp = target.with_name(target.name + ".part")
    pages = render_stocktake(report, str(tmp), lang=lang)
    tmp.replace(target)  # never a half-written file under the real name
    return pages


def write_csv(report: StocktakeReport, target: Path, *, lang: str = "nl") -> int:
    """The stock-take as CSV (UTF-8 with BOM, ``;``: opens in Excel): one row per code with its
    list, product and registered place. Returns the number of rows."""
    header = [word(key, lang) for key in ("list", "code", "product", "registered", "where", "when")]
    when = report.at.strftime("%Y-%m-%d %H:%M")
    tmp = target.with_name(target.name + ".part")
    count = 0
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(header)
        for name in CLASSES:
            for code, product, registered in report.lists.get(name, ()):
                # Codes as a scanner typed them and names people typed: never a formula.
                writer.writerow(
                    [
                        word(name, lang),
                        spreadsheet_cell(code),
                        spreadsheet_cell(product),
                        spreadsheet_cell(registered),
                        spreadsheet_cell(report.location),
                        when,
                    ]
                )
                count += 1
    tmp.replace(target)
    return count


def _saved(record: Stocktake) -> SavedStocktake:
    lists = record.result.get("lists", {})
    return SavedStocktake(
        id=record.id,
        at=to_local(record.at) or record.at,
        location=record.location,
        by=record.by,
        scanned=record.scanned,
        counts={name: len(lists.get(name, [])) for name in CLASSES},
        applied=record.applied,
    )
