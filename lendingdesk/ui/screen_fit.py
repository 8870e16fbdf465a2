"""Keep a window whole on its screen: buttons, status bar and all.

A 1280×720 projector or a 1366×768 laptop with a taskbar leaves less room than the windows were
drawn for. ``fit_to_screen`` shrinks a window (never below its minimum size) to the screen's
available area and moves it inside; a window manager's frame is taken into account.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def fit_to_screen(window: QWidget) -> None:
    screen = QWidget.screen(window) or QApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = max(0, frame.width() - window.width())
    extra_h = max(0, frame.height() - window.height())
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
