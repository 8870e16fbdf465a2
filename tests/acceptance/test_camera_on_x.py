"""The camera window in the real application on a real X server (this machine has no webcam):
F9 opens it beside the desk with one clear line, the desk keeps the keyboard, so a scanner
still lends while it is open, and F9 closes it again."""

from __future__ import annotations

import pytest

from tests.acceptance.test_desk_on_x import DESK_OK, _free_borrower
from tests.acceptance.xdesk import SCREEN, XDesk, count_colour, wait_until

pytestmark = pytest.mark.slow

NO_CAMERA_BOX = "#2a3b4d"  # the box with the camera window's message


def test_camera_window_beside_the_desk_without_a_camera(xdesk: XDesk) -> None:
    xdesk.focus()
    xdesk.key("F9")
    camera = xdesk.dialog("Scannen met de camera")
    geometry = xdesk.geometry(camera)
    assert geometry.inside(*SCREEN), geometry
    main = xdesk.geometry()
    # Clear of the desk's answer (the banner at the top of the window).
    assert geometry.y > main.y + 150, (geometry, main)
    # The picture's place says there is no camera (a dark box, lendingdesk/ui/camera/window.py).
    box = (geometry.x, geometry.y, geometry.width, geometry.height)
    wait_until(
        lambda: count_colour(xdesk.screenshot("camera-opened"), NO_CAMERA_BOX, box) > 500,
        "the camera window to say there is no camera",
    )

    # The keyboard stayed with the desk: a scanner lends while the camera window is open.
    badge = _free_borrower(xdesk)
    (tag,) = xdesk.tags("available", 1)
    xdesk.scan(badge)
    xdesk.scan(tag)
    xdesk.wait_status(tag, "on_loan")
    shot = xdesk.screenshot("camera-window-no-camera")
    assert count_colour(shot, DESK_OK, (240, 80, 1000, 120)) > 300  # the green banner, visible

    xdesk.key("F10")
    xdesk.key("F9")
    wait_until(lambda: camera not in xdesk.windows(), "the camera window to close")
    assert "Traceback" not in xdesk.app_log()
