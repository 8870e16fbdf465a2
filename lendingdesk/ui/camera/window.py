"""The camera window: a live picture with a frame to hold the label in, beside the desk.

It stands next to the window (not modal, never taking the keyboard), so the desk's green or
red answer stays in view and the desk's keys keep working; F9 opens and closes it.
Every code it reads goes out as ``scanned(text)``: the main window hands it to the same
routing as a scanner's burst (scan_routing), so the Balie and every screen and dialog that
takes scans gets camera scans the same way. A label that stays in view counts once
(``decoder.Repeats``). The camera is switched on only while this window is open.

Nothing here fails loudly: no camera, a camera in use by another program, refused access or a
build without the camera backend each give one clear line in the window.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoFrameFormat,
    QVideoSink,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.ui.camera.decoder import GUIDE, REPEAT_WINDOW_S, FrameDecoder, Repeats
from lendingdesk.ui.desk.feedback import PALETTE, Sounds, Tone
from lendingdesk.ui.scan_routing import Scan

log = logging.getLogger(__name__)

SHORTCUT = "F9"
FLASH_MS = 900  # the frame turns green this long after a read
NO_PICTURE_MS = 8000  # a camera that gives no picture this long after switching on: said so
PREFERRED_WIDTH = 1280  # camera formats wider than this only cost CPU
PF = QVideoFrameFormat.PixelFormat
# Formats the decoder reads without a colour conversion (luma plane first), then the rest.
_CHEAP_FORMATS = (PF.Format_NV12, PF.Format_YUV420P, PF.Format_NV21, PF.Format_YV12)

Frame = QVideoFrame | QImage


def backend_available() -> bool:
    """Qt's media backend is a plugin; a build may leave it out (the camera needs it)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "multimedia"
    return folder.is_dir() and any(folder.iterdir())


def choose_format(device: QCameraDevice) -> QCameraFormat | None:
    """A modest format: the widest up to 1280 px at 15 frames/s or more, cheap formats first."""

    def score(f: QCameraFormat) -> tuple[int, int, int]:
        size = f.resolution()
        fits = size.width() <= PREFERRED_WIDTH and f.maxFrameRate() >= 15
        return (
            int(fits),
            size.width() if fits else -size.width(),
            int(f.pixelFormat() in _CHEAP_FORMATS),
        )

    formats = list(device.videoFormats())
    return max(formats, key=score) if formats else None


