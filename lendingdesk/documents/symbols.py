"""QR codes and Code128 barcodes drawn as single vector paths on a reportlab canvas.

Vector, not raster: a thermal printer's driver resamples an embedded image and smears
module edges; a path is rasterised once, at the printer's own resolution. Each symbol is
ONE filled path (one ``re`` per run of dark modules, one ``f``) drawn in module units
under a scaling transform, which keeps the PDF small and the code fast (integers only).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import segno

from lendingdesk.documents.errors import BarcodeDoesNotFit, QRCodeTooDense
from lendingdesk.documents.units import MM
from lendingdesk.translation import translate

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

# 0.8 mm is 6.4 dots on a 203 dpi thermal head: every module keeps whole dots however
# the driver rounds. Above 1 mm a module only eats room the text needs.
MIN_MODULE_MM = 0.8
MAX_MODULE_MM = 1.0
QUIET_MODULES = 4  # the QR standard's quiet zone

# Code128 X-dimension: 0.25 mm is 2 dots at 203 dpi, the least a scanner reads reliably.
MIN_BAR_MODULE_MM = 0.25
MAX_BAR_MODULE_MM = 0.5
BAR_QUIET_MODULES = 10
MIN_BAR_HEIGHT_MM = 4.0

# Try M (15 % recovery) first; L only when M would not fit. segno's boost_error then
# raises the level as far as the chosen symbol size allows (a bare tag ends at H).
_ERROR_LEVELS = ("m", "l")


@dataclass(frozen=True, slots=True)
class Symbol:
    """A symbol as path operators in module units, plus its size in modules."""

    modules_w: int  # width without quiet zone (and height, for a QR code)
    ops: str  # PDF "re" operators, module units, y growing downwards
    label: str  # e.g. "QR 1-H", for tests and error messages


def qr_symbol(payload: str, error: str = "m") -> Symbol:
    """A full-size QR code (never Micro QR: phones cannot read it)."""
    qr = segno.make_qr(payload, error=error, boost_error=True)
    ops: list[str] = []
    for y, row in enumerate(qr.matrix):
        x, n = 0, len(row)
        while x < n:
            if row[x]:
                start = x
                while x < n and row[x]:
                    x += 1
                ops.append(f"{start} {y} {x - start} 1 re")
            else:
                x += 1
    size = qr.symbol_size(border=0)[0]
    return Symbol(size, "\n".join(ops), f"QR {qr.designator}")


def fit_qr(
    payload: str, box_pt: float, max_module_mm: float = MAX_MODULE_MM
) -> tuple[Symbol, float]:
    """The QR symbol for ``payload`` and its module size (pt) in a square box of ``box_pt``.

    The box includes the quiet zone. Raises QRCodeTooDense when even error level L needs
    modules below the printable minimum: better no label than one that will not scan.
    """
    for error in _ERROR_LEVELS:
        symbol = qr_symbol(payload, error)
        module = min(max_module_mm * MM, box_pt / (symbol.modules_w + 2 * QUIET_MODULES))
        if module >= MIN_MODULE_MM * MM - 1e-9:
            return symbol, module
    needed_mm = (symbol.modules_w + 2 * QUIET_MODULES) * MIN_MODULE_MM
    raise QRCodeTooDense(
        translate(
            "documents.symbols",
            "The QR code for '{payload}' needs {needed_mm} mm but only {value} mm is free: "
            "choose a larger label or a shorter URL (or the bare tag).",
        ).format(payload=payload, needed_mm=f"{needed_mm:.1f}", value=f"{box_pt / MM:.1f}"),
        payload=payload,
        needed_mm=needed_mm,
        available_mm=box_pt / MM,
    )


def code128_symbol(text: str) -> Symbol:
    """Code128 bars (auto-switching to the dense digit set C) without quiet zones."""
    from reportlab.graphics.barcode.code128 import Code128

    # reportlab encodes the value into widths: upper case = bar, lower case = space,
    # the letter's position in the alphabet = width in modules.
    barcode = Code128(text, quiet=0, barWidth=1)
    barcode.validate()
    barcode.encode()
    decomposed = barcode.decompose()
    ops: list[str] = []
    x = 0
    for ch in decomposed:
        width = ord(ch.lower()) - ord("a") + 1
        if ch.isupper():
            ops.append(f"{x} 0 {width} 1 re")
        x += width
    return Symbol(x, "\n".join(ops), "Code128")


def fit_code128(text: str, width_pt: float) -> tuple[Symbol, float]:
    """Code128 bars and their module width (pt) across ``width_pt`` (quiet zones included)."""
    symbol = code128_symbol(text)
    module = min(MAX_BAR_MODULE_MM * MM, width_pt / (symbol.modules_w + 2 * BAR_QUIET_MODULES))
    if module < MIN_BAR_MODULE_MM * MM - 1e-9:
        needed_mm = (symbol.modules_w + 2 * BAR_QUIET_MODULES) * MIN_BAR_MODULE_MM
        raise BarcodeDoesNotFit(
            translate(
                "documents.symbols",
                "The barcode for '{text}' needs {needed_mm} mm of width, there is {value} mm: "
                "choose a wider label or switch the barcode off.",
            ).format(text=text, needed_mm=f"{needed_mm:.0f}", value=f"{width_pt / MM:.0f}"),
            text=text,
        )
    return symbol, module


def draw_symbol(
    canvas: Canvas, symbol: Symbol, x: float, top: float, module_w: float, module_h: float
) -> None:
    """Fill ``symbol`` with its top-left dark-area corner at (x, top) in points."""
    canvas.saveState()
    canvas.setFillGray(0)
    # Scale module units to points and flip y, so rows count downwards like the matrix.
    canvas.transform(module_w, 0, 0, -module_h, x, top)
    canvas.addLiteral(symbol.ops + "\nf")
    canvas.restoreState()


def draw_qr(canvas: Canvas, symbol: Symbol, box_x: float, box_top: float, module: float) -> None:
    """Draw a QR code whose quiet-zone box has its top-left corner at (box_x, box_top)."""
    quiet = QUIET_MODULES * module
    draw_symbol(canvas, symbol, box_x + quiet, box_top - quiet, module, module)
