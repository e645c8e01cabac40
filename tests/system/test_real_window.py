"""The app in a real X window (Xvfb), used as a person would: keyboard only.

Starts Xvfb, starts the app, presses Enter on "Check a message", types a fraud message,
presses Ctrl+Enter and takes a screenshot of the whole screen. Skipped only when Xvfb or
xdotool is missing (``make test`` installs both).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SHOT = ROOT / "build" / "screenshots" / "xvfb"

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
shot = app.primaryScreen().grabWindow(0)
sys.exit(0 if shot.save(sys.argv[1]) else 1)
"""

COUNT = """
import sys
from PySide6.QtGui import QColor, QImage
image = QImage(sys.argv[1])
target = QColor(sys.argv[2])
hits = 0
for y in range(0, image.height(), 2):
    for x in range(0, image.width(), 2):
        c = image.pixelColor(x, y)
        if abs(c.red() - target.red()) + abs(c.green() - target.green()) \\
                + abs(c.blue() - target.blue()) < 12:
            hits += 1
print(hits)
"""


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A virtual X screen; yields its DISPLAY value."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb and xdotool are needed (make test installs them)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1000x24", "-nolisten",
         "tcp"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _xdotool(display: str, *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True, timeout=30, check=False)
    return done.stdout.strip()


def test_type_a_message_and_check_it_in_a_real_window(xvfb: str, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb"}
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(
        [sys.executable, "-m", "assistant", "--lang", "en", "--data-dir", str(tmp_path)],
        env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        window = ""
        for _ in range(60):
            window = _xdotool(xvfb, "search", "--onlyvisible", "--name", "Safety Assistant")
            if window or app.poll() is not None:
                break
            time.sleep(0.5)
        assert window, f"no window appeared; app said: {(tmp_path / 'app.log').read_text()}"
        window = window.splitlines()[0]
        _xdotool(xvfb, "windowactivate", "--sync", window)
        _xdotool(xvfb, "windowsize", "--sync", window, "1200", "950")
        time.sleep(0.5)
        # Focus starts on the first choice ("Someone is calling me now"); the next one is
        # "Check a message".
        _xdotool(xvfb, "key", "--window", window, "Tab")
        time.sleep(0.2)
        _xdotool(xvfb, "key", "--window", window, "Return")
        for _ in range(20):
            if "Check a message" in _xdotool(xvfb, "getwindowname", window):
                break
            time.sleep(0.25)
        assert "Check a message" in _xdotool(xvfb, "getwindowname", window)
        _xdotool(xvfb, "type", "--delay", "8",
                 "Hello, this is 1414. Tell me the code from the SMS, it is urgent.")
        _xdotool(xvfb, "key", "ctrl+Return")
        time.sleep(2.0)
        SHOT.mkdir(parents=True, exist_ok=True)
        shot = SHOT / "check-danger-real-window.png"
        grabbed = subprocess.run([sys.executable, "-c", GRAB, str(shot)], env=env,
                                 capture_output=True, text=True, timeout=60, check=False)
        assert grabbed.returncode == 0, grabbed.stderr
        # The danger banner's background covers a large area of the screen.
        count = subprocess.run([sys.executable, "-c", COUNT, str(shot), "#fde8e8"],
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                               capture_output=True, text=True, timeout=60, check=True)
        assert int(count.stdout.strip()) > 2000, "no danger banner on the screen"
        assert app.poll() is None, "the app ended on its own"
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        log.close()
