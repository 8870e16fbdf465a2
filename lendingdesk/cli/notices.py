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

# The kind and reason words of the list (English: the kind's own key, as --json gives it).
KINDS = {
    "invitation": translate("cli.notices", "invitation"),
    "reminder": translate("cli.notices", "reminder"),
    "predue": translate("cli.notices", "predue"),
    "due": translate("cli.notices", "due"),
    "overdue": translate("cli.notices", "overdue"),
    "ready": translate("cli.notices", "ready"),
    "waiting": translate("cli.notices", "waiting list"),
}
REASONS = {
    "no_address": translate("cli.notices", "no e-mail address"),
    "opted_out": translate("cli.notices", "opted out"),
    "not_work_address": translate("cli.notices", "not a work address"),
}
OUTCOMES = {
    "sent": translate("cli.notices", "sent"),
    "due": translate("cli.notices", "would send"),
    "failed": translate("cli.notices", "not sent"),
    "skipped": translate("cli.notices", "not mailed"),
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("notices", help="e-mail notices to borrowers (invitations, reminders)")
    inner = p.add_subparsers(dest="notices_command", required=True, metavar="COMMAND")
    send = inner.add_parser(
        "send",
        help="send the notices that are due now (review invitations and reminders, due and "
        "overdue notices, reservations ready, waiting-list items kept); each notice is sent once",
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
    if "waiting_id" in row:
        return f"waiting {row['waiting_id']}"
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
    if report.server_problem is not None:
        error = report.server_problem
        message = translate(
            "cli.notices",
            "E-mails not sent: {error}. Nothing was marked as sent; the next run tries again.",
        ).format(error=error)
        print(one_line(message.render(args.lang)), file=sys.stderr)
        return 1
    if report.failed:
        message = translate(
            "cli.notices", "{count} e-mail(s) refused by the mail server; see the list."
        ).format(count=len(report.failed))
        print(message.render(args.lang), file=sys.stderr)
        return 1
    return 0


def _print_report(args: argparse.Namespace, report: Any) -> None:
    lang = args.lang

    def kind(row: dict[str, Any]) -> str:
        return KINDS[row["kind"]].render(lang)

    for row in report.sent:
        print(f"{OUTCOMES['sent'].render(lang)}\t{kind(row)}\t{_what(row)}")
    for row in report.due:
        print(f"{OUTCOMES['due'].render(lang)}\t{kind(row)}\t{_what(row)}")
    for row in report.failed:
        print(f"{OUTCOMES['failed'].render(lang)}\t{kind(row)}\t{_what(row)}")
    for row in report.skipped:
        reason = REASONS.get(row["reason"])
        why = reason.render(lang) if reason is not None else row["reason"]
        print(f"{OUTCOMES['skipped'].render(lang)}\t{kind(row)}\t{why}")
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
