"""Packaging that builds: the wheel in a fresh venv, and the PyInstaller bundle twice.

These take several minutes (two full bundle builds, to prove they are byte-identical) and
need the ``packaging`` extra (PyInstaller, build), so they run only when
``ASSISTANT_PACKAGING_TESTS=1`` is set: ``make package-test`` does that.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import sysconfig
import tarfile
import time
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


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """``packaging/build.sh --no-verify`` twice, into two folders, as `make bundle` builds.

    The second build starts from scratch too (its own PyInstaller work folder), so equal
    archives mean the whole build is reproducible, not only the tar step.
    """
    _need("PyInstaller")
    if not sys.platform.startswith("linux"):
        pytest.skip("build.sh packs an archive on Linux only")
    dists = []
    for run in ("first", "second"):
        folder = tmp_path_factory.mktemp(run)
        env = dict(os.environ, DIST_DIR=str(folder / "dist"), WORK_DIR=str(folder / "work"),
                   BUILD_VENV=sys.prefix, SOURCE_DATE_EPOCH="1767225600")
        env.pop("PYTHONPATH", None)
        started = time.monotonic()
        result = subprocess.run(["sh", str(ROOT / "packaging" / "build.sh"), "--no-verify"],
                                cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
        print(f"{run} build: {time.monotonic() - started:.0f} s")
        dists.append(folder / "dist")
    return dists


def test_bundle_builds_starts_and_checks(two_builds: list[Path]) -> None:
    """packaging/verify_bundle.py on what build.sh made: start-up, checker, size, glibc."""
    bundle = two_builds[0] / "safety-assistant"
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "verify_bundle.py"),
                             str(bundle)], capture_output=True, text=True, check=False)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "glibc floor" in result.stdout
    assert (bundle / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()
    notices = (bundle / "THIRD-PARTY-NOTICES.txt").read_text("utf-8")
    assert "Parts the installable bundle adds" in notices and "origin unknown" not in notices
    floor = (bundle / "share" / "safety-assistant" / "glibc-floor").read_text().strip()
    assert re.fullmatch(r"2\.\d+", floor) and f"glibc floor {floor}" in result.stdout


def test_two_builds_give_byte_identical_archives(two_builds: list[Path]) -> None:
    archives = [sorted(dist.glob("safety-assistant-*-linux-*.tar.xz")) for dist in two_builds]
    assert [len(found) for found in archives] == [1, 1]
    first, second = archives[0][0], archives[1][0]
    print(f"archive {first.name}: {first.stat().st_size / 1e6:.1f} MB")
    assert first.read_bytes() == second.read_bytes(), "two builds differ"
    for dist in two_builds:
        check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=dist, capture_output=True,
                               text=True, check=False)
        assert check.returncode == 0 and f"{first.name}: OK" in check.stdout, check.stdout
    with tarfile.open(first) as archive:
        members = archive.getmembers()
    assert [m.name for m in members] == sorted(m.name for m in members)
    assert {(m.uid, m.gid, m.uname, m.gname) for m in members} == {(0, 0, "", "")}
    assert {m.mtime for m in members} == {1767225600}
    names = {m.name for m in members}
    for needed in ("safety-assistant/LICENSE", "safety-assistant/THIRD-PARTY-NOTICES.txt",
                   "safety-assistant/install.sh", "safety-assistant/safety-assistant"):
        assert needed in names


def test_wheel_and_sdist_carry_the_licence_and_notices(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        info = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(info).decode("utf-8")
    licences = info.rsplit("/", 1)[0] + "/licenses/"
    assert {licences + "LICENSE", licences + "THIRD-PARTY-NOTICES.txt"} <= names
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert "Author: Safety Assistant contributors" in metadata
    assert "Requires-Python: >=3.11" in metadata
    assert "Classifier: Natural Language :: Russian" in metadata
    with tarfile.open(sdist) as archive:
        members = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"LICENSE", "THIRD-PARTY-NOTICES.txt", "packaging/licenses/LGPL-3.0.txt"} <= members
