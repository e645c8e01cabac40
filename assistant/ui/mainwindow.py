"""The main window: a top bar, a notice banner and one page at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.core import i18n
from assistant.core.i18n import _
from assistant.core.storage import Notice
from assistant.ui import theme
from assistant.ui.context import AppContext
from assistant.ui.flowlayout import WrappingRow, expanding_policy
from assistant.ui.pages.registry import spec
from assistant.ui.qt_i18n import LanguageBridge
from assistant.ui.widgets import Page, PlainLabel, after_first_paint

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent

    from assistant.ui.checklist.reminder import ReminderBanner
    from assistant.ui.notices import NoticeBanner

# No Qt enum from the ``Qt`` namespace before the first paint (see widgets.py): the
# scroll areas set theirs by value through the property system.
_NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
_SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff



class _Sheet(QWidget):
    """What the page holder scrolls: the page with margins around it."""

    def minimumSizeHint(self) -> QSize:
        # Wrapped labels report the height they need at the narrowest width; summed over
        # a page that left a screen of empty space below it. The scroll area sizes the
        # page by height-for-width instead, which keeps everything visible.
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            hint.setHeight(0)
        return hint


class PageHolder(QScrollArea):
    """One page in a vertical scroll area, sized by height-for-width."""

    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setProperty("focusPolicy", _NO_FOCUS)  # Tab goes to controls, not the frame
        self.setProperty("horizontalScrollBarPolicy", _SCROLL_BAR_ALWAYS_OFF)
        sheet = _Sheet()
        layout = QVBoxLayout(sheet)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(page)
        self.setWidget(sheet)


class MainWindow(QMainWindow):
    """Top bar (home, title, language, settings, about), notices and the page stack."""

    def __init__(self, context: AppContext, bridge: LanguageBridge,
                 notices: list[Notice] | None = None) -> None:
        super().__init__()
        self.context = context
        context.shell = self
        self.bridge = bridge
        self.setObjectName("main-window")
        self.pages: dict[str, Page] = {}
        self._scrolls: dict[str, PageHolder] = {}
        self._history: list[str] = []

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.topbar = QFrame()
        self.topbar.setProperty("role", "topbar")
        top = QVBoxLayout(self.topbar)
        top.setContentsMargins(12, 8, 12, 8)
        nav = QWidget()
        nav.setSizePolicy(expanding_policy())
        # The rows of the top bar never grow taller: the page stack takes the space.
        bar = WrappingRow(nav)
        top.addWidget(nav)
        self.home_button = QPushButton()
        self.home_button.setObjectName("nav-home")
        self.home_button.clicked.connect(lambda: self.show_page("home"))
        self.page_title = PlainLabel(role="page-title")
        self.page_title.setObjectName("page-title")
        # The current language; its menu lists all three. A button with a menu rather
        # than a combo box: arrow keys never switch the language by accident, and the
        # menu is built after the first paint (a combo box builds its pop-up list, nine
        # widgets, at its first item).
        self.language_button = QPushButton()
        self.language_button.setObjectName("nav-language")
        self._language_actions: dict[str, QAction] = {}
        after_first_paint(self._add_language_menu)
        self.settings_button = QPushButton()
        self.settings_button.setObjectName("nav-settings")
        self.settings_button.clicked.connect(lambda: self.show_page("settings"))
        self.about_button = QPushButton()
        self.about_button.setObjectName("nav-about")
        self.about_button.clicked.connect(lambda: self.show_page("about"))
        bar.addWidget(self.home_button)
        bar.addWidget(self.language_button)
        bar.addWidget(self.settings_button)
        bar.addWidget(self.about_button)
        top.addWidget(self.page_title)
        outer.addWidget(self.topbar)

        self._banner: NoticeBanner | None = None  # built when there is something to say
        self.reminder: ReminderBanner | None = None  # the follow-up, when its day has come
        self._banner_box = QVBoxLayout()
        self._banner_box.setContentsMargins(12, 8, 12, 0)
        outer.addLayout(self._banner_box)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.page("home")

        # Keyboard shortcuts are not needed for the first paint: add them just after it.
        after_first_paint(self._add_shortcuts)

        bridge.language_changed.connect(self.retranslate_ui)
        if notices:
            self.banner.show_notices(notices)
        # Save failures, "saved again", a deleted text still on disk: one banner, no
        # dialog per failed save.
        context.storage.listeners.append(self._storage_notice)
        # The follow-up reminder the person set in a plan, once its day has come.
        after_first_paint(self._show_due_reminder)
        after_first_paint(self._watch_focus)
        self.resize(960, 720)
        self.retranslate_ui()

    @property
    def banner(self) -> NoticeBanner:
        """The notice banner under the top bar, built on first use: most starts need none."""
        if self._banner is None:
            from assistant.ui.notices import NoticeBanner

            self._banner = NoticeBanner()
            self._banner_box.addWidget(self._banner)
            self._banner.retranslate_ui()
        return self._banner

    def _show_due_reminder(self) -> None:
        from assistant.ui.checklist.reminder import show_if_due

        self.reminder = show_if_due(self.context.reminders, self._banner_box.addWidget)

    def _add_language_menu(self) -> None:
        from PySide6.QtGui import QAction, QActionGroup
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.language_button)
        menu.setObjectName("nav-language-menu")
        group = QActionGroup(menu)  # exclusive: one language is ticked
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            menu.addAction(action)
            self._language_actions[code] = action
        self.language_button.setMenu(menu)

    def _watch_focus(self) -> None:
        from assistant.ui.focus import FocusKeeper

        FocusKeeper(self, self.stack)  # the focused control in view; Enter presses it

    def _add_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence("Alt+Home"), self, lambda: self.show_page("home"))
        # A caller is on the line: one key opens the questions, from any page.
        QShortcut(QKeySequence("F2"), self, lambda: self.show_page("call"))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.go_back)

    # -- pages ---------------------------------------------------------------------

    def _add_page(self, page: Page) -> None:
        scroll = PageHolder(page)
        self.stack.addWidget(scroll)
        self.pages[page.page_id] = page
        self._scrolls[page.page_id] = scroll
        page.restyle()

    def page(self, page_id: str) -> Page:
        """The page with ``page_id`` (a row of the page table), built on first use."""
        if page_id not in self.pages:
            self._add_page(spec(page_id).factory(self.context))
        return self.pages[page_id]

    def current_page(self) -> Page:
        """The page on screen."""
        scroll = self.stack.currentWidget()
        for page_id, candidate in self._scrolls.items():
            if candidate is scroll:
                return self.pages[page_id]
        return self.pages["home"]

    def show_page(self, page_id: str, argument: Any = None) -> None:
        """Show ``page_id``, passing ``argument`` to its ``on_shown``."""
        page = self.page(page_id)
        current = self.current_page().page_id if self.stack.count() else None
        if current and current != page_id and current != "language":
            self._history.append(current)
            del self._history[:-20]
        self.stack.setCurrentWidget(self._scrolls[page_id])
        # To the top; unlike verticalScrollBar().setValue(0), this needs no QScrollBar
        # wrapper (and its enums) before the first paint.
        self._scrolls[page_id].ensureVisible(0, 0, 0, 0)
        page.on_shown(argument)
        self._update_chrome()
        focus = page.default_focus()
        (focus or self.home_button).setFocus()  # Qt.FocusReason.OtherFocusReason

    def navigate(self, page_id: str, argument: Any = None) -> None:
        """The shell's way to show a page (see ``ui/shell.py``)."""
        self.show_page(page_id, argument)

    def go_back(self) -> None:
        """Return to the previous page (or home)."""
        target = self._history.pop() if self._history else "home"
        self.show_page(target)
        if self._history and self._history[-1] == target:
            self._history.pop()

    def _update_chrome(self) -> None:
        page = self.current_page()
        on_language = page.page_id == "language"
        on_home = page.page_id == "home"
        app_name = _("Safety Assistant")
        self.page_title.setText(app_name if on_home else page.title())
        self.setWindowTitle(app_name if on_home else f"{page.title()} — {app_name}")
        self.home_button.setVisible(not on_home and not on_language)
        for widget in (self.language_button, self.settings_button, self.about_button):
            widget.setVisible(not on_language)

    # -- language and appearance -----------------------------------------------------

    def set_language(self, code: str) -> None:
        """Switch every text of the window to ``code`` and remember the choice."""
        if code in i18n.LANGUAGES:
            self.context.settings.language = code
        if code != i18n.current_language():
            i18n.set_language(code)  # the bridge's signal calls retranslate_ui
        else:
            self.retranslate_ui()

    def apply_appearance(self) -> None:
        """Apply the saved text size and theme to the whole app."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            settings = self.context.settings
            theme.apply(app, settings.text_scale, settings.high_contrast)
        for page in self.pages.values():
            page.restyle()

    def retranslate_ui(self, _lang: str | None = None) -> None:
        """Re-set every text of the window and of every page built so far."""
        self.home_button.setText(_("← Home"))
        self.home_button.setAccessibleName(_("Back to the start page"))
        self.home_button.setToolTip(_("Back to the start page (Alt+Home)"))
        current = i18n.current_language()
        name = i18n.LANGUAGES.get(current, i18n.LANGUAGES[i18n.SOURCE_LANGUAGE])
        self.language_button.setText(name)
        self.language_button.setAccessibleName(_("Language: {language}").format(language=name))
        for code, action in self._language_actions.items():
            action.setChecked(code == current)
        self.settings_button.setText(_("Settings"))
        self.settings_button.setAccessibleName(_("Settings"))
        self.about_button.setText(_("About"))
        self.about_button.setAccessibleName(_("About the app"))
        if self._banner is not None:
            self._banner.retranslate_ui()
        if self.reminder is not None:
            self.reminder.retranslate_ui()
        for page in self.pages.values():
            page.retranslate_ui()
        self._update_chrome()

    def _storage_notice(self, notice: Notice) -> None:
        try:
            self.banner.show_live(notice)
        except RuntimeError:  # this window is gone; stop listening
            listeners = self.context.storage.listeners
            if self._storage_notice in listeners:
                listeners.remove(self._storage_notice)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.bridge.detach()
        super().closeEvent(event)
