"""A small helper: a set of ``[start, end)`` spans with a fast overlap test."""

from __future__ import annotations

import bisect


class Spans:
    """Non-overlapping spans kept sorted, so a test costs O(log n), not O(n)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        """Remember ``[start, end)`` (callers add only spans that overlap nothing)."""
        index = bisect.bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` overlap a remembered span?"""
        index = bisect.bisect_right(self._starts, start)
        if index and self._ends[index - 1] > start:
            return True
        return index < len(self._starts) and self._starts[index] < end
