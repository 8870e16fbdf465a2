"""Loan slips (uitleenbon) at check-out and return receipts (innamebewijs) at check-in.

A4 and A5 are office printers; ``receipt80`` is an 80 mm thermal receipt roll, one page
as long as its content. Each item carries a QR code of its tag and the borrower's badge
is printed as a QR code too, so the slip itself can be scanned at the desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from lendingdesk.documents.errors import InvalidDocumentInput
from lendingdesk.documents.fonts import SANS, SANS_BOLD, register_fonts
from lendingdesk.documents.model import SlipData, SlipKind, SlipLine, resolve_lang
from lendingdesk.documents.output import Out, RenderResult, binary_streams, make_canvas, target
from lendingdesk.documents.symbols import MIN_MODULE_MM, QUIET_MODULES, draw_qr, qr_symbol
from lendingdesk.documents.templates import A4, A5
from lendingdesk.documents.textfit import TextStyle, fit_text
from lendingdesk.documents.texts import Lang, format_date, format_datetime, word
from lendingdesk.documents.units import MM
from lendingdesk.translation import translate

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

RECEIPT_WIDTH_MM = 80.0
# A slip is scanned flat on the desk, at arm's length: the smallest modules suffice.
SLIP_MODULE_MM = MIN_MODULE_MM
_SIGN_HEIGHT_MM = 14.0
_FRAME_PADDING = 6.0  # pt, SimpleDocTemplate's frame padding on every side


@dataclass(frozen=True, slots=True)
class _Paper:
    page_w: float  # mm
    page_h: float | None  # mm; None: as long as the content (receipt roll)
    margin: float  # mm
    font_size: float  # pt, body text

    @property
    def paged(self) -> bool:
        return self.page_h is not None


SLIP_PAPERS: dict[str, _Paper] = {
    "a4": _Paper(A4[0], A4[1], 16.0, 9.5),
    "a5": _Paper(A5[0], A5[1], 10.0, 8.0),
    "receipt80": _Paper(RECEIPT_WIDTH_MM, None, 4.0, 7.5),
}


class QRFlowable(Flowable):
    """A vector QR code at a fixed module size; its size includes the quiet zone."""

    def __init__(self, payload: str, module_mm: float = SLIP_MODULE_MM) -> None:
        super().__init__()
        self.symbol = qr_symbol(payload)
        self.module = module_mm * MM
        self.side = self.module * (self.symbol.modules_w + 2 * QUIET_MODULES)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        draw_qr(self.canv, self.symbol, 0, self.side, self.module)


class _OneLine(Flowable):
    """A text that must stay on one line (an address to type): shrunk to the width it gets."""

    def __init__(self, text: str, font: str, size: float) -> None:
        super().__init__()
        self.text, self.font, self.size = text, font, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        natural = stringWidth(self.text, self.font, self.size)
        if natural > avail_width:
            self.size *= avail_width / natural
        return avail_width, self.size * 1.35

    def draw(self) -> None:
        self.canv.setFont(self.font, self.size)
        self.canv.drawString(0, self.size * 0.35, self.text)


@dataclass(frozen=True, slots=True)
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    item: ParagraphStyle


def _styles(size: float) -> _Styles:
    body = ParagraphStyle("body", fontName=SANS, fontSize=size, leading=size * 1.25)
    bold = ParagraphStyle("bold", body, fontName=SANS_BOLD)
    return _Styles(
        body=body,
        small=ParagraphStyle("small", body, fontSize=size * 0.85, leading=size * 1.05),
        title=ParagraphStyle("title", bold, fontSize=size * 1.7, leading=size * 2.0),
        heading=ParagraphStyle(
            "heading",
            bold,
            fontSize=size * 1.1,
            leading=size * 1.4,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.3,
        ),
        item=ParagraphStyle("item", bold, fontSize=size * 1.15, leading=size * 1.4),
    )


def render_slip(data: SlipData, out: Out, paper: str = "a4", lang: str = "nl") -> RenderResult:
    """Write the loan slip or return receipt of ``data`` on ``paper`` (a4, a5, receipt80)."""
    spec = SLIP_PAPERS.get(paper)
    if spec is None:
        raise InvalidDocumentInput(
            translate("documents.slips", "Unknown paper '{paper}': choose {slip_papers}.").format(
                paper=paper, slip_papers=", ".join(SLIP_PAPERS)
            ),
        )
    language = resolve_lang(lang)
    register_fonts()
    styles = _styles(spec.font_size)
    width = (spec.page_w - 2 * spec.margin) * MM
    story = _story(data, language, styles, width, spec)
    footer_h = _footer_height(spec)
    if spec.page_h is not None:
        page_h = spec.page_h * MM
    else:
        page_h = _content_height(story, width) + 2 * spec.margin * MM
    doc = SimpleDocTemplate(
        target(out),
        pagesize=(spec.page_w * MM, page_h),
        leftMargin=spec.margin * MM,
        rightMargin=spec.margin * MM,
        topMargin=spec.margin * MM,
        bottomMargin=spec.margin * MM + footer_h,
        title=_title(data, language),
        author="LendingDesk",
        creator="LendingDesk",
    )

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        if spec.paged:
            _footer(canvas, doc.page, data, language, spec)

    binary_streams()
    doc.build(story, onFirstPage=footer, onLaterPages=footer, canvasmaker=make_canvas)
    return RenderResult(pages=doc.page, count=len(data.lines))


def _title(data: SlipData, lang: Lang) -> str:
    return word("checkout_title" if data.kind is SlipKind.CHECKOUT else "return_title", lang)


def _frame_height(spec: _Paper) -> float:
    """The height of a paged slip's text area (the page less its margins and the footer)."""
    assert spec.page_h is not None
    return (spec.page_h - 2 * spec.margin) * MM - _footer_height(spec)


