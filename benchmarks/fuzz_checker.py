"""Fuzz the checker with generated hostile input and print what happened.

10,000 inputs by default, drawn by hypothesis from: binary junk decoded every way, HTML,
SQL, control/zero-width/bidirectional characters, emoji, mixed scripts, malformed and
punycode URLs, absurd phone numbers, and a few multi-megabyte texts. Every input must
return a valid report, without an exception, within its time bound (1 s; 5 ms is the
target for SMS-sized texts, reported as a figure, not a failure).

Then the named cases, each printed with its max time and peak memory (tracemalloc, in a
second run so tracing does not slow the timed one):

* expansion: texts that NFKC makes longer (U+FDFA is eighteen characters), which must
  stay within the analysis limit *after* normalisation;
* files: what a dropped file or ``check --file`` may be, read by the bounded reader
  and checked: a 30,000-word encoded Subject, a 6 MB nested multipart, a 10 MB base64
  body, a FIFO, links to /dev/zero and /dev/urandom, a file over the limit.

Usage: ``python benchmarks/fuzz_checker.py [--examples N] [--seed S] [--cases-only]``.
"""

from __future__ import annotations

import argparse
import base64
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

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


#: Cases run this many times; the slowest run is reported.
CASE_RUNS = 3


def expansion_cases() -> dict[str, Callable[[], object]]:
    """Texts NFKC makes longer; each is checked whole."""
    texts = {
        "U+FDFA x 49,990 (18 after NFKC)": "\ufdfa" * 49_990,
        "U+FDFA x 1,000,000": "\ufdfa" * 1_000_000,
        "U+FDFB x 49,990 (8 after NFKC)": "\ufdfb" * 49_990,
        "U+337F x 50,000 (4 after NFKC)": "\u337f" * 50_000,
        "U+FDFA + zero-width x 49,990": "\ufdfa\u200b" * 49_990,
        "one letter + 49,999 combining marks": "a" + "\u0301" * 49_999,
        "code words between U+FDFA": ("\ufdfa" * 40 + " назовите код из SMS ") * 5_000,
    }
    return {name: (lambda text=text: _checked(text)) for name, text in texts.items()}


def _checked(text: str) -> object:
    report = check(text)
    _valid(report, text)
    return report


def _encoded_subject(words: int) -> bytes:
    subject = "\r\n ".join("=?utf-8?b?0JrQvtC0?=" for _ in range(words))
    return (b"From: bank@example.invalid\r\nSubject: " + subject.encode()
            + b"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nCode?")


def _nested(size: int) -> bytes:
    parts: list[bytes] = []
    depth = total = 0
    while total < size:
        parts.append(f'Content-Type: multipart/mixed; boundary="b{depth}"\r\n\r\n'
                     f"--b{depth}\r\n".encode())
        depth += 1
        if depth % 50 == 0:
            parts.append(b"Content-Type: text/plain\r\n\r\n" + b"x" * 2000 + b"\r\n")
        total += len(parts[-1])
    return b"From: a@example.invalid\r\nSubject: nested\r\n" + b"".join(parts)


def file_cases(folder: Path) -> dict[str, Callable[[], object]]:
    """Files as they may be dropped or given to ``--file``: read, then checked."""
    from assistant.core.message_files import load_message_file
    from assistant.core.reading import MAX_MESSAGE_BYTES, ReadError

    made: dict[str, Path] = {}
    made["30,000-word encoded Subject (.eml)"] = folder / "subject.eml"
    made["30,000-word encoded Subject (.eml)"].write_bytes(_encoded_subject(30_000))
    made["6 MB nested multipart (.eml)"] = folder / "nested.eml"
    made["6 MB nested multipart (.eml)"].write_bytes(_nested(6 * 1024 * 1024))
    body = base64.encodebytes(("Назовите код из SMS. " * 300_000).encode()[:7_000_000])
    made["10 MB base64 body (.eml)"] = folder / "base64.eml"
    made["10 MB base64 body (.eml)"].write_bytes(
        b"Subject: b\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + body)
    made["11 MB text (.txt)"] = folder / "long.txt"
    made["11 MB text (.txt)"].write_bytes(b"kod 1414 " * (11 * 1024 * 1024 // 9))
    made["over the limit (.txt, refused)"] = folder / "big.txt"
    with made["over the limit (.txt, refused)"].open("wb") as handle:
        handle.truncate(MAX_MESSAGE_BYTES + 1)
    if hasattr(os, "mkfifo"):
        made["FIFO (refused)"] = folder / "fifo.txt"
        os.mkfifo(made["FIFO (refused)"])
        for device in ("/dev/zero", "/dev/urandom"):
            if Path(device).exists():
                link = folder / f"{Path(device).name}.txt"
                link.symlink_to(device)
                made[f"link to {device} (refused)"] = link

    def read_and_check(path: Path) -> object:
        try:
            text = load_message_file(path).text
        except ReadError as error:
            return error.reason
        return _checked(text)

    return {name: (lambda path=path: read_and_check(path)) for name, path in made.items()}


def run_cases(title: str, cases: dict[str, Callable[[], object]], failures: list[str],
              bound: float = TIME_BOUND) -> None:
    """Print the slowest of CASE_RUNS runs and the peak traced memory of each case."""
    if title:
        print(f"{title}:")
    for name, case in cases.items():
        slowest = 0.0
        try:
            for _ in range(CASE_RUNS):
                start = time.perf_counter()
                case()
                slowest = max(slowest, time.perf_counter() - start)
            tracemalloc.start()
            case()
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        except Exception as exc:  # the figure we want: any exception is a failure
            tracemalloc.stop()
            failures.append(f"{type(exc).__name__}: {exc} in {name}")
            print(f"  {name:42} FAILED: {type(exc).__name__}")
            continue
        verdict = "PASS" if slowest <= bound else "FAIL"
        print(f"  {name:42} max {slowest * 1000:7.1f} ms  peak {peak / 2**20:6.1f} MB  "
              f"{verdict}")
        if slowest > bound:
            failures.append(f"{name}: {slowest:.2f} s")


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzing and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--huge", type=int, default=5, help="multi-megabyte inputs")
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--cases-only", action="store_true",
                        help="only the expansion and file cases")
    args = parser.parse_args(argv)
    if args.cases_only:
        return _cases()

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
    return 1 if _cases() or failures or slow else 0


def _cases() -> int:
    """The expansion and file cases; 1 if any raised or took over the time bound."""
    check("warm up the rules")
    failures: list[str] = []
    print(f"(each: the slowest of {CASE_RUNS} runs, and the peak memory traced in another)")
    run_cases("expansion cases", expansion_cases(), failures)
    from assistant.core.message_files import EMAIL_TIME_LIMIT

    with tempfile.TemporaryDirectory() as folder:
        # An e-mail may use its whole parse time limit, then the check its own bound.
        bound = EMAIL_TIME_LIMIT + TIME_BOUND
        print(f"file cases (bound {bound:.1f} s: the e-mail parse limit + the check):")
        run_cases("", file_cases(Path(folder)), failures, bound)
    for line in failures:
        print("  failure:", line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
