"""Reading QR codes and Code128 from camera frames, off the GUI thread.

The camera delivers 15–30 frames a second. The window hands every frame to ``FrameDecoder.offer``
(cheap: a QVideoFrame is shared, not copied) and paints it; a worker thread takes only the
newest frame when it is ready for one, so frames that arrive while it decodes are dropped and
the preview never waits. At most ``max_rate`` frames a second are decoded.

A frame is made small before zxing-cpp sees it: only the part inside the on-screen frame
("hold the label here", ``GUIDE``), in grey (the Y plane of a YUV camera frame is the grey
picture already: no colour conversion), scaled down to at most ``max_side`` pixels; frame by
frame it is read as it is and turned by ±10° in turn (``TURNS``: a Code128 strip held askew;
one decode a frame all the same). zxing-cpp releases Python's lock while it decodes, so the
GUI thread runs on meanwhile.

``Repeats`` keeps a label that stays in view from counting again: a code counts once until it
has been out of sight for ``window_s`` seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import zxingcpp  # here, not in decode(): a missing library must show when the camera opens
from PySide6.QtCore import QObject, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QTransform
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

MAX_RATE = 8.0  # decodes per second at most: a label in view is read within ~1/8 s
MAX_SIDE = 960  # pixels: the longer side of the grey picture zxing-cpp gets (720p: kept whole)
REPEAT_WINDOW_S = 2.0  # the same code within this time of its last sighting counts once
# Frames are read turned by these angles in turn: zxing-cpp reads a Code128 strip only when
# it is nearly level (a QR code at any angle); ±10° covers a label held up to ~12° askew,
# for the price of one decode a frame.
TURNS = (0.0, 10.0, -10.0)
# The on-screen frame, as fractions of the picture: left, top, width, height.
GUIDE = QRectF(0.15, 0.125, 0.7, 0.75)

PF = QVideoFrameFormat.PixelFormat
# Camera formats whose first plane is the grey (luma) picture at full size, one byte a pixel.
_LUMA_FIRST = frozenset(
    {
        PF.Format_NV12,
        PF.Format_NV21,
        PF.Format_YUV420P,
        PF.Format_YUV422P,
        PF.Format_YV12,
        PF.Format_IMC1,
        PF.Format_IMC2,
        PF.Format_IMC3,
        PF.Format_IMC4,
        PF.Format_Y8,
    }
)


def guide_rect(width: int, height: int, guide: QRectF = GUIDE) -> QRect:
    """The on-screen frame in pixels of a ``width`` × ``height`` picture."""
    return QRect(
        round(guide.x() * width),
        round(guide.y() * height),
        round(guide.width() * width),
        round(guide.height() * height),
    )


def _mapped(frame: QVideoFrame, area: QRect) -> QImage | None:
    """The ``area`` of a mapped frame as a QImage of its own (copied: the frame is unmapped
    after), grey when the frame's first plane is luma; None when the format is not plain."""
    pf = frame.pixelFormat()
    if pf in _LUMA_FIRST:
        image_format = QImage.Format.Format_Grayscale8
    else:
        image_format = QVideoFrameFormat.imageFormatFromPixelFormat(pf)
        if image_format == QImage.Format.Format_Invalid:
            return None
    if not frame.map(QVideoFrame.MapMode.ReadOnly):
        return None
    try:
        whole = QImage(
            frame.bits(0), frame.width(), frame.height(), frame.bytesPerLine(0), image_format
        )
        return whole.copy(area)
    finally:
        frame.unmap()


