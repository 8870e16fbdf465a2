"""Read back what the Linux LabelWriter driver (raster2dymolw) sends to the printer.

The stream is a few ESC commands and one print-head line after another: ``ESC B n`` skips
n bytes at the left of the head, ``ESC D n`` sets the bytes per line, ``SYN`` + bytes is a
raw line, ``ETB`` + runs is a compressed line (bit 7 = black, low 7 bits = run length - 1
dots), ``ESC f 1 n`` feeds n blank lines, ``ESC E`` / ``ESC G`` ends a label. Each label
becomes a picture of the head's dots, one row per line, in the order they are printed.
"""

from __future__ import annotations

from PIL import Image

HEAD_DOTS = 672  # LabelWriter 450: 56 mm at 300 dpi
DPI = 300
_ZERO_ARGUMENT = set(b"hiecdg@A*yz")


def labels(stream: bytes) -> list[Image.Image]:
    pages: list[list[tuple[int, list[int]] | None]] = []
    rows: list[tuple[int, list[int]] | None] = []
    tab = per_line = 0
    i = 0
    while i < len(stream):
        byte = stream[i]
        if byte == 0x1B:
            command = stream[i + 1]
            i += 2
            if command == 0x1B:  # the run of ESCs that resynchronises the printer
                i -= 1
            elif command == ord("B"):
                tab, i = stream[i], i + 1
            elif command == ord("D"):
                per_line, i = stream[i], i + 1
            elif command in (ord("L"), ord("Q")):
                i += 2
            elif command == ord("f"):
                rows.extend([None] * stream[i + 1])
                i += 2
            elif command in (ord("E"), ord("G")):
                if rows:
                    pages.append(rows)
                rows = []
            elif command == ord("M"):
                i += 8
            elif command not in _ZERO_ARGUMENT:
                raise ValueError(f"unknown command ESC {chr(command)!r} at byte {i}")
        elif byte == 0x16:
            raw = stream[i + 1 : i + 1 + per_line]
            rows.append((tab, [(b >> (7 - k)) & 1 for b in raw for k in range(8)]))
            i += 1 + per_line
        elif byte == 0x17:
            dots: list[int] = []
            i += 1
            while len(dots) < per_line * 8:
                run = stream[i]
                i += 1
                dots.extend([run >> 7] * ((run & 0x7F) + 1))
            rows.append((tab, dots))
        else:
            raise ValueError(f"unexpected byte {byte:#x} at {i}")
    if rows:
        pages.append(rows)
    return [_picture(page) for page in pages]


def _picture(rows: list[tuple[int, list[int]] | None]) -> Image.Image:
    image = Image.new("L", (HEAD_DOTS, len(rows)), 255)
    pixels = image.load()
    for y, row in enumerate(rows):
        if row is None:
            continue
        tab, dots = row
        for k, dot in enumerate(dots):
            if dot and tab * 8 + k < HEAD_DOTS:
                pixels[tab * 8 + k, y] = 0
    return image
