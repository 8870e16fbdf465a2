"""Review reports as PDF: one product's review report, and an overview across products.

Both are drawn from plain data (:class:`ProductReportData`) and read every aggregate through
:func:`~lendingdesk.domain.reviews.summarize`, which has already applied the minimum-n rule:
where there are too few reviews the report says so instead of printing a number. Dutch is
the default; ``lang="en"`` gives the same report in English. Charts are vector graphics.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import IO, Any, ClassVar

from lendingdesk.dates import format_date
from lendingdesk.domain.reviews import (
    MIN_REVIEWS_FOR_AGGREGATES,
    NOT_APPLICABLE,
    POSITIVE_HEALTH,
    SUS_KEYS,
    Breakdown,
    ItemType,
    ReviewSummary,
    ScoredReview,
    load_instrument,
    summarize,
)
from lendingdesk.domain.reviews.summary import EFFECT_ITEMS, InstrumentLookup
from lendingdesk.translation import Message, translate

Output = str | Path | IO[bytes]

MAX_QUOTES = 8
MAX_TIPS = 12


@dataclass(frozen=True, slots=True)
class Quote:
    """An approved quote. ``author`` is already the public form: a name only with consent."""

    text: str
    author: str


@dataclass(frozen=True, slots=True)
class Period:
    start: date | None = None
    end: date | None = None

    def label(self, lang: str = "nl") -> str:
        if self.start and self.end:
            return f"{format_date(self.start, lang)} – {format_date(self.end, lang)}"
        if self.start:
            return f"{_t('since', lang)} {format_date(self.start, lang)}"
        if self.end:
            return f"{_t('until', lang)} {format_date(self.end, lang)}"
        return _t("all_time", lang)


@dataclass(frozen=True)
class ProductReportData:
    """Everything one product's report shows; the caller has already left out unapproved reviews."""

    name: str
    maker: str = ""
    category: str = ""
    period: Period = field(default_factory=Period)
    loans: int = 0
    reviews: Sequence[ScoredReview] = ()
    quotes: Sequence[Quote] = ()  # plus points ("what worked well"), approved and redacted
    tips: Sequence[str] = ()
    minus: Sequence[Quote] = ()  # minus points ("what did not work"), approved and redacted
    cleaning: str = ""  # the product's cleaning protocol from the catalogue
    iso9999: str = ""  # the category's ISO 9999:2022 class, dotted ("27.03.09")


@dataclass(frozen=True)
class ResponseRow:
    """The response to review invitations for one product or team: returned loans, how many
    were invited (an e-mail sent or a review link issued), opened the link, gave a review, and
    the median days from return to review."""

    label: str
    returned: int = 0
    invited: int = 0
    opened: int = 0
    reviewed: int = 0
    median_days: float | None = None
    days: tuple[float, ...] = ()  # each review's days after the return (to merge groups)

    def share(self, count: int) -> float | None:
        return count / self.returned if self.returned else None


@dataclass(frozen=True)
class ResponseRates:
    products: Sequence[ResponseRow] = ()
    teams: Sequence[ResponseRow] = ()
    total: ResponseRow = field(default_factory=lambda: ResponseRow(""))


# --------------------------------------------------------------------------- wording

