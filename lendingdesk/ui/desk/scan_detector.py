"""Recognising a USB scanner (keyboard mode) wherever the keyboard focus is.

A scanner types a code 1–16 ms per character and ends with Enter; a person types 80–300 ms
per key. The detector sits on the QApplication as an event filter and looks at the key presses
that go to the focus widget:

* the first key of a possible burst passes through (nobody can know yet what it is), after
  the state of the focused text field is remembered;
* every further key that follows within ``max_gap_ms`` is held back (the field never sees it);
* Enter within the gap, with at least ``min_length`` characters, confirms a scan: the field is
  put back exactly as it was (text and cursor), Enter is swallowed, ``scanned(text)`` is emitted;
* a burst that breaks off (a slow key, a non-character key, too short at Enter, or nothing more
  arrives) was fast human typing after all: the held-back keys are replayed to the field in
  order, so nothing typed is lost.

The clock is injectable (a callable returning milliseconds) because synthesized key events in
tests carry no timestamp.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
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


_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_BLOCKING_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class _FieldSnapshot:
    """The text and cursor of the focused text field before a burst began."""

    def __init__(self, widget: QWidget | None) -> None:
        self.widget = widget
        self.target: QLineEdit | QTextEdit | QPlainTextEdit | None = _text_target(widget)
        self.text = ""
        self.cursor = 0
        self.anchor = 0
        if isinstance(self.target, QLineEdit):
            self.text = self.target.text()
            self.cursor = self.target.cursorPosition()
        elif isinstance(self.target, QTextEdit | QPlainTextEdit):
            self.text = self.target.toPlainText()
            cursor = self.target.textCursor()
            self.cursor, self.anchor = cursor.position(), cursor.anchor()

    def restore(self) -> None:
        target = self.target
        if target is None:
            return
        try:
            if isinstance(target, QLineEdit):
                if target.text() != self.text:
                    target.setText(self.text)
                target.setCursorPosition(self.cursor)
            elif target.toPlainText() != self.text:
                target.setPlainText(self.text)
                cursor = target.textCursor()
                cursor.setPosition(self.anchor)
                cursor.setPosition(self.cursor, cursor.MoveMode.KeepAnchor)
                target.setTextCursor(cursor)
        except RuntimeError:
            pass  # the field was deleted meanwhile: nothing to restore


def _text_target(widget: QWidget | None) -> QLineEdit | QTextEdit | QPlainTextEdit | None:
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
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
        clock: Clock = monotonic_ms,
        max_gap_ms: float = 35.0,
        min_length: int = 6,
        max_length: int = 256,
        stall_ms: int = 120,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.max_length = max_length
        self.enabled = True
        self._chars: list[str] = []
        self._held: list[_HeldKey] = []
        self._last_at = 0.0
        self._snapshot: _FieldSnapshot | None = None
        self._replaying = False
        # Real-time guard: a burst that simply stops (no Enter) is handed back to the field.
        self._stall = QTimer(self)
        self._stall.setSingleShot(True)
        self._stall.setInterval(stall_ms)
        self._stall.timeout.connect(self.flush)

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
        if event.type() != QEvent.Type.KeyPress or self._replaying or not self.enabled:
            return False
        if not isinstance(obj, QWidget) or not self._is_receiver(obj):
            return False  # the same event propagating to a parent, or a window-level copy
        assert isinstance(event, QKeyEvent)
        return self._key(obj, event)

    @staticmethod
    def _is_receiver(obj: QWidget) -> bool:
        focus = QApplication.focusWidget()
        return obj is focus if focus is not None else obj.isWindow()

    def _key(self, widget: QWidget, event: QKeyEvent) -> bool:
        now = self.clock()
        gap = now - self._last_at
        in_burst = bool(self._chars) and gap <= self.max_gap_ms
        key = event.key()

        if key in _ENTER_KEYS and not event.isAutoRepeat():
            if in_burst and len(self._chars) >= self.min_length:
                text = "".join(self._chars)
                snapshot = self._snapshot
                self._reset()
                if snapshot is not None:
                    snapshot.restore()
                self.scanned.emit(text)
                return True
            self.flush()
            return False

        text = event.text()
        printable = (
            len(text) == 1
            and text.isprintable()
            and not (event.modifiers() & _BLOCKING_MODIFIERS)
            and not event.isAutoRepeat()
        )
        if not printable:
            self.flush()
            return False

        if in_burst and len(self._chars) < self.max_length:
            self._chars.append(text)
            self._held.append(_HeldKey(key, event.modifiers(), text))
            self._last_at = now
            self._stall.start()
            return True  # held back until we know whether it is a scan

        # A new possible burst begins with this key; it goes through to the field.
        self.flush()
        self._snapshot = _FieldSnapshot(widget)
        self._chars = [text]
        self._last_at = now
        self._stall.start()
        return False

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
