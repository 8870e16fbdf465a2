"""Reports, the platform export and the catalogue import from the command line.

lendingdesk report product TAG|ID --out FILE.pdf [--since DATE] [--until DATE]
lendingdesk report overview --out FILE.pdf [--since DATE] [--until DATE]
lendingdesk export --out FILE.zip [--since DATE] [--pin-stdin]   (coordinator code)
lendingdesk import catalogue FILE.csv|FILE.xlsx [--dry-run]
"""

from __future__ import annotations

import argparse
import sys

from lendingdesk.cli.common import (
    add_pin_stdin,
    authorize,
    desk_context,
    open_db,
    out_path,
    parse_date,
    whole_number,
)
from lendingdesk.errors import InvalidInput
from lendingdesk.safe_text import one_line
from lendingdesk.translation import translate


def _say(args: argparse.Namespace, nl: str, en: str) -> None:
    print(nl if args.lang == "nl" else en)


def _service(args: argparse.Namespace):
    from lendingdesk.services.reviews import ReviewService

    db = open_db(args)
    return ReviewService(db, lambda: desk_context(args))


def _period_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="reviews and loans from this date")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="up to and including this date")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="review reports as PDF (one product, or an overview)")
    rsub = p.add_subparsers(dest="report_command", metavar="KIND", required=True)
    rp = rsub.add_parser("product", help="one product's review report")
    rp.add_argument("product", metavar="TAG|ID", help="product id, or the tag of one of its items")
    rp.add_argument("--out", required=True, metavar="FILE.pdf")
    _period_args(rp)
    rp.set_defaults(handler=cmd_report_product)
    ro = rsub.add_parser("overview", help="all products: loans, reviews, rating, SUS, NPS")
    ro.add_argument("--out", required=True, metavar="FILE.pdf")
    _period_args(ro)
    ro.set_defaults(handler=cmd_report_overview)

    p = sub.add_parser(
        "export", help="the platform bundle: approved reviews as JSON-LD, CSV and PDF in a zip"
    )
    p.add_argument("--out", required=True, metavar="FILE.zip")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only reviews given from this date")
    add_pin_stdin(p)
    p.add_argument(
        "--min-people",
        type=whole_number(1, 1000),
        metavar="K",
        help="publish a reviewer's 'discipline, organisation' only when at least K people "
        "share it (default 3)",
    )
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="import data from a spreadsheet")
    isub = p.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    ic = isub.add_parser("catalogue", help="products and items from CSV or XLSX, all lines or none")
    ic.add_argument("file", metavar="FILE.csv|FILE.xlsx")
    ic.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    ic.set_defaults(handler=cmd_import_catalogue)


def _period(args: argparse.Namespace):
    from lendingdesk.documents.reports import Period

    since = parse_date(args.since) if getattr(args, "since", None) else None
    until = parse_date(args.until) if getattr(args, "until", None) else None
    if since and until and until < since:
        raise InvalidInput(
            translate("cli.exchange", "--until is before --since; swap the dates."),
        )
    return Period(since, until)


def cmd_report_product(args: argparse.Namespace) -> int:
    out = out_path(args.out, ".pdf")
    service = _service(args)
    period = _period(args)
    data = service.product_report_data(args.product, period, lang=args.lang)
    pages = service.render_product_report(args.product, out, period, lang=args.lang)
    _say(
        args,
        f"Reviewrapport {data.name}: {len(data.reviews)} goedgekeurde reviews, {pages} "
        f"pagina('s): {out}",
        f"Review report {data.name}: {len(data.reviews)} approved reviews, {pages} page(s): {out}",
    )
    return 0


def cmd_report_overview(args: argparse.Namespace) -> int:
    out = out_path(args.out, ".pdf")
    service = _service(args)
    pages = service.render_overview_report(out, _period(args), lang=args.lang)
    _say(args, f"Overzicht, {pages} pagina('s): {out}", f"Overview, {pages} page(s): {out}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = out_path(args.out, ".zip")
    since = parse_date(args.since) if args.since else None
    service = _service(args)
    grant = authorize(args, service.db, "export")
    result = service.export_bundle(out, since=since, lang=args.lang, grant=grant, k=args.min_people)
    files = len(result.manifest["files"]) + 1
    _say(
        args,
        f"Export klaar: {result.reviews} goedgekeurde reviews van {result.products} producten, "
        f"{files} bestanden: {out}",
        f"Export done: {result.reviews} approved reviews of {result.products} products, "
        f"{files} files: {out}",
    )
    return 0


def cmd_import_catalogue(args: argparse.Namespace) -> int:
    from lendingdesk.exchange.importer import read_catalogue
    from lendingdesk.services.catalogue_import import CatalogueImportService, ImportRefused

    plan = read_catalogue(args.file)
    service = CatalogueImportService(open_db(args), lambda: desk_context(args))
    try:
        result = service.apply_import(plan, dry_run=args.dry_run)
    except ImportRefused as refused:
        for error in refused.errors:
            word = "regel" if args.lang == "nl" else "line"
            column = ""
            if error.column:
                column = (
                    f"kolom '{error.column}': "
                    if args.lang == "nl"
                    else f"column '{error.column}': "
                )
            reason = error.nl if args.lang == "nl" else error.en
            print(one_line(f"{word} {error.line}: {column}{reason}"), file=sys.stderr)
        _say_err(
            args,
            f"Niets geïmporteerd: {len(refused.errors)} "
            f"{'regel' if len(refused.errors) == 1 else 'regels'} met fouten. Verbeter het "
            "bestand en probeer opnieuw.",
            f"Nothing imported: {len(refused.errors)} "
            f"{'line' if len(refused.errors) == 1 else 'lines'} with errors. Correct the file and "
            "try again.",
        )
        return 1
    for note in plan.warnings:
        print(("Let op — " if args.lang == "nl" else "Note — ") + note.message(args.lang))
    if result.dry_run:
        _say(
            args,
            f"Proef (er is niets veranderd): {result.products_created} nieuwe producten, "
            f"{result.products_updated} bijgewerkt, {result.items_created} exemplaren, "
            f"{result.categories_created} nieuwe categorieën.",
            f"Dry run (nothing changed): {result.products_created} new products, "
            f"{result.products_updated} updated, {result.items_created} items, "
            f"{result.categories_created} new categories.",
        )
    else:
        _say(
            args,
            f"Geïmporteerd: {result.products_created} nieuwe producten, "
            f"{result.products_updated} bijgewerkt, {result.items_created} exemplaren, "
            f"{result.categories_created} nieuwe categorieën.",
            f"Imported: {result.products_created} new products, {result.products_updated} "
            f"updated, {result.items_created} items, {result.categories_created} new categories.",
        )
        if result.tags:
            _say(
                args,
                f"Nieuwe labels: {result.tags[0]} … {result.tags[-1]} (druk ze af met "
                "`lendingdesk labels --new`).",
                f"New labels: {result.tags[0]} … {result.tags[-1]} (print them with "
                "`lendingdesk labels --new`).",
            )
    return 0


def _say_err(args: argparse.Namespace, nl: str, en: str) -> None:
    print(nl if args.lang == "nl" else en, file=sys.stderr)
