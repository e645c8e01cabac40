"""The follow-up reminder: request the free credit report and look for new loans, later.

The person picks a day; the first time the app opens on or after it, the window says
so once. Nothing leaves the computer: the day is one setting in the user database, no
system scheduler, no notification service, no network. Turning it off removes it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from assistant.core.storage import Storage

#: The setting that holds the day (ISO format), absent when no reminder is set.
KEY = "checklist_reminder"


def today() -> _dt.date:
    """The local date (tests move this clock)."""
    return _dt.date.today()


class Reminders:
    """Reads and changes the one follow-up reminder; every change is saved at once."""

    def __init__(self, storage: Storage, clock: Callable[[], _dt.date] | None = None) -> None:
        self._storage = storage
        self._clock = clock

    def today(self) -> _dt.date:
        """The date by this store's clock."""
        return self._clock() if self._clock is not None else today()

    def day(self) -> _dt.date | None:
        """The day the reminder is for, or None when it is off."""
        value = self._storage.get_setting(KEY)
        if not isinstance(value, str):
            return None
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            return None

    def set(self, day: _dt.date) -> None:
        """Remind on the first start on or after ``day``."""
        self._storage.set_setting(KEY, day.isoformat())

    def turn_off(self) -> None:
        """No reminder any more."""
        self._storage.set_setting(KEY, None)

    def take_due(self) -> _dt.date | None:
        """The reminder's day if it has come, and forget it: it is shown once."""
        day = self.day()
        if day is None or self.today() < day:
            return None
        self.turn_off()
        return day

    def in_a_year(self) -> _dt.date:
        """The same day next year (28 February for 29 February): the report is free
        once per calendar year."""
        now = self.today()
        try:
            return now.replace(year=now.year + 1)
        except ValueError:
            return now.replace(year=now.year + 1, day=28)
