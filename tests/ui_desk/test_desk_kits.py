"""Kits at the desk, in the real window with scanner bursts: the parts listed at check-out, a
part's own label ticking it in the check-in dialog, a missing part holding the kit back or
letting it go out incomplete (said in amber), and a part's label scanned at the desk."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from lendingdesk.domain import kits
from lendingdesk.store.models import Item, Loan
from lendingdesk.ui.desk.checkin_dialog import CheckinDialog
from lendingdesk.ui.desk.checkout_parts_dialog import CheckoutPartsDialog
from lendingdesk.ui.desk.feedback import Tone
from tests.ui_desk.conftest import OFFSCREEN_NOISE, human_keys, scan, when_modal
from tests.ui_desk.test_desk_flow import _status

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def charger(db, ctx, cat) -> str:
    """PARO 1's charger has a label of its own."""
    with db.unit_of_work() as s:
        return kits.tag_part(s, ctx, cat.paro[0], "Oplader (speen)").tag


def _missing(db):
    with db.session() as s:
        return [(m.item_tag, m.part, m.held_back) for m in kits.missing_parts(s)]


def test_parts_ticked_by_their_label_and_a_missing_part_holds_the_kit_back(
    qtbot, window, cat, db, scan_clock, charger
):
    desk = window.desk
    scan(qtbot, scan_clock, cat.sanne)
    out = {}

    def hand_over(dialog):  # check-out: the labelled charger counts once scanned
        assert isinstance(dialog, CheckoutPartsDialog)
        charger_box, manual_box = dialog.parts.boxes
        assert not charger_box.isChecked() and manual_box.isChecked()
        human_keys(qtbot, scan_clock, Qt.Key.Key_Return)  # not yet: the charger is not there
        out["refused"] = dialog.isVisible() and "Oplader (speen)" in dialog.error.text()
        scan(qtbot, scan_clock, charger)
        out["ticked"] = charger_box.isChecked() and not dialog.error.isVisible()
        scan(qtbot, scan_clock, cat.tablet[0])  # the next product: the kit goes, then that

    errors = when_modal(qtbot, hand_over)
    scan(qtbot, scan_clock, cat.paro[0])
    assert not errors
    assert out == {"refused": True, "ticked": True}
    assert [r.tag for r in desk.session_loans] == [cat.paro[0], cat.tablet[0]]
    assert _status(db, cat.paro[0]) == "on_loan" and _missing(db) == []
    human_keys(qtbot, scan_clock, Qt.Key.Key_F10)

    seen = {}

    def fill(dialog):
        assert isinstance(dialog, CheckinDialog)
        charger_box, _manual_box = dialog.accessory_checks
        assert not charger_box.isChecked() and charger in charger_box.text()
        assert not dialog.holdCheck.isHidden()  # a part is not there (yet)
        scan(qtbot, scan_clock, charger)  # its own label: ticked, the dialog stays open
        seen["ticked"] = charger_box.isChecked() and dialog.isVisible()
        human_keys(qtbot, scan_clock, Qt.Key.Key_2)  # the manual did not come back
        human_keys(qtbot, scan_clock, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Space)
        seen["hold"] = dialog.holdCheck.isChecked()
        shots = os.environ.get("LENDINGDESK_SHOTS")
        if shots:
            dialog.grab().save(os.path.join(shots, "checkin-kit.png"))
        human_keys(qtbot, scan_clock, Qt.Key.Key_Return)

    errors = when_modal(qtbot, fill)
    scan(qtbot, scan_clock, cat.paro[0])
    assert not errors
    assert seen == {"ticked": True, "hold": True}
    assert _status(db, cat.paro[0]) == "in_maintenance"
    assert _missing(db) == [(cat.paro[0], "Handleiding", True)]
    assert "blijft uit de roulatie tot het compleet is" in desk.ui.banner.text()

    scan(qtbot, scan_clock, charger)  # a part's label at the desk is explained
    assert desk.ui.banner.tone is Tone.ERROR
    assert "onderdeel “Oplader (speen)”" in desk.ui.banner.text()


def test_lent_incomplete_by_choice_is_said_in_amber(qtbot, window, cat, db, scan_clock):
    desk = window.desk
    desk.service.check_out(cat.paro[1], cat.mo)

    def fill(dialog):
        human_keys(qtbot, scan_clock, Qt.Key.Key_1, Qt.Key.Key_Return)  # charger missing

    errors = when_modal(qtbot, fill)
    scan(qtbot, scan_clock, cat.paro[1])
    assert not errors
    assert _status(db, cat.paro[1]) == "awaiting_cleaning"  # not held back
    assert _missing(db) == [(cat.paro[1], "Oplader (speen)", False)]
    with db.unit_of_work() as s:
        item = s.scalar(select(Item).where(Item.tag == cat.paro[1]))
        item.status = "available"  # cleaned
    scan(qtbot, scan_clock, cat.sanne)
    seen = {}

    def hand_over(dialog):  # the charger is still missing: lent without it only by choice
        charger_box, manual_box = dialog.parts.boxes
        seen["boxes"] = (charger_box.isChecked(), manual_box.isChecked())
        seen["listed"] = "lijst van ontbrekende onderdelen" in charger_box.text()
        human_keys(qtbot, scan_clock, Qt.Key.Key_Return)  # refused: a choice is needed
        seen["asked"] = dialog.isVisible() and dialog.error.isVisible()
        shots = os.environ.get("LENDINGDESK_SHOTS")
        if shots:
            dialog.grab().save(os.path.join(shots, "checkout-kit-incomplete.png"))
        human_keys(qtbot, scan_clock, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Space)
        seen["chosen"] = dialog.incompleteCheck.isChecked()
        human_keys(qtbot, scan_clock, Qt.Key.Key_Return)

    errors = when_modal(qtbot, hand_over)
    scan(qtbot, scan_clock, cat.paro[1])
    assert not errors
    assert seen == {"boxes": (False, True), "listed": True, "asked": True, "chosen": True}
    assert desk.ui.banner.tone is Tone.WARN
    assert "Onvolledig uitgeleend: Oplader (speen) ontbreekt" in desk.ui.banner.text()
    with db.session() as s:
        loan = s.scalars(select(Loan).where(Loan.returned_at.is_(None))).all()[-1]
        assert (loan.accessories_out, loan.parts_missing_out) == (
            ["Handleiding"],
            ["Oplader (speen)"],
        )
    back = CheckinDialog(desk.service.checkin_prompt(cat.paro[1]), parent=desk)
    assert [b.property("accessory") for b in back.accessory_checks] == ["Handleiding"]
    assert "uitgeleend zonder: Oplader (speen)." in back.ui.loanInfo.text()
    back.deleteLater()


