"""Reading rendered PDFs back in tests: their text, and whether ink crosses the margins."""

from __future__ import annotations

import re

import pypdfium2 as pdfium


def pdf_text(data: bytes) -> str:
    """All text of all pages, whitespace (incl. no-break spaces) collapsed to single spaces."""
    pdf = pdfium.PdfDocument(data)
    try:
        parts = [pdf[i].get_textpage().get_text_bounded() for i in range(len(pdf))]
    finally:
        pdf.close()
    return re.sub(r"\s+", " ", " ".join(parts).replace("\xa0", " "))


def page_count(data: bytes) -> int:
    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def ink_outside(
    data: bytes, margin_pt: float = 40, footer_pt: float = 20, scale: float = 0.75
) -> list[tuple[int, str]]:
    """(page, side) for every page with ink within ``margin_pt`` of an edge.

    The bottom margin holds the footer, so there only the last ``footer_pt`` must be blank.
    """
    found = []
    pdf = pdfium.PdfDocument(data)
    try:
        for number in range(len(pdf)):
            image = pdf[number].render(scale=scale).to_pil().convert("L")
            width, height = image.size
            m, f = int(margin_pt * scale), int(footer_pt * scale)
            boxes = {
                "left": (0, 0, m, height),
                "right": (width - m, 0, width, height),
                "top": (0, 0, width, m),
                "bottom": (0, height - f, width, height),
            }
            for side, box in boxes.items():
                low, _ = image.crop(box).getextrema()
                if low < 245:
                    found.append((number + 1, side))
    finally:
        pdf.close()
    return found
