"""What leaves the building about a review: the one publishing path for screen and export.

The Reviews screen's PDF and the platform bundle both publish reviews; both go through here, so
they cannot disagree on who is named or what is blanked out:

* :class:`Redactor` blanks out of free text the names of reviewers who did not consent (whole
  names and surnames, never the particles "van", "der", "de"… that are ordinary words), e-mail
  addresses, Dutch phone numbers and LendingDesk card codes (``LP…``).
  :meth:`Redactor.removals` lists what it would take out, for moderation.
* :class:`AuthorLabels` makes "discipline, organisation" k-anonymous: a non-consenting reviewer's
  label is published only when at least ``k`` different people share it; otherwise only the
  organisation (when ``k`` people share that), otherwise "Zorgprofessional".
* :func:`report_data` builds one product's report data: plus points, minus points and tips of
  approved reviews, redacted and each remark once.
* :func:`month_of` is the precision of every published date about a person's loan.

No SQL and no Qt here: callers hand in plain dataclasses.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from lendingdesk.documents.reports import (
    Period,
    ProductReportData,
    Quote,
    ResponseRates,
    ResponseRow,
)
from lendingdesk.domain.reviews import ScoredReview, Text
from lendingdesk.exchange.redaction import WordRedactor

DEFAULT_K = 3  # people who must share a published "discipline, organisation" label
QUOTE_MAX = 280  # characters of a free text shown as a quote in a report


class Moderation(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class LoanContext:
    """The loan a review came from: dates and the desk's location, never the borrower."""

    started: date
    returned: date | None = None
    location: str = ""

    @property
    def days(self) -> int | None:
        return (self.returned - self.started).days if self.returned else None


@dataclass(frozen=True, slots=True)
class ExportReview:
    id: str
    submitted: date
    result: ScoredReview
    moderation: Moderation
    consent: bool  # may the reviewer's name be published?
    reviewer_name: str
    discipline: str
    organisation: str
    loan: LoanContext | None = None
    quote: str = ""  # a moderator-approved quote; empty: the first sentence of the pros
    # Who wrote it, only to count different people for k-anonymity; never published.
    # Empty: the reviewer's name, else the review itself.
    person: str = ""

    @property
    def person_key(self) -> str:
        return self.person or " ".join(self.reviewer_name.casefold().split()) or f"#{self.id}"


# --------------------------------------------------------------------------- authors


@dataclass(frozen=True, slots=True)
class Author:
    """The public author of a review: a person only with consent, else a shared label."""

    kind: str  # "person" | "organization"
    name: str
    discipline: str  # "" when it would single someone out
    organisation: str  # "" when it would single someone out

    @property
    def display(self) -> str:
        if self.kind == "person":
            return ", ".join(x for x in (self.name, self.discipline, self.organisation) if x)
        return self.name


ANONYMOUS = Text("Zorgprofessional", "Care professional")


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


class AuthorLabels:
    """The k-anonymous public author of each review among ``reviews`` (those published together).

    A label "discipline, organisation" is shown for a non-consenting reviewer only when at least
    ``k`` different people among the published reviews share it; else the organisation alone
    when ``k`` people share that; else nothing but "Zorgprofessional".
    """

    def __init__(self, reviews: Iterable[ExportReview], k: int = DEFAULT_K) -> None:
        self.k = max(1, k)
        pairs: dict[tuple[str, str], set[str]] = {}
        organisations: dict[str, set[str]] = {}
        for review in reviews:
            person = review.person_key
            org = _key(review.organisation)
            pairs.setdefault((_key(review.discipline), org), set()).add(person)
            organisations.setdefault(org, set()).add(person)
        self._pairs = {key: len(people) for key, people in pairs.items()}
        self._organisations = {key: len(people) for key, people in organisations.items()}

    def shared(self, discipline: str, organisation: str) -> tuple[str, str]:
        """(discipline, organisation) as far as ``k`` people share them; "" where not."""
        discipline, organisation = discipline.strip(), organisation.strip()
        org = _key(organisation)
        if self._pairs.get((_key(discipline), org), 0) >= self.k:
            return discipline, organisation
        if organisation and self._organisations.get(org, 0) >= self.k:
            return "", organisation
        return "", ""

    def author(self, review: ExportReview, lang: str = "nl") -> Author:
        discipline, organisation = review.discipline.strip(), review.organisation.strip()
        if review.consent and review.reviewer_name.strip():
            # Named with consent: the label adds nothing that the name does not already say.
            return Author("person", review.reviewer_name.strip(), discipline, organisation)
        discipline, organisation = self.shared(discipline, organisation)
        name = ", ".join(x for x in (discipline, organisation) if x) or ANONYMOUS.get(lang)
        return Author("organization", name, discipline, organisation)


# --------------------------------------------------------------------------- redaction

