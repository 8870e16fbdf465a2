"""Camera frames without a camera: the real label and card PDFs, rendered as a webcam sees them.

A laptop webcam 15 cm from a label sees about 6 pixels per millimetre; a frame is 1280 × 720
with the label in the middle, on a grey desk. Degradations a desk meets: out of focus (blur),
held at an angle (tilt), a dim corner (low light) and sensor noise.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from lendingdesk.documents import BadgeOptions, BadgeSpec, LabelOptions, LabelSpec
from lendingdesk.documents.badges import render_badges
from lendingdesk.documents.labels import render_labels

FRAME_SIZE = (1280, 720)
PX_PER_MM = 6.0  # a 720p webcam about 15 cm from the label


def _page_image(pdf: bytes, px_per_mm: float = PX_PER_MM) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        scale = px_per_mm * 25.4 / 72
        image = page.render(scale=scale, fill_color=(255, 255, 255, 255)).to_pil()
    finally:
        doc.close()
    return image.convert("RGB")


def label_image(tag: str, *, qr: bool = True, code128: bool = True) -> Image.Image:
    """The printed Dymo 99012 label of ``tag`` (QR and Code128); one of them may be covered."""
    out = io.BytesIO()
    render_labels(
        [LabelSpec(tag, "PARO robotzeehond", "Zorggroep Lindehof")],
        LabelOptions(template="dymo-99012", show_barcode=True),
        out,
    )
    image = _page_image(out.getvalue())
    if not (qr and code128):
        import zxingcpp

        keep = zxingcpp.BarcodeFormat.QRCode if qr else zxingcpp.BarcodeFormat.Code128
        draw = ImageDraw.Draw(image)
        for found in zxingcpp.read_barcodes(image):
            if found.format != keep:  # cover the other symbol with a sticker
                xs = [p.x for p in (found.position.top_left, found.position.bottom_right)]
                ys = [p.y for p in (found.position.top_left, found.position.bottom_right)]
                xs += [found.position.top_right.x, found.position.bottom_left.x]
                ys += [found.position.top_right.y, found.position.bottom_left.y]
                draw.rectangle((min(xs) - 12, min(ys) - 12, max(xs) + 12, max(ys) + 12), "white")
    return image


def card_image(badge: str, name: str = "Sanne de Vries") -> Image.Image:
    """The printed borrower card (lenerspas) of ``badge``, one card on its page."""
    out = io.BytesIO()
    render_badges([BadgeSpec(badge, name, "Team Lindehof 1")], out, BadgeOptions(paper="card"))
    return _page_image(out.getvalue())


@dataclass(frozen=True)
class Look:
    """How the camera sees the label."""

    name: str
    blur: float = 0.0  # Gaussian radius in pixels
    tilt: float = 0.0  # degrees
    light: float = 1.0  # 1 = a lit desk; 0.3 = a dim corner
    noise: float = 0.0  # standard deviation of sensor noise, 0–255 scale


LOOKS = [
    Look("sharp"),
    Look("blurred", blur=1.6),
    Look("tilted", tilt=17),
    Look("dim", light=0.3),
    Look("noisy", noise=22),
    Look("everything", blur=1.0, tilt=-9, light=0.45, noise=14),
]


def camera_frame(label: Image.Image, look: Look = LOOKS[0], *, seed: int = 7) -> QImage:
    """A 1280 × 720 frame with ``label`` in the middle as the camera sees it (``look``)."""
    frame = Image.new("RGB", FRAME_SIZE, (150, 140, 128))  # a wooden desk
    label = label.convert("RGB")
    if look.tilt:
        label = label.rotate(
            look.tilt, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(150, 140, 128)
        )
    frame.paste(label, ((FRAME_SIZE[0] - label.width) // 2, (FRAME_SIZE[1] - label.height) // 2))
    if look.blur:
        frame = frame.filter(ImageFilter.GaussianBlur(look.blur))
    if look.light != 1.0:
        frame = ImageEnhance.Brightness(frame).enhance(look.light)
    if look.noise:
        rng = random.Random(seed)
        grain = Image.effect_noise(FRAME_SIZE, look.noise)  # grey noise around 128
        grain = grain.point(lambda v: max(0, min(255, v + rng.randint(-2, 2))))
        frame = ImageChops.add(frame, Image.merge("RGB", [grain] * 3), 1.0, -128)
    return to_qimage(frame)


def to_qimage(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


def rgb_frame(image: QImage) -> QVideoFrame:
    """A frame as Qt makes it from a picture (BGRX; some webcams deliver RGB)."""
    return QVideoFrame(image.convertToFormat(QImage.Format.Format_RGB32))


def nv12_frame(image: QImage) -> QVideoFrame:
    """A frame in NV12, what most webcams deliver: a grey (luma) plane, then colour at half
    size (left neutral here)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h = grey.width(), grey.height()
    frame = QVideoFrame(QVideoFrameFormat(QSize(w, h), QVideoFrameFormat.PixelFormat.Format_NV12))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    try:
        luma, chroma = frame.bits(0), frame.bits(1)
        stride = frame.bytesPerLine(0)
        source = grey.constBits()
        for y in range(h):
            start = y * grey.bytesPerLine()
            luma[y * stride : y * stride + w] = bytes(source[start : start + w])
        chroma[:] = b"\x80" * len(chroma)
    finally:
        frame.unmap()
    return frame


