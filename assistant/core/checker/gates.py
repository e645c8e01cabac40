"""A cheap test before each regular expression: the words it cannot match without.

Most texts match no part of most rules, yet a regular expression that starts with a long
alternation or a character class is tried at every position of the text. For each
compiled part the engine keeps a *gate*: a few literal strings, one of which every match
must contain (read from the parsed pattern, so it is exact: a text that contains none of
them cannot match). ``str.__contains__`` on those strings costs far less than the search,
so the search runs only on the texts that might match.
"""

from __future__ import annotations

import re

# The standard library's own parser of regular expressions (Python 3.11+; the project
# requires 3.11, where the old ``sre_parse`` name is deprecated).
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
if hasattr(sre_constants, "POSSESSIVE_REPEAT"):
    _REPEATS.add(sre_constants.POSSESSIVE_REPEAT)
#: Even a gate of hundreds of strings costs less than the search it saves (measured on UCI).
MAX_GATE = 1000


def _score(strings: frozenset[str]) -> tuple[int, int, int]:
    """Longer strings are rarer in a text, so they close the gate more often: prefer the
    set whose shortest string is longest (up to five letters), then the smaller set."""
    shortest = min(len(s.strip()) for s in strings)
    return min(shortest, 5), -len(strings), shortest


def _required(items: Any) -> frozenset[str] | None:
    """Literal strings, one of which occurs in every match of the parsed ``items``."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        flush()
        found: frozenset[str] | None = None
        if op is sre_constants.SUBPATTERN:
            found = _required(av[-1])
        elif op is sre_constants.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                strings = _required(branch)
                if strings is None:
                    union = set()
                    break
                union |= strings
            found = frozenset(union) or None
        elif op in _REPEATS and av[0] >= 1:
            found = _required(av[2])
        # Anything else (a character class, an assertion, a back-reference) requires
        # nothing that a plain substring test can see.
        if found:
            candidates.append(found)
    flush()
    usable = [c for c in candidates if min(len(s) for s in c) >= 2]
    return max(usable, key=_score) if usable else None


def gate(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings one of which every match of ``regex`` contains; None when there are
    none worth testing (then the regex is always searched)."""
    if regex.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
    except Exception:  # a pattern the parser cannot read is never gated
        return None
    strings = _required(list(parsed))
    if not strings or len(strings) > MAX_GATE:
        return None
    return tuple(sorted(strings, key=len))


def opens(strings: tuple[str, ...] | None, text: str) -> bool:
    """Might a regex with this gate match ``text``?"""
    return strings is None or any(map(text.__contains__, strings))
