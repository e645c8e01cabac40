"""Check a picture: the button, a dropped file and Ctrl+V of a screenshot, through the
real widgets; the text read lands in the box and is checked; QR codes are described."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

from assistant.ui.check import picture as picture_module
from tests.core.ocr.pictures import chat, with_qr
from tests.gui.check.drop import drop_file
from tests.gui.check.test_check_page import open_check_page

pytestmark = pytest.mark.gui

WORDS = ["Здравствуйте, вам пришёл код от 1414,", "продиктуйте его мне, пожалуйста."]
OUT = Path(__file__).resolve().parents[3] / "build" / "screenshots" / "check-picture"


def words(text: str) -> str:
    return " ".join(text.split())


def wait_for_verdict(qtbot, page, start) -> None:  # type: ignore[no-untyped-def]
    """Run ``start`` (a user action) and wait until the text is read and checked."""
    with qtbot.waitSignal(page.picture.reader.read_done, timeout=60000):
        start()
    assert page.picture._busy_row.isVisible() is False
    qtbot.waitUntil(lambda: page.results.isVisible(), timeout=20000)


def drop(page, path: Path) -> None:  # type: ignore[no-untyped-def]
    drop_file(page.editor.viewport(), path)


def test_button_reads_a_file_and_checks_it(qtbot, make_window, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shot.png"
    chat(WORDS, dark=True).save(path)
    asked = []
    monkeypatch.setattr(picture_module, "choose_picture",
                        lambda parent: asked.append(parent) or str(path))
    _window, page = open_check_page(make_window)
    assert page.picture.button.accessibleName() == "Check a picture"
    wait_for_verdict(qtbot, page, lambda: qtbot.mouseClick(page.picture.button,
                                                           Qt.MouseButton.LeftButton))
    assert asked
    assert words(" ".join(WORDS)) in words(page.editor.toPlainText())
    assert page.note.text() == "Read from a picture: check that the words are right."
    assert page.note.isVisible()
    assert page.banner.verdict.value == "danger"
    # the picture is never stored: no copy of it in the data folder or beside it
    pictures = [p for p in tmp_path.rglob("*") if p.is_file() and p != path
                and p.read_bytes()[:8] == path.read_bytes()[:8]]
    assert pictures == []


def test_dropped_picture_with_qr_codes(qtbot, make_window, tmp_path: Path) -> None:
    path = tmp_path / "letter.jpg"
    with_qr(chat(["Your document is ready.", "Scan the code to sign it."]),
            "https://egov-kz.online/sign").save(path, "JPEG", quality=90)
    _window, page = open_check_page(make_window)
    wait_for_verdict(qtbot, page, lambda: drop(page, path))
    assert page.picture.codes.isVisible()
    assert page.picture.codes.text() == \
        "This QR code leads to egov-kz[.]online: this is NOT egov.kz."
    assert page.editor.toPlainText().endswith("https://egov-kz.online/sign")
    assert page.banner.verdict.value == "danger"


def test_ctrl_v_of_a_screenshot_on_the_clipboard(qtbot, make_window) -> None:
    buffer = io.BytesIO()
    chat(WORDS).save(buffer, "PNG")
    image = QImage.fromData(buffer.getvalue())
    assert not image.isNull()
    _window, page = open_check_page(make_window)
    QGuiApplication.clipboard().setImage(image)
    page.editor.setFocus()
    wait_for_verdict(qtbot, page, lambda: qtbot.keyClick(page.editor, Qt.Key.Key_V,
                                                         Qt.KeyboardModifier.ControlModifier))
    assert words(" ".join(WORDS)) in words(page.editor.toPlainText())
    assert page.banner.verdict.value == "danger"


def test_not_a_picture_and_cancel(qtbot, make_window, tmp_path: Path) -> None:
    _window, page = open_check_page(make_window, language="kk")
    bad = tmp_path / "note.png"
    bad.write_text("not a picture")
    with qtbot.waitSignal(page.picture.reader.read_failed, timeout=20000):
        drop(page, bad)
    assert page.note.isVisible()
    assert "PNG, JPEG, WebP" in page.note.text() and "file is not" not in page.note.text()
    good = tmp_path / "shot.png"
    chat(WORDS).save(good)
    drop(page, good)
    assert page.picture._busy_row.isVisible()
    assert page.picture.progress.isVisible()
    OUT.mkdir(parents=True, exist_ok=True)
    assert page.parentWidget().grab().save(str(OUT / "picture-busy-kk-100-page.png"))
    qtbot.mouseClick(page.picture.cancel_button, Qt.MouseButton.LeftButton)
    assert not page.picture._busy_row.isVisible()
    page.picture.reader.wait(60000)
    qtbot.wait(100)
    assert page.editor.toPlainText() == ""  # the cancelled reading never lands


@pytest.mark.screenshots
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_screenshots(qtbot, make_window, tmp_path: Path, language: str, scale: int,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shot.png"
    lines = {"kk": ["Сізге 1414-тен код келді, соны маған", "айтыңызшы."],
             "ru": WORDS, "en": ["Hello, you got a code from 1414,", "read it to me now."]}
    with_qr(chat(lines[language], dark=True), "https://egov-kz.online/sign").save(path)
    monkeypatch.setattr(picture_module, "choose_picture", lambda parent: str(path))
    window, page = open_check_page(make_window, language=language, scale=scale)
    wait_for_verdict(qtbot, page, lambda: qtbot.mouseClick(page.picture.button,
                                                           Qt.MouseButton.LeftButton))
    qtbot.wait(50)
    OUT.mkdir(parents=True, exist_ok=True)
    assert page.parentWidget().grab().save(str(OUT / f"picture-{language}-{scale}-page.png"))
    assert window.grab().save(str(OUT / f"picture-{language}-{scale}-window.png"))
    assert page.picture.codes.isVisible()


def test_the_page_does_not_load_the_engine_until_a_picture_comes() -> None:
    import subprocess
    import sys

    script = ("import sys\n"
              "import assistant.ui.check.page\n"
              "print(sorted(m for m in ('PIL', 'tesserocr', 'zxingcpp') if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, check=True)
    assert result.stdout.strip() == "[]"


def test_window_stays_responsive_while_a_picture_is_read(qtbot, make_window, tmp_path: Path,
                                                         record_property) -> None:  # type: ignore[no-untyped-def]
    """No event-loop stall over 100 ms while a phone screenshot is read.

    On a busy shared machine the loop stalls even when idle, so the limit is 100 ms above
    twice the longest idle stall measured just before.
    """
    import itertools
    import time

    from PySide6.QtCore import QTimer

    path = tmp_path / "screenshot.jpg"
    chat(WORDS * 6, size=40, width=1080).resize((1080, 2340)).save(path, "JPEG", quality=85)
    _window, page = open_check_page(make_window)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    qtbot.wait(1000)
    idle_ms = max(b - a for a, b in itertools.pairwise(ticks)) * 1000
    ticks.clear()
    read_at: list[float] = []
    page.picture.reader.read_done.connect(lambda _reading: read_at.append(time.perf_counter()))
    wait_for_verdict(qtbot, page, lambda: drop(page, path))
    timer.stop()
    # while the picture is read (the check that follows is the check page's own work)
    reading = [tick for tick in ticks if tick <= read_at[0]]
    stall_ms = max(b - a for a, b in itertools.pairwise(reading)) * 1000
    record_property("longest_stall_ms", round(stall_ms, 1))
    print(f"\nlongest event-loop stall while reading a screenshot: {stall_ms:.1f} ms "
          f"(idle: {idle_ms:.1f} ms)")
    assert words(" ".join(WORDS)) in words(page.editor.toPlainText())
    assert stall_ms <= 100 + 2 * max(0.0, idle_ms - 10), f"the window froze for {stall_ms:.0f} ms"
