"""The self-service review: after a check-in the ambassador hands the desk to the professional.

The review form of the Reviews screen (``ui/reviews/review_form.ReviewForm``) is shown inside a
locked full-screen frame (``LockedScreen``): touch-sized, scrolled by finger, no pop-up
(a question that still needs an answer is marked in the form itself; stopping asks on the
page, not in a dialog), so an on-screen keyboard is never hidden behind a modal window. It
returns to the desk when the review is saved, when the professional stops, after the idle time,
or with the coordinator code.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.services.access import AccessService
from lendingdesk.services.reviews import ReviewRow, ReviewService
from lendingdesk.ui.kiosk.locked import LockedScreen, big_button, set_tone
from lendingdesk.ui.reviews.review_form import ReviewForm, find_pending

# The form's own controls, a size bigger for a finger; its choice rows stay on one line.
FORM_STYLE = """
QWidget#lockedScreen QDialog#reviewForm QLabel { font-size: 15pt; }
QWidget#lockedScreen QDialog#reviewForm QPushButton { font-size: 15pt; min-height: 52px;
    min-width: 0px; padding: 4px 12px; }
QWidget#lockedScreen QDialog#reviewForm QLineEdit,
QWidget#lockedScreen QDialog#reviewForm QPlainTextEdit,
QWidget#lockedScreen QDialog#reviewForm QComboBox { font-size: 15pt; min-height: 48px; }
QWidget#lockedScreen QDialog#reviewForm QCheckBox { font-size: 15pt; min-height: 44px; }
QWidget#lockedScreen QDialog#reviewForm QCheckBox::indicator { width: 32px; height: 32px; }
QWidget#lockedScreen QDialog#reviewForm QScrollBar:vertical { width: 28px; }
"""


class SelfReviewScreen(LockedScreen):
    """A locked full-screen review of one returned loan; ``saved`` after saving."""

    def __init__(
        self,
        reviews: ReviewService,
        access: AccessService,
        loan_id: int,
        *,
        idle_seconds: int = 180,
        contact: str = "",
        clock: Callable[[], float] = time.monotonic,
        lang: Callable[[], str] = lambda: "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            access,
            idle_seconds=idle_seconds,
            contact=contact,
            clock=clock,
            lang=lang,
            parent=parent,
        )
        self.setStyleSheet(self.styleSheet() + FORM_STYLE)
        self.saved: ReviewRow | None = None
        pending = find_pending(reviews, loan_id)
        if pending is None:
            raise LookupError(loan_id)
        page = QWidget(self)
        page.setObjectName("reviewPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = ReviewForm(reviews, reviews.instrument_for_product(pending.product_id), pending)
        self.form.setParent(page, Qt.WindowType.Widget)  # inside the frame, not a dialog window
        self.form.setMinimumSize(0, 0)
        self.form.cancel_button.hide()  # its Cancel asks in a pop-up; "Stop" below asks here
        self.form.keys_hint.hide()  # keyboard tips (Esc cancels…) do not hold here
        self.form.required_hint.setWordWrap(True)  # room for Stop on a 1024-wide touch PC
        self.form.required_hint.setMinimumWidth(60)
        for label in (self.form.heading, self.form.subheading):
            label.setWordWrap(True)  # a long product name wraps instead of widening the screen
        self.form.finished.connect(self._form_finished)
        QScroller.grabGesture(
            self.form.scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture
        )
        layout.addWidget(self.form, 1)

        # "Stop" goes in the form's own button row (where its Cancel was), its question just
        # above it: the questions keep the height of the screen.
        self.stop_message = QLabel(self.form)
        self.stop_message.setObjectName("stopMessage")
        self.stop_message.setWordWrap(True)
        self.stop_message.hide()
        self.stop_button = big_button("", self.form, name="stopButton")
        self.stop_button.setProperty("small", True)
        self.stop_button.clicked.connect(self.stop)
        self.keep_button = big_button("", self.form, primary=True, name="keepButton")
        self.keep_button.setProperty("small", True)
        self.keep_button.clicked.connect(self._keep_filling_in)
        self.keep_button.hide()
        outer = self.form.layout()
        for index in range(outer.count()):
            row = outer.itemAt(index).layout()
            if row is not None and row.indexOf(self.form.save_button) >= 0:
                row.insertWidget(row.indexOf(self.form.save_button), self.stop_button)
                row.insertWidget(row.indexOf(self.form.save_button), self.keep_button)
                outer.insertWidget(index, self.stop_message)
                break
        self.pages.insertWidget(0, page)
        self.pages.setCurrentWidget(page)
        self.review_page = page
        self._asking_stop = False
        self.retranslate()

    # --- leaving ----------------------------------------------------------------------------

    def _form_finished(self, _result: int) -> None:
        if self.form.saved is not None:
            self.saved = self.form.saved
            self.leave("done")

    def stop(self) -> None:
        """Stop without a review: at once when nothing was filled in, else after asking here."""
        touched = self.form._state() != self.form._untouched
        if touched and not self._asking_stop:
            self._asking_stop = True
            set_tone(
                self.stop_message,
                "warn",
                self.tr("Your answers are not saved. Stop anyway and lose them?"),
            )
            self.stop_button.setText(self.tr("Stop and lose the answers"))
            self.keep_button.show()
            return
        self.leave("stopped")

    def _keep_filling_in(self) -> None:
        self._asking_stop = False
        set_tone(self.stop_message, "", "")
        self.keep_button.hide()
        self.retranslate()

    def focus_page(self) -> None:
        if self.pages.currentWidget() is self.review_page and self.form.questions:
            first = next(iter(self.form.questions.values())).focus_widget()
            focus = self.review_page.focusWidget() or first
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().focus_page()

    def idle_counts(self) -> bool:
        return True

    def idle_timeout(self) -> None:
        self.leave("timeout")

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your review — the desk is yours for a moment"))
        if not self._asking_stop:
            self.stop_button.setText(self.tr("Stop without a review"))
        self.keep_button.setText(self.tr("Keep filling in"))
