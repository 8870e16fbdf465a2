"""The scan detector on its own: real key streams (Shift, Caps Lock, AZERTY, keypad Enter, Tab,
prefix/suffix, 0–16 ms per key) as real QKeyEvents into real widgets, with a test clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.domain.codes import parse_tag
from lendingdesk.ui.desk.scan_detector import ScanDetector
from tests.keys.streams import KeyEvent, human_keys, key_of, play, scanner_keys
from tests.ui_desk.conftest import (
    HUMAN_GAP_MS,
    OFFSCREEN_NOISE,
    SCANNER_GAP_MS,
    ScanClock,
    type_text,
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

TAG = "LD0000427"
BADGE = "LP0000037"


@pytest.fixture
def form(qtbot, scan_clock: ScanClock):
    host = QWidget()
    layout = QVBoxLayout(host)
    line = QLineEdit(host)
    text = QPlainTextEdit(host)
    combo = QComboBox(host)
    combo.addItems(["Goed", "Matig", "Slecht", "Lastig"])
    for widget in (line, text, combo):
        layout.addWidget(widget)
    detector = ScanDetector(host, clock=scan_clock).install()
    scans: list[str] = []
    detector.scanned.connect(scans.append)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line)
    return host, line, text, combo, detector, scans


def feed(clock: ScanClock, events: list[KeyEvent]) -> None:
    """Play a recorded stream starting 2 s after the clock's now (the desk was quiet)."""
    base = clock.ms + 2000
    play(events, lambda ms: clock.set(base + ms))


# Recorded streams: speeds from "as fast as the USB bus" to a slow scanner.
SPEEDS = [0.0, 1.0, 2.0, 8.0, 16.0]


@pytest.mark.parametrize("gap_ms", SPEEDS)
@pytest.mark.parametrize("code", [TAG, BADGE])
def test_capitals_with_shift_press_and_release_are_one_scan(qtbot, form, scan_clock, code, gap_ms):
    _host, line, _text, _combo, _detector, scans = form
    line.setText("paro")
    line.setCursorPosition(2)
    entered: list[bool] = []
    line.returnPressed.connect(lambda: entered.append(True))

    stream = scanner_keys(code, gap_ms=gap_ms)
    assert [e.key for e in stream[:4]] == [
        Qt.Key.Key_Shift,
        Qt.Key.Key_L,
        Qt.Key.Key_L,
        Qt.Key.Key_Shift,
    ]
    # At 0-1 ms Qt on X11 reports the repeated digits ("0000") as auto-repeat presses.
    assert any(e.auto_repeat for e in stream) == (gap_ms <= 1.0)
    feed(scan_clock, stream)

    assert scans == [code]
    assert line.text() == "paro"  # the first L that went through is taken back out
    assert line.cursorPosition() == 2
    assert entered == []  # the scanner's Enter did not reach the field


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"caps_lock": True}, TAG),
        ({"layout": "azerty"}, TAG),
        ({"layout": "azerty-garbled"}, "LD\u00e0\u00e0\u00e0\u00e0'\u00e9\u00e8"),
        ({"end": "keypad-enter"}, TAG),
        ({"end": "tab"}, TAG),
    ],
    ids=["caps-lock", "azerty-shift-digits", "azerty-garbled", "keypad-enter", "tab"],
)
def test_layouts_and_terminators(qtbot, form, scan_clock, options, expected):
    _host, line, _text, _combo, _detector, scans = form
    feed(scan_clock, scanner_keys(TAG, gap_ms=SCANNER_GAP_MS, **options))
    assert scans == [expected]
    assert parse_tag(scans[0]) == TAG  # the code module undoes the AZERTY digit row
    assert line.text() == ""
    assert QApplication.focusWidget() is line  # a Tab that ended a scan did not move focus


def test_dead_keys_and_lock_keys_do_not_break_a_burst(qtbot, form, scan_clock):
    _host, line, _text, _combo, _detector, scans = form
    stream = scanner_keys(TAG, gap_ms=2.0)
    at = stream[5].at_ms
    extra = [
        KeyEvent(at, True, Qt.Key.Key_CapsLock),
        KeyEvent(at, False, Qt.Key.Key_CapsLock),
        KeyEvent(at, True, Qt.Key.Key_AltGr),
        KeyEvent(at, False, Qt.Key.Key_AltGr),
        KeyEvent(at, True, Qt.Key.Key_Dead_Circumflex),
        KeyEvent(at, False, Qt.Key.Key_Dead_Circumflex),
    ]
    feed(scan_clock, stream[:6] + extra + stream[6:])
    assert scans == [TAG]
    assert line.text() == ""


