"""Add a collector's messages to the real-world corpus, each in the part its source falls in.

    python benchmarks/realworld/add.py NEW.jsonl --collector kz6

``NEW.jsonl`` holds one JSON object a line with the fields of README.md (``id`` and
``read_on`` may be left out). Each message goes to ``test/<collector>.jsonl`` or
``train/<collector>.jsonl`` by the split rule of README.md (the SHA-1 of its
``source_key``), with the next free ``<collector>-NNNN`` id. A text already in the
corpus (either part; spaces and case ignored) is skipped. Nothing of the test part is
printed: only how many messages went where.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PARTS = ("train", "test")
REQUIRED = ("text", "label", "quote", "lang", "region", "channel", "scheme",
            "source_url", "source_title", "source_key", "licence", "found_via")
CHOICES = {"label": ("scam", "genuine"), "quote": ("full", "fragment"),
           "channel": ("sms", "messenger", "call", "email", "other")}
FIELD_ORDER = ("id", *REQUIRED[:9], "read_on", *REQUIRED[9:])


def part_of(source_key: str) -> str:
    """The split rule: a third of the sources, by hash, are held out."""
    digest = hashlib.sha1(source_key.encode("utf-8")).hexdigest()
    return "test" if int(digest, 16) % 3 == 0 else "train"


def text_key(text: str) -> str:
    return " ".join(text.split()).lower()


def problems(row: dict[str, Any]) -> list[str]:
    found = [f"no {name}" for name in REQUIRED
             if not isinstance(row.get(name), str) or not row[name].strip()]
    found += [f"{name} is not one of {', '.join(allowed)}"
              for name, allowed in CHOICES.items() if row.get(name) not in allowed]
    return found


def existing(root: Path) -> tuple[set[str], dict[str, int]]:
    """Every text of the corpus, and the highest id number used by each collector."""
    texts: set[str] = set()
    highest: dict[str, int] = {}
    for part in PARTS:
        for path in (root / part).glob("*.jsonl"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                texts.add(text_key(row.get("text", "")))
                match = re.fullmatch(r"(.+)-(\d+)", str(row.get("id", "")))
                if match:
                    prefix, number = match.group(1), int(match.group(2))
                    highest[prefix] = max(highest.get(prefix, 0), number)
    return texts, highest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("new", type=Path, help="the collector's JSONL file")
    parser.add_argument("--collector", required=True,
                        help="name of the collector (file name and id prefix)")
    parser.add_argument("--root", type=Path, default=HERE,
                        help="the corpus folder (default: beside this script)")
    parser.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    args = parser.parse_args(argv)
    if not re.fullmatch(r"[a-z][a-z0-9]*", args.collector):
        parser.error("--collector: lower-case letters and digits")

    texts, highest = existing(args.root)
    number = highest.get(args.collector, 0)
    today = datetime.date.today().isoformat()
    out: dict[str, list[dict[str, Any]]] = {part: [] for part in PARTS}
    skipped, bad = 0, 0
    for n, line in enumerate(args.new.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            print(f"line {n}: not JSON ({error.msg})", file=sys.stderr)
            bad += 1
            continue
        trouble = problems(row)
        if trouble:
            print(f"line {n}: {'; '.join(trouble)}", file=sys.stderr)
            bad += 1
            continue
        key = text_key(row["text"])
        if key in texts:
            skipped += 1
            continue
        texts.add(key)
        number += 1
        row["id"] = f"{args.collector}-{number:04d}"
        row.setdefault("read_on", today)
        ordered = {name: row[name] for name in FIELD_ORDER if name in row}
        ordered.update((name, value) for name, value in row.items() if name not in ordered)
        out[part_of(row["source_key"])].append(ordered)

    for part, rows in out.items():
        sources = len({row["source_key"] for row in rows})
        print(f"{part}: {len(rows)} messages from {sources} sources")
        if rows and not args.dry_run:
            with (args.root / part / f"{args.collector}.jsonl").open("a", encoding="utf-8") as f:
                for row in rows:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"already in the corpus: {skipped}; rejected: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
