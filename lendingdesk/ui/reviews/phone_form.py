"""The phone review form at the desk: the web server started with the desk (when enabled in
the settings) and stopped when it closes, and the QR code shown right after a check-in for the
professional to scan at once.

The panel never takes the keyboard focus: the next scan still goes to the desk, and a new
check-in or check-out closes it (as does its Close button, or two minutes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.dates import format_date
from lendingdesk.ui.screens.base import readable, ui_lang

if TYPE_CHECKING:
    from lendingdesk.services.review_links import ReviewLink, ReviewLinkService
    from lendingdesk.ui.main_window import MainWindow
    from lendingdesk.web.server import ReviewWebServer

log = logging.getLogger(__name__)

SHOW_FOR_MS = 120_000


class QrView(QWidget):
    """A QR code drawn module by module (sharp at any size), with its quiet zone."""

    QUIET = 4

    def __init__(self, payload: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import segno  # only when a code is shown

        self.payload = payload
        self.matrix = [list(row) for row in segno.make_qr(payload, error="m").matrix]
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(self.sizeHint())
        self.setAccessibleName(payload)

    def sizeHint(self) -> QSize:
        modules = len(self.matrix) + 2 * self.QUIET
        side = modules * max(6, 300 // modules)
        return QSize(side, side)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        modules = len(self.matrix) + 2 * self.QUIET
        size = min(self.width(), self.height()) / modules
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(
                        QRectF((x + self.QUIET) * size, (y + self.QUIET) * size, size, size)
                    )
        painter.end()


class PhoneLinkPanel(QDialog):
    """ "Your review on your phone": the QR code, the address to type, and until when."""

    def __init__(self, link: ReviewLink, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("phoneLinkPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        # No window manager draws a frame around a tool window on every desk: draw our own.
        self.setStyleSheet("#phoneLinkPanel { background: #ffffff; border: 3px solid #1f4e79; }")
        self.link = link
        self.product = link.product
        self.qr = QrView(link.url, self)
        self.title = QLabel(self)
        self.title.setStyleSheet("color:#1f3447; font-size:18pt; font-weight:700;")
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        readable(self.explain, 12.5)
        self.address = QLabel(link.url, self)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        readable(self.address, 13, bold=True)
        self.valid = QLabel(self)
        self.valid.setStyleSheet("color:#4a5a6a; font-size:12pt;")
        self.close_button = QPushButton(self)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setMinimumHeight(44)
        self.close_button.clicked.connect(self.close)
        text = QVBoxLayout()
        text.setSpacing(10)
        text.addWidget(self.title)
        text.addWidget(self.explain)
        text.addWidget(self.valid)
        text.addStretch(1)
        text.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(24)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        text.insertWidget(2, self.address)
        self.setMinimumWidth(720)
        self.timer = QTimer(self, singleShot=True, interval=SHOW_FOR_MS)
        self.timer.timeout.connect(self.close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review on the phone"))
        self.title.setText(self.tr("Your review on your phone"))
        self.explain.setText(
            self.tr(
                "How did %1 work out? Scan this code with your phone's camera: the review form "
                "opens (about 5 minutes). Or type the address below."
            ).replace("%1", self.product)
        )
        day = format_date(self.link.expires.date(), ui_lang())
        self.valid.setText(self.tr("The link works once, until %1.").replace("%1", day))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_near(self, anchor: QWidget) -> None:
        self.adjustSize()
        top = anchor.window()
        centre = top.geometry().center()
        self.move(centre.x() - self.width() // 2, centre.y() - self.height() // 2)
        self.show()
        # The desk keeps the keyboard: the scanner's next code must reach it, not the panel.
        top.activateWindow()
        self.timer.start()


class PhoneForm:
    """The desk's side of the phone form: the links service, the server (when enabled) and
    the one panel on screen."""

    def __init__(self, links: ReviewLinkService, *, show_qr: bool = True) -> None:
        self.links = links
        self.show_qr = show_qr
        self.server: ReviewWebServer | None = None
        self.panel: PhoneLinkPanel | None = None
        self.problem: str | None = None

    def start_server(self, host: str, port: int) -> bool:
        """Serve the form on the local network; False (and ``problem``) when it cannot."""
        from lendingdesk.errors import LendingError
        from lendingdesk.web.server import ReviewWebServer, ServerOptions

        try:
            self.server = ReviewWebServer(self.links, ServerOptions(host=host, port=port)).start()
        except LendingError as exc:
            self.problem = exc.en
            log.warning("phone review form not started: %s", exc.en)
            return False
        log.info("phone review form on %s", self.server.url)
        return True

    def stop(self) -> None:
        self.close_panel()
        if self.server is not None:
            self.server.stop()
            self.server = None

    def close_panel(self) -> None:
        if self.panel is not None:
            panel, self.panel = self.panel, None
            panel.close()

    def after_check_in(self, loan_id: int, anchor: QWidget) -> PhoneLinkPanel | None:
        """A link for the loan just returned, shown as a QR code (when the setting says so)."""
        from lendingdesk.errors import LendingError

        self.close_panel()
        if not self.show_qr:
            return None
        try:
            link = self.links.issue_link(loan_id)
        except LendingError as exc:
            log.info("no review link after check-in of loan %s: %s", loan_id, exc.en)
            return None
        self.panel = PhoneLinkPanel(link, anchor.window())
        self.panel.destroyed.connect(self._forget_panel)
        self.panel.show_near(anchor)
        return self.panel

    def _forget_panel(self, *_args: object) -> None:
        self.panel = None

    def stop_with(self, window: QWidget) -> None:
        """Stop the server when ``window`` closes (and when the application quits)."""
        from PySide6.QtWidgets import QApplication

        stopper = _StopOnClose(self.stop, window)
        window.installEventFilter(stopper)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)


class _StopOnClose(QObject):
    def __init__(self, stop: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._stop = stop

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and obj is self.parent():
            self._stop()
        return False


def wire_phone_form(
    window: MainWindow, links: ReviewLinkService, *, port: int, show_qr: bool
) -> PhoneForm:
    """Start the form for phones on every network of this computer and hook it to the desk."""
    phone = PhoneForm(links, show_qr=show_qr)
    if not phone.start_server("0.0.0.0", port):
        window.say_in_status(
            QCoreApplication.translate(
                "PhoneForm", "The review form for phones could not start: %1"
            ).replace("%1", phone.problem or "")
        )
    phone.stop_with(window)
    window.desk.changed.connect(phone.close_panel)
    window.desk.set_phone_link_handler(lambda loan_id: phone.after_check_in(loan_id, window))
    window.phone_form = phone  # type: ignore[attr-defined]
    return phone
