"""A babel extractor for the content TOML: every string under a translatable key."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from typing import IO, Any

from assistant.core.content import TRANSLATABLE_KEYS


def _walk(node: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            child = f"{path}.{key}" if path else key
            if key in TRANSLATABLE_KEYS:
                if isinstance(value, str):
                    yield child, value
                    continue
                if isinstance(value, list) and all(isinstance(v, str) for v in value):
                    for item in value:
                        yield child, item
                    continue
            yield from _walk(value, child)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            label = item.get("id", index) if isinstance(item, dict) else index
            yield from _walk(item, f"{path}[{label}]")


def _line_of(lines: list[str], text: str) -> int:
    probe = text.strip().splitlines()[0][:40] if text.strip() else text
    for number, line in enumerate(lines, start=1):
        if probe and probe in line:
            return number
    return 0


def extract(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict[str, Any]
) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel extraction method: yields ``(lineno, funcname, message, comments)``."""
    raw = fileobj.read()
    data = tomllib.loads(raw.decode("utf-8"))
    lines = raw.decode("utf-8").splitlines()
    for where, text in _walk(data, ""):
        if text.strip():
            yield _line_of(lines, text), "_", text, [where]


def strings_in(data: dict[str, Any]) -> list[str]:
    """Every translatable string of a parsed TOML document (for tests)."""
    return [text for _where, text in _walk(data, "") if text.strip()]
