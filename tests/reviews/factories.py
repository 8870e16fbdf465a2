"""Answer sets for tests: one valid care-tech review, varied by keyword."""

from __future__ import annotations

from lendingdesk.domain.reviews import POSITIVE_HEALTH, SUS_KEYS

SUS_EXAMPLE = (4, 1, 5, 2, 5, 1, 4, 2, 3, 1)  # reviews.md: 85.0


def care_answers(sus: tuple[int, ...] | None = None, **overrides: object) -> dict[str, object]:
    answers: dict[str, object] = {
        "setting": "verpleeghuis",
        "client_group": "dementie",
        "duration_weeks": 6,
        "frequency": "meerdere_keren_per_week",
        "overall": 4,
        "ease_of_use": 4,
        "usefulness_client": 5,
        "usefulness_professional": 3,
        "effect_workload": 0,
        "effect_work_pleasure": 1,
        "recommend": 8,
    }
    answers.update({key: 1 for key, _ in POSITIVE_HEALTH})
    if sus is not None:
        answers.update(zip(SUS_KEYS, sus, strict=True))
    answers.update(overrides)
    return {k: v for k, v in answers.items() if v is not None}
