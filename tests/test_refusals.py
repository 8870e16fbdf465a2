"""Every refusal speaks Dutch and English: every LendingError subclass in the package is raised
with a catalogue message (lendingdesk/translation.py), never with an inline Dutch/English pair,
and every catalogue text of the layers without Qt has a finished Dutch translation (plural forms
in both languages) that keeps the English text's placeholders.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import lendingdesk
from lendingdesk import refusal_codemod, translation
from lendingdesk.errors import LendingError
from lendingdesk.translation import translate

PACKAGE = Path(lendingdesk.__file__).parent
SKIPPED = (".ui.forms", ".store.migrations", "lendingdesk.__main__")
# Printed words that read the same in both languages ("Team", "NPS"); a refusal never does.
SAME_IN_BOTH_ALLOWED = ("Document", "Report")
SAME_IN_BOTH = {
    ("domain.reviews.instruments", "Instrument {ref}: {detail}"),
    ("cli.core", "{tag}: {status}."),
    ("domain.hygiene", "alcohol 70 %"),  # a disinfectant's name
    ("web", "Product"),
    ("services.audit", "product"),
    ("services.audit", "database"),
    ("services.audit", "review"),
    ("services.audit", "instrument"),
}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n")


def _all_subclasses() -> list[type[LendingError]]:
    for module in pkgutil.walk_packages(lendingdesk.__path__, "lendingdesk."):
        if not any(part in module.name for part in SKIPPED):
            importlib.import_module(module.name)
    found: list[type[LendingError]] = []

    def walk(cls: type[LendingError]) -> None:
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("lendingdesk.") and sub not in found:
                found.append(sub)
                walk(sub)

    walk(LendingError)
    return found


@dataclass(frozen=True)
class Marked:
    where: str
    context: str
    source: str
    disambiguation: str
    numerus: bool


def _files() -> Iterator[Path]:
    for path in refusal_codemod.python_files(PACKAGE):
        if "ui" not in path.relative_to(PACKAGE).parts:  # the window uses Qt's own tr()
            yield path


def _marked() -> list[Marked]:
    """Every ``translate("Context", "text"[, disambiguation[, n]])`` outside the window."""
    found = []
    for path in _files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_call = isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            if not is_call or node.func.id != "translate" or len(node.args) < 2:
                continue
            context, source = node.args[0], node.args[1]
            assert isinstance(context, ast.Constant) and isinstance(source, ast.Constant), (
                f"{path}:{node.lineno}: translate() needs string literals, or lupdate misses it"
            )
            assert not node.keywords, f"{path}:{node.lineno}: lupdate misreads keyword arguments"
            dis = node.args[2] if len(node.args) > 2 else None
            found.append(
                Marked(
                    f"{path.relative_to(PACKAGE)}:{node.lineno}",
                    context.value,
                    source.value,
                    dis.value if isinstance(dis, ast.Constant) and dis.value else "",
                    len(node.args) > 3,
                )
            )
    return found


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def test_no_refusal_or_cli_message_is_made_with_an_inline_dutch_english_pair() -> None:
    left = [site.where for site in refusal_codemod.inline_pairs()]
    assert left == [], (
        "refusals with an inline (nl, en) pair: run "
        "`python -m lendingdesk.devtools translate-refusals` and convert what it names"
    )


# Importing every module imports the camera window's QtMultimedia, which says on a machine
# without PipeWire (CI, this desk's test machines) that it cannot load it.
@pytest.mark.qt_log_ignore(r"Couldn't (load|resolve) (va|pipewire)")
def test_every_refusal_class_is_raised_with_one_message() -> None:
    classes = _all_subclasses()
    assert len(classes) >= 20  # the package's own refusals were all found
    own_init = {c.__name__ for c in classes if "__init__" in c.__dict__}
    names = {c.__name__ for c in classes} | {"LendingError"}
    problems, made, from_catalogue = [], set(), 0
    for path in _files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _called(node) not in names - own_init:
                continue
            made.add(_called(node))
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            if len(node.args) != 1:
                problems.append(f"{where}: {_called(node)} without its one message")
                continue
            message = node.args[0]
            while isinstance(message, ast.Call) and isinstance(message.func, ast.Attribute):
                message = message.func.value  # translate(...).format(...)
            if isinstance(message, ast.Constant):
                problems.append(f"{where}: {_called(node)} with a bare string")
            from_catalogue += isinstance(message, ast.Call) and _called(message) == "translate"
    assert problems == []
    assert from_catalogue > 150
    # Every refusal class is raised somewhere, or is the base of ones that are.
    unused = [
        c.__name__
        for c in classes
        if c.__name__ not in made | own_init and not any(s.__name__ in made for s in _subs(c))
    ]
    assert unused == []


def test_the_window_words_its_texts_with_qt() -> None:
    """translate() of lendingdesk/translation.py in a ui module would be read by no lupdate run."""
    ui = PACKAGE / "ui"
    wrong = [
        str(path.relative_to(PACKAGE))
        for path in ui.rglob("*.py")
        if re.search(
            r"from lendingdesk\.translation import [^\n]*\btranslate\b", path.read_text("utf-8")
        )
    ]
    assert wrong == []


def test_every_catalogue_text_outside_the_window_is_finished_in_both_languages() -> None:
    marked = _marked()
    assert len(marked) > 250
    problems = []
    for m in marked:
        nl = translation.lookup("nl", m.context, m.source, m.disambiguation)
        en = translation.lookup("en", m.context, m.source, m.disambiguation)
        wanted = sorted(set(PLACEHOLDER.findall(m.source)) - {"%n"})
        if not nl or not all(nl):
            problems.append(f"{m.where}: no Dutch for {m.source!r} ({m.context})")
            continue
        if m.numerus and (len(nl) != 2 or len(en) != 2):
            problems.append(f"{m.where}: plural {m.source!r} lacks its Dutch or English forms")
        for form in nl + en:
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                problems.append(f"{m.where}: {form!r} does not keep the values of {m.source!r}")
        same = m.context in SAME_IN_BOTH_ALLOWED or (m.context, m.source) in SAME_IN_BOTH
        if not same and nl[-1] == (en or (m.source,))[-1]:
            problems.append(f"{m.where}: Dutch is the English text: {m.source!r}")
    assert problems == []


def _subs(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subs(sub)


def test_refusals_that_build_their_own_message_speak_both_languages() -> None:
    from lendingdesk.exchange.importer import LineError
    from lendingdesk.services.catalogue_import import ImportRefused

    built = {
        "ImportRefused": ImportRefused(
            [LineError(3, "Naam", translate("exchange.importer", "name is missing"))]
        )
    }
    for cls in _all_subclasses():
        if "__init__" in cls.__dict__:
            assert cls.__name__ in built, f"{cls.__name__}: add an example here"
    for refusal in built.values():
        nl, en = refusal.message("nl"), refusal.message("en")
        assert nl and en and nl != en
        assert "naam ontbreekt" in nl and "name is missing" in en


# Modules that may hold words per language themselves: the window (Qt's own catalogues), the
# month and day names (dates.py), the catalogue reader and the codemod that converts such pairs.
OWN_LANGUAGE_TABLES = ("ui/", "dates.py", "translation.py", "refusal_codemod.py")


def _language_pairs(source: str) -> list[int]:
    """Lines of ``{"nl": …, "en": …}`` dicts and ``dict(nl=…, en=…)`` calls in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            keys = {k.arg for k in node.keywords} if node.func.id == "dict" else set()
        else:
            continue
        if {"nl", "en"} <= keys:
            found.append(node.lineno)
    return found


