"""Where the keyboard focus goes in the window: always on screen, and Enter presses it.

Kept apart from the main window, which only wires them: :class:`FocusKeeper` scrolls
each newly focused control of the page into view, and :func:`press_focused_button`
makes Enter press the focused button (outside dialogs Qt's buttons ignore it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QStackedWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class FocusKeeper(QObject):
    """Whatever moves the focus (Tab from the top bar, an arrow key, a page), the focused
    control is scrolled into view once the layout has settled (WCAG 2.4.11)."""

    def __init__(self, stack: QStackedWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._changed)

    def _changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            holder = self._stack.currentWidget()
        except RuntimeError:  # the window is being destroyed
            return
        if new is None or not isinstance(holder, QScrollArea) or not holder.isAncestorOf(new):
            return

        def reveal() -> None:
            if QApplication.focusWidget() is new and holder.isAncestorOf(new):
                holder.ensureWidgetVisible(new, 8, 8)

        QTimer.singleShot(0, holder, reveal)


def press_focused_button(window: QWidget, event: QKeyEvent) -> bool:
    """Press the focused button of ``window`` on Enter, as Space does; True if pressed."""
    focused = QApplication.focusWidget()
    if (event.key() in _ENTER and event.modifiers() in _PLAIN
            and isinstance(focused, QPushButton) and focused.isEnabled()
            and window.isAncestorOf(focused)):
        focused.animateClick()
        return True
    return False
