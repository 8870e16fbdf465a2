"""Codemod: refusals (and the command line's ``say(args, nl, en)``) written with an inline
Dutch/English pair become catalogue messages.

    python -m lendingdesk.devtools translate-refusals            convert; then lupdate + lrelease
    python -m lendingdesk.devtools translate-refusals --check    list what is left (exit 1), change nothing

``raise NotOnLoan(f"{tag} is niet uitgeleend.", f"{tag} is not on loan.", tag=tag)`` becomes
``raise NotOnLoan(translate("domain.loans", "{tag} is not on loan.").format(tag=tag), tag=tag)``
(the context is the module), and the Dutch goes into resources/translations/texts_nl.ts.
Idempotent: a converted refusal has one positional argument and is not looked at again; a
Dutch translation already in the catalogue is kept. f-string values become ``{name}``
placeholders filled after translation (named after the variable, attribute or key); a value
that differs between the two languages (``STATUS_NL[s]`` / ``STATUS_EN[s]``) is passed as a
``DataText(nl, en)``. What it cannot convert (a message built elsewhere, a conversion the two
texts disagree on, a catalogue text with another Dutch already) it names, with file and line,
for a person to convert by hand.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lendingdesk.catalogue_files import Entry, existing, fill

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "lendingdesk"
CATALOGUE = ROOT / "resources" / "translations" / "texts_nl.ts"
SKIPPED_PARTS = ("forms", "migrations")
SKIPPED_FILES = ("refusal_codemod.py", "devtools.py", "catalogue_files.py")
_IDENT = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
SAY = ("say",)  # cli/common.say(args, message): what a command prints when it succeeds
_WIDTH = 100  # a split string literal's pieces end before this column


def python_files(package: Path = PACKAGE) -> Iterator[Path]:
    for path in sorted(package.rglob("*.py")):
        if path.name in SKIPPED_FILES or any(p in path.parts for p in SKIPPED_PARTS):
            continue
        yield path


def refusal_classes(package: Path = PACKAGE) -> tuple[set[str], set[str]]:
    """Names of LendingError and its subclasses in the package (read from the source, nothing
    imported), and those of them that define their own ``__init__`` (other arguments)."""
    classes: list[ast.ClassDef] = []
    for path in python_files(package):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes += [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    names, own_init = {"LendingError"}, set()
    grew = True
    while grew:
        grew = False
        for cls in classes:
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in cls.bases}
            if cls.name not in names and bases & names:
                names.add(cls.name)
                grew = True
    for cls in classes:
        if cls.name in names - {"LendingError"} and any(
            isinstance(n, ast.FunctionDef) and n.name == "__init__" for n in cls.body
        ):
            own_init.add(cls.name)
    return names, own_init


def _is_super_init(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "__init__"
        and isinstance(node.func.value, ast.Call)
        and isinstance(node.func.value.func, ast.Name)
        and node.func.value.func.id == "super"
    )


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


@dataclass
class Site:
    path: Path
    line: int
    name: str
    call: ast.Call
    root: Path = ROOT
    first: int = 0  # the position of the Dutch text among the call's arguments

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(self.root)}:{self.line}"


def inline_refusals(package: Path = PACKAGE) -> list[Site]:
    """Every place that makes a refusal the old way: two positional arguments (or nl=/en=)."""
    names, own_init = refusal_classes(package)
    found = []
    for path in python_files(package):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in ast.walk(tree):  # a refusal that makes its own message: super().__init__(nl, en)
            if isinstance(cls, ast.ClassDef) and cls.name in names - {"LendingError"}:
                for node in ast.walk(cls):
                    if _is_super_init(node) and len(node.args) >= 2:
                        found.append(
                            Site(path, node.lineno, f"{cls.name}.__init__", node, package.parent)
                        )
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called_name(node)
            if name not in names or name in own_init:
                continue
            keywords = {k.arg for k in node.keywords}
            if len(node.args) >= 2 or {"nl", "en"} <= keywords:
                found.append(Site(path, node.lineno, name, node, package.parent))
    return sorted(found, key=lambda site: (site.path, site.line))


def inline_messages(package: Path = PACKAGE) -> list[Site]:
    """The command line's success messages the old way: ``say(args, nl, en)``."""
    found = []
    for path in python_files(package):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _called_name(node) in SAY and len(node.args) >= 3:
                found.append(Site(path, node.lineno, _called_name(node), node, package.parent, 1))
    return sorted(found, key=lambda site: (site.path, site.line))