_STRINGS: dict[str, Message] = {
    "kicker": translate("Report", "Care technology review report"),
    "overview_kicker": translate("Report", "Care technology reviews overview"),
    "overview_title": translate("Report", "All products"),
    "since": translate("Report", "from"),
    "until": translate("Report", "up to"),
    "all_time": translate("Report", "all reviews to date"),
    "t_rating": translate("Report", "Overall rating"),
    "of_5": translate("Report", "out of 5 · n = {n}"),
    "t_sus": translate("Report", "Usability"),
    "sus_note": translate("Report", "SUS · grade {grade} · {verdict} · n = {n}"),
    "t_nps": translate("Report", "Recommend (NPS)"),
    "nps_note": translate("Report", "{p} · {pa} · {d}"),
    "t_reviews": translate("Report", "Reviews"),
    "too_few": translate("Report", "too few reviews (n = {n})"),
    "none": translate("Report", "no answers yet"),
    "no_reviews": translate(
        "Report", "There are no approved reviews for this product in this period yet."
    ),
    "h_ph": translate(
        "Report", "Positive Health: effect for the client, as judged by the professional"
    ),
    "ph_intro": translate(
        "Report",
        "This is the professional's judgement of the effect on the client, not a self-report by the client. Mean effect the professionals saw, per dimension of Positive Health, from −2 (clearly negative) to +2 (clearly positive). The bold ring is ‘no effect’. ‘Not applicable’ is left out.",
    ),
    "dimension": translate("Report", "Dimension"),
    "mean": translate("Report", "Mean"),
    "na": translate("Report", "n/a"),
    "ph_partial": translate(
        "Report", "The area is drawn only when all six dimensions have enough answers."
    ),
    "h_effects": translate("Report", "Effect for the professional"),
    "effects_intro": translate(
        "Report",
        "Spread of the answers; left of the centre line negative, right positive. For workload, positive means: less workload.",
    ),
    "effect_note": translate("Report", "mean {mean} · n {n}"),
    "h_sus": translate("Report", "Usability (System Usability Scale)"),
    "sus_text": translate(
        "Report",
        "Mean SUS score <b>{mean}</b> (sd {sd}; lowest {low}, highest {high}; n = {n}): grade <b>{grade}</b> on the Sauro–Lewis curve, <b>{verdict}</b>. SUS runs from 0 to 100 and is not a percentage; 68 is the average of many products studied.",
    ),
    "zones": translate("Report", "not acceptable|marginal|acceptable"),
    "benchmark": translate("Report", "average product (68)"),
    "sus_mean_label": translate("Report", "mean {mean}"),
    "sus_caption": translate(
        "Report",
        "Diamond: mean · box: mean ± 1 standard deviation · line: lowest to highest score.",
    ),
    "h_items": translate("Report", "Ratings per aspect"),
    "aspect": translate("Report", "Aspect"),
    "range": translate("Report", "Range"),
    "spread": translate("Report", "Spread (low – high)"),
    "h_context": translate("Report", "Context of use"),
    "share": translate("Report", "Share"),
    "percent": translate("Report", "{pct}%"),
    "duration": translate("Report", "Mean duration of use {mean} weeks (n = {n})."),
    "clients": translate("Report", "On average {mean} clients per loan (n = {n})."),
    "h_quotes": translate("Report", "From practice"),
    "h_pros": translate("Report", "Plus points"),
    "h_cons": translate("Report", "Minus points"),
    "balance": translate("Report", "All approved reviews together: {pros} and {cons}."),
    "no_cons": translate("Report", "The approved reviews name no minus points."),
    "no_pros": translate("Report", "The approved reviews name no plus points."),
    "h_practical": translate("Report", "Cleaning and practical tips"),
    "protocol": translate("Report", "Cleaning protocol"),
    "cleaning_effort": translate(
        "Report",
        "Cleaning effort according to the reviews: mean {mean} on 1–5 (5 = no effort, n = {n}).",
    ),
    "tips": translate("Report", "Tips from colleagues"),
    "h_about": translate("Report", "About this report"),
    "about": translate(
        "Report",
        "This report holds only reviews by care professionals that the lending service checked and approved; nothing was added or left out to flatter the picture: plus points, minus points and tips stand side by side. Names, e-mail addresses, phone numbers and card codes were taken out of free text. Means, spreads and percentages appear only from {min_n} answers on; below that the report says ‘too few reviews’. Reviewers are named only with their consent; otherwise a role and organisation that several reviewers share, or just ‘Care professional’. NPS = % promoters (9–10) − % detractors (0–6), from −100 to +100.",
    ),
    "footer": translate("Report", "LendingDesk · {what} · made on {date}"),
    "col_product": translate("Report", "Product"),
    "col_category": translate("Report", "Category"),
    "col_loans": translate("Report", "Loans"),
    "col_reviews": translate("Report", "Reviews"),
    "col_rating": translate("Report", "Rating (1–5)"),
    "col_sus": translate("Report", "SUS (0–100)"),
    "col_nps": translate("Report", "NPS"),
    "total": translate("Report", "Total"),
    "overview_note": translate(
        "Report",
        "— = too few reviews to show a mean (fewer than {min_n}). Rating is the mean overall rating; SUS is the mean score with its Sauro–Lewis grade; NPS = % promoters − % detractors.",
    ),
    "response_title": translate("Report", "Response to review invitations"),
    "response_by_product": translate("Report", "Per product"),
    "response_by_team": translate("Report", "Per team"),
    "col_team": translate("Report", "Team"),
    "col_returned": translate("Report", "Returned"),
    "col_invited": translate("Report", "Invited"),
    "col_opened": translate("Report", "Link opened"),
    "col_reviewed": translate("Report", "Reviewed"),
    "col_median_days": translate("Report", "Median days to review"),
    "response_note": translate(
        "Report",
        "Invited: an invitation e-mail sent or a personal review link issued. Opened: the review link was opened. Reviewed: there is a review for the loan (also while it is being moderated). Percentages of the loans returned in the period. Teams with fewer than {k} loans are counted together under ‘Other teams’.",
    ),
}
# Texts with a count: their plural forms are in the catalogues (%n is the count).
_PLURALS: dict[str, Callable[[int], Message]] = {
    "loans": lambda n: translate("Report", "%n loan(s)", None, n),
    "reviews": lambda n: translate("Report", "%n review(s)", None, n),
    "promoters": lambda n: translate("Report", "%n promoter(s)", None, n),
    "passives": lambda n: translate("Report", "%n passive(s)", None, n),
    "detractors": lambda n: translate("Report", "%n detractor(s)", None, n),
    "pros": lambda n: translate("Report", "%n plus point(s)", None, n),
    "cons": lambda n: translate("Report", "%n minus point(s)", None, n),
    "more_tips": lambda n: translate("Report", "And %n more tip(s).", None, n),
    "products": lambda n: translate("Report", "%n product(s)", None, n),
    "sus_too_few": lambda n: translate(
        "Report", "%n professional(s) completed the SUS; a mean is shown from {min_n} on.", None, n
    ),
    "not_enough": lambda n: translate(
        "Report",
        "There are only %n approved review(s) so far. Means, spreads and charts appear from {min_n} reviews on, so that no single judgement can be traced or decides the picture.",
        None,
        n,
    ),
    "response": lambda n: translate("Report", "after %n loan(s) ({pct}%)", None, n),
    "more_pros": lambda n: translate(
        "Report", "And %n more plus point(s) in the export (reviews.csv).", None, n
    ),
    "more_cons": lambda n: translate(
        "Report", "And %n more minus point(s) in the export (reviews.csv).", None, n
    ),
}


