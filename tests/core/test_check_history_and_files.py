"""The opt-in check history and the reading of dropped message files (no Qt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from assistant.core.check_history import MAX_ENTRIES, CheckHistory, first_words
from assistant.core.message_files import MAX_FILE_BYTES, MessageFileError, read_message_file

if TYPE_CHECKING:
    from assistant.core.storage import Storage


def test_history_is_off_by_default_and_keeps_nothing(storage: Storage) -> None:
    history = CheckHistory(storage)
    assert history.enabled is False
    assert history.add("danger", "Назовите код из SMS") is False
    assert history.entries() == []
    rows = storage.connection.execute("SELECT COUNT(*) FROM check_history").fetchone()
    assert rows[0] == 0


def test_history_keeps_first_words_only_and_deletes_all(storage: Storage) -> None:
    history = CheckHistory(storage)
    history.enabled = True
    secret = "Здравствуйте, я из банка. " + "Ваш код 4321 продиктуйте мне сейчас же. " * 5
    when = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)
    assert history.add("danger", secret, now=when)
    assert history.add("no_signs", "Привет!", now=when)
    entries = history.entries()
    assert [e.verdict for e in entries] == ["no_signs", "danger"], "newest first"
    assert entries[1].checked_at == when
    assert entries[1].first_words.endswith("…") and len(entries[1].first_words) <= 61
    assert "4321" not in "".join(e.first_words for e in entries)
    history.delete_all()
    assert history.entries() == []


def test_turning_history_off_deletes_it(storage: Storage) -> None:
    history = CheckHistory(storage)
    history.enabled = True
    history.add("danger", "text")
    history.enabled = False
    assert history.entries() == []
    assert CheckHistory(storage).enabled is False, "the choice is saved"


def test_history_is_bounded(storage: Storage) -> None:
    history = CheckHistory(storage)
    history.enabled = True
    for number in range(MAX_ENTRIES + 5):
        history.add("suspicious", f"message {number}")
    entries = history.entries()
    assert len(entries) == MAX_ENTRIES
    assert entries[0].first_words == f"message {MAX_ENTRIES + 4}"


def test_first_words_on_one_line() -> None:
    assert first_words("  a\n\nb\tc  ") == "a b c"
    assert first_words("x" * 200) == "x" * 60 + "…"
    assert first_words("код 123 456, карта 4400 4301 2345 6789") == (
        "код •••••••, карта •••••••••••••••••••")
    assert first_words("в 10 у школы") == "в 10 у школы"


def test_reads_text_in_common_encodings(tmp_path: Path) -> None:
    for encoding, name in (("utf-8", "a.txt"), ("utf-8-sig", "b.txt"), ("utf-16", "c.txt"),
                           ("cp1251", "d.TXT")):
        path = tmp_path / name
        path.write_bytes("Ваш код: 1234".encode(encoding))
        assert read_message_file(path) == "Ваш код: 1234", encoding


def test_reads_an_email_with_html_as_characters(tmp_path: Path) -> None:
    path = tmp_path / "mail.eml"
    path.write_bytes(b"From: x@example.invalid\nSubject: Prize\n"
                     b"Content-Type: text/html; charset=utf-8\n\n"
                     b'<a href="http://egov-kz.com">Get it</a>')
    text = read_message_file(path)
    assert "Subject: Prize" in text
    assert '<a href="http://egov-kz.com">' in text


def test_refuses_other_types_big_files_and_missing_files(tmp_path: Path) -> None:
    exe = tmp_path / "setup.exe"
    exe.write_bytes(b"MZ")
    with pytest.raises(MessageFileError) as info:
        read_message_file(exe)
    assert info.value.reason == "type"
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(MessageFileError) as info:
        read_message_file(big)
    assert info.value.reason == "size"
    with pytest.raises(MessageFileError) as info:
        read_message_file(tmp_path / "gone.txt")
    assert info.value.reason == "read"
