"""Review instruments: versioned question lists that live as JSON data, not as code.

A review stores its instrument key and version next to its answers. A published version is
never edited -- a change of wording or options is a new file with a higher version -- so an old
review keeps the meaning it was given. The store keeps each instrument's ``definition`` (the raw
JSON) too, and rebuilds it with :func:`instrument_from_definition`, so a review stays readable
even when a later release no longer ships that file.

Files are ``resources/instruments/<key>.v<version>.json``, validated against
``resources/schema/instrument.schema.json`` plus the cross-references a schema cannot express
(option sets, score items, unique keys).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any

from lendingdesk.errors import InvalidInput, NotFound
from lendingdesk.resources import resource_path
from lendingdesk.translation import Message, joined, translate
from lendingdesk.translation import Text as Wording

NOT_APPLICABLE = "na"
"""The answer to an effect item that could not be judged; it never counts in a mean."""

EFFECT_VALUES: tuple[int | str, ...] = (-2, -1, 0, 1, 2, NOT_APPLICABLE)

_MAX_PROBLEMS_IN_MESSAGE = 5


@dataclass(frozen=True, slots=True)
class Text:
    """One piece of wording in Dutch and English, as the instrument's JSON file gives it (data,
    not code: an instrument's own words are not in the catalogue)."""

    nl: str
    en: str

    def get(self, lang: str = "nl") -> str:
        return self.nl if lang.startswith("nl") else self.en

    def render(self, lang: str) -> str:
        return self.get(lang)


class ItemType(StrEnum):
    SCALE_1_5 = "scale_1_5"
    SCALE_0_10 = "scale_0_10"
    INTEGER = "integer"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    EFFECT = "effect"
    TEXT = "text"


_FIXED_RANGES = {ItemType.SCALE_1_5: (1, 5), ItemType.SCALE_0_10: (0, 10), ItemType.EFFECT: (-2, 2)}
NUMERIC_TYPES = frozenset(
    {ItemType.SCALE_1_5, ItemType.SCALE_0_10, ItemType.INTEGER, ItemType.EFFECT}
)


@dataclass(frozen=True, slots=True)
class Option:
    value: int | str
    label: Text


