"""User database: migrations, settings, permissions and recovery from damage."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from assistant.core import paths
from assistant.core.settings import Settings
from assistant.core.storage import NoticeKind, Storage, register_migrations

if TYPE_CHECKING:
    from collections.abc import Callable


def test_fresh_database_is_created_private_and_migrated(isolated_data_dir: Path) -> None:
    store = Storage.open(paths.database_path())
    try:
        assert store.notices == []
        assert not store.in_memory
        assert store.schema_version("core") == 2
        mode = stat.S_IMODE(paths.database_path().stat().st_mode)
        assert mode == 0o600
        assert stat.S_IMODE(isolated_data_dir.stat().st_mode) & 0o077 == 0
    finally:
        store.close()


def test_settings_survive_reopening(isolated_data_dir: Path) -> None:
    store = Storage.open(paths.database_path())
    settings = Settings(store)
    assert settings.language is None
    settings.language = "kk"
    settings.text_scale = 150
    settings.high_contrast = True
    store.close()
    again = Settings(Storage.open(paths.database_path()))
    assert (again.language, again.text_scale, again.high_contrast) == ("kk", 150, True)


def test_invalid_setting_values_fall_back_to_defaults(storage: Storage) -> None:
    storage.set_setting("text_scale", 333)
    storage.set_setting("language", "xx")
    with storage.transaction() as conn:
        conn.execute("INSERT INTO settings(key, value) VALUES ('high_contrast', 'not json')")
    settings = Settings(storage)
    assert settings.text_scale == 100
    assert settings.language is None
    assert settings.high_contrast is False
    with pytest.raises(ValueError):
        settings.text_scale = 90


def test_transaction_rolls_back_on_error(storage: Storage) -> None:
    storage.set_setting("a", 1)
    with pytest.raises(RuntimeError), storage.transaction() as conn:
        conn.execute("UPDATE settings SET value = '2' WHERE key = 'a'")
        raise RuntimeError("boom")
    assert storage.get_setting("a") == 1


def test_later_migrations_apply_to_an_existing_database(isolated_data_dir: Path) -> None:
    register_migrations("test-extra", ["CREATE TABLE extra (x INTEGER)"])
    try:
        store = Storage.open(paths.database_path())
        store.close()
        register_migrations("test-extra", ["CREATE TABLE extra (x INTEGER)",
                                           "ALTER TABLE extra ADD COLUMN y TEXT"])
        store = Storage.open(paths.database_path())
        assert store.schema_version("test-extra") == 2
        store.connection.execute("INSERT INTO extra (x, y) VALUES (1, 'a')")
        store.close()
    finally:
        from assistant.core import storage as storage_module

        storage_module._MIGRATIONS.pop("test-extra", None)


def test_garbage_file_is_moved_aside_and_replaced(isolated_data_dir: Path) -> None:
    isolated_data_dir.mkdir(parents=True)
    db = paths.database_path()
    db.write_bytes(b"this is not a database at all" * 100)
    store = Storage.open(db)
    try:
        assert [n.kind for n in store.notices] == [NoticeKind.DAMAGED_MOVED_ASIDE]
        moved = store.notices[0].moved_to
        assert moved is not None and moved.read_bytes().startswith(b"this is not a database")
        assert store.schema_version("core") == 2
        Settings(store).text_scale = 125
    finally:
        store.close()
    assert Settings(Storage.open(db)).text_scale == 125


def test_truncated_database_is_recovered(isolated_data_dir: Path) -> None:
    store = Storage.open(paths.database_path())
    for n in range(200):
        store.set_setting(f"k{n}", "x" * 200)
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    db = paths.database_path()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    reopened = Storage.open(db)
    try:
        kinds = [n.kind for n in reopened.notices]
        # A cut file either fails to open (moved aside) or opens without the lost pages;
        # it never raises and the app always gets a working database.
        assert kinds in ([], [NoticeKind.DAMAGED_MOVED_ASIDE])
        reopened.set_setting("after", True)
        assert reopened.get_setting("after") is True
    finally:
        reopened.close()


def test_database_from_a_newer_version_is_kept_aside(isolated_data_dir: Path) -> None:
    store = Storage.open(paths.database_path())
    with store.transaction() as conn:
        conn.execute("UPDATE schema_versions SET version = 99 WHERE component = 'core'")
    store.close()
    reopened = Storage.open(paths.database_path())
    try:
        assert [n.kind for n in reopened.notices] == [NoticeKind.NEWER_VERSION_MOVED_ASIDE]
        moved = reopened.notices[0].moved_to
        assert moved is not None and moved.exists()
        check = sqlite3.connect(moved)
        assert check.execute("SELECT version FROM schema_versions").fetchone()[0] == 99
        check.close()
    finally:
        reopened.close()


def test_directory_in_place_of_the_file(isolated_data_dir: Path) -> None:
    paths.database_path().mkdir(parents=True)
    store = Storage.open(paths.database_path())
    try:
        assert [n.kind for n in store.notices] == [NoticeKind.DAMAGED_MOVED_ASIDE]
        assert paths.database_path().is_file()
    finally:
        store.close()


def test_data_dir_that_is_a_file_falls_back_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    store = Storage.open(blocker / "assistant.db")
    try:
        assert store.in_memory
        assert [n.kind for n in store.notices] == [NoticeKind.NOT_WRITABLE]
        Settings(store).language = "ru"
        assert Settings(store).language == "ru"
    finally:
        store.close()


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make ``folder`` unwritable, for root too (root ignores modes: use chattr +i)."""
    os.chmod(folder, 0o555)
    immutable = False
    if os.getuid() == 0:
        if shutil.which("chattr") is None:
            os.chmod(folder, 0o755)
            pytest.skip("running as root without chattr: cannot make a folder read-only")
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        if done.returncode != 0:
            os.chmod(folder, 0o755)
            pytest.skip(f"chattr +i unsupported here: {done.stderr!r}")
        immutable = True
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        os.chmod(folder, 0o755)


