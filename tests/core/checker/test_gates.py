"""The gates in front of the pattern rules: they may skip a search only when it cannot match.

A gate is a set of literal strings read from a compiled part; every match contains one of
them. All gates of a script are found in one pass (``ScanGroup.opened``). A wrong gate
would hide a sign silently, so these tests compare against the plain search on real and
development messages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.core.checker import engine as engine_module
from assistant.core.checker import translit
from assistant.core.checker.gates import compile_gated, gate, opens
from assistant.core.checker.normalise import normalise
from assistant.core.checker.scan import group_scans

ROOT = Path(__file__).resolve().parents[3]


def _texts() -> list[str]:
    texts = []
    for folder in (ROOT / "benchmarks" / "devset", ROOT / "benchmarks" / "realworld" / "train"):
        for path in sorted(folder.glob("*.jsonl")):
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    texts.append(json.loads(line)["text"])
    return [normalise(t, limit=20_000).folded for t in texts]


TEXTS = _texts()


@pytest.fixture(scope="module")
def engine() -> engine_module.Engine:
    return engine_module.build_engine()


def test_there_are_enough_texts_to_mean_something() -> None:
    assert len(TEXTS) > 500


@pytest.mark.parametrize("script", ["any", "cyrillic", "latin"])
def test_a_part_that_matches_is_always_opened(engine: engine_module.Engine,
                                              script: str) -> None:
    group = engine.scans[script]
    searched = 0
    for text in TEXTS:
        opened = set(group.opened(text))
        for index, (rule, _starts, regex, _strings) in enumerate(group.scans):
            if regex.compiled().search(text):
                searched += 1
                assert index in opened, f"{rule.id} matches but its gate stays closed: {text!r}"
    assert searched > 50  # the texts do exercise the rules


@pytest.mark.parametrize("script", ["any", "cyrillic", "latin"])
def test_one_pass_opens_exactly_what_each_gate_alone_opens(engine: engine_module.Engine,
                                                           script: str) -> None:
    group = engine.scans[script]
    closed = 0
    for text in TEXTS:
        alone = [index for index, (_r, _s, _x, found) in enumerate(group.scans)
                 if opens(found, text)]
        assert group.opened(text) == alone
        closed += len(group.scans) - len(alone)
    assert closed > len(TEXTS)  # gates do close: most parts are not searched on most texts


def test_a_gate_is_read_from_the_pattern() -> None:
    # A match needs one word of each set: a code word AND " из sms".
    (clause,) = gate(re.compile(r"\b(?:код|пароль)\w* из sms")) or ((),)
    assert {frozenset(strings) for strings in clause} == {frozenset({"код", "пароль"}),
                                                          frozenset({" из sms"})}
    assert not opens(gate(re.compile(r"(?:код|пароль)\w* из sms")), "код из почты")
    assert opens(gate(re.compile(r"(?:код|пароль)\w* из sms")), "кодом из sms")
    # Either alternative: two clauses, each with its own words.
    both = gate(re.compile(r"(?:you have won)|(?:prize\w* draw)"))
    assert both is not None and len(both) == 2
    assert opens(both, "a prize draw") and opens(both, "you have won")
    assert not opens(both, "you have a prize")
    assert gate(re.compile(r"[a-z]{4} ?[a-z]")) is None  # nothing literal to test
    assert gate(re.compile("code", re.IGNORECASE)) is None
    assert gate(re.compile(r"(?:code)|(?:\w+p)")) is None  # one alternative needs nothing


def test_a_pattern_of_numbers_is_searched_only_on_a_text_with_digits() -> None:
    card = gate(re.compile(r"(?<!\d)\d{4}[ -]?\d{4}(?!\d)"))
    assert card is not None
    assert opens(card, "card 4400 4301") and not opens(card, "no numbers here")
    # Python's \d is any decimal digit: the gate tests it with \d, not with 0-9.
    assert re.search(r"\d{4}", "\u0661\u0662\u0663\u0664")
    assert opens(card, "\u0661\u0662\u0663\u0664")
    assert opens(gate(re.compile(r"[0-9]{3}")), "123")


def test_a_rule_pattern_without_words_is_searched_apart_from_the_others() -> None:
    from assistant.core.checker.rules import _split

    parts = _split([("en", r"\bwill be charged\b"), ("en", r"\bt ?& ?cs?\b"),
                    ("en", r"\bterms apply\b")], "test")
    gated = [p for p in parts if p[3] is not None]
    assert len(parts) == 2 and len(gated) == 1
    regex = gated[0][2].compiled()
    assert regex.search("terms apply") and not regex.search("t&c")
    assert opens(gated[0][3], "you will be charged")
    assert not opens(gated[0][3], "t&cs apply")


def test_a_group_without_gates_searches_every_part() -> None:
    rule = engine_module.default_engine().rules.rules[0]
    group = group_scans([(rule, False, compile_gated(r"\d+")[0], None)])
    assert group.opened("no digits here") == [0]
    assert group_scans([]).opened("anything") == []


def test_the_transliterated_rules_are_compiled_only_when_a_text_needs_them() -> None:
    engine = engine_module.build_engine()
    assert engine.translit_scans.cache_info().currsize == 0  # type: ignore[attr-defined]
    engine_module.run(engine, "Your parcel is waiting")
    assert engine.translit_scans.cache_info().currsize == 0  # type: ignore[attr-defined]
    text = "Zdravstvuyte, nazovite kod iz sms, vash schet zablokirovan"
    assert translit.looks_transliterated(text.lower())
    report = engine_module.run(engine, text)
    assert engine.translit_scans.cache_info().currsize == 1  # type: ignore[attr-defined]
    assert report.findings  # the Cyrillic rules read the Latin spelling


def test_every_part_of_the_bundled_rules_compiles(engine: engine_module.Engine) -> None:
    # Parts are compiled when a text first opens their gate: a pattern that parses but
    # does not compile would otherwise show only then, in someone's check.
    groups = [*engine.scans.values(), engine.translit_scans()]
    compiled = [part.compiled() for group in groups for _rule, _s, part, _g in group.scans]
    assert all(isinstance(regex, re.Pattern) for regex in compiled)
    assert len(compiled) > 100


def test_transliteration_markers_piece_by_piece_equal_the_pattern() -> None:
    # translit.markers looks the text up between spaces; the pattern is the definition
    for text in TEXTS:
        assert translit.markers(text) == set(translit.MARKERS_RE.findall(text))


def test_a_part_found_once_is_not_searched_again_and_finds_the_same() -> None:
    # _scan hands its first search's match to _finditer: the matches are those of a
    # fresh search from the start, the first one included (starts of words only).
    from assistant.core.checker.scan import _finditer

    for pattern in (r"code|de", r"\d+", r"(?:pay|ay) now", r"x+"):
        regex = re.compile(pattern)
        for text in ("encode the code", "a1 22 b333", "repay now, pay now", "", "xx x"):
            fresh = [m.span() for m in _finditer(regex, text, True)]
            first = regex.search(text)
            given = [m.span() for m in _finditer(regex, text, True, first)] if first else []
            assert given == fresh, (pattern, text)
