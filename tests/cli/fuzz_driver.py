"""A table-driven fuzz driver over the real command-line entry point.

It walks the real argparse tree (so a command added later is fuzzed without editing this file),
builds for every subcommand a valid base call, then replaces one argument at a time with each
hostile value of that argument's kind. Each call runs ``lendingdesk.cli.main(argv)`` in-process
with stdout/stderr encoded exactly as a real UTF-8 terminal does (stdout strict, stderr
backslashreplace), so an unprintable echo fails here as it would for a user.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import shutil
import sqlite3
import sys
import traceback
import zipfile
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

from lendingdesk.cli import build_parser, main

# --- running one call --------------------------------------------------------------------------


@dataclass
class Outcome:
    argv: list[str]
    code: int
    out: str
    err: str
    crash: str = ""  # a traceback that escaped main (never allowed)
    changed: bool = False  # the database content differs afterwards (set by the caller)
    lang: str = ""  # the language asked for (set by the caller)

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def run_main(argv: list[str], stdin: str = "") -> Outcome:
    out_b, err_b = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_b, encoding="utf-8", errors="strict", write_through=True)
    err = io.TextIOWrapper(err_b, encoding="utf-8", errors="backslashreplace", write_through=True)
    crash = ""
    code: int = 0
    saved_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:
                if isinstance(exc.code, int) or exc.code is None:
                    code = exc.code or 0
                else:  # sys.exit("text") prints the text and exits 1
                    print(exc.code, file=sys.stderr)
                    code = 1
            except BaseException:
                crash = traceback.format_exc()
                code = -1
    finally:
        sys.stdin = saved_stdin
    return Outcome(
        argv,
        code,
        out_b.getvalue().decode("utf-8", "replace"),
        err_b.getvalue().decode("utf-8", "replace"),
        crash,
    )


def content_dump(path: Path) -> str:
    """A digest of everything in the SQLite file (schema and rows; not the planner statistics,
    which every open refreshes)."""
    digest = hashlib.sha256()
    con = sqlite3.connect(path)
    try:
        for line in con.iterdump():
            if "sqlite_stat" in line or line.startswith("ANALYZE"):
                continue
            digest.update(line.encode("utf-8", "surrogatepass"))
    finally:
        con.close()
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    """The bytes of the database file and whether a WAL or journal is left beside it."""
    digest = hashlib.sha256(path.read_bytes())
    for suffix in ("-wal", "-journal"):
        digest.update(str(Path(str(path) + suffix).exists()).encode())
    return digest.hexdigest()


def restore_copy(golden: Path, target: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(golden, target)


# --- the command tree --------------------------------------------------------------------------


@dataclass
class Leaf:
    path: tuple[str, ...]
    parser: argparse.ArgumentParser
    actions: list[argparse.Action] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(self.path)


def leaves(parser: argparse.ArgumentParser | None = None, path: tuple[str, ...] = ()) -> list[Leaf]:
    parser = parser or build_parser()
    found: list[Leaf] = []
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        actions = [
            a
            for a in parser._actions
            if not isinstance(a, argparse._HelpAction | argparse._VersionAction)
        ]
        return [Leaf(path, parser, actions)]
    for sub in subs:
        for name, child in sub.choices.items():
            found.extend(leaves(child, (*path, name)))
    return found


# --- hostile values by kind --------------------------------------------------------------------

NON_UTF8 = b"caf\xe9 \xff\xfe".decode("utf-8", "surrogateescape")  # what Linux argv gives
CONTROL = "Zorg\n\x1b[31mrood\x1b[0m\r\x07einde\t"
HUGE = "rollator " * 12_000  # ~100 KB
FORMULA = '=HYPERLINK("http://evil.example","klik")'

# Hostile values only: ordinary text that simply succeeds costs time and finds nothing.
TEXT = ["", NON_UTF8, CONTROL, HUGE, FORMULA, "'; DROP TABLE loans; --", "%s%n{0}"]
INTS = ["0", "-1", str(2**63), str(2**63 - 1), "9" * 400, "1e3", "", "٣", NON_UTF8]
DATES = ["0001-01-01", "9999-12-31", "2026-02-30", "", "31-12-2026", NON_UTF8, CONTROL]
CODES = [*TEXT, "LD", "LD0000000", str(2**63), "LD" + "9" * 60]
URLS = [
    "https://zorgtech.example/i/",
    "https://x.example/{tag",
    "{0}",
    "{tag.__class__.__mro__}",
    "{tag!r:>99999999}",
    "{}{}",
    "{tag}{other}",
    "",
    CONTROL,
    NON_UTF8,
]
GRIDS = [
    "",
    "1,1,1,1,1,1",
    "0,0,0,0,0,0",
    "-3,2,60,30,5,5",
    "1e308,1,1,1,1,1",
    "nan,nan,nan,nan,nan,nan",
    "inf,1,1,1,1,1",
    "100000,100000,1,1,0,0",
    "3,8,63.5,33.9,7,13,66,34,1",
    NON_UTF8,
]


class Files:
    """Hostile paths and files, made once per run in ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.a_file = root / "a-file.txt"
        self.a_file.write_text("not a folder\n", encoding="utf-8")
        self.folder = root / "a-folder"
        self.folder.mkdir(exist_ok=True)
        self.missing = root / "missing"
        self.answers: dict[str, Path] = {}
        for name, content in {
            "big-number": '{"overall": ' + "9" * 5000 + "}",
            "deep": "[" * 100_000 + "]" * 100_000,
            "deep-object": '{"overall": ' + '{"a":' * 50_000 + "1" + "}" * 50_000 + "}",
            "nan": '{"overall": NaN}',
            "float": '{"overall": 1e999}',
            "list": "[1, 2]",
            "empty": "",
            "utf16": None,
            "non-utf8": None,
            "huge-string": json.dumps({"overall": 4, "pros": "x" * 2_000_000}),
            "control-key": json.dumps({"over\nall\x1b[2J": 4}),
        }.items():
            path = root / f"answers-{name}.json"
            if name == "utf16":
                path.write_bytes('{"overall": 4}'.encode("utf-16"))
            elif name == "non-utf8":
                path.write_bytes(b'{"overall": "caf\xe9"}')
            else:
                path.write_text(content or "", encoding="utf-8")
            self.answers[name] = path
        self.hostile_files = self._hostile_files()

    def _hostile_files(self) -> list[Path]:
        """Catalogues and backups nobody should trust: a small zip bomb posing as XLSX, a CSV
        whose quote never closes, random bytes named like a backup."""
        bomb = self.root / "bomb.xlsx"
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
            with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
                for _ in range(16):
                    fh.write(b"<row/>" * 170_000)  # 16 MB inflated, ~16 KB stored
            archive.writestr("[Content_Types].xml", "<Types/>")
        quote = self.root / "open-quote.csv"
        quote.write_text('Naam;Merk;Aantal\nTovertafel;"Tover;2\nPARO;Intelligent;1\n')
        noise = self.root / "desk-backup.sqlite3"
        noise.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
        return [bomb, quote, noise]

    def out(self, suffix: str) -> list[str]:
        return [
            "",
            str(self.folder),  # a folder, not a file
            str(self.a_file / f"x{suffix}"),  # parent is a file
            str(self.missing / "deeper" / f"x{suffix}"),
            f"/proc/lendingdesk-cannot{suffix}",  # unwritable, even for root
            f"/sys/x{suffix}",
            str(self.root / f"{NON_UTF8}{suffix}"),  # a non-UTF-8 name is a real Linux name
            str(self.root / f"line\nbreak{suffix}"),
            str(self.root / f"{'x' * 300}{suffix}"),  # name too long
            str(self.root / f"wrong.suffix{'.txt' if suffix != '.txt' else '.pdf'}"),
        ]

    def inputs(self) -> list[str]:
        return [
            "",
            str(self.folder),
            str(self.missing),
            str(self.a_file),
            "/dev/null",
            "/proc/self/status",
            str(self.root / NON_UTF8),
            CONTROL,
            *map(str, self.hostile_files),
        ]


