"""The window shell through its real widgets: first start, language, navigation, settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from assistant import __version__
from assistant.core import paths
from assistant.core.settings import Settings
from assistant.core.storage import Storage

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from assistant.ui.mainwindow import MainWindow
    from tests.hints import LayoutProblems, MakeWindow

pytestmark = pytest.mark.gui


def visible_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            texts.append(widget.text())
        if widget.accessibleName():
            texts.append(widget.accessibleName())
    return texts


def choose_language_from_menu(window: MainWindow, qtbot: QtBot, position: int) -> None:
    """Open the language button's menu with the keyboard and pick the item at ``position``."""
    window.show()
    qtbot.waitExposed(window)
    button = window.language_button
    qtbot.waitUntil(lambda: button.menu() is not None)  # built just after the first paint
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is button.menu())
    menu = button.menu()
    for _step in range(position + 1):  # from no item to the wanted one
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is menu.actions()[position]
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_first_start_asks_for_language_and_remembers_it(make_window: MakeWindow,
                                                        qtbot: QtBot) -> None:
    window = make_window(language=None)
    assert window.current_page().page_id == "language"
    buttons = window.current_page().buttons
    assert [b.title() for b in buttons.values()] == ["Қазақша", "Русский", "English"]
    qtbot.mouseClick(buttons["ru"], Qt.MouseButton.LeftButton)
    assert window.current_page().page_id == "home"
    assert window.windowTitle() == "Помощник безопасности"
    assert window.pages["home"].check_button.accessibleName() == "Проверить сообщение"
    store = Storage.open(paths.database_path())
    assert Settings(store).language == "ru"
    store.close()


