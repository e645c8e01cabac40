"""Types of the shared fixtures, for typed test functions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from assistant.ui.mainwindow import MainWindow

#: ``make_window(language="kk", scale=200, high_contrast=False)`` -> the real main window
MakeWindow = Callable[..., "MainWindow"]
#: ``layout_problems(widget)`` -> clipped labels and buttons under ``widget``
LayoutProblems = Callable[["QWidget"], list[str]]
#: anything a fixture hands over untyped
Anything = Any
