"""Runs of equal cards over pages: labels on a label sheet or roll, badges on a card sheet."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from lendingdesk.documents.errors import InvalidDocumentInput
from lendingdesk.documents.templates import LabelTemplate
from lendingdesk.documents.units import MM
from lendingdesk.translation import Message, translate

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


def check_run(count: int, template: LabelTemplate, start_position: int, what: Message) -> None:
    if count == 0:
        raise InvalidDocumentInput(
            translate("documents.sheets", "No {what} to print.").format(what=what),
            template=template.name,
        )
    if not 1 <= start_position <= template.per_page:
        raise InvalidDocumentInput(
            translate(
                "documents.sheets",
                "Start position {start_position} does not exist on '{template}': choose 1 to "
                "{per_page}.",
            ).format(
                start_position=start_position, template=template.name, per_page=template.per_page
            ),
            start_position=start_position,
        )


def slots(count: int, template: LabelTemplate, start_position: int) -> list[tuple[int, int]]:
    """(page, position), both 1-based, for ``count`` cards from ``start_position`` on.

    The start position only applies to the first sheet: later sheets are fresh.
    """
    first = start_position - 1
    return [
        (page + 1, position + 1)
        for page, position in (divmod(first + i, template.per_page) for i in range(count))
    ]


def draw_run[T](
    canvas: Canvas,
    template: LabelTemplate,
    items: Sequence[T],
    start_position: int,
    draw_item: Callable[[Canvas, float, float, T], None],
    decorate_page: Callable[[Canvas], None] | None = None,
) -> int:
    """Draw ``items`` one per slot, bottom-left corner of each card given in points.

    Returns the number of pages written; the canvas is saved by the caller.
    """
    page = 0
    for item, (item_page, position) in zip(
        items, slots(len(items), template, start_position), strict=True
    ):
        if item_page != page:
            if page:
                canvas.showPage()
            page = item_page
            if decorate_page:
                decorate_page(canvas)
        rect = template.label_rect(position)
        draw_item(canvas, rect.x * MM, (template.page_h - rect.bottom) * MM, item)
    canvas.showPage()
    return page


def draw_outlines(canvas: Canvas, template: LabelTemplate) -> None:
    """Thin outlines of every label: a test print on plain paper to hold against a sheet."""
    canvas.saveState()
    canvas.setStrokeGray(0.6)
    canvas.setLineWidth(0.25)
    for position in range(1, template.per_page + 1):
        r = template.label_rect(position)
        y = (template.page_h - r.bottom) * MM
        canvas.roundRect(r.x * MM, y, r.w * MM, r.h * MM, 1.5 * MM)
    canvas.restoreState()


def draw_crop_marks(
    canvas: Canvas, template: LabelTemplate, length_mm: float = 5.0, gap_mm: float = 2.0
) -> None:
    """Cutting marks in the page margin at every card edge of the grid (cards touching)."""
    rects = [template.label_rect(p) for p in range(1, template.per_page + 1)]
    # Rounded so that one card's right edge and the next one's left edge are one cut.
    xs = sorted({round(v, 3) for r in rects for v in (r.x, r.right)})
    ys = sorted({round(v, 3) for r in rects for v in (r.y, r.bottom)})
    grid_left, grid_right, grid_top, grid_bottom = xs[0], xs[-1], ys[0], ys[-1]
    length, gap = length_mm, gap_mm
    canvas.saveState()
    canvas.setLineWidth(0.3)
    canvas.setStrokeGray(0)
    lines: list[tuple[float, float, float, float]] = []
    for x in xs:
        lines.append((x, grid_top - gap - length, x, grid_top - gap))
        lines.append((x, grid_bottom + gap, x, grid_bottom + gap + length))
    for y in ys:
        lines.append((grid_left - gap - length, y, grid_left - gap, y))
        lines.append((grid_right + gap, y, grid_right + gap + length, y))
    page_h = template.page_h
    canvas.lines(
        [(x1 * MM, (page_h - y1) * MM, x2 * MM, (page_h - y2) * MM) for x1, y1, x2, y2 in lines]
    )
    canvas.restoreState()
