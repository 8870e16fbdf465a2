"""Core commands: demo data, listings, circulation, cleaning, database upkeep."""

from __future__ import annotations

import argparse
from typing import Any

from lendingdesk.cli.common import (
    add_json_flag,
    add_pin_stdin,
    authorize,
    desk_context,
    emit,
    open_db,
    out_path,
    parse_date,
    say,
    whole_number,
)
from lendingdesk.domain import catalogue, circulation, cleaning
from lendingdesk.domain.context import to_local
from lendingdesk.domain.errors import InvalidInput
from lendingdesk.store.models import Borrower, Item, Loan


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "demo", help="fill the database with a Dutch demo set (or a synthetic large one)"
    )
    p.add_argument("--reset", action="store_true", help="erase everything first")
    p.add_argument(
        "--products",
        type=whole_number(1, 2_000_000),
        help="synthetic: number of products (benchmarks)",
    )
    p.add_argument(
        "--loans", type=whole_number(0, 20_000_000), help="synthetic: number of historical loans"
    )
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("items", help="list items (physical units with asset tags)")
    p.add_argument("--status", choices=circulation.STATUS_EN, help="only items with this status")
    add_json_flag(p)
    p.set_defaults(handler=cmd_items)

    p = sub.add_parser("borrowers", help="list borrowers")
    p.add_argument("--search", default="", help="name, team, discipline or badge")
    add_json_flag(p)
    p.set_defaults(handler=cmd_borrowers)

    p = sub.add_parser(
        "loans", help="list loans (newest first; --open/--overdue for the desk's lists)"
    )
    p.add_argument("--open", action="store_true", help="only open loans")
    p.add_argument("--overdue", action="store_true", help="only overdue loans")
    p.add_argument("--limit", type=whole_number(1, 1_000_000), default=1000)
    add_json_flag(p)
    p.set_defaults(handler=cmd_loans)

    p = sub.add_parser("checkout", help="lend an item to a borrower")
    p.add_argument("item_code", metavar="ITEM_CODE")
    p.add_argument("--borrower", required=True, metavar="BORROWER_CODE")
    p.add_argument("--due", metavar="YYYY-MM-DD")
    p.add_argument("--setting", help="care setting (e.g. Verpleeghuis)")
    p.add_argument("--client-group", help="client group category (e.g. Dementie)")
    p.add_argument("--by", help="who hands it out")
    add_json_flag(p)
    p.set_defaults(handler=cmd_checkout)

    p = sub.add_parser("checkin", help="take an item back")
    p.add_argument("item_code", metavar="ITEM_CODE")
    p.add_argument("--missing", nargs="*", default=[], metavar="ACCESSORY")
    p.add_argument("--damage", metavar="TEXT")
    p.add_argument("--not-charged", action="store_true", help="the item came back not charged")
    p.add_argument("--by", help="who takes it in")
    add_json_flag(p)
    p.set_defaults(handler=cmd_checkin)

    p = sub.add_parser("clean", help="sign off the cleaning of a returned item")
    p.add_argument("item_code", metavar="ITEM_CODE")
    p.add_argument("--by", required=True, metavar="NAME")
    p.add_argument("--method", metavar="TEXT")
    p.set_defaults(handler=cmd_clean)

    p = sub.add_parser("renew", help="extend an open loan")
    p.add_argument("loan_id", type=int, metavar="LOAN_ID")
    p.add_argument("--due", metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_renew)

    for name, help_text in (
        ("lost", "mark an item lost"),
        ("found", "mark a lost item found"),
        ("retire", "retire an item for good"),
    ):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("item_code", metavar="ITEM_CODE")
        p.add_argument("--reason", default="")
        if name == "retire":
            add_pin_stdin(p)
        p.set_defaults(handler=cmd_item_state, action=name)

    p = sub.add_parser("db", help="database upkeep")
    dbsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dbsub.add_parser("upgrade", help="bring the schema to the newest version (backup first)")
    up.set_defaults(handler=cmd_db_upgrade)
    info = dbsub.add_parser("info", help="where the database is and its schema version")
    info.set_defaults(handler=cmd_db_info)

    p = sub.add_parser("backup", help="write a consistent copy of the SQLite database")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_backup)


