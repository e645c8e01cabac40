"""Runs the checker off the GUI thread (a :class:`~assistant.ui.worker.BackgroundWork`).

Only one check matters at a time: a newer check drops the queued one and ignores the
running one's result; the report comes back through :attr:`CheckRunner.report_ready`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from assistant.core.checker.report import Report
from assistant.ui.worker import BackgroundWork

CheckFunction = Callable[[str], Report]


def _default_check(text: str) -> Report:
    from assistant.core.checker import check  # the engine loads its rules on first use

    return check(text)


class CheckRunner(BackgroundWork):
    """Checks messages in the background; emits :attr:`report_ready` for the latest."""

    report_ready = Signal(object)
    check_failed = Signal()

    def __init__(self, parent: QObject | None = None,
                 check_function: CheckFunction | None = None) -> None:
        super().__init__(parent)
        self.check_function: CheckFunction = check_function or _default_check
        self.result_ready.connect(self.report_ready.emit)
        self.work_failed.connect(lambda _error: self.check_failed.emit())

    def start(self, text: str) -> int:
        """Check ``text``, superseding any check still queued or running."""
        return self.submit(self.check_function, text)
