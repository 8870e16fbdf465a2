"""Borrower badges (lenerspassen): ID-1 cards with the badge code as QR and readable text.

On A4 the cards touch in a 2 × 5 grid with crop marks in the margin, so one straight cut
serves two cards; ``paper="card"`` makes one page per card for a card printer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from lendingdesk.documents.card import (
    CardFrame,
    CardPlan,
    PlacedText,
    TextBlock,
    card_frame,
    draw_card,
    plan_card,
    plan_header,
)
from lendingdesk.documents.fonts import SANS, SANS_BOLD, register_fonts
from lendingdesk.documents.model import BadgeOptions, BadgeSpec, resolve_lang
from lendingdesk.documents.output import Out, RenderResult, new_canvas
from lendingdesk.documents.sheets import check_run, draw_crop_marks, draw_run
from lendingdesk.documents.templates import BADGE_PAPERS, LabelTemplate
from lendingdesk.documents.textfit import TextStyle
from lendingdesk.documents.texts import word
from lendingdesk.translation import translate

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

HEADER_MM = 10.0
# Badges hang on a lanyard and are scanned from further away: larger modules than labels.
BADGE_MODULE_MM = 1.25
ORGANISATION_STYLE = TextStyle(SANS_BOLD, max_size=9, min_size=6)
TITLE_STYLE = TextStyle(SANS, max_size=6.5, min_size=5)
NAME_STYLE = TextStyle(SANS_BOLD, max_size=14, min_size=7, max_lines=2)
TEAM_STYLE = TextStyle(SANS, max_size=9.5, min_size=6, max_lines=2)
CODE_STYLE = TextStyle(SANS_BOLD, max_size=11, min_size=7, may_truncate=False)


@dataclass(frozen=True, slots=True)
class _Badge:
    plan: CardPlan
    header: tuple[PlacedText, ...]


def render_badges(
    specs: Sequence[BadgeSpec], out: Out, options: BadgeOptions | None = None
) -> RenderResult:
    """Write a PDF with one card per borrower badge."""
    options = options or BadgeOptions()
    lang = resolve_lang(options.lang)
    template = BADGE_PAPERS[options.paper]
    check_run(len(specs), template, options.start_position, translate("documents.badges", "badges"))
    register_fonts()
    frame = _frame(template, options)
    badges = [_plan_badge(frame, spec, word("badge_title", lang), options) for spec in specs]
    canvas = new_canvas(out, template.page_w, template.page_h, title=word("badge_title", lang))

    def draw(c: Canvas, x: float, y: float, badge: _Badge) -> None:
        draw_card(c, x, y, badge.plan, frame, badge.header)
        # A hairline under the header separates organisation from holder.
        assert frame.header is not None
        c.saveState()
        c.setLineWidth(0.4)
        c.setStrokeGray(0.35)
        rule_y = y + frame.header.y - 0.5
        c.line(x + frame.header.x, rule_y, x + frame.header.x + frame.header.w, rule_y)
        c.restoreState()

    decorate = partial(draw_crop_marks, template=template) if template.kind == "sheet" else None
    pages = draw_run(canvas, template, badges, options.start_position, draw, decorate)
    canvas.save()
    return RenderResult(pages=pages, count=len(badges))


def _frame(template: LabelTemplate, options: BadgeOptions) -> CardFrame:
    return card_frame(
        template.label_w,
        template.label_h,
        template.inset,
        barcode=options.show_barcode,
        header_mm=HEADER_MM,
        max_module_mm=BADGE_MODULE_MM,
    )


def _plan_badge(frame: CardFrame, spec: BadgeSpec, title: str, options: BadgeOptions) -> _Badge:
    blocks = [
        TextBlock(spec.name, NAME_STYLE, grows=True),
        TextBlock(spec.team, TEAM_STYLE),
        TextBlock(spec.badge, CODE_STYLE, at_bottom=True),
    ]
    plan = plan_card(
        frame, spec.badge, blocks, barcode_text=spec.badge if options.show_barcode else None
    )
    header = plan_header(
        frame, [TextBlock(spec.organisation, ORGANISATION_STYLE), TextBlock(title, TITLE_STYLE)]
    )
    return _Badge(plan, header)
