"""Fill translations from a JSON file: ``python -m tools.po_set [--add] FILE.json``.

The file maps a language to ``{msgid: msgstr}``; entries are written with babel, the same
way ``tools.catalogs update`` writes them, and their fuzzy flag is cleared.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

from tools.catalogs import _drop_python_format

ROOT = Path(__file__).resolve().parent.parent


def apply(translations: dict[str, dict[str, str | list[str]]], add: bool = False) -> list[str]:
    """Write the translations; return the msgids that are not in a catalog.

    With ``add``, msgids missing from a catalog are added instead (for a new string on a
    branch whose catalogs are not re-extracted yet).
    """
    missing: list[str] = []
    for lang, entries in translations.items():
        path = ROOT / "translations" / lang / "LC_MESSAGES" / "assistant.po"
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        for msgid, msgstr in entries.items():
            message = catalog.get(msgid)
            if message is None and add:
                message = catalog.add(msgid, msgstr)
            if message is None:
                missing.append(f"{lang}: {msgid}")
                continue
            # A list fills the plural forms of an ngettext entry, in the catalog's order.
            message.string = tuple(msgstr) if isinstance(msgstr, list) else msgstr
            message.flags.discard("fuzzy")
        with path.open("wb") as handle:
            write_po(handle, catalog, omit_header=False, sort_output=True)
        _drop_python_format(path)  # babel re-adds its guess for any msgid with a "%"
    return missing


def main(argv: list[str]) -> int:
    """Command line entry point."""
    data = json.loads(Path(argv[-1]).read_text(encoding="utf-8"))
    missing = apply(data, add="--add" in argv)
    for item in missing:
        print("not in catalog:", item, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
