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

from assistant.core.checker.report import Verdict
from assistant.core.i18n import _
from assistant.ui.check.page import CheckPage
from assistant.ui.check.verdict import VERDICT_WORDS
from assistant.ui.widgets import enclosing_scroll_area
from tests.gui.check.test_check_page import (
    DANGER_TEXT,
    NO_SIGNS_TEXT,
    SUSPICIOUS_TEXT,
    WHOLE_SCHEME_TEXT,
)

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.hints import LayoutProblems, MakeWindow

OUT = Path(__file__).resolve().parents[3] / "build" / "screenshots" / "check"
TEXTS = {"danger": DANGER_TEXT, "suspicious": SUSPICIOUS_TEXT, "no_signs": NO_SIGNS_TEXT}
MODES = {"100": (100, False), "200": (200, False), "hc": (100, True), "hc200": (200, True)}
#: The answers of issue 16, each with the verdict it must get (the message's language need
#: not be the window's).
NEW_NUMBER_TEXT = "Mum, my phone broke, this is my new number, write to me on WhatsApp"
BARE_NUMBER_TEXT = "+7 701 123 45 67"
#: A genuine 1414 code SMS (seed 000: a real code comes with "tell no one").
GENUINE_1414_TEXT = ("Код подтверждения: 482913. Никому не сообщайте этот код, в том числе "
                     "сотрудникам ЦОН и 1414.")
LOOKALIKE_TEXT = "Ваша карта заблокирована. Подробнее: https://kaspi-bank-kz.com/unlock"
ANSWERS = {
    "new-number": (NEW_NUMBER_TEXT, ("suspicious",)),
    "bare-number": (BARE_NUMBER_TEXT, ("cannot_tell",)),
    "genuine-1414": (GENUINE_1414_TEXT, ("no_signs",)),
    "lookalike": (LOOKALIKE_TEXT, ("danger", "suspicious")),
    "whole-scheme": (WHOLE_SCHEME_TEXT, ("danger",)),
}


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


def _check(qtbot: QtBot, page: CheckPage, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.runner.report_ready, timeout=20000):
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # the scroll to the verdict is queued after the result is shown


def _verdict_top_in_view(page: CheckPage) -> tuple[int, int]:
    """(the banner's top in the visible area, the visible area's height)."""
    viewport = page.parentWidget()
    while viewport is not None and viewport.objectName() != "qt_scrollarea_viewport":
        viewport = viewport.parentWidget()
    assert viewport is not None
    return page.banner.mapTo(viewport, page.banner.rect().topLeft()).y(), viewport.height()


@pytest.mark.screenshots
@pytest.mark.gui
@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_answers_screenshots(qtbot: QtBot, make_window: MakeWindow,
                             layout_problems: LayoutProblems, language: str,
                             mode: str) -> None:
    """New number: be careful; bare number: cannot tell; the genuine 1414 SMS with its
    reason; a look-alike link in plain words; at 200%, the verdict's top in view."""
    scale, high_contrast = MODES[mode]
    window = make_window(language=language, scale=scale, high_contrast=high_contrast)
    window.resize(1366, 768)
    window.pages["home"].check_button.click()
    page = window.pages["check"]
    assert isinstance(page, CheckPage)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (text, verdicts) in ANSWERS.items():
        _check(qtbot, page, text)
        assert page.banner.verdict.value in verdicts, (name, page.banner.words.text())
        top, height = _verdict_top_in_view(page)
        bar = enclosing_scroll_area(page).verticalScrollBar()
        # the answer starts at the top, unless the page cannot scroll any further
        assert 0 <= top < height, (name, top, height)
        assert top < height // 4 or bar.value() == bar.maximum(), (name, top, height)
        if name == "bare-number":
            assert page.banner.words.text() == _(VERDICT_WORDS[Verdict.CANNOT_TELL])
            assert not page.reasons.isVisible() and not page.advice.emergency_button.isVisible()
        if name == "genuine-1414":
            assert page.results.genuine.isVisible() and page.results.genuine.items
        if name == "lookalike":
            shown = [item.shown.text() for item in page.found.items]
            assert any(s.startswith("kaspi-bank-kz.com: ") and "kaspi.kz" in s
                       for s in shown), shown
            assert not any("hxxp" in s or "[.]" in s for s in shown), shown
        if name == "new-number":
            assert page.advice.emergency_button.isVisible(), "I already did this"
        if name == "whole-scheme":  # the bait, the request and the pressure, told
            assert any(finding.parts for finding in page.results.findings)
        assert not layout_problems(page), layout_problems(page)
        assert window.grab().save(str(OUT / f"answer-{name}-{language}-{mode}-window.png"))
        # the whole answer, below the visible area too (links in plain words, sources)
        assert page.results.grab().save(str(OUT / f"answer-{name}-{language}-{mode}-all.png"))
    if scale == 200:  # the window's top bar leaves the page most of the height
        bar = window.topbar
        assert bar.height() <= 0.15 * window.height(), (bar.height(), window.height())
