"""Core commands: demo data, listings, circulation, cleaning, database upkeep."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from lendingdesk.cli.common import (
    add_json_flag,
    add_pin_stdin,
    authorize,
    desk_context,
    emit,
    keep_open,
    open_db,
    out_path,
    parse_date,
    say,
    whole_number,
)
from lendingdesk.dates import NumericDate
from lendingdesk.domain import catalogue, circulation, cleaning, hygiene
from lendingdesk.domain.context import to_local
from lendingdesk.domain.lookup import find_item
from lendingdesk.domain.status import ItemStatus
from lendingdesk.errors import InvalidInput, StepsNotConfirmed
from lendingdesk.services import access
from lendingdesk.store.models import Borrower, Item, Loan
from lendingdesk.translation import Text, joined, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo", help="fill the database with a Dutch demo set (or a synthetic large one)"
    )
    p.add_argument(
        "--reset",
        action="store_true",
        help="erase everything first (coordinator code; a backup is taken first; the code stays)",
    )
    p.add_argument(
        "--products",
        type=whole_number(1, 2_000_000),
        help="synthetic: number of products (benchmarks)",
    )
    p.add_argument(
        "--loans", type=whole_number(0, 20_000_000), help="synthetic: number of historical loans"
    )
    add_pin_stdin(p)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("items", help="list items (physical units with asset tags)")
    p.add_argument(
        "--status", choices=[s.value for s in ItemStatus], help="only items with this status"
    )
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
    add_no_journal(p)
    add_json_flag(p)
    p.set_defaults(handler=cmd_checkout)

    p = sub.add_parser("checkin", help="take an item back")
    p.add_argument("item_code", metavar="ITEM_CODE")
    p.add_argument("--missing", nargs="*", default=[], metavar="ACCESSORY")
    p.add_argument("--damage", metavar="TEXT")
    p.add_argument("--not-charged", action="store_true", help="the item came back not charged")
    p.add_argument(
        "--isolation",
        action="store_true",
        help="used in isolation / with BRMO / an infection: this return must be disinfected",
    )
    p.add_argument("--by", help="who takes it in")
    add_no_journal(p)
    add_json_flag(p)
    p.set_defaults(handler=cmd_checkin)

    p = sub.add_parser("clean", help="sign off the cleaning of a returned item")
    p.add_argument("item_code", metavar="ITEM_CODE")
    p.add_argument("--by", required=True, metavar="NAME")
    p.add_argument("--method", metavar="TEXT")
    p.add_argument(
        "--steps-done",
        action="store_true",
        help="every step of the product's hygiene protocol and reset checklist was done",
    )
    p.add_argument(
        "--agent", metavar="TEXT", help="the disinfectant used (default: the protocol's)"
    )
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

    p = sub.add_parser(
        "backup", help="write a full copy of the SQLite database elsewhere (coordinator code)"
    )
    p.add_argument("--out", required=True, metavar="FILE")
    add_pin_stdin(p)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("borrower", help="one borrower: erase their personal data (AVG art. 17)")
    bsub = p.add_subparsers(dest="borrower_command", metavar="ACTION", required=True)
    er = bsub.add_parser(
        "erase",
        help="erase a borrower's personal data everywhere, for good (coordinator code)",
    )
    er.add_argument("badge", metavar="BADGE", help="the borrower's card code (LP…)")
    er.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    add_pin_stdin(er)
    er.set_defaults(handler=cmd_borrower_erase)


# --- handlers ----------------------------------------------------------------------------------


def add_no_journal(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-journal",
        action="store_true",
        help="when the shared database is unreachable, refuse instead of keeping the scan in the "
        "offline journal",
    )


def cmd_demo(args: argparse.Namespace) -> int:
    from lendingdesk import demo

    synthetic = args.products is not None or args.loans is not None
    if synthetic:  # every argument checked before anything is opened or wiped
        demo.check_synthetic_counts(
            args.products if args.products is not None else 1000, args.loans or 0
        )
    db = open_db(args, create=True)  # making a demo database is an explicit creation
    if args.reset and demo.database_has_data(db):
        grant = authorize(args, db, "demo_reset")
        report = demo.reset(db, desk_context(args), grant)
        kept = translate("cli.core", "The coordinator code is kept.") if report.kept_code else ""
        say(
            args,
            translate(
                "cli.core",
                "Everything erased, the audit log too ({audit_events} entries). {kept} "
                "Everything is in the backup {backup}.",
            ).format(
                audit_events=report.audit_events,
                kept=kept,
                backup=report.backup,
            ),
        )
    if synthetic:
        counts = demo.fill_synthetic(
            db, products=args.products if args.products is not None else 1000, loans=args.loans or 0
        )
    else:
        counts = demo.fill_demo(db)
    summary = ", ".join(f"{k}={v}" for k, v in counts.items())
    say(args, translate("cli.core", "Demo loaded: {summary}").format(summary=summary))
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


def _scan_path(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The one scan path, as the desk uses it: with the offline journal of this user's data
    folder unless --no-journal (then an unreachable server is refused, nothing promised)."""
    from lendingdesk.services.journal import ScanJournal, ScanPath
    from lendingdesk.store.db import open_database, open_offline_capable

    if args.no_journal:
        db = keep_open(open_database(args.db, create=False, check=True))
        return ScanPath(db)
    return ScanPath(keep_open(open_offline_capable(args.db)), ScanJournal())