def _t(key: str, lang: str, **values: object) -> str:
    return _nbsp(_STRINGS[key].format(**values).render(lang))


def _nbsp(text: str) -> str:
    return text.replace(" = ", "\u00a0=\u00a0")  # "n = 12" never breaks across lines


def _lang(lang: str) -> str:
    return "nl" if lang.startswith("nl") else "en"


def format_number(
    value: float, decimals: int = 1, lang: str = "nl", *, signed: bool = False
) -> str:
    """A number as the reader's language writes it: decimal comma in Dutch, true minus sign."""
    text = f"{abs(value):.{decimals}f}"
    if _lang(lang) == "nl":
        text = text.replace(".", ",")
    rounded_zero = float(text.replace(",", ".")) == 0
    if value < 0 and not rounded_zero:
        return f"−{text}"
    return f"+{text}" if signed and not rounded_zero else text


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that puts 'Product 2' before 'Product 10'."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part)
        for part in re.split(r"(\d+)", text.casefold())
        if part
    )


def _count(key: str, n: int, lang: str, **values: object) -> str:
    """The text of ``key`` in _PLURALS with the plural form that ``n`` takes in ``lang``."""
    return _nbsp(_PLURALS[key](n).format(**values).render(lang))


# --------------------------------------------------------------------------- page frame


def _build(
    story: list[Any], out: Output, *, title: str, footer: str, lang: str, landscape: bool = False
) -> int:
    from lendingdesk.documents.report_page import build_report

    return build_report(
        story,
        out,
        title=title,
        footer=footer,
        lang=_lang(lang),
        subject=_t("overview_kicker" if landscape else "kicker", lang),
        landscape=landscape,
    )


# --------------------------------------------------------------------------- building blocks


_PARSED_MAX = 4096


@cache
def _paragraph_class() -> type:
    from reportlab.platypus import Paragraph

    class WrapOnceParagraph(Paragraph):
        """A Paragraph that breaks its lines once per width.

        Tables wrap every cell to size the rows and again to draw it, and a KeepTogether wraps
        its content to test the fit: the same lines each time, since they depend only on the
        width. The line breaking was a fifth of a report's drawing time.
        """

        _wrapped_width: float | None = None
        # (text, style) -> what reportlab's markup parser made of it. Nine in ten of a report's
        # paragraphs repeat a text (column heads, answer counts, scale labels), and parsing was
        # a tenth of a report's drawing time. Bounded: cleared when it grows past _PARSED_MAX.
        _parsed: ClassVar[dict[tuple[str, Any], tuple[str, Any, Any, Any]]] = {}

        def _setup(self, text: str, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
            if frags is not None or bulletText is not None:
                super()._setup(text, style, bulletText, frags, cleaner)
                return
            key = (text, style)
            parsed = self._parsed.get(key)
            if parsed is None:
                super()._setup(text, style, None, None, cleaner)
                if len(self._parsed) >= _PARSED_MAX:
                    self._parsed.clear()
                self._parsed[key] = (self.text, self.style, self.frags, self.bulletText)
                self.frags = [f.clone() for f in self.frags]
                return
            clean, parsed_style, parsed_frags, bullet = parsed
            # Copies: line breaking must not change the fragments the next paragraph uses.
            super()._setup(clean, parsed_style, bullet, [f.clone() for f in parsed_frags], cleaner)

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            # split() drops blPara when the paragraph moves on whole: then wrap afresh.
            if availWidth == self._wrapped_width and "blPara" in self.__dict__:
                self.width = availWidth
                return self.width, self.height
            size = super().wrap(availWidth, availHeight)
            self._wrapped_width = availWidth if "blPara" in self.__dict__ else None
            return size

    return WrapOnceParagraph


def _p(text: str, style: str) -> Any:
    """A Paragraph from our own markup; user text must pass through report_style.para first."""
    from lendingdesk.documents.report_style import styles

    return _paragraph_class()(text, styles()[style])


def _styled(table: Any, commands: Sequence[tuple[Any, ...]]) -> Any:
    """Apply a table style; cells holding plain strings are drawn in the embedded font too."""
    from reportlab.platypus import TableStyle

    from lendingdesk.documents.report_style import FONT

    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands]))
    return table


