"""The screens speak Dutch: no English source text shows on a Dutch screen, status words are the
desk's own, and a runtime language switch works. (Finished translations are checked for every
catalogue in tests/ui_desk/test_window.py; generated files in tests/test_generated_files.py.)"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from lendingdesk.domain.circulation import STATUS_WORDS
from lendingdesk.resources import resource_path
from lendingdesk.ui.models.labels import STATUS_TEXT, status_text
from lendingdesk.ui.screens import SCREENS, load_screen_class, set_language, ui_lang

SCREEN_CLASSES = [(key, load_screen_class(target)) for key, target in SCREENS]


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def _visible_texts(widget: QWidget) -> list[str]:
    texts = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QComboBox) and not child.isEditable():
            texts.extend(child.itemText(i) for i in range(min(child.count(), 1)))
    for table in widget.findChildren(QWidget):
        model = getattr(table, "model", None)
        if callable(model) and hasattr(model(), "headerData") and hasattr(model(), "HEADERS"):
            m = model()
            texts.extend(
                str(m.headerData(i, Qt.Orientation.Horizontal)) for i in range(m.columnCount())
            )
    return [t.replace("&", "") for t in texts if t]


def test_status_words_are_the_desks_own(nl) -> None:
    assert set(STATUS_TEXT) == set(STATUS_WORDS)
    set_language("nl")
    for status, message in STATUS_WORDS.items():
        word = message.render("nl")
        assert status_text(status) == word[0].upper() + word[1:]
    assert status_text("awaiting_cleaning") == "Wacht op schoonmaak"


def test_no_english_left_on_dutch_screens(make_screen) -> None:
    # English sources whose Dutch translation differs: none of them may show in Dutch.
    english = {
        s.replace("&", "")
        for _c, s, msg in _messages(resource_path("translations", "screens_nl.ts"))
        if msg.get("numerus") != "yes" and (msg.findtext("translation") or "") != s
    }
    # The Logboek screen comes with the reliability catalogue (the app loads every *_nl.qm).
    reliability = QTranslator()
    assert reliability.load(str(resource_path("translations", "reliability_nl.qm")))
    QCoreApplication.installTranslator(reliability)
    try:
        _no_english_left(make_screen, english)
    finally:
        QCoreApplication.removeTranslator(reliability)


def _no_english_left(make_screen, english: set[str]) -> None:
    for key, cls in SCREEN_CLASSES:
        screen = make_screen(cls)
        shown = set(_visible_texts(screen))
        assert not (shown & english), (key, shown & english)
        assert cls.title() != cls.title.__name__


def test_runtime_language_switch(make_screen, qapp) -> None:
    screens = {key: make_screen(cls) for key, cls in SCREEN_CLASSES}
    catalogue = screens["catalogue"]
    assert ui_lang() == "nl"
    assert catalogue.new_button.text() == "Nieuw product"
    # (The Logboek screen's title comes from the reliability catalogue: tests/ui_desk.)
    assert [cls.title() for k, cls in SCREEN_CLASSES if k != "audit"] == [
        "Catalogus",
        "Leners",
        "Uitleningen",
        "Reserveringen",
        "Schoonmaak",
        "Reviews",
        "Inventarisatie",
    ]
    set_language("en")
    qapp.processEvents()  # Qt delivers LanguageChange through the event loop
    assert ui_lang() == "en"
    assert catalogue.new_button.text() == "New product"
    assert catalogue.search.placeholderText().startswith("Search")
    assert screens["cleaning"].ui.signOffButton.text() == "Sign off"
    assert screens["loans"].view_buttons["overdue"].text().startswith("Overdue (")
    assert catalogue.count_label.text() == "28 products"  # English plural forms
    assert SCREEN_CLASSES[0][1].title() == "Catalogue"
    set_language("nl")
    qapp.processEvents()
    assert catalogue.new_button.text() == "Nieuw product"
    assert screens["cleaning"].ui.signOffButton.text() == "Aftekenen"
