"""Printed documents from the command line: QR labels, borrower badges, loan slips."""

from __future__ import annotations

import argparse

from lendingdesk.cli.common import desk_context, open_db, out_path, say, whole_number
from lendingdesk.domain.codes import check_url_template
from lendingdesk.errors import InvalidInput
from lendingdesk.translation import translate

MAX_BLANK_LABELS = 1000  # fresh tags per run: fifteen A4 sheets; each one is a code used up


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("labels", help="QR labels for items, as a PDF that fits the chosen medium")
    p.add_argument("--list-templates", action="store_true", help="name the label media")
    p.add_argument("--template", metavar="NAME", help="e.g. avery-l7160, dymo-11354, custom")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--items", metavar="TAG,…", help="these items (comma-separated codes)")
    which.add_argument("--all", action="store_true", help="every item in use")
    which.add_argument("--new", action="store_true", help="items whose label was never printed")
    which.add_argument(
        "--blank",
        type=whole_number(1, MAX_BLANK_LABELS),
        metavar="N",
        help="N fresh tags to link to items later",
    )
    p.add_argument(
        "--start",
        type=whole_number(1, 1000),
        default=1,
        metavar="POS",
        help="first free label on the sheet",
    )
    p.add_argument("--barcode", action="store_true", help="add a Code128 barcode")
    p.add_argument("--no-organisation", action="store_true", help="leave the organisation off")
    p.add_argument("--url", metavar="TEMPLATE", help="QR carries a URL, e.g. https://x.nl/i/{tag}")
    p.add_argument(
        "--grid",
        metavar="C,R,W,H,LEFT,TOP[,CPITCH,RPITCH]",
        help="custom template: columns, rows, label size, margins and pitch in mm",
    )
    p.add_argument("--out", metavar="FILE.pdf")
    p.set_defaults(handler=cmd_labels)

    p = sub.add_parser("badges", help="borrower cards (ID-1 size) with the badge code")
    p.add_argument("--borrowers", metavar="CODE,…", help="these borrowers (default: all active)")
    p.add_argument("--paper", choices=("a4", "card"), default="a4")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_badges)

    p = sub.add_parser("slip", help="a loan slip (open loans) or return receipt (returned loans)")
    p.add_argument("loan_ids", nargs="+", type=int, metavar="LOAN_ID")
    p.add_argument("--paper", choices=("a4", "a5", "receipt80"), default="a4")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--review-links",
        action="store_true",
        help="a return receipt with each product's one-time review link (QR code and address)",
    )
    p.set_defaults(handler=cmd_slip)


def _codes(text: str) -> list[str]:
    return [c.strip() for c in text.split(",") if c.strip()]


def _template(args: argparse.Namespace):
    from lendingdesk.documents import custom_sheet, get_template

    if args.template == "custom":
        try:
            values = [float(v) for v in (args.grid or "").split(",")]
            if len(values) not in (6, 8):
                raise ValueError
        except ValueError:
            raise InvalidInput(
                translate(
                    "cli.documents",
                    "With --template custom give --grid columns,rows,width,height,left,top (mm), "
                    "optionally followed by column pitch,row pitch.",
                ),
            ) from None
        columns, rows, w, h, left, top, *pitch = values
        return custom_sheet(
            columns=int(columns),
            rows=int(rows),
            label_w=w,
            label_h=h,
            left=left,
            top=top,
            col_pitch=pitch[0] if pitch else None,
            row_pitch=pitch[1] if pitch else None,
        )
    return get_template(args.template)


def cmd_labels(args: argparse.Namespace) -> int:
    from lendingdesk.documents import LabelOptions, list_templates, render_labels
    from lendingdesk.services import printing

    if args.list_templates:
        for name, description in list_templates():
            print(f"{name:16} {description}")
        return 0
    if not args.template or not args.out:
        raise InvalidInput(
            translate(
                "cli.documents",
                "Give --template and --out (see --list-templates for the label media).",
            ),
        )
    if not (args.items or args.all or args.new or args.blank):
        raise InvalidInput(
            translate("cli.documents", "Choose which labels: --items, --all, --new or --blank N."),
        )
    template = _template(args)
    out = out_path(args.out, ".pdf")
    url_template = check_url_template(args.url) if args.url else None
    db = open_db(args)
    with db.unit_of_work() as session:
        if args.items:
            specs = printing.label_specs_for_items(session, _codes(args.items))
        elif args.blank:
            specs = printing.label_specs_blank(session, args.blank)
        else:
            specs = printing.label_specs_all(session, only_unprinted=args.new)
        if not specs:
            raise InvalidInput(translate("cli.documents", "There are no labels to make."))
        options = LabelOptions(
            template=template,
            start_position=args.start,
            show_barcode=args.barcode,
            show_organisation=not args.no_organisation,
            url_template=url_template,
        )
        result = render_labels(specs, options, out)
        printing.mark_labels_printed(session, [s.tag for s in specs])
    say(
        args,
        translate("cli.documents", "%n label(s) on {pages}: {out}", None, result.count).format(
            pages=translate("cli.documents", "%n page(s)", None, result.pages), out=args.out
        ),
    )
    return 0


def cmd_badges(args: argparse.Namespace) -> int:
    from lendingdesk.documents import BadgeOptions, render_badges
    from lendingdesk.services import printing

    out = out_path(args.out, ".pdf")
    db = open_db(args)
    with db.session() as session:
        specs = printing.badge_specs(session, _codes(args.borrowers) if args.borrowers else None)
    if not specs:
        raise InvalidInput(translate("cli.documents", "There are no active borrowers."))
    result = render_badges(specs, out, BadgeOptions(paper=args.paper, lang=args.lang))
    say(
        args,
        translate("cli.documents", "%n card(s): {out}", None, result.count).format(out=args.out),
    )
    return 0


def cmd_slip(args: argparse.Namespace) -> int:
    from lendingdesk.documents import render_slip
    from lendingdesk.services import printing

    out = out_path(args.out, ".pdf")
    db = open_db(args)
    with db.session() as session:
        data = printing.slip_for_loans(session, desk_context(args), args.loan_ids)
    if args.review_links:
        from lendingdesk.services.review_links import ReviewLinkService

        data = ReviewLinkService(db, lambda: desk_context(args)).with_review_links(data)
    render_slip(data, out, paper=args.paper, lang=args.lang)
    say(args, translate("cli.documents", "Slip: {out}").format(out=args.out))
    return 0