def test_the_language_pair_finder_finds_them() -> None:
    assert _language_pairs('X = {"title": {"nl": "Titel", "en": "Title"}}') == [1]
    assert _language_pairs('X = {\n"en": {"a": "b"},\n"nl": {"a": "c"}}') == [1]
    assert _language_pairs("X = dict(nl='Titel', en='Title')") == [1]
    assert _language_pairs('X = {"nl": 1, "de": 2}') == []


def test_no_module_outside_the_window_keeps_its_own_dutch_and_english() -> None:
    """Words go in the catalogue (translate(...), Dutch in texts_nl.ts), not in a dict per
    language: a translator would never see them, and the two would drift apart."""
    pairs = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if not str(path.relative_to(PACKAGE)).startswith(OWN_LANGUAGE_TABLES)
        for line in _language_pairs(path.read_text("utf-8"))
    ]
    assert pairs == []


# The ways round the catalogue that a message can still take: a value given in both languages
# (``DataText(nl, en)``), a helper or record that takes a text twice (``nl, en`` or
# ``what_nl, what_en``), or a pair unpacked to choose one (``nl, en = …``). Only the fallback for
# the old inline form (errors.py, cli/common.say) and the codemod may make one; an instrument's
# own words come from its JSON file in both languages (data, not code).
BILINGUAL_ALLOWED = {
    "translation.py": "*",
    "errors.py": "DataText",
    "cli/common.py": "DataText",
    "refusal_codemod.py": "*",
    "domain/reviews/instruments.py": "class Text",
}


def _bilingual(source: str) -> list[tuple[int, str]]:
    """Lines of ``source`` that carry a text in Dutch and English side by side."""

    def pair(names: list[str]) -> bool:
        found = set(names)
        return {"nl", "en"} <= found or any(
            n.endswith("_nl") and n.removesuffix("_nl") + "_en" in found for n in found
        )

    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _called(node) == "DataText":
            found.append((node.lineno, "DataText"))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            args = node.args
            if pair([a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]):
                found.append((node.lineno, "parameters"))
        elif isinstance(node, ast.ClassDef):
            fields = [
                s.target.id
                for s in node.body
                if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
            ]
            if pair(fields):
                found.append((node.lineno, f"class {node.name}"))
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Tuple):
            names = [e.id for e in node.targets[0].elts if isinstance(e, ast.Name)]
            if pair(names):
                found.append((node.lineno, "unpacked"))
    return found


def test_the_bilingual_fragment_finder_finds_them() -> None:
    assert _bilingual("x = translate('c', 'To {what}').format(what=DataText('a', 'b'))") == [
        (1, "DataText")
    ]
    assert _bilingual("def bad(nl, en):\n    pass") == [(1, "parameters")]
    assert _bilingual("def _clean(text, what_nl, what_en): ...") == [(1, "parameters")]
    assert _bilingual("class P:\n    key: str\n    nl: str\n    en: str") == [(1, "class P")]
    assert _bilingual("nl, en = TABLE[name]") == [(1, "unpacked")]
    assert _bilingual("def fine(text, lang): ...\nnl = 1") == []


def test_no_message_passes_a_dutch_and_english_fragment() -> None:
    """Every part of a message, not only its sentence, is a catalogue text (translate(...)),
    put into words where it is shown: a value in both languages would never reach a translator."""
    left = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = str(path.relative_to(PACKAGE))
        if any(part in path.parts for part in ("forms", "migrations")):
            continue
        allowed = BILINGUAL_ALLOWED.get(rel, "")
        left += [
            f"{rel}:{line}: {what}"
            for line, what in _bilingual(path.read_text("utf-8"))
            if allowed != "*" and what != allowed
        ]
    assert left == []
