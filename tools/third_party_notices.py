"""Write THIRD-PARTY-NOTICES.txt from the installed distributions (and, optionally, a bundle).

    python -m tools.third_party_notices                      # THIRD-PARTY-NOTICES.txt
    python -m tools.third_party_notices --check              # exit 1 when it is out of date
    python -m tools.third_party_notices --bundle dist/safety-assistant OUT.txt

The file names every distribution the app needs at run time (the dependency closure of
``safety-assistant`` as installed here), its version and licence, and carries the licence
texts each one ships. Qt for Python (PySide6, shiboken6) comes first, with the LGPL-3.0
and how to replace its libraries. Native libraries vendored inside those wheels (ICU,
FFmpeg, the Microsoft C++ runtime...) are listed with their own licence.

With ``--bundle`` the notices describe what a PyInstaller bundle really holds: the same
distributions, plus the Python runtime, PyInstaller's bootloader and every other shared
library the bundle carries, each with its licence; a library of unknown origin is an error.
Standard library only: it runs inside the build environment of any platform.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "THIRD-PARTY-NOTICES.txt"
LICENSE_TEXTS = ROOT / "packaging" / "licenses"
APP = "safety-assistant"
QT_DISTS = ("pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6")
WIDTH = 78
RULE = "=" * WIDTH

#: Shared libraries that wheels or PyInstaller put in the bundle, by file-name pattern:
#: (component, SPDX licence, licence text in packaging/licenses/ or None, note).
NATIVE: list[tuple[re.Pattern[str], str, str, str | None, str]] = [
    (re.compile(r"^(lib)?Qt6|^qt6|^lib(pyside6|shiboken6)|^(pyside6|shiboken6)\.", re.I),
     "Qt / Qt for Python", "LGPL-3.0-only", "LGPL-3.0.txt", "see section 1"),
    (re.compile(r"^(lib)?icu(data|i18n|uc|io|tu)", re.I),
     "ICU (International Components for Unicode)", "Unicode-3.0 AND ICU", "ICU.txt",
     "vendored in the PySide6 wheel; Qt uses it for text handling"),
    (re.compile(r"^(lib)?(avcodec|avformat|avutil|swresample|swscale)", re.I),
     "FFmpeg", "LGPL-2.1-or-later", "LGPL-2.1.txt",
     "vendored in the PySide6 wheel for Qt Multimedia"),
    (re.compile(r"^(msvcp|vcruntime|concrt|vccorlib)\d+", re.I),
     "Microsoft Visual C++ runtime", "LicenseRef-MSVC-Redistributable", None,
     "redistributable files of Microsoft Visual Studio, shipped by the wheels that need them"),
    (re.compile(r"^(lib)?python3", re.I),
     "Python", "PSF-2.0", None, "the Python runtime (licence text below)"),
    # Reading pictures: the libraries vendored in the tesserocr and Pillow wheels.
    # Pillow's LICENSE (above) carries the licence text of each library it vendors;
    # the tesserocr wheel carries none, so the upstream licence is named here.
    (re.compile(r"^libtesseract", re.I), "Tesseract OCR", "Apache-2.0", None,
     "vendored in the tesserocr wheel (https://github.com/tesseract-ocr/tesseract)"),
    (re.compile(r"^libleptonica", re.I), "Leptonica", "BSD-2-Clause", None,
     "vendored in the tesserocr wheel (http://www.leptonica.org/about-the-license.html)"),
    (re.compile(r"^libjbig", re.I), "JBIG-KIT", "GPL-2.0-or-later", None,
     "vendored in the tesserocr wheel for libtiff (https://www.cl.cam.ac.uk/~mgk25/jbigkit/)"),
    (re.compile(r"^libtiff", re.I), "LibTIFF", "libtiff", None,
     "vendored in the tesserocr and Pillow wheels (https://libtiff.gitlab.io/libtiff/)"),
    (re.compile(r"^libpng16", re.I), "libpng", "Libpng", None,
     "vendored in the tesserocr and Pillow wheels (http://www.libpng.org/pub/png/src/libpng-LICENSE.txt)"),
    (re.compile(r"^libjpeg", re.I), "libjpeg-turbo", "IJG AND BSD-3-Clause AND Zlib", None,
     "vendored in the tesserocr and Pillow wheels (https://libjpeg-turbo.org/About/License)"),
    (re.compile(r"^lib(webp|webpmux|webpdemux|sharpyuv)", re.I), "libwebp", "BSD-3-Clause",
     None, "vendored in the tesserocr and Pillow wheels (https://chromium.googlesource.com/webm/libwebp)"),
    (re.compile(r"^libopenjp2", re.I), "OpenJPEG", "BSD-2-Clause", None,
     "vendored in the Pillow wheel"),
    (re.compile(r"^liblzma", re.I), "XZ Utils (liblzma)", "0BSD", None,
     "vendored in the Pillow wheel"),
    (re.compile(r"^libzstd", re.I), "Zstandard", "BSD-3-Clause", None,
     "vendored in the Pillow wheel"),
    (re.compile(r"^lib(Xau|xcb)-", re.I), "X.Org libXau, libxcb", "MIT", None,
     "vendored in the Pillow wheel"),
    (re.compile(r"^libavif", re.I), "libavif", "BSD-2-Clause", None,
     "vendored in the Pillow wheel; left out of the app bundle"),
    (re.compile(r"^libbrotli", re.I), "Brotli", "MIT", None,
     "vendored in the Pillow wheel; left out of the app bundle"),
    (re.compile(r"^libfreetype", re.I), "FreeType", "FTL OR GPL-2.0-or-later", None,
     "vendored in the Pillow wheel; left out of the app bundle"),
    (re.compile(r"^libharfbuzz", re.I), "HarfBuzz", "MIT", None,
     "vendored in the Pillow wheel; left out of the app bundle"),
    (re.compile(r"^liblcms2", re.I), "Little CMS", "MIT", None,
     "vendored in the Pillow wheel; left out of the app bundle"),
]


#: Libraries the Python runtime itself ships on Windows and macOS (python.org installers);
#: their notices are part of Python's licence text, which section 4 carries in full.
PYTHON_RUNTIME = re.compile(
    r"^(lib)?(ssl|crypto|ffi|sqlite3|lzma|bz2|z|mpdec|ncursesw?|panelw?|readline|"
    r"python3)(-\d+)?[.-]", re.I)
#: The Universal C runtime of Windows, when a build collects it.
WINDOWS_RUNTIME = re.compile(r"^(api-ms-win-|ucrtbase)", re.I)


@dataclass
class Dist:
    """One installed distribution with what the notices say about it."""

    name: str
    version: str
    licence: str
    homepage: str
    texts: list[tuple[str, str]] = field(default_factory=list)  # (file name, text)
    native: list[str] = field(default_factory=list)  # vendored shared libraries


def _requirement_names(dist: metadata.Distribution) -> list[str]:
    names = []
    for requirement in dist.requires or []:
        spec, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", spec)
        if match:
            names.append(match.group(1))
    return names


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(root: str = APP) -> list[metadata.Distribution]:
    """The installed distributions ``root`` needs at run time (not ``root`` itself)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = _requirement_names(metadata.distribution(root))
    while todo:
        name = _normal(todo.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python
        seen[name] = dist
        todo.extend(_requirement_names(dist))
    return [seen[name] for name in sorted(seen)]


def licence_of(dist: metadata.Distribution) -> str:
    """The SPDX expression, else the free-text licence, else the classifiers."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    text = meta.get("License")
    if text and len(text) < 100 and "\n" not in text:
        return str(text)
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return "; ".join(classifiers) or "not stated in the package metadata"


def homepage_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    for url in meta.get_all("Project-URL") or []:
        label, _, address = url.partition(",")
        if label.strip().lower() in ("homepage", "source", "repository"):
            return address.strip()
    return str(meta.get("Home-page") or "")


_LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.I)


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """The licence files the distribution installed in its .dist-info."""
    texts = []
    for entry in dist.files or []:
        rel = str(entry)
        if ".dist-info/" not in rel or not _LICENCE_FILE.search(rel):
            continue
        path = Path(str(dist.locate_file(entry)))
        if path.is_file():
            texts.append((path.name, path.read_text("utf-8", errors="replace").strip()))
    return texts


def vendored_native(dist: metadata.Distribution) -> list[str]:
    """Shared libraries inside the distribution that are not its own code."""
    found = set()
    for entry in dist.files or []:
        rel = str(entry).replace("\\", "/")
        name = Path(rel).name
        if "/plugins/" in rel or "/qml/" in rel:
            continue  # Qt's own plugins
        if not re.search(r"\.(so(\.\d+)*|dll|dylib)$", name):
            continue
        if NATIVE[0][0].search(name) or name.endswith((".pyd", ".abi3.so")):
            continue  # Qt's and the binding's own libraries
        if re.search(r"\.cpython-|\.abi3\.", name):
            continue  # Python extension modules of the package itself
        found.add(re.sub(r"(\.so)(\.\d+)*$", r"\1", name))
    return sorted(found)


def collect() -> list[Dist]:
    dists = []
    for dist in closure():
        name = str(dist.metadata["Name"])
        dists.append(Dist(name=name, version=dist.version, licence=licence_of(dist),
                          homepage=homepage_of(dist), texts=licence_texts(dist),
                          native=vendored_native(dist)))
    return dists


def native_licence(name: str) -> tuple[str, str, str | None, str] | None:
    for pattern, component, spdx, text, note in NATIVE:
        if pattern.search(name):
            return component, spdx, text, note
    return None


def _wrap(text: str, indent: str = "") -> str:
    import textwrap

    paragraphs = []
    for paragraph in text.split("\n"):
        hanging = indent + ("  " if paragraph.startswith("- ") else "")
        paragraphs.append(textwrap.fill(paragraph, WIDTH, initial_indent=indent,
                                        subsequent_indent=hanging, break_on_hyphens=False))
    return "\n".join(paragraphs)


def _heading(title: str) -> list[str]:
    return ["", RULE, title, RULE, ""]


def qt_section(dists: list[Dist]) -> list[str]:
    qt = [d for d in dists if _normal(d.name) in QT_DISTS]
    lines = _heading("1. Qt and Qt for Python (PySide6, shiboken6): LGPL-3.0")
    for dist in qt:
        lines.append(f"  {dist.name} {dist.version}: {dist.licence}")
        if dist.homepage:
            lines.append(f"    source: {dist.homepage}")
    lines.append("")
    lines.append(_wrap(
        "The app uses Qt and Qt for Python under the GNU Lesser General Public License, "
        "version 3 (LGPL-3.0; its text is at the end of this file, and it refers to the "
        "GNU GPL version 3 in LICENSE). Qt is not modified. The Qt Project publishes the "
        "source code of every Qt version at https://download.qt.io/archive/qt/ and the "
        "source of Qt for Python at the address above.\n\n"
        "Qt's libraries stay separate files, so you can replace them with your own build "
        "of the same Qt version (or a compatible later 6.x version):\n"
        "- Installed with pip or pipx: Qt comes from the PySide6 packages of that Python "
        "environment. Install your own build of PySide6 there (pip install ./your-wheel) "
        "and the app uses it.\n"
        "- The Linux download: the libraries are in safety-assistant/_internal/PySide6/Qt/lib "
        "(libQt6Core.so.6 and the others) and the plugins in .../PySide6/Qt/plugins; "
        "overwrite them with your builds, keeping the file names.\n"
        "- Windows: the same files are in the installation folder under "
        "_internal\\PySide6 (Qt6Core.dll and the others, plugins beside them).\n"
        "- macOS: inside Safety Assistant.app under Contents/Frameworks/PySide6/Qt/lib; "
        "sign the app again afterwards.\n"
        "- Or rebuild the whole bundle from the app's source (packaging/build.sh) in an "
        "environment where your PySide6 is installed."))
    return lines


def packages_section(dists: list[Dist]) -> list[str]:
    lines = _heading("2. Python packages the app uses")
    for dist in dists:
        lines.append(f"{dist.name} {dist.version}")
        lines.append(f"  licence: {dist.licence}")
        if dist.homepage:
            lines.append(f"  home: {dist.homepage}")
        if not dist.texts and _normal(dist.name) not in QT_DISTS:
            lines.append("  (the package ships no licence file; its licence is named above)")
        for file_name, text in dist.texts:
            lines += ["", f"  --- {file_name} of {dist.name} ---", "", text, ""]
        lines.append("-" * WIDTH)
    return lines


def native_section(libraries: list[tuple[str, str]]) -> list[str]:
    """``libraries``: (file name, where it comes from)."""
    lines = _heading("3. Native libraries vendored inside the packages")
    if not libraries:
        lines.append("None besides Qt's own.")
    for name, origin in libraries:
        known = native_licence(name)
        if known is None:
            lines.append(f"  {name} ({origin}): licence unknown")
            continue
        component, spdx, text, note = known
        where = f"; text: {text} below" if text else ""
        lines.append(f"  {name} ({origin}): {component}, {spdx}{where}; {note}")
    return lines


def _python_licence() -> str:
    for folder in (Path(sysconfig.get_paths()["stdlib"]), Path(sys.base_prefix)):
        for name in ("LICENSE.txt", "LICENSE"):
            if (folder / name).is_file():
                return (folder / name).read_text("utf-8", errors="replace").strip()
    return "The Python licence (PSF-2.0) ships with Python; see python.org."


def bundle_section(bundle: Path, known_dists: list[Dist]) -> tuple[list[str], list[str]]:
    """The runtime parts a PyInstaller bundle adds; returns (lines, unknown libraries)."""
    lines = _heading("4. Parts the installable bundle adds")
    lines.append(f"Python {sys.version.split()[0]} (the runtime): PSF-2.0")
    lines += ["", _python_licence(), ""]
    try:
        pyinstaller = metadata.distribution("pyinstaller")
        lines.append(f"PyInstaller {pyinstaller.version} (only its bootloader, the program "
                     "that starts the app): GPL-2.0-or-later WITH Bootloader-exception")
        for file_name, text in licence_texts(pyinstaller):
            lines += ["", f"  --- {file_name} of PyInstaller ---", "", text, ""]
    except metadata.PackageNotFoundError:
        lines.append("PyInstaller: not installed here")
    lines += ["", "Other shared libraries in the bundle:", ""]
    wheel_files = {Path(name).name for d in known_dists for name in d.native}
    unknown = []
    for path in sorted(bundle.rglob("*")):
        name = path.name
        if not path.is_file() or not re.search(r"\.(so(\.\d+)*|dll|dylib)$", name):
            continue
        if re.search(r"\.cpython-|\.abi3\.|\.pyd$", name) or native_licence(name):
            continue  # extension modules of the packages above, Qt, known libraries
        if "PySide6" in path.parts and "plugins" in path.parts:
            continue  # Qt's plugins: part of Qt (section 1)
        if re.sub(r"(\.so)(\.\d+)*$", r"\1", name) in wheel_files:
            continue
        package, copyright_text = _system_package(name)
        if package:
            lines.append(f"  {name}: from the build system's package {package}")
            if copyright_text:
                lines += ["", f"  --- copyright of {package} ---", "", copyright_text, ""]
        elif PYTHON_RUNTIME.match(name):
            lines.append(f"  {name}: shipped with Python; its notice is in Python's licence "
                         "text above")
        elif WINDOWS_RUNTIME.match(name):
            lines.append(f"  {name}: Microsoft's Universal C Runtime, redistributable with "
                         "Windows applications")
        else:
            lines.append(f"  {name}: origin unknown")
            unknown.append(name)
    return lines, unknown


def _system_package(library: str) -> tuple[str | None, str | None]:
    """The Debian package that installed ``library`` on the build machine, and its copyright."""
    if shutil.which("dpkg") is None:
        return None, None
    result = subprocess.run(["dpkg", "-S", f"*/{library}"], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0 or ":" not in result.stdout:
        return None, None
    package = result.stdout.splitlines()[0].split(":")[0]
    copyright_file = Path("/usr/share/doc") / package / "copyright"
    text = copyright_file.read_text("utf-8", errors="replace").strip() \
        if copyright_file.is_file() else None
    return package, text


def appendix(names: set[str]) -> list[str]:
    lines = []
    for name in sorted(names):
        lines += _heading(f"Licence text: {name}")
        lines.append((LICENSE_TEXTS / name).read_text("utf-8").strip())
    return lines


def render(bundle: Path | None = None) -> tuple[str, list[str]]:
    """The notices text, and the bundled libraries whose licence is unknown."""
    dists = collect()
    lines = [
        "Third-party software in Safety Assistant",
        "",
        _wrap("Safety Assistant is free software: you can redistribute it and/or modify it "
              "under the terms of the GNU General Public License, version 3 or (at your "
              "option) any later version; see LICENSE. It is built on the software below, "
              "each under its own licence."),
        "",
        f"Generated by `python -m tools.third_party_notices`{' --bundle' if bundle else ''} "
        "from the installed packages; do not edit.",
    ]
    lines += qt_section(dists)
    lines += packages_section([d for d in dists if _normal(d.name) not in QT_DISTS])
    libraries = [(lib, f"in {d.name}") for d in dists for lib in d.native]
    if bundle is not None:  # only what the bundle really carries
        present = {re.sub(r"(\.so)(\.\d+)*$", r"\1", p.name) for p in bundle.rglob("*")}
        libraries = [(lib, origin) for lib, origin in libraries if lib in present]
    lines += native_section(libraries)
    texts = {"LGPL-3.0.txt"}
    for lib, _origin in libraries:
        known = native_licence(lib)
        if known and known[2]:
            texts.add(known[2])
    unknown: list[str] = []
    if bundle is not None:
        bundle_lines, unknown = bundle_section(bundle, dists)
        lines += bundle_lines
    lines += appendix(texts)
    return "\n".join(lines).rstrip() + "\n", unknown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output", nargs="?", type=Path, default=OUTPUT)
    parser.add_argument("--bundle", type=Path, help="describe this PyInstaller bundle too")
    parser.add_argument("--check", action="store_true",
                        help="compare with the output file instead of writing it")
    parser.add_argument("--allow-unknown", action="store_true",
                        help="only warn about bundled libraries of unknown origin")
    args = parser.parse_args(argv)
    text, unknown = render(args.bundle)
    if args.check:
        current = args.output.read_text("utf-8") if args.output.is_file() else ""
        if current != text:
            print(f"{args.output} is out of date: run python -m tools.third_party_notices",
                  file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, "utf-8")
    if unknown:
        print("bundled libraries of unknown origin (add them to NATIVE in "
              f"tools/third_party_notices.py): {', '.join(unknown)}", file=sys.stderr)
        return 0 if args.allow_unknown else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
