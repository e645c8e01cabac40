"""Gates of digits in a row: a pattern of numbers is searched only where the text has a run
of digits as long as every match needs (digitruns.py, gates.py).

A run read too long would hide a sign without a trace, so besides the examples, the
bound is held against real matches: of random patterns on random texts, and of every part
of the bundled rules on the development and real-world messages; and for every rule, the
matches found with the gates are those found searching every part on every text.
"""

from __future__ import annotations

import re
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.checker import digitruns, translit
from assistant.core.checker import engine as engine_module
from assistant.core.checker.digitruns import longest_run, runs
from assistant.core.checker.gates import digit_run, gate, opens, run_token
from assistant.core.checker.normalise import normalise
from assistant.core.checker.scan import ScanGroup, group_scans, match_patterns
from tests.core.checker.test_gates import TEXTS


def _best(pattern: str) -> int:
    return runs(sre_parse.parse(pattern, 0)).best


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)", 4),  # a card: a separator may split
    (r"(?<!\d)0(?:9\d|87|84|70)(?: ?\d){7,8}(?!\d)", 3),  # "0870 ...": 0 and two digits
    (r"(?<![\w*])(?:\d{4,6} ?[*•xх]{2,12} ?\d{2,4}|[*•]{1,12} ?\d{4}|xx{1,11}\d{4})(?!\d)", 4),
    (r"\d{1,3} ?p(?:pm|pmin)\b", 1),
    (r"\b\d{2,4}p\b", 2),
    (r"1[68]\+", 2),  # a literal digit counts too
    (r"(?:\d\d)+", 2),
    (r"(?:\d\d){3}", 6),
    (r"(?:\d-){3}", 1),
    (r"(?:-\d\d){2}", 2),
    (r"(?:\d-\d){2}", 2),  # "1-22-3": the end of one copy meets the start of the next
    (r"\d{3}|call", 0),  # one alternative needs no digit
    (r"\d{3}|\d{5}", 3),  # the shorter alternative
    (r"\d{2}(?=\d)\d", 3),  # a look-ahead matches nothing: the digits around it meet
    (r"\d*", 0),
    (r"[0-9a]{4}", 0),  # a letter may stand there
    (r"[^0-9]\d", 1),
    (r"(\d)\1\d", 1),  # a back-reference is not followed: it may be anything
    (r"٣\d", 1),  # a digit of another script is not counted as one (never too long)
])
def test_the_run_every_match_needs(pattern: str, expected: int) -> None:
    assert _best(pattern) == expected


def test_a_run_of_the_text_is_any_decimal_digits_in_a_row() -> None:
    assert longest_run("card 4400 43012 ends") == 5
    assert longest_run("no digits") == 0
    assert longest_run("\u0661\u0662\u0663 12") == 3  # Python's \d, as the patterns'


def test_a_gate_of_numbers_asks_for_the_run() -> None:
    card = gate(re.compile(r"(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)"))
    assert card == ((("\\d{4}",),),)
    assert digit_run("\\d{4}") == 4 and digit_run("\\d") == 1 and digit_run("d{4}") == 0
    assert run_token(1) == "\\d" and run_token(3) == "\\d{3}"
    assert opens(card, "4400 4301 1234 5678") and opens(card, "code 1234")
    assert not opens(card, "on 12.05 at 10:30, 1 2 3")  # digits, never four in a row
    # a word is kept beside the run, and the rarer of the two is tested first
    code = gate(re.compile(r"(?:send|пришлите) (?:the )?(?:code|код) \d{4}"))
    assert code is not None and ("\\d{4}",) not in code[0]
    paid = gate(re.compile(r"\b(?:stop|end)\b[^.!?\n]{0,12}\b(?:to|on) \d{4,5}\b"))
    assert paid is not None and ("\\d{4}",) in paid[0]
    assert not opens(paid, "stop to 123") and opens(paid, "stop to 85069")


def _without_runs(pattern: str, monkeypatch: pytest.MonkeyPatch) -> object:
    """The gate of ``pattern`` as read before runs of digits were."""
    with monkeypatch.context() as patch:
        patch.setattr(digitruns, "runs", lambda items: digitruns.EMPTY)
        return gate(re.compile(pattern))


