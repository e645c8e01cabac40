"""Packaging that needs no build: menu entry, metainfo, icons, the Linux installer, paths."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from assistant import APP_ID, __version__
from assistant.core import appinfo, paths
from tools import desktop_entry, render_icons

if TYPE_CHECKING:
    from types import ModuleType

    from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_KEYS = ("Name", "GenericName", "Comment", "Keywords")


def _entries(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


@pytest.fixture(scope="module")
def translations() -> dict[str, dict[str, str]]:
    return desktop_entry.load_translations()


def test_menu_entry_is_translated_from_the_catalogs(translations: dict[str, dict[str,
                                                    str]]) -> None:
    entries = _entries(desktop_entry.desktop_entry(translations))
    for key in DESKTOP_KEYS:
        english = entries[key]
        assert english == desktop_entry.DESKTOP_KEYS[key]
        for lang in desktop_entry.LANGS:
            translated = entries.get(f"{key}[{lang}]")
            assert translated, f"{key}[{lang}] is missing: translate {english!r} in {lang}"
            assert translated == " ".join(translations[lang][english].split())
            assert translated != english
    assert entries["Keywords[kk]"].endswith(";") and entries["Keywords[ru]"].endswith(";")


def test_exec_line_can_point_at_the_installed_program(translations: dict[str, dict[str,
                                                      str]]) -> None:
    text = desktop_entry.desktop_entry(translations, exec_command='"/opt/my apps/x"')
    assert _entries(text)["Exec"] == '"/opt/my apps/x"'


def test_metainfo_has_every_text_in_kk_and_ru(translations: dict[str, dict[str, str]]) -> None:
    root = ET.fromstring(desktop_entry.metainfo(translations))
    lang_attr = desktop_entry.XML_LANG
    paragraphs = root.findall("description/p")
    english = [p.text for p in paragraphs if lang_attr not in p.attrib]
    assert english == list(appinfo.DESCRIPTION)
    for lang in desktop_entry.LANGS:
        for tag in ("name", "summary", "description/p"):
            found = [e for e in root.findall(tag) if e.get(lang_attr) == lang]
            expected = len(english) if tag == "description/p" else 1
            assert len(found) == expected, (tag, lang)
            assert all(e.text and e.text.strip() for e in found)
    release = root.find("releases/release")
    assert release is not None and release.get("version") == __version__


def test_template_text_must_be_an_app_info_msgid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 translations: dict[str, dict[str, str]]) -> None:
    """A string added to a template but not to appinfo.py would reach no translator."""
    template = (desktop_entry.TEMPLATES / f"{APP_ID}.desktop.in").read_text("utf-8")
    (tmp_path / f"{APP_ID}.desktop.in").write_text(
        template.replace("Comment=Check a message", "Comment=Check any message"), "utf-8")
    monkeypatch.setattr(desktop_entry, "TEMPLATES", tmp_path)
    with pytest.raises(ValueError, match="Comment"):
        desktop_entry.desktop_entry(translations)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (make test installs it)")
def test_menu_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    desktop, _meta = desktop_entry.write(tmp_path)
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli is not installed (make test installs it)")
def test_metainfo_passes_appstreamcli_validate(tmp_path: Path) -> None:
    _desktop, meta = desktop_entry.write(tmp_path)
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(meta)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_committed_pngs_are_rendered_from_the_svg(qapp: QApplication) -> None:
    """Change the SVG, then run `python -m tools.render_icons`; this test says when."""
    from PySide6.QtGui import QImage

    for size in render_icons.PNG_SIZES:
        committed = QImage(str(render_icons.png_path(size)))
        assert committed.size().width() == size and committed.size().height() == size
        fresh = render_icons.render(size)
        committed = committed.convertToFormat(fresh.format())
        differing = sum(
            1 for y in range(size) for x in range(size)
            if _far(committed.pixel(x, y), fresh.pixel(x, y))
        )
        assert differing <= size * size // 100, f"{size}px icon is out of date"


def _far(a: int, b: int) -> bool:
    return any(abs(((a >> s) & 255) - ((b >> s) & 255)) > 8 for s in (0, 8, 16, 24))


def test_windows_and_macos_icons_hold_every_size(qapp: QApplication) -> None:
    from PySide6.QtGui import QImageReader

    ico = (render_icons.ICONS / "safety-assistant.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(render_icons.ICO_SIZES))
    sides = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert sides == list(render_icons.ICO_SIZES)
    icns = (render_icons.ICONS / "safety-assistant.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    for _size, kind_code in render_icons.ICNS_TYPES:
        assert kind_code in icns
    for name, images in (("safety-assistant.ico", len(render_icons.ICO_SIZES)),
                         ("safety-assistant.icns", len(render_icons.ICNS_TYPES))):
        reader = QImageReader(str(render_icons.ICONS / name))
        assert reader.imageCount() == images, name
        assert not reader.read().isNull(), name


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installer")
def test_linux_install_script_installs_and_uninstalls(tmp_path: Path) -> None:
    """install.sh on a stand-in bundle: menu entry, icons, command; then --uninstall."""
    bundle = tmp_path / "download" / "safety-assistant"
    bundle.mkdir(parents=True)
    program = bundle / "safety-assistant"
    program.write_text("#!/bin/sh\necho started\n")
    program.chmod(0o755)
    desktop_entry.write_share(bundle / "share")
    shutil.copy(ROOT / "packaging" / "linux" / "install.sh", bundle / "install.sh")
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True)
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}

    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True,
                   capture_output=True)
    share = home / ".local" / "share"
    installed = share / "safety-assistant" / "safety-assistant"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert installed.is_file()
    assert _entries(desktop.read_text("utf-8"))["Exec"] == f'"{installed}"'
    assert "Name[kk]=" in desktop.read_text("utf-8")
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    command = home / ".local" / "bin" / "safety-assistant"
    assert subprocess.run([str(command)], capture_output=True, text=True,
                          check=True).stdout == "started\n"
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)

    subprocess.run(["sh", str(installed.parent / "install.sh"), "--uninstall"], env=env,
                   check=True, capture_output=True)
    # Only the menus' shared caches (icon-theme.cache, mimeinfo.cache) may stay.
    leftovers = [p for p in share.rglob("*") if p.is_file() and p.suffix != ".cache"]
    assert leftovers + list((home / ".local" / "bin").iterdir()) == []


def test_resources_are_found_in_the_source_tree() -> None:
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.locale_dir() == ROOT / "translations"


def test_resources_are_found_in_a_pyinstaller_bundle(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "content").mkdir(parents=True)
    (tmp_path / "translations").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.content_dir() == tmp_path / "resources" / "content"
    assert paths.locale_dir() == tmp_path / "translations"


def test_resources_are_found_in_an_installed_wheel(tmp_path: Path) -> None:
    """The wheel's layout (assistant/_data/...) wins over anything else on the path."""
    site = tmp_path / "site"
    shutil.copytree(ROOT / "assistant", site / "assistant",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", site / "assistant" / "_data" / "resources")
    shutil.copytree(ROOT / "translations", site / "assistant" / "_data" / "translations")
    code = ("from assistant.core import paths; "
            "print(paths.resources_dir()); print(paths.locale_dir())")
    env = dict(os.environ, PYTHONPATH=str(site))
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                            capture_output=True, text=True, check=True)
    data = (site / "assistant" / "_data").resolve()
    assert result.stdout.splitlines() == [str(data / "resources"), str(data / "translations")]


