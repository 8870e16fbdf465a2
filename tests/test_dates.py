"""One date formatter for the window, the slips and the reports: it writes dates the way Qt's
Dutch and English locales do (what the window showed before), on every day of a year."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from lendingdesk.dates import format_date


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_day_of_a_year_reads_as_the_locale_writes_it(qapp, lang: str) -> None:
    from PySide6.QtCore import QDate, QLocale

    locale = QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English)
    day = date(2028, 1, 1)  # a leap year
    while day.year == 2028:
        qdate = QDate(day.year, day.month, day.day)
        assert format_date(day, lang, weekday=True) == locale.toString(qdate, "dddd d MMMM yyyy")
        assert format_date(day, lang, short=True) == locale.toString(qdate, "d MMM yyyy")
        assert format_date(day, lang) == locale.toString(qdate, "d MMMM yyyy")
        day += timedelta(days=1)


def test_documents_and_reports_write_the_same_dates() -> None:
    from lendingdesk.documents import reports, texts

    assert texts.format_datetime(datetime(2025, 3, 14, 9, 5), "nl") == "14 maart 2025 09:05"
    assert reports.format_date is texts.format_date is format_date
    assert format_date(date(2025, 3, 14), "nl-NL") == "14 maart 2025"
    assert format_date(date(2025, 3, 14), "en") == "14 March 2025"
