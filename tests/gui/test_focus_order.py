"""Every page and state, walked with Tab; every control as a screen reader sees it.

The pages come from the page table, so a new page is walked without a change here; the
states inside pages (a check result, a quiz question, the plan, an error) are added
below. WCAG 2.1.1 keyboard, 2.4.3 focus order, 2.4.11 focus not obscured, 4.1.2 name,
role, value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from assistant.ui.pages.registry import PAGES
from tests.gui.focus_walk import controls, name, never_reached, tab_walk

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from assistant.ui.mainwindow import MainWindow
    from tests.hints import MakeWindow

pytestmark = pytest.mark.gui

DANGER_TEXT = ("Здравствуйте, вас беспокоит оператор 1414. Вам пришёл код в SMS, "
               "продиктуйте его мне для подтверждения. Подробнее: https://egov-kz.com/login")


def _check_result(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("check")
    page = window.pages["check"]
    page.editor.set_message(DANGER_TEXT)  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.runner.report_ready, timeout=20000):  # type: ignore[attr-defined]
        page.check_button.click()  # type: ignore[attr-defined]


def _quiz_question(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("quiz")
    window.pages["quiz"].start_view.mixed_button.click()  # type: ignore[attr-defined]


def _quiz_answered(window: MainWindow, qtbot: QtBot) -> None:
    _quiz_question(window, qtbot)
    window.pages["quiz"].question_view.choose(1)  # type: ignore[attr-defined]


def _quiz_result(window: MainWindow, qtbot: QtBot) -> None:
    _quiz_question(window, qtbot)
    view = window.pages["quiz"].question_view  # type: ignore[attr-defined]
    while True:
        view.choose(0)
        if view.round.index + 1 >= view.round.total:
            view.go_next()
            return
        view.go_next()


def _triage_error(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("checklist")
    window.pages["checklist"].triage.submit.click()  # type: ignore[attr-defined]


def _plan(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("checklist")
    triage = window.pages["checklist"].triage  # type: ignore[attr-defined]
    triage.what_buttons["code-1414"].click()
    triage.submit.click()


def _plan_call_logged(window: MainWindow, qtbot: QtBot) -> None:
    _plan(window, qtbot)
    contacts = window.pages["checklist"].plan.contacts  # type: ignore[attr-defined]
    contacts.who.setText("Halyk Bank")
    contacts.add_button.click()  # its line and its "Remove" are built after the plan
    window.pages["checklist"].plan.land()  # type: ignore[attr-defined]


def _plan_list(window: MainWindow, qtbot: QtBot) -> None:
    _plan(window, qtbot)
    window.show_page("home")
    window.show_page("checklist")


def _call_hang_up(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("call")
    window.pages["call"].question_view.yes.click()  # type: ignore[attr-defined]


def _call_no_sign(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("call")
    page = window.pages["call"]
    while page.walk.outcome is None:  # type: ignore[attr-defined]
        page.question_view.no.click()  # type: ignore[attr-defined]


def _page(page_id: str) -> Callable[[MainWindow, QtBot], None]:
    return lambda window, _qtbot: window.show_page(page_id)


#: Every page of the page table as it first opens, then the states inside pages.
STATES: dict[str, Callable[[MainWindow, QtBot], None]] = {
    **{spec.id: _page(spec.id) for spec in PAGES},
    "check result": _check_result,
    "quiz question": _quiz_question,
    "quiz answered": _quiz_answered,
    "quiz result": _quiz_result,
    "triage error": _triage_error,
    "plan": _plan,
    "plan, a call logged": _plan_call_logged,
    "plan list": _plan_list,
    "call: hang up": _call_hang_up,
    "call: no sign": _call_no_sign,
}


def _reading_position(window: QWidget, widget: QWidget) -> tuple[int, int]:
    point = widget.mapTo(window, widget.rect().topLeft())
    return point.y(), point.x()


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("state", list(STATES))
def test_tab_reaches_every_control_in_reading_order_and_in_view(
        make_window: MakeWindow, qtbot: QtBot, state: str, scale: int) -> None:
    window = make_window(language="en", scale=scale)
    STATES[state](window, qtbot)
    qtbot.wait(20)  # queued scrolling, as after a real click
    stops, problems = tab_walk(qtbot, window)
    assert problems == [], (state, problems)
    assert never_reached(window, stops) == [], state
    # Reading order: once round the cycle from the page's first control, the page's
    # controls come top to bottom (left to right on a row), then the top bar's.
    page = window.current_page()
    first = min(range(len(stops)), key=lambda i: (
        (0, *_reading_position(page, stops[i])) if page.isAncestorOf(stops[i]) else (1, 0, 0)))
    cycle = stops[first:] + stops[:first]
    in_page = [page.isAncestorOf(w) for w in cycle]
    assert in_page == sorted(in_page, reverse=True), \
        (state, "the top bar comes after the page", [name(w) for w in cycle])
    assert all(window.topbar.isAncestorOf(w) for w, inside in zip(cycle, in_page, strict=True)
               if not inside), (state, [name(w) for w in cycle])
    content = [w for w in cycle if page.isAncestorOf(w)]
    positions = [_reading_position(page, w) for w in content]
    for index in range(1, len(content)):
        before, after = positions[index - 1], positions[index]
        same_row = abs(before[0] - after[0]) < 8
        assert (after[1] > before[1]) if same_row else (after[0] > before[0]), \
            (state, f"Tab goes from {name(content[index - 1])} {before} back to "
                    f"{name(content[index])} {after}")


def expected_role(widget: QWidget) -> QAccessible.Role:
    """The role a control must have, from what it is and how it behaves."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return QAccessible.Role.EditableText
    if isinstance(widget, QAbstractSpinBox):
        return QAccessible.Role.SpinBox
    if isinstance(widget, QComboBox):
        return QAccessible.Role.ComboBox
    if isinstance(widget, QRadioButton):
        return QAccessible.Role.RadioButton
    if isinstance(widget, QCheckBox):
        return QAccessible.Role.CheckBox
    if isinstance(widget, QPushButton) and widget.menu() is not None:
        return QAccessible.Role.ButtonMenu
    assert isinstance(widget, QAbstractButton)
    if widget.isCheckable():
        return (QAccessible.Role.RadioButton if widget.autoExclusive()
                else QAccessible.Role.CheckBox)
    return QAccessible.Role.Button


