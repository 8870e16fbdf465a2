"""The platform export bundle: approved reviews as schema.org JSON-LD, CSV and PDF in one zip.

Publishing rules (reviews.md) shape every line here:

* only reviews a moderator approved leave the building;
* a reviewer is named only with consent -- otherwise the author is "discipline, organisation",
  and the names of non-consenting reviewers are also blanked out of all free text, in case a
  colleague's name slipped past moderation;
* aggregates come from :func:`~lendingdesk.domain.reviews.summarize`, already gated at the
  minimum number of reviews, so a mean over two reviews cannot be published;
* nothing is invented: a review without a rating is left out of JSON-LD rather than given one.

The input dataclasses have no field for contact details (e-mail, phone, badge code), so none
can end up in a bundle. ``manifest.json`` lists every other file with its SHA-256.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import hashlib
import io
import json
import multiprocessing
import os
import re
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from lendingdesk import __version__
from lendingdesk.documents.reports import (
    Period,
    ProductReportData,
    draw_product_report,
    render_overview_report,
)
from lendingdesk.domain import iso9999
from lendingdesk.domain.reviews import (
    MIN_REVIEWS_FOR_AGGREGATES,
    POSITIVE_HEALTH,
    Instrument,
    ItemType,
    ReviewSummary,
    ScoredReview,
    ScoreMethod,
    load_instrument,
    summarize,
)
from lendingdesk.domain.reviews.summary import EFFECT_ITEMS, InstrumentLookup
from lendingdesk.exchange.publishing import (
    CITATIONS,
    DEFAULT_K,
    POSITIVE_HEALTH_NOTE,
    REPORT_TEXTS,
    Author,
    AuthorLabels,
    ExportReview,
    LoanContext,
    Moderation,
    ProductFacts,
    Redactor,
    citation_of,
    month_of,
    published_texts,
    report_data,
)
from lendingdesk.safe_text import spreadsheet_cell
from lendingdesk.translation import translate

__all__ = [
    "BUNDLE_FORMAT",
    "Author",
    "ExportData",
    "ExportProduct",
    "ExportReview",
    "LoanContext",
    "Moderation",
    "build_bundle",
    "public_author",
]

BUNDLE_FORMAT = "lendingdesk-review-bundle"
BUNDLE_FORMAT_VERSION = 1


@dataclass(frozen=True)
class ExportProduct:
    id: str
    name: str
    maker: str = ""
    category: str = ""
    loans: int = 0  # loans in the export period
    cleaning: str = ""
    reviews: Sequence[ExportReview] = ()
    iso9999: str = ""  # ISO 9999:2022 class, dotted ("12.23.06")


@dataclass(frozen=True)
class ExportData:
    products: Sequence[ExportProduct]
    publisher: str = ""  # the lending service, e.g. "Uitleenservice Zorgtechnologie Regio Oost"
    id_prefix: str = "urn:lendingdesk"  # or the platform's base URL; used for JSON-LD @id
    k: int = DEFAULT_K  # people who must share a published "discipline, organisation" label


def public_author(review: ExportReview, lang: str = "nl") -> Author:
    """The author of ``review`` on its own, as the desk shows it (no k: that needs the bundle)."""
    return AuthorLabels([review], k=1).author(review, lang)


# --------------------------------------------------------------------------- selection


@dataclass(frozen=True)
class _Selected:
    """One product with the reviews that may be published, free text already redacted."""

    product: ExportProduct
    reviews: list[ExportReview]
    summary: ReviewSummary
    texts: dict[str, dict[str, str]] = field(default_factory=dict)  # review id -> item -> text
    authors: dict[str, Author] = field(default_factory=dict)  # review id -> public author
    report: ProductReportData | None = None  # period filled in by build_bundle


class _Instruments(dict[str, Instrument]):
    """The instruments of the exported reviews, each looked up once."""

    def __init__(self, lookup: InstrumentLookup) -> None:
        super().__init__()
        self.lookup = lookup
        self._text_keys: dict[str, tuple[str, ...]] = {}

    def of(self, result: ScoredReview) -> Instrument:
        ref = result.instrument_ref
        if ref not in self:
            self[ref] = self.lookup(result.instrument_key, result.instrument_version)
        return self[ref]

    def text_keys_of(self, result: ScoredReview) -> tuple[str, ...]:
        """The keys of the free-text items of ``result``'s instrument, in instrument order."""
        ref = result.instrument_ref
        keys = self._text_keys.get(ref)
        if keys is None:
            keys = tuple(i.key for i in self.of(result).items if i.type is ItemType.TEXT)
            self._text_keys[ref] = keys
        return keys

    def text_keys(self) -> set[str]:
        return {item.key for i in self.values() for item in i.items if item.type is ItemType.TEXT}


