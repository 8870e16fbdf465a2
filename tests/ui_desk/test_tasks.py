"""The task runner: work on a pool thread, its outcome back on the GUI thread."""

from __future__ import annotations

import threading

from lendingdesk.ui.tasks import TaskRunner


def test_the_result_comes_back_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    ran_on_gui_thread: list[bool] = []
    delivered: list[tuple[int, bool]] = []

    def work() -> int:
        ran_on_gui_thread.append(threading.current_thread() is threading.main_thread())
        assert release.wait(30)
        return 42

    runner.submit(work, lambda r: delivered.append((r, _on_gui_thread())))
    assert runner.busy()
    release.set()  # the GUI thread was free while the work waited
    qtbot.waitUntil(lambda: not runner.busy())
    assert ran_on_gui_thread == [False]
    assert delivered == [(42, True)]


def test_an_exception_reaches_on_error_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    errors: list[tuple[str, bool]] = []

    def work() -> None:
        raise OSError("disk full")

    def failed(error: BaseException) -> None:
        errors.append((str(error), _on_gui_thread()))

    runner.submit(work, lambda _r: errors.append(("done?", True)), failed)
    qtbot.waitUntil(lambda: not runner.busy())
    assert errors == [("disk full", True)]


def test_wait_lets_running_work_finish(qtbot) -> None:
    runner = TaskRunner()
    started, finished = threading.Event(), threading.Event()

    def work() -> None:
        started.set()
        finished.set()

    runner.submit(work, lambda _r: None)
    assert started.wait(30)
    runner.wait()  # what the desk does before it quits: a copy is never left half
    assert finished.is_set()
    qtbot.waitUntil(lambda: not runner.busy())


def _on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()
