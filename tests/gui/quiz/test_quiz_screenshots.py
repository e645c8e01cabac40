"""Screenshots of the quiz (question, answered question, result) in kk, ru, en at 100/200%."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from tests.hints import MakeWindow

OUT = Path(__file__).resolve().parents[3] / "build" / "screenshots" / "quiz"


def _save(widget: QWidget, name: str) -> None:
    for _ in range(3):  # let pending layout requests settle, as on screen
        QApplication.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(OUT / f"{name}.png"))


@pytest.mark.screenshots
@pytest.mark.gui
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_quiz_screenshots(make_window: MakeWindow, qtbot: QtBot, language: str, scale: int) -> None:
    window = make_window(language=language, scale=scale)
    qtbot.mouseClick(window.pages["home"].quiz_button, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert page.page_id == "quiz"
    page.quiz.rng.seed(11)
    _save(window, f"{language}-{scale}-0-start")
    # A topic with long texts and four answers: the hardest layout.
    qtbot.mouseClick(page.start_view.topic_buttons["second-call"], Qt.MouseButton.LeftButton)
    view = page.question_view
    while view.round.current().kind != "what-to-do":
        view.choose(0)
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    _save(window, f"{language}-{scale}-1-question")
    _save(page, f"{language}-{scale}-1-question-full")
    quiz_round = view.round
    right = quiz_round.orders[quiz_round.index].index(quiz_round.current().right)
    qtbot.mouseClick(view.buttons[(right + 1) % 4], Qt.MouseButton.LeftButton)
    _save(window, f"{language}-{scale}-2-answered")
    _save(page, f"{language}-{scale}-2-answered-full")
    while not quiz_round.finished or quiz_round.index + 1 < quiz_round.total:
        if quiz_round.answered() is None:
            view.choose(0)
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
        if page.stack.currentWidget() is page.result_view:
            break
    if page.stack.currentWidget() is not page.result_view:
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.result_view
    _save(window, f"{language}-{scale}-3-result")
    _save(page, f"{language}-{scale}-3-result-full")


@pytest.mark.screenshots
@pytest.mark.gui
def test_quiz_screenshot_high_contrast(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window(language="kk", scale=125, high_contrast=True)
    qtbot.mouseClick(window.pages["home"].quiz_button, Qt.MouseButton.LeftButton)
    page = window.current_page()
    qtbot.mouseClick(page.start_view.topic_buttons["imei-notice"], Qt.MouseButton.LeftButton)
    view = page.question_view
    quiz_round = view.round
    right = quiz_round.orders[quiz_round.index].index(quiz_round.current().right)
    qtbot.mouseClick(view.buttons[right], Qt.MouseButton.LeftButton)
    assert view.card.highlighted_text() == quiz_round.current().shown_clue()
    _save(window, "kk-125-high-contrast-answered")
