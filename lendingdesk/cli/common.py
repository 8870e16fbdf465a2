"""Helpers shared by the command modules: opening the database, the desk context, output."""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lendingdesk.dates import NumericDate
from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import InvalidInput
from lendingdesk.safe_text import shown, shown_path
from lendingdesk.store.db import Database, open_database
from lendingdesk.translation import DataText, Message, Text, translate

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


# Dates a command accepts at all; the domain narrows them where it matters (due dates).
FIRST_DATE, LAST_DATE = date(1900, 1, 1), date(2999, 12, 31)


def parse_date(value: str) -> date:
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(
            translate(
                "cli.common", "“{value}” is not a date; use YYYY-MM-DD, for example 2026-12-01."
            ).format(value=shown(value)),
        ) from None
    if not FIRST_DATE <= day <= LAST_DATE:
        raise InvalidInput(
            translate(
                "cli.common",
                "{day} is outside LendingDesk's range (1900 up to and including 2999).",
            ).format(day=NumericDate(day))
        )
    return day


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high`` (the message is translated
    with the other argument errors, see cli.CliArgumentParser)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {shown(text)}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}")
        return value

    parse.__name__ = "whole number"
    return parse


def out_path(value: str, suffix: str | None = None) -> Path:
    """A file a command is about to write, checked before any work is done: a name (with the
    expected ``suffix``) in a folder that exists. Writing errors after this check are still
    turned into one line by the command line's OSError handler."""
    target = Path(value)
    if not value.strip() or value.endswith(("/", os.sep)) or target.is_dir():
        raise InvalidInput(
            translate(
                "cli.common", "Give a file name with --out, not a folder (now: “{value}”)."
            ).format(value=shown(value)),
        )
    if suffix and target.suffix.lower() != suffix:
        raise InvalidInput(
            translate("cli.common", "Give a file name ending in {suffix} (now: {target}).").format(
                suffix=suffix, target=shown(target.name)
            ),
        )
    parent = target.parent
    if not parent.is_dir():
        raise InvalidInput(
            translate(
                "cli.common",
                "Folder {parent} does not exist; create it first or choose another folder.",
            ).format(parent=shown(parent, 80)),
        )
    if len(os.fsencode(target.name)) > 255:
        raise InvalidInput(
            translate(
                "cli.common",
                "That file name is too long (over 255 characters); choose a shorter one.",
            ),
        )
    existed = target.exists()
    try:  # can it be written at all? Find out now, not after the work is done
        with target.open("ab"):
            pass
    except OSError as exc:
        reason = _reason(exc)
        if errno.errorcode.get(exc.errno or 0) == "ENOENT":
            # the folder exists, yet no file can be made in it (/proc, /sys)
            reason = translate("cli.common", "no file can be made there")
        raise InvalidInput(
            translate(
                "cli.common", "Cannot write to {value} ({detail}); choose another folder."
            ).format(value=shown(value, 80), detail=reason),
        ) from None
    finally:
        if not existed:
            target.unlink(missing_ok=True)
    return target


_REASONS: dict[str, Message] = {  # errno → the reason in words
    "ENOENT": translate("cli.common", "does not exist"),
    "EACCES": translate("cli.common", "permission denied"),
    "EPERM": translate("cli.common", "permission denied"),
    "EISDIR": translate("cli.common", "is a folder"),
    "ENOTDIR": translate("cli.common", "part of the path is not a folder"),
    "ENAMETOOLONG": translate("cli.common", "name too long"),
    "ENOSPC": translate("cli.common", "the disk is full"),
    "EROFS": translate("cli.common", "read-only disk"),
    "EEXIST": translate("cli.common", "already exists"),
}


def _reason(exc: OSError) -> Message | str:
    code = errno.errorcode.get(exc.errno or 0, "")
    return _REASONS.get(code) or exc.strerror or type(exc).__name__


def file_error(exc: OSError) -> Message:
    """One line for a file that could not be read or written, put into words when shown."""
    name = shown_path(exc.filename) if exc.filename is not None else ""
    if name:
        return translate(
            "cli.common", "File {name}: {reason}. Choose another file or folder."
        ).format(name=name, reason=_reason(exc))
    return translate("cli.common", "A file could not be read or written: {reason}.").format(
        reason=_reason(exc)
    )


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


def say(args: argparse.Namespace, text: Text | str, en: str | None = None) -> None:
    """Print a success message (a catalogue message, ``translate(...)``) in the command's
    language. The older ``say(args, nl, en)`` still works until the codemod converts it."""
    if isinstance(text, str):
        text = DataText(text, en if en is not None else text)
    print(text.render(args.lang))


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