# Name particles (tussenvoegsels) are ordinary words too: "op de tijd van het ontbijt" must
# survive when a "Thijs van der Dijk" is blanked out.
PARTICLES = frozenset(
    {
        *("van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "aan", "bij"),
        *("uit", "von", "vom", "zu", "la", "le", "du", "da", "del", "della", "dos", "das"),
        *("di", "mc", "mac", "ben", "bin", "el", "al"),
    }
)

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# Dutch numbers: 06-12345678, 06 1234 5678, 020-123 45 67, (020) 1234567, +31 6 12345678,
# 0031 20 1234567: a trunk 0 (or +31/0031), then nine digits in any grouping.
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)31[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)[1-9](?:[\s.-]?\)?[\s.-]?\d){8}(?!\d)"
)
# LendingDesk badge codes: LP + six digits + check digit, as printed or typed with a space.
_CARD = re.compile(r"(?<!\w)LP[\s-]?\d{7}(?!\w)", re.IGNORECASE)

REPLACEMENTS = {
    "name": Text("[naam]", "[name]"),
    "email": Text("[e-mail]", "[e-mail]"),
    "phone": Text("[telefoon]", "[phone]"),
    "card": Text("[pascode]", "[card code]"),
}


class Removal(NamedTuple):
    kind: str  # "name" | "email" | "phone" | "card"
    text: str  # as written in the text


def name_variants(name: str) -> set[str]:
    """The whole name and every part of it that is not a particle (3 letters or more)."""
    name = " ".join(name.split())
    variants = {name} if len(name) >= 3 else set()
    variants.update(
        part
        for part in re.split(r"[\s,.'’-]+", name)
        if len(part) >= 3 and part.casefold() not in PARTICLES
    )
    return variants


class Redactor:
    """Blanks names of non-consenting reviewers, e-mail addresses, phone numbers, card codes."""

    def __init__(self, names: Iterable[str], lang: str = "nl") -> None:
        lang = "nl" if lang.startswith("nl") else "en"
        self._lang = lang
        variants: set[str] = set()
        for name in names:
            variants |= name_variants(name or "")
        # One expression over thousands of names is slow; WordRedactor gives the same result.
        self._names = WordRedactor(variants, REPLACEMENTS["name"].get(lang))

    def __call__(self, text: str) -> str:
        if not text:
            return text
        # Contact details first: an e-mail address may contain a name.
        text = _EMAIL.sub(REPLACEMENTS["email"].get(self._lang), text)
        text = _CARD.sub(REPLACEMENTS["card"].get(self._lang), text)
        text = _PHONE.sub(REPLACEMENTS["phone"].get(self._lang), text)
        return self._names(text)

    def removals(self, text: str) -> list[Removal]:
        """What :meth:`__call__` takes out of ``text``, in order of appearance."""
        if not text:
            return []
        found: list[tuple[int, Removal]] = []
        rest = text
        for kind, pattern in (("email", _EMAIL), ("card", _CARD), ("phone", _PHONE)):
            for match in pattern.finditer(rest):
                found.append((match.start(), Removal(kind, match.group())))
            rest = pattern.sub(lambda m: " " * len(m.group()), rest)  # same positions
        for candidate in self._names.candidates(rest):
            pattern = re.compile(r"(?<!\w)" + re.escape(candidate) + r"(?!\w)", re.IGNORECASE)
            for match in pattern.finditer(rest):
                found.append((match.start(), Removal("name", match.group())))
            rest = pattern.sub(lambda m: " " * len(m.group()), rest)
        return [removal for _, removal in sorted(found)]


# --------------------------------------------------------------------------- report data


def month_of(day: date | None) -> str | None:
    """The published precision of a date about someone's loan: "2025-03"."""
    return f"{day.year:04d}-{day.month:02d}" if day else None


def quote_of(text: str) -> str:
    """A report quote from a free text: whole when short, else its first sentence."""
    text = " ".join(text.split())
    if len(text) <= QUOTE_MAX:
        return text
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return first if len(first) <= QUOTE_MAX else first[: QUOTE_MAX - 1].rstrip() + "…"


