"""One small card with a QR code and a few lines of text: an item label or a borrower badge.

Both are the same drawing: a QR code in its quiet zone on the left (or on top, when the
card is narrow), a column of text blocks beside it, optionally a Code128 strip across
the bottom and a header line across the top. Layout is planned first and drawn after,
so a refusal (code too dense, text that cannot fit) comes before a page is written.

Units are PDF points with the origin at the card's bottom-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from lendingdesk.documents.errors import LabelTooSmall
from lendingdesk.documents.symbols import (
    MAX_MODULE_MM,
    MIN_BAR_HEIGHT_MM,
    MIN_MODULE_MM,
    QUIET_MODULES,
    Symbol,
    draw_qr,
    draw_symbol,
    fit_code128,
    fit_qr,
)
from lendingdesk.documents.textfit import FittedText, TextStyle, fit_text
from lendingdesk.documents.units import MM
from lendingdesk.translation import translate

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

_MIN_TEXT_W = 18 * MM  # below this a text column beside the QR is useless: stack instead
_GAP = 1.0 * MM
_GLYPH_OVERHANG = 0.25 * MM
# A version 1 QR code (21 modules) in its quiet zone at the smallest module size.
_SMALLEST_QR_BOX = (21 + 2 * QUIET_MODULES) * MIN_MODULE_MM * MM


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float  # bottom
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h


@dataclass(frozen=True, slots=True)
class CardFrame:
    """The fixed parts of a card's layout, the same for every card of a run."""

    w: float
    h: float
    inset: float
    qr_area: Box  # where the QR box (quiet zone included) may go
    stacked: bool  # QR above the text instead of beside it
    barcode: Box | None  # bars (quiet zones reach into the inset)
    header: Box | None
    max_module_mm: float


@dataclass(frozen=True, slots=True)
class TextBlock:
    text: str
    style: TextStyle
    at_bottom: bool = False  # pinned to the bottom of the text column (organisation line)
    grows: bool = False  # takes the height the other blocks leave (product name)


@dataclass(frozen=True, slots=True)
class PlacedText:
    fitted: FittedText
    font: str
    x: float
    top: float


@dataclass(frozen=True, slots=True)
class CardPlan:
    """Everything needed to draw one card, already fitted."""

    qr: Symbol
    qr_box: Box
    module: float
    texts: tuple[PlacedText, ...]
    bars: Symbol | None = None
    bar_module: float = 0.0


@lru_cache(maxsize=64)
def card_frame(
    w_mm: float,
    h_mm: float,
    inset_mm: float,
    *,
    barcode: bool,
    header_mm: float = 0.0,
    max_module_mm: float = MAX_MODULE_MM,
) -> CardFrame:
    w, h, inset = w_mm * MM, h_mm * MM, inset_mm * MM
    top = h - header_mm * MM
    bottom = 0.0
    bars = None
    if barcode:
        # A fifth of the card, but lower on tiny labels so the smallest QR code still fits.
        room = top - inset - _SMALLEST_QR_BOX
        bar_h = max(MIN_BAR_HEIGHT_MM * MM, min(8 * MM, 0.2 * h, room))
        bars = Box(0.0, inset, w, bar_h)
        bottom = bars.top
    header = Box(inset, top, w - 2 * inset, h - inset - top) if header_mm else None
    avail_h = top - bottom
    # Wide cards get the QR on the left; half the width at most, so text keeps room.
    stacked = w - min(avail_h, 0.55 * w) - inset < _MIN_TEXT_W
    if stacked:
        side = min(w, 0.62 * avail_h)
        qr_area = Box((w - side) / 2, top - side, side, side)
    else:
        side = min(avail_h, 0.55 * w)
        qr_area = Box(0.0, bottom + (avail_h - side) / 2, side, side)
    return CardFrame(w, h, inset, qr_area, stacked, bars, header, max_module_mm)


