import copy
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lendingdesk.domain.reviews import (
    NOT_APPLICABLE,
    POSITIVE_HEALTH,
    SUS_KEYS,
    Instrument,
    ItemType,
    instrument_from_definition,
    list_instruments,
    load_instrument,
    validate_answers,
)
from lendingdesk.errors import InvalidInput, NotFound
from lendingdesk.resources import resource_path
from tests.reviews.factories import SUS_EXAMPLE, care_answers

REVIEWS_MD = Path("/work/shared/domain/reviews.md")


@pytest.fixture(scope="module")
def care() -> Instrument:
    return load_instrument("care-tech-review", 1)


def test_both_shipped_instruments_load_and_are_listed():
    refs = [i.ref for i in list_instruments()]
    assert refs == ["care-tech-review@1", "quest-device@1"]
    assert load_instrument("quest-device").version == 1
    assert [i.ref for i in list_instruments(latest_only=True)] == refs


def test_care_review_has_the_items_the_product_asks_for(care):
    keys = {item.key for item in care.items}
    expected = {
        "setting", "client_group", "duration_weeks", "frequency", "number_of_clients",
        "overall", "ease_of_use", "usefulness_client", "usefulness_professional", "setup_time",
        "cleaning_effort", "effect_workload", "effect_work_pleasure", "recommend",
        "pros", "cons", "tips", *SUS_KEYS, *(k for k, _ in POSITIVE_HEALTH),
    }  # fmt: skip
    assert expected <= keys
    assert care.item("overall").type is ItemType.SCALE_1_5
    assert care.item("recommend").type is ItemType.SCALE_0_10
    assert care.item("effect_workload").type is ItemType.EFFECT
    assert [o.value for o in care.item("setup_time").options] == ["lt_5", "5_15", "15_30", "gt_30"]
    assert {o.value for o in care.item("setting").options} >= {
        "verpleeghuis", "thuiszorg", "dagbesteding", "revalidatie", "gehandicaptenzorg", "anders",
    }  # fmt: skip
    sus_blocks = {care.item(k).block for k in SUS_KEYS}
    assert len(sus_blocks) == 1
    assert next(b for b in care.blocks if b.key in sus_blocks).optional
    assert care.rating == "overall"


def test_sus_wording_is_the_reference_wording(care):
    text = REVIEWS_MD.read_text("utf-8")
    pairs = re.findall(r"^\d+\. (.+?) — (.+)$", text, flags=re.M)[:10]
    assert len(pairs) == 10
    for key, (en, nl) in zip(SUS_KEYS, pairs, strict=True):
        assert care.item(key).label.en == en
        assert care.item(key).label.nl == nl


def test_every_option_and_label_has_dutch_and_english(care):
    for instrument in list_instruments():
        for item in instrument.items:
            assert item.label.nl and item.label.en
            for option in item.options:
                assert option.label.nl and option.label.en


def test_quest_device_has_eight_items_scored_as_mean():
    quest = load_instrument("quest-device")
    assert len(quest.items) == 8
    assert all(item.type is ItemType.SCALE_1_5 for item in quest.items)
    assert quest.score_rule(quest.rating).method == "mean"


def test_unknown_instrument_or_version_is_refused():
    with pytest.raises(NotFound) as err:
        load_instrument("no-such-instrument")
    assert "no-such-instrument" in err.value.nl and "no-such-instrument" in err.value.en
    with pytest.raises(NotFound):
        load_instrument("care-tech-review", 99)


def test_definition_round_trips_for_the_store(care):
    stored = json.loads(json.dumps(care.definition))
    assert instrument_from_definition(stored) == care


def _raw() -> dict:
    return json.loads(resource_path("instruments", "care-tech-review.v1.json").read_text("utf-8"))


def _mutate(path: list, value) -> dict:
    raw = copy.deepcopy(_raw())
    target = raw
    for step in path[:-1]:
        target = target[step]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return raw


@pytest.mark.parametrize(
    ("path", "value", "needle"),
    [
        (["title", "en"], KeyError, "title"),
        (["blocks", 0, "items", 0, "type"], "slider", "blocks/0/items/0/type"),
        (["version"], 0, "version"),
        (["blocks", 0, "items", 0, "option_set"], "nope", "option set"),
        (["option_sets", "effect", 5, "value"], "nvt", "effect item"),
        (["blocks", 1, "items", 1, "key"], "overall", "duplicate item"),
        (["scores", 0, "items"], ["pros"], "not a fitting numeric item"),
        (["scores", 1, "items", 3], "recommend", "'recommend', which is not a fitting"),
        (["rating"], "stars", "unknown score"),
        (["scores", 1, "key"], "rating", "not be 'rating'"),
        (["blocks", 0, "items", 2, "max"], -5, "invalid range"),
    ],
)
def test_broken_definitions_are_refused_with_the_place(path, value, needle):
    raw = _mutate(path, value)
    if path[-1] == "option_set":
        del raw["blocks"][0]["items"][0]["options"]
    with pytest.raises(InvalidInput) as err:
        instrument_from_definition(raw)
    assert needle in err.value.en
    assert err.value.nl


