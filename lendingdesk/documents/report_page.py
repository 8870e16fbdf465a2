"""The page of every report PDF (review reports, the hygiene report, a stock-take): A4 upright
or turned, the same margins, and the same footer — a thin rule, the report's own line on the
left and "page 2 of 3" on the right — in the embedded font (documents/fonts.py).

``build_report(story, out, title=…, footer=…, lang=…)`` writes the PDF and returns its pages;
``content_width(landscape)`` is what a table may fill.
"""

from __future__ import annotations

from typing import Any

from lendingdesk.documents.output import Out
from lendingdesk.translation import translate

# Margins in points: wide enough for a punched binder on the left, a footer under the frame.
LEFT = RIGHT = 51.0
TOP = 46.0
BOTTOM = 56.0
RULE_Y = 40.0  # the footer's rule, and its text a little below
FOOTER_Y = 29.0
FOOTER_SIZE = 7.5

PAGE_OF = translate("Report", "page {page} of {pages}")


def page_size(landscape: bool = False) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turn

    return turn(A4) if landscape else A4


def content_width(landscape: bool = False) -> float:
    """The width between the margins: what a table or a row of tiles may fill."""
    return page_size(landscape)[0] - LEFT - RIGHT


def _canvas_maker(footer: str, lang: str) -> type:
    """A canvas that knows the page count, for 'page 2 of 3' footers."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from lendingdesk.documents.report_style import ACCENT, FONT, FONT_BOLD, MUTED, RULE

    def _fitted(text: str, room: float) -> str:
        """The footer's line, cut with an ellipsis where it would run into the page number."""
        if stringWidth(text, FONT, FOOTER_SIZE) <= room:
            return text
        while text and stringWidth(text + "…", FONT, FOOTER_SIZE) > room:
            text = text[:-1]
        return text.rstrip() + "…"

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Start in the embedded font, so the PDF references no unembedded Helvetica.
            kwargs.setdefault("pageCompression", 1)
            super().__init__(*args, **{**kwargs, "initialFontName": FONT})
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width, _ = self._pagesize
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                self.line(LEFT, RULE_Y, width - RIGHT, RULE_Y)
                page = PAGE_OF.format(page=number, pages=total).render(lang)
                room = width - LEFT - RIGHT - stringWidth(page, FONT_BOLD, FOOTER_SIZE) - 18
                self.setFont(FONT, FOOTER_SIZE)
                self.setFillColor(MUTED)
                self.drawString(LEFT, FOOTER_Y, _fitted(footer, room))
                self.setFont(FONT_BOLD, FOOTER_SIZE)
                self.setFillColor(ACCENT)
                self.drawRightString(width - RIGHT, FOOTER_Y, page)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_report(
    story: list[Any],
    out: Out,
    *,
    title: str,
    footer: str,
    lang: str,
    subject: str = "",
    landscape: bool = False,
) -> int:
    """Write ``story`` on report pages to ``out`` (a path or a binary file); the page count."""
    from reportlab.platypus import SimpleDocTemplate

    from lendingdesk.documents.output import binary_streams, target
    from lendingdesk.documents.report_style import printable
    from lendingdesk.translation import language

    binary_streams()  # as every other document: binary streams are smaller and faster
    doc = SimpleDocTemplate(
        target(out),
        pagesize=page_size(landscape),
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=printable(title),
        author="LendingDesk",
        subject=printable(subject),
        creator="LendingDesk",
        lang=language(lang),
    )
    doc.build(story, canvasmaker=_canvas_maker(printable(footer), language(lang)))
    return int(doc.page)