def inline_pairs(package: Path = PACKAGE) -> list[Site]:
    """Everything the codemod converts: refusals and the command line's messages."""
    both = inline_refusals(package) + inline_messages(package)
    return sorted(both, key=lambda site: (site.path, site.line))


# --- one message ----------------------------------------------------------------------------


class Unconvertible(Exception):
    pass


def _placeholder(expr: ast.expr) -> str:
    """A readable placeholder for a value: ``borrower.name`` -> borrower, ``item.tag`` -> tag,
    ``row["product"]`` -> product, ``shown(value, 80)`` -> value, ``what_nl`` -> what."""
    if isinstance(expr, ast.Name):
        name = expr.id
    elif isinstance(expr, ast.Attribute):
        name = _placeholder(expr.value) if expr.attr == "name" else expr.attr
    elif (
        isinstance(expr, ast.Subscript)
        and isinstance(expr.slice, ast.Constant)
        and isinstance(expr.slice.value, str)
    ):
        name = expr.slice.value
    elif isinstance(expr, ast.Subscript):
        name = _placeholder(expr.value)
    elif isinstance(expr, ast.Call) and expr.args:
        name = _placeholder(expr.args[0])
    elif isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        name = _placeholder(expr.func.value)
    elif isinstance(expr, ast.Call):
        name = _placeholder(expr.func)
    else:
        name = "value"
    name = re.sub(r"[^A-Za-z0-9_]", "_", name).strip("_").lower()
    for suffix in ("_nl", "_en"):
        name = name.removesuffix(suffix)
    if name in ("nl", "en", "self", "") or name[0].isdigit():
        name = "detail" if name in ("nl", "en") else "value"
    return name


def _value_source(node: ast.FormattedValue, source: str) -> str:
    """Python source of the value as the f-string printed it (conversion and spec kept)."""
    if node.conversion == -1 and node.format_spec is None:
        segment = ast.get_source_segment(source, node.value)
        return segment if segment is not None else ast.unparse(node.value)
    return ast.unparse(ast.JoinedStr([node]))


