"""Reliability commands: backups and restore, the coordinator code, the audit log, the journal.

    lendingdesk backups [--now] [--json]        list (and take) rotating backups
    lendingdesk restore FILE --yes              put a backup back (coordinator code)
    lendingdesk coordinator set-pin             set or change the coordinator code
    lendingdesk audit [--since D] [--until D] [--action A] [--json | --csv FILE]  (export: code)
    lendingdesk journal [--replay] [--json]     offline scans waiting for the database (the
                                                desk's and the CLI's: one journal per user)

The coordinator code is asked on the terminal, or read from stdin with ``--pin-stdin``
(for scripts); it is never a command-line argument, which other users could see.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from lendingdesk.cli.common import (
    add_json_flag,
    add_pin_stdin,
    desk_context,
    emit,
    open_db,
    out_path,
    parse_date,
    read_secret,
    say,
    whole_number,
)
from lendingdesk.errors import InvalidInput
from lendingdesk.store.db import Database
from lendingdesk.translation import translate


def _with_db(handler: Callable[[argparse.Namespace, Database], int]) -> Callable[..., int]:
    """Open the database for one command and close it after (no connection left behind)."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        db = open_db(args)
        try:
            return handler(args, db)
        finally:
            db.dispose()

    return run


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backups", help="list the automatic backups of the SQLite database")
    p.add_argument("--now", action="store_true", help="take a backup now, then rotate old ones")
    p.add_argument("--dir", metavar="FOLDER", help="backup folder (default: data folder/backups)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore", help="put a backup back in place of the database")
    p.add_argument("file", metavar="FILE", help="a backup file (see `lendingdesk backups`)")
    p.add_argument("--yes", action="store_true", help="confirm: replace the current database")
    add_pin_stdin(p)
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("coordinator", help="the coordinator code for protected actions")
    csub = p.add_subparsers(dest="coordinator_command", metavar="ACTION", required=True)
    sp = csub.add_parser("set-pin", help="set or change the coordinator PIN/password")
    add_pin_stdin(sp)
    sp.set_defaults(handler=cmd_set_pin)

    p = sub.add_parser("audit", help="the audit log: who did what, when, at which desk")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="from this date (local)")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="up to and including this date")
    p.add_argument("--action", help="only this action (e.g. checkout, retire)")
    p.add_argument(
        "--limit", type=whole_number(1, 1_000_000), default=200, help="rows to print (default 200)"
    )
    p.add_argument("--csv", metavar="FILE", help="export everything that matches as CSV")
    add_pin_stdin(p)
    add_json_flag(p)
    p.set_defaults(handler=cmd_audit)

    p = sub.add_parser("journal", help="offline scans kept while the database was unreachable")
    p.add_argument("--replay", action="store_true", help="apply them now and report conflicts")
    add_json_flag(p)
    p.set_defaults(handler=cmd_journal)


# --- the coordinator code ----------------------------------------------------------------------


@_with_db
def cmd_set_pin(args: argparse.Namespace, db: Database) -> int:
    from lendingdesk.services.access import AccessService

    service = AccessService(db, lambda: desk_context(args))
    has = service.has_code()
    if args.pin_stdin:
        lines = sys.stdin.read().splitlines()
        current, new = (
            (lines[0], lines[1]) if has and len(lines) >= 2 else (None, lines[0] if lines else "")
        )
    elif not (sys.stdin and sys.stdin.isatty()):  # no terminal to ask on: never echo a code
        raise InvalidInput(
            translate(
                "cli.reliability",
                "There is no terminal to ask for the code on; give it on stdin with --pin-stdin.",
            ),
        )
    else:
        current = getpass.getpass("Huidige code / current code: ") if has else None
        new = getpass.getpass("Nieuwe code / new code: ")
        if getpass.getpass("Nog eens / again: ") != new:
            raise InvalidInput(
                translate("cli.reliability", "The two codes differ. Try again."),
            )
    service.change_code(new, current)
    say(args, translate("cli.reliability", "Coordinator code saved."))
    return 0


