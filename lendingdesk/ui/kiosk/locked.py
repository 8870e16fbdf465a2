"""A locked full-screen place for a professional at a desk nobody staffs: the frame of the kiosk
(self-service lending) and of the self-service review.

- Full screen over the desk, application-modal: the desk's menus and screens behind it
  cannot be reached with mouse, touch or keyboard.
- Key combinations (Ctrl/Alt/Meta + key, F1–F12, Esc) are swallowed while it is locked, so no
  shortcut of the desk fires; a close request (Alt+F4, the window manager) opens the
  coordinator panel instead of closing.
- Leaving needs the coordinator code (``services.access``, action ``kiosk``), typed inline: no
  modal dialog that an on-screen keyboard could hide.
- ``idle_seconds`` without a touch, click, key or scan ends what is going on
  (``idle_timeout``); the last ten seconds count down visibly.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.errors import LendingError
from lendingdesk.services.access import AccessService

COUNTDOWN_SECONDS = 10  # the idle countdown shows this long before the end
TICK_MS = 250

STYLE = """
QWidget#lockedScreen { background: #f4f7fa; }
QWidget#lockedScreen QLabel { font-size: 18pt; color: #1d2a36; }
QWidget#lockedScreen QLabel[role="headline"] { font-size: 26pt; font-weight: 700; }
QWidget#lockedScreen QLabel[role="hint"] { font-size: 15pt; color: #4a5a6a; }
QWidget#lockedScreen QLabel#countdown { font-size: 15pt; font-weight: 700; color: #8a4b00;
    background: #fff1d6; border: 2px solid #d08a1b; border-radius: 8px; padding: 0px 10px; }
QWidget#lockedScreen QLabel[tone="ok"] { background: #e3f4e8; color: #0f5b2a;
    border: 2px solid #2e9d57; border-radius: 10px; font-weight: 600; }
QWidget#lockedScreen QLabel[tone="error"] { background: #fde7e7; color: #8a1212;
    border: 2px solid #c93a3a; border-radius: 10px; font-weight: 600; }
QWidget#lockedScreen QLabel[tone="warn"] { background: #fff1d6; color: #6b3d00;
    border: 2px solid #d08a1b; border-radius: 10px; font-weight: 600; }
QWidget#lockedScreen QLabel[tone="busy"] { background: #e6eef7; color: #17456e;
    border: 2px solid #1f6fb2; border-radius: 10px; font-weight: 600; }
QWidget#lockedScreen QPushButton { font-size: 19pt; min-height: 64px; min-width: 170px;
    padding: 6px 24px; border-radius: 12px; border: 2px solid #8aa0b4; background: white; }
QWidget#lockedScreen QPushButton:focus { border: 3px solid #1f6fb2; }
QWidget#lockedScreen QPushButton[primary="true"] { background: #1f6fb2; color: white;
    border-color: #17578c; font-weight: 700; }
QWidget#lockedScreen QPushButton:checked { background: #1f6fb2; color: white; }
QWidget#lockedScreen QPushButton:disabled { background: #e4e9ee; color: #7a8794;
    border-color: #c3ccd5; }
QWidget#lockedScreen QPushButton[small="true"] { font-size: 14pt; min-height: 52px;
    min-width: 120px; }
