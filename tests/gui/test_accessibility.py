"""Every page, every language: names for assistive technology, tab order, contrast."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from assistant.ui import theme

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.hints import MakeWindow

pytestmark = pytest.mark.gui

PAGES = ("home", "settings", "about", "check", "quiz", "checklist")


def focusable_controls(window: QWidget) -> list[QWidget]:
    controls = []
    for widget in window.findChildren(QWidget):
        if (widget.isVisibleTo(window) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not widget.inherits("QScrollBar")):
            controls.append(widget)
    return controls


def tab_cycle(window: QWidget, qtbot: QtBot) -> set[int]:
    """Widgets reached by pressing Tab from the first control until focus comes back."""
    reached: list[int] = []
    start = QApplication.focusWidget()
    for _ in range(400):
        current = QApplication.focusWidget()
        if current is None:
            break
        if reached and current is start:
            break
        reached.append(id(current))
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    return set(reached)


def radio_group_reached(control: QWidget, reached: set[int]) -> bool:
    """Tab stops once in an exclusive button group; the arrow keys move inside it."""
    if not isinstance(control, QAbstractButton) or control.group() is None \
            or not control.group().exclusive():
        return False
    return any(id(button) in reached for button in control.group().buttons())


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_control_is_named_and_reachable_by_tab(make_window: MakeWindow, qtbot: QtBot,
                                                     language: str) -> None:
    window = make_window(language=language)
    for page_id in PAGES:
        window.show_page(page_id)
        QApplication.processEvents()
        controls = focusable_controls(window)
        assert controls, page_id
        for control in controls:
            name = control.accessibleName()
            if not name and isinstance(control, QAbstractButton):
                name = control.text()
            assert name.strip(), (page_id, control.objectName(), type(control).__name__)
        window.home_button.setFocus() if window.home_button.isVisible() else \
            controls[0].setFocus()
        reached = tab_cycle(window, qtbot)
        missing = [c.objectName() or type(c).__name__ for c in controls
                   if id(c) not in reached and not radio_group_reached(c, reached)]
        assert missing == [], (page_id, missing)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_no_two_controls_share_a_mnemonic(make_window: MakeWindow, language: str) -> None:
    window = make_window(language=language)
    for page_id in PAGES:
        window.show_page(page_id)
        seen: dict[str, str] = {}
        for widget in window.findChildren(QAbstractButton):
            if not widget.isVisibleTo(window):
                continue
            match = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
            if match:
                key = match.group(1).lower()
                assert key not in seen, (page_id, widget.text(), seen[key])
                seen[key] = widget.text()


@pytest.mark.parametrize(("high_contrast", "minimum"), [(False, 4.5), (True, 7.0)])
def test_text_contrast_of_each_theme(high_contrast: bool, minimum: float) -> None:
    c = theme.colours(high_contrast)
    pairs = {
        "text/window": (c.text, c.window),
        "text/base": (c.text, c.base),
        "button": (c.button_text, c.button),
        "muted": (c.muted_text, c.window),
        "highlight": (c.highlight_text, c.highlight),
        "danger": (c.danger_text, c.danger_bg),
        "danger button": (c.danger_text, c.button),
        "warning": (c.warning_text, c.warning_bg),
        "ok": (c.ok_text, c.ok_bg),
        "no known signs": (c.info_text, c.info_bg),
        "focused button": (c.button_text, c.focus_bg),
        "link": (c.link, c.base),
    }
    for label, (fg, bg) in pairs.items():
        ratio = theme.contrast_ratio(fg, bg)
        assert ratio >= minimum, (label, fg, bg, round(ratio, 2))


def test_focus_ring_stands_out_from_normal_borders() -> None:
    for high_contrast in (False, True):
        c = theme.colours(high_contrast)
        assert c.focus != c.accent
        assert theme.contrast_ratio(c.focus, c.window) >= 3.0


@pytest.mark.parametrize("high_contrast", [False, True])
def test_scroll_bar_handle_is_drawn_in_the_accent_colour(make_window: MakeWindow, qtbot: QtBot,
                                                         high_contrast: bool) -> None:
    from PySide6.QtWidgets import QScrollArea

    window = make_window(language="en", scale=200, high_contrast=high_contrast)
    window.resize(800, 500)
    window.show()
    qtbot.waitExposed(window)
    page = window.current_page()
    scroll = page.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0)
    image = bar.grab().toImage()
    middle = image.pixelColor(image.width() // 2, 12)  # the handle starts at the top
    accent = theme.colours(high_contrast).accent
    assert middle.name() == accent, f"{middle.name()} is not the accent {accent}"
    window_bg = theme.colours(high_contrast).window
    assert theme.contrast_ratio(accent, window_bg) >= 3.0  # visible against the page
