"""Renders the new notices to PNG for people to look at: a run of failed saves, a copy
left by another window, a PDF not saved, a refused dropped file, an e-mail shown raw.

Output: build/screenshots/notices/<lang>-<scale>-<view>.png
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from assistant.core.message_files import RAW_EMAIL, notice_text
from assistant.core.reading import ReadError, describe
from assistant.core.storage import Notice, NoticeKind
from assistant.core.writing import NotSaved, reason_for
from assistant.ui.checklist import pdf as checklist_pdf
from assistant.ui.widgets import BigButton, PlainLabel

OUT = Path(__file__).resolve().parents[2] / "build" / "screenshots" / "notices"

pytestmark = [pytest.mark.screenshots, pytest.mark.gui]


def shoot(window, name: str) -> None:  # type: ignore[no-untyped-def]
    for _round in range(10):  # layout requests travel up one parent per round
        QApplication.processEvents()
    window.grab().save(str(OUT / f"{name}.png"))


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_notice_screenshots(make_window, qtbot, monkeypatch, language: str,
                            scale: int) -> None:  # type: ignore[no-untyped-def]
    OUT.mkdir(parents=True, exist_ok=True)
    window = make_window(language=language, scale=scale)
    store = window.context.storage
    path = store.path or Path()
    window.show_page("checklist", {"scenarios": ["fake-1414-code"]})
    qtbot.mouseClick(window.findChild(BigButton, "triage-when-just-now"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(BigButton, "triage-what-bank-code"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(BigButton, "triage-submit"), Qt.MouseButton.LeftButton)
    for listener in store.listeners:
        listener(Notice(NoticeKind.NOT_SAVED, path, detail="disk_full"))
        listener(Notice(NoticeKind.COPY_REMAINS, path))
    shoot(window, f"{language}-{scale}-not-saved")
    for listener in store.listeners:
        listener(Notice(NoticeKind.SAVED_AGAIN, path))
    shoot(window, f"{language}-{scale}-saved-again")

    def full_disk(report, target) -> None:  # type: ignore[no-untyped-def]
        raise NotSaved(reason_for(OSError(28, "No space left on device")))

    monkeypatch.setattr(checklist_pdf, "write_pdf", full_disk)
    monkeypatch.setattr(checklist_pdf, "ask_save_path",
                        lambda parent, suggested: Path("/tmp/report.pdf"))
    window.banner.dismiss()
    page = window.current_page()
    qtbot.mouseClick(window.findChild(QPushButton, "plan-pdf"), Qt.MouseButton.LeftButton)
    for _round in range(10):
        QApplication.processEvents()
    assert window.findChild(PlainLabel, "plan-pdf-status").isVisible()
    page.plan.plan_actions.grab().save(str(OUT / f"{language}-{scale}-pdf-not-saved.png"))

    window.show_page("check")
    check = window.current_page()
    check._show_note(describe(ReadError("special")))
    shoot(window, f"{language}-{scale}-refused-file")
    check._show_note(notice_text(RAW_EMAIL))
    shoot(window, f"{language}-{scale}-raw-email")

