"""“Review now” at check-in: the real desk window, the real check-in dialog, Ctrl+R."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from lendingdesk.store.models import Item
from lendingdesk.ui.desk.checkin_dialog import CheckinDialog
from lendingdesk.ui.reviews.review_form import ReviewForm


def on_modal(kind: type, action: Callable[[QWidget], None], errors: list) -> None:
    """Run ``action`` on the next modal dialog of ``kind`` (opened by exec() under test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if not isinstance(dialog, kind) or focus is None or focus.window() is not dialog:
            if isinstance(dialog, kind):
                dialog.activateWindow()  # offscreen windows are activated a moment later
            QTimer.singleShot(10, poll)
            return
        try:
            action(dialog)
        except BaseException as exc:  # never leave the test hanging on an open dialog
            errors.append(exc)
            dialog.close()

    QTimer.singleShot(0, poll)


def test_review_now_at_check_in_opens_the_form_for_that_loan(qtbot, demo_db, clock, dutch):
    from lendingdesk.ui.app import build_window
    from lendingdesk.ui.desk.desk_settings import DeskSettings
    from lendingdesk.ui.desk.feedback import Sounds

    window = build_window(
        demo_db,
        settings=DeskSettings(language="nl", desk_name="Testbalie"),
        clock=clock,
        sounds=Sounds(enabled=False),
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.desk.review_available
    with demo_db.session() as s:
        tag = s.scalars(select(Item.tag).where(Item.status == "on_loan")).first()
    prompt = window.service.checkin_prompt(tag)
    seen: dict[str, object] = {}
    errors: list[BaseException] = []

    def review_now(dialog: QWidget) -> None:
        on_modal(ReviewForm, fill_and_save, errors)
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
        )

    def fill_and_save(form: QWidget) -> None:
        assert isinstance(form, ReviewForm)
        seen["loan"] = form.loan
        seen["heading"] = form.heading.text()
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Escape
        )  # the borrower had no time after all

    on_modal(CheckinDialog, review_now, errors)
    window.desk.check_in(prompt)
    qtbot.waitUntil(lambda: window.desk.idle)  # the check-in is saved on the desk's worker
    assert errors == []
    loan = seen["loan"]
    assert loan.tag == tag and loan.product == prompt.product
    assert seen["heading"] == f"Review van {prompt.product}"
    # Cancelled: the loan waits in the list on the Reviews screen.
    screen = window.screen("reviews")
    screen.refresh()
    assert loan.loan_id in {p.loan_id for p in screen._pending}
    window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
