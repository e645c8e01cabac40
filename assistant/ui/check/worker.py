"""Runs the checker off the GUI thread and hands the report back through a signal.

Only one check matters at a time: each start gets a new generation number, a queued
check that has not begun is dropped, and a result of an older generation is ignored.
The worker never touches a widget.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from assistant.core.checker.report import Report

log = logging.getLogger(__name__)

CheckFunction = Callable[[str], Report]


def _default_check(text: str) -> Report:
    from assistant.core.checker import check  # the engine loads its rules on first use

    return check(text)


class _Task(QRunnable):
    def __init__(self, runner: CheckRunner, generation: int, text: str) -> None:
        super().__init__()
        self._runner = runner
        self._generation = generation
        self._text = text

    def run(self) -> None:
        try:
            report = self._runner.check_function(self._text)
        except Exception:
            log.exception("the check failed")
            self._emit(self._runner.failed, self._generation, None)
            return
        self._emit(self._runner.finished, self._generation, report)

    def _emit(self, signal: object, generation: int, report: Report | None) -> None:
        # RuntimeError: the page was closed while we worked, there is nobody to tell
        with contextlib.suppress(RuntimeError):
            signal.emit(generation, report)  # type: ignore[attr-defined]


class CheckRunner(QObject):
    """Starts checks on its own one-thread pool; emits ``finished(generation, report)``.

    Connect to :attr:`report_ready` to get only the result of the latest check.
    """

    finished = Signal(int, object)
    failed = Signal(int, object)
    report_ready = Signal(object)
    check_failed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None,
                 check_function: CheckFunction | None = None) -> None:
        super().__init__(parent)
        self.check_function: CheckFunction = check_function or _default_check
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._busy = False
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        """True while the latest check is running."""
        return self._busy

    def start(self, text: str) -> int:
        """Check ``text``, superseding any check still queued or running."""
        self.cancel()
        self._generation += 1
        self._pool.start(_Task(self, self._generation, text))
        self._set_busy(True)
        return self._generation

    def cancel(self) -> None:
        """Forget the current check: its result, if it ever comes, is ignored."""
        self._pool.clear()  # drops a queued task; a running one finishes unseen
        self._generation += 1
        self._set_busy(False)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (for shutting down and for tests)."""
        return self._pool.waitForDone(msecs)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _on_finished(self, generation: int, report: Report) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self.report_ready.emit(report)

    def _on_failed(self, generation: int, _report: object) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self.check_failed.emit()
