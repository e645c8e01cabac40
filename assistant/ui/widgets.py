"""Shared widgets: plain-text labels, big choice buttons and the page base class.

Every label that can show text from outside the app is plain text: Qt's automatic
rich-text detection is switched off here, once, for all pages.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QScrollArea

# The first touch of ``PySide6.QtCore.Qt`` builds ~100 Python enums (~12 ms), which the
# first frame does not need: the widgets on it set Qt enum properties by their values
# through the property system, and import ``Qt`` only where it runs after start-up.
_PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
_NO_TEXT_INTERACTION = 0  # Qt.TextInteractionFlag.NoTextInteraction
_SELECTABLE = 1 | 2  # Qt.TextInteractionFlag.TextSelectableByMouse | ...ByKeyboard
_NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus


#: Work queued until the main window's first paint (None: not deferring, run at once).
_after_first_paint: list[Callable[[], None]] | None = None


def defer_until_first_paint() -> None:
    """From now on, queue :func:`after_first_paint` work until :func:`first_paint_done`.

    Only the app's start-up calls this; everywhere else (tests, later windows) the work
    runs at once, so widgets behave the same whether or not start-up deferred it.
    """
    global _after_first_paint
    _after_first_paint = []


def after_first_paint(job: Callable[[], None]) -> None:
    """Run ``job`` after the first paint of the main window (or now, if that is past)."""
    if _after_first_paint is None:
        job()
    else:
        _after_first_paint.append(job)


def first_paint_done() -> None:
    """The main window has been painted once: run the queued work, stop deferring."""
    global _after_first_paint
    jobs, _after_first_paint = _after_first_paint or [], None
    for job in jobs:
        job()


class PlainLabel(QLabel):
    """A word-wrapped label that never interprets its text as HTML."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 role: str = "", selectable: bool = False) -> None:
        super().__init__(parent)
        self.setProperty("textFormat", _PLAIN_TEXT)
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setProperty("textInteractionFlags",
                         _SELECTABLE if selectable else _NO_TEXT_INTERACTION)
        if role:
            self.setProperty("role", role)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setText(text)