@dataclass(frozen=True, slots=True)
class Item:
    """One question. ``minimum``/``maximum`` hold the numeric range of every numeric type."""

    key: str
    type: ItemType
    label: Text
    block: str
    required: bool = False
    options: tuple[Option, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    unit: Text | None = None
    help: Text | None = None
    max_length: int | None = None
    short: Text | None = None

    @property
    def short_label(self) -> Text:
        """A few words naming the item in tables and charts (the full question otherwise)."""
        return self.short or self.label

    @property
    def numeric(self) -> bool:
        return self.type in NUMERIC_TYPES

    def option_label(self, value: object, lang: str = "nl") -> str:
        """The wording of an answer value; the value itself when the item has no label for it."""
        for option in self.options:
            if option.value == value and type(option.value) is type(value):
                return option.label.get(lang)
        return str(value)


@dataclass(frozen=True, slots=True)
class Block:
    key: str
    title: Text
    items: tuple[Item, ...]
    optional: bool = False
    min_answered: int | None = None
    help: Text | None = None


class ScoreMethod(StrEnum):
    ITEM = "item"  # the value of one numeric item
    MEAN = "mean"  # mean of the answered items (not-applicable left out)
    SUS = "sus"  # System Usability Scale over ten items in statement order


@dataclass(frozen=True, slots=True)
class ScoreRule:
    key: str
    method: ScoreMethod
    items: tuple[str, ...]
    minimum: float
    maximum: float
    label: Text
    min_answered: int = 1


@dataclass(frozen=True)
class Instrument:
    """A loaded instrument. ``definition`` is the raw JSON, for the store to keep."""

    key: str
    version: int
    title: Text
    blocks: tuple[Block, ...]
    scores: tuple[ScoreRule, ...]
    rating: str
    description: Text | None = None
    definition: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    _items: dict[str, Item] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        items = {item.key: item for block in self.blocks for item in block.items}
        object.__setattr__(self, "_items", items)

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(self._items.values())

    def item(self, key: str) -> Item:
        try:
            return self._items[key]
        except KeyError:
            raise NotFound(
                translate(
                    "domain.reviews.instruments", "Item '{key}' does not exist in instrument {ref}."
                ).format(key=key, ref=self.ref),
                item=key,
            ) from None

    def has_item(self, key: str) -> bool:
        return key in self._items

    def score_rule(self, key: str) -> ScoreRule | None:
        return next((rule for rule in self.scores if rule.key == key), None)

    @property
    def ref(self) -> str:
        """``key@version``, how logs, manifests and messages name an instrument."""
        return f"{self.key}@{self.version}"


# --------------------------------------------------------------------------- loading


@cache
def _instrument_files() -> dict[tuple[str, int], str]:
    # Shipped files do not change while the desk runs; scanning once keeps lookups cheap.
    folder = resource_path("instruments")
    found: dict[tuple[str, int], str] = {}
    for path in folder.glob("*.v*.json"):
        key, _, version = path.name.removesuffix(".json").rpartition(".v")
        if key and version.isdigit():
            found[(key, int(version))] = path.name
    return found


@cache
def _schema_validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads(resource_path("schema", "instrument.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema)


def instrument_from_definition(definition: Mapping[str, Any]) -> Instrument:
    """Build an instrument from its JSON definition, checking it against the schema first."""
    errors = sorted(_schema_validator().iter_errors(definition), key=lambda e: list(e.path))
    if errors:
        where = "/".join(str(p) for p in errors[0].path) or "(root)"
        msg = errors[0].message
        raise InvalidInput(
            translate(
                "domain.reviews.instruments", "Invalid instrument definition at {where}: {msg}"
            ).format(where=where, msg=msg),
            path=where,
        )
    return _build(definition)


def _text(raw: Mapping[str, str] | None) -> Text | None:
    return Text(raw["nl"], raw["en"]) if raw else None


def _definition_error(ref: str, detail: Message) -> InvalidInput:
    return InvalidInput(
        translate("domain.reviews.instruments", "Instrument {ref}: {detail}").format(
            ref=ref, detail=detail
        ),
        instrument=ref,
    )


def _build(d: Mapping[str, Any]) -> Instrument:
    ref = f"{d['key']}@{d['version']}"
    option_sets = {
        name: tuple(Option(o["value"], Text(**o["label"])) for o in options)
        for name, options in d.get("option_sets", {}).items()
    }
    blocks: list[Block] = []
    seen: set[str] = set()
    for raw_block in d["blocks"]:
        items = []
        for raw in raw_block["items"]:
            if raw["key"] in seen:
                raise _definition_error(
                    ref,
                    translate("domain.reviews.instruments", "duplicate item '{key}'").format(
                        key=raw["key"]
                    ),
                )
            seen.add(raw["key"])
            items.append(_build_item(ref, raw, raw_block["key"], option_sets))
        blocks.append(
            Block(
                key=raw_block["key"],
                title=Text(**raw_block["title"]),
                items=tuple(items),
                optional=raw_block.get("optional", False),
                min_answered=raw_block.get("min_answered"),
                help=_text(raw_block.get("help")),
            )
        )
    instrument = Instrument(
        key=d["key"],
        version=d["version"],
        title=Text(**d["title"]),
        description=_text(d.get("description")),
        blocks=tuple(blocks),
        scores=tuple(
            ScoreRule(
                key=s["key"],
                method=ScoreMethod(s["method"]),
                items=tuple(s["items"]),
                minimum=s["min"],
                maximum=s["max"],
                label=Text(**s["label"]),
                min_answered=s.get("min_answered", 1),
            )
            for s in d["scores"]
        ),
        rating=d["rating"],
        definition=d,
    )
    score_keys = [rule.key for rule in instrument.scores]
    if len(set(score_keys)) != len(score_keys) or "rating" in score_keys:
        raise _definition_error(
            ref,
            translate(
                "domain.reviews.instruments", "score keys must be unique and not be 'rating'"
            ),
        )
    for rule in instrument.scores:
        # SUS arithmetic assumes 1–5 answers; other scores take any numeric item.
        wanted = {ItemType.SCALE_1_5} if rule.method is ScoreMethod.SUS else NUMERIC_TYPES
        for key in rule.items:
            if not instrument.has_item(key) or instrument.item(key).type not in wanted:
                raise _definition_error(
                    ref,
                    translate(
                        "domain.reviews.instruments",
                        "score '{key}' names '{key2}', which is not a fitting numeric item",
                    ).format(key=rule.key, key2=key),
                )
    if instrument.score_rule(instrument.rating) is None:
        raise _definition_error(
            ref,
            translate(
                "domain.reviews.instruments", "'rating' names unknown score '{rating}'"
            ).format(rating=instrument.rating),
        )
    return instrument


def _build_item(
    ref: str, raw: Mapping[str, Any], block: str, option_sets: Mapping[str, tuple[Option, ...]]
) -> Item:
    kind = ItemType(raw["type"])
    key = raw["key"]
    if "option_set" in raw:
        if raw["option_set"] not in option_sets:
            raise _definition_error(
                ref,
                translate(
                    "domain.reviews.instruments",
                    "item '{key}' names unknown option set '{option_set}'",
                ).format(key=key, option_set=raw["option_set"]),
            )
        options = option_sets[raw["option_set"]]
    else:
        options = tuple(Option(o["value"], Text(**o["label"])) for o in raw.get("options", ()))
    low, high = _FIXED_RANGES.get(kind, (raw.get("min"), raw.get("max")))
    values = [o.value for o in options]
    if len(set(values)) != len(values):
        raise _definition_error(
            ref,
            translate("domain.reviews.instruments", "duplicate option in '{key}'").format(key=key),
        )
    if kind is ItemType.EFFECT and tuple(values) != EFFECT_VALUES:
        raise _definition_error(
            ref,
            translate(
                "domain.reviews.instruments", "effect item '{key}' must have options -2..2 and 'na'"
            ).format(key=key),
        )
    if kind in (ItemType.CHOICE, ItemType.MULTI_CHOICE) and not all(
        isinstance(v, str) for v in values
    ):
        raise _definition_error(
            ref,
            translate("domain.reviews.instruments", "choices of '{key}' must be strings").format(
                key=key
            ),
        )
    if kind in (ItemType.SCALE_1_5, ItemType.SCALE_0_10, ItemType.INTEGER):
        if low is None or high is None or low > high:
            raise _definition_error(
                ref,
                translate("domain.reviews.instruments", "invalid range in '{key}'").format(key=key),
            )
        if not all(isinstance(v, int) and low <= v <= high for v in values):
            raise _definition_error(
                ref,
                translate(
                    "domain.reviews.instruments",
                    "option labels of '{key}' fall outside {low}..{high}",
                ).format(key=key, low=low, high=high),
            )
    return Item(
        key=key,
        type=kind,
        label=Text(**raw["label"]),
        block=block,
        required=raw.get("required", False),
        options=options,
        minimum=low,
        maximum=high,
        unit=_text(raw.get("unit")),
        help=_text(raw.get("help")),
        max_length=raw.get("max_length", 2000) if kind is ItemType.TEXT else None,
        short=_text(raw.get("short")),
    )


@cache
def _load_file(name: str) -> Instrument:
    path = resource_path("instruments", name)
    try:
        definition = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidInput(
            translate(
                "domain.reviews.instruments", "Instrument file {name} cannot be read: {exc}"
            ).format(name=name, exc=exc),
        ) from exc
    instrument = instrument_from_definition(definition)
    if name != f"{instrument.key}.v{instrument.version}.json":
        raise _definition_error(
            instrument.ref,
            translate(
                "domain.reviews.instruments", "file name {name} does not match key and version"
            ).format(name=name),
        )
    return instrument


def load_instrument(key: str, version: int | None = None) -> Instrument:
    """The instrument ``key`` at ``version``, or its newest version when ``version`` is None."""
    files = _instrument_files()
    versions = sorted(v for k, v in files if k == key)
    if not versions:
        raise NotFound(
            translate(
                "domain.reviews.instruments", "Review instrument '{key}' does not exist."
            ).format(key=key),
            instrument=key,
        )
    wanted = versions[-1] if version is None else version
    if wanted not in versions:
        raise NotFound(
            translate(
                "domain.reviews.instruments", "Review instrument '{key}' has no version {version}."
            ).format(key=key, version=version),
            instrument=key,
            version=version,
        )
    return _load_file(files[(key, wanted)])


def list_instruments(*, latest_only: bool = False) -> list[Instrument]:
    """Every shipped instrument, sorted by key and version (only each key's newest if asked)."""
    files = _instrument_files()
    keys = sorted(files)
    if latest_only:
        newest = {k: v for k, v in keys}
        keys = sorted(newest.items())
    return [_load_file(files[k]) for k in keys]


# --------------------------------------------------------------------------- validation


@dataclass(frozen=True, slots=True)
class AnswerProblem:
    """One thing wrong with a set of answers; ``key`` lets a form mark the field."""

    key: str
    code: str  # missing | unknown | out_of_range | wrong_type | not_an_option | too_long | partial_block
    detail: Message  # what is wrong (a catalogue message); the item's key is put in front
    keyed: bool = True  # False: the detail names its block itself

    def render(self, lang: str) -> str:
        """The problem in one line in ``lang``: ``'overall': answer missing``."""
        text = self.detail.render(lang)
        return f"'{self.key}': {text}" if self.keyed else text


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def _check_value(item: Item, value: object) -> tuple[object, AnswerProblem | None]:
    """The cleaned value, or a problem. ``value`` is not blank."""
    key = item.key

    def problem(code: str, detail: Message) -> tuple[object, AnswerProblem]:
        return value, AnswerProblem(key, code, detail)

    kind = item.type
    if kind is ItemType.TEXT:
        if not isinstance(value, str):
            return problem("wrong_type", translate("domain.reviews.instruments", "text expected"))
        text = value.replace("\r\n", "\n").replace("\x00", "").strip()
        if item.max_length is not None and len(text) > item.max_length:
            return problem(
                "too_long",
                translate(
                    "domain.reviews.instruments",
                    "text is {length} characters, at most {max_length}",
                ).format(length=len(text), max_length=item.max_length),
            )
        return text, None
    if kind is ItemType.CHOICE:
        if not isinstance(value, str):
            return problem(
                "wrong_type", translate("domain.reviews.instruments", "a choice (text) expected")
            )
        if not any(o.value == value for o in item.options):
            return problem(
                "not_an_option",
                translate("domain.reviews.instruments", "'{value}' is not a choice").format(
                    value=value
                ),
            )
        return value, None
    if kind is ItemType.MULTI_CHOICE:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            return problem(
                "wrong_type", translate("domain.reviews.instruments", "a list of choices expected")
            )
        allowed = [o.value for o in item.options]
        wrong = [v for v in value if v not in allowed]
        if wrong:
            return problem(
                "not_an_option",
                translate("domain.reviews.instruments", "'{value}' is not a choice").format(
                    value=wrong[0]
                ),
            )
        return [v for v in allowed if v in value], None  # option order: stable storage
    if kind is ItemType.EFFECT and value == NOT_APPLICABLE:
        return NOT_APPLICABLE, None
    # numeric: a whole number, never a bool, never a float (not even 4.0: the form sends ints)
    if isinstance(value, bool) or not isinstance(value, int):
        if kind is ItemType.EFFECT:
            return problem(
                "wrong_type",
                translate("domain.reviews.instruments", "whole number or 'na' expected"),
            )
        return problem(
            "wrong_type", translate("domain.reviews.instruments", "whole number expected")
        )
    assert item.minimum is not None and item.maximum is not None
    if not item.minimum <= value <= item.maximum:
        return problem(
            "out_of_range",
            translate(
                "domain.reviews.instruments", "{value} is outside {minimum}..{maximum}"
            ).format(value=value, minimum=item.minimum, maximum=item.maximum),
        )
    return value, None


def answer_problems(
    instrument: Instrument, answers: Mapping[str, object]
) -> tuple[dict[str, object], list[AnswerProblem]]:
    """Cleaned answers and every problem found; for forms that mark all fields at once."""
    problems: list[AnswerProblem] = []
    cleaned: dict[str, object] = {}
    for key in answers:
        if not instrument.has_item(str(key)):
            problems.append(
                AnswerProblem(
                    str(key),
                    "unknown",
                    translate("domain.reviews.instruments", "unknown item in {ref}").format(
                        ref=instrument.ref
                    ),
                )
            )
    for block in instrument.blocks:
        answered = []
        for item in block.items:
            value = answers.get(item.key)
            if _is_blank(value):
                continue
            clean, problem = _check_value(item, value)
            answered.append(item.key)
            if problem:
                problems.append(problem)
            else:
                cleaned[item.key] = clean
        if block.optional and not answered:
            continue
        missing = [i.key for i in block.items if i.required and i.key not in answered]
        if missing and block.optional:
            names = ", ".join(missing)
            problems.append(
                AnswerProblem(
                    missing[0],
                    "partial_block",
                    translate(
                        "domain.reviews.instruments",
                        "block '{title}' is partly filled: answer all {count} items or none "
                        "(missing: {names})",
                    ).format(title=block.title, count=len(block.items), names=names),
                    keyed=False,
                )
            )
        else:
            problems.extend(
                AnswerProblem(
                    k, "missing", translate("domain.reviews.instruments", "answer missing")
                )
                for k in missing
            )
        if block.min_answered and len(answered) < block.min_answered:
            problems.append(
                AnswerProblem(
                    block.items[0].key,
                    "missing",
                    translate(
                        "domain.reviews.instruments",
                        "block '{title}': answer at least %n item(s)",
                        None,
                        block.min_answered,
                    ).format(title=block.title),
                    keyed=False,
                )
            )
    return cleaned, problems


def validate_answers(instrument: Instrument, answers: Mapping[str, object]) -> dict[str, object]:
    """Answers cleaned for storage (blanks dropped, text trimmed, choices in option order).

    Raises InvalidInput naming every offending item key; ``details["problems"]`` holds them as
    :class:`AnswerProblem` for a form to mark fields.
    """
    if not isinstance(answers, Mapping):
        raise InvalidInput(
            translate("domain.reviews.instruments", "Answers must be a mapping of item → answer."),
        )
    cleaned, problems = answer_problems(instrument, answers)
    if problems:
        shown = problems[:_MAX_PROBLEMS_IN_MESSAGE]
        more = len(problems) - len(shown)
        detail: Wording = joined("; ", shown)
        if more:
            detail = joined(
                "; ", [detail, translate("domain.reviews.instruments", "and %n more", None, more)]
            )
        raise InvalidInput(
            translate("domain.reviews.instruments", "Review not saved — {detail}.").format(
                detail=detail
            ),
            problems=problems,
        )
    return cleaned


def numeric_value(value: object) -> float | None:
    """A stored answer as a number for statistics: None for blanks, 'na' and non-numbers."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return None if isinstance(value, float) and math.isnan(value) else float(value)
