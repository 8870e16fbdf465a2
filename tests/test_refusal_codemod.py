"""The refusal codemod (`python -m lendingdesk.devtools translate-refusals`) on the shapes the
branches write: the converted refusals say exactly what they said before, in both languages,
from a catalogue compiled by Qt's own lrelease; a second run changes nothing; what it cannot
convert it names."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from lendingdesk import refusal_codemod
from lendingdesk.devtools import _tool
from lendingdesk.translation import Message, read_qm

MODULE = '''
"""Refusals as a branch writes them before the catalogue."""

from lendingdesk.errors import InvalidInput, ItemNotAvailable

STATUS_NL = {"lost": "vermist"}
STATUS_EN = {"lost": "lost"}


class Item:
    tag = "LD0000017"
    status = "lost"

    class product:
        name = "PARO robotzeehond"


def plain():
    return InvalidInput("Kies een product.", "Choose a product.")


def multi_line(item=Item(), count=3, share=0.25):
    return ItemNotAvailable(
        f"{item.product.name} ({item.tag}) is al {count} keer "
        f"uitgeleend ({share:.0%}).",
        f"{item.product.name} ({item.tag}) has been lent {count} times "
        f"({share:.0%}).",
        tag=item.tag,
    )


def per_language(item=Item()):
    raise_it = InvalidInput(
        f"{item.tag} kan niet (status: {STATUS_NL[item.status]}).",
        f"{item.tag} cannot (status: {STATUS_EN[item.status]}).",
    )
    return raise_it


class Refused(InvalidInput):
    def __init__(self, n):
        super().__init__(f"{n} regels fout", f"{n} lines wrong", n=n)


def own():
    return Refused(2)


def say(args, text, en=None):
    print(text)


def told(args=None):
    say(args, f"Klaar: {Item.tag}.", f"Done: {Item.tag}.")


def computed(parts=("a", "b")):
    return InvalidInput("Fout: " + ", ".join(parts), "Error: " + ", ".join(parts))


def same_english_other_dutch():
    return InvalidInput("Kies een product!", "Choose a product.")
'''

ERRORS = """
class LendingError(Exception):
    def __init__(self, text, en=None, /, **details): ...
class InvalidInput(LendingError): ...
class ItemNotAvailable(LendingError): ...
"""

FUNCTIONS = ("plain", "multi_line", "per_language", "own")


def _load(path: Path) -> dict[str, object]:
    namespace: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    return namespace


def test_the_codemod_converts_what_it_can_and_names_the_rest(tmp_path: Path) -> None:
    package = tmp_path / "lendingdesk"
    (package / "domain").mkdir(parents=True)
    (package / "errors.py").write_text(ERRORS, encoding="utf-8")
    module = package / "domain" / "loans.py"
    module.write_text(textwrap.dedent(MODULE), encoding="utf-8")
    catalogue = tmp_path / "texts_nl.ts"
    before = {name: _load(module)[name]() for name in FUNCTIONS}

    report = refusal_codemod.run(package=package, catalogue=catalogue, translations=False)

    assert len(report.converted) == 5  # four refusals and a command line message
    lines = textwrap.dedent(MODULE).splitlines()
    computed = lines.index('def computed(parts=("a", "b")):') + 2
    other = lines.index("def same_english_other_dutch():") + 2
    assert [line.split(": ", 1)[0] for line in report.left] == [
        f"lendingdesk/domain/loans.py:{computed}",  # computed
        f"lendingdesk/domain/loans.py:{other}",  # another Dutch for an English text already taken
    ]
    assert "computed" in report.left[0] and "another Dutch" in report.left[1]
    per_language = lines.index("def per_language(item=Item()):") + 2
    assert report.bilingual == [
        f"lendingdesk/domain/loans.py:{per_language}: status differ per language (DataText)"
    ]
    source = module.read_text(encoding="utf-8")
    assert "from lendingdesk.translation import DataText, translate" in source
    assert 'translate("domain.loans", "Choose a product.")' in source
    assert 'say(args, translate("domain.loans", "Done: {tag}.").format(tag=Item.tag))' in source

    # The Dutch went into the .ts; Qt's lrelease compiles it; the messages read the same as before.
    qm = tmp_path / "texts_nl.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(catalogue), "-qm", str(qm)], check=True
    )
    dutch = read_qm(qm.read_bytes())
    after = {name: _load(module)[name]() for name in FUNCTIONS}
    for name in FUNCTIONS:
        message = after[name].text
        assert isinstance(message, Message)
        assert message.context == "domain.loans"
        assert message.render("en") == before[name].en, name
        template = dutch[(message.context, message.source, "")][0]
        assert Message("x", template, values=message.values).render("nl") == before[name].nl, name
    assert after["multi_line"].details == {"tag": "LD0000017"}

    # Idempotent: a second run finds only what it named before.
    again = refusal_codemod.run(package=package, catalogue=catalogue, translations=False)
    assert again.converted == [] and len(again.left) == 2
    assert module.read_text(encoding="utf-8") == source


def test_the_check_lists_the_inline_refusals_left_and_fails() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "lendingdesk.devtools", "translate-refusals", "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout  # none left in the package itself
    assert "left to convert" not in done.stdout
