"""Maintenance plans from the command line: ``lendingdesk maintenance due`` lists the checks
that are due or overdue; ``lendingdesk maintenance done ITEM_CODE --check KEY --by NAME`` records
one (with ``--cost EUR`` and ``--result TEXT``); ``maintenance plan TAG|ID --check KEY --every
DAYS [--blocking]`` sets a product's plan, ``maintenance unplan TAG|ID --check KEY`` stops one
and ``maintenance plans`` lists them."""

from __future__ import annotations

import argparse

from lendingdesk.cli.common import desk_context, emit, open_db, say, whole_number
from lendingdesk.domain import maintenance
from lendingdesk.errors import InvalidInput
from lendingdesk.safe_text import shown
from lendingdesk.services.views.maintenance import MaintenanceView
from lendingdesk.translation import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("maintenance", help="maintenance plans: what is due, record a check")
    msub = p.add_subparsers(dest="maintenance_command", metavar="ACTION", required=True)

    due = msub.add_parser("due", help="checks that are overdue or due soon (overdue first)")
    due.add_argument(
        "--days",
        type=whole_number(0, 366),
        default=14,
        help="also list checks due within this many days (default 14)",
    )
    due.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of objects (tag, product, check, label, due_on, last_done, "
        "overdue, blocking)",
    )
    due.set_defaults(handler=cmd_due)

    plan = msub.add_parser(
        "plan", help="add or change a recurring check of every item of a product"
    )
    plan.add_argument(
        "product", metavar="TAG|ID", help="product id, or the tag of one of its items"
    )
    plan.add_argument(
        "--check",
        required=True,
        metavar="KEY",
        help="battery, firmware, sim, calibration, electrical, or a key of your own",
    )
    plan.add_argument(
        "--every", required=True, type=whole_number(1, 3660), metavar="DAYS", help="interval"
    )
    plan.add_argument(
        "--blocking",
        action="store_true",
        help="an overdue check refuses lending (default: the desk only warns)",
    )
    plan.add_argument("--label", metavar="TEXT", help="what the desk shows (default by key)")
    plan.set_defaults(handler=cmd_plan)

    unplan = msub.add_parser(
        "unplan", help="stop a recurring check of a product (the checks recorded stay)"
    )
    unplan.add_argument(
        "product", metavar="TAG|ID", help="product id, or the tag of one of its items"
    )
    unplan.add_argument("--check", required=True, metavar="KEY", help="the plan's key")
    unplan.set_defaults(handler=cmd_unplan)

    plans = msub.add_parser("plans", help="every maintenance plan")
    plans.add_argument("--json", action="store_true", help="print a JSON list of objects")
    plans.set_defaults(handler=cmd_plans)

    done = msub.add_parser("done", help="record that a planned check of an item was done now")
    done.add_argument("item_code", metavar="ITEM_CODE", help="the item's label code (LD…)")
    done.add_argument("--check", required=True, metavar="KEY", help="the plan's key, e.g. battery")
    done.add_argument("--by", required=True, metavar="NAME", help="who did the check")
    done.add_argument("--cost", metavar="EUR", help="the cost in euros, e.g. 12,50 or 12.50")
    done.add_argument("--result", metavar="TEXT", help="what was found (default: ok)")
    done.set_defaults(handler=cmd_done)


def _view(args: argparse.Namespace) -> MaintenanceView:
    db = open_db(args)
    ctx = desk_context(args)
    return MaintenanceView(db, lambda: ctx)


def cmd_due(args: argparse.Namespace) -> int:
    rows = [d.as_dict() for d in _view(args).due(args.days)]
    if args.json:
        emit(rows, True, ())
        return 0
    for row in rows:
        row["product"] = shown(str(row["product"]), 40)
        row["label"] = shown(str(row["label"]), 40)
    emit(rows, False, ("tag", "product", "check", "label", "due_on", "overdue", "blocking"))
    overdue = sum(1 for r in rows if r["overdue"])
    say(
        args,
        translate(
            "cli.maintenance", "{rows} checks within {days} days or overdue; {overdue} overdue."
        ).format(rows=len(rows), days=args.days, overdue=overdue),
    )
    return 0


def cmd_done(args: argparse.Namespace) -> int:
    by = (args.by or "").strip()
    if not by or not by.isprintable() or len(by) > 120:
        raise InvalidInput(
            translate(
                "cli.maintenance",
                "Give with --by the name of who did the check (one line, at most 120 characters).",
            ),
        )
    result = args.result
    if result is not None and (not result.isprintable() or len(result) > 500):
        raise InvalidInput(
            translate(
                "cli.maintenance", "The result must be one line of text (at most 500 characters)."
            ),
        )
    # The amount first: a cost that is no plain amount is refused before the database opens.
    cents = maintenance.parse_cost(args.cost) if args.cost is not None else None
    tag = _view(args).record(args.item_code, args.check, by=by, result=result, cost=args.cost)
    cost = (
        translate("cli.maintenance", " (cost € {euros}.{cents})").format(
            euros=cents // 100, cents=f"{cents % 100:02d}"
        )
        if cents is not None
        else ""
    )
    say(
        args,
        translate("cli.maintenance", "Check {check} of {tag} recorded by {by}{cost}.").format(
            check=shown(args.check, 40), tag=tag, by=shown(by, 60), cost=cost
        ),
    )
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    label = args.label
    if label is not None and (not label.strip() or not label.isprintable() or len(label) > 120):
        raise InvalidInput(
            translate(
                "cli.maintenance", "The label must be one line of text (at most 120 characters)."
            ),
        )
    row = _view(args).set_plan(
        args.product, args.check, interval_days=args.every, blocking=args.blocking, label=label
    )
    effect = (
        translate("cli.maintenance", "blocks lending")
        if row.blocking
        else translate("cli.maintenance", "warns")
    )
    say(
        args,
        translate(
            "cli.maintenance",
            "{product}: check {key} ({label}) every {interval_days} days; when overdue it "
            "{effect}.",
        ).format(
            product=shown(row.product, 60),
            key=row.key,
            label=shown(row.label, 60),
            interval_days=row.interval_days,
            effect=effect,
        ),
    )
    return 0


def cmd_unplan(args: argparse.Namespace) -> int:
    product = _view(args).remove_plan(args.product, args.check)
    say(
        args,
        translate(
            "cli.maintenance", "{product}: check {key} stopped; the checks recorded stay."
        ).format(product=shown(product, 60), key=shown(args.check, 40)),
    )
    return 0


def cmd_plans(args: argparse.Namespace) -> int:
    rows = [r.as_dict() for r in _view(args).plans()]
    if not args.json:
        for row in rows:
            row["product"] = shown(str(row["product"]), 40)
            row["label"] = shown(str(row["label"]), 40)
    emit(rows, args.json, ("product_id", "product", "check", "label", "interval_days", "blocking"))
    return 0
