"""Every refusal speaks Dutch and English: every LendingError subclass in the package, and
every place the package raises one, gives a Dutch and an English message that are not the same.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import lendingdesk
from lendingdesk.errors import LendingError

PACKAGE = Path(lendingdesk.__file__).parent
SKIPPED = (".ui.forms", ".store.migrations", "lendingdesk.__main__")


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


def _message_text(node: ast.expr, top: bool = True) -> str | None:
    """The literal text of a message argument, with ``{}`` for what is filled in at run time
    (None: the whole message comes from elsewhere, e.g. a variable)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp):
        left, right = _message_text(node.left, False), _message_text(node.right, False)
        return None if left is None or right is None else left + right
    is_method = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    if is_method and node.func.attr in ("strip", "rstrip", "format"):
        return _message_text(node.func.value, top)
    return None if top else "{}"


def _raise_sites(names: set[str]) -> Iterator[tuple[str, str, ast.Call]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "forms" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            if name in names:
                yield f"{path.relative_to(PACKAGE)}:{node.lineno}", name, node


def _nl_en(call: ast.Call) -> tuple[ast.expr | None, ast.expr | None]:
    keywords = {k.arg: k.value for k in call.keywords}
    nl = call.args[0] if call.args else keywords.get("nl")
    en = call.args[1] if len(call.args) > 1 else keywords.get("en")
    return nl, en


def test_every_place_a_refusal_is_made_gives_dutch_and_english() -> None:
    classes = _all_subclasses()
    assert len(classes) >= 20  # the package's own refusals were all found
    own_init = {c.__name__ for c in classes if "__init__" in c.__dict__}
    names = {c.__name__ for c in classes} | {"LendingError"}
    problems, made = [], set()
    for where, name, call in _raise_sites(names - own_init):
        made.add(name)
        nl, en = _nl_en(call)
        if nl is None or en is None:
            problems.append(f"{where}: {name} without a Dutch and an English message")
            continue
        nl_text, en_text = _message_text(nl), _message_text(en)
        if nl_text is None or en_text is None:
            continue  # passed on from where the pair was written (checked there)
        if not nl_text.strip("{} .") or not en_text.strip("{} ."):
            problems.append(f"{where}: {name} with an empty message")
        elif nl_text == en_text and ast.unparse(nl) == ast.unparse(en):
            problems.append(f"{where}: {name} says the same in both languages: {nl_text!r}")
    assert problems == []
    # Every refusal class is raised somewhere, or is the base of ones that are.
    unused = [
        c.__name__
        for c in classes
        if c.__name__ not in made | own_init and not any(s.__name__ in made for s in _subs(c))
    ]
    assert unused == []


def _subs(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subs(sub)


def test_refusals_that_build_their_own_message_speak_both_languages() -> None:
    from lendingdesk.exchange.importer import LineError
    from lendingdesk.services.catalogue_import import ImportRefused

    built = {
        "ImportRefused": ImportRefused([LineError(3, "Naam", "naam ontbreekt", "name is missing")])
    }
    for cls in _all_subclasses():
        if "__init__" in cls.__dict__:
            assert cls.__name__ in built, f"{cls.__name__}: add an example here"
    for refusal in built.values():
        nl, en = refusal.message("nl"), refusal.message("en")
        assert nl and en and nl != en
        assert "naam ontbreekt" in nl and "name is missing" in en
