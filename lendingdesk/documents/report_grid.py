"""A report's answer table drawn by itself: the look of the platypus ``Table`` that
``reports._table`` makes, for a fraction of its work.

A product report holds six such tables (Positive Health, ratings per aspect, four context
breakdowns) of short cells: a column head, a count, "28 %". As a ``Table`` of ``Paragraph``s
each cell was parsed, broken into lines, measured three times (the table, the
KeepTogether around it, the draw) and drawn with a text object of its own: about a third of
a report's drawing time. :class:`Grid` lays its rows out once per width and writes every
cell that fits on one line as text in one text object; a cell that needs more than one line
(or holds markup) is a ``Paragraph`` as before. Same positions as the ``Table``: the same
paddings, rows as high as their highest cell, cells centred in the row, the rule under the
head row and the zebra rows. Should a grid ever need to break across pages, it hands over to
the ``Table`` it stands for.

:class:`RuledBlock` does the same for a quoted remark (a one-cell ``Table`` with a rule on its
left before), :class:`Tiles` for the row of key figures at the top of a report (a ``Table``
of one-column ``Table``s before).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

# Cell paddings of reports._table.
PAD_X = 4.0
PAD_Y = 2.5
_MARKUP = frozenset("<>&")
# Table sizes a cell it is given as "" (one covered by a span, too) as a line of its default
# 10/12 font: such a row is at least 12 points high plus padding.
_EMPTY_CELL = 12.0


class Cell(NamedTuple):
    """A cell's text in report markup, and its paragraph style."""

    text: str
    style: ParagraphStyle


class _Line(NamedTuple):
    """A one-line cell: its text, where the text starts and the style's font and colour."""

    text: str
    style: ParagraphStyle


def _one_line(cell: Cell, room: float) -> _Line | None:
    """``cell`` as one line of plain text when a Paragraph would draw it so; else None."""
    text, style = cell
    if _MARKUP.intersection(text) or style.alignment not in (TA_LEFT, TA_RIGHT):
        return None
    words = text.split()
    plain = " ".join(words)
    if plain != text or not words:
        return None
    if stringWidth(plain, style.fontName, style.fontSize) > room:
        return None
    return _Line(plain, style)