# --- handlers ----------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from lendingdesk import demo

    db = open_db(args)
    if args.products is not None or args.loans is not None:
        counts = demo.fill_synthetic(
            db, products=args.products or 1000, loans=args.loans or 0, reset_first=args.reset
        )
    else:
        counts = demo.fill_demo(db, reset_first=args.reset)
    summary = ", ".join(f"{k}={v}" for k, v in counts.items())
    say(args, f"Demo geladen: {summary}", f"Demo loaded: {summary}")
    return 0


def item_row(item: Item) -> dict[str, Any]:
    return {
        "tag": item.tag,
        "product": item.product.name,
        "status": item.status,
        "serial": item.serial,
        "location": item.location.display_name if item.location else None,
    }


def borrower_row(b: Borrower) -> dict[str, Any]:
    return {
        "badge": b.badge,
        "name": b.name,
        "active": b.active,
        "kind": b.kind,
        "discipline": b.discipline,
        "team": b.team,
    }


def loan_row(loan: Loan) -> dict[str, Any]:
    def iso(value: Any) -> str | None:
        local = to_local(value)
        return local.isoformat(timespec="seconds") if local else None

    return {
        "id": loan.id,
        "tag": loan.item.tag,
        "product": loan.item.product.name,
        "badge": loan.borrower.badge,
        "borrower": loan.borrower.name,
        "out": iso(loan.out_at),
        "due": loan.due_on.isoformat(),
        "returned": iso(loan.returned_at),
    }


