"""An unexpected error in a slot: logged privately, the user told calmly, the app goes on."""

from __future__ import annotations

import stat
import sys
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QTimer

from assistant.ui import errors

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tests.hints import MakeWindow

pytestmark = pytest.mark.gui


def test_error_in_a_slot_is_logged_and_shown(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                             isolated_data_dir: Path) -> None:
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_error_dialog", shown.append)
    monkeypatch.setattr(sys, "excepthook", errors.handle_exception)

    def broken_slot() -> None:
        raise RuntimeError("boom in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown))
    assert "your data is safe" in shown[0]
    log = errors.log_path()
    assert "boom in a slot" in log.read_text(encoding="utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    # The event loop keeps working after the error.
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1])


def test_unwritable_log_still_shows_the_message(monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(errors, "log_path", lambda: blocker / "errors.log")
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_error_dialog", shown.append)
    try:
        raise ValueError("x")
    except ValueError as exc:
        errors.handle_exception(ValueError, exc, exc.__traceback__)
    assert shown and "Details were written" not in shown[0]


def test_disk_full_in_the_window_gives_a_plain_message(make_window: MakeWindow, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       tiny_disk: Path,
                                                       fill_disk: Callable[[Path], None]) -> None:
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_error_dialog", shown.append)
    monkeypatch.setattr(sys, "excepthook", errors.handle_exception)
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tiny_disk / "data"))
    window = make_window(language="en")
    window.show_page("settings")
    page = window.current_page()
    store = window.context.storage
    fill_disk(tiny_disk)
    for n in range(200):  # use up the pages SQLite still had free
        try:
            store.set_setting(f"pad{n}", "x" * 4000)
        except Exception:
            break
    page.high_contrast.click()
    banner = window.banner
    qtbot.waitUntil(banner.isVisible)
    assert "disk is full" in banner.label.text()
    assert "What you saved before is safe" in banner.label.text()
    assert shown == [], "the banner says it; no dialog on top"
    assert window.isVisible()


def test_a_run_of_failed_saves_gives_one_notice_keeps_the_text_then_saved_again(
        make_window, qtbot, monkeypatch, tiny_disk, fill_disk) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from tests.gui.checklist.test_checklist_gui import child, click, make_plan, saved_incidents

    shown: list[str] = []
    monkeypatch.setattr(errors, "show_error_dialog", shown.append)
    monkeypatch.setattr(sys, "excepthook", errors.handle_exception)
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tiny_disk / "data"))
    window = make_window(language="en")
    make_plan(qtbot, window, ["card-details"], "today")
    store = window.context.storage
    told: list[object] = []
    store.listeners.append(lambda notice: told.append(notice.kind))
    fill_disk(tiny_disk)
    for n in range(200):  # use up the pages SQLite still had free
        try:
            store.set_setting(f"pad{n}", "x" * 4000)
        except Exception:
            break
    note = child(window, QLineEdit, "step-note-bank")
    note.setFocus()
    for n in range(40):  # forty edits, each saved on its own, all refused
        qtbot.keyClicks(note, f" ref{n}")
        note.editingFinished.emit()
    who = child(window, QLineEdit, "contact-who")
    qtbot.keyClicks(who, "Bank hotline")
    click(qtbot, child(window, QPushButton, "contact-add"))
    for _ in range(3):
        click(qtbot, child(window, QPushButton, "plan-close"))  # other saves refused too
    assert shown == [], f"{len(shown)} dialogs"
    assert [kind.value for kind in told] == ["not_saved"]  # type: ignore[attr-defined]
    banner = window.banner
    assert banner.isVisible()
    assert banner.label.text().count("cannot be saved right now") == 1
    assert "disk is full" in banner.label.text()
    assert note.text().endswith(" ref39"), "the typed note is kept"
    assert who.text() == "Bank hotline", "the typed contact is kept"

    (tiny_disk / "filler").unlink()  # space is back
    for n in range(200):
        store.connection.execute("DELETE FROM settings WHERE key = ?", (f"pad{n}",))
    qtbot.keyClicks(note, " ok")
    note.editingFinished.emit()
    assert "being saved again" in banner.label.text()
    assert "cannot be saved right now" not in banner.label.text()
    assert saved_incidents()[0].step("bank").note.endswith(" ref39 ok")
    assert shown == []
