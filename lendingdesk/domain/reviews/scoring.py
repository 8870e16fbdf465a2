"""Scores computed from review answers: SUS, NPS, item statistics, Positive Health profile.

Everything here is exact arithmetic on the published rules (reviews.md) and has no opinion
on how few reviews are too few to publish: that gate lives in :mod:`.summary`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from lendingdesk.domain.reviews.instruments import (
    NOT_APPLICABLE,
    Instrument,
    Item,
    ItemType,
    ScoreMethod,
    Text,
    numeric_value,
    validate_answers,
)
from lendingdesk.errors import InvalidInput
from lendingdesk.translation import translate

SUS_KEYS: tuple[str, ...] = tuple(f"sus_{i}" for i in range(1, 11))

# Sauro–Lewis curved grading scale: (lowest score of the grade, grade), best first.
_SUS_GRADES: tuple[tuple[Decimal, str], ...] = tuple(
    (Decimal(low), grade)
    for low, grade in (
        ("84.1", "A+"),
        ("80.8", "A"),
        ("78.9", "A−"),
        ("77.2", "B+"),
        ("74.1", "B"),
        ("72.6", "B−"),
        ("71.1", "C+"),
        ("65.0", "C"),
        ("62.7", "C−"),
        ("51.7", "D"),
        ("0", "F"),
    )
)


class SusAcceptability(StrEnum):
    NOT_ACCEPTABLE = "not_acceptable"
    MARGINAL = "marginal"
    ACCEPTABLE = "acceptable"

    @property
    def label(self) -> Text:
        return _ACCEPTABILITY_LABELS[self]


_ACCEPTABILITY_LABELS = {
    SusAcceptability.NOT_ACCEPTABLE: Text("niet acceptabel", "not acceptable"),
    SusAcceptability.MARGINAL: Text("matig acceptabel", "marginal"),
    SusAcceptability.ACCEPTABLE: Text("acceptabel", "acceptable"),
}


def sus_score(
    answers: Mapping[str, object] | Sequence[int], keys: Sequence[str] = SUS_KEYS
) -> float | None:
    """The SUS score 0–100 of one respondent, or None unless all ten statements are answered.

    ``answers`` is either a review's answer mapping (read at ``keys``, statement order) or the
    ten answers as a sequence. Odd statements count ``answer − 1``, even ones ``5 − answer``.
    """
    values = [answers.get(k) for k in keys] if isinstance(answers, Mapping) else list(answers)
    if len(values) != 10 or any(v is None for v in values):
        return None
    total = 0
    for position, value in enumerate(values, start=1):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise InvalidInput(
                translate(
                    "domain.reviews.scoring",
                    "SUS statement {position}: answer {value} is not in 1..5.",
                ).format(position=position, value=f"{value!r}"),
            )
        total += value - 1 if position % 2 else 5 - value
    return total * 2.5


def _one_decimal(score: float) -> Decimal:
    # The published bands have one decimal; a mean such as 84.05 belongs to the band its
    # one-decimal rounding names (84.1, A+), half rounding up as people do on paper.
    return Decimal(repr(score)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _check_sus_range(score: float) -> None:
    if not 0 <= score <= 100 or math.isnan(score):
        raise InvalidInput(
            translate("domain.reviews.scoring", "SUS score {score} is not in 0..100.").format(
                score=score
            )
        )


def sus_grade(score: float) -> str:
    """Sauro–Lewis curved grade (A+ … F) of a SUS score or SUS mean."""
    _check_sus_range(score)
    rounded = _one_decimal(score)
    return next(grade for low, grade in _SUS_GRADES if rounded >= low)


def sus_acceptability(score: float) -> SusAcceptability:
    """Acceptability range: < 51.7 not acceptable, 51.7–71.0 marginal, ≥ 71.1 acceptable."""
    _check_sus_range(score)
    rounded = _one_decimal(score)
    if rounded < Decimal("51.7"):
        return SusAcceptability.NOT_ACCEPTABLE
    if rounded < Decimal("71.1"):
        return SusAcceptability.MARGINAL
    return SusAcceptability.ACCEPTABLE


# --------------------------------------------------------------------------- NPS


@dataclass(frozen=True, slots=True)
class NpsResult:
    """The make-up of a group's recommendations. ``withheld``: n known, counts not published."""

    n: int
    promoters: int
    passives: int
    detractors: int
    withheld: bool = False

    @property
    def score(self) -> float | None:
        """% promoters − % detractors (−100…+100); None for an empty or withheld group."""
        if not self.n or self.withheld:
            return None
        return 100.0 * (self.promoters - self.detractors) / self.n


def nps_breakdown(values: Iterable[int]) -> NpsResult:
    """Promoters (9–10), passives (7–8) and detractors (0–6) in a group of 0–10 answers."""
    promoters = passives = detractors = 0
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
            raise InvalidInput(
                translate(
                    "domain.reviews.scoring", "Recommendation {value} is not in 0..10."
                ).format(value=f"{value!r}"),
            )
        if value >= 9:
            promoters += 1
        elif value >= 7:
            passives += 1
        else:
            detractors += 1
    return NpsResult(promoters + passives + detractors, promoters, passives, detractors)