def _same_remark(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def dedupe(texts: Iterable[str]) -> list[str]:
    """Each remark once (case, spacing and punctuation aside), in first-seen order."""
    seen: dict[str, str] = {}
    for text in texts:
        text = text.strip()
        if text:
            seen.setdefault(_same_remark(text), text)
    return list(seen.values())


def _dedupe_quotes(quotes: Iterable[Quote]) -> list[Quote]:
    seen: dict[str, Quote] = {}
    for quote in quotes:
        if quote.text.strip():
            seen.setdefault(_same_remark(quote.text), quote)
    return list(seen.values())


def published_texts(review: ExportReview, redact: Redactor, keys: Iterable[str]) -> dict[str, str]:
    """The review's free-text answers under ``keys``, redacted; empty ones left out."""
    answers = review.result.answers
    return {
        key: redact(value.strip())
        for key in keys
        if isinstance(value := answers.get(key), str) and value.strip()
    }


@dataclass(frozen=True, slots=True)
class ProductFacts:
    """The catalogue side of a product report."""

    name: str
    maker: str = ""
    category: str = ""
    loans: int = 0
    cleaning: str = ""
    iso9999: str = ""


# The free texts a product report quotes or lists.
REPORT_TEXTS = ("pros", "cons", "tips")


def report_data(
    product: ProductFacts,
    reviews: Sequence[ExportReview],
    period: Period,
    *,
    redact: Redactor,
    authors: AuthorLabels,
    lang: str = "nl",
    texts: Mapping[str, Mapping[str, str]] | None = None,
) -> ProductReportData:
    """One product's report from its approved ``reviews`` (the caller selected them).

    Plus points and minus points are quoted alike (each with its public author), and the tips
    listed, all redacted and each remark once: a report that quoted only the plus points would
    flatter the product.

    ``texts``: review id -> what :func:`published_texts` gave for (at least) REPORT_TEXTS, when
    the caller has already redacted them (the export does), so they are not redacted twice.
    """
    pros: list[Quote] = []
    cons: list[Quote] = []
    tips: list[str] = []
    for review in reviews:
        author = authors.author(review, lang).display
        given = texts.get(review.id) if texts is not None else None
        published = given if given is not None else published_texts(review, redact, REPORT_TEXTS)
        quote = redact(review.quote.strip()) if review.quote.strip() else ""
        if quote or "pros" in published:
            pros.append(Quote(quote or quote_of(published["pros"]), author))
        if "cons" in published:
            cons.append(Quote(quote_of(published["cons"]), author))
        if "tips" in published:
            tips.append(published["tips"])
    return ProductReportData(
        name=product.name,
        maker=product.maker,
        category=product.category,
        period=period,
        loans=product.loans,
        reviews=[r.result for r in reviews],
        quotes=_dedupe_quotes(pros),
        minus=_dedupe_quotes(cons),
        tips=dedupe(tips),
        cleaning=product.cleaning,
        iso9999=product.iso9999,
    )


# --------------------------------------------------------------------------- instruments

# Where each published score comes from, so that a reader can look the method up.
CITATIONS = {
    "sus": "Brooke J. SUS: a 'quick and dirty' usability scale. In: Jordan PW et al. (eds), "
    "Usability Evaluation in Industry. Taylor & Francis, 1996: 189-194. Grades: Sauro J, "
    "Lewis JR. Quantifying the User Experience, 2nd ed. Morgan Kaufmann, 2016.",
    "nps": "Reichheld FF. The one number you need to grow. Harvard Business Review 2003; "
    "81(12): 46-54.",
    "quest": "Demers L, Weiss-Lambrou R, Ska B. Quebec User Evaluation of Satisfaction with "
    "assistive Technology (QUEST 2.0). Institute for Matching Person and Technology, 2000.",
    "positive_health": "Huber M et al. Towards a 'patient-centred' operationalisation of the "
    "new dynamic concept of health. BMJ Open 2016; 6: e010091. In a review: the professional's "
    "judgement of the effect on the client, not the client's self-report.",
}
POSITIVE_HEALTH_NOTE = Text(
    "Positieve Gezondheid: het oordeel van de professional over het effect voor de cliënt, "
    "geen zelfrapportage van de cliënt.",
    "Positive Health: the professional's judgement of the effect on the client, not a "
    "self-report by the client.",
)


def citation_of(instrument_key: str, score_key: str, method: str) -> str | None:
    """The source of a score method, or None for a plain item (a rating as answered)."""
    if method == "sus" or score_key == "sus":
        return CITATIONS["sus"]
    if score_key.startswith("quest") or instrument_key.startswith("quest"):
        return CITATIONS["quest"]
    if score_key == "nps" or method == "nps":
        return CITATIONS["nps"]
    return None


# --------------------------------------------------------------------------- response rate

OTHER_TEAMS = Text("Overige teams", "Other teams")


def published_response(rates: ResponseRates, k: int = DEFAULT_K, lang: str = "nl") -> ResponseRates:
    """The response rate as a report may show it: a team with fewer than ``k`` returned loans
    is counted under "other teams" (a team of one or two would show what one person did)."""
    teams = [row for row in rates.teams if row.returned >= k]
    small = [row for row in rates.teams if row.returned < k]
    if small:
        days = sorted(d for row in small for d in row.days)
        teams.append(
            ResponseRow(
                label=OTHER_TEAMS.get(lang),
                returned=sum(row.returned for row in small),
                invited=sum(row.invited for row in small),
                opened=sum(row.opened for row in small),
                reviewed=sum(row.reviewed for row in small),
                median_days=statistics.median(days) if days else None,
                days=tuple(days),
            )
        )
    return ResponseRates(rates.products, teams, rates.total)
