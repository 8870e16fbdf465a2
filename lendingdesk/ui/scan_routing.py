"""Where a scan goes: to the screen or dialog that asked for it.

A screen, a dialog or a single field declares that it takes scans, and of which kind::

    accept_scans(self, Accepts.ITEM, self.take_scan)        # a product label
    accept_scans(self.badgeEdit, Accepts.BADGE, self.take)  # a borrower card
    accept_scans(self, Accepts.ANY, self.take_scan)         # anything (the desk)

When the scanner has typed a code, the window asks ``find_target``: the first declaration on
the way from the keyboard focus up to its window wins, then the open modal dialog or the screen
on show. The code is read once here (``Scan``: an item tag, a borrower badge or other text).
A target of the wrong kind is not handed the scan: the user hears a warning and reads
``wrong_kind_text`` where the target shows its messages (``refuse``), or in the window's
status bar. Only the desk (Balie) lends; a screen that declares nothing hands the scan to it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lendingdesk.domain.codes import CodeKind, parse_code


class Accepts(enum.Flag):
    ITEM = enum.auto()  # an item's label (LD…, bare or in a URL)
    BADGE = enum.auto()  # a borrower card (LP…)
    OTHER = enum.auto()  # any other text (the desk explains what it is not)
    ANY = ITEM | BADGE | OTHER


@dataclass(frozen=True)
class Scan:
    text: str  # as the scanner typed it
    kind: Accepts  # ITEM, BADGE or OTHER
    code: str  # the canonical tag or badge; the text itself for OTHER

    @classmethod
    def read(cls, text: str) -> Scan:
        code = parse_code(text)
        if code is None:
            return cls(text, Accepts.OTHER, text.strip())
        kind = Accepts.ITEM if code.kind is CodeKind.ITEM else Accepts.BADGE
        return cls(text, kind, code.text)


Take = Callable[[Scan], bool]  # True: handled; False: not for me (a warning sound)
Refuse = Callable[[str], None]


@dataclass(frozen=True)
class ScanTarget:
    accepts: Accepts
    take: Take
    refuse: Refuse | None = None

    def fits(self, scan: Scan) -> bool:
        return bool(scan.kind & self.accepts)


_ATTRIBUTE = "_lendingdesk_scan_target"


def accept_scans(
    widget: QWidget, accepts: Accepts, take: Take, *, refuse: Refuse | None = None
) -> None:
    """Declare that ``widget`` (and what is inside it) takes scans of kind ``accepts``."""
    setattr(widget, _ATTRIBUTE, ScanTarget(accepts, take, refuse))
    widget.setProperty("acceptsScans", accepts.name or "")


def stop_accepting_scans(widget: QWidget) -> None:
    if hasattr(widget, _ATTRIBUTE):
        delattr(widget, _ATTRIBUTE)
    widget.setProperty("acceptsScans", None)


def target_of(widget: QWidget | None) -> ScanTarget | None:
    return getattr(widget, _ATTRIBUTE, None) if widget is not None else None


def find_target(focus: QWidget | None, fallback: QWidget | None) -> ScanTarget | None:
    """The scan target for a scan now: from ``focus`` up to its window, then ``fallback``
    (the modal dialog or the screen on show) and its parents."""
    for start in (focus, fallback):
        widget = start
        while widget is not None:
            target = target_of(widget)
            if target is not None:
                return target
            if widget.isWindow():
                break
            widget = widget.parentWidget()
    return None


def wrong_kind_text(scan: Scan, accepts: Accepts) -> str:
    """One line: what was scanned and what this place asks for."""

    if scan.kind is Accepts.ITEM:
        got = QCoreApplication.translate("ScanRouting", "That is a product label (%1).").replace(
            "%1", scan.code
        )
    elif scan.kind is Accepts.BADGE:
        got = QCoreApplication.translate("ScanRouting", "That is a borrower card (%1).").replace(
            "%1", scan.code
        )
    else:
        got = QCoreApplication.translate("ScanRouting", "That is not a LendingDesk code.")
    if accepts & Accepts.ITEM and accepts & Accepts.BADGE:
        want = QCoreApplication.translate(
            "ScanRouting", "Scan a product label or a borrower card here."
        )
    elif accepts & Accepts.ITEM:
        want = QCoreApplication.translate("ScanRouting", "Scan a product label here.")
    else:
        want = QCoreApplication.translate("ScanRouting", "Scan a borrower card here.")
    return got + " " + want


def deliver(target: ScanTarget, scan: Scan, *, say: Refuse) -> bool:
    """Hand ``scan`` to ``target`` when it is of the right kind; otherwise say why not (the
    target's own place for messages, else ``say``). False: the caller sounds a warning."""
    if not target.fits(scan):
        (target.refuse or say)(wrong_kind_text(scan, target.accepts))
        return False
    return target.take(scan)
