"""The learned layer's finding on the check page, as a user sees it: a model given to the
engine (none ships) raises a message to "be careful", and its reason is explained in the
page's language and highlights the words it weighed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from assistant.core.checker import engine as engine_module
from assistant.ui.check.highlight import highlighted_texts
from tests.core.checker.test_learned import engine_with, model_for
from tests.gui.check.test_check_page import open_check_page, paste, run_check

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.hints import MakeWindow

TEXT = "Hello, the zorblatt quintessa arrangement is ready for tomorrow"


@pytest.mark.parametrize(("language", "words"), [
    ("kk", "алаяқтық хабарламаларға ұқсайды"),
    ("ru", "похож на мошеннические сообщения"),
    ("en", "resembles fraud messages"),
])
def test_the_page_explains_and_highlights_the_learned_finding(
        qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch,
        language: str, words: str) -> None:
    model = model_for(["zorblatt", "quintessa"])
    monkeypatch.setattr(engine_module, "default_engine", lambda: engine_with(model))
    _window, page = open_check_page(make_window, language=language)
    paste(qtbot, page, TEXT)
    run_check(qtbot, page)
    assert [f.rule for f in page.results.findings] == ["ml-ngrams"]
    (button,) = page.reasons.buttons
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert {"zorblatt", "quintessa"} <= set(highlighted_texts(page.editor))
    assert words in page.banner.summary.text(), page.banner.summary.text()