def label_clip(label: Image.Image, fps: int = 10) -> list[Image.Image]:
    """What a webcam records when a label is brought in: the empty desk, the label sliding into
    the frame (smeared by the motion), then held still in a dim corner with sensor noise."""
    desk = Image.new("RGB", FRAME_SIZE, (150, 140, 128))
    frames = [desk] * (fps // 2)
    tilted = label.convert("RGB").rotate(
        6, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(150, 140, 128)
    )
    centre = ((FRAME_SIZE[0] - tilted.width) // 2, (FRAME_SIZE[1] - tilted.height) // 2)
    steps = fps // 2
    for step in range(1, steps + 1):
        frame = desk.copy()
        x = -tilted.width + (centre[0] + tilted.width) * step // steps
        frame.paste(tilted, (x, centre[1]))
        if step < steps:
            frame = frame.filter(ImageFilter.BoxBlur(4))  # moving: smeared
        frames.append(frame)
    held = frames[-1]
    for n in range(fps):
        frame = ImageEnhance.Brightness(held).enhance(0.55)
        grain = Image.effect_noise(FRAME_SIZE, 12 + n % 3)
        frames.append(ImageChops.add(frame, Image.merge("RGB", [grain] * 3), 1.0, -128))
    return frames


def write_mjpeg_avi(frames: list[Image.Image], path: str, fps: int = 10) -> None:
    """An AVI file of Motion-JPEG frames, the format many USB webcams record and deliver."""
    import struct

    def chunk(fourcc: bytes, data: bytes) -> bytes:
        return fourcc + struct.pack("<I", len(data)) + data + (b"\0" if len(data) % 2 else b"")

    def riff_list(kind: bytes, fourcc: bytes, data: bytes) -> bytes:
        return kind + struct.pack("<I", len(data) + 4) + fourcc + data

    width, height = frames[0].size
    jpegs = []
    for frame in frames:
        out = io.BytesIO()
        frame.convert("RGB").save(out, "JPEG", quality=85)
        jpegs.append(out.getvalue())
    biggest = max(len(j) for j in jpegs)
    avih = struct.pack(
        "<14I",
        1_000_000 // fps,
        biggest * fps,
        0,
        0x10,
        len(jpegs),
        0,
        1,
        biggest,
        width,
        height,
        0,
        0,
        0,
        0,
    )
    strh = b"vidsMJPG" + struct.pack(
        "<IHHIIIIIIIIhhhh",
        0,
        0,
        0,
        0,
        1,
        fps,
        0,
        len(jpegs),
        biggest,
        0xFFFFFFFF,
        0,
        0,
        0,
        width,
        height,
    )
    strf = struct.pack(
        "<IiiHH4sIiiII", 40, width, height, 1, 24, b"MJPG", width * height * 3, 0, 0, 0, 0
    )
    strl = riff_list(b"LIST", b"strl", chunk(b"strh", strh) + chunk(b"strf", strf))
    hdrl = riff_list(b"LIST", b"hdrl", chunk(b"avih", avih) + strl)
    movi_data, index, offset = b"", b"", 4
    for jpeg in jpegs:
        piece = chunk(b"00dc", jpeg)
        index += b"00dc" + struct.pack("<III", 0x10, offset, len(jpeg))
        movi_data += piece
        offset += len(piece)
    movi = riff_list(b"LIST", b"movi", movi_data)
    body = hdrl + movi + chunk(b"idx1", index)
    with open(path, "wb") as f:
        f.write(riff_list(b"RIFF", b"AVI ", body))
