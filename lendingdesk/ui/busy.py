"""Long work (an export of thousands of reviews) on the task runner behind a calm busy dialog.

The window keeps painting and the operating system never calls the desk "not responding";
the dialog is window-modal, so nothing else changes the data meanwhile. It appears only when
the work takes longer than a moment, and closes before the outcome is handed on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from lendingdesk.ui.tasks import TaskRunner

SHOW_AFTER_MS = 400


def run_busy[T](
    parent: QWidget,
    label: str,
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> TaskRunner:
    """``work()`` on a pool thread behind the busy dialog; then ``on_done(result)`` or
    ``on_error(exception)`` on the GUI thread. Returns the runner (``wait()`` for tests)."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # the work cannot be stopped half-way safely
    dialog.setWindowTitle(parent.window().windowTitle() or "LendingDesk")
    dialog.setMinimumWidth(520)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setValue(0)  # starts the "show after a moment" timer
    runner = TaskRunner(parent, max_threads=1)

    def close() -> None:
        dialog.close()
        dialog.deleteLater()
        runner.deleteLater()

    def done(result: T) -> None:
        close()
        on_done(result)

    def failed(error: BaseException) -> None:
        close()
        if on_error is None:
            raise error
        on_error(error)

    runner.submit(work, done, failed)
    return runner