def accessible_problems(widget: QWidget) -> list[str]:
    """How the control's role, name and state differ from the widget's."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return [f"{name(widget)}: no accessible interface"]
    problems = []
    role = interface.role()
    if role != expected_role(widget):
        problems.append(f"{name(widget)}: role {role.name}, expected {expected_role(widget).name}")
    label = interface.text(QAccessible.Text.Name).strip()
    if not label or not any(ch.isalnum() for ch in label):
        problems.append(f"{name(widget)}: no accessible name ({label!r})")
    state = interface.state()
    if bool(state.disabled) == widget.isEnabled():
        problems.append(f"{name(widget)}: disabled state differs")
    if bool(state.focused) != widget.hasFocus():
        problems.append(f"{name(widget)}: focused state differs")
    if bool(state.invisible) == widget.isVisible():
        problems.append(f"{name(widget)}: invisible state differs")
    if isinstance(widget, QAbstractButton):
        if bool(state.checkable) != widget.isCheckable():
            problems.append(f"{name(widget)}: checkable state differs")
        if bool(state.checked) != widget.isChecked():
            problems.append(f"{name(widget)}: announced {'not ' if not state.checked else ''}"
                            f"checked, drawn {'' if widget.isChecked() else 'not '}checked")
    return problems


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_accessibility_tree_names_roles_and_states(make_window: MakeWindow, qtbot: QtBot,
                                                    language: str) -> None:
    window = make_window(language=language)
    listed: dict[str, list[str]] = {}
    for state, arrange in STATES.items():
        arrange(window, qtbot)
        QApplication.processEvents()
        rows = []
        problems = []
        for widget in controls(window):
            interface = QAccessible.queryAccessibleInterface(widget)
            flags = interface.state()
            rows.append(f"{interface.role().name} {interface.text(QAccessible.Text.Name)!r}"
                        f"{' checked' if flags.checked else ''}"
                        f"{' focused' if flags.focused else ''}")
            problems += accessible_problems(widget)
        assert problems == [], (language, state, problems)
        listed[state] = rows
    # The walk saw the controls that matter: an answer of each kind, and the top bar.
    assert any(row.startswith("CheckBox") for row in listed["checklist"]), listed["checklist"]
    assert any(row.startswith("RadioButton") for row in listed["checklist"])
    assert any(row.startswith("RadioButton") for row in listed["quiz question"])
    assert any(row.startswith("ButtonMenu") for row in listed["home"])


def test_a_choice_is_announced_as_checked_when_it_is_drawn_chosen(
        make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window(language="en")
    window.show_page("checklist")
    triage = window.pages["checklist"].triage  # type: ignore[attr-defined]
    answer = triage.what_buttons["bank-code"]
    answer.setFocus()
    qtbot.keyClick(answer, Qt.Key.Key_Space)
    interface = QAccessible.queryAccessibleInterface(answer)
    assert interface.state().checked and answer.isChecked()
    assert answer.title().startswith("☑")  # drawn as ticked as well
    qtbot.keyClick(answer, Qt.Key.Key_Space)
    assert not interface.state().checked and answer.title().startswith("☐")
    assert QGuiApplication.focusObject() is answer
