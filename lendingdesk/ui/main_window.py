"""The main window: navigation on the left, the screens on the right, a status bar below.

The desk screen is always first. The other screens come from ``lendingdesk.ui.screens.SCREENS``
(a list of (key, class); each class is built as ``cls(its_service, parent)`` -- the screen's
own service from ``ScreenServices.for_screen(key)`` -- and has a
``title()`` staticmethod and a ``refresh()`` method). Until that package exists, calm
placeholders stand in. A scan goes to the dialog or screen that declared it takes scans of
that kind (lendingdesk.ui.scan_routing); a screen that takes none hands it to the desk.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.services.desk import DeskService, DeskSummary
from lendingdesk.services.journal import ReplayResult
from lendingdesk.services.views import ScreenServices
from lendingdesk.ui.desk.desk_screen import DeskScreen
from lendingdesk.ui.desk.desk_settings import DeskSettings, open_settings
from lendingdesk.ui.desk.feedback import Sounds, Tone
from lendingdesk.ui.desk.scan_detector import ScanDetector
from lendingdesk.ui.fit import keep_on_screen
from lendingdesk.ui.forms.ui_main_window import Ui_MainWindow
from lendingdesk.ui.i18n import Translations
from lendingdesk.ui.scan_routing import Scan, deliver, find_target, target_of
from lendingdesk.ui.staff import SHORTCUT as STAFF_SHORTCUT
from lendingdesk.ui.tasks import TaskRunner

CAMERA_SHORTCUT = "F9"  # opens and closes the camera window
if TYPE_CHECKING:
    from lendingdesk.services.reviews import ReviewService

log = logging.getLogger(__name__)

# While scans wait in the offline journal, the window tries the database this often.
RETRY_MS = 10_000
PREFERRED_SIZE = (1366, 768)  # the first-start size when the screen has room for it
STATUS_DELAY_MS = 150  # status-bar counts follow a scan this much later (coalesced)
NOTICE_STYLE = (
    "QLabel { background: #fff4d6; color: #6b4a00; border-bottom: 2px solid #e0a800;"
    " padding: 6px 18px; font-size: 12pt; font-weight: 600; }"
)

# The screens another area builds; shown as placeholders until they exist.
PLACEHOLDER_KEYS = ("catalogue", "borrowers", "loans", "reservations", "cleaning")


def placeholder_title(key: str) -> str:
    titles = {
        "catalogue": QCoreApplication.translate("MainWindow", "Catalogue"),
        "borrowers": QCoreApplication.translate("MainWindow", "Borrowers"),
        "loans": QCoreApplication.translate("MainWindow", "Loans"),
        "reservations": QCoreApplication.translate("MainWindow", "Reservations"),
        "cleaning": QCoreApplication.translate("MainWindow", "Cleaning"),
        "reviews": QCoreApplication.translate("MainWindow", "Reviews"),
        "audit": QCoreApplication.translate("MainWindow", "Audit log"),
        "stocktake": QCoreApplication.translate("MainWindow", "Stock-take"),
    }
    return titles.get(key, key)


def camera_present() -> bool:
    """Whether this computer has a camera. On Linux a video device file says so without loading
    Qt's media backend (which would hold the desk up for a moment just after its start)."""
    if sys.platform.startswith("linux"):
        return any(Path("/dev").glob("video*"))
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.videoInputs())


