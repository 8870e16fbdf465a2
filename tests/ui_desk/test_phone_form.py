"""The phone review form started by the desk: enabled in the settings, it serves on the local
network while the desk runs and stops when the desk closes; a check-in by scanner shows the
returned product's QR code (which a phone decodes to a link that opens the form), without
taking the keyboard away from the scanner."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from lendingdesk.services.review_links import LinkState
from lendingdesk.ui.desk.desk_settings import DeskSettings
from tests.ui_desk.conftest import OFFSCREEN_NOISE, human_keys, scan, when_modal

# The offscreen platform cannot raise windows (the panel hands activation back to the desk).
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def decode(image: QImage) -> list[str]:
    """What a phone's camera reads from the code on screen."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    import io

    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("L")
    return [code.text for code in zxingcpp.read_barcodes(picture)]


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            return reply.status, reply.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


class TestEnabled:
    @pytest.fixture
    def settings(self):
        return DeskSettings(
            language="nl", desk_name="Testbalie", phone_form=True, phone_form_port=free_port()
        )

    def test_the_desk_serves_the_form_and_shows_the_qr_after_a_check_in(
        self, qtbot, window, settings, cat, scan_clock
    ):
        served_and_shown(qtbot, window, settings.phone_form_port, cat, scan_clock)


def served_and_shown(qtbot, window, port, cat, scan_clock):
    base = f"http://127.0.0.1:{port}"
    assert get(base + "/healthz") == (200, "ok\n")
    desk = window.desk
    desk.service.check_out(cat.paro[0], cat.mo)
    errors = when_modal(qtbot, lambda _d: human_keys(qtbot, scan_clock, Qt.Key.Key_Return))
    scan(qtbot, scan_clock, cat.paro[0])
    assert not errors
    phone = window.phone_form
    qtbot.waitUntil(lambda: phone.panel is not None and phone.panel.isVisible(), timeout=5000)
    panel = phone.panel
    assert "PARO robotzeehond" in panel.explain.text()
    assert panel.address.text() == panel.link.url and f":{port}/r/" in panel.link.url
    # The panel takes no keys: the next scan (a card) still reaches the desk.
    assert not panel.isActiveWindow()
    scan(qtbot, scan_clock, cat.sanne)
    qtbot.waitUntil(lambda: desk.borrower is not None and desk.borrower.badge == cat.sanne)
    assert decode(panel.qr.grab().toImage()) == [panel.link.url]
    token = panel.link.token
    status, page = get(f"{base}/r/{token}")
    assert status == 200 and "PARO robotzeehond" in page
    assert phone.links.check(token) is LinkState.VALID
    panel.close_button.click()
    qtbot.waitUntil(lambda: phone.panel is None)
    window.close()
    with pytest.raises(OSError):
        urllib.request.urlopen(base + "/healthz", timeout=3)


def test_without_the_setting_there_is_no_server_and_no_panel(qtbot, window, cat, scan_clock):
    desk = window.desk
    assert getattr(window, "phone_form", None) is None
    desk.service.check_out(cat.paro[0], cat.mo)
    errors = when_modal(qtbot, lambda _d: human_keys(qtbot, scan_clock, Qt.Key.Key_Return))
    scan(qtbot, scan_clock, cat.paro[0])
    assert not errors
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "phoneLinkPanel"]