def test_the_list_of_parts_to_find_and_one_key_when_found(
    qtbot, make_window, cat, db, ctx, scan_clock, charger
):
    from lendingdesk.domain import circulation
    from lendingdesk.ui.screens.maintenance import MaintenanceDialog

    with db.unit_of_work() as s:  # PARO 1 came back without its charger and was held back
        circulation.check_out(
            s, ctx, circulation.CheckoutRequest(item=cat.paro[0], borrower=cat.sanne)
        )
        circulation.check_in(
            s,
            ctx,
            circulation.CheckinRequest(
                item=cat.paro[0], missing=("Oplader (speen)",), hold_incomplete=True
            ),
        )
    window = make_window()
    human_keys(qtbot, scan_clock, (Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier))
    screen = window.screen("cleaning")
    qtbot.waitUntil(lambda: screen.ui.tagEdit.hasFocus())
    human_keys(qtbot, scan_clock, (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier))
    dialog = screen.dialog
    assert isinstance(dialog, MaintenanceDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.tagEdit.hasFocus())
    assert dialog.tabs.tabText(1).endswith("(1)")
    scan(qtbot, scan_clock, charger)  # the charger turned up: its label selects it
    assert dialog.tabs.currentIndex() == 1
    assert dialog.partsTable.item(0, 3).text() == f"Oplader (speen) ({charger})"
    assert dialog.partsTable.item(0, 4).text() == "Sanne de Vries"
    shots = os.environ.get("LENDINGDESK_SHOTS")
    if shots:
        dialog.grab().save(os.path.join(shots, "maintenance-parts.png"))
    human_keys(qtbot, scan_clock, (Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier))
    assert dialog.banner.kind == "ok" and "weer compleet" in dialog.banner.text()
    assert dialog.partsTable.rowCount() == 0
    assert _status(db, cat.paro[0]) == "awaiting_cleaning"  # back to the desk, cleaning first


def test_a_kit_scanned_before_the_borrower_checks_its_parts_after_the_choice(
    qtbot, window, cat, db, scan_clock, charger
):
    errors: list[list[BaseException]] = []  # each modal's (filled while it is open)
    seen = {}

    def hand_over(dialog):
        seen["dialog"] = type(dialog).__name__
        scan(qtbot, scan_clock, charger)
        human_keys(qtbot, scan_clock, Qt.Key.Key_Return)

    def pick(dialog):
        human_keys(qtbot, scan_clock, *"moh")
        errors.append(when_modal(qtbot, hand_over))  # the parts, once the borrower is chosen
        human_keys(qtbot, scan_clock, Qt.Key.Key_Return)

    errors.append(when_modal(qtbot, pick))
    scan(qtbot, scan_clock, cat.paro[0])
    assert errors[0] == [] and errors[1:] == [[]]
    assert seen == {"dialog": "CheckoutPartsDialog"}
    assert _status(db, cat.paro[0]) == "on_loan"
    assert window.desk.borrower is not None and window.desk.borrower.badge == cat.mo
    assert "Meegeven: Oplader (speen), Handleiding." in window.desk.ui.banner.text()


def test_the_desk_service_asks_for_the_parts_only_of_a_kit_that_may_go_out(db, ctx, cat, charger):
    from lendingdesk.services.desk import DeskService, PartsChoice, ScanKind

    service = DeskService(db, lambda: ctx)
    asked = service.handle_scan(cat.paro[0], cat.sanne)
    assert asked.kind is ScanKind.NEEDS_PARTS and _status(db, cat.paro[0]) == "available"
    assert asked.parts.part_tags == (("Oplader (speen)", charger),)
    assert service.parts_prompt(cat.paro[1]) is None  # no labels, nothing missing: one scan
    self_service = service.handle_scan(cat.paro[0], cat.sanne, check_parts=False)
    assert self_service.kind is ScanKind.CHECKED_OUT  # the kiosk lends it as it is
    refused = service.handle_scan(cat.paro[0], cat.mo)  # out now: a return, no parts asked
    assert refused.kind is ScanKind.NEEDS_CHECKIN
    service.check_in(cat.paro[0])
    with db.unit_of_work() as s:  # in maintenance: said before anyone ticks a part
        s.scalar(select(Item).where(Item.tag == cat.paro[0])).status = "in_maintenance"
    refused = service.handle_scan(cat.paro[0], cat.mo)
    assert refused.kind is ScanKind.REFUSED and "onderhoud" in refused.refusal.message("nl")
    with db.unit_of_work() as s:
        s.scalar(select(Item).where(Item.tag == cat.paro[0])).status = "available"
    lent = service.check_out(cat.paro[0], cat.mo, PartsChoice(("Oplader (speen)",), True))
    assert lent.parts == ("Oplader (speen)",) and lent.parts_missing == ("Handleiding",)
