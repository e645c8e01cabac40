"""Helpers for the keyboard tests: the controls a page shows, where focus is, the Tab walk.

Controls are listed by what they are (buttons, check boxes, radio buttons, text fields),
never by their focus policy: a control that lost its Tab stop must still be listed, so
a test fails on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from assistant.ui.widgets import enclosing_scroll_area

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

CONTROL_TYPES = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox,
                 QAbstractSpinBox)


def is_control(widget: QWidget) -> bool:
    """A button, check box, radio button or a text field the user can type in."""
    if not isinstance(widget, CONTROL_TYPES) or widget.inherits("QScrollBar"):
        return False
    if isinstance(widget.parentWidget(), QAbstractSpinBox):
        return False  # the text field inside a date box: the box is the control
    # read-only text shown as a card is not a field
    return not (isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly())


def controls(window: QWidget) -> list[QWidget]:
    """Every visible, enabled control of the window, by type and role."""
    found = []
    for widget in window.findChildren(QWidget):
        if is_control(widget) and widget.isVisibleTo(window) and widget.isEnabled():
            found.append(widget)
    return found


def exclusive_group(widget: QWidget) -> list[QAbstractButton]:
    """The other buttons of ``widget``'s radio group (empty when it is not in one)."""
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable():
        return []
    group = widget.group()
    if group is not None and group.exclusive():
        return list(group.buttons())
    parent = widget.parentWidget()
    if widget.autoExclusive() and parent is not None:
        return [b for b in parent.findChildren(QAbstractButton,
                                               options=Qt.FindChildOption.FindDirectChildrenOnly)
                if b.autoExclusive()]
    return []


def name(widget: QWidget | None) -> str:
    """A readable name of a widget for failure messages."""
    if widget is None:
        return "None"
    return widget.objectName() or f"{type(widget).__name__}({widget.accessibleName()!r})"


def where_it_fails_to_show(widget: QWidget) -> str:
    """'' when ``widget`` is on screen; else why not (hidden, outside the scrolled view)."""
    if not widget.isVisible():
        return f"{name(widget)} has focus but is not visible"
    area = enclosing_scroll_area(widget)
    if area is None:
        return ""
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    shown = QRect(top_left, widget.size()).intersected(viewport.rect())
    needed = min(widget.height(), 16)
    if shown.height() < needed or shown.width() <= 0:
        return (f"{name(widget)} has focus but is scrolled out of view "
                f"(at y={top_left.y()} in a view {viewport.height()} high)")
    return ""


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier =
          Qt.KeyboardModifier.NoModifier) -> QWidget:
    """Press ``key`` on the focused widget; return the widget focused after it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert focused is not None, f"{key!r} left nothing focused"
    return focused


def tab_walk(qtbot: QtBot, window: QWidget, limit: int = 300) -> tuple[list[QWidget], list[str]]:
    """Tab from the focused widget until focus comes back; the stops and any problems."""
    start = QApplication.focusWidget()
    assert start is not None, "nothing has the keyboard focus"
    stops: list[QWidget] = [start]
    problems = [p for p in (where_it_fails_to_show(start),) if p]
    for _ in range(limit):
        focused = press(qtbot, Qt.Key.Key_Tab)
        if focused is start:
            return stops, problems
        problem = where_it_fails_to_show(focused)
        if problem:
            problems.append(problem)
        if focused in stops:
            problems.append(f"Tab loops at {name(focused)} without coming back")
            return stops, problems
        stops.append(focused)
    problems.append("Tab never came back to where it started")
    return stops, problems


def never_reached(window: QWidget, stops: list[QWidget]) -> list[str]:
    """The visible, enabled controls that Tab never reached (one per radio group will do)."""
    reached = set(map(id, stops))
    missing = []
    for control in controls(window):
        if id(control) in reached:
            continue
        group = exclusive_group(control)
        if group and any(id(b) in reached for b in group):
            continue
        missing.append(name(control))
    return missing
