"""The review form generated from an instrument definition, and its answers read back.

Each item becomes one HTML field named ``q-<key>``; what the browser sends is turned into the
same answer values the desk's form gives (whole numbers for scales, ``"na"`` for not
applicable, lists for multiple choice), so validation and scoring are the domain's own
(:func:`lendingdesk.domain.reviews.instruments.answer_problems`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lendingdesk.domain.reviews import Instrument, ItemType
from lendingdesk.domain.reviews.instruments import NOT_APPLICABLE, AnswerProblem, Item

PREFIX = "q-"
_WHOLE = re.compile(r"^[+-]?\d{1,7}$")
_FIELD_MAX = 10_000  # characters of one posted value kept for re-display


@dataclass(frozen=True, slots=True)
class Choice:
    value: str  # as posted
    label: str
    hint: str = ""


@dataclass(slots=True)
class Field:
    """One question as the template draws it."""

    key: str
    name: str
    kind: str  # radio | check | number | text
    label: str
    help: str
    required: bool
    choices: tuple[Choice, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    unit: str = ""
    max_length: int | None = None
    compact: bool = False  # many short choices in a grid (0–10, 1–5 without labels)
    value: str = ""
    values: tuple[str, ...] = ()
    problem: str = ""


@dataclass(slots=True)
class Section:
    key: str
    title: str
    help: str
    optional: bool
    fields: list[Field] = field(default_factory=list)

    @property
    def has_problem(self) -> bool:
        return any(f.problem for f in self.fields)

    @property
    def has_answer(self) -> bool:
        return any(f.value or f.values for f in self.fields)


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("0" if value == 0 else f"−{-value}")


def _choices(item: Item, lang: str, na_label: str) -> tuple[tuple[Choice, ...], bool]:
    kind = item.type
    if kind in (ItemType.CHOICE, ItemType.MULTI_CHOICE):
        return tuple(Choice(str(o.value), o.label.get(lang)) for o in item.options), False
    if kind is ItemType.EFFECT:
        named = {o.value: o.label.get(lang) for o in item.options}
        choices = [
            Choice(str(v), _signed(v), named.get(v, "")) for v in range(-2, 3)
        ]  # the wording next to the number
        choices.append(Choice(NOT_APPLICABLE, named.get(NOT_APPLICABLE, na_label)))
        return tuple(choices), False
    low, high = item.minimum or 0, item.maximum or 0
    named = {o.value: o.label.get(lang) for o in item.options}
    choices = tuple(Choice(str(v), str(v), named.get(v, "")) for v in range(low, high + 1))
    # Every value named (1–5 with wording): a list; only the ends named (0–10): a grid.
    return choices, len(named) < len(choices)


def build_sections(instrument: Instrument, lang: str, na_label: str) -> list[Section]:
    sections = []
    for block in instrument.blocks:
        section = Section(
            key=block.key,
            title=block.title.get(lang),
            help=block.help.get(lang) if block.help else "",
            optional=block.optional,
        )
        for item in block.items:
            section.fields.append(_field(item, lang, na_label))
        sections.append(section)
    return sections


def _field(item: Item, lang: str, na_label: str) -> Field:
    common: dict[str, Any] = {
        "key": item.key,
        "name": PREFIX + item.key,
        "label": item.label.get(lang),
        "help": item.help.get(lang) if item.help else "",
        "required": item.required,
    }
    kind = item.type
    if kind is ItemType.TEXT:
        return Field(kind="text", max_length=item.max_length, **common)
    if kind is ItemType.INTEGER:
        return Field(
            kind="number",
            minimum=item.minimum,
            maximum=item.maximum,
            unit=item.unit.get(lang) if item.unit else "",
            **common,
        )
    choices, compact = _choices(item, lang, na_label)
    return Field(
        kind="check" if kind is ItemType.MULTI_CHOICE else "radio",
        choices=choices,
        compact=compact,
        **common,
    )


def read_answers(instrument: Instrument, form: Mapping[str, Sequence[str]]) -> dict[str, object]:
    """The answers in ``form`` (name → posted values), typed as the desk's form types them.

    Anything that is not a whole number where one is expected stays text, so the domain's
    validation names it; blanks are left out (the domain treats them as unanswered)."""
    answers: dict[str, object] = {}
    for item in instrument.items:
        posted = [v[:_FIELD_MAX] for v in form.get(PREFIX + item.key, ())]
        if item.type is ItemType.MULTI_CHOICE:
            if posted:
                answers[item.key] = posted
            continue
        value = posted[0] if posted else ""
        if item.type is ItemType.TEXT:
            if value.strip():
                answers[item.key] = value
            continue
        value = value.strip()
        if not value:
            continue
        if item.numeric and _WHOLE.match(value):
            answers[item.key] = int(value)
        else:
            answers[item.key] = value
    return answers


def fill(sections: list[Section], form: Mapping[str, Sequence[str]]) -> None:
    """Put what was posted back into the fields (a refused form keeps every answer)."""
    for section in sections:
        for f in section.fields:
            posted = [v[:_FIELD_MAX] for v in form.get(f.name, ())]
            if f.kind == "check":
                f.values = tuple(posted)
            else:
                f.value = posted[0] if posted else ""


def problem_text(problem: AnswerProblem, lang: str, missing: str) -> str:
    """The domain's message without the item key in front (the field is right there)."""
    if problem.code == "missing" and problem.keyed:
        return missing
    return problem.detail.render(lang)


def mark(
    sections: list[Section], problems: Sequence[AnswerProblem], lang: str, missing: str
) -> list[tuple[str, str, str]]:
    """Put each problem on its field; returns (field id, label, message) for the summary."""
    by_key = {f.key: f for s in sections for f in s.fields}
    summary = []
    for problem in problems:
        target = by_key.get(problem.key)
        text = problem_text(problem, lang, missing)
        if target is None:
            continue
        if not target.problem:
            target.problem = text
        summary.append((target.name, target.label, text))
    return summary
