"""The Stock-take screen in the desk window: opened with its Ctrl+number, fed by scanner key
streams as the operating system delivers them (Shift around capitals, AZERTY-garbled digits,
caps lock), a running count, the five lists, "move here" and "finish" with one key each."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from lendingdesk.domain import catalogue, circulation
from lendingdesk.store.models import AuditEvent, Item
from lendingdesk.ui.desk.feedback import Tone
from tests.keys.streams import play, scanner_keys
from tests.ui_desk.conftest import OFFSCREEN_NOISE, human_keys

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def cabinet(db, ctx, cat):
    """Kast 2 holds the PARO units (one waiting for cleaning) and the reserved tablet; the other
    tablet is registered at Thuiszorg Oost; PARO 3 is lent out (yet it will be on the shelf)."""
    with db.unit_of_work() as s:
        here = catalogue.get_or_create_location(s, "Zorggroep De Linde", "Lindehof", "Kast 2")
        other = catalogue.get_or_create_location(s, "Zorggroep De Linde", "Thuiszorg Oost")
        for item in s.scalars(select(Item)):
            item.location_id = other.id if item.tag in cat.tablet else here.id
        s.flush()
        circulation.check_out(
            s, ctx, circulation.CheckoutRequest(item=cat.paro[2], borrower=cat.sanne)
        )
        return here.id


def scanner(scan_clock, code: str, **how: object) -> None:
    start = scan_clock.ms + 2000  # the desk was quiet before the scan
    play(scanner_keys(code, start_ms=start, **how), scan_clock.set)


def lines(screen, name: str) -> list[str]:
    listing = screen.lists[name]
    return [listing.item(n).text().split()[0] for n in range(listing.count())]


def all_texts(screen) -> dict[str, list[str]]:
    return {
        name: [listing.item(n).text() for n in range(listing.count())]
        for name, listing in screen.lists.items()
    }


def test_stocktake_by_scanning(qtbot, make_window, db, cat, cabinet, scan_clock) -> None:
    window = make_window()
    human_keys(qtbot, scan_clock, (Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier))
    assert window.current_key() == "stocktake"
    screen = window.screen("stocktake")
    screen.location_combo.setCurrentIndex(screen.location_combo.findData(cabinet))
    qtbot.waitUntil(lambda: screen.code_edit.hasFocus())
    qtbot.wait(20)  # the screen's translator, installed when it was built, settles
    assert screen.count_label.text() == "0 gescand"
    starts = []  # the index is built when the stock-take starts, not again per scan
    real_start = screen.services.start
    screen.services.start = lambda *a: starts.append(a) or real_start(*a)

    scanner(scan_clock, cat.paro[0])  # Shift around every capital, Enter
    assert screen.count_label.text() == "1 gescand"
    assert "op zijn plek" in screen.banner.text()
    scanner(scan_clock, cat.paro[1], caps_lock=True, end="keypad-enter")
    scanner(scan_clock, cat.tablet[0], layout="azerty-garbled")  # &é"'… for the digits
    scanner(scan_clock, cat.paro[2], end="tab")
    assert "inname is nooit geboekt" in screen.banner.text()
    scanner(scan_clock, cat.sanne)  # a card is no item: unknown, as scanned
    scanner(scan_clock, cat.paro[0])  # twice: counts once

    assert screen.count_label.text() == "5 gescand"
    ok, warn = Tone.OK, Tone.WARN  # a calm cue for found, a warning for everything else
    assert list(window.sounds.played)[-6:] == [ok, ok, warn, warn, warn, ok]
    assert lines(screen, "found") == sorted(cat.paro[:2])
    assert lines(screen, "missing") == sorted([cat.cleaning_tag, cat.reserved_tag])
    assert lines(screen, "wrong_place") == [cat.tablet[0]]
    assert lines(screen, "on_loan") == [cat.paro[2]]
    assert lines(screen, "unknown") == [cat.sanne]
    assert "Thuiszorg Oost" in screen.lists["wrong_place"].item(0).text()
    assert screen.list_titles["missing"].text() == "Ontbreekt (2)"
    assert screen.code_edit.text() == ""  # nothing of the scans left behind
    assert starts == []
    shown = all_texts(screen)
    screen._reconcile()  # built afresh from every scan: the same lists, line for line
    assert all_texts(screen) == shown

    assert screen.banner.isVisible(), screen.banner.text()
    shots = os.environ.get("LENDINGDESK_SHOTS")
    if shots:
        window.resize(1280, 720)
        qtbot.wait(50)
        window.grab().save(os.path.join(shots, "stocktake-1280x720.png"))

    human_keys(qtbot, scan_clock, (Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier))
    assert screen.banner.text() == "1 exemplaar hierheen verplaatst."
    assert lines(screen, "wrong_place") == []
    assert cat.tablet[0] in lines(screen, "found")
    with db.session() as s:
        assert s.scalar(select(Item.location_id).where(Item.tag == cat.tablet[0])) == cabinet

    human_keys(qtbot, scan_clock, (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier))
    assert screen.banner.kind == "ok" and "1 ingenomen" in screen.banner.text()
    assert not screen.finish_button.isEnabled()  # recorded once
    with db.session() as s:
        assert s.scalar(select(Item.status).where(Item.tag == cat.paro[2])) == "awaiting_cleaning"
        record = s.scalars(select(AuditEvent).where(AuditEvent.action == "stocktake")).one()
        assert record.entity_id == cabinet and record.details["found"] == 3
    assert lines(screen, "on_loan") == []


def test_the_scans_survive_a_closed_window(qtbot, make_window, cat, cabinet, scan_clock) -> None:
    window = make_window()
    window.show_screen("stocktake")
    screen = window.screen("stocktake")
    screen.location_combo.setCurrentIndex(screen.location_combo.findData(cabinet))
    qtbot.waitUntil(lambda: screen.code_edit.hasFocus())
    scanner(scan_clock, cat.paro[0])
    scanner(scan_clock, cat.tablet[0])
    window.close()

    again = make_window().screen("stocktake")
    assert again.location_id() == cabinet
    assert again.count_label.text() == "2 gescand"
    assert lines(again, "wrong_place") == [cat.tablet[0]]
    again.restart_button.click()  # start over: nothing kept
    assert again.count_label.text() == "0 gescand"
    assert make_window().screen("stocktake").scans == []


def test_finished_stock_takes_are_in_the_history_and_exported(
    qtbot, make_window, db, cat, cabinet, scan_clock, tmp_path, monkeypatch
) -> None:
    from lendingdesk.ui.screens.stocktake_history import StocktakeHistoryDialog
    from tests.documents.pdfcheck import normalise, read_pdf

    window = make_window()
    human_keys(qtbot, scan_clock, (Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier))
    screen = window.screen("stocktake")
    screen.location_combo.setCurrentIndex(screen.location_combo.findData(cabinet))
    qtbot.waitUntil(lambda: screen.code_edit.hasFocus())
    scanner(scan_clock, cat.paro[0])
    scanner(scan_clock, cat.tablet[0])
    human_keys(qtbot, scan_clock, (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier))
    assert "Ctrl+H" in screen.banner.text()

    targets = iter([tmp_path / "kast2.pdf", tmp_path / "kast2"])  # the suffix is added
    monkeypatch.setattr(StocktakeHistoryDialog, "ask_path", lambda *_a: str(next(targets)))
    human_keys(qtbot, scan_clock, (Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier))
    dialog = screen.dialog
    assert isinstance(dialog, StocktakeHistoryDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.table.hasFocus())
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text().endswith("Kast 2")
    assert [dialog.table.item(0, c).text() for c in (3, 4, 6)] == ["2", "1", "1"]
    shots = os.environ.get("LENDINGDESK_SHOTS")
    if shots:
        dialog.grab().save(os.path.join(shots, "stocktake-history.png"))
    human_keys(qtbot, scan_clock, (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier))
    qtbot.waitUntil(lambda: dialog.banner.kind != "", timeout=20_000)  # written off the GUI thread
    assert dialog.banner.kind == "ok", dialog.banner.text()
    text = normalise(" ".join(p.text for p in read_pdf((tmp_path / "kast2.pdf").read_bytes())))
    assert "Inventarisatie" in text and cat.tablet[0] in text
    dialog.banner.clear_message()
    human_keys(qtbot, scan_clock, (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier))
    qtbot.waitUntil(lambda: dialog.banner.kind == "ok", timeout=20_000)
    assert (tmp_path / "kast2.csv").read_text(encoding="utf-8-sig").startswith("Lijst;Code")
    human_keys(qtbot, scan_clock, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
