"""Test set-up: offscreen Qt, an isolated data folder for every test, English by default."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from assistant.core import i18n, paths  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own user-data folder; nothing touches the real one."""
    data = tmp_path / "userdata"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(data))
    paths.set_data_dir(None)
    yield data
    paths.set_data_dir(None)


@pytest.fixture(autouse=True)
def english_by_default() -> Iterator[None]:
    """Start each test in English and leave no language listeners behind."""
    i18n.set_language("en")
    yield
    i18n._listeners.clear()
    i18n.set_language("en")


@pytest.fixture
def storage(isolated_data_dir: Path):  # type: ignore[no-untyped-def]
    """An opened user database in the isolated folder."""
    from assistant.core.storage import Storage

    store = Storage.open(paths.database_path())
    yield store
    store.close()


@pytest.fixture
def make_window(qtbot, isolated_data_dir: Path):  # type: ignore[no-untyped-def]
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
                high_contrast: bool | None = None):  # type: ignore[no-untyped-def]
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
        qtbot.waitExposed(window)
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
