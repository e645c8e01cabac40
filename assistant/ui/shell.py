"""What a page may ask of the window around it: the one interface between the two."""

from __future__ import annotations

from typing import Any, Protocol


class Shell(Protocol):
    """The main window as the pages see it."""

    def navigate(self, page_id: str, argument: Any = None) -> None:
        """Show page ``page_id``, handing ``argument`` to its ``on_shown``."""

    def set_language(self, code: str) -> None:
        """Switch every text to language ``code`` and remember the choice."""

    def apply_appearance(self) -> None:
        """Apply the saved text size and contrast to the whole app."""


class NoShell:
    """Stands in until a window is built (pages made on their own in tests)."""

    def navigate(self, page_id: str, argument: Any = None) -> None:
        pass

    def set_language(self, code: str) -> None:
        from assistant.core import i18n

        i18n.set_language(code)

    def apply_appearance(self) -> None:
        pass