class CameraPreview(QWidget):
    """The camera picture (mirrored, like a mirror: a label moved right moves right), dimmed
    outside the frame, the frame's corners, and the hint to hold the label there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPreview")
        self.mirrored = True
        self.frame: Frame | None = None
        self.message = ""  # shown instead of a picture (starting, no camera, an error)
        self.hint = ""
        self.flash_text = ""
        self.flash_timer = QTimer(self)
        self.flash_timer.setSingleShot(True)
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self.update)
        self.setMinimumSize(QSize(400, 225))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_frame(self, frame: Frame) -> None:
        self.frame = frame
        self.message = ""
        self.update()

    def show_message(self, text: str) -> None:
        self.frame = None
        self.message = text
        self.update()

    def flash(self, text: str) -> None:
        self.flash_text = text
        self.flash_timer.start()
        self.update()

    def flashing(self) -> bool:
        return self.flash_timer.isActive()

    def picture_rect(self) -> QRectF:
        """Where the picture goes: as large as fits, its own proportions kept."""
        frame = self.frame
        width, height = (frame.width(), frame.height()) if frame is not None else (16, 9)
        area = QRectF(self.rect())
        scale = min(area.width() / max(1, width), area.height() / max(1, height))
        w, h = width * scale, height * scale
        return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)

    def paintEvent(self, _event: QEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#1f2d3d"))
        target = self.picture_rect()
        if self.frame is not None:
            painter.save()
            if self.mirrored:
                painter.translate(target.x() + target.width(), target.y())
                painter.scale(-1, 1)
                place = QRectF(0, 0, target.width(), target.height())
            else:
                place = target
            if isinstance(self.frame, QImage):
                painter.drawImage(place, self.frame)
            else:
                self.frame.paint(painter, place, QVideoFrame.PaintOptions())
            painter.restore()
        guide = QRectF(
            target.x() + GUIDE.x() * target.width(),
            target.y() + GUIDE.y() * target.height(),
            GUIDE.width() * target.width(),
            GUIDE.height() * target.height(),
        )
        if self.message:  # no picture: only what is the matter
            self._text_box(painter, target, self.message, QColor("#2a3b4d"), wrap=True)
            painter.end()
            return
        outside = QPainterPath()
        outside.addRect(target)
        inner = QPainterPath()
        inner.addRoundedRect(guide, 14, 14)
        painter.fillPath(outside.subtracted(inner), QColor(0, 0, 0, 120))
        self._corners(painter, guide)
        band = QRectF(target.left(), target.top(), target.width(), guide.top() - target.top())
        if self.flashing():
            bg, fg, _border = PALETTE[Tone.OK]
            self._text_box(painter, band, self.flash_text, QColor(bg), fg=QColor(fg))
        elif self.hint:
            self._text_box(painter, band, self.hint, QColor(0, 0, 0, 150))
        painter.end()

    def _corners(self, painter: QPainter, guide: QRectF) -> None:
        colour = QColor(PALETTE[Tone.OK][2]) if self.flashing() else QColor("#ffffff")
        pen = QPen(colour, 6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        arm = min(guide.width(), guide.height()) * 0.18
        for x, y, dx, dy in (
            (guide.left(), guide.top(), 1, 1),
            (guide.right(), guide.top(), -1, 1),
            (guide.left(), guide.bottom(), 1, -1),
            (guide.right(), guide.bottom(), -1, -1),
        ):
            painter.drawLine(int(x), int(y), int(x + dx * arm), int(y))
            painter.drawLine(int(x), int(y), int(x), int(y + dy * arm))

    def _text_box(
        self,
        painter: QPainter,
        area: QRectF,
        text: str,
        background: QColor,
        *,
        fg: QColor | None = None,
        wrap: bool = False,
    ) -> None:
        """``text`` in a rounded box in the middle of ``area``: one line sized to fit the band
        above the frame (the label itself stays uncovered), or wrapped (a message)."""
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        if wrap:
            font.setPointSizeF(14)
        else:
            font.setPixelSize(max(12, min(22, round(area.height() * 0.55))))
        painter.setFont(font)
        flags = int(Qt.AlignmentFlag.AlignCenter)
        if wrap:
            flags |= int(Qt.TextFlag.TextWordWrap)
        bound = painter.boundingRect(QRectF(0, 0, area.width() - 40, 1000), flags, text)
        box = QRectF(0, 0, bound.width() + 24, min(area.height() - 2, bound.height() + 6))
        if wrap:
            box.setHeight(bound.height() + 16)
        box.moveCenter(area.center())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(fg or QColor("#ffffff"))
        painter.drawText(box, flags, text)


class CameraWindow(QDialog):
    """Scanning with the camera. ``scanned(text)``: a code was read (repeats taken out)."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        sounds: Sounds | None = None,
        repeat_window_s: float = REPEAT_WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
        decoder: FrameDecoder | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cameraWindow")
        self.setModal(False)
        # A viewfinder: the desk keeps the keyboard (F10 finishes, Ctrl+Z undoes, a typed code
        # goes into the desk's field) while the camera window is open.
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.sounds = sounds or Sounds(enabled=False)
        self.repeats = Repeats(repeat_window_s, clock)
        self.camera: QCamera | None = None
        self.session: QMediaCaptureSession | None = None
        self.devices: QMediaDevices | None = None
        self.reads = 0  # codes handed on (repeats taken out)
        self._state: Callable[[], str] = lambda: ""  # what the status line says now

        self.heading = QLabel(self)
        self.heading.setProperty("screenTitle", True)
        self.preview = CameraPreview(self)
        self.status = QLabel(self)
        self.status.setObjectName("cameraStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet("#cameraStatus { font-size: 12pt; }")
        self.chooser_label = QLabel(self)
        self.chooser = QComboBox(self)
        self.chooser_label.setBuddy(self.chooser)
        self.chooser_label.hide()
        self.chooser.hide()
        self.chooser.currentIndexChanged.connect(self._camera_chosen)
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.close)

        below = QHBoxLayout()
        below.addWidget(self.chooser_label)
        below.addWidget(self.chooser, 1)
        below.addStretch(1)
        below.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addLayout(below)

        # Frames from the camera arrive at the sink; tests put frames there the same way.
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self.feed)
        self.no_picture = QTimer(self)
        self.no_picture.setSingleShot(True)
        self.no_picture.setInterval(NO_PICTURE_MS)
        self.no_picture.timeout.connect(self._no_picture)
        self.decoder = decoder or FrameDecoder(parent=self)
        self.decoder.found.connect(self._found)
        self._retranslate()
        self.resize(470, 410)

    # --- the camera --------------------------------------------------------------------------

    def open_camera(self) -> None:
        """Switch the camera on (the first one, or the one chosen), or say why it cannot."""
        self.decoder.start()
        if not backend_available():
            self._say(lambda: self.tr("Camera scanning is not available in this build."))
            return
        if self.devices is None:
            self.devices = QMediaDevices(self)
            self.devices.videoInputsChanged.connect(self._cameras_changed)
        self._fill_chooser()
        if self.chooser.count() == 0:
            self._say(
                lambda: self.tr(
                    "No camera found. Connect a webcam (it starts by itself), "
                    "or scan with a scanner."
                )
            )
            return
        self._ask_permission()

    def _ask_permission(self) -> None:
        try:
            from PySide6.QtCore import QCameraPermission, QCoreApplication
        except ImportError:  # an older Qt: no permission API
            self.start_camera(self.chooser.currentData())
            return
        app = QCoreApplication.instance()
        permission = QCameraPermission()
        status = app.checkPermission(permission)
        if status == Qt.PermissionStatus.Granted:
            self.start_camera(self.chooser.currentData())
        elif status == Qt.PermissionStatus.Denied:
            self._refused()
        else:
            self._say(lambda: self.tr("Allow LendingDesk to use the camera."))
            app.requestPermission(permission, self, lambda _p: self._ask_permission())

    def _refused(self) -> None:
        self._say(
            lambda: self.tr(
                "Access to the camera was refused. Allow it in the computer's privacy "
                "settings, then open the camera again."
            )
        )

    def _fill_chooser(self) -> None:
        current = self.chooser.currentData()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for device in QMediaDevices.videoInputs():
            self.chooser.addItem(device.description(), device)
        index = next(
            (i for i in range(self.chooser.count()) if self.chooser.itemData(i) == current), 0
        )
        self.chooser.setCurrentIndex(index)
        self.chooser.blockSignals(False)
        many = self.chooser.count() > 1
        self.chooser.setVisible(many)
        self.chooser_label.setVisible(many)

    def _cameras_changed(self) -> None:
        """A webcam plugged in or out: start when the first comes, say so when it goes."""
        was = self.chooser.currentData()
        self._fill_chooser()
        if self.camera is None or was != self.chooser.currentData():
            self._stop_camera()
            if self.isVisible():
                self.open_camera()

    def _camera_chosen(self, _index: int) -> None:
        self._stop_camera()
        self._ask_permission()

    def start_camera(self, device: QCameraDevice) -> None:
        """Switch ``device`` on; frames go to the sink. No picture within ``NO_PICTURE_MS``
        (a camera another program holds, a closed privacy cover): one line says so."""
        self._stop_camera()
        camera = QCamera(device, self)
        chosen = choose_format(device)
        if chosen is not None:
            camera.setCameraFormat(chosen)
        camera.errorOccurred.connect(self._camera_error)
        session = QMediaCaptureSession(self)
        session.setCamera(camera)
        session.setVideoSink(self.sink)
        self.camera, self.session = camera, session
        name = device.description()
        self._say(lambda: self.tr("Starting the camera (%1)…").replace("%1", name))
        self.preview.show_message(self.status.text())
        self._status_shown()
        camera.activeChanged.connect(lambda active: active and self._ready(name))
        self.no_picture.start()
        camera.start()

    def _ready(self, name: str) -> None:
        self._say(lambda: self.tr("Camera: %1").replace("%1", name))

    def _camera_error(self, error: QCamera.Error, detail: str) -> None:
        if error == QCamera.Error.NoError:
            return
        log.warning("camera error %s: %s", error, detail)
        self._stop_camera()
        self._say(
            lambda: self.tr(
                "The camera could not be started: another program is using it, or access "
                "was refused. Close that program (for example Teams), then open the camera "
                "again."
            )
        )

    def _no_picture(self) -> None:
        if self.camera is None:
            return
        log.warning("the camera gave no picture within %d ms", self.no_picture.interval())
        self._stop_camera()
        self._say(
            lambda: self.tr(
                "The camera gives no picture. Another program may be using it (for example "
                "Teams), or its cover is closed. Close that program or open the cover, then "
                "open the camera again."
            )
        )

    def _stop_camera(self) -> None:
        self.no_picture.stop()
        if self.camera is not None:
            self.camera.stop()
            self.camera.deleteLater()
            self.camera = None
        if self.session is not None:
            self.session.deleteLater()
            self.session = None

    def stop(self) -> None:
        """Camera off, decoder stopped (closing the window does this)."""
        self._stop_camera()
        self.decoder.stop()

    # --- frames and codes ---------------------------------------------------------------------

    def feed(self, frame: QVideoFrame) -> None:
        """A new camera frame: shown at once, offered to the decoder (which drops what it
        has no time for)."""
        if not frame.isValid():
            return
        self.no_picture.stop()
        had_message = bool(self.preview.message)
        self.preview.show_frame(frame)
        if had_message:
            self._status_shown()
        self.decoder.offer(frame)

    def _found(self, text: str) -> None:
        if not self.isVisible() or not self.repeats.fresh(text):
            return
        self.reads += 1
        self.sounds.play(Tone.READ)
        scan = Scan.read(text)
        self.preview.flash(self.tr("Read: %1").replace("%1", scan.code))
        self.scanned.emit(text)

    # --- text, closing ------------------------------------------------------------------------

    def _say(self, text: Callable[[], str]) -> None:
        self._state = text
        self.status.setText(text())
        if self.camera is None:
            self.preview.show_message(text())
        self._status_shown()

    def _status_shown(self) -> None:
        """The line below the picture; while the picture area says it already, not twice."""
        self.status.setVisible(self.preview.message != self.status.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scan with the camera"))
        self.heading.setText(self.tr("Scan with the camera"))
        self.preview.hint = self.tr("Hold the label inside the frame")
        self.chooser_label.setText(self.tr("&Camera:"))
        self.close_button.setText(self.tr("Close (%1)").replace("%1", SHORTCUT))
        text = self._state()
        self.status.setText(text)
        if self.preview.message:
            self.preview.show_message(text)
        self._status_shown()
        self.preview.update()

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)