def test_windows_installer_messages_are_up_to_date(translations: dict[str, dict[str, str]]) -> None:
    """Regenerate with `python -m tools.desktop_entry --inno packaging/windows/messages.iss`."""
    committed = desktop_entry.INNO_FILE.read_text(encoding="utf-8-sig")
    assert committed == desktop_entry.inno_messages(translations)
    for lang in ("en", *desktop_entry.LANGS):
        assert f"\n{lang}.AppName=" in committed


def test_windows_installer_script_refers_to_files_that_exist() -> None:
    script = (ROOT / "packaging" / "windows" / "safety-assistant.iss").read_text("utf-8")
    assert '#include "messages.iss"' in script
    assert r"{#Root}\packaging\icons\safety-assistant.ico" in script
    assert (render_icons.ICONS / "safety-assistant.ico").is_file()
    # The installer packs what the spec builds: dist/<NAME>/ with <NAME>.exe inside.
    spec = (ROOT / "packaging" / "safety-assistant.spec").read_text("utf-8")
    assert 'NAME = "safety-assistant"' in spec
    assert r'Source: "{#Root}\dist\safety-assistant\*"' in script
    assert '#define AppExe "safety-assistant.exe"' in script
    for lang in ("en", "ru", "kk"):
        assert f'Name: "{lang}"; MessagesFile:' in script


