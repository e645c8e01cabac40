"""The analysis limit counts characters after NFKC, so an expanding text stays cheap."""

from __future__ import annotations

import time

from assistant.core.checker import check
from assistant.core.checker.engine import default_engine
from assistant.core.checker.normalise import normalise

LIMIT = default_engine().rules.analysis_limit
EXPANDS = "\ufdfa"  # one character, eighteen after NFKC


def test_u_fdfa_text_is_cut_at_the_limit_of_normalised_characters() -> None:
    text = EXPANDS * 49_990
    norm = normalise(text, limit=LIMIT)
    assert len(norm.clean) <= LIMIT
    assert len(norm.clean) > LIMIT - 18  # filled up to the last whole cluster
    assert text.startswith(norm.original)
    assert len(norm.original) == len(norm.clean) // 18


def test_u_fdfa_text_is_checked_within_a_second_and_said_to_be_cut() -> None:
    text = EXPANDS * 49_990
    check("warm-up")
    start = time.perf_counter()
    report = check(text)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0, f"{elapsed:.2f} s (shared machine: generous bound)"
    assert report.truncated
    cut = [f for f in report.findings if f.rule == "truncated"]
    assert cut and cut[0].spans[0][1] == len(text)
    assert 0 < cut[0].spans[0][0] < LIMIT


def test_offsets_after_expansion_still_point_at_the_original_words() -> None:
    prefix = EXPANDS * 20 + "\u200b" + "ｆｕｌｌ "
    text = prefix + "Назовите код из SMS, это служба безопасности банка"
    report = check(text)
    assert report.findings
    for finding in report.findings:
        for start, end in finding.spans:
            assert 0 <= start <= end <= len(text)
            if finding.rule != "hidden":
                assert start >= len(EXPANDS * 20)
    norm = normalise(text, limit=LIMIT)
    word = norm.clean.index("код")
    assert text[slice(*norm.span(word, word + 3))] == "код"


def test_an_invisible_character_after_the_limit_is_not_read() -> None:
    text = EXPANDS * 3 + "a\u200bb"
    norm = normalise(text, limit=18 * 3)
    assert norm.original == EXPANDS * 3
    assert norm.hidden == []


def test_a_short_limit_on_normalised_text_cuts_plainly() -> None:
    norm = normalise("Привет мир", limit=6)
    assert norm.clean == "привет" and norm.original == "Привет"
