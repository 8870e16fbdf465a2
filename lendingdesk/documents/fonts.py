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


@cache
def register_fonts() -> str:
    """Register the document fonts once per process; returns the regular font's name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from lendingdesk.resources import resource_path

    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # So that <b> and <i> in platypus paragraphs pick the embedded faces.
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
    )
    return SANS
