"""Renders the emergency plan (triage, plan, PDF) to PNG for people to look at.

Output: build/screenshots/checklist/<lang>-<scale>-<view>.png (whole page) and
...-window.png (what fits on the screen), plus <lang>-pdf-<page>.png.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
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


def shoot(window: MainWindow, page: ChecklistPage, name: str) -> None:
    for _round in range(10):  # layout requests travel up one parent per round
        QApplication.processEvents()
    window.grab().save(str(OUT / f"{name}-window.png"))
    page.grab().save(str(OUT / f"{name}.png"))


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_screenshots(make_window: MakeWindow, qtbot: QtBot, language: str, scale: int,
                     tmp_path: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    window = make_window(language=language, scale=scale)
    window.show_page("checklist", {"scenarios": ["fake-1414-code"]})
    page = window.current_page()
    qtbot.mouseClick(window.findChild(BigButton, "triage-when-just-now"),
                     Qt.MouseButton.LeftButton)
    shoot(window, page, f"{language}-{scale}-triage")

    qtbot.mouseClick(window.findChild(BigButton, "triage-what-bank-code"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(BigButton, "triage-submit"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(QPushButton, "step-done-bank"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.findChild(QLineEdit, "step-note-bank"), "No. 12345, Aigerim")
    qtbot.mouseClick(window.findChild(QPushButton, "step-later-loan-refusal"),
                     Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.findChild(QLineEdit, "contact-who"), "Halyk Bank 7111")
    qtbot.keyClicks(window.findChild(QLineEdit, "contact-reference"), "12345")
    qtbot.mouseClick(window.findChild(QPushButton, "contact-add"), Qt.MouseButton.LeftButton)
    shoot(window, page, f"{language}-{scale}-plan")

    window.show_page("home")
    window.show_page("checklist")
    page.show_list()
    shoot(window, page, f"{language}-{scale}-list")

    if scale != 100:
        return
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: PDF pages not rendered")
    pdf = tmp_path / "report.pdf"
    checklist_pdf.write_pdf(page.plan.report(), pdf)
    for old in OUT.glob(f"{language}-pdf-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(OUT / f"{language}-pdf")],
                   check=True)
    assert list(OUT.glob(f"{language}-pdf-*.png"))