def _load_verifier() -> ModuleType:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "verify_bundle", ROOT / "packaging" / "verify_bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a shell script")
@pytest.mark.parametrize(("script", "expected", "failures"), [
    # The old placeholder checker (exit 2, no JSON) is now a broken build.
    ('echo "The message checker is not available in this build yet." >&2; exit 2',
     "broken", 1),
    ("""echo '{"verdict": "danger", "score": 0.9}'""", "real", 0),
    ("""echo '{"verdict": "no_signs", "score": 0}'""", "broken", 1),
    ("echo 'Traceback: ImportError'; exit 1", "broken", 1),
])
def test_bundle_verifier_tells_real_and_broken_checkers(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], script: str, expected: str,
        failures: int) -> None:
    """The verifier's `check --json` step, against stand-in executables."""
    verifier = _load_verifier()
    bundle = tmp_path / "safety-assistant"
    bundle.mkdir()
    program = bundle / "safety-assistant"
    program.write_text(f"#!/bin/sh\n[ \"$1\" = check ] || exit 9\n{script}\n")
    program.chmod(0o755)
    report = verifier.Report()
    outcome = verifier.check_checker(bundle, dict(os.environ), report)
    assert outcome == expected
    assert len(report.failures) == failures


@pytest.mark.screenshots
def test_icon_sheet_screenshot(qapp: QApplication) -> None:
    """Every PNG size on a light and a dark background: build/screenshots/packaging/."""
    from PySide6.QtGui import QColor, QImage, QPainter

    sizes = [s for s in render_icons.PNG_SIZES if s <= 256]
    width = sum(sizes) + 10 * (len(sizes) + 1)
    sheet = QImage(width, 2 * 276, QImage.Format.Format_ARGB32)
    painter = QPainter(sheet)
    for row, background in enumerate(("#ffffff", "#303030")):
        painter.fillRect(0, row * 276, width, 276, QColor(background))
        x = 10
        for size in sizes:
            painter.drawImage(x, row * 276 + 10, QImage(str(render_icons.png_path(size))))
            x += size + 10
    painter.end()
    out = ROOT / "build" / "screenshots" / "packaging" / "icons.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    assert sheet.save(str(out))


# --- Licences, metadata ------------------------------------------------------------------

GPL3 = Path("/usr/share/common-licenses/GPL-3")


def test_licence_is_the_gpl_3_verbatim() -> None:
    text = (ROOT / "LICENSE").read_text("utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE\n                       Version 3")
    assert "END OF TERMS AND CONDITIONS" in text
    if GPL3.is_file():  # Debian's copy of the same text
        assert text == GPL3.read_text("utf-8")


