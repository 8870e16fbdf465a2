"""The self-service review: the ambassador hands the desk to the professional after check-in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from lendingdesk.services import access
from lendingdesk.store.models import Item
from lendingdesk.ui.desk.checkin_dialog import CheckinDialog
from tests.ui_reviews.test_review_form import keys, tab_to
from tests.ui_reviews.test_review_now import on_modal

CODE = "balie-4821"


class IdleClock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def window(qtbot, demo_db, clock, dutch, desk_ctx):
    from lendingdesk.ui.app import build_window
    from lendingdesk.ui.desk.desk_settings import DeskSettings
    from lendingdesk.ui.desk.feedback import Sounds

    with demo_db.unit_of_work() as s:
        if not access.has_code(s):
            access.set_code(s, desk_ctx, CODE)
    w = build_window(
        demo_db,
        settings=DeskSettings(language="nl", desk_name="Testbalie", desk_contact="toestel 214"),
        clock=clock,
        sounds=Sounds(enabled=False),
    )
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def fill_required(qtbot, form) -> None:
    """The answers a review needs, by the keys an (on-screen) keyboard sends."""
    form.questions["setting"].focus_widget().setFocus()
    keys(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Tab, "6")
    keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Tab, "1", "2")
    keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Space)
    tab_to(qtbot, form, "overall")
    keys(qtbot, "4", Qt.Key.Key_Tab, "5", Qt.Key.Key_Tab, "3", Qt.Key.Key_Tab, "4")
    tab_to(qtbot, form, "cleaning_effort")
    keys(qtbot, "2")
    tab_to(qtbot, form, "effect_workload")
    keys(qtbot, "-", "1", Qt.Key.Key_Tab, "2")
    keys(qtbot, Qt.Key.Key_Tab, "n", Qt.Key.Key_Tab, "1", Qt.Key.Key_Tab, "2")
    keys(qtbot, Qt.Key.Key_Tab, "0", Qt.Key.Key_Tab, "1", Qt.Key.Key_Tab, "-", "2")
    tab_to(qtbot, form, "recommend")
    keys(qtbot, "9")


def test_hand_over_at_check_in_then_review_returns_to_the_desk(qtbot, window, demo_db):
    reviews = window.reviews()
    before = len(reviews.reviews_for())
    with demo_db.session() as s:
        tag = s.scalars(select(Item.tag).where(Item.status == "on_loan")).first()
    prompt = window.service.checkin_prompt(tag)
    errors: list[BaseException] = []

    def hand_over(dialog) -> None:
        assert dialog.hand_over_button.isVisible()
        qtbot.mouseClick(dialog.hand_over_button, Qt.MouseButton.LeftButton)

    on_modal(CheckinDialog, hand_over, errors)
    window.desk.check_in(prompt)
    qtbot.waitUntil(lambda: window.desk.idle)  # the check-in is saved on the desk's worker
    assert errors == []
    screen = window.self_review
    assert screen is not None and screen.isFullScreen()
    assert QApplication.activeModalWidget() is screen
    assert not screen.form.isWindow()  # the form itself, inside the frame: no dialog window
    assert screen.form.loan.tag == tag
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget().window() is screen

    fill_required(qtbot, screen.form)
    # Esc would make the form ask in a pop-up (hiding an on-screen keyboard) or leave: neither.
    keys(qtbot, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
    assert window.self_review is screen and screen.isVisible()
    # Closing the window (Alt+F4) asks for the coordinator code, on the page.
    event = QCloseEvent()
    QApplication.sendEvent(screen, event)
    assert not event.isAccepted() and screen.pages.currentWidget() is screen.code_panel
    qtbot.mouseClick(screen.code_back_button, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.review_page

    qtbot.mouseClick(screen.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.self_review is None)
    assert len(reviews.reviews_for()) == before + 1
    assert tag not in {p.tag for p in reviews.pending_reviews()}
    assert "Beoordeling opgeslagen" in window.desk.ui.banner.text()
    assert QApplication.activeModalWidget() is None


def test_stop_asks_on_the_page_and_idle_gives_the_desk_back(qtbot, window, demo_db):
    from lendingdesk.ui.kiosk import open_self_review

    reviews = window.reviews()
    pending = reviews.pending_reviews()[0]
    idle = IdleClock()
    screen = open_self_review(window, reviews, pending.loan_id, clock=idle)
    assert screen is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first = screen.form.questions["setting"].focus_widget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    keys(qtbot, Qt.Key.Key_Down)  # one answer given
    qtbot.mouseClick(screen.stop_button, Qt.MouseButton.LeftButton)
    assert screen.isVisible() and screen.stop_message.isVisible()
    assert screen.keep_button.isVisible()
    qtbot.mouseClick(screen.keep_button, Qt.MouseButton.LeftButton)
    assert not screen.stop_message.isVisible()

    assert screen.idle_seconds >= 120
    idle.t += screen.idle_seconds - 5
    qtbot.waitUntil(screen.countdown.isVisible)
    idle.t += 6
    qtbot.waitUntil(lambda: window.self_review is None)
    assert pending.loan_id in {p.loan_id for p in reviews.pending_reviews()}  # nothing saved
