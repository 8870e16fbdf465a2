"""The desk screen: scan a card, scan products, done.

State kept here (and nowhere else): the borrower at the desk, the loans of this session, the
last action (for undo) and the loans of the last finished session (for the slip). A refusal
only changes the banner -- never this state.

The database work of a scan (the check-out, the check-in, the card) runs on the desk's task
runner, never on the GUI thread: with a server 50 ms away a check-out takes several round trips,
and the window keeps drawing and taking keys meanwhile. Scans are handled strictly in the order
they came in, one at a time: a scan that arrives while another is being handled waits in line
(``self.line``: ``ui/work_line.WorkLine``, the kiosk has one too), and so do the desk's own
actions (Finish, Undo, a new borrower) that depend on the state the scan before them leaves. When the answer takes longer than a glance, the banner says
"working…" with the code being handled; on a local file the answer is there before that.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTableView, QWidget

from lendingdesk.domain.status import ItemStatus
from lendingdesk.errors import LendingError
from lendingdesk.services.acceptance import AcceptanceService, ConditionsVersion
from lendingdesk.services.desk import (
    BorrowerCard,
    CheckinPrompt,
    CheckoutResult,
    DeskService,
    ItemInfo,
    PartsPrompt,
    Refusal,
    ReturnResult,
    ScanKind,
    ScanOutcome,
    UndoAction,
    UndoKind,
)
from lendingdesk.ui.desk.borrower_picker import BorrowerPicker
from lendingdesk.ui.desk.checkin_dialog import CheckinDialog
from lendingdesk.ui.desk.checkout_parts_dialog import CheckoutPartsDialog
from lendingdesk.ui.desk.feedback import Sounds, Tone
from lendingdesk.ui.desk.models import LoanLinesModel
from lendingdesk.ui.fit import fit_columns
from lendingdesk.ui.forms.ui_desk_screen import Ui_DeskScreen
from lendingdesk.ui.i18n import format_date
from lendingdesk.ui.scan_routing import Accepts, Scan, accept_scans, deliver, target_of
from lendingdesk.ui.work_line import WorkLine

if TYPE_CHECKING:
    from lendingdesk.ui.kiosk.conditions_panel import Accepted

SESSION_TIMEOUT_MS = 2 * 60 * 1000  # a borrower idle this long at the desk: session ends
UNDO_WINDOW_MS = 2 * 60 * 1000  # the undo button stays this long after an action

SlipHandler = Callable[[list[int]], None]
ReviewHandler = Callable[[int], None]


@dataclass(frozen=True)
class _AfterCheckin:
    """What the check-in dialog asked for after the check-in (read before it is deleted)."""

    next_scan: bool
    review_chosen: bool
    hand_over_chosen: bool


class DeskScreen(QWidget):
    slip_requested = Signal(list)  # loan ids of a finished session
    review_requested = Signal(int)  # loan id, when the user chose "review now" at check-in
    changed = Signal()  # something in the database changed (status bar, other screens)
    kept_offline = Signal()  # a scan went to the offline journal (the window shows the bar)

    def __init__(
        self,
        service: DeskService,
        *,
        lang: Callable[[], str] = lambda: "nl",
        sounds: Sounds | None = None,
        session_timeout_ms: int = SESSION_TIMEOUT_MS,
        undo_window_ms: int = UNDO_WINDOW_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.lang = lang
        self.sounds = sounds or Sounds(enabled=False)
        self.ui = Ui_DeskScreen()
        self.ui.setupUi(self)

        self.borrower: BorrowerCard | None = None
        self.session_loans: list[CheckoutResult] = []
        self.last_action: UndoAction | None = None
        self.finished_loan_ids: list[int] = []
        self.active_dialog: QDialog | None = None
        self._slip_handler: SlipHandler | None = None
        self._review_handler: ReviewHandler | None = None
        self._hand_over_handler: ReviewHandler | None = None
        self._phone_link_handler: ReviewHandler | None = None
        self._banner_state: tuple[Tone, Callable[[], tuple[str, str]]] | None = None
        # A check-in finished by the next scan: said again under that scan's own message.
        self._before: Callable[[], str] | None = None
        # Whose session was finished last (an undo after Finish names them and refuses).
        self._finished_name: str | None = None
        # The loan conditions: how to ask (off / tick / signature) and what this session's
        # professional accepted (stored with the session's loans when it finishes).
        self._acceptance: Callable[[], AcceptanceService] | None = None
        self._acceptance_mode: Callable[[], str] = lambda: "off"
        self.accepted: Accepted | None = None
        self._said_accepted = True
        # Scans (and desk actions) waiting for the one being handled, oldest first.
        self.line = WorkLine(
            self,
            start_scan=self._start_scan,
            show_working=self._show_working,
            end_working=self._end_working,
            ready=lambda: self.active_dialog is None,
        )
        self.tasks = self.line.tasks
        self._working_shown: tuple[Tone, Callable[[], tuple[str, str]]] | None = None

        self.open_model = LoanLinesModel(self)
        self.session_model = LoanLinesModel(self)
        for view, model in (
            (self.ui.openLoansView, self.open_model),
            (self.ui.sessionView, self.session_model),
        ):
            self._setup_table(view, model)

        self.session_timer = QTimer(self)
        self.session_timer.setSingleShot(True)
        self.session_timer.setInterval(session_timeout_ms)
        self.session_timer.timeout.connect(self._session_timed_out)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(undo_window_ms)
        self.undo_timer.timeout.connect(self._undo_expired)

        self.ui.codeEdit.returnPressed.connect(self._code_entered)
        self.ui.codeEdit.installEventFilter(self)
        self.ui.goButton.clicked.connect(self._code_entered)
        # The desk's own actions wait for the scans before them (they act on what those leave).
        finish = self.line.queued(lambda: self.finish("button"))
        undo = self.line.queued(self.undo)
        choose = self.line.queued(self.choose_borrower)
        slip = self.line.queued(self.print_slip)
        self.ui.finishButton.clicked.connect(finish)
        self.ui.undoButton.clicked.connect(undo)
        self.ui.chooseBorrowerButton.clicked.connect(choose)
        self.ui.printSlipButton.clicked.connect(slip)
        for keys, slot in (("F10", finish), ("Ctrl+Z", undo), ("F2", choose), ("Ctrl+P", slip)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        # The desk takes every kind of scan; the window hands it those no other place asked for.
        accept_scans(self, Accepts.ANY, self._take_scan)

        self._style()
        self._show_borrower()
        self._update_buttons()
        self._retranslate()
        self._idle_banner()

    # --- wiring seams ------------------------------------------------------------------------

    def set_slip_handler(self, handler: SlipHandler | None) -> None:
        """Who prints a loan slip for a list of loan ids; without one the button stays hidden."""
        self._slip_handler = handler
        self._update_buttons()

    def set_phone_link_handler(self, handler: ReviewHandler | None) -> None:
        """Who offers the phone review form after a check-in (a QR code on screen); called
        with the loan id unless the review is given at the desk right away."""
        self._phone_link_handler = handler

    def set_review_handler(self, handler: ReviewHandler | None) -> None:
        """Who runs a review for a loan; without one the check-in dialog offers no review."""
        self._review_handler = handler

    def set_hand_over_handler(self, handler: ReviewHandler | None) -> None:
        """Who hands the desk to the professional for their own review of a loan (the
        self-service review); without one the check-in dialog does not offer it."""
        self._hand_over_handler = handler

    def set_conditions(
        self, service: Callable[[], AcceptanceService] | None, mode: Callable[[], str]
    ) -> None:
        """Who keeps the loan conditions, and how they are asked now (off / tick /
        signature: the desk setting shared with the kiosk)."""
        self._acceptance = service
        self._acceptance_mode = mode

    @property
    def review_available(self) -> bool:
        return self._review_handler is not None

    def focus_code_field(self) -> None:
        self.ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- scans -------------------------------------------------------------------------------

    def _code_entered(self) -> None:
        text = self.ui.codeEdit.text().strip()
        self.ui.codeEdit.clear()
        if text:
            self.handle_scan(text)

    def _take_scan(self, scan: Scan) -> bool:
        self.handle_scan(scan.text)
        return True

    def handle_scan(self, text: str, *, first: bool = False) -> None:
        """Whatever was scanned or typed: a card or a product label. Handled in the order scans
        came in (``first``: before those waiting, for a scan that ended a dialog)."""
        if self.active_dialog is not None:
            target = target_of(self.active_dialog)
            said: list[str] = []
            if target is None or not deliver(target, Scan.read(text), say=said.append):
                self.sounds.play(Tone.WARN)
            return
        self.line.add(text, first=first)

    # --- the line: one scan at a time, its database work off the GUI thread -----------------

    @property
    def busy(self) -> bool:
        """A scan is being handled or waits (see ``WorkLine.busy``)."""
        return self.line.busy

    @property
    def idle(self) -> bool:
        """Nothing in hand: no scan waiting, none being handled or shown (dialogs included)."""
        return self.line.idle

    def _start_scan(self, text: str) -> None:
        if self._lent_in_this_session(text):
            return
        at_desk = self.borrower.badge if self.borrower else None

        def scan() -> None:
            self.line.run(text, lambda: self.service.handle_scan(text, at_desk), self._show_outcome)

        if at_desk is None or not self._conditions_due():
            scan()
            return

        def conditions_if_it_lends() -> ConditionsVersion | Refusal | None:  # on the worker
            # The session's first product: the loan conditions are asked before it goes out.
            return self._read_conditions() if self.service.would_lend(text, at_desk) else None

        def ask_then_scan(conditions: ConditionsVersion | Refusal | None) -> None:
            if conditions is None or self._ask_conditions(conditions):
                scan()
            # else: not accepted, nothing lent (said)

        self.line.run(text, conditions_if_it_lends, ask_then_scan)

    def in_line(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Other work on the desk's database that must neither overtake nor be overtaken by a
        scan (the offline journal's replay): on the desk's worker, in line, without "working…"
        on the banner; ``show`` gets its result on the GUI thread."""
        self.line.queued(lambda: self.line.run("", work, show, quiet=True))()

    def _show_working(self, code: str, waiting: int) -> None:
        if self._working_shown is None:
            self._working_shown = self._banner_state or (Tone.IDLE, lambda: ("", ""))

        def texts() -> tuple[str, str]:
            detail = self.tr(
                "%1 is being processed. You can keep scanning; scans are handled in order."
            )
            detail = detail.replace("%1", code)
            if waiting:
                detail += " " + self.tr("%n more scan(s) waiting.", "", waiting)
            return self.tr("Working…"), detail

        self._banner_state = (Tone.IDLE, texts)
        head, detail = texts()
        self.ui.banner.show_message(Tone.IDLE, head, detail)

    def _end_working(self) -> None:
        """The answer is here: the banner shows what it showed before "working…" until the
        answer says something of its own (a dialog opening says nothing on the banner)."""
        shown, self._working_shown = self._working_shown, None
        if shown is not None:
            self._banner_state = shown
            head, detail = shown[1]()
            self.ui.banner.show_message(shown[0], head, detail)

    def _show_outcome(self, outcome: ScanOutcome) -> None:
        if outcome.kind is ScanKind.REFUSED:
            assert outcome.refusal is not None
            self._refuse(outcome.refusal)
        elif outcome.kind is ScanKind.BORROWER_SELECTED:
            assert outcome.borrower is not None
            self._select_borrower(outcome.borrower)
        elif outcome.kind is ScanKind.SESSION_ENDED:
            self.finish("badge")
        elif outcome.kind is ScanKind.CHECKED_OUT:
            assert outcome.checkout is not None
            self._checked_out(outcome.checkout)
        elif outcome.kind is ScanKind.NEEDS_CHECKIN:
            assert outcome.checkin is not None
            self.check_in(outcome.checkin)
        elif outcome.kind is ScanKind.NEEDS_PARTS:
            assert outcome.parts is not None and self.borrower is not None
            self.hand_over(outcome.parts, self.borrower.badge, self.borrower.name)
        elif outcome.kind is ScanKind.NEEDS_BORROWER:
            assert outcome.item is not None
            self._ask_borrower(outcome.item)
        elif outcome.kind is ScanKind.KEPT_OFFLINE:
            self._kept_offline(outcome.code, lent=self.borrower is not None)

    def _lent_in_this_session(self, text: str) -> bool:
        """A second scan of a product just lent to the person at the desk: say so (it is not a
        return, and Enter must not take it back)."""
        scan = Scan.read(text)
        if self.borrower is None or scan.kind is not Accepts.ITEM:
            return False
        line = next((r for r in self.session_loans if r.tag == scan.code), None)
        if line is None:
            return False
        self.session_timer.start()
        name = self.borrower.name

        def texts() -> tuple[str, str]:
            head = self.tr("Already lent: %1").replace("%1", line.product)
            detail = self.tr("%1 was scanned twice; it is lent to %2 in this session.")
            return head, detail.replace("%1", line.tag).replace("%2", name)

        self._say(Tone.WARN, texts)
        return True

    def _kept_offline(self, tag: str, *, lent: bool) -> None:
        if self.borrower is not None:
            self.session_timer.start()
        self.last_action = None  # a kept scan is undone at the desk once it has been applied
        self.undo_timer.stop()
        self._update_buttons()
        badge = self.borrower.badge if self.borrower is not None else ""

        def texts() -> tuple[str, str]:
            if lent:
                head = self.tr("Kept: %1 lent to %2").replace("%1", tag).replace("%2", badge)
            else:
                head = self.tr("Kept: %1 taken back").replace("%1", tag)
            return head, self.tr(
                "No connection to the database. The scan is saved on this PC and is processed "
                "as soon as the connection is back."
            )

        self._say(Tone.WARN, texts)
        self.kept_offline.emit()

    # --- the session -------------------------------------------------------------------------

    # --- the loan conditions -----------------------------------------------------------------

    def _conditions_due(self) -> bool:
        """The conditions are on and this session's professional has not accepted them yet."""
        return (
            self._acceptance is not None
            and self._acceptance_mode() != "off"
            and self.accepted is None
            and self.borrower is not None
        )

    def _read_conditions(self) -> ConditionsVersion | Refusal:  # on the worker thread
        assert self._acceptance is not None
        try:
            return self._acceptance().conditions()
        except LendingError as exc:
            return Refusal.of(exc)

    def _ask_conditions(self, conditions: ConditionsVersion | Refusal) -> bool:
        """Before the first product of the session goes out: the professional accepts (True),
        or not -- then nothing is lent and the desk says so (False)."""
        from lendingdesk.ui.desk.acceptance_dialog import AcceptConditionsDialog

        assert self.borrower is not None
        card = self.borrower
        self.session_timer.start()
        if isinstance(conditions, Refusal):
            self._refuse(conditions)
            return False
        dialog = AcceptConditionsDialog(
            conditions, self._acceptance_mode(), card.name, card.badge, parent=self
        )
        if self._run(dialog):
            self.accepted = dialog.result_accepted()
            self._said_accepted = False  # the next "Lent" says so once
            self.session_timer.start()
            return True
        self.session_timer.start()

        def texts() -> tuple[str, str]:
            return self.tr("Nothing lent"), self.tr(
                "%1 did not accept the loan conditions, so nothing is lent. Returns are fine; "
                "questions about the conditions go to the coordinator."
            ).replace("%1", card.name)

        self._say(Tone.WARN, texts)
        return False

    def _record_acceptance(
        self, badge: str, loan_ids: list[int], accepted: Accepted
    ) -> LendingError | None:  # on the worker thread
        from lendingdesk.ui.kiosk.conditions_panel import record_acceptance

        assert self._acceptance is not None
        return record_acceptance(self._acceptance(), badge, loan_ids, accepted, staffed=True)

    def _select_borrower(self, card: BorrowerCard) -> None:
        if self.borrower is not None and self.session_loans:
            self.finish("switch", quiet=True)
        self.accepted = None  # a new session: the conditions are asked again
        if self.borrower is None or self.borrower.badge != card.badge:
            # What was done before this person came is not theirs to undo.
            self._end_undo(self.borrower.name if self.borrower else self._finished_name)
        self.borrower = card
        self.session_loans = []
        self.finished_loan_ids = []
        self._show_borrower()
        self._update_buttons()
        self.session_timer.start()

        def texts() -> tuple[str, str]:
            detail = self.tr("Scan the products to lend. Finish with F10 or scan the card again.")
            if card.overdue_count:
                detail = self.tr("Has overdue loans: please ask about them.") + " " + detail
            for held in card.held:
                until = f"{format_date(held.until.date(), self.lang())} {held.until:%H:%M}"
                detail += "\n" + (
                    self.tr("Waiting list: %1 (%2) is kept for them until %3. Scan it to lend it.")
                    .replace("%1", held.product)
                    .replace("%2", held.tag)
                    .replace("%3", until)
                )
            return self.tr("Welcome, %1").replace("%1", card.name), detail

        self._say(Tone.WARN if card.overdue_count else Tone.OK, texts)
        if card.held:
            # Told here: no e-mail needed any more (if this fails, the next e-mail run tells).
            # A write: on the worker, before the next scan.
            self.line.run("", lambda: self._tell_at_desk(card), lambda _: None, quiet=True)

    def _tell_at_desk(self, card: BorrowerCard) -> None:  # on the worker thread
        with suppress(LendingError):
            self.service.told_at_desk(card)

    def _checked_out(self, result: CheckoutResult) -> None:
        self.session_loans.append(result)
        self._finished_name = None
        self.last_action = UndoAction(
            UndoKind.CHECKOUT, result.loan_id, result.tag, result.product, result.borrower
        )
        self.undo_timer.start()
        self.session_timer.start()
        if self.borrower is not None and self.borrower.badge == result.badge:
            self.borrower = self.borrower.with_checkout(result)
            self._show_checkout(result)
        else:
            self._reload_card(result.badge)
        self._update_buttons()
        accepted_now = not self._said_accepted
        self._said_accepted = True

        def texts() -> tuple[str, str]:
            due = format_date(result.due_on, self.lang())
            head = self.tr("Lent: %1").replace("%1", result.product)
            detail = self.tr("%1 · return by %2 · to %3").replace("%1", result.tag)
            detail = detail.replace("%2", due).replace("%3", result.borrower)
            if result.parts_missing:
                detail += "\n" + self.tr(
                    "Lent incomplete: %1 missing. Tell the borrower; the part is on the list to "
                    "find or re-order."
                ).replace("%1", ", ".join(result.parts_missing))
            elif result.parts:
                detail += "\n" + self.tr("Hand over: %1.").replace("%1", ", ".join(result.parts))
            if accepted_now:
                detail += "\n" + self.tr("Loan conditions accepted for this visit.")
            if result.checks_overdue:
                detail += "\n" + self.tr(
                    "Maintenance overdue: %1. Have it checked at the return and record it under "
                    "Cleaning → Maintenance."
                ).replace("%1", ", ".join(result.checks_overdue))
            return head, detail

        warn = bool(result.checks_overdue or result.parts_missing)
        self._say(Tone.WARN if warn else Tone.OK, texts)
        self.changed.emit()

    def finish(self, reason: str = "button", *, quiet: bool = False) -> None:
        """End the session: offer the slip for what was lent, clear the desk."""
        self.session_timer.stop()
        if self.borrower is None:
            if not quiet and reason == "button":
                self._idle_banner()
            return
        name, badge = self.borrower.name, self.borrower.badge
        loan_ids = [r.loan_id for r in self.session_loans]
        accepted, self.accepted = self.accepted, None
        self.borrower = None
        self.session_loans = []
        self.finished_loan_ids = loan_ids
        self._end_undo(name)
        self._show_borrower()
        self._update_buttons()
        if accepted is None or self._acceptance is None or not loan_ids:
            self._finished(reason, name, loan_ids, None, quiet=quiet)
            return
        # The acceptance is stored with the loans (on the worker) before the slip is offered.
        self.line.run(
            badge,
            lambda: self._record_acceptance(badge, loan_ids, accepted),
            lambda trouble: self._finished(reason, name, loan_ids, trouble, quiet=quiet),
        )

    def _finished(
        self,
        reason: str,
        name: str,
        loan_ids: list[int],
        refusal: LendingError | None,
        *,
        quiet: bool,
    ) -> None:
        trouble = refusal.message(self.lang()) if refusal is not None else ""
        if loan_ids:
            self.slip_requested.emit(list(loan_ids))
        if trouble:
            self._say(
                Tone.ERROR,
                lambda: (
                    self.tr("Conditions not stored"),
                    self.tr("%1: the loans are registered, the acceptance is not. %2")
                    .replace("%1", name)
                    .replace("%2", trouble),
                ),
            )
            return
        if quiet:
            return
        count = len(loan_ids)

        def texts() -> tuple[str, str]:
            if reason == "timeout":
                head = self.tr("Session closed after 2 minutes without a scan")
            else:
                head = self.tr("Session finished")
            if count:
                detail = self.tr("%n product(s) lent to %1.", "", count).replace("%1", name)
                if self._slip_handler is not None:
                    detail += " " + self.tr("Print the loan slip with Ctrl+P.")
            else:
                detail = self.tr("Nothing was lent to %1.").replace("%1", name)
            return head, detail

        self._say(Tone.IDLE if reason == "timeout" else Tone.OK, texts, sound=False)

    def _session_timed_out(self) -> None:
        if self.active_dialog is not None or not self.line.idle:
            self.session_timer.start()  # never close a session under an open dialog
            return
        self.finish("timeout")

    def choose_borrower(self) -> None:
        """Put a borrower at the desk without their card (type-ahead search)."""
        if self.active_dialog is not None:
            return
        picker = BorrowerPicker(self.service, parent=self)
        if self._run(picker) and picker.chosen_badge:
            self.handle_scan(picker.chosen_badge)
        self.focus_code_field()

    def _ask_borrower(self, item: ItemInfo) -> None:
        picker = BorrowerPicker(self.service, item, parent=self)
        if not self._run(picker) or not picker.chosen_badge:
            self._say(
                Tone.IDLE,
                lambda: (self.tr("Nothing lent"), self.tr("No borrower was chosen.")),
                sound=False,
            )
            return
        badge = picker.chosen_badge
        self.line.run(
            item.tag,
            lambda: self.service.handle_scan(badge, None),
            lambda outcome: self._chosen_for(item, badge, outcome),
        )

    def _chosen_for(self, item: ItemInfo, badge: str, outcome: ScanOutcome) -> None:
        """The borrower chosen for a product scanned before anyone was at the desk: put them
        at the desk, ask the loan conditions when due, then lend (a kit's parts checked first)."""
        if outcome.kind is ScanKind.REFUSED:
            assert outcome.refusal is not None
            self._refuse(outcome.refusal)
            return
        if outcome.borrower is not None:
            if self.borrower is None or self.borrower.badge != outcome.borrower.badge:
                self.accepted = None
            self.borrower = outcome.borrower
            self.session_loans = []
            self.finished_loan_ids = []
            self._show_borrower()

        def work() -> CheckoutResult | PartsPrompt | Refusal:
            try:
                parts = self.service.parts_prompt(item.tag)
                if parts is not None:  # a kit: its parts are checked before it goes out
                    return parts
                return self.service.check_out(item.tag, badge)
            except LendingError as exc:
                return Refusal.of(exc)

        def lend() -> None:
            self.line.run(item.tag, work, lambda result: self._lent_to_chosen(badge, result))

        def ask_then_lend(conditions: ConditionsVersion | Refusal) -> None:
            if self._ask_conditions(conditions):
                lend()

        if self._conditions_due():
            self.line.run(item.tag, self._read_conditions, ask_then_lend)
        else:
            lend()

    def _lent_to_chosen(self, badge: str, result: CheckoutResult | PartsPrompt | Refusal) -> None:
        if isinstance(result, Refusal):
            self._refuse(result)
            return
        if isinstance(result, PartsPrompt):
            name = self.borrower.name if self.borrower is not None else badge
            self.hand_over(result, badge, name)
            return
        self.session_timer.start()
        self._checked_out(result)

    # --- check-out of a kit ------------------------------------------------------------------

    def hand_over(self, prompt: PartsPrompt, badge: str, name: str) -> None:
        """Check a kit's parts (scanned or ticked), then lend it as checked (on the desk's
        worker, in line like a scan)."""
        dialog = CheckoutPartsDialog(prompt, name, parent=self)
        accepted = self._run(dialog)
        if not accepted:
            self._say(
                Tone.IDLE,
                lambda: (
                    self.tr("Nothing lent"),
                    self.tr("%1 stays here.").replace("%1", prompt.tag),
                ),
                sound=False,
            )
            return
        choice, next_scan = dialog.choice(), dialog.next_scan

        def work() -> CheckoutResult | Refusal:
            try:
                return self.service.check_out(prompt.tag, badge, choice)
            except LendingError as exc:
                return Refusal.of(exc)

        def show(result: CheckoutResult | Refusal) -> None:
            if isinstance(result, Refusal):
                self._refuse(result)
            else:
                self.session_timer.start()
                self._checked_out(result)
            if next_scan is not None:
                self.handle_scan(next_scan)

        self.line.run(prompt.tag, work, show)

    # --- check-in ----------------------------------------------------------------------------

    def check_in(self, prompt: CheckinPrompt) -> None:
        before = self._before() if self._before is not None else None
        dialog = CheckinDialog(
            prompt,
            lang=self.lang(),
            review_available=self.review_available,
            hand_over_available=self._hand_over_handler is not None,
            done_before=before,
            parent=self,
        )
        accepted = self._run(dialog)
        if dialog.next_scan is not None:
            # The next product was scanned with this dialog open: this check-in is done as
            # filled in, then the next scan is handled (and the two messages shown together).
            self._finish_check_in(prompt, dialog)
            self.handle_scan(dialog.next_scan, first=True)  # after this check-in, before others
            return
        if not accepted:
            self._say(
                Tone.IDLE,
                lambda: (self.tr("Check-in cancelled"), self.tr("Nothing was changed.")),
                sound=False,
            )
            return
        self._finish_check_in(prompt, dialog)

    def _finish_check_in(self, prompt: CheckinPrompt, dialog: CheckinDialog) -> None:
        """The check-in as filled in, on the worker (with the card of the borrower at the desk
        read again in the same go); shown when it is done."""
        choices = dialog.choices()
        badge = self.borrower.badge if self.borrower is not None else None
        then = _AfterCheckin(
            dialog.next_scan is not None, dialog.review_chosen, dialog.hand_over_chosen
        )

        def work() -> ReturnResult | Refusal | tuple[ReturnResult, BorrowerCard | None]:
            try:
                result = self.service.check_in(prompt.tag, choices)
            except LendingError as exc:
                return Refusal.of(exc)
            card = None
            if badge is not None:
                with suppress(LendingError):  # the card as it was stays on screen
                    card = self.service.borrower_card(badge)
            return result, card

        self.line.run(prompt.tag, work, lambda answer: self._checked_in(answer, then))

    def _checked_in(
        self, answer: Refusal | tuple[ReturnResult, BorrowerCard | None], then: _AfterCheckin
    ) -> None:
        if isinstance(answer, Refusal):
            self._refuse(answer)
            return
        result, card = answer
        self._finished_name = None
        self.last_action = UndoAction(
            UndoKind.CHECKIN, result.loan_id, result.tag, result.product, result.borrower
        )
        self.undo_timer.start()
        if self.borrower is not None:
            self.session_timer.start()
            if card is not None and card.badge == self.borrower.badge:
                self.borrower = card
                self._show_borrower()
        self._update_buttons()
        remarks = bool(result.missing or result.damage)

        def texts() -> tuple[str, str]:
            head = self.tr("Returned: %1").replace("%1", result.product)
            if result.next_status == ItemStatus.IN_MAINTENANCE and not result.damage:
                where = self.tr("%1 stays out of circulation until it is complete.").replace(
                    "%1", result.tag
                )
            elif result.next_status == ItemStatus.IN_MAINTENANCE:
                where = self.tr("%1 goes to maintenance.").replace("%1", result.tag)
            elif result.next_status == ItemStatus.AWAITING_CLEANING:
                where = self.tr("%1 goes to the cleaning queue.").replace("%1", result.tag)
            elif result.held_for:
                where = (
                    self.tr("%1 is available again and kept for %2 (waiting list): put it aside.")
                    .replace("%1", result.tag)
                    .replace("%2", result.held_for)
                )
            else:
                where = self.tr("%1 is available again.").replace("%1", result.tag)
            parts = [where]
            if result.missing:
                parts.append(self.tr("Missing: %1.").replace("%1", ", ".join(result.missing)))
            if result.damage:
                parts.append(self.tr("Damage: %1.").replace("%1", result.damage))
            return head, " ".join(parts)

        self._say(Tone.WARN if remarks else Tone.OK, texts)
        if then.next_scan:
            self._before = lambda: " — ".join(texts())
        self.changed.emit()
        if then.review_chosen:
            self.review_requested.emit(result.loan_id)
            if self._review_handler is not None:
                self._review_handler(result.loan_id)
        elif then.hand_over_chosen and self._hand_over_handler is not None:
            self._hand_over_handler(result.loan_id)
        elif self._phone_link_handler is not None:
            self._phone_link_handler(result.loan_id)

    def review_saved(self) -> None:
        """The review started at check-in was stored: say so (the form itself has closed)."""
        self._say(
            Tone.OK,
            lambda: (
                self.tr("Review saved"),
                self.tr("Thank you. The review waits for moderation before it is published."),
            ),
        )

    # --- undo --------------------------------------------------------------------------------

    def _end_undo(self, finished_name: str | None) -> None:
        """A session ended (or another began): its last action can no longer be undone here."""
        self.last_action = None
        self.undo_timer.stop()
        self._finished_name = finished_name
        self._update_buttons()

    def undo(self) -> None:
        action = self.last_action
        if self.active_dialog is not None:
            return
        if action is None:
            self._nothing_to_undo()
            return
        badge = self.borrower.badge if self.borrower is not None else None

        def work() -> Refusal | BorrowerCard | None:
            try:
                self.service.undo(action)
            except LendingError as exc:
                return Refusal.of(exc)
            if badge is None:
                return None
            try:
                return self.service.borrower_card(badge)
            except LendingError:
                return None

        self.line.run(action.tag, work, lambda answer: self._undone(action, answer))

    def _undone(self, action: UndoAction, answer: Refusal | BorrowerCard | None) -> None:
        if isinstance(answer, Refusal):
            self.last_action = None
            self._update_buttons()
            self._refuse(answer)
            return
        self.last_action = None
        self.undo_timer.stop()
        if action.kind is UndoKind.CHECKOUT:
            self.session_loans = [r for r in self.session_loans if r.loan_id != action.loan_id]
            self.finished_loan_ids = [i for i in self.finished_loan_ids if i != action.loan_id]
        if self.borrower is not None and answer is not None and answer.badge == self.borrower.badge:
            self.borrower = answer
            self._show_borrower()
        self._update_buttons()

        def texts() -> tuple[str, str]:
            if action.kind is UndoKind.CHECKOUT:
                head = self.tr("Undone: %1 was not lent").replace("%1", action.product)
                detail = self.tr("%1 is no longer lent to %2; it is available again.")
                detail = detail.replace("%1", action.tag).replace("%2", action.borrower)
            else:
                head = self.tr("Undone: %1 was not returned").replace("%1", action.product)
                detail = self.tr("%1 is on loan to %2 again.").replace("%1", action.tag)
                detail = detail.replace("%2", action.borrower)
            return head, detail

        self._say(Tone.WARN, texts)
        self.changed.emit()

    def _nothing_to_undo(self) -> None:
        name = self._finished_name

        def texts() -> tuple[str, str]:
            head = self.tr("Nothing to undo")
            if name:
                detail = self.tr(
                    "The session of %1 is finished; Ctrl+Z only undoes the last scan of the "
                    "current session. To take a product back, scan it."
                ).replace("%1", name)
            else:
                detail = self.tr("Ctrl+Z undoes the last scan of the current session.")
            return head, detail

        self._say(Tone.WARN, texts)

    def _undo_expired(self) -> None:
        self.last_action = None
        self._update_buttons()

    # --- slip --------------------------------------------------------------------------------

    def print_slip(self) -> None:
        ids = [r.loan_id for r in self.session_loans] or self.finished_loan_ids
        if self._slip_handler is None or not ids:
            return
        try:
            self._slip_handler(list(ids))
        except LendingError as exc:
            self._refuse(Refusal.of(exc))

    # --- showing -----------------------------------------------------------------------------

    def _refuse(self, refusal: Refusal) -> None:
        self._say(Tone.ERROR, lambda: (self.tr("Not possible"), refusal.message(self.lang())))

    def _say(self, tone: Tone, texts: Callable[[], tuple[str, str]], *, sound: bool = True) -> None:
        """Show a message; ``texts`` is called again after a language switch."""
        before, self._before = self._before, None
        if before is not None:
            inner = texts

            def texts() -> tuple[str, str]:
                head, detail = inner()
                return head, detail + "\n" + self.tr("Before that: %1").replace("%1", before())

        self._banner_state = (tone, texts)
        head, detail = texts()
        self.ui.banner.show_message(tone, head, detail)
        if sound:
            self.sounds.play(tone)

    def _idle_banner(self) -> None:
        self._say(
            Tone.IDLE,
            lambda: (
                self.tr("Ready for a scan"),
                self.tr("Scan a borrower card, or a product to take it back."),
            ),
            sound=False,
        )

    def _reload_card(self, badge: str) -> None:
        def work() -> BorrowerCard | None:
            with suppress(LendingError):
                return self.service.borrower_card(badge)
            return None

        def show(card: BorrowerCard | None) -> None:
            if card is not None:
                self.borrower = card
                self._show_borrower()

        self.line.run(badge, work, show)

    def _show_borrower(self) -> None:
        card = self.borrower
        lang = self.lang()
        self.open_model.set_lang(lang)
        self.session_model.set_lang(lang)
        if card is None:
            self.ui.borrowerName.setText(self.tr("Nobody yet"))
            self.ui.borrowerMeta.setText(
                self.tr("Scan a borrower card to start lending, or scan a product to take it back.")
            )
            self.ui.openLoansLabel.setText(self.tr("Open loans"))
            self.open_model.set_lines([])
            self.session_model.set_lines([])
            self.ui.sessionHint.setText("")
            return
        meta = " · ".join(x for x in (card.team, card.discipline, card.badge) if x)
        self.ui.borrowerName.setText(card.name)
        self.ui.borrowerMeta.setText(meta)
        self._show_open_count(card)
        self.open_model.set_lines(card.open_loans)
        self.session_model.set_lines([r.line() for r in self.session_loans])
        # Laid out now, not in the next pass (Qt's default after a reset): the columns are
        # fitted before the first paint, instead of painting twice.
        for view in (self.ui.openLoansView, self.ui.sessionView):
            view.doItemsLayout()
        self.ui.sessionHint.setText(
            self.tr("The session ends by itself after 2 minutes without a scan.")
        )

    def _show_checkout(self, result: CheckoutResult) -> None:
        """Add one lent product to the card on screen (the fast path of every scan: no reload,
        only the new rows are drawn)."""
        card = self.borrower
        assert card is not None
        self._show_open_count(card)
        self.open_model.show_lines(card.open_loans)
        self.session_model.append_line(result.line())
        if len(self.session_loans) == 1:
            # The first line of a session: the tables were last measured empty (the card came
            # in an event-loop pass of its own), and an inserted row does not re-measure the
            # columns that fit their contents.
            for view in (self.ui.sessionView, self.ui.openLoansView):
                view.horizontalHeader().resizeSections()
        # The line just lent in sight in both tables, however long the session or the card.
        # (Their scroll range follows an inserted row only when they lay out, later in this
        # pass: laid out now, so the one scroll lands where it should.)
        self.ui.sessionView.scrollToBottom()
        row = self.open_model.row_of_loan(result.loan_id)
        if row is not None:
            self.ui.openLoansView.doItemsLayout()
            self.ui.openLoansView.scrollTo(self.open_model.index(row, LoanLinesModel.PRODUCT))

    def _show_open_count(self, card: BorrowerCard) -> None:
        label = self.tr("Open loans: %1").replace("%1", str(card.open_count))
        if card.overdue_count:
            label += "  " + self.tr("(%1 overdue)").replace("%1", str(card.overdue_count))
        self.ui.openLoansLabel.setText(label)

    def _update_buttons(self) -> None:
        at_desk = self.borrower is not None
        self.ui.finishButton.setEnabled(at_desk)
        self.ui.undoButton.setEnabled(self.last_action is not None)
        has_slip = bool(self.session_loans or self.finished_loan_ids)
        self.ui.printSlipButton.setVisible(self._slip_handler is not None)
        self.ui.printSlipButton.setEnabled(self._slip_handler is not None and has_slip)

    def _run(self, dialog: QDialog) -> bool:
        """A modal dialog that scans can reach (e.g. a card scanned into the borrower picker)."""
        self.active_dialog = dialog
        if self.line.waiting and isinstance(self.line.waiting[0], str):
            # A scan that came in before this dialog opened is the dialog's, as it would have
            # been had the scanner been slower (the check-in ends with it; a card picks).
            QTimer.singleShot(0, dialog, lambda: self._feed(dialog))
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.active_dialog = None
            dialog.deleteLater()
            self.window().activateWindow()
            self.focus_code_field()  # ready for the next scan

    def _feed(self, dialog: QDialog) -> None:
        if (
            self.active_dialog is dialog
            and self.line.waiting
            and isinstance(self.line.waiting[0], str)
        ):
            text = self.line.waiting.popleft()
            self.handle_scan(text)

    def _setup_table(self, view: QTableView, model: LoanLinesModel) -> None:
        view.setModel(model)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The label and the due date in full; the product name shares what is left (the
        # feedback above names it in full).
        fit_columns(view, elidable=(LoanLinesModel.PRODUCT,))
        view.verticalHeader().setDefaultSectionSize(30)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)

    def _style(self) -> None:
        self.ui.codeEdit.setObjectName("codeEdit")
        self.ui.finishButton.setProperty("primary", True)
        for panel in (self.ui.borrowerPanel, self.ui.sessionPanel):
            panel.setProperty("card", True)
        for caption in (self.ui.borrowerCaption, self.ui.sessionCaption, self.ui.openLoansLabel):
            caption.setProperty("caption", True)
        self.ui.borrowerName.setObjectName("borrowerName")
        self.ui.sessionHint.setProperty("hint", True)
        # Two lines for the line under the name, whether it says what to scan (two lines) or
        # gives the borrower's team (one): the tables below stay where they are when a card is
        # scanned, instead of jumping (and being laid out and drawn a second time).
        meta = self.ui.borrowerMeta
        meta.ensurePolished()
        meta.setMinimumHeight(2 * meta.fontMetrics().lineSpacing())
        meta.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    # --- events ------------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # The code field would take Ctrl+Z for its own undo; at the desk it means "undo the
        # last action" (the field is cleared after every code anyway).
        if obj is self.ui.codeEdit and event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo):
                return True
        return super().eventFilter(obj, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._show_borrower()
        if self._banner_state is not None:
            tone, texts = self._banner_state
            head, detail = texts()
            self.ui.banner.show_message(tone, head, detail)

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_code_field)
