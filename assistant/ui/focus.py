"""Where the keyboard focus goes in the window: always on screen, and Enter presses it.

Kept apart from the main window, which only starts it: :class:`FocusKeeper` scrolls each
newly focused control of the page into view, and makes Enter press the focused button
(outside dialogs Qt's buttons ignore it; see :func:`press_focused_button`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QStackedWidget, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class FocusKeeper(QObject):
    """Whatever moves the focus (Tab from the top bar, an arrow key, a page), the focused
    control is scrolled into view once the layout has settled (WCAG 2.4.11); Enter
    that no control of ``window`` took presses the focused button, as Space does."""

    def __init__(self, window: QWidget, stack: QStackedWidget) -> None:
        super().__init__(window)
        self._window = window
        self._stack = stack
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A key press reaches the window's filter only when the focused control left it.
        if (watched is self._window and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            return press_focused_button(self._window, event)
        return False

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
