"""Linux without a screen: a plain message and exit 1 before Qt starts, not a core dump."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from assistant import app
from assistant.core import i18n

# What each language's message must say: the screen is missing, and the command that works.
EXPECTED = {
    "kk": ("экран табылмады", 'safety-assistant check "хабарлама мәтіні"'),
    "ru": ("экран не найден", 'safety-assistant check "текст сообщения"'),
    "en": ("no screen was found", 'safety-assistant check "message text"'),
}
PROBE = ("import sys; from assistant.app import main; code = main(sys.argv[1:]); "
         "print('qt loaded' if 'PySide6' in sys.modules else 'qt not loaded'); sys.exit(code)")


def _without_display(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL",
                        "LC_MESSAGES", "LANG")}
    env.update(extra)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux can lack a display")
@pytest.mark.parametrize(("locale", "lang"), [
    ("kk_KZ.UTF-8", "kk"), ("ru_RU.UTF-8", "ru"), ("en_US.UTF-8", "en"), ("C.UTF-8", "en"),
    ("de_DE.UTF-8", "en"),
])
def test_without_a_display_the_app_says_so_in_the_system_language(locale: str, lang: str) -> None:
    """`env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM safety-assistant`, as a user would."""
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", PROBE], env=_without_display(LANG=locale),
                            capture_output=True, text=True, timeout=30, check=False)
    elapsed = time.monotonic() - started
    assert result.returncode == 1, result.stderr
    missing, command = EXPECTED[lang]
    assert missing in result.stderr and command in result.stderr, result.stderr
    assert result.stdout.strip() == "qt not loaded"
    assert "xcb" not in result.stderr and "Traceback" not in result.stderr
    # One second on an idle machine (about 0.3 s here); a loaded shared machine gets slack.
    assert elapsed < 3, f"took {elapsed:.1f} s"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux can lack a display")
def test_lang_option_wins_over_the_system_language() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE, "--lang", "kk"],
                            env=_without_display(LANG="ru_RU.UTF-8"), capture_output=True,
                            text=True, timeout=30, check=False)
    assert result.returncode == 1
    assert EXPECTED["kk"][0] in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux can lack a display")
def test_version_and_the_checker_work_without_a_display() -> None:
    env = _without_display(LANG="en_US.UTF-8")
    version = subprocess.run([sys.executable, "-m", "assistant", "--version"], env=env,
                             capture_output=True, text=True, timeout=30, check=False)
    assert version.returncode == 0 and "safety-assistant" in version.stdout
    check = subprocess.run([sys.executable, "-m", "assistant", "check", "--json",
                            "Продиктуйте код из SMS, это 1414"], env=env,
                           capture_output=True, text=True, timeout=60, check=False)
    assert check.returncode == 0 and '"verdict"' in check.stdout, check.stderr


@pytest.mark.parametrize(("environ", "platform", "missing"), [
    ({}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"DISPLAY": ""}, "linux", True),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_what_counts_as_no_display(environ: dict[str, str], platform: str, missing: bool) -> None:
    assert app.missing_display(environ, platform) is missing


@pytest.mark.parametrize(("variables", "expected"), [
    ({"LANG": "kk_KZ.UTF-8"}, "kk"),
    ({"LANGUAGE": "ru:en", "LANG": "en_US.UTF-8"}, "ru"),
    ({"LANGUAGE": "de:kk", "LANG": "de_DE.UTF-8"}, "kk"),
    ({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}, "ru"),
    ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "kk_KZ.UTF-8"}, "en"),
    ({"LANG": "uz_UZ.UTF-8"}, "en"),
    ({}, "en"),
])
def test_system_language(monkeypatch: pytest.MonkeyPatch, variables: dict[str, str],
                         expected: str) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert i18n.system_language() == expected
