"""Run a function off the GUI thread and hand its result back through a signal.

:class:`BackgroundWork` is the one way the window does slow work (checking a message,
reading a dropped file, later reading a picture): one thread of its own, one job that
matters at a time. Each :meth:`~BackgroundWork.submit` gets a new generation number; a
queued job that has not begun is dropped, a running one is told through its
``is_cancelled`` callable (if it takes one) and its result is ignored. The function
never touches a widget: it gets plain data and returns plain data, and the result comes
back on the GUI thread through :attr:`~BackgroundWork.result_ready`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

#: A job's way to ask whether it is still wanted (for long loops that can stop early).
IsCancelled = Callable[[], bool]


class _Job(QRunnable):
    def __init__(self, work: BackgroundWork, generation: int, function: Callable[[], Any],
                 cancelled: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._generation = generation
        self._function = function
        self._cancelled = cancelled

    def run(self) -> None:
        if self._cancelled.is_set():
            return
        try:
            result = self._function()
        except Exception as exc:
            log.exception("background work failed")
            self._emit(self._work.failed, exc)
            return
        self._emit(self._work.finished, result)

    def _emit(self, signal: Any, value: object) -> None:
        # RuntimeError: the owner was deleted while we worked; there is nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(self._generation, value)


class BackgroundWork(QObject):
    """One background thread; emits :attr:`result_ready` for the latest job only.

    Signals:
        result_ready(object): the latest job's return value (on the GUI thread).
        work_failed(object): the latest job raised this exception (already logged).
        busy_changed(bool): a job started, or the latest one ended or was cancelled.
    """

    finished = Signal(int, object)  # (generation, result), from the worker thread
    failed = Signal(int, object)  # (generation, exception), from the worker thread
    result_ready = Signal(object)
    work_failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._cancelled = threading.Event()
        self._busy = False
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        """True while the latest job is queued or running."""
        return self._busy

    def submit(self, function: Callable[..., Any], *args: Any,
               cancellable: bool = False) -> int:
        """Run ``function(*args)`` off the GUI thread, superseding any earlier job.

        Args:
            function: takes plain data, returns plain data; never touches a widget.
            args: its arguments.
            cancellable: pass ``is_cancelled=`` (an :data:`IsCancelled`) as well, so a
                long job can stop early when it is superseded or cancelled.

        Returns:
            The job's generation number.
        """
        self.cancel()
        self._generation += 1
        self._cancelled = cancelled = threading.Event()
        if cancellable:
            def job() -> Any:
                return function(*args, is_cancelled=cancelled.is_set)
        else:
            def job() -> Any:
                return function(*args)
        self._pool.start(_Job(self, self._generation, job, cancelled))
        self._set_busy(True)
        return self._generation

    def cancel(self) -> None:
        """Forget the current job: a queued one never runs, a running one is ignored."""
        self._cancelled.set()
        self._pool.clear()
        self._generation += 1
        self._set_busy(False)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the thread is idle (for shutting down and for tests)."""
        return self._pool.waitForDone(msecs)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _on_finished(self, generation: int, result: object) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self.result_ready.emit(result)

    def _on_failed(self, generation: int, error: object) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self.work_failed.emit(error)
