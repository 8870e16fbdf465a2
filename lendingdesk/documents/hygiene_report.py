"""The hygiene report for quality audits (issue 16 §1–2): per period and location, the cleanings
and their methods, disinfections, device resets, second checks, and the deviations (returns from
isolation, rejected second checks, late sign-offs, items not signed off or lent unsigned).

A4 landscape, the reports' embedded fonts and palette (report_style). The data is built by
services/hygiene_report.py; the CSV next to it has the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from lendingdesk.documents.output import Out
from lendingdesk.translation import Message, translate

# Printed words: catalogue texts (context "Report", Dutch in resources/translations/texts_nl.ts).
TEXTS: dict[str, Message] = {
    "title": translate("Report", "Hygiene report"),
    "kicker": translate("Report", "Cleaning, disinfection and device reset between users"),
    "period": translate("Report", "Period {start} to {end}"),
    "all_locations": translate("Report", "all locations"),
    "made": translate("Report", "Made on {at}"),
    "summary": translate("Report", "Summary"),
    "returns": translate("Report", "Returns"),
    "signoffs": translate("Report", "Sign-offs"),
    "cleanings": translate("Report", "Cleanings"),
    "disinfections": translate("Report", "Disinfections"),
    "resets": translate("Report", "Device resets"),
    "isolation": translate("Report", "Returns from isolation"),
    "checks": translate("Report", "Second checks"),
    "checks_note": translate(
        "Report", "{approved} approved, {refused} rejected, {waiting} waiting"
    ),
    "deviations": translate("Report", "Deviations"),
    "no_deviations": translate("Report", "No deviations in this period."),
    "signoff_list": translate("Report", "Sign-offs"),
    "no_signoffs": translate("Report", "No sign-offs in this period."),
    "col_at": translate("Report", "Date and time"),
    "col_tag": translate("Report", "Label"),
    "col_product": translate("Report", "Product"),
    "col_parts": translate("Report", "What"),
    "col_agent": translate("Report", "Agent"),
    "col_by": translate("Report", "By"),
    "col_check": translate("Report", "Second check"),
    "col_kind": translate("Report", "Kind"),
    "col_detail": translate("Report", "Detail"),
    "footer": translate("Report", "LendingDesk – hygiene report {place}"),
    "waiting": translate("Report", "waiting for {span}"),
    "left": translate("Report", "still to do: {parts}"),
    "after": translate("Report", "{span} after the return"),
    "late_note": translate("Report", "Late: signed off more than {hours} hours after the return."),
    "hours": translate("Report", "{hours} hours"),
    "days": translate("Report", "{days} days"),
}

PARTS: dict[str, Message] = {
    "clean": translate("Report", "cleaning"),
    "disinfect": translate("Report", "disinfection"),
    "reset": translate("Report", "reset"),
    "second_check": translate("Report", "second check"),
}

CHECKS: dict[str, Message] = {
    "asked": translate("Report", "asked, waiting"),
    "approved": translate("Report", "approved: {by}"),
    "refused": translate("Report", "rejected: {by}"),
}

KINDS: dict[str, Message] = {
    "isolation": translate("Report", "return from isolation / BRMO"),
    "check_refused": translate("Report", "second check rejected"),
    "late": translate("Report", "signed off late"),
    "not_signed_off": translate("Report", "not signed off"),
    "out_unsigned": translate("Report", "lent without a sign-off"),
}


def text(key: str, lang: str, **values: object) -> str:
    return TEXTS[key].format(**values).render(lang)


def word(table: dict[str, Message], key: str, lang: str) -> str:
    found = table.get(key)
    return found.render(lang) if found is not None else key


@dataclass(frozen=True)
class SignOffLine:
    at: datetime  # local time
    tag: str
    product: str
    location: str
    parts: tuple[str, ...]
    method: str
    agent: str
    by: str
    isolation: bool
    steps: int
    second_check: str  # "" / asked / approved / refused
    second_by: str
    second_note: str

    def parts_text(self, lang: str) -> str:
        return ", ".join(word(PARTS, p, lang) for p in self.parts)

    def check_text(self, lang: str) -> str:
        if not self.second_check:
            return ""
        return word(CHECKS, self.second_check, lang).format(by=self.second_by)


@dataclass(frozen=True)
class Deviation:
    at: datetime | None  # local time
    tag: str
    product: str
    kind: str  # a key of KINDS
    detail: str
    hours: float | None = None  # how long after the return (late) or waiting (not signed off)
    parts: tuple[str, ...] = ()  # what is still to do, when part was signed off

    def kind_text(self, lang: str) -> str:
        return word(KINDS, self.kind, lang)

    def detail_text(self, lang: str) -> str:
        if self.hours is None:
            return self.detail
        if self.hours < 72:
            span = text("hours", lang, hours=f"{self.hours:.0f}")
        else:
            days = self.hours / 24
            span = text("days", lang, days=f"{days:.0f}")
        key = "waiting" if self.kind == "not_signed_off" else "after"
        said = text(key, lang, span=span) + (f" – {self.detail}" if self.detail else "")
        if self.parts:
            left = ", ".join(word(PARTS, p, lang) for p in self.parts)
            said += " – " + text("left", lang, parts=left)
        return said


@dataclass(frozen=True)
class HygieneReportData:
    start: date
    end: date
    location: str  # "" = all locations
    made_at: datetime
    late_hours: int
    returns: int
    lines: tuple[SignOffLine, ...]
    deviations: tuple[Deviation, ...]

    def count(self, part: str) -> int:
        return sum(1 for line in self.lines if part in line.parts)

    def checks(self, state: str) -> int:
        return sum(1 for line in self.lines if line.second_check == state)

    @property
    def isolation_returns(self) -> int:
        return sum(1 for d in self.deviations if d.kind == "isolation")


def _when(moment: datetime | None) -> str:
    return moment.strftime("%d-%m-%Y %H:%M") if moment else ""


def render_hygiene_report(data: HygieneReportData, out: Out, *, lang: str = "nl") -> int:
    """Write the report as a PDF; returns the number of pages."""
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from lendingdesk.documents.report_page import build_report, content_width
    from lendingdesk.documents.report_style import FONT, RULE, TILE, ZEBRA, para, styles

    lang = "nl" if lang.startswith("nl") else "en"
    st = styles()
    place = data.location or text("all_locations", lang)
    period = text(
        "period", lang, start=data.start.strftime("%d-%m-%Y"), end=data.end.strftime("%d-%m-%Y")
    )
    footer = text("footer", lang, place=place) + " · " + period

    def p(value: str, style: str = "cell") -> Any:
        return Paragraph(para(value), st[style])

    def table(rows: list[list[Any]], widths: list[float]) -> Any:
        t = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(rows), 2)]
        t.setStyle(TableStyle(commands))
        return t

    def heads(*keys: str) -> list[Any]:
        return [p(text(k, lang), "head") for k in keys]

    story: list[Any] = [
        p(text("kicker", lang), "kicker"),
        p(f"{text('title', lang)} – {place}", "title"),
        p(f"{period} · {text('made', lang, at=_when(data.made_at))}", "subtitle"),
        Spacer(0, 8),
    ]
    # Summary tiles: what was done, and how often a second person looked.
    tiles = [
        (text("returns", lang), data.returns, ""),
        (text("signoffs", lang), len(data.lines), ""),
        (text("cleanings", lang), data.count("clean"), ""),
        (text("disinfections", lang), data.count("disinfect"), ""),
        (text("resets", lang), data.count("reset"), ""),
        (text("isolation", lang), data.isolation_returns, ""),
        (
            text("checks", lang),
            data.checks("approved") + data.checks("refused") + data.checks("asked"),
            text(
                "checks_note",
                lang,
                approved=data.checks("approved"),
                refused=data.checks("refused"),
                waiting=data.checks("asked"),
            ),
        ),
    ]
    cells = [
        [p(label, "tile_label"), p(str(value), "tile_value"), p(note, "tile_note")]
        for label, value, note in tiles
    ]
    width = content_width(landscape=True)

    def columns(*fixed: float) -> list[float]:
        """Column widths in points, the last one taking what is left of the page's width."""
        return [*fixed, width - sum(fixed)]

    tile_w = width / len(cells)
    tile_table = Table([cells], colWidths=[tile_w] * len(cells), hAlign="LEFT")
    tile_table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TILE),
                ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
            ]
        )
    )
    story += [tile_table, Spacer(0, 10)]

    # Deviations first: what a quality audit asks about.
    story.append(p(text("deviations", lang), "h2"))
    if data.deviations:
        rows = [heads("col_at", "col_tag", "col_product", "col_kind", "col_detail")]
        rows += [
            [p(_when(d.at)), p(d.tag), p(d.product), p(d.kind_text(lang)), p(d.detail_text(lang))]
            for d in data.deviations
        ]
        story.append(table(rows, columns(88, 68, 150, 160)))
        story.append(p(text("late_note", lang, hours=data.late_hours), "small"))
    else:
        story.append(p(text("no_deviations", lang), "body"))
    story.append(Spacer(0, 10))

    story.append(p(text("signoff_list", lang), "h2"))
    if data.lines:
        rows = [
            heads(
                "col_at", "col_tag", "col_product", "col_parts", "col_agent", "col_by", "col_check"
            )
        ]
        rows += [
            [
                p(_when(line.at)),
                p(line.tag),
                p(line.product),
                p(line.parts_text(lang) + (" *" if line.isolation else "")),
                p(line.agent),
                p(line.by),
                p(line.check_text(lang)),
            ]
            for line in data.lines
        ]
        story.append(table(rows, columns(88, 68, 135, 146, 130, 68)))
    else:
        story.append(p(text("no_signoffs", lang), "body"))

    return build_report(
        story,
        out,
        title=f"{text('title', lang)} – {place}",
        footer=footer,
        lang=lang,
        landscape=True,
    )
