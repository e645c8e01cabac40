"""What every page may use: the user's storage and settings, and the knowledge base."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.core.settings import Settings
from assistant.core.storage import Storage
from assistant.ui.shell import NoShell, Shell

if TYPE_CHECKING:
    from assistant.core.content import Content


class AppContext:
    """Shared, long-lived objects handed to pages when they are created."""

    def __init__(self, storage: Storage, settings: Settings) -> None:
        self.storage = storage
        self.settings = settings
        #: the window around the pages; the main window sets itself here
        self.shell: Shell = NoShell()

    def content(self) -> Content:
        """The knowledge base, loaded on first use (it is not needed to start)."""
        from assistant.core import content as content_module

        return content_module.default()
