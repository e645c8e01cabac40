"""The checker's generated data files (word forms, gates): written by their tool, or
checked against what it would write now (``--check``, used by the tests)."""

from __future__ import annotations

from pathlib import Path


def write_or_check(output: Path, text: str, check: bool, command: str) -> bool:
    """With ``check``, whether ``output`` already holds ``text`` (saying which command
    rebuilds it when not); else write it. True when ``output`` now holds ``text``."""
    if check:
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        if current != text:
            print(f"{output.name} is stale: run {command}")
            return False
        return True
    output.write_text(text, encoding="utf-8")
    return True
