"""Read aloud with Qt's text-to-speech, only where the system has a real engine.

QtTextToSpeech is imported on first use and may be missing or broken (for example
without the sound library): then :func:`available` is False and the button stays hidden.
"""

from __future__ import annotations

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


def available() -> bool:
    """True when a real speech engine can be used on this system."""
    return bool(_engines())


class Speaker(QObject):
    """Speaks a text in the current language; creates the engine on first use."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speech: Any = None

    def say(self, text: str) -> bool:
        """Start reading ``text`` aloud (stopping any earlier reading); False if impossible."""
        engines = _engines()
        if not engines:
            return False
        try:
            if self._speech is None:
                from PySide6.QtTextToSpeech import QTextToSpeech

                self._speech = QTextToSpeech(engines[0], self)
            wanted = QLocale(_LOCALES.get(i18n.current_language(), "en_US"))
            if wanted in self._speech.availableLocales():
                self._speech.setLocale(wanted)
            self._speech.stop()
            self._speech.say(text)
        except Exception:
            log.exception("reading aloud failed")
            return False
        return True

    def stop(self) -> None:
        """Stop reading."""
        if self._speech is not None:
            self._speech.stop()
