"""The three flows with the keyboard alone: Tab, Shift+Tab, arrows, Space and Enter.

Each flow starts on the home page as a user finds it and asserts where the focus is,
and that it is on screen, after every key. Kazakh, Russian and English, at 100% and
200% text.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.exceptions import TimeoutError

from assistant.core import calls
from assistant.core.checklist import StepState
from assistant.ui import a11y
from assistant.ui.pages.registry import home_pages
from tests.gui.focus_walk import name, press, where_it_fails_to_show

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from assistant.ui.mainwindow import MainWindow
    from tests.hints import MakeWindow

pytestmark = pytest.mark.gui

TAB, BACKTAB = Qt.Key.Key_Tab, Qt.Key.Key_Backtab
ENTER, SPACE, DOWN = Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Down

#: A fake "1414" operator asking for the SMS code, with a look-alike link (seed 000, 002).
DANGER_TEXT = ("Здравствуйте, вас беспокоит оператор 1414. Вам пришёл код в SMS, "
               "продиктуйте его мне для подтверждения. Подробнее: https://egov-kz.com/login")

LANGUAGES = ["kk", "ru", "en"]
SCALES = [100, 200]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def expect(qtbot: QtBot, widget: QWidget, step: str) -> None:
    """The focus is on ``widget`` and ``widget`` is on screen (after queued scrolling)."""
    with contextlib.suppress(TimeoutError):  # the asserts below say what is wrong
        qtbot.waitUntil(lambda: QApplication.focusWidget() is widget and
                        where_it_fails_to_show(widget) == "", timeout=3000)
    assert focused() is widget, f"{step}: focus on {name(focused())}, not {name(widget)}"
    assert where_it_fails_to_show(widget) == "", f"{step}: {where_it_fails_to_show(widget)}"


def key(qtbot: QtBot, pressed: Qt.Key, widget: QWidget, step: str) -> None:
    """Press ``pressed`` and expect the focus on ``widget``."""
    press(qtbot, pressed)
    expect(qtbot, widget, step)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest's keyClicks aborts on letters outside Latin-1)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window announced to screen readers."""
    said: list[str] = []
    monkeypatch.setattr(a11y, "announce", lambda _widget, text, assertive=False: said.append(text))
    return said


