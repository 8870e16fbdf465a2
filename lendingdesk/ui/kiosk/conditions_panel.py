"""The loan conditions to accept, once per session: the organisation's three texts, and either
the three ticks or the signature pad, with Accept and "I do not accept". One panel for the kiosk
(a page of the locked screen, tapped by the professional) and the staffed desk (a dialog the
ambassador runs from the keyboard: ``staffed=True``).

At a staffed desk the ambassador asks the professional and records the answer, so the three
statements are read out, not ticked: Accept is ready at once (Enter), and the PDF says it was
agreed to aloud and who recorded it. Signing is the professional's own act in both places:
Accept waits for a signature.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScroller,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.errors import LendingError
from lendingdesk.services.acceptance import AcceptanceService, ConditionsVersion
from lendingdesk.ui.kiosk.locked import big_button, set_tone
from lendingdesk.ui.kiosk.signature import SignaturePad

# What the session's professional accepted: (conditions version, method, signature PNG).
Accepted = tuple[int, str, bytes | None]


def record_acceptance(
    service: AcceptanceService,
    badge: str,
    loan_ids: list[int],
    accepted: Accepted,
    *,
    staffed: bool,
) -> LendingError | None:
    """Store a session's acceptance with its loans (on a worker thread): None, or what went
    wrong. ``staffed``: at the Balie, the ambassador recorded it (the kiosk: the professional)."""
    version, method, png = accepted
    try:
        service.accept(
            badge,
            loan_ids,
            method=method,
            conditions_version=version,
            signature_png=png,
            staffed=staffed,
        )
    except LendingError as exc:
        return exc
    return None


class ConditionsPanel(QWidget):
    accepted = Signal()  # Accept pressed and ready: ``result()`` says what was accepted
    declined = Signal()

    def __init__(self, parent: QWidget | None = None, *, staffed: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("conditionsPanel")
        self.staffed = staffed
        self.mode = "tick"
        self.conditions: ConditionsVersion | None = None
        self.borrower = ""  # the professional's name (the staffed desk's question names them)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        self.text = QTextBrowser(self)
        self.text.setObjectName("conditionsText")
        self.text.setOpenLinks(False)
        size = "12pt" if staffed else "14pt"
        self.text.setStyleSheet(f"font-size: {size}; background: white; padding: 8px;")
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner types on
        QScroller.grabGesture(self.text.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        row.addWidget(self.text, 1)
        side = QVBoxLayout()
        side.setSpacing(12)
        self.question = QLabel(self)  # staffed: what the ambassador asks
        self.question.setObjectName("conditionsQuestion")
        self.question.setWordWrap(True)
        side.addWidget(self.question)
        self.tick_buttons: list[QPushButton] = []
        for name in ("tickUse", "tickHygiene", "tickPrivacy"):
            button = big_button("", self, name=name)
            button.setCheckable(True)
            button.setProperty("small", True)
            button.setStyleSheet("text-align: left;")
            button.toggled.connect(self._update_accept_button)
            button.toggled.connect(self._mark_ticks)
            side.addWidget(button)
            self.tick_buttons.append(button)
        self.sign_hint = QLabel(self)
        self.sign_hint.setWordWrap(True)
        self.signature = SignaturePad(self)
        self.signature.changed.connect(self._update_accept_button)
        self.clear_signature = big_button("", self, name="clearSignatureButton")
        self.clear_signature.setProperty("small", True)
        self.clear_signature.clicked.connect(self.signature.clear)
        side.addWidget(self.sign_hint)
        side.addWidget(self.signature, 4)
        side.addWidget(self.clear_signature, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = QLabel(self)
        self.message.setObjectName("conditionsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        side.addWidget(self.message)
        side.addStretch(1)
        buttons = QHBoxLayout()
        self.decline_button = big_button("", self, name="declineButton")
        self.decline_button.setProperty("small", True)
        self.decline_button.clicked.connect(self.declined)
        self.accept_button = big_button("", self, primary=True, name="acceptButton")
        self.accept_button.clicked.connect(self.try_accept)
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        side.addLayout(buttons)
        row.addLayout(side, 1)
        self._show_mode()
        self.retranslate()

    # --- state ------------------------------------------------------------------------------

    def show_conditions(self, conditions: ConditionsVersion, mode: str, borrower: str = "") -> None:
        """Start afresh with ``conditions``, accepted by ``mode`` (tick / signature)."""
        self.conditions = conditions
        self.mode = "signature" if mode == "signature" else "tick"
        self.borrower = borrower
        for button in self.tick_buttons:
            button.setChecked(False)
        self.signature.clear()
        self.say("", "")
        self._show_mode()
        self.retranslate()
        self.text.verticalScrollBar().setValue(0)

    def ready(self) -> bool:
        if self.mode == "signature":
            return self.signature.is_signed()
        return self.staffed or all(b.isChecked() for b in self.tick_buttons)

    def result(self) -> Accepted:
        assert self.conditions is not None
        if self.mode == "signature":
            return (self.conditions.version, "signature", self.signature.png())
        return (self.conditions.version, "tick", None)

    def try_accept(self) -> bool:
        """Accept when ready (else say what is missing); True when accepted."""
        if self.conditions is None:
            return False
        if not self.ready():
            if self.mode == "signature":
                self.say("warn", self.tr("First sign in the box, then accept."))
            else:
                self.say("warn", self.tr("Tick all three, then accept."))
            return False
        self.accepted.emit()
        return True

    def say(self, tone: str, text: str) -> None:
        set_tone(self.message, tone, text)

    def _show_mode(self) -> None:
        """Ticks, the staffed desk's question, or the signature pad (a hidden one takes no
        room on a small screen)."""
        signing = self.mode == "signature"
        for button in self.tick_buttons:
            button.setVisible(not signing and not self.staffed)
        self.question.setVisible(self.staffed)
        for widget in (self.sign_hint, self.signature, self.clear_signature):
            widget.setVisible(signing)
        self._update_accept_button()

    def _mark_ticks(self) -> None:
        for button in self.tick_buttons:
            text = str(button.property("plain") or "")
            button.setText(("☑  " if button.isChecked() else "☐  ") + text)

    def _update_accept_button(self) -> None:
        # At the kiosk Accept waits for the ticks or the signature; at a staffed desk Enter
        # must always answer (it says what is missing).
        self.accept_button.setEnabled(self.staffed or self.ready())

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for button, text in zip(
            self.tick_buttons,
            (
                self.tr("I accept the use conditions"),
                self.tr("I follow the hygiene instruction"),
                self.tr("I have read the privacy notice"),
            ),
            strict=True,
        ):
            button.setProperty("plain", text)
        self._mark_ticks()
        self.sign_hint.setText(self.tr("Sign below with your finger, a pen or the mouse:"))
        self.signature.hint = self.tr("Sign here")
        self.clear_signature.setText(self.tr("Clear"))
        if self.staffed:
            name = self.borrower or self.tr("the professional")
            if self.mode == "signature":
                question = self.tr(
                    "Let %1 read the conditions and sign below. Then press Enter. Esc: not "
                    "accepted, nothing is lent."
                )
            else:
                question = self.tr(
                    "Ask %1: do you accept the use conditions, will you follow the hygiene "
                    "instruction, and have you read the privacy notice?\n\nPress Enter when they "
                    "say yes (or let them scan their own pass). Esc: not accepted, nothing is lent."
                )
            self.question.setText(question.replace("%1", name))
            self.decline_button.setText(self.tr("Not accepted (Esc)"))
            self.accept_button.setText(self.tr("Accepted (Enter)"))
        else:
            self.decline_button.setText(self.tr("I do not accept"))
            self.accept_button.setText(self.tr("Accept"))
        c = self.conditions
        if c is None:
            return

        def block(title: str, text: str) -> str:
            body = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
            return f"<h3>{escape(title)}</h3>{body}"

        self.text.setHtml(
            block(self.tr("Use conditions"), c.use_text)
            + block(self.tr("Hygiene instruction"), c.hygiene_text)
            + block(self.tr("Privacy notice"), c.privacy_text)
        )
