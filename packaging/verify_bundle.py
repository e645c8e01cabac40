"""Check a PyInstaller bundle of the app: contents, linked libraries, start-up, checker, size.

    python packaging/verify_bundle.py dist/safety-assistant [--max-mb 200]
        [--archive dist/safety-assistant-VERSION-linux-ARCH.tar.xz [--max-archive-mb 80]]
    python packaging/verify_bundle.py dist/safety-assistant --glibc-floor   # prints 2.NN

Runs the bundle's own executable, never the source tree: ``--smoke-test`` offscreen in
each language (and on a real X server under ``xvfb-run`` when it is installed), then
``check --json`` on a fraud message, which must give a real verdict of danger or
suspicious. Standard library only; exit status 0 when every check passed.
"""

from __future__ import annotations

import argparse
import gettext
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

VERSION_RE = re.compile(r'^__version__ = "([^"]+)"', re.M)
ROOT = Path(__file__).resolve().parent.parent
# A message of the seed scenario "a caller from 1414 asks for the SMS code".
FRAUD_MESSAGE = "Здравствуйте, это 1414. Продиктуйте, пожалуйста, код из SMS, который вам пришёл."
VERDICTS = {"danger", "suspicious", "no_signs"}
# Libraries that must not be in the bundle: the app never uses them, and they are big.
FORBIDDEN = re.compile(r"(Qt6?)(WebEngine|Qml|Quick|3D|Pdf|VirtualKeyboard|Charts|Designer|"
                       r"Multimedia(Widgets|Quick))", re.I)
# What packaging/safety-assistant.spec trims; none of it may come back.
TRIMMED = re.compile(r"phonenumbers/(geodata|carrierdata|tzdata)/|texttospeech/\w*mock|"
                     r"imageformats/\w*q(gif|ico|icns|tga|tiff|wbmp|pdf)\.|"
                     r"wayland-graphics-integration-server/|WaylandCompositor|"
                     r"opengl32sw\.dll|d3dcompiler_\d+\.dll", re.I)
GLIBC_RE = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?\x00")
# Libraries every Linux desktop has; a bundle may rely on them (PyInstaller excludes GL).
SYSTEM_LIBS = re.compile(r"^(libGL|libEGL|libOpenGL|libGLX|libxcb|libX|libxkbcommon|"
                         r"libfontconfig|libfreetype|libdbus|libpulse|libspeechd|libwayland|"
                         r"libgtk|libgdk|libc\.|libm\.|libdl|librt|libpthread|ld-linux|"
                         r"libstdc\+\+|libgcc_s|libexpat|libcups)")


class Report:
    """Collects results; prints one line per check."""

    def __init__(self) -> None:
        self.failures: list[str] = []

    def ok(self, what: str) -> None:
        print(f"  ok    {what}")

    def note(self, what: str) -> None:
        print(f"  note  {what}")

    def fail(self, what: str) -> None:
        print(f"  FAIL  {what}")
        self.failures.append(what)


def executable(bundle: Path, console: bool = False) -> Path:
    """The app's executable inside a one-folder bundle or a macOS .app."""
    if bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / "safety-assistant"
    if sys.platform == "win32":
        return bundle / ("safety-assistant-console.exe" if console else "safety-assistant.exe")
    return bundle / "safety-assistant"


def internal_dir(bundle: Path) -> Path:
    """Where PyInstaller put the libraries and data (``sys._MEIPASS``)."""
    if bundle.suffix == ".app":
        return bundle / "Contents" / "Frameworks"
    return bundle / "_internal"


def size_mb(folder: Path) -> float:
    """Unpacked size in MB (10**6 bytes), symlinks counted once."""
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def run(args: list[str], env: dict[str, str], timeout: int = 120) -> subprocess.CompletedProcess:
    """Run from a neutral folder, so nothing is picked up from the source tree."""
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout,
                          cwd=tempfile.gettempdir(), check=False)


