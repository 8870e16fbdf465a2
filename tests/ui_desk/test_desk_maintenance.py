"""Maintenance plans at the desk, in the real window with scanner bursts: an overdue blocking
check refuses the loan in red with what to do, a warning check lends with an amber line, and a
damaged return goes to maintenance from the check-in dialog, by keyboard."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from lendingdesk.domain import maintenance
from lendingdesk.store.models import MaintenanceRecord, Product
from lendingdesk.ui.desk.checkin_dialog import CheckinDialog
from lendingdesk.ui.desk.feedback import Tone
from lendingdesk.ui.screens.maintenance import MaintenanceDialog
from tests.ui_desk.conftest import OFFSCREEN_NOISE, human_keys, scan, when_modal
from tests.ui_desk.test_desk_flow import _status

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def plans(db, ctx, cat, clock):
    with db.unit_of_work() as s:
        paro = s.scalar(select(Product).where(Product.name == "PARO robotzeehond"))
        tablet = s.scalar(select(Product).where(Product.name == "Compaan tablet"))
        maintenance.set_plan(s, ctx, paro, "battery", interval_days=30, blocking=True)
        maintenance.set_plan(s, ctx, tablet, "firmware", interval_days=30, label="Android-update")
    clock.advance(days=40)


def test_an_overdue_blocking_check_is_refused_and_a_warning_check_lends_in_amber(
    qtbot, window, cat, db, scan_clock, plans
):
    desk = window.desk
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.paro[0])
    assert desk.ui.banner.tone is Tone.ERROR
    text = desk.ui.banner.text()
    assert "Batterijconditie" in text and "te laat" in text and "Onderhoud" in text
    assert _status(db, cat.paro[0]) == "available"

    scan(qtbot, scan_clock, cat.tablet[0])
    assert desk.ui.banner.tone is Tone.WARN
    text = desk.ui.banner.text()
    assert "Uitgeleend: Compaan tablet" in text and "Android-update" in text
    assert _status(db, cat.tablet[0]) == "on_loan"
    shots = os.environ.get("LENDINGDESK_SHOTS")
    if shots:
        window.resize(1280, 720)
        qtbot.wait(50)
        window.grab().save(os.path.join(shots, "desk-maintenance-warning.png"))


def test_without_a_borrower_the_refusal_comes_before_choosing_one(
    qtbot, window, cat, db, scan_clock, plans
):
    scan(qtbot, scan_clock, cat.paro[1])
    assert window.desk.ui.banner.tone is Tone.ERROR
    assert "Batterijconditie" in window.desk.ui.banner.text()


def test_a_damaged_return_goes_to_maintenance_with_note_and_cost(
    qtbot, window, cat, db, scan_clock
):
    desk = window.desk
    desk.service.check_out(cat.tablet[0], cat.mo)

    def fill(dialog):
        assert isinstance(dialog, CheckinDialog)
        human_keys(qtbot, scan_clock, Qt.Key.Key_Tab, *"Scherm gebarsten")
        human_keys(qtbot, scan_clock, Qt.Key.Key_Tab, Qt.Key.Key_Space)  # to maintenance
        human_keys(qtbot, scan_clock, Qt.Key.Key_Tab, *"1.234,5", Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.repairError.isVisible()  # no plain amount
        assert "geen bedrag" in dialog.repairError.text()
        dialog.costEdit.clear()
        human_keys(qtbot, scan_clock, *"89,95", Qt.Key.Key_Return)

    errors = when_modal(qtbot, fill)
    scan(qtbot, scan_clock, cat.tablet[0])
    assert not errors
    assert _status(db, cat.tablet[0]) == "in_maintenance"
    with db.session() as s:
        record = s.scalars(select(MaintenanceRecord)).one()
        assert (record.reason, record.cost_cents, record.closed_at) == (
            "Scherm gebarsten",
            8995,
            None,
        )
    text = desk.ui.banner.text()
    assert "gaat naar onderhoud" in text and "Scherm gebarsten" in text


def test_the_maintenance_checks_dialog_by_scanning_and_keyboard(
    qtbot, make_window, cat, db, scan_clock, plans
):
    window = make_window()
    human_keys(qtbot, scan_clock, (Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier))
    assert window.current_key() == "cleaning"
    screen = window.screen("cleaning")
    qtbot.waitUntil(lambda: screen.ui.tagEdit.hasFocus())
    human_keys(qtbot, scan_clock, (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier))
    dialog = screen.dialog
    assert isinstance(dialog, MaintenanceDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.tagEdit.hasFocus())
    # Overdue first: four PARO battery checks (blocking) and two tablet updates (warn).
    assert dialog.table.rowCount() == 6
    assert dialog.table.item(0, 5).text() == "blokkeert uitlenen"
    assert dialog.table.item(0, 0).text().startswith("te laat sinds")

    scan(qtbot, scan_clock, cat.paro[1])  # a label scanned here selects its check
    assert dialog.tagEdit.text() == cat.paro[1]
    assert dialog.checkBox.currentData() == "battery"
    assert dialog.table.item(dialog.table.currentRow(), 1).text() == cat.paro[1]
    assert dialog.byEdit.hasFocus()  # nobody named yet: who did it comes first
    human_keys(qtbot, scan_clock, *"Joke", Qt.Key.Key_Tab)
    human_keys(qtbot, scan_clock, *"Accu 91 %", Qt.Key.Key_Tab, *"4,5", Qt.Key.Key_Return)
    assert dialog.banner.kind == "ok", dialog.banner.text()
    assert cat.paro[1] in dialog.banner.text() and "Joke" in dialog.banner.text()
    # Done today: now due again in 30 days, at the bottom of the list.
    assert [r.overdue for r in dialog.rows].count(True) == 5
    assert dialog.rows[-1].tag == cat.paro[1] and not dialog.rows[-1].overdue
    with db.session() as s:
        record = s.scalars(select(MaintenanceRecord)).one()
        assert (record.result, record.cost_cents, record.closed_by) == ("Accu 91 %", 450, "Joke")
    shots = os.environ.get("LENDINGDESK_SHOTS")
    if shots:
        window.resize(1280, 720)
        dialog.resize(1100, 640)
        qtbot.wait(50)
        dialog.grab().save(os.path.join(shots, "maintenance-checks.png"))
    human_keys(qtbot, scan_clock, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_conditions_are_not_asked_for_a_product_its_check_keeps_in(window, cat, plans):
    """The desk asks the loan conditions only before a product that will go out: an overdue
    blocking check refuses it first (check-out's own rule), a warning check does not."""
    service = window.desk.service
    assert not service.would_lend(cat.paro[0], cat.sanne)
    assert service.would_lend(cat.tablet[0], cat.sanne)
