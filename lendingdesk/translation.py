"""One way to translate, for the layers without Qt (documents, reports, refusals, the CLI).

The words live in the same Qt catalogues as the window's (resources/translations/*.ts, compiled
to the *.qm files every build carries); this module reads the compiled ``.qm`` files itself, so
the command line never loads Qt. Source texts are English; ``translate("Context", "text")``
marks one for ``pyside6-lupdate`` (`make translations`) and returns a :class:`Message` that
is put into words later, in the reader's language: ``message.render("nl")``.

    translate("Slip", "Loan slip")                            # a plain text
    translate("Slip", "late, due {due}").format(due=when)     # named values, filled after
    translate("Report", "%n promoter(s)", None, count)        # plural forms (numerusform)

lupdate reads only these call shapes: the context and the text as string literals (implicit
concatenation is fine, parentheses around them are not), then optionally a disambiguation
(a string or None) and the count — no keyword arguments, so values go in ``.format()``.
A value that is itself a :class:`Text` is rendered in the same language.

A leaf module (nothing of the application but resources.py).
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

from lendingdesk.resources import resources_root

LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "en"

# Which of a message's plural forms (the .ts <numerusform>s) a count takes, per language.
# Dutch and English both have two: one, and everything else (0 too).
PLURAL_FORM: dict[str, Callable[[int], int]] = {
    "nl": lambda n: 0 if n == 1 else 1,
    "en": lambda n: 0 if n == 1 else 1,
}

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def language(lang: str | None) -> str:
    """ "nl" for Dutch (also "nl-NL", "nl_BE"), else "en"."""
    return "nl" if (lang or "").lower().startswith("nl") else "en"


class Text(Protocol):
    """Anything that can be put into words in a language."""

    def render(self, lang: str) -> str: ...


def _fill(text: str, values: Mapping[str, object], lang: str) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            return match.group(0)
        found = values[name]
        return found.render(lang) if hasattr(found, "render") else str(found)

    return _PLACEHOLDER.sub(value, text) if values else text


@dataclass(frozen=True)
class Message:
    """A catalogue text, put into words only when the language is known."""

    context: str
    source: str
    disambiguation: str = ""
    n: int | None = None
    values: Mapping[str, object] = field(default_factory=dict)

    def format(self, **values: object) -> Message:
        """The same message with ``{name}`` placeholders to fill after translation."""
        return Message(
            self.context, self.source, self.disambiguation, self.n, {**self.values, **values}
        )

    def render(self, lang: str) -> str:
        lang = language(lang)
        forms = lookup(lang, self.context, self.source, self.disambiguation)
        if forms:
            text = forms[PLURAL_FORM[lang](self.n) if self.n is not None else 0]
            text = text or forms[0]
        else:
            text = self.source
        if self.n is not None:
            text = text.replace("%n", str(self.n))
        return _fill(text, self.values, lang)

    def __str__(self) -> str:
        return self.render(SOURCE_LANGUAGE)


def translate(
    context: str, source: str, disambiguation: str | None = None, n: int | None = None
) -> Message:
    """Mark ``source`` (English) for the catalogues; see the module's docstring."""
    return Message(context, source, disambiguation or "", n)


@dataclass(frozen=True)
class DataText:
    """Words that come with the data in both languages (an instrument's titles from its JSON
    file), not from the code: those belong in the catalogue, via :func:`translate`."""

    nl: str
    en: str

    def render(self, lang: str) -> str:
        return self.nl if language(lang) == "nl" else self.en

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True)
class Joined:
    """Texts joined by a separator in one language, e.g. several problems in one refusal."""

    separator: str
    parts: tuple[Text | str, ...]

    def render(self, lang: str) -> str:
        return self.separator.join(_words(part, lang) for part in self.parts)


def _words(part: Text | str, lang: str) -> str:
    return part if isinstance(part, str) else part.render(lang)


def joined(separator: str, parts: Iterable[Text | str]) -> Joined:
    return Joined(separator, tuple(parts))


