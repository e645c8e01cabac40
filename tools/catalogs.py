"""Catalog workflow: ``update`` (extract + merge into kk/ru), ``compile`` (.po -> .mo) and
``check`` (every entry translated, none fuzzy, msgfmt --check clean)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from assistant.core.i18n import TRANSLATED_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
POT = TRANSLATIONS / "assistant.pot"
LANGS = TRANSLATED_LANGUAGES


def _pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], cwd=ROOT,
                   check=True)


def update() -> None:
    """Extract messages from code and content TOML, then merge into each catalog."""
    _pybabel(
        "extract", "-F", str(TRANSLATIONS / "babel.cfg"), "-o", str(POT),
        "--no-location", "--sort-output", "--project=safety-assistant",
        "-k", "N_", "-k", "pgettext:1c,2", "-k", "ngettext:1,2", "--add-comments=TRANSLATORS:",
        ".",
    )
    _drop_python_format(POT)
    for lang in LANGS:
        po = TRANSLATIONS / lang / "LC_MESSAGES" / "assistant.po"
        if po.exists():
            _pybabel("update", "-i", str(POT), "-o", str(po), "-l", lang,
                     "--no-fuzzy-matching", "--ignore-obsolete")
            _drop_python_format(po)
        else:
            _pybabel("init", "-i", str(POT), "-o", str(po), "-l", lang)


def _drop_python_format(path: Path) -> None:
    """Remove babel's "python-format" guess: our strings use {name}, never %-formatting.

    Babel flags any msgid with a "%" ("100% of it"), and msgfmt --check then rejects a
    translation that writes "100%" differently.
    """
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = []
    for line in lines:
        if line.startswith("#,") and "python-format" in line:
            flags = [f.strip() for f in line[2:].split(",") if f.strip() != "python-format"]
            if not flags:
                continue
            line = "#, " + ", ".join(flags) + "\n"
        kept.append(line)
    path.write_text("".join(kept), encoding="utf-8")


def compile_all() -> None:
    """Compile every ``.po`` to ``.mo`` beside it (what the app loads)."""
    for po_path in sorted(TRANSLATIONS.glob("*/LC_MESSAGES/*.po")):
        with po_path.open("rb") as handle:
            catalog = read_po(handle, locale=po_path.parts[-3])
        with po_path.with_suffix(".mo").open("wb") as handle:
            write_mo(handle, catalog)


def check() -> list[str]:
    """Problems of the kk/ru catalogs: missing, untranslated or fuzzy entries, and what
    ``msgfmt --check`` (when installed) rejects."""
    problems: list[str] = []
    for lang in LANGS:
        po_path = TRANSLATIONS / lang / "LC_MESSAGES" / "assistant.po"
        if not po_path.exists():
            problems.append(f"{po_path}: missing")
            continue
        with po_path.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if not all(strings):
                problems.append(f"{lang}: untranslated: {message.id!r}")
            elif message.fuzzy:
                problems.append(f"{lang}: fuzzy: {message.id!r}")
        if shutil.which("msgfmt"):
            done = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(po_path)],
                                  capture_output=True, text=True, check=False)
            if done.returncode != 0:
                problems.append(f"{lang}: msgfmt --check: {done.stderr.strip()}")
    return problems


def main(argv: list[str]) -> int:
    """Command line: ``python -m tools.catalogs update|compile|check``."""
    if argv[1:] == ["update"]:
        update()
    elif argv[1:] == ["compile"]:
        compile_all()
    elif argv[1:] == ["check"]:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    else:
        print("usage: python -m tools.catalogs update|compile|check", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
