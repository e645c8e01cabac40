"""The quiz page played through the real widgets, with the keyboard and the mouse."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from assistant.core import i18n
from assistant.ui.quiz import QuizPage
from assistant.ui.quiz import page as quiz_page

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from assistant.ui.mainwindow import MainWindow
    from assistant.ui.quiz.question import QuestionView
    from tests.hints import MakeWindow

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton
DIGITS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)


def _open_quiz(window: MainWindow, qtbot: QtBot) -> QuizPage:
    window.activateWindow()  # keyboard focus needs an active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(window.pages["home"].quiz_button, LEFT)
    page = window.current_page()
    assert isinstance(page, QuizPage)
    assert page.stack.currentWidget() is page.start_view
    return page


def _right_position(view: QuestionView) -> int:
    quiz_round = view.round
    return quiz_round.orders[quiz_round.index].index(quiz_round.current().right)


def _start_topic(page: QuizPage, qtbot: QtBot, topic: str) -> None:
    qtbot.mouseClick(page.start_view.topic_buttons[topic], LEFT)
    assert page.stack.currentWidget() is page.question_view


def _answer_all_wrong(page: QuizPage, qtbot: QtBot) -> list[str]:
    view, ids = page.question_view, []
    while page.stack.currentWidget() is view:
        question = view.round.current()
        ids.append(question.id)
        qtbot.mouseClick(view.buttons[(_right_position(view) + 1) % len(question.answers)], LEFT)
        qtbot.mouseClick(view.next_button, LEFT)
    return ids


def test_play_a_whole_round_with_keyboard_and_mouse(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    page = _open_quiz(window, qtbot)
    page.quiz.rng.seed(5)
    qtbot.keyClick(page.start_view.mixed_button, Qt.Key.Key_Space)
    view = page.question_view
    assert page.stack.currentWidget() is view
    score, seen = 0, set()
    for index in range(10):
        question = view.round.current()
        seen.add(question.id)
        assert view.progress.text() == f"Question {index + 1} of 10"
        assert view.prompt.text() == question.prompt()
        assert view.feedback.isHidden() and view.card.highlighted_text() == ""
        right = _right_position(view)
        wanted = index % 3 != 1
        position = right if wanted else (right + 1) % len(question.answers)
        if index % 2 == 0:  # keyboard: the number key, pressed where the focus is
            focus = QApplication.focusWidget()
            assert focus is view.buttons[0]
            qtbot.keyClick(focus, DIGITS[position])
        else:
            qtbot.mouseClick(view.buttons[position], LEFT)
        assert view.feedback.isVisible()
        assert view.verdict.text().startswith("Right!" if wanted else "Not right.")
        assert view.verdict.text().endswith(view.buttons[right].title().split(".  ", 1)[1])
        assert view.icon.accessibleName() == ("Right" if wanted else "Wrong")
        assert not view.icon.pixmap().isNull()
        assert view.card.highlighted_text() == question.shown_clue()
        assert question.shown_clue() in view.explanation.text()
        assert i18n._(question.explanation) in view.explanation.text()
        assert view.buttons[right].property("state") == "right"
        assert view.buttons[position].property("state") == ("right" if wanted else "wrong")
        # A second key press does not change the answer.
        focus = QApplication.focusWidget()
        assert focus is view.next_button
        qtbot.keyClick(focus, DIGITS[(position + 1) % len(question.answers)])
        assert view.round.answered().chosen == position
        score += wanted
        if index % 2 == 0:
            qtbot.keyClick(view.next_button, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(view.next_button, LEFT)
    assert len(seen) == 10
    result = page.result_view
    assert page.stack.currentWidget() is result
    assert result.score.text() == f"You got {score} of 10 answers right."
    assert [(r.score, r.total) for r in result.chart.rounds] == [(score, 10)]
    wrong_topics = [topic for topic, _button in result.topic_buttons]
    assert wrong_topics == view.round.topics_to_practise() and wrong_topics
    assert result.mistakes_button.isVisible()
    # From the result, practise a topic with the mouse.
    topic, button = result.topic_buttons[0]
    qtbot.mouseClick(button, LEFT)
    assert page.stack.currentWidget() is view
    assert {q.scenario for q in view.round.questions} == {topic}


def test_progress_survives_a_new_window(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    page = _open_quiz(window, qtbot)
    _start_topic(page, qtbot, "imei-notice")
    wrong = _answer_all_wrong(page, qtbot)
    assert page.result_view.score.text() == "You got 0 of 4 answers right."
    window.close()

    second = make_window()
    page = _open_quiz(second, qtbot)
    start = page.start_view
    assert start.chart.isVisible()
    assert [(r.mode, r.topic, r.score, r.total) for r in start.chart.rounds] == [
        ("topic", "imei-notice", 0, 4)]
    assert start.mistakes_button.isVisible()
    assert "4 questions" in start.mistakes_button.accessibleDescription()
    qtbot.mouseClick(start.mistakes_button, LEFT)
    assert {q.id for q in page.question_view.round.questions} == set(wrong)


def test_reset_asks_first_and_forgets(make_window: MakeWindow, qtbot: QtBot,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    page = _open_quiz(window, qtbot)
    _start_topic(page, qtbot, "data-leak")
    _answer_all_wrong(page, qtbot)
    qtbot.mouseClick(page.result_view.back_button, LEFT)
    start = page.start_view
    asked: list[bool] = []
    monkeypatch.setattr(quiz_page, "confirm_reset", lambda parent: asked.append(False) or False)
    qtbot.mouseClick(start.reset_button, LEFT)
    assert asked == [False]
    assert start.chart.isVisible() and start.mistakes_button.isVisible()
    monkeypatch.setattr(quiz_page, "confirm_reset", lambda parent: asked.append(True) or True)
    qtbot.mouseClick(start.reset_button, LEFT)
    assert asked == [False, True]
    assert start.chart.isHidden() and start.mistakes_button.isHidden()
    assert page.quiz.progress.stats() == {} and page.quiz.progress.rounds() == []


def test_language_switch_keeps_the_answered_question(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    page = _open_quiz(window, qtbot)
    _start_topic(page, qtbot, "fake-1414-code")
    view = page.question_view
    question = view.round.current()
    qtbot.keyClick(QApplication.focusWidget(), DIGITS[_right_position(view)])
    window.set_language("ru")
    assert view.card.text.toPlainText() == question.card.shown_text() != question.card.text
    assert view.card.highlighted_text() == question.shown_clue() != question.clue
    assert view.verdict.text().startswith("Верно!")
    assert view.icon.accessibleName() == "Верно"
    assert view.next_button.text() == "Следующий вопрос"
    assert start_texts_are_russian(page)


def start_texts_are_russian(page: QuizPage) -> bool:
    return page.start_view.mixed_button.title() == "Начать тренировку"


def test_coming_back_mid_round_keeps_the_question_and_the_keys(make_window: MakeWindow,
                                                               qtbot: QtBot) -> None:
    window = make_window()
    page = _open_quiz(window, qtbot)
    _start_topic(page, qtbot, "prize-code")
    view = page.question_view
    question = view.round.current()
    qtbot.mouseClick(window.home_button, LEFT)
    assert window.current_page().page_id == "home"
    qtbot.mouseClick(window.pages["home"].quiz_button, LEFT)
    assert page.stack.currentWidget() is view and view.round.current() is question
    focus = QApplication.focusWidget()
    assert focus is view.buttons[0]
    qtbot.keyClick(focus, DIGITS[_right_position(view)])
    assert view.verdict.text().startswith("Right!")
    assert QApplication.focusWidget() is view.next_button


def test_practise_mistakes_from_the_result(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    page = _open_quiz(window, qtbot)
    _start_topic(page, qtbot, "sim-stopped")
    wrong = _answer_all_wrong(page, qtbot)
    result = page.result_view
    assert "3 questions" in result.mistakes_button.accessibleDescription()
    qtbot.mouseClick(result.mistakes_button, LEFT)
    assert page.stack.currentWidget() is page.question_view
    assert {q.id for q in page.question_view.round.questions} == set(wrong)
    assert page.question_view.round.mode == "mistakes"


@pytest.mark.parametrize(("choice", "expected"), [(0, True), (1, False)])
def test_the_real_confirmation_dialog(make_window: MakeWindow, qtbot: QtBot, choice: int,
                                      expected: bool) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    window = make_window(language="ru")
    page = _open_quiz(window, qtbot)
    seen: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        buttons = [b for b in box.buttons()
                   if box.buttonRole(b) in (QMessageBox.ButtonRole.AcceptRole,
                                            QMessageBox.ButtonRole.RejectRole)]
        seen.append([b.text() for b in buttons])
        assert box.defaultButton() is buttons[1]  # Enter keeps the progress
        qtbot.mouseClick(buttons[choice], LEFT)

    QTimer.singleShot(0, answer)
    assert quiz_page.confirm_reset(page) is expected
    assert seen == [["Да, удалить всё", "Нет, сохранить результаты"]]


def test_round_size_takes_the_plural_form_of_each_language(make_window: MakeWindow, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.ui.quiz import result as quiz_result
    from assistant.ui.quiz import start as quiz_start

    window = make_window(language="ru")
    page = _open_quiz(window, qtbot)
    start, again = page.start_view.mixed_button, page.result_view.again_button
    assert start.accessibleDescription().startswith("10 вопросов на разные темы.")
    _start_topic(page, qtbot, "sim-stopped")
    _answer_all_wrong(page, qtbot)
    assert again.accessibleDescription() == "10 новых вопросов на разные темы."
    monkeypatch.setattr(quiz_start, "ROUND_SIZE", 3)
    monkeypatch.setattr(quiz_result, "ROUND_SIZE", 3)
    window.set_language("ru")  # the same language again re-reads every text
    assert start.accessibleDescription().startswith("3 вопроса на разные темы.")
    assert again.accessibleDescription() == "3 новых вопроса на разные темы."
    window.set_language("kk")
    assert start.accessibleDescription().startswith("Әртүрлі тақырыптағы 3 сұрақ.")
    window.set_language("en")
    assert again.accessibleDescription() == "3 new questions on different topics."


def test_quiz_and_check_page_show_the_same_message_for_a_sign(make_window: MakeWindow,
                                                              qtbot: QtBot) -> None:
    """A sign the quiz teaches reads the same on the check page (one shared msgid)."""
    from PySide6.QtGui import QGuiApplication

    window = make_window(language="en")
    page = _open_quiz(window, qtbot)
    _start_topic(page, qtbot, "fake-1414-code")
    view, taught = page.question_view, []
    while page.stack.currentWidget() is view:
        question = view.round.current()
        qtbot.mouseClick(view.buttons[_right_position(view)], LEFT)
        if question.sign:
            assert question.sign_explanation in view.explanation.text()
            taught.append(question)
        qtbot.mouseClick(view.next_button, LEFT)
    assert {q.genuine for q in taught} == {True, False}, "a sign and a genuine twin"
    window.show_page("check")
    check = window.pages["check"]
    for question in taught:
        QGuiApplication.clipboard().setText(question.card.text)
        qtbot.mouseClick(check.paste_button, LEFT)
        with qtbot.waitSignal(check.runner.report_ready, timeout=20000):
            qtbot.mouseClick(check.check_button, LEFT)
        if question.genuine:
            assert question.sign_explanation in check.results.genuine.items
        else:
            said = [f"{b.title()} {b.accessibleDescription()}".strip()
                    for b in check.reasons.buttons]
            assert question.sign_explanation in said, said


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_each_question_is_shown_from_its_top_at_200(make_window: MakeWindow, qtbot: QtBot,
                                                     language: str) -> None:
    """At 200% the question asked ("What do you do?") is in view when it comes, not
    scrolled off above a long message by the focus on the first answer; that answer
    still shows at the bottom."""
    window = make_window(language=language, scale=200)
    page = _open_quiz(window, qtbot)
    _start_topic(page, qtbot, "second-call")
    view = page.question_view
    viewport = window._scrolls["quiz"].viewport()

    def top_of(widget: QWidget) -> int:
        return widget.mapTo(viewport, widget.rect().topLeft()).y()

    for question in range(view.round.total):
        for _round in range(10):
            QApplication.processEvents()
        assert view.buttons[0].hasFocus()
        assert top_of(view.prompt) >= 0, (question, top_of(view.prompt))
        assert top_of(view.buttons[0]) < viewport.height() - 20, question
        qtbot.mouseClick(view.buttons[0], LEFT)
        qtbot.mouseClick(view.next_button, LEFT)
