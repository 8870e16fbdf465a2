"""The stock-take report as PDF: where, when, by whom, the counts, and the five lists as found
(found, missing, wrong place with where each item is registered, on loan, unknown codes), plus
what was done about it. A4 portrait, embedded fonts, page numbers; Dutch or English."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from lendingdesk.dates import format_date
from lendingdesk.domain.stocktake import CLASSES
from lendingdesk.translation import Message, translate

Output = str | Path | IO[bytes]

# Printed words: catalogue texts (context "Report", Dutch in resources/translations/texts_nl.ts).
WORDS: dict[str, Message] = {
    "title": translate("Report", "Stock-take"),
    "where": translate("Report", "Location"),
    "when": translate("Report", "Date"),
    "by": translate("Report", "Done by"),
    "scanned": translate("Report", "Scanned"),
    "found": translate("Report", "Found"),
    "missing": translate("Report", "Missing"),
    "wrong_place": translate("Report", "Wrong place"),
    "on_loan": translate("Report", "Registered as on loan"),
    "unknown": translate("Report", "Unknown"),
    "code": translate("Report", "Code"),
    "scanned_as": translate("Report", "Scanned as"),
    "count": translate("Report", "Count"),
    "found_note": translate(
        "Report", "In their place, counted per product; every code is in the CSV export."
    ),
    "product": translate("Report", "Product"),
    "registered": translate("Report", "Registered at"),
    "none": translate("Report", "None."),
    "applied": translate(
        "Report",
        "Applied: {moved} moved here, {checked_in} checked in (to cleaning), {found_again} no longer lost.",
    ),
    "not_applied": translate("Report", "Recorded only; nothing was moved or checked in."),
    "page": translate("Report", "Page {n}"),
    "missing_note": translate(
        "Report",
        "Missing: registered here and not on loan, lost or retired, but not scanned. Look for them, or report them lost.",
    ),
    "list": translate("Report", "List"),
}


def word(key: str, lang: str, **values: object) -> str:
    return WORDS[key].format(**values).render(lang)


@dataclass(frozen=True)
class StocktakeReport:
    """A saved stock-take, as plain data for the report."""

    location: str
    at: datetime  # local time
    by: str | None
    scanned: int
    lists: dict[str, Sequence[tuple[str, str, str]]]  # class -> (code, product, registered)
    applied: dict[str, int] | None  # moved / checked_in / found_again counts, None: not applied


def render_stocktake(report: StocktakeReport, out: Output, *, lang: str = "nl") -> int:
    """Write the report; returns the number of pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from lendingdesk.documents.fonts import register_fonts
    from lendingdesk.documents.output import binary_streams
    from lendingdesk.documents.report_style import (
        ACCENT,
        FONT,
        FONT_BOLD,
        INK,
        MUTED,
        RULE,
        TILE,
        ZEBRA,
        para,
        printable,
    )

    register_fonts()
    binary_streams()
    lang = "nl" if lang.startswith("nl") else "en"
    base = ParagraphStyle("st", fontName=FONT, fontSize=9, leading=12, textColor=INK)
    title = ParagraphStyle("st-title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=24)
    muted = ParagraphStyle("st-muted", parent=base, textColor=MUTED, fontSize=8.5)
    head = ParagraphStyle(
        "st-h2",
        parent=base,
        fontName=FONT_BOLD,
        fontSize=12,
        leading=15,
        textColor=ACCENT,
        spaceAfter=4,
        keepWithNext=1,  # never a heading alone at the foot of a page
    )
    note = ParagraphStyle("st-note", parent=muted, spaceAfter=4, keepWithNext=1)
    cell_bold = ParagraphStyle("st-cell-b", parent=base, fontName=FONT_BOLD)
    width = A4[0] - 2 * 48

    story: list[Any] = [
        Paragraph(para(f"{word('title', lang)}: {report.location}"), title),
        Spacer(1, 4),
        Paragraph(
            para(
                f"{word('when', lang)}: {format_date(report.at.date(), lang)} "
                f"{report.at:%H:%M}   ·   {word('by', lang)}: {report.by or '–'}"
            ),
            muted,
        ),
        Spacer(1, 10),
    ]
    counts = [(word("scanned", lang), report.scanned)] + [
        (word(name, lang), len(report.lists.get(name, ()))) for name in CLASSES
    ]
    tiles = Table(
        [
            [Paragraph(para(label), muted) for label, _ in counts],
            [
                Paragraph(
                    str(value), ParagraphStyle("n", parent=cell_bold, fontSize=16, leading=20)
                )
                for _, value in counts
            ],
        ],
        colWidths=[width / len(counts)] * len(counts),
        hAlign="LEFT",
    )
    tiles.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TILE),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story.append(tiles)
    story.append(Spacer(1, 8))
    if report.applied is None:
        story.append(Paragraph(para(word("not_applied", lang)), base))
    else:
        story.append(Paragraph(para(word("applied", lang, **report.applied)), base))

    for name in ("missing", "wrong_place", "on_loan", "unknown", "found"):
        rows = list(report.lists.get(name, ()))
        story.append(Spacer(1, 12))
        story.append(Paragraph(para(f"{word(name, lang)} ({len(rows)})"), head))
        if name == "missing" and rows:
            story.append(Paragraph(para(word("missing_note", lang)), note))
        if not rows:
            story.append(Paragraph(para(word("none", lang)), muted))
            continue
        if name == "found":  # in their place: how many of each product (every code: CSV)
            counted: dict[str, int] = {}
            for _code, product, _place in rows:
                counted[product] = counted.get(product, 0) + 1
            rows = [(product, str(n), "") for product, n in sorted(counted.items())]
            header, widths = (
                [word("product", lang), word("count", lang)],
                [0.8 * width, 0.2 * width],
            )
            story.append(Paragraph(para(word("found_note", lang)), note))
        elif name == "unknown":  # no item: only what the scanner typed
            header, widths = [word("scanned_as", lang)], [width]
        elif name == "wrong_place":
            header = [word("code", lang), word("product", lang), word("registered", lang)]
            widths = [0.2 * width, 0.4 * width, 0.4 * width]
        else:
            header, widths = (
                [word("code", lang), word("product", lang)],
                [0.22 * width, 0.78 * width],
            )
        data = [[Paragraph(para(h), cell_bold) for h in header]]
        for row in rows:
            data.append([Paragraph(para(c or "–"), base) for c in row[: len(header)]])
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(data), 2)]
        table.setStyle(TableStyle(style))
        story.append(table)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            48, 28, printable(f"LendingDesk · {word('title', lang)} · {report.location}")[:110]
        )
        canvas.drawRightString(A4[0] - 48, 28, word("page", lang, n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out if isinstance(out, str) or hasattr(out, "write") else str(out),
        pagesize=A4,
        leftMargin=48,
        rightMargin=48,
        topMargin=44,
        bottomMargin=50,
        title=printable(f"{word('title', lang)} {report.location}"),
        author="LendingDesk",
        creator="LendingDesk",
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return int(doc.page)
