"""The hygiene report for quality audits: ``lendingdesk hygiene report --from --to [--location]
--out FILE.pdf|.csv`` (issue 16 §1–2; services/hygiene_report.py)."""

from __future__ import annotations

import argparse

from lendingdesk.cli.common import desk_context, open_db, out_path, parse_date, say
from lendingdesk.dates import NumericDate
from lendingdesk.domain import stocktake
from lendingdesk.errors import InvalidInput
from lendingdesk.safe_text import shown
from lendingdesk.services import hygiene_report
from lendingdesk.translation import translate


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("hygiene", help="hygiene between users: the report for audits")
    hygiene_sub = group.add_subparsers(dest="hygiene_command", metavar="SUBCOMMAND")
    hygiene_sub.required = True
    p = hygiene_sub.add_parser(
        "report",
        help="cleanings, disinfections, device resets, second checks and deviations of a period",
    )
    p.add_argument(
        "--from", dest="since", required=True, metavar="YYYY-MM-DD", help="first day (local)"
    )
    p.add_argument(
        "--to", dest="until", required=True, metavar="YYYY-MM-DD", help="last day, included"
    )
    p.add_argument(
        "--location",
        metavar="NAME",
        help="only this location (as `items --json` shows it, or a unique part); default all",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the report: a .pdf or a .csv file")
    p.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    start, end = parse_date(args.since), parse_date(args.until)
    hygiene_report.check_period(start, end)
    suffix = args.out.rsplit(".", 1)[-1].lower() if "." in args.out else ""
    if suffix not in ("pdf", "csv"):
        raise InvalidInput(
            translate(
                "cli.hygiene", "Give --out a file name ending in .pdf or .csv (now: {out})."
            ).format(out=shown(args.out)),
        )
    target = out_path(args.out, f".{suffix}")
    db = open_db(args)
    ctx = desk_context(args)
    with db.session() as session:
        location = stocktake.find_location(session, args.location) if args.location else None
        data = hygiene_report.build(session, start, end, location, ctx.now())
    written = hygiene_report.write(data, target, args.lang)
    what = (
        translate("cli.hygiene", "%n page(s)", None, written)
        if suffix == "pdf"
        else translate("cli.hygiene", "%n row(s)", None, written)
    )
    say(
        args,
        translate(
            "cli.hygiene",
            "Hygiene report {start} to {end}: {lines} sign-offs, {deviations} deviations; {what} "
            "in {target}.",
        ).format(
            start=NumericDate(start),
            end=NumericDate(end),
            lines=len(data.lines),
            deviations=len(data.deviations),
            what=what,
            target=shown(target, 120),
        ),
    )
    return 0
