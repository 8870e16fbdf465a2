"""Look of the review reports: embedded fonts, palette, paragraph styles, safe text.

Reports embed DejaVu Sans, like every document (documents/fonts.py): every Latin letter
(ë, ï, é, ő, ł), the euro sign and the true minus sign. Free text from reviewers can still
hold characters it lacks (emoji); :func:`para` swaps those for a replacement mark
instead of printing an empty box, and escapes the markup Paragraph would otherwise parse.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from lendingdesk.documents.fonts import (
    SANS,
    SANS_BOLD,
    SANS_BOLD_ITALIC,
    SANS_ITALIC,
    register_fonts,
)

# One set of embedded fonts for every document (documents/fonts.py).
FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC = SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC

INK = colors.HexColor("#1d2933")
MUTED = colors.HexColor("#5b6770")
ACCENT = colors.HexColor("#1f5f73")
MINUS = colors.HexColor("#b5532a")  # minus points: as visible as the plus points, not alarming
RULE = colors.HexColor("#c9d3d9")
TILE = colors.HexColor("#eef3f5")
ZEBRA = colors.HexColor("#f6f8f9")

# Diverging red–blue (ColorBrewer RdBu, readable with red-green colour blindness): −2 … +2.
EFFECT_COLOURS = tuple(
    colors.HexColor(c) for c in ("#ca0020", "#f4a582", "#d9d9d9", "#92c5de", "#0571b0")
)
NOT_APPLICABLE_COLOUR = colors.HexColor("#f2f2f2")
# SUS acceptability zones: not acceptable, marginal, acceptable.
ZONE_COLOURS = tuple(colors.HexColor(c) for c in ("#f6c7c3", "#fbe3b0", "#cfe8cf"))


@cache
def _glyphs() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts(italics=True)
    # Pictographs (emoji) are left out even where the font has a glyph: in black and white,
    # among the other letters, they look like misprints rather than a smile.
    return frozenset(c for c in pdfmetrics.getFont(FONT).face.charToGlyph if c < 0x1F000)


def _substitute(ch: str) -> str:
    # Emoji, pictographs and their joiners/variation selectors decorate: drop them. A letter
    # the font lacks (e.g. Cyrillic) carries meaning: show that something is missing.
    category = unicodedata.category(ch)
    return "" if category[0] == "S" or category in ("Mn", "Cf", "Co", "Cs") else "?"


def printable(text: str) -> str:
    """``text`` with every character the font cannot draw dropped or replaced (newlines kept)."""
    glyphs = _glyphs()
    if all(ord(ch) in glyphs or ch == "\n" for ch in text):
        return text
    cleaned = "".join(ch if ord(ch) in glyphs or ch == "\n" else _substitute(ch) for ch in text)
    return re.sub(r"[ \t]{2,}", " ", cleaned)


def para(text: str) -> str:
    """Plain text made safe for a Paragraph: drawable, escaped, newlines as line breaks."""
    return escape(printable(text)).replace("\n", "<br/>")


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts(italics=True)
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        "kicker": ParagraphStyle(
            "kicker", parent=body, fontSize=8.5, leading=11, textColor=ACCENT, fontName=FONT_BOLD
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=21, leading=25, spaceAfter=2
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=11, leading=14, textColor=MUTED
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12,
            spaceBefore=6,
            spaceAfter=3,
        ),
        "tile_label": ParagraphStyle(
            "tile_label", parent=body, fontSize=8, leading=10, textColor=MUTED, alignment=TA_LEFT
        ),
        "tile_value": ParagraphStyle(
            "tile_value", parent=body, fontName=FONT_BOLD, fontSize=20, leading=24
        ),
        "tile_note": ParagraphStyle(
            "tile_note", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        "cell_right": ParagraphStyle(
            "cell_right", parent=body, fontSize=8.5, leading=11, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle(
            "head", parent=body, fontName=FONT_BOLD, fontSize=8, leading=10, textColor=MUTED
        ),
        "head_right": ParagraphStyle(
            "head_right",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10,
            textColor=MUTED,
            alignment=TA_RIGHT,
        ),
        "quote": ParagraphStyle(
            "quote", parent=body, fontName=FONT_ITALIC, fontSize=9.5, leading=13.5
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=11, bulletIndent=0, spaceAfter=3
        ),
    }
