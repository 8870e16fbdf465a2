import pytest

from lendingdesk.domain.reviews import (
    NOT_APPLICABLE,
    ScoredReview,
    load_instrument,
    score_review,
    summarize,
)
from tests.reviews.factories import SUS_EXAMPLE, care_answers


def scored(answers: dict, key: str = "care-tech-review") -> ScoredReview:
    instrument = load_instrument(key)
    return ScoredReview(key, instrument.version, answers, score_review(instrument, answers))


def test_below_minimum_aggregates_keep_n_but_lose_values():
    reviews = [scored(care_answers(overall=5)), scored(care_answers(overall=1, recommend=10))]
    summary = summarize(reviews)
    assert not summary.enough
    assert summary.rating.n == 2 and summary.rating.mean is None and summary.rating.withheld
    assert summary.rating.distribution == {}
    assert summary.nps.n == 2 and summary.nps.score is None and summary.nps.withheld
    assert summary.nps.promoters == 0
    assert summary.choices["setting"].withheld
    assert summary.choices["setting"].counts == {}
    assert all(d.mean is None for d in summary.positive_health)
    assert summary.item_stats("overall").withheld


def test_at_minimum_aggregates_are_published():
    reviews = [
        scored(care_answers(overall=5, recommend=10, setting="thuiszorg")),
        scored(care_answers(overall=4, recommend=9)),
        scored(care_answers(overall=3, recommend=2, ph_participation=NOT_APPLICABLE)),
    ]
    summary = summarize(reviews)
    assert summary.enough
    assert summary.rating.mean == 4.0 and summary.rating.distribution[5] == 1
    assert summary.nps.score == pytest.approx(100 / 3)
    assert summary.choices["setting"].counts == {"verpleeghuis": 2, "thuiszorg": 1}
    participation = next(d for d in summary.positive_health if d.key == "ph_participation")
    assert participation.n == 2  # the 'na' does not count
    assert participation.mean is None  # ... so it is below the minimum on its own
    assert summary.item_stats("effect_work_pleasure").mean == 1.0
    assert summary.instruments == {"care-tech-review@1": 3}


def test_sus_counts_only_complete_sets_and_is_gated_on_its_own_n():
    reviews = [scored(care_answers(sus=SUS_EXAMPLE)) for _ in range(2)]
    reviews += [scored(care_answers()) for _ in range(5)]
    summary = summarize(reviews)
    assert summary.rating.mean == 4.0
    assert summary.sus.n == 2 and summary.sus.mean is None
    assert summary.sus_grade is None
    reviews.append(scored(care_answers(sus=(3,) * 10)))
    summary = summarize(reviews)
    assert summary.sus.mean == pytest.approx((85 + 85 + 50) / 3)
    assert summary.sus_grade == "B−"  # 73.3 lies in 72.6–74.0


def test_mixed_instruments_pool_rating_and_keep_their_items():
    reviews = [scored(care_answers(overall=4)) for _ in range(3)]
    reviews += [scored({"quest_weight": 2, "quest_safety": 4}, "quest-device") for _ in range(3)]
    summary = summarize(reviews)
    assert summary.rating.n == 6
    assert summary.rating.mean == pytest.approx(3.5)
    assert summary.item_stats("quest_weight").mean == 2.0
    assert summary.item_stats("overall").n == 3
    assert summary.instruments == {"care-tech-review@1": 3, "quest-device@1": 3}


def test_custom_minimum():
    reviews = [scored(care_answers())]
    assert summarize(reviews, min_n=1).rating.mean == 4.0
