"""The desk shows who an item is held for (the waiting list) when it is scanned, and refuses
it to anyone else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lendingdesk.domain import circulation, cleaning
from lendingdesk.services.waiting import WaitingService
from lendingdesk.store.models import Item
from tests.ui_desk.conftest import OFFSCREEN_NOISE, desks_settled, human_keys, scan, when_modal

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_scanning_a_held_item_names_whom_it_is_held_for(qtbot, window, cat, db, ctx, scan_clock):
    with db.unit_of_work() as s:
        for tag in cat.paro:
            circulation.check_out(s, ctx, circulation.CheckoutRequest(item=tag, borrower=cat.sanne))
        product_id = s.query(Item).filter_by(tag=cat.cleaning_tag).one().product_id
    WaitingService(db, lambda: ctx).join(cat.mo, product_id)
    with db.unit_of_work() as s:
        cleaning.sign_off_cleaning(s, ctx, cat.cleaning_tag, by="Schoonmaker")

    seen: dict[str, str] = {}

    def look(picker) -> None:
        seen["hint"] = picker.ui.hintLabel.text()
        qtbot.keyClick(picker.ui.searchEdit, Qt.Key.Key_Escape)

    errors = when_modal(qtbot, look)
    scan(qtbot, scan_clock, cat.cleaning_tag)
    assert errors == []
    assert seen["hint"] == "Vastgehouden voor Mohamed El Amrani (wachtlijst)."
    # Lent to somebody else at the desk: refused, by name.
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.cleaning_tag)
    banner = window.desk.ui.banner.text()
    assert "Mohamed El Amrani" in banner and "wachtlijst" in banner


def test_joining_the_waiting_list_at_the_kiosk(qtbot, window, kiosk, cat, db, ctx, scan_clock):
    with db.unit_of_work() as s:
        for tag in cat.paro:
            circulation.check_out(s, ctx, circulation.CheckoutRequest(item=tag, borrower=cat.sanne))
    scan(qtbot, scan_clock, cat.mo)
    qtbot.mouseClick(kiosk.wait_button, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentWidget() is kiosk.waiting_page
    assert QApplication.focusWidget() is kiosk.waiting_search
    human_keys(qtbot, scan_clock, *"tablet")  # the Compaan tablet: one is free, not offered
    assert kiosk.waiting_buttons == []
    assert kiosk.waiting_message.property("tone") == "warn"
    kiosk.waiting_search.clear()
    human_keys(qtbot, scan_clock, *"paro")
    assert [b.text() for b in kiosk.waiting_buttons] == ["PARO robotzeehond"]
    qtbot.mouseClick(kiosk.waiting_buttons[0], Qt.MouseButton.LeftButton)
    desks_settled(qtbot)  # joined on the kiosk's worker
    assert kiosk.pages.currentWidget() is kiosk.session_page
    assert "PARO robotzeehond" in kiosk.session_message.text()
    # The one waiting for cleaning is signed off: it is kept for Mohamed.
    with db.unit_of_work() as s:
        cleaning.sign_off_cleaning(s, ctx, cat.cleaning_tag, by="Schoonmaker")
    assert WaitingService(db, lambda: ctx).held_for(cat.cleaning_tag) == "Mohamed El Amrani"
    # His next visit: the kiosk tells him it is kept for him.
    qtbot.mouseClick(kiosk.done_button, Qt.MouseButton.LeftButton)
    scan(qtbot, scan_clock, cat.mo)
    assert "Voor u bewaard (wachtlijst): PARO robotzeehond" in kiosk.session_list.text()
    assert WaitingService(db, lambda: ctx).to_notify() == []  # told: no e-mail after


def test_held_after_cleaning_then_told_at_the_desk_and_not_mailed(
    qtbot, window, cat, db, ctx, scan_clock
):
    """Schoonmaak says whom to put it aside for; when Mohamed scans his card the Balie tells
    him it is kept for him, and the e-mail run then has nothing left to tell."""
    from lendingdesk.services import notices

    with db.unit_of_work() as s:
        for tag in cat.paro:
            circulation.check_out(s, ctx, circulation.CheckoutRequest(item=tag, borrower=cat.sanne))
        product_id = s.query(Item).filter_by(tag=cat.cleaning_tag).one().product_id
    service = WaitingService(db, lambda: ctx)
    service.join(cat.mo, product_id)
    window.show_screen("cleaning")
    screen = window.screen("cleaning")
    screen.ui.byEdit.setText("Schoonmaker")
    screen.ui.tagEdit.setFocus()
    scan(qtbot, scan_clock, cat.cleaning_tag)
    said = screen.banner.text()
    assert "is schoon en weer beschikbaar" in said, said
    assert "Leg het apart bij de balie: het wordt bewaard voor Mohamed El Amrani" in said
    assert [n.borrower for n in service.to_notify()] == ["Mohamed El Amrani"]

    window.show_screen("desk")
    window.desk.focus_code_field()
    scan(qtbot, scan_clock, cat.mo)
    banner = window.desk.ui.banner.text()
    assert "Wachtlijst: PARO robotzeehond (" + cat.cleaning_tag in banner, banner
    assert service.to_notify() == []  # told here: the e-mail run sends nothing
    with db.session() as s:
        due, _skipped = notices.due_notices(s, ctx, notices.NoticeConfig(enabled=True))
    assert [n for n in due if n.kind == "waiting"] == []
    scan(qtbot, scan_clock, cat.cleaning_tag)  # lent to him: his turn is fulfilled
    assert "Uitgeleend" in window.desk.ui.banner.text()
    assert service.held_for(cat.cleaning_tag) is None


def test_a_return_without_cleaning_says_whom_to_put_it_aside_for(
    qtbot, window, cat, db, ctx, scan_clock
):
    with db.unit_of_work() as s:
        for tag, who in ((cat.tablet[0], cat.mo), (cat.reserved_tag, cat.mo)):
            circulation.check_out(s, ctx, circulation.CheckoutRequest(item=tag, borrower=who))
        product_id = s.query(Item).filter_by(tag=cat.tablet[0]).one().product_id
    WaitingService(db, lambda: ctx).join(cat.sanne, product_id)
    errors = when_modal(qtbot, lambda d: human_keys(qtbot, scan_clock, Qt.Key.Key_Return))
    scan(qtbot, scan_clock, cat.tablet[0])
    assert errors == []
    banner = window.desk.ui.banner.text()
    assert "weer beschikbaar en wordt bewaard voor Sanne de Vries (wachtlijst)" in banner, banner
