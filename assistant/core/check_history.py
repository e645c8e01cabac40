"""The optional local history of checks: off by default, kept only on this computer.

Only the verdict, the time and the first few words are kept, never the whole message,
and long numbers in those words are masked.
Turning the history off deletes what was kept.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from assistant.core.storage import Storage, register_migrations

SETTING = "check_history_enabled"
FIRST_WORDS_CHARS = 60
MAX_ENTRIES = 200

register_migrations(
    "check_history",
    [
        """
        CREATE TABLE check_history (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            checked_at  TEXT NOT NULL,
            verdict     TEXT NOT NULL,
            first_words TEXT NOT NULL
        );
        """,
    ],
)


@dataclass(frozen=True)
class Entry:
    """One remembered check."""

    checked_at: _dt.datetime
    verdict: str  # Verdict value: danger, suspicious, no_signs
    first_words: str


_LONG_NUMBER = re.compile(r"\d(?:[\d -]{2,}\d)")


def first_words(text: str, limit: int = FIRST_WORDS_CHARS) -> str:
    """The start of ``text`` on one line, cut at a word boundary, with "…" if cut.

    Runs of four or more digits (codes, card and phone numbers) are masked: a history
    must never become a list of the user's codes.
    """
    line = " ".join(text[: limit * 4].split())
    line = _LONG_NUMBER.sub(lambda m: "•" * len(m.group()) if sum(
        c.isdigit() for c in m.group()) >= 4 else m.group(), line)
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return cut + "…"


class CheckHistory:
    """Reads and writes the history table of ``storage``."""

    def __init__(self, storage: Storage) -> None:
        self._storage = storage
        storage.ensure_migrated()

    @property
    def enabled(self) -> bool:
        """Whether checks are remembered (False unless the user turned it on)."""
        return self._storage.get_setting(SETTING, False) is True

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self._storage.set_setting(SETTING, bool(value))
        if not value:
            self.delete_all()

    def add(self, verdict: str, text: str, now: _dt.datetime | None = None) -> bool:
        """Remember a check if the history is on; True when something was kept."""
        if not self.enabled:
            return False
        moment = (now or _dt.datetime.now().astimezone()).isoformat(timespec="seconds")
        with self._storage.transaction() as conn:
            conn.execute("INSERT INTO check_history(checked_at, verdict, first_words)"
                         " VALUES (?, ?, ?)", (moment, verdict, first_words(text)))
            conn.execute("DELETE FROM check_history WHERE id NOT IN (SELECT id FROM"
                         " check_history ORDER BY id DESC LIMIT ?)", (MAX_ENTRIES,))
        return True

    def entries(self) -> list[Entry]:
        """Remembered checks, newest first."""
        rows = self._storage.connection.execute(
            "SELECT checked_at, verdict, first_words FROM check_history ORDER BY id DESC")
        result = []
        for checked_at, verdict, words in rows:
            try:
                moment = _dt.datetime.fromisoformat(checked_at)
            except (TypeError, ValueError):  # not a time, or not even text
                continue
            result.append(Entry(moment, str(verdict), words if isinstance(words, str)
                                else str(words or "")))
        return result

    def delete_all(self) -> None:
        """Forget every remembered check."""
        with self._storage.transaction() as conn:
            conn.execute("DELETE FROM check_history")
        self._storage.scrub()