def check_contents(bundle: Path, report: Report) -> None:
    internal = internal_dir(bundle)
    expected = [
        "resources/content/scenarios.toml",
        "resources/content/sources.toml",
        "resources/icons/safety-assistant.svg",
        "translations/kk/LC_MESSAGES/assistant.mo",
        "translations/ru/LC_MESSAGES/assistant.mo",
        "phonenumbers/data",  # checker's offline data
        "publicsuffixlist/public_suffix_list.dat",
        "confusable_homoglyphs/confusables.json",
        "babel/locale-data/kk.dat",
        "babel/locale-data/ru.dat",
        "PySide6/Qt/translations/qtbase_kk.qm",
        "PySide6/Qt/translations/qtbase_ru.qm",
        "LICENSE",
        "THIRD-PARTY-NOTICES.txt",
        # the picture reader's language data (the engine itself is in tesserocr's libs)
        *(f"resources/tessdata/{lang}.traineddata" for lang in ("kaz", "rus", "eng")),
    ]
    if sys.platform.startswith("linux"):
        expected += [f"PySide6/Qt/plugins/platforms/libq{name}.so"
                     for name in ("xcb", "wayland", "offscreen")]
        # a screenshot pasted as JPEG or WebP is decoded by Qt's plugins (PNG and BMP are
        # built into Qt); files are decoded by Pillow
        expected += [f"PySide6/Qt/plugins/imageformats/libq{name}.so"
                     for name in ("jpeg", "webp")]
    for rel in expected:
        if (internal / rel).exists():
            report.ok(f"bundled: {rel}")
        else:
            report.fail(f"missing from the bundle: {rel}")
    forbidden = sorted({p.name for p in internal.rglob("*") if FORBIDDEN.search(p.name)})
    if forbidden:
        report.fail(f"unneeded Qt modules bundled: {', '.join(forbidden)}")
    else:
        report.ok("no WebEngine, Qml/Quick, 3D, Pdf, Charts or Designer in the bundle")
    if bundle.suffix != ".app":
        for name in ("LICENSE", "THIRD-PARTY-NOTICES.txt"):
            if not (bundle / name).is_file():
                report.fail(f"{name} is not beside the executable")
    notices = internal / "THIRD-PARTY-NOTICES.txt"
    if notices.is_file() and "Parts the installable bundle adds" not in notices.read_text(
            "utf-8", errors="replace"):
        report.fail("THIRD-PARTY-NOTICES.txt does not describe the bundle (--bundle)")
    trimmed = sorted({str(p.relative_to(internal)) for p in internal.rglob("*")
                      if TRIMMED.search(p.as_posix())})
    if trimmed:
        report.fail(f"trimmed files are back in the bundle: {', '.join(trimmed[:5])}")
    else:
        report.ok("no phone geodata/carrier/time-zone data, mock speech engine, unused "
                  "picture formats or Wayland compositor plugins")
    if (internal / "translations" / "kk" / "LC_MESSAGES" / "assistant.po").exists():
        report.fail("the .po sources were bundled (only .mo are needed)")


