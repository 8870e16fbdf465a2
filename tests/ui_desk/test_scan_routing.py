"""One mechanism: a scan goes to the screen or dialog that asked for it (real window, real
key streams with Shift around the capitals). Only the desk lends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from lendingdesk.domain.codes import format_tag
from lendingdesk.store.models import Item, Loan, Reservation
from lendingdesk.ui.desk.borrower_picker import BorrowerPicker
from lendingdesk.ui.desk.checkin_dialog import CheckinDialog
from lendingdesk.ui.screens.dialogs import AddItemsDialog, BorrowerDialog
from tests.ui_desk.conftest import OFFSCREEN_NOISE, desks_settled, human_keys, scan, when_modal

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _status(db, tag: str) -> str:
    with db.session() as s:
        return s.query(Item).filter_by(tag=tag).one().status


def _open_loans(db) -> int:
    with db.session() as s:
        return s.query(Loan).filter(Loan.returned_at.is_(None)).count()


def _show(qtbot, window, key: str):  # type: ignore[no-untyped-def]
    window.show_screen(key)
    screen = window.screen(key)
    qtbot.waitUntil(lambda: window.ui.stack.currentWidget() is screen)
    return screen


def test_a_label_scanned_on_cleaning_signs_that_item_off(qtbot, window, cat, db, scan_clock):
    screen = _show(qtbot, window, "cleaning")
    screen.ui.byEdit.setText("Kees")
    screen.table.setFocus()  # focus anywhere on the screen, not in the label field
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.table)
    loans = _open_loans(db)

    scan(qtbot, scan_clock, cat.cleaning_tag)

    assert _status(db, cat.cleaning_tag) == "available"
    assert window.current_key() == "cleaning"  # not sent to the desk (no circle)
    assert cat.cleaning_tag in screen.banner.text() and "Kees" in screen.banner.text()
    assert _open_loans(db) == loans
    assert window.desk.borrower is None


def test_cleaning_asks_who_cleaned_and_refuses_a_card(qtbot, window, cat, db, scan_clock):
    screen = _show(qtbot, window, "cleaning")
    screen.ui.byEdit.clear()
    screen.ui.tagEdit.setFocus()

    scan(qtbot, scan_clock, cat.cleaning_tag)
    assert _status(db, cat.cleaning_tag) == "awaiting_cleaning"
    assert screen.ui.tagEdit.text() == cat.cleaning_tag  # kept for when the name is filled in
    assert QApplication.focusWidget() is screen.ui.byEdit

    human_keys(qtbot, scan_clock, *"Kees", Qt.Key.Key_Return)
    assert _status(db, cat.cleaning_tag) == "available"

    scan(qtbot, scan_clock, cat.sanne)  # a borrower card: not for this screen
    assert window.current_key() == "cleaning"
    assert window.desk.borrower is None  # nobody was put at the desk
    assert cat.sanne in screen.banner.text()


def test_a_card_scanned_on_reservations_fills_in_for_whom(qtbot, window, cat, db, scan_clock):
    screen = _show(qtbot, window, "reservations")
    screen.note_edit.setFocus()
    scan(qtbot, scan_clock, cat.mo)
    assert screen.borrower_combo.currentText().startswith("Mohamed El Amrani")
    assert screen.note_edit.text() == ""  # no "L" left in the field that had focus
    assert window.current_key() == "reservations"
    assert window.desk.borrower is None

    scan(qtbot, scan_clock, cat.tablet[0])  # a label picks product and item
    assert screen.product_combo.currentText() == "Compaan tablet"
    assert screen.item_combo.currentText() == cat.tablet[0]

    # Card and label scanned: Enter reserves (it moved the focus to the names' drop-down).
    with db.session() as s:
        before = s.query(Reservation).count()
    human_keys(qtbot, scan_clock, Qt.Key.Key_Return)
    with db.session() as s:
        made = s.query(Reservation).order_by(Reservation.id.desc()).first()
        assert s.query(Reservation).count() == before + 1
        assert made is not None and made.borrower.name == "Mohamed El Amrani"


def test_a_label_scanned_in_the_catalogue_finds_its_product(qtbot, window, cat, scan_clock):
    screen = _show(qtbot, window, "catalogue")
    screen.search.setFocus()
    scan(qtbot, scan_clock, cat.paro[1])
    assert screen.detail is not None and screen.detail.name == "PARO robotzeehond"
    item = screen.selected_item()
    assert item is not None and item.tag == cat.paro[1]
    assert screen.search.text() == ""
    assert window.current_key() == "catalogue"
    qtbot.wait(400)  # past the search field's typing pause: the "L" it saw is not searched
    assert screen.detail is not None and screen.detail.name == "PARO robotzeehond"
    assert screen.selected_item() is not None


def test_pre_printed_labels_are_scanned_into_add_items(qtbot, window, cat, db, scan_clock):
    screen = _show(qtbot, window, "catalogue")
    scan(qtbot, scan_clock, cat.paro[0])  # select the PARO
    new_tags = [format_tag(901), format_tag(902)]

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, AddItemsDialog)
        for tag in new_tags:
            scan(qtbot, scan_clock, tag)
        scan(qtbot, scan_clock, new_tags[0])  # the same label twice is said, not added
        assert dialog.tags() == new_tags
        human_keys(qtbot, scan_clock, (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier))
        if dialog.isVisible():
            dialog.accept()

    errors = when_modal(qtbot, fill)
    screen.add_items()
    qtbot.waitUntil(lambda: _exists(db, new_tags[1]))
    assert not errors
    assert all(_status(db, tag) == "available" for tag in new_tags)


def _exists(db, tag: str) -> bool:
    with db.session() as s:
        return s.query(Item).filter_by(tag=tag).count() == 1


def test_a_card_scanned_into_new_borrower_becomes_its_card(qtbot, window, scan_clock):
    screen = _show(qtbot, window, "borrowers")
    from lendingdesk.domain.codes import format_badge

    card = format_badge(777)
    seen: dict[str, str] = {}

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, BorrowerDialog)
        scan(qtbot, scan_clock, card)
        seen["badge"] = dialog.ui.badgeEdit.text()
        seen["name"] = dialog.ui.nameEdit.text()
        dialog.reject()

    errors = when_modal(qtbot, fill)
    screen.new_borrower()
    qtbot.waitUntil(lambda: "badge" in seen)
    assert not errors
    assert seen == {"badge": card, "name": ""}


def test_the_borrower_picker_takes_a_card_and_explains_a_label(qtbot, window, cat, scan_clock):
    desk = window.desk
    seen: dict[str, str] = {}

    def pick(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, BorrowerPicker)
        scan(qtbot, scan_clock, cat.paro[0])  # a label, not a card
        seen["hint"] = dialog.ui.hintLabel.text()
        assert dialog.isVisible()
        scan(qtbot, scan_clock, cat.sanne)

    errors = when_modal(qtbot, pick)
    desk.choose_borrower()
    desks_settled(qtbot)
    assert not errors
    assert cat.paro[0] in seen["hint"]
    assert desk.borrower is not None and desk.borrower.badge == cat.sanne


def test_the_next_scan_in_the_check_in_dialog_finishes_it_and_is_handled(
    qtbot, window, cat, db, scan_clock
):
    desk = window.desk
    desk.service.check_out(cat.paro[0], cat.mo)
    desk.service.check_out(cat.tablet[0], cat.mo)
    dialogs: list[str] = []

    def first(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, CheckinDialog)
        dialogs.append(dialog.prompt.tag)
        human_keys(qtbot, scan_clock, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, *"Kr")
        assert dialog.ui.damageEdit.hasFocus()
        when_modal(qtbot, second)
        scan(qtbot, scan_clock, cat.tablet[0])  # the next product, dialog still open

    def second(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, CheckinDialog)
        dialogs.append(dialog.prompt.tag)
        # The check-in the scan finished is said on top of this dialog (the banner is behind).
        assert dialog.done_before.isVisible()
        assert "PARO robotzeehond" in dialog.done_before.text()
        human_keys(qtbot, scan_clock, Qt.Key.Key_Return)

    errors = when_modal(qtbot, first)
    scan(qtbot, scan_clock, cat.paro[0])
    assert not errors
    assert dialogs == [cat.paro[0], cat.tablet[0]]
    assert _status(db, cat.paro[0]) == "awaiting_cleaning"
    assert _status(db, cat.tablet[0]) == "available"
    with db.session() as s:
        loan = s.query(Loan).join(Item).filter(Item.tag == cat.paro[0]).one()
        assert loan.damage == "Kr"  # what was typed, not the scanned code
    text = desk.ui.banner.text()
    assert "Compaan tablet" in text and "PARO robotzeehond" in text  # both are said


def test_a_second_scan_of_what_was_just_lent_says_so(qtbot, window, cat, db, scan_clock):
    desk = window.desk
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.paro[0])
    opened: list[object] = []

    def close_any() -> None:  # one look, later: a dialog opened by the scan would show here
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            opened.append(dialog)
            dialog.reject()

    QTimer.singleShot(200, close_any)
    scan(qtbot, scan_clock, cat.paro[0])
    qtbot.wait(250)
    assert opened == []  # no check-in dialog with "check in" on Enter
    assert _status(db, cat.paro[0]) == "on_loan"
    assert cat.paro[0] in desk.ui.banner.text() and "Sanne de Vries" in desk.ui.banner.text()
    assert desk.session_model.rowCount() == 1


def test_undo_names_whose_loan_and_stops_at_the_end_of_the_session(
    qtbot, window, cat, db, scan_clock
):
    desk = window.desk
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.paro[0])
    scan(qtbot, scan_clock, cat.paro[1])
    human_keys(qtbot, scan_clock, (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    assert _status(db, cat.paro[1]) == "available"
    assert "Sanne de Vries" in desk.ui.banner.text()

    scan(qtbot, scan_clock, cat.paro[2])
    human_keys(qtbot, scan_clock, Qt.Key.Key_F10)  # finish: the slip goes with her
    assert desk.borrower is None
    human_keys(qtbot, scan_clock, (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    assert _status(db, cat.paro[2]) == "on_loan"  # not silently made available
    assert "Sanne de Vries" in desk.ui.banner.text()
    assert not desk.ui.undoButton.isEnabled()


def test_a_label_of_an_item_in_maintenance_selects_it_on_cleaning(
    qtbot, window, cat, db, scan_clock
):
    screen = _show(qtbot, window, "cleaning")
    screen.services.start_maintenance(cat.cleaning_tag, "Vacht scheurt")
    screen.refresh()
    scan(qtbot, scan_clock, cat.cleaning_tag)
    row = screen.selected()
    assert row is not None and row.tag == cat.cleaning_tag
    assert "Vacht scheurt" in screen.banner.text()
    assert _status(db, cat.cleaning_tag) == "in_maintenance"
    assert screen.ui.backButton.isEnabled()
