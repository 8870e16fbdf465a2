"""The focus is always visible: a button with a style of its own (the blue primary buttons, the
red "retire" ones, the labels dialog's Preview) lost the window's focus frame, so Tab moved
the focus onto an invisible place (seen on a real X screen at Labels afdrukken → Voorbeeld)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from lendingdesk.ui.app import STYLE
from lendingdesk.ui.screens.base import DANGER_BUTTON, PRIMARY_BUTTON


@pytest.mark.parametrize("style", [PRIMARY_BUTTON, DANGER_BUTTON], ids=["primary", "danger"])
def test_a_styled_button_shows_that_it_has_the_focus(qtbot, style: str) -> None:
    app = QApplication.instance()
    app.setStyleSheet(STYLE)  # the window's own look, with its focus frame for buttons
    try:
        page = QWidget()
        qtbot.addWidget(page)
        layout = QVBoxLayout(page)
        first, button = QPushButton("Annuleren", page), QPushButton("Voorbeeld", page)
        button.setStyleSheet(style)
        layout.addWidget(first)
        layout.addWidget(button)
        page.show()
        qtbot.waitExposed(page)
        first.setFocus()
        qtbot.waitUntil(lambda: first.hasFocus())
        without = button.grab().toImage()
        button.setFocus()
        qtbot.waitUntil(lambda: button.hasFocus())
        with_focus = button.grab().toImage()
        assert with_focus != without
    finally:
        app.setStyleSheet("")
