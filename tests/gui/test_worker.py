"""The background worker: results on the GUI thread, the latest job only, cancelling."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from assistant.ui.worker import BackgroundWork


def test_the_result_comes_back_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    work = BackgroundWork()
    threads: list[object] = []

    def job(x: int) -> int:
        threads.append(QThread.currentThread())
        return x * 2

    seen: list[object] = []
    work.result_ready.connect(lambda value: seen.append((value, QThread.currentThread())))
    with qtbot.waitSignal(work.result_ready, timeout=5000):
        work.submit(job, 21)
    assert seen[0][0] == 42
    assert seen[0][1] is QThread.currentThread()  # the GUI thread
    assert threads[0] is not QThread.currentThread()
    assert not work.busy


def test_a_newer_job_supersedes_and_cancel_tells_the_running_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    work = BackgroundWork()
    started = threading.Event()
    stopped_early: list[bool] = []

    def long_job(is_cancelled) -> str:  # type: ignore[no-untyped-def]
        started.set()
        for _ in range(500):
            if is_cancelled():
                stopped_early.append(True)
                return "old"
            time.sleep(0.01)
        return "old"

    results: list[object] = []
    work.result_ready.connect(results.append)
    work.submit(long_job, cancellable=True)
    assert started.wait(5)
    with qtbot.waitSignal(work.result_ready, timeout=5000):
        work.submit(lambda: "new")
    assert results == ["new"]
    assert stopped_early == [True]
    work.submit(lambda: "never seen")
    work.cancel()
    work.wait(5000)
    qtbot.wait(50)
    assert results == ["new"] and not work.busy


def test_a_failing_job_is_reported_not_raised(qtbot) -> None:  # type: ignore[no-untyped-def]
    work = BackgroundWork()

    def broken() -> None:
        raise ValueError("bad input")

    with qtbot.waitSignal(work.work_failed, timeout=5000) as blocker:
        work.submit(broken)
    assert isinstance(blocker.args[0], ValueError)
    assert not work.busy
