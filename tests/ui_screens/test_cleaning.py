"""Cleaning sign-off in one scan and one key, the remembered name, and maintenance."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from lendingdesk.store.models import Item
from lendingdesk.ui.screens import CleaningScreen


@pytest.fixture
def screen(make_screen) -> CleaningScreen:
    return make_screen(CleaningScreen)


def _status(screen: CleaningScreen, tag: str) -> str:
    with screen.services.db.session() as s:
        return s.scalar(select(Item.status).where(Item.tag == tag))


def test_sign_off_by_typed_tag_and_enter(qtbot, screen: CleaningScreen, make_screen) -> None:
    # One scan signs off an item with nothing to tick (the checklist: test_hygiene_screens.py).
    waiting = [r for r in screen.model.rows() if r.status == "awaiting_cleaning" and r.quick]
    assert waiting, "the demo leaves items awaiting cleaning"
    tag = waiting[0].tag
    ui = screen.ui
    ui.byEdit.clear()
    qtbot.keyClicks(ui.byEdit, "Kees")
    qtbot.keyClicks(ui.tagEdit, tag.lower())
    qtbot.keyClick(ui.tagEdit, Qt.Key.Key_Return)
    assert screen.banner.kind == "ok", screen.banner.text()
    assert "is schoon en weer beschikbaar. Afgetekend door Kees." in screen.banner.text()
    assert _status(screen, tag) == "available"
    assert ui.tagEdit.text() == "" and ui.tagEdit.hasFocus()  # ready for the next scan
    assert all(r.tag != tag for r in screen.model.rows())

    # The name is remembered for the next time the screen opens.
    again = make_screen(CleaningScreen)
    assert again.ui.byEdit.text() == "Kees"


def test_refusals_are_clear(qtbot, screen: CleaningScreen) -> None:
    ui = screen.ui
    qtbot.keyClicks(ui.byEdit, "Daan")
    qtbot.keyClicks(ui.tagEdit, "LD0000000")
    qtbot.keyClick(ui.tagEdit, Qt.Key.Key_Return)
    assert screen.banner.kind == "error"
    assert ui.tagEdit.selectedText() == "LD0000000"  # the next scan replaces it

    with screen.services.db.session() as s:
        available = s.scalars(select(Item.tag).where(Item.status == "available")).first()
    ui.tagEdit.clear()
    qtbot.keyClicks(ui.tagEdit, available)
    qtbot.keyClick(ui.tagEdit, Qt.Key.Key_Return)
    assert screen.banner.kind == "error"
    assert "wacht niet op schoonmaak" in screen.banner.text()

    waiting = next(r for r in screen.model.rows() if r.status == "awaiting_cleaning" and r.quick)
    ui.byEdit.clear()
    ui.tagEdit.clear()
    qtbot.keyClicks(ui.tagEdit, waiting.tag)
    qtbot.keyClick(ui.tagEdit, Qt.Key.Key_Return)
    assert screen.banner.text() == "Vul eerst in wie heeft schoongemaakt."
    assert ui.byEdit.hasFocus()
    assert _status(screen, waiting.tag) == "awaiting_cleaning"


def test_list_sign_off_and_maintenance(qtbot, screen: CleaningScreen) -> None:
    ui = screen.ui
    qtbot.keyClicks(ui.byEdit, "Anouk")
    rows = screen.model.rows()
    assert len(rows) >= 2
    screen.table.selectRow(next(n for n, r in enumerate(rows) if r.quick))
    first = screen.selected()
    qtbot.mouseClick(ui.signOffSelectedButton, Qt.MouseButton.LeftButton)
    assert _status(screen, first.tag) == "available"

    screen.table.selectRow(0)
    second = screen.selected()
    qtbot.mouseClick(ui.maintenanceButton, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    dialog.setTextValue("Scharnier van de klep los")
    dialog.accept()
    assert _status(screen, second.tag) == "in_maintenance"
    row = screen.model.find_row(second.item_id)
    assert screen.model.row_at(row).instructions == "Scharnier van de klep los"
    assert screen.model.index(row, 2).data() == "In onderhoud"

    screen.table.selectRow(row)
    assert ui.backButton.isEnabled()
    qtbot.mouseClick(ui.backButton, Qt.MouseButton.LeftButton)
    assert screen.banner.kind == "ok"
    assert _status(screen, second.tag) in ("awaiting_cleaning", "available")