def check_linking(bundle: Path, report: Report) -> None:
    """Every bundled library finds its bundled dependencies (Linux, with ldd)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return
    internal = internal_dir(bundle)
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    missing: dict[str, set[str]] = {}
    system: set[str] = set()
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        result = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True,
                                check=False)
        for line in result.stdout.splitlines():
            if "not found" not in line:
                continue
            lib = line.split("=>")[0].strip()
            if SYSTEM_LIBS.match(lib):
                system.add(lib)
            else:
                missing.setdefault(lib, set()).add(path.name)
    if missing:
        for lib, users in sorted(missing.items()):
            report.fail(f"{lib} is needed by {', '.join(sorted(users))} but not bundled")
    else:
        report.ok("every bundled library finds the bundled libraries it links to")
    if system:
        report.note("left to the system (not on this build machine): "
                    + ", ".join(sorted(system)))


def glibc_floor(bundle: Path) -> tuple[tuple[int, ...], list[str]]:
    """The highest GLIBC_ symbol version any bundled ELF file needs, and who needs it.

    Version names sit in each library's dynamic string table as ``GLIBC_2.34`` and the
    like; the bundle carries no glibc of its own, so every name found is a requirement.
    """
    best: tuple[int, ...] = (0,)
    users: list[str] = []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
            data = handle.read()
        for match in GLIBC_RE.finditer(data):
            version = tuple(int(part) for part in match.groups() if part is not None)
            if version > best:
                best, users = version, []
            if version == best and path.name not in users:
                users.append(path.name)
    return best, users


def check_glibc(bundle: Path, report: Report) -> None:
    if not sys.platform.startswith("linux"):
        return
    version, users = glibc_floor(bundle)
    if version == (0,):
        report.fail("no GLIBC_ symbol versions found: is this a Linux bundle?")
        return
    shown = ", ".join(users[:4]) + (f" and {len(users) - 4} more" if len(users) > 4 else "")
    report.ok(f"glibc floor {'.'.join(map(str, version))}: the highest GLIBC_ symbol "
              f"version needed (by {shown})")


def app_name(bundle: Path, lang: str) -> str | None:
    """The translated app name from the bundle's own catalog (None for English or untranslated)."""
    if lang == "en":
        return None
    mo = internal_dir(bundle) / "translations" / lang / "LC_MESSAGES" / "assistant.mo"
    if not mo.is_file():
        return None  # reported by check_contents
    with mo.open("rb") as handle:
        name = gettext.GNUTranslations(handle).gettext("Safety Assistant")
    return None if name == "Safety Assistant" else name


def check_start(bundle: Path, env: dict[str, str], report: Report) -> None:
    exe = str(executable(bundle))
    verbose = dict(env, ASSISTANT_SMOKE_VERBOSE="1")
    for lang in ("en", "kk", "ru"):
        result = run([exe, "--lang", lang, "--smoke-test"], verbose)
        if result.returncode != 0:
            report.fail(f"--smoke-test --lang {lang} exited {result.returncode}: "
                        f"{result.stderr.strip()[-400:]}")
            continue
        report.ok(f"starts and paints its window offscreen (--lang {lang})")
        expected = app_name(bundle, lang)
        if expected is None:
            continue
        if f"first paint done: {expected}" in result.stdout:
            report.ok(f"window title in {lang} comes from the bundled catalog: {expected}")
        else:
            report.fail(f"window title in {lang} is not {expected!r}: {result.stdout.strip()!r}")
    xvfb = shutil.which("xvfb-run")
    if sys.platform.startswith("linux") and xvfb:
        xenv = dict(env, QT_QPA_PLATFORM="xcb")
        result = run([xvfb, "-a", exe, "--smoke-test"], xenv)
        if result.returncode == 0:
            report.ok("starts and paints its window on an X server (xvfb-run, xcb)")
        else:
            report.fail(f"--smoke-test on xcb exited {result.returncode}: "
                        f"{result.stderr.strip()[-400:]}")
    result = run([exe, "--version"], env)
    version_match = VERSION_RE.search((ROOT / "assistant" / "__init__.py").read_text("utf-8"))
    expected = version_match.group(1) if version_match else "?"
    if result.returncode == 0 and expected in result.stdout:
        report.ok(f"--version says {result.stdout.strip()}")
    else:
        report.fail(f"--version: exit {result.returncode}, {result.stdout!r}, expected {expected}")


def check_checker(bundle: Path, env: dict[str, str], report: Report) -> str:
    """Returns "real" or "broken"."""
    exe = str(executable(bundle, console=True))
    result = run([exe, "check", "--json", FRAUD_MESSAGE], env)
    try:
        data = json.loads(result.stdout)
    except json.JSONDecodeError:
        report.fail(f"check --json printed no JSON (exit {result.returncode}): "
                    f"{result.stdout[:200]!r} {result.stderr.strip()[-400:]}")
        return "broken"
    verdict = data.get("verdict") if isinstance(data, dict) else None
    if verdict not in VERDICTS:
        report.fail(f"check --json: no known 'verdict' in {str(data)[:300]}")
        return "broken"
    if verdict == "no_signs":
        report.fail("check --json found no signs in a message asking for the SMS code")
        return "broken"
    report.ok(f"check --json from the bundle: verdict {verdict!r} (exit {result.returncode})")
    return "real"


