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
from PIL import Image

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
    box: tuple[int, int, int, int]  # pixels: left, top, right, bottom of the dark area


@dataclass(frozen=True)
class Char:
    char: str
    left: float  # mm from the page's left edge
    top: float  # mm from the page's top edge
    right: float
    bottom: float


@dataclass
class Page:
    image: Image.Image  # grey, DPI dots per inch
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
        image,
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
        (round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys))),
    )


def ink_in_ring(page: Page, box: tuple[int, int, int, int], width_px: int) -> int:
    """Dark pixels in the ring of ``width_px`` around ``box`` (the quiet zone of a code)."""
    left, top, right, bottom = box
    margin = 2  # pixels of anti-aliased module edge next to the dark area
    outer = page.image.crop((left - width_px, top - width_px, right + width_px, bottom + width_px))
    count = 0
    for y in range(outer.height):
        for x in range(outer.width):
            inside = (
                width_px - margin <= x < outer.width - width_px + margin
                and width_px - margin <= y < outer.height - width_px + margin
            )
            if not inside and outer.getpixel((x, y)) < 160:
                count += 1
    return count


def normalise(text: str) -> str:
    """Text extracted from a PDF with line breaks and hyphen-free wraps as single spaces."""
    return " ".join(text.split())


def dark_columns(page: Page, top_mm: float, bottom_mm: float) -> list[float]:
    """Centres (mm from the left) of the dark vertical strokes in a horizontal band."""
    band = page.image.crop(
        (0, round(top_mm * PX_PER_MM), page.image.width, round(bottom_mm * PX_PER_MM))
    )
    dark = [any(band.getpixel((x, y)) < 128 for y in range(band.height)) for x in range(band.width)]
    centres, start = [], None
    for x, is_dark in enumerate([*dark, False]):
        if is_dark and start is None:
            start = x
        elif not is_dark and start is not None:
            centres.append((start + x - 1) / 2 / PX_PER_MM)
            start = None
    return centres
