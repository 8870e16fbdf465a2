"""Words the user sees for stored codes (statuses, states), translated through Qt.

Source strings are English; the Dutch translations are the desk's own words ("Beschikbaar",
"Uitgeleend", "Wacht op schoonmaak"), the same as domain circulation.STATUS_WORDS.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from lendingdesk.domain.status import ItemStatus
from lendingdesk.ui.i18n import date_edit_format as i18n_date_edit_format
from lendingdesk.ui.i18n import format_date

STATUS_TEXT = {
    ItemStatus.AVAILABLE: QT_TRANSLATE_NOOP("Status", "Available"),
    ItemStatus.ON_LOAN: QT_TRANSLATE_NOOP("Status", "On loan"),
    ItemStatus.AWAITING_CLEANING: QT_TRANSLATE_NOOP("Status", "Awaiting cleaning"),
    ItemStatus.IN_MAINTENANCE: QT_TRANSLATE_NOOP("Status", "In maintenance"),
    ItemStatus.RESERVED: QT_TRANSLATE_NOOP("Status", "Reserved"),
    ItemStatus.RETIRED: QT_TRANSLATE_NOOP("Status", "Retired"),
    ItemStatus.LOST: QT_TRANSLATE_NOOP("Status", "Lost"),
}

# The parts of a hygiene sign-off (domain/hygiene.Part values).
PART_TEXT = {
    "clean": QT_TRANSLATE_NOOP("Hygiene", "Cleaning"),
    "disinfect": QT_TRANSLATE_NOOP("Hygiene", "Disinfection"),
    "reset": QT_TRANSLATE_NOOP("Hygiene", "Device reset"),
    "second_check": QT_TRANSLATE_NOOP("Hygiene", "Second check"),
}


def part_text(part: str) -> str:
    return QCoreApplication.translate("Hygiene", PART_TEXT.get(part, part))


def parts_text(parts: tuple[str, ...] | list[str]) -> str:
    return ", ".join(part_text(p) for p in parts)


# Calm colours: readable on white, distinguishable for the common colour-blindnesses by text too.
STATUS_COLOUR = {
    ItemStatus.AVAILABLE: "#1b7a3d",
    ItemStatus.ON_LOAN: "#1f5fa8",
    ItemStatus.AWAITING_CLEANING: "#a15c00",
    ItemStatus.IN_MAINTENANCE: "#8a4b9e",
    ItemStatus.RESERVED: "#6a55c2",
    ItemStatus.RETIRED: "#6b6b6b",
    ItemStatus.LOST: "#b3261e",
}

RESERVATION_STATE_TEXT = {
    "upcoming": QT_TRANSLATE_NOOP("Status", "Upcoming"),
    "current": QT_TRANSLATE_NOOP("Status", "Running now"),
    "fulfilled": QT_TRANSLATE_NOOP("Status", "Picked up"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "Cancelled"),
    "past": QT_TRANSLATE_NOOP("Status", "Expired"),
}


def status_text(status: str) -> str:
    source = STATUS_TEXT.get(status)
    return QCoreApplication.translate("Status", source) if source else status


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOUR.get(status, "#333333"))


def reservation_state_text(state: str) -> str:
    source = RESERVATION_STATE_TEXT.get(state)
    return QCoreApplication.translate("Status", source) if source else state


def _lang() -> str:
    from lendingdesk.ui.screens.base import ui_lang  # the language the screens speak now

    return ui_lang()


def fmt_date(value: date | datetime | None) -> str:
    """Dates in lists and notes: 02-03-2026 in Dutch, 2026-03-02 in English (i18n)."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    return format_date(day, _lang(), long=False)


def fmt_datetime(value: datetime | None, *, seconds: bool = False) -> str:
    if value is None:
        return ""
    return f"{fmt_date(value)} {value:%H:%M:%S}" if seconds else f"{fmt_date(value)} {value:%H:%M}"


def date_edit_format() -> str:
    """The display format of the screens' date fields, in the screens' language."""
    return i18n_date_edit_format(_lang())
