"""Screenshots of the check page with each verdict, in kk/ru/en, 100%/200% and high contrast.

Run with ``make screenshots``; the PNGs land in build/screenshots/check/. The test also
fails on labels cut short by their own height (the clipping we look for in the images).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from assistant.ui.check.verdict import VERDICT_WORDS
from tests.gui.check.test_check_page import (
    DANGER_TEXT,
    NO_SIGNS_TEXT,
    SUSPICIOUS_TEXT,
)

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.hints import LayoutProblems, MakeWindow

OUT = Path(__file__).resolve().parents[3] / "build" / "screenshots" / "check"
TEXTS = {"danger": DANGER_TEXT, "suspicious": SUSPICIOUS_TEXT, "no_signs": NO_SIGNS_TEXT}
MODES = {"100": (100, False), "200": (200, False), "hc": (100, True)}


@pytest.mark.screenshots
@pytest.mark.gui
@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_check_page_screenshots(qtbot: QtBot, make_window: MakeWindow,
                                layout_problems: LayoutProblems, language: str,
                                mode: str) -> None:
    scale, high_contrast = MODES[mode]
    window = make_window(language=language, scale=scale, high_contrast=high_contrast)
    window.pages["home"].check_button.click()
    page = window.pages["check"]
    OUT.mkdir(parents=True, exist_ok=True)
    for verdict, text in TEXTS.items():
        QGuiApplication.clipboard().setText(text)
        qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(page.runner.report_ready, timeout=20000):
            qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
        assert page.banner.verdict.value == verdict, page.banner.words.text()
        qtbot.wait(50)
        holder = page.parentWidget()
        name = f"{verdict}-{language}-{mode}"
        assert holder.grab().save(str(OUT / f"{name}-page.png"))
        assert window.grab().save(str(OUT / f"{name}-window.png"))
        assert not layout_problems(page), layout_problems(page)
        if verdict == "danger":  # a narrow window: text wraps more, nothing may be cut
            window.resize(640, 720)
            qtbot.wait(50)
            assert holder.grab().save(str(OUT / f"{name}-narrow-page.png"))
            assert not layout_problems(page), layout_problems(page)
            assert holder.height() >= page.geometry().bottom()
            window.resize(960, 720)
            qtbot.wait(50)
        if language == "en":  # the page never calls a message safe
            said = f"{page.banner.words.text()} {page.banner.summary.text()}".lower()
            assert "safe" not in said, said
        english = VERDICT_WORDS[page.banner.verdict]
        assert (page.banner.words.text() == english) == (language == "en"), "translated"
