"""Stage 3, the pattern rules: each compiled part searched only where its gate opens.

Each part of a rule is a regex with a *gate* (gates.py): the literal strings its matches
need. A text without them is not searched at all; most texts match no part of most rules,
so this is where the checker spends least. The gate strings of every part are found in
one pass over the text (an Aho-Corasick automaton, C code), not part by part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick

from assistant.core.checker import translit
from assistant.core.checker.digitruns import longest_run
from assistant.core.checker.gates import DIGIT_RE, Deferred, Gate, digit_run
from assistant.core.checker.rules import Rule, RuleSet

_SENTENCE_END = re.compile(r"[.!?\n;]")
# A negation counts only in its own clause: "чтобы не заблокировали счета, оплатите".
_CLAUSE_END = re.compile(r"[.!?\n;,:—–]")

#: One part of a rule: the rule, whether a match must start a word, the regex (compiled
#: when first searched) and its gate (gates.py: the literal strings its matches need;
#: None: always searched).
Scan = tuple[Rule, bool, Deferred, Gate]


@dataclass(frozen=True)
class ScanGroup:
    """The parts searched on the texts of one script, and their gates in one automaton.

    Sets of parts and of clauses are bit masks (bit i: part or clause i): a text finds a
    few dozen gate strings, and OR-ing integers is the cheapest way to add up what each
    one opens. The automaton holds the three masks of a string in one integer (the parts
    it opens alone, then the clauses whose first set holds it, then those whose second
    set does, each ``width`` bits wide), so each string found costs one OR."""

    scans: tuple[Scan, ...]
    #: gate string -> its three masks in one integer (as above); None: no strings
    automaton: Any
    #: per gate string: the parts whose gate it opens alone
    alone: tuple[int, ...]
    #: per gate string: the clauses of two sets whose first (second) set holds it
    first: tuple[int, ...]
    second: tuple[int, ...]
    #: clause of two sets -> the bit of its part
    clause_parts: tuple[int, ...]
    #: the strings that stand for digits in a row (gates.DIGIT, "\\d{4}"), not in the
    #: automaton: (how many digits, the string's number in the masks), fewest first
    digits: tuple[tuple[int, int], ...]
    #: the parts without a gate: searched on every text
    ungated: int
    #: the bits of each mask in the automaton's integers
    width: int = 0

    def opened(self, text: str) -> list[int]:
        """Indices of the parts whose gate ``text`` opens (one of its clauses has a string
        of each of its sets in ``text``), in rule order."""
        masks = 0
        if self.automaton is not None:
            # each found string carries its masks: OR-ing one again changes nothing, so
            # a string found many times needs no set to count it once
            for _end, mask in self.automaton.iter(text):
                masks |= mask
        width = self.width
        every = (1 << width) - 1
        chosen = self.ungated | (masks & every)
        firsts = (masks >> width) & every
        seconds = masks >> (2 * width)
        if self.digits and DIGIT_RE.search(text):
            # the longest run is counted only when a gate asks for more than one digit
            longest = longest_run(text) if self.digits[-1][0] > 1 else 1
            for run, number in self.digits:
                if run > longest:
                    break
                chosen |= self.alone[number]
                firsts |= self.first[number]
                seconds |= self.second[number]
        both = firsts & seconds
        while both:
            low = both & -both
            chosen |= self.clause_parts[low.bit_length() - 1]
            both ^= low
        indices = []
        while chosen:
            low = chosen & -chosen
            indices.append(low.bit_length() - 1)
            chosen ^= low
        return indices


def _mask(indices: set[int] | None) -> int:
    """The bit mask of ``indices``."""
    mask = 0
    for index in indices or ():
        mask |= 1 << index
    return mask


def group_scans(scans: Sequence[Scan]) -> ScanGroup:
    """One :class:`ScanGroup` over ``scans`` (gates of clauses of one or two sets)."""
    alone: dict[str, set[int]] = {}
    halves: tuple[dict[str, set[int]], dict[str, set[int]]] = ({}, {})
    clause_parts: list[int] = []
    ungated: set[int] = set()
    for index, (_rule, _starts_word, _regex, gate) in enumerate(scans):
        if gate is None:
            ungated.add(index)
            continue
        for clause in gate:
            if len(clause) == 1:
                for string in clause[0]:
                    alone.setdefault(string, set()).add(index)
                continue
            if len(clause) != 2:
                raise ValueError(f"a gate clause of {len(clause)} sets")
            for half, strings in zip(halves, clause, strict=True):
                for string in strings:
                    half.setdefault(string, set()).add(len(clause_parts))
            clause_parts.append(index)
    words = list({**alone, **halves[0], **halves[1]})
    masks = [(_mask(alone.get(word)), _mask(halves[0].get(word)), _mask(halves[1].get(word)))
             for word in words]
    width = max(len(scans), len(clause_parts))
    automaton = None
    digits = sorted((digit_run(word), number) for number, word in enumerate(words)
                    if digit_run(word))
    if len(digits) < len(words):
        automaton = ahocorasick.Automaton()
        for word, (alone_mask, first, second) in zip(words, masks, strict=True):
            if not digit_run(word):
                automaton.add_word(word, alone_mask | first << width | second << 2 * width)
        automaton.make_automaton()
    return ScanGroup(scans=tuple(scans), automaton=automaton,
                     alone=tuple(m[0] for m in masks),
                     first=tuple(m[1] for m in masks),
                     second=tuple(m[2] for m in masks),
                     clause_parts=tuple(1 << index for index in clause_parts),
                     digits=tuple(digits),
                     ungated=_mask(ungated), width=width)


def _negated(rules: RuleSet, text: str, start: int, end: int) -> bool:
    """Is the match a warning ("never tell the code", "кодты ешкімге айтпаңыз")?

    A negation counts in the same sentence just before the match, or inside it
    ("code 1234, do not give it to anyone").
    """
    window_start = max(0, start - rules.negation_window)
    window = text[window_start:end]
    cuts = [m.end() for m in _CLAUSE_END.finditer(window, 0, start - window_start)]
    if cuts:
        window = window[cuts[-1]:]
    return rules.negation.search(window) is not None


def _finditer(regex: re.Pattern[str], text: str, starts_word: bool,
              first: re.Match[str] | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` in ``text`` (each at the start of a word, with
    ``starts_word``); ``first``: ``regex.search(text)``, when it was already searched."""
    if not starts_word:
        yield from regex.finditer(text)
        return
    match = first if first is not None else regex.search(text)
    while match is not None:
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            position = start + 1  # not the start of a word: look again just after
        else:
            yield match
            position = max(match.end(), start + 1)
        match = regex.search(text, position)


