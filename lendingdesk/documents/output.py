"""Where a document goes, and what the caller learns about it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from lendingdesk.documents.symbols import MM

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

Out = str | os.PathLike[str] | IO[bytes]


@dataclass(frozen=True, slots=True)
class RenderResult:
    pages: int
    count: int  # labels, badges or slip lines written


def new_canvas(out: Out, page_w_mm: float, page_h_mm: float, *, title: str) -> Canvas:
    from reportlab.pdfgen.canvas import Canvas

    binary_streams()
    target = os.fspath(out) if isinstance(out, os.PathLike) else out
    canvas = Canvas(target, pagesize=(page_w_mm * MM, page_h_mm * MM), pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("LendingDesk")
    canvas.setAuthor("LendingDesk")
    return canvas


def binary_streams() -> None:
    """Binary compressed streams instead of ASCII85 text: 20 % smaller, ~10 % faster.

    A process-wide reportlab setting; every PDF reader handles both forms.
    """
    from reportlab import rl_config

    rl_config.useA85 = 0
