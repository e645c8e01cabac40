"""Catalog workflow: ``update`` (extract + merge into kk/ru) and ``compile`` (.po -> .mo)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
POT = TRANSLATIONS / "assistant.pot"
LANGS = ("kk", "ru")


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


def main(argv: list[str]) -> int:
    """Command line: ``python -m tools.catalogs update|compile``."""
    if argv[1:] == ["update"]:
        update()
    elif argv[1:] == ["compile"]:
        compile_all()
    else:
        print("usage: python -m tools.catalogs update|compile", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
