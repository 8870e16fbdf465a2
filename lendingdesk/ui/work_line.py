"""The line a scanning screen keeps: one scan (or action) at a time, its database work off the
GUI thread. Used by the desk (Balie) and the kiosk.

With a server 50 ms away a check-out takes several round trips; the window keeps drawing and
taking keys meanwhile. Scans are handled strictly in the order they came in: a scan that arrives
while another is being handled waits in line, and so do the screen's own actions (Finish, a
return's answers…) that depend on the state the scan before them leaves. The next one starts
only when the work before it is done *and* its answer shown. When an answer takes longer than a
glance, the screen is told to say "working…" (``show_working(code, scans_waiting)``) and, when
the answer is there, to take that back (``end_working()``); a local file answers before that.

    line = WorkLine(self, start_scan=self._start_scan, show_working=…, end_working=…)
    line.add(text)                              # a scan: in line
    line.run(code, lambda: service.x(…), show)  # inside a step: work on the worker, then show
    button.clicked.connect(line.queued(action)) # an action after the scans before it
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from lendingdesk.ui.tasks import TaskRunner

# A scan whose answer takes longer than this shows "working…": a local file answers sooner, so
# its screen looks as it always did; with a server 50 ms away the scan is acknowledged within a
# frame plus one round trip while its transaction still runs.
WORKING_AFTER_MS = 40


class WorkLine(QObject):
    """Scans (text) and actions (callables) waiting, oldest first, handled one at a time.
    ``ready()`` false (e.g. a dialog is open and takes the scans) holds the line."""

    def __init__(
        self,
        parent: QObject,
        *,
        start_scan: Callable[[str], None],
        show_working: Callable[[str, int], None],
        end_working: Callable[[], None],
        ready: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.waiting: deque[str | Callable[[], None]] = deque()
        self.steps = 0  # work of the scan in hand on the worker, or being shown
        self.on_worker = 0  # of those, still on the worker thread
        self.tasks = TaskRunner(self, max_threads=1)
        self.code = ""  # the code being worked on ("working…" names it)
        self.shown = False  # "working…" is on screen
        self._start_scan = start_scan
        self._show_working = show_working
        self._end_working = end_working
        self._ready = ready
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(WORKING_AFTER_MS)
        self.timer.timeout.connect(self._say_working)

    @property
    def busy(self) -> bool:
        """A scan is being handled or waits: its work is on the worker thread or in line.
        (A dialog waiting for the user is not "busy": scans go to that dialog.)"""
        return self.on_worker > 0 or (bool(self.waiting) and self._ready())

    @property
    def idle(self) -> bool:
        """Nothing in hand: no scan waiting, none being handled or shown (dialogs included)."""
        return not self.steps and not self.waiting

    def scans_waiting(self) -> int:
        return sum(1 for w in self.waiting if isinstance(w, str))

    def add(self, text: str, *, first: bool = False) -> None:
        """A scan, handled after those before it (``first``: before those waiting)."""
        if first:
            self.waiting.appendleft(text)
        else:
            self.waiting.append(text)
        if self.shown:
            self._say_working()  # the count of waiting scans
        self.next()

    def queued(self, action: Callable[[], None]) -> Callable[[], None]:
        """``action`` now when nothing is in hand, else after the scans before it."""

        def in_line() -> None:
            if not self.idle:
                self.waiting.append(action)
                return
            action()

        return in_line

    def next(self) -> None:
        while not self.steps and self._ready() and self.waiting:
            waiting = self.waiting.popleft()
            if isinstance(waiting, str):
                self._start_scan(waiting)
            else:
                waiting()
        if not self.steps:
            self._answered()

    def run(
        self,
        code: str,
        work: Callable[[], Any],
        show: Callable[[Any], None],
        *,
        quiet: bool = False,
    ) -> None:
        """Run ``work`` (service calls: each opens its own session on the worker thread) and
        ``show`` its result on the GUI thread; the next in line waits until both are done.
        ``quiet``: no "working…" for it (background work such as a replay)."""
        self.steps += 1
        self.on_worker += 1
        self.code = code
        if not quiet and self.shown:
            self._say_working()
        elif not quiet:
            self.timer.start()

        def done(result: Any) -> None:
            self.on_worker -= 1
            self.timer.stop()
            self._answered()
            try:
                show(result)
            finally:
                self.steps -= 1
                self.next()

        def failed(error: BaseException) -> None:
            self.on_worker -= 1
            self.steps -= 1
            self.timer.stop()
            self._answered()
            self.next()
            raise error  # a bug, not a refusal: reported like any other (the line goes on)

        self.tasks.submit(work, done, failed)

    def _say_working(self) -> None:
        if not self.on_worker:
            return
        self.shown = True
        self._show_working(self.code, self.scans_waiting())

    def _answered(self) -> None:
        if self.shown:
            self.shown = False
            self._end_working()
