"""The scan detector on its own: real key events into real text fields, with a test clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from lendingdesk.ui.desk.scan_detector import ScanDetector
from tests.ui_desk.conftest import (
    HUMAN_GAP_MS,
    OFFSCREEN_NOISE,
    SCANNER_GAP_MS,
    ScanClock,
    type_text,
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def form(qtbot, scan_clock: ScanClock):
    host = QWidget()
    layout = QVBoxLayout(host)
    line = QLineEdit(host)
    text = QPlainTextEdit(host)
    layout.addWidget(line)
    layout.addWidget(text)
    detector = ScanDetector(host, clock=scan_clock).install()
    scans: list[str] = []
    detector.scanned.connect(scans.append)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line)
    return host, line, text, detector, scans


def test_scanner_burst_is_recognised_and_the_field_keeps_its_text(qtbot, form, scan_clock):
    _host, line, _text, _detector, scans = form
    line.setText("paro")
    line.setCursorPosition(2)
    entered: list[bool] = []
    line.returnPressed.connect(lambda: entered.append(True))

    scan_clock.advance(1000)
    type_text(qtbot, scan_clock, "LD0000427", SCANNER_GAP_MS)

    assert scans == ["LD0000427"]
    assert line.text() == "paro"
    assert line.cursorPosition() == 2
    assert entered == []  # the scanner's Enter did not reach the field


def test_human_typing_passes_through_untouched(qtbot, form, scan_clock):
    _host, line, _text, _detector, scans = form
    entered: list[str] = []
    line.returnPressed.connect(lambda: entered.append(line.text()))

    type_text(qtbot, scan_clock, "LD0000427", HUMAN_GAP_MS)

    assert scans == []
    assert entered == ["LD0000427"]


def test_a_short_fast_burst_is_given_back_in_order(qtbot, form, scan_clock):
    _host, line, _text, _detector, scans = form
    # Two quick keys (key rollover) and Enter: too short for a code, so it was a person.
    type_text(qtbot, scan_clock, "ok", SCANNER_GAP_MS)
    assert scans == []
    assert line.text() == "ok"


def test_a_burst_that_stops_without_enter_is_given_back(qtbot, form, scan_clock):
    _host, line, _text, _detector, scans = form
    type_text(qtbot, scan_clock, "abcdefgh", SCANNER_GAP_MS, enter=False)
    assert line.text() == "a"  # the rest is held back while it may still be a scan
    qtbot.waitUntil(lambda: line.text() == "abcdefgh")  # the stall timer hands it back
    assert scans == []
    scan_clock.advance(HUMAN_GAP_MS)
    qtbot.keyClick(line, "i")
    assert line.text() == "abcdefghi"


def test_scan_into_a_multi_line_field_leaves_no_characters(qtbot, form, scan_clock):
    _host, _line, text, _detector, scans = form
    text.setPlainText("Notitie")
    text.moveCursor(text.textCursor().MoveOperation.End)
    text.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is text)

    scan_clock.advance(1000)
    type_text(qtbot, scan_clock, "https://zorgtech.example/i/LD0000427", SCANNER_GAP_MS)

    assert scans == ["https://zorgtech.example/i/LD0000427"]
    assert text.toPlainText() == "Notitie"


def test_keys_with_control_are_never_taken(qtbot, form, scan_clock):
    _host, line, _text, _detector, scans = form
    line.setText("abc")
    line.selectAll()
    scan_clock.advance(1000)
    qtbot.keyClick(line, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    scan_clock.advance(1)
    qtbot.keyClick(line, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert scans == []
    assert line.text() == ""  # Ctrl+X reached the field and cut the selection
