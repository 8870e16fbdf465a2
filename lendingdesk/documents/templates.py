"""Label media: where each label sits on its page, in millimetres, as the maker publishes it.

Geometry is measured from the page's top-left corner, the way Avery and the roll printer
makers publish it; the renderer flips it to PDF's bottom-left origin. Roll media are one
label per page, with the page exactly the label, in reading orientation (print "landscape"
in the printer driver for die-cut labels whose long side runs along the roll).

This module is pure data and arithmetic -- no reportlab -- so the command line can list
templates and the desk can offer them without loading the PDF machinery.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lendingdesk.documents.errors import InvalidTemplate
from lendingdesk.translation import Message, translate

A4 = (210.0, 297.0)
A5 = (148.0, 210.0)
ID1_CARD = (85.60, 53.98)  # ISO/IEC 7810 ID-1, the size of a bank card

MediaKind = Literal["sheet", "roll"]

# How far into a die-cut label the Dymo LabelWriter's printable region starts.
DYMO_LEADING_EDGE_MM = 6.2

# The QR quiet zone (4 modules of >= 0.8 mm) is white and may lie in the printer's
# unprintable border; a larger inset would push ink into that border.
MAX_INSET_MM = 3.2


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle in millimetres from the page's top-left corner."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True, slots=True)
class LabelTemplate:
    """A sheet of labels in a grid, or a roll medium (one label per page).

    ``inset`` is the border inside each label that receives no ink: feed tolerance on
    sheets, the print head's edge on rolls. ``unprintable`` (left, top, right, bottom, mm,
    in reading orientation) is where the roll printer's driver puts no ink at all, from
    the maker's printable region; content keeps out of it, so a driver that starts
    printing a few millimetres into the label no longer cuts the QR code. Sheets leave it
    at zero: an office printer's margins lie outside the label grid.
    """

    name: str
    description: str
    kind: MediaKind
    page_w: float
    page_h: float
    label_w: float
    label_h: float
    columns: int = 1
    rows: int = 1
    left: float = 0.0
    top: float = 0.0
    col_pitch: float = 0.0
    row_pitch: float = 0.0
    inset: float = 1.5
    unprintable: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    def __post_init__(self) -> None:
        _validate(self)

    @property
    def safe_area(self) -> Rect:
        """Where a label's content (its inset included) may go, relative to the label."""
        left, top, right, bottom = (max(0.0, side - self.inset) for side in self.unprintable)
        return Rect(left, top, self.label_w - left - right, self.label_h - top - bottom)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def label_rect(self, position: int) -> Rect:
        """Where label ``position`` (1-based, row by row as on the sheet) lies on its page."""
        if not 1 <= position <= self.per_page:
            raise ValueError(f"position {position} outside 1..{self.per_page}")
        row, col = divmod(position - 1, self.columns)
        return Rect(
            self.left + col * self.col_pitch,
            self.top + row * self.row_pitch,
            self.label_w,
            self.label_h,
        )


def _validate(t: LabelTemplate) -> None:
    def refuse(problem: Message) -> None:
        raise InvalidTemplate(
            translate("documents.templates", "Label template '{t}': {detail}").format(
                t=t.name, detail=problem
            ),
            template=t.name,
        )

    sizes = (t.page_w, t.page_h, t.label_w, t.label_h)
    if min(sizes) <= 0 or t.columns < 1 or t.rows < 1:
        refuse(translate("documents.templates", "sizes and counts must be positive."))
    if not 0 <= t.inset <= MAX_INSET_MM:
        refuse(
            translate(
                "documents.templates", "the inset inside a label must lie between 0 and {max} mm."
            ).format(max=MAX_INSET_MM)
        )
    if t.left < 0 or t.top < 0:
        refuse(translate("documents.templates", "margins must not be negative."))
    left, top, right, bottom = t.unprintable
    if min(t.unprintable) < 0 or left + right >= t.label_w / 2 or top + bottom >= t.label_h / 2:
        refuse(
            translate(
                "documents.templates",
                "the unprintable part must be positive and less than half of the label.",
            )
        )
    if (t.columns > 1 and t.col_pitch < t.label_w) or (t.rows > 1 and t.row_pitch < t.label_h):
        refuse(
            translate(
                "documents.templates", "the pitch is smaller than the label: labels would overlap."
            )
        )
    eps = 0.01  # published Avery figures are rounded to 0.01 mm
    right = t.left + (t.columns - 1) * t.col_pitch + t.label_w
    bottom = t.top + (t.rows - 1) * t.row_pitch + t.label_h
    if right > t.page_w + eps or bottom > t.page_h + eps:
        refuse(
            translate(
                "documents.templates",
                "the grid ({width} × {height} mm) does not fit on the page "
                "({page_w} × {page_h} mm).",
            ).format(
                width=f"{right:.1f}",
                height=f"{bottom:.1f}",
                page_w=f"{t.page_w:g}",
                page_h=f"{t.page_h:g}",
            )
        )


def sheet(
    name: str,
    description: str,
    *,
    columns: int,
    rows: int,
    label_w: float,
    label_h: float,
    left: float,
    top: float,
    col_pitch: float | None = None,
    row_pitch: float | None = None,
    page_w: float = A4[0],
    page_h: float = A4[1],
    inset: float = 1.5,
) -> LabelTemplate:
    """A grid of labels on a page; pitches default to the label size (labels touching)."""
    return LabelTemplate(
        name=name,
        description=description,
        kind="sheet",
        page_w=page_w,
        page_h=page_h,
        label_w=label_w,
        label_h=label_h,
        columns=columns,
        rows=rows,
        left=left,
        top=top,
        col_pitch=label_w if col_pitch is None else col_pitch,
        row_pitch=label_h if row_pitch is None else row_pitch,
        inset=inset,
    )


