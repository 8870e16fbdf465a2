"""Recognising a USB scanner (keyboard mode) wherever the keyboard focus is.

A keyboard-mode scanner is a keyboard. For ``LP0000037`` the application receives, as
separate key events: Shift press, ``L``, ``L`` release, Shift release, Shift press, ``P``, …,
the digits (on AZERTY with Shift, or garbled as ``&é"'(…`` without), then Enter -- or Tab, or a
configured suffix -- 0–16 ms apart. A person types 80–300 ms per key. The detector sits on the
QApplication as an event filter and looks at the key presses that go to the focus widget:

* key releases, modifier-only keys (Shift, Control, Alt, AltGr, Meta, Caps Lock, Num Lock) and
  dead keys never break a burst: they carry no character of their own;
* the first character of a possible burst passes through (nobody can know yet what it is),
  after the state of the focused widget (text and cursor of a field, the current entry of a
  drop-down or list) is remembered;
* every further character that follows within ``max_gap_ms`` is held back (the field never
  sees it, and no single-key shortcut fires on it);
* Enter (main or keypad), Tab or the configured suffix within the gap, with at least
  ``min_length`` characters, confirms a scan: the widget is put back exactly as it was (so the
  first character comes back out), the terminator is swallowed and ``scanned(text)`` is emitted
  with the configured prefix and suffix taken off;
* a burst that breaks off (a slow key, a key that is not a character, too short at the
  terminator, or nothing more arrives) was fast human typing after all: the held-back keys are
  replayed to the field in order, so nothing typed is lost.

Time comes from the key events themselves (the window system stamps them, so a busy desk that
handles queued keys late still sees the scanner's real rhythm); a test passes its own clock,
because synthesized events carry no timestamp.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Clock = Callable[[], float]


def monotonic_ms() -> float:
    return time.monotonic_ns() / 1_000_000


Key = Qt.Key
_ENTER_KEYS = frozenset({Key.Key_Return, Key.Key_Enter})
_TERMINATORS = _ENTER_KEYS | {Key.Key_Tab}
# Keys that only change what the next key means; they are part of a scanner's stream.
_MODIFIER_KEYS = frozenset(
    {
        Key.Key_Shift,
        Key.Key_Control,
        Key.Key_Alt,
        Key.Key_AltGr,
        Key.Key_Meta,
        Key.Key_Super_L,
        Key.Key_Super_R,
        Key.Key_Hyper_L,
        Key.Key_Hyper_R,
        Key.Key_CapsLock,
        Key.Key_NumLock,
        Key.Key_ScrollLock,
        Key.Key_Mode_switch,
    }
)
_DEAD_KEYS = range(int(Key.Key_Dead_Grave.value), int(Key.Key_Dead_Longsolidusoverlay.value) + 1)
_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_META = Qt.KeyboardModifier.MetaModifier


def _is_neutral(key: int) -> bool:
    """A key that carries no character of its own (modifier, lock, dead key)."""
    return key in _MODIFIER_KEYS or key in _DEAD_KEYS


def _is_command(modifiers: Qt.KeyboardModifier) -> bool:
    """Ctrl+…, Alt+… or Meta+… is a command (Ctrl+Alt is AltGr on Windows: a character)."""
    if modifiers & _META:
        return True
    ctrl, alt = bool(modifiers & _CTRL), bool(modifiers & _ALT)
    return ctrl != alt


@dataclass
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class _FocusSnapshot:
    """What the focused widget showed before a burst began, to put back after a scan."""

    def __init__(self, widget: QWidget | None) -> None:
        self.widget = widget
        self.target: QWidget | None = _snapshot_target(widget)
        self.text = ""
        self.cursor = 0
        self.anchor = 0
        self.index: object = None
        target = self.target
        if isinstance(target, QLineEdit):
            self.text = target.text()
            self.cursor = target.cursorPosition()
        elif isinstance(target, QTextEdit | QPlainTextEdit):
            self.text = target.toPlainText()
            cursor = target.textCursor()
            self.cursor, self.anchor = cursor.position(), cursor.anchor()
        elif isinstance(target, QComboBox):
            self.cursor = target.currentIndex()
        elif isinstance(target, QAbstractItemView):
            self.index = target.currentIndex()

    def restore(self) -> None:
        target = self.target
        if target is None:
            return
        try:
            if isinstance(target, QLineEdit):
                if target.text() != self.text:
                    target.setText(self.text)
                target.setCursorPosition(self.cursor)
            elif isinstance(target, QTextEdit | QPlainTextEdit):
                if target.toPlainText() != self.text:
                    target.setPlainText(self.text)
                    cursor = target.textCursor()
                    cursor.setPosition(self.anchor)
                    cursor.setPosition(self.cursor, cursor.MoveMode.KeepAnchor)
                    target.setTextCursor(cursor)
            elif isinstance(target, QComboBox):
                if target.currentIndex() != self.cursor:
                    target.setCurrentIndex(self.cursor)
            elif isinstance(target, QAbstractItemView) and target.currentIndex() != self.index:
                target.setCurrentIndex(self.index)  # type: ignore[arg-type]
        except RuntimeError:
            pass  # the widget was deleted meanwhile: nothing to restore


def _snapshot_target(widget: QWidget | None) -> QWidget | None:
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractItemView):
        return widget
    if isinstance(widget, QComboBox):
        return widget.lineEdit() if widget.isEditable() else widget
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


class ScanDetector(QObject):
    """Application-wide event filter that turns scanner bursts into ``scanned(text)``."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Clock | None = None,
        max_gap_ms: float = 35.0,
        min_length: int = 6,
        max_length: int = 256,
        stall_ms: int = 200,
        prefix: str = "",
        suffix: str = "",
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.max_length = max_length
        self.prefix = prefix
        self.suffix = suffix
        self.enabled = True
        self._chars: list[str] = []
        self._held: list[_HeldKey] = []
        self._last_at = 0.0
        self._snapshot: _FocusSnapshot | None = None
        self._replaying = False
        # Real-time guard: a burst that simply stops (no terminator) is handed back to the field.
        self._stall = QTimer(self)
        self._stall.setSingleShot(True)
        self._stall.setInterval(stall_ms)
        self._stall.timeout.connect(self.flush)

    def configure(self, *, prefix: str = "", suffix: str = "") -> None:
        """The scanner's own prefix/suffix (set in the scanner; empty: none)."""
        self.flush()
        self.prefix, self.suffix = prefix, suffix

    # --- installing --------------------------------------------------------------------------

    def install(self, app: QApplication | None = None) -> ScanDetector:
        (app or QApplication.instance()).installEventFilter(self)
        return self

    def uninstall(self, app: QApplication | None = None) -> None:
        self.flush()
        instance = app or QApplication.instance()
        if instance is not None:
            instance.removeEventFilter(self)

    # --- the filter --------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False  # key releases included: they never break a burst
        if self._replaying or not self.enabled:
            return False
        if not isinstance(obj, QWidget) or not self._is_receiver(obj):
            return False  # the same event propagating to a parent, or a window-level copy
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.ShortcutOverride:
            return self._override(event)
        return self._key(obj, event)

    @staticmethod
    def _is_receiver(obj: QWidget) -> bool:
        focus = QApplication.focusWidget()
        return obj is focus if focus is not None else obj.isWindow()

    def _now(self, event: QKeyEvent) -> float:
        if self.clock is not None:
            return self.clock()
        stamp = event.timestamp()  # ms from the window system; 0 for a synthesized event
        return float(stamp) if stamp else monotonic_ms()

    def _in_burst(self, now: float) -> bool:
        return bool(self._chars) and now - self._last_at <= self.max_gap_ms

    def _character(self, event: QKeyEvent, in_burst: bool) -> str | None:
        """The character this key press types, or None when it is not one.

        Qt on X11 calls a press "auto-repeat" when it follows the release of the same key with
        the same timestamp: a scanner at 0–1 ms typing "0000" looks exactly like that. Inside
        a burst such a key is the scanner's next character; outside one it is a held key."""
        text = event.text()
        if len(text) != 1 or (event.isAutoRepeat() and not in_burst):
            return None
        if text in self.prefix or text in self.suffix:
            return text  # a configured prefix/suffix may be a control character
        if not text.isprintable() or _is_command(event.modifiers()):
            return None
        return text

    def _override(self, event: QKeyEvent) -> bool:
        # Inside a burst every key is the scanner's: claim it, so that a single-key shortcut
        # (a digit, a letter) does not fire on a character of a code.
        if not self._in_burst(self._now(event)):
            return False
        if event.key() in _TERMINATORS or self._character(event, True) is not None:
            event.accept()
            return True
        return False

    def _key(self, widget: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if _is_neutral(key):
            return False  # Shift, AltGr, Caps Lock, a dead key: part of the stream, no char
        now = self._now(event)
        in_burst = self._in_burst(now)

        if key in _TERMINATORS and (in_burst or not event.isAutoRepeat()):
            if in_burst and self._complete():
                return self._emit()
            self.flush()
            return False

        text = self._character(event, in_burst)
        if text is None:
            self.flush()
            return False

        if in_burst and len(self._chars) < self.max_length:
            self._chars.append(text)
            self._held.append(_HeldKey(key, event.modifiers(), text))
            self._last_at = now
            if self.suffix and "".join(self._chars).endswith(self.suffix) and self._complete():
                return self._emit()
            self._stall.start()
            return True  # held back until we know whether it is a scan

        # A new possible burst begins with this key; it goes through to the field.
        self.flush()
        self._snapshot = _FocusSnapshot(widget)
        self._chars = [text]
        self._last_at = now
        self._stall.start()
        return False

    def _code(self) -> str:
        text = "".join(self._chars)
        if self.prefix and text.startswith(self.prefix):
            text = text[len(self.prefix) :]
        if self.suffix and text.endswith(self.suffix):
            text = text[: -len(self.suffix)]
        return text

    def _complete(self) -> bool:
        return len(self._code()) >= self.min_length

    def _emit(self) -> bool:
        text = self._code()
        snapshot = self._snapshot
        self._reset()
        if snapshot is not None:
            snapshot.restore()  # the first character comes back out of the field
        self.scanned.emit(text)
        return True

    # --- giving back what was not a scan ---------------------------------------------------

    def flush(self) -> None:
        """End the current burst as 'not a scan': replay any held-back keys to their field."""
        held = self._held
        snapshot = self._snapshot
        self._reset()
        if not held:
            return
        target = QApplication.focusWidget()
        if target is None and snapshot is not None:
            target = snapshot.widget
        if target is None:
            return
        self._replaying = True
        try:
            for k in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, k.key, k.modifiers, k.text))
        except RuntimeError:
            pass  # the field went away; the keys had nowhere to go anyway
        finally:
            self._replaying = False

    def _reset(self) -> None:
        self._stall.stop()
        self._chars = []
        self._held = []
        self._snapshot = None
        self._last_at = 0.0
