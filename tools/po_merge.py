"""Git merge driver for gettext catalogs: union of both sides, translations kept.

Configure once per clone (``make`` does it)::

    git config merge.pomerge.driver "python3 tools/po_merge.py %O %A %B"

with ``*.po merge=pomerge`` in ``.gitattributes``. For each msgid the translated,
non-fuzzy side wins; when both sides translated it, the side that changed the
translation since the common base wins, and ours if both did. Uses only the standard
library so it runs with any Python, inside or outside the venv.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_ENTRY_SPLIT = re.compile(r"\n\s*\n")


def _key(entry: str) -> str | None:
    lines = [ln for ln in entry.splitlines() if not ln.startswith("#")]
    text = "\n".join(lines)
    ctx = re.search(r'^msgctxt ((?:".*"\n?)+)', text, re.M)
    mid = re.search(r'^msgid ((?:".*"\n?)+)', text, re.M)
    if not mid:
        return None
    return (ctx.group(1) if ctx else "") + "\x04" + mid.group(1)


def _translated(entry: str) -> bool:
    if "#, fuzzy" in entry or "#,fuzzy" in entry:
        return False
    strs = re.findall(r'^msgstr(?:\[\d+\])? ((?:".*"\n?)+)', entry + "\n", re.M)
    return bool(strs) and all(s.replace('"', "").replace("\n", "").strip() for s in strs)


def _msgstr(entry: str) -> str:
    """The translation part of an entry (its flags and msgstr lines), for comparing."""
    flags = "fuzzy" if not _translated(entry) else ""
    return flags + "".join(re.findall(r'^msgstr(?:\[\d+\])? ((?:".*"\n?)+)', entry + "\n", re.M))


def _entries(text: str) -> list[str]:
    return [e for e in _ENTRY_SPLIT.split(text.strip()) if e.strip()]


def merge(ours: str, theirs: str, base: str = "") -> str:
    """The union of two catalogs, header and order taken from ``ours``.

    Per msgid: a translated side beats an untranslated one; when both are translated, a
    side that changed the translation since ``base`` wins over one that did not (so a
    correction is not lost in a rebase); if both changed it, ours wins.
    """
    their_entries = _entries(theirs)
    theirs_by_key = {_key(e): e for e in their_entries}
    base_by_key = {_key(e): _msgstr(e) for e in _entries(base)}
    result: list[str] = []
    seen: set[str | None] = set()
    for entry in _entries(ours):
        key = _key(entry)
        seen.add(key)
        other = theirs_by_key.get(key)
        if key and other and _translated(other):
            untranslated_here = not _translated(entry)
            changed_there_only = (key in base_by_key
                                  and _msgstr(entry) == base_by_key[key] != _msgstr(other))
            if untranslated_here or changed_there_only:
                entry = other
        result.append(entry)
    for entry in their_entries:
        key = _key(entry)
        if key not in seen:
            result.append(entry)
    return "\n\n".join(result) + "\n"


def main(argv: list[str]) -> int:
    """``po_merge.py BASE OURS THEIRS``: write the merge into OURS, exit 0."""
    base_path, ours_path, theirs_path = argv[1:4]
    ours = Path(ours_path).read_text(encoding="utf-8")
    theirs = Path(theirs_path).read_text(encoding="utf-8")
    base = Path(base_path).read_text(encoding="utf-8") if Path(base_path).is_file() else ""
    Path(ours_path).write_text(merge(ours, theirs, base), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
