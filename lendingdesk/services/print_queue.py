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
    return lib


def is_cups_queue(name: str) -> bool:
    """True when ``name`` is a queue of the CUPS server this desk prints to."""
    lib = _libcups()
    if lib is None or not name:
        return False
    queue, _, instance = name.partition("/")
    dest = lib.cupsGetNamedDest(None, queue.encode(), instance.encode() or None)
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


def media_name(width_pt: float, height_pt: float) -> str:
    """A self-describing PWG media name for a page, portrait (short side first).

    CUPS matches it to the queue's paper or label of that size (A4, Dymo 99012 ...), so the
    queue's own imageable area and driver settings apply; a landscape page is turned onto
    portrait media by CUPS, never scaled.
    """
    short, long_ = sorted((width_pt / PT_PER_MM, height_pt / PT_PER_MM))
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
        "media": media_name(*page_size_pt),
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
