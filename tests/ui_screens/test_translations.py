"""Every string of the screens goes through Qt's translation system and has a finished Dutch
translation; the compiled files match their sources; a runtime language switch works."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from lendingdesk.domain.circulation import STATUS_NL
from lendingdesk.resources import resource_path
from lendingdesk.ui.models.labels import STATUS_TEXT, status_text
from lendingdesk.ui.screens import SCREENS, set_language, ui_lang

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SOURCES = sorted(
    [
        *ROOT.glob("lendingdesk/ui/screens/*.py"),
        *ROOT.glob("lendingdesk/ui/models/*.py"),
        *ROOT.glob("ui/dialog_*.ui"),
        *ROOT.glob("ui/screen_*.ui"),
    ]
)


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def test_every_message_has_a_finished_dutch_translation() -> None:
    messages = _messages(resource_path("translations", "screens_nl.ts"))
    assert len(messages) > 200
    for context, source, msg in messages:
        tr = msg.find("translation")
        assert tr is not None
        assert tr.get("type") not in ("unfinished", "vanished", "obsolete"), (context, source)
        if msg.get("numerus") == "yes":
            forms = [f.text or "" for f in tr.iter("numerusform")]
            assert len(forms) == 2 and all(f.strip() for f in forms), (context, source)
        else:
            assert (tr.text or "").strip(), (context, source)


def test_status_words_are_the_desks_own(nl) -> None:  # type: ignore[no-untyped-def]
    assert set(STATUS_TEXT) == set(STATUS_NL)
    set_language("nl")
    for status, word in STATUS_NL.items():
        assert status_text(status) == word[0].upper() + word[1:]
    assert status_text("awaiting_cleaning") == "Wacht op schoonmaak"


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="needs pyside6-lupdate")
def test_ts_files_know_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *map(str, SOURCES), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _ in _messages(fresh)}
    have = {(c, s) for c, s, _ in _messages(resource_path("translations", "screens_nl.ts"))}
    assert wanted - have == set(), "run lupdate and translate the new strings"
    assert have - wanted == set(), "the .ts holds strings the code no longer has"


@pytest.mark.skipif(not (BIN / "pyside6-lrelease").exists(), reason="needs pyside6-lrelease")
def test_qm_files_are_compiled_from_the_ts(tmp_path: Path) -> None:
    for lang in ("nl", "en"):
        ts = resource_path("translations", f"screens_{lang}.ts")
        shutil.copy(ts, tmp_path / ts.name)
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(tmp_path / ts.name)],
            check=True,
            capture_output=True,
        )
        built = (tmp_path / ts.name).with_suffix(".qm").read_bytes()
        assert built == resource_path("translations", f"screens_{lang}.qm").read_bytes(), lang


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


def test_no_english_left_on_dutch_screens(make_screen) -> None:  # type: ignore[no-untyped-def]
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


def _no_english_left(make_screen, english: set[str]) -> None:  # type: ignore[no-untyped-def]
    for key, cls in SCREENS:
        screen = make_screen(cls)
        shown = set(_visible_texts(screen))
        assert not (shown & english), (key, shown & english)
        assert cls.title() != cls.title.__name__


def test_runtime_language_switch(make_screen, qapp) -> None:  # type: ignore[no-untyped-def]
    screens = {key: make_screen(cls) for key, cls in SCREENS}
    catalogue = screens["catalogue"]
    assert ui_lang() == "nl"
    assert catalogue.new_button.text() == "Nieuw product"
    # (The Logboek screen's title comes from the reliability catalogue: tests/ui_desk.)
    assert [cls.title() for k, cls in SCREENS if k != "audit"] == [
        "Catalogus",
        "Leners",
        "Uitleningen",
        "Reserveringen",
        "Schoonmaak",
    ]
    set_language("en")
    qapp.processEvents()  # Qt delivers LanguageChange through the event loop
    assert ui_lang() == "en"
    assert catalogue.new_button.text() == "New product"
    assert catalogue.search.placeholderText().startswith("Search")
    assert screens["cleaning"].ui.signOffButton.text() == "Sign off"
    assert screens["loans"].view_buttons["overdue"].text().startswith("Overdue (")
    assert catalogue.count_label.text() == "28 products"  # English plural forms
    assert SCREENS[0][1].title() == "Catalogue"
    set_language("nl")
    qapp.processEvents()
    assert catalogue.new_button.text() == "Nieuw product"
    assert screens["cleaning"].ui.signOffButton.text() == "Aftekenen"