# --- backups -----------------------------------------------------------------------------------


@_with_db
def cmd_backups(args: argparse.Namespace, db: Database) -> int:
    from lendingdesk.store import backups

    folder = Path(args.dir) if args.dir else None
    if args.now:
        path = backups.make_backup(db, folder)
        backups.rotate(folder)
        if not args.json:
            say(args, translate("cli.reliability", "Backup made: {path}").format(path=path))
    rows = [b.to_dict() for b in backups.list_backups(folder)]
    emit(rows, args.json, ("taken_at", "size", "file"))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Works on a damaged, deleted or unreadable database too: it never needs to read it (the
    code is then checked against the backup's own coordinator code)."""
    from lendingdesk.services.restore import restore_backup
    from lendingdesk.store import backups

    source = Path(args.file).expanduser()
    revision = backups.verify_backup(source)
    if not args.yes:
        raise InvalidInput(
            translate(
                "cli.reliability",
                "{source} is fine (schema {revision}). Restoring replaces the current database; "
                "confirm with --yes.",
            ).format(source=source.name, revision=revision),
        )
    secret = read_secret(args, "Coördinatorcode / coordinator code: ")
    result = restore_backup(args.db, source, secret, desk_context(args))
    print(result.message(args.lang))
    return 0


# --- audit log ---------------------------------------------------------------------------------


@_with_db
def cmd_audit(args: argparse.Namespace, db: Database) -> int:
    from lendingdesk.services.audit import AuditFilter, AuditService, action_label

    flt = AuditFilter(
        action=args.action,
        since=parse_date(args.since) if args.since else None,
        until=parse_date(args.until) if args.until else None,
    )
    service = AuditService(db, desk_context(args))
    if args.csv:
        secret = read_secret(args, "Coördinatorcode / coordinator code: ")
        count = service.export(flt, out_path(args.csv), secret, lang=args.lang)
        say(
            args,
            translate("cli.reliability", "{count} rows exported to {csv}.").format(
                count=count, csv=args.csv
            ),
        )
        return 0
    if args.json:  # machine-readable: an export like --csv, so the same coordinator code
        secret = read_secret(args, "Coördinatorcode / coordinator code: ")
        rows = service.export_rows(flt, args.limit, secret)
        emit([r.to_dict() for r in rows], True, ())
        return 0
    rows = service.page(flt, 0, args.limit)
    table = [
        {
            "when": r.when.strftime("%Y-%m-%d %H:%M:%S"),
            "actor": r.actor,
            "desk": r.desk,
            "action": action_label(r.action, args.lang),
            "record": r.record_text(args.lang),
            "details": r.details_text(args.lang),
        }
        for r in rows
    ]
    emit(table, False, ("when", "actor", "desk", "action", "record", "details"))
    return 0


# --- offline journal ---------------------------------------------------------------------------


def cmd_journal(args: argparse.Namespace) -> int:
    from lendingdesk.services.journal import ScanJournal, ScanPath

    journal = ScanJournal()
    if args.replay:
        # The same path the desk's retry takes: this database's entries, in scan order.
        results = ScanPath(open_db(args), journal).replay()
        if args.json:
            emit(
                [
                    {
                        "id": r.entry.id,
                        "status": r.status,
                        "loan_id": r.loan_id,
                        "message": r.message(args.lang),
                    }
                    for r in results
                ],
                True,
                (),
            )
        else:
            for r in results:
                print(r.message(args.lang))
            if not results:
                say(args, translate("cli.reliability", "No offline scans."))
        return 1 if any(r.status in ("conflict", "offline") for r in results) else 0
    rows = [
        {
            "id": e.id,
            "kind": e.kind,
            "scanned": e.describe(args.lang),
            "desk": e.desk,
            "database": e.target,  # replayed only into this database
        }
        for e in journal.pending()
    ]
    emit(rows, args.json, ("kind", "scanned", "desk", "database"))
    return 0
