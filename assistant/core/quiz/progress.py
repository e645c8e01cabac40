"""The user's quiz progress: per-question statistics and past rounds, in the database."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass

from assistant.core.storage import Storage, register_migrations

register_migrations(
    "quiz",
    [
        """
        CREATE TABLE quiz_progress (
            question_id  TEXT PRIMARY KEY,
            seen         INTEGER NOT NULL DEFAULT 0,
            right        INTEGER NOT NULL DEFAULT 0,
            last_seen    TEXT NOT NULL,
            last_correct INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE quiz_rounds (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            finished_at TEXT NOT NULL,
            mode        TEXT NOT NULL,
            topic       TEXT NOT NULL DEFAULT '',
            score       INTEGER NOT NULL,
            total       INTEGER NOT NULL
        );
        """,
    ],
)

@dataclass(frozen=True)
class Stat:
    """What the user did with one question so far."""

    seen: int = 0
    right: int = 0
    last_seen: str = ""
    last_correct: bool = False

    @property
    def wrong(self) -> int:
        """How many times the answer was wrong."""
        return self.seen - self.right


@dataclass(frozen=True)
class PastRound:
    """A finished round, for the progress chart."""

    finished_at: str
    mode: str
    topic: str
    score: int
    total: int


def _now() -> str:
    return _dt.datetime.now().isoformat(timespec="seconds")


class Progress:
    """Per-question statistics and past rounds, kept in the user database."""

    def __init__(self, storage: Storage, clock: Callable[[], str] = _now) -> None:
        self._storage = storage
        self._clock = clock
        storage.ensure_migrated()

    def stats(self) -> dict[str, Stat]:
        """Every question the user has seen, by id."""
        rows = self._storage.connection.execute(
            "SELECT question_id, seen, right, last_seen, last_correct FROM quiz_progress")
        return {qid: Stat(seen, right, last, bool(correct))
                for qid, seen, right, last, correct in rows}

    def record_answer(self, question_id: str, correct: bool) -> None:
        """Count one answer to ``question_id``, atomically."""
        with self._storage.transaction() as conn:
            conn.execute(
                "INSERT INTO quiz_progress(question_id, seen, right, last_seen, last_correct)"
                " VALUES (?, 1, ?, ?, ?) ON CONFLICT(question_id) DO UPDATE SET"
                " seen = seen + 1, right = right + excluded.right,"
                " last_seen = excluded.last_seen, last_correct = excluded.last_correct",
                (question_id, int(correct), self._clock(), int(correct)),
            )

    def record_round(self, mode: str, topic: str, score: int, total: int) -> None:
        """Keep a finished round for the chart."""
        with self._storage.transaction() as conn:
            conn.execute(
                "INSERT INTO quiz_rounds(finished_at, mode, topic, score, total)"
                " VALUES (?, ?, ?, ?, ?)", (self._clock(), mode, topic, score, total))

    def rounds(self, limit: int = 12) -> list[PastRound]:
        """The last ``limit`` finished rounds, oldest first."""
        rows = self._storage.connection.execute(
            "SELECT finished_at, mode, topic, score, total FROM quiz_rounds"
            " ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [PastRound(*row) for row in reversed(rows)]

    def mistakes(self) -> set[str]:
        """Questions whose last answer was wrong."""
        return {qid for qid, stat in self.stats().items() if not stat.last_correct}

    def reset(self) -> None:
        """Forget every answer and every round."""
        with self._storage.transaction() as conn:
            conn.execute("DELETE FROM quiz_progress")
            conn.execute("DELETE FROM quiz_rounds")