def test_runs_never_give_a_gate_to_a_pattern_without_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Which patterns have no gate decides how a rule's patterns are grouped into parts
    # (rules._split), and so the matches found: runs of digits only make gates narrower.
    rules = engine_module.default_engine().rules.rules
    sources = [regex.compiled().pattern for rule in rules
               for _script, _starts, regex, _gate, _source in rule.parts]
    sources += [r"\bt ?& ?cs?\b", r"5(?:7|8)", r"\d{2,4}p", r"(?:\d{4}|x)\d"]
    changed = 0
    for pattern in sources:
        before = _without_runs(pattern, monkeypatch)
        assert (gate(re.compile(pattern)) is None) == (before is None), pattern
        changed += gate(re.compile(pattern)) != before
    assert changed >= 5  # and they do narrow the gates of numbers


_PIECES = st.sampled_from([
    r"\d", r"[0-9]", "7", "x", "-", " ?", "[ -]?", r"\d{2,4}", r"\d?", r"(?:\d|ab)",
    r"(?:\d\d|7)", r"(?!\d)", r"(?<!\d)", r"\b", r"(?: ?\d){2,3}", r"[x٣]", r"\d*",
    r"(?:-\d){2}", r"(?:ab|\d{3})", "a", r"[^a]",
])


@st.composite
def _patterns(draw: st.DrawFn) -> str:
    def sequence() -> str:
        return "".join(draw(st.lists(_PIECES, min_size=1, max_size=6)))

    return "|".join(sequence() for _ in range(draw(st.integers(1, 3))))


@settings(max_examples=400, deadline=None)
@given(pattern=_patterns(), texts=st.lists(st.text("0123456789 -xab٣", max_size=24),
                                           min_size=1, max_size=8))
def test_every_match_has_the_run_and_opens_the_gate(pattern: str, texts: list[str]) -> None:
    regex = re.compile(pattern)
    needed = _best(pattern)
    found = gate(regex)
    for text in texts:
        for match in regex.finditer(text):
            assert longest_run(match.group()) >= needed, (pattern, match.group())
        if regex.search(text):
            assert opens(found, text), (pattern, text)


@pytest.fixture(scope="module")
def engine() -> engine_module.Engine:
    return engine_module.build_engine()


def _groups(engine: engine_module.Engine) -> list[ScanGroup]:
    return [*engine.scans.values(), engine.translit_scans()]


#: Texts with numbers of every shape the rules look for, beside the real messages.
NUMBERS = [normalise(t, limit=20_000).folded for t in [
    "Карта 4400 4301 1234 5678 заблокирована", "Card *1234 was charged 150p", "Call 08712345678",
    "Karta 4052***1234 zablokirovana", "Your card xx1234: 12.05 10:30", "Send STOP to 85069",
    "txt WIN to 80086 now, 18+ only, £1.50/msg", "T&Cs apply, 16+, PO Box 1234",
    "Код 123456, никому не говорите", "0870 123 4567 or 09061234567", "7 701 000 00 00",
]]


def test_every_bundled_match_has_the_run_of_its_part(engine: engine_module.Engine) -> None:
    checked = 0
    for group in _groups(engine):
        for _rule, _starts, deferred, _gate in group.scans:
            regex = deferred.compiled()
            needed = _best(regex.pattern)
            if needed < 2:
                continue
            for text in [*TEXTS, *NUMBERS]:
                for match in regex.finditer(text):
                    checked += 1
                    assert longest_run(match.group()) >= needed, (regex.pattern, match.group())
    assert checked > 20  # the texts do match the parts of numbers


def _ungated(group: ScanGroup) -> ScanGroup:
    return group_scans([(rule, starts, deferred, None)
                        for rule, starts, deferred, _gate in group.scans])


def test_every_rule_finds_the_same_with_its_gates_as_without(
        engine: engine_module.Engine) -> None:
    every = {script: _ungated(group) for script, group in engine.scans.items()}
    translit_every = _ungated(engine.translit_scans())
    texts = [*TEXTS, *NUMBERS]
    texts += [t.replace("о", "o").replace("а", "a") for t in texts[:200]]  # mixed spellings
    fired = 0
    for text in texts:
        gated = match_patterns(engine.rules, engine.scans, engine.translit_scans, text)
        assert gated == match_patterns(engine.rules, every, lambda: translit_every, text), text
        fired += len(gated)
    assert fired > 1000
    assert any(translit.reading(t) for t in texts)  # the transliterated parts are tried too