def _table(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    zebra: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Any:
    from reportlab.platypus import Table

    from lendingdesk.documents.report_style import RULE, ZEBRA

    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE))
    if zebra:
        start = 1 if header else 0
        commands.extend(
            ("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(start + 1, len(rows), 2)
        )
    commands.extend(extra)
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    _styled(table, commands)
    return table


def _c(text: str, style: str) -> Any:
    """A cell of an answer table (:func:`_grid`): our own markup, as for :func:`_p`."""
    from lendingdesk.documents.report_grid import Cell
    from lendingdesk.documents.report_style import styles

    return Cell(text, styles()[style])


def _grid(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    spans: dict[tuple[int, int], int] | None = None,
) -> Any:
    """An answer table: the look of ``_table(rows, widths)``, drawn by report_grid.Grid.

    ``rows``: a head row, then the body; cells made with :func:`_c`, a chart, or None where a
    cell is covered by ``spans`` ((row, column) -> columns that cell covers)."""
    from lendingdesk.documents.report_grid import Cell, Grid
    from lendingdesk.documents.report_style import RULE, ZEBRA

    spans = spans or {}
    paragraph = _paragraph_class()

    def as_table() -> Any:
        cells = [
            [paragraph(*c) if isinstance(c, Cell) else "" if c is None else c for c in row]
            for row in rows
        ]
        extra = [("SPAN", (c, r), (c + n - 1, r)) for (r, c), n in spans.items()]
        return _table(cells, widths, extra=extra)

    return Grid(
        rows, widths, spans=spans, zebra=ZEBRA, rule=RULE, paragraph=paragraph, as_table=as_table
    )


def _withheld_text(n: int, lang: str) -> str:
    return _t("too_few", lang, n=n) if n else _t("none", lang)


def _tiles(data: ProductReportData, summary: ReviewSummary, width: float, lang: str) -> Any:
    from lendingdesk.documents.report_grid import Tiles
    from lendingdesk.documents.report_style import TILE

    def tile(label: str, value: str | None, note: str) -> list[Any]:
        return [_p(label, "tile_label"), _p(value or "—", "tile_value"), _p(note, "tile_note")]

    rating = summary.rating
    rating_tile = (
        tile(
            _t("t_rating", lang), format_number(rating.mean, 1, lang), _t("of_5", lang, n=rating.n)
        )
        if rating.mean is not None
        else tile(_t("t_rating", lang), None, _withheld_text(rating.n, lang))
    )
    sus = summary.sus
    sus_tile = (
        tile(
            _t("t_sus", lang),
            format_number(sus.mean, 1, lang),
            _t(
                "sus_note",
                lang,
                grade=summary.sus_grade,
                verdict=summary.sus_acceptability.label.get(lang),
                n=sus.n,
            ),
        )
        if sus.mean is not None and summary.sus_acceptability is not None
        else tile(_t("t_sus", lang), None, _withheld_text(sus.n, lang))
    )
    nps = summary.nps
    nps_tile = (
        tile(
            _t("t_nps", lang),
            format_number(nps.score, 0, lang, signed=True),
            _t(
                "nps_note",
                lang,
                p=_count("promoters", nps.promoters, lang),
                pa=_count("passives", nps.passives, lang),
                d=_count("detractors", nps.detractors, lang),
            ),
        )
        if nps.score is not None
        else tile(_t("t_nps", lang), None, _withheld_text(nps.n, lang))
    )
    response = (
        _count(
            "response", data.loans, lang, pct=format_number(100 * summary.n / data.loans, 0, lang)
        )
        if data.loans
        else ""
    )
    reviews_tile = tile(_t("t_reviews", lang), str(summary.n), response)
    gap = 6
    tile_w = (width - 3 * gap) / 4
    return Tiles([rating_tile, sus_tile, nps_tile, reviews_tile], tile_w, gap, TILE)


def _section(title: str, *flowables: Any) -> list[Any]:
    """A heading kept together with the start of its content."""
    from reportlab.platypus import KeepTogether

    return [KeepTogether([_p(title, "h2"), *flowables])]


def _positive_health(summary: ReviewSummary, width: float, lang: str) -> list[Any]:
    from reportlab.platypus import Table

    from lendingdesk.documents.report_charts import RadarPoint, radar_chart

    if not any(d.n for d in summary.positive_health):
        return []  # an instrument without Positive Health items
    points = []
    rows: list[list[Any]] = [
        [
            _c(_t("dimension", lang), "head"),
            _c(_t("mean", lang), "head_right"),
            _c("n", "head_right"),
            _c(_t("na", lang), "head_right"),
        ]
    ]
    for dim in summary.positive_health:
        label = dim.label.get(lang)
        mean = format_number(dim.mean, 1, lang, signed=True) if dim.mean is not None else "—"
        points.append(RadarPoint(label, dim.mean, mean if dim.mean is not None else ""))
        rows.append(
            [
                _c(label, "cell"),
                _c(mean, "cell_right"),
                _c(str(dim.n), "cell_right"),
                _c(str(dim.not_applicable), "cell_right"),
            ]
        )
    chart_w = 286
    table = _grid(rows, [110, 34, 27, 36])
    notes = [_p(_t("ph_intro", lang), "small")]
    if any(d.mean is None for d in summary.positive_health) and any(
        d.mean is not None for d in summary.positive_health
    ):
        notes.append(_p(_t("ph_partial", lang), "small"))
    side = Table([[table], *[[n] for n in notes]], colWidths=[width - chart_w])
    _styled(side, [("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 1), (-1, -1), 6)])
    layout = Table(
        [[radar_chart(points, width=chart_w, height=214), side]],
        colWidths=[chart_w, width - chart_w],
    )
    _styled(layout, [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return _section(_t("h_ph", lang), layout)


def _effects(summary: ReviewSummary, width: float, lang: str) -> list[Any]:
    from lendingdesk.documents.report_charts import LikertRow, likert_chart

    rows = []
    items = [summary.definitions[key] for key in EFFECT_ITEMS if key in summary.definitions]
    for item in items:
        stats = summary.item_stats(item.key)
        label = item.short_label.get(lang)
        if stats.mean is None:
            rows.append(LikertRow(label, (0,) * 5, _withheld_text(stats.n, lang)))
            continue
        counts = [stats.distribution.get(v, 0) for v in range(-2, 3)]
        note = _t(
            "effect_note", lang, mean=format_number(stats.mean, 1, lang, signed=True), n=stats.n
        )
        if stats.not_applicable:
            note += f" · {_t('na', lang)} {stats.not_applicable}"
        rows.append(LikertRow(label, counts, note))
    if not rows:
        return []
    legend = [o.label.get(lang) for o in items[0].options if o.value != NOT_APPLICABLE]
    chart = likert_chart(rows, width=width, legend=legend, label_width=90, note_width=150)
    return _section(_t("h_effects", lang), _p(_t("effects_intro", lang), "small"), chart)


def _sus(summary: ReviewSummary, width: float, lang: str) -> list[Any]:
    from reportlab.platypus import Spacer

    from lendingdesk.documents.report_charts import sus_band

    sus = summary.sus
    if not sus.n:
        return []
    if sus.mean is None or summary.sus_acceptability is None:
        text = _count("sus_too_few", sus.n, lang, min_n=summary.min_n)
        return _section(_t("h_sus", lang), _p(text, "body"))
    assert sus.minimum is not None and sus.maximum is not None
    verdict = summary.sus_acceptability.label.get(lang)
    text = _t(
        "sus_text",
        lang,
        mean=format_number(sus.mean, 1, lang),
        sd=format_number(sus.sd, 1, lang) if sus.sd is not None else "—",
        low=format_number(sus.minimum, 1, lang),
        high=format_number(sus.maximum, 1, lang),
        n=sus.n,
        grade=summary.sus_grade,
        verdict=verdict,
    )
    band = sus_band(
        mean=sus.mean,
        sd=sus.sd,
        minimum=sus.minimum,
        maximum=sus.maximum,
        zone_labels=_t("zones", lang).split("|"),
        mean_label=_t("sus_mean_label", lang, mean=format_number(sus.mean, 1, lang)),
        benchmark_label=_t("benchmark", lang),
        width=width,
    )
    caption = _p(_t("sus_caption", lang), "small")
    return _section(_t("h_sus", lang), _p(text, "body"), band, Spacer(1, 4), caption)


# Items with a section of their own, or not a rating: left out of the per-aspect table.
_NOT_IN_ITEM_TABLE = frozenset(
    {
        *SUS_KEYS,
        *EFFECT_ITEMS,
        *(key for key, _ in POSITIVE_HEALTH),
        "duration_weeks",
        "number_of_clients",
    }
)


def _items(summary: ReviewSummary, width: float, lang: str) -> list[Any]:
    from lendingdesk.documents.report_charts import distribution_bar

    keys = [
        key
        for key, item in summary.definitions.items()
        if item.numeric
        and item.type is not ItemType.INTEGER
        and key not in _NOT_IN_ITEM_TABLE
        and summary.item_stats(key).n
    ]
    if not keys:
        return []
    bar_w = 110
    widths = [width - 3 * 44 - 60 - (bar_w + 16), 44, 44, 44, 60, bar_w + 16]
    rows: list[list[Any]] = [
        [
            _c(_t("aspect", lang), "head"),
            _c("n", "head_right"),
            _c(_t("mean", lang), "head_right"),
            _c("sd", "head_right"),
            _c(_t("range", lang), "head_right"),
            _c(_t("spread", lang), "head"),
        ]
    ]
    spans: dict[tuple[int, int], int] = {}
    for key in keys:
        item = summary.definitions[key]
        stats = summary.item_stats(key)
        label = _c(item.short_label.get(lang), "cell")
        if stats.mean is None:
            spans[len(rows), 2] = 4  # "too few reviews" across mean, sd, range and spread
            withheld = _c(_withheld_text(stats.n, lang), "small")
            rows.append([label, _c(str(stats.n), "cell_right"), withheld, None, None, None])
            continue
        assert stats.minimum is not None and stats.maximum is not None
        rows.append(
            [
                label,
                _c(str(stats.n), "cell_right"),
                _c(format_number(stats.mean, 1, lang), "cell_right"),
                _c(format_number(stats.sd, 1, lang) if stats.sd is not None else "—", "cell_right"),
                _c(
                    f"{format_number(stats.minimum, 0, lang)}–{format_number(stats.maximum, 0, lang)}",
                    "cell_right",
                ),
                distribution_bar(list(stats.distribution.values()), width=bar_w),
            ]
        )
    return _section(_t("h_items", lang), _grid(rows, widths, spans=spans))


def _breakdown_table(
    title: str, breakdown: Breakdown, summary: ReviewSummary, key: str, width: float, lang: str
) -> list[Any]:
    from lendingdesk.documents.report_style import para

    item = summary.definitions[key]
    if not breakdown.counts:
        return [_p(title, "h3"), _p(_withheld_text(breakdown.n, lang), "small")]
    rows: list[list[Any]] = [
        [
            _c(item.short_label.get(lang), "head"),
            _c("n", "head_right"),
            _c(_t("share", lang), "head_right"),
        ]
    ]
    for value, count in breakdown.counts.items():
        pct = format_number(100 * count / breakdown.n, 0, lang)
        rows.append(
            [
                _c(para(item.option_label(value, lang)), "cell"),
                _c(str(count), "cell_right"),
                _c(_t("percent", lang, pct=pct), "cell_right"),
            ]
        )
    return [_grid(rows, [width - 80, 34, 46])]


_CONTEXT_KEYS = ("setting", "client_group", "frequency", "setup_time")


def _context(summary: ReviewSummary, width: float, lang: str) -> list[Any]:
    from reportlab.platypus import Spacer, Table

    keys = [k for k in _CONTEXT_KEYS if k in summary.choices and summary.choices[k].n]
    if not keys:
        return []
    gap = 18
    col_w = (width - gap) / 2
    cells = [
        _breakdown_table(
            summary.definitions[k].short_label.get(lang),
            summary.choices[k],
            summary,
            k,
            col_w,
            lang,
        )
        for k in keys
    ]
    grid_rows = []
    for i in range(0, len(cells), 2):
        pair = cells[i : i + 2]
        grid_rows.append([pair[0], "", pair[1] if len(pair) > 1 else ""])
    grid = Table(grid_rows, colWidths=[col_w, gap, col_w], hAlign="LEFT")
    _styled(
        grid,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ],
    )
    lines = []
    for key, string in (("duration_weeks", "duration"), ("number_of_clients", "clients")):
        stats = summary.item_stats(key)
        if stats.mean is not None:
            lines.append(
                _p(_t(string, lang, mean=format_number(stats.mean, 1, lang), n=stats.n), "small")
            )
    return _section(_t("h_context", lang), grid, *lines, Spacer(1, 2))


def _quotes(data: ProductReportData, width: float, lang: str) -> list[Any]:
    """Plus points and minus points, each quoted with its public author, side by side in weight.

    Both lists get the same room (MAX_QUOTES each) and both are counted, so the reader sees the
    balance even when one side is longer than the page allows.
    """
    from reportlab.platypus import KeepTogether, Spacer

    from lendingdesk.documents.report_grid import RuledBlock
    from lendingdesk.documents.report_style import ACCENT, MINUS, para

    def block(quote: Quote, colour: Any) -> list[Any]:
        cell = [
            _p(f"“{para(quote.text.strip())}”", "quote"),
            _p(f"— {para(quote.author)}", "small"),
        ]
        return [RuledBlock(cell, width - 4, colour), Spacer(1, 6)]

    pros = [q for q in data.quotes if q.text.strip()]
    cons = [q for q in data.minus if q.text.strip()]
    if not pros and not cons:
        return []
    balance = _t(
        "balance",
        lang,
        pros=_count("pros", len(pros), lang),
        cons=_count("cons", len(cons), lang),
    )
    # Each side: a group kept together (its heading and first quote), then the rest flowing.
    # (No KeepTogether inside another: reportlab's forced split would push the whole group.)
    head: list[Any] = [_p(_t("h_quotes", lang), "h2"), _p(balance, "small"), Spacer(1, 4)]
    story: list[Any] = []
    for key, quotes, colour, none in (
        ("pros", pros, ACCENT, "no_pros"),
        ("cons", cons, MINUS, "no_cons"),
    ):
        group = [*head, _p(_t(f"h_{key}", lang), "h3")]
        head = []  # the section heading and balance line stay with the first group
        if not quotes:
            story += [KeepTogether([*group, _p(_t(none, lang), "small")]), Spacer(1, 6)]
            continue
        blocks = [block(q, colour) for q in quotes[:MAX_QUOTES]]
        story.append(KeepTogether([*group, *blocks[0]]))
        story += [flowable for b in blocks[1:] for flowable in b]
        more = len(quotes) - MAX_QUOTES
        if more > 0:
            text = _count(f"more_{key}", more, lang)
            story += [_p(text, "small"), Spacer(1, 6)]
    return story


def _practical(data: ProductReportData, summary: ReviewSummary, lang: str) -> list[Any]:
    from reportlab.platypus import ListFlowable, ListItem

    from lendingdesk.documents.report_style import FONT, para, styles

    body: list[Any] = []
    if data.cleaning.strip():
        body += [_p(_t("protocol", lang), "h3"), _p(para(data.cleaning.strip()), "body")]
    effort = summary.item_stats("cleaning_effort")
    if effort.mean is not None:
        body.append(
            _p(
                _t("cleaning_effort", lang, mean=format_number(effort.mean, 1, lang), n=effort.n),
                "small",
            )
        )
    tips = [t.strip() for t in data.tips if t.strip()]
    if tips:
        items = [
            ListItem(_p(para(tip), "body"), leftIndent=11, value="•") for tip in tips[:MAX_TIPS]
        ]
        body += [
            _p(_t("tips", lang), "h3"),
            ListFlowable(
                items,
                bulletType="bullet",
                start="•",
                leftIndent=11,
                bulletFontName=FONT,  # reportlab's default is an unembedded Helvetica
                bulletFontSize=9,
                bulletColor=styles()["small"].textColor,
            ),
        ]
        if len(tips) > MAX_TIPS:
            more = len(tips) - MAX_TIPS
            body.append(_p(_count("more_tips", more, lang), "small"))
    if not body:
        return []
    return [_p(_t("h_practical", lang), "h2"), *body]


def _closing(story: list[Any], practical: list[Any], min_n: int, lang: str) -> list[Any]:
    """The last section and "About this report", kept together: never a near-empty last page.

    "About" alone is a few small lines; pushed over a page break by itself it would make a last
    page that is nearly white. Moving with the section before it, the last page always carries
    content; the last two quotes come along when they end the story before it.
    """
    from reportlab.platypus import KeepTogether, Spacer

    from lendingdesk.documents.report_grid import RuledBlock

    about = [_p(_t("h_about", lang), "h2"), _p(_t("about", lang, min_n=min_n), "small")]
    last: list[Any] = []
    while len(last) < 4 and len(story) >= 2:  # up to two quote blocks
        if not (isinstance(story[-2], RuledBlock) and isinstance(story[-1], Spacer)):
            break
        last = [*story[-2:], *last]
        del story[-2:]
    return [KeepTogether([*last, *practical, *about])]


def _response(rates: ResponseRates, width: float, lang: str, k: int) -> list[Any]:
    """The response to review invitations: two tables (per product, per team) with a total."""
    from reportlab.platypus import KeepTogether

    from lendingdesk.documents.report_style import RULE, para

    def count(row: ResponseRow, n: int) -> str:
        share = row.share(n)
        percent = format_number(100 * share, 0, lang) if share is not None else "—"
        return f"{n} ({percent} %)"

    def table(first: str, rows: Sequence[ResponseRow]) -> Any:
        head = [_p(_t(first, lang), "head")] + [
            _p(_t(key, lang), "head_right")
            for key in (
                "col_returned",
                "col_invited",
                "col_opened",
                "col_reviewed",
                "col_median_days",
            )
        ]
        body = [head]
        for row in [*rows, replace(rates.total, label=_t("total", lang))]:
            days = format_number(row.median_days, 1, lang) if row.median_days is not None else "—"
            body.append(
                [
                    _p(para(row.label), "cell"),
                    _p(str(row.returned), "cell_right"),
                    _p(count(row, row.invited), "cell_right"),
                    _p(count(row, row.opened), "cell_right"),
                    _p(count(row, row.reviewed), "cell_right"),
                    _p(days, "cell_right"),
                ]
            )
        fixed = [86, 96, 96, 104, 124]
        return _table(
            body,
            [width - sum(fixed), *fixed],
            extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE)],
        )

    return [
        *_section(
            _t("response_title", lang),
            _p(f"<b>{_t('response_by_product', lang)}</b>", "cell"),
            table("col_product", rates.products),
        ),
        _p("&nbsp;", "small"),
        KeepTogether(
            [
                _p(f"<b>{_t('response_by_team', lang)}</b>", "cell"),
                table("col_team", rates.teams),
                _p("&nbsp;", "small"),
                _p(_t("response_note", lang, k=k), "small"),
            ]
        ),
    ]


def _header(kicker: str, title: str, subtitle: str, meta: str) -> list[Any]:
    from reportlab.platypus import Spacer

    from lendingdesk.documents.report_style import para

    parts = [_p(para(kicker), "kicker"), _p(para(title), "title")]
    if subtitle:
        parts.append(_p(para(subtitle), "subtitle"))
    parts += [_p(para(meta), "small"), Spacer(1, 10)]
    return parts


def _summary_of(
    data: ProductReportData,
    summary: ReviewSummary | None,
    min_n: int,
    lookup: InstrumentLookup,
) -> ReviewSummary:
    if summary is None:
        return summarize(data.reviews, min_n=min_n, lookup=lookup)
    if summary.n != len(data.reviews) or summary.min_n != min_n:
        raise ValueError("summary is not of these reviews")
    return summary


def render_product_report(
    data: ProductReportData,
    out: Output,
    *,
    lang: str = "nl",
    generated_at: datetime | None = None,
    min_n: int = MIN_REVIEWS_FOR_AGGREGATES,
    lookup: InstrumentLookup = load_instrument,
    summary: ReviewSummary | None = None,
) -> int:
    """Write one product's review report as PDF to ``out``; returns the page count.

    ``summary``: ``summarize(data.reviews, min_n=min_n, lookup=lookup)`` when the caller has
    already worked it out (the export does), so it is not computed twice.
    """
    summary = _summary_of(data, summary, min_n, lookup)
    return draw_product_report(data, summary, out, lang=lang, generated_at=generated_at)


def draw_product_report(
    data: ProductReportData,
    summary: ReviewSummary,
    out: Output,
    *,
    lang: str = "nl",
    generated_at: datetime | None = None,
) -> int:
    """:func:`render_product_report` from ``summary``, which the caller made of data's reviews
    (``summarize(data.reviews, …)``): ``data.reviews`` itself is not read, so a caller that
    sends the work to another process need not send the reviews along (the export does so)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Spacer

    min_n = summary.min_n
    lang = _lang(lang)
    made = format_date((generated_at or datetime.now()).date(), lang)
    width = A4[0] - 2 * 51
    meta = " · ".join(
        [
            data.period.label(lang),
            _count("loans", data.loans, lang),
            _count("reviews", summary.n, lang),
        ]
    )
    iso = f"ISO 9999:2022 {data.iso9999}" if data.iso9999 else ""
    subtitle = " · ".join(x for x in (data.maker.strip(), data.category.strip(), iso) if x)
    story: list[Any] = _header(_t("kicker", lang), data.name, subtitle, meta)
    story.append(_tiles(data, summary, width, lang))
    if not summary.n:
        story += [Spacer(1, 10), _p(_t("no_reviews", lang), "body")]
    elif not summary.enough:
        text = _count("not_enough", summary.n, lang, min_n=min_n)
        story += [Spacer(1, 10), _p(text, "body")]
    else:
        story += _positive_health(summary, width, lang)
        story += _effects(summary, width, lang)
        story += _sus(summary, width, lang)
        story += _items(summary, width, lang)
        story += _context(summary, width, lang)
    story += _quotes(data, width, lang)
    story += _closing(story, _practical(data, summary, lang), min_n, lang)
    footer = _t("footer", lang, what=data.name, date=made)
    return _build(story, out, title=f"{_t('kicker', lang)}: {data.name}", footer=footer, lang=lang)


def render_overview_report(
    products: Sequence[ProductReportData],
    out: Output,
    *,
    period: Period | None = None,
    lang: str = "nl",
    generated_at: datetime | None = None,
    min_n: int = MIN_REVIEWS_FOR_AGGREGATES,
    lookup: InstrumentLookup = load_instrument,
    summaries: Sequence[ReviewSummary] | None = None,
    response: ResponseRates | None = None,
    k: int = 3,
) -> int:
    """Write the overview across products (loans, reviews, rating, SUS, NPS) as PDF; page count.
    ``response``: the response to review invitations (per product and team), as published.

    ``summaries``: one per product, in the order of ``products``, when already worked out.
    """
    from reportlab.lib.pagesizes import A4, landscape

    from lendingdesk.documents.report_style import RULE, para

    lang = _lang(lang)
    made = format_date((generated_at or datetime.now()).date(), lang)
    width = landscape(A4)[0] - 2 * 51
    period = period or Period()
    head = [
        _p(_t("col_product", lang), "head"),
        _p(_t("col_category", lang), "head"),
        _p(_t("col_loans", lang), "head_right"),
        _p(_t("col_reviews", lang), "head_right"),
        _p(_t("col_rating", lang), "head_right"),
        _p(_t("col_sus", lang), "head_right"),
        _p(_t("col_nps", lang), "head_right"),
    ]
    rows: list[list[Any]] = [head]
    loans = reviews = 0
    if summaries is not None and len(summaries) != len(products):
        raise ValueError("one summary per product")
    given = summaries if summaries is not None else [None] * len(products)
    pairs = sorted(
        zip(products, given, strict=True),
        key=lambda pair: (_natural(pair[0].name), _natural(pair[0].maker)),
    )
    for product, known in pairs:
        summary = _summary_of(product, known, min_n, lookup)
        loans += product.loans
        reviews += summary.n
        name = f"<b>{para(product.name)}</b>" + (
            f"<br/><font size=7.5 color='#5b6770'>{para(product.maker)}</font>"
            if product.maker
            else ""
        )
        rating = (
            format_number(summary.rating.mean, 1, lang) if summary.rating.mean is not None else "—"
        )
        sus = (
            f"{format_number(summary.sus.mean, 1, lang)} ({summary.sus_grade})"
            if summary.sus.mean is not None
            else "—"
        )
        nps = (
            format_number(summary.nps.score, 0, lang, signed=True)
            if summary.nps.score is not None
            else "—"
        )
        rows.append(
            [
                _p(name, "cell"),
                _p(para(product.category), "cell"),
                _p(str(product.loans), "cell_right"),
                _p(str(summary.n), "cell_right"),
                _p(rating, "cell_right"),
                _p(sus, "cell_right"),
                _p(nps, "cell_right"),
            ]
        )
    rows.append(
        [
            _p(f"<b>{_t('total', lang)}</b>", "cell"),
            "",
            _p(f"<b>{loans}</b>", "cell_right"),
            _p(f"<b>{reviews}</b>", "cell_right"),
            "",
            "",
            "",
        ]
    )
    fixed = [70, 62, 80, 86, 60]
    widths = [width - sum(fixed) - 150, 150, *fixed]
    table = _table(
        rows,
        widths,
        extra=[
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE),
            ("BACKGROUND", (0, -1), (-1, -1), None),
        ],
    )
    meta = f"{period.label(lang)} · {_count('products', len(products), lang)}"
    story = _header(_t("overview_kicker", lang), _t("overview_title", lang), "", meta)
    story += [table, _p("&nbsp;", "small"), _p(_t("overview_note", lang, min_n=min_n), "small")]
    if response is not None and response.total.returned:
        story += _response(response, width, lang, k)
    footer = _t("footer", lang, what=_t("overview_kicker", lang), date=made)
    return _build(
        story, out, title=_t("overview_kicker", lang), footer=footer, lang=lang, landscape=True
    )
