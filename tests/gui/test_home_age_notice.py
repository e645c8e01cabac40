"""Six months after the build, the home page says calmly that a newer version may know more."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from assistant.core import freshness, i18n

pytestmark = pytest.mark.gui


def _built(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, day: dt.date | None) -> None:
    """A bundle's build-info.json, as packaging/safety-assistant.spec writes it."""
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    if day is not None:
        (tmp_path / freshness.BUILD_INFO).write_text(f'{{"build_date": "{day.isoformat()}"}}')


def test_an_old_build_shows_the_notice_in_every_language(make_window, monkeypatch,
                                                         tmp_path: Path) -> None:
    built = freshness.add_months(dt.date.today(), -7)
    _built(monkeypatch, tmp_path, built)
    window = make_window(language="en")
    home = window.pages["home"]
    assert home.age_notice.isVisible()
    text = home.age_text.text()
    assert i18n.format_date(built) in text and "newer version" in text
    assert "releases page" in text and "http" not in text  # no invented address
    for lang, words in (("kk", "жаңа нұсқа"), ("ru", "новая версия")):
        i18n.set_language(lang)
        assert words in home.age_text.text()
        assert i18n.format_date(built) in home.age_text.text()


@pytest.mark.parametrize("months_ago", [0, 5])
def test_a_recent_build_shows_nothing(make_window, monkeypatch, tmp_path: Path,
                                      months_ago: int) -> None:
    _built(monkeypatch, tmp_path, freshness.add_months(dt.date.today(), -months_ago))
    window = make_window(language="ru")
    assert not window.pages["home"].age_notice.isVisible()


def test_no_build_date_shows_nothing(make_window, monkeypatch, tmp_path: Path) -> None:
    _built(monkeypatch, tmp_path, None)  # a source checkout
    window = make_window(language="kk")
    assert not window.pages["home"].age_notice.isVisible()


@pytest.mark.screenshots
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("scale", [100, 200])
def test_age_notice_screenshot(make_window, layout_problems, screenshot_dir: Path, monkeypatch,
                               tmp_path: Path, language: str, scale: int) -> None:
    _built(monkeypatch, tmp_path, dt.date(2026, 1, 15))
    window = make_window(language=language, scale=scale)
    window.resize(1000, 760)
    window.show_page("home")
    QApplication.processEvents()
    assert layout_problems(window) == []
    folder = screenshot_dir / "shell"
    folder.mkdir(exist_ok=True)
    window.grab().save(str(folder / f"home-dated-{language}-{scale}.png"))
