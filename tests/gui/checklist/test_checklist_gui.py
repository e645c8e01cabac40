"""The emergency plan page driven through its real widgets: triage, ticks, notes, PDF."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from assistant.core import checklist as core
from assistant.core import i18n, paths
from assistant.core.storage import Storage
from assistant.ui import theme
from assistant.ui.checklist import ChecklistPage
from assistant.ui.checklist import pdf as checklist_pdf
from assistant.ui.widgets import BigButton, PlainLabel

if TYPE_CHECKING:
    from typing import Any

    from pytestqt.qtbot import QtBot

    from assistant.ui.mainwindow import MainWindow
    from tests.hints import MakeWindow

pytestmark = pytest.mark.gui


def child(window: QWidget, kind: type, name: str) -> Any:
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_checklist(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window.pages["home"].checklist_button)
    assert window.current_page().page_id == "checklist"


def make_plan(qtbot: QtBot, window: MainWindow, answers: list[str], when: str) -> ChecklistPage:
    open_checklist(qtbot, window)
    for answer in answers:
        click(qtbot, child(window, BigButton, f"triage-what-{answer}"))
    click(qtbot, child(window, BigButton, f"triage-when-{when}"))
    click(qtbot, child(window, BigButton, "triage-submit"))
    page = window.current_page()
    assert isinstance(page, ChecklistPage) and page.current_view() is page.plan
    return page


def saved_incidents() -> list[core.Incident]:
    storage = Storage.open(paths.database_path())
    try:
        return core.IncidentStore(storage, core.default()).incidents()
    finally:
        storage.close()


def saved_details() -> dict[str, str]:
    storage = Storage.open(paths.database_path())
    try:
        store = core.IncidentStore(storage, core.default())
        return store.details(store.incidents()[0].id)
    finally:
        storage.close()


def test_triage_tick_note_and_resume_after_restart(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    page = make_plan(qtbot, window, ["code-1414", "bank-code"], "just-now")
    expected = [s.id for s in core.default().plan(core.Triage.of(["code-1414", "bank-code"],
                                                                 "just-now"))]
    assert list(page.plan.cards) == expected
    first, second, third = expected[:3]
    assert first == "bank"
    card = page.plan.cards["bank"]
    assert card.title.text() == "Call your bank: block your cards and stop the transfers."
    assert card.position.text() == f"Step 1 of {len(expected)}"
    assert child(window, PlainLabel, "number-halyk-7111").text() == "7111"
    # One step open at a time: the others are one line each.
    assert [c.body.isVisible() for c in page.plan.cards.values()] == [True] + [False] * (
        len(expected) - 1)

    click(qtbot, child(window, QPushButton, "step-done-bank"))
    assert page.plan.open_step == second  # "Done" opens the next step
    line = child(window, QPushButton, "step-line-bank")
    assert line.isVisible() and line.accessibleName().startswith("✓ 1. Call your bank")
    assert "Done: " in line.accessibleName()
    click(qtbot, child(window, QPushButton, f"step-later-{second}"))
    assert page.plan.open_step == third
    click(qtbot, line)  # a finished step opens again, with its note
    assert page.plan.open_step == "bank"
    assert child(window, PlainLabel, "step-status-bank").text().startswith("✓ Done: ")
    assert not child(window, QPushButton, "step-done-bank").isVisible()
    note = child(window, QLineEdit, "step-note-bank")
    note.setFocus()
    qtbot.keyClicks(note, "Request 555 <b>x</b>")
    qtbot.waitUntil(lambda: saved_incidents()[0].step("bank").note == "Request 555 <b>x</b>",
                    timeout=3000)
    qtbot.keyClicks(child(window, QLineEdit, "contact-who"), "Halyk 7111")
    qtbot.keyClicks(child(window, QLineEdit, "contact-reference"), "R-1")
    click(qtbot, child(window, QPushButton, "contact-add"))
    assert "Halyk 7111 — Reference: R-1" in child(window, PlainLabel, "contact-entry").text()
    progress = child(window, PlainLabel, "plan-progress").text()
    assert f"1 of {len(expected)} steps done." in progress
    window.close()

    again = make_window()
    open_checklist(qtbot, again)
    page = again.current_page()
    assert page.current_view() is page.incidents
    incident_id = saved_incidents()[0].id
    button = child(again, BigButton, f"incident-{incident_id}")
    assert f"1 of {len(expected)} steps done." in button.accessibleDescription()
    click(qtbot, button)
    assert page.current_view() is page.plan
    # After a restart the plan opens at the first step not done (the one put off waits).
    assert page.plan.open_step == third
    assert page.default_focus() is child(again, QPushButton, f"step-done-{third}")
    assert child(again, QPushButton, f"step-line-{second}").accessibleName().startswith(
        "… 2. ")
    click(qtbot, child(again, QPushButton, "step-line-bank"))
    assert child(again, QLineEdit, "step-note-bank").text() == "Request 555 <b>x</b>"
    click(qtbot, child(again, QPushButton, "step-undo-bank"))
    assert saved_incidents()[0].step("bank").state is core.StepState.OPEN


def test_note_typed_just_before_leaving_is_saved(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    make_plan(qtbot, window, ["account-taken"], "today")
    qtbot.keyClicks(child(window, QLineEdit, "step-note-warn-contacts"), "Told my sister")
    click(qtbot, window.home_button)  # before the pause in typing has passed
    assert saved_incidents()[0].step("warn-contacts").note == "Told my sister"


def test_opening_another_step_keeps_a_note_being_typed(make_window: MakeWindow,
                                                       qtbot: QtBot) -> None:
    window = make_window()
    page = make_plan(qtbot, window, ["code-1414"], "today")
    assert page.plan.open_step == "loan-refusal"
    note = child(window, QLineEdit, "step-note-loan-refusal")
    qtbot.keyClicks(note, "Signed at 10:05")
    click(qtbot, child(window, QPushButton, "step-line-police"))
    click(qtbot, child(window, QPushButton, "step-done-police"))
    assert note.text() == "Signed at 10:05"
    assert saved_incidents()[0].step("loan-refusal").note == "Signed at 10:05"


def test_step_one_comes_first_and_the_plan_actions_wait_below(make_window: MakeWindow,
                                                              qtbot: QtBot) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    page = make_plan(qtbot, window, ["code-1414"], "today")
    QApplication.processEvents()  # let the layouts place the new plan
    cards = list(page.plan.cards.values())
    first_top = cards[0].mapTo(window, cards[0].rect().topLeft()).y()
    last_bottom = cards[-1].mapTo(window, cards[-1].rect().bottomLeft()).y()
    above = [b.objectName() for b in page.plan.findChildren(QPushButton)
             if b.isVisibleTo(window) and b.mapTo(window, b.rect().topLeft()).y() < first_top]
    assert above == ["plan-change"]  # only the answers' own button before step 1
    for name in ("plan-pdf", "plan-print", "plan-close", "plan-list", "plan-delete"):
        button = child(window, QPushButton, name)
        assert button.mapTo(window, button.rect().topLeft()).y() > last_bottom, name
    delete = child(window, QPushButton, "plan-delete")
    close = child(window, QPushButton, "plan-close")
    assert delete.mapTo(window, delete.rect().topLeft()).y() > close.mapTo(
        window, close.rect().bottomLeft()).y(), "delete sits on a row of its own"
    text = QPalette.ColorRole.ButtonText
    assert delete.palette().color(text).name() == theme.colours(False).danger_text
    assert close.palette().color(text).name() != theme.colours(False).danger_text


def test_close_and_reopen_an_incident(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    make_plan(qtbot, window, ["money-sent"], "earlier")
    click(qtbot, child(window, QPushButton, "plan-close"))
    assert saved_incidents()[0].closed
    assert not child(window, QPushButton, "step-done-bank").isEnabled()
    click(qtbot, child(window, QPushButton, "plan-close"))
    assert not saved_incidents()[0].closed


def test_change_answers_keeps_progress(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    page = make_plan(qtbot, window, ["card-details"], "today")
    click(qtbot, child(window, QPushButton, "step-done-bank"))
    click(qtbot, child(window, QPushButton, "plan-change"))
    assert child(window, BigButton, "triage-what-card-details").isChecked()
    click(qtbot, child(window, BigButton, "triage-what-sim-lost"))
    click(qtbot, child(window, BigButton, "triage-submit"))
    assert list(page.plan.cards)[:2] == ["block-sim", "bank"]
    assert len(saved_incidents()) == 1
    assert saved_incidents()[0].step("bank").state is core.StepState.DONE


def test_nothing_chosen_asks_for_an_answer(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    open_checklist(qtbot, window)
    click(qtbot, child(window, BigButton, "triage-submit"))
    assert child(window, PlainLabel, "triage-missing").isVisible()
    assert saved_incidents() == []


def test_scenarios_from_the_checker_preselect_answers(make_window: MakeWindow,
                                                      qtbot: QtBot) -> None:
    window = make_window()
    window.show_page("checklist", {"scenarios": ["card-otp-request", "remote-access-app"]})
    chosen = {name for name in ("code-1414", "bank-code", "card-details", "remote-app",
                                "money-sent", "sim-lost", "account-taken", "not-sure")
              if child(window, BigButton, f"triage-what-{name}").isChecked()}
    assert chosen == {"bank-code", "card-details", "remote-app"}
    window.show_page("checklist", {"scenarios": "not-a-list"})  # bad input: no crash


def test_copy_puts_the_number_on_the_clipboard(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    make_plan(qtbot, window, ["sim-lost"], "just-now")
    copy = child(window, QPushButton, "copy-kcell-2588300")
    click(qtbot, copy)
    assert QApplication.clipboard().text() == "8 (727) 258 83 00"
    assert copy.text() == "Copied"


def test_language_switch_retranslates_the_plan(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    page = make_plan(qtbot, window, ["code-1414"], "today")
    english = page.plan.cards["loan-refusal"].title.text()
    window.set_language("ru")
    russian = page.plan.cards["loan-refusal"].title.text()
    assert russian != english and "eGov" in russian
    assert child(window, QPushButton, "step-done-loan-refusal").text() == "Сделано"
    assert child(window, QPushButton, "step-how-loan-refusal").text() != "Show how"


def test_pdf_report_holds_steps_notes_and_details(make_window: MakeWindow,
                                                  qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(language="ru")
    page = make_plan(qtbot, window, ["code-1414", "money-sent"], "today")
    first = page.plan.open_step
    click(qtbot, child(window, QPushButton, f"step-done-{first}"))
    click(qtbot, child(window, QPushButton, f"step-line-{first}"))
    qtbot.keyClicks(child(window, QLineEdit, f"step-note-{first}"),
                    "Request <i>42</i> & officer Serik")
    qtbot.keyClicks(child(window, QLineEdit, "detail-name"), "Aigerim Bekova")
    qtbot.keyClicks(child(window, QLineEdit, "detail-iin"), "900101300123")
    qtbot.keyClicks(child(window, QPlainTextEdit, "detail-message"), "Your card is <b>blocked</b>")
    target = tmp_path / "report.pdf"
    offered: list[Path] = []

    def fake_ask(parent: QWidget, suggested: Path) -> Path:
        offered.append(suggested)
        return target

    monkeypatch.setattr(checklist_pdf, "ask_save_path", fake_ask)
    click(qtbot, child(window, QPushButton, "plan-pdf"))
    assert offered[0].name.startswith("отчёт-о-мошенничестве-")  # in the chosen language
    assert target.is_file() and target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o077 == 0, oct(target.stat().st_mode)
    assert str(target) in child(window, PlainLabel, "plan-pdf-status").text()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: cannot read the PDF's text;"
                    " `make test` installs it")
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    # NFKC: the PDF's font writes "ffi" as one ligature glyph.
    flat = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "Отчёт о случае мошенничества" in flat
    assert "Request <i>42</i> & officer Serik" in flat  # the note, as typed, not as HTML
    assert "Aigerim Bekova" in flat and "900101300123" in flat
    assert "Your card is <b>blocked</b>" in flat
    done_at, todo_at = flat.index("Сделано "), flat.index("Ещё предстоит сделать")
    steps = core.default().steps
    first_title = i18n._(steps[first].title)
    assert done_at < flat.index(first_title) < todo_at  # the done step under "Done" only
    for record in saved_incidents()[0].steps[1:]:
        title = i18n._(steps[record.step_id].title)
        assert flat.index(title) > todo_at, title


def test_pdf_to_a_folder_that_cannot_be_written_says_so(make_window: MakeWindow,
                                                        qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    make_plan(qtbot, window, ["card-details"], "today")
    target = tmp_path / "missing-folder" / "report.pdf"
    monkeypatch.setattr(checklist_pdf, "ask_save_path", lambda parent, suggested: target)
    click(qtbot, child(window, QPushButton, "plan-pdf"))
    status = child(window, PlainLabel, "plan-pdf-status")
    assert status.isVisible() and status.text().startswith("The report was not saved.")
    assert "This folder cannot be written to." in status.text()
    assert not child(window, QPushButton, "plan-open-pdf").isVisible()
    monkeypatch.setattr(checklist_pdf, "ask_save_path", lambda parent, suggested: None)
    click(qtbot, child(window, QPushButton, "plan-pdf"))  # cancelled: nothing changes
    assert not target.exists()


def test_triage_works_with_the_keyboard(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    open_checklist(qtbot, window)
    first = child(window, BigButton, "triage-what-code-1414")
    assert QApplication.focusWidget() is first or window.current_page().default_focus() is first
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.isChecked() and first.title().startswith("☑ ")  # several may be chosen
    when = child(window, BigButton, "triage-when-today")
    assert when.title().startswith("○ ")  # one only: a round mark
    qtbot.keyClick(when, Qt.Key.Key_Space)
    assert when.title().startswith("● ")
    qtbot.keyClick(when, Qt.Key.Key_Space)  # a second press leaves the one answer chosen
    assert when.isChecked()
    submit = child(window, BigButton, "triage-submit")
    qtbot.keyClick(submit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(saved_incidents()), timeout=3000)
    assert saved_incidents()[0].triage.what == frozenset({"code-1414"})
    assert saved_incidents()[0].triage.when == "today"


def test_delete_a_plan_wipes_its_notes(make_window: MakeWindow, qtbot: QtBot,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.ui.checklist import page as checklist_page

    answers: list[bool] = [False, True]
    asked: list[int] = []

    def fake_confirm(parent: QWidget) -> bool:
        asked.append(1)
        return answers[len(asked) - 1]

    monkeypatch.setattr(checklist_page, "confirm_delete", fake_confirm)
    window = make_window()
    make_plan(qtbot, window, ["code-1414"], "today")
    note = child(window, QLineEdit, "step-note-loan-refusal")
    qtbot.keyClicks(note, "Secret note 7781")
    click(qtbot, child(window, QPushButton, "step-done-loan-refusal"))
    assert saved_incidents()[0].step("loan-refusal").note == "Secret note 7781"
    qtbot.keyClicks(child(window, QLineEdit, "detail-iin"), "870505400999")
    qtbot.keyClicks(child(window, QLineEdit, "detail-fraud_contacts"), "+7 700 111 2299")
    qtbot.waitUntil(lambda: saved_details() == {"iin": "870505400999",
                                                "fraud_contacts": "+7 700 111 2299"},
                    timeout=3000)  # saved after a pause in typing
    iin = child(window, QLineEdit, "detail-iin")
    iin.selectAll()
    qtbot.keyClick(iin, Qt.Key.Key_Delete)  # emptying a field removes it
    qtbot.waitUntil(lambda: "iin" not in saved_details(), timeout=3000)
    qtbot.keyClicks(iin, "870505400999")
    click(qtbot, child(window, QPushButton, "plan-delete"))  # "No, keep it"
    assert len(saved_incidents()) == 1
    click(qtbot, child(window, QPushButton, "plan-delete"))  # "Yes, delete it"
    assert asked == [1, 1]
    assert saved_incidents() == []
    page = window.current_page()
    assert page.current_view() is page.triage
    # The text is gone from the files on disk too (secure_delete + checkpoint).
    data = b"".join(p.read_bytes() for p in paths.database_path().parent.glob("assistant.db*"))
    assert b"Secret note 7781" not in data
    assert b"870505400999" not in data and b"700 111 2299" not in data


def test_an_unanswered_when_counts_as_not_sure(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    open_checklist(qtbot, window)
    click(qtbot, child(window, BigButton, "triage-what-bank-code"))
    click(qtbot, child(window, BigButton, "triage-submit"))
    qtbot.waitUntil(lambda: bool(saved_incidents()), timeout=3000)
    assert saved_incidents()[0].triage.when == "not-sure"


def test_pdf_on_a_full_disk_says_not_saved_and_leaves_nothing(
        make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from assistant.core import writing

    window = make_window()
    make_plan(qtbot, window, ["card-details"], "today")
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(checklist_pdf, "ask_save_path", lambda parent, suggested: target)
    real_write = writing.os.write

    def full_disk(fd: int, data: bytes) -> int:
        if len(data) > 4096:
            real_write(fd, bytes(data[:4096]))
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(writing.os, "write", full_disk)
    click(qtbot, child(window, QPushButton, "plan-pdf"))
    status = child(window, PlainLabel, "plan-pdf-status")
    assert status.text() == ("The report was not saved. The disk is full. "
                             "Try another folder.")
    assert not child(window, QPushButton, "plan-open-pdf").isVisible()
    assert list(tmp_path.iterdir()) == [] or not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    monkeypatch.setattr(writing.os, "write", real_write)  # space is back
    click(qtbot, child(window, QPushButton, "plan-pdf"))
    assert status.text().startswith("The report was saved")
    assert target.stat().st_mode & 0o777 == 0o600
