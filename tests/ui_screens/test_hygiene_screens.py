"""Hygiene in the window (issue 16): the product form's protocol tab, the Schoonmaak checklist
(steps ticked one by one, the device reset, the second check) and the report dialog."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from lendingdesk.domain import hygiene
from lendingdesk.store.models import AuditEvent, Item, Product
from lendingdesk.ui.screens import CatalogueScreen, CleaningScreen
from lendingdesk.ui.screens.dialogs import ProductDialog
from lendingdesk.ui.screens.hygiene import HygieneReportDialog


@pytest.fixture
def screen(make_screen) -> CleaningScreen:
    return make_screen(CleaningScreen)


def _status(screen, tag: str) -> str:
    with screen.services.db.session() as s:
        return s.scalar(select(Item.status).where(Item.tag == tag))


def _type_tag(qtbot, screen: CleaningScreen, tag: str) -> None:
    screen.ui.tagEdit.clear()
    qtbot.keyClicks(screen.ui.tagEdit, tag)
    qtbot.keyClick(screen.ui.tagEdit, Qt.Key.Key_Return)


def test_product_form_edits_the_protocol_and_reset_checklist(qtbot, make_screen) -> None:
    catalogue = make_screen(CatalogueScreen)
    services = catalogue.services
    with services.db.session() as s:
        product_id = s.scalar(select(Product.id).where(Product.name.startswith("Qwiek")))
    dialog = ProductDialog(services, product_id, catalogue)
    qtbot.addWidget(dialog)
    editor = dialog.hygiene
    assert dialog.tabs.tabText(1) == "Hygiëne en reset"
    assert editor.methodCombo.currentData() == "clean"  # a free-text protocol means clean
    assert not editor.agentCombo.isEnabled()
    editor.methodCombo.setCurrentIndex(editor.methodCombo.findData("disinfect"))
    assert editor.agentCombo.isEnabled()
    assert editor.agentCombo.findText("alcohol 70 %") >= 0  # the common approved agents
    editor.agentCombo.setCurrentText("alcohol 70 %")
    editor.contactSpin.setValue(1)
    editor.stepsEdit.setPlainText("Behuizing afnemen\n\nModule-sleuven droog houden\n")
    editor.makerEdit.setText("https://example.org/qwiek-reiniging.pdf")
    editor.personalCheck.setChecked(True)  # the standard checklist to start from
    assert "Fabrieksreset volgens de maker" in editor.resetEdit.toPlainText()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.banner.text()

    detail = services.product_detail(product_id)
    assert detail.hygiene.method == "disinfect"
    assert detail.hygiene.agent == "alcohol 70 %" and detail.hygiene.contact_minutes == 1
    assert detail.hygiene.steps == ("Behuizing afnemen", "Module-sleuven droog houden")
    assert len(detail.hygiene.reset_steps) == 5
    again = ProductDialog(services, product_id, catalogue)
    qtbot.addWidget(again)
    assert again.hygiene.form() == detail.hygiene

    # A disinfecting protocol without an agent is refused in the dialog, which stays open.
    again.hygiene.agentCombo.setCurrentText("")
    again.accept()
    assert again.result() != again.DialogCode.Accepted
    assert "desinfectiemiddel" in again.banner.text()


def test_reset_checklist_is_ticked_step_by_step_and_audited(qtbot, screen) -> None:
    # The demo's Tessa: cleaned this morning, its device reset still to do.
    row = next(r for r in screen.model.rows() if tuple(r.pending) == ("reset",))
    assert not row.quick
    assert screen.model.index(screen.model.find_row(row.item_id), 2).data() == "Apparaat-reset"
    _type_tag(qtbot, screen, row.tag)  # a scan or typed label opens the checklist
    panel = screen.checklist
    assert screen.checklist_scroll.isVisible()
    assert screen.banner.kind == "info"
    assert _status(screen, row.tag) == "awaiting_cleaning"
    boxes = panel.boxes["reset"]
    assert [b.text() for b in boxes][:2] == [
        "App-account van de cliënt ontkoppelen",
        "Ingesproken herinneringen wissen",
    ]
    assert not panel.signButton.isEnabled()
    for box in boxes[:-1]:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not panel.signButton.isEnabled()  # one step left
    boxes[-1].setFocus()
    qtbot.keyClick(boxes[-1], Qt.Key.Key_Space)
    assert panel.signButton.isEnabled()
    qtbot.mouseClick(panel.signButton, Qt.MouseButton.LeftButton)
    assert screen.banner.kind == "ok", screen.banner.text()
    assert _status(screen, row.tag) == "available"
    assert not screen.checklist_scroll.isVisible()
    with screen.services.db.session() as s:
        event = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "device_reset")
            .order_by(AuditEvent.id.desc())
        ).first()
        assert event.details["tag"] == row.tag and len(event.details["steps"]) == 5


def test_a_random_second_check_is_asked_and_done_by_a_colleague(qtbot, screen, monkeypatch) -> None:
    from tests.coordinator_prompts import CODE, answer, set_code

    # The coordinator sets the share: every sign-off, for the test.
    set_code(screen.services.db)
    prompts = answer(monkeypatch, CODE)
    screen.shareButton.click()
    screen.dialog.setIntValue(1)
    screen.dialog.accept()
    assert prompts.asked and screen.banner.kind == "ok", screen.banner.text()
    assert screen.services.second_check_share() == 1
    row = next(r for r in screen.model.rows() if r.quick)
    screen.ui.byEdit.setText("Kees")
    _type_tag(qtbot, screen, row.tag)  # one scan still signs it off …
    assert screen.banner.kind == "ok"
    assert "steekproef" in screen.banner.text().lower()
    assert _status(screen, row.tag) == "awaiting_cleaning"  # … but it waits for the check
    _type_tag(qtbot, screen, row.tag)
    assert screen.checklist_scroll.isVisible()
    approve = screen.checklist.findChild(QPushButton, "checkApprove")
    qtbot.mouseClick(approve, Qt.MouseButton.LeftButton)  # Kees cannot check his own work
    assert screen.banner.kind == "error" and "iemand anders" in screen.banner.text()
    screen.ui.byEdit.setText("Fatima")
    qtbot.mouseClick(approve, Qt.MouseButton.LeftButton)
    assert screen.banner.kind == "ok", screen.banner.text()
    assert _status(screen, row.tag) == "available"


def test_isolation_return_needs_the_agent_on_the_checklist(qtbot, screen) -> None:
    services = screen.services
    with services.db.unit_of_work() as s:  # a clean-only item back from isolation
        item = s.scalars(
            select(Item)
            .join(Product)
            .where(Item.status == "available", Product.name.startswith("Joy"))
        ).first()
        item.status = "awaiting_cleaning"
        item.hygiene_pending = ["clean", "disinfect"]
        tag = item.tag
    screen.refresh()
    _type_tag(qtbot, screen, tag)
    panel = screen.checklist
    assert set(panel.boxes) == {"clean", "disinfect"}
    for boxes in panel.boxes.values():
        for box in boxes:
            box.setChecked(True)
    panel.agentCombo.setCurrentText("")
    assert panel.ready_parts() == ["clean"]  # no agent named: the disinfection is not ready
    panel.agentCombo.setCurrentText("chloor 1.000 ppm")
    assert panel.ready_parts() == ["clean", "disinfect"]
    qtbot.mouseClick(panel.signButton, Qt.MouseButton.LeftButton)
    assert _status(screen, tag) == "available"
    with services.db.session() as s:
        item = s.scalars(select(Item).where(Item.tag == tag)).one()
        assert hygiene.pending_parts(s, item) == ()


def test_report_dialog_saves_a_pdf(qtbot, screen, tmp_path: Path) -> None:
    screen.reportButton.click()
    dialog = screen.dialog
    assert isinstance(dialog, HygieneReportDialog)
    dialog.since.setDate(dialog.since.date().addYears(-1))
    assert dialog.save(tmp_path / "hygiene.pdf")
    assert "hygiene.pdf" in screen.banner.text()
    pdf = pdfium.PdfDocument(tmp_path / "hygiene.pdf")
    text = pdf[0].get_textpage().get_text_range()
    pdf.close()
    assert "Hygiënerapport" in text and "Afwijkingen" in text


def test_cleaned_now_reset_later_keeps_the_checklist_for_the_rest(qtbot, screen) -> None:
    services = screen.services
    row = next(r for r in screen.model.rows() if "reset" in r.pending)
    with services.db.unit_of_work() as s:  # cleaned and reset both still to do
        s.scalars(select(Item).where(Item.tag == row.tag)).one().hygiene_pending = [
            "clean",
            "reset",
        ]
    screen.refresh()
    _type_tag(qtbot, screen, row.tag)
    panel = screen.checklist
    for box in panel.boxes["clean"]:
        box.setChecked(True)
    assert panel.ready_parts() == ["clean"]
    assert panel.signButton.text() == "Aftekenen: Schoonmaak"
    qtbot.mouseClick(panel.signButton, Qt.MouseButton.LeftButton)
    assert screen.banner.kind == "ok"
    assert "Nog te doen: Apparaat-reset" in screen.banner.text()
    assert screen.checklist_scroll.isVisible() and set(panel.boxes) == {"reset"}
    assert _status(screen, row.tag) == "awaiting_cleaning"