def plan_card(
    frame: CardFrame,
    payload: str,
    blocks: list[TextBlock],
    *,
    barcode_text: str | None = None,
) -> CardPlan:
    """Fit the QR code, the text blocks and the barcode into ``frame``; refuse if impossible."""
    area = frame.qr_area
    qr, module = fit_qr(payload, area.w, frame.max_module_mm)
    side = module * (qr.modules_w + 2 * QUIET_MODULES)
    if frame.stacked:
        qr_box = Box((frame.w - side) / 2, area.top - side, side, side)
        bottom = _text_bottom(frame)
        top = qr_box.y - _GAP / 2  # clear of the quiet zone, as beside it
        text = Box(frame.inset, bottom, frame.w - 2 * frame.inset, top - bottom)
    else:
        # Centre the QR in the height it may use; it hugs the left edge, where its own
        # quiet zone is the margin. The text column lines up with the dark modules.
        qr_box = Box(0.0, area.y + (area.h - side) / 2, side, side)
        quiet = QUIET_MODULES * module
        limit_top = (frame.header.y - _GAP) if frame.header else frame.h - frame.inset
        top = min(limit_top, qr_box.top - quiet)
        bottom = max(_text_bottom(frame), qr_box.y + quiet)
        # Half a millimetre past the quiet zone: glyph overhangs must not reach into it.
        left = side + _GAP / 2
        text = Box(left, bottom, frame.w - left - frame.inset, top - bottom)
    texts = _place_blocks(blocks, text)
    bars, bar_module = (None, 0.0)
    if barcode_text is not None and frame.barcode is not None:
        bars, bar_module = fit_code128(barcode_text, frame.barcode.w)
    return CardPlan(qr, qr_box, module, texts, bars, bar_module)


def plan_header(frame: CardFrame, blocks: list[TextBlock]) -> tuple[PlacedText, ...]:
    """Text blocks stacked in the header band across the top of the card (badges)."""
    assert frame.header is not None
    return _place_blocks(blocks, frame.header)


def _text_bottom(frame: CardFrame) -> float:
    return frame.barcode.top + _GAP if frame.barcode else frame.inset


def _place_blocks(blocks: list[TextBlock], box: Box) -> tuple[PlacedText, ...]:
    # Glyph ink can reach a little past the advance width that is measured ("J", "f").
    box = Box(box.x + _GLYPH_OVERHANG, box.y, box.w - 2 * _GLYPH_OVERHANG, box.h)
    if box.h <= 0 or box.w <= 0:
        raise _too_small()
    fitted: dict[int, FittedText] = {}
    used = 0.0
    # Fixed blocks first, the growing one gets what is left.
    for i, block in enumerate(blocks):
        if block.grows or not block.text:
            continue
        fitted[i] = _fit(block, box.w, box.h - used)
        used += fitted[i].height + _gap(fitted[i])
    for i, block in enumerate(blocks):
        if block.grows and block.text:
            fitted[i] = _fit(block, box.w, box.h - used)
    placed: list[PlacedText] = []
    top, bottom = box.top, box.y
    for i, block in enumerate(blocks):
        if i not in fitted or block.at_bottom:
            continue
        placed.append(PlacedText(fitted[i], block.style.font, box.x, top))
        top -= fitted[i].height + _gap(fitted[i])
    for i, block in reversed(list(enumerate(blocks))):
        if i in fitted and block.at_bottom:
            bottom += fitted[i].height
            placed.append(PlacedText(fitted[i], block.style.font, box.x, bottom))
            bottom += _gap(fitted[i])
    return tuple(placed)


def _fit(block: TextBlock, width: float, height: float) -> FittedText:
    fitted = fit_text(block.text, block.style, width, max(height, 0.0))
    if not fitted.fits:
        raise _too_small(block.text)
    return fitted


def _gap(fitted: FittedText) -> float:
    return 0.35 * fitted.size


def _too_small(text: str = "") -> LabelTooSmall:
    what = translate("documents.card", " for '{text}'").format(text=text) if text else ""
    return LabelTooSmall(
        translate(
            "documents.card",
            "The label is too small: there is no room{what} next to the QR code. Choose a larger "
            "label.",
        ).format(what=what),
        text=text,
    )


def draw_card(
    canvas: Canvas,
    x: float,
    y: float,
    plan: CardPlan,
    frame: CardFrame,
    extra_texts: tuple[PlacedText, ...] = (),
) -> None:
    """Draw a planned card with its bottom-left corner at (x, y) on the page."""
    draw_qr(canvas, plan.qr, x + plan.qr_box.x, y + plan.qr_box.top, plan.module)
    for placed in (*plan.texts, *extra_texts):
        _draw_text(canvas, x, y, placed)
    if plan.bars is not None and frame.barcode is not None:
        bars_w = plan.bars.modules_w * plan.bar_module
        left = x + frame.barcode.x + (frame.barcode.w - bars_w) / 2
        draw_symbol(
            canvas, plan.bars, left, y + frame.barcode.top, plan.bar_module, frame.barcode.h
        )


def _draw_text(canvas: Canvas, x: float, y: float, placed: PlacedText) -> None:
    fitted = placed.fitted
    canvas.setFont(placed.font, fitted.size)
    baseline = y + placed.top - fitted.ascent
    for line in fitted.lines:
        canvas.drawString(x + placed.x, baseline, line)
        baseline -= fitted.line_pitch
