"""A cheap test before each regular expression: the words it cannot match without.

Most texts match no part of most rules, yet a regular expression that starts with a long
alternation or a character class is tried at every position of the text. For each
compiled part the engine keeps a *gate*: the literal strings every match must contain,
read from the parsed pattern, so it is exact (a text without them cannot match). A gate
is a list of clauses, one per way of matching (``code ... tell`` OR ``you have won``);
a clause is a few sets of strings, and a match contains one string of each set. The
engine finds every gate string of every part in one pass over the text (scan.py), so
the search runs only on the texts that might match. Two strings are no literals: "any
digit" and "``n`` digits in a row" (a pattern of numbers, digitruns.py).
"""

from __future__ import annotations

import hashlib
import json
import re

# The standard library's own parser of regular expressions (Python 3.11+; the project
# requires 3.11, where the old ``sre_parse`` name is deprecated).
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from assistant.core.checker import digitruns
from assistant.core.checker.digitruns import digits_only_class, longest_run

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
if hasattr(sre_constants, "POSSESSIVE_REPEAT"):
    _REPEATS.add(sre_constants.POSSESSIVE_REPEAT)
#: Even a gate of hundreds of strings costs less than the search it saves (measured on UCI).
MAX_GATE = 1000


#: Not a literal: "any digit" (``\\d`` or ``[0-9]``), tested with ``\\d`` itself, so a
#: pattern of numbers only ("8 7xx xxx xx xx") is not searched on a text without digits.
DIGIT = "\\d"
_DIGITS = frozenset([DIGIT])
DIGIT_RE = re.compile(r"\d")
#: Not a literal either: "``n`` digits in a row" (``\\d{4}``), where every match of a
#: pattern has such a run (digitruns.py): a card number is not searched on a text whose
#: only number is a date.
_RUN_TOKEN_RE = re.compile(r"\\d\{([1-9][0-9]*)\}")


def run_token(length: int) -> str:
    """The gate string that stands for ``length`` digits in a row."""
    return DIGIT if length == 1 else f"\\d{{{length}}}"


def digit_run(string: str) -> int:
    """How many digits in a row the gate string ``string`` stands for: 1 for
    :data:`DIGIT`, ``n`` for ``\\d{n}``, 0 for a literal string."""
    if string == DIGIT:
        return 1
    found = _RUN_TOKEN_RE.fullmatch(string) if string.startswith("\\d{") else None
    return int(found.group(1)) if found else 0


def _length(string: str) -> int:
    """How rare a gate string is, as the length of a word as rare: a run of ``n`` digits
    is about as common in messages as a word of ``n - 1`` letters (4 digits in a row: 6%
    of the public and development messages; "call": 3%, "the": 8%)."""
    run = digit_run(string) if string != DIGIT else 0
    return run - 1 if run else len(string.strip())


def _score(strings: frozenset[str]) -> tuple[int, int, int]:
    """Longer strings are rarer in a text, so they close the gate more often: prefer the
    set whose shortest string is longest (up to five letters), then the smaller set."""
    if strings == _DIGITS:
        return 1, -10, 1  # one of ten characters, common in messages
    shortest = min(map(_length, strings))
    if len(strings) == 1 and digit_run(next(iter(strings))):
        return min(shortest, 5), -10, shortest  # a run: a word as rare comes first
    return min(shortest, 5), -len(strings), shortest


#: One way a match can happen: one string of *each* set occurs in it.
Clause = tuple[tuple[str, ...], ...]
#: A gate: the ways a match can happen (any clause); None: the part is always searched.
Gate = tuple[Clause, ...] | None
#: How many sets of one clause are kept (the rarest): more costs more than it saves
#: (scan.ScanGroup tests clauses of one or two sets).
CLAUSE_SETS = 2
#: Above this many clauses, a nested alternation is read as one set (the union).
MAX_CLAUSES = 256

_Dnf = list[list[frozenset[str]]]


