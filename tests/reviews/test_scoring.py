import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lendingdesk.domain.reviews import (
    NOT_APPLICABLE,
    POSITIVE_HEALTH,
    SUS_KEYS,
    SusAcceptability,
    item_statistics,
    load_instrument,
    nps,
    nps_breakdown,
    positive_health_profile,
    score_review,
    statistics_by_item,
    sus_acceptability,
    sus_grade,
    sus_score,
)
from lendingdesk.errors import InvalidInput
from tests.reviews.factories import SUS_EXAMPLE, care_answers


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (SUS_EXAMPLE, 85.0),
        ((3,) * 10, 50.0),
        ((5, 1) * 5, 100.0),
        ((1, 5) * 5, 0.0),
    ],
)
def test_sus_published_examples(answers, expected):
    assert sus_score(answers) == expected
    assert sus_score(dict(zip(SUS_KEYS, answers, strict=True))) == expected


def test_sus_needs_all_ten():
    answers = dict(zip(SUS_KEYS, SUS_EXAMPLE, strict=True))
    del answers["sus_10"]
    assert sus_score(answers) is None
    assert sus_score(SUS_EXAMPLE[:9]) is None
    assert sus_score({}) is None


@pytest.mark.parametrize("bad", [0, 6, "3", 2.5, True])
def test_sus_refuses_answers_outside_the_scale(bad):
    with pytest.raises(InvalidInput):
        sus_score((*SUS_EXAMPLE[:9], bad))


@given(st.lists(st.integers(1, 5), min_size=10, max_size=10))
def test_sus_matches_the_closed_form(answers):
    odd, even = sum(answers[0::2]), sum(answers[1::2])
    score = sus_score(answers)
    assert score == 2.5 * (20 + odd - even)
    assert 0 <= score <= 100
    assert (score / 2.5).is_integer()


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        (100, "A+"), (85.0, "A+"), (84.1, "A+"), (84.05, "A+"), (84.0, "A"), (80.8, "A"),
        (80.7, "A−"), (78.9, "A−"), (78.8, "B+"), (77.2, "B+"), (77.1, "B"), (74.1, "B"),
        (74.0, "B−"), (72.6, "B−"), (72.5, "C+"), (71.1, "C+"), (71.0, "C"), (68, "C"),
        (65.0, "C"), (64.9, "C−"), (62.7, "C−"), (62.6, "D"), (51.7, "D"), (51.6, "F"),
        (51.64, "F"), (0, "F"),
    ],
)  # fmt: skip
def test_sus_grade_sauro_lewis_bands(score, grade):
    assert sus_grade(score) == grade


@pytest.mark.parametrize(
    ("score", "verdict"),
    [
        (0, SusAcceptability.NOT_ACCEPTABLE),
        (51.6, SusAcceptability.NOT_ACCEPTABLE),
        (51.7, SusAcceptability.MARGINAL),
        (68.0, SusAcceptability.MARGINAL),
        (71.0, SusAcceptability.MARGINAL),
        (71.05, SusAcceptability.ACCEPTABLE),
        (71.1, SusAcceptability.ACCEPTABLE),
        (100, SusAcceptability.ACCEPTABLE),
    ],
)
def test_sus_acceptability(score, verdict):
    assert sus_acceptability(score) is verdict
    assert verdict.label.nl and verdict.label.en


@pytest.mark.parametrize("bad", [-0.1, 100.1, math.nan])
def test_grade_refuses_impossible_scores(bad):
    with pytest.raises(InvalidInput):
        sus_grade(bad)


# NPS examples worked by hand: promoters 9-10, passives 7-8, detractors 0-6.
@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([10, 9, 8, 7, 6, 0], 0.0),  # 2 P, 2 Pa, 2 D -> 33.3 - 33.3
        ([9, 10, 10, 7], 75.0),  # 3 P of 4 -> 75 - 0
        ([10] * 5, 100.0),
        ([0, 3, 6, 6], -100.0),
        ([7, 8, 7], 0.0),  # only passives
        ([9, 6, 8, 10, 2, 9, 7, 10, 5, 9], 20.0),  # 5 P, 2 Pa, 3 D of 10 -> 50 - 30
    ],
)
def test_nps_hand_examples(values, expected):
    assert nps(values) == pytest.approx(expected)