QWidget#lockedScreen QPushButton[answer="true"] { font-size: 17pt; min-height: 54px; }
QWidget#lockedScreen QLineEdit { font-size: 22pt; min-height: 64px; padding: 4px 12px; }
"""

_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_ALLOWED_COMBOS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}  # Ctrl+Enter: save a review


def set_tone(label: QLabel, tone: str, text: str) -> None:
    """A message line: ok (green), warn (amber), error (red), busy (blue: working…) or ''
    (plain); hidden when empty."""
    label.setProperty("tone", tone)
    label.setMargin(10 if tone else 0)  # inside the coloured box (CSS padding is not kept)
    label.setText(text)
    label.setVisible(bool(text))
    label.style().unpolish(label)
    label.style().polish(label)


def big_button(text: str, parent: QWidget, *, primary: bool = False, name: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setProperty("primary", primary)
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if name:
        button.setObjectName(name)
    return button


class LockedScreen(QWidget):
    """The frame: a title bar (title, countdown, coordinator button), a stack of pages, and the
    coordinator panel. Subclasses add pages, say when idling counts and what idling ends."""

    left = Signal(str)  # "unlocked" when the coordinator opened the desk again, or "done"

    def __init__(
        self,
        access: AccessService,
        *,
        idle_seconds: int = 60,
        contact: str = "",
        clock: Callable[[], float] = time.monotonic,
        lang: Callable[[], str] = lambda: "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Not "stays on top": a touch PC's on-screen keyboard must be able to come over it.
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setObjectName("lockedScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.access = access
        self.idle_seconds = max(15, idle_seconds)
        self.contact = contact
        self.clock = clock
        self.lang = lang
        self.unlocked = False
        self._last_activity = clock()
        self._page_before_code: QWidget | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 14, 36, 14)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setProperty("role", "hint")
        self.countdown = QLabel(self)
        self.countdown.setObjectName("countdown")
        self.countdown.hide()
        self.coordinator_button = big_button("", self, name="coordinatorButton")
        self.coordinator_button.setProperty("small", True)
        self.coordinator_button.clicked.connect(self.show_code_panel)
        self.countdown.setMinimumHeight(38)  # one line, in the help line's place
        top.addWidget(self.title, 1)
        top.addWidget(self.coordinator_button)
        outer.addLayout(top)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages, 1)
        self.help_line = QLabel(self)
        self.help_line.setObjectName("helpLine")
        self.help_line.setProperty("role", "hint")
        self.help_line.setWordWrap(True)
        self.help_line.setMinimumHeight(38)
        outer.addWidget(self.help_line)
        outer.addWidget(self.countdown)  # in the help line's place: nothing moves off screen
        self._build_code_panel()

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._retranslate_frame()

    # --- the coordinator panel -------------------------------------------------------------

    def _build_code_panel(self) -> None:
        panel = QWidget(self)
        panel.setObjectName("codePanel")
        layout = QVBoxLayout(panel)
        layout.setSpacing(18)
        self.code_headline = QLabel(panel)
        self.code_headline.setProperty("role", "headline")
        self.code_headline.setWordWrap(True)
        self.code_edit = QLineEdit(panel)
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setMaximumWidth(520)
        self.code_edit.returnPressed.connect(self._try_code)
        self.code_message = QLabel(panel)
        self.code_message.setWordWrap(True)
        self.code_message.hide()
        row = QHBoxLayout()
        self.unlock_button = big_button("", panel, primary=True, name="unlockButton")
        self.unlock_button.clicked.connect(self._try_code)
        self.code_back_button = big_button("", panel, name="codeBackButton")
        self.code_back_button.clicked.connect(self.hide_code_panel)
        row.addWidget(self.unlock_button)
        row.addWidget(self.code_back_button)
        row.addStretch(1)
        layout.addWidget(self.code_headline)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.code_message)
        layout.addLayout(row)
        layout.addStretch(1)
        self.code_panel = panel
        self.pages.addWidget(panel)

    def show_code_panel(self) -> None:
        if self.pages.currentWidget() is not self.code_panel:
            self._page_before_code = self.pages.currentWidget()
        self.code_edit.clear()
        set_tone(self.code_message, "", "")
        self.pages.setCurrentWidget(self.code_panel)
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def hide_code_panel(self) -> None:
        self.code_edit.clear()
        back = self._page_before_code or self.pages.widget(0)
        self.pages.setCurrentWidget(back)
        self.focus_page()

    def _try_code(self) -> None:
        code = self.code_edit.text()
        self.code_edit.clear()
        try:
            self.access.authorize("kiosk", code or None)
        except LendingError as exc:
            set_tone(self.code_message, "error", exc.message(self.lang()))
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.leave("unlocked")

    # --- starting and leaving --------------------------------------------------------------

    def start(self) -> None:
        """Show full screen and lock."""
        self.unlocked = False
        self.touch()
        QApplication.instance().installEventFilter(self)
        self._timer.start()
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:  # without a window manager "full screen" is only a wish
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        if QGuiApplication.platformName() != "offscreen":  # offscreen has no stacking
            self.raise_()
        self.activateWindow()
        self.focus_page()

    def leave(self, reason: str) -> None:
        """Unlock and close; the desk behind is back."""
        self.unlocked = True
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)
        self.close()
        self.left.emit(reason)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unlocked:  # Alt+F4, the window manager: only with the coordinator code
            event.ignore()
            self.show_code_panel()
            return
        QApplication.instance().removeEventFilter(self)
        super().closeEvent(event)

    # --- idling -----------------------------------------------------------------------------

    def touch(self) -> None:
        """Someone is here: the idle time starts again."""
        self._last_activity = self.clock()
        if self.countdown.isVisible():
            self._show_countdown(False)

    def idle_counts(self) -> bool:
        """Whether idling ends something now (a subclass: a session is open)."""
        return self.pages.currentWidget() is self.code_panel

    def idle_timeout(self) -> None:
        """What idling ends (a subclass ends the session); by default: the coordinator panel."""
        if self.pages.currentWidget() is self.code_panel:
            self.hide_code_panel()

    def seconds_left(self) -> float:
        return self.idle_seconds - (self.clock() - self._last_activity)

    def _tick(self) -> None:
        if not self.idle_counts():
            self._last_activity = self.clock()
            self._show_countdown(False)
            return
        left = self.seconds_left()
        if left <= 0:
            self._show_countdown(False)
            self.idle_timeout()
            self.touch()
            return
        if left <= COUNTDOWN_SECONDS:
            self.countdown.setText(
                self.tr("Ends in %1 s — touch the screen to continue").replace(
                    "%1", str(int(left + 0.999))
                )
            )
            self._show_countdown(True)
        else:
            self._show_countdown(False)

    def _show_countdown(self, shown: bool) -> None:
        self.countdown.setVisible(shown)
        self.help_line.setVisible(not shown)

    # --- the lock --------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.TouchBegin,
            QEvent.Type.TabletPress,
        ):
            self.touch()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if self._locked_key(event):
                event.accept()  # a ShortcutOverride accepted: no shortcut fires
                return True
        return super().eventFilter(obj, event)

    def _locked_key(self, event: QKeyEvent) -> bool:
        if self.unlocked:
            return False
        key = event.key()
        if Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35 or key == Qt.Key.Key_Escape:
            return True
        combo = event.modifiers() & _MODIFIERS
        return bool(combo) and key not in _ALLOWED_COMBOS

    # --- texts ------------------------------------------------------------------------------

    def focus_page(self) -> None:
        """Give the keyboard focus to the current page (so a scanner's keys arrive here)."""
        page = self.pages.currentWidget()
        target = page.focusWidget() if page is not None else None
        (target or page or self).setFocus(Qt.FocusReason.OtherFocusReason)

    def help_text(self) -> str:
        if self.contact:
            return self.tr("Need help? Call %1.").replace("%1", self.contact)
        return self.tr("Need help? Ask the lending desk's ambassador or the coordinator.")

    def _retranslate_frame(self) -> None:
        self.coordinator_button.setText(self.tr("Coordinator"))
        self.code_headline.setText(self.tr("Coordinator: enter the code to leave self-service"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.code_back_button.setText(self.tr("Back"))
        self.code_edit.setAccessibleName(self.tr("Coordinator code"))
        self.help_line.setText(self.help_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # When the window becomes active, the keyboard goes to the page on show (a scanner
            # types there), not to a hidden panel.
            focus = QApplication.focusWidget()
            page = self.pages.currentWidget()
            if focus is None or not (focus is page or page.isAncestorOf(focus)):
                self.focus_page()
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_frame()
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """A subclass sets its pages' texts."""