def test_a_valid_review_is_cleaned(care):
    answers = care_answers(pros="  Bewoners werden rustig.\r\nFijn!  ", cons="", tips=None)
    answers["used_by"] = ["client", "zorgmedewerker"]
    cleaned = validate_answers(care, answers)
    assert cleaned["pros"] == "Bewoners werden rustig.\nFijn!"
    assert "cons" not in cleaned and "tips" not in cleaned
    assert cleaned["used_by"] == ["zorgmedewerker", "client"]  # option order
    assert cleaned["overall"] == 4


def _problem(care, answers) -> tuple[InvalidInput, list]:
    with pytest.raises(InvalidInput) as err:
        validate_answers(care, answers)
    return err.value, err.value.details["problems"]


@pytest.mark.parametrize(
    ("change", "key", "code"),
    [
        ({"overall": None}, "overall", "missing"),
        ({"setting": None}, "setting", "missing"),
        ({"effect_workload": None}, "effect_workload", "missing"),
        ({"colour": "red"}, "colour", "unknown"),
        ({"overall": 6}, "overall", "out_of_range"),
        ({"overall": 0}, "overall", "out_of_range"),
        ({"recommend": 11}, "recommend", "out_of_range"),
        ({"recommend": -1}, "recommend", "out_of_range"),
        ({"effect_workload": 3}, "effect_workload", "out_of_range"),
        ({"duration_weeks": 261}, "duration_weeks", "out_of_range"),
        ({"overall": "4"}, "overall", "wrong_type"),
        ({"overall": 4.0}, "overall", "wrong_type"),
        ({"overall": True}, "overall", "wrong_type"),
        ({"effect_workload": "n.v.t."}, "effect_workload", "wrong_type"),
        ({"setting": "ziekenhuis"}, "setting", "not_an_option"),
        ({"setting": 3}, "setting", "wrong_type"),
        ({"used_by": ["robot"]}, "used_by", "not_an_option"),
        ({"used_by": "client"}, "used_by", "wrong_type"),
        ({"pros": "x" * 2001}, "pros", "too_long"),
        ({"pros": 12}, "pros", "wrong_type"),
    ],
)
def test_each_kind_of_wrong_answer_names_its_item(care, change, key, code):
    err, problems = _problem(care, care_answers(**change))
    assert [(p.key, p.code) for p in problems] == [(key, code)]
    assert f"'{key}'" in err.nl and f"'{key}'" in err.en
    assert err.nl != err.en


def test_sus_block_is_all_or_nothing(care):
    assert "sus_1" not in validate_answers(care, care_answers())
    full = validate_answers(care, care_answers(sus=SUS_EXAMPLE))
    assert [full[k] for k in SUS_KEYS] == list(SUS_EXAMPLE)
    partial = care_answers(sus=SUS_EXAMPLE, sus_4=None, sus_9=None)
    err, problems = _problem(care, partial)
    assert [(p.key, p.code) for p in problems] == [("sus_4", "partial_block")]
    assert "sus_4, sus_9" in err.en and "sus_4, sus_9" in err.nl
    assert "deels ingevuld" in err.nl


def test_effect_accepts_not_applicable(care):
    cleaned = validate_answers(care, care_answers(ph_participation=NOT_APPLICABLE))
    assert cleaned["ph_participation"] == NOT_APPLICABLE


def test_quest_needs_at_least_one_item():
    quest = load_instrument("quest-device")
    assert validate_answers(quest, {"quest_weight": 3}) == {"quest_weight": 3}
    with pytest.raises(InvalidInput) as err:
        validate_answers(quest, {})
    assert "at least 1" in err.value.en


def test_many_problems_are_all_reported_but_message_stays_short(care):
    err, problems = _problem(care, {f"x{i}": 1 for i in range(8)})
    assert len(problems) > 8
    assert "more" in err.en and "nog" in err.nl
    assert len(err.en) < 500


def test_non_mapping_is_refused(care):
    with pytest.raises(InvalidInput):
        validate_answers(care, [("overall", 4)])


def _valid_answers(instrument: Instrument) -> st.SearchStrategy[dict]:
    def value_for(item) -> st.SearchStrategy:
        if item.type is ItemType.TEXT:
            return st.text(max_size=40)
        if item.type is ItemType.CHOICE:
            return st.sampled_from([o.value for o in item.options])
        if item.type is ItemType.MULTI_CHOICE:
            return st.lists(st.sampled_from([o.value for o in item.options]), unique=True)
        ints = st.integers(item.minimum, item.maximum)
        return ints | st.just(NOT_APPLICABLE) if item.type is ItemType.EFFECT else ints

    fixed = {i.key: value_for(i) for i in instrument.items if i.required and i.block != "sus"}
    sus = st.lists(st.integers(1, 5), min_size=10, max_size=10) | st.none()
    optional = {i.key: value_for(i) for i in instrument.items if not i.required}
    return st.builds(
        lambda f, s, o: {**f, **(dict(zip(SUS_KEYS, s, strict=True)) if s else {}), **o},
        st.fixed_dictionaries(fixed),
        sus,
        st.fixed_dictionaries({}, optional=optional),
    )


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_cleaning_is_idempotent_for_any_valid_review(data):
    care = load_instrument("care-tech-review")
    answers = data.draw(_valid_answers(care))
    once = validate_answers(care, answers)
    assert validate_answers(care, once) == once
    assert set(once) <= set(answers)
