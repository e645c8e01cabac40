"""The plan page as a person meets it: one step at a time, at 200% text in Kazakh, in a
laptop-sized window; the numbers in order; help for hard steps; the offline reminder."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QPushButton, QWidget

from assistant.core import checklist as core
from assistant.core import i18n, paths
from assistant.core.checklist import reminder as core_reminder
from assistant.core.storage import Storage
from assistant.ui.checklist import ChecklistPage
from assistant.ui.checklist import letters as ui_letters
from assistant.ui.widgets import BigButton, PlainLabel

if TYPE_CHECKING:
    from typing import Any

    from pytestqt.qtbot import QtBot

    from assistant.ui.mainwindow import MainWindow
    from tests.hints import MakeWindow

pytestmark = pytest.mark.gui


def child(window: QWidget, kind: type, name: str) -> Any:
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def press(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible(), widget.objectName()  # a person can only press what shows
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def settle(qtbot: QtBot) -> None:
    qtbot.wait(30)  # the plan scrolls to the open step once the layout has run
    for _round in range(6):
        QApplication.processEvents()


def on_screen(window: MainWindow, widget: QWidget) -> bool:
    """Whether all of ``widget`` is inside the part of the page the window shows."""
    viewport = window._scrolls["checklist"].viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    bottom = widget.mapTo(viewport, QPoint(0, widget.height())).y()
    return widget.isVisible() and top >= 0 and bottom <= viewport.height()


def saved() -> core.Incident:
    storage = Storage.open(paths.database_path())
    try:
        return core.IncidentStore(storage, core.default()).incidents()[0]
    finally:
        storage.close()


def saved_details() -> dict[str, str]:
    storage = Storage.open(paths.database_path())
    try:
        store = core.IncidentStore(storage, core.default())
        return store.details(store.incidents()[0].id)
    finally:
        storage.close()


def laptop_window(make_window: MakeWindow, language: str = "kk") -> MainWindow:
    window = make_window(language=language, scale=200)
    window.resize(1366, 768)
    return window


def check_open_step(qtbot: QtBot, window: MainWindow, page: ChecklistPage, step_id: str,
                    number: int, total: int) -> None:
    settle(qtbot)
    card = page.plan.cards[step_id]
    assert page.plan.open_step == step_id
    assert [c.body.isVisible() for c in page.plan.cards.values()].count(True) == 1
    assert card.position.text() == i18n._("Step {number} of {total}").format(
        number=number, total=total)
    assert card.title.text() == i18n._(core.default().steps[step_id].title)
    # At 200% text in a 1366x768 window, the title and the main button show together.
    assert on_screen(window, card.title), step_id
    assert on_screen(window, card.done_button), step_id


def test_walk_a_whole_plan_at_200_percent_in_kazakh(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = laptop_window(make_window)
    press(qtbot, window.pages["home"].checklist_button)
    press(qtbot, child(window, BigButton, "triage-what-not-sure"))  # every step
    press(qtbot, child(window, BigButton, "triage-when-today"))
    press(qtbot, child(window, BigButton, "triage-submit"))
    page = window.current_page()
    plan = list(page.plan.cards)
    assert plan == [s.id for s in core.default().plan(core.Triage.of(["not-sure"], "today"))]
    assert child(window, PlainLabel, "plan-support").isVisible()
    half = len(plan) // 2
    for number, step_id in enumerate(plan[:half], start=1):
        check_open_step(qtbot, window, page, step_id, number, len(plan))
        press(qtbot, page.plan.cards[step_id].done_button)
    window.close()

    # After a restart the plan opens at the first step not done.
    again = laptop_window(make_window)
    press(qtbot, again.pages["home"].checklist_button)
    page = again.current_page()
    press(qtbot, child(again, BigButton, f"incident-{saved().id}"))
    for number, step_id in enumerate(plan[half:], start=half + 1):
        check_open_step(qtbot, again, page, step_id, number, len(plan))
        assert page.default_focus() is page.plan.cards[step_id].done_button
        press(qtbot, page.plan.cards[step_id].done_button)
    settle(qtbot)
    assert page.plan.open_card() is None
    finished = child(again, PlainLabel, "plan-finished")
    assert finished.isVisible() and on_screen(again, finished)  # brought into view
    assert saved().progress() == (len(plan), len(plan))
    # Each finished step is one line; its note can still be reached.
    line = child(again, QPushButton, f"step-line-{plan[0]}")
    assert line.accessibleName().startswith(f"✓ 1. {i18n._(core.default().steps[plan[0]].title)}")
    press(qtbot, line)
    assert page.plan.cards[plan[0]].note.isVisible()


def test_the_line_for_every_bank_comes_before_the_numbers(make_window: MakeWindow,
                                                          qtbot: QtBot) -> None:
    window = make_window()
    press(qtbot, window.pages["home"].checklist_button)
    press(qtbot, child(window, BigButton, "triage-what-bank-code"))
    press(qtbot, child(window, BigButton, "triage-submit"))
    page = window.current_page()
    card = page.plan.cards["bank"]
    generic = card.numbers.generic
    assert generic.text().startswith("• Any bank: call only the number on the back of your card")
    numbers = [child(window, PlainLabel, f"number-{n}")
               for n in core.default().steps["bank"].numbers]
    for number in numbers:
        assert generic.mapTo(card, QPoint(0, 0)).y() < number.mapTo(card, QPoint(0, 0)).y()
    # Each official number says where it comes from.
    about = [label.text() for label in card.numbers.findChildren(PlainLabel)
             if label.text().startswith("Freedom Bank") or label.text().startswith("Halyk")]
    assert len(about) == len(numbers) and all("\nSource: " in text for text in about)


def test_hard_steps_suggest_asking_for_help(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window(language="ru")
    press(qtbot, window.pages["home"].checklist_button)
    press(qtbot, child(window, BigButton, "triage-what-remote-app"))
    press(qtbot, child(window, BigButton, "triage-submit"))
    page = window.current_page()
    assert page.plan.open_step == "disconnect"  # first of all: cut the stranger off
    press(qtbot, child(window, QPushButton, "step-line-remove-app"))
    assert page.plan.open_step == "remove-app"
    help_line = child(window, PlainLabel, "step-help-remove-app")
    assert help_line.isVisible() and "доверяете" in help_line.text()
    press(qtbot, child(window, QPushButton, "step-line-bank"))
    assert not child(window, PlainLabel, "step-help-bank").isVisible()
    assert "доверяете" in child(window, PlainLabel, "plan-support").text()


def test_reminder_shows_once_after_its_day_and_can_be_turned_off(
        make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    today = _dt.date(2026, 12, 7)
    monkeypatch.setattr(core_reminder, "today", lambda: today)
    window = make_window()
    press(qtbot, window.pages["home"].checklist_button)
    press(qtbot, child(window, BigButton, "triage-what-code-1414"))
    press(qtbot, child(window, BigButton, "triage-submit"))
    date = child(window, QDateEdit, "reminder-date")
    assert date.date() == QDate(2027, 1, 6)  # a month on, offered first
    date.setDate(QDate(2027, 1, 15))
    press(qtbot, child(window, QPushButton, "reminder-set"))
    assert "15" in child(window, PlainLabel, "reminder-state").text()
    assert window.findChild(QWidget, "reminder-banner") is None  # not due yet
    window.close()

    monkeypatch.setattr(core_reminder, "today", lambda: _dt.date(2027, 1, 14))
    early = make_window()
    assert early.findChild(QWidget, "reminder-banner") is None
    early.close()

    monkeypatch.setattr(core_reminder, "today", lambda: _dt.date(2027, 2, 1))
    due = make_window(language="kk")
    banner = child(due, QWidget, "reminder-banner")
    assert banner.isVisible()
    assert "кредиттік есеп" in child(due, PlainLabel, "reminder-text").text()
    press(qtbot, child(due, QPushButton, "reminder-close"))
    assert not banner.isVisible()
    due.close()
    once = make_window()
    assert once.findChild(QWidget, "reminder-banner") is None  # shown once

    # Set again, then turn off: no reminder after its day.
    press(qtbot, once.pages["home"].checklist_button)
    page = once.current_page()
    press(qtbot, child(once, BigButton, f"incident-{saved().id}"))
    child(once, QDateEdit, "reminder-date").setDate(QDate(2027, 3, 1))
    press(qtbot, child(once, QPushButton, "reminder-set"))
    press(qtbot, child(once, QPushButton, "reminder-off"))
    assert not child(once, QPushButton, "reminder-off").isVisible()
    assert page.plan.reminder.state.text() == "No reminder is set."
    once.close()
    monkeypatch.setattr(core_reminder, "today", lambda: _dt.date(2027, 6, 1))
    later = make_window()
    assert later.findChild(QWidget, "reminder-banner") is None


def test_reminder_can_come_again_in_a_year(make_window: MakeWindow, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    storage = Storage.open(paths.database_path())
    core_reminder.Reminders(storage).set(_dt.date(2027, 1, 15))
    storage.close()
    monkeypatch.setattr(core_reminder, "today", lambda: _dt.date(2027, 1, 20))
    window = make_window(language="ru")
    press(qtbot, child(window, QPushButton, "reminder-again"))
    assert "2028" in child(window, PlainLabel, "reminder-text").text()
    window.close()
    storage = Storage.open(paths.database_path())
    try:
        assert core_reminder.Reminders(storage).day() == _dt.date(2028, 1, 20)
    finally:
        storage.close()


def test_the_letters_use_the_report_details_asked_once(make_window: MakeWindow, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(language="en")
    press(qtbot, window.pages["home"].checklist_button)
    press(qtbot, child(window, BigButton, "triage-what-loan-taken"))
    press(qtbot, child(window, BigButton, "triage-submit"))
    page = window.current_page()
    # The name, IIN and amount are asked once on the page, in the report's form.
    for field_id in ("name", "iin", "amount", "fraud_contacts"):
        assert len(window.findChildren(QLineEdit, f"detail-{field_id}")) == 1
        assert window.findChild(QLineEdit, f"letter-field-{field_id}") is None
    assert child(window, QLineEdit, "letter-field-lender").isVisible()
    shown: list[ui_letters.LetterDialog] = []
    monkeypatch.setattr(ui_letters, "show_letter", shown.append)
    # Typed in the report's form and the letter opened at once, before the pause that
    # saves: the letter still has them.
    qtbot.keyClicks(child(window, QLineEdit, "detail-name"), "Aigerim Bekova")
    qtbot.keyClicks(child(window, QLineEdit, "detail-iin"), "900101300123")
    qtbot.keyClicks(child(window, QLineEdit, "letter-field-lender"), "Example Credit")
    press(qtbot, child(window, QPushButton, "letter-lender"))
    preview = shown[-1].preview.toPlainText()
    assert "Aigerim Bekova" in preview and "900101300123" in preview
    assert "Example Credit" in preview
    details = saved_details()
    assert details["name"] == "Aigerim Bekova" and details["lender"] == "Example Credit"
    # Emptied in the report's form: gone from the store and from the next letter.
    iin = child(window, QLineEdit, "detail-iin")
    iin.selectAll()
    qtbot.keyClick(iin, Qt.Key.Key_Backspace)
    page.plan.flush()
    assert "iin" not in saved_details()
    press(qtbot, child(window, QPushButton, "letter-lender"))
    assert "900101300123" not in shown[-1].preview.toPlainText()