class LazyScreen(QWidget):
    """Holds a screen's place in the window until it is first opened (then it is built)."""

    def __init__(self, key: str, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self.key = key
        self.build = build

    def refresh(self) -> None:
        pass  # built fresh when first opened


class PlaceholderScreen(QWidget):
    """A calm stand-in for a screen that is not built yet (or failed to open)."""

    def __init__(self, key: str, parent: QWidget | None = None, *, failed: bool = False) -> None:
        super().__init__(parent)
        self.key = key
        self.failed = failed
        self.heading = QLabel(self)
        self.heading.setProperty("screenTitle", True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self._retranslate()

    def refresh(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(placeholder_title(self.key))
        if self.failed:
            self.body.setText(
                self.tr("This screen could not be opened. The desk itself works as usual.")
            )
        else:
            self.body.setText(self.tr("This part of LendingDesk is not installed yet."))


@dataclass
class ScreenEntry:
    key: str
    title: Callable[[], str]
    widget: QWidget


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(
        self,
        desk_service: DeskService,
        *,
        settings: DeskSettings,
        translations: Translations,
        database_label: str,
        screen_services: ScreenServices | None = None,
        scan_clock: Callable[[], float] | None = None,
        sounds: Sounds | None = None,
        session_timeout_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = desk_service
        self.settings = settings
        self.translations = translations
        self.database_label = database_label
        self.screen_services = screen_services
        self.sounds = sounds or Sounds()
        self.kiosk: QWidget | None = None  # self-service over this desk, while it runs
        self.self_review: QWidget | None = None  # the professional's review, while it runs
        self.reviews: Callable[[], ReviewService] | None = None  # set by ui.app
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)

        extra = {} if session_timeout_ms is None else {"session_timeout_ms": session_timeout_ms}
        self.desk = DeskScreen(
            desk_service, lang=lambda: self.translations.lang, sounds=self.sounds, **extra
        )
        # The status bar's counts follow a change a moment later, off the scan's path: at a
        # region's scale counting takes milliseconds the scan's own feedback should not wait for.
        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.setInterval(STATUS_DELAY_MS)
        self.status_timer.timeout.connect(self._count_in_background)
        # The counts (a round trip or three to a server) are taken on a worker thread.
        self.status_tasks = TaskRunner(self, max_threads=1)
        self.desk.changed.connect(self.schedule_status_update)
        self.desk.kept_offline.connect(self.update_offline)
        self.entries: list[ScreenEntry] = [ScreenEntry("desk", lambda: self.tr("Desk"), self.desk)]
        self.entries += self._other_screens()
        for index, entry in enumerate(self.entries):
            self.ui.stack.addWidget(entry.widget)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.ui.navList.addItem(item)
            if index < 9:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
                shortcut.activated.connect(lambda i=index: self.show_screen_index(i))
        self.ui.navList.currentRowChanged.connect(self._screen_chosen)
        self._add_notice_bar()
        self.ui.settingsButton.clicked.connect(self.open_settings)
        QShortcut(QKeySequence("Ctrl+,"), self).activated.connect(self.open_settings)
        # Scanning with the webcam, for a desk without a scanner (lendingdesk.ui.camera).
        self.camera_button = QPushButton(self.ui.navPanel)
        self.camera_button.setObjectName("cameraButton")
        self.camera_button.setAutoDefault(False)
        self.camera_button.clicked.connect(self.open_camera)
        self.ui.navLayout.insertWidget(
            self.ui.navLayout.indexOf(self.ui.settingsButton), self.camera_button
        )
        QShortcut(QKeySequence(CAMERA_SHORTCUT), self).activated.connect(self.toggle_camera)
        self.camera_window: QDialog | None = None

        self.db_status = QLabel(self)
        self.desk_status = QLabel(self)
        self.summary_status = QLabel(self)
        for label in (self.summary_status, self.desk_status, self.db_status):
            label.setProperty("status", True)
        # Who staffs the desk: shown, and changed with one click (no code needed).
        self.staff_button = QPushButton(self)
        self.staff_button.setObjectName("staffButton")
        self.staff_button.setFlat(True)
        self.staff_button.clicked.connect(lambda: self.ask_staff())
        QShortcut(QKeySequence(STAFF_SHORTCUT), self).activated.connect(lambda: self.ask_staff())
        self.ui.statusBar.addWidget(self.staff_button)
        self.staff_dialog: QDialog | None = None
        self.ui.statusBar.addWidget(self.summary_status, 1)
        self.ui.statusBar.addPermanentWidget(self.desk_status)
        self.ui.statusBar.addPermanentWidget(self.db_status)

        # Scans are recognised application-wide; the detector lives and dies with this window
        # (a destroyed event filter removes itself from the application).
        clock_kw = {} if scan_clock is None else {"clock": scan_clock}
        self.detector = ScanDetector(
            self, prefix=settings.scanner_prefix, suffix=settings.scanner_suffix, **clock_kw
        ).install()
        self.detector.scanned.connect(self.on_scanned)
        self.detector.scanned.connect(self._scanner_seen)
        self._seen_scanner = bool(open_settings().value("scanner/seen", False, type=bool))

        self._style()
        self._retranslate()
        self.restore_state()
        # The labels now; the counts (round trips to a server) follow on the worker thread,
        # so the first paint of the desk does not wait for them.
        self._show_status(None)
        self._count_in_background()
        self.update_offline()

    # --- the amber notice bar: offline scans, backup trouble ---------------------------------

    def _add_notice_bar(self) -> None:
        """A plain amber bar above the screens; hidden while all is well."""
        layout = self.ui.centralLayout
        index = layout.indexOf(self.ui.stack)
        layout.removeWidget(self.ui.stack)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.notice_bar = QLabel(self)
        self.notice_bar.setObjectName("noticeBar")
        self.notice_bar.setWordWrap(True)
        self.notice_bar.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_bar.setStyleSheet(NOTICE_STYLE)
        self.notice_bar.hide()
        column.addWidget(self.notice_bar)
        column.addWidget(self.ui.stack, 1)
        layout.insertLayout(index, column, 1)
        self._notice: Callable[[], str] | None = None  # e.g. a failed backup
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self._retry_in_line)
        self._retrying = False
        # Tests replace this; by default a non-blocking message box.
        self.report_replay: Callable[[list[ReplayResult]], None] = self._report_replay

    def show_notice(self, text: Callable[[], str] | None) -> None:
        """A calm, persistent notice (None clears it); waiting scans take precedence."""
        self._notice = text
        self.update_offline()

    def pending_scans(self) -> int:
        try:
            return self.service.pending_count()
        except Exception:  # an unreadable journal must not break the desk
            log.exception("journal unreadable")
            return 0

    def update_offline(self) -> None:
        pending = self.pending_scans()
        if pending:
            self.notice_bar.setText(
                self.tr("No connection to the database — scans are being kept (%1)").replace(
                    "%1", str(pending)
                )
            )
            if not self.retry_timer.isActive():
                self.retry_timer.start()
        elif self._notice is not None:
            self.notice_bar.setText(self._notice())
            self.retry_timer.stop()
        else:
            self.retry_timer.stop()
        self.notice_bar.setVisible(bool(pending) or self._notice is not None)

    def retry_journal(self) -> list[ReplayResult]:
        """Try the database; when it is back, apply the kept scans and say what became of
        them. Nothing is dropped: refused scans are reported with the reason."""
        results = self._replay()
        self._replayed(results, self.update_status)
        return list(results)

    def _retry_in_line(self) -> None:
        """The retry timer's try: on the desk's worker, in line with the scans (a server that
        is away may take seconds to refuse a connection; the window keeps working)."""
        if self._retrying:
            return
        self._retrying = True

        def replayed(results: list[ReplayResult]) -> None:
            self._retrying = False
            self._replayed(results, self._count_in_background)

        self.desk.in_line(self._replay, replayed)

    def _replay(self) -> list[ReplayResult]:
        try:
            return self.service.replay_journal()
        except Exception:
            log.exception("replaying the scan journal failed")
            return []

    def _replayed(self, results: list[ReplayResult], count: Callable[[], None]) -> None:
        done = [r for r in results if r.status != "offline"]
        self.update_offline()
        if done:
            count()
            self.desk.changed.emit()
            self.report_replay(done)

    def replay_text(self, results: list[ReplayResult]) -> str:
        lang = self.translations.lang
        lines = [r.message(lang) for r in results]
        return "\n\n".join(lines)

    def _report_replay(self, results: list[ReplayResult]) -> None:
        conflicts = [r for r in results if not r.ok]
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setIcon(QMessageBox.Icon.Warning if conflicts else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Connection restored"))
        if conflicts:
            head = self.tr("The kept scans were processed; %1 could not be applied.")
            box.setText(head.replace("%1", str(len(conflicts))))
        else:
            box.setText(self.tr("All kept scans were processed."))
        box.setInformativeText(self.replay_text(results))
        box.setStyleSheet("#qt_msgbox_label, #qt_msgbox_informativelabel { min-width: 520px; }")
        box.show()

    # --- screens -----------------------------------------------------------------------------

    def _other_screens(self) -> list[ScreenEntry]:
        try:
            from lendingdesk.ui.screens import SCREENS
        except ImportError:
            return [
                ScreenEntry(key, lambda k=key: placeholder_title(k), PlaceholderScreen(key))
                for key in PLACEHOLDER_KEYS
            ]
        entries = []
        for key, target in SCREENS:
            # Every screen is built when first opened; a "module:Class" target is not even
            # imported before then, so its title comes from the navigation's own list.
            title = None if isinstance(target, str) else getattr(target, "title", None)
            title_fn = title if callable(title) else (lambda k=key: placeholder_title(k))
            widget = LazyScreen(key, lambda k=key, t=target: self._build_screen(k, t))
            entries.append(ScreenEntry(key, title_fn, widget))
        return entries

    def _build_screen(self, key: str, target: str | type) -> QWidget:
        try:
            if self.screen_services is None:
                raise RuntimeError("no screen services")
            if isinstance(target, str):
                from lendingdesk.ui.screens import load_screen_class

                target = load_screen_class(target)
            widget = target(self.screen_services.for_screen(key), None)
        except Exception:  # one broken screen must not take the desk down with it
            log.exception("screen %s could not be built", key)
            return PlaceholderScreen(key, failed=True)
        # A screen that changes what the desk counts (renew, cleaning sign-off) says so; the
        # status bar follows like it follows a scan.
        changed = getattr(widget, "changed", None)
        if changed is not None and hasattr(changed, "connect"):
            changed.connect(self.schedule_status_update)
        return widget  # type: ignore[no-any-return]

    def _built(self, index: int) -> QWidget:
        """The screen at ``index``, built now if this is its first use."""
        entry = self.entries[index]
        if isinstance(entry.widget, LazyScreen):
            lazy = entry.widget
            entry.widget = lazy.build()
            self.ui.stack.insertWidget(index, entry.widget)
            self.ui.stack.removeWidget(lazy)
            lazy.deleteLater()
        return entry.widget

    def screen(self, key: str) -> QWidget | None:
        """The screen called ``key`` (built if it was not yet opened)."""
        for index, entry in enumerate(self.entries):
            if entry.key == key:
                return self._built(index)
        return None

    def built_screen(self, key: str) -> QWidget | None:
        """The screen called ``key`` if it was opened already (None: nothing to refresh)."""
        for entry in self.entries:
            if entry.key == key and not isinstance(entry.widget, LazyScreen):
                return entry.widget
        return None

    def built_screens(self) -> list[QWidget]:
        """The screens opened so far (the others have nothing to refresh)."""
        return [e.widget for e in self.entries if not isinstance(e.widget, LazyScreen)]

    def current_key(self) -> str:
        return self.entries[max(0, self.ui.stack.currentIndex())].key

    def show_screen(self, key: str) -> None:
        for index, entry in enumerate(self.entries):
            if entry.key == key:
                self.show_screen_index(index)
                return

    def show_screen_index(self, index: int) -> None:
        if 0 <= index < len(self.entries):
            self.ui.navList.setCurrentRow(index)

    def _screen_chosen(self, row: int) -> None:
        if row < 0:
            return
        widget = self._built(row)
        self.ui.stack.setCurrentIndex(row)
        refresh = getattr(widget, "refresh", None)
        if widget is not self.desk and callable(refresh):
            try:
                refresh()
            except Exception:
                log.exception("refresh of %s failed", self.entries[row].key)
        if widget is self.desk:
            self.desk.focus_code_field()

    # --- scans -------------------------------------------------------------------------------

    def on_scanned(self, text: str) -> None:
        """A scanner typed ``text``: the open dialog or the screen that asked for scans gets
        it (scan_routing); a screen that asks for none hands it to the desk, which lends."""
        scan = Scan.read(text)
        modal = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if modal is not None:
            if focus is not None and focus.window() is not modal:
                focus = None
            target = find_target(focus, modal)
            if target is None:
                self.say_in_status(self.tr("Close the open window first, then scan again."))
                self.sounds.play(Tone.WARN)
            elif not deliver(target, scan, say=self.say_in_status):
                self.sounds.play(Tone.WARN)
            return
        current = self.ui.stack.currentWidget()
        if focus is not None and focus.window() is not self:
            focus = None
        target = find_target(focus, current)
        if target is None:
            if current is not self.desk:
                self.show_screen("desk")
            target = target_of(self.desk)
        if target is None or not deliver(target, scan, say=self.say_in_status):
            self.sounds.play(Tone.WARN)

    def _scanner_seen(self, _text: str) -> None:
        """A scanner typed here: remembered, so the camera is not offered on this computer."""
        if self._seen_scanner:
            return
        self._seen_scanner = True
        qs = open_settings()
        qs.setValue("scanner/seen", True)
        qs.sync()
        self._offer_camera(False)

    def offer_camera_if_no_scanner(self) -> bool:
        """A computer where no scanner ever typed, with a webcam: the Camera button stands out
        and the status bar says how to scan with the camera. The camera itself is never
        switched on unasked (its light would go on, and people are nearby)."""
        if self._seen_scanner or not camera_present():
            return False
        self._offer_camera(True)
        self.ui.statusBar.showMessage(
            self.tr(
                "No scanner seen on this computer yet: press %1 to scan with the webcam."
            ).replace("%1", CAMERA_SHORTCUT),
            60_000,
        )
        return True

    def _offer_camera(self, offered: bool) -> None:
        self.camera_button.setProperty("offered", offered)
        self.camera_button.style().unpolish(self.camera_button)
        self.camera_button.style().polish(self.camera_button)

    def toggle_camera(self) -> None:
        if self.camera_window is not None and self.camera_window.isVisible():
            self.camera_window.close()
        else:
            self.open_camera()

    def open_camera(self) -> QDialog | None:
        """The camera window beside the desk: what it reads goes where a scanner's scan goes
        (``on_scanned``). None, with one line in the status bar, when this installation has
        no camera support at all."""
        if self.camera_window is not None:
            self.camera_window.show()
            self.camera_window.raise_()
            return self.camera_window
        try:
            from lendingdesk.ui.camera.window import CameraWindow
        except ImportError:  # QtMultimedia's system libraries or zxing-cpp missing
            log.exception("camera scanning unavailable")
            self.say_in_status(self.tr("Camera scanning is not available on this computer."))
            self.sounds.play(Tone.WARN)
            return None
        window = CameraWindow(
            self, sounds=self.sounds, repeat_window_s=self.settings.camera_repeat_ms / 1000
        )
        window.scanned.connect(self.on_scanned)
        self.camera_window = window

        def closed(_result: int) -> None:
            qs = open_settings()
            qs.setValue("camera/geometry", window.saveGeometry())
            window.deleteLater()
            if self.camera_window is window:
                self.camera_window = None

        window.finished.connect(closed)
        self._place_camera_window(window)
        window.show()
        self.activateWindow()  # the desk keeps the keyboard (some window managers hand it over)
        window.open_camera()
        return window

    def _place_camera_window(self, window: QWidget) -> None:
        """Where the user left it last time; else beside the window when the screen has room,
        else over the window's lower right, clear of the desk's answer (top) and its buttons
        (bottom)."""
        qs = open_settings()
        saved = qs.value("camera/geometry")
        if isinstance(saved, QByteArray | bytes) and saved:
            window.restoreGeometry(QByteArray(saved))
            keep_on_screen(window)
            return
        frame = self.frameGeometry()
        screen = QWidget.screen(self)
        area = screen.availableGeometry() if screen is not None else frame
        if area.right() - frame.right() >= window.width() + 16:
            window.move(frame.right() + 8, frame.top() + (frame.height() - window.height()) // 2)
        else:
            x = frame.right() - window.width() - 24
            y = frame.bottom() - window.height() - 110
            window.move(max(frame.left(), x), max(frame.top(), y))
        keep_on_screen(window)

    def say_in_status(self, text: str) -> None:
        """A short line in the status bar (a scan that this place cannot use)."""
        self.ui.statusBar.showMessage(text, 10_000)

    # --- status bar, settings, language -----------------------------------------------------

    def schedule_status_update(self) -> None:
        """Update the status bar soon; a burst of scans costs one update."""
        if not self.status_timer.isActive():
            self.status_timer.start()

    def _count_in_background(self) -> None:
        if self.status_tasks.busy():  # counting still: once more when that is in
            self.status_timer.start()
            return
        self.status_tasks.submit(self._status_counts, self._show_status, self._status_failed)

    def _status_counts(self) -> tuple[DeskSummary, str | None]:
        return self.service.summary(), self.service.location_name(self.settings.location_id)

    def _status_failed(self, error: BaseException) -> None:
        # The status bar must never break the desk.
        log.error("summary failed", exc_info=(type(error), error, error.__traceback__))

    def update_status(self) -> None:
        """The status bar now (the counts read on this thread; after a scan they follow on a
        worker thread a moment later instead)."""
        self.status_timer.stop()
        try:
            counts = self._status_counts()
        except Exception:  # the status bar must never break the desk
            log.exception("summary failed")
            return
        self._show_status(counts)

    def _show_status(self, counts: tuple[DeskSummary, str | None] | None) -> None:
        """The status bar; ``counts`` None: not read yet (the labels without them)."""
        summary, location = counts if counts is not None else (None, None)
        if summary is not None:
            text = self.tr("%1 on loan · %2 overdue · %3 to clean")
            self.summary_status.setText(
                text.replace("%1", str(summary.open_loans))
                .replace("%2", str(summary.overdue))
                .replace("%3", str(summary.awaiting_cleaning))
            )
        desk = self.settings.desk_name or ""
        place = f"{location} / {desk}" if location else desk or self.tr("no location chosen")
        # The room and the desk fit a 1280 px status bar; the whole place is in the tooltip.
        short = f"{location.rsplit(' / ', 1)[-1]} / {desk}" if location else place
        self.desk_status.setText(self.tr("Desk: %1").replace("%1", short))
        self.desk_status.setToolTip(place)
        actor = self.settings.actor or self.tr("nobody named")
        self.staff_button.setText(self.tr("At the desk: %1").replace("%1", actor))
        self.staff_button.setToolTip(
            self.tr("Change who is at the desk (%1)").replace("%1", STAFF_SHORTCUT)
        )
        # The file's name, or a server's database and host, fits a 1280 px status bar (the
        # whole address needed 1330 px); the whole path or address is in the tooltip.
        label = self.database_label
        short = label.replace("\\", "/").rsplit("/", 1)[-1] if "://" not in label else label
        if "://" in label:
            server = label.split("://", 1)[1].rsplit("@", 1)[-1]  # no user (nor password)
            host, _, name = server.partition("/")
            host = host.rsplit(":", 1)[0] if host.count(":") == 1 else host  # no port
            name = name.split("?", 1)[0]
            if name and host:
                short = self.tr("%1 on %2").replace("%1", name).replace("%2", host)
        self.db_status.setText(self.tr("Database: %1").replace("%1", short))
        self.db_status.setToolTip(label)

    def ask_staff(self, *, start_of_day: bool = False) -> QDialog:
        """Ask who staffs the desk now; the name goes with every change from here on.

        Nothing waits for the answer: at the start of the day the question stands beside the
        desk (not modal), so a borrower's scans are handled meanwhile. Skipping it then names
        nobody (yesterday's name must not sign today's work); cancelling a change from the
        status bar keeps the current name."""
        from lendingdesk.ui.staff import StaffDialog

        if self.staff_dialog is not None and self.staff_dialog.isVisible():
            self.staff_dialog.activateWindow()  # already asked: one question at a time
            return self.staff_dialog
        dialog = StaffDialog(self.settings, self)
        self.staff_dialog = dialog

        def done(result: int) -> None:
            chosen = result == StaffDialog.DialogCode.Accepted
            if chosen or start_of_day:
                self.set_staff(dialog.name() if chosen else "")
            dialog.deleteLater()
            if self.staff_dialog is dialog:
                self.staff_dialog = None

        dialog.finished.connect(done)
        if start_of_day:
            dialog.setModal(False)
            dialog.show()
            dialog.activateWindow()
        else:
            dialog.open()  # over the window until answered; the event loop goes on
        return dialog

    def set_staff(self, name: str) -> None:
        from lendingdesk.ui.staff import remember

        remember(self.settings, name, self.service.ctx_factory().today())
        self.settings.save()
        self.update_status()
        current = self.ui.stack.currentWidget()
        if current is self.desk:
            self.desk.focus_code_field()
        elif callable(refresh := getattr(current, "refresh", None)):
            refresh()  # e.g. the reviews' "Moderated by" follows the new name at once

    def open_settings(self) -> None:
        from lendingdesk.ui.coordinator import ask_coordinator
        from lendingdesk.ui.settings_dialog import SettingsDialog

        ctx = self.service.ctx_factory()
        if not ask_coordinator(self, self.service.db, ctx, "settings", self.translations.lang):
            return
        dialog = SettingsDialog(
            self.settings,
            self.service.locations(),
            edit_conditions=lambda: self.edit_conditions(dialog),
            parent=self,
        )
        if self.screen_services is not None:
            dialog.add_notices_button(lambda: self.open_notice_settings(dialog))
        result = dialog.exec()
        if result not in (SettingsDialog.DialogCode.Accepted, SettingsDialog.KIOSK):
            dialog.deleteLater()
            return
        new = dialog.result_settings()
        dialog.deleteLater()
        self.apply_settings(new)
        if result == SettingsDialog.KIOSK:
            self.start_kiosk()

    def edit_conditions(self, parent: QWidget | None = None) -> None:
        """The coordinator edits the loan conditions professionals accept at self-service."""
        from lendingdesk.services.acceptance import AcceptanceService
        from lendingdesk.ui.coordinator import ask_coordinator
        from lendingdesk.ui.kiosk.conditions_dialog import ConditionsDialog

        ctx = self.service.ctx_factory()
        lang = self.translations.lang
        grant = ask_coordinator(parent or self, self.service.db, ctx, "conditions", lang)
        if grant is None:
            return
        service = AcceptanceService(self.service.db, self.service.ctx_factory, lang=lang)
        dialog = ConditionsDialog(service, grant, lang=lang, parent=parent or self)
        dialog.exec()
        dialog.deleteLater()

    def start_kiosk(self) -> QWidget:
        """Self-service lending over this desk (locked; the coordinator code leaves it)."""
        from lendingdesk.ui.kiosk import open_kiosk

        return open_kiosk(self)

    def open_notice_settings(self, parent: QWidget | None = None) -> None:
        """The E-mail settings (reached from the desk settings, after the coordinator code)."""
        from lendingdesk.ui.notices_settings import NoticesSettingsDialog

        assert self.screen_services is not None
        dialog = NoticesSettingsDialog(
            self.screen_services.notices, self.translations.lang, parent or self
        )
        self.notices_dialog = dialog
        dialog.exec()
        dialog.deleteLater()

    def apply_settings(self, new: DeskSettings) -> None:
        old_lang = self.settings.language
        if new.actor != self.settings.actor:  # a name typed in the settings is remembered too
            from lendingdesk.ui.staff import remember

            remember(new, new.actor, self.service.ctx_factory().today())
        for field in new.__dataclass_fields__:
            setattr(self.settings, field, getattr(new, field))
        self.settings.save()
        self.service.default_loan_days = self.settings.default_loan_days
        self.detector.configure(
            prefix=self.settings.scanner_prefix, suffix=self.settings.scanner_suffix
        )
        if new.language != old_lang:
            self.set_language(new.language)
        self.update_status()

    def set_language(self, lang: str) -> None:
        self.settings.language = self.translations.apply(lang)
        self.language_changed.emit(self.settings.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.update_status()
            self.update_offline()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("LendingDesk – lending desk"))
        self.camera_button.setText(self.tr("Camera (%1)").replace("%1", CAMERA_SHORTCUT))
        self.camera_button.setToolTip(
            self.tr("Scan labels and cards with the webcam (%1)").replace("%1", CAMERA_SHORTCUT)
        )
        for index, entry in enumerate(self.entries):
            item = self.ui.navList.item(index)
            try:
                title = entry.title()
            except Exception:
                title = placeholder_title(entry.key)
            item.setText(title)
            if index < 9:
                item.setToolTip(
                    self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(index + 1))
                )

    def _style(self) -> None:
        self.ui.navPanel.setObjectName("navPanel")
        self.ui.appTitle.setObjectName("appTitle")
        self.ui.appSubtitle.setObjectName("appSubtitle")
        self.ui.navList.setObjectName("navList")
        self.ui.settingsButton.setObjectName("settingsButton")

    # --- window state ------------------------------------------------------------------------

    def restore_state(self) -> None:
        qs = open_settings()
        geometry = qs.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(*PREFERRED_SIZE)
        self.fit_to_screen()
        key = str(qs.value("window/screen", "desk") or "desk")
        self.show_screen(key if self.screen(key) is not None else "desk")

    def fit_to_screen(self) -> None:
        """Keep the whole window -- buttons and status bar included -- on the screen's
        available area: first start, or a geometry saved on a larger monitor."""
        keep_on_screen(self)

    def save_state(self) -> None:
        qs = open_settings()
        qs.setValue("window/geometry", self.saveGeometry())
        qs.setValue("window/screen", self.current_key())
        qs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        # The detector filters the whole application: a closed desk must not hold keys back.
        self.detector.uninstall()
        # A scan or a count still on its way to the database finishes first (nothing half).
        self.status_timer.stop()
        self.desk.tasks.wait()
        self.status_tasks.wait()
        if self.camera_window is not None:
            self.camera_window.close()  # the camera goes off with the desk
        super().closeEvent(event)