def open_from_home(qtbot: QtBot, window: MainWindow, page_id: str) -> Any:
    """From the home page's first choice, Tab to ``page_id``'s button and press Enter."""
    home = window.pages["home"]
    order = [spec.id for spec in home_pages()]
    expect(qtbot, home.button(order[0]), "home opens on its first choice")  # type: ignore[attr-defined]
    for spec_id in order[1:order.index(page_id) + 1]:
        key(qtbot, TAB, home.button(spec_id), f"Tab to {spec_id}")  # type: ignore[attr-defined]
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: window.current_page().page_id == page_id)
    return window.current_page()


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_check_a_message_and_reach_what_to_do(make_window: MakeWindow, qtbot: QtBot,
                                             heard: list[str], language: str,
                                             scale: int) -> None:
    window = make_window(language=language, scale=scale)
    page = open_from_home(qtbot, window, "check")
    expect(qtbot, page.editor, "the check page opens in the message box")
    type_text(page.editor, DANGER_TEXT)
    key(qtbot, TAB, page.paste_button, "Tab from the message box")
    key(qtbot, TAB, page.check_button, "Tab to Check")
    with qtbot.waitSignal(page.runner.report_ready, timeout=20000):
        press(qtbot, ENTER)
    expect(qtbot, page.banner.words, "a result takes the focus on its verdict")
    qtbot.waitUntil(lambda: where_it_fails_to_show(page.banner) == "")  # the verdict shows
    assert heard and page.banner.words.text() in heard[-1], heard
    chosen_reason = next(b for b in page.reasons.buttons if b.isChecked())
    if page.read_aloud.isVisible():  # where speech works
        key(qtbot, TAB, page.read_aloud, "Tab to Read aloud")
    key(qtbot, TAB, chosen_reason, "Tab to the reasons")
    # The reasons are one radio group: Tab leaves it for their sources, if shown, and
    # then "What to do now"
    sources = page.reasons.sources.button
    between = [sources] if sources.isVisible() else []
    for widget in between:
        key(qtbot, TAB, widget, "Tab to the reasons' sources")
    key(qtbot, TAB, page.advice.emergency_button, "Tab to 'What to do now'")
    assert where_it_fails_to_show(page.advice.heading) in ("", ) or \
        page.advice.heading.isVisible()
    # Shift+Tab goes back to the reason chosen; arrows move between reasons
    for widget in between:
        key(qtbot, BACKTAB, widget, "Shift+Tab back to the reasons' sources")
    key(qtbot, BACKTAB, chosen_reason, "Shift+Tab back to the reasons")
    if len(page.reasons.buttons) > 1:
        key(qtbot, DOWN, page.reasons.buttons[1], "Down to the next reason")
        assert page.reasons.buttons[1].isChecked(), "the arrow chooses, as in a radio group"
    for widget in between:
        key(qtbot, TAB, widget, "Tab to the reasons' sources again")
    key(qtbot, TAB, page.advice.emergency_button, "Tab to 'What to do now' again")
    press(qtbot, ENTER)  # "I already did this" opens the emergency plan
    qtbot.waitUntil(lambda: window.current_page().page_id == "checklist")
    checklist = window.current_page()
    expect(qtbot, checklist.triage.first_button(), "the plan's questions open at the top")


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_answer_a_quiz_round_to_its_result(make_window: MakeWindow, qtbot: QtBot,
                                           heard: list[str], language: str, scale: int) -> None:
    window = make_window(language=language, scale=scale)
    page = open_from_home(qtbot, window, "quiz")
    expect(qtbot, page.start_view.mixed_button, "the quiz opens on 'Start a round'")
    press(qtbot, ENTER)
    view = page.question_view
    qtbot.waitUntil(lambda: view.round is not None)
    total = view.round.total
    for number in range(total):
        buttons = [b for b in view.buttons if b.isVisible()]
        expect(qtbot, buttons[0], f"question {number + 1} opens on its first answer")
        assert not any(b.isChecked() for b in buttons), "nothing starts out chosen"
        key(qtbot, DOWN, buttons[1], "Down moves to the next answer")
        assert not buttons[1].isChecked(), "moving is not answering"
        key(qtbot, SPACE, view.next_button, "Space answers; focus goes to Next")
        assert buttons[1].isChecked()
        marks = {b.objectName(): b.accessibleDescription() for b in buttons}
        assert any(m.startswith("✓") for m in marks.values()), marks
        if view.round.answered().correct:  # type: ignore[union-attr]
            assert marks[buttons[1].objectName()].startswith("✓"), marks
        else:
            assert marks[buttons[1].objectName()].startswith("✗"), marks
        # the explanation and "Next" are both on screen
        qtbot.waitUntil(lambda: where_it_fails_to_show(view.explanation) == ""
                        and where_it_fails_to_show(view.next_button) == "", timeout=3000)
        assert heard[-1] == view.verdict.text()
        if number == 0:  # Shift+Tab goes back to the chosen answer, Tab forward again
            key(qtbot, BACKTAB, buttons[1], "Shift+Tab to the chosen answer")
            key(qtbot, TAB, view.next_button, "Tab back to Next")
        press(qtbot, ENTER)
    result = page.result_view
    qtbot.waitUntil(lambda: page.stack.currentWidget() is result)
    expect(qtbot, result.first_control(), "the result opens on its first choice")
    assert heard[-1] == result.score.text()
    assert where_it_fails_to_show(result.score) == "", "the score is on screen"


