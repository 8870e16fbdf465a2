"""The real window driven like a desk: scanner bursts, keyboard only, dialogs, refusals, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lendingdesk.domain import catalogue
from lendingdesk.store.models import Item, Loan
from lendingdesk.ui.desk.borrower_picker import BorrowerPicker
from lendingdesk.ui.desk.checkin_dialog import CheckinDialog
from lendingdesk.ui.desk.feedback import Tone
from tests.ui_desk.conftest import OFFSCREEN_NOISE, human_keys, scan, type_text, when_modal

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _status(db, tag: str) -> str:
    with db.session() as s:
        return s.query(Item).filter_by(tag=tag).one().status


def test_checkout_session_by_scanner(qtbot, window, cat, db, scan_clock):
    desk = window.desk
    slips: list[list[int]] = []
    desk.slip_requested.connect(slips.append)

    scan(qtbot, scan_clock, cat.sanne)
    assert desk.borrower is not None and desk.borrower.name == "Sanne de Vries"
    assert "Welkom, Sanne de Vries" in desk.ui.banner.text()
    assert desk.ui.codeEdit.text() == ""  # the scan left nothing in the code field

    scan(qtbot, scan_clock, cat.paro[0])
    scan(qtbot, scan_clock, cat.paro[1].lower())
    banner = desk.ui.banner
    assert banner.tone is Tone.OK
    assert "Uitgeleend: PARO robotzeehond" in banner.text()
    assert "maandag 16 maart 2026" in banner.text()  # the due date, in Dutch
    assert desk.session_model.rowCount() == 2
    assert desk.open_model.rowCount() == 2
    assert "Lopende uitleningen: 2" in desk.ui.openLoansLabel.text()
    assert _status(db, cat.paro[0]) == "on_loan"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F10)  # Finish
    assert desk.borrower is None
    assert len(slips) == 1 and len(slips[0]) == 2
    assert "Sessie afgerond" in desk.ui.banner.text()
    assert "2 producten uitgeleend aan Sanne de Vries" in desk.ui.banner.text()


def test_scanning_the_same_card_again_or_waiting_ends_the_session(
    qtbot, make_window, cat, scan_clock
):
    window = make_window(session_timeout_ms=60)
    desk = window.desk
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.sanne)
    assert desk.borrower is None

    scan(qtbot, scan_clock, cat.mo)
    assert desk.borrower is not None
    qtbot.waitUntil(lambda: desk.borrower is None, timeout=2000)
    assert "zonder scan" in desk.ui.banner.text()


def test_typed_code_with_enter_works_too(qtbot, window, cat, scan_clock):
    type_text(qtbot, scan_clock, cat.mo, 150)  # a person types the card code by hand
    assert window.desk.borrower is not None and window.desk.borrower.badge == cat.mo


def test_refusals_are_red_and_keep_the_session(qtbot, window, cat, db, scan_clock):
    desk = window.desk
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.paro[0])
    before = (desk.borrower.badge, len(desk.session_loans))

    for code, words in (
        ("LD9999999", "Onbekende code"),
        (cat.cleaning_tag, "Laat het eerst schoonmaken"),
        (cat.reserved_tag, "gereserveerd"),
        (cat.inactive, "niet actief"),
    ):
        scan(qtbot, scan_clock, code)
        assert desk.ui.banner.tone is Tone.ERROR, code
        assert "Dit kan niet" in desk.ui.banner.text()
        assert words in desk.ui.banner.text()
        assert (desk.borrower.badge, len(desk.session_loans)) == before
    assert desk.sounds.played.count(Tone.ERROR) == 4
    assert _status(db, cat.cleaning_tag) == "awaiting_cleaning"


def test_undo_the_last_checkout_with_ctrl_z(qtbot, window, cat, db, scan_clock):
    desk = window.desk
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.tablet[0])
    assert desk.ui.undoButton.isEnabled()

    human_keys(qtbot, scan_clock, (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))

    assert _status(db, cat.tablet[0]) == "available"
    assert desk.session_loans == [] and desk.session_model.rowCount() == 0
    assert "Ongedaan" in desk.ui.banner.text()
    assert not desk.ui.undoButton.isEnabled()
    with db.session() as s:
        assert s.query(Loan).count() == 1  # only the fixture's returned loan is left


def test_undo_window_closes(qtbot, make_window, cat, scan_clock):
    window = make_window()
    window.desk.undo_timer.setInterval(30)
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.tablet[0])
    qtbot.waitUntil(lambda: not window.desk.ui.undoButton.isEnabled(), timeout=2000)
    assert window.desk.last_action is None


def test_checkin_dialog_by_keyboard_only(qtbot, window, cat, db, scan_clock):
    desk = window.desk
    desk.service.check_out(cat.paro[0], cat.mo)

    def fill(dialog):
        assert isinstance(dialog, CheckinDialog)
        assert dialog.ui.reviewButton.isVisible()  # reviews are wired in build_window
        human_keys(qtbot, scan_clock, Qt.Key.Key_Space)  # charged: no
        human_keys(qtbot, scan_clock, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Space)
        human_keys(qtbot, scan_clock, Qt.Key.Key_Tab, *"Kras")  # the damage field
        human_keys(qtbot, scan_clock, Qt.Key.Key_Return)

    errors = when_modal(qtbot, fill)
    scan(qtbot, scan_clock, cat.paro[0])
    assert not errors

    assert _status(db, cat.paro[0]) == "awaiting_cleaning"
    with db.session() as s:
        loan = (
            s.query(Loan)
            .join(Item)
            .filter(Item.tag == cat.paro[0])
            .order_by(Loan.id.desc())
            .first()
        )
        assert loan.returned_at is not None
        assert loan.charged is False
        assert loan.accessories_missing == ["Handleiding"]
        assert loan.damage == "Kras"
    text = desk.ui.banner.text()
    assert desk.ui.banner.tone is Tone.WARN
    assert "Ingenomen: PARO robotzeehond" in text and "schoonmaak" in text
    assert "Ontbreekt: Handleiding" in text

    human_keys(qtbot, scan_clock, (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    assert _status(db, cat.paro[0]) == "on_loan"


def test_checkin_cancelled_with_escape_changes_nothing(qtbot, window, cat, db, scan_clock):
    window.desk.service.check_out(cat.tablet[0], cat.mo)
    errors = when_modal(qtbot, lambda d: human_keys(qtbot, scan_clock, Qt.Key.Key_Escape))
    scan(qtbot, scan_clock, cat.tablet[0])
    assert not errors
    assert _status(db, cat.tablet[0]) == "on_loan"
    assert "geannuleerd" in window.desk.ui.banner.text()


def test_review_now_only_with_a_handler(qtbot, window, cat, scan_clock):
    desk = window.desk
    reviewed: list[int] = []
    signalled: list[int] = []
    desk.set_review_handler(reviewed.append)
    desk.review_requested.connect(signalled.append)
    loan = desk.service.check_out(cat.tablet[0], cat.mo)

    def review(dialog):
        assert dialog.ui.reviewButton.isVisible()
        human_keys(qtbot, scan_clock, (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier))

    errors = when_modal(qtbot, review)
    scan(qtbot, scan_clock, cat.tablet[0])
    assert not errors
    assert reviewed == [loan.loan_id] and signalled == [loan.loan_id]
    assert "weer beschikbaar" in desk.ui.banner.text()  # no cleaning for this product


def test_item_without_borrower_asks_who_with_type_ahead(qtbot, window, cat, db, scan_clock):
    def pick(dialog):
        assert isinstance(dialog, BorrowerPicker)
        assert "Wie leent PARO robotzeehond" in dialog.ui.headline.text()
        human_keys(qtbot, scan_clock, *"moh")
        assert [r.name for r in dialog.model.rows] == ["Mohamed El Amrani"]
        human_keys(qtbot, scan_clock, Qt.Key.Key_Return)

    errors = when_modal(qtbot, pick)
    scan(qtbot, scan_clock, cat.paro[2])
    assert not errors
    assert window.desk.borrower is not None and window.desk.borrower.badge == cat.mo
    assert _status(db, cat.paro[2]) == "on_loan"
    assert "Uitgeleend: PARO" in window.desk.ui.banner.text()


def test_a_card_scanned_into_the_picker_chooses_that_borrower(qtbot, window, cat, db, scan_clock):
    seen: dict[str, str] = {}

    def scan_card(dialog):
        human_keys(qtbot, scan_clock, *"san")
        assert QApplication.focusWidget() is dialog.ui.searchEdit
        seen["before"] = dialog.ui.searchEdit.text()
        scan(qtbot, scan_clock, cat.sanne)
        seen["after"] = dialog.ui.searchEdit.text()

    errors = when_modal(qtbot, scan_card)
    scan(qtbot, scan_clock, cat.tablet[0])
    assert not errors
    assert seen == {"before": "san", "after": "san"}  # the scan left no characters behind
    assert window.desk.borrower.badge == cat.sanne
    assert _status(db, cat.tablet[0]) == "on_loan"


def test_a_new_loan_is_inserted_into_the_card_not_reloaded(qapp) -> None:
    from datetime import date

    from lendingdesk.services.desk import LoanLine
    from lendingdesk.ui.desk.models import LoanLinesModel

    def line(n: int, day: int) -> LoanLine:
        return LoanLine(n, f"LD{n:07d}", f"Product {n}", None, date(2026, 3, day), False)

    model = LoanLinesModel()
    model.set_lines([line(1, 3), line(2, 9)])
    inserted: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: resets.append(True))

    model.show_lines([line(1, 3), line(3, 5), line(2, 9)])  # the card after one check-out
    assert inserted == [(1, 1)] and not resets
    assert [model.index(r, model.TAG).data() for r in range(3)] == [
        "LD0000001",
        "LD0000003",
        "LD0000002",
    ]
    model.show_lines([line(4, 1)])  # anything else (another borrower): a reset
    assert resets == [True] and model.rowCount() == 1


def test_the_desk_tables_show_the_whole_label_after_a_scan(qtbot, make_window, cat):
    """The label is what the ambassador reads to match the product in the hand. Seen on a real
    X screen (xdotool scans): the first loan of a session showed "LD0…" in both tables, the
    label column kept the width of its empty start. The window hands scans over as here."""
    from tests.ui_fit.fit import table_problems

    window = make_window()
    window.on_scanned(cat.sanne)
    qtbot.wait(300)
    window.on_scanned(cat.paro[0])
    qtbot.wait(300)
    for view in (window.desk.ui.sessionView, window.desk.ui.openLoansView):
        assert view.model().rowCount() == 1
        assert table_problems(view) == []


def test_a_long_session_keeps_the_newest_loan_in_sight(
    qtbot, make_window, db, ctx, cat, scan_clock
):
    """Fifteen products for one person: more lines than either table shows. The line just lent
    is the one the ambassador checks against the product in the hand; both tables scroll to it
    (at first they stayed at the top, the newest lines out of sight below)."""
    with db.unit_of_work() as s:
        product = catalogue.create_product(
            s, ctx, catalogue.ProductInput(name="GPS-horloge", loan_days=21)
        )
        tags = [i.tag for i in catalogue.add_items(s, ctx, product, 15)]
    window = make_window()
    window.resize(1280, 720)
    desk = window.desk
    scan(qtbot, scan_clock, cat.sanne)
    for tag in tags:
        scan(qtbot, scan_clock, tag)
    qtbot.wait(50)  # the tables lay out and scroll
    for view, model in (
        (desk.ui.sessionView, desk.session_model),
        (desk.ui.openLoansView, desk.open_model),
    ):
        assert model.rowCount() == 15
        row = model.row_of_loan(desk.session_loans[-1].loan_id)
        assert row is not None
        shown = view.viewport().rect()
        cell = view.visualRect(model.index(row, model.TAG))
        assert shown.contains(cell), (view.objectName(), cell, shown)
        assert view.verticalScrollBar().value() > 0  # it did have to scroll
