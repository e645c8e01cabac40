"""The letters from the plan: details typed and saved, preview, Copy, PDF in kk, ru, en."""

from __future__ import annotations

import shutil
import stat
import subprocess
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from assistant.core import checklist as core
from assistant.core import paths
from assistant.core.checklist import letters as core_letters
from assistant.core.storage import Storage
from assistant.ui.checklist import ChecklistPage
from assistant.ui.checklist import letters as ui_letters
from assistant.ui.widgets import BigButton, PlainLabel

if TYPE_CHECKING:
    from typing import Any

    from pytestqt.qtbot import QtBot

    from assistant.ui.mainwindow import MainWindow
    from tests.hints import MakeWindow

pytestmark = pytest.mark.gui

OUT = Path(__file__).resolve().parents[3] / "build" / "screenshots" / "letters"
NAME = "Сәрсенова Әйгерім Қайратқызы"
IIN = "900101400123"


def child(window: QWidget, kind: type, name: str) -> Any:
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def make_plan(qtbot: QtBot, window: MainWindow, answers: list[str]) -> ChecklistPage:
    click(qtbot, window.pages["home"].checklist_button)
    for answer in answers:
        click(qtbot, child(window, BigButton, f"triage-what-{answer}"))
    click(qtbot, child(window, BigButton, "triage-when-today"))
    click(qtbot, child(window, BigButton, "triage-submit"))
    page = window.current_page()
    assert isinstance(page, ChecklistPage)
    return page


def saved_details() -> dict[str, str]:
    storage = Storage.open(paths.database_path())
    try:
        store = core.IncidentStore(storage, core.default())
        return store.details(store.incidents()[0].id)
    finally:
        storage.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type text as a keyboard layout's input method does (QTest types ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_details(qtbot: QtBot, window: MainWindow) -> None:
    type_text(child(window, QLineEdit, "detail-name"), NAME)
    qtbot.keyClicks(child(window, QLineEdit, "detail-iin"), IIN)
    type_text(child(window, QLineEdit, "letter-field-lender"), "ТОО «МФО Пример»")
    story = child(window, QPlainTextEdit, "letter-field-story")
    story.setFocus()
    qtbot.keyClicks(story, "A <b>bank</b> officer called")


def capture_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[ui_letters.LetterDialog]:
    """Show each letter without a modal loop, and keep it for the test."""
    shown: list[ui_letters.LetterDialog] = []

    def show(dialog: ui_letters.LetterDialog) -> None:
        dialog.show()
        shown.append(dialog)

    monkeypatch.setattr(ui_letters, "show_letter", show)
    return shown