def landing(card: Any) -> QWidget:
    """Where the plan puts the focus in a step."""
    main = getattr(card, "main_button", None)
    return main() if callable(main) else card.done_button


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_answer_every_question_make_the_plan_and_come_back_to_it(
        make_window: MakeWindow, qtbot: QtBot, heard: list[str], language: str,
        scale: int) -> None:
    window = make_window(language=language, scale=scale)
    page = open_from_home(qtbot, window, "checklist")
    triage = page.triage
    what = list(triage.what_buttons.values())
    when = list(triage.when_buttons.values())
    expect(qtbot, what[0], "the questions open on the first answer")
    assert not any(b.isChecked() for b in what + when), "nothing starts out chosen"
    for answer in what[1:]:  # every answer to "what" is a Tab stop of its own
        key(qtbot, TAB, answer, "Tab through the answers")
    key(qtbot, TAB, when[0], "Tab into the 'when' group")
    key(qtbot, TAB, triage.submit, "the 'when' group is one Tab stop")
    press(qtbot, ENTER)  # nothing ticked: the error summary
    expect(qtbot, triage.errors.link, "the error summary takes the focus")
    assert triage.missing.isVisible() and heard and triage.missing.text()[2:] in heard[-1]
    key(qtbot, ENTER, what[0], "the summary's link leads to the question")
    press(qtbot, SPACE)
    key(qtbot, TAB, what[1], "Tab to the next answer")
    press(qtbot, SPACE)
    assert what[0].isChecked() and what[1].isChecked() and not triage.errors.isVisible()
    for answer in what[2:]:
        key(qtbot, TAB, answer, "Tab through the answers")
    key(qtbot, TAB, when[0], "Tab into the 'when' group")
    key(qtbot, DOWN, when[1], "Down inside the group")
    press(qtbot, SPACE)
    assert when[1].isChecked() and not when[0].isChecked()
    key(qtbot, TAB, triage.submit, "Tab to 'Show my plan'")
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: page.current_view() is page.plan)
    plan = page.plan
    first_card = plan.open_card()
    assert first_card is next(iter(plan.cards.values()))
    expect(qtbot, landing(first_card), "the plan opens on its first step")
    press(qtbot, SPACE)  # Done
    qtbot.waitUntil(lambda: plan.incident is not None and plan.incident.steps[0].state
                    is StepState.DONE)
    # Back home by the top bar: Tab walks on through the plan, every stop on screen
    for _ in range(300):
        widget = press(qtbot, TAB)
        assert where_it_fails_to_show(widget) == "", where_it_fails_to_show(widget)
        if widget is window.home_button:
            break
    expect(qtbot, window.home_button, "the top bar comes after the plan")
    press(qtbot, ENTER)
    page = open_from_home(qtbot, window, "checklist")  # back where the user left off
    qtbot.waitUntil(lambda: page.current_view() is page.plan)
    card = plan.open_card()
    assert card is not None and card is not first_card
    expect(qtbot, landing(card), "the plan reopens at the first step not done")


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_someone_is_calling_from_any_page_with_f2(make_window: MakeWindow, qtbot: QtBot,
                                                  language: str, scale: int) -> None:
    window = make_window(language=language, scale=scale)
    page = open_from_home(qtbot, window, "quiz")  # from another page than home
    expect(qtbot, page.start_view.mixed_button, "the quiz opens on 'Start a round'")
    press(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.current_page().page_id == "call")
    call = window.current_page()
    questions = call.question_view
    expect(qtbot, questions.yes, "F2 opens the first question on 'Yes'")
    key(qtbot, TAB, questions.no, "Tab to 'No'")
    key(qtbot, BACKTAB, questions.yes, "Shift+Tab back to 'Yes'")
    key(qtbot, TAB, questions.no, "Tab to 'No' again")
    key(qtbot, TAB, questions.unknown, "Tab to 'I don't know'")
    key(qtbot, SPACE, questions.yes, "'I don't know' answers; the next question on 'Yes'")
    assert call.walk.answers == [calls.Answer.UNKNOWN]
    key(qtbot, TAB, questions.no, "Tab to 'No'")
    press(qtbot, ENTER)  # Enter presses the focused button, as Space does
    qtbot.waitUntil(lambda: len(call.walk.answers) == 2)
    expect(qtbot, questions.yes, "the third question opens on 'Yes'")
    press(qtbot, ENTER)
    hang_up = call.hang_up_view
    qtbot.waitUntil(lambda: hang_up.isVisible())
    expect(qtbot, hang_up.headline, "the outcome opens on 'Hang up now'")
    key(qtbot, TAB, hang_up.already, "Tab to 'I already did this'")
    key(qtbot, TAB, hang_up.again, "Tab to 'Start again'")
    key(qtbot, BACKTAB, hang_up.already, "Shift+Tab back to 'I already did this'")
    key(qtbot, TAB, hang_up.again, "Tab to 'Start again' again")
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: call.walk.answers == [])
    expect(qtbot, questions.yes, "'Start again' opens the first question on 'Yes'")
    # Home again from the top bar by the keyboard: the top bar comes after the page
    for _ in range(10):
        if press(qtbot, TAB) is window.home_button:
            break
    expect(qtbot, window.home_button, "the top bar comes after the questions")