def nps(values: Iterable[int]) -> float | None:
    """Net Promoter Score of a group of 0–10 answers; None for an empty group."""
    return nps_breakdown(values).score


# --------------------------------------------------------------------------- item statistics


@dataclass(frozen=True, slots=True)
class ItemStats:
    """Descriptive statistics of one numeric item (or score) over a group of reviews.

    ``sd`` is the sample standard deviation (n − 1), None below two values. ``distribution``
    counts each value seen, plus every point of a known scale with 0. ``not_applicable`` counts
    effect answers 'na', which are not part of n.
    """

    n: int
    mean: float | None
    sd: float | None
    minimum: float | None
    maximum: float | None
    distribution: Mapping[float, int] = field(default_factory=dict)
    not_applicable: int = 0

    @property
    def withheld(self) -> bool:
        """True when there were answers but too few to publish (see summary.gate)."""
        return self.n > 0 and self.mean is None


def item_statistics(values: Iterable[object], scale: Iterable[int] = ()) -> ItemStats:
    """Statistics over answers; blanks and non-numbers are skipped, 'na' is counted apart."""
    numbers: list[float] = []
    not_applicable = 0
    for value in values:
        if value == NOT_APPLICABLE:
            not_applicable += 1
            continue
        number = numeric_value(value)
        if number is not None:
            numbers.append(number)
    distribution: dict[float, int] = dict.fromkeys(scale, 0)
    for number in numbers:
        point = int(number) if number.is_integer() else number
        distribution[point] = distribution.get(point, 0) + 1
    n = len(numbers)
    if not n:
        return ItemStats(0, None, None, None, None, distribution, not_applicable)
    mean = math.fsum(numbers) / n
    sd = math.sqrt(math.fsum((x - mean) ** 2 for x in numbers) / (n - 1)) if n > 1 else None
    return ItemStats(
        n, mean, sd, min(numbers), max(numbers), dict(sorted(distribution.items())), not_applicable
    )


def statistics_by_item(
    instrument: Instrument, answer_sets: Iterable[Mapping[str, object]]
) -> dict[str, ItemStats]:
    """Statistics per numeric item of ``instrument``, in instrument order."""
    numeric = [item for item in instrument.items if item.numeric]
    columns: dict[str, list[object]] = {item.key: [] for item in numeric}
    for answers in answer_sets:
        for key, column in columns.items():
            if key in answers:
                column.append(answers[key])
    return {item.key: item_statistics(columns[item.key], scale_points(item)) for item in numeric}


def scale_points(item: Item) -> range:
    """The answer points of a scale or effect item; empty for free integers (weeks, clients)."""
    if item.type is ItemType.INTEGER or item.minimum is None or item.maximum is None:
        return range(0)
    return range(item.minimum, item.maximum + 1)


# --------------------------------------------------------------------------- Positive Health

POSITIVE_HEALTH: tuple[tuple[str, Text], ...] = (
    ("ph_bodily_functions", Text("Lichaamsfuncties", "Bodily functions")),
    ("ph_mental_wellbeing", Text("Mentaal welbevinden", "Mental well-being")),
    ("ph_meaningfulness", Text("Zingeving", "Meaningfulness")),
    ("ph_quality_of_life", Text("Kwaliteit van leven", "Quality of life")),
    ("ph_participation", Text("Meedoen", "Participation")),
    ("ph_daily_functioning", Text("Dagelijks functioneren", "Daily functioning")),
)
"""Huber's six dimensions of Positive Health in the order of the spider web, with their item keys."""


@dataclass(frozen=True, slots=True)
class DimensionScore:
    key: str
    label: Text
    mean: float | None  # −2 … +2; None when nobody judged it (or withheld below the minimum)
    n: int
    not_applicable: int


def positive_health_profile(
    answer_sets: Iterable[Mapping[str, object]],
) -> tuple[DimensionScore, ...]:
    """Mean effect per Positive Health dimension, 'not applicable' left out, with n per dimension."""
    sets = list(answer_sets)
    profile = []
    for key, label in POSITIVE_HEALTH:
        stats = item_statistics(answers.get(key) for answers in sets)
        profile.append(DimensionScore(key, label, stats.mean, stats.n, stats.not_applicable))
    return tuple(profile)


# --------------------------------------------------------------------------- one review


def score_review(instrument: Instrument, answers: Mapping[str, object]) -> dict[str, float | None]:
    """Every score the instrument defines for one review, plus ``rating`` (its 1–5 headline).

    The answers are validated first (InvalidInput otherwise). Keys are stable: a score that
    cannot be computed (e.g. SUS block skipped) is present with None.
    """
    cleaned = validate_answers(instrument, answers)
    scores: dict[str, float | None] = {}
    for rule in instrument.scores:
        if rule.method is ScoreMethod.SUS:
            scores[rule.key] = sus_score(cleaned, rule.items)
        else:
            numbers = [n for k in rule.items if (n := numeric_value(cleaned.get(k))) is not None]
            if len(numbers) < rule.min_answered:
                scores[rule.key] = None
            elif rule.method is ScoreMethod.ITEM:
                scores[rule.key] = numbers[0]
            else:
                scores[rule.key] = math.fsum(numbers) / len(numbers)
    scores["rating"] = scores[instrument.rating]
    return scores
