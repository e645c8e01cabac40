"""Any text returns a valid report, quickly, without raising."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.core.checker import Report, Verdict, check
from assistant.core.checker.engine import default_engine

_PIECES = st.sampled_from([
    "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\u00ad", "👨\u200d👩\u200d👧", "❤\ufe0f",
    "<a href='http://x.y'>", "</script>", "&nbsp;", "egov.kz", "egov[.]kz", "hxxp://",
    "xn--", "кoд", "Kаspi", "1414", "+7 701", "8 (727)", "ﬁ", "Ａ", "\u0301", "\x00", "\ud7ff",
    "Сообщите код", "кодты айтыңыз", "\ud800", "\udfff", "skazhite kod", "vam dlya",
    "send SMS to 7132", "...", "[.]", " . ", "@", "#",
])
_TEXT = st.lists(st.one_of(st.text(max_size=40), _PIECES), max_size=40).map("".join)


def _valid(report: Report, text: str) -> None:
    assert isinstance(report.verdict, Verdict)
    assert 0.0 <= report.score <= 1.0
    for finding in report.findings:
        assert finding.spans
        for start, end in finding.spans:
            assert 0 <= start <= end <= len(text)
    for item in (*report.links, *report.phones):
        assert 0 <= item.span[0] < item.span[1] <= len(text)
        assert text[item.span[0]:item.span[1]] == item.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_any_text_gives_a_valid_report(text: str) -> None:
    _valid(check(text), text)


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=2000))
def test_binary_junk_decoded_any_way(data: bytes) -> None:
    for text in (data.decode("latin-1"), data.decode("utf-8", errors="replace"),
                 data.decode("utf-16", errors="replace")):
        _valid(check(text), text)


def test_html_page_is_read_as_text() -> None:
    text = ("<html><body><p>Ваша карта заблокирована.</p>"
            "<a href=\"http://kaspi-secure.top/login\">Войти</a></body></html>")
    report = check(text)
    assert report.verdict is Verdict.DANGER
    _valid(report, text)


def test_right_to_left_override_hiding_a_link() -> None:
    text = "Оплата: \u202ezk.voge//:sptth\u202c"
    report = check(text)
    assert "hidden-characters" in {f.rule for f in report.findings}
    _valid(report, text)


# The bounds below are guards against runaway backtracking (seconds to minutes), not speed
# targets (benchmarks/speed.py measures those: 10 MB in <= 1 s). They count this
# process's CPU time, which still grows ~1.5x when another process shares the core, so
# the guard is three times the target: a runaway pattern overshoots it by far.
RUNAWAY_CPU_SECONDS = 3.0


def test_ten_megabytes_is_truncated_with_a_finding_and_is_fast() -> None:
    check("warm up")
    limit = default_engine().rules.analysis_limit
    text = ("Сообщите код из смс, kоd egov.kz 1414 \u200b " * 300_000)[:10_000_000]
    start = time.process_time()
    report = check(text)
    elapsed = time.process_time() - start
    assert report.truncated
    truncated = [f for f in report.findings if f.rule == "truncated"]
    assert truncated and truncated[0].spans == ((limit, len(text)),)
    assert report.verdict is Verdict.DANGER  # what was read is still judged
    assert elapsed < RUNAWAY_CPU_SECONDS, elapsed
    _valid(report, text)


def test_pathological_inputs_stay_fast() -> None:
    check("warm up")
    for text in ("a" * 10_000_000, "a." * 5_000_000, "1" * 10_000_000, " " * 10_000_000,
                 ("www." + "a" * 60 + ".") * 150_000, "к\u200b" * 5_000_000,
                 ("кoд " * 2_500_000)):
        start = time.process_time()
        report = check(text)
        assert time.process_time() - start < RUNAWAY_CPU_SECONDS
        assert report.truncated


def test_text_below_the_limit_is_not_truncated() -> None:
    report = check("Привет! " * 100)
    assert not report.truncated
    assert "truncated" not in {f.rule for f in report.findings}


def test_walls_of_rule_words_and_punctuation_stay_fast() -> None:
    # Inputs that made an earlier version backtrack for seconds: long runs of words
    # that start a rule, and separators that a pattern could split in many ways.
    check("warm up")
    for text in ("скинь " * 10_000, "код " * 12_000, "кодты " + ",-" * 20_000 + " айт",
                 "send " + ", " * 20_000 + "to 7132", "call " + "-, " * 15_000 + "8777",
                 "1пополни 1 vam dlya a1 на номер аааакод pay http://,отправьте " * 300,
                 "vam dlya " * 10_000):
        start = time.process_time()
        check(text)
        assert time.process_time() - start < RUNAWAY_CPU_SECONDS, text[:40]
