"""Read aloud with a real engine: speech-dispatcher and espeak-ng under Xvfb.

The app's own ``Speaker`` starts reading a sentence in Kazakh, Russian and English
through Qt's speech-dispatcher engine, each with a voice of its own language (one app
per language: the test machine has no sound card, and a stuck sound output would hold
the next sentence). Skipped when speech-dispatcher or Xvfb is missing: ``make test``
installs Xvfb, not speech-dispatcher (see the Makefile); install
``speech-dispatcher-espeak-ng libspeechd2`` to run it.
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

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]

SPEAK = """
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from assistant.core import i18n
from assistant.ui import speech

app = QApplication(sys.argv[:1])
language, text = sys.argv[1], sys.argv[2]
i18n.set_language(language)
speaker = speech.Speaker()
found = {"engines": list(speech._engines())}
found["said"] = speaker.say(text).value
engine = speaker._speech
found["locale"] = engine.locale().name() if engine is not None else ""
found["states"] = [engine.state().name] if engine is not None else []
if engine is not None:
    engine.stateChanged.connect(lambda state: found["states"].append(state.name))

def report():
    print(json.dumps(found), flush=True)
    os._exit(0)  # no goodbye to the speech server: it is stopped by the test

QTimer.singleShot(1500, report)
app.exec()
"""

TEXTS = {"kk": "Кодты ешкімге айтпаңыз.", "ru": "Никому не называйте код.",
         "en": "Never tell anyone the code."}


def _stop_speech_server(folder: Path) -> None:
    for pid_file in folder.glob("speech-dispatcher/pid/*.pid"):
        with contextlib.suppress(ValueError, OSError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGKILL)


@pytest.mark.parametrize("language", list(TEXTS))
def test_reads_aloud_with_a_voice_of_the_language(tmp_path: Path, language: str) -> None:
    if shutil.which("xvfb-run") is None or shutil.which("speech-dispatcher") is None:
        pytest.skip("speech-dispatcher and Xvfb are needed (see the Makefile)")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path),
           "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    # Files, not pipes: the speech server the engine starts would hold a pipe open.
    try:
        with out.open("w") as stdout, err.open("w") as stderr:
            done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", SPEAK, language,
                                   TEXTS[language]], env=env, stdout=stdout, stderr=stderr,
                                  timeout=60, check=False, cwd=ROOT)
    finally:
        _stop_speech_server(tmp_path)
    assert done.returncode == 0, err.read_text()[-2000:]
    found = json.loads(out.read_text().strip().splitlines()[-1])
    assert "speechd" in found["engines"], found
    assert found["said"] == "spoken", found
    assert found["locale"].split("_")[0] == language, found
    assert "Speaking" in found["states"], found
