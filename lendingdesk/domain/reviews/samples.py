"""Synthetic reviews for demos, benchmarks and tests -- never for publishing.

Ratings must come from professionals themselves (reviews.md), so nothing here may reach an
export of real data; the generator exists so that the desk's demo mode, the report
benchmark and the PNG previews have plausible, valid answer sets of any size.
"""

from __future__ import annotations

import random

from lendingdesk.domain.reviews.instruments import NOT_APPLICABLE, load_instrument
from lendingdesk.domain.reviews.scoring import POSITIVE_HEALTH, SUS_KEYS, score_review
from lendingdesk.domain.reviews.summary import ScoredReview

_PROS = (
    "Bewoners worden rustiger tijdens het avondeten.",
    "Snel klaar voor gebruik, ook voor invalkrachten.",
    "Mooie gesprekken met familie over vroeger.",
    "Cliënten bewegen meer zonder dat het moeite kost.",
)
_CONS = (
    "Accu gaat niet een hele dienst mee.",
    "De app vraagt steeds opnieuw om in te loggen.",
    "Lastig te verplaatsen tussen afdelingen.",
    "",
)
_TIPS = (
    "Leg de oplader vast in de kast naast de huiskamer.",
    "Begin met korte sessies van tien minuten.",
    "Na gebruik afnemen met een vochtig doekje, niet onderdompelen.",
    "Spreek per dienst af wie het apparaat aanzet.",
)


def _clip(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def sample_answers(
    rng: random.Random, quality: float = 0.7, sus_share: float = 0.4
) -> dict[str, object]:
    """One plausible care-tech-review answer set; ``quality`` 0…1 moves every judgement."""
    care = load_instrument("care-tech-review")

    def choice(key: str) -> str:
        return str(rng.choice(care.item(key).options).value)

    def scale(centre: float, low: int = 1, high: int = 5) -> int:
        return _clip(rng.gauss(centre, 0.8), low, high)

    answers: dict[str, object] = {
        "setting": choice("setting"),
        "client_group": choice("client_group"),
        "duration_weeks": rng.randint(1, 12),
        "frequency": choice("frequency"),
        "overall": scale(1 + 4 * quality),
        "ease_of_use": scale(1.5 + 3.5 * quality),
        "usefulness_client": scale(1 + 4 * quality),
        "usefulness_professional": scale(1 + 3.5 * quality),
        "setup_time": choice("setup_time"),
        "cleaning_effort": scale(3.5),
        "effect_workload": scale(-1 + 2.5 * quality, -2, 2),
        "effect_work_pleasure": scale(-1 + 3 * quality, -2, 2),
        "recommend": scale(2 + 8 * quality, 0, 10),
        "pros": rng.choice(_PROS),
        "cons": rng.choice(_CONS),
        "tips": rng.choice(_TIPS),
    }
    if rng.random() < 0.7:
        answers["number_of_clients"] = rng.randint(1, 12)
    for key, _label in POSITIVE_HEALTH:
        answers[key] = NOT_APPLICABLE if rng.random() < 0.15 else scale(-1 + 3 * quality, -2, 2)
    if rng.random() < sus_share:
        good = 1 + 4 * quality
        for position, key in enumerate(SUS_KEYS, start=1):
            answers[key] = scale(good if position % 2 else 6 - good)
    return answers


def sample_reviews(count: int, *, seed: int = 1, quality: float = 0.7) -> list[ScoredReview]:
    """``count`` valid, scored care-tech reviews, the same for the same seed."""
    care = load_instrument("care-tech-review")
    rng = random.Random(seed)
    reviews = []
    for _ in range(count):
        answers = sample_answers(rng, quality)
        reviews.append(ScoredReview(care.key, care.version, answers, score_review(care, answers)))
    return reviews
