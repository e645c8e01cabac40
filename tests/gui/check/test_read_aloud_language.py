"""Read aloud: never in another language, and never holding the window.

The speech engine is replaced through ``speech.make_engine`` by a fake that lives, as
Qt's engine does, on the speech thread and takes queued calls. One fake hangs in "stop"
the way speech-dispatcher does on a machine without a sound device.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, ClassVar

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal, Slot

from assistant.ui import a11y, speech
from assistant.ui.check import CheckPage

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from assistant.ui.mainwindow import MainWindow
    from tests.hints import MakeWindow

pytestmark = pytest.mark.gui

DANGER_TEXT = ("Здравствуйте, вас беспокоит оператор 1414. Вам пришёл код в SMS, "
               "продиктуйте его мне для подтверждения.")
NO_WORK = "Reading aloud does not work on this computer."


class FakeEngine(QObject):
    """An engine with voices for English and Russian only, as some systems have; with
    ``hang`` set, "stop" waits for ``release`` (at most 10 seconds), as speech-dispatcher
    does once its sound output is stuck."""

    engineChanged = Signal(str)  # Qt's name
    spoken: ClassVar[list[tuple[str, str]]] = []
    calls: ClassVar[list[str]] = []
    threads: ClassVar[set[str]] = set()

    def __init__(self, parent: QObject, starts: bool = True) -> None:
        super().__init__(parent)
        self._locale = QLocale("en_US")
        self.starts = starts
        self.hang = False
        self.release = threading.Event()

    def availableLocales(self) -> list[QLocale]:
        return [QLocale("en_US"), QLocale("ru_RU")]

    @Slot(str)
    def setEngine(self, name: str) -> None:
        if self.starts:
            self.engineChanged.emit(name)

    @Slot(QLocale)
    def setLocale(self, locale: QLocale) -> None:
        self._locale = locale

    @Slot()
    def stop(self) -> None:
        self.calls.append("stop")
        self.threads.add(threading.current_thread().name)
        if self.hang:
            self.release.wait(10)

    @Slot(str)
    def say(self, text: str) -> None:
        self.calls.append("say")
        self.threads.add(threading.current_thread().name)
        self.spoken.append((self._locale.name(), text))


@pytest.fixture
def engines(monkeypatch: pytest.MonkeyPatch) -> list[FakeEngine]:
    """The fake engines made, newest last; none is left hanging after the test."""
    made: list[FakeEngine] = []

    def make(parent: QObject) -> FakeEngine:
        made.append(FakeEngine(parent))
        return made[-1]

    monkeypatch.setattr(speech, "make_engine", make)
    monkeypatch.setattr(speech, "_engines", lambda: ("speechd",))
    FakeEngine.spoken, FakeEngine.calls, FakeEngine.threads = [], [], set()
    yield made
    for engine in made:
        engine.release.set()


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(a11y, "announce", lambda _w, text, assertive=False: said.append(text))
    return said


def checked_page(make_window: MakeWindow, qtbot: QtBot, language: str) -> CheckPage:
    window: MainWindow = make_window(language=language)
    window.show_page("check")
    page = window.current_page()
    assert isinstance(page, CheckPage)
    page.editor.set_message(DANGER_TEXT)
    with qtbot.waitSignal(page.runner.report_ready, timeout=20000):
        page.check_button.click()
    assert page.read_aloud.isVisible()
    page.read_aloud.setFocus()
    return page


def press_read_aloud(qtbot: QtBot, page: CheckPage) -> float:
    """Press Space on "Read aloud"; how long the window's thread was held (seconds)."""
    start = time.monotonic()
    qtbot.keyClick(page.read_aloud, Qt.Key.Key_Space)
    return time.monotonic() - start


@pytest.mark.parametrize(("language", "locale"), [("kk", None), ("ru", "ru_RU"),
                                                  ("en", "en_US")])
def test_reads_in_the_language_in_use_or_says_there_is_no_voice(
        make_window: MakeWindow, qtbot: QtBot, engines: list[FakeEngine], heard: list[str],
        language: str, locale: str | None) -> None:
    page = checked_page(make_window, qtbot, language)
    press_read_aloud(qtbot, page)
    if locale is None:
        qtbot.waitUntil(page.note.isVisible)
        assert FakeEngine.spoken == [], "nothing is read in another language"
        assert heard[-1] == page.note.text() and page.note.text() != ""
        assert page.note.text() != NO_WORK or language == "en"
    else:
        qtbot.waitUntil(lambda: len(FakeEngine.spoken) == 1)
        assert [spoken[0] for spoken in FakeEngine.spoken] == [locale]
        assert not page.note.isVisible()
    assert "MainThread" not in FakeEngine.threads, "the engine is called off the window's thread"


def test_an_engine_that_hangs_never_holds_the_window(
        make_window: MakeWindow, qtbot: QtBot, engines: list[FakeEngine], heard: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech, "ANSWER_MS", 400)
    page = checked_page(make_window, qtbot, "en")
    press_read_aloud(qtbot, page)
    qtbot.waitUntil(lambda: len(FakeEngine.spoken) == 1)  # the first reading starts
    engine = engines[-1]
    engine.hang = True
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    # The second press stops the first reading: the engine hangs, the window does not.
    assert press_read_aloud(qtbot, page) < 0.5
    qtbot.waitUntil(lambda: page.note.isVisible() and page.note.text() == NO_WORK,
                    timeout=3000)
    assert heard[-1] == NO_WORK
    assert len(ticks) >= 10, "the window kept drawing and counting time while it waited"
    calls = list(FakeEngine.calls)
    assert press_read_aloud(qtbot, page) < 0.5  # a third press: told at once, nothing queued
    qtbot.wait(100)
    assert FakeEngine.calls == calls and page.note.text() == NO_WORK
    assert "MainThread" not in FakeEngine.threads
    # Once the engine answers again, Read aloud reads again.
    engine.hang = False
    engine.release.set()
    qtbot.waitUntil(lambda: FakeEngine.calls[-1:] == ["say"])
    qtbot.waitUntil(lambda: page.speaker.say("Again.") is speech.Said.SPOKEN)
    qtbot.waitUntil(lambda: FakeEngine.spoken[-1] == ("en_US", "Again."))
    timer.stop()


def test_an_engine_that_never_starts_is_reported(
        make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        heard: list[str]) -> None:
    monkeypatch.setattr(speech, "make_engine", lambda parent: FakeEngine(parent, starts=False))
    monkeypatch.setattr(speech, "_engines", lambda: ("speechd",))
    monkeypatch.setattr(speech, "READY_MS", 300)
    page = checked_page(make_window, qtbot, "en")
    assert press_read_aloud(qtbot, page) < 0.5
    assert not page.note.isVisible()  # still starting: no word yet
    qtbot.waitUntil(lambda: page.note.isVisible() and page.note.text() == NO_WORK)
    assert heard[-1] == NO_WORK
