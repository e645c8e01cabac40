"""Read aloud with a real engine: speech-dispatcher and espeak-ng under Xvfb.

The app's own ``Speaker`` starts reading a sentence in Kazakh, Russian and English
through Qt's speech-dispatcher engine, each with a voice of its own language (one app
per language: the test machine has no sound card, and a stuck sound output would hold
the next sentence), and pressing again and again never holds the window's thread.
Skipped when speech-dispatcher or Xvfb is missing (``make test`` installs both).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]

SPEAK = """
import json, os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from assistant.core import i18n
from assistant.ui import speech

app = QApplication(sys.argv[:1])
language, text = sys.argv[1], sys.argv[2]
i18n.set_language(language)
speaker = speech.Speaker()
found = {"engines": list(speech._engines()), "answered": [], "states": [], "pause": 0.0}
speaker.answered.connect(lambda said: found["answered"].append(said.value))
ticks = [time.monotonic()]

def tick():
    found["pause"] = max(found["pause"], time.monotonic() - ticks[-1])
    ticks.append(time.monotonic())

timer = QTimer()
timer.timeout.connect(tick)
timer.start(20)
found["said"] = speaker.say(text).value  # "waiting": the engine starts on its thread

def watch():
    engine = speaker.engine
    if engine is None or speaker.locales is None:
        QTimer.singleShot(50, watch)
        return
    engine.stateChanged.connect(lambda state: found["states"].append(state.name))
    found["states"].append(engine.state().name)
    found["locale"] = engine.locale().name()
    QTimer.singleShot(1500, report)

def report():
    found["locale"] = speaker.engine.locale().name()
    print(json.dumps(found), flush=True)
    os._exit(0)  # no goodbye to the speech server: it is stopped by the test

QTimer.singleShot(0, watch)
app.exec()
"""

PRESSES = """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from assistant.core import i18n
from assistant.ui import speech

app = QApplication(sys.argv[:1])
i18n.set_language("ru")
speaker = speech.Speaker()
found = {"said": [], "answered": [], "pause": 0.0}
speaker.answered.connect(lambda said: found["answered"].append(said.value))
ticks = [time.monotonic()]

def tick():
    found["pause"] = max(found["pause"], time.monotonic() - ticks[-1])
    ticks.append(time.monotonic())

timer = QTimer()
timer.timeout.connect(tick)
timer.start(20)

def press():
    found["said"].append(speaker.say("Никому не называйте код из SMS.").value)

def report():
    print(json.dumps(found), flush=True)
    app.quit()  # a normal exit, with the engine perhaps still waiting for its server

def once_started():  # then three more presses, 1.5 s apart
    if speaker.locales is None:
        QTimer.singleShot(100, once_started)
        return
    for at in (0, 1500, 3000):
        QTimer.singleShot(at, press)
    QTimer.singleShot(7000, report)

press()
QTimer.singleShot(100, once_started)
app.exec()
"""

TEXTS = {"kk": "Кодты ешкімге айтпаңыз.", "ru": "Никому не называйте код.",
         "en": "Never tell anyone the code."}


def _stop_speech_server(folder: Path) -> None:
    for pid_file in folder.glob("speech-dispatcher/pid/*.pid"):
        with contextlib.suppress(ValueError, OSError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGKILL)


def _run(tmp_path: Path, script: str, *args: str) -> dict[str, Any]:
    """Run ``script`` in an app of its own under Xvfb; the JSON it printed last."""
    if shutil.which("xvfb-run") is None or shutil.which("speech-dispatcher") is None:
        pytest.skip("speech-dispatcher and Xvfb are needed (see the Makefile)")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path),
           "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    # Files, not pipes: the speech server the engine starts would hold a pipe open.
    try:
        with out.open("w") as stdout, err.open("w") as stderr:
            done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", script, *args],
                                  env=env, stdout=stdout, stderr=stderr,
                                  timeout=60, check=False, cwd=ROOT)
    finally:
        _stop_speech_server(tmp_path)
    assert done.returncode == 0, err.read_text()[-2000:]
    found: dict[str, Any] = json.loads(out.read_text().strip().splitlines()[-1])
    return found


@pytest.mark.parametrize("language", list(TEXTS))
def test_reads_aloud_with_a_voice_of_the_language(tmp_path: Path, language: str) -> None:
    found = _run(tmp_path, SPEAK, language, TEXTS[language])
    assert "speechd" in found["engines"], found
    assert found["said"] == "waiting" and found["answered"] == [], found
    assert found["locale"].split("_")[0] == language, found
    assert "Speaking" in found["states"], found
    assert found["pause"] < 0.5, found  # the window's thread never waited for the engine


def test_pressing_again_and_again_never_holds_the_window(tmp_path: Path) -> None:
    # Without a sound device, speech-dispatcher stops answering during a sentence: a
    # later press waits in vain on the speech thread, and the window says so in time.
    found = _run(tmp_path, PRESSES)
    assert found["said"][:2] == ["waiting", "spoken"], found
    assert set(found["answered"]) <= {"no engine"}, found
    assert found["pause"] < 0.5, found