def _kind(action: argparse.Action) -> str:
    dest = action.dest
    if action.type is int:
        return "int"
    if dest in ("due", "since", "until"):
        return "date"
    if dest in ("out", "csv"):
        return "out"
    if dest in ("file",):
        return "in"
    if dest == "answers":
        return "answers"
    if dest in ("dir",):
        return "dir"
    if dest == "url":
        return "url"
    if dest == "grid":
        return "grid"
    if dest == "db":
        return "db"
    if dest in ("item_code", "borrower", "product", "items", "borrowers", "badge", "code"):
        return "code"
    return "text"


def hostile_values(action: argparse.Action, files: Files, suffix: str) -> list[str]:
    kind = _kind(action)
    if action.choices:
        return ["", "xx", NON_UTF8, CONTROL]
    return {
        "int": INTS,
        "date": DATES,
        "out": files.out(suffix),
        "in": files.inputs(),
        "answers": [*files.inputs(), *map(str, files.answers.values())],
        "dir": [
            str(files.a_file),
            "/proc/x",
            str(files.root / NON_UTF8),
            str(files.root / CONTROL),
            "",
        ],
        "url": URLS,
        "grid": GRIDS,
        "db": [str(files.folder), str(files.a_file), "", str(files.root / f"{NON_UTF8}.db")],
        "code": CODES,
        "text": TEXT,
    }[kind]