def roll(
    name: str,
    description: str,
    *,
    width: float,
    height: float,
    inset: float = 1.5,
    unprintable: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0),
) -> LabelTemplate:
    """A roll medium: every page is one label of ``width`` × ``height`` mm."""
    return LabelTemplate(
        name=name,
        description=description,
        kind="roll",
        page_w=width,
        page_h=height,
        label_w=width,
        label_h=height,
        inset=inset,
        unprintable=unprintable,
    )


def custom_sheet(
    *,
    columns: int,
    rows: int,
    label_w: float,
    label_h: float,
    left: float,
    top: float,
    col_pitch: float | None = None,
    row_pitch: float | None = None,
    page_w: float = A4[0],
    page_h: float = A4[1],
    inset: float = 1.5,
) -> LabelTemplate:
    """The "custom" template: any grid given by margins and pitch in millimetres."""
    return sheet(
        "custom",
        f"{columns} × {rows} labels of {label_w:g} × {label_h:g} mm (custom grid)",
        columns=columns,
        rows=rows,
        label_w=label_w,
        label_h=label_h,
        left=left,
        top=top,
        col_pitch=col_pitch,
        row_pitch=row_pitch,
        page_w=page_w,
        page_h=page_h,
        inset=inset,
    )


def continuous_roll(length: float, width: float = 62.0) -> LabelTemplate:
    """Brother QL continuous tape cut at ``length`` mm (the printer cuts after each label)."""
    return roll(
        f"brother-{width:g}",
        f"Brother QL, {width:g} mm continuous tape cut at {length:g} mm",
        width=width,
        height=length,
    )


TEMPLATES: dict[str, LabelTemplate] = {
    t.name: t
    for t in (
        sheet(
            "avery-l7160",
            "Avery L7160: A4, 3 × 7 labels of 63.5 × 38.1 mm",
            columns=3,
            rows=7,
            label_w=63.5,
            label_h=38.1,
            left=7.2,
            top=15.15,
            col_pitch=66.04,
            row_pitch=38.1,
        ),
        sheet(
            "avery-l7163",
            "Avery L7163: A4, 2 × 7 labels of 99.1 × 38.1 mm",
            columns=2,
            rows=7,
            label_w=99.1,
            label_h=38.1,
            left=4.65,
            top=15.15,
            col_pitch=101.6,
            row_pitch=38.1,
        ),
        continuous_roll(40.0),
        # Brother's printable width on 29 mm tape is 25.9 mm: 1.55 mm unprintable each side.
        roll(
            "brother-29x62",
            "Brother QL DK-11209, 29 × 62 mm die-cut (print landscape)",
            width=62.0,
            height=29.0,
            inset=1.6,
        ),
        # The LabelWriter's printable region on 99012 starts 6.0 mm into the label (its
        # driver's imageable area: 17 pt at the leading edge, 4.3 pt at the others). Which
        # short end leads depends on how the driver turns a landscape page, so both keep
        # clear.
        roll(
            "dymo-99012",
            "Dymo LabelWriter 99012, 89 × 36 mm (print landscape)",
            width=89.0,
            height=36.0,
            unprintable=(DYMO_LEADING_EDGE_MM, 1.6, DYMO_LEADING_EDGE_MM, 1.6),
        ),
        roll(
            "dymo-11354",
            "Dymo LabelWriter 11354, 57 × 32 mm (print landscape)",
            width=57.0,
            height=32.0,
        ),
    )
}

# "custom" is listed for the command line; its grid comes from custom_sheet(...).
CUSTOM_NAME = "custom"


def list_templates() -> list[tuple[str, str]]:
    """(name, description) of every template, for ``lendingdesk labels --list-templates``."""
    rows = [(t.name, t.description) for t in TEMPLATES.values()]
    rows.append((CUSTOM_NAME, "Any A4 grid: columns, rows, label size, margins and pitch in mm"))
    return rows


def get_template(name: str) -> LabelTemplate:
    """The named template; raises a Dutch/English refusal that lists the known names."""
    try:
        return TEMPLATES[name.lower()]
    except KeyError:
        known = ", ".join(TEMPLATES)
        unknown = (
            translate(
                "documents.templates",
                "Unknown label template '{name}'. Known: {known}. Use custom_sheet(...) for your "
                "own grid.",
            )
            if name == CUSTOM_NAME
            else translate(
                "documents.templates", "Unknown label template '{name}'. Known: {known}."
            )
        )
        raise InvalidTemplate(unknown.format(name=name, known=known), template=name) from None


# Borrower badges: ID-1 cards, either ten to an A4 sheet (cut along the crop marks, cards
# touching so that one cut serves two cards) or one per page for a card printer.
BADGE_PAPERS: dict[str, LabelTemplate] = {
    "a4": sheet(
        "badge-a4",
        "A4 sheet, 2 × 5 ID-1 cards with crop marks",
        columns=2,
        rows=5,
        label_w=ID1_CARD[0],
        label_h=ID1_CARD[1],
        left=(A4[0] - 2 * ID1_CARD[0]) / 2,
        top=(A4[1] - 5 * ID1_CARD[1]) / 2,
        inset=2.5,
    ),
    "card": roll(
        "badge-card", "Card printer, ID-1 card", width=ID1_CARD[0], height=ID1_CARD[1], inset=2.5
    ),
}