def _product(clauses: _Dnf, alternatives: _Dnf) -> _Dnf:
    """Every match needs ``clauses`` and then ``alternatives``: AND of two ORs."""
    if len(alternatives) == 1:
        return [clause + alternatives[0] for clause in clauses]
    if len(clauses) * len(alternatives) <= MAX_CLAUSES:
        return [clause + other for clause in clauses for other in alternatives]
    # Too many combinations: one of the alternatives' best strings occurs, at least.
    best = [max(alt, key=_score) for alt in alternatives if alt]
    if len(best) < len(alternatives):
        return clauses  # an alternative needs no literal: this item requires nothing
    union = frozenset().union(*best)
    return [[*clause, union] for clause in clauses]


def _usable(clause: list[frozenset[str]]) -> list[frozenset[str]]:
    return [strings for strings in clause if min(len(s) for s in strings) >= 2]


def _at_least(clause: list[frozenset[str]], longest: int) -> list[frozenset[str]]:
    """``clause`` of a pattern every match of which has ``longest`` digits in a row: a set
    that a digit or a shorter run would open stands for that run instead (the run opens
    it anyway), once."""
    token = frozenset([run_token(longest)])
    stronger: list[frozenset[str]] = []
    for strings in clause:
        if any(0 < digit_run(s) <= longest for s in strings):
            strings = token
        if strings not in stronger:
            stronger.append(strings)
    return stronger


def _dnf(items: Any, runs: bool = True) -> _Dnf:
    """The ways a match of the parsed ``items`` can happen, each a list of sets of
    literal strings of which one (per set) occurs in the match; with ``runs``, a set that
    any digit opens says how many digits in a row every match has, when it is more."""
    clauses: _Dnf = [[]]
    run: list[str] = []

    def flush() -> None:
        if run:
            for clause in clauses:
                clause.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is sre_constants.SUBPATTERN:
            clauses = _product(clauses, _dnf(av[-1], runs))
        elif op is sre_constants.BRANCH:
            branches: _Dnf = []
            for branch in av[1]:
                branches.extend(_usable(c) for c in _dnf(branch, runs))
            if all(len(clause) == 1 for clause in branches):
                # A list of words ("tell|give|send"): one set, one of its strings occurs.
                branches = [[frozenset().union(*(clause[0] for clause in branches))]]
            clauses = _product(clauses, branches)
        elif op in _REPEATS and av[0] >= 1:
            clauses = _product(clauses, _dnf(av[2], runs))
        elif op is sre_constants.IN and digits_only_class(av):
            for clause in clauses:
                clause.append(_DIGITS)
        # Anything else (a character class, an assertion, a back-reference) requires
        # nothing that a plain substring test can see.
    flush()
    longest = digitruns.runs(items).best if runs else 0
    if longest >= 2:
        return [_at_least(_usable(clause), longest) for clause in clauses]
    return [_usable(clause) for clause in clauses]


def _best(clause: list[frozenset[str]]) -> Clause:
    chosen = sorted(clause, key=_score, reverse=True)[:CLAUSE_SETS]
    return tuple(tuple(sorted(strings, key=len)) for strings in chosen)


def _closed(clauses: _Dnf) -> bool:
    """Does a way of matching need nothing a gate can test (or too much)?"""
    return any(not clause or any(len(strings) > MAX_GATE for strings in clause)
               for clause in clauses)


def _of_tree(parsed: Any) -> Gate:
    items = list(parsed)
    plain = _dnf(items, runs=False)
    if _closed(plain):
        # No gate, whatever the runs of digits say: which patterns have none decides
        # how a rule's patterns are grouped (rules._split), and so the matches found.
        return None
    clauses = _dnf(items)
    return tuple(dict.fromkeys(_best(clause) for clause in (plain if _closed(clauses)
                                                            else clauses)))


def gate(regex: re.Pattern[str]) -> Gate:
    """The ways every match of ``regex`` shows in its literal strings (any clause; in a
    clause, one string of each set); None when a match may need none (then the regex is
    always searched)."""
    if regex.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
    except Exception:  # a pattern the parser cannot read is never gated
        return None
    return _of_tree(parsed)


