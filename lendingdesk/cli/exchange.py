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
    say,
    whole_number,
)
from lendingdesk.errors import InvalidInput
from lendingdesk.safe_text import one_line
from lendingdesk.translation import translate


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
    say(
        args,
        translate(
            "cli.exchange",
            "Review report {data}: {reviews} approved reviews, {pages} page(s): {out}",
        ).format(data=data.name, reviews=len(data.reviews), pages=pages, out=out),
    )
    return 0


def cmd_report_overview(args: argparse.Namespace) -> int:
    out = out_path(args.out, ".pdf")
    service = _service(args)
    pages = service.render_overview_report(out, _period(args), lang=args.lang)
    say(
        args,
        translate("cli.exchange", "Overview, {pages} page(s): {out}").format(pages=pages, out=out),
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = out_path(args.out, ".zip")
    since = parse_date(args.since) if args.since else None
    service = _service(args)
    grant = authorize(args, service.db, "export")
    result = service.export_bundle(out, since=since, lang=args.lang, grant=grant, k=args.min_people)
    files = len(result.manifest["files"]) + 1
    say(
        args,
        translate(
            "cli.exchange",
            "Export done: {reviews} approved reviews of {products} products, {files} files: {out}",
        ).format(reviews=result.reviews, products=result.products, files=files, out=out),
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
            where = translate("cli.exchange", "line {line}: ").format(line=error.line)
            if error.column:
                where = translate("cli.exchange", "line {line}: column '{column}': ").format(
                    line=error.line, column=error.column
                )
            reason = error.problem.render(args.lang)  # the importer's own words
            print(one_line(where.render(args.lang) + reason), file=sys.stderr)
        print(
            translate(
                "cli.exchange",
                "Nothing imported: %n line(s) with errors. Correct the file and try again.",
                None,
                len(refused.errors),
            ).render(args.lang),
            file=sys.stderr,
        )
        return 1
    for note in plan.warnings:
        print(
            translate("cli.exchange", "Note — {note}")
            .format(note=note.message(args.lang))
            .render(args.lang)
        )
    done = (
        translate(
            "cli.exchange",
            "Dry run (nothing changed): {products_created} new products, {products_updated} "
            "updated, {items_created} items, {categories_created} new categories.",
        )
        if result.dry_run
        else translate(
            "cli.exchange",
            "Imported: {products_created} new products, {products_updated} updated, "
            "{items_created} items, {categories_created} new categories.",
        )
    )
    say(
        args,
        done.format(
            products_created=result.products_created,
            products_updated=result.products_updated,
            items_created=result.items_created,
            categories_created=result.categories_created,
        ),
    )
    if not result.dry_run and result.tags:
        say(
            args,
            translate(
                "cli.exchange",
                "New labels: {tags} … {tags2} (print them with `lendingdesk labels --new`).",
            ).format(tags=result.tags[0], tags2=result.tags[-1]),
        )
    return 0