def _footer_height(spec: _Paper) -> float:
    return spec.font_size * 2.4 if spec.paged else 0.0


def _content_height(story: list[Flowable], width: float) -> float:
    """The height the story takes in one column: the length of a receipt."""
    total = 0.0
    for flowable in story:
        _, h = flowable.wrap(width, 1e6)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total + 6 * MM  # slack for platypus' own rounding, so nothing spills over


def _story(data: SlipData, lang: Lang, st: _Styles, width: float, spec: _Paper) -> list[Flowable]:
    checkout = data.kind is SlipKind.CHECKOUT
    story: list[Flowable] = [
        Paragraph(escape(data.desk_name), st.heading),
        Paragraph(_title(data, lang), st.title),
        Paragraph(_facts(data, lang), st.body),
        Spacer(1, 3 * MM),
        _borrower(data, lang, st),
        Paragraph(word("items", lang), st.heading),
    ]
    # One table row per item: platypus never splits a row over two pages.
    today = data.issued_at.date()
    items = [_item(line, data.kind, lang, st, width, today) for line in data.lines]
    # The last item, the terms and the signatures stay on one page: a borrower never signs a
    # page that shows no item, and no page holds only the signature lines.
    closing: list[Flowable] = [items.pop()]
    if data.notes:
        closing.append(Paragraph(f"<b>{word('notes', lang)}:</b> {escape(data.notes)}", st.body))
    terms = word("terms_checkout" if checkout else "terms_return", lang)
    closing += [Spacer(1, 3 * MM), Paragraph(terms, st.small)]
    if data.review_invitation:
        closing += [Spacer(1, 3 * MM), _boxed(Paragraph(escape(data.review_invitation), st.body))]
    if data.conditions_accepted is not None:
        version, when, how = data.conditions_accepted
        note = word("conditions_accepted", lang).format(
            version=version,
            when=format_datetime(when, lang),
            how=word(f"conditions_{how}", lang),
        )
        closing += [Spacer(1, 3 * MM), _boxed(Paragraph(escape(note), st.body))]
    if data.review_links:
        closing += [Spacer(1, 3 * MM), _review_links(data, lang, st, width)]
    closing += [Spacer(1, 5 * MM), _signatures(lang, st, width, side_by_side=spec.paged)]
    # (A receipt is one page as long as its content: nothing to keep together there.)
    if not spec.paged:
        story += [*items, *closing]
    elif _content_height(closing, width) > _frame_height(spec):
        # The last item is taller than a page (a long cleaning protocol): kept together with
        # the signatures it would start on a page of its own, leaving the page before with a
        # heading and no item. It flows on from where it is; the rest stays together after it,
        # naming the items signed for (it may land on a page of its own).
        tags = ", ".join(line.tag for line in data.lines)
        signed_for = Paragraph(escape(word("signed_for", lang, tags=tags)), st.body)
        story += [*items, closing[0], KeepTogether([signed_for, *closing[1:]])]
    else:
        story += [*items, KeepTogether(closing)]
    if not spec.paged:  # a receipt has no page footer: the desk's contact closes it
        story += [Spacer(1, 3 * MM), Paragraph(escape(_contact_line(data, lang)), st.small)]
    return story


