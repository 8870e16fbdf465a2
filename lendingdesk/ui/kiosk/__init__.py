"""Self-service at a desk nobody staffs: the kiosk (lending, returns, the loan conditions) and
the self-service review. Both are locked full-screen windows over the desk window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lendingdesk.services.reviews import ReviewRow, ReviewService
    from lendingdesk.ui.kiosk.kiosk import KioskScreen
    from lendingdesk.ui.kiosk.review_mode import SelfReviewScreen
    from lendingdesk.ui.main_window import MainWindow

# A review takes longer than a scan: the self-service review waits this many times the kiosk's
# idle time (at least two minutes) before it gives the desk back.
REVIEW_IDLE_FACTOR = 3


def open_kiosk(window: MainWindow, *, clock: Callable[[], float] | None = None) -> KioskScreen:
    """Start self-service lending over ``window`` (its desk service, settings and language)."""
    from lendingdesk.services.acceptance import AcceptanceService
    from lendingdesk.services.access import AccessService
    from lendingdesk.services.waiting import WaitingService
    from lendingdesk.ui.kiosk.kiosk import KioskScreen

    service = window.service
    reviews = window.reviews

    def review(loan_id: int) -> None:
        if reviews is None:
            return
        screen = open_self_review(window, reviews(), loan_id, clock=clock)
        if screen is not None:
            kiosk.review_open = True
            screen.left.connect(lambda _reason: kiosk.review_closed())

    kiosk = KioskScreen(
        service,
        AccessService(service.db, service.ctx_factory),
        idle_seconds=window.settings.kiosk_idle_seconds,
        contact=window.settings.desk_contact,
        lang=lambda: window.translations.lang,
        parent=window,
        review_handler=review if reviews is not None else None,
        acceptance=AcceptanceService(
            service.db, service.ctx_factory, lang=window.translations.lang
        ),
        acceptance_mode=window.settings.acceptance_mode,
        waiting=WaitingService(service.db, service.ctx_factory),
        **({} if clock is None else {"clock": clock}),
    )
    window.kiosk = kiosk

    def left(_reason: str) -> None:
        window.kiosk = None
        kiosk.line.tasks.wait()  # what the worker has started is finished, not cut off
        kiosk.deleteLater()
        window.desk.focus_code_field()

    kiosk.left.connect(left)
    kiosk.start()
    return kiosk


def open_self_review(
    window: MainWindow,
    reviews: ReviewService,
    loan_id: int,
    *,
    clock: Callable[[], float] | None = None,
    on_saved: Callable[[ReviewRow], None] | None = None,
) -> SelfReviewScreen | None:
    """Hand the desk to the professional for the review of ``loan_id`` (a returned loan);
    None when that loan has no review to give (already reviewed)."""
    from lendingdesk.services.access import AccessService
    from lendingdesk.ui.kiosk.review_mode import SelfReviewScreen

    service = window.service
    try:
        screen = SelfReviewScreen(
            reviews,
            AccessService(service.db, service.ctx_factory),
            loan_id,
            idle_seconds=max(120, REVIEW_IDLE_FACTOR * window.settings.kiosk_idle_seconds),
            contact=window.settings.desk_contact,
            lang=lambda: window.translations.lang,
            parent=window,
            **({} if clock is None else {"clock": clock}),
        )
    except LookupError:
        return None
    window.self_review = screen

    def left(_reason: str) -> None:
        window.self_review = None
        if screen.saved is not None and on_saved is not None:
            on_saved(screen.saved)
        screen.deleteLater()

    screen.left.connect(left)
    screen.start()
    return screen
