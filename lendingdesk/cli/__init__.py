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
import sys
from collections.abc import Callable

from lendingdesk import __version__

COMMAND_MODULES = ("core", "documents", "reliability", "reviews", "exchange")

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_DB = 3
EXIT_KEPT = 4  # checkout/checkin kept in the offline journal: on disk, not applied yet


class CliArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every refusal
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliArgumentParser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"lendingdesk.cli.{name}").register(sub)
    return parser


def main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        from lendingdesk.ui.app import run_desk

        return run_desk(args.db, args.lang if "--lang" in argv else None)
    from lendingdesk.cli.common import close_all
    from lendingdesk.domain.errors import DatabaseUnavailable, LendingError

    try:
        return handler(args)
    except DatabaseUnavailable as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return EXIT_DB
    except LendingError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    finally:
        close_all()