@dataclass(frozen=True)
class Listed:
    """Texts as a list in words: "cleaning, disinfection and device reset" /
    "schoonmaak, desinfectie en apparaat-reset"."""

    parts: tuple[Text | str, ...]

    def render(self, lang: str) -> str:
        words = [_words(p, lang) for p in self.parts]
        if len(words) < 2:
            return "".join(words)
        together = translate("translation", "{items} and {last}")
        return together.format(items=", ".join(words[:-1]), last=words[-1]).render(lang)


def listed(parts: Iterable[Text | str]) -> Listed:
    return Listed(tuple(parts))


# --- the compiled catalogues --------------------------------------------------------------------

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_TAG_MESSAGES = 0x69
# Tags inside a message record (Qt's qtranslator.cpp).
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = (
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
)

Key = tuple[str, str, str]  # context, source, disambiguation


class CatalogueError(ValueError):
    """A .qm file this reader does not understand (a programming or build error)."""


def read_qm(data: bytes, name: str = "catalogue") -> dict[Key, tuple[str, ...]]:
    """The messages of a compiled Qt catalogue: (context, source, disambiguation) -> the
    translation, or its plural forms in order. Needs the source texts, which lrelease keeps
    unless asked to strip them."""
    if not data.startswith(QM_MAGIC):
        raise CatalogueError(f"{name}: not a Qt .qm file")
    found: dict[Key, tuple[str, ...]] = {}
    pos = len(QM_MAGIC)
    while pos < len(data):
        if pos + 5 > len(data):
            raise CatalogueError(f"{name}: truncated block header at {pos}")
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        start, pos = pos + 5, pos + 5 + length
        if pos > len(data):
            raise CatalogueError(f"{name}: block {tag:#x} runs past the end")
        if tag == _TAG_MESSAGES:
            _read_messages(data, start, pos, found, name)
    return found


def _read_messages(
    data: bytes, pos: int, end: int, found: dict[Key, tuple[str, ...]], name: str
) -> None:
    def chunk(at: int) -> tuple[bytes | None, int]:
        (size,) = struct.unpack_from(">I", data, at)
        if size == 0xFFFFFFFF:
            return None, at + 4
        if at + 4 + size > end:
            raise CatalogueError(f"{name}: string at {at} runs past its block")
        return data[at + 4 : at + 4 + size], at + 4 + size

    translations: list[str] = []
    source = context = comment = None
    while pos < end:
        tag, pos = data[pos], pos + 1
        if tag == _END:
            if source is None or context is None:
                raise CatalogueError(f"{name}: a message without its source text (stripped .qm?)")
            found[(context, source, comment or "")] = tuple(translations)
            translations, source, context, comment = [], None, None, None
        elif tag == _TRANSLATION:
            raw, pos = chunk(pos)
            if raw is not None:
                translations.append(raw.decode("utf-16-be"))
        elif tag in (_SOURCE, _CONTEXT, _COMMENT, _SOURCE16, _CONTEXT16):
            raw, pos = chunk(pos)
            text = (raw or b"").decode("utf-16-be" if tag in (_SOURCE16, _CONTEXT16) else "utf-8")
            if tag in (_SOURCE, _SOURCE16):
                source = text
            elif tag in (_CONTEXT, _CONTEXT16):
                context = text
            else:
                comment = text
        elif tag == _OBSOLETE1:
            pos += 4
        else:
            raise CatalogueError(f"{name}: unknown message tag {tag} at {pos - 1}")


def catalogue_files(lang: str, folder: Path | None = None) -> list[Path]:
    """Every compiled catalogue of ``lang`` (each area keeps its own, as the window loads them)."""
    return sorted((folder or resources_root() / "translations").glob(f"*_{language(lang)}.qm"))


@cache
def catalogue(lang: str) -> dict[Key, tuple[str, ...]]:
    """All messages of ``lang``, read once per process."""
    merged: dict[Key, tuple[str, ...]] = {}
    for path in catalogue_files(lang):
        merged.update(read_qm(path.read_bytes(), path.name))
    return merged


def lookup(lang: str, context: str, source: str, disambiguation: str = "") -> tuple[str, ...]:
    """The translation (or plural forms) of one message, () when the catalogue has none; like
    Qt, a message with a disambiguation falls back to the same text without one."""
    messages = catalogue(language(lang))
    found = messages.get((context, source, disambiguation))
    if found is None and disambiguation:
        found = messages.get((context, source, ""))
    return found or ()
