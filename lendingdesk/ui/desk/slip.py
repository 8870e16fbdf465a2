"""The seam between the desk and the printed loan slip.

The desk only knows a *slip handler*: a callable taking the loan ids of a finished session.
``documents_slip_handler`` builds one from ``lendingdesk.documents.render_slip`` when that API
is installed (it writes the PDF into the data folder and opens it in the system's PDF viewer,
from which it is printed); without it there is no handler and the desk hides the button.
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
) -> SlipHandler | None:
    try:
        from lendingdesk.documents import SlipData, SlipKind, SlipLine, render_slip
    except ImportError:
        return None  # the documents area has no slip API yet: no button

    opener = open_file

    def handler(loan_ids: list[int]) -> None:
        info = service.slip_info(loan_ids)
        data = SlipData(
            kind=SlipKind.CHECKOUT,
            loan_ids=info.loan_ids,
            borrower_name=info.borrower_name,
            borrower_badge=info.borrower_badge,
            desk_name=info.desk_name,
            issued_at=info.issued_at,
            lines=tuple(
                SlipLine(
                    tag=item.tag,
                    product=item.product,
                    due=item.due_on,
                    accessories=item.accessories,
                    care_instructions=item.care_instructions,
                )
                for item in info.items
            ),
            borrower_team=info.borrower_team,
            desk_contact=info.desk_contact,
        )
        folder = data_dir() / "slips"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"uitleenbon-{info.loan_ids[0]}-{len(info.loan_ids)}.pdf"
        render_slip(data, path, paper=paper(), lang=lang())
        (opener or _open_pdf)(path)

    return handler
