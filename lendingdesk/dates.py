"""Dates in words, the one way for every part of the desk: ``14 maart 2025`` on paper,
``dinsdag 17 maart 2026`` as a due date on screen, ``17 mrt 2026`` in a narrow table column.

A leaf module (no Qt, nothing of the application): documents, reports and the window share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
SHORT_MONTHS = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def date_lang(lang: str) -> str:
    """ "nl" for Dutch (also "nl-NL", "nl_BE"), else "en"."""
    return "nl" if lang.lower().startswith("nl") else "en"


def numeric_date(day: date, lang: str = "nl") -> str:
    """A date in a list, a field or a short note: ``17-03-2026`` in Dutch, as Dutch forms write
    it, ``2026-03-17`` in English, as the English refusals and exports do (day-first and
    month-first numbers read differently in the UK and the US)."""
    if date_lang(lang) == "nl":
        return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"
    return day.isoformat()


@dataclass(frozen=True)
class NumericDate:
    """A date as a value in a translated message: :func:`numeric_date` in the message's
    language (``17-03-2026`` / ``2026-03-17``)."""

    day: date

    def render(self, lang: str) -> str:
        return numeric_date(self.day, lang)


@dataclass(frozen=True)
class NumericMoment:
    """A moment as a value in a translated message: the date as :class:`NumericDate` and the
    time of day (``17-03-2026 14:30`` / ``2026-03-17 14:30``)."""

    moment: datetime

    def render(self, lang: str) -> str:
        return f"{numeric_date(self.moment.date(), lang)} {self.moment:%H:%M}"


def format_date(day: date, lang: str = "nl", *, weekday: bool = False, short: bool = False) -> str:
    """``14 maart 2025`` / ``14 March 2025``: unambiguous in both languages. ``weekday`` puts
    the day's name in front; ``short`` abbreviates the month (``14 mrt 2025``)."""
    key = date_lang(lang)
    month = (SHORT_MONTHS if short else MONTHS)[key][day.month - 1]
    text = f"{day.day} {month} {day.year}"
    return f"{WEEKDAYS[key][day.weekday()]} {text}" if weekday else text
