"""Starting the desk: QApplication, language, database, first start, the main window.

``run_desk(db_url, lang)`` is what ``lendingdesk`` without a command calls. ``build_window``
assembles the same window for tests and screenshots. Importing this module is cheap: Qt and
the rest load inside the functions.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from lendingdesk.domain.context import DeskContext
    from lendingdesk.services.journal import ScanJournal
    from lendingdesk.services.notices import RunReport
    from lendingdesk.services.reviews import ReviewService
    from lendingdesk.store.db import Database
    from lendingdesk.store.postgres import PgSettings
    from lendingdesk.ui.desk.desk_settings import DeskSettings
    from lendingdesk.ui.desk.feedback import Sounds
    from lendingdesk.ui.i18n import Translations
    from lendingdesk.ui.main_window import MainWindow
    from lendingdesk.ui.reviews.phone_form import PhoneForm

log = logging.getLogger(__name__)

EXIT_DB = 3
# While the desk runs, an automatic backup is considered this often (auto_backup itself skips
# it when the newest copy is recent enough).
BACKUP_EVERY_MS = 4 * 60 * 60 * 1000

# Benchmarks only: quit right after the main window's first paint and print the wall-clock
# time of that paint (``first_paint_epoch=<seconds since the epoch>``) on stdout.
ENV_EXIT_AFTER_PAINT = "LENDINGDESK_EXIT_AFTER_PAINT"
# A computer where no scanner ever typed is offered the camera this long after the start.
CAMERA_OFFER_DELAY_MS = 3000

# A calm palette: dark slate navigation, light content, one teal primary colour.
STYLE = """
QWidget { font-size: 11pt; color: #1f2d3d; }
QMainWindow, QDialog { background: #f7f9fb; }
#navPanel { background: #1f3447; }
#navPanel QLabel { color: #e8eef4; }
#appTitle { font-size: 17pt; font-weight: 700; color: #ffffff; }
#appSubtitle { font-size: 9.5pt; color: #b8c7d6; }
#navList { background: transparent; border: none; color: #dfe7ef; font-size: 13pt; outline: 0; }
#navList::item { padding: 10px 12px; border-radius: 8px; margin: 2px 0; }
#navList::item:selected { background: #2f7f8f; color: #ffffff; }
#navList::item:hover:!selected { background: #2a4459; }
#settingsButton, #cameraButton { background: #2a4459; color: #e8eef4; border: 1px solid #3b5a72; }
#settingsButton:hover, #cameraButton:hover { background: #33536b; }
#cameraButton[offered="true"] { background: #2f7f8f; color: #ffffff; border-color: #6fc3d1; }
QPushButton { padding: 8px 16px; border-radius: 7px; border: 1px solid #b9c5d1;
              background: #ffffff; font-size: 11.5pt; }
QPushButton:hover { background: #eef3f7; }
QPushButton:focus { border: 2px solid #2f7f8f; }
QPushButton:disabled { color: #9aa7b4; background: #f0f3f6; border-color: #d9e0e7; }
QPushButton[primary="true"] { background: #1f6f7f; color: #ffffff; border: 1px solid #195d6a;
                              font-weight: 600; }
QPushButton[primary="true"]:hover { background: #238093; }
QPushButton[primary="true"]:disabled { background: #9fc3ca; color: #eef6f7; }
QLineEdit { padding: 6px 8px; border: 1px solid #b9c5d1; border-radius: 6px; background: #ffffff; }
QLineEdit:focus { border: 2px solid #2f7f8f; }
QComboBox, QSpinBox { min-height: 28px; }
#codeEdit { font-size: 18pt; padding: 8px 12px; }
QFrame[card="true"] { background: #ffffff; border: 1px solid #d6dee6; border-radius: 10px; }
QLabel[caption="true"] { color: #5a6b7c; font-size: 10.5pt; font-weight: 600; }
#borrowerName { font-size: 22pt; font-weight: 600; }
QLabel[hint="true"] { color: #5a6b7c; font-size: 10pt; }
QLabel[screenTitle="true"] { font-size: 20pt; font-weight: 600; }
QTableView, QListView { background: #ffffff; alternate-background-color: #f3f6f9;
                        border: 2px solid #e1e6ec; border-radius: 6px; font-size: 12pt; }
QHeaderView::section { background: #eef2f6; border: none; border-bottom: 1px solid #d6dee6;
                       padding: 6px; font-weight: 600; color: #3c4d5e; text-align: left; }
QGroupBox { font-weight: 600; border: 1px solid #d6dee6; border-radius: 8px; margin-top: 14px;
            padding: 12px 10px 8px 10px; background: #ffffff; }
QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 4px; }
QCheckBox { font-size: 12pt; spacing: 10px; padding: 2px; }
/* Visible keyboard focus on every kind of control, not only buttons and text fields. */
QCheckBox:focus, QRadioButton:focus { border: 2px solid #2f7f8f; border-radius: 5px;
                                      padding: 0px; background: #e6f2f4; }
QComboBox:focus, QDateEdit:focus, QSpinBox:focus { border: 2px solid #2f7f8f; border-radius: 4px; }
QTableView:focus, QListView:focus, QTableWidget:focus, QTreeView:focus, QPlainTextEdit:focus,
QTextEdit:focus { border: 2px solid #2f7f8f; }
#navList:focus { border: 2px solid #7fc4d0; border-radius: 8px; }
QTabBar::tab:focus { border: 2px solid #2f7f8f; }
#staffButton { border: none; padding: 2px 10px; font-size: 10pt; color: #1f3447;
               font-weight: 600; background: transparent; }
#staffButton:hover { text-decoration: underline; }
#staffButton:focus { border: 2px solid #2f7f8f; }
QStatusBar { background: #e9eef3; color: #3c4d5e; }
/* Flat scroll bars with a handle that stands out (3:1 against its track). Fusion draws its own
   with gradients at about 1 ms a repaint; a table whose rows outgrow it repaints its scroll bar
   on every scan. These rules draw in a hundredth of that. */
QScrollBar:vertical { background: #eef2f6; width: 16px; margin: 0; border: none; }
QScrollBar:horizontal { background: #eef2f6; height: 16px; margin: 0; border: none; }
QScrollBar::handle { background: #76889a; border-radius: 4px; margin: 3px; }
QScrollBar::handle:vertical { min-height: 36px; }
QScrollBar::handle:horizontal { min-width: 36px; }
QScrollBar::handle:hover { background: #5a6b7c; }
QScrollBar::handle:pressed { background: #2f7f8f; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; background: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
QStatusBar QLabel { padding: 0 10px; color: #3c4d5e; font-size: 10pt; }
"""


def ensure_app() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("LendingDesk")
    app.setOrganizationName("LendingDesk")
    app.setApplicationDisplayName("LendingDesk")
    # Wayland/X11 docks match the window to nl.lendingdesk.LendingDesk.desktop (icon, name).
    app.setDesktopFileName("nl.lendingdesk.LendingDesk")
    app.setWindowIcon(app_icon())
    app.setStyleSheet(STYLE)
    return app


def app_icon():
    from PySide6.QtGui import QIcon

    from lendingdesk.resources import resource_path

    try:
        return QIcon(str(resource_path("icons", "lendingdesk.svg")))
    except FileNotFoundError:
        return QIcon()


def database_label(db: Database) -> str:
    path = db.sqlite_path
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(db.url).render_as_string(hide_password=True)


def build_window(
    db: Database,
    *,
    settings: DeskSettings | None = None,
    translations: Translations | None = None,
    clock: Callable[[], datetime] | None = None,
    scan_clock: Callable[[], float] | None = None,
    sounds: Sounds | None = None,
    session_timeout_ms: int | None = None,
    journal: ScanJournal | None = None,
) -> MainWindow:
    """The desk window over ``db``; tests and screenshots pass a fixed clock and settings.

    Scans that cannot reach the database wait in ``journal`` (by default the data folder's
    scan journal) and are applied when it is back."""
    from lendingdesk.domain.context import DeskContext, system_clock
    from lendingdesk.services.acceptance import AcceptanceService
    from lendingdesk.services.desk import DeskService
    from lendingdesk.services.journal import ScanJournal
    from lendingdesk.services.views import ScreenServices
    from lendingdesk.ui.desk.desk_settings import DeskSettings
    from lendingdesk.ui.desk.feedback import Sounds
    from lendingdesk.ui.desk.slip import documents_slip_handler
    from lendingdesk.ui.i18n import Translations
    from lendingdesk.ui.main_window import MainWindow

    ensure_app()
    db.start_background_checkpoints()
    settings = settings or DeskSettings.load()
    if translations is None:
        translations = Translations()
        translations.apply(settings.language)
    now = clock or system_clock

    def ctx_factory() -> DeskContext:
        return DeskContext(
            actor=settings.actor or None,
            desk=settings.desk_name or None,
            location_id=settings.location_id,
            clock=now,
        )

    service = DeskService(
        db,
        ctx_factory,
        default_loan_days=settings.default_loan_days,
        journal=journal if journal is not None else ScanJournal(),
    )
    reviews = _review_service(db, ctx_factory)
    window = MainWindow(
        service,
        settings=settings,
        translations=translations,
        database_label=database_label(db),
        screen_services=ScreenServices(db, ctx_factory, reviews),
        scan_clock=scan_clock,
        sounds=sounds or Sounds(),
        session_timeout_ms=session_timeout_ms,
    )
    window.setWindowIcon(app_icon())
    phone = _phone_form(window, db, ctx_factory, settings)
    window.desk.set_slip_handler(
        documents_slip_handler(
            service,
            lang=lambda: translations.lang,
            paper=lambda: "receipt80" if "80" in settings.slip_printer else "a4",
            review_links=(lambda: phone.links) if phone is not None else None,
        )
    )
    _wire_reviews(window, reviews)

    def acceptance() -> AcceptanceService:
        return AcceptanceService(db, ctx_factory, lang=translations.lang)

    # The loan conditions (settings: off / tick / sign) at this staffed desk too.
    window.desk.set_conditions(acceptance, lambda: settings.acceptance_mode)
    return window


def _phone_form(
    window: MainWindow,
    db: Database,
    ctx_factory: Callable[[], DeskContext],
    settings: DeskSettings,
) -> PhoneForm | None:
    """With the phone form enabled: its server on the local network (stopped when the desk
    closes), links on return receipts and the QR code on screen after a check-in."""
    if not settings.phone_form:
        return None
    from lendingdesk.services.review_links import ReviewLinkService, lan_address
    from lendingdesk.ui.reviews.phone_form import wire_phone_form

    port = settings.phone_form_port
    links = ReviewLinkService(db, ctx_factory)
    if not links.has_base_url_setting():
        # No region-wide address: phones on this network reach this desk directly.
        links = ReviewLinkService(db, ctx_factory, base_url=f"http://{lan_address()}:{port}")
    return wire_phone_form(window, links, port=port, show_qr=settings.phone_form_show_qr)


def _review_service(
    db: Database, ctx_factory: Callable[[], DeskContext]
) -> Callable[[], ReviewService]:
    """The desk's one review service (for the Reviews screen and "review now"), built on first
    use: the review code is not loaded at start."""

    @cache
    def reviews() -> ReviewService:
        from lendingdesk.services.reviews import ReviewService

        return ReviewService(db, ctx_factory)

    return reviews


def _wire_reviews(window: MainWindow, reviews: Callable[[], ReviewService]) -> None:
    """ "Review now" at check-in opens the review form for that loan; "the professional
    reviews" hands the desk to them (the self-service review, full screen and locked)."""

    def saved(_row: object) -> None:
        window.desk.review_saved()
        screen = window.built_screen("reviews")
        if screen is not None:
            screen.refresh()

    def review_now(loan_id: int) -> None:
        from lendingdesk.ui.reviews.review_form import open_review_for_loan

        open_review_for_loan(reviews(), loan_id, window, on_saved=saved)

    def hand_over(loan_id: int) -> None:
        from lendingdesk.ui.kiosk import open_self_review

        def back(_reason: str) -> None:
            window.activateWindow()
            window.desk.focus_code_field()

        screen = open_self_review(window, reviews(), loan_id, on_saved=saved)
        if screen is not None:
            screen.left.connect(back)

    window.reviews = reviews
    window.desk.set_review_handler(review_now)
    window.desk.set_hand_over_handler(hand_over)


def show_fatal(title: str, text: str, parent: QWidget | None = None) -> None:
    """A clear message instead of a traceback (tests replace this)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, text)


def first_start(window: MainWindow) -> str | None:
    """On an empty database ask: demo catalogue or empty. Returns the choice (None: not asked)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from lendingdesk.errors import LendingError
    from lendingdesk.ui.first_start import FirstStartDialog

    if not window.service.is_empty():
        return None
    dialog = FirstStartDialog(window)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    if choice == FirstStartDialog.DEMO:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            window.service.fill_demo()
        except LendingError as exc:
            show_fatal(
                QCoreApplication.translate("App", "Demo not loaded"),
                exc.message(window.translations.lang),
                window,
            )
        finally:
            QApplication.restoreOverrideCursor()
        for entry in window.entries:
            refresh = getattr(entry.widget, "refresh", None)
            if entry.widget is not window.desk and callable(refresh):
                refresh()
        window.update_status()
    return choice


def ask_staff_at_start(window: MainWindow) -> QWidget | None:
    """The first start of a day asks who staffs the desk, beside the desk (not blocking it);
    the cold-start benchmark is not asked. Returns the question (None: not asked)."""
    from lendingdesk.ui.staff import needs_asking

    if os.environ.get(ENV_EXIT_AFTER_PAINT) == "1":
        return None
    if not needs_asking(window.settings, window.service.ctx_factory().today()):
        return None
    return window.ask_staff(start_of_day=True)


def ask_db_password(settings: PgSettings) -> str | None:
    """The shared database's password, asked in the desk's language (None: cancelled)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("App", "Database password"),
        QCoreApplication.translate("App", "Password for the shared database (user %1 on %2):")
        .replace("%1", settings.user)
        .replace("%2", settings.host),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def backup_now(window: MainWindow) -> Path | None:
    """The automatic backup of a SQLite desk database, here and now; a failure becomes a calm
    amber notice in the window, never an error dialog or a crash (the desk work goes on)."""
    from lendingdesk.errors import LendingError
    from lendingdesk.store import backups

    try:
        path = backups.auto_backup(window.service.db)
    except (LendingError, OSError) as exc:
        show_backup_outcome(window, None, exc)
        return None
    show_backup_outcome(window, path, None)
    return path


def show_backup_outcome(window: MainWindow, path: Path | None, error: Exception | None) -> None:
    from PySide6.QtCore import QCoreApplication

    from lendingdesk.errors import DatabaseUnavailable, LendingError

    if error is None:
        window.show_notice(None)
        return
    detail = error.message(window.translations.lang) if isinstance(error, LendingError) else ""
    detail = detail or str(error)
    if isinstance(error, DatabaseUnavailable) and not error.keep_offline:
        # The check before the copy found the database itself in trouble (damaged, gone,
        # full, read-only): desk work does not go on as usual, so the bar says so.
        def trouble() -> str:
            return QCoreApplication.translate("App", "Scans are not being saved") + " — " + detail

        window.show_notice(trouble)
        return

    def text() -> str:
        return (
            QCoreApplication.translate("App", "Backup not made")
            + " — "
            + QCoreApplication.translate(
                "App",
                "The automatic backup did not work: %1 Work at the desk continues as usual; "
                "tell the coordinator.",
            ).replace("%1", detail)
        )

    window.show_notice(text)


def start_backups(window: MainWindow, every_ms: int = BACKUP_EVERY_MS) -> QTimer | None:
    """One backup just after the first paint, then one every ``every_ms`` (SQLite only).

    Each runs on the task runner's pool thread: copying a region's database (345 MB) takes
    seconds, and the desk must answer scans meanwhile. The copy is SQLite's online backup on
    its own connection, so check-outs go on during it; the outcome (a calm notice on failure)
    is shown on the window's thread."""
    from PySide6.QtCore import QTimer

    from lendingdesk.errors import LendingError
    from lendingdesk.store import backups
    from lendingdesk.ui.tasks import TaskRunner

    db = window.service.db
    if db.sqlite_path is None:
        return None
    runner = TaskRunner(window, max_threads=1)  # waits for a running copy before quitting
    window._backup_runner = runner  # lives as long as the window

    def failed(error: BaseException) -> None:
        if isinstance(error, LendingError | OSError):
            show_backup_outcome(window, None, error)
        else:  # a bug: logged, and the desk works on
            log.error("automatic backup failed", exc_info=error)

    def start() -> None:
        if not runner.busy():  # the previous copy is still running: this round is skipped
            runner.submit(
                lambda: backups.auto_backup(db),
                lambda path: show_backup_outcome(window, path, None),
                failed,
            )

    QTimer.singleShot(0, window, start)
    timer = QTimer(window)
    timer.setInterval(every_ms)
    timer.timeout.connect(start)
    timer.start()
    return timer


def start_notices(window: MainWindow, every_ms: int = 60_000) -> QTimer | None:
    """E-mail notices from the desk: every minute a pool thread asks the notices service
    whether a run is due (on, and the configured interval passed) and sends. The desk never
    waits on the mail server; a server that is down is one calm line in the notice bar, gone
    after the next run that works."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from lendingdesk.errors import LendingError
    from lendingdesk.ui.tasks import TaskRunner

    if window.screen_services is None:
        return None
    view = window.screen_services.notices
    runner = TaskRunner(window, max_threads=1)
    window._notices_runner = runner
    shown: list[bool] = [False]  # whether the bar shows our notice (not someone else's)

    def show(detail: str | None) -> None:
        if detail is None:
            if shown[0]:
                window.show_notice(None)
                shown[0] = False
            return

        def text() -> str:
            return QCoreApplication.translate(
                "App", "E-mails to borrowers not sent — %1 They are sent at the next try."
            ).replace("%1", detail)

        window.show_notice(text)
        shown[0] = True

    def done(report: RunReport | None) -> None:
        if report is None:  # off, or not time yet
            return
        if report.server_problem is None:
            show(None)
            return
        show(f"{report.server_problem.render(window.translations.lang)}.")

    def failed(error: BaseException) -> None:
        if isinstance(error, LendingError):
            show(error.message(window.translations.lang))
        else:  # a bug: logged, and the desk works on
            log.error("sending e-mail notices failed", exc_info=error)

    def tick() -> None:
        if not runner.busy():
            runner.submit(view.run_on_timer, done, failed)

    timer = QTimer(window)
    timer.setInterval(every_ms)
    timer.timeout.connect(tick)
    timer.start()
    window._notices_timer = timer
    QTimer.singleShot(0, window, tick)
    return timer


def run_desk(db_url: str | None, lang: str | None, *, kiosk: bool = False) -> int:
    """Open the desk window. ``lang`` (nl/en) overrides the saved language for this run;
    ``kiosk`` starts self-service over it at once (locked, full screen)."""
    from lendingdesk.store import postgres
    from lendingdesk.ui.desk.desk_settings import DeskSettings
    from lendingdesk.ui.i18n import Translations

    app = ensure_app()
    settings = DeskSettings.load()
    if lang:
        settings.language = lang
    translations = Translations()
    translations.apply(settings.language)
    # A shared PostgreSQL database without a stored password asks for it in a dialog, while
    # the desk runs (after it, a dialog prompt would wait for a window nobody sees).
    previous_prompt = postgres.set_password_prompt(ask_db_password)
    try:
        return _open_and_run(app, db_url, settings, translations, kiosk=kiosk)
    finally:
        postgres.set_password_prompt(previous_prompt)


def _open_and_run(
    app: QApplication,
    db_url: str | None,
    settings: DeskSettings,
    translations: Translations,
    *,
    kiosk: bool,
) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QGuiApplication

    from lendingdesk.errors import DatabaseUnavailable
    from lendingdesk.store import backups
    from lendingdesk.store.db import open_database

    try:
        # Only a first start creates the database: no file and no backups of one. Once backups
        # exist, a missing file was deleted or moved (or the path is mistyped): that is said,
        # with the way back (restore), and no empty database takes its place. The first-start
        # dialog then asks for demo data or an empty start. SQLite's quick_check runs right
        # after the first paint, on the backup thread (start_backups): on a large file it
        # takes a second or more.
        db = open_database(db_url, create=not backups.list_backups())
    except DatabaseUnavailable as exc:
        show_fatal(
            QCoreApplication.translate("App", "LendingDesk cannot start"),
            exc.message(translations.lang),
        )
        return EXIT_DB
    window = build_window(db, settings=settings, translations=translations)
    window.show()
    first_start(window)
    if kiosk:
        window.start_kiosk()
    else:
        ask_staff_at_start(window)
        window.desk.focus_code_field()
    start_backups(window)
    start_notices(window)
    window.update_offline()  # scans kept in an earlier run are retried at once
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        # After the desk is up: looking for a webcam loads Qt's media backend.
        QTimer.singleShot(CAMERA_OFFER_DELAY_MS, window.offer_camera_if_no_scanner)
    if os.environ.get(ENV_EXIT_AFTER_PAINT) == "1":
        _exit_after_first_paint(window)
    try:
        return app.exec()
    finally:
        db.dispose()


def _exit_after_first_paint(window: QWidget) -> None:
    """For the cold-start benchmark: quit once the window has painted for the first time."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class _FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj is window:
                window.removeEventFilter(self)
                # The children paint in the same pass; report when the pass is done.
                QTimer.singleShot(0, _report_and_quit)
            return False

    def _report_and_quit() -> None:
        print(f"first_paint_epoch={time.time():.6f}", flush=True)
        QApplication.quit()

    def _report_peak_memory() -> None:
        # The process's own peak (Linux): a parent's wait4() figure can include the memory the
        # child shared with the parent between fork and exec.
        try:
            with open("/proc/self/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        print(f"peak_rss_kb={line.split()[1]}", flush=True)
        except OSError:
            pass

    QApplication.instance().aboutToQuit.connect(_report_peak_memory)

    window._first_paint_filter = _FirstPaint(window)
    window.installEventFilter(window._first_paint_filter)
