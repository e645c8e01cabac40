"""How many digits in a row every match of a pattern has: a gate for patterns of numbers.

A pattern of numbers ("4400 4301 1234 5678", "0870 123 4567") has no word to gate on,
only "any digit", and most messages with a number have one: a date, a price, a code.
Yet such a pattern needs a *run* of digits (four in a row for a card, three for a paid
number): a text without one cannot match. This reads that run from the parsed pattern,
exactly (a lower bound over every possible match), for gates.py.

Digits are what Python's ``\\d`` is, any Unicode decimal digit: a run in the text is
measured with ``\\d`` (:func:`longest_run`). A character the pattern matches counts as a
digit only when it cannot be anything else (``\\d``, ``[0-9]``, a literal ``7``), so the
bound never promises more than a match holds.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from typing import Any, NamedTuple

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
if hasattr(sre_constants, "POSSESSIVE_REPEAT"):
    _REPEATS.add(sre_constants.POSSESSIVE_REPEAT)
#: Match nothing: they only look around ("\\b", "(?!\\d)", "(?<=a)").
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_GROUPS = {sre_constants.SUBPATTERN, getattr(sre_constants, "ATOMIC_GROUP", None)} - {None}

_RUNS_RE = re.compile(r"\d+")


class Runs(NamedTuple):
    """What every match of a piece of pattern holds, at least."""

    length: int  # characters
    first: int  # digits in a row at its start
    last: int  # digits in a row at its end
    best: int  # digits in a row anywhere in it
    digits_only: bool  # every character it matches is a digit

    def then(self, other: Runs) -> Runs:
        """This piece followed by ``other``."""
        return Runs(
            length=self.length + other.length,
            first=self.length + other.first if self.digits_only else self.first,
            last=self.last + other.length if other.digits_only else other.last,
            best=max(self.best, other.best, self.last + other.first),
            digits_only=self.digits_only and other.digits_only)


#: The empty match: followed by anything, it changes nothing.
EMPTY = Runs(0, 0, 0, 0, True)
_DIGIT = Runs(1, 1, 1, 1, True)
_OTHER = Runs(1, 0, 0, 0, False)  # one character that may be something else
#: A piece this reading does not follow (a back-reference): it may be anything.
_UNKNOWN = Runs(0, 0, 0, 0, False)


def digits_only_class(items: Any) -> bool:
    """Is the character class ``items`` (of an IN) a set of decimal digits?"""
    return bool(items) and all(
        (op is sre_constants.CATEGORY and av is sre_constants.CATEGORY_DIGIT)
        or (op is sre_constants.RANGE and 48 <= av[0] <= av[1] <= 57)
        or (op is sre_constants.LITERAL and 48 <= av <= 57)
        for op, av in items)


def runs(items: Any) -> Runs:
    """What every match of the parsed sequence ``items`` holds."""
    found = EMPTY
    for op, av in items:
        found = found.then(_item(op, av))
    return found


def _item(op: Any, av: Any) -> Runs:
    if op is sre_constants.LITERAL:
        return _DIGIT if 48 <= av <= 57 else _OTHER
    if op is sre_constants.IN:
        return _DIGIT if digits_only_class(av) else _OTHER
    if op in (sre_constants.NOT_LITERAL, sre_constants.ANY):
        return _OTHER
    if op in _ZERO_WIDTH:
        return EMPTY
    if op in _GROUPS:
        return runs(av[-1] if op is sre_constants.SUBPATTERN else av)
    if op is sre_constants.BRANCH:
        # whichever alternative matches: the least of each
        return Runs(*map(min, zip(*(runs(branch) for branch in av[1]), strict=True)))
    if op in _REPEATS:
        low, body = av[0], runs(av[2])
        if low == 0:  # may match nothing
            return Runs(0, 0, 0, 0, body.digits_only)
        if body.digits_only:
            length = low * body.length
            return Runs(length, length, length, length, True)
        # two copies side by side join the end of one to the start of the next
        return Runs(low * body.length, body.first, body.last,
                    max(body.best, body.last + body.first) if low >= 2 else body.best, False)
    return _UNKNOWN


def longest_run(text: str) -> int:
    """The most digits in a row in ``text`` (``\\d``: any decimal digit)."""
    return max(map(len, _RUNS_RE.findall(text)), default=0)