def test_prefix_and_suffix_are_taken_off(qtbot, form, scan_clock):
    _host, line, _text, _combo, detector, scans = form
    detector.configure(prefix="#", suffix="$")
    # A scanner that ends with its suffix alone (no Enter) ...
    feed(scan_clock, scanner_keys(TAG, prefix="#", suffix="$", end="none"))
    # ... and one that sends suffix and Enter.
    feed(scan_clock, scanner_keys(BADGE, prefix="#", suffix="$"))
    assert scans == [TAG, BADGE]
    assert line.text() == ""
    qtbot.wait(250)  # past the stall timer: nothing is handed back afterwards
    assert line.text() == ""


def test_human_typing_passes_through_untouched(qtbot, form, scan_clock):
    _host, line, _text, _combo, _detector, scans = form
    entered: list[str] = []
    line.returnPressed.connect(lambda: entered.append(line.text()))

    type_text(qtbot, scan_clock, TAG, HUMAN_GAP_MS)

    assert scans == []
    assert entered == [TAG]


def test_a_short_fast_burst_is_given_back_in_order(qtbot, form, scan_clock):
    _host, line, _text, _combo, _detector, scans = form
    # Two quick keys (key rollover) and Enter: too short for a code, so it was a person.
    type_text(qtbot, scan_clock, "Ok", SCANNER_GAP_MS)
    assert scans == []
    assert line.text() == "Ok"


def test_a_burst_that_stops_without_enter_is_given_back(qtbot, form, scan_clock):
    _host, line, _text, _combo, _detector, scans = form
    type_text(qtbot, scan_clock, "Abcdefgh", SCANNER_GAP_MS, enter=False)
    assert line.text() == "A"  # the rest is held back while it may still be a scan
    qtbot.waitUntil(lambda: line.text() == "Abcdefgh")  # the stall timer hands it back
    assert scans == []
    feed(scan_clock, human_keys("I"))
    assert line.text() == "AbcdefghI"


def test_scan_into_a_multi_line_field_leaves_no_characters(qtbot, form, scan_clock):
    _host, _line, text, _combo, _detector, scans = form
    text.setPlainText("Notitie")
    text.moveCursor(text.textCursor().MoveOperation.End)
    text.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is text)

    feed(scan_clock, scanner_keys("https://zorgtech.example/i/LD0000427", gap_ms=1.0))

    assert scans == ["https://zorgtech.example/i/LD0000427"]
    assert text.toPlainText() == "Notitie"


def test_a_drop_down_keeps_its_answer_when_a_scan_starts_on_it(qtbot, form, scan_clock):
    _host, _line, _text, combo, _detector, scans = form
    combo.setCurrentIndex(1)
    combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    feed(scan_clock, scanner_keys(TAG))  # the first "L" would pick "Lastig"
    assert scans == [TAG]
    assert combo.currentText() == "Matig"


def test_a_single_key_shortcut_does_not_fire_inside_a_scan(qtbot, form, scan_clock):
    host, _line, _text, _combo, _detector, scans = form
    # Focus on a checkbox, as in the check-in dialog where 1/2/3 toggle accessories.
    box = QCheckBox("Oplader", host)
    host.layout().addWidget(box)
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    fired: list[str] = []
    for digit in "0427":
        QShortcut(QKeySequence(digit), host).activated.connect(lambda d=digit: fired.append(d))
    feed(scan_clock, scanner_keys(TAG))
    assert scans == [TAG]
    assert fired == []
    feed(scan_clock, human_keys("4"))  # typed by a person, the shortcut still works
    assert fired == ["4"]
    assert not box.isChecked()


def test_keys_with_control_are_never_taken(qtbot, form, scan_clock):
    _host, line, _text, _combo, _detector, scans = form
    line.setText("abc")
    line.selectAll()
    scan_clock.advance(1000)
    qtbot.keyClick(line, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    scan_clock.advance(1)
    qtbot.keyClick(line, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert scans == []
    assert line.text() == ""  # Ctrl+X reached the field and cut the selection


def test_without_a_clock_the_window_systems_key_times_count(qtbot, form):
    """A busy desk handles queued keys late, all at once: a person's keys (300 ms apart by the
    window system's clock) must still not look like a scanner burst, and a scanner's must."""
    _host, line, _text, _combo, form_detector, scans = form
    form_detector.enabled = False
    detector = ScanDetector(line)  # no test clock: the desk's own configuration
    detector.install()
    detector.scanned.connect(scans.append)

    def burst(code: str, gap_ms: int, start: int) -> None:
        for n, ch in enumerate([*code, "\r"]):
            key = Qt.Key.Key_Return if ch == "\r" else key_of(ch)
            event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, ch)
            event.setTimestamp(start + n * gap_ms)
            QApplication.sendEvent(line, event)

    burst("LD0000427", 300, 10_000)
    assert scans == []
    assert line.text() == "LD0000427"
    line.clear()
    burst("LD0000427", 4, 20_000)
    assert scans == ["LD0000427"]
    assert line.text() == ""
    detector.uninstall()
