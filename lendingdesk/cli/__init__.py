"""The command line: the same services as the desk window, without Qt.

Contract: exit code 0 on success; on a refusal or bad input a non-zero exit code and one clear
line on stderr (Dutch by default, English with ``--lang en`` or ``LENDINGDESK_LANG=en``): 1 a
refusal, 2 bad usage, 3 the database cannot be used (each failure named), 4 a scan kept in the
offline journal while the server is unreachable (on disk, applied later).
``--json`` prints a list of objects where a command lists things.

Each command group lives in its own module with a ``register(subparsers)`` function; the
modules are listed in COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from collections.abc import Callable

from lendingdesk import __version__
from lendingdesk.translation import translate

COMMAND_MODULES = (
    "core",
    "documents",
    "reliability",
    "reviews",
    "exchange",
    "stocktake",
    "hygiene",
    "maintenance",
    "kits",
    "web",
    "notices",
)

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_DB = 3
EXIT_KEPT = 4  # checkout/checkin kept in the offline journal: on disk, not applied yet
EXIT_UNEXPECTED = 5  # a defect: one line, the traceback in cli-errors.log

# argparse's own messages (English) as catalogue texts, so they read in the command's language;
# the first match wins.
_ARGPARSE = (
    (
        r"the following arguments are required: (?P<what>.*)",
        translate("cli", "the following arguments are required: {what}"),
    ),
    (
        r"one of the arguments (?P<what>.*) is required",
        translate("cli", "one of the arguments {what} is required"),
    ),
    (r"unrecognized arguments: (?P<what>.*)", translate("cli", "unrecognized arguments: {what}")),
    (
        r"ambiguous option: (?P<option>\S+) could match (?P<what>.*)",
        translate("cli", "ambiguous option: {option} could match {what}"),
    ),
    (
        r"argument (?P<name>\S+): invalid choice: (?P<value>.*) \(choose from (?P<what>.*)\)",
        translate("cli", "argument {name}: invalid choice: {value} (choose from {what})"),
    ),
    (
        r"argument (?P<name>\S+): invalid .* value: (?P<value>.*)",
        translate("cli", "argument {name}: invalid value: {value}"),
    ),
    (
        r"argument (?P<name>\S+): expected one argument",
        translate("cli", "argument {name}: expected one argument"),
    ),
    (
        r"argument (?P<name>\S+): expected at least one argument",
        translate("cli", "argument {name}: expected at least one argument"),
    ),
    (
        r"argument (?P<name>\S+): not allowed with argument (?P<other>\S+)",
        translate("cli", "argument {name}: not allowed with argument {other}"),
    ),
    (
        r"argument (?P<name>\S+): not a whole number: (?P<value>.*)",
        translate("cli", "argument {name}: not a whole number: {value}"),
    ),
    (
        r"argument (?P<name>\S+): must be from (?P<low>-?\d+) to (?P<high>-?\d+)",
        translate("cli", "argument {name}: must be from {low} to {high}"),
    ),
    (r"argument (?P<name>\S+): (?P<problem>.*)", translate("cli", "argument {name}: {problem}")),
)


def _lang_of(argv: list[str]) -> str:
    """The language of a parse error (the parser failed, so look at the words themselves)."""
    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "nl"
        if word.startswith("--lang="):
            return "en" if word == "--lang=en" else "nl"
    return "en" if os.environ.get("LENDINGDESK_LANG", "nl")[:2] == "en" else "nl"


class CliArgumentParser(argparse.ArgumentParser):
    argv: list[str] = []

    def error(self, message: str) -> None:  # one line, exit 2, like every refusal
        from lendingdesk.safe_text import one_line

        lang = _lang_of(CliArgumentParser.argv)
        for pattern, text in _ARGPARSE:
            found = re.fullmatch(pattern, message, flags=re.DOTALL)
            if found:
                message = text.format(**found.groupdict()).render(lang)
                break
        hint = translate("cli", "see `{prog} --help`").format(prog=self.prog).render(lang)
        self.exit(EXIT_USAGE, one_line(f"{self.prog}: {message} ({hint})") + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = CliArgumentParser(
        prog="lendingdesk",
        description="LendingDesk – uitleenbalie voor zorgtechnologie. Zonder opdracht start de balie.",
    )
    parser.add_argument("--version", action="version", version=f"LendingDesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: a SQLite file path or a URL such as postgresql+psycopg://host/db "
        "(default: LENDINGDESK_DB, else the file in the user's data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=os.environ.get("LENDINGDESK_LANG", "nl")[:2]
        if os.environ.get("LENDINGDESK_LANG", "nl")[:2] in ("nl", "en")
        else "nl",
        help="language of messages (default nl)",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="start the desk in self-service (kiosk) mode: locked, full screen; the "
        "coordinator code leaves it",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliArgumentParser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"lendingdesk.cli.{name}").register(sub)
    return parser


# Arguments that name files: a Linux file name may hold bytes that are not UTF-8, and such a
# file can still be read or written. Every other argument is text the desk stores, searches
# or prints, so it must be real text.
PATH_ARGUMENTS = frozenset({"db", "out", "csv", "file", "answers", "dir"})


def main(argv: list[str]) -> int:
    CliArgumentParser.argv = list(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        from lendingdesk.ui.app import run_desk

        return run_desk(args.db, args.lang if "--lang" in argv else None, kiosk=args.kiosk)
    from lendingdesk.cli.common import close_all
    from lendingdesk.errors import DatabaseUnavailable, LendingError
    from lendingdesk.safe_text import one_line
    from lendingdesk.translation import Text

    # A file name that is not UTF-8 is still printed (escaped), never a crash half-way.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")

    def refuse(text: Text, code: int) -> int:
        print(one_line(text.render(args.lang)), file=sys.stderr)
        return code

    try:
        _refuse_undecodable(args)
        return handler(args)
    except DatabaseUnavailable as exc:
        return refuse(exc.text, EXIT_DB)
    except LendingError as exc:
        return refuse(exc.text, EXIT_REFUSED)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file that cannot be read or written, named with its reason
        from lendingdesk.cli.common import file_error

        return refuse(file_error(exc), EXIT_REFUSED)
    except Exception as exc:  # the last guard: one line, never a traceback
        log = _log_unexpected(args)
        name = type(exc).__name__
        return refuse(
            translate(
                "cli",
                "Unexpected error ({name}); details are in {log}. Try again; if it keeps "
                "happening, report it to the administrator with the command you gave.",
            ).format(name=name, log=log),
            EXIT_UNEXPECTED,
        )
    finally:
        close_all()


def _log_unexpected(args: argparse.Namespace) -> str:
    """Append the traceback to cli-errors.log in the data folder (owner-only); its path."""
    import traceback
    from datetime import datetime

    from lendingdesk.store.db import data_dir

    try:
        path = data_dir() / "cli-errors.log"
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} {args.command}\n")
            fh.write(traceback.format_exc())
        return str(path)
    except OSError:
        return "stderr"


def _refuse_undecodable(args: argparse.Namespace) -> None:
    from lendingdesk.errors import InvalidInput
    from lendingdesk.safe_text import undecodable

    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS:
            continue
        values = value if isinstance(value, list | tuple) else [value]
        if any(isinstance(v, str) and undecodable(v) for v in values):
            option = "--" + name.replace("_", "-")
            raise InvalidInput(
                translate(
                    "cli",
                    "The text given with {option} holds characters that are not UTF-8; set the "
                    "terminal to UTF-8 and type it again.",
                ).format(option=option),
            )
