"""Self-service at a desk nobody staffs: the kiosk (lending, returns, the loan conditions) and
the self-service review. Both are locked full-screen windows over the desk window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lendingdesk.ui.kiosk.kiosk import KioskScreen
    from lendingdesk.ui.main_window import MainWindow


def open_kiosk(window: MainWindow, *, clock: Callable[[], float] | None = None) -> KioskScreen:
    """Start self-service lending over ``window`` (its desk service, settings and language)."""
    from lendingdesk.services.access import AccessService
    from lendingdesk.ui.kiosk.kiosk import KioskScreen

    service = window.service
    kiosk = KioskScreen(
        service,
        AccessService(service.db, service.ctx_factory),
        idle_seconds=window.settings.kiosk_idle_seconds,
        contact=window.settings.desk_contact,
        lang=lambda: window.translations.lang,
        parent=window,
        **({} if clock is None else {"clock": clock}),
    )
    window.kiosk = kiosk

    def left(_reason: str) -> None:
        window.kiosk = None
        kiosk.deleteLater()
        window.desk.focus_code_field()

    kiosk.left.connect(left)
    kiosk.start()
    return kiosk
