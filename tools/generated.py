"""The checker's generated data files (word forms, gates): each tool's ``main`` writes its
file, or with ``--check`` (used by the tests) only says whether the file is up to date."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def run(argv: list[str] | None, doc: str, script: Path, output: Path,
        make_text: Callable[[], str], summary: Callable[[str], str]) -> int:
    """Build the text with ``make_text``; check ``output`` against it (exit 1 when stale,
    naming ``script`` to run) or write it and print ``summary(text)``."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    text = make_text()
    root = script.resolve().parent.parent
    if args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        if current != text:
            print(f"{output.relative_to(root)} is stale: run {script.resolve().relative_to(root)}")
            return 1
        return 0
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output.relative_to(root)}: {summary(text)}, {len(text.encode()) // 1024} KB")
    return 0
