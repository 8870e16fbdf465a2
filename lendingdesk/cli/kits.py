"""Kits from the command line: ``lendingdesk kit label ITEM_CODE --part NAME [--code LABEL]``
gives a part of a kit its own label (scanning it ticks the part at check-in);
``lendingdesk kit missing [--json]`` lists the parts to find or to re-order."""

from __future__ import annotations

import argparse

from lendingdesk.cli.common import desk_context, emit, open_db, say
from lendingdesk.domain.context import to_local
from lendingdesk.safe_text import shown
from lendingdesk.services.views.maintenance import MaintenanceView
from lendingdesk.translation import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kit", help="kits: labels of their own for parts, the parts missing")
    ksub = p.add_subparsers(dest="kit_command", metavar="ACTION", required=True)
    label = ksub.add_parser("label", help="give a part of a kit its own label")
    label.add_argument("item_code", metavar="ITEM_CODE", help="the kit's label code (LD…)")
    label.add_argument("--part", required=True, metavar="NAME", help="one of its accessories")
    label.add_argument(
        "--code", metavar="LABEL", help="a pre-printed unused label (default: a fresh code)"
    )
    label.set_defaults(handler=cmd_label)
    missing = ksub.add_parser("missing", help="parts that did not come back: find or re-order")
    missing.add_argument("--json", action="store_true", help="print a JSON list of objects")
    missing.set_defaults(handler=cmd_missing)


def _view(args: argparse.Namespace) -> MaintenanceView:
    db = open_db(args)
    ctx = desk_context(args)
    return MaintenanceView(db, lambda: ctx)


def cmd_label(args: argparse.Namespace) -> int:
    code = _view(args).label_part(args.item_code, args.part, args.code)
    say(
        args,
        translate("cli.kits", "Part “{part}” now has label {code}.").format(
            part=shown(args.part, 60), code=code
        ),
    )
    return 0


def cmd_missing(args: argparse.Namespace) -> int:
    rows = []
    for m in _view(args).missing_parts():
        since = to_local(m.since)
        rows.append(
            {
                "kit": m.item_tag,
                "product": m.product if args.json else shown(m.product, 40),
                "part": m.part if args.json else shown(m.part, 40),
                "part_label": m.part_tag,
                "since": since.date().isoformat() if since else None,
                "loan": m.loan_id,
                "held_back": m.held_back,
            }
        )
    emit(rows, args.json, ("kit", "product", "part", "part_label", "since", "held_back"))
    return 0