def _say_kept(args: argparse.Namespace, entry: Any) -> int:
    """A scan kept in the journal: say exactly that, and how it will be applied."""
    if args.json:
        emit(
            [{"status": "kept", "journal_id": entry.id, "scan": entry.describe(args.lang)}],
            True,
            (),
        )
    else:
        say(
            args,
            translate(
                "cli.core",
                "Database unreachable. Kept in the scan journal: {value}. It is applied by "
                "lendingdesk journal --replay, or by the desk once the connection is back.",
            ).format(value=entry.description()),
        )
    from lendingdesk.cli import EXIT_KEPT

    return EXIT_KEPT


def cmd_checkout(args: argparse.Namespace) -> int:
    due = parse_date(args.due) if args.due else None  # refused before anything is opened
    scans = _scan_path(args)
    payload = {
        "item": args.item_code,
        "borrower": args.borrower,
        "due": due,
        "setting": args.setting,
        "client_group": args.client_group,
    }
    done = scans.submit(desk_context(args), "checkout", payload, read=loan_row)
    if done.journaled is not None:
        return _say_kept(args, done.journaled)
    row = done.value
    if args.json:
        emit([row], True, ())
    else:
        due_on = date.fromisoformat(row["due"])
        say(
            args,
            translate(
                "cli.core", "Checked out: {product} ({tag}) to {borrower}, due {due_on}. Loan {id}."
            ).format(
                product=row["product"],
                tag=row["tag"],
                borrower=row["borrower"],
                due_on=NumericDate(due_on),
                id=row["id"],
            ),
        )
    return 0


def _checkin_row(loan: Loan) -> dict[str, Any]:
    return loan_row(loan) | {"status": loan.item.status, "missing": loan.accessories_missing}


def cmd_checkin(args: argparse.Namespace) -> int:
    scans = _scan_path(args)
    payload = {
        "item": args.item_code,
        "missing": tuple(args.missing),
        "damage": args.damage,
        "charged": False if args.not_charged else None,
        "isolation": bool(args.isolation),
    }
    done = scans.submit(desk_context(args), "checkin", payload, read=_checkin_row)
    if done.journaled is not None:
        return _say_kept(args, done.journaled)
    row = done.value
    if args.json:
        emit([row], True, ())
    else:
        cleaning_next = row["status"] == ItemStatus.AWAITING_CLEANING
        checked_in = (
            translate("cli.core", "Checked in: {product} ({tag}) from {borrower}, to cleaning.")
            if cleaning_next
            else translate(
                "cli.core", "Checked in: {product} ({tag}) from {borrower}, available again."
            )
        ).format(product=row["product"], tag=row["tag"], borrower=row["borrower"])
        missing = ", ".join(row["missing"] or ())
        parts: list[Text] = [checked_in]
        if missing:
            parts.append(translate("cli.core", "Missing: {missing}.").format(missing=missing))
        say(args, joined(" ", parts))
    return 0


