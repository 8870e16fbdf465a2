"""Aggregates over a product's reviews, with the minimum-n rule applied at the source.

Publishing rule (reviews.md): aggregates are shown only above a minimum number of reviews.
:func:`summarize` therefore returns every aggregate already gated: below the minimum an
aggregate keeps its n (so a report can say "too few reviews, n = 2") but loses its mean,
spread and counts. Reports and exports read only this summary, so none of them can leak a
mean over two reviews by forgetting a check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from lendingdesk.domain.reviews.instruments import Instrument, Item, ItemType, load_instrument
from lendingdesk.domain.reviews.scoring import (
    POSITIVE_HEALTH,
    DimensionScore,
    ItemStats,
    NpsResult,
    SusAcceptability,
    item_statistics,
    nps_breakdown,
    scale_points,
    sus_acceptability,
    sus_grade,
)

MIN_REVIEWS_FOR_AGGREGATES = 3
"""Fewest reviews (answers to the item, complete SUS sets, …) an aggregate is published over."""

RECOMMEND_ITEM = "recommend"
EFFECT_ITEMS = ("effect_workload", "effect_work_pleasure")

InstrumentLookup = Callable[[str, int], Instrument]


@dataclass(frozen=True, slots=True)
class ScoredReview:
    """One review as reports and exports read it: its instrument, answers and stored scores."""

    instrument_key: str
    instrument_version: int
    answers: Mapping[str, object]
    scores: Mapping[str, float | None]

    @property
    def instrument_ref(self) -> str:
        return f"{self.instrument_key}@{self.instrument_version}"


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Counts per answer of a choice item. Multi-choice counts may add up to more than n."""

    n: int
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def withheld(self) -> bool:
        return self.n > 0 and not self.counts


@dataclass(frozen=True)
class ReviewSummary:
    """Gated aggregates over one group of reviews (usually one product in one period)."""

    n: int
    min_n: int
    rating: ItemStats
    sus: ItemStats
    nps: NpsResult
    positive_health: tuple[DimensionScore, ...]
    items: Mapping[str, ItemStats]
    choices: Mapping[str, Breakdown]
    instruments: Mapping[str, int]
    definitions: Mapping[str, Item] = field(default_factory=dict)
    """Every item key seen in the instruments used, with its wording (newest version wins)."""

    @property
    def enough(self) -> bool:
        return self.n >= self.min_n

    @property
    def sus_grade(self) -> str | None:
        return None if self.sus.mean is None else sus_grade(self.sus.mean)

    @property
    def sus_acceptability(self) -> SusAcceptability | None:
        return None if self.sus.mean is None else sus_acceptability(self.sus.mean)

    def item_stats(self, key: str) -> ItemStats:
        """Statistics of one numeric item; empty when no review had that item."""
        return self.items.get(key) or ItemStats(0, None, None, None, None)


def _gate(stats: ItemStats, min_n: int) -> ItemStats:
    if stats.n >= min_n:
        return stats
    return ItemStats(stats.n, None, None, None, None)


def summarize(
    reviews: Sequence[ScoredReview],
    *,
    min_n: int = MIN_REVIEWS_FOR_AGGREGATES,
    lookup: InstrumentLookup = load_instrument,
) -> ReviewSummary:
    """Aggregate ``reviews`` (answers read per their own instrument version), gated at ``min_n``.

    Item keys are shared across instruments and versions: ``overall`` in v1 and v2 of an
    instrument are pooled, which is what keeping a key across versions promises.
    """
    instruments: dict[str, Instrument] = {}
    per_instrument: dict[str, int] = {}
    for review in reviews:
        ref = review.instrument_ref
        if ref not in instruments:
            instruments[ref] = lookup(review.instrument_key, review.instrument_version)
        per_instrument[ref] = per_instrument.get(ref, 0) + 1

    # One definition per key, the newest version's wording, in instrument order.
    definitions: dict[str, Item] = {}
    for instrument in sorted(instruments.values(), key=lambda i: -i.version):
        for item in instrument.items:
            definitions.setdefault(item.key, item)

    items = {
        key: _gate(
            item_statistics((r.answers.get(key) for r in reviews), scale_points(item)), min_n
        )
        for key, item in definitions.items()
        if item.numeric
    }
    choices = {
        key: _breakdown(reviews, key, min_n)
        for key, item in definitions.items()
        if item.type in (ItemType.CHOICE, ItemType.MULTI_CHOICE)
    }

    recommend = [v for r in reviews if isinstance(v := r.answers.get(RECOMMEND_ITEM), int)]
    nps_result = nps_breakdown(recommend)
    if nps_result.n < min_n:
        nps_result = NpsResult(nps_result.n, 0, 0, 0, withheld=nps_result.n > 0)

    profile = []
    for key, label in POSITIVE_HEALTH:
        stats = items.get(key) or ItemStats(0, None, None, None, None)
        profile.append(DimensionScore(key, label, stats.mean, stats.n, stats.not_applicable))

    return ReviewSummary(
        n=len(reviews),
        min_n=min_n,
        rating=_gate(
            item_statistics((r.scores.get("rating") for r in reviews), range(1, 6)), min_n
        ),
        sus=_gate(item_statistics(r.scores.get("sus") for r in reviews), min_n),
        nps=nps_result,
        positive_health=tuple(profile),
        items=items,
        choices=choices,
        instruments=dict(sorted(per_instrument.items())),
        definitions=definitions,
    )


def _breakdown(reviews: Iterable[ScoredReview], key: str, min_n: int) -> Breakdown:
    counts: dict[str, int] = {}
    n = 0
    for review in reviews:
        value = review.answers.get(key)
        if value is None:
            continue
        n += 1
        for choice in value if isinstance(value, list | tuple) else (value,):
            counts[str(choice)] = counts.get(str(choice), 0) + 1
    if n < min_n:
        return Breakdown(n)
    return Breakdown(n, dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
