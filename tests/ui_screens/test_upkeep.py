"""A product's maintenance plan and kit part labels edited in the catalogue (Ctrl+K), by
keyboard alone: add a blocking check, change and remove one; give a kit part a fresh label, link
a pre-printed one by scanning, and the part's label on a label sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from lendingdesk.domain.catalogue import allocate_codes
from lendingdesk.domain.codes import CodeKind
from lendingdesk.services.printing import label_specs_for_items
from lendingdesk.store.models import AuditEvent, Product
from lendingdesk.ui.scan_routing import Scan, deliver, target_of
from lendingdesk.ui.screens.catalogue import CatalogueScreen
from lendingdesk.ui.screens.upkeep import UpkeepDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(qtbot, make_screen, name: str) -> UpkeepDialog:
    catalogue = make_screen(CatalogueScreen)
    with catalogue.services.db.session() as s:
        product_id = s.scalar(select(Product.id).where(Product.name == name))
    catalogue.apply_filter(select_id=product_id)
    qtbot.waitUntil(lambda: catalogue.detail is not None and catalogue.detail.id == product_id)
    catalogue.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is catalogue)
    catalogue.table.setFocus()
    qtbot.keyClick(catalogue.table, Qt.Key.Key_K, CTRL)
    dialog = catalogue.dialog
    assert isinstance(dialog, UpkeepDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()  # offscreen windows are activated a moment later
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _keys(qtbot, *keys) -> None:
    for key in keys:
        widget = QApplication.focusWidget()
        assert widget is not None
        if isinstance(key, tuple):
            qtbot.keyClick(widget, key[0], key[1])
        else:
            qtbot.keyClick(widget, key)


def test_a_maintenance_plan_is_added_changed_and_removed_by_keyboard(qtbot, make_screen):
    dialog = _open(qtbot, make_screen, "Zembro GPS-horloge")
    services = dialog.services
    assert [p.key for p in dialog.plans] == ["battery", "sim"]
    assert dialog.tabs.tabText(0) == "&Onderhoudsplan (2)"
    assert dialog.plansTable.item(0, 2).text() == "blokkeert uitlenen"

    dialog.checkCombo.setFocus()  # Alt+H in the dialog; a person types the key of the check
    dialog.checkCombo.setCurrentIndex(dialog.checkCombo.findData("calibration"))
    dialog.intervalSpin.setFocus()
    _keys(qtbot, (Qt.Key.Key_A, CTRL))
    qtbot.keyClicks(dialog.intervalSpin, "90")
    _keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Space, (Qt.Key.Key_S, CTRL))
    assert dialog.banner.kind == "ok", dialog.banner.text()
    assert "Kalibratie" in dialog.banner.text() and "blokkeert" in dialog.banner.text()
    row = next(p for p in services.product_plans(dialog.product_id) if p.key == "calibration")
    assert (row.interval_days, row.blocking, row.label) == (90, True, "Kalibratie")

    # The SIM check chosen in the list, made blocking; then the battery check removed (Delete).
    dialog.plansTable.setFocus()
    dialog.plansTable.selectRow([p.key for p in dialog.plans].index("sim"))
    assert dialog.checkLabelEdit.text() == "SIM-abonnement: vervaldatum controleren"
    dialog.blockingCheck.setFocus()
    _keys(qtbot, Qt.Key.Key_Space, (Qt.Key.Key_S, CTRL))
    sim = next(p for p in services.product_plans(dialog.product_id) if p.key == "sim")
    assert sim.blocking and sim.interval_days == 180
    dialog.plansTable.setFocus()
    dialog.plansTable.selectRow([p.key for p in dialog.plans].index("battery"))
    _keys(qtbot, Qt.Key.Key_Delete)
    assert [p.key for p in services.product_plans(dialog.product_id)] == ["calibration", "sim"]
    assert "Verwijderd" in dialog.banner.text()

    dialog.intervalSpin.setValue(1)  # a key nobody can store is refused in the banner
    dialog.checkCombo.setEditText("Batterij!")
    dialog.save_plan()
    assert dialog.banner.kind == "error" and "geen geldige" in dialog.banner.text()
    with services.db.session() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.action.like("maintenance_plan%"))
        ).all()
    assert actions[-3:] == ["maintenance_plan", "maintenance_plan", "maintenance_plan_removed"]
    _keys(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_kit_parts_get_labels_of_their_own_and_print(qtbot, make_screen):
    dialog = _open(qtbot, make_screen, "Tovertafel Original")
    services = dialog.services
    _keys(qtbot, (Qt.Key.Key_2, CTRL))
    assert dialog.tabs.currentIndex() == 1 and dialog.partsTable.hasFocus()
    rows = [(p.part, p.tag is not None) for p in dialog.parts]
    assert ("Afstandsbediening", True) in rows and ("Voedingskabel", False) in rows
    cable = next(n for n, p in enumerate(dialog.parts) if p.part == "Voedingskabel")
    mount = next(n for n, p in enumerate(dialog.parts) if p.part == "Plafondbeugel")
    assert not dialog.newLabelButton.isEnabled()  # nothing chosen yet

    dialog.partsTable.selectRow(cable)
    _keys(qtbot, (Qt.Key.Key_L, CTRL))  # a fresh label
    fresh = services.part_labels(dialog.product_id)[cable]
    assert fresh.part == "Voedingskabel" and fresh.tag is not None
    assert fresh.tag in dialog.banner.text() and dialog.partsTable.currentRow() == cable

    with services.db.unit_of_work() as s:  # a sheet of pre-printed labels
        (blank,) = allocate_codes(s, CodeKind.ITEM)
    dialog.partsTable.selectRow(mount)
    assert deliver(target_of(dialog), Scan.read(blank.lower()), say=print)  # caps lock on
    assert services.part_labels(dialog.product_id)[mount].tag == blank
    assert not deliver(target_of(dialog), Scan.read("LP0000125"), say=print)  # a card: no

    dialog.partsTable.selectRow(cable)
    _keys(qtbot, (Qt.Key.Key_P, CTRL))
    labels = dialog.labels_dialog
    qtbot.waitUntil(lambda: labels is not None and labels.isVisible())
    assert labels.selection().codes == (fresh.tag,)
    labels.close()
    with services.db.session() as s:
        (spec,) = label_specs_for_items(s, [fresh.tag])
    assert spec.product_name == "Tovertafel Original – Voedingskabel"