def test_read_only_data_dir_keeps_existing_settings(tmp_path: Path) -> None:
    data = tmp_path / "ro"
    store = Storage.open(data / "assistant.db")
    Settings(store).language = "kk"
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    with read_only_folder(data):
        reopened = Storage.open(data / "assistant.db")
        try:
            assert reopened.in_memory
            assert [n.kind for n in reopened.notices] == [NoticeKind.NOT_WRITABLE]
            assert Settings(reopened).language == "kk"
            Settings(reopened).text_scale = 200  # works for this run, in memory
            assert Settings(reopened).text_scale == 200
        finally:
            reopened.close()


def test_missing_data_dir_is_created(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "c" / "assistant.db"
    store = Storage.open(target)
    try:
        assert store.notices == [] and target.is_file()
    finally:
        store.close()


def test_disk_full_while_running_keeps_what_was_saved(tiny_disk: Path, fill_disk: Callable[[Path],
                                                      None]) -> None:
    from assistant.core.storage import StorageWriteError

    disk = tiny_disk
    store = Storage.open(disk / "data" / "assistant.db")
    Settings(store).language = "ru"
    fill_disk(disk)
    with pytest.raises(StorageWriteError) as raised:
        for n in range(200):  # pages still free in the WAL get used up first
            store.set_setting(f"big{n}", "x" * 4000)
    assert raised.value.disk_full
    assert Settings(store).language == "ru"
    store.close()
    (disk / "filler").unlink()
    reopened = Storage.open(disk / "data" / "assistant.db")
    assert Settings(reopened).language == "ru"
    assert reopened.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened.close()


def test_disk_full_at_start_keeps_settings_and_says_so(tiny_disk: Path,
                                                       fill_disk: Callable[[Path], None]) -> None:
    disk = tiny_disk
    db = disk / "data" / "assistant.db"
    store = Storage.open(db)
    Settings(store).language = "kk"
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    for side in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            db.with_name(db.name + side).unlink()
    fill_disk(disk)
    reopened = Storage.open(db)
    try:
        assert db.exists(), "a healthy file must never be moved aside for a full disk"
        assert [n.kind for n in reopened.notices] == [NoticeKind.DISK_FULL], \
            reopened.notices
        assert Settings(reopened).language == "kk"
    finally:
        reopened.close()