def grey_picture(
    frame: QVideoFrame | QImage, *, guide: QRectF = GUIDE, max_side: int = MAX_SIDE
) -> QImage | None:
    """What the decoder reads of ``frame``: the guide area, grey, at most ``max_side`` px."""
    if isinstance(frame, QImage):
        if frame.isNull():
            return None
        part: QImage | None = frame.copy(guide_rect(frame.width(), frame.height(), guide))
    else:
        if not frame.isValid():
            return None
        area = guide_rect(frame.width(), frame.height(), guide)
        part = _mapped(frame, area)
        if part is None:  # packed YUV, MJPEG, …: Qt converts the whole frame
            whole = frame.toImage()
            part = None if whole.isNull() else whole.copy(area)
    if part is None or part.isNull():
        return None
    if max(part.width(), part.height()) > max_side:
        part = part.scaled(
            max_side,
            max_side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    if part.format() != QImage.Format.Format_Grayscale8:
        part = part.convertToFormat(QImage.Format.Format_Grayscale8)
    return part


def turned(picture: QImage, degrees: float) -> QImage:
    """``picture`` turned by ``degrees`` (grey, the corners filled in)."""
    if not degrees:
        return picture
    turned = picture.transformed(
        QTransform().rotate(degrees), Qt.TransformationMode.FastTransformation
    )
    return turned.convertToFormat(QImage.Format.Format_Grayscale8)


def decode(picture: QImage) -> list[str]:
    """The texts of the QR codes and Code128 barcodes in a grey ``picture``."""
    formats = (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.Code128)
    found = zxingcpp.read_barcodes(picture, formats=formats)
    return [code.text for code in found if code.text]


class Repeats:
    """A code counts once while it stays in view, and again after ``window_s`` seconds out of
    sight (a label held still is read many times a second)."""

    def __init__(
        self, window_s: float = REPEAT_WINDOW_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.window_s = window_s
        self.clock = clock
        self._last_seen: dict[str, float] = {}

    def fresh(self, text: str) -> bool:
        now = self.clock()
        last = self._last_seen.get(text)
        self._last_seen[text] = now
        if len(self._last_seen) > 64:  # a desk runs all day: forget what is long gone
            self._last_seen = {t: s for t, s in self._last_seen.items() if now - s <= self.window_s}
        return last is None or now - last > self.window_s


@dataclass
class DecodeStats:
    offered: int = 0  # frames the camera delivered
    decoded: int = 0  # frames the decoder read (the rest were dropped: a newer one came)
    found: int = 0  # codes read (before repeats are taken out)
    busy_s: float = 0.0  # time spent preparing and decoding


class FrameDecoder(QObject):
    """A worker thread that decodes the newest frame offered, at most ``max_rate`` a second.

    ``found(text)`` is emitted from the worker thread; connected to a slot of an object in the
    GUI thread it arrives there (Qt queues it)."""

    found = Signal(str)

    def __init__(
        self,
        *,
        max_rate: float = MAX_RATE,
        max_side: int = MAX_SIDE,
        guide: QRectF = GUIDE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.max_rate = max_rate
        self.max_side = max_side
        self.guide = guide
        self.stats = DecodeStats()
        self._latest: QVideoFrame | QImage | None = None
        self._wake = threading.Condition()
        self._running = False
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._running = True
        self._thread = threading.Thread(target=self._run, name="camera-decoder", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the worker and wait for it (a decode takes milliseconds)."""
        with self._wake:
            self._running = False
            self._latest = None
            self._wake.notify()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def offer(self, frame: QVideoFrame | QImage) -> None:
        """The newest frame; one still waiting is dropped."""
        with self._wake:
            self.stats.offered += 1
            self._latest = frame
            self._wake.notify()

    def _take(self) -> QVideoFrame | QImage | None:
        with self._wake:
            while self._running and self._latest is None:
                self._wake.wait()
            frame, self._latest = self._latest, None
            return frame if self._running else None

    def _run(self) -> None:
        interval = 1.0 / self.max_rate if self.max_rate > 0 else 0.0
        while True:
            frame = self._take()
            if frame is None:
                return
            started = time.perf_counter()
            try:
                picture = grey_picture(frame, guide=self.guide, max_side=self.max_side)
                del frame  # the camera may reuse its buffer
                turn = TURNS[self.stats.decoded % len(TURNS)]
                texts = decode(turned(picture, turn)) if picture is not None else []
            except Exception:  # one odd frame must not stop the camera
                texts = []
            spent = time.perf_counter() - started
            self.stats.decoded += 1
            self.stats.busy_s += spent
            for text in texts:
                self.stats.found += 1
                self.found.emit(text)
            if interval > spent:
                with self._wake:  # rest, but wake at once when stopped
                    if self._running:
                        self._wake.wait_for(lambda: not self._running, timeout=interval - spent)
