"""The file side of the user database: private folders and files, moving a damaged file
aside, telling a foreign write-ahead log, and reading SQLite's errors (damage, a full
disk, a refused write). No Qt; used by :mod:`assistant.core.storage` alone."""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sqlite3
import stat
from pathlib import Path


def _timestamp() -> str:
    return _dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _move_aside(path: Path, label: str) -> Path:
    target = path.with_name(f"{path.name}.{label}-{_timestamp()}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{_timestamp()}-{counter}")
        counter += 1
    os.replace(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            with contextlib.suppress(OSError):
                os.replace(side, target.with_name(target.name + suffix))
    return target


def _ensure_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parent with mode 0700; tighten ``folder`` itself."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for item in reversed(missing):
        with contextlib.suppress(FileExistsError):
            item.mkdir(mode=0o700)
    mode = stat.S_IMODE(folder.stat().st_mode)
    if mode & 0o077 and os.name == "posix":
        os.chmod(folder, 0o700)


def _identity(uri: str) -> str | None:
    """The token of the database at ``uri``, or None when it has none or cannot be read."""
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT token FROM storage_identity LIMIT 1").fetchone()
        return str(row[0]) if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _foreign_wal(path: Path) -> bool:
    """Is the ``-wal`` beside ``path`` from another database?

    The file alone (``immutable``: the log is not read) gives our token; the file seen
    through the log (read-only: nothing is folded in) must give the same one.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.stat().st_size == 0:
            return False
    except OSError:
        return False
    uri = path.absolute().as_uri()
    own = _identity(f"{uri}?mode=ro&immutable=1")
    if own is None:
        return False  # no token in the file yet (never folded in): nothing to compare
    return _identity(f"{uri}?mode=ro") != own


def _ensure_private_file(path: Path) -> None:
    """Create ``path`` with mode 0600 if missing; tighten it if it exists."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        os.chmod(path, 0o600)


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """The file itself is broken (as opposed to the disk or the permissions)."""
    text = str(exc).lower()
    return any(sign in text for sign in ("not a database", "malformed", "file is encrypted"))


#: Below this much free space, an I/O error is taken to mean "the disk is full"
#: (SQLite reports ENOSPC on its side files as a plain "disk I/O error").
LOW_SPACE_BYTES = 1024 * 1024


def _is_disk_full(exc: sqlite3.DatabaseError, path: Path | None) -> bool:
    text = str(exc).lower()
    if "disk is full" in text:
        return True
    if "i/o error" in text and path is not None:
        try:
            info = os.statvfs(path.parent)
        except (OSError, AttributeError):  # no statvfs on Windows: trust the message
            return False
        return info.f_bavail * info.f_frsize < LOW_SPACE_BYTES
    return False


def _is_write_refused(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(sign in text for sign in ("readonly", "read-only", "unable to open",
                                         "disk i/o error", "attempt to write"))
