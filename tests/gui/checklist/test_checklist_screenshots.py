"""Renders the emergency plan (triage, plan first open, middle, finished, the list, the
PDF report) to PNG for people to look at.

Output: build/screenshots/checklist/<lang>-<scale>-<view>.png (whole page) and
...-window.png (what a 1366x768 window shows), plus <lang>-pdf-<page>.png.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from assistant.ui.checklist import pdf as checklist_pdf
from assistant.ui.widgets import BigButton

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from assistant.ui.checklist import ChecklistPage
    from assistant.ui.mainwindow import MainWindow
    from tests.hints import MakeWindow

OUT = Path(__file__).resolve().parents[3] / "build" / "screenshots" / "checklist"

pytestmark = [
    pytest.mark.screenshots,
    pytest.mark.gui,
]


def settle() -> None:
    for _round in range(10):  # layout requests travel up one parent per round
        QApplication.processEvents()


def shoot(window: MainWindow, page: ChecklistPage, name: str) -> None:
    settle()
    window.grab().save(str(OUT / f"{name}-window.png"))
    page.grab().save(str(OUT / f"{name}.png"))


def press(qtbot: QtBot, window: MainWindow, kind: type, name: str) -> None:
    widget = window.findChild(kind, name)
    assert widget is not None and widget.isVisible(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def report_pages(page: ChecklistPage, tmp_path: Path, name: str) -> None:
    if shutil.which("pdftoppm") is None:
        return  # poppler-utils missing: the page screenshots are still made
    pdf = tmp_path / "report.pdf"
    checklist_pdf.write_pdf(page.plan.report(), pdf)
    for old in OUT.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(OUT / name)], check=True)
    assert list(OUT.glob(f"{name}-*.png"))


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_screenshots(make_window: MakeWindow, qtbot: QtBot, language: str, scale: int,
                     tmp_path: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    window = make_window(language=language, scale=scale)
    window.resize(1366, 768)
    window.show_page("checklist", {"scenarios": ["fake-1414-code"]})
    page = window.current_page()
    press(qtbot, window, BigButton, "triage-when-just-now")
    shoot(window, page, f"{language}-{scale}-triage")

    press(qtbot, window, BigButton, "triage-what-bank-code")
    press(qtbot, window, BigButton, "triage-submit")
    shoot(window, page, f"{language}-{scale}-plan-first")

    steps = list(page.plan.cards)
    first = steps[0]
    qtbot.keyClicks(window.findChild(QLineEdit, f"step-note-{first}"), "No. 12345, Aigerim")
    press(qtbot, window, QPushButton, f"step-done-{first}")
    press(qtbot, window, QPushButton, f"step-later-{steps[1]}")
    press(qtbot, window, QPushButton, f"step-how-{steps[2]}")
    qtbot.keyClicks(window.findChild(QLineEdit, "detail-name"), "Aigerim Bekova")
    qtbot.keyClicks(window.findChild(QLineEdit, "detail-amount"), "150 000")
    shoot(window, page, f"{language}-{scale}-plan-middle")
    # The letters panel, halfway, as the window shows it once scrolled down to it: it
    # asks only what the report's details above did not.
    page.plan.flush()
    letters = page.plan.letters
    assert "name" not in letters.inputs and "lender" in letters.inputs
    area = window._scrolls["checklist"]
    area.verticalScrollBar().setValue(letters.mapTo(area.widget(), QPoint(0, 0)).y())
    settle()
    window.grab().save(str(OUT / f"{language}-{scale}-plan-letters-window.png"))
    # The report halfway: "Done" and "Still to do" both hold steps.
    report_pages(page, tmp_path, f"{language}-{scale}-pdf")

    for step_id in steps[2:]:
        press(qtbot, window, QPushButton, f"step-done-{step_id}")
    press(qtbot, window, QPushButton, f"step-done-{steps[1]}")
    assert page.plan.open_card() is None
    qtbot.keyClicks(window.findChild(QLineEdit, "contact-who"), "Halyk Bank 7111")
    qtbot.keyClicks(window.findChild(QLineEdit, "contact-reference"), "12345")
    press(qtbot, window, QPushButton, "contact-add")
    page.plan.flush()
    shoot(window, page, f"{language}-{scale}-plan-finished")

    window.show_page("home")
    window.show_page("checklist")
    page.show_list()
    shoot(window, page, f"{language}-{scale}-list")



@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_reminder_screenshots(make_window: MakeWindow, language: str, scale: int,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as _dt

    from assistant.core import paths
    from assistant.core.checklist import reminder
    from assistant.core.storage import Storage

    OUT.mkdir(parents=True, exist_ok=True)
    storage = Storage.open(paths.database_path())
    reminder.Reminders(storage).set(_dt.date(2027, 1, 15))
    storage.close()
    monkeypatch.setattr(reminder, "today", lambda: _dt.date(2027, 1, 20))
    window = make_window(language=language, scale=scale)
    window.resize(1366, 768)
    assert window.reminder is not None and window.reminder.isVisible()
    settle()
    window.grab().save(str(OUT / f"{language}-{scale}-reminder-window.png"))