class BigButton(QPushButton):
    """A large button with a bold title and an optional description, both wrapped.

    QPushButton cannot wrap its text, and QCommandLinkButton fixes its title size, so
    the texts live in two labels inside the button. It is still a real button: focus,
    Space, Enter and ``clicked`` work as usual, and its accessible name is the title.
    """

    def __init__(self, title: str = "", description: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "big")
        self._title = PlainLabel(role="big-title")
        self._description = PlainLabel(role="big-description")
        for label in (self._title, self._description):
            label.setProperty("focusPolicy", _NO_FOCUS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        layout.addWidget(self._title)
        layout.addWidget(self._description)
        # Extra height (a taller neighbour in the same row) goes below the texts, so the
        # titles of buttons side by side stay on one line.
        layout.addStretch(1)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Neither the cursor nor click-through labels show on the first frame.
        after_first_paint(self._set_pointer)
        self.set_texts(title, description)

    def _set_pointer(self) -> None:
        from PySide6.QtCore import Qt

        for label in (self._title, self._description):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_texts(self, title: str, description: str = "") -> None:
        """Change the visible texts and the accessible name/description with them."""
        self._title.setText(title)
        self._description.setText(description)
        self._description.setVisible(bool(description))
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.setToolTip("")
        self.updateGeometry()

    def title(self) -> str:
        """The button's visible title."""
        return self._title.text()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout else super().minimumSizeHint()

    # Height-for-width comes from QWidget itself: with a layout it asks the layout
    # (totalHeightForWidth) in C++, without a Python call per layout pass.

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.animateClick()
            return
        super().keyPressEvent(event)


class ChoiceButton(BigButton):
    """A big answer that behaves as a check box (``several``) or as a radio button.

    A checkable push button is a check box to assistive technology (role, "checked"); an
    auto-exclusive one is a radio button, and the buttons sharing its parent form one
    group: Tab enters it once, the arrow keys move inside it, Space chooses. A test
    compares the role and state with what is drawn.
    """

    def __init__(self, several: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setCheckable(True)
        self.setAutoExclusive(not several)
        #: A locked choice keeps its state when clicked (a quiz answer once answered).
        self.locked = False

    def nextCheckState(self) -> None:
        if not self.locked:
            super().nextCheckState()

    def set_chosen(self, chosen: bool) -> None:
        """Choose or un-choose without a click; a radio button can be un-chosen too."""
        exclusive = self.autoExclusive()
        self.setAutoExclusive(False)  # an exclusive button refuses to be unchecked
        self.setChecked(chosen)
        self.setAutoExclusive(exclusive)


def one_tab_stop(buttons: list[ChoiceButton]) -> None:
    """A radio group takes one Tab stop: the chosen button, else the first.

    Qt moves Tab to the chosen one once a choice is made; before any, every button of
    the group would be a stop of its own.
    """
    from PySide6.QtCore import Qt

    chosen = next((b for b in buttons if b.isChecked()), buttons[0] if buttons else None)
    for button in buttons:
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is chosen
                              else Qt.FocusPolicy.ClickFocus)


class WrappingCheckBox(QWidget):
    """A check box whose text wraps: QCheckBox never wraps, so at 200% text a long label
    pushed the page wider than the window. Clicking the text toggles the box, as usual."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.box = QCheckBox()
        self.label = PlainLabel()
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def setText(self, text: str) -> None:
        """The visible text, which is also the box's accessible name."""
        self.label.setText(text)
        self.box.setAccessibleName(text)

    def text(self) -> str:
        """The visible text."""
        return self.label.text()


def in_layout_order(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` in the order of its layouts: the reading order, whatever
    the order they were built in."""
    found: list[QWidget] = []

    def walk_layout(layout: Any) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = item.widget()
            if widget is not None:
                found.append(widget)
                if widget.layout() is not None:
                    walk_layout(widget.layout())
            elif item.layout() is not None:
                walk_layout(item.layout())

    if root.layout() is not None:
        walk_layout(root.layout())
    return found


def chain_tab_order(root: QWidget) -> None:
    """Make Tab follow the reading order under ``root`` (widgets built later, such as the
    cards of a plan, would otherwise come last)."""
    from PySide6.QtCore import Qt

    chain = [w for w in in_layout_order(root) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def enclosing_scroll_area(widget: QWidget) -> QScrollArea | None:
    """The scroll area that shows ``widget`` (the window's page holder), if any."""
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def scroll_into_view(*widgets: QWidget) -> None:
    """Scroll the page so that each of ``widgets`` is visible, the last one winning."""
    area = enclosing_scroll_area(widgets[0]) if widgets else None
    if area is not None:
        for widget in widgets:
            area.ensureWidgetVisible(widget, 0, 0)


class ViewSwitcher(QWidget):
    """Shows one of its views; unlike QStackedWidget, hidden views take no height (a
    stacked widget is as tall as its tallest view: a long empty tail under a short one)."""

    def __init__(self, views: tuple[QWidget, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for view in views:
            layout.addWidget(view)
            view.hide()
        self._current = views[0]
        self._current.show()

    def currentWidget(self) -> QWidget:
        """The view on screen."""
        return self._current

    def setCurrentWidget(self, view: QWidget) -> None:
        """Show ``view`` and hide the one before."""
        if view is not self._current:
            self._current.hide()
            self._current = view
            view.show()


class Page(QWidget):
    """A page of the main window: a title, translatable texts and a style.

    Subclasses set ``page_id`` (their row in ``ui/pages/registry.py``), build their
    widgets in ``__init__`` and set every text in :meth:`retranslate_ui`, which the
    window calls again after a language switch. A page asks the window for anything
    (another page, a language, the appearance) through ``AppContext.shell``.
    """

    page_id = ""
    _scroll_area: Any = None  # the window's holder of this page, found on first use
    #: The key of the page's own style sheet in ``theme.PAGE_STYLES`` ("": none).
    style_role = ""

    def restyle(self) -> None:
        """Take the theme in use: the window calls this when a page is built and after
        each change of text size or contrast. Pages that draw in theme colours extend it."""
        if self.style_role:
            from assistant.ui import theme

            self.setStyleSheet(theme.page_style_sheet(self.style_role))

    def title(self) -> str:
        """The page title, translated (window title and heading): its row in the page
        table (``ui/pages/registry.py``)."""
        from assistant.core.i18n import _
        from assistant.ui.pages.registry import spec

        return _(spec(self.page_id).title)

    def retranslate_ui(self) -> None:
        """Set every visible text and accessible name in the current language."""
        raise NotImplementedError

    def on_shown(self, argument: Any = None) -> None:
        """Called each time the page is navigated to, with the caller's argument."""

    def default_focus(self) -> QWidget | None:
        """The widget that gets keyboard focus when the page is shown."""
        return None

    def scroll_to(self, *widgets: QWidget, top: bool = False) -> None:
        """Scroll the window so ``widgets`` are visible; with none, to the top. With
        ``top``, the first widget's top goes to the top of the visible area (an answer
        read from its first line, however large the text)."""
        area = self._scroll_area
        if area is None:
            # The walk up the parents is done once: a page stays in its holder.
            area = self._scroll_area = enclosing_scroll_area(self)
        if area is None:
            return
        if widgets and top:
            inner = area.widget()
            y = widgets[0].mapTo(inner, widgets[0].rect().topLeft()).y()
            area.verticalScrollBar().setValue(max(0, y - 8))
        elif widgets:
            for widget in widgets:
                area.ensureWidgetVisible(widget, 0, 0)
        else:
            area.verticalScrollBar().setValue(0)
