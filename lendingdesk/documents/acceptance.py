"""The record of an acceptance of the loan conditions (A4): who, when, at which desk, which
version of the conditions, which items, the three texts as accepted, and the signature (or
that it was accepted by ticking on the screen, or agreed to aloud at a staffed desk and recorded
by the ambassador). Kept with the loans and printable."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from html import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lendingdesk.documents.fonts import SANS, SANS_BOLD, register_fonts
from lendingdesk.documents.model import resolve_lang
from lendingdesk.documents.output import binary_streams, make_canvas
from lendingdesk.documents.templates import A4
from lendingdesk.documents.texts import format_date, format_datetime, word
from lendingdesk.documents.units import MM

MARGIN_MM = 18.0
SIGNATURE_BOX_MM = (90.0, 32.0)


@dataclass(frozen=True)
class AcceptedItem:
    tag: str
    product: str
    due_on: date


@dataclass(frozen=True)
class AcceptanceData:
    borrower_name: str
    borrower_badge: str
    desk: str
    accepted_at: datetime  # local time, as shown
    conditions_version: int
    use_text: str
    hygiene_text: str
    privacy_text: str
    items: tuple[AcceptedItem, ...]
    method: str  # tick / signature
    signature_png: bytes | None = None
    witness: str | None = None  # at a staffed desk: the ambassador who recorded it


def _paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    return [Paragraph(escape(part), style) for part in text.split("\n") if part.strip()]


def render_acceptance(data: AcceptanceData, lang: str = "nl") -> bytes:
    """The acceptance as a PDF (bytes)."""
    language = resolve_lang(lang)
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13.5, spaceAfter=3)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12)
    heading = ParagraphStyle("h", fontName=SANS_BOLD, fontSize=12, leading=15, spaceBefore=8)
    title = ParagraphStyle("t", fontName=SANS_BOLD, fontSize=17, leading=21, spaceAfter=6)
    width = (A4[0] - 2 * MARGIN_MM) * MM

    version = (
        word("conditions_builtin", language)
        if data.conditions_version == 0
        else str(data.conditions_version)
    )
    facts = [
        (word("borrower", language), f"{data.borrower_name} ({data.borrower_badge})"),
        (word("desk", language), data.desk),
        (word("accepted_on", language), format_datetime(data.accepted_at, language)),
        (word("conditions_version", language), version),
    ]
    fact_table = Table(
        [[Paragraph(escape(k), small), Paragraph(escape(v), body)] for k, v in facts],
        colWidths=[42 * MM, width - 42 * MM],
        hAlign="LEFT",
    )
    fact_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    rows = [
        [
            Paragraph(f"<b>{word('tag', language)}</b>", small),
            Paragraph(f"<b>{word('product', language)}</b>", small),
            Paragraph(f"<b>{word('due', language)}</b>", small),
        ]
    ]
    for item in data.items:
        rows.append(
            [
                Paragraph(escape(item.tag), body),
                Paragraph(escape(item.product), body),
                Paragraph(escape(format_date(item.due_on, language)), body),
            ]
        )
    items = Table(rows, colWidths=[32 * MM, width - 82 * MM, 50 * MM], hAlign="LEFT")
    items.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, "#999999"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        Paragraph(escape(word("acceptance_title", language)), title),
        fact_table,
        Paragraph(escape(word("items", language)), heading),
        items,
    ]
    for key, text in (
        ("use_conditions", data.use_text),
        ("hygiene_instruction", data.hygiene_text),
        ("privacy_notice", data.privacy_text),
    ):
        story.append(Paragraph(escape(word(key, language)), heading))
        story += _paragraphs(text, body)
    signed = data.method == "signature" and data.signature_png
    story.append(
        Paragraph(escape(word("signature" if signed else "acceptance", language)), heading)
    )
    if data.method == "signature" and data.signature_png:
        box_w, box_h = (v * MM for v in SIGNATURE_BOX_MM)
        from reportlab.lib.utils import ImageReader

        pixels_w, pixels_h = ImageReader(io.BytesIO(data.signature_png)).getSize()
        draw_w, draw_h = _fit(pixels_w, pixels_h, box_w, box_h)
        image = Image(io.BytesIO(data.signature_png), width=draw_w, height=draw_h)
        framed = Table([[image]], colWidths=[box_w], rowHeights=[box_h], hAlign="LEFT")
        framed.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, "#666666"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        signed = (
            word("accepted_signed_staffed", language).format(witness=data.witness)
            if data.witness
            else word("accepted_signed", language)
        )
        story += [framed, Spacer(1, 2 * MM), Paragraph(escape(signed), small)]
    elif data.witness:
        confirmed = word("accepted_confirmed", language).format(witness=data.witness)
        story.append(Paragraph(escape(confirmed), body))
    else:
        story.append(Paragraph(escape(word("accepted_ticked", language)), body))

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=(A4[0] * MM, A4[1] * MM),
        leftMargin=MARGIN_MM * MM,
        rightMargin=MARGIN_MM * MM,
        topMargin=MARGIN_MM * MM,
        bottomMargin=MARGIN_MM * MM,
        title=word("acceptance_title", language),
        author="LendingDesk",
        creator="LendingDesk",
    )
    binary_streams()
    doc.build(story, canvasmaker=make_canvas)
    return out.getvalue()


def _fit(w: float, h: float, box_w: float, box_h: float) -> tuple[float, float]:
    """``w``×``h`` scaled to fit inside the box (a little inside its border)."""
    scale = min((box_w - 4) / max(w, 1), (box_h - 4) / max(h, 1))
    return w * scale, h * scale