def test_nps_thirds_and_breakdown():
    result = nps_breakdown([0, 6, 9])
    assert (result.n, result.promoters, result.passives, result.detractors) == (3, 1, 0, 2)
    assert result.score == pytest.approx(-100 / 3)


def test_nps_of_nothing_is_none():
    assert nps([]) is None


@pytest.mark.parametrize("bad", [11, -1, "9", 9.0])
def test_nps_refuses_non_answers(bad):
    with pytest.raises(InvalidInput):
        nps([9, bad])


@given(st.lists(st.integers(0, 10), min_size=1))
def test_nps_bounds_and_definition(values):
    score = nps(values)
    p = sum(v >= 9 for v in values)
    d = sum(v <= 6 for v in values)
    assert -100 <= score <= 100
    assert score == pytest.approx(100 * (p - d) / len(values))


def test_item_statistics_by_hand():
    stats = item_statistics([1, 2, 3, 4, 5, None, "", NOT_APPLICABLE], scale=range(1, 6))
    assert stats.n == 5
    assert stats.mean == 3.0
    assert stats.sd == pytest.approx(math.sqrt(2.5))
    assert (stats.minimum, stats.maximum) == (1, 5)
    assert stats.distribution == {1: 1, 2: 1, 3: 1, 4: 1, 5: 1}
    assert stats.not_applicable == 1


def test_item_statistics_keeps_empty_scale_points_and_single_values():
    stats = item_statistics([4], scale=range(1, 6))
    assert stats.distribution == {1: 0, 2: 0, 3: 0, 4: 1, 5: 0}
    assert stats.sd is None
    empty = item_statistics([])
    assert (empty.n, empty.mean, empty.withheld) == (0, None, False)


def test_statistics_by_item_per_numeric_item():
    care = load_instrument("care-tech-review")
    sets = [care_answers(overall=5), care_answers(overall=3), care_answers(overall=4)]
    stats = statistics_by_item(care, sets)
    assert "pros" not in stats and "setting" not in stats
    assert stats["overall"].mean == 4.0 and stats["overall"].n == 3
    assert stats["recommend"].distribution[8] == 3
    assert stats["duration_weeks"].distribution == {6: 3}  # no 0..260 zero-fill
    assert stats["sus_1"].n == 0


def test_positive_health_profile_ignores_not_applicable():
    sets = [
        care_answers(ph_participation=2, ph_meaningfulness=NOT_APPLICABLE),
        care_answers(ph_participation=-1, ph_meaningfulness=NOT_APPLICABLE),
        {"ph_participation": NOT_APPLICABLE},
    ]
    profile = {d.key: d for d in positive_health_profile(sets)}
    assert [d.key for d in positive_health_profile(sets)] == [k for k, _ in POSITIVE_HEALTH]
    assert len(profile) == 6
    assert profile["ph_participation"].mean == pytest.approx(0.5)
    assert profile["ph_participation"].n == 2
    assert profile["ph_participation"].not_applicable == 1
    assert profile["ph_meaningfulness"].mean is None
    assert profile["ph_meaningfulness"].n == 0
    assert profile["ph_bodily_functions"].mean == 1.0


def test_score_review_care_tech():
    care = load_instrument("care-tech-review")
    assert score_review(care, care_answers()) == {"overall": 4.0, "sus": None, "rating": 4.0}
    scores = score_review(care, care_answers(sus=SUS_EXAMPLE, overall=2))
    assert scores == {"overall": 2.0, "sus": 85.0, "rating": 2.0}


def test_score_review_quest_is_mean_of_answered_items():
    quest = load_instrument("quest-device")
    scores = score_review(quest, {"quest_weight": 2, "quest_safety": 5, "quest_comfort": 4})
    assert scores["quest_device"] == pytest.approx(11 / 3)
    assert scores["rating"] == scores["quest_device"]


def test_score_review_validates_first():
    care = load_instrument("care-tech-review")
    with pytest.raises(InvalidInput):
        score_review(care, care_answers(sus=SUS_EXAMPLE, sus_5=None))
