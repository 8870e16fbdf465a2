"""Asset tags and borrower badge codes: the one place that formats and parses them.

A code is a two-letter prefix, six serial digits and one Damm check digit:
``LD0000427`` for an item, ``LP0000125`` for a borrower's badge (lenerspas).
Only L, D, P and digits are used, so a code looks the same on every keyboard
layout a USB scanner may be set to, except for the digit row on AZERTY, which we
undo. The check digit catches every single mistyped digit and every swap of two
neighbouring digits, so a hand-typed code never silently means another item.

``parse_code`` accepts what a scanner or a person may type: either case, spaces
or dashes inside, the code inside a URL, AZERTY-garbled digits. Anything else
gives ``None`` -- never an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from lendingdesk.translation import translate


class CodeKind(StrEnum):
    ITEM = "item"
    BADGE = "badge"


PREFIXES: dict[CodeKind, str] = {CodeKind.ITEM: "LD", CodeKind.BADGE: "LP"}
SERIAL_DIGITS = 6
MAX_SERIAL = 10**SERIAL_DIGITS - 1

# Damm algorithm quasigroup (totally anti-symmetric, order 10).
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)

# What the digit row types when the scanner speaks US but the PC expects AZERTY
# (French and Belgian variants), unshifted.
_AZERTY_DIGITS = {
    "&": "1",
    "é": "2",
    "É": "2",
    '"': "3",
    "'": "4",
    "(": "5",
    "§": "6",
    "è": "7",
    "È": "7",
    "_": "8",
    "!": "8",
    "ç": "9",
    "Ç": "9",
    "à": "0",
    "À": "0",
}

_CODE_RE = re.compile(r"(?<![A-Z0-9])(LD|LP)[\s\-]?(\d{3})[\s\-]?(\d{3})[\s\-]?(\d)(?![0-9])")


def damm_check_digit(digits: str) -> int:
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][ord(ch) - 48]
    return interim


@dataclass(frozen=True, slots=True)
class Code:
    kind: CodeKind
    serial: int

    @property
    def text(self) -> str:
        return format_code(self.kind, self.serial)

    def __str__(self) -> str:
        return self.text


def format_code(kind: CodeKind, serial: int) -> str:
    """The canonical text of a code: what labels carry and the database stores."""
    if not 0 < serial <= MAX_SERIAL:
        raise ValueError(f"serial out of range: {serial}")
    body = f"{serial:0{SERIAL_DIGITS}d}"
    return f"{PREFIXES[kind]}{body}{damm_check_digit(body)}"


def format_tag(serial: int) -> str:
    return format_code(CodeKind.ITEM, serial)


def format_badge(serial: int) -> str:
    return format_code(CodeKind.BADGE, serial)


def _undo_layouts(text: str) -> str:
    # AZERTY '-' key sits where US has '6' unshifted; only map it when it stands
    # between digits-to-be, otherwise it is a separator we accept anyway.
    out = []
    for ch in text:
        out.append(_AZERTY_DIGITS.get(ch, ch))
    return "".join(out)


def parse_code(text: object) -> Code | None:
    """Find the one code in what was scanned or typed, or None if there is none."""
    if not isinstance(text, str) or not text or len(text) > 2048:
        return None
    candidates = [text.upper()]
    garbled = _undo_layouts(text).upper()
    if garbled != candidates[0]:
        candidates.append(garbled)
    if "-" in garbled:
        # AZERTY types '-' for the 6 key: try that reading too.
        candidates.append(garbled.replace("-", "6"))
    for candidate in candidates:
        found = {m for m in _CODE_RE.finditer(candidate) if _valid(m)}
        codes = {(m.group(1), m.group(2) + m.group(3) + m.group(4)) for m in found}
        if len(codes) == 1:
            prefix, digits = codes.pop()
            kind = CodeKind.ITEM if prefix == PREFIXES[CodeKind.ITEM] else CodeKind.BADGE
            serial = int(digits[:SERIAL_DIGITS])
            if serial == 0:
                return None
            return Code(kind, serial)
        if len(codes) > 1:
            return None  # two different codes in one scan: refuse rather than guess
    return None


def _valid(match: re.Match[str]) -> bool:
    body = match.group(2) + match.group(3)
    return damm_check_digit(body) == int(match.group(4))


def parse_tag(text: object) -> str | None:
    """The canonical item tag in ``text``, or None."""
    code = parse_code(text)
    return code.text if code and code.kind is CodeKind.ITEM else None


def parse_badge(text: object) -> str | None:
    """The canonical badge code in ``text``, or None."""
    code = parse_code(text)
    return code.text if code and code.kind is CodeKind.BADGE else None


def serial_of(code_text: str) -> int:
    """The serial number inside a canonical code text."""
    return int(code_text[2 : 2 + SERIAL_DIGITS])


def qr_payload(tag: str, url_template: str | None = None) -> str:
    """What a label's QR code carries: the bare tag, or a platform URL holding it.

    ``url_template`` contains ``{tag}``, e.g. ``https://zorgtech.example/i/{tag}``.
    """
    if url_template:
        return check_url_template(url_template).replace("{tag}", tag)
    return tag


MAX_URL_TEMPLATE = 200  # a longer URL makes the QR too dense to scan from a small label


def check_url_template(url_template: str) -> str:
    """A QR URL template the labels can use: holds ``{tag}`` (filled in literally, never as a
    Python format string), one printable line, short enough for a small QR code."""
    from lendingdesk.errors import InvalidInput
    from lendingdesk.safe_text import shown

    text = url_template.strip()
    if "{tag}" not in text:
        raise InvalidInput(  # {tag} stays as it is: no value is given for it
            translate(
                "domain.codes",
                "The URL template “{template}” lacks {tag}: put {tag} where the label code goes, "
                "for example https://zorgtech.example/i/{tag}.",
            ).format(template=shown(text))
        )
    if len(text) > MAX_URL_TEMPLATE or not text.isprintable() or " " in text:
        raise InvalidInput(
            translate(
                "domain.codes",
                "The URL template must be one line without spaces, at most {max_url_template} "
                "characters.",
            ).format(max_url_template=MAX_URL_TEMPLATE),
        )
    return text
