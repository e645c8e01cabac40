"""A text that tells the user to press a button names it as the button itself reads, in
every language: "press «Done»" next to a button labelled «Done», not a near synonym."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from assistant.ui.widgets import BigButton
from tests.gui.check.test_check_page import DANGER_TEXT

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from assistant.ui.mainwindow import MainWindow
    from tests.hints import MakeWindow

QUOTED = re.compile(r"[“«]([^”»]+)[”»]")
#: Marks drawn in front of a choice's title (ticked, unticked, chosen, waiting).
MARKS = "☐☑○◉✓…● "


def button_text(button: QAbstractButton) -> str:
    text = button.title() if isinstance(button, BigButton) else button.text()
    return text.replace("&", "").lstrip(MARKS).strip()


def quoted_buttons(root: QWidget) -> list[tuple[QLabel, QAbstractButton]]:
    """(label, button) for every label that quotes the text of a button on the page."""
    buttons = {button_text(b): b for b in root.findChildren(QAbstractButton)
               if button_text(b)}
    pairs = []
    for label in root.findChildren(QLabel):
        for name in QUOTED.findall(label.text()):
            if name.strip() in buttons:
                pairs.append((label, buttons[name.strip()]))
    return pairs


def open_plan(qtbot: QtBot, window: MainWindow) -> QWidget:
    window.show_page("checklist")
    page = window.current_page()
    for name in ("triage-what-code-1414", "triage-when-today", "triage-submit"):
        button = page.findChild(BigButton, name)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return page


@pytest.mark.gui
@pytest.mark.parametrize("language", ["kk", "ru"])
def test_quoted_button_names_match_the_buttons(make_window: MakeWindow, qtbot: QtBot,
                                               language: str) -> None:
    window = make_window(language="en")
    window.pages["home"].check_button.click()
    check = window.pages["check"]
    QGuiApplication.clipboard().setText(DANGER_TEXT)
    qtbot.mouseClick(check.paste_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(check.runner.report_ready, timeout=20000):
        qtbot.mouseClick(check.check_button, Qt.MouseButton.LeftButton)
    window.show_page("checklist")
    triage = window.current_page()
    triage_pairs = quoted_buttons(triage)
    plan = open_plan(qtbot, window)
    pairs = quoted_buttons(check) + triage_pairs + quoted_buttons(plan)
    quoted = {button_text(button) for _label, button in pairs}
    # The texts this test is about; more may come.
    assert {"Check", "I already did this", "I am not sure", "Done",
            "Delete this plan"} <= quoted, quoted
    window.set_language(language)
    QApplication.processEvents()
    # The result is shown anew in the new language, with new labels: among them, the
    # step that says which button to press if the code is already told.
    already = check.advice.emergency_button
    assert any(f"«{button_text(already)}»" in label.text()
               for label in check.findChildren(QLabel) if label.isVisibleTo(check))
    pairs = [(label, button) for label, button in pairs
             if not check.results.isAncestorOf(label)]
    wrong = [(label.objectName() or label.text()[:60], button_text(button))
             for label, button in pairs
             if f"«{button_text(button)}»" not in label.text()]
    assert not wrong, wrong
    assert len({id(button) for _label, button in pairs}) >= 4, pairs  # still checked
