"""Read aloud with Qt's text-to-speech, only where the system has a real engine, and
never on the window's thread.

QtTextToSpeech is imported on first use and may be missing or broken (for example
without the sound library): then :func:`available` is False and the button stays hidden.
It never reads in another language: without a voice for the language in use, the
speaker answers ``Said.NO_VOICE`` and the page says so.

The engine can block: connecting to speech-dispatcher takes seconds, and on a machine
without a sound device its server stops answering once a sentence is under way, so the
next "stop" or "say" waits for ever. The engine therefore lives on a thread of its own,
and the window only sends it queued calls. Qt's engine takes them as C++ slots, which
hold neither the window's thread nor Python's lock while they wait. A call the engine
has not taken within :data:`ANSWER_MS` makes the speaker answer ``Said.NO_ENGINE`` (the
page: "Reading aloud does not work on this computer"), and nothing more is queued until
the engine catches up.
"""

from __future__ import annotations

import enum
import functools
import itertools
import logging
import threading
from typing import Any

from PySide6.QtCore import QEventLoop, QLocale, QObject, Qt, QThread, QTimer, Signal, Slot

from assistant.core import i18n

log = logging.getLogger(__name__)
_TEST_ENGINES = {"mock"}  # Qt ships a mock engine for its own tests: it makes no sound
_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}
#: How long the window waits for the engine to take a sentence (milliseconds).
ANSWER_MS = 3000
#: How long the window waits for the engine to start: speech-dispatcher may have to be
#: started and asked for its voices first (milliseconds).
READY_MS = 20000


@functools.cache
def _engines() -> tuple[str, ...]:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except Exception:  # ImportError, or a missing system library behind it
        log.info("text-to-speech is not available")
        return ()
    try:
        names = QTextToSpeech.availableEngines()
    except Exception:
        return ()
    return tuple(name for name in names if name not in _TEST_ENGINES)


class Said(enum.Enum):
    """What became of a request to read aloud."""

    SPOKEN = "spoken"  # the engine was given the sentence in the language's voice
    WAITING = "waiting"  # the engine is starting: the answer comes by Speaker.answered
    NO_ENGINE = "no engine"  # no engine, or it failed or did not answer
    NO_VOICE = "no voice"  # an engine, but no voice for the language in use


def voice_locale(locales: list[QLocale], language: str) -> QLocale | None:
    """The engine's locale for ``language`` (exact country first), or None."""
    wanted = QLocale(_LOCALES.get(language, "en_US"))
    if wanted in locales:
        return wanted
    return next((loc for loc in locales if loc.language() == wanted.language()), None)


def available() -> bool:
    """True when a real speech engine can be used on this system."""
    return bool(_engines())


def make_engine(parent: QObject) -> Any:
    """The speech engine, made on the speech thread (tests replace this).

    It is made without an engine plug-in ("none" loads nothing and fails at once); the
    speaker then hands it the real one through its ``setEngine`` slot, so that the slow
    connection to the speech server is made by a queued C++ call as well."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    return QTextToSpeech("none", parent)


class _Worker(QObject):
    """Lives on the speech thread: makes the engines and answers the speakers' pings."""

    made = Signal(int, object)  # speaker number, engine (None: it could not be made)
    pong = Signal(int, int)  # speaker number, request number: the engine got that far

    @Slot(int)
    def make(self, speaker: int) -> None:
        try:
            engine = make_engine(self)
        except Exception:
            log.exception("the speech engine could not be made")
            engine = None
        self.made.emit(speaker, engine)

    @Slot(int, int)
    def ping(self, speaker: int, number: int) -> None:
        self.pong.emit(speaker, number)


@functools.cache
def _worker() -> _Worker:
    """The speech thread's worker: a daemon thread running its own event loop, so that
    an engine call that never returns neither holds the window nor stops the app exiting."""
    started = threading.Event()
    found: list[_Worker] = []

    def run() -> None:
        # Owned by the thread (C++), not by Python: at exit, PySide deletes the objects
        # Python owns, and deleting an engine whose server hangs would hang the exit.
        home = QThread.currentThread()
        loop = QEventLoop(home)
        worker = _Worker(home)
        found.append(worker)
        started.set()
        loop.exec()

    threading.Thread(target=run, name="read-aloud", daemon=True).start()
    started.wait()
    return found[0]