def _pieces(node: ast.expr, source: str) -> list[str | tuple[str, ast.expr]]:
    """The literal text and the values of one message argument, in order."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        out: list[str | tuple[str, ast.expr]] = []
        for part in node.values:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                out.append(part.value)
            elif isinstance(part, ast.FormattedValue):
                out.append((_value_source(part, source), part.value))
            else:
                raise Unconvertible("an f-string part it does not know")
        return out
    raise Unconvertible(f"the message is computed ({type(node).__name__}), not written inline")


@dataclass
class Converted:
    english: str
    dutch: str
    values: dict[str, str] = field(default_factory=dict)  # placeholder -> Python source
    bilingual: list[str] = field(default_factory=list)  # placeholders given as DataText


def convert_pair(nl_node: ast.expr, en_node: ast.expr, source: str) -> Converted:
    en, nl = _pieces(en_node, source), _pieces(nl_node, source)
    for piece in en + nl:
        if isinstance(piece, str) and _IDENT.search(piece):
            raise Unconvertible(f"literal text that looks like a placeholder: {piece!r}")
    names: dict[str, str] = {}  # value source -> placeholder
    used: set[str] = set()
    result = Converted("", "")

    def name_for(value: str, expr: ast.expr) -> str:
        if value in names:
            return names[value]
        base = _placeholder(expr)
        name, i = base, 2
        while name in used:
            name, i = f"{base}{i}", i + 1
        used.add(name)
        names[value] = name
        return name

    for piece in en:
        if isinstance(piece, str):
            result.english += piece
        else:
            name = name_for(*piece)
            result.values[name] = piece[0]
            result.english += "{" + name + "}"
    en_values = {p[0] for p in en if not isinstance(p, str)}
    nl_only = [p for p in nl if not isinstance(p, str) and p[0] not in en_values]
    nl_values = {p[0] for p in nl if not isinstance(p, str)}
    en_only = [p for p in en if not isinstance(p, str) and p[0] not in nl_values]
    if len(nl_only) != len(en_only):
        raise Unconvertible("the Dutch and English texts use different values")
    # A value written differently per language (STATUS_NL[s] / STATUS_EN[s]): the English
    # placeholder carries both, paired in the order they appear.
    pairs = {n[0]: e for n, e in zip(nl_only, en_only, strict=True)}
    for e_value, _ in en_only:
        name = names[e_value]
        n_value = next(n for n, e in pairs.items() if e[0] == e_value)
        result.values[name] = f"DataText({n_value}, {e_value})"
        result.bilingual.append(name)
    for piece in nl:
        if isinstance(piece, str):
            result.dutch += piece
        else:
            value = pairs[piece[0]][0] if piece[0] in pairs else piece[0]
            result.dutch += "{" + names[value] + "}"
    if not result.english.strip() or not result.dutch.strip():
        raise Unconvertible("an empty message")
    return result


def _literal(text: str, indent: str) -> str:
    """A double-quoted literal, split at spaces into implicitly joined pieces when long."""
    words = re.split(r"(?<= )", text)
    pieces, current = [], ""
    width = max(40, _WIDTH - len(indent) - 2)
    for word in words:
        if current and len(json.dumps(current + word, ensure_ascii=False)) > width:
            pieces.append(current)
            current = ""
        current += word
    pieces.append(current)
    quoted = [json.dumps(p, ensure_ascii=False) for p in pieces]
    return f"\n{indent}".join(quoted)


def context_of(path: Path, package: Path = PACKAGE) -> str:
    """The catalogue context of a module's refusals: its dotted name inside the package."""
    parts = path.relative_to(package).with_suffix("").parts
    return ".".join(p for p in parts if p != "__init__") or "lendingdesk"


# --- one file --------------------------------------------------------------------------------


@dataclass
class Report:
    converted: list[str] = field(default_factory=list)
    bilingual: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def _binds(tree: ast.Module, name: str) -> str | None:
    """Where a module-level ``name`` comes from, if it is bound at all."""
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if (alias.asname or alias.name) == name:
                    return f"{node.module}.{alias.name}"
        elif isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name == name:
            return "local"
    return None


def _add_import(source: str, tree: ast.Module, names: list[str]) -> str:
    wanted = [n for n in names if _binds(tree, n) is None]
    if not wanted:
        return source
    line = f"from lendingdesk.translation import {', '.join(sorted(wanted))}\n"
    imports = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    lines = source.splitlines(keepends=True)
    if imports:
        at = max(n.end_lineno or n.lineno for n in imports)
    else:
        at = 0
        if tree.body and isinstance(tree.body[0], ast.Expr):  # after the docstring
            at = tree.body[0].end_lineno or 0
    return "".join([*lines[:at], line, *lines[at:]])