def test_notices_name_every_package_the_app_needs_with_its_licence() -> None:
    """Regenerate with `python -m tools.third_party_notices` after changing dependencies."""
    from tools import third_party_notices as notices

    committed = (ROOT / "THIRD-PARTY-NOTICES.txt").read_text("utf-8")
    dists = notices.collect()
    names = {notices._normal(d.name) for d in dists}
    assert {"pyside6", "pyside6-essentials", "shiboken6", "babel", "phonenumbers",
            "publicsuffixlist", "appdirs", "confusable-homoglyphs"} <= names
    for dist in dists:
        assert f"{dist.name} " in committed, f"{dist.name} is missing from the notices"
        assert dist.licence in committed, f"the licence of {dist.name} is missing"
        for file_name, text in dist.texts:
            assert text in committed, f"{file_name} of {dist.name} is missing"
    assert "how to replace" in committed.lower() or "replace them" in committed
    assert "Licence text: LGPL-3.0.txt" in committed
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in committed
    # ICU is vendored inside the PySide6 wheel: its notice must come along.
    assert re.search(r"libicu\w*\.so \(in PySide6_Essentials\): ICU", committed)
    assert "COPYRIGHT AND PERMISSION NOTICE (ICU 58 and later)" in committed


def test_notices_in_bundle_mode_list_libraries_by_origin(tmp_path: Path) -> None:
    """A fake bundle: Qt's own plugin, a wheel's ICU, a known runtime, and a stranger."""
    from tools import third_party_notices as notices

    (tmp_path / "_internal/PySide6/Qt/plugins/platforms").mkdir(parents=True)
    (tmp_path / "_internal/PySide6/Qt/lib").mkdir(parents=True)
    (tmp_path / "_internal/PySide6/Qt/plugins/platforms/libqxcb.so").write_bytes(b"")
    (tmp_path / "_internal/PySide6/Qt/lib/libicuuc.so.73").write_bytes(b"")
    (tmp_path / "_internal/libpython3.11.so.1.0").write_bytes(b"")
    (tmp_path / "_internal/libnobody-knows-me.so.1").write_bytes(b"")
    (tmp_path / "_internal/libffi-8.dll").write_bytes(b"")  # as python.org's Windows build
    text, unknown = notices.render(tmp_path)
    assert unknown == ["libnobody-knows-me.so.1"]
    assert "libffi-8.dll: shipped with Python" in text
    assert "Parts the installable bundle adds" in text
    assert "libicuuc.so (in PySide6_Essentials): ICU" in text
    assert "libavcodec" not in text  # vendored in the wheel, but not in this bundle
    assert "PSF-2.0" in text


def test_package_metadata_is_complete() -> None:
    """What pip, PyPI and `pip show` read (the installed, editable copy of pyproject.toml)."""
    import tomllib
    from importlib import metadata

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "GPL-3.0-or-later"
    assert project["requires-python"] == ">=3.11"
    assert {"LICENSE", "THIRD-PARTY-NOTICES.txt"} <= set(project["license-files"])
    assert project["authors"] == [{"name": "Safety Assistant contributors"}]
    classifiers = project["classifiers"]
    for needed in ("Natural Language :: Russian", "Natural Language :: English",
                   "Intended Audience :: End Users/Desktop", "Topic :: Security",
                   "Operating System :: POSIX :: Linux", "Programming Language :: Python :: 3.11"):
        assert needed in classifiers
    assert not any(c.startswith("License ::") for c in classifiers)  # PEP 639: the expression
    # Never an invented address: URLs only once the project has a public one.
    assert "urls" not in project
    meta = metadata.metadata("safety-assistant")
    assert meta["License-Expression"] == "GPL-3.0-or-later"
    assert meta["Requires-Python"] == ">=3.11"


def test_readme_renders_off_the_repository() -> None:
    """PyPI and `pip show` have no repository beside the README: no relative links."""
    readme = (ROOT / "README.md").read_text("utf-8")
    targets = re.findall(r"\]\(([^)\s]+)", readme)
    relative = [t for t in targets if not re.match(r"https?://|#", t)]
    assert relative == [], f"relative links break off the repository: {relative}"


# --- Shell scripts, Windows and macOS scripts --------------------------------------------

SHELL_SCRIPTS = [ROOT / "packaging" / "build.sh", ROOT / "packaging" / "linux" / "install.sh",
                 ROOT / ".ci" / "run"]


