"""Stock-take from a scanner's batch file: ``lendingdesk stocktake --location NAME --codes FILE``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

from lendingdesk.cli.common import desk_context, open_db, out_path, say
from lendingdesk.documents.stocktake import word as stocktake_words
from lendingdesk.domain import stocktake
from lendingdesk.safe_text import shown
from lendingdesk.services.views.stocktake import report_of, write_csv, write_pdf
from lendingdesk.translation import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stocktake",
        help="reconcile a scanner's file of codes against a location (--apply to act on it)",
    )
    p.add_argument(
        "--location",
        required=True,
        metavar="NAME",
        help="the location as `items --json` shows it, or a unique part of it",
    )
    p.add_argument(
        "--codes",
        dest="file",
        required=True,
        metavar="FILE",
        help="the scanner's file: one code per line, as scanned",
    )
    p.add_argument(
        "--apply",
        action="store_true",
        help="move wrong-place items here, check in items on loan that were scanned (they go "
        "to cleaning), mark lost items found, and record the stock-take",
    )
    p.add_argument("--by", metavar="NAME", help="who did the stock-take (audit log)")
    p.add_argument(
        "--pdf", dest="out", metavar="FILE", help="also write the stock-take report as PDF"
    )
    p.add_argument(
        "--csv", metavar="FILE", help="also write the lists as CSV (opens in a spreadsheet)"
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="print an object with the lists found, missing, wrong_place, on_loan, unknown",
    )
    p.set_defaults(handler=cmd_stocktake)


def cmd_stocktake(args: argparse.Namespace) -> int:
    # The file first: a file that is no list of scans is refused before the database is opened.
    with open(args.file, "rb") as fh:
        data = fh.read(stocktake.MAX_FILE_BYTES + 1)
    scans = stocktake.read_codes(data)
    # Where the report goes is checked before any work is done.
    pdf = out_path(args.out, ".pdf") if args.out else None
    csv_file = out_path(args.csv, ".csv") if args.csv else None
    db = open_db(args)
    ctx = desk_context(args)
    if args.apply:
        with db.unit_of_work() as session:
            location = stocktake.find_location(session, args.location)
            result = stocktake.reconcile(session, location, scans)
            found = stocktake.lines(session, result)
            applied = stocktake.apply(session, ctx, result)
    else:
        with db.session() as session:
            location = stocktake.find_location(session, args.location)
            result = stocktake.reconcile(session, location, scans)
            found = stocktake.lines(session, result)
        applied = None
    if pdf or csv_file:
        report = report_of(
            result, found, at=datetime.now(), by=getattr(args, "by", None), applied=applied
        )
        if pdf:
            write_pdf(report, pdf, lang=args.lang)
        if csv_file:
            write_csv(report, csv_file, lang=args.lang)
    if args.json:
        out: dict[str, object] = {"location": result.location, **result.as_dict()}
        if applied is not None:
            out["applied"] = {
                "moved": applied.moved,
                "checked_in": applied.checked_in,
                "found_again": applied.found_again,
            }
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    _print_lists(args, result)
    c = result.counts()
    say(
        args,
        translate(
            "cli.stocktake",
            "Stock-take {location}: {scanned} scanned; {found} found, {missing} missing, "
            "{wrong_place} in the wrong place, {on_loan} registered as on loan, {unknown} "
            "unknown.",
        ).format(
            location=result.location,
            scanned=result.scanned,
            found=c["found"],
            missing=c["missing"],
            wrong_place=c["wrong_place"],
            on_loan=c["on_loan"],
            unknown=c["unknown"],
        ),
    )
    if applied is None:
        say(
            args,
            translate(
                "cli.stocktake", "Nothing changed; run with --apply to move, check in and record."
            ),
        )
    else:
        say(
            args,
            translate(
                "cli.stocktake",
                "Applied and recorded: {moved} moved here, {checked_in} checked in (to "
                "cleaning), {found_again} no longer lost.",
            ).format(
                moved=len(applied.moved),
                checked_in=len(applied.checked_in),
                found_again=len(applied.found_again),
            ),
        )
    return 0


def _print_lists(args: argparse.Namespace, result: stocktake.Reconciliation) -> None:
    for name in stocktake.CLASSES:
        codes = getattr(result, name)
        if not codes:
            continue
        print(f"{stocktake_words(name, args.lang)} ({len(codes)}):")  # as the PDF heads them
        for code in codes:
            print(f"  {shown(code, 80)}")
