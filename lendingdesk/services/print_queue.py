"""Hand a PDF to a CUPS print queue as it is: vector pages, at true size, no margins added.

Why not draw the PDF through QPrinter: Qt can only paint what a renderer gives it, and
every PDF renderer available to Qt (QtPdf, pdfium) hands back *pixels*: the printed slip
became a 2 MB page image with no text in it, and Qt's own page layout for a printer with
unprintable margins moved everything by that margin. CUPS itself takes PDF as its native
job format (Linux and macOS), so the document the app made -- fonts, vector QR codes and
all -- goes to the queue unchanged, with ``print-scaling=none`` and the medium the page is
made for, exactly as ``lp -o print-scaling=none file.pdf`` would send it.

libcups is the library Qt's own CUPS print plugin loads, so wherever Qt lists CUPS
printers this works too, with the same server (``CUPS_SERVER``, client.conf) and user.
No Qt here: the desk window and a script can both print through it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache

PT_PER_MM = 72 / 25.4


class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _Size(ctypes.Structure):
    """cups_size_t: a medium the queue offers; sizes in hundredths of a millimetre."""

    _fields_ = [
        ("media", ctypes.c_char * 128),
        ("width", ctypes.c_int),
        ("length", ctypes.c_int),
        ("bottom", ctypes.c_int),
        ("left", ctypes.c_int),
        ("right", ctypes.c_int),
        ("top", ctypes.c_int),
    ]


class PrintQueueError(OSError):
    """The queue refused the job or could not be reached (CUPS's own words in ``str``)."""


@lru_cache(maxsize=1)
def _libcups() -> ctypes.CDLL | None:
    if sys.platform == "win32":
        return None
    name = ctypes.util.find_library("cups") or (
        "libcups.2.dylib" if sys.platform == "darwin" else "libcups.so.2"
    )
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.cupsGetNamedDest.restype = ctypes.c_void_p
    lib.cupsGetNamedDest.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    lib.cupsFreeDests.restype = None
    lib.cupsFreeDests.argtypes = [ctypes.c_int, ctypes.c_void_p]
    lib.cupsAddOption.restype = ctypes.c_int
    lib.cupsAddOption.argtypes = [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.POINTER(ctypes.POINTER(_Option)),
    ]
    lib.cupsFreeOptions.restype = None
    lib.cupsFreeOptions.argtypes = [ctypes.c_int, ctypes.POINTER(_Option)]
    lib.cupsPrintFile.restype = ctypes.c_int
    lib.cupsPrintFile.argtypes = [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.POINTER(_Option),
    ]
    lib.cupsLastErrorString.restype = ctypes.c_char_p
    lib.cupsLastErrorString.argtypes = []
    lib.cupsCopyDestInfo.restype = ctypes.c_void_p
    lib.cupsCopyDestInfo.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.cupsFreeDestInfo.restype = None
    lib.cupsFreeDestInfo.argtypes = [ctypes.c_void_p]
    lib.cupsGetDestMediaCount.restype = ctypes.c_int
    lib.cupsGetDestMediaCount.argtypes = [
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_uint,
    ]
    lib.cupsGetDestMediaByIndex.restype = ctypes.c_int
    lib.cupsGetDestMediaByIndex.argtypes = [
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.POINTER(_Size),
    ]
    return lib


def _named_dest(lib: ctypes.CDLL, queue: str) -> int | None:
    """The cups_dest_t of ``queue`` ("name" or "name/instance"); free with cupsFreeDests."""
    name, _, instance = queue.partition("/")
    dest: int | None = lib.cupsGetNamedDest(None, name.encode(), instance.encode() or None)
    return dest


# A label of 57 x 32 mm is sold as 57.15 x 31.75 mm (2.25 x 1.25 in): the same medium.
MEDIA_TOLERANCE_MM = 1.0


def queue_media(queue: str) -> list[tuple[str, float, float]]:
    """(name, width mm, length mm) of every medium the queue offers, as fed."""
    lib = _libcups()
    if lib is None:
        return []
    dest = _named_dest(lib, queue)
    if not dest:
        return []
    media = []
    info = lib.cupsCopyDestInfo(None, dest)
    try:
        if info:
            size = _Size()
            for index in range(lib.cupsGetDestMediaCount(None, dest, info, 0)):
                if lib.cupsGetDestMediaByIndex(None, dest, info, index, 0, ctypes.byref(size)):
                    media.append(
                        (size.media.decode(errors="replace"), size.width / 100, size.length / 100)
                    )
    finally:
        if info:
            lib.cupsFreeDestInfo(info)
        lib.cupsFreeDests(1, dest)
    return media


def is_cups_queue(name: str) -> bool:
    """True when ``name`` is a queue of the CUPS server this desk prints to."""
    lib = _libcups()
    if lib is None or not name:
        return False
    dest = _named_dest(lib, name)
    if not dest:
        return False
    lib.cupsFreeDests(1, dest)
    return True


@dataclass(frozen=True, slots=True)
class JobOptions:
    """What the user chose in the print dialog that CUPS must know."""

    copies: int = 1
    collate: bool = True
    page_ranges: str = ""  # "1-3,5" (CUPS syntax); empty: every page
    sides: str = (
        ""  # "one-sided", "two-sided-long-edge", "two-sided-short-edge"; empty: queue default
    )


def media_for(queue: str, width_pt: float, height_pt: float) -> str:
    """The queue's own medium for a page of this size, the way the printer is fed.

    A label is one of the printer's media (Dymo 99012 is listed 36 mm wide and 89 mm long,
    11354 57 mm wide and 32 mm long); choosing it keeps the driver's feed, margins and
    cutting right, and CUPS turns a landscape page onto it, never scaling. A page that is
    none of the queue's media gets a self-describing PWG name of its own size.
    """
    w, h = width_pt / PT_PER_MM, height_pt / PT_PER_MM
    best: tuple[float, bool, str] | None = None
    for name, mw, ml in queue_media(queue):
        for turned, (a, b) in ((False, (mw, ml)), (True, (ml, mw))):
            off = max(abs(a - w), abs(b - h))
            if off <= MEDIA_TOLERANCE_MM and (best is None or (off, turned) < best[:2]):
                best = (off, turned, name)
    if best is not None:
        return best[2]
    short, long_ = sorted((w, h))
    return f"custom_lendingdesk_{short:.2f}x{long_:.2f}mm"


def submit_pdf(
    pdf: bytes,
    queue: str,
    *,
    title: str,
    page_size_pt: tuple[float, float],
    options: JobOptions | None = None,
) -> int:
    """Send ``pdf`` unchanged to the CUPS queue ``queue``; returns the CUPS job id.

    Raises :class:`PrintQueueError` when CUPS is not there or refuses the job.
    """
    lib = _libcups()
    if lib is None:
        raise PrintQueueError("CUPS is not available on this computer")
    opts = options or JobOptions()
    values = {
        "document-format": "application/pdf",
        "print-scaling": "none",
        "fit-to-page": "false",
        "media": media_for(queue, *page_size_pt),
        "copies": str(max(1, opts.copies)),
        "multiple-document-handling": "separate-documents-collated-copies"
        if opts.collate
        else "separate-documents-uncollated-copies",
    }
    if opts.page_ranges:
        values["page-ranges"] = opts.page_ranges
    if opts.sides:
        values["sides"] = opts.sides
    option_list = ctypes.POINTER(_Option)()
    count = 0
    for key, value in values.items():
        count = lib.cupsAddOption(key.encode(), value.encode(), count, ctypes.byref(option_list))
    fd, path = tempfile.mkstemp(prefix="lendingdesk-print-", suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pdf)
        queue_name = queue.partition("/")[0]
        job = lib.cupsPrintFile(
            queue_name.encode(), path.encode(), title.encode(), count, option_list
        )
    finally:
        lib.cupsFreeOptions(count, option_list)
        os.unlink(path)
    if job <= 0:
        reason = lib.cupsLastErrorString() or b"unknown error"
        raise PrintQueueError(f"{queue}: {reason.decode(errors='replace')}")
    return int(job)