def cmd_items(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.session() as session:
        rows = [item_row(i) for i in catalogue.list_items(session, status=args.status)]
    emit(rows, args.json, ("tag", "product", "status", "location"))
    return 0


def cmd_borrowers(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.session() as session:
        rows = [
            borrower_row(b) for b in catalogue.search_borrowers(session, args.search, limit=100_000)
        ]
    emit(rows, args.json, ("badge", "name", "active", "discipline", "team"))
    return 0


def cmd_loans(args: argparse.Namespace) -> int:
    db = open_db(args)
    ctx = desk_context(args)
    with db.session() as session:
        if args.open or args.overdue:
            loans = circulation.open_loans(
                session, overdue_on=ctx.today() if args.overdue else None, limit=args.limit
            )
        else:
            loans = circulation.loan_history(session, limit=args.limit)
        rows = [loan_row(loan) for loan in loans]
    emit(rows, args.json, ("id", "tag", "product", "badge", "borrower", "out", "due", "returned"))
    return 0


def cmd_checkout(args: argparse.Namespace) -> int:
    db = open_db(args)
    ctx = desk_context(args)
    with db.unit_of_work() as session:
        loan = circulation.check_out(
            session,
            ctx,
            circulation.CheckoutRequest(
                item=args.item_code,
                borrower=args.borrower,
                due=parse_date(args.due) if args.due else None,
                setting=args.setting,
                client_group=args.client_group,
            ),
        )
        row = loan_row(loan)
    if args.json:
        emit([row], True, ())
    else:
        say(
            args,
            f"Uitgeleend: {row['product']} ({row['tag']}) aan {row['borrower']}, "
            f"terug op {loan.due_on:%d-%m-%Y}. Uitlening {row['id']}.",
            f"Checked out: {row['product']} ({row['tag']}) to {row['borrower']}, "
            f"due {loan.due_on:%Y-%m-%d}. Loan {row['id']}.",
        )
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    db = open_db(args)
    ctx = desk_context(args)
    with db.unit_of_work() as session:
        loan = circulation.check_in(
            session,
            ctx,
            circulation.CheckinRequest(
                item=args.item_code,
                missing=tuple(args.missing),
                damage=args.damage,
                charged=False if args.not_charged else None,
            ),
        )
        row = loan_row(loan) | {"status": loan.item.status, "missing": loan.accessories_missing}
    if args.json:
        emit([row], True, ())
    else:
        next_nl = "naar schoonmaak" if row["status"] == "awaiting_cleaning" else "weer beschikbaar"
        next_en = "to cleaning" if row["status"] == "awaiting_cleaning" else "available again"
        missing = ", ".join(row["missing"])
        say(
            args,
            f"Ingenomen: {row['product']} ({row['tag']}) van {row['borrower']}, {next_nl}."
            + (f" Ontbreekt: {missing}." if missing else ""),
            f"Checked in: {row['product']} ({row['tag']}) from {row['borrower']}, {next_en}."
            + (f" Missing: {missing}." if missing else ""),
        )
    return 0


def cmd_clean(args: argparse.Namespace) -> int:
    db = open_db(args)
    ctx = desk_context(args)
    with db.unit_of_work() as session:
        record = cleaning.sign_off_cleaning(
            session, ctx, args.item_code, by=args.by, method=args.method
        )
        tag, name = record.item.tag, record.item.product.name
    say(
        args,
        f"Schoonmaak afgetekend: {name} ({tag}) is weer beschikbaar.",
        f"Cleaning signed off: {name} ({tag}) is available again.",
    )
    return 0


def cmd_renew(args: argparse.Namespace) -> int:
    db = open_db(args)
    ctx = desk_context(args)
    with db.unit_of_work() as session:
        loan = circulation.renew(
            session, ctx, args.loan_id, parse_date(args.due) if args.due else None
        )
        due = loan.due_on
    say(args, f"Verlengd tot {due:%d-%m-%Y}.", f"Renewed until {due:%Y-%m-%d}.")
    return 0


def cmd_item_state(args: argparse.Namespace) -> int:
    db = open_db(args)
    ctx = desk_context(args)
    if args.action == "retire":
        authorize(args, db, "retire")
    with db.unit_of_work() as session:
        if args.action == "lost":
            item = circulation.mark_lost(session, ctx, args.item_code, args.reason)
        elif args.action == "found":
            item = circulation.mark_found(session, ctx, args.item_code)
        else:
            item = circulation.retire(session, ctx, args.item_code, args.reason)
        tag, status = item.tag, item.status
    say(
        args,
        f"{tag}: {circulation.STATUS_NL[status]}.",
        f"{tag}: {circulation.STATUS_EN[status]}.",
    )
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from lendingdesk.store.db import current_revision, open_database, upgrade_schema

    db = open_database(args.db, upgrade=False)
    try:
        before = current_revision(db)
        backup = upgrade_schema(db)
        after = current_revision(db)
    finally:
        db.dispose()
    if before == after:
        say(
            args,
            f"Database is al bijgewerkt (versie {after}).",
            f"Database is up to date (version {after}).",
        )
    else:
        note = f" Reservekopie: {backup}" if backup else ""
        say(
            args,
            f"Database bijgewerkt van {before or 'leeg'} naar {after}.{note}",
            f"Database upgraded from {before or 'empty'} to {after}.{note}",
        )
    return 0


def cmd_db_info(args: argparse.Namespace) -> int:
    from lendingdesk.store.db import current_revision, head_revision

    db = open_db(args)
    print(f"url: {db.engine.url.render_as_string(hide_password=True)}")
    print(f"schema: {current_revision(db)} (newest {head_revision()})")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from lendingdesk.store.db import backup_sqlite

    db = open_db(args)
    if not db.is_sqlite:
        raise InvalidInput(
            "Een reservekopie maken kan hier alleen van een SQLite-bestand; gebruik pg_dump voor "
            "PostgreSQL.",
            "Backups from here work for a SQLite file; use pg_dump for PostgreSQL.",
        )
    target = backup_sqlite(db, out_path(args.out))
    say(args, f"Reservekopie geschreven: {target}", f"Backup written: {target}")
    return 0
