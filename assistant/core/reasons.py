"""The reasons a check shows: one per sign, whichever rules found it.

The check page and ``check`` on the command line list the same reasons.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from assistant.core.checker.report import Finding


def one_per_reason(findings: Iterable[Finding]) -> list[Finding]:
    """The findings most important first, those with the same explanation as one.

    A rule and a message shape can find the same sign ("asks for a code"); the user sees
    it once, and choosing it marks the words of both.
    """
    merged: dict[str, Finding] = {}
    for finding in sorted(findings, key=lambda f: -f.weight):
        first = merged.get(finding.explanation)
        if first is None:
            merged[finding.explanation] = finding
        else:
            spans = _union(first.spans + finding.spans)
            merged[finding.explanation] = dataclasses.replace(first, spans=spans)
    return list(merged.values())


def _union(spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``spans`` sorted, overlapping ones joined (so no word is marked twice)."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return tuple(joined)
