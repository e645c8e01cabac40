"""Incidents: the user's runs of the plan, saved after every change.

Each incident keeps its triage answers, the plan's steps in the order they were shown,
each step's state (done with its time, skipped, "can't do this now") and note, a
contact log (whom the user called, when, the reference number they got) and whether
it is closed. Every change is one transaction, so a crash or a killed process keeps
everything written before it; reopening the app resumes where the user stopped.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.core.checklist.plan import Checklist, Triage
from assistant.core.storage import Storage, register_migrations

register_migrations(
    "checklist",
    [
        """
        CREATE TABLE checklist_incidents (
            id        INTEGER PRIMARY KEY AUTOINCREMENT,
            created   TEXT NOT NULL,
            updated   TEXT NOT NULL,
            what      TEXT NOT NULL,
            happened  TEXT NOT NULL,
            closed_at TEXT
        );
        CREATE TABLE checklist_steps (
            incident_id INTEGER NOT NULL REFERENCES checklist_incidents(id) ON DELETE CASCADE,
            step_id     TEXT NOT NULL,
            position    INTEGER NOT NULL,
            state       TEXT NOT NULL DEFAULT 'open',
            changed     TEXT,
            note        TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (incident_id, step_id)
        );
        CREATE TABLE checklist_contacts (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            incident_id INTEGER NOT NULL REFERENCES checklist_incidents(id) ON DELETE CASCADE,
            at          TEXT NOT NULL,
            who         TEXT NOT NULL,
            reference   TEXT NOT NULL DEFAULT ''
        );
        """,
        # The details the letters are filled in from (name, IIN, amounts...): one row per
        # field, so a new field needs no migration.
        """
        CREATE TABLE checklist_details (
            incident_id INTEGER NOT NULL REFERENCES checklist_incidents(id) ON DELETE CASCADE,
            field       TEXT NOT NULL,
            value       TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (incident_id, field)
        );
        """,
    ],
)

log = logging.getLogger(__name__)

#: Notes and log entries longer than this are cut (a paste of a whole book must not
#: slow every save down).
MAX_TEXT = 4000


class StepState(enum.Enum):
    """Where the user is with a step."""

    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"
    LATER = "later"  # "I can't do this now"


@dataclass(frozen=True)
class StepRecord:
    """One step of one incident, as saved."""

    step_id: str
    position: int
    state: StepState
    changed: _dt.datetime | None
    note: str


@dataclass(frozen=True)
class ContactEntry:
    """One line of the contact log."""

    id: int
    at: _dt.datetime
    who: str
    reference: str


@dataclass(frozen=True)
class Incident:
    """One run of the plan with everything the user recorded."""

    id: int
    created: _dt.datetime
    updated: _dt.datetime
    triage: Triage
    closed_at: _dt.datetime | None
    steps: tuple[StepRecord, ...]
    contacts: tuple[ContactEntry, ...]

    @property
    def closed(self) -> bool:
        """True once the user closed the incident."""
        return self.closed_at is not None

    def step(self, step_id: str) -> StepRecord:
        """The record of ``step_id``; raises ``KeyError`` if it is not in this plan."""
        for record in self.steps:
            if record.step_id == step_id:
                return record
        raise KeyError(step_id)

    def progress(self) -> tuple[int, int]:
        """(steps done, steps in the plan)."""
        return sum(r.state is StepState.DONE for r in self.steps), len(self.steps)

    def current_step(self, known: set[str] | frozenset[str] | None = None) -> str | None:
        """The step to open: the first one not done yet, or None when none is left.

        A step still open comes first; a step put off ("I can't do this now") comes back
        once no open step is left; a skipped step counts as settled. ``known``: only
        steps the checklist still has (one removed from the content is never opened).
        """
        records = [r for r in self.steps if known is None or r.step_id in known]
        for wanted in (StepState.OPEN, StepState.LATER):
            for record in records:
                if record.state is wanted:
                    return record.step_id
        return None


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def _encode(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.UTC).isoformat(timespec="seconds")


def _text(value: object, column: str) -> str:
    """A text column as text, whatever another program stored in it."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    log.warning("checklist: %s holds a %s, read as text", column, type(value).__name__)
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace").replace("\x00", "")
    return str(value)


def _decode(text: object) -> _dt.datetime | None:
    if text is not None and not isinstance(text, str):
        text = _text(text, "a time")
    if not text:
        return None
    try:
        moment = _dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=_dt.UTC)


def _clean(text: str) -> str:
    return text.replace("\x00", "")[:MAX_TEXT]


