"""Read aloud with Qt's text-to-speech, only where the system has a real engine.

QtTextToSpeech is imported on first use and may be missing or broken (for example
without the sound library): then :func:`available` is False and the button stays hidden.
It never reads in another language: without a voice for the language in use,
:meth:`Speaker.say` answers ``Said.NO_VOICE`` and the page says so.
"""

from __future__ import annotations

import enum
import functools
import logging
from typing import Any

from PySide6.QtCore import QLocale, QObject

from assistant.core import i18n

log = logging.getLogger(__name__)
_TEST_ENGINES = {"mock"}  # Qt ships a mock engine for its own tests: it makes no sound
_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}


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

    SPOKEN = "spoken"
    NO_ENGINE = "no engine"  # no engine, or it failed
    NO_VOICE = "no voice"  # an engine, but no voice for the language in use


def voice_locale(speech: Any, language: str) -> QLocale | None:
    """The engine's locale for ``language`` (exact country first), or None."""
    wanted = QLocale(_LOCALES.get(language, "en_US"))
    locales = list(speech.availableLocales())
    if wanted in locales:
        return wanted
    return next((loc for loc in locales if loc.language() == wanted.language()), None)


def available() -> bool:
    """True when a real speech engine can be used on this system."""
    return bool(_engines())


class Speaker(QObject):
    """Speaks a text in the current language; creates the engine on first use."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speech: Any = None

    def say(self, text: str) -> Said:
        """Start reading ``text`` aloud in the language in use (stopping any earlier
        reading); never in another language."""
        engines = _engines()
        if not engines:
            return Said.NO_ENGINE
        try:
            if self._speech is None:
                from PySide6.QtTextToSpeech import QTextToSpeech

                self._speech = QTextToSpeech(engines[0], self)
            locale = voice_locale(self._speech, i18n.current_language())
            if locale is None:
                return Said.NO_VOICE
            self._speech.setLocale(locale)
            self._speech.stop()
            self._speech.say(text)
        except Exception:
            log.exception("reading aloud failed")
            return Said.NO_ENGINE
        return Said.SPOKEN

    def stop(self) -> None:
        """Stop reading."""
        if self._speech is not None:
            self._speech.stop()
