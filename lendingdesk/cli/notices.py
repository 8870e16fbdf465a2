"""E-mail notices: ``lendingdesk notices send [--dry-run] [--json]`` and ``notices password``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from lendingdesk.cli.common import desk_context, open_db, say
from lendingdesk.errors import LendingError
from lendingdesk.safe_text import one_line
from lendingdesk.translation import translate

KIND_NL = {
    "invitation": "reviewuitnodiging",
    "reminder": "herinnering review",
    "predue": "herinnering inleverdatum",
    "due": "inleverdag",
    "overdue": "te laat",
    "ready": "reservering klaar",
}
REASON_NL = {
    "no_address": "geen e-mailadres",
    "opted_out": "afgemeld",
    "not_work_address": "geen werkadres",
}
REASON_EN = {
    "no_address": "no e-mail address",
    "opted_out": "opted out",
    "not_work_address": "not a work address",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("notices", help="e-mail notices to borrowers (invitations, reminders)")
    inner = p.add_subparsers(dest="notices_command", required=True, metavar="COMMAND")
    send = inner.add_parser(
        "send",
        help="send the notices that are due now (review invitations and reminders, due and "
        "overdue notices, reservations ready); each notice is sent once",
    )
    send.add_argument(
        "--dry-run", action="store_true", help="list what would be sent; send nothing"
    )
    send.add_argument(
        "--json",
        action="store_true",
        help="print an object with the lists sent, due (dry run), skipped, failed",
    )
    send.set_defaults(handler=cmd_send)
    password = inner.add_parser(
        "password",
        help="store the mail server's password in the system keyring (asked on the terminal)",
    )
    password.set_defaults(handler=cmd_password)


def _what(row: dict[str, Any]) -> str:
    if "loan_id" in row:
        return f"loan {row['loan_id']}"
    return f"reservation {row.get('reservation_id')}"


def cmd_send(args: argparse.Namespace) -> int:
    from lendingdesk.services import notices

    db = open_db(args)
    report = notices.send_due(
        db, desk_context(args), dry_run=args.dry_run, prompt=notices.terminal_prompt
    )
    if args.json:
        json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_report(args, report)
    if report.server_error is not None:
        print(
            one_line(
                f"E-mails niet verstuurd: {report.server_error_nl}. Er is niets als verstuurd "
                "gemarkeerd; de volgende keer wordt het opnieuw geprobeerd."
                if args.lang == "nl"
                else f"E-mails not sent: {report.server_error}. Nothing was marked as "
                "sent; the next run tries again."
            ),
            file=sys.stderr,
        )
        return 1
    if report.failed:
        print(
            f"{len(report.failed)} e-mail(s) geweigerd door de mailserver; zie de lijst."
            if args.lang == "nl"
            else f"{len(report.failed)} e-mail(s) refused by the mail server; see the list.",
            file=sys.stderr,
        )
        return 1
    return 0


def _print_report(args: argparse.Namespace, report: Any) -> None:
    nl = args.lang == "nl"
    kinds = KIND_NL if nl else {k: k for k in KIND_NL}
    reasons = REASON_NL if nl else REASON_EN
    for row in report.sent:
        print(f"{'verstuurd' if nl else 'sent'}\t{kinds[row['kind']]}\t{_what(row)}")
    for row in report.due:
        print(f"{'zou gaan' if nl else 'would send'}\t{kinds[row['kind']]}\t{_what(row)}")
    for row in report.failed:
        print(f"{'niet verstuurd' if nl else 'not sent'}\t{kinds[row['kind']]}\t{_what(row)}")
    for row in report.skipped:
        why = reasons.get(row["reason"], row["reason"])
        print(f"{'niet gemaild' if nl else 'not mailed'}\t{kinds[row['kind']]}\t{why}")
    if not report.enabled and not report.dry_run:
        say(
            args,
            translate("cli.notices", "E-mails are off (settings, E-mail); nothing was sent."),
        )
    elif report.dry_run:
        say(
            args,
            translate(
                "cli.notices", "Dry run: {due} e-mail(s) would go now; {skipped} not mailed."
            ).format(due=len(report.due), skipped=len(report.skipped)),
        )
    else:
        say(
            args,
            translate("cli.notices", "{sent} e-mail(s) sent; {skipped} not mailed.").format(
                sent=len(report.sent), skipped=len(report.skipped)
            ),
        )


def cmd_password(args: argparse.Namespace) -> int:
    from lendingdesk.services import notices

    db = open_db(args)
    with db.session() as s:
        config = notices.load_config(s).with_env()
    if not config.smtp_url:
        raise notices.MailSetupError(
            translate(
                "cli.notices", "No mail server is set yet (settings, E-mail, or LENDINGDESK_SMTP)."
            ),
        )
    server = notices.parse_server(config.smtp_url)
    if server.user is None:
        raise notices.MailSetupError(
            translate("cli.notices", "{server} has no user name, so it needs no password.").format(
                server=server.shown()
            ),
        )
    password = notices.terminal_prompt(server)
    if not password:
        raise LendingError(
            translate("cli.notices", "No password given: type it in a terminal (it is not shown)."),
        )
    notices.store_password(server, password)
    say(
        args,
        translate("cli.notices", "The password for {account} is in the system keyring.").format(
            account=server.account
        ),
    )
    return 0