_speaker_numbers = itertools.count(1)


class Speaker(QObject):
    """Reads a text aloud in the current language; the engine is made on first use.

    :meth:`say` returns at once. What it cannot say at once (the engine still starting,
    or not answering) comes later through :attr:`answered`."""

    #: What became of a request after ``say`` returned: NO_VOICE or NO_ENGINE.
    answered = Signal(object)
    _make = Signal(int)
    _use_engine = Signal(str)
    _set_locale = Signal(QLocale)
    _stop = Signal()
    _say = Signal(str)
    _ping = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.number = next(_speaker_numbers)
        self.engine: Any = None
        self.locales: list[QLocale] | None = None  # None: the engine has not started yet
        self._starting = False
        self._waiting_text: str | None = None  # asked for before the engine was ready
        self._request = 0
        self._stuck = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._no_answer)

    def say(self, text: str) -> Said:
        """Start reading ``text`` aloud in the language in use (stopping any earlier
        reading); never in another language."""
        engines = _engines()
        if not engines or self._stuck:
            return Said.NO_ENGINE
        if self.locales is None:
            self._waiting_text = text
            if not self._starting:
                self._start(engines[0])
            return Said.WAITING
        return self._send(text)

    def stop(self) -> None:
        """Stop reading (queued: never waits for the engine)."""
        self._waiting_text = None
        if self.engine is not None and not self._stuck:
            self._stop.emit()

    def _start(self, name: str) -> None:
        self._starting = True
        self._engine_name = name
        worker = _worker()
        worker.made.connect(self._made)
        self._make.connect(worker.make)
        self._ping.connect(worker.ping)
        worker.pong.connect(self._pong)
        self._timer.start(READY_MS)
        self._make.emit(self.number)

    def _made(self, speaker: int, engine: Any) -> None:
        if speaker != self.number:
            return
        if engine is None:
            self._fail()
            return
        self.engine = engine
        queued = Qt.ConnectionType.QueuedConnection
        self._use_engine.connect(engine.setEngine, queued)
        self._set_locale.connect(engine.setLocale, queued)
        self._stop.connect(engine.stop, queued)
        self._say.connect(engine.say, queued)
        engine.engineChanged.connect(self._engine_ready)
        self.destroyed.connect(engine.deleteLater)
        self._use_engine.emit(self._engine_name)

    def _engine_ready(self, _name: str = "") -> None:
        """The engine has connected: its voices are known from now on."""
        if self.engine is None or self.locales is not None:
            return
        self.locales = list(self.engine.availableLocales())
        self._stuck = False
        self._timer.stop()
        text, self._waiting_text = self._waiting_text, None
        if text is not None:
            said = self._send(text)
            if said is not Said.SPOKEN:
                self.answered.emit(said)

    def _send(self, text: str) -> Said:
        if not self.locales:  # an engine without voices (its server did not start)
            return Said.NO_ENGINE
        locale = voice_locale(self.locales, i18n.current_language())
        if locale is None:
            return Said.NO_VOICE
        self._set_locale.emit(locale)
        self._stop.emit()
        self._say.emit(text)
        self._request += 1
        self._ping.emit(self.number, self._request)  # comes back once the engine took it
        self._timer.start(ANSWER_MS)
        return Said.SPOKEN

    def _pong(self, speaker: int, number: int) -> None:
        if speaker != self.number:
            return
        self._stuck = False
        if number == self._request:
            self._timer.stop()

    def _no_answer(self) -> None:
        log.warning("the speech engine did not answer in time")
        self._fail()

    def _fail(self) -> None:
        self._stuck = True  # until the engine answers after all
        self._starting = self.engine is not None
        self._waiting_text = None
        self.answered.emit(Said.NO_ENGINE)
