"""Self-service lending (kiosk) for a desk without an ambassador.

The professional scans their pass, then the products they take; a product that is out comes
back: the check-in questions (complete? charged? damage?) are asked of them with large yes/no
buttons, and it goes to the cleaning queue like any return. Everything goes through the desk's
own ``DeskService`` and scan path: the kiosk has no lending logic of its own. Scans reach it
through ``ui/scan_routing`` (it is the modal window and takes any code).

Like the desk, the kiosk handles scans one at a time in the order they came, their database
work on its own worker (``ui/work_line.WorkLine``): the screen keeps going while a server is
slow, says "working…" when an answer takes longer than a glance, and its idle time does not end
a session while work is in hand.

The session ends with the "Done" button, the same pass again, another pass, or after the idle
time (``DeskSettings.kiosk_idle_seconds``; a countdown in the last ten seconds). Nothing else of
the desk is reachable without the coordinator code (``LockedScreen``).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.errors import LendingError
from lendingdesk.services.acceptance import AcceptanceService, ConditionsVersion
from lendingdesk.services.access import AccessService
from lendingdesk.services.desk import (
    BorrowerCard,
    CheckinChoices,
    CheckinPrompt,
    DeskService,
    ReturnResult,
    ScanKind,
    ScanOutcome,
)
from lendingdesk.services.waiting import ProductToWaitFor, WaitingLine, WaitingService
from lendingdesk.ui.i18n import format_date
from lendingdesk.ui.kiosk.conditions_panel import Accepted, ConditionsPanel, record_acceptance
from lendingdesk.ui.kiosk.locked import LockedScreen, big_button, set_tone
from lendingdesk.ui.scan_routing import Accepts, Scan, accept_scans
from lendingdesk.ui.work_line import WorkLine

# Said on the check-in of a product reported damaged at the kiosk (the cleaner looks closer).
DAMAGE_NOTE = "Schade gemeld bij zelfbediening / damage reported at self-service"


def _or_refusal[T](work: Callable[[], T]) -> Callable[[], T | LendingError]:
    """``work`` for the worker thread: a refusal comes back as its value (shown on the GUI
    thread), not raised."""

    def run() -> T | LendingError:
        try:
            return work()
        except LendingError as exc:
            return exc

    return run


@dataclass
class SessionLine:
    text: str
    tone: str  # ok / warn / error


class YesNo(QWidget):
    """One question with two large buttons; ``value`` is None until one is pressed."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.yes = big_button("", self, name=f"{name}Yes")
        self.no = big_button("", self, name=f"{name}No")
        for button in (self.yes, self.no):
            button.setCheckable(True)
            button.setProperty("answer", True)
            button.clicked.connect(self._chosen)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        self.value: bool | None = None

    def _chosen(self) -> None:
        button = self.sender()
        self.value = button is self.yes
        self.yes.setChecked(self.value)
        self.no.setChecked(not self.value)
        self.changed.emit()

    def reset(self) -> None:
        self.value = None
        self.yes.setChecked(False)
        self.no.setChecked(False)