class Grid(Flowable):
    """Rows of cells in columns of fixed width; see the module's docstring.

    ``rows``: each a list of :class:`Cell`, a Flowable (a chart) or None (a cell covered by a
    span). ``spans``: (row, column) -> how many columns that cell covers. ``zebra``: the colour
    of every second body row; ``rule``: the colour of the line under the head row.
    ``as_table``: the platypus Table this grid stands for (used only to split it).
    """

    def __init__(
        self,
        rows: Sequence[Sequence[Cell | Flowable | None]],
        widths: Sequence[float],
        *,
        spans: dict[tuple[int, int], int],
        zebra: Any,
        rule: Any,
        paragraph: Callable[[str, ParagraphStyle], Flowable],
        as_table: Callable[[], Flowable],
    ) -> None:
        super().__init__()
        self._rows = rows
        self._widths = list(widths)
        self._spans = spans
        self._zebra = zebra
        self._rule = rule
        self._paragraph = paragraph
        self._as_table = as_table
        self._laid_out: tuple[list[float], list[list[Any]]] | None = None
        self.hAlign = "LEFT"
        self.width = sum(self._widths)
        self.height = 0.0

    # -- layout

    def _layout(self) -> tuple[list[float], list[list[Any]]]:
        """Row heights, and each cell as a _Line, (a wrapped Flowable, its height) or None."""
        if self._laid_out is not None:
            return self._laid_out
        heights: list[float] = []
        cells: list[list[Any]] = []
        for r, row in enumerate(self._rows):
            height = 0.0
            laid: list[Any] = []
            for c, cell in enumerate(row):
                width = sum(self._widths[c : c + self._spans.get((r, c), 1)])
                room = width - 2 * PAD_X
                if cell is None:
                    laid.append(None)
                    height = max(height, _EMPTY_CELL)
                    continue
                if isinstance(cell, Cell):
                    line = _one_line(cell, room)
                    if line is not None:
                        laid.append(line)
                        height = max(height, cell.style.leading)
                        continue
                    cell = self._paragraph(cell.text, cell.style)
                _, h = cell.wrap(room, 72000)
                laid.append((cell, h))
                height = max(height, h)
            heights.append(height + 2 * PAD_Y)
            cells.append(laid)
        self._laid_out = heights, cells
        return self._laid_out

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        heights, _ = self._layout()
        self.height = sum(heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self.wrap(availWidth, availHeight)[1] <= availHeight:
            return [self]
        table = self._as_table()
        table.wrap(availWidth, availHeight)
        return list(table.split(availWidth, availHeight))

    # -- drawing

    def draw(self) -> None:
        heights, cells = self._layout()
        canvas = self.canv
        lefts = [sum(self._widths[:c]) for c in range(len(self._widths) + 1)]
        tops = [self.height]
        for h in heights:
            tops.append(tops[-1] - h)
        canvas.saveState()
        canvas.setFillColor(self._zebra)
        for r in range(2, len(heights), 2):
            canvas.rect(0, tops[r], self.width, -heights[r], stroke=0, fill=1)
        # The cells' text in the order the Table wrote it (row by row), so that text extraction
        # reads the same: one text object, interrupted where a cell is a flowable.
        text = canvas.beginText()
        font: tuple[str, float] | None = None
        colour = None
        for r, row in enumerate(cells):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                left = lefts[c]
                right = lefts[c + self._spans.get((r, c), 1)]
                # Centred in the row, as Table's VALIGN MIDDLE places a cell.
                if isinstance(cell, _Line):
                    style = cell.style
                    bottom = tops[r + 1] + (heights[r] - style.leading) / 2
                    baseline = bottom + style.leading - style.fontSize
                    if style.alignment == TA_RIGHT:
                        width = stringWidth(cell.text, style.fontName, style.fontSize)
                        x = right - PAD_X - width
                    else:
                        x = left + PAD_X
                    if font != (style.fontName, style.fontSize):
                        font = (style.fontName, style.fontSize)
                        text.setFont(style.fontName, style.fontSize, style.leading)
                    if colour != style.textColor:
                        colour = style.textColor
                        text.setFillColor(colour)
                    text.setTextOrigin(x, baseline)
                    text.textOut(cell.text)
                    continue
                flowable, height = cell
                if font is not None:
                    canvas.drawText(text)
                    text, font, colour = canvas.beginText(), None, None
                flowable.drawOn(canvas, left + PAD_X, tops[r + 1] + (heights[r] - height) / 2)
        if font is not None:
            canvas.drawText(text)
        canvas.setStrokeColor(self._rule)
        canvas.setLineWidth(0.8)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.line(0, tops[1], self.width, tops[1])
        canvas.restoreState()


class RuledBlock(Flowable):
    """Flowables one under the other with a coloured rule on their left: a quoted remark and
    its author. The look of the one-cell platypus Table it replaces (padding 10 left, 6 right,
    2 above, 4 below; the rule 2.2 points wide with round ends), without the Table's work.
    Like that Table it does not split: it moves to the next page whole.
    """

    LEFT, RIGHT, TOP, BOTTOM = 10.0, 6.0, 2.0, 4.0
    RULE_WIDTH = 2.2

    def __init__(self, flowables: Sequence[Flowable], width: float, colour: Any) -> None:
        super().__init__()
        self._flowables = list(flowables)
        self._colour = colour
        self._heights: list[float] = []
        self.width = width
        self.height = 0.0
        self.hAlign = "LEFT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        room = self.width - self.LEFT - self.RIGHT
        self._heights = [f.wrap(room, 72000)[1] for f in self._flowables]
        self.height = sum(self._heights) + self.TOP + self.BOTTOM
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        y = self.height - self.TOP
        for flowable, height in zip(self._flowables, self._heights, strict=True):
            y -= height
            flowable.drawOn(canvas, self.LEFT, y)
        canvas.setStrokeColor(self._colour)
        canvas.setLineWidth(self.RULE_WIDTH)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.line(0, self.height, 0, 0)
        canvas.restoreState()


class Tiles(Flowable):
    """Tiles side by side, each a coloured box of flowables one under the other (a figure, its
    label, a note): the look of the row of one-column platypus Tables it replaces (padding 6
    around each tile's content, 1 under each flowable, the tiles as high as the highest)."""

    PAD = 6.0

    def __init__(
        self, tiles: Sequence[Sequence[Flowable]], tile_width: float, gap: float, colour: Any
    ) -> None:
        super().__init__()
        self._tiles = [list(tile) for tile in tiles]
        self._tile_width = tile_width
        self._gap = gap
        self._colour = colour
        self._heights: list[list[float]] = []
        self.width = len(self._tiles) * (tile_width + gap) - gap
        self.height = 0.0
        self.hAlign = "LEFT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        room = self._tile_width - 2 * self.PAD
        self._heights = [[f.wrap(room, 72000)[1] + 1 for f in tile] for tile in self._tiles]
        # The gaps between the tiles were empty cells: at least one line of the Table's font.
        highest = max([_EMPTY_CELL, *(sum(h) for h in self._heights)])
        self.height = highest + 2 * self.PAD
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        for i, (tile, heights) in enumerate(zip(self._tiles, self._heights, strict=True)):
            x = i * (self._tile_width + self._gap)
            canvas.setFillColor(self._colour)
            canvas.rect(x, self.height, self._tile_width, -self.height, stroke=0, fill=1)
            y = self.height - self.PAD
            for flowable, height in zip(tile, heights, strict=True):
                y -= height
                flowable.drawOn(canvas, x + self.PAD, y + 1)
        canvas.restoreState()
