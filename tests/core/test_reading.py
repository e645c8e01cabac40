"""The bounded reader and the e-mail parser against hostile files (no Qt)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from assistant.core import reading
from assistant.core.message_files import (
    RAW_EMAIL,
    decode_header,
    load_message_file,
    parse_email,
)
from assistant.core.reading import ReadError

unix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")


def encoded_subject_mail(words: int) -> bytes:
    """A mail whose Subject is ``words`` encoded words (the header parser's worst case)."""
    subject = "\r\n ".join("=?utf-8?b?0JrQvtC0?=" for _ in range(words))
    return (b"From: bank@example.invalid\r\nSubject: " + subject.encode()
            + b"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Назовите код из SMS".encode())


def nested_multipart_mail(size: int) -> bytes:
    """A mail of nested multiparts, ``size`` bytes or a little more."""
    parts = []
    depth = total = 0
    while total < size:
        boundary = f"b{depth}"
        parts.append(f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
                     f"--{boundary}\r\n".encode())
        depth += 1
        if depth % 50 == 0:
            parts.append(b"Content-Type: text/plain\r\n\r\n" + b"x" * 2000 + b"\r\n")
        total += len(parts[-1])
    return b"From: a@example.invalid\r\nSubject: nested\r\n" + b"".join(parts)


def run_limited(code: str, memory_mb: int, timeout: float) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter with at most ``memory_mb`` of address space."""
    limit = memory_mb * 1024 * 1024
    prelude = ("import resource\n"
               f"resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))\n")
    return subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)],
                          capture_output=True, text=True, timeout=timeout, check=False)


@unix_only
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "message.txt"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(ReadError) as info:
        reading.read_file(fifo)
    assert info.value.reason == "special"
    assert time.monotonic() - start < 1.0
    with pytest.raises(ReadError) as info:
        load_message_file(fifo)
    assert info.value.reason == "special"


@unix_only
def test_a_link_to_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    for device in ("/dev/zero", "/dev/urandom"):
        link = tmp_path / f"x{Path(device).name}.txt"
        link.symlink_to(device)
        with pytest.raises(ReadError) as info:
            load_message_file(link)
        assert info.value.reason == "special"
        assert "not an ordinary file" in reading.describe(info.value)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "letters.txt"
    folder.mkdir()
    with pytest.raises(ReadError) as info:
        load_message_file(folder)
    assert info.value.reason in ("special", "read")


def test_the_limit_holds_while_reading_not_from_stat() -> None:
    endless = io.BytesIO(b"a" * 5000)
    with pytest.raises(ReadError) as info:
        reading.read_stream(endless, max_bytes=4096)
    assert info.value.reason == "size"
    assert reading.read_stream(io.BytesIO(b"abc"), max_bytes=3) == b"abc"


@unix_only
def test_the_limit_holds_on_a_file_whose_size_says_zero(tmp_path: Path) -> None:
    # /proc files report a size of 0 and still give bytes.
    proc = Path("/proc/self/maps")
    if not proc.exists():
        pytest.skip("no /proc")
    with pytest.raises(ReadError) as info:
        reading.read_file(proc, max_bytes=16)
    assert info.value.reason == "size"


def test_lines_are_read_with_a_limit_each_and_a_bom_is_dropped() -> None:
    stream = io.BytesIO(b"\xef\xbb\xbf{\"a\": 1}\n" + b"x" * 100 + b"\nshort\r\nlast")
    lines = list(reading.read_lines(stream, max_line_bytes=20))
    assert lines[0] == b'{"a": 1}'
    assert isinstance(lines[1], ReadError) and lines[1].reason == "size"
    assert lines[2:] == [b"short", b"last"]


def test_pasted_text_is_clipped() -> None:
    assert reading.clip_text("abcdef", 4) == ("abcd", True)
    assert reading.clip_text("abc", 4) == ("abc", False)


def test_encoded_words_are_decoded_linearly_and_capped() -> None:
    assert decode_header("=?utf-8?b?0JrQvtC0?= =?utf-8?q?_=D0=B8=D0=B7?= SMS") == "Код из SMS"
    assert decode_header("=?windows-1251?q?=CA=EE=E4?=") == "Код"
    assert decode_header("=?x-unknown?b?0JrQvtC0?=") == "Код"
    assert decode_header("plain") == "plain"
    many = " ".join(["=?utf-8?b?0JrQvtC0?="] * 10_000)
    start = time.perf_counter()
    decoded = decode_header(many)
    assert time.perf_counter() - start < 0.5
    assert decoded.startswith("КодКод") and "=?utf-8?b?" in decoded  # the rest left as is


def test_a_30000_word_subject_is_parsed_fast_in_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "subject.eml"
    path.write_bytes(encoded_subject_mail(30_000))
    assert path.stat().st_size > 600_000
    result = run_limited(f"""
        import time
        from pathlib import Path
        from assistant.core.message_files import load_message_file
        start = time.perf_counter()
        message = load_message_file(Path({str(path)!r}))
        print(round(time.perf_counter() - start, 2), message.notice)
        print(message.text[:80])
    """, memory_mb=700, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    seconds, notice = result.stdout.split("\n")[0].split()
    assert float(seconds) <= 2.0
    assert notice == "None"
    assert "Subject: КодКод" in result.stdout


def test_a_6_mb_nested_multipart_falls_back_to_raw_text_in_time(tmp_path: Path) -> None:
    path = tmp_path / "nested.eml"
    path.write_bytes(nested_multipart_mail(6 * 1024 * 1024))
    result = run_limited(f"""
        import time
        from pathlib import Path
        from assistant.core.message_files import load_message_file
        start = time.perf_counter()
        message = load_message_file(Path({str(path)!r}))
        print(round(time.perf_counter() - start, 2), message.notice, len(message.text))
    """, memory_mb=900, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    seconds, notice, length = result.stdout.split()
    assert float(seconds) <= 3.0
    assert notice in ("None", RAW_EMAIL)
    assert int(length) > 0


def test_a_mail_that_takes_too_long_is_shown_raw_with_a_notice() -> None:
    mail = nested_multipart_mail(200_000)
    message = parse_email(mail, time_limit=0.0)
    assert message.notice == RAW_EMAIL
    assert "Subject: nested" in message.text


def test_mail_parts_charsets_and_html_only() -> None:
    mail = (b"From: =?utf-8?b?0JHQsNC90Lo=?= <x@example.invalid>\r\nSubject: hi\r\n"
            b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
            b"Content-Type: text/html; charset=windows-1251\r\n\r\n<p>\xca\xee\xe4</p>\r\n"
            b"--b\r\nContent-Type: text/plain; charset=koi8-r\r\n"
            b"Content-Transfer-Encoding: 8bit\r\n\r\n\xeb\xcf\xc4\r\n--b--\r\n")
    message = parse_email(mail)
    assert message.notice is None
    assert message.text.splitlines()[:3] == ["From: Банк <x@example.invalid>", "Subject: hi",
                                              "Код"]