def cmd_clean(args: argparse.Namespace) -> int:
    db = open_db(args)
    ctx = desk_context(args)
    with db.unit_of_work() as session:
        item = find_item(session, args.item_code)
        rules = hygiene.protocol_of(session, item.product)
        try:
            record = cleaning.sign_off_cleaning(
                session,
                ctx,
                item,
                by=args.by,
                method=args.method,
                confirmed=(*rules.steps, *rules.reset_steps) if args.steps_done else None,
                agent=args.agent,
            )
        except StepsNotConfirmed as exc:
            raise StepsNotConfirmed(
                translate(
                    "cli.core", "{detail} Or give --steps-done when every step was done."
                ).format(detail=exc.text),
            ) from None
        tag, name = record.item.tag, record.item.product.name
        left = hygiene.pending_parts(session, record.item)
    if left:
        say(
            args,
            translate("cli.core", "Signed off: {name} ({tag}); still to do: {value}.").format(
                name=name,
                tag=tag,
                value=joined(", ", (hygiene.PART_WORDS[p] for p in left)),
            ),
        )
        return 0
    say(
        args,
        translate("cli.core", "Cleaning signed off: {name} ({tag}) is available again.").format(
            name=name, tag=tag
        ),
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
    say(
        args,
        translate("cli.core", "Renewed until {due}.").format(due=NumericDate(due)),
    )
    return 0


def cmd_item_state(args: argparse.Namespace) -> int:
    db = open_db(args)
    ctx = desk_context(args)
    if args.action == "retire":
        access.require(authorize(args, db, "retire"), "retire", ctx)
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
        translate("cli.core", "{tag}: {status}.").format(
            tag=tag, status=circulation.STATUS_WORDS[status]
        ),
    )
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from lendingdesk.store.db import current_revision, open_database, upgrade_schema

    # Creating a database is explicit: this is one of the places that may.
    db = open_database(args.db, upgrade=False, create=True, check=True)
    try:
        before = current_revision(db)
        backup = upgrade_schema(db)
        after = current_revision(db)
    finally:
        db.dispose()
    if before == after:
        say(
            args,
            translate("cli.core", "Database is up to date (version {after}).").format(after=after),
        )
    else:
        note = translate("cli.core", " Backup: {backup}").format(backup=backup) if backup else ""
        say(
            args,
            translate("cli.core", "Database upgraded from {value} to {after}.{note}").format(
                value=before or translate("cli.core", "empty"), after=after, note=note
            ),
        )
    return 0


def cmd_db_info(args: argparse.Namespace) -> int:
    from lendingdesk.store.db import current_revision, head_revision

    db = open_db(args)
    print(f"url: {db.engine.url.render_as_string(hide_password=True)}")
    print(f"schema: {current_revision(db)} (newest {head_revision()})")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from lendingdesk.domain import audit
    from lendingdesk.store.db import backup_sqlite

    db = open_db(args)
    if not db.is_sqlite:
        raise InvalidInput(
            translate(
                "cli.core", "Backups from here work for a SQLite file; use pg_dump for PostgreSQL."
            ),
        )
    # A full copy, personal data and all, to a place of the user's choosing: the coordinator's.
    ctx = desk_context(args)
    out = out_path(args.out)  # a bad path is refused before the code is asked
    access.require(authorize(args, db, "backup_copy"), "backup_copy", ctx)
    target = backup_sqlite(db, out)
    with db.unit_of_work() as session:
        audit.record(session, ctx, "backup_copied", "database", None, file=str(target))
    say(args, translate("cli.core", "Backup written: {target}").format(target=target))
    return 0


def cmd_borrower_erase(args: argparse.Namespace) -> int:
    from lendingdesk.domain.lookup import find_borrower
    from lendingdesk.services import erasure

    db = open_db(args)
    with db.session() as session:  # a clear refusal for an unknown card before any code
        borrower = find_borrower(session, args.badge)
        badge, name = borrower.badge, borrower.name
    if not args.yes:
        raise InvalidInput(
            translate(
                "cli.core", "Erasing {name} ({badge}) cannot be undone; confirm with --yes."
            ).format(name=name, badge=badge),
        )
    grant = authorize(args, db, "erase_borrower")
    result = erasure.erase_borrower(db, desk_context(args), badge, grant)
    say(
        args,
        translate(
            "cli.core",
            "Personal data of {badge} erased; name taken out of {redacted} text(s), "
            "{reviews_withdrawn} review(s) withdrawn.",
        ).format(badge=badge, redacted=result.redacted, reviews_withdrawn=result.reviews_withdrawn),
    )
    return 0
