"""Read a ``.txt`` or ``.eml`` file into the text of a message (no Qt).

The file is only read, never run or rendered: e-mail HTML parts are returned as their
characters, so links in them can be checked but nothing is ever loaded. The window (off
its own thread) and ``check --file`` read files the same way, through
:func:`load_message_file`.

E-mail work is bounded: the standard library's modern header parser grows
quadratically with encoded words (a 615 KB Subject took 5.9 GB), so headers are kept
raw and decoded here by a linear decoder with a cap on encoded words; the parse itself
runs against a time limit. A mail that cannot be parsed in time, or at all, is shown as
its raw text, with a notice.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import time
from dataclasses import dataclass
from email import policy
from email.feedparser import BytesFeedParser
from email.message import Message
from pathlib import Path

from assistant.core.i18n import _
from assistant.core.reading import MAX_MESSAGE_BYTES, ReadError, decode_text, read_file

#: Extensions the check page accepts (lower case, with the dot).
SUPPORTED_SUFFIXES = (".txt", ".eml")
#: Larger files are refused: a message is never this long, and reading it would stall.
MAX_FILE_BYTES = MAX_MESSAGE_BYTES
#: Parsing an e-mail longer than this falls back to its raw text.
EMAIL_TIME_LIMIT = 1.5
#: Encoded words decoded per header (more are left as they are), and header characters
#: looked at: a real Subject has a handful.
MAX_ENCODED_WORDS = 200
MAX_HEADER_CHARS = 16_000
#: Parts of a multipart mail looked at for its text.
MAX_PARTS = 500
_FEED_CHUNK = 64 * 1024

#: Kept for callers that catch the old name; a :class:`ReadError` with a ``reason``.
MessageFileError = ReadError

RAW_EMAIL = "raw_email"


@dataclass(frozen=True)
class MessageFile:
    """The text read from a file; ``notice`` is :data:`RAW_EMAIL` when parsing gave up."""

    text: str
    notice: str | None = None


def notice_text(notice: str) -> str:
    """The sentence to show for a :class:`MessageFile` notice, in the current language."""
    if notice == RAW_EMAIL:
        return _("This e-mail could not be taken apart, so its raw text is shown and "
                 "checked.")
    return ""


class _GiveUp(Exception):
    """The e-mail took too long to parse."""


_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,40})\?([bBqQ])\?([^?\s]*)\?=")
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*"?([A-Za-z0-9_.:\-]{1,40})""", re.IGNORECASE)


def _codec(charset: str) -> str:
    charset = charset.split("*", 1)[0].strip().lower()  # RFC 2231 language suffix
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return "utf-8"


def _decode_word(kind: str, payload: str) -> bytes:
    if kind in "bB":
        try:
            return base64.b64decode(payload + "=" * (-len(payload) % 4))
        except (binascii.Error, ValueError):
            return payload.encode("ascii", "replace")
    raw = payload.replace("_", " ").encode("ascii", "replace")
    return binascii.a2b_qp(raw, header=True)


def decode_header(value: str) -> str:
    """RFC 2047 decoding in one linear pass, with at most MAX_ENCODED_WORDS words.

    Adjacent encoded words in the same charset are joined as bytes before decoding, so
    a letter split between two words comes out whole; the blanks between encoded words
    are dropped, as the standard says.
    """
    value = re.sub(r"\r?\n[ \t]", " ", value[:MAX_HEADER_CHARS])
    out: list[str] = []
    pending: list[bytes] = []
    pending_codec = ""
    last = 0

    def flush() -> None:
        if pending:
            out.append(b"".join(pending).decode(pending_codec, errors="replace"))
            pending.clear()

    for count, match in enumerate(_ENCODED_WORD.finditer(value)):
        if count >= MAX_ENCODED_WORDS:
            break
        between = value[last:match.start()]
        codec = _codec(match.group(1))
        if between and not (pending and between.isspace()):
            flush()
            out.append(between)
        elif pending and codec != pending_codec:
            flush()
        pending_codec = codec
        pending.append(_decode_word(match.group(2), match.group(3)))
        last = match.end()
    flush()
    out.append(value[last:])
    return "".join(out)


def _raw_header(message: Message, name: str) -> str:
    for key, value in message.raw_items():
        if key.lower() == name.lower():
            raw = str(value).encode("ascii", "surrogateescape")
            return decode_text(raw)
    return ""


def _charset(part: Message) -> str:
    match = _CHARSET_PARAM.search(str(part.get("content-type", ""))[:1000])
    return _codec(match.group(1)) if match else ""


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    charset = _charset(part)
    if charset:
        return data.decode(charset, errors="replace")
    return decode_text(data)


def _body(message: Message, deadline: float) -> str | None:
    """The first text/plain part, else the first text/html one (walked without recursion)."""
    html: Message | None = None
    stack = [message]
    seen = 0
    while stack and seen < MAX_PARTS:
        part = stack.pop()
        seen += 1
        if time.monotonic() > deadline:
            raise _GiveUp
        if part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend(child for child in reversed(children[:MAX_PARTS])
                             if isinstance(child, Message))
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            return _part_text(part)
        if kind == "text/html" and html is None:
            html = part
    return _part_text(html) if html is not None else None


def _email_text(data: bytes, time_limit: float) -> str:
    deadline = time.monotonic() + time_limit
    parser = BytesFeedParser(policy=policy.compat32)
    for start in range(0, len(data), _FEED_CHUNK):
        parser.feed(data[start:start + _FEED_CHUNK])
        if time.monotonic() > deadline:
            raise _GiveUp
    message = parser.close()
    lines = []
    for header in ("From", "Subject"):
        value = decode_header(_raw_header(message, header)).strip()
        if value:
            lines.append(f"{header}: {value}")
    body = _body(message, deadline)
    if body:
        lines.append(body)
    return "\n".join(lines) if lines else decode_text(data)


def parse_email(data: bytes, time_limit: float | None = None) -> MessageFile:
    """The sender, subject and text of an e-mail; its raw text (with a notice) if not."""
    try:
        return MessageFile(_email_text(data, EMAIL_TIME_LIMIT if time_limit is None
                                       else time_limit))
    except Exception:  # _GiveUp, RecursionError on deep nesting, any broken structure
        return MessageFile(decode_text(data), RAW_EMAIL)


def load_message_file(path: Path, time_limit: float | None = None) -> MessageFile:
    """The message in ``path`` (a ``.txt`` or an ``.eml`` file).

    Raises:
        ReadError: for an unsupported type, a file that is not a regular file, a file
            too large, or a read error.
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError("type")
    data = read_file(path, MAX_FILE_BYTES)
    if suffix == ".eml":
        return parse_email(data, time_limit)
    return MessageFile(decode_text(data))


def read_message_file(path: Path) -> str:
    """The text of the message in ``path`` (see :func:`load_message_file`)."""
    return load_message_file(path).text
