"""Test set-up: offscreen Qt, an isolated data folder for every test, English by default."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from assistant.core.storage import Storage
    from assistant.ui.mainwindow import MainWindow
    from tests.hints import LayoutProblems, MakeWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The CLI follows the system language; tests expect English unless they ask otherwise.
os.environ["LANG"] = "C.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)

from assistant.core import i18n, paths


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own user-data folder; nothing touches the real one."""
    data = tmp_path / "userdata"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(data))
    paths.set_data_dir(None)
    yield data
    paths.set_data_dir(None)


@pytest.fixture(autouse=True)
def no_system_speech(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine's own speech engine stays out of tests (it may block or warn when the
    machine has no sound); a test marked ``speech`` uses whatever the system has."""
    if request.node.get_closest_marker("speech") is None:
        from assistant.ui import speech

        monkeypatch.setattr(speech, "_engines", lambda: ())


@pytest.fixture(autouse=True)
def english_by_default() -> Iterator[None]:
    """Start each test in English and leave no language listeners behind."""
    i18n.set_language("en")
    yield
    i18n._listeners.clear()
    i18n.set_language("en")


@pytest.fixture
def storage(isolated_data_dir: Path) -> Iterator[Storage]:
    """An opened user database in the isolated folder."""
    from assistant.core.storage import Storage

    store = Storage.open(paths.database_path())
    yield store
    store.close()


@pytest.fixture
def make_window(qtbot: QtBot, isolated_data_dir: Path) -> Iterator[MakeWindow]:
    """Build the real main window as ``run_gui`` does; call with ``language=...``."""
    from PySide6.QtWidgets import QApplication

    from assistant.core.settings import Settings
    from assistant.core.storage import Storage
    from assistant.ui import theme
    from assistant.ui.context import AppContext
    from assistant.ui.mainwindow import MainWindow
    from assistant.ui.qt_i18n import LanguageBridge

    created = []

    def factory(language: str | None = "en", scale: int | None = None,
                high_contrast: bool | None = None) -> MainWindow:
        app = QApplication.instance()
        app.setStyle("Fusion")
        store = Storage.open(paths.database_path())
        settings = Settings(store)
        if language:
            settings.language = language if language != i18n.PSEUDO else "en"
        if scale is not None:
            settings.text_scale = scale
        if high_contrast is not None:
            settings.high_contrast = high_contrast
        i18n.set_language(language or settings.language or "en")
        bridge = LanguageBridge(app)
        theme.apply(app, settings.text_scale, settings.high_contrast)
        window = MainWindow(AppContext(storage=store, settings=settings), bridge,
                            notices=store.notices)
        qtbot.addWidget(window)
        window.show_page("home" if (language or settings.language) else "language")
        window.show()
        qtbot.waitUntil(window.isVisible)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        if window.current_page().default_focus() is not None:
            window.current_page().default_focus().setFocus()
        created.append((window, bridge, store))
        return window

    yield factory
    from PySide6.QtWidgets import QApplication as _QApplication

    app = _QApplication.instance()
    for window, bridge, store in created:
        bridge.detach()
        window.close()
        store.close()
    theme.apply(app, 100, False)


def find_layout_problems(root: QWidget) -> list[str]:
    """Visible labels and buttons that are smaller than their text needs (clipped)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from assistant.ui.widgets import BigButton

    problems: list[str] = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        name = widget.objectName() or type(widget).__name__
        text = widget.text()[:40] if hasattr(widget, "text") else ""
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                problems.append(f"label {name} {text!r}: {widget.height()} < {needed}")
        elif isinstance(widget, BigButton):
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                problems.append(f"big button {name} {widget.title()[:40]!r}: "
                                f"{widget.height()} < {needed}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                problems.append(f"button {name} {text!r}: {widget.size().toTuple()} < "
                                f"{hint.toTuple()}")
        elif isinstance(widget, QLabel) and widget.text():
            hint = widget.minimumSizeHint()
            if hint.width() > widget.width() + 1:
                problems.append(f"label {name} {text!r}: width {widget.width()} < {hint.width()}")
    return problems


@pytest.fixture
def layout_problems() -> LayoutProblems:
    """``layout_problems(widget)`` lists clipped labels and buttons under ``widget``."""
    return find_layout_problems


@pytest.fixture
def screenshot_dir() -> Path:
    """``build/screenshots`` in the repository (git-ignored)."""
    target = Path(__file__).resolve().parent.parent / "build" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    return target


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 256 KiB tmpfs (root only), so 'disk full' comes from the kernel."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if os.getuid() != 0 or shutil.which("mount") is None:
        pytest.skip("simulating a full disk needs root to mount a small tmpfs")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount_point)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr!r}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path) -> None:
    """Write zeros until the disk refuses."""
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as handle:
        while True:
            handle.write(b"\0" * 4096)
            handle.flush()




@pytest.fixture
def fill_disk() -> Callable[[Path], None]:
    """``fill_disk(folder)`` fills the disk holding ``folder``."""
    return _fill


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests under ``tests/gui/`` drive real widgets: mark them ``gui`` by their folder."""
    gui_dir = Path(__file__).resolve().parent / "gui"
    for item in items:
        if gui_dir in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.gui)
