"""Vector charts for the review reports, drawn with reportlab graphics (no raster images).

Charts know no language and no number format: callers hand in finished strings, so the same
drawing serves the Dutch and the English report.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from lendingdesk.documents.report_style import (
    ACCENT,
    EFFECT_COLOURS,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    NOT_APPLICABLE_COLOUR,
    RULE,
    ZONE_COLOURS,
    printable,
    register_fonts,
)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap for chart labels (Paragraph is not available inside a Drawing)."""
    lines: list[str] = []
    for word in printable(text).split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _label(
    x: float,
    y: float,
    text: str,
    *,
    size: float,
    font: str = FONT,
    colour: colors.Color = MUTED,
    anchor: str = "start",
) -> String:
    """A chart label in the embedded font; text the font cannot draw is cleaned first."""
    return String(
        x, y, printable(text), fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor
    )


# --------------------------------------------------------------------------- radar


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose renderer starts in the embedded font (reportlab's default: Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    return drawing


@dataclass(frozen=True, slots=True)
class RadarPoint:
    label: str
    value: float | None  # on the −2 … +2 effect scale; None = no published value
    note: str = ""  # e.g. "+0,8 · n 12"


def radar_chart(
    points: Sequence[RadarPoint],
    *,
    width: float = 270,
    height: float = 230,
    ring_labels: Sequence[str] = ("−2", "−1", "0", "+1", "+2"),
) -> Drawing:
    """Spider web of mean effects, first spoke at the top, clockwise, rings at −2 … +2.

    The ring at 0 (no effect) is drawn stronger, so that a shape inside it reads as harm.
    Only spokes with a value get a dot; the area is filled only when every spoke has one,
    because a polygon that skips a dimension would draw an effect nobody measured.
    """
    register_fonts()
    drawing = _drawing(width, height)
    count = len(points)
    cx, cy = width / 2, height / 2 - 2
    radius = min(width / 2 - 76, height / 2 - 30)  # room for labels ~64 pt wide

    def at(value: float, spoke: int) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * spoke / count
        r = radius * (value + 2) / 4
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    for ring, ring_value in enumerate((-2, -1, 0, 1, 2)):
        if ring_value == -2:
            continue
        corners = [c for s in range(count) for c in at(ring_value, s)]
        drawing.add(
            Polygon(
                corners,
                strokeColor=MUTED if ring_value == 0 else RULE,
                strokeWidth=1.1 if ring_value == 0 else 0.5,
                strokeDashArray=None if ring_value == 0 else (2, 2),
                fillColor=None,
            )
        )
        # Ring values sit just left of the top spoke, clear of the dot drawn on it.
        x, y = at(ring_value, 0)
        drawing.add(_label(x - 4, y - 2, ring_labels[ring], size=6, anchor="end"))
    for spoke in range(count):
        x, y = at(2, spoke)
        drawing.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))

    known = [(s, p.value) for s, p in enumerate(points) if p.value is not None]
    if len(known) == count and count:
        shape = [c for s, v in known for c in at(v, s)]
        drawing.add(
            Polygon(
                shape,
                strokeColor=ACCENT,
                strokeWidth=1.6,
                fillColor=colors.Color(0.12, 0.37, 0.45, alpha=0.22),
            )
        )
    elif len(known) > 1:
        for (s1, v1), (s2, v2) in pairwise([*known, known[0]]):
            if (s2 - s1) % count == 1:  # neighbouring spokes, the last wrapping to the first
                drawing.add(
                    PolyLine([*at(v1, s1), *at(v2, s2)], strokeColor=ACCENT, strokeWidth=1.6)
                )
    for s, v in known:
        x, y = at(v, s)
        drawing.add(Circle(x, y, 2.4, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.6))

    for spoke, point in enumerate(points):
        angle = math.pi / 2 - 2 * math.pi * spoke / count
        lx = cx + (radius + 9) * math.cos(angle)
        ly = cy + (radius + 9) * math.sin(angle)
        anchor = (
            "middle" if abs(math.cos(angle)) < 0.2 else ("start" if math.cos(angle) > 0 else "end")
        )
        lines = [(line, FONT_BOLD, INK) for line in _wrap(point.label, FONT_BOLD, 7.5, 64)]
        if point.note:
            lines.append((point.note, FONT, MUTED))
        block = 9.0 * len(lines)
        if math.sin(angle) > 0.5:
            top = ly + block - 2  # label above the top spoke
        elif math.sin(angle) < -0.5:
            top = ly - 6  # below the bottom spoke
        else:
            top = ly + block / 2 - 6
        for i, (text, font, colour) in enumerate(lines):
            drawing.add(
                _label(lx, top - 9 * i, text, size=7.5, font=font, colour=colour, anchor=anchor)
            )
    return drawing