class KioskScreen(LockedScreen):
    """The kiosk. ``review_handler(loan_id)`` (optional) starts the self-service review of a
    return; ``acceptance`` (optional) is the page that asks for the loan conditions."""

    def __init__(
        self,
        desk: DeskService,
        access: AccessService,
        *,
        idle_seconds: int = 60,
        contact: str = "",
        clock: Callable[[], float] = time.monotonic,
        lang: Callable[[], str] = lambda: "nl",
        review_handler: Callable[[int], None] | None = None,
        acceptance: AcceptanceService | None = None,
        acceptance_mode: str = "off",
        waiting: WaitingService | None = None,
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
        self.setObjectName("lockedScreen")
        self.desk = desk
        self.review_handler = review_handler
        self.borrower: BorrowerCard | None = None
        self.lines: list[SessionLine] = []
        self.lent_loans: list[int] = []
        self.prompt: CheckinPrompt | None = None
        self.last_return: ReturnResult | None = None
        self.review_open = False  # the self-service review over the kiosk is on screen
        self.acceptance = acceptance
        self.acceptance_mode = acceptance_mode if acceptance is not None else "off"
        self.accepted: Accepted | None = None  # what this session's professional accepted
        self.conditions: ConditionsVersion | None = None
        self.waiting = waiting
        # Scans and the buttons that act on what they leave, one at a time, off the GUI thread.
        self.line = WorkLine(
            self,
            start_scan=self._start_scan,
            show_working=self._show_working,
            end_working=self._end_working,
        )
        self._before_working: tuple[QLabel, str, str] | None = None
        self._build_welcome()
        self._build_session()
        self._build_checkin()
        self._build_conditions()
        self._build_waiting()
        self.pages.setCurrentWidget(self.welcome)
        accept_scans(self, Accepts.ANY, self.take_scan)
        self.retranslate()

    # --- pages ------------------------------------------------------------------------------

    def _page(self, name: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        page.setObjectName(name)
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.pages.insertWidget(self.pages.count() - 1, page)  # the code panel stays last
        return page, layout

    def _build_welcome(self) -> None:
        self.welcome, layout = self._page("welcomePage")
        self.welcome_headline = QLabel(self.welcome)
        self.welcome_headline.setProperty("role", "headline")
        self.welcome_headline.setWordWrap(True)
        self.welcome_hint = QLabel(self.welcome)
        self.welcome_hint.setWordWrap(True)
        self.welcome_message = QLabel(self.welcome)
        self.welcome_message.setObjectName("welcomeMessage")
        self.welcome_message.setWordWrap(True)
        self.welcome_message.hide()
        self.welcome_review = big_button("", self.welcome, name="welcomeReviewButton")
        self.welcome_review.clicked.connect(self._review_last)
        self.welcome_review.hide()
        layout.addStretch(1)
        layout.addWidget(self.welcome_headline)
        layout.addWidget(self.welcome_hint)
        layout.addWidget(self.welcome_message)
        layout.addWidget(self.welcome_review, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)

    def _build_session(self) -> None:
        self.session_page, layout = self._page("sessionPage")
        self.session_headline = QLabel(self.session_page)
        self.session_headline.setProperty("role", "headline")
        self.session_headline.setWordWrap(True)
        self.session_hint = QLabel(self.session_page)
        self.session_hint.setWordWrap(True)
        self.session_message = QLabel(self.session_page)
        self.session_message.setObjectName("sessionMessage")
        self.session_message.setWordWrap(True)
        self.session_message.hide()
        self.session_scroll = QScrollArea(self.session_page)
        self.session_scroll.setObjectName("sessionScroll")
        self.session_scroll.setWidgetResizable(True)
        self.session_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.session_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.session_list = QLabel()
        self.session_list.setObjectName("sessionList")
        self.session_list.setWordWrap(True)
        self.session_list.setTextFormat(Qt.TextFormat.PlainText)
        self.session_list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        self.session_review = big_button("", self.session_page, name="sessionReviewButton")
        self.session_review.clicked.connect(self._review_last)
        self.session_review.hide()
        self.done_button = big_button("", self.session_page, primary=True, name="doneButton")
        self.done_button.clicked.connect(self.line.queued(lambda: self.end_session("done")))
        self.wait_button = big_button("", self.session_page, name="waitButton")
        self.wait_button.clicked.connect(self.ask_waiting)
        row.addWidget(self.session_review)
        row.addWidget(self.wait_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout.addWidget(self.session_headline)
        layout.addWidget(self.session_hint)
        layout.addWidget(self.session_message)
        self.session_scroll.setWidget(self.session_list)
        QScroller.grabGesture(
            self.session_scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture
        )
        layout.addWidget(self.session_scroll, 1)
        layout.addLayout(row)

    def _build_checkin(self) -> None:
        self.checkin_page, layout = self._page("checkinPage")
        self.checkin_headline = QLabel(self.checkin_page)
        self.checkin_headline.setProperty("role", "headline")
        self.checkin_headline.setWordWrap(True)
        self.checkin_info = QLabel(self.checkin_page)
        self.checkin_info.setWordWrap(True)
        self.complete = YesNo("complete", self.checkin_page)
        self.charged = YesNo("charged", self.checkin_page)
        self.damaged = YesNo("damaged", self.checkin_page)
        self.missing_box = QWidget(self.checkin_page)
        self.missing_box.setObjectName("missingBox")
        self.missing_layout = QGridLayout(self.missing_box)
        self.missing_layout.setContentsMargins(0, 0, 0, 0)
        self.missing_label = QLabel(self.missing_box)
        self.missing_label.setWordWrap(True)
        self.missing_buttons: list[QPushButton] = []
        self.complete.changed.connect(self._complete_changed)
        for question in (self.complete, self.charged, self.damaged):
            question.changed.connect(self._update_return_button)
        self.checkin_message = QLabel(self.checkin_page)
        self.checkin_message.setObjectName("checkinMessage")
        self.checkin_message.setWordWrap(True)
        self.checkin_message.hide()
        row = QHBoxLayout()
        self.return_button = big_button("", self.checkin_page, primary=True, name="returnButton")
        self.return_button.clicked.connect(self.line.queued(self.finish_return))
        self.cancel_return = big_button("", self.checkin_page, name="cancelReturnButton")
        self.cancel_return.clicked.connect(self.line.queued(self._cancel_return))
        row.addWidget(self.cancel_return)
        row.addStretch(1)
        row.addWidget(self.return_button)
        layout.addWidget(self.checkin_headline)
        layout.addWidget(self.checkin_info)
        layout.addWidget(self.complete)
        layout.addWidget(self.missing_box)
        layout.addWidget(self.charged)
        layout.addWidget(self.damaged)
        layout.addWidget(self.checkin_message)
        layout.addStretch(1)
        layout.addLayout(row)

    def _build_conditions(self) -> None:
        self.conditions_page, layout = self._page("conditionsPage")
        self.conditions_headline = QLabel(self.conditions_page)
        self.conditions_headline.setProperty("role", "headline")
        self.conditions_headline.setWordWrap(True)
        layout.addWidget(self.conditions_headline)
        panel = ConditionsPanel(self.conditions_page)
        self.conditions_panel = panel
        layout.addWidget(panel, 1)
        panel.accepted.connect(self.line.queued(self.accept_conditions))
        panel.declined.connect(self.line.queued(lambda: self.end_session("declined")))
        # The panel's parts, by the names the kiosk has always had.
        self.conditions_text = panel.text
        self.tick_buttons = panel.tick_buttons
        self.sign_hint = panel.sign_hint
        self.signature = panel.signature
        self.clear_signature = panel.clear_signature
        self.conditions_message = panel.message
        self.decline_button = panel.decline_button
        self.accept_button = panel.accept_button

    def _build_waiting(self) -> None:
        self.waiting_page, layout = self._page("waitingPage")
        self.waiting_headline = QLabel(self.waiting_page)
        self.waiting_headline.setProperty("role", "headline")
        self.waiting_headline.setWordWrap(True)
        self.waiting_hint = QLabel(self.waiting_page)
        self.waiting_hint.setWordWrap(True)
        self.waiting_search = QLineEdit(self.waiting_page)
        self.waiting_search.setObjectName("waitingSearch")
        self.waiting_search.textChanged.connect(self._find_to_wait_for)
        self.waiting_results = QWidget(self.waiting_page)
        self.waiting_results_layout = QGridLayout(self.waiting_results)
        self.waiting_results_layout.setContentsMargins(0, 0, 0, 0)
        self.waiting_buttons: list[QPushButton] = []
        self.waiting_message = QLabel(self.waiting_page)
        self.waiting_message.setObjectName("waitingMessage")
        self.waiting_message.setWordWrap(True)
        self.waiting_message.hide()
        self.waiting_back = big_button("", self.waiting_page, name="waitingBackButton")
        self.waiting_back.clicked.connect(self._back_to_session)
        layout.addWidget(self.waiting_headline)
        layout.addWidget(self.waiting_hint)
        layout.addWidget(self.waiting_search)
        layout.addWidget(self.waiting_results)
        layout.addWidget(self.waiting_message)
        layout.addStretch(1)
        layout.addWidget(self.waiting_back, 0, Qt.AlignmentFlag.AlignLeft)

    def ask_waiting(self) -> None:
        """Join the waiting list of a product of which nothing is free now."""
        self.waiting_search.clear()
        set_tone(self.waiting_message, "", "")
        self._find_to_wait_for()
        self.pages.setCurrentWidget(self.waiting_page)
        self.waiting_search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _find_to_wait_for(self) -> None:
        """Look up (on the worker, in line) what matches the search as typed."""
        waiting, text = self.waiting, self.waiting_search.text()
        if waiting is None:
            return
        self.line.queued(
            lambda: self.line.run(
                "",
                _or_refusal(lambda: waiting.products_to_wait_for(text)),
                lambda found: self._show_to_wait_for(text, found),
                quiet=True,
            )
        )()

    def _show_to_wait_for(self, text: str, found: list[ProductToWaitFor] | LendingError) -> None:
        if text != self.waiting_search.text():
            return  # typed on meanwhile: the search for what is there now follows
        for button in self.waiting_buttons:
            button.deleteLater()
        self.waiting_buttons = []
        if isinstance(found, LendingError):
            set_tone(self.waiting_message, "error", found.message(self.lang()))
            return
        for index, product in enumerate(found):
            text = product.name
            if product.waiting:
                text += "  " + self.tr("(%1 waiting)").replace("%1", str(product.waiting))
            button = big_button(text, self.waiting_results, name=f"waitFor{index}")
            button.setProperty("answer", True)
            button.clicked.connect(lambda _=False, pid=product.id: self.join_waiting(pid))
            self.waiting_results_layout.addWidget(button, index // 2, index % 2)
            self.waiting_buttons.append(button)
        if self.waiting_search.text().strip() and not found:
            set_tone(
                self.waiting_message,
                "warn",
                self.tr("No product by that name is out right now. Is it on the shelf? Scan it."),
            )
        else:
            set_tone(self.waiting_message, "", "")

    def join_waiting(self, product_id: int) -> None:
        self.line.queued(lambda: self._join_waiting(product_id))()

    def _join_waiting(self, product_id: int) -> None:
        waiting = self.waiting
        if waiting is None or self.borrower is None:
            return
        badge = self.borrower.badge
        self.line.run(
            "", _or_refusal(lambda: waiting.join(badge, product_id)), self._joined_waiting
        )

    def _joined_waiting(self, line: WaitingLine | LendingError) -> None:
        if isinstance(line, LendingError):
            set_tone(
                self.waiting_message, "error", line.message(self.lang()) + " " + self.help_text()
            )
            return
        self._back_to_session()
        self._add_line(
            self.tr(
                "You are on the waiting list for %1 (number %2). When one comes back, it is "
                "kept for you at the desk."
            )
            .replace("%1", line.product)
            .replace("%2", str(line.position)),
            "ok",
        )

    def _back_to_session(self) -> None:
        self.pages.setCurrentWidget(
            self.session_page if self.borrower is not None else self.welcome
        )
        self.focus_page()

    def ask_conditions(self) -> None:
        """The conditions to accept before the first product of this session goes out."""
        assert self.acceptance is not None
        self.line.run("", _or_refusal(self.acceptance.conditions), self._show_conditions)

    def _show_conditions(self, conditions: ConditionsVersion | LendingError) -> None:
        if isinstance(conditions, LendingError):
            self.end_session("error", quiet=True)
            self.say("error", conditions.message(self.lang()) + " " + self.help_text())
            return
        self.conditions = conditions
        self.conditions_panel.show_conditions(self.conditions, self.acceptance_mode)
        self.pages.setCurrentWidget(self.conditions_page)
        self.focus_page()

    def accept_conditions(self) -> None:
        if self.conditions is None or not self.conditions_panel.ready():
            return
        self.accepted = self.conditions_panel.result()
        self.pages.setCurrentWidget(self.session_page)
        set_tone(self.session_message, "ok", self.tr("Thank you. Now scan the products you take."))
        self.focus_page()

    def _record_acceptance(
        self, badge: str, loan_ids: list[int], accepted: Accepted
    ) -> LendingError | None:  # on the worker thread
        assert self.acceptance is not None
        return record_acceptance(self.acceptance, badge, loan_ids, accepted, staffed=False)

    # --- scans ------------------------------------------------------------------------------

    def take_scan(self, scan: Scan) -> bool:
        self.touch()
        if self.pages.currentWidget() is self.code_panel:
            self.hide_code_panel()
        self.line.add(scan.text)
        return True

    def _start_scan(self, text: str) -> None:
        """The scan's turn: what it means depends on what the scans before it left."""
        scan = Scan.read(text)
        if self.pages.currentWidget() is self.checkin_page and self.prompt is not None:
            if scan.kind is Accepts.ITEM and scan.code == self.prompt.tag:
                self._say_checkin("warn", self.tr("Answer the questions above, then press Return."))
                return
            self._say_checkin(
                "warn", self.tr("First answer the questions for this product, then scan the next.")
            )
            return
        badge = self.borrower.badge if self.borrower is not None else None
        if self.pages.currentWidget() is self.conditions_page and scan.kind is Accepts.ITEM:
            # Nothing goes out before the conditions are accepted; a return is fine.
            self.line.run(text, lambda: self.desk.handle_scan(text, None), self._before_conditions)
            return
        # Self-service lends a kit as it is (its parts listed); the staffed desk checks them.
        self.line.run(
            text, lambda: self.desk.handle_scan(text, badge, check_parts=False), self.handle
        )

    def _before_conditions(self, outcome: ScanOutcome) -> None:
        if outcome.kind is ScanKind.NEEDS_BORROWER:
            set_tone(
                self.conditions_message,
                "warn",
                self.tr("First accept the conditions, then scan the product again."),
            )
            return
        self.handle(outcome)

    def _message_label(self) -> QLabel:
        """The message line of the page the professional is looking at."""
        page = self.pages.currentWidget()
        for shown, label in (
            (self.session_page, self.session_message),
            (self.checkin_page, self.checkin_message),
            (self.conditions_page, self.conditions_message),
            (self.waiting_page, self.waiting_message),
        ):
            if page is shown:
                return label
        return self.welcome_message

    def _show_working(self, code: str, waiting: int) -> None:
        """The answer takes a while: say so where the answer will be said."""
        if self._before_working is None:
            label = self._message_label()
            self._before_working = (label, str(label.property("tone") or ""), label.text())
        label = self._before_working[0]
        if code:
            text = self.tr("Working… %1 is being processed; you can keep scanning.")
            text = text.replace("%1", code)
        else:
            text = self.tr("Working…")
        if waiting:
            text += " " + self.tr("%n more scan(s) waiting.", "", waiting)
        set_tone(label, "busy", text)

    def _end_working(self) -> None:
        """The answer is here: the line shows what it showed before, until the answer speaks."""
        before, self._before_working = self._before_working, None
        if before is not None:
            label, tone, text = before
            set_tone(label, tone, text)

    def handle(self, outcome: ScanOutcome) -> None:
        kind = outcome.kind
        if kind is ScanKind.BORROWER_SELECTED and outcome.borrower is not None:
            if self.borrower is not None:
                self.end_session("other_pass", quiet=True)
            self.start_session(outcome.borrower)
        elif kind is ScanKind.SESSION_ENDED:
            self.end_session("same_pass")
        elif kind is ScanKind.CHECKED_OUT and outcome.checkout is not None:
            result = outcome.checkout
            self.lent_loans.append(result.loan_id)
            due = format_date(result.due_on, self.lang())
            text = (
                self.tr("%1 (%2) is yours until %3.")
                .replace("%1", result.product)
                .replace("%2", result.tag)
                .replace("%3", due)
            )
            self._add_line(text, "ok")
        elif kind is ScanKind.NEEDS_CHECKIN and outcome.checkin is not None:
            self.ask_checkin(outcome.checkin)
        elif kind is ScanKind.NEEDS_BORROWER:
            self.say(
                "warn",
                self.tr("Scan your own pass first, then the products you take."),
            )
        elif kind is ScanKind.KEPT_OFFLINE:
            self.say(
                "warn",
                self.tr(
                    "The desk cannot reach the database right now. Your scan of %1 is kept and "
                    "will be processed; keep the product with you or leave it at the desk."
                ).replace("%1", outcome.code),
            )
        elif outcome.refusal is not None:
            self.say("error", outcome.refusal.message(self.lang()) + " " + self.help_text())

    # --- the session ------------------------------------------------------------------------

    def start_session(self, card: BorrowerCard) -> None:
        self.borrower = card
        self.lines = []
        self.lent_loans = []
        self.session_review.hide()
        self.wait_button.setVisible(self.waiting is not None)
        set_tone(self.session_message, "", "")
        self.accepted = None
        self._show_session_texts()
        for held in card.held:
            until = f"{format_date(held.until.date(), self.lang())} {held.until:%H:%M}"
            self._add_line(
                self.tr(
                    "Kept for you (waiting list): %1 (%2), until %3. Scan its label to borrow it."
                )
                .replace("%1", held.product)
                .replace("%2", held.tag)
                .replace("%3", until),
                "ok",
            )
        if card.held:  # told here: no e-mail needed any more (a write: on the worker)
            self.line.run("", lambda: self._tell_at_desk(card), lambda _: None, quiet=True)
        self.pages.setCurrentWidget(self.session_page)
        if self.acceptance_mode != "off":
            self.ask_conditions()
        self.focus_page()

    def _tell_at_desk(self, card: BorrowerCard) -> None:  # on the worker thread
        with contextlib.suppress(LendingError):
            self.desk.told_at_desk(card)

    def end_session(self, reason: str, *, quiet: bool = False) -> None:
        """End the session (button, pass, idle time): back to the welcome page. The loans keep
        the conditions accepted for them (stored on the worker before the next scan)."""
        name = self.borrower.name if self.borrower is not None else ""
        badge = self.borrower.badge if self.borrower is not None else ""
        count = len(self.lent_loans)
        loans, accepted = list(self.lent_loans), self.accepted
        self.accepted = None
        self.borrower = None
        self.prompt = None
        self.lines = []
        self.lent_loans = []
        self.pages.setCurrentWidget(self.welcome)
        self.welcome_review.setVisible(False)
        if self.acceptance is None or accepted is None or not loans:
            self._said_goodbye(reason, name, count, None, quiet=quiet)
            return
        self.line.run(
            badge,
            lambda: self._record_acceptance(badge, loans, accepted),
            lambda trouble: self._said_goodbye(reason, name, count, trouble, quiet=quiet),
        )

    def _said_goodbye(
        self, reason: str, name: str, count: int, refusal: LendingError | None, *, quiet: bool
    ) -> None:
        if quiet:
            return
        trouble = refusal.message(self.lang()) if refusal is not None else ""
        if reason == "idle":
            text = self.tr("The session of %1 was ended after a while without activity.")
        elif reason == "declined":
            text = self.tr(
                "Nothing was lent, %1: borrowing needs the conditions accepted. Questions about "
                "them? Ask the coordinator."
            )
        elif count:
            text = self.tr("Goodbye, %1. Your loans are registered.")
        else:
            text = self.tr("Goodbye, %1.")
        text = text.replace("%1", name)
        if trouble:
            text += " " + trouble + " " + self.help_text()
        tone = "ok" if reason not in ("idle", "declined") and not trouble else "warn"
        set_tone(self.welcome_message, tone, text)
        self.focus_page()

    def review_closed(self) -> None:
        self.review_open = False
        self.touch()
        self.activateWindow()
        self.focus_page()

    def idle_counts(self) -> bool:
        if not self.line.idle:  # work in hand (or waiting): its answer comes first
            return False
        if self.review_open:  # the review has its own idle time
            return False
        current = self.pages.currentWidget()
        if current is self.welcome:
            return self.welcome_message.isVisible()  # the last message clears itself
        return True

    def idle_timeout(self) -> None:
        if self.pages.currentWidget() is self.code_panel:
            self.hide_code_panel()
        if self.pages.currentWidget() is self.welcome:
            set_tone(self.welcome_message, "", "")
            self.welcome_review.hide()
            return
        if self.borrower is not None:
            self.end_session("idle")
        else:
            self.prompt = None
            self.pages.setCurrentWidget(self.welcome)
            set_tone(self.welcome_message, "", "")
            self.welcome_review.hide()

    def say(self, tone: str, text: str) -> None:
        """A message on the page the professional is looking at."""
        if self.pages.currentWidget() is self.session_page:
            set_tone(self.session_message, tone, text)
        else:
            self.pages.setCurrentWidget(self.welcome)
            set_tone(self.welcome_message, tone, text)
            self.welcome_review.hide()

    def _add_line(self, text: str, tone: str) -> None:
        self.lines.append(SessionLine(text, tone))
        set_tone(self.session_message, tone, text)
        self.session_list.setText("\n".join("✓ " + line.text for line in self.lines))
        bar = self.session_scroll.verticalScrollBar()
        bar.setValue(bar.maximum())  # the newest line in view

    # --- returns ----------------------------------------------------------------------------

    def ask_checkin(self, prompt: CheckinPrompt) -> None:
        self.prompt = prompt
        for question in (self.complete, self.charged, self.damaged):
            question.reset()
        for button in self.missing_buttons:
            button.deleteLater()
        self.missing_buttons = []
        for index, name in enumerate(prompt.accessories):
            button = big_button(name, self.missing_box, name=f"missing{index}")
            button.setCheckable(True)
            button.setProperty("answer", True)
            self.missing_layout.addWidget(button, 1 + index // 3, index % 3)
            self.missing_buttons.append(button)
        self.missing_layout.addWidget(self.missing_label, 0, 0, 1, 3)
        self.missing_box.hide()
        set_tone(self.checkin_message, "", "")
        self._checkin_texts()
        self._update_return_button()
        self.pages.setCurrentWidget(self.checkin_page)
        self.complete.yes.setFocus(Qt.FocusReason.OtherFocusReason)

    def _complete_changed(self) -> None:
        self.missing_box.setVisible(self.complete.value is False and bool(self.missing_buttons))

    def _update_return_button(self) -> None:
        answered = all(q.value is not None for q in (self.complete, self.charged, self.damaged))
        self.return_button.setEnabled(answered)

    def choices(self) -> CheckinChoices:
        assert self.prompt is not None
        missing: tuple[str, ...] = ()
        notes = None
        if self.complete.value is False:
            missing = tuple(b.text() for b in self.missing_buttons if b.isChecked())
            if not missing:
                notes = "Niet compleet volgens de lener / not complete according to the borrower"
        damage = DAMAGE_NOTE if self.damaged.value else None
        return CheckinChoices(
            missing=missing, damage=damage, charged=self.charged.value, notes=notes
        )

    def finish_return(self) -> None:
        if self.prompt is None:
            return
        if not self.return_button.isEnabled():
            self._say_checkin("warn", self.tr("Please answer all three questions."))
            return
        tag, choices = self.prompt.tag, self.choices()
        self.line.run(tag, _or_refusal(lambda: self.desk.check_in(tag, choices)), self._returned)

    def _returned(self, result: ReturnResult | LendingError) -> None:
        if isinstance(result, LendingError):
            self._say_checkin("error", result.message(self.lang()) + " " + self.help_text())
            return
        self.prompt = None
        self.missing_box.hide()
        self.last_return = result
        if result.next_status == "awaiting_cleaning":
            text = self.tr("Thank you. %1 (%2) is returned and goes to the cleaning queue.")
        else:
            text = self.tr("Thank you. %1 (%2) is returned.")
        text = text.replace("%1", result.product).replace("%2", result.tag)
        if result.damage or result.missing:
            text += " " + self.tr("The desk will look at what you reported.")
        if self.borrower is not None:
            self.pages.setCurrentWidget(self.session_page)
            self._add_line(text, "ok")
            self.session_review.setVisible(self.review_handler is not None)
        else:
            self.pages.setCurrentWidget(self.welcome)
            set_tone(self.welcome_message, "ok", text)
            self.welcome_review.setVisible(self.review_handler is not None)
        self.focus_page()

    def _cancel_return(self) -> None:
        if self.prompt is None:  # returned meanwhile (the button waited for the return)
            return
        self.prompt = None
        self.missing_box.hide()
        if self.borrower is not None:
            self.pages.setCurrentWidget(self.session_page)
            set_tone(self.session_message, "warn", self.tr("Not returned: nothing was changed."))
        else:
            self.pages.setCurrentWidget(self.welcome)
            set_tone(self.welcome_message, "warn", self.tr("Not returned: nothing was changed."))
        self.focus_page()

    def _say_checkin(self, tone: str, text: str) -> None:
        set_tone(self.checkin_message, tone, text)

    def _review_last(self) -> None:
        if self.last_return is not None and self.review_handler is not None:
            self.session_review.hide()
            self.welcome_review.hide()
            self.review_handler(self.last_return.loan_id)

    # --- texts ------------------------------------------------------------------------------

    def _show_session_texts(self) -> None:
        if self.borrower is None:
            return
        self.session_headline.setText(self.tr("Welcome, %1").replace("%1", self.borrower.name))
        self.session_hint.setText(
            self.tr(
                "Scan each product you take or bring back. Press Done when you are finished, "
                "or scan your pass again."
            )
        )

    def _checkin_texts(self) -> None:
        p = self.prompt
        if p is None:
            return
        self.checkin_headline.setText(
            self.tr("Returning %1 (%2)").replace("%1", p.product).replace("%2", p.tag)
        )
        if p.accessories:
            parts = ", ".join(p.accessories)
            self.complete.question.setText(
                self.tr("Is everything there? (%1)").replace("%1", parts)
            )
        else:
            self.complete.question.setText(self.tr("Is the product complete?"))
        self.checkin_info.setText(
            self.tr("Lent to %1. Answer three questions, then press Return.").replace(
                "%1", p.borrower
            )
        )
        self.missing_label.setText(self.tr("Tap what is missing:"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("LendingDesk self-service"))
        self.title.setText(self.tr("LendingDesk self-service"))
        self.conditions_headline.setText(
            self.tr("Before you borrow: accept the conditions, once for all products")
        )
        self.conditions_panel.retranslate()
        self.welcome_headline.setText(self.tr("Scan your pass to start"))
        self.welcome_hint.setText(
            self.tr(
                "Bringing something back? Just scan the product's label: you do not need your "
                "pass for that."
            )
        )
        self.welcome_review.setText(self.tr("Write a review of it"))
        self.session_review.setText(self.tr("Write a review of it"))
        self.done_button.setText(self.tr("Done"))
        self.wait_button.setText(self.tr("Waiting list"))
        self.waiting_headline.setText(self.tr("Wait for a product that is out"))
        self.waiting_hint.setText(
            self.tr("Type part of its name; tap the product to join its waiting list.")
        )
        self.waiting_back.setText(self.tr("Back"))
        for question, text in (
            (self.charged, self.tr("Is it charged?")),
            (self.damaged, self.tr("Is anything damaged?")),
        ):
            question.question.setText(text)
        for question in (self.complete, self.charged, self.damaged):
            question.yes.setText(self.tr("Yes"))
            question.no.setText(self.tr("No"))
        self.return_button.setText(self.tr("Return"))
        self.cancel_return.setText(self.tr("Cancel"))
        self._show_session_texts()
        self._checkin_texts()
