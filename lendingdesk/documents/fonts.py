"""The embedded fonts of every document.

Standard Type1 Helvetica is not embedded and its WinAnsi encoding leaves characters
to the viewer; a TrueType font is embedded (as a subset) and prints ë, é, ï and € the
same everywhere. DejaVu Sans (resources/fonts, with its licence) is Bitstream Vera with the
same metrics plus the rest of Latin, Greek and Cyrillic: Vera alone has no "ő" or "ł", and a
Hungarian or Polish colleague's name in a review printed as a black box.
"""

from __future__ import annotations

from functools import cache

SANS = "LendingDesk-Sans"
SANS_BOLD = "LendingDesk-Sans-Bold"
SANS_ITALIC = "LendingDesk-Sans-Italic"
SANS_BOLD_ITALIC = "LendingDesk-Sans-BoldItalic"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


def _read(*names: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from lendingdesk.resources import resource_path

    for name in names:
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", _FILES[name]))))


@cache
def _upright() -> None:
    from reportlab.pdfbase import pdfmetrics

    _read(SANS, SANS_BOLD)
    # So that <b> in platypus paragraphs picks the embedded bold face.
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
    )


@cache
def _italics() -> None:
    from reportlab.pdfbase import pdfmetrics

    _read(SANS_ITALIC, SANS_BOLD_ITALIC)
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
    )


def register_fonts(*, italics: bool = False) -> str:
    """Register the document fonts once per process; returns the regular font's name.

    Reading a face costs 20-40 ms (DejaVu covers far more letters than Vera did): labels,
    badges and slips need only regular and bold; reports ask for the italics too.
    """
    _upright()
    if italics:
        _italics()
    return SANS
