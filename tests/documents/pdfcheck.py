"""Reading produced PDFs back the way a printer and a scanner would see them.

Pages are rendered at 150 dpi with pdfium on white paper (a transparent background
decodes nothing) and every barcode is decoded with zxing-cpp. Positions are returned in
millimetres from the page's top-left corner, like the label templates publish them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import zxingcpp

DPI = 150
PX_PER_MM = DPI / 25.4
PT_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Found:
    text: str
    format: str
    x: float  # centre, mm from the left
    y: float  # centre, mm from the top
    side: float  # mm, longest edge of the decoded symbol (dark area only)


@dataclass(frozen=True)
class Char:
    char: str
    left: float  # mm from the page's left edge
    top: float  # mm from the page's top edge
    right: float
    bottom: float


@dataclass
class Page:
    width_mm: float
    height_mm: float
    codes: list[Found]
    text: str
    chars: list[Char]
    image_objects: int
    path_objects: int


def read_pdf(data: bytes, *, barcodes: bool = False, chars: bool = False) -> list[Page]:
    formats = [zxingcpp.BarcodeFormat.QRCode]
    if barcodes:
        formats.append(zxingcpp.BarcodeFormat.Code128)
    doc = pdfium.PdfDocument(data)
    try:
        return [_read_page(doc[i], formats, chars) for i in range(len(doc))]
    finally:
        doc.close()


def _read_page(page: pdfium.PdfPage, formats: object, with_chars: bool) -> Page:
    width_pt, height_pt = page.get_size()
    image = page.render(scale=DPI / 72, fill_color=(255, 255, 255, 255), grayscale=True).to_pil()
    codes = [_found(code) for code in zxingcpp.read_barcodes(image, formats=formats)]
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    chars = []
    if with_chars:
        for i in range(textpage.count_chars()):
            ch = text[i] if i < len(text) else ""
            if not ch.strip():
                continue
            left, bottom, right, top = textpage.get_charbox(i)
            chars.append(
                Char(
                    ch,
                    left / PT_PER_MM,
                    (height_pt - top) / PT_PER_MM,
                    right / PT_PER_MM,
                    (height_pt - bottom) / PT_PER_MM,
                )
            )
    kinds = [obj.type for obj in page.get_objects()]
    return Page(
        width_pt / PT_PER_MM,
        height_pt / PT_PER_MM,
        codes,
        text,
        chars,
        kinds.count(pdfium_c.FPDF_PAGEOBJ_IMAGE),
        kinds.count(pdfium_c.FPDF_PAGEOBJ_PATH),
    )


def _found(code: zxingcpp.Barcode) -> Found:
    p = code.position
    corners = [p.top_left, p.top_right, p.bottom_right, p.bottom_left]
    xs = [c.x for c in corners]
    ys = [c.y for c in corners]
    side = max(max(xs) - min(xs), max(ys) - min(ys)) / PX_PER_MM
    return Found(
        code.text,
        code.format.name,
        sum(xs) / 4 / PX_PER_MM,
        sum(ys) / 4 / PX_PER_MM,
        side,
    )


def normalise(text: str) -> str:
    """Text extracted from a PDF with line breaks and hyphen-free wraps as single spaces."""
    return " ".join(text.split())
