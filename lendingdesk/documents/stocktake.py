"""The stock-take report as PDF: where, when, by whom, the counts, and the five lists as found
(found, missing, wrong place with where each item is registered, on loan, unknown codes), plus
what was done about it. A4 portrait on the report page of documents/report_page.py; Dutch or English."""

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
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from lendingdesk.documents.report_page import build_report, content_width
    from lendingdesk.documents.report_style import FONT, RULE, TILE, ZEBRA, para, styles

    lang = "nl" if lang.startswith("nl") else "en"
    st = dict(styles())
    # A list's heading and its note never stand alone at the foot of a page.
    st["h2"] = ParagraphStyle("st-h2", parent=st["h2"], keepWithNext=1)
    st["note"] = ParagraphStyle("st-note", parent=st["small"], spaceAfter=4, keepWithNext=1)
    width = content_width()

    def p(text: str, style: str) -> Any:
        return Paragraph(para(text), st[style])

    story: list[Any] = [
        p(f"{word('title', lang)}: {report.location}", "title"),
        p(
            f"{word('when', lang)}: {format_date(report.at.date(), lang)} "
            f"{report.at:%H:%M}   ·   {word('by', lang)}: {report.by or '–'}",
            "subtitle",
        ),
        Spacer(1, 10),
    ]
    counts = [(word("scanned", lang), report.scanned)] + [
        (word(name, lang), len(report.lists.get(name, ()))) for name in CLASSES
    ]
    tiles = Table(
        [
            [p(label, "tile_label") for label, _ in counts],
            [p(str(value), "tile_value") for _, value in counts],
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
                ("FONTNAME", (0, 0), (-1, -1), FONT),
            ]
        )
    )
    story.append(tiles)
    story.append(Spacer(1, 8))
    if report.applied is None:
        story.append(p(word("not_applied", lang), "body"))
    else:
        story.append(p(word("applied", lang, **report.applied), "body"))

    for name in ("missing", "wrong_place", "on_loan", "unknown", "found"):
        rows = list(report.lists.get(name, ()))
        story.append(p(f"{word(name, lang)} ({len(rows)})", "h2"))
        if name == "missing" and rows:
            story.append(p(word("missing_note", lang), "note"))
        if not rows:
            story.append(p(word("none", lang), "small"))
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
            story.append(p(word("found_note", lang), "note"))
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
        data = [[p(h, "head") for h in header]]
        for row in rows:
            data.append([p(c or "–", "cell") for c in row[: len(header)]])
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

    return build_report(
        story,
        out,
        title=f"{word('title', lang)} {report.location}",
        footer=f"LendingDesk · {word('title', lang)} · {report.location}",
        lang=lang,
    )
