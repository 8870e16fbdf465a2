"""The review form driven by the keyboard, as a care professional at the desk would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from lendingdesk.services.reviews import ReviewService
from lendingdesk.ui.reviews.review_form import ReviewForm


def open_form(qtbot, reviews: ReviewService):
    pending = reviews.pending_reviews()[0]
    form = ReviewForm(reviews, reviews.instrument_for_product(pending.product_id), pending)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return form, pending


def keys(qtbot, *presses) -> None:
    """Key presses into whatever has focus: a character, a Qt key, or (key, modifier)."""
    for press in presses:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        if isinstance(press, tuple):
            qtbot.keyClick(widget, press[0], press[1])
        else:
            qtbot.keyClick(widget, press)


def answer_discard_question(qtbot, button: str) -> list[BaseException]:  # type: ignore[no-untyped-def]
    """Click ``button`` ("Discard answers" / "Keep filling in", by role) in the question the
    form asks before it throws answers away (opened by exec() inside the key press)."""
    errors: list[BaseException] = []
    role = {
        "Discard answers": QMessageBox.ButtonRole.DestructiveRole,
        "Keep filling in": QMessageBox.ButtonRole.RejectRole,
    }[button]

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, poll)
            return
        try:
            chosen = next(b for b in box.buttons() if box.buttonRole(b) == role)
            chosen.click()
        except BaseException as exc:
            errors.append(exc)
            box.close()

    QTimer.singleShot(0, poll)
    return errors


def tab_to(qtbot, form: ReviewForm, key: str, limit: int = 40) -> None:
    """Press Tab until the question ``key`` has focus (fails when the tab order never gets there)."""
    target = form.questions[key].focus_widget()
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        keys(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {key}")


def test_a_review_typed_by_keyboard_is_saved_with_its_scores(qtbot, reviews, dutch):
    form, pending = open_form(qtbot, reviews)
    before = len(reviews.reviews_for())
    # Context: the first question has focus; Down picks the first option of a list.
    assert QApplication.focusWidget() is form.questions["setting"].widget
    keys(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Tab, "6")
    keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Tab, "1", "2")
    keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Space)  # used by: care worker
    tab_to(qtbot, form, "overall")
    keys(qtbot, "4", Qt.Key.Key_Tab, "5", Qt.Key.Key_Tab, "3", Qt.Key.Key_Tab, "4")
    tab_to(qtbot, form, "cleaning_effort")
    keys(qtbot, "2")
    tab_to(qtbot, form, "effect_workload")
    keys(qtbot, "-", "1", Qt.Key.Key_Tab, "2")  # workload −1, work pleasure +2
    keys(qtbot, Qt.Key.Key_Tab, "n", Qt.Key.Key_Tab, "1", Qt.Key.Key_Tab, "2")
    keys(qtbot, Qt.Key.Key_Tab, "0", Qt.Key.Key_Tab, "1", Qt.Key.Key_Tab, "-", "2")
    tab_to(qtbot, form, "recommend")
    keys(qtbot, "1", "0")  # 10, not 1
    keys(qtbot, Qt.Key.Key_Tab, *"Bewoners kwamen tot rust.")
    keys(qtbot, (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier))

    assert form.result() == QDialog.DialogCode.Accepted
    saved = form.saved
    assert saved is not None and saved.loan_id == pending.loan_id
    answers = saved.answers
    assert answers["setting"] == "verpleeghuis"
    assert answers["duration_weeks"] == 6 and answers["number_of_clients"] == 12
    assert answers["used_by"] == ["zorgmedewerker"]
    assert (answers["overall"], answers["ease_of_use"], answers["cleaning_effort"]) == (4, 5, 2)
    assert answers["effect_workload"] == -1 and answers["effect_work_pleasure"] == 2
    assert answers["ph_bodily_functions"] == "na" and answers["ph_daily_functioning"] == -2
    assert answers["recommend"] == 10
    assert answers["pros"] == "Bewoners kwamen tot rust."
    assert saved.rating == 4.0 and saved.sus is None  # the SUS block stayed closed
    assert saved.reviewer_name == pending.borrower and saved.publish_name is False
    assert saved.moderation == "pending"
    assert len(reviews.reviews_for()) == before + 1
    assert pending.loan_id not in {p.loan_id for p in reviews.pending_reviews()}


def test_the_sus_block_opens_behind_its_checkbox_and_scores(qtbot, reviews, dutch):
    form, _pending = open_form(qtbot, reviews)
    assert not form.sus_box.isVisibleTo(form)
    form.sus_toggle.setChecked(True)
    assert form.sus_box.isVisibleTo(form)
    answers = {"setting": 0, "client_group": 0, "frequency": 0}
    for key, index in answers.items():
        form.questions[key].widget.setCurrentIndex(index + 1)
    form.questions["duration_weeks"].widget.setText("3")
    for key in ("overall", "ease_of_use", "usefulness_client", "usefulness_professional"):
        form.questions[key].widget.set_value(3)
    for key in form.questions:
        if key.startswith(("effect_", "ph_")):
            form.questions[key].widget.set_value(0)
    form.questions["recommend"].widget.set_value(7)
    for number, value in enumerate((4, 1, 5, 2, 5, 1, 4, 2, 3, 1), start=1):
        form.questions[f"sus_{number}"].widget.set_value(value)
    form.save()
    assert form.saved is not None and form.saved.sus == 85.0


def test_a_missing_answer_is_shown_next_to_the_question_and_nothing_is_saved(qtbot, reviews, dutch):
    form, pending = open_form(qtbot, reviews)
    before = len(reviews.reviews_for())
    tab_to(qtbot, form, "overall")
    keys(qtbot, "4", (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier))

    assert form.isVisible() and form.saved is None
    setting = form.questions["setting"]
    assert setting.error.isVisible()
    assert setting.error.text() == "Dit antwoord ontbreekt nog."
    assert not form.questions["overall"].error.isVisible()
    assert not form.questions["pros"].error.isVisible()  # optional
    assert "Nog niet opgeslagen" in form.banner.text()
    assert QApplication.focusWidget() is setting.widget  # straight to the first problem
    # Consent without a name is refused at the field too.
    form.name_edit.clear()
    form.publish_check.setChecked(True)
    form.save()
    assert form.publish_error.isVisible()

    # Esc on a half-filled review asks first; "Discard answers" keeps nothing.
    errors = answer_discard_question(qtbot, "Discard answers")
    keys(qtbot, Qt.Key.Key_Escape)
    assert not errors
    assert form.result() == QDialog.DialogCode.Rejected
    assert len(reviews.reviews_for()) == before
    assert pending.loan_id in {p.loan_id for p in reviews.pending_reviews()}


def test_escape_on_a_half_filled_review_asks_and_keeps_the_answers(qtbot, reviews, dutch):
    form, _pending = open_form(qtbot, reviews)
    tab_to(qtbot, form, "overall")
    keys(qtbot, "4")
    errors = answer_discard_question(qtbot, "Keep filling in")
    keys(qtbot, Qt.Key.Key_Escape)
    assert not errors
    assert form.isVisible()
    assert form.answers()["overall"] == 4  # nothing lost


def test_escape_on_an_untouched_review_closes_at_once(qtbot, reviews, dutch):
    form, _pending = open_form(qtbot, reviews)
    keys(qtbot, Qt.Key.Key_Escape)
    assert form.result() == QDialog.DialogCode.Rejected
    assert QApplication.activeModalWidget() is None  # no question asked


def test_wheel_and_page_down_scroll_the_form_not_the_answer(qtbot, reviews, dutch):
    form, _pending = open_form(qtbot, reviews)
    form.resize(900, 500)  # a small screen: the questions scroll
    qtbot.waitUntil(lambda: form.scroll.verticalScrollBar().maximum() > 0)
    combo = form.questions["setting"].widget
    combo.setCurrentIndex(1)
    bar = form.scroll.verticalScrollBar()
    start = bar.value()

    centre = QPointF(combo.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(combo.mapToGlobal(combo.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == 1
    assert bar.value() > start
    moved = bar.value()

    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    keys(qtbot, Qt.Key.Key_PageDown)
    assert combo.currentIndex() == 1
    assert bar.value() > moved
