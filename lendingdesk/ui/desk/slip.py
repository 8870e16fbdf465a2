"""The seam between the desk and the printed loan slip.

The desk only knows a *slip handler*: a callable taking the loan ids of a finished session.
``documents_slip_handler`` builds one from ``lendingdesk.documents.render_slip``: it writes the
PDF into the data folder and opens it in the app's print preview (pages drawn with pypdfium2),
from which it is printed through the system's printers or saved. Tests inject ``open_file``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lendingdesk.services.desk import DeskService
from lendingdesk.store.db import data_dir

if TYPE_CHECKING:
    from lendingdesk.services.review_links import ReviewLinkService

SlipHandler = Callable[[list[int]], None]


def _open_pdf(path: Path) -> None:
    """Show the slip in the app's print preview, over the desk window."""
    from PySide6.QtWidgets import QApplication

    from lendingdesk.ui.desk.desk_settings import DeskSettings
    from lendingdesk.ui.printing.preview_dialog import slip_preview

    global _preview
    printer = DeskSettings.load().slip_printer
    _preview = slip_preview(path, QApplication.activeWindow(), printer)
    _preview.open()


# The open preview: kept so that a parentless dialog is not collected while on screen.
_preview: object | None = None


def documents_slip_handler(
    service: DeskService,
    *,
    lang: Callable[[], str],
    paper: Callable[[], str] = lambda: "a4",
    open_file: Callable[[Path], None] | None = None,
    review_links: Callable[[], ReviewLinkService] | None = None,
) -> SlipHandler:
    """``review_links`` (the phone form is on): a return receipt gets each returned
    product's one-time review link as a QR code and a short address."""
    opener = open_file

    def handler(loan_ids: list[int]) -> None:
        from lendingdesk.documents import render_slip  # reportlab: only when a slip is printed

        data = service.slip_data(loan_ids)
        if review_links is not None:
            data = review_links().with_review_links(data)
        folder = data_dir() / "slips"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"uitleenbon-{data.loan_ids[0]}-{len(data.loan_ids)}.pdf"
        render_slip(data, path, paper=paper(), lang=lang())
        (opener or _open_pdf)(path)

    return handler
