"""What every page may use: the user's storage and settings, and the knowledge base."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.core import content as content_module
from assistant.core.settings import Settings
from assistant.core.storage import Storage


@dataclass
class AppContext:
    """Shared, long-lived objects handed to pages when they are created."""

    storage: Storage
    settings: Settings

    def content(self) -> content_module.Content:
        """The knowledge base, loaded on first use (it is not needed to start)."""
        return content_module.default()