def test_details_are_saved_and_the_letters_use_them(make_window: MakeWindow, qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    make_plan(qtbot, window, ["code-1414", "loan-taken"])
    type_details(qtbot, window)
    qtbot.waitUntil(lambda: saved_details().get("iin") == IIN, timeout=3000)
    shown = capture_dialogs(monkeypatch)
    click(qtbot, child(window, QPushButton, "letter-police"))
    dialog = shown[-1]
    preview = dialog.preview.toPlainText()
    assert NAME in preview and IIN in preview
    assert "A <b>bank</b> officer called" in preview  # plain text, as typed
    assert "Article 71" in preview and core_letters.BLANK in preview  # blanks stay
    assert "102" in dialog.guidance.text()
    click(qtbot, dialog.copy_button)
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == preview
    assert dialog.status.isVisible()
    # Another language for the letter only: the window stays in English.
    combo = dialog.findChild(QComboBox, "letter-language")
    combo.setCurrentIndex(combo.findData("kk"))
    assert "АРЫЗ" in dialog.preview.toPlainText() and NAME in dialog.preview.toPlainText()
    assert child(window, QPushButton, "letter-police").text() == "Letter to the police"
    assert saved_details()["story"] == "A <b>bank</b> officer called"
    # The details come back after a restart.
    window.close()
    again = make_window()
    click(qtbot, again.pages["home"].checklist_button)
    page = again.current_page()
    page.open_incident(page.store.incidents()[0].id)
    assert child(again, QLineEdit, "detail-name").text() == NAME


def test_delete_wipes_the_name_and_iin(make_window: MakeWindow, qtbot: QtBot,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.ui.checklist import page as checklist_page

    monkeypatch.setattr(checklist_page, "confirm_delete", lambda parent: True)
    window = make_window()
    make_plan(qtbot, window, ["loan-taken"])
    type_details(qtbot, window)
    qtbot.waitUntil(lambda: saved_details().get("iin") == IIN, timeout=3000)
    click(qtbot, child(window, QPushButton, "plan-delete"))
    data = b"".join(p.read_bytes() for p in paths.database_path().parent.glob("assistant.db*"))
    assert IIN.encode() not in data and NAME.encode() not in data


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_letters_as_pdf(make_window: MakeWindow, qtbot: QtBot, tmp_path: Path, language: str,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(language=language)
    make_plan(qtbot, window, ["code-1414", "loan-taken"])
    type_details(qtbot, window)
    shown = capture_dialogs(monkeypatch)
    OUT.mkdir(parents=True, exist_ok=True)
    for kind in core_letters.KINDS:
        target = tmp_path / f"{kind}.pdf"
        suggested: list[Path] = []

        def ask(parent: QWidget, path: Path, target: Path = target,
                suggested: list[Path] = suggested) -> Path:
            suggested.append(path)
            return target

        monkeypatch.setattr(ui_letters, "ask_save_path", ask)
        click(qtbot, child(window, QPushButton, f"letter-{kind}"))
        dialog = shown[-1]
        assert dialog.chosen_language() == language
        click(qtbot, dialog.pdf_button)
        assert dialog.saved == target
        assert str(target) in dialog.status.text()
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        data = target.read_bytes()
        assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftovers
        stem = core_letters.file_stem(kind, language)
        assert suggested[0].name == f"{stem}.pdf"
        if language != "en":
            assert not suggested[0].name.startswith("letter-")
        dialog.resize(700, 900)
        dialog.grab().save(str(OUT / f"{language}-{kind}-dialog.png"))
        if shutil.which("pdftotext") is None:
            pytest.skip("pdftotext (poppler-utils) is not installed; `make test` installs it")
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                              text=True, check=True).stdout
        flat = " ".join(unicodedata.normalize("NFKC", text).split())
        assert NAME in flat and IIN in flat  # Kazakh letters intact
        for old in OUT.glob(f"{language}-{kind}-pdf-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(target),
                        str(OUT / f"{language}-{kind}-pdf")], check=True)
        assert list(OUT.glob(f"{language}-{kind}-pdf-*.png"))


def test_a_letter_that_cannot_be_saved_says_why(make_window: MakeWindow, qtbot: QtBot,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    make_plan(qtbot, window, ["card-details"])
    shown = capture_dialogs(monkeypatch)
    target = tmp_path / "missing" / "letter.pdf"
    monkeypatch.setattr(ui_letters, "ask_save_path", lambda parent, path: target)
    click(qtbot, child(window, QPushButton, "letter-police"))
    dialog = shown[-1]
    click(qtbot, dialog.pdf_button)
    assert dialog.saved is None and not target.exists()
    assert dialog.status.text().startswith("The letter was not saved")
    monkeypatch.setattr(ui_letters, "ask_save_path", lambda parent, path: None)
    click(qtbot, dialog.pdf_button)  # cancelled: nothing written
    assert dialog.saved is None


def test_the_plan_shows_its_parts_with_their_reasons(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    make_plan(qtbot, window, ["remote-app"])
    first = child(window, PlainLabel, "phase-stop")
    assert first.text().startswith("Stop the damage now\n")
    assert child(window, PlainLabel, "phase-follow-up").isVisible()
    page = window.current_page()
    assert list(page.plan.cards)[:3] == ["disconnect", "bank", "remove-app"]