class IncidentStore:
    """Reads and writes incidents; every method that changes something commits at once."""

    def __init__(self, storage: Storage, checklist: Checklist,
                 clock: Callable[[], _dt.datetime] = _now) -> None:
        storage.ensure_migrated()
        self._storage = storage
        self._checklist = checklist
        self._clock = clock

    def create(self, triage: Triage) -> Incident:
        """Start a new incident with the plan for ``triage``."""
        now = _encode(self._clock())
        plan = self._checklist.plan(triage)
        with self._storage.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO checklist_incidents(created, updated, what, happened)"
                " VALUES (?, ?, ?, ?)",
                (now, now, json.dumps(sorted(triage.what)), triage.when),
            )
            incident_id = int(cursor.lastrowid or 0)
            conn.executemany(
                "INSERT INTO checklist_steps(incident_id, step_id, position) VALUES (?, ?, ?)",
                [(incident_id, step.id, index) for index, step in enumerate(plan)],
            )
        return self.load(incident_id)

    def change_answers(self, incident_id: int, triage: Triage) -> Incident:
        """New answers: add the steps they need, drop untouched steps they no longer need.

        Steps the user already ticked, skipped or wrote a note on are always kept.
        """
        plan = [step.id for step in self._checklist.plan(triage)]
        with self._storage.transaction() as conn:
            rows = conn.execute(
                "SELECT step_id, state, note FROM checklist_steps WHERE incident_id = ?",
                (incident_id,)).fetchall()
            touched = {sid for sid, state, note in rows if state != "open" or note}
            keep = plan + [sid for sid, _s, _n in rows
                                            if sid in touched and sid not in plan]
            conn.execute("DELETE FROM checklist_steps WHERE incident_id = ? AND state = 'open'"
                         " AND note = ''", (incident_id,))
            for position, step_id in enumerate(keep):
                conn.execute(
                    "INSERT INTO checklist_steps(incident_id, step_id, position)"
                    " VALUES (?, ?, ?) ON CONFLICT(incident_id, step_id)"
                    " DO UPDATE SET position = excluded.position",
                    (incident_id, step_id, position))
            conn.execute("UPDATE checklist_incidents SET what = ?, happened = ?, updated = ?"
                         " WHERE id = ?", (json.dumps(sorted(triage.what)), triage.when,
                                          _encode(self._clock()), incident_id))
        return self.load(incident_id)

    def incidents(self) -> list[Incident]:
        """Every incident, open ones first, newest first."""
        rows = self._storage.connection.execute(
            "SELECT id FROM checklist_incidents"
            " ORDER BY closed_at IS NOT NULL, created DESC, id DESC").fetchall()
        return [self.load(int(row[0])) for row in rows]

    def load(self, incident_id: int) -> Incident:
        """The incident ``incident_id``; raises ``KeyError`` if there is none."""
        conn = self._storage.connection
        row = conn.execute("SELECT created, updated, what, happened, closed_at"
                           " FROM checklist_incidents WHERE id = ?", (incident_id,)).fetchone()
        if row is None:
            raise KeyError(incident_id)
        try:
            what = [str(item) for item in json.loads(row[2])]
        except (TypeError, ValueError, RecursionError):
            what = []
        epoch = _dt.datetime.fromtimestamp(0, _dt.UTC)
        steps = tuple(
            StepRecord(step_id=_text(sid, "step_id"), position=_int(pos),
                       state=_state(state), changed=_decode(changed),
                       note=_text(note, "note"))
            for sid, pos, state, changed, note in conn.execute(
                "SELECT step_id, position, state, changed, note FROM checklist_steps"
                " WHERE incident_id = ? ORDER BY position", (incident_id,)))
        contacts = tuple(
            ContactEntry(id=_int(cid), at=_decode(at) or epoch, who=_text(who, "who"),
                         reference=_text(reference, "reference"))
            for cid, at, who, reference in conn.execute(
                "SELECT id, at, who, reference FROM checklist_contacts"
                " WHERE incident_id = ? ORDER BY at, id", (incident_id,)))
        return Incident(id=incident_id, created=_decode(row[0]) or epoch,
                        updated=_decode(row[1]) or epoch,
                        triage=Triage.of(what, _text(row[3], "happened")),
                        closed_at=_decode(row[4]), steps=steps, contacts=contacts)

    def set_state(self, incident_id: int, step_id: str, state: StepState) -> StepRecord:
        """Mark a step done (with the time), skipped, "can't do now", or open again."""
        now = self._clock()
        changed = None if state is StepState.OPEN else _encode(now)
        with self._storage.transaction() as conn:
            cursor = conn.execute(
                "UPDATE checklist_steps SET state = ?, changed = ?"
                " WHERE incident_id = ? AND step_id = ?",
                (state.value, changed, incident_id, step_id))
            if cursor.rowcount != 1:
                raise KeyError(step_id)
            self._touch(conn, incident_id, now)
        return self.load(incident_id).step(step_id)

    def set_note(self, incident_id: int, step_id: str, note: str) -> None:
        """Save the note of a step (the bank's request number, an officer's name...).

        Emptying a note folds the write-ahead log away, so the old text leaves the disk.
        """
        with self._storage.transaction() as conn:
            old = conn.execute("SELECT note FROM checklist_steps WHERE incident_id = ?"
                               " AND step_id = ?", (incident_id, step_id)).fetchone()
            cursor = conn.execute(
                "UPDATE checklist_steps SET note = ? WHERE incident_id = ? AND step_id = ?",
                (_clean(note), incident_id, step_id))
            if cursor.rowcount != 1:
                raise KeyError(step_id)
            self._touch(conn, incident_id, self._clock())
        if old is not None and old[0] and not _clean(note):
            self._storage.scrub()

    def add_contact(self, incident_id: int, who: str, reference: str = "",
                    at: _dt.datetime | None = None) -> ContactEntry:
        """Add a line to the contact log; ``who`` must not be empty."""
        who = _clean(who).strip()
        if not who:
            raise ValueError("who is empty")
        moment = at or self._clock()
        with self._storage.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO checklist_contacts(incident_id, at, who, reference)"
                " VALUES (?, ?, ?, ?)",
                (incident_id, _encode(moment), who, _clean(reference).strip()))
            self._touch(conn, incident_id, self._clock())
            entry_id = int(cursor.lastrowid or 0)
        return ContactEntry(id=entry_id, at=_decode(_encode(moment)) or moment, who=who,
                            reference=_clean(reference).strip())

    def remove_contact(self, incident_id: int, entry_id: int) -> None:
        """Delete one line of the contact log."""
        with self._storage.transaction() as conn:
            conn.execute("DELETE FROM checklist_contacts WHERE incident_id = ? AND id = ?",
                         (incident_id, entry_id))
            self._touch(conn, incident_id, self._clock())
        self._storage.scrub()

    def details(self, incident_id: int) -> dict[str, str]:
        """What the person typed for the letters (name, IIN, amounts...), by field id."""
        rows = self._storage.connection.execute(
            "SELECT field, value FROM checklist_details WHERE incident_id = ?",
            (incident_id,)).fetchall()
        return {str(field): value if isinstance(value, str) else str(value)
                for field, value in rows}

    def set_detail(self, incident_id: int, field: str, value: str) -> None:
        """Save one detail; an empty value removes it.

        Emptying a detail folds the write-ahead log away, as for notes, so the old text
        (a name, an IIN) leaves the disk.
        """
        value = _clean(value).strip()
        with self._storage.transaction() as conn:
            if conn.execute("SELECT 1 FROM checklist_incidents WHERE id = ?",
                            (incident_id,)).fetchone() is None:
                raise KeyError(incident_id)
            if value:
                conn.execute(
                    "INSERT INTO checklist_details(incident_id, field, value) VALUES (?, ?, ?)"
                    " ON CONFLICT(incident_id, field) DO UPDATE SET value = excluded.value",
                    (incident_id, field, value))
                removed = False
            else:
                removed = conn.execute(
                    "DELETE FROM checklist_details WHERE incident_id = ? AND field = ?",
                    (incident_id, field)).rowcount > 0
            self._touch(conn, incident_id, self._clock())
        if removed:
            self._storage.scrub()

    def delete(self, incident_id: int) -> None:
        """Forget an incident for good: its answers, steps, notes, details and contact log."""
        with self._storage.transaction() as conn:
            conn.execute("DELETE FROM checklist_details WHERE incident_id = ?", (incident_id,))
            conn.execute("DELETE FROM checklist_contacts WHERE incident_id = ?", (incident_id,))
            conn.execute("DELETE FROM checklist_steps WHERE incident_id = ?", (incident_id,))
            conn.execute("DELETE FROM checklist_incidents WHERE id = ?", (incident_id,))
        self._storage.scrub()

    def set_closed(self, incident_id: int, closed: bool) -> Incident:
        """Close the incident (it stays readable), or open it again."""
        now = self._clock()
        with self._storage.transaction() as conn:
            conn.execute("UPDATE checklist_incidents SET closed_at = ? WHERE id = ?",
                         (_encode(now) if closed else None, incident_id))
            self._touch(conn, incident_id, now)
        return self.load(incident_id)

    @staticmethod
    def _touch(conn: sqlite3.Connection, incident_id: int, moment: _dt.datetime) -> None:
        conn.execute("UPDATE checklist_incidents SET updated = ? WHERE id = ?",
                     (_encode(moment), incident_id))


def _int(value: object) -> int:
    try:
        number: Any = value  # whatever the column holds; int() says if it is a number
        return int(number)
    except (TypeError, ValueError):
        log.warning("checklist: a number column holds %r", type(value).__name__)
        return 0


def _state(value: object) -> StepState:
    try:
        return StepState(value)
    except ValueError:
        return StepState.OPEN