def convert_file(
    path: Path,
    sites: list[Site],
    report: Report,
    known: dict[Entry, str],
    package: Path = PACKAGE,
    catalogue: Path = CATALOGUE,
) -> None:
    if "ui" in path.relative_to(package).parts:  # the window's words are in Qt's catalogues
        report.left += [
            f"{s.where}: {s.name} in the window: word it with self.tr / QCoreApplication.translate"
            " (or raise it from a service)"
            for s in sites
        ]
        return
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    context = context_of(path, package)
    for name in ("translate", "DataText"):
        bound = _binds(tree, name)
        if bound not in (None, f"lendingdesk.translation.{name}"):
            report.left += [f"{s.where}: the module's own `{name}` is in the way" for s in sites]
            return
    offsets = [0]
    for line in source.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    edits: list[tuple[int, int, str]] = []
    needs = {"translate"}
    for site in sites:
        call = site.call
        first = site.first
        if len(call.args) != first + 2 or any(k.arg in ("nl", "en") for k in call.keywords):
            report.left.append(f"{site.where}: {site.name} with other arguments than (nl, en)")
            continue
        try:
            converted = convert_pair(call.args[first], call.args[first + 1], source)
        except Unconvertible as why:
            report.left.append(f"{site.where}: {site.name}: {why}")
            continue
        entry = Entry(context, converted.english, (converted.dutch,))
        key = Entry(context, converted.english, ())
        earlier = known.get(key) or (existing(catalogue, entry) or (None,))[0]
        if earlier is not None and earlier != converted.dutch:
            report.left.append(
                f"{site.where}: {site.name}: the catalogue has another Dutch for "
                f"{converted.english!r} in {context!r}: {earlier!r}"
            )
            continue
        known[key] = converted.dutch
        start_line, start_col = call.args[first].lineno, call.args[first].col_offset
        end = call.args[first + 1]
        assert end.end_lineno is not None and end.end_col_offset is not None
        line_text = source.splitlines()[start_line - 1]
        indent = " " * (len(line_text) - len(line_text.lstrip()))
        literal = _literal(converted.english, indent + "    ")
        if "\n" in literal:  # no trailing comma: ruff format joins the lines if they fit
            text = (
                f"translate(\n{indent}    {json.dumps(context)},\n{indent}    {literal}\n{indent})"
            )
        else:
            text = f"translate({json.dumps(context)}, {literal})"
        if converted.values:
            text += ".format(" + ", ".join(f"{k}={v}" for k, v in converted.values.items()) + ")"
        # Byte offsets of ast are in UTF-8; the source is text: convert via the line's bytes.
        begin = offsets[start_line - 1] + _col(source, start_line, start_col)
        finish = offsets[end.end_lineno - 1] + _col(source, end.end_lineno, end.end_col_offset)
        edits.append((begin, finish, text))
        if converted.bilingual:
            needs.add("DataText")
            report.bilingual.append(
                f"{site.where}: {', '.join(converted.bilingual)} differ per language (DataText)"
            )
        report.converted.append(site.where)
        report.entries.append(entry)
    if not edits:
        return
    for begin, finish, text in sorted(edits, reverse=True):
        source = source[:begin] + text + source[finish:]
    source = _add_import(source, ast.parse(source), sorted(needs))
    path.write_text(source, encoding="utf-8")
    report.files.append(path)


def _col(source: str, line: int, byte_col: int) -> int:
    text = source.splitlines(keepends=True)[line - 1]
    return len(text.encode("utf-8")[:byte_col].decode("utf-8"))


def run(
    *,
    check: bool = False,
    translations: bool = True,
    package: Path = PACKAGE,
    catalogue: Path = CATALOGUE,
) -> Report:
    """Convert every inline refusal under ``package``, the Dutch into ``catalogue``; then (with
    ``translations``) lupdate and lrelease as `make translations` does."""
    report = Report()
    sites = inline_pairs(package)
    if check:
        report.left = [f"{s.where}: {s.name} with an inline Dutch/English pair" for s in sites]
        return report
    by_file: dict[Path, list[Site]] = {}
    for site in sites:
        by_file.setdefault(site.path, []).append(site)
    known: dict[Entry, str] = {}
    for path, file_sites in by_file.items():
        convert_file(path, file_sites, report, known, package, catalogue)
    if report.files:
        fill(catalogue, report.entries, "nl")
        tidy = [str(p) for p in report.files]
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", "-q", "--fix", "--select", "I,F401", *tidy], check=False)
        subprocess.run([*ruff, "format", "-q", *tidy], check=False)
        if translations:
            from lendingdesk.devtools import TS_DIR, compile_qm, update_ts

            update_ts(TS_DIR)
            compile_qm(TS_DIR, TS_DIR)
    return report


def main(check: bool = False, translations: bool = True) -> int:
    report = run(check=check, translations=translations)
    if not check:
        print(f"Converted {len(report.converted)} inline pair(s) in {len(report.files)} file(s).")
        for line in report.bilingual:
            print(f"  note {line}")
    if report.left:
        print(f"{len(report.left)} inline pair(s) left to convert by hand:")
        for line in report.left:
            print(f"  {line}")
    return 1 if check and report.left else 0