# --- cases ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    leaf: str
    argument: str
    value: str
    argv: tuple[str, ...]
    stdin: str = ""

    def label(self) -> str:
        shown = self.value if len(self.value) < 40 else self.value[:37] + "…"
        return f"{self.leaf} {self.argument}={shown!r}"


def _suffix(leaf: Leaf) -> str:
    if leaf.path[0] == "export":
        return ".zip"
    if leaf.path[0] == "audit":
        return ".csv"
    return ".pdf"


def cases(
    good: dict[str, str],
    files: Files,
    *,
    extra: dict[str, dict[str, str]] | None = None,
    skip: tuple[str, ...] = (),
) -> Iterator[Case]:
    """One case per (subcommand, argument, hostile value): the base call is valid, one argument
    is replaced. ``good`` maps an argument's dest to a valid value (for the base call);
    ``extra`` names, per subcommand, optional arguments the base call needs (dest → value)."""
    extra = extra or {}
    for leaf in leaves():
        if leaf.name in skip:
            continue
        suffix = _suffix(leaf)
        base = _base_call(leaf, good, suffix, files)
        by_dest = {a.dest: a for a in leaf.actions}
        for dest, value in extra.get(leaf.name, {}).items():
            base[by_dest[dest]] = value
        for action in leaf.actions:
            if action.nargs == 0 or isinstance(action, argparse._SubParsersAction):
                continue
            for value in hostile_values(action, files, suffix):
                argv = _with_value(leaf, base, action, value)
                yield Case(leaf.name, _flag(action), value, tuple(argv))
    # The global --db option, under a read-only command and a writing one.
    db_option = next(a for a in build_parser()._actions if a.dest == "db")
    for command in (["items"], ["lost", good.get("item_code", "x")]):
        for value in hostile_values(db_option, files, ".sqlite3"):
            yield Case(command[0], "--db", value, ("--db", value, *command))


def _flag(action: argparse.Action) -> str:
    return action.option_strings[-1] if action.option_strings else action.dest


def _good_value(action: argparse.Action, good: dict[str, str], suffix: str, files: Files) -> str:
    if action.choices:
        return str(next(iter(action.choices)))
    if action.dest in ("out", "csv"):
        return str(files.root / f"good{suffix}")
    return good.get(action.dest, "1" if action.type is int else "x")


def _base_call(
    leaf: Leaf, good: dict[str, str], suffix: str, files: Files
) -> dict[argparse.Action, str]:
    chosen: dict[argparse.Action, str] = {}
    for action in leaf.actions:
        if action.nargs == 0:
            continue
        if not action.option_strings or action.required:
            chosen[action] = _good_value(action, good, suffix, files)
    return chosen


def _with_value(
    leaf: Leaf, base: dict[argparse.Action, str], action: argparse.Action, value: str
) -> list[str]:
    call = dict(base)
    call[action] = value
    argv: list[str] = list(leaf.path)
    positional = [a for a in leaf.actions if not a.option_strings and a in call]
    for a, v in call.items():
        if a.option_strings:
            argv += [f"{a.option_strings[-1]}={v}"]
    if positional:
        argv.append("--")
        argv += [call[a] for a in positional]
    return argv