def _match_part(rule: Rule, rules: RuleSet, text: str, starts_word: bool,
                regex: re.Pattern[str], first: re.Match[str],
                spans: list[tuple[int, int]]) -> None:
    """Collect the spans of one part of a rule, starting from its first match."""
    # (the first match is not searched for again: it is the first one from the start)
    matches = _finditer(regex, text, starts_word, first) if starts_word else regex.finditer(
        text, first.start())
    for match in matches:
        if rule.negatable and _negated(rules, text, match.start(), match.end()):
            continue
        if rule.number_group:
            # Each alternative names its number group "num", "num2", ...
            for name, value in match.groupdict().items():
                if value is not None and name.startswith(rule.number_group):
                    spans.append(match.span(name))
            continue
        spans.append(match.span())
        if len(spans) >= 20:
            break


CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
LATIN_RE = re.compile(r"[a-z]")
def _scan(rules: RuleSet, group: ScanGroup, text: str,
          found: dict[str, list[tuple[int, int]]]) -> None:
    scans = group.scans
    # A part whose gate stays closed (none of the words every match needs) is not searched.
    for index in group.opened(text):
        rule, starts_word, deferred, _strings = scans[index]
        regex = deferred.compiled()
        first = regex.search(text)  # most texts match no part of most rules: one C call
        if first is None:
            continue
        spans = found.setdefault(rule.id, [])
        _match_part(rule, rules, text, starts_word, regex, first, spans)


def match_patterns(rules: RuleSet, all_scans: dict[str, ScanGroup],
                   translit_scans: Callable[[], ScanGroup],
                   text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans (normalised offsets) of every pattern rule that matched ``text``;
    ``translit_scans()``: the parts for a text typed in Latin letters."""
    found: dict[str, list[tuple[int, int]]] = {}
    _scan(rules, all_scans["any"], text, found)
    if CYRILLIC_RE.search(text):
        _scan(rules, all_scans["cyrillic"], text, found)
    latin = LATIN_RE.search(text) is not None
    if latin:
        _scan(rules, all_scans["latin"], text, found)
    read = translit.reading(text)  # Latin letters, or Kazakh without its own letters
    if read is not None:
        view, starts, ends = read
        extra: dict[str, list[tuple[int, int]]] = {}
        _scan(rules, translit_scans(), view, extra)
        for rule_id, spans in extra.items():
            have = found.setdefault(rule_id, [])
            have.extend(span for s, e in spans
                        if (span := (starts[s], ends[max(s, e - 1)])) not in have)
    return {rule_id: spans for rule_id, spans in found.items() if spans}
