"""Bounded reading of everything a message (or, later, a picture) arrives through (no Qt).

Every way in goes through here: a pasted text (:func:`clip_text`), a dropped file and
``check --file`` (:func:`read_file`), stdin (:func:`read_stream`) and ``check --batch``
(:func:`read_lines`, a limit per line). A file is opened without blocking, the *open*
file is checked with ``fstat`` (a name can be swapped for a FIFO or a device between a
``stat()`` and an ``open()``), anything that is not a regular file is refused, and the
byte limit is enforced while reading: a file that grows, or a ``/proc`` file whose size
says 0, is still cut off at the limit.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from assistant.core.i18n import _

#: More than any message: a file or a stream beyond this is refused, not read.
MAX_MESSAGE_BYTES = 12 * 1024 * 1024
_CHUNK = 1024 * 1024


class ReadError(ValueError):
    """The input cannot be used; ``reason`` says why in one word.

    Reasons: ``"type"`` (a file type we do not read), ``"special"`` (a device, a FIFO, a
    socket or a folder), ``"size"`` (over the limit), ``"read"`` (missing or unreadable).
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason if not detail else f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def describe(error: ReadError) -> str:
    """The plain sentence, in the current language, that tells the user why."""
    if error.reason == "type":
        return _("Only text files ({txt}) and e-mails ({eml}) can be opened here.").format(
            txt=".txt", eml=".eml")
    if error.reason == "special":
        return _("This is not an ordinary file (it is a device, a pipe or a folder), so "
                 "it cannot be read as a message.")
    if error.reason == "size":
        return _("This file is too large to be a message.")
    return _("This file cannot be read.")


def read_file(path: Path | str, max_bytes: int = MAX_MESSAGE_BYTES) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them.

    Raises:
        ReadError: ``"special"`` for anything but a regular file (checked on the open
            file), ``"size"`` beyond ``max_bytes``, ``"read"`` when it cannot be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError as exc:
        raise ReadError("special", exc.strerror or "") from exc
    except OSError as exc:
        raise ReadError("read", exc.strerror or str(exc)) from exc
    try:
        try:
            info = os.fstat(fd)
        except OSError as exc:
            raise ReadError("read", exc.strerror or str(exc)) from exc
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("special")
        if info.st_size > max_bytes:
            raise ReadError("size")
        return _read_bounded(lambda size: os.read(fd, size), max_bytes)
    finally:
        os.close(fd)


def read_stream(stream: BinaryIO, max_bytes: int = MAX_MESSAGE_BYTES) -> bytes:
    """At most ``max_bytes`` from ``stream`` (stdin); more raises ``ReadError("size")``."""
    return _read_bounded(stream.read, max_bytes)


def _read_bounded(read: object, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = read(min(_CHUNK, max_bytes + 1 - total))  # type: ignore[operator]
        except BlockingIOError:  # a regular file never blocks; be safe all the same
            continue
        except OSError as exc:
            raise ReadError("read", exc.strerror or str(exc)) from exc
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise ReadError("size")


def read_lines(stream: BinaryIO, max_line_bytes: int = MAX_MESSAGE_BYTES
               ) -> Iterator[bytes | ReadError]:
    """The lines of ``stream`` (without the line break), each read with a limit.

    A line over ``max_line_bytes`` is skipped to its end without being kept, and given
    as a ``ReadError("size")`` so the caller can report it in its place. A UTF-8
    byte-order mark before the first line is dropped.
    """
    first = True
    while True:
        line = stream.readline(max_line_bytes + 1)
        if not line:
            return
        if first:
            first = False
            if line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
        if len(line) > max_line_bytes and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line, a chunk at a time
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield ReadError("size")
            continue
        yield line.rstrip(b"\r\n")


def decode_text(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without a BOM), UTF-16 with a BOM, else CP1251."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def clip_text(text: str, max_chars: int = MAX_MESSAGE_BYTES) -> tuple[str, bool]:
    """A pasted text cut to ``max_chars`` characters; the flag says whether it was cut."""
    if len(text) <= max_chars:
        return text, False
    return text[:max_chars], True
