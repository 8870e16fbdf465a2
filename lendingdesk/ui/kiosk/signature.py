"""A signature pad: sign with a mouse, a pen (tablet events, pressure ignored) or a finger
(touch arrives as mouse events). Each stroke is a ``QPainterPath``; ``png()`` gives the
signature in black on white, cropped to the ink with a small margin."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#10243a")
PEN_WIDTH = 3.0
MIN_INK_PX = 12  # a signature is more than a dot: its strokes span at least this much


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 150)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.strokes: list[QPainterPath] = []
        self._current: QPainterPath | None = None
        self.hint = ""

    # --- input ------------------------------------------------------------------------------

    def _begin(self, at: QPointF) -> None:
        path = QPainterPath(at)
        path.lineTo(at + QPointF(0.01, 0.01))  # a dot shows at once
        self._current = path
        self.strokes.append(path)
        self.update()

    def _extend(self, at: QPointF) -> None:
        if self._current is None:
            return
        self._current.lineTo(at)
        self.update()

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.buttons():
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesized mouse events on top

    # --- the signature ----------------------------------------------------------------------

    def ink_rect(self) -> QRectF:
        rect = QRectF()
        for path in self.strokes:
            rect = rect.united(path.boundingRect())
        return rect

    def is_signed(self) -> bool:
        rect = self.ink_rect()
        return max(rect.width(), rect.height()) >= MIN_INK_PX

    def clear(self) -> None:
        self.strokes = []
        self._current = None
        self.update()
        self.changed.emit()

    def png(self, scale: float = 2.0) -> bytes:
        """The signature as a PNG, black on white, cropped to the ink (empty: b"")."""
        if not self.strokes:
            return b""
        margin = PEN_WIDTH * 2
        rect = self.ink_rect().adjusted(-margin, -margin, margin, margin)
        image = QImage(
            max(1, int(rect.width() * scale)),
            max(1, int(rect.height() * scale)),
            QImage.Format.Format_RGB32,
        )
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.scale(scale, scale)
        painter.translate(-rect.topLeft())
        self._draw(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # --- painting ---------------------------------------------------------------------------

    def _draw(self, painter: QPainter) -> None:
        pen = QPen(INK, PEN_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path in self.strokes:
            painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#8aa0b4"), 2))
        painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        base = self.height() - 40
        painter.setPen(QPen(QColor("#b8c6d3"), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(24, base, self.width() - 24, base)
        if not self.strokes and self.hint:
            painter.setPen(QColor("#7a8a9a"))
            font = painter.font()
            font.setPointSize(16)
            painter.setFont(font)
            painter.drawText(
                self.rect().adjusted(0, 0, 0, -50), Qt.AlignmentFlag.AlignCenter, self.hint
            )
        self._draw(painter)
        painter.end()
