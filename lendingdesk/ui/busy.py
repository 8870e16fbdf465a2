"""Long work (an export of thousands of reviews) on a worker thread behind a calm busy dialog.

The window keeps painting and the operating system never calls the desk "not responding";
the dialog is modal, so nothing else changes the data meanwhile. It appears only when the
work takes longer than a moment.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 400


class _Finished(QObject):
    done = Signal()


def run_busy[T](parent: QWidget, label: str, work: Callable[[], T]) -> T:
    """``work()`` on a worker thread; returns its result or raises its exception here."""
    outcome: dict[str, object] = {}
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit)  # queued: emitted from the worker thread

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the caller's thread as it is
            outcome["error"] = exc
        finally:
            finished.done.emit()

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # the work cannot be stopped half-way safely
    dialog.setWindowTitle(parent.window().windowTitle() or "LendingDesk")
    dialog.setMinimumWidth(520)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setValue(0)  # starts the "show after a moment" timer
    worker = threading.Thread(target=run, name="busy")
    worker.start()
    loop.exec()  # until the worker's (queued) "done" arrives, even if it came already
    worker.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
