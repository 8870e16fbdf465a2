"""Words the user sees for stored codes (statuses, states), translated through Qt.

Source strings are English; the Dutch translations are the desk's own words ("Beschikbaar",
"Uitgeleend", "Wacht op schoonmaak"), the same as domain circulation.STATUS_NL.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

STATUS_TEXT = {
    "available": QT_TRANSLATE_NOOP("Status", "Available"),
    "on_loan": QT_TRANSLATE_NOOP("Status", "On loan"),
    "awaiting_cleaning": QT_TRANSLATE_NOOP("Status", "Awaiting cleaning"),
    "in_maintenance": QT_TRANSLATE_NOOP("Status", "In maintenance"),
    "reserved": QT_TRANSLATE_NOOP("Status", "Reserved"),
    "retired": QT_TRANSLATE_NOOP("Status", "Retired"),
    "lost": QT_TRANSLATE_NOOP("Status", "Lost"),
}

# Calm colours: readable on white, distinguishable for the common colour-blindnesses by text too.
STATUS_COLOUR = {
    "available": "#1b7a3d",
    "on_loan": "#1f5fa8",
    "awaiting_cleaning": "#a15c00",
    "in_maintenance": "#8a4b9e",
    "reserved": "#6a55c2",
    "retired": "#6b6b6b",
    "lost": "#b3261e",
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


def fmt_date(value: date | datetime | None) -> str:
    """Dates as the desk reads them: 02-03-2026 (day first, as in the Netherlands)."""
    if value is None:
        return ""
    return f"{value:%d-%m-%Y}"


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{value:%d-%m-%Y %H:%M}"
