"""The check-in dialog's isolation / BRMO / infection flag (issue 16): ticked by keyboard, it
is recorded on the return and the item waits for cleaning and disinfection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lendingdesk.domain import hygiene
from lendingdesk.store.models import Item, Loan
from lendingdesk.ui.desk.checkin_dialog import CheckinDialog
from tests.ui_desk.conftest import OFFSCREEN_NOISE, human_keys, scan, when_modal

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_isolation_ticked_at_checkin_forces_disinfection(qtbot, window, cat, db, scan_clock):
    window.desk.service.check_out(cat.tablet[0], cat.mo)  # a product with no cleaning at all
    seen: dict[str, str] = {}

    def fill(dialog):
        assert isinstance(dialog, CheckinDialog)
        seen["before"] = dialog.ui.cleaningInfo.text()
        # Charged, then (no accessories) damage, "to maintenance" (its cost field is off until
        # that is ticked), then the isolation box.
        keys = (Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Space)
        human_keys(qtbot, scan_clock, *keys)
        assert dialog.isolationCheck.isChecked()
        seen["after"] = dialog.ui.cleaningInfo.text()
        human_keys(qtbot, scan_clock, Qt.Key.Key_Return)

    errors = when_modal(qtbot, fill)
    scan(qtbot, scan_clock, cat.tablet[0])
    assert not errors
    assert seen["before"] == "Geen schoonmaak nodig: het is meteen weer beschikbaar."
    assert seen["after"] == (
        "Daarna gaat het naar de schoonmaakwachtrij: reinigen, daarna desinfecteren."
    )
    with db.session() as s:
        item = s.query(Item).filter_by(tag=cat.tablet[0]).one()
        loan = s.query(Loan).filter_by(item_id=item.id).one()
        assert loan.isolation
        assert item.status == "awaiting_cleaning"
        assert hygiene.pending_parts(s, item) == (hygiene.Part.CLEAN, hygiene.Part.DISINFECT)
