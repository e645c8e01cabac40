"""Save a file the user keeps (a report, a letter) so that it is whole or not there (no Qt).

The bytes go to a temporary file in the same folder (mode 0600), are flushed and
fsynced, checked (size on disk, and an expected ending such as a PDF's ``%%EOF``), and
only then renamed over the target. Any failing step removes the temporary file and
raises :class:`NotSaved` with the reason in plain words, so the window never says
"saved" about a file cut short by a full disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from assistant.core.i18n import _

_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_REFUSED = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.ENOTDIR}


class NotSaved(Exception):
    """The file was not saved; ``reason`` is one plain sentence in the current language."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def reason_for(exc: OSError) -> str:
    """Why an ``OSError`` stopped a save, in plain words."""
    if exc.errno in _FULL:
        return _("The disk is full.")
    if exc.errno in _REFUSED:
        return _("This folder cannot be written to.")
    return exc.strerror or str(exc)


def write_private_file(path: Path, data: bytes, ending: bytes | None = None) -> None:
    """Write ``data`` to ``path`` atomically, readable by its owner only.

    Args:
        path: the file to create or replace.
        data: its whole content.
        ending: bytes that must appear in the last kilobyte written (``b"%%EOF"``).

    Raises:
        NotSaved: any step failed; ``path`` is left as it was.
    """
    if ending is not None and ending not in data[-1024:]:
        raise NotSaved(_("The file came out incomplete."))
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".part")
    except OSError as exc:
        raise NotSaved(reason_for(exc)) from exc
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
            size = os.fstat(fd).st_size
            tail = os.pread(fd, 1024, max(0, size - 1024)) if hasattr(os, "pread") else data
        finally:
            os.close(fd)
        if size != len(data) or (ending is not None and ending not in tail):
            raise NotSaved(_("The file came out incomplete."))
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise NotSaved(reason_for(exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