def _with_report_texts(
    texts: dict[str, str], review: ExportReview, redact: Redactor, instruments: _Instruments
) -> dict[str, str]:
    missing = [k for k in REPORT_TEXTS if k not in instruments.text_keys_of(review.result)]
    return {**texts, **published_texts(review, redact, missing)} if missing else texts


def _select(
    data: ExportData, since: date | None, lang: str, k: int, min_n: int, instruments: _Instruments
) -> tuple[list[_Selected], AuthorLabels]:
    def publishable(review: ExportReview) -> bool:
        approved = review.moderation is Moderation.APPROVED
        return approved and (since is None or review.submitted >= since)

    # Every non-consenting reviewer known to the export is blanked out of all free text, not
    # only out of their own review: one colleague may name another.
    redact = Redactor(
        (r.reviewer_name for p in data.products for r in p.reviews if not r.consent), lang
    )
    chosen = [
        (product, sorted(filter(publishable, product.reviews), key=lambda r: (r.submitted, r.id)))
        for product in data.products
    ]
    # A label is published only when k different people in this bundle share it.
    authors = AuthorLabels((r for _, reviews in chosen for r in reviews), k)
    selected = []
    for product, reviews in chosen:
        texts = {
            review.id: published_texts(review, redact, instruments.text_keys_of(review.result))
            for review in reviews
        }
        # The report quotes the same texts: redacted once, here (and any of REPORT_TEXTS that
        # an instrument does not hold as a text item, as report_data would).
        report_texts = {
            review.id: _with_report_texts(texts[review.id], review, redact, instruments)
            for review in reviews
        }
        summary = summarize([r.result for r in reviews], min_n=min_n, lookup=instruments.lookup)
        facts = ProductFacts(
            product.name,
            product.maker,
            product.category,
            product.loans,
            product.cleaning,
            product.iso9999,
        )
        selected.append(
            _Selected(
                product,
                reviews,
                summary,
                texts,
                {r.id: authors.author(r, lang) for r in reviews},
                report_data(
                    facts,
                    reviews,
                    Period(),
                    redact=redact,
                    authors=authors,
                    lang=lang,
                    texts=report_texts,
                ),
            )
        )
    return selected, authors


# --------------------------------------------------------------------------- JSON-LD


def _round(value: float | None, digits: int = 2) -> float | int | None:
    if value is None:
        return None
    rounded = round(value, digits)
    return int(rounded) if float(rounded).is_integer() else rounded


# A list bullet is a marker followed by a space; "-20 % valincidenten" keeps its sign.
_BULLET = re.compile(r"^\s*(?:[•·*]|[-–]\s)\s*")


def _notes(text: str) -> dict[str, Any] | None:
    """One ListItem per line of a pros/cons text (list bullets stripped); None when empty."""
    lines = [_BULLET.sub("", line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return None
    return {
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": line}
            for i, line in enumerate(lines, start=1)
        ],
    }


def _review_node(
    item: _Selected,
    review: ExportReview,
    product_id: str,
    prefix: str,
    lang: str,
    instruments: _Instruments,
) -> dict[str, Any] | None:
    rating = review.result.scores.get("rating")
    if rating is None:
        return None
    author = item.authors[review.id]
    if author.kind == "person":
        author_node: dict[str, Any] = {"@type": "Person", "name": author.name}
        if author.discipline:
            author_node["jobTitle"] = author.discipline
        if author.organisation:
            author_node["affiliation"] = {"@type": "Organization", "name": author.organisation}
    else:
        author_node = {"@type": "Organization", "name": author.name}
    node: dict[str, Any] = {
        "@type": "Review",
        "@id": f"{prefix}:review:{review.id}",
        "itemReviewed": {"@id": product_id},
        "author": author_node,
        # The month only: an exact day next to a label can single the reviewer out.
        "datePublished": month_of(review.submitted),
        "inLanguage": lang,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": _round(rating),
            "bestRating": 5,
            "worstRating": 1,
        },
    }
    texts = item.texts.get(review.id, {})
    if texts:
        instrument = instruments.of(review.result)
        node["reviewBody"] = "\n".join(
            f"{instrument.item(k).short_label.get(lang)}: {v}" for k, v in texts.items()
        )
    for key, prop in (("pros", "positiveNotes"), ("cons", "negativeNotes")):
        if notes := _notes(texts.get(key, "")):
            node[prop] = notes
    return node