def _facts(data: SlipData, lang: Lang) -> str:
    # The internal loan numbers stay off: they mean nothing to the borrower, and each item's
    # own dates are on its line.
    return f"{word('issued_at', lang)}: {format_datetime(data.issued_at, lang)}"


def _borrower(data: SlipData, lang: Lang, st: _Styles) -> Flowable:
    text = f"<b>{word('borrower', lang)}:</b> {escape(data.borrower_name)}"
    if data.borrower_team:
        text += f"<br/><b>{word('team', lang)}:</b> {escape(data.borrower_team)}"
    if not data.borrower_badge:
        return Paragraph(text, st.body)
    text += f"<br/><b>{word('badge', lang)}:</b> {data.borrower_badge}"
    qr = QRFlowable(data.borrower_badge)
    return _grid([[qr, Paragraph(text, st.body)]], [qr.side + 2 * MM, None])


def _item(
    line: SlipLine, kind: SlipKind, lang: Lang, st: _Styles, width: float, today: date
) -> Flowable:
    qr = QRFlowable(line.tag)
    text = [
        Paragraph(f"{line.tag} · {escape(line.product)}", st.item),
        *(Paragraph(row, st.body) for row in _item_rows(line, kind, lang, today)),
    ]
    # splitInRow: an item taller than a page (a long cleaning protocol) goes on over the next
    # page instead of failing the whole slip.
    row = _grid([[qr, text]], [qr.side + 2 * MM, width - qr.side - 2 * MM], split_in_row=True)
    row.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#999999"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * MM),
                ("TOPPADDING", (0, 0), (-1, -1), 1 * MM),
            ]
        )
    )
    return row


def _item_rows(line: SlipLine, kind: SlipKind, lang: Lang, today: date) -> list[str]:
    def row(key: str, value: str) -> str:
        return f"<b>{word(key, lang)}:</b> {escape(value)}"

    def listed(values: tuple[str, ...]) -> str:
        return ", ".join(values) if values else word("none", lang)

    rows = []
    if line.lent_on:
        rows.append(row("lent_on", format_date(line.lent_on, lang)))
    if kind is SlipKind.CHECKOUT:
        if line.due:
            due = format_date(line.due, lang)
            if line.due < today:  # a reprint of a slip for a loan that is overdue now
                rows.append(f"<b>{word('due', lang)}: {escape(due)} — {word('overdue', lang)}</b>")
            else:
                rows.append(row("due", due))
        rows.append(row("accessories_out", listed(line.accessories)))
        if line.not_included:
            rows.append(row("not_included", ", ".join(line.not_included)))
        if line.care_instructions:
            rows.append(row("care", line.care_instructions))
        return rows
    if line.returned_on:
        back = format_date(line.returned_on, lang)
        if line.due and line.returned_on > line.due:
            late = word("late_return", lang, due=format_date(line.due, lang))
            rows.append(f"<b>{word('returned_on', lang)}: {escape(back)} — {escape(late)}</b>")
        else:
            rows.append(row("returned_on", back))
    if line.condition_in:
        rows.append(row("condition_in", line.condition_in))
    if line.accessories_returned:
        rows.append(row("accessories_back", ", ".join(line.accessories_returned)))
    rows.append(row("missing", listed(line.missing_accessories)))
    if line.damage:
        rows.append(row("damage", line.damage))
    return rows


