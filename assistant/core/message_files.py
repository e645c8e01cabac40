"""Read a dropped ``.txt`` or ``.eml`` file into the text of a message (no Qt).

The file is only read, never run or rendered: e-mail HTML parts are returned as their
characters, so links in them can be checked but nothing is ever loaded.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

#: Extensions the check page accepts (lower case, with the dot).
SUPPORTED_SUFFIXES = (".txt", ".eml")
#: Larger files are refused: a message is never this long, and reading it would stall.
MAX_FILE_BYTES = 12 * 1024 * 1024


class MessageFileError(ValueError):
    """The file cannot be used as a message; ``reason`` says why in one word."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "type", "size" or "read"


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _email_text(data: bytes) -> str:
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage):  # pragma: no cover - policy.default guarantees it
        return _decode(data)
    lines = []
    for header in ("From", "Subject"):
        value = message.get(header)
        if value:
            lines.append(f"{header}: {value}")
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        try:
            content = body.get_content()
        except (LookupError, ValueError):
            payload = body.get_payload(decode=True)
            content = _decode(payload if isinstance(payload, bytes) else b"")
        if isinstance(content, str):
            lines.append(content)
    return "\n".join(lines) if lines else _decode(data)


def read_message_file(path: Path) -> str:
    """The text of the message in ``path``.

    Raises:
        MessageFileError: for an unsupported type, a file too large, or a read error.
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise MessageFileError("type")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise MessageFileError("size")
        data = path.read_bytes()
    except OSError as exc:
        raise MessageFileError("read") from exc
    if suffix == ".eml":
        try:
            return _email_text(data)
        except Exception:  # a broken e-mail is shown as its raw text
            return _decode(data)
    return _decode(data)
