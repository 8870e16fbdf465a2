"""Windows and dialogs that fit the screen they open on (a 1366×768 laptop with a taskbar,
a 1280×720 desk screen): never taller or wider than the available area."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the frame the window manager draws around a window (title bar, borders).
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Size ``widget`` to ``width``×``height``, or smaller where its screen has less room.

    The widget's own layout must then be able to shrink (a scroll area for long forms)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    area = screen.availableGeometry()
    widget.resize(
        max(200, min(width, area.width() - FRAME_WIDTH)),
        max(200, min(height, area.height() - FRAME_HEIGHT)),
    )