def _signatures(lang: Lang, st: _Styles, width: float, *, side_by_side: bool) -> Flowable:
    """Two signature fields: a caption, room to sign, a line, "name and date" under it."""

    def field(key: str, w: float) -> Table:
        rows = [
            [Paragraph(f"<b>{word(key, lang)}</b>", st.body)],
            [""],
            [Paragraph(word("name_date", lang), st.small)],
        ]
        table = Table(rows, colWidths=[w], rowHeights=[None, _SIGN_HEIGHT_MM * MM, None])
        table.setStyle(
            TableStyle(
                [
                    *_NO_PADDING,
                    ("LINEBELOW", (0, 1), (0, 1), 0.6, "black"),
                    ("TOPPADDING", (0, 2), (0, 2), 1),
                ]
            )
        )
        return table

    if side_by_side:
        gap = 8 * MM
        half = (width - gap) / 2
        return _grid(
            [[field("sign_borrower", half), "", field("sign_desk", half)]], [half, gap, half]
        )
    return _grid(
        [[field("sign_borrower", width)], [Spacer(1, 4 * MM)], [field("sign_desk", width)]],
        [width],
    )


_NO_PADDING = [
    # Plain-string cells would otherwise fall back to (unembedded) Helvetica.
    ("FONTNAME", (0, 0), (-1, -1), SANS),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _review_links(data: SlipData, lang: Lang, st: _Styles, width: float) -> Flowable:
    """Per returned product its one-time review link: a QR code for the phone's camera, and
    the address on one line (shrunk to fit) to type when scanning is not possible."""
    pad = 2 * MM
    inner = width - 2 * pad
    rows: list[list[object]] = [[Paragraph(word("review_phone_title", lang), st.item), ""]]
    styles: list[tuple[object, ...]] = [("SPAN", (0, 0), (-1, 0))]
    qrs = [QRFlowable(link.url) for link in data.review_links]
    qr_width = max(qr.side for qr in qrs) + pad
    for link, qr in zip(data.review_links, qrs, strict=True):
        text = word("review_phone", lang).format(
            product=f"<b>{escape(link.product)}</b>", date=format_date(link.expires, lang)
        )
        rows.append([qr, Paragraph(text, st.body)])
        rows.append([_OneLine(link.url, SANS_BOLD, st.body.fontSize * 1.1), ""])
        styles += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1))]
    table = Table(rows, colWidths=[qr_width, inner - qr_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *_NO_PADDING,
                *styles,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * MM),
                ("BOX", (0, 0), (-1, -1), 0.8, "black"),
                ("LEFTPADDING", (0, 0), (0, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, 0), pad),
            ]
        )
    )
    return table


def _grid(
    rows: list[list[object]], widths: list[float | None], *, split_in_row: bool = False
) -> Table:
    """A layout table: cells side by side, no padding, no lines."""
    table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=int(split_in_row))
    table.setStyle(TableStyle(_NO_PADDING))
    return table


def _boxed(flowable: Flowable) -> Table:
    table = Table([[flowable]], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *_NO_PADDING,
                ("BOX", (0, 0), (-1, -1), 0.8, "black"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * MM),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * MM),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * MM),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * MM),
            ]
        )
    )
    return table


def _contact_line(data: SlipData, lang: Lang) -> str:
    parts = [data.desk_name]
    if data.desk_contact:
        parts.append(f"{word('contact', lang)}: {data.desk_contact}")
    return " · ".join(parts)


def _footer(canvas: Canvas, page: int, data: SlipData, lang: Lang, spec: _Paper) -> None:
    """Desk and contact (up to two lines, shrunk to fit) and the page number."""
    size = spec.font_size * 0.8
    # Flush with the text above, which platypus' frame indents by its padding.
    left = spec.margin * MM + _FRAME_PADDING
    right = (spec.page_w - spec.margin) * MM - _FRAME_PADDING
    bottom = spec.margin * MM
    page_text = f"{word('page', lang)} {page}"
    room = right - left - stringWidth(page_text, SANS, size) - 4 * MM
    style = TextStyle(SANS, max_size=size, min_size=size * 0.8, max_lines=2)
    fitted = fit_text(_contact_line(data, lang), style, room, spec.font_size * 2.2)
    canvas.saveState()
    canvas.setFont(SANS, size)
    canvas.drawRightString(right, bottom, page_text)
    canvas.setFont(SANS, fitted.size)
    baseline = bottom + (len(fitted.lines) - 1) * fitted.line_pitch
    for line in fitted.lines:
        canvas.drawString(left, baseline, line)
        baseline -= fitted.line_pitch
    canvas.restoreState()
