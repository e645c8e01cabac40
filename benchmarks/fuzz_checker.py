"""Fuzz the checker with generated hostile input and print what happened.

10,000 inputs by default, drawn by hypothesis from: binary junk decoded every way, HTML,
SQL, control/zero-width/bidirectional characters, emoji, mixed scripts, malformed and
punycode URLs, absurd phone numbers, and a few multi-megabyte texts. Every input must
return a valid report, without an exception, within its time bound (1 s; 5 ms is the
target for SMS-sized texts, reported as a figure, not a failure).
Usage: ``python benchmarks/fuzz_checker.py [--examples N] [--seed S]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from assistant.core.checker import Report, Verdict, check

TIME_BOUND = 1.0
SMS_TARGET = 0.005

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
HOMOGLYPHS = "аеорсхуАВЕКМНОРСТХaeopcxyABEKMHOPCTX0OlI1іІ"
WORDS = ["код", "кодты", "kod", "SMS", "1414", "egov.kz", "eg0v.kz", "еgov.kz", "xn--e1afmkfd",
         "kaspi.kz", "kaspi-bonus.top", "http://", "https://", "hxxp://", "[.]", " . ",
         "bit.ly/x", "192.168.0.1", "+7 701 000 00 00", "87010000000", "+7(777)", "ЦОН",
         "сыйлық", "выигрыш", "приз", "CVC", "PIN", "<script>", "</b>", "' OR 1=1; --",
         "DROP TABLE settings;", "%s%n", "{0}", "\\x00", "😀", "👍🏽", "🇰🇿", "ﷺ", "𝕔𝕠𝕕𝕖"]

text_pieces = st.one_of(
    st.text(max_size=200),
    st.binary(max_size=300).map(lambda b: b.decode("utf-8", "replace")),
    st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
    st.sampled_from(WORDS),
    st.text(alphabet=ZERO_WIDTH + BIDI + HOMOGLYPHS, max_size=40),
    st.from_regex(r"(https?://)?[a-z0-9\-\.]{1,30}\.(kz|com|top|xn--p1ai)(/[a-z0-9%\?=&]{0,20})?",
                  fullmatch=True),
    st.from_regex(r"\+?[78]?[\s\(\)\-0-9]{0,30}", fullmatch=True),
    st.from_regex(r"<[a-z]{1,6}( [a-z]{1,5}=['\"][^'\"]{0,20}['\"])?>", fullmatch=True),
)
messages = st.lists(text_pieces, max_size=12).map("".join)
huge = st.tuples(st.sampled_from(WORDS), st.integers(min_value=1_000_000, max_value=10_000_000)
                 ).map(lambda wn: (wn[0] + " ") * (wn[1] // (len(wn[0]) + 1)))


def _valid(report: Report, text: str) -> None:
    assert isinstance(report.verdict, Verdict)
    assert report.score == report.score  # not NaN
    for finding in report.findings:
        for start, end in finding.spans:
            assert 0 <= start <= end <= len(text), (start, end, len(text))


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzing and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--huge", type=int, default=5, help="multi-megabyte inputs")
    parser.add_argument("--seed", type=int, default=20261126)
    args = parser.parse_args(argv)

    durations: list[float] = []
    sms_durations: list[float] = []
    failures: list[str] = []
    slow: list[tuple[float, int]] = []

    def one(text: str) -> None:
        start = time.perf_counter()
        try:
            report = check(text)
            _valid(report, text)
        except Exception as exc:  # the figure we want: any exception is a failure
            failures.append(f"{type(exc).__name__}: {exc} on {text[:80]!r}")
            return
        elapsed = time.perf_counter() - start
        durations.append(elapsed)
        if len(text) <= 500:
            sms_durations.append(elapsed)
        if elapsed > TIME_BOUND:
            slow.append((elapsed, len(text)))

    check("warm up the rules")
    quiet = settings(max_examples=args.examples, deadline=None, database=None,
                     suppress_health_check=list(HealthCheck), derandomize=False)
    seed(args.seed)(quiet(given(messages)(one)))()
    huge_settings = settings(max_examples=args.huge, deadline=None, database=None,
                             suppress_health_check=list(HealthCheck))
    seed(args.seed)(huge_settings(given(huge)(one)))()

    total = len(durations) + len(failures)
    print(f"inputs checked:        {total} ({args.huge} of 1-10 MB)")
    print(f"exceptions:            {len(failures)} (target 0) {'PASS' if not failures else 'FAIL'}")
    print(f"over {TIME_BOUND:.0f} s:              {len(slow)} (target 0) "
          f"{'PASS' if not slow else 'FAIL'}")
    if sms_durations:
        sms_sorted = sorted(sms_durations)
        p99 = sms_sorted[int(len(sms_sorted) * 0.99) - 1]
        print(f"SMS-sized (<=500 ch):  {len(sms_sorted)}, median "
              f"{statistics.median(sms_sorted) * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms "
              f"(target p99 <= {SMS_TARGET * 1000:.0f} ms)")
    print(f"slowest input:         {max(durations) * 1000:.1f} ms")
    for line in failures[:10]:
        print("  failure:", line)
    for elapsed, length in slow[:10]:
        print(f"  slow: {elapsed:.2f} s for {length} characters")
    return 1 if failures or slow else 0


if __name__ == "__main__":
    sys.exit(main())