class Deferred:
    """A pattern, compiled the first time a text opens its gate.

    The checker's first check reads hundreds of patterns for their gates; a text opens a
    few of them, so compiling each when first needed, not all at once, takes a third off
    the rules' build. Holds the parsed pattern when it was parsed for its gate, else only
    its source (the gate came from ``gates.json``)."""

    __slots__ = ("_compiled", "_parsed", "_source")

    def __init__(self, parsed: Any, source: str = "") -> None:
        self._parsed = parsed
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def group_names(self) -> frozenset[str]:
        """The names of the pattern's named groups (``(?P<num>...)``)."""
        if self._parsed is None:
            return frozenset(self.compiled().groupindex)
        return frozenset(self._parsed.state.groupdict)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, the first time)."""
        compiled = self._compiled
        if compiled is None:  # two threads may both compile: the same pattern either way
            compiled = self._compiled = (sre_compile.compile(self._parsed, 0)
                                         if self._parsed is not None
                                         else re.compile(self._source))
        return compiled


#: The gates of the bundled rules, read from their patterns ahead of time
#: (tools/build_gates.py, ``make gates``): parsing hundreds of patterns was most of the
#: first check. A pattern not in the file (rules.toml edited since) is parsed here as
#: before; tests/core/checker/test_gate_file.py fails while the file is stale.
GATES_FILE = "gates.json"
GATES_FORMAT = 2


def gate_key(pattern: str) -> str:
    """The pattern's key in ``gates.json``: 64 bits of its BLAKE2b hash."""
    return hashlib.blake2b(pattern.encode("utf-8"), digest_size=8).hexdigest()


class KnownGates:
    """The gates of ``gates.json`` by :func:`gate_key`, and the patterns asked for that
    it did not hold (tools/build_gates.py writes those)."""

    def __init__(self, gates: dict[str, Gate] | None = None) -> None:
        self._gates = gates
        self.missed: dict[str, None] = {}  # in the order asked

    def _load(self) -> dict[str, Gate]:
        from assistant.core import paths
        try:
            data = json.loads((paths.content_dir() / GATES_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return {}  # no file: every pattern is parsed, as before it existed
        if not isinstance(data, dict) or data.get("format") != GATES_FORMAT:
            return {}
        strings = data["strings"]
        parts = [tuple(strings[i] for i in part) for part in data["sets"]]
        return {key: None if clauses is None else tuple(
                    tuple(parts[i] for i in clause) for clause in clauses)
                for key, clauses in data["gates"].items()}

    def get(self, pattern: str) -> tuple[bool, Gate]:
        """(known, its gate) of ``pattern``."""
        gates = self._gates
        if gates is None:
            gates = self._gates = self._load()
        key = gate_key(pattern)
        if key in gates:
            return True, gates[key]
        self.missed[pattern] = None
        return False, None


KNOWN = KnownGates()


def read_gate(pattern: str) -> Gate:
    """The gate of ``pattern`` read from the pattern itself (never from the file)."""
    return _of_tree(sre_parse.parse(pattern, 0))


def compile_gated(pattern: str) -> tuple[Deferred, Gate]:
    """The pattern, compiled when first used, and its :func:`gate`: from :data:`KNOWN`
    (``gates.json``) when it holds it, else reading the pattern once (parsing is most of
    the cost of both). Raises ``re.error`` for a pattern that does not parse, as
    ``re.compile`` does (compiling a parsed pattern finds nothing more:
    tests/core/checker/test_gates.py compiles every part of the bundled rules)."""
    found, cached = KNOWN.get(pattern)
    if found:
        return Deferred(None, pattern), cached
    parsed = sre_parse.parse(pattern, 0)
    return Deferred(parsed), _of_tree(parsed)


def opens(clauses: Gate, text: str) -> bool:
    """Might a regex with this gate match ``text``? (One part at a time; the engine
    tests every part's gate in one pass, scan.py.)"""
    def present(string: str) -> bool:
        run = digit_run(string)
        return longest_run(text) >= run if run else string in text

    return clauses is None or any(
        all(any(map(present, strings)) for strings in clause) for clause in clauses)
