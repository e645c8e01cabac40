"""Home, settings and about in every language and text size: nothing clipped; screenshots."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.hints import LayoutProblems, MakeWindow

pytestmark = pytest.mark.gui

PAGES = ("home", "settings", "about")


@pytest.mark.screenshots
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("scale", [100, 200])
def test_shell_pages_fit_and_are_captured(make_window: MakeWindow,
                                          layout_problems: LayoutProblems, screenshot_dir: Path,
                                          language: str, scale: int) -> None:
    window = make_window(language=language, scale=scale)
    window.resize(1000, 760)
    folder = screenshot_dir / "shell"
    folder.mkdir(exist_ok=True)
    for page_id in PAGES:
        window.show_page(page_id)
        QApplication.processEvents()
        assert layout_problems(window) == [], (language, scale, page_id)
        assert window.width() <= 1000, (language, scale, page_id, window.width())
        window.grab().save(str(folder / f"{page_id}-{language}-{scale}.png"))
    window.show_page("home")
    window.pages["settings"].high_contrast.click()
    QApplication.processEvents()
    window.grab().save(str(folder / f"home-{language}-{scale}-contrast.png"))


def test_pseudo_locale_does_not_clip_at_200(make_window: MakeWindow,
                                            layout_problems: LayoutProblems) -> None:
    from assistant.core import i18n

    window = make_window(language="en", scale=200)
    i18n.set_language(i18n.PSEUDO)
    window.resize(1000, 760)
    for page_id in PAGES:
        window.show_page(page_id)
        QApplication.processEvents()
        assert layout_problems(window) == [], page_id
        assert window.width() <= 1000, (page_id, window.width())


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_page_fits_at_200_percent(make_window: MakeWindow, layout_problems: LayoutProblems,
                                        qtbot: QtBot,
                                        language: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    window = make_window(language=language, scale=200)
    window.resize(1000, 760)
    for page_id in ("home", "settings", "about", "check", "quiz", "checklist"):
        window.show_page(page_id)
        QApplication.processEvents()
        assert layout_problems(window) == [], (language, page_id)
        assert window.width() <= 1000, (language, page_id, window.width())
    page = window.pages["check"]
    window.show_page("check")
    QGuiApplication.clipboard().setText(
        "Здравствуйте, это 1414. Продиктуйте код из SMS: https://egov-kz.com/login")
    qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.runner.report_ready, timeout=20000):
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert layout_problems(window) == [], (language, "check result")
    assert window.width() <= 1000


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_no_page_is_wider_than_its_scroll_area_at_200(make_window: MakeWindow, qtbot: QtBot,
                                                      language: str) -> None:
    """A page wider than the window is cut on the right (there is no sideways scrolling)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    window = make_window(language=language, scale=200)
    window.resize(1000, 760)
    window.show_page("check")
    page = window.pages["check"]
    QGuiApplication.clipboard().setText(
        "Здравствуйте, это 1414. Продиктуйте код из SMS: https://egov-kz.com/login")
    qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.runner.report_ready, timeout=20000):
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    for page_id in ("home", "settings", "about", "check", "quiz", "checklist"):
        window.show_page(page_id)
        QApplication.processEvents()
        scroll = window._scrolls[page_id]
        assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width(), \
            (language, page_id)
        assert scroll.horizontalScrollBar().maximum() == 0, (language, page_id)


@pytest.mark.screenshots
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize(("scale", "high_contrast"), [(100, False), (200, False), (200, True)])
def test_language_menu_is_captured(make_window: MakeWindow, qtbot: QtBot, screenshot_dir: Path,
                                   language: str,
                                   scale: int, high_contrast: bool) -> None:
    from PySide6.QtCore import Qt

    window = make_window(language=language, scale=scale, high_contrast=high_contrast)
    window.show()
    qtbot.waitExposed(window)
    button = window.language_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    menu = button.menu()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    assert [action.isChecked() for action in menu.actions()] == [
        code == language for code in ("kk", "ru", "en")]
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    folder = screenshot_dir / "shell"
    folder.mkdir(exist_ok=True)
    contrast = "-contrast" if high_contrast else ""
    menu.grab().save(str(folder / f"language-menu-{language}-{scale}{contrast}.png"))
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
