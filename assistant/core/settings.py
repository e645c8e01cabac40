"""Typed user settings with declared defaults, stored in the user database."""

from __future__ import annotations

from assistant.core import i18n
from assistant.core.storage import Storage

TEXT_SCALES = (100, 125, 150, 200)
DEFAULT_TEXT_SCALE = 100


class Settings:
    """Language, text size and theme; every setter saves at once."""

    def __init__(self, storage: Storage) -> None:
        self._storage = storage

    @property
    def language(self) -> str | None:
        """The chosen language, or None before the first choice."""
        value = self._storage.get_setting("language")
        return value if value in i18n.LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        if value not in i18n.LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._storage.set_setting("language", value)

    @property
    def text_scale(self) -> int:
        """Text size in percent: one of :data:`TEXT_SCALES`."""
        value = self._storage.get_setting("text_scale", DEFAULT_TEXT_SCALE)
        return value if value in TEXT_SCALES else DEFAULT_TEXT_SCALE

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        if value not in TEXT_SCALES:
            raise ValueError(f"unsupported text scale {value!r}")
        self._storage.set_setting("text_scale", value)

    @property
    def high_contrast(self) -> bool:
        """Whether the high-contrast theme is on."""
        return self._storage.get_setting("high_contrast", False) is True

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._storage.set_setting("high_contrast", bool(value))