#: A screenshot of the fraud message with a QR code of a look-alike of egov.kz.
PICTURE = ROOT / "packaging" / "verify_picture.png"
PICTURE_QR = "https://egov-kz.online/sign"


def check_picture(bundle: Path, env: dict[str, str], report: Report) -> None:
    """``check --image``: the bundled engine, language data and QR decoder all work."""
    exe = str(executable(bundle, console=True))
    result = run([exe, "check", "--json", "--image", str(PICTURE)], env)
    try:
        data = json.loads(result.stdout)
    except json.JSONDecodeError:
        report.fail(f"check --image printed no JSON (exit {result.returncode}): "
                    f"{result.stdout[:200]!r} {result.stderr.strip()[-400:]}")
        return
    if not isinstance(data, dict) or data.get("qr") != [PICTURE_QR]:
        report.fail(f"check --image did not decode the QR code: {str(data)[:300]}")
    elif "1414" not in str(data.get("text")) or data.get("verdict") != "danger":
        report.fail(f"check --image did not read the words: {str(data)[:300]}")
    else:
        report.ok("check --image from the bundle: words and QR code read, verdict 'danger'")


def main(argv: list[str] | None = None) -> int:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description="Verify a PyInstaller bundle of the app.")
    parser.add_argument("bundle", type=Path, help="dist/safety-assistant (or the .app)")
    parser.add_argument("--require-checker", action="store_true",
                        help="kept for old scripts: the real checker is always required")
    parser.add_argument("--max-mb", type=float, default=200.0,
                        help="largest acceptable unpacked size in MB (default 200)")
    parser.add_argument("--archive", type=Path,
                        help="the archive of the bundle, to check its size too")
    parser.add_argument("--max-archive-mb", type=float, default=80.0,
                        help="largest acceptable archive in MB (default 80)")
    parser.add_argument("--glibc-floor", action="store_true",
                        help="only print the glibc floor (e.g. 2.28) and exit")
    args = parser.parse_args(argv)
    bundle: Path = args.bundle.resolve()
    if args.glibc_floor:
        version, _users = glibc_floor(bundle)
        print(".".join(map(str, version)))
        return 0 if version != (0,) else 1
    report = Report()
    if not executable(bundle).is_file():
        print(f"no executable at {executable(bundle)}", file=sys.stderr)
        return 1
    print(f"Verifying {bundle}")
    with tempfile.TemporaryDirectory(prefix="assistant-verify-") as data_dir:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASSISTANT_DATA_DIR=data_dir)
        env.pop("PYTHONPATH", None)
        check_contents(bundle, report)
        check_linking(bundle, report)
        check_glibc(bundle, report)
        check_start(bundle, env, report)
        checker = check_checker(bundle, env, report)
        check_picture(bundle, env, report)
    size = size_mb(bundle)
    if size <= args.max_mb:
        report.ok(f"size {size:.1f} MB unpacked (limit {args.max_mb:.0f} MB)")
    else:
        report.fail(f"size {size:.1f} MB unpacked is over the limit of {args.max_mb:.0f} MB")
    if args.archive:
        packed = args.archive.stat().st_size / 1e6
        limit = args.max_archive_mb
        if packed <= limit:
            report.ok(f"archive {packed:.1f} MB (limit {limit:.0f} MB)")
        else:
            report.fail(f"archive {packed:.1f} MB is over the limit of {limit:.0f} MB")
    print(f"checker: {checker}")
    if report.failures:
        print(f"{len(report.failures)} check(s) failed")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
