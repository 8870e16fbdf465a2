"""Accepting the loan conditions at the kiosk: by ticking, or by signing with real mouse events;
the PDF is read back (text and the signature's ink)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from lendingdesk.store.models import LoanAcceptance, LoanAcceptanceLoan
from tests.reviews.pdfcheck import pdf_text
from tests.ui_desk.conftest import OFFSCREEN_NOISE, desks_settled, scan
from tests.ui_desk.test_kiosk import _status

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def drag(widget, points: list[tuple[int, int]]) -> None:
    """A stroke as the window system delivers it: press, moves with the button held, release."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier

    def send(kind, x, y, button, buttons) -> None:
        local = QPointF(x, y)
        event = QMouseEvent(kind, local, widget.mapToGlobal(local), button, buttons, mods)
        QApplication.sendEvent(widget, event)

    send(QMouseEvent.Type.MouseButtonPress, *points[0], left, left)
    for x, y in points[1:]:
        send(QMouseEvent.Type.MouseMove, x, y, none, left)
    send(QMouseEvent.Type.MouseButtonRelease, *points[-1], left, none)


def zigzag(x0: int, y0: int, width: int, height: int, steps: int = 24) -> list[tuple[int, int]]:
    return [(x0 + width * i // steps, y0 + (height if i % 2 else 0)) for i in range(steps + 1)]


@pytest.fixture
def signing(window):
    window.settings.acceptance_mode = "signature"


@pytest.fixture
def ticking(window):
    window.settings.acceptance_mode = "tick"


def test_ticking_the_conditions_before_the_first_product(
    qtbot, window, ticking, kiosk, cat, db, scan_clock
):
    scan(qtbot, scan_clock, cat.sanne)
    assert kiosk.pages.currentWidget() is kiosk.conditions_page
    assert "Ik gebruik de geleende producten" in kiosk.conditions_text.toPlainText()
    # A product scanned before accepting does not go out.
    scan(qtbot, scan_clock, cat.paro[0])
    assert _status(db, cat.paro[0]) == "available"
    assert kiosk.conditions_message.property("tone") == "warn"
    assert not kiosk.accept_button.isEnabled()
    for button in kiosk.tick_buttons[:2]:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not kiosk.accept_button.isEnabled()  # all three
    qtbot.mouseClick(kiosk.tick_buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.accept_button, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentWidget() is kiosk.session_page
    scan(qtbot, scan_clock, cat.paro[0])
    scan(qtbot, scan_clock, cat.tablet[0])
    qtbot.mouseClick(kiosk.done_button, Qt.MouseButton.LeftButton)
    desks_settled(qtbot)  # stored on the kiosk's worker
    with db.session() as s:
        row = s.scalars(select(LoanAcceptance)).one()
        covered = s.scalars(select(LoanAcceptanceLoan.loan_id)).all()
        assert row.method == "tick" and row.signature_png is None
        assert len(covered) == 2
        assert "aanvinken" in pdf_text(row.pdf)


def test_declining_lends_nothing(qtbot, window, ticking, kiosk, cat, db, scan_clock):
    scan(qtbot, scan_clock, cat.sanne)
    qtbot.mouseClick(kiosk.decline_button, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentWidget() is kiosk.welcome and kiosk.borrower is None
    scan(qtbot, scan_clock, cat.paro[0])
    assert _status(db, cat.paro[0]) == "available"
    with db.session() as s:
        assert s.scalars(select(LoanAcceptance)).all() == []


def test_signing_with_the_mouse_is_kept_in_the_pdf(
    qtbot, window, signing, kiosk, cat, db, scan_clock, idle, tmp_path: Path
):
    scan(qtbot, scan_clock, cat.sanne)
    pad = kiosk.signature
    assert pad.isVisible() and not kiosk.tick_buttons[0].isVisible()
    drag(pad, [(40, 60), (42, 61)])  # a dot is no signature
    assert not kiosk.accept_button.isEnabled()
    qtbot.mouseClick(kiosk.clear_signature, Qt.MouseButton.LeftButton)
    assert pad.strokes == []
    drag(pad, zigzag(30, 50, 220, 70))
    drag(pad, [(60, 150), (200, 150)])
    assert kiosk.accept_button.isEnabled()
    qtbot.mouseClick(kiosk.accept_button, Qt.MouseButton.LeftButton)
    scan(qtbot, scan_clock, cat.paro[1])
    # The session ends by itself; the acceptance is stored with the loan all the same.
    idle.t += 61
    qtbot.waitUntil(lambda: kiosk.borrower is None)
    desks_settled(qtbot)
    with db.session() as s:
        row = s.scalars(select(LoanAcceptance)).one()
        png, pdf = row.signature_png, row.pdf
    assert png and png.startswith(b"\x89PNG")
    text = pdf_text(pdf)
    assert "Sanne de Vries" in text and cat.paro[1] in text and "Getekend" in text
    (tmp_path / "signed.pdf").write_bytes(pdf)
    # The signature is on the page: the one image of the PDF, dark strokes on white, wider
    # than high like the zigzag that was drawn.
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[len(document) - 1]
        images = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
        assert len(images) == 1
        picture = images[0].get_bitmap().to_pil().convert("L")
    finally:
        document.close()
    assert picture.width > picture.height
    histogram = picture.histogram()
    assert sum(histogram[:100]) > 500  # ink
    assert sum(histogram[240:]) > sum(histogram[:100])  # on white


def test_the_coordinator_edits_the_conditions_behind_the_code(qtbot, window, kiosk, db):
    from lendingdesk.services.acceptance import AcceptanceService
    from lendingdesk.services.access import authorize
    from lendingdesk.ui.kiosk.conditions_dialog import ConditionsDialog
    from tests.ui_desk.conftest import KIOSK_CODE as CODE

    service = AcceptanceService(db, window.service.ctx_factory)
    grant = authorize(db, window.service.ctx_factory(), CODE, "conditions")
    dialog = ConditionsDialog(service, grant, parent=window)
    qtbot.addWidget(dialog)
    hygiene = dialog.edits[1]
    hygiene.setPlainText("")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.error.isHidden() and dialog.saved_version is None
    hygiene.setPlainText("Reinig met alcoholdoekjes (70%) na elke cliënt.")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.saved_version == 1
    assert service.conditions().hygiene_text.startswith("Reinig met alcoholdoekjes")