def _product_node(
    item: _Selected, data: ExportData, lang: str, instruments: _Instruments
) -> dict[str, Any]:
    product, summary = item.product, item.summary
    product_id = f"{data.id_prefix}:product:{product.id}"
    node: dict[str, Any] = {"@type": "Product", "@id": product_id, "name": product.name}
    if product.maker:
        node["brand"] = {"@type": "Brand", "name": product.maker}
    if product.category:
        node["category"] = product.category
    properties: list[dict[str, Any]] = []
    if product.iso9999:
        properties.append(
            {
                "@type": "PropertyValue",
                "propertyID": iso9999.EDITION,
                "name": "ISO 9999",
                "value": product.iso9999,
            }
        )
    if summary.rating.mean is not None:
        node["aggregateRating"] = {
            "@type": "AggregateRating",
            "itemReviewed": {"@id": product_id},
            "ratingValue": _round(summary.rating.mean),
            "ratingCount": summary.rating.n,
            "reviewCount": summary.rating.n,
            "bestRating": 5,
            "worstRating": 1,
        }
    if summary.sus.mean is not None and summary.sus_acceptability is not None:
        properties.append(
            {
                "@type": "PropertyValue",
                "propertyID": "SUS",
                "name": "System Usability Scale",
                "value": _round(summary.sus.mean, 1),
                "minValue": 0,
                "maxValue": 100,
                "description": f"n = {summary.sus.n}; Sauro–Lewis {summary.sus_grade}; "
                f"{summary.sus_acceptability.label.get(lang)}",
            }
        )
    if summary.nps.score is not None:
        properties.append(
            {
                "@type": "PropertyValue",
                "propertyID": "NPS",
                "name": "Net Promoter Score",
                "value": _round(summary.nps.score, 0),
                "minValue": -100,
                "maxValue": 100,
                "description": f"n = {summary.nps.n}",
            }
        )
    if properties:
        node["additionalProperty"] = properties
    if product.loans:
        # Lending itself: who lends the product and how often, never to whom or when exactly.
        lend: dict[str, Any] = {
            "@type": "LendAction",
            "object": {"@id": product_id},
            "description": _t_loans(product.loans, lang),
        }
        if data.publisher:
            lend["agent"] = {"@type": "Organization", "name": data.publisher}
        node["potentialAction"] = lend
    reviews = [
        _review_node(item, r, product_id, data.id_prefix, lang, instruments) for r in item.reviews
    ]
    if any(reviews):
        node["review"] = [r for r in reviews if r]
    return node


def _t_loans(n: int, lang: str) -> str:
    return translate("Report", "%n loan(s) in the period", None, n).render(lang)


def _jsonld(
    selected: Sequence[_Selected], data: ExportData, lang: str, instruments: _Instruments
) -> bytes:
    document = {
        "@context": "https://schema.org",
        "@graph": [_product_node(item, data, lang, instruments) for item in selected],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- CSV


@dataclass(frozen=True, slots=True)
class CsvFlavour:
    folder: str
    delimiter: str
    decimal: str
    encoding: str


# Both flavours defuse text a spreadsheet would run as a formula (domain/safe_text): the
# standard CSV is opened in spreadsheets too. The JSON-LD keeps every text exactly as written.
CSV_STANDARD = CsvFlavour("csv", ",", ".", "utf-8")
CSV_EXCEL_NL = CsvFlavour("csv-excel-nl", ";", ",", "utf-8-sig")

Cell = str | int | float | None


def _cell(value: Cell, flavour: CsvFlavour) -> str:
    if type(value) is str:  # most cells (a million in a regional bundle): test exactly first
        return spreadsheet_cell(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = str(_round(value, 2))
        return text.replace(".", flavour.decimal)
    return spreadsheet_cell(value)  # "=HYPERLINK(…)" typed by a reviewer stays text


def _csv(header: Sequence[str], rows: Iterable[Sequence[Cell]], flavour: CsvFlavour) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer, delimiter=flavour.delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL
    )
    writer.writerow(header)
    writer.writerows([_cell(v, flavour) for v in row] for row in rows)
    return buffer.getvalue().encode(flavour.encoding)


def _answer_cell(value: object) -> Cell:
    if isinstance(value, list | tuple):
        return "|".join(str(v) for v in value)
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)


