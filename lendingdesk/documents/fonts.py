"""The embedded fonts of every document.

Standard Type1 Helvetica is not embedded and its WinAnsi encoding leaves characters
to the viewer; a TrueType font is embedded (as a subset) and prints ë, é, ï and € the
same everywhere. Bitstream Vera ships inside reportlab itself, so no extra data file
has to travel with the package or a frozen build.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

SANS = "LendingDesk-Sans"
SANS_BOLD = "LendingDesk-Sans-Bold"
SANS_ITALIC = "LendingDesk-Sans-Italic"
SANS_BOLD_ITALIC = "LendingDesk-Sans-BoldItalic"

_FILES = {
    SANS: "Vera.ttf",
    SANS_BOLD: "VeraBd.ttf",
    SANS_ITALIC: "VeraIt.ttf",
    SANS_BOLD_ITALIC: "VeraBI.ttf",
}


@cache
def register_fonts() -> str:
    """Register the document fonts once per process; returns the regular font's name."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(reportlab.__file__).resolve().parent / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    # So that <b> and <i> in platypus paragraphs pick the embedded faces.
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
    )
    return SANS
