"""What every page may use: settings, the knowledge base, the feature services and the
window around it. Pages reach the user's data only through the services here, never
through the storage itself."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.settings import Settings
from assistant.core.storage import Storage
from assistant.ui.shell import NoShell, Shell

if TYPE_CHECKING:
    from assistant.core.check_history import CheckHistory
    from assistant.core.checklist import IncidentStore
    from assistant.core.checklist.reminder import Reminders
    from assistant.core.content import Content
    from assistant.core.quiz import Quiz


class AppContext:
    """Shared, long-lived objects handed to pages when they are created.

    The services are built on first use: start-up needs none of them.
    """

    def __init__(self, storage: Storage, settings: Settings) -> None:
        self.storage = storage
        self.settings = settings
        #: the window around the pages; the main window sets itself here
        self.shell: Shell = NoShell()

    def content(self) -> Content:
        """The knowledge base, loaded on first use (it is not needed to start)."""
        from assistant.core import content as content_module

        return content_module.default()

    @functools.cached_property
    def history(self) -> CheckHistory:
        """The opt-in history of checks."""
        from assistant.core.check_history import CheckHistory

        return CheckHistory(self.storage)

    @functools.cached_property
    def quiz(self) -> Quiz:
        """The quiz questions with the user's progress."""
        from assistant.core import quiz as quiz_core

        return quiz_core.Quiz(quiz_core.default(), quiz_core.Progress(self.storage))

    @functools.cached_property
    def incidents(self) -> IncidentStore:
        """The user's emergency plans."""
        from assistant.core import checklist

        return checklist.IncidentStore(self.storage, checklist.default())

    @functools.cached_property
    def reminders(self) -> Reminders:
        """The follow-up reminder the person may set in a plan."""
        from assistant.core.checklist.reminder import Reminders

        return Reminders(self.storage)

    def data_file(self) -> Path | None:
        """The file that keeps the user's data; None when nothing can be saved."""
        from assistant.core import paths

        if self.storage.in_memory:
            return None
        return self.storage.path or paths.database_path()