def _shared_locations(selected: Sequence[_Selected], k: int) -> set[str]:
    """Desk locations where at least ``k`` different people in the bundle borrowed."""
    people: dict[str, set[str]] = {}
    for item in selected:
        for review in item.reviews:
            if review.loan and review.loan.location:
                people.setdefault(review.loan.location, set()).add(review.person_key)
    return {location for location, who in people.items() if len(who) >= k}


def _review_table(
    selected: Sequence[_Selected], lang: str, instruments: _Instruments, k: int
) -> tuple[list[str], list[list[Cell]]]:
    # Columns: fixed ones, every score of every instrument used, every item (instrument order).
    ordered = sorted(instruments.values(), key=lambda i: (i.key, i.version))
    text_keys = instruments.text_keys()
    # Only computed scores get a column; an "item" score would repeat its item's column.
    score_keys = list(
        dict.fromkeys(
            rule.key for i in ordered for rule in i.scores if rule.method is not ScoreMethod.ITEM
        )
    )
    item_keys = list(dict.fromkeys(it.key for i in ordered for it in i.items))
    fixed = [
        "review_id", "product_id", "product", "date", "instrument", "instrument_version",
        "author", "author_type", "discipline", "organisation",
        "loan_started", "loan_returned", "loan_days", "location", "rating",
    ]  # fmt: skip
    header = fixed + [f"score_{k}" for k in score_keys] + item_keys
    rows: list[list[Cell]] = []
    # Dates to the month, and a location only where enough people borrowed: an exact day or a
    # small site next to a label could single the reviewer out.
    locations = _shared_locations(selected, k)
    for item in selected:
        for review in item.reviews:
            author = item.authors[review.id]
            loan = review.loan
            texts = item.texts.get(review.id, {})
            answers = review.result.answers
            rows.append(
                [
                    review.id,
                    item.product.id,
                    item.product.name,
                    month_of(review.submitted),
                    review.result.instrument_key,
                    review.result.instrument_version,
                    author.name,
                    author.kind,
                    author.discipline,
                    author.organisation,
                    month_of(loan.started) if loan else None,
                    month_of(loan.returned) if loan else None,
                    loan.days if loan else None,
                    loan.location if loan and loan.location in locations else None,
                    review.result.scores.get("rating"),
                    *(review.result.scores.get(k) for k in score_keys),
                    *(
                        texts.get(k) if k in text_keys else _answer_cell(answers.get(k))
                        for k in item_keys
                    ),
                ]
            )
    return header, rows


def _product_table(selected: Sequence[_Selected]) -> tuple[list[str], list[list[Cell]]]:
    ph_keys = [key for key, _ in POSITIVE_HEALTH]
    header = [
        "product_id", "name", "maker", "category", "iso9999", "iso9999_edition", "loans", "reviews",
        "rating_mean", "rating_sd", "rating_n", "sus_mean", "sus_sd", "sus_n", "sus_grade",
        "nps", "nps_n", "promoters", "passives", "detractors",
        *(f"{k}_mean" for k in EFFECT_ITEMS), *(f"{k}_mean" for k in ph_keys),
    ]  # fmt: skip
    rows: list[list[Cell]] = []
    for item in selected:
        s = item.summary
        nps_known = s.nps.score is not None
        rows.append(
            [
                item.product.id,
                item.product.name,
                item.product.maker,
                item.product.category,
                item.product.iso9999,
                iso9999.EDITION if item.product.iso9999 else None,
                item.product.loans,
                s.n,
                s.rating.mean,
                s.rating.sd,
                s.rating.n,
                s.sus.mean,
                s.sus.sd,
                s.sus.n,
                s.sus_grade,
                s.nps.score,
                s.nps.n,
                s.nps.promoters if nps_known else None,
                s.nps.passives if nps_known else None,
                s.nps.detractors if nps_known else None,
                *(s.item_stats(k).mean for k in EFFECT_ITEMS),
                *(d.mean for d in s.positive_health),
            ]
        )
    return header, rows


# --------------------------------------------------------------------------- PDF


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "product"


def _report_data(item: _Selected, period: Period) -> ProductReportData:
    assert item.report is not None
    return dataclasses.replace(item.report, period=period)


def _pdf(render: Callable[[IO[bytes]], object]) -> bytes:
    buffer = io.BytesIO()
    render(buffer)
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class _ReportOptions:
    lang: str
    generated_at: datetime


_ReportJob = tuple[ProductReportData, ReviewSummary, _ReportOptions]

