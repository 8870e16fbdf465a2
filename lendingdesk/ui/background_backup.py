"""The automatic backup on a worker thread, so the desk keeps answering scans meanwhile.

Copying a region's database (345 MB in the benchmarks) takes seconds. The copy is SQLite's
online backup on its own connection, so check-outs at the desk go on during it; the outcome
(a calm notice on failure) is shown on the window's thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from lendingdesk.domain.errors import LendingError
from lendingdesk.store.db import Database

Outcome = Callable[[QWidget, Path | None, Exception | None], None]


class BackgroundBackup(QObject):
    done = Signal(object, object)  # path or None, error or None

    def __init__(self, window: QWidget, show_outcome: Outcome) -> None:
        super().__init__(window)
        self.window = window
        self.show_outcome = show_outcome
        self.thread: threading.Thread | None = None
        self.done.connect(self._finished)  # queued: emitted from the worker thread
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)

    def start(self) -> None:
        """Begin a backup now, unless the previous one is still running."""
        if self.thread is not None and self.thread.is_alive():
            return
        db: Database = self.window.service.db
        self.thread = threading.Thread(target=self._work, args=(db,), name="backup")
        self.thread.start()

    def _work(self, db: Database) -> None:
        from lendingdesk.store import backups

        try:
            path = backups.auto_backup(db)
        except (LendingError, OSError) as exc:
            self.done.emit(None, exc)
            return
        self.done.emit(path, None)

    def _finished(self, path: Path | None, error: Exception | None) -> None:
        self.show_outcome(self.window, path, error)

    def wait(self) -> None:
        """Let a running copy finish before the process ends (a copy is never left half)."""
        if self.thread is not None:
            self.thread.join()
