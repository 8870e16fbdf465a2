"""The one way the desk runs work off the GUI thread: a small task runner on Qt's thread pool.

Work that may wait on a disk or a server (a backup copy, an export of thousands of reviews) runs
on a pool thread; its result, or the exception it raised, comes back as a call on the GUI
thread, where widgets may be touched. No nested event loops, no hand-made threads.

    runner = TaskRunner(window)
    runner.submit(lambda: backups.auto_backup(db), on_done=show, on_error=warn)
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task_id: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.runner = runner
        self.task_id = task_id
        self.work = work

    def run(self) -> None:  # on a pool thread
        try:
            result = self.work()
        except BaseException as exc:  # handed to the GUI thread as it is
            self.runner.finished.emit(self.task_id, None, exc)
        else:
            self.runner.finished.emit(self.task_id, result, None)


class TaskRunner(QObject):
    """Runs callables on its own QThreadPool; ``on_done(result)`` or ``on_error(exception)``
    is called on the thread this runner lives on (the GUI thread). Before the application
    quits, running work is waited for: a backup copy is never left half-written."""

    finished = Signal(int, object, object)  # task id, result, exception (queued across threads)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._waiting: dict[int, tuple[Done, Failed | None]] = {}
        self.finished.connect(self._deliver)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)

    def submit(self, work: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> int:
        """Start ``work()`` on a pool thread. Without ``on_error`` an exception is raised on the
        GUI thread when it arrives (like an error in any other slot)."""
        task_id = next(self._ids)
        self._waiting[task_id] = (on_done, on_error)
        self.pool.start(_Job(self, task_id, work))
        return task_id

    def busy(self) -> bool:
        """True while submitted work has not yet been delivered back."""
        return bool(self._waiting)

    def wait(self) -> None:
        """Block until every started task has finished (their results arrive afterwards)."""
        self.pool.waitForDone()

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: object, error: BaseException | None) -> None:
        on_done, on_error = self._waiting.pop(task_id)
        if error is None:
            on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            raise error