# --------------------------------------------------------------------------- diverging bars


@dataclass(frozen=True, slots=True)
class LikertRow:
    label: str
    counts: Sequence[int]  # answers −2, −1, 0, +1, +2
    note: str = ""  # e.g. "gem. +0,6 · n 18"


def likert_chart(
    rows: Sequence[LikertRow],
    *,
    width: float,
    legend: Sequence[str],
    row_height: float = 17,
    label_width: float = 130,
    note_width: float = 92,
) -> Drawing:
    """Diverging stacked bars: negative answers left of the centre line, positive right.

    The neutral share straddles the centre, as in the usual Likert chart, so the balance of
    harm and benefit reads at a glance. ``legend`` has the five labels −2 … +2; 'not
    applicable' answers are no part of a bar (the caller counts them in ``note``).
    """
    register_fonts()
    bar_width = width - label_width - note_width
    legend_height = 16
    height = legend_height + row_height * len(rows) + 4
    drawing = _drawing(width, height)
    centre = label_width + bar_width / 2
    half = bar_width / 2

    for i, row in enumerate(rows):
        y = height - legend_height - row_height * (i + 1) + 3
        bar_h = row_height - 6
        total = sum(row.counts)
        for line_no, text in enumerate(_wrap(row.label, FONT, 8, label_width - 8)[:2]):
            offset = (
                0 if len(_wrap(row.label, FONT, 8, label_width - 8)) == 1 else 4.5 - 9 * line_no
            )
            drawing.add(_label(0, y + bar_h / 2 - 3 + offset, text, size=8, colour=INK))
        if total:
            shares = [c / total for c in row.counts]
            x = centre - half * (shares[0] + shares[1] + shares[2] / 2)
            for share, colour in zip(shares, EFFECT_COLOURS, strict=True):
                if share:
                    drawing.add(
                        Rect(
                            x,
                            y,
                            half * share,
                            bar_h,
                            fillColor=colour,
                            strokeColor=colors.white,
                            strokeWidth=0.4,
                        )
                    )
                x += half * share
        else:
            drawing.add(
                Rect(
                    label_width,
                    y,
                    bar_width,
                    bar_h,
                    fillColor=NOT_APPLICABLE_COLOUR,
                    strokeColor=None,
                )
            )
        drawing.add(_label(width - note_width + 6, y + bar_h / 2 - 3, row.note, size=7.5))
    drawing.add(Line(centre, 2, centre, height - legend_height, strokeColor=INK, strokeWidth=0.7))

    # Legend across the top, swatch + label, right-aligned to the chart and never past its edge.
    entries = [
        (colour, printable(text)) for colour, text in zip(EFFECT_COLOURS, legend, strict=True)
    ]
    size, gap = 6.5, 9.0
    needed = sum(10 + stringWidth(t, FONT, size) for _, t in entries) + gap * (len(entries) - 1)
    if needed > width:
        size, gap, needed = size * width / needed, gap * width / needed, width
    x = max(0.0, min(label_width, width - needed))
    for colour, text in entries:
        drawing.add(Rect(x, height - 10, 7, 7, fillColor=colour, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(_label(x + 10, height - 9, text, size=size))
        x += 10 + stringWidth(text, FONT, size) + gap
    return drawing


# --------------------------------------------------------------------------- SUS band


def sus_band(
    *,
    mean: float,
    sd: float | None,
    minimum: float,
    maximum: float,
    zone_labels: Sequence[str],
    mean_label: str,
    benchmark_label: str,
    width: float,
) -> Drawing:
    """A 0–100 axis with the acceptability zones, the spread (min–max whisker, ±1 sd box)
    and the mean marked, plus the benchmark 68 (50th percentile of many products)."""
    register_fonts()
    height = 62
    left, right = 6, width - 6
    span = right - left
    band_y, band_h = 20, 14
    drawing = _drawing(width, height)

    def x(score: float) -> float:
        return left + span * max(0.0, min(100.0, score)) / 100

    for (low, high), colour, text in zip(
        ((0, 51.7), (51.7, 71.1), (71.1, 100)), ZONE_COLOURS, zone_labels, strict=True
    ):
        drawing.add(
            Rect(x(low), band_y, x(high) - x(low), band_h, fillColor=colour, strokeColor=None)
        )
        drawing.add(_label((x(low) + x(high)) / 2, band_y - 10, text, size=6.5, anchor="middle"))
    for tick in (0, 25, 50, 75, 100):
        drawing.add(Line(x(tick), band_y - 2, x(tick), band_y, strokeColor=MUTED, strokeWidth=0.5))
        drawing.add(_label(x(tick), band_y - 19, str(tick), size=6, anchor="middle"))

    mid = band_y + band_h / 2
    drawing.add(
        Line(
            x(68),
            band_y - 1,
            x(68),
            band_y + band_h + 1,
            strokeColor=MUTED,
            strokeWidth=0.8,
            strokeDashArray=(1.5, 1.5),
        )
    )
    drawing.add(_label(x(68), band_y + band_h + 3, benchmark_label, size=6, anchor="middle"))
    drawing.add(Line(x(minimum), mid, x(maximum), mid, strokeColor=INK, strokeWidth=0.8))
    for end in (minimum, maximum):
        drawing.add(Line(x(end), mid - 3, x(end), mid + 3, strokeColor=INK, strokeWidth=0.8))
    if sd:
        low, high = x(mean - sd), x(mean + sd)
        drawing.add(
            Rect(
                low,
                mid - 3.5,
                high - low,
                7,
                fillColor=colors.Color(1, 1, 1, alpha=0.6),
                strokeColor=INK,
                strokeWidth=0.6,
            )
        )
    drawing.add(
        Polygon(
            [x(mean), mid + 5, x(mean) + 5, mid, x(mean), mid - 5, x(mean) - 5, mid],
            fillColor=ACCENT,
            strokeColor=colors.white,
            strokeWidth=0.5,
        )
    )
    label_x = min(max(x(mean), left + 30), right - 30)
    drawing.add(
        _label(
            label_x,
            height - 10,
            mean_label,
            size=7.5,
            font=FONT_BOLD,
            colour=ACCENT,
            anchor="middle",
        )
    )
    return drawing


# --------------------------------------------------------------------------- table cell bars


def _ramp(steps: int) -> list[colors.Color]:
    """``steps`` blues from light to dark, for ordered answer scales."""
    light, dark = colors.HexColor("#dbe9f6"), colors.HexColor("#08519c")
    if steps == 1:
        return [dark]
    return [
        colors.Color(
            *(a + (b - a) * i / (steps - 1) for a, b in zip(light.rgb(), dark.rgb(), strict=True))
        )
        for i in range(steps)
    ]


def distribution_bar(counts: Sequence[int], *, width: float = 90, height: float = 9) -> Drawing:
    """A 100 % stacked bar of answer counts (low answers light, high answers dark)."""
    drawing = _drawing(width, height)
    total = sum(counts)
    drawing.add(Rect(0, 0, width, height, fillColor=NOT_APPLICABLE_COLOUR, strokeColor=None))
    x = 0.0
    for count, colour in zip(counts, _ramp(len(counts)), strict=True):
        if count and total:
            w = width * count / total
            drawing.add(
                Rect(x, 0, w, height, fillColor=colour, strokeColor=colors.white, strokeWidth=0.3)
            )
            x += w
    return drawing
