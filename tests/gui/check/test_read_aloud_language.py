"""Read aloud never reads in another language: without a voice for it, the page says so."""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, ClassVar

import pytest
from PySide6.QtCore import QLocale, Qt

from assistant.ui import a11y, speech
from assistant.ui.check import CheckPage

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.hints import MakeWindow

pytestmark = pytest.mark.gui

DANGER_TEXT = ("Здравствуйте, вас беспокоит оператор 1414. Вам пришёл код в SMS, "
               "продиктуйте его мне для подтверждения.")


class EnglishOnlyEngine:
    """An engine with voices for English and Russian only, as some systems have."""

    spoken: ClassVar[list[tuple[str, str]]] = []

    def __init__(self, *_args: object) -> None:
        self._locale = QLocale("en_US")

    def availableLocales(self) -> list[QLocale]:
        return [QLocale("en_US"), QLocale("ru_RU")]

    def setLocale(self, locale: QLocale) -> None:
        self._locale = locale

    def stop(self) -> None:
        pass

    def say(self, text: str) -> None:
        self.spoken.append((self._locale.name(), text))


@pytest.mark.parametrize(("language", "locale"), [("kk", None), ("ru", "ru_RU"),
                                                  ("en", "en_US")])
def test_reads_in_the_language_in_use_or_says_there_is_no_voice(
        make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        language: str, locale: str | None) -> None:
    fake = types.ModuleType("PySide6.QtTextToSpeech")
    fake.QTextToSpeech = EnglishOnlyEngine  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", fake)
    monkeypatch.setattr(speech, "_engines", lambda: ("speechd",))
    heard: list[str] = []
    monkeypatch.setattr(a11y, "announce", lambda _w, text, assertive=False: heard.append(text))
    EnglishOnlyEngine.spoken = []
    window = make_window(language=language)
    window.show_page("check")
    page = window.current_page()
    assert isinstance(page, CheckPage)
    page.editor.set_message(DANGER_TEXT)
    with qtbot.waitSignal(page.runner.report_ready, timeout=20000):
        page.check_button.click()
    assert page.read_aloud.isVisible()
    page.read_aloud.setFocus()
    qtbot.keyClick(page.read_aloud, Qt.Key.Key_Space)
    if locale is None:
        assert EnglishOnlyEngine.spoken == [], "nothing is read in another language"
        assert page.note.isVisible() and heard[-1] == page.note.text()
        assert page.note.text() != ""
    else:
        assert [spoken[0] for spoken in EnglishOnlyEngine.spoken] == [locale]
        assert not page.note.isVisible()