# Below this many product reports, starting worker processes costs more than it saves.
PARALLEL_REPORTS_FROM = 16


def _product_pdf(job: _ReportJob) -> bytes:
    """One product's report; a module-level function so that worker processes can run it.

    The job's report data holds no reviews: the summary made of them is all the report reads
    (half the bytes to send to a worker process)."""
    data, summary, o = job
    return _pdf(
        lambda out: draw_product_report(
            data, summary, out, lang=o.lang, generated_at=o.generated_at
        )
    )


def _reports_expected(data: ExportData, since: date | None) -> int:
    """How many product reports the bundle will draw: products with a publishable review."""
    return sum(
        any(
            r.moderation is Moderation.APPROVED and (since is None or r.submitted >= since)
            for r in product.reviews
        )
        for product in data.products
    )


def _warm_worker() -> None:
    """Load reportlab and the report fonts in a new worker (the first report needs them)."""
    from lendingdesk.documents.fonts import register_fonts

    register_fonts(italics=True)


def _report_workers(jobs: int) -> int:
    if jobs < PARALLEL_REPORTS_FROM or getattr(sys, "frozen", False):
        # A frozen app re-runs its own executable for a worker; without
        # multiprocessing.freeze_support() in the launcher that would start a second desk.
        return 1
    cpus = os.process_cpu_count() or 1
    return max(1, min(cpus, jobs // (PARALLEL_REPORTS_FROM // 2)))


@contextlib.contextmanager
def _report_renderer(jobs: int) -> Iterator[Callable[[list[_ReportJob]], Iterable[bytes]]]:
    """Renders product reports in order: in this process, or spread over worker processes.

    The parallel renderer hands back a lazy iterable, so the caller can do other work while the
    workers draw; the reports are byte-for-byte what this process would have drawn.
    """
    workers = _report_workers(jobs)
    if workers == 1:
        yield lambda batch: [_product_pdf(job) for job in batch]
        return
    from concurrent.futures import ProcessPoolExecutor

    # "spawn": a fork of a process with Qt (and its threads) in it is not safe.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        for _ in range(workers):
            pool.submit(_warm_worker)
        # Small chunks (6 reports of 200 with two workers): the last chunk is what one worker
        # still draws while the other has finished.
        yield lambda batch: pool.map(
            _product_pdf, batch, chunksize=max(1, len(batch) // (16 * workers))
        )


# --------------------------------------------------------------------------- bundle


def build_bundle(
    data: ExportData,
    out_zip: str | Path | IO[bytes],
    *,
    generated_at: datetime,
    since: date | None = None,
    lang: str = "nl",
    min_n: int = MIN_REVIEWS_FOR_AGGREGATES,
    lookup: InstrumentLookup = load_instrument,
    k: int | None = None,
) -> dict[str, Any]:
    """Write the export zip for ``data`` (approved reviews submitted on or after ``since``).

    Returns the manifest that is also stored in the zip as ``manifest.json``. A path target is
    written through a temporary file and renamed, so a failed export never leaves half a zip.
    """
    lang = "nl" if lang.startswith("nl") else "en"
    instruments = _Instruments(lookup)
    files: dict[str, bytes] = {}
    # The worker processes (when there are many reports) start first and load reportlab and
    # the fonts while this process selects and redacts the reviews.
    with _report_renderer(_reports_expected(data, since)) as render:
        selected, authors = _select(
            data, since, lang, data.k if k is None else k, min_n, instruments
        )
        dates = [r.submitted for item in selected for r in item.reviews]
        # Without "since", the period starts on the first of the month of the first review:
        # the exact day of the earliest review would date one person's review.
        start = since or (min(dates).replace(day=1) if dates else None)
        period = Period(start, generated_at.date())

        # The product reports are most of the work: they start first, in the worker
        # processes, while this process writes JSON-LD, CSV and the overview.
        report_items = [(item, _report_data(item, period)) for item in selected]
        options = _ReportOptions(lang, generated_at)
        jobs = [
            (dataclasses.replace(rd, reviews=()), item.summary, options)
            for item, rd in report_items
            if item.reviews
        ]
        pdfs = render(jobs)
        files["reviews.jsonld"] = _jsonld(selected, data, lang, instruments)
        tables = {
            "reviews.csv": _review_table(selected, lang, instruments, authors.k),
            "products.csv": _product_table(selected),
        }
        for flavour in (CSV_STANDARD, CSV_EXCEL_NL):
            for name, (header, rows) in tables.items():
                files[f"{flavour.folder}/{name}"] = _csv(header, rows, flavour)
        overview_name = "reports/overzicht.pdf" if lang == "nl" else "reports/overview.pdf"
        files[overview_name] = _pdf(
            lambda out: render_overview_report(
                [rd for _, rd in report_items],
                out,
                period=period,
                lang=lang,
                generated_at=generated_at,
                min_n=min_n,
                lookup=lookup,
                summaries=[item.summary for item, _ in report_items],
            )
        )
        names = [
            f"reports/{_slug(item.product.name)}-{_slug(str(item.product.id))}.pdf"
            for item in selected
            if item.reviews
        ]
        files.update(zip(names, pdfs, strict=True))

    manifest = _manifest(
        selected, files, period, since, generated_at, lang, min_n, instruments, authors.k
    )
    files["manifest.json"] = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode(
        "utf-8"
    )
    _write_zip(files, out_zip, generated_at)
    return manifest


def _manifest(
    selected: Sequence[_Selected],
    files: Mapping[str, bytes],
    period: Period,
    since: date | None,
    generated_at: datetime,
    lang: str,
    min_n: int,
    used: _Instruments,
    k: int,
) -> dict[str, Any]:
    instruments: dict[tuple[str, int], int] = {}
    for item in selected:
        for review in item.reviews:
            key = (review.result.instrument_key, review.result.instrument_version)
            instruments[key] = instruments.get(key, 0) + 1
    reviews = [r for item in selected for r in item.reviews]
    return {
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_FORMAT_VERSION,
        "generator": f"LendingDesk {__version__}",
        "generated_at": generated_at.isoformat(),
        "language": lang,
        "period": {
            "since": since.isoformat() if since else None,
            "from": period.start.isoformat() if period.start else None,
            "until": generated_at.date().isoformat(),
        },
        "min_reviews_for_aggregates": min_n,
        "counts": {
            "products": len(selected),
            "products_with_reviews": sum(1 for item in selected if item.reviews),
            "reviews": len(reviews),
            "reviews_with_sus": sum(1 for r in reviews if r.result.scores.get("sus") is not None),
            "named_authors": sum(
                1 for item in selected for a in item.authors.values() if a.kind == "person"
            ),
        },
        "min_people_per_author_label": k,
        "instruments": [
            _instrument_entry(used.get(f"{key}@{version}"), key, version, count, lang)
            for (key, version), count in sorted(instruments.items())
        ],
        "notes": [POSITIVE_HEALTH_NOTE.get(lang)],
        "files": [
            {"path": name, "bytes": len(content), "sha256": hashlib.sha256(content).hexdigest()}
            for name, content in sorted(files.items())
        ],
    }


def _instrument_entry(
    instrument: Instrument | None, key: str, version: int, count: int, lang: str
) -> dict[str, Any]:
    """An instrument version in the manifest: which scores it gives and where each comes from."""
    entry: dict[str, Any] = {"key": key, "version": version, "reviews": count}
    if instrument is None:
        return entry
    entry["title"] = instrument.title.get(lang)
    scores = []
    for rule in instrument.scores:
        score: dict[str, Any] = {"key": rule.key, "method": str(rule.method.value)}
        if cited := citation_of(key, rule.key, rule.method.value):
            score["citation"] = cited
        scores.append(score)
    if any(i.key == "recommend" for i in instrument.items):
        scores.append({"key": "nps", "method": "nps", "citation": CITATIONS["nps"]})
    if any(i.key.startswith("ph_") for i in instrument.items):
        scores.append(
            {"key": "positive_health", "method": "mean", "citation": CITATIONS["positive_health"]}
        )
    entry["scores"] = scores
    return entry


def _write_zip(
    files: Mapping[str, bytes], out: str | Path | IO[bytes], generated_at: datetime
) -> None:
    stamp = generated_at.timetuple()[:6]

    def write(target: IO[bytes]) -> None:
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name in ("manifest.json", *sorted(n for n in files if n != "manifest.json")):
                info = zipfile.ZipInfo(name, date_time=stamp)
                # A PDF's streams are deflated already: deflating it again cost 0.5 s of a
                # regional bundle for 7 % of its size.
                pdf = name.endswith(".pdf")
                info.compress_type = zipfile.ZIP_STORED if pdf else zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, files[name])

    if not isinstance(out, str | Path):
        write(out)
        return
    path = Path(out)
    handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=".zip", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as target:
            write(target)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
