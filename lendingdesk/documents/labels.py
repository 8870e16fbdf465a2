"""QR labels for items: sheets of Avery labels and roll label printers.

    render_labels([LabelSpec("LD0000427", "PARO robotzeehond")],
                  LabelOptions(template="avery-l7160", start_position=4), "labels.pdf")

Each label: the QR code (bare tag or URL), the tag in readable text, the product name,
optionally the organisation's name and a Code128 barcode of the tag for 1D scanners.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from lendingdesk.documents.card import (
    CardFrame,
    CardPlan,
    TextBlock,
    card_frame,
    draw_card,
    plan_card,
)
from lendingdesk.documents.fonts import SANS, SANS_BOLD, register_fonts
from lendingdesk.documents.model import LabelOptions, LabelSpec
from lendingdesk.documents.output import Out, RenderResult, new_canvas
from lendingdesk.documents.sheets import check_run, draw_outlines, draw_run
from lendingdesk.documents.templates import LabelTemplate
from lendingdesk.documents.textfit import TextStyle
from lendingdesk.documents.units import MM
from lendingdesk.translation import translate

TAG_STYLE = TextStyle(SANS_BOLD, max_size=13, min_size=6, may_truncate=False)
PRODUCT_STYLE = TextStyle(SANS, max_size=9.5, min_size=5.5, max_lines=4)
ORGANISATION_STYLE = TextStyle(SANS, max_size=6.5, min_size=4.5)


def render_labels(specs: Sequence[LabelSpec], options: LabelOptions, out: Out) -> RenderResult:
    """Write one PDF with a label per spec, the first at ``options.start_position``.

    Every label is laid out before the first page is written: a label that cannot be
    printed scannably raises a DocumentError and ``out`` is not written to.
    """
    template = options.resolved_template()
    plans = plan_labels(specs, options)
    canvas = new_canvas(out, template.page_w, template.page_h, title="LendingDesk labels")
    frame = _frame(template, options)
    safe = template.safe_area
    dx, dy = safe.x * MM, (template.label_h - safe.bottom) * MM  # PDF origin: bottom-left
    pages = draw_run(
        canvas,
        template,
        plans,
        options.start_position,
        lambda c, x, y, plan: draw_card(c, x + dx, y + dy, plan, frame),
        partial(draw_outlines, template=template) if options.outline else None,
    )
    canvas.save()
    return RenderResult(pages=pages, count=len(plans))


def plan_labels(specs: Sequence[LabelSpec], options: LabelOptions) -> list[CardPlan]:
    """The fitted content of every label (no drawing); raises if one cannot be printed."""
    template = options.resolved_template()
    check_run(len(specs), template, options.start_position, translate("documents.labels", "labels"))
    register_fonts()  # text fitting measures with the embedded font
    frame = _frame(template, options)
    return [_plan_label(frame, spec, options) for spec in specs]


def _frame(template: LabelTemplate, options: LabelOptions) -> CardFrame:
    safe = template.safe_area
    return card_frame(safe.w, safe.h, template.inset, barcode=options.show_barcode)


def _plan_label(frame: CardFrame, spec: LabelSpec, options: LabelOptions) -> CardPlan:
    organisation = (spec.organisation or "") if options.show_organisation else ""
    blocks = [
        TextBlock(spec.tag, TAG_STYLE),
        TextBlock(spec.product_name, PRODUCT_STYLE, grows=True),
        TextBlock(organisation, ORGANISATION_STYLE, at_bottom=True),
    ]
    return plan_card(
        frame,
        options.payload(spec.tag),
        blocks,
        barcode_text=spec.tag if options.show_barcode else None,
    )
