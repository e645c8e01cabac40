"""Deleted text really leaves the files; foreign logs, odd columns and folder modes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core import paths
from assistant.core.check_history import CheckHistory
from assistant.core.checklist import IncidentStore, Triage, default
from assistant.core.storage import Notice, NoticeKind, Storage

SECRET = "Zanzibarquartz"


def on_disk(path: Path) -> bytes:
    """The bytes of the database and of its side files, as a thief would read them."""
    data = b""
    for suffix in ("", "-wal", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            data += side.read_bytes()
    return data


@pytest.fixture
def opened(isolated_data_dir: Path) -> Iterator[tuple[Storage, list[Notice]]]:
    store = Storage.open(paths.database_path())
    told: list[Notice] = []
    store.listeners.append(told.append)
    yield store, told
    store.close()


def second_reader() -> sqlite3.Connection:
    conn = sqlite3.connect(paths.database_path(), isolation_level=None)
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def plan_with_secret(store: Storage) -> tuple[IncidentStore, int]:
    incidents = IncidentStore(store, default())
    incident = incidents.create(Triage.of(["card-details"], "today"))
    step = incident.steps[0].step_id
    incidents.set_note(incident.id, step, f"officer {SECRET}")
    incidents.add_contact(incident.id, f"bank {SECRET}", f"ref {SECRET}")
    return incidents, incident.id


def test_deleting_a_plan_while_another_window_reads_tells_and_cleans_up_later(
        opened: tuple[Storage, list[Notice]]) -> None:
    store, told = opened
    incidents, incident_id = plan_with_secret(store)
    assert SECRET.encode() in on_disk(paths.database_path())
    other = second_reader()
    try:
        incidents.delete(incident_id)
        # Blocked: SQLite answers busy = 1 instead of raising; it is not swallowed.
        assert store.scrub_pending
        assert [n.kind for n in told] == [NoticeKind.COPY_REMAINS]
    finally:
        other.close()
    store.set_setting("anything", 1)  # the next write retries
    assert not store.scrub_pending
    assert SECRET.encode() not in on_disk(paths.database_path())


def test_delete_all_history_is_cleaned_on_close_when_it_was_blocked(
        opened: tuple[Storage, list[Notice]]) -> None:
    store, told = opened
    history = CheckHistory(store)
    history.enabled = True
    history.add("danger", f"Your code {SECRET} expires")
    other = second_reader()
    history.delete_all()
    assert store.scrub_pending and told[-1].kind is NoticeKind.COPY_REMAINS
    other.close()
    store.close()
    assert SECRET.encode() not in on_disk(paths.database_path())


def test_deleting_with_a_second_idle_connection_open_leaves_nothing(
        opened: tuple[Storage, list[Notice]]) -> None:
    store, told = opened
    incidents, incident_id = plan_with_secret(store)
    other = sqlite3.connect(paths.database_path())  # a second window, idle
    try:
        other.execute("SELECT count(*) FROM checklist_incidents").fetchone()
        incidents.delete(incident_id)
        assert not store.scrub_pending and told == []
        assert SECRET.encode() not in on_disk(paths.database_path())
    finally:
        other.close()


def test_an_emptied_note_and_a_removed_contact_leave_no_copy(
        opened: tuple[Storage, list[Notice]]) -> None:
    store, _told = opened
    incidents, incident_id = plan_with_secret(store)
    incident = incidents.load(incident_id)
    incidents.set_note(incident_id, incident.steps[0].step_id, "")
    incidents.remove_contact(incident_id, incident.contacts[0].id)
    assert SECRET.encode() not in on_disk(paths.database_path())
    assert incidents.load(incident_id).steps[0].note == ""


def test_a_write_ahead_log_of_another_database_is_moved_aside(isolated_data_dir: Path) -> None:
    mine = Storage.open(paths.database_path())
    mine.set_setting("name", "mine")
    mine.close()
    other_path = isolated_data_dir / "other" / "assistant.db"
    other = Storage.open(other_path)
    other.set_setting("name", "other")
    stale = other_path.with_name("assistant.db-wal").read_bytes()
    other.close()
    assert stale
    paths.database_path().with_name("assistant.db-wal").write_bytes(stale)

    store = Storage.open(paths.database_path())
    try:
        assert [n.kind for n in store.notices] == [NoticeKind.DAMAGED_MOVED_ASIDE]
        moved = store.notices[0].moved_to
        assert moved is not None and moved.exists()
        assert moved.with_name(moved.name + "-wal").read_bytes() == stale
        assert store.get_setting("name") is None  # not the other database's data
    finally:
        store.close()


def test_the_own_log_after_a_crash_is_kept(isolated_data_dir: Path) -> None:
    store = Storage.open(paths.database_path())
    store.set_setting("name", "before")
    store.scrub()  # the file holds the token
    store.set_setting("name", "after a crash")
    wal = paths.database_path().with_name("assistant.db-wal")
    kept = wal.read_bytes()
    copy = isolated_data_dir / "copy"
    copy.mkdir()
    shutil.copy(paths.database_path(), copy / "assistant.db")
    (copy / "assistant.db-wal").write_bytes(kept)  # as a crash leaves them
    store.close()
    reopened = Storage.open(copy / "assistant.db")
    try:
        assert reopened.notices == []
        assert reopened.get_setting("name") == "after a crash"
    finally:
        reopened.close()


def test_a_blob_in_a_note_is_read_as_text(opened: tuple[Storage, list[Notice]]) -> None:
    store, _told = opened
    incidents, incident_id = plan_with_secret(store)
    step = incidents.load(incident_id).steps[0].step_id
    with store.transaction() as conn:
        conn.execute("UPDATE checklist_steps SET note = ? WHERE step_id = ?",
                     ("Банк".encode() + b"\xff", step))
        conn.execute("UPDATE checklist_contacts SET who = 42, at = x'00'")
        conn.execute("INSERT INTO check_history(checked_at, verdict, first_words)"
                     " VALUES (x'01', 'danger', x'02')")
    incident = incidents.load(incident_id)
    assert incident.step(step).note == "Банк\ufffd"
    assert incident.contacts[0].who == "42"
    assert CheckHistory(store).entries() == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_data_folder_and_new_parents_are_private(tmp_path: Path) -> None:
    existing = tmp_path / "existing"
    existing.mkdir(mode=0o755)
    os.chmod(existing, 0o755)
    Storage.open(existing / "assistant.db").close()
    assert stat.S_IMODE(existing.stat().st_mode) == 0o700
    old = os.umask(0o022)
    try:
        deep = tmp_path / "a" / "b" / "data"
        Storage.open(deep / "assistant.db").close()
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", deep):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
