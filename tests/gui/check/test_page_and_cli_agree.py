"""The check page and the command line give the same "What to do now" for a message."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from pytestqt.qtbot import QtBot

from assistant.core.i18n import _
from tests.gui.check.test_check_page import (
    DANGER_TEXT,
    NO_SIGNS_TEXT,
    SUSPICIOUS_TEXT,
    open_check_page,
    paste,
    run_check,
)
from tests.hints import MakeWindow


def cli_json(language: str, text: str) -> dict[str, object]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run([sys.executable, "-m", "assistant", "check", "--json",
                           "--lang", language, "-"], input=text, capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=60, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("text", [DANGER_TEXT, SUSPICIOUS_TEXT, NO_SIGNS_TEXT],
                         ids=["danger", "suspicious", "no-signs"])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_page_and_cli_give_the_same_steps_and_numbers(qtbot: QtBot, make_window: MakeWindow,
                                                      language: str, text: str) -> None:
    expected = cli_json(language, text)
    _window, page = open_check_page(make_window, language=language)
    paste(qtbot, page, text)
    run_check(qtbot, page)
    steps = expected["what_to_do"]
    assert isinstance(steps, list) and steps, expected
    assert [label.text() for label in page.advice.steps] == [
        _("{number}. {step}").format(number=n, step=step) for n, step in enumerate(steps, 1)]
    numbers = expected["numbers"]
    assert isinstance(numbers, list)
    assert [(card.number.id, card.digits.text(), card.name.text())
            for card in page.advice.cards] == [
        (n["id"], n["number"], n["name"]) for n in numbers]
    assert page.banner.verdict.value == expected["verdict"]
