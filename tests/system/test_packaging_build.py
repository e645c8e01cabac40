"""Packaging that builds: the wheel in a fresh venv, and the PyInstaller bundle.

These take a minute or more and need the ``packaging`` extra (PyInstaller, build), so they
run only when ``ASSISTANT_PACKAGING_TESTS=1`` is set: ``make package-test`` does that.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from assistant import __version__

ROOT = Path(__file__).resolve().parents[2]
ENABLED = os.environ.get("ASSISTANT_PACKAGING_TESTS") == "1"
# A message of the seed scenario "a caller from 1414 asks for the SMS code".
FRAUD_MESSAGE = "Здравствуйте, это 1414. Продиктуйте, пожалуйста, код из SMS, который вам пришёл."

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not ENABLED, reason="set ASSISTANT_PACKAGING_TESTS=1 "
                       "(make package-test) to build the wheel and the bundle"),
]


def _need(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.fail(f"{module} is missing: pip install -e '.[packaging]' (make package-test)")


def _catalog_name(lang: str) -> str:
    from babel.messages.pofile import read_po

    with (ROOT / "translations" / lang / "LC_MESSAGES" / "assistant.po").open("rb") as handle:
        message = read_po(handle, locale=lang).get("Safety Assistant")
    assert message is not None and message.string, f"'Safety Assistant' untranslated in {lang}"
    return str(message.string)


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``python -m build``: the sdist, then the wheel built from it."""
    _need("build")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True)
    return out


def test_wheel_and_sdist_hold_resources_and_compiled_catalogs(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("kk", "ru"):
        assert f"assistant/_data/translations/{lang}/LC_MESSAGES/assistant.mo" in names
    assert "assistant/_data/resources/content/scenarios.toml" in names
    assert "assistant/_data/resources/icons/safety-assistant.svg" in names
    with tarfile.open(sdist) as archive:
        members = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in ("translations/kk/LC_MESSAGES/assistant.mo", "resources/content/scenarios.toml",
                   "packaging/safety-assistant.spec", "tools/hatch_build.py"):
        assert needed in members


def _lend_dependencies(folder: Path) -> Path:
    """Links to this environment's installed packages, except the app itself."""
    folder.mkdir()
    for entry in Path(sysconfig.get_paths()["purelib"]).iterdir():
        name = entry.name.lower()
        if "safety_assistant" in name or name.endswith(".pth") or name == "assistant":
            continue
        (folder / entry.name).symlink_to(entry)
    return folder


def _check_message(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run ``check --json`` and return the verdict (danger or suspicious for fraud)."""
    result = subprocess.run([*command, "check", "--json", FRAUD_MESSAGE], capture_output=True,
                            text=True, cwd=cwd, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)["verdict"]
    assert verdict in ("danger", "suspicious"), result.stdout
    return str(verdict)


def test_wheel_installs_into_a_fresh_venv_and_starts(dist: Path, tmp_path: Path) -> None:
    """pip install the wheel, then run its entry points from that venv only.

    The dependencies (PySide6 is ~1 GB) are lent from this test run's environment through
    a .pth file instead of being downloaded again; `--no-index` makes pip prove that they
    satisfy the wheel's requirements. The app itself comes from the wheel alone.
    """
    (wheel,) = dist.glob("*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip())
    (site / "lent-dependencies.pth").write_text(f"{_lend_dependencies(tmp_path / 'lent')}\n")
    subprocess.run([str(python), "-m", "pip", "install", "--no-index", "--quiet", str(wheel)],
                   check=True, cwd=tmp_path)

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASSISTANT_SMOKE_VERBOSE="1",
               ASSISTANT_DATA_DIR=str(tmp_path / "userdata"))
    env.pop("PYTHONPATH", None)
    where = subprocess.run(
        [str(python), "-c", "import assistant; from assistant.core import paths; "
         "print(assistant.__file__); print(paths.resources_dir()); print(paths.locale_dir())"],
        check=True, capture_output=True, text=True, cwd=tmp_path, env=env).stdout.splitlines()
    package = site / "assistant"
    assert where == [str(package / "__init__.py"), str(package / "_data" / "resources"),
                     str(package / "_data" / "translations")]

    app = venv / "bin" / "safety-assistant"
    for lang in ("kk", "ru"):
        result = subprocess.run([str(app), "--lang", lang, "--smoke-test"], capture_output=True,
                                text=True, cwd=tmp_path, env=env, timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        assert f"first paint done: {_catalog_name(lang)}" in result.stdout
    version = subprocess.run([str(app), "--version"], capture_output=True, text=True,
                             cwd=tmp_path, env=env, check=True)
    assert __version__ in version.stdout
    outcome = _check_message([str(app)], tmp_path, env)
    print(f"check --json from the installed wheel: {outcome}")


def test_bundle_builds_starts_and_checks(tmp_path: Path) -> None:
    """PyInstaller with the real spec, then packaging/verify_bundle.py on the result."""
    _need("PyInstaller")
    subprocess.run([sys.executable, "-m", "tools.catalogs", "compile"], cwd=ROOT, check=True)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
         str(ROOT / "packaging" / "safety-assistant.spec")],
        cwd=ROOT, check=True, capture_output=True)
    bundle = tmp_path / "dist" / "safety-assistant"
    if sys.platform == "darwin":
        bundle = tmp_path / "dist" / "Safety Assistant.app"
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "verify_bundle.py"),
                             str(bundle)], capture_output=True, text=True, check=False)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
