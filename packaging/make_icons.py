"""Draw the LendingDesk icon: resources/icons/lendingdesk.svg, .png (256 px) and .ico.

The mark: a white QR label (three finder squares and a coral heart where the fourth would
be) standing above a lending desk, on a calm teal tile. The SVG is the source; Qt's SVG
renderer rasterises it and Pillow writes the PNG and the multi-size Windows ICO. Sizes of
32 px and below use a simpler drawing, because the QR detail turns to mud at that size.

Run after changing the drawing, then commit the three files:
    /work/main/.venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"

TEAL_TOP = "#2BA597"
TEAL_BOTTOM = "#17756B"
INK = "#12494A"
CORAL = "#F28C6B"
WHITE = "#FFFFFF"
DESK_SHADE = "#D5EFEA"


def _finder(x: float, y: float, cell: float) -> str:
    """One QR finder square (3×3 cells): dark ring, white gap, dark eye."""
    return (
        f'<rect x="{x}" y="{y}" width="{3 * cell}" height="{3 * cell}" rx="{cell * 0.45:.1f}" '
        f'fill="{INK}"/>'
        f'<rect x="{x + cell / 2}" y="{y + cell / 2}" width="{2 * cell}" height="{2 * cell}" '
        f'rx="{cell * 0.3:.1f}" fill="{WHITE}"/>'
        f'<rect x="{x + cell}" y="{y + cell}" width="{cell}" height="{cell}" '
        f'rx="{cell * 0.2:.1f}" fill="{INK}"/>'
    )


def _heart(cx: float, cy: float, size: float) -> str:
    s = size / 2
    return (
        f'<path fill="{CORAL}" d="M {cx} {cy + s * 0.95} '
        f"C {cx - s * 1.15} {cy + s * 0.05}, {cx - s * 1.0} {cy - s * 1.0}, {cx} {cy - s * 0.45} "
        f'C {cx + s * 1.0} {cy - s * 1.0}, {cx + s * 1.15} {cy + s * 0.05}, {cx} {cy + s * 0.95} Z"/>'
    )


def _tile() -> str:
    return (
        '<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">'
        f'<stop offset="0" stop-color="{TEAL_TOP}"/><stop offset="1" stop-color="{TEAL_BOTTOM}"/>'
        "</linearGradient></defs>"
        '<rect x="8" y="8" width="240" height="240" rx="54" fill="url(#bg)"/>'
    )


def _desk(top: float, height: float, leg_w: float) -> str:
    return (
        f'<rect x="34" y="{top}" width="188" height="{height}" rx="{height / 2}" fill="{WHITE}"/>'
        f'<rect x="54" y="{top + height - 2}" width="{leg_w}" height="{226 - top - height}" '
        f'rx="{leg_w / 3:.1f}" fill="{DESK_SHADE}"/>'
        f'<rect x="{202 - leg_w}" y="{top + height - 2}" width="{leg_w}" '
        f'height="{226 - top - height}" rx="{leg_w / 3:.1f}" fill="{DESK_SHADE}"/>'
    )


def detailed_svg() -> str:
    cell = 14
    x0, y0 = 79, 43  # QR grid origin: 7×7 cells of 14 px inside the label card
    modules = [(3, 0), (3, 2), (0, 3), (2, 3), (4, 3), (6, 3), (3, 4), (3, 6), (1, 3)]
    parts = [
        _tile(),
        # Label card with a soft drop shadow so it reads as a sticker standing on the desk.
        '<rect x="66" y="34" width="124" height="124" rx="20" fill="#0E4F49" opacity="0.25"/>',
        f'<rect x="64" y="28" width="128" height="128" rx="20" fill="{WHITE}"/>',
        _finder(x0, y0, cell),
        _finder(x0 + 4 * cell, y0, cell),
        _finder(x0, y0 + 4 * cell, cell),
        *(
            f'<rect x="{x0 + c * cell + 1.5}" y="{y0 + r * cell + 1.5}" width="{cell - 3}" '
            f'height="{cell - 3}" rx="3" fill="{INK}"/>'
            for c, r in modules
        ),
        _heart(x0 + 5.5 * cell, y0 + 5.5 * cell, 3.2 * cell),
        _desk(top=172, height=22, leg_w=16),
    ]
    return _svg(parts)


def small_svg() -> str:
    """For 16–32 px: fewer, bigger shapes (one finder, one heart, the desk)."""
    parts = [
        _tile(),
        f'<rect x="60" y="24" width="136" height="136" rx="22" fill="{WHITE}"/>',
        _finder(80, 44, 20),
        _heart(156, 124, 52),
        _desk(top=174, height=30, leg_w=24),
    ]
    return _svg(parts)


def _svg(parts: list[str]) -> str:
    body = "\n  ".join(parts)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">\n'
        "  <title>LendingDesk</title>\n"
        f"  {body}\n</svg>\n"
    )


def render(svg: str, size: int):
    """The SVG as a Pillow RGBA image of size×size."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    if not renderer.isValid():
        raise ValueError("the icon SVG does not parse")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ICONS.mkdir(parents=True, exist_ok=True)
    svg = detailed_svg()
    (ICONS / "lendingdesk.svg").write_text(svg, encoding="utf-8")
    png = render(svg, 256)
    png.save(ICONS / "lendingdesk.png", optimize=True)
    small = small_svg()
    frames = {s: render(small if s <= 32 else svg, s) for s in ICO_SIZES}
    frames[256].save(
        ICONS / "lendingdesk.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[frames[s] for s in ICO_SIZES if s != 256],
    )
    for name in ("lendingdesk.svg", "lendingdesk.png", "lendingdesk.ico"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