def test_language_switch_changes_every_text_at_once(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window(language="en")
    window.show_page("settings")
    window.show_page("about")
    english = visible_texts(window)
    choose_language_from_menu(window, qtbot, 1)  # kk, ru, en: Russian
    assert window.windowTitle().endswith("Помощник безопасности")
    assert window.language_button.text() == "Русский"
    choose_language_from_menu(window, qtbot, 0)
    assert window.language_button.accessibleName() == "Тіл: Қазақша"
    kazakh = visible_texts(window)
    assert window.settings_button.text() == "Баптаулар"
    still_english = set(english) & set(kazakh)
    allowed = {"Қазақша", "Русский", "English", "100%", "125%", "150%", "200%"}
    leftovers = {t for t in still_english if t not in allowed and not t.startswith("/")
                 and "(" not in t and t.strip()}
    assert leftovers == set()


def test_navigation_by_mouse_and_keyboard(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window(language="en")
    home = window.pages["home"]
    assert window.windowTitle() == "Safety Assistant"
    qtbot.mouseClick(home.quiz_button, Qt.MouseButton.LeftButton)
    assert window.current_page().page_id == "quiz"
    assert window.windowTitle() == "Train with a quiz — Safety Assistant"
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert window.current_page().page_id == "home"
    assert not window.home_button.isVisible()
    # Keyboard only: focus starts on the first choice (a call in progress is the most
    # urgent); Tab moves on; Enter opens.
    assert QApplication.focusWidget() is home.button("call")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is home.check_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is home.quiz_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is home.checklist_button
    qtbot.keyClick(home.checklist_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page().page_id == "checklist")
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.current_page().page_id == "home"


def test_settings_apply_at_once_and_persist(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window(language="en")
    app = QApplication.instance()
    base = window.settings_button.font().pointSizeF()
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert page.page_id == "settings"
    page.size_buttons[200].click()
    # the page text doubles; the top bar's is compact at large text (0.8 of it)
    assert window.settings_button.font().pointSizeF() == pytest.approx(base * 2 * 0.8)
    assert page.size_buttons[200].font().pointSizeF() == pytest.approx(base * 2)
    page.high_contrast.click()
    assert app.palette().window().color().name() == "#000000"
    store = Storage.open(paths.database_path())
    assert (Settings(store).text_scale, Settings(store).high_contrast) == (200, True)
    store.close()
    page.size_buttons[100].click()
    page.high_contrast.click()
    assert app.palette().window().color().name() != "#000000"


def test_about_page_tells_version_privacy_data_and_sources(make_window: MakeWindow,
                                                           qtbot: QtBot) -> None:
    window = make_window(language="en")
    qtbot.mouseClick(window.about_button, Qt.MouseButton.LeftButton)
    about = window.current_page()
    assert __version__ in about.version.text()
    assert "without the internet" in about.offline.text()
    assert about.data_path.text() == str(paths.database_path())
    # sources by title, never by file name
    assert "When you must never tell the code from 1414" in about.sources_list.text()
    assert ".txt" not in about.sources_list.text()
    assert "1cb.kz" in about.sources_list.text()


def test_a_page_opens_at_its_top_again(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window(language="en", scale=200)
    window.resize(640, 480)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.about_button, Qt.MouseButton.LeftButton)
    about = window.current_page()
    scroll = about.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # the user scrolled to the end of About
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.about_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is about
    assert bar.value() == 0


def test_damaged_database_is_announced_once(make_window: MakeWindow, qtbot: QtBot,
                                            isolated_data_dir: Path) -> None:
    isolated_data_dir.mkdir(parents=True)
    paths.database_path().write_bytes(b"\x00garbage" * 500)
    window = make_window(language=None)
    assert window.banner.isVisible()
    assert "damaged" in window.banner.label.text()
    qtbot.mouseClick(window.banner.close_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    second = make_window(language=None)
    assert not second.banner.isVisible()


def test_labels_never_interpret_html(make_window: MakeWindow) -> None:
    window = make_window(language="en")
    window.show_page("about")
    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_every_control_has_an_accessible_name(make_window: MakeWindow) -> None:
    window = make_window(language="kk")
    for page_id in ("home", "settings", "about", "check", "quiz", "checklist"):
        window.show_page(page_id)
        for widget in window.findChildren(QWidget):
            if widget.isVisibleTo(window) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                    and isinstance(widget, QAbstractButton):
                assert widget.accessibleName() or widget.text(), (page_id, widget)


def _run(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                          text=True, timeout=120, env=env, check=False)


def test_command_line_smoke_version_and_bad_arguments(tmp_path: Path) -> None:
    smoke = _run("--smoke-test", "--lang", "kk", "--data-dir", str(tmp_path / "d"))
    assert smoke.returncode == 0, smoke.stderr
    assert (tmp_path / "d" / "assistant.db").is_file()
    assert __version__ in _run("--version").stdout
    bad = _run("--lang", "xx")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
    env_dir = tmp_path / "from-env"
    assert _run("--smoke-test", env_extra={"ASSISTANT_DATA_DIR": str(env_dir)}).returncode == 0
    assert (env_dir / "assistant.db").is_file()


def test_the_app_uses_fusion_even_when_the_desktop_asks_for_another_style(
        tmp_path: Path) -> None:
    # The palettes are made for Fusion. The style sheet hides the base style's name,
    # so this start leaves it out and asks the application which style it got.
    script = (
        "import sys\n"
        "from assistant import app\n"
        "from assistant.ui import theme\n"
        "theme.apply = lambda *args: None\n"
        "code = app.run_gui(lang='en', smoke_test=True)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "print('style', QApplication.instance().style().name())\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_STYLE_OVERRIDE": "windows",
           "ASSISTANT_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert "style fusion" in result.stdout


def test_modules_imported_before_qt_at_start_do_not_import_qt() -> None:
    from assistant.app import QT_FREE_AT_START

    script = ("import importlib, sys\n"
              f"for name in {QT_FREE_AT_START!r}:\n"
              "    importlib.import_module(name)\n"
              "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "[]"


def test_pyside_does_not_read_the_source_of_our_modules_at_start() -> None:
    # PySide6's import hook reads each new module's source looking for "PySide6"; the
    # app records its own modules first, so that reading is skipped (start-up time).
    script = ("import inspect, sys\n"
              "from assistant import app  # before Qt, as the app starts\n"
              "import PySide6.QtCore\n"
              "table = getattr(sys.modules.get('__feature__'), 'pyside_feature_dict', None)\n"
              "if not isinstance(table, dict):\n"
              "    print('no table'); raise SystemExit(0)\n"
              "read = []\n"
              "original = inspect.getsource\n"
              "def spy(obj):\n"
              "    read.append(getattr(obj, '__name__', ''))\n"
              "    return original(obj)\n"
              "inspect.getsource = spy\n"
              "app._declare_modules_to_pyside()\n"
              "import assistant.ui.mainwindow, assistant.ui.pages.home\n"
              "import assistant.ui.check.page\n"
              "print(table['assistant.ui.mainwindow'], table['assistant.ui.check.page'],\n"
              "      table['assistant.core.checker'])\n"
              "print(sorted(n for n in read if n.startswith('assistant')))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, check=True)
    if result.stdout.strip() == "no table":
        pytest.skip("this PySide6 has no feature table: nothing to skip")
    assert result.stdout.splitlines() == ["0 0 0", "[]"]


def test_smoke_test_fails_loudly_without_a_display(tmp_path: Path) -> None:
    broken = _run("--smoke-test", "--data-dir", str(tmp_path),
                  env_extra={"QT_QPA_PLATFORM": "no-such-platform"})
    assert broken.returncode != 0


def test_text_size_reaches_qt_own_dialogs(make_window: MakeWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = make_window(language="en", scale=200)
    box = QMessageBox(QMessageBox.Icon.Warning, "Title", "A message in Qt's own dialog",
                      QMessageBox.StandardButton.Ok, window)
    box.ensurePolished()
    for label in box.findChildren(QLabel):
        label.ensurePolished()
        assert label.font().pointSizeF() == pytest.approx(24.0), label.objectName()
    ok = box.button(QMessageBox.StandardButton.Ok)
    ok.ensurePolished()
    assert ok.font().pointSizeF() == pytest.approx(24.0)


def test_text_size_can_be_changed_with_the_keyboard(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window(language="en")
    window.show_page("settings")
    page = window.current_page()
    page.size_buttons[100].setFocus()
    qtbot.keyClick(page.size_buttons[100], Qt.Key.Key_Down)
    assert page.size_buttons[125].isChecked()
    assert window.settings_button.font().pointSizeF() == pytest.approx(15.0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert page.size_buttons[100].isChecked()


def test_unusable_data_folder_is_announced_and_the_app_works(make_window: MakeWindow,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(blocker / "data"))
    window = make_window(language="en")
    assert window.banner.isVisible()
    assert "cannot be saved" in window.banner.label.text()
    window.show_page("settings")
    window.current_page().size_buttons[150].click()  # still works, for this run
    assert window.settings_button.font().pointSizeF() == pytest.approx(18.0)
    window.show_page("about")
    assert "cannot be saved" in window.current_page().data_text.text()


def test_missing_data_folder_is_created_silently(make_window: MakeWindow,
                                                 isolated_data_dir: Path) -> None:
    assert not isolated_data_dir.exists()
    window = make_window(language="en")
    assert not window.banner.isVisible()
    assert (isolated_data_dir / "assistant.db").is_file()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_page_of_the_table_opens_with_its_title(make_window: MakeWindow, qtbot: QtBot,
                                                      language: str) -> None:
    from assistant.core.i18n import _
    from assistant.ui.pages.registry import PAGES, home_pages

    window = make_window(language=language)
    home = window.pages["home"]
    assert [b.objectName() for _spec, b in home.buttons.values()] == [
        f"home-{s.id}" for s in home_pages()]
    for spec in home_pages():  # each home button opens its page, titled from the table
        window.show_page("home")
        qtbot.mouseClick(home.button(spec.id), Qt.MouseButton.LeftButton)
        assert window.current_page().page_id == spec.id
        assert home.button(spec.id).title() == _(spec.title)
        assert window.page_title.text() == _(spec.title)
    for spec in PAGES:
        window.show_page(spec.id)
        assert window.current_page().page_id == spec.id
        assert window.current_page().title() == _(spec.title)


def test_changing_the_contrast_restyles_pages_already_built(make_window: MakeWindow,
                                                           qtbot: QtBot) -> None:
    """One path: the window re-styles every page it built, shown or not."""
    from assistant.ui import theme
    from tests.gui.check.test_check_page import DANGER_TEXT, paste, run_check

    window = make_window(language="en")
    window.pages["home"].check_button.click()
    check = window.pages["check"]
    paste(qtbot, check, DANGER_TEXT)
    run_check(qtbot, check)
    window.show_page("quiz")
    quiz = window.pages["quiz"]
    assert theme.DEFAULT.danger_bg in check.banner.styleSheet()
    window.show_page("settings")
    qtbot.mouseClick(window.pages["settings"].high_contrast, Qt.MouseButton.LeftButton)
    assert theme.high_contrast()
    assert theme.current() is theme.HIGH_CONTRAST
    assert theme.HIGH_CONTRAST.danger_text in check.banner.styleSheet()  # not shown now
    assert theme.HIGH_CONTRAST.ok_text in quiz.styleSheet()
    assert quiz.styleSheet() == theme.page_style_sheet("quiz")


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_long_notice_is_shown_whole_at_200(make_window: MakeWindow, qtbot: QtBot,
                                             layout_problems: LayoutProblems,
                                             language: str) -> None:
    """Two notices at once at 200% over the plan: no line cut off at the bottom of the
    banner."""
    from assistant.core.storage import Notice, NoticeKind
    from assistant.ui.widgets import BigButton

    window = make_window(language=language, scale=200)
    window.show_page("checklist")
    for name in ("triage-when-just-now", "triage-what-bank-code", "triage-submit"):
        qtbot.mouseClick(window.findChild(BigButton, name), Qt.MouseButton.LeftButton)
    store = window.context.storage
    for listener in store.listeners:
        listener(Notice(NoticeKind.NOT_SAVED, store.path or Path(), detail="disk_full"))
        listener(Notice(NoticeKind.COPY_REMAINS, store.path or Path()))
    for _round in range(10):  # layout requests travel up one parent per round
        QApplication.processEvents()
    banner = window.banner
    assert banner.isVisible()
    for size in ((960, 797), (1366, 768), (960, 720)):
        window.resize(*size)
        for _round in range(10):
            QApplication.processEvents()
        assert layout_problems(banner) == []
        assert banner.label.geometry().bottom() <= banner.contentsRect().bottom(), size
        assert banner.height() >= banner.heightForWidth(banner.width()), size
