"""The seam between the desk and the printed loan slip.

The desk only knows a *slip handler*: a callable taking the loan ids of a finished session.
``documents_slip_handler`` builds one from ``lendingdesk.documents.render_slip``: it writes the
PDF into the data folder and opens it in the system's PDF viewer, from which it is printed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lendingdesk.services.desk import DeskService
from lendingdesk.store.db import data_dir

SlipHandler = Callable[[list[int]], None]


def _open_pdf(path: Path) -> None:
    """Open the slip in the system's PDF viewer, where it is printed."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def documents_slip_handler(
    service: DeskService,
    *,
    lang: Callable[[], str],
    paper: Callable[[], str] = lambda: "a4",
    open_file: Callable[[Path], None] | None = None,
) -> SlipHandler:
    from lendingdesk.documents import render_slip

    opener = open_file

    def handler(loan_ids: list[int]) -> None:
        data = service.slip_data(loan_ids)
        folder = data_dir() / "slips"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"uitleenbon-{data.loan_ids[0]}-{len(data.loan_ids)}.pdf"
        render_slip(data, path, paper=paper(), lang=lang())
        (opener or _open_pdf)(path)

    return handler
