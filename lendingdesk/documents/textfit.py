"""Fitting text into boxes: shrink first, then wrap, and cut with an ellipsis as a last resort.

Nothing printed may run over a label's edge. Product names are long and unpredictable
("Tovertafel Qwiek.up Cliëntvriendelijk met projectorset"), so every text block is
fitted to its box before it is drawn, and the drawing code only draws what was fitted.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth

ELLIPSIS = "…"
_STEP = 0.5  # pt between tried font sizes


@dataclass(frozen=True, slots=True)
class TextStyle:
    font: str
    max_size: float
    min_size: float
    max_lines: int = 1
    leading: float = 1.15  # line distance as a multiple of the font size
    # A code (tag, badge) must never be cut: it shrinks to min_size or the layout is refused.
    may_truncate: bool = True


@dataclass(frozen=True, slots=True)
class FittedText:
    lines: tuple[str, ...]
    size: float
    ascent: float  # pt above the first baseline
    height: float  # pt from the top of the first line to the bottom of the last
    line_pitch: float  # pt from one baseline to the next

    @property
    def fits(self) -> bool:
        return bool(self.lines)


EMPTY = FittedText((), 0.0, 0.0, 0.0, 0.0)


def block_height(font: str, size: float, lines: int, leading: float) -> float:
    ascent, descent = getAscentDescent(font, size)
    return ascent - descent + (lines - 1) * size * leading


def wrap(
    text: str, font: str, size: float, width: float, *, break_words: bool = True
) -> list[str] | None:
    """Greedy word wrap. A word wider than the box is split into hyphenated pieces, or,
    with ``break_words`` False, the result is None (try a smaller size first)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        if stringWidth(word, font, size) > width:
            if not break_words:
                return None
            *heads, word = _split_word(word, font, size, width)
            lines.extend(heads)
        current = word
    if current:
        lines.append(current)
    return lines


def _split_word(word: str, font: str, size: float, width: float) -> list[str]:
    """``word`` in the fewest pieces of about equal length that fit, hyphenated.

    Equal pieces ("Incontinentie- sensorverwerk- ingsmodule") read better than greedy
    ones, which leave a stray last letter on its own line.
    """
    for count in range(2, len(word) + 1):
        length = -(-len(word) // count)  # ceiling division
        pieces = [word[i : i + length] for i in range(0, len(word), length)]
        hyphenated = [p + "-" for p in pieces[:-1]] + pieces[-1:]
        if all(stringWidth(p, font, size) <= width for p in hyphenated):
            return hyphenated
    return list(word)  # a box narrower than "x-": one character a line


def _longest_prefix(text: str, font: str, size: float, width: float) -> int:
    cut = len(text)
    while cut > 1 and stringWidth(text[:cut], font, size) > width:
        cut -= 1
    return cut


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    cut = _longest_prefix(text + ELLIPSIS, font, size, width) - 1
    while cut > 0 and stringWidth(text[:cut].rstrip() + ELLIPSIS, font, size) > width:
        cut -= 1
    return text[:cut].rstrip() + ELLIPSIS if cut > 0 else ""


@lru_cache(maxsize=8192)
def fit_text(text: str, style: TextStyle, width: float, height: float) -> FittedText:
    """The largest size at which ``text`` fits ``width`` × ``height`` in ``style.max_lines``.

    Below ``min_size`` the text is cut (last line ends in "…") if the style allows it;
    otherwise, or when not even one line fits, the result has no lines (``fits`` False).
    """
    text = " ".join(text.split())
    if not text:
        return EMPTY
    # Whole words at the largest size that fits; only when no size keeps every word whole
    # ("Incontinentiesensorverwerkingsmodule") are words broken.
    for break_words in (False, True):
        size = style.max_size
        while size >= style.min_size - 1e-9:
            lines = wrap(text, style.font, size, width, break_words=break_words)
            if lines is not None and len(lines) <= style.max_lines:
                fitted = _fitted(lines, style, size)
                if fitted.height <= height:
                    return fitted
            size -= _STEP
    if not style.may_truncate:
        return EMPTY
    return _truncated(text, style, width, height)


def _truncated(text: str, style: TextStyle, width: float, height: float) -> FittedText:
    size = style.min_size
    room = 0
    while room < style.max_lines and block_height(style.font, size, room + 1, style.leading) <= (
        height
    ):
        room += 1
    if room == 0:
        return EMPTY
    lines = wrap(text, style.font, size, width) or []
    if len(lines) > room:
        # Glue the rest onto the last kept line so the ellipsis marks real lost text.
        last = " ".join(lines[room - 1 :])
        lines = [*lines[: room - 1], ellipsize(last, style.font, size, width)]
    kept = [line for line in lines if line]
    return _fitted(kept, style, size) if kept else EMPTY


def _fitted(lines: list[str], style: TextStyle, size: float) -> FittedText:
    ascent, _ = getAscentDescent(style.font, size)
    height = block_height(style.font, size, len(lines), style.leading)
    return FittedText(tuple(lines), size, ascent, height, size * style.leading)
