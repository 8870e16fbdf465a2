"""Language at run time: Dutch by default, English switchable without a restart.

The source strings in the code are English; Dutch comes from the compiled catalogues in
resources/translations (every ``*_nl.qm`` found there, so each area keeps its own catalogue),
plus Qt's own translation of standard buttons. Installing or removing translators makes Qt send
a LanguageChange event to every widget, which re-translates itself in ``changeEvent``.
"""

from __future__ import annotations

import functools
import os
from datetime import date

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lendingdesk import dates
from lendingdesk.resources import resources_root

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"


def normalise(lang: str | None) -> str:
    lang = (lang or DEFAULT_LANGUAGE).strip().lower()[:2]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


class Translations:
    """The translators installed for the current language: the one installer of the window
    (the desk, the screens, dialogs and Qt's own buttons all take their words from it)."""

    # Shared by every instance: a new language always replaces what any instance installed.
    _installed: list[QTranslator] = []
    _applied: str | None = None  # the language last applied by any instance

    def __init__(self) -> None:
        self.lang = "en"

    def apply(self, lang: str | None) -> str:
        lang = normalise(lang)
        app = QCoreApplication.instance()
        for translator in Translations._installed:
            app.removeTranslator(translator)
        Translations._installed.clear()
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
                QLocale.Country.Netherlands if lang == "nl" else QLocale.Country.UnitedKingdom,
            )
        )
        for translator in self._load(lang):
            app.installTranslator(translator)
            Translations._installed.append(translator)
        self.lang = Translations._applied = lang
        return lang

    @staticmethod
    def current() -> str | None:
        """The language last applied in this process (None before any)."""
        return Translations._applied

    @staticmethod
    def catalogue_files(lang: str) -> list[str]:
        folder = resources_root() / "translations"
        return [str(p) for p in sorted(folder.glob(f"*_{lang}.qm"))]

    def _load(self, lang: str) -> list[QTranslator]:
        translators = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if lang != "en":
            qt_base = QTranslator()
            if qt_base.load(f"qtbase_{lang}", qt_dir):
                translators.append(qt_base)
        for path in self.catalogue_files(lang):
            translator = QTranslator()
            if translator.load(path):
                translators.append(translator)
        return translators


def set_language(lang: str | None) -> bool:
    """Put the whole window (every catalogue) into ``lang``; Qt then sends every widget a
    LanguageChange. False when no catalogue of ``lang`` was found."""
    if QCoreApplication.instance() is None:
        return False
    applied = Translations().apply(lang)
    return bool(Translations.catalogue_files(applied))


def ensure_language() -> None:
    """Before a widget is first built: the language the window was given, else the default
    (LENDINGDESK_LANG, else Dutch). Never overrides a language already applied."""
    if Translations.current() is None:
        set_language(os.environ.get("LENDINGDESK_LANG"))


def current_language() -> str | None:
    return Translations.current()


# The display format of date fields, matching dates.numeric_date.
SHORT_FORMAT = {"nl": "dd-MM-yyyy", "en": "yyyy-MM-dd"}


def date_edit_format(lang: str) -> str:
    """The display format of a date field (QDateEdit) in ``lang``."""
    return SHORT_FORMAT[normalise(lang)]


@functools.lru_cache(maxsize=4096)
def format_date(day: date, lang: str, long: bool = True) -> str:
    """A date the way the desk writes it in ``lang``: in a sentence with the day named
    ('dinsdag 17 maart 2026', ``long``), else the numeric form of lists and fields
    (lendingdesk/dates.py).

    Cached: tables ask for the same few dates at every repaint."""
    return dates.format_date(day, lang, weekday=True) if long else dates.numeric_date(day, lang)
