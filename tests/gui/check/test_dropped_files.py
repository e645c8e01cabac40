"""Dropped files are read off the GUI thread by the bounded reader: hostile ones too."""

from __future__ import annotations

import itertools
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from assistant.ui.check import input as check_input
from tests.core.test_reading import encoded_subject_mail, nested_multipart_mail
from tests.gui.check.drop import drop_file
from tests.gui.check.test_check_page import open_check_page

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and devices")


def drop(qtbot, page, path: Path, timeout: int = 20000) -> bool:  # type: ignore[no-untyped-def]
    """Drop ``path`` on the message box like a file manager does; wait for the read."""
    with qtbot.waitSignal(page.editor.file_loaded, timeout=timeout) as blocker:
        drop_file(page.editor.viewport(), path)
    return bool(blocker.args[0])


@posix_only
def test_a_dropped_fifo_and_a_link_to_urandom_are_refused_at_once(
        qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_check_page(make_window)
    page.editor.set_message("my own text")
    fifo = tmp_path / "message.txt"
    os.mkfifo(fifo)
    link = tmp_path / "x.txt"
    link.symlink_to("/dev/urandom")
    for path in (fifo, link):
        start = time.monotonic()
        assert drop(qtbot, page, path, timeout=5000) is False
        assert time.monotonic() - start < 5
        assert "not an ordinary file" in page.note.text()
        assert page.editor.message() == "my own text"


def test_the_window_keeps_running_while_a_file_is_read(
        qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_check_page(make_window)
    real_read = check_input._read

    def slow_read(path: Path):  # type: ignore[no-untyped-def]
        time.sleep(0.6)  # a slow disk; the GUI thread must not wait for it
        return real_read(path)

    monkeypatch.setattr(check_input, "_read", slow_read)
    path = tmp_path / "message.txt"
    path.write_text("Назовите код из SMS", encoding="utf-8")
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    assert drop(qtbot, page, path)
    timer.stop()
    assert page.editor.message() == "Назовите код из SMS"
    assert len(ticks) > 10, "the event loop ran while the file was read"
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 0.5


def test_hostile_emails_dropped_in_the_window(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_check_page(make_window)
    subject = tmp_path / "subject.eml"
    subject.write_bytes(encoded_subject_mail(30_000))
    assert drop(qtbot, page, subject)
    assert page.editor.message().startswith("From: bank@example.invalid\nSubject: КодКод")
    nested = tmp_path / "nested.eml"
    nested.write_bytes(nested_multipart_mail(6 * 1024 * 1024))
    assert drop(qtbot, page, nested, timeout=30000)
    assert page.editor.message()


def test_an_email_that_cannot_be_parsed_in_time_is_shown_raw_with_a_note(
        qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.core import message_files

    _window, page = open_check_page(make_window)
    monkeypatch.setattr(message_files, "EMAIL_TIME_LIMIT", 0.0)
    mail = tmp_path / "letter.eml"
    mail.write_bytes(nested_multipart_mail(100_000))
    assert drop(qtbot, page, mail)
    assert page.editor.message().startswith("From: a@example.invalid\nSubject: nested")
    assert "raw text" in page.note.text()


def test_the_note_tells_how_much_of_an_expanding_text_was_read(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_check_page(make_window)
    page.editor.set_message("\ufdfa" * 49_990)  # 18 characters each after NFKC
    with qtbot.waitSignal(page.runner.report_ready, timeout=20000):
        page.start_check()
    assert page.truncated_note.isVisible()
    assert "2,777" in page.truncated_note.text()  # 50,000 // 18 whole characters
