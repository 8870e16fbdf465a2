"""Key streams of the kind an operating system delivers, fed through real QKeyEvents.

A keyboard-mode USB scanner (measured on a real X server, see docs/architecture.md) sends every
capital as Shift press, the letter (with Shift held), the letter's release, Shift release; no
Shift when Caps Lock is on; digits on an AZERTY layout with Shift, or garbled (``&é"'(…``)
without it; and Enter (main or keypad), Tab or a configured suffix at the end, 0–16 ms per key.
``scanner_keys`` writes such a stream down; ``play`` sends it to whatever has keyboard focus
(QTest.sendKeyEvent: the same path as a window-system key, shortcut override included), moving
the test's clock to each key's time, because synthesized events carry no timestamp.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier
# Characters that need Shift on a US layout (besides capitals).
_SHIFTED = set('~!@#$%^&*()_+{}|:"<>?')
AZERTY_DIGITS = dict(zip("1234567890", "&é\"'(-è_çà", strict=True))


@dataclass(frozen=True)
class KeyEvent:
    at_ms: float
    press: bool
    key: Qt.Key
    text: str = ""
    modifiers: Qt.KeyboardModifier = NONE
    auto_repeat: bool = False  # how Qt on X11 labels a same-key press at the same time


def key_of(ch: str) -> Qt.Key:
    """Qt's key code for a character (Latin-1 key codes are the upper-case code point)."""
    return Qt.Key(ord(ch.upper()))


def _stroke(at: float, ch: str, shift: bool, out: list[KeyEvent]) -> None:
    mods = SHIFT if shift else NONE
    if shift:
        out.append(KeyEvent(at, True, Qt.Key.Key_Shift))
    # Qt's X11 backend: a press of the key just released, with the same time stamp (a scanner
    # at 0-1 ms typing "0000"), is reported as auto-repeat.
    last = out[-1] if out else None
    repeat = last is not None and not last.press and last.key == key_of(ch) and last.at_ms >= at - 1
    out.append(KeyEvent(at, True, key_of(ch), ch, mods, repeat))
    out.append(KeyEvent(at, False, key_of(ch), ch, mods))
    if shift:
        out.append(KeyEvent(at, False, Qt.Key.Key_Shift, "", SHIFT))


def scanner_keys(
    code: str,
    *,
    gap_ms: float = 8.0,
    start_ms: float = 0.0,
    layout: str = "qwerty",
    caps_lock: bool = False,
    end: str = "enter",
    prefix: str = "",
    suffix: str = "",
) -> list[KeyEvent]:
    """What a scanner sends for ``code``. layout: qwerty, azerty (digits with Shift) or
    azerty-garbled (a scanner set to QWERTY on an AZERTY desk). end: enter, keypad-enter, tab
    or none."""
    out: list[KeyEvent] = []
    at = start_ms
    for ch in prefix + code + suffix:
        if ch.isdigit() and layout == "azerty":
            _stroke(at, ch, True, out)
        elif ch.isdigit() and layout == "azerty-garbled":
            _stroke(at, AZERTY_DIGITS[ch], False, out)
        elif ch.isalpha() and ch.isupper():
            _stroke(at, ch, not caps_lock, out)
        elif ch.isalpha() and caps_lock:
            _stroke(at, ch, True, out)  # with Caps Lock on, Shift gives lower case
        else:
            _stroke(at, ch, ch in _SHIFTED, out)
        at += gap_ms
    if end == "enter":
        out += [KeyEvent(at, True, Qt.Key.Key_Return, "\r"), KeyEvent(at, False, Qt.Key.Key_Return)]
    elif end == "keypad-enter":
        out += [
            KeyEvent(at, True, Qt.Key.Key_Enter, "\r", KEYPAD),
            KeyEvent(at, False, Qt.Key.Key_Enter, "", KEYPAD),
        ]
    elif end == "tab":
        out += [KeyEvent(at, True, Qt.Key.Key_Tab, "\t"), KeyEvent(at, False, Qt.Key.Key_Tab)]
    return out


def human_keys(text: str, *, gap_ms: float = 140.0, start_ms: float = 0.0) -> list[KeyEvent]:
    """A person typing ``text`` (Shift around capitals too) and nothing else."""
    return scanner_keys(text, gap_ms=gap_ms, start_ms=start_ms, end="none")


def play(
    events: Iterable[KeyEvent],
    clock: Callable[[float], None],
    target: QWidget | None = None,
) -> None:
    """Send ``events`` to ``target`` (default: the focus widget at each key); ``clock(ms)``
    sets the test's clock to the key's time first."""
    for ev in events:
        clock(ev.at_ms)
        widget = target or QApplication.focusWidget() or QApplication.activeWindow()
        if widget is None and not ev.press:
            continue  # e.g. Enter's release after the dialog it opened (exec) has closed
        assert widget is not None, "nothing has keyboard focus"
        if ev.auto_repeat:  # QTest cannot flag a press as auto-repeat: the same two events
            override = QKeyEvent(
                QEvent.Type.ShortcutOverride, ev.key, ev.modifiers, ev.text, autorep=True
            )
            override.ignore()
            QApplication.sendEvent(widget, override)
            press = QKeyEvent(QEvent.Type.KeyPress, ev.key, ev.modifiers, ev.text, autorep=True)
            QApplication.sendEvent(widget, press)
            continue
        action = QTest.KeyAction.Press if ev.press else QTest.KeyAction.Release
        QTest.sendKeyEvent(action, widget, ev.key, ev.text, ev.modifiers)
