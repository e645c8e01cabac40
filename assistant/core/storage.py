"""One SQLite database for settings, quiz progress, checklist runs and (opt-in) history.

Every feature registers its own numbered migrations under a component name; the
database records the version reached per component. Writes run in transactions, so
a crash leaves either the old or the new state. The file is readable by its owner only.
A damaged file is moved aside (never deleted) and a fresh one created; a read-only or
missing folder falls back to a database in memory. Both leave a :class:`Notice` for the
window to show once.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from assistant.core.storage_files import (
    _ensure_private_file,
    _ensure_private_folder,
    _foreign_wal,
    _is_damage,
    _is_disk_full,
    _is_write_refused,
    _move_aside,
)

log = logging.getLogger(__name__)

Migration = str | Sequence[str]

#: component name -> ordered list of migrations (SQL scripts); index + 1 is the version.
_MIGRATIONS: dict[str, list[str]] = {}


def register_migrations(component: str, migrations: Sequence[str]) -> None:
    """Declare the schema history of ``component``; later entries must only be appended."""
    _MIGRATIONS[component] = list(migrations)


register_migrations(
    "core",
    [
        """
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
        # A random token per database: a write-ahead log left by another database
        # shows a different one (or none) and is moved aside instead of replayed.
        """
        CREATE TABLE storage_identity (token TEXT NOT NULL);
        INSERT INTO storage_identity(token) VALUES (lower(hex(randomblob(16))));
        """,
    ],
)


class NoticeKind(enum.Enum):
    """What went wrong with the user's data when opening it."""

    DAMAGED_MOVED_ASIDE = "damaged"
    NEWER_VERSION_MOVED_ASIDE = "newer"
    NOT_WRITABLE = "not_writable"
    DISK_FULL = "disk_full"
    # While the app runs:
    COPY_REMAINS = "copy_remains"  # another window blocks folding the deleted data away
    NOT_SAVED = "not_saved"  # changes fail to save (disk full, folder read-only)
    SAVED_AGAIN = "saved_again"  # a save worked again after failures


class Notice(NamedTuple):
    """Something the window must tell the user once, in plain words."""

    kind: NoticeKind
    path: Path
    moved_to: Path | None = None
    detail: str = ""


class StorageError(Exception):
    """The database could not be used at all (not even in memory)."""


class StorageWriteError(StorageError):
    """A change could not be saved (disk full, folder made read-only...); nothing was lost.

    ``disk_full`` tells the window which plain-words message to show; ``reported`` is
    True when a listener (the window) was already told about this run of failures, so
    no dialog needs to repeat it.
    """

    def __init__(self, message: str, disk_full: bool, reported: bool = False) -> None:
        super().__init__(message)
        self.disk_full = disk_full
        self.reported = reported


