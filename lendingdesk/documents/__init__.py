"""Printed documents: QR labels, borrower badges, loan slips and return receipts (PDF).

Input is plain frozen dataclasses (no database objects); output goes to a path or a
binary file object and the call returns a :class:`RenderResult` (pages, count)::

    from lendingdesk.documents import LabelOptions, LabelSpec, render_labels
    render_labels([LabelSpec("LD0000427", "PARO robotzeehond", "Zorggroep Noord")],
                  LabelOptions(template="dymo-11354"), "labels.pdf")

Labels: :func:`render_labels` with :class:`LabelSpec` / :class:`LabelOptions`; media in
:data:`TEMPLATES` (:func:`list_templates`, :func:`get_template`, :func:`custom_sheet`,
:func:`continuous_roll`). Badges: :func:`render_badges` with :class:`BadgeSpec` /
:class:`BadgeOptions`. Slips: :func:`render_slip` with :class:`SlipData` / :class:`SlipLine`.
Refusals are :class:`DocumentError` subclasses (LendingError: Dutch and English message).

Importing this package is cheap: reportlab and segno load when a render function is
first looked up, so the desk window does not pay for them at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from lendingdesk.documents.errors import (
    BarcodeDoesNotFit,
    DocumentError,
    InvalidDocumentInput,
    InvalidTemplate,
    LabelTooSmall,
    QRCodeTooDense,
)
from lendingdesk.documents.model import (
    BadgeOptions,
    BadgeSpec,
    LabelOptions,
    LabelSpec,
    SlipData,
    SlipKind,
    SlipLine,
    SlipPaper,
)
from lendingdesk.documents.output import RenderResult
from lendingdesk.documents.templates import (
    BADGE_PAPERS,
    TEMPLATES,
    LabelTemplate,
    Rect,
    continuous_roll,
    custom_sheet,
    get_template,
    list_templates,
)

if TYPE_CHECKING:
    from lendingdesk.documents.badges import render_badges
    from lendingdesk.documents.labels import plan_labels, render_labels
    from lendingdesk.documents.slips import SLIP_PAPERS, render_slip

# name -> module that defines it; loaded on first access (PEP 562).
_LAZY = {
    "render_labels": "labels",
    "plan_labels": "labels",
    "render_badges": "badges",
    "render_slip": "slips",
    "SLIP_PAPERS": "slips",
}

__all__ = [
    "BADGE_PAPERS",
    "SLIP_PAPERS",
    "TEMPLATES",
    "BadgeOptions",
    "BadgeSpec",
    "BarcodeDoesNotFit",
    "DocumentError",
    "InvalidDocumentInput",
    "InvalidTemplate",
    "LabelOptions",
    "LabelSpec",
    "LabelTemplate",
    "LabelTooSmall",
    "QRCodeTooDense",
    "Rect",
    "RenderResult",
    "SlipData",
    "SlipKind",
    "SlipLine",
    "SlipPaper",
    "continuous_roll",
    "custom_sheet",
    "get_template",
    "list_templates",
    "plan_labels",
    "render_badges",
    "render_labels",
    "render_slip",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value
