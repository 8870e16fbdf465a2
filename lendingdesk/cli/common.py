"""Helpers shared by the command modules: opening the database, the desk context, output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.errors import InvalidInput
from lendingdesk.store.db import Database, open_database

if TYPE_CHECKING:
    from lendingdesk.services.access import Grant

_opened: list[Database] = []


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The command's database; closed by the CLI when the command ends.

    A SQLite file that does not exist is refused (a mistyped ``--db`` or a deleted file never
    silently becomes a new empty database); only ``demo`` and ``db upgrade`` create one. The
    file gets SQLite's quick_check first, so a damaged file is named before anything is read
    or written."""
    db = open_database(args.db, create=create, check=True)
    _opened.append(db)
    return db


def keep_open(db: Database) -> Database:
    """Close ``db`` when the command ends (a database opened another way)."""
    _opened.append(db)
    return db


def close_all() -> None:
    while _opened:
        _opened.pop().dispose()


def desk_context(args: argparse.Namespace, db: Database | None = None) -> DeskContext:
    """The context of a command-line action: actor from --by when given, desk 'command line'."""
    actor = getattr(args, "by", None) or getattr(args, "actor", None) or "cli"
    return DeskContext(actor=actor, desk="command line")


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            f"“{value}” is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-12-01.",
            f"“{value}” is not a date; use YYYY-MM-DD, for example 2026-12-01.",
        ) from None


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON list of objects")


def emit(rows: Sequence[dict[str, Any]], as_json: bool, columns: Sequence[str]) -> None:
    """Print rows as JSON (a list of objects) or as an aligned plain-text table."""
    if as_json:
        json.dump(list(rows), sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        return
    if not rows:
        print("(geen / none)")
        return
    text_rows = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in text_rows)) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for r in text_rows:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return str(value)


def say(args: argparse.Namespace, nl: str, en: str) -> None:
    """Print a success message in the command's language."""
    print(nl if args.lang == "nl" else en)


def add_pin_stdin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the coordinator code (first line) from stdin instead of asking",
    )


def read_secret(args: argparse.Namespace, prompt: str) -> str | None:
    """The coordinator code: from stdin with --pin-stdin, else asked on a terminal (never an
    argument, so it stays out of shell history and process lists)."""
    if getattr(args, "pin_stdin", False):
        line = sys.stdin.readline()
        return line.rstrip("\r\n") or None
    if sys.stdin and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt) or None
    return None


def authorize(args: argparse.Namespace, db: Database, action: str) -> Grant:
    """The coordinator's grant for ``action`` (services/access.py decides; the code is asked on
    the terminal or read with --pin-stdin)."""
    from lendingdesk.services import access

    secret = read_secret(args, "Coördinatorcode / coordinator code: ")
    return access.authorize(db, desk_context(args), secret, action)