@pytest.mark.skipif(shutil.which("shellcheck") is None,
                    reason="shellcheck is not installed (make test installs it)")
@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: p.name)
def test_shell_scripts_pass_shellcheck(script: Path) -> None:
    if not script.read_text("utf-8").startswith("#!/bin/sh") and script.suffix != ".sh":
        pytest.skip(f"{script.name} is not a shell script")
    result = subprocess.run(["shellcheck", "--shell=sh", str(script)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout


def _inno_keys() -> dict[str, dict[str, list[str]]]:
    """Inno Setup 6's message keys by section, each with its placeholders and '&'."""
    sections: dict[str, dict[str, list[str]]] = {}
    section = ""
    for line in (ROOT / "packaging/windows/inno-setup-6-keys.txt").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            sections[section] = {}
            continue
        key, *marks = line.split()
        sections[section][key] = sorted(marks)
    return sections


def _isl(path: Path) -> dict[str, dict[str, str]]:
    sections: dict[str, dict[str, str]] = {}
    section = ""
    for line in path.read_text("utf-8-sig").splitlines():
        if not line or line.startswith(";"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            sections[section] = {}
            continue
        key, _, value = line.partition("=")
        assert key not in sections[section], f"{key} twice"
        sections[section][key] = value
    return sections


def test_kazakh_installer_messages_cover_every_inno_setup_6_key() -> None:
    path = ROOT / "packaging" / "windows" / "Kazakh.isl"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "Inno Setup 6 needs UTF-8 with a BOM"
    expected = _inno_keys()
    assert len(expected["Messages"]) > 250 and "CustomMessages" in expected
    kazakh = _isl(path)
    for section, keys in expected.items():
        translated = kazakh.get(section, {})
        assert sorted(translated) == sorted(keys), (
            section, sorted(set(keys) ^ set(translated)))
        if section == "LangOptions":
            continue
        for key, marks in keys.items():
            text = translated[key]
            found = sorted(re.findall(r"%\d|%n|\[\w+(?:/\w+)?\]", text))
            if "&" in text:
                found = sorted([*found, "&"])
            assert found == marks, (key, marks, text)
            assert not re.search(r"[A-Za-z]{4,}", re.sub(
                r"%\d|%n|\[\w+(?:/\w+)?\]|OK|Windows|Service Pack|Power Users|README|UNC|INI|"
                r"DLL/OCX|RegSvr32|RestartReplace|C:\\APP|\\\\server\\share", "", text)), (
                f"{key} looks untranslated: {text}")
    assert kazakh["LangOptions"]["LanguageID"] == "$043F"


def test_windows_scripts_refer_to_files_that_exist() -> None:
    iss_path = ROOT / "packaging" / "windows" / "safety-assistant.iss"
    iss = iss_path.read_text("utf-8")
    referenced = [Path(p.replace("\\", "/")) for p in re.findall(r"\{#Root\}\\([^\"*\s]+)", iss)]
    referenced += [iss_path.parent / name for name in re.findall(r'#include "([^"]+)"', iss)]
    assert '#define KazakhMessages AddBackslash(SourcePath) + "Kazakh.isl"' in iss
    referenced.append(iss_path.parent / "Kazakh.isl")
    ps1 = (ROOT / "packaging" / "windows" / "build.ps1").read_text("utf-8")
    referenced += [Path(p.replace("\\", "/")) for p in re.findall(r"(packaging\\[\w\\.-]+)", ps1)]
    modules = re.findall(r"-m (tools\.\w+)", ps1)
    assert modules, "build.ps1 runs the project's tools"
    referenced += [Path(*module.split(".")).with_suffix(".py") for module in modules]
    # dist/ is what the build itself makes (PyInstaller's output), absent on a clean clone.
    referenced = [p for p in referenced if p.parts[0] not in ("dist", "build")]
    missing = [str(p) for p in referenced if not (ROOT / p).exists()]
    assert len(referenced) >= 8 and missing == []
    assert "LicenseFile={#Root}\\LICENSE" in iss
    # Every step of build.ps1 that runs a program checks its exit code.
    assert "$ErrorActionPreference = \"Stop\"" in ps1
    lines = ps1.splitlines()
    runs = [i for i, line in enumerate(lines) if re.search(r"(^|[({]\s*)& \$\w+", line.strip())]
    assert len(runs) >= 8
    for i in runs:
        checked = ("Invoke-Checked" in lines[i] or "Invoke-Checked" in lines[i - 1]
                   or any("$LASTEXITCODE" in later for later in lines[i:i + 2]))
        assert checked, f"build.ps1 line {i + 1} ignores the exit code: {lines[i].strip()}"


def test_installers_say_when_a_build_is_unsigned() -> None:
    ps1 = (ROOT / "packaging" / "windows" / "build.ps1").read_text("utf-8")
    build = (ROOT / "packaging" / "build.sh").read_text("utf-8")
    assert "UNSIGNED" in ps1 and "/tr" in ps1 and "WINDOWS_TIMESTAMP_URL" in ps1
    assert "UNSIGNED" in build and "--options runtime" in build
    assert "notarytool submit" in build and "stapler staple" in build


# --- install.sh refuses what cannot start ------------------------------------------------

def _stand_in_bundle(tmp_path: Path, program: str, floor: str | None = None) -> Path:
    bundle = tmp_path / "download" / "safety-assistant"
    bundle.mkdir(parents=True)
    (bundle / "safety-assistant").write_text(program)
    (bundle / "safety-assistant").chmod(0o755)
    desktop_entry.write_share(bundle / "share")
    if floor:
        (bundle / "share" / "safety-assistant").mkdir(parents=True, exist_ok=True)
        (bundle / "share" / "safety-assistant" / "glibc-floor").write_text(floor + "\n")
    shutil.copy(ROOT / "packaging" / "linux" / "install.sh", bundle / "install.sh")
    return bundle


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installer")
@pytest.mark.parametrize(("program", "floor", "said"), [
    # What an old glibc makes the real bundle print, before Python even starts.
    ("#!/bin/sh\necho \"./safety-assistant: /lib/x86_64-linux-gnu/libc.so.6: version "
     "\\`GLIBC_2.38' not found\" >&2\nexit 1\n", None, "GLIBC_2.38' not found"),
    ("#!/bin/sh\necho safety-assistant 0.1.0\n", "99.0", "GNU C library 99.0 or newer"),
])
def test_install_script_refuses_an_app_that_cannot_start(tmp_path: Path, program: str,
                                                         floor: str | None, said: str) -> None:
    bundle = _stand_in_bundle(tmp_path, program, floor)
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True)
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    result = subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 1
    assert "cannot start on this computer" in result.stderr and said in result.stderr
    assert "pipx install" in result.stderr
    assert not (home / ".local" / "share").exists(), "nothing may be installed"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installer")
def test_install_script_accepts_an_older_glibc_floor(tmp_path: Path) -> None:
    bundle = _stand_in_bundle(tmp_path, "#!/bin/sh\necho safety-assistant 0.1.0\n", "2.17")
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    assert (home / ".local/share/safety-assistant/safety-assistant").is_file()


def test_bundle_verifier_finds_the_glibc_floor(tmp_path: Path) -> None:
    verifier = _load_verifier()
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "a.so").write_bytes(b"\x7fELF....GLIBC_2.17\x00GLIBC_2.34\x00")
    (tmp_path / "lib" / "b.so").write_bytes(b"\x7fELF....GLIBC_2.4\x00GLIBC_2.34\x00x")
    (tmp_path / "lib" / "c.so").write_bytes(b"\x7fELF....GLIBC_2.28\x00GLIBC_PRIVATE\x00")
    (tmp_path / "notes.txt").write_bytes(b"GLIBC_2.99\x00")  # not an ELF file
    assert verifier.glibc_floor(tmp_path) == ((2, 34), ["a.so", "b.so"])
