"""The loan conditions at a staffed desk: asked when the first product of a session is scanned,
before it goes out; the ambassador records the professional's yes with Enter (or the
professional scans their own pass), or signing on the screen; Esc lends nothing. Stored with
the session's loans at Finish, named on the PDF and the slip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from lendingdesk.store.models import LoanAcceptance, LoanAcceptanceLoan
from lendingdesk.ui.desk.acceptance_dialog import AcceptConditionsDialog
from tests.reviews.pdfcheck import pdf_text
from tests.ui_desk.conftest import OFFSCREEN_NOISE, human_keys, scan, when_modal
from tests.ui_desk.test_kiosk import _status
from tests.ui_desk.test_kiosk_acceptance import drag, zigzag

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def staffed(window):
    window.settings.actor = "Anouk Visser"  # the ambassador of the day
    return window


def _acceptances(db) -> list[tuple[LoanAcceptance, list[int]]]:
    with db.session() as s:
        rows = s.scalars(select(LoanAcceptance).order_by(LoanAcceptance.id)).all()
        return [
            (
                row,
                sorted(
                    s.scalars(
                        select(LoanAcceptanceLoan.loan_id).where(
                            LoanAcceptanceLoan.acceptance_id == row.id
                        )
                    )
                ),
            )
            for row in rows
        ]


def test_agreed_aloud_once_for_the_session_then_on_the_pdf_and_slip(
    qtbot, staffed, cat, db, scan_clock
):
    window = staffed
    window.settings.acceptance_mode = "tick"
    seen: dict[str, object] = {}

    def agree(dialog) -> None:
        assert isinstance(dialog, AcceptConditionsDialog)
        seen["text"] = dialog.panel.text.toPlainText()
        seen["question"] = dialog.panel.question.text()
        scan(qtbot, scan_clock, cat.paro[1])  # another product first: it waits
        seen["waits"] = dialog.panel.message.text()
        assert dialog.isVisible()
        scan(qtbot, scan_clock, cat.sanne)  # her own pass: she agrees

    scan(qtbot, scan_clock, cat.sanne)
    errors = when_modal(qtbot, agree)
    scan(qtbot, scan_clock, cat.paro[0])
    assert errors == []
    assert "Ik gebruik de geleende producten" in str(seen["text"])
    assert str(seen["question"]).startswith("Vraag Sanne de Vries: accepteer je")
    assert "Eerst de voorwaarden" in str(seen["waits"])
    assert _status(db, cat.paro[0]) == "on_loan"
    assert "Leenvoorwaarden geaccepteerd voor dit bezoek." in window.desk.ui.banner.text()
    assert _status(db, cat.paro[1]) == "available"  # scanned in the dialog: not lent
    scan(qtbot, scan_clock, cat.paro[1])  # once per session: no second question
    assert QApplication.activeModalWidget() is None
    assert _status(db, cat.paro[1]) == "on_loan"
    human_keys(qtbot, scan_clock, Qt.Key.Key_F10)
    [(row, loans)] = _acceptances(db)
    assert (row.method, row.witnessed_by, len(loans)) == ("tick", "Anouk Visser", 2)
    text = pdf_text(row.pdf)
    assert "Mondeling akkoord gegeven aan de bemande uitleenbalie" in text
    assert "vastgelegd door Anouk Visser" in text and cat.paro[1] in text

    from lendingdesk.documents.slips import render_slip
    from lendingdesk.services.printing import slip_for_loans

    with db.session() as s:
        slip = slip_for_loans(s, window.service.ctx_factory(), loans)
    import io

    out = io.BytesIO()
    render_slip(slip, out, "a4", "nl")
    assert "mondeling akkoord gegeven aan de balie" in pdf_text(out.getvalue())

    # The next session asks again; Enter without the pass does as well.
    scan(qtbot, scan_clock, cat.mo)
    errors = when_modal(qtbot, lambda d: human_keys(qtbot, scan_clock, Qt.Key.Key_Return))
    scan(qtbot, scan_clock, cat.paro[2])
    assert errors == [] and _status(db, cat.paro[2]) == "on_loan"


def test_not_accepted_lends_nothing_and_returns_still_work(qtbot, staffed, cat, db, scan_clock):
    window = staffed
    window.settings.acceptance_mode = "tick"
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.cleaning_tag)  # refused anyway: no question first
    assert QApplication.activeModalWidget() is None
    assert "wacht op schoonmaak" in window.desk.ui.banner.text()
    errors = when_modal(qtbot, lambda d: human_keys(qtbot, scan_clock, Qt.Key.Key_Escape))
    scan(qtbot, scan_clock, cat.paro[0])
    assert errors == []
    assert _status(db, cat.paro[0]) == "available"
    banner = window.desk.ui.banner.text()
    assert "niet geaccepteerd" in banner and "Sanne de Vries" in banner
    assert window.desk.borrower is not None  # still at the desk (a return needs no question)
    human_keys(qtbot, scan_clock, Qt.Key.Key_F10)
    assert _acceptances(db) == []


def test_signing_at_the_desk(qtbot, staffed, cat, db, scan_clock):
    window = staffed
    window.settings.acceptance_mode = "signature"
    seen: dict[str, object] = {}

    def sign(dialog) -> None:
        pad = dialog.panel.signature
        assert pad.isVisible() and not dialog.panel.tick_buttons[0].isVisible()
        human_keys(qtbot, scan_clock, Qt.Key.Key_Return)  # no signature yet
        seen["first"] = dialog.panel.message.text()
        assert dialog.isVisible()
        drag(pad, zigzag(30, 40, 220, 60))
        human_keys(qtbot, scan_clock, Qt.Key.Key_Return)

    scan(qtbot, scan_clock, cat.sanne)
    errors = when_modal(qtbot, sign)
    scan(qtbot, scan_clock, cat.paro[0])
    assert errors == []
    assert "Teken eerst in het vak" in str(seen["first"])
    human_keys(qtbot, scan_clock, Qt.Key.Key_F10)
    [(row, loans)] = _acceptances(db)
    assert len(loans) == 1
    assert row.method == "signature" and row.signature_png.startswith(b"\x89PNG")
    assert "Getekend op het scherm van de bemande uitleenbalie, bij Anouk Visser" in pdf_text(
        row.pdf
    )


def test_a_product_scanned_first_asks_after_the_borrower_is_chosen(
    qtbot, staffed, cat, db, scan_clock
):
    from PySide6.QtCore import QTimer

    staffed.settings.acceptance_mode = "tick"
    asked: list[str] = []

    def agree_when_asked() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AcceptConditionsDialog) or not dialog.isVisible():
            QTimer.singleShot(10, agree_when_asked)
            return
        asked.append(dialog.borrower)
        dialog.panel.try_accept()

    def choose(picker) -> None:
        QTimer.singleShot(0, agree_when_asked)
        scan(qtbot, scan_clock, cat.sanne)  # her card into the picker

    errors = when_modal(qtbot, choose)
    scan(qtbot, scan_clock, cat.tablet[0])  # nobody at the desk yet
    assert errors == [] and asked == ["Sanne de Vries"]
    assert _status(db, cat.tablet[0]) == "on_loan"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is staffed.desk.ui.codeEdit)
    human_keys(qtbot, scan_clock, Qt.Key.Key_F10)
    [(row, loans)] = _acceptances(db)
    assert row.method == "tick" and len(loans) == 1