class Storage:
    """The user's database. Open with :meth:`open`; use :meth:`transaction` to write."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None,
                 notices: list[Notice]) -> None:
        self._conn = connection
        self.path = path
        self.notices = notices
        #: Called with a :class:`Notice` while the app runs (a save failed, saves work
        #: again, a deleted text could not be folded away yet); the window listens.
        self.listeners: list[Callable[[Notice], None]] = []
        #: Deleted data still sits in the write-ahead log (another connection blocked
        #: the checkpoint); retried after each write and on closing.
        self.scrub_pending = False
        self._write_failing = False

    # -- opening -------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> Storage:
        """Open (or create) the database at ``path``, recovering from damage."""
        notices: list[Notice] = []
        try:
            _ensure_private_folder(path.parent)
            if path.is_dir():
                moved = _move_aside(path, "not-a-file")
                notices.append(Notice(NoticeKind.DAMAGED_MOVED_ASIDE, path, moved))
            if path.is_file() and _foreign_wal(path):
                log.warning("the write-ahead log beside %s belongs to another database", path)
                moved = _move_aside(path, "damaged")
                notices.append(Notice(NoticeKind.DAMAGED_MOVED_ASIDE, path, moved,
                                      "a write-ahead log from another database"))
            _ensure_private_file(path)
        except OSError as exc:
            notices.append(Notice(NoticeKind.NOT_WRITABLE, path, detail=str(exc)))
            return cls._in_memory(notices, copy_from=path if path.is_file() else None)

        for _attempt in range(2):
            try:
                conn = cls._connect(path)
                storage = cls(conn, path, notices)
                storage._migrate()
                return storage
            except _NewerSchemaError:
                conn.close()
                moved = _move_aside(path, "newer-version")
                notices.append(Notice(NoticeKind.NEWER_VERSION_MOVED_ASIDE, path, moved))
                _ensure_private_file(path)
            except sqlite3.DatabaseError as exc:
                if _is_disk_full(exc, path):
                    notices.append(Notice(NoticeKind.DISK_FULL, path, detail=str(exc)))
                    return cls._in_memory(notices, copy_from=path)
                if not _is_damage(exc):
                    notices.append(Notice(NoticeKind.NOT_WRITABLE, path, detail=str(exc)))
                    return cls._in_memory(notices, copy_from=path)
                try:
                    moved = _move_aside(path, "damaged")
                    _ensure_private_file(path)
                except OSError as move_exc:
                    notices.append(Notice(NoticeKind.NOT_WRITABLE, path, detail=str(move_exc)))
                    return cls._in_memory(notices)
                notices.append(Notice(NoticeKind.DAMAGED_MOVED_ASIDE, path, moved, str(exc)))
        notices.append(Notice(NoticeKind.NOT_WRITABLE, path, detail="repeated failure"))
        return cls._in_memory(notices)

    @classmethod
    def _in_memory(cls, notices: list[Notice], copy_from: Path | None = None) -> Storage:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        if copy_from is not None:
            # Keep what the user had (settings, progress) for this run, read-only on disk.
            with contextlib.suppress(sqlite3.Error, OSError):
                source = sqlite3.connect(f"{copy_from.as_uri()}?mode=ro&immutable=1", uri=True)
                try:
                    source.backup(conn)
                finally:
                    source.close()
        storage = cls(conn, None, notices)
        storage._migrate()
        return storage

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves (see transaction()).
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=5.0,
                               check_same_thread=False)
        try:
            # Reading the schema proves the file is a database; a damaged one raises here.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            # Deleted rows (history, checklist notes) are overwritten, not left in free pages.
            conn.execute("PRAGMA secure_delete=ON")
            result = conn.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise sqlite3.DatabaseError(f"malformed: quick_check said {result!r}")
        except BaseException:
            conn.close()
            raise
        return conn

    def _migrate(self) -> None:
        conn = self._conn
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_versions ("
            " component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
        )
        known = dict(conn.execute("SELECT component, version FROM schema_versions"))
        for component, version in known.items():
            migrations = _MIGRATIONS.get(component)
            if migrations is not None and version > len(migrations):
                raise _NewerSchemaError(component)
        for component, migrations in _MIGRATIONS.items():
            self._migrate_component(component, migrations, known.get(component, 0))

    def _migrate_component(self, component: str, migrations: list[str], current: int) -> None:
        for number, script in enumerate(migrations[current:], start=current + 1):
            with self.transaction() as conn:
                for statement in _split_sql(script):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_versions(component, version) VALUES (?, ?)"
                    " ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                    (component, number),
                )

    def ensure_migrated(self) -> None:
        """Apply migrations registered after opening (features imported later)."""
        self._migrate()

    # -- use -----------------------------------------------------------------------

    @property
    def in_memory(self) -> bool:
        """True when nothing will survive a restart (folder not writable)."""
        return self.path is None

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for reads; write through :meth:`transaction`."""
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """An atomic write: everything inside commits together or not at all.

        Raises:
            StorageWriteError: the disk is full or the file can no longer be written;
                the database keeps its previous state.
        """
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            else:
                conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            full = _is_disk_full(exc, self.path)
            if full or _is_write_refused(exc):
                if not self._write_failing:
                    self._write_failing = True
                    self._tell(Notice(NoticeKind.NOT_SAVED, self.path or Path(),
                                      detail="disk_full" if full else "refused"))
                raise StorageWriteError(str(exc), disk_full=full,
                                        reported=bool(self.listeners)) from exc
            raise
        if self._write_failing:
            self._write_failing = False
            self._tell(Notice(NoticeKind.SAVED_AGAIN, self.path or Path()))
        if self.scrub_pending:
            self._checkpoint(attempts=1)

    @property
    def write_failing(self) -> bool:
        """True from a failed save until the next save that works."""
        return self._write_failing

    def _tell(self, notice: Notice) -> None:
        for listener in list(self.listeners):
            try:
                listener(notice)
            except Exception:  # a listener must never break a save
                log.exception("a storage listener failed")

    def scrub(self) -> bool:
        """After deleting private data: fold the write-ahead log into the file and empty it.

        With ``secure_delete`` on, the deleted text is then gone from the disk files too.
        Another connection (a second window) reading an older state blocks this; SQLite
        then answers busy instead of raising. We retry a few times, then keep it pending
        (retried after each write and on closing) and tell the listeners once.

        Returns:
            True when the log is empty, False while a copy remains.
        """
        if self.path is None:
            return True
        return self._checkpoint(attempts=3)

    def _checkpoint(self, attempts: int) -> bool:
        conn = self._conn
        done = False
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA busy_timeout = 100")  # never hold the window for long
        try:
            for attempt in range(attempts):
                try:
                    row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                except sqlite3.Error as exc:
                    log.warning("checkpoint failed: %s", exc)
                    row = None
                # (busy, frames in the log, frames folded): busy = 1 when blocked.
                if row is not None and row[0] == 0:
                    done = True
                    break
                if attempt + 1 < attempts:
                    time.sleep(0.05 * (attempt + 1))
        finally:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA busy_timeout = 5000")
        was_pending = self.scrub_pending
        self.scrub_pending = not done
        if not done and not was_pending:
            log.warning("deleted data stays in the write-ahead log: another connection "
                        "blocks the checkpoint")
            self._tell(Notice(NoticeKind.COPY_REMAINS, self.path or Path()))
        return done

    def schema_version(self, component: str) -> int:
        """The migration number reached by ``component`` (0 if none)."""
        row = self._conn.execute(
            "SELECT version FROM schema_versions WHERE component = ?", (component,)
        ).fetchone()
        return int(row[0]) if row else 0

    def get_setting(self, key: str, default: Any = None) -> Any:
        """A stored setting (JSON-decoded), or ``default``; bad values give ``default``."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        return _decode(row[0], default)

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable setting atomically."""
        import json

        encoded = json.dumps(value)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, encoded),
            )

    def close(self) -> None:
        """Close the connection (folding away deleted data first); further use raises."""
        if self.scrub_pending:
            with contextlib.suppress(sqlite3.Error):
                self._checkpoint(attempts=1)
        self._conn.close()


class _NewerSchemaError(Exception):
    """The file was written by a newer version of the app."""


def _decode(text: str, default: Any) -> Any:
    """JSON-decode a stored value; the simple values settings use need no json import."""
    simple = {"true": True, "false": False, "null": None}
    if text in simple:
        return simple[text]
    if text.isdigit():
        return int(text)
    import json

    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return default


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (our scripts hold no ';' in strings)."""
    return [part.strip() for part in script.split(";") if part.strip()]
