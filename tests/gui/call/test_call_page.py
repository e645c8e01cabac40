"""'Someone is calling me now', driven through the real widgets in kk, ru and en."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from assistant.core import calls, i18n
from assistant.ui.call import page as call_page
from assistant.ui.mainwindow import MainWindow
from assistant.ui.widgets import BigButton, PlainLabel
from tests.hints import LayoutProblems, MakeWindow

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

LANGUAGES = ("kk", "ru", "en")


def child(window: QWidget, kind: type, name: str) -> Any:
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def visible_text(window: QWidget, name: str) -> str:
    label = child(window, PlainLabel, name)
    assert label.isVisible(), name
    return str(label.text())


@pytest.mark.parametrize("language", LANGUAGES)
def test_code_request_reaches_hang_up_in_two_clicks(qtbot: QtBot, make_window: MakeWindow,
                                                    language: str) -> None:
    window: MainWindow = make_window(language=language)
    clicks = 0

    def click(widget: QWidget) -> None:
        nonlocal clicks
        clicks += 1
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    click(child(window, BigButton, "home-call"))
    assert window.current_page().page_id == "call"
    first = calls.default().questions[0]
    assert visible_text(window, "call-question") == i18n._(first.text)
    click(child(window, BigButton, "call-yes"))
    assert clicks <= 3
    assert visible_text(window, "call-hang-up-title") == i18n._("Hang up now")
    assert visible_text(window, "call-why") == i18n._(first.why)
    if language != "en":  # translated, not English
        assert visible_text(window, "call-hang-up-title") != "Hang up now"
    # "I already did this" opens the plan with the code answers chosen.
    click(child(window, BigButton, "call-already"))
    assert window.current_page().page_id == "checklist"
    triage = window.current_page().triage
    assert triage.answers().what == frozenset(first.harm)


@pytest.mark.parametrize("language", LANGUAGES)
def test_all_no_ends_with_call_back_advice_not_calm(qtbot: QtBot, make_window: MakeWindow,
                                                    language: str) -> None:
    window = make_window(language=language)
    qtbot.mouseClick(child(window, BigButton, "home-call"), Qt.MouseButton.LeftButton)
    for _ in calls.default().questions:
        qtbot.mouseClick(child(window, BigButton, "call-no"), Qt.MouseButton.LeftButton)
    guide = calls.default()
    assert visible_text(window, "call-no-sign-title") == i18n._(guide.no_sign_title)
    steps = visible_text(window, "call-no-sign-steps")
    assert i18n._(guide.no_sign_steps[0]) in steps
    numbers = visible_text(window, "call-numbers")
    assert "1414" in numbers and "102" in numbers
    assert not child(window, PlainLabel, "call-unsure").isVisible()
    assert window.findChild(PlainLabel, "call-hang-up-title").isVisible() is False
    # "Start again" asks the first question again.
    qtbot.mouseClick(child(window, QPushButton, "call-again-no-sign"), Qt.MouseButton.LeftButton)
    assert visible_text(window, "call-progress").startswith(
        i18n._("Question {number} of {total}").split("{")[0])


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          ) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("scale", [100, 200])
def test_keyboard_only_with_one_key(qtbot: QtBot, make_window: MakeWindow, language: str,
                                    scale: int) -> None:
    window = make_window(language=language, scale=scale)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_F2)  # one key from any page
    qtbot.waitUntil(lambda: window.current_page().page_id == "call")
    page = window.current_page()
    assert QApplication.focusWidget() is child(window, BigButton, "call-yes")
    # At 200% in a 1366x768 window, the question and both answers are on screen.
    question = child(window, PlainLabel, "call-question")
    for widget in (question, child(window, BigButton, "call-yes"),
                   child(window, BigButton, "call-no")):
        top_left = widget.mapTo(window, widget.rect().topLeft())
        bottom = widget.mapTo(window, widget.rect().bottomLeft()).y()
        assert top_left.y() >= 0 and bottom <= window.height(), widget.objectName()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is child(window, BigButton, "call-no")
    press(qtbot, Qt.Key.Key_Space)  # "No" to the code question
    assert page.walk.answers == [calls.Answer.NO]
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is child(window, BigButton, "call-unknown")
    press(qtbot, Qt.Key.Key_Return)  # "I don't know" to the card question
    qtbot.waitUntil(lambda: len(page.walk.answers) == 2)  # Enter animates the click
    assert page.walk.answers[1] is calls.Answer.UNKNOWN
    assert QApplication.focusWidget() is child(window, BigButton, "call-yes")
    press(qtbot, Qt.Key.Key_Return)  # "Yes" to the money question
    qtbot.waitUntil(lambda: child(window, PlainLabel, "call-hang-up-title").isVisible())
    assert visible_text(window, "call-why") == i18n._(calls.default().questions[2].why)
    # The outcome opens on its heading, in view at any text size; Tab to the way on.
    assert QApplication.focusWidget() is child(window, PlainLabel, "call-hang-up-title")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is child(window, BigButton, "call-already")
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_page().page_id == "checklist")
    assert window.current_page().triage.answers().what == frozenset({"money-sent"})


def test_new_question_is_announced(qtbot: QtBot, make_window: MakeWindow,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    heard: list[str] = []
    monkeypatch.setattr(call_page, "announce", lambda widget: heard.append(widget.text()))
    window = make_window(language="en")
    qtbot.mouseClick(child(window, BigButton, "home-call"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(child(window, BigButton, "call-yes"), Qt.MouseButton.LeftButton)
    assert heard[-2:] == [calls.default().questions[0].text, "Hang up now"]


def test_language_switch_keeps_the_place(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(language="en")
    qtbot.mouseClick(child(window, BigButton, "home-call"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(child(window, BigButton, "call-no"), Qt.MouseButton.LeftButton)
    window.set_language("kk")
    assert visible_text(window, "call-question") == i18n._(calls.default().questions[1].text)
    assert visible_text(window, "call-question") != calls.default().questions[1].text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("scale", [100, 200])
def test_no_clipped_text(qtbot: QtBot, make_window: MakeWindow, layout_problems: LayoutProblems,
                         language: str, scale: int) -> None:
    window = make_window(language=language, scale=scale)
    window.resize(1366, 768)
    qtbot.mouseClick(child(window, BigButton, "home-call"), Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # let the layout settle
    assert layout_problems(window) == []
    qtbot.mouseClick(child(window, BigButton, "call-yes"), Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert layout_problems(window) == []
