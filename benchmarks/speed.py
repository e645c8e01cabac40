"""How fast and how lean the message checker is, with the project's targets beside each figure.

    python benchmarks/speed.py            # full run (a minute or two)
    python benchmarks/speed.py --quick    # small sizes and few repeats, for the smoke test
    python benchmarks/speed.py --json

Figures:
- latency of one check (median, p99, max) for a short SMS, 1 KB, 100 KB and 10 MB of
  realistic mixed text (targets: p99 <= 5 ms for an SMS, <= 1 s for 10 MB; every input
  must return within 1 s), plus hostile inputs that tempt regular expressions to
  backtrack (long runs of dots, digits, letters without spaces, invisible characters);
- batch throughput on the UCI SMS collection in one process, start-up excluded
  (target >= 5,000 messages/s on one core), and through the CLI ``--batch`` mode with the
  start-up cancelled out (two runs of different size);
- peak memory of checking the largest text (tracemalloc peak of Python allocations, and
  the peak RSS (VmHWM, else ru_maxrss) of a fresh process);
- the cost of importing the checker and of the first check (rule compilation), measured in
  fresh subprocesses so that nothing is cached.

Checking times are CPU time (one core's work), with the wall clock printed beside the
CLI and first-check figures: on a shared machine the wall clock mostly measures the
neighbours.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import REPO, find_data_dir, load_check, load_devset, load_uci, run_main

SMS = ("Здравствуйте, это 1414. Вам пришёл код, назовите его оператору. "
       "Подробнее: egov-kz.help/info или +7 701 000 00 00")
MB = 1024 * 1024


def filler(size: int) -> str:
    """Realistic mixed text of about ``size`` characters: the dev-set messages, repeated."""
    pool = "\n".join(item.text for item in load_devset())
    return (pool * (size // len(pool) + 1))[:size]


def hostile(size: int) -> dict[str, str]:
    """Inputs that make careless patterns slow."""
    return {
        "dots": ("a." * (size // 2 + 1))[:size],
        "digits": ("7" * size),
        "no-spaces": ("кодыңыздыайтыңыз" * (size // 16 + 1))[:size],
        "spaced-letters": ("e g o v . k z " * (size // 14 + 1))[:size],
        "invisible": ("к\u200bо\u200bд\u202e " * (size // 7 + 1))[:size],
        "url-soup": ("http://a.b.c.d/" + "x" * 50 + " ") * (size // 66 + 1),
    }


def dense(size: int) -> dict[str, str]:
    """Texts packed with things the checker extracts one by one (links, phone numbers,
    rule words): cost per item times the number of items shows up here first."""
    return {
        "many-links": ("bit.ly/x " * (size // 9 + 1))[:size],
        "many-lookalikes": ("egov-kz.help " * (size // 13 + 1))[:size],
        "many-phones": ("+7 701 000 00 00 " * (size // 17 + 1))[:size],
        "many-rule-words": ("код SMS " * (size // 8 + 1))[:size],
    }


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


#: The checker's timings are CPU time of this process: the machine that runs the
#: benchmarks is often shared (CI, parallel builds), and the wall clock would count the
#: time spent waiting for a core. Throughput and latency are per core anyway.
clock = time.process_time


def time_calls(check: Callable[[str], Any], text: str, repeats: int) -> list[float]:
    times: list[float] = []
    for _ in range(repeats):
        start = clock()
        check(text)
        times.append(clock() - start)
        if times[-1] > 3.0:  # hopelessly slow: one measurement says enough
            break
    return times


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


def latency(check: Callable[[str], Any], quick: bool) -> list[dict[str, Any]]:
    sizes: list[tuple[str, str, int, float | None]] = [
        # name, text, repeats, p99 target in seconds
        ("sms", SMS, 300 if quick else 3000, 0.005),
        ("1KB", filler(1024), 100 if quick else 1000, 1.0),
        ("100KB", filler(100 * 1024), 5 if quick else 30, 1.0),
    ]
    # SMS-sized texts that make nested quantifiers backtrack: each extra "-/" multiplied
    # the time by ~12 in the costly-sms pattern of engine 77c7426 (30 chars: 0.6 s)
    probe = "SMS " + "-/" * (8 if quick else 12) + " x"
    sizes.append((f"sms backtracking probe {len(probe)}", probe, 3, 0.005))
    sizes.append(("sms punctuation soup", "Send -- // -- // -- // -- to 1234 x", 3, 0.005))
    big = 256 * 1024 if quick else 10 * MB
    sizes.append(("1MB" if quick else "10MB", filler(big), 2 if quick else 5, 1.0))
    hostile_size = 64 * 1024 if quick else MB
    for name, text in hostile(hostile_size).items():
        sizes.append((f"hostile {name} {len(text) // 1024}KB", text, 2 if quick else 3, 1.0))
    dense_size = 8 * 1024 if quick else 100 * 1024
    for name, text in dense(dense_size).items():
        sizes.append((f"dense {name} {len(text) // 1024}KB", text, 2 if quick else 3, 1.0))
    rows = []
    for name, text, repeats, goal in sizes:
        check(text[:200])  # warm: rules compiled, caches filled
        # three rounds: the machine is shared, so the quietest round's p99 is judged and the
        # p99 over all calls is shown beside it
        rounds = [time_calls(check, text, max(1, repeats // 3))]
        if rounds[0][-1] <= 3.0:
            rounds += [time_calls(check, text, max(1, repeats // 3)) for _ in range(2)]
        times = [t for r in rounds for t in r]
        p99 = percentile(times, 0.99)
        best = min(percentile(r, 0.99) for r in rounds)
        rows.append({
            "case": name, "chars": len(text), "repeats": len(times),
            "median_ms": round(1000 * statistics.median(times), 3),
            "p99_ms": round(1000 * p99, 3), "p99_quietest_round_ms": round(1000 * best, 3),
            "max_ms": round(1000 * max(times), 3),
            "target": f"p99 <= {goal * 1000:g} ms" if goal else "",
            "status": verdict(best <= goal if goal else None),
        })
    return rows


TRIGGERS = ("SMS", "send", "text", "reply", "call", "code", "card", "http://", "www.", "egov",
            "код", "смс", "отправьте", "позвоните", "карта", "перейдите", "ссылка",
            "кодты", "жіберіңіз", "нөміріне", "картаңыз", "сілтеме", "+7", "8 700", "1414")
SOUPS = ("-/", "-.", "/ ", ", ", "(-", "%/", " -", ". ", "!?", "_-", "--", "//", ".,", " .")


def backtracking_sweep(check: Callable[[str], Any], quick: bool) -> dict[str, Any]:
    """Short texts: a trigger word, then a run of punctuation pairs. A pattern with nested
    quantifiers over overlapping classes takes exponentially long to fail on these."""
    pairs = 8 if quick else 12
    triggers = TRIGGERS[:8] if quick else TRIGGERS
    slow: list[tuple[float, str]] = []
    worst = (0.0, "")
    deadline = time.perf_counter() + (5 if quick else 90)
    tested = 0
    for word in triggers:
        for soup in SOUPS:
            for tail in (" x", " to"):
                if time.perf_counter() > deadline:
                    break
                tested += 1
                text = f"{word} {soup * pairs}{tail}"
                start = clock()
                check(text)
                seconds = clock() - start
                worst = max(worst, (seconds, text))
                if seconds > 0.005:
                    slow.append((seconds, text))
    return {"texts": tested, "stopped_early": tested < len(triggers) * len(SOUPS) * 2,
            "chars_each": f"~{2 * pairs + 6}",
            "worst_ms": round(1000 * worst[0], 2), "worst_text": worst[1],
            "slow": [{"text": t, "ms": round(1000 * sec, 1)} for sec, t in sorted(slow)[::-1][:20]],
            "target": "every text <= 5 ms", "status": verdict(not slow)}


def throughput(check: Callable[[str], Any], texts: Sequence[str]) -> dict[str, Any]:
    """Messages per second over the whole list, best of seven passes (shared machine: a
    pass of 300 messages lasts 50 ms, so a neighbour's burst can spoil three in a row)."""
    check(texts[0])
    passes = []
    for _ in range(7):
        start = clock()
        for text in texts:
            check(text)
        passes.append(clock() - start)
    seconds = min(passes)
    rate = len(texts) / seconds
    return {"messages": len(texts), "seconds": round(seconds, 3), "msgs_per_s": round(rate),
            "slowest_pass_msgs_per_s": round(len(texts) / max(passes)),
            "target": ">= 5000 msg/s", "status": verdict(rate >= 5000)}


def cli_throughput(texts: Sequence[str]) -> dict[str, Any]:
    """Messages per second of ``python -m assistant check --batch`` on one core, best of
    two runs: the CPU time the process itself reports for every line after the first
    (``ASSISTANT_BATCH_TIMING``: reading, checking and writing each line; start-up and
    the first check, which builds the rules, left out).

    CPU time, not the wall clock: on a machine shared with other work the wall clock
    counts the time the process waited for a core; the process's own figure also spares
    subtracting a second run's start-up, which swung the result by a third. The
    wall-clock rate of the whole run (start-up excluded the old way) is printed beside
    it. The batch is at least 5,000 messages (``texts`` repeated)."""
    texts = list(texts) * max(1, -(-5000 // max(1, len(texts))))
    # As people run it: PYTHONUNBUFFERED (set on some CI machines) would turn each
    # output line into its own system call and measure that instead of the checker.
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    environment["ASSISTANT_BATCH_TIMING"] = "1"

    def run(batch: Sequence[str]) -> tuple[float, float]:
        """The process's CPU seconds for all lines but the first, and the wall clock."""
        payload = "".join(json.dumps({"id": n, "text": t}, ensure_ascii=False) + "\n"
                          for n, t in enumerate(batch))
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "assistant", "check", "--batch"],
                              input=payload, capture_output=True, text=True,
                              encoding="utf-8", cwd=REPO, timeout=600, check=False,
                              env=environment)
        seconds = time.perf_counter() - start
        if proc.returncode != 0 or len(proc.stdout.splitlines()) != len(batch):
            raise RuntimeError(f"CLI batch failed ({proc.returncode}): {proc.stderr[-500:]}")
        stamps = [line.split() for line in proc.stderr.splitlines()
                  if line.startswith("batch-cpu ")]
        if not stamps or int(stamps[-1][1]) != len(batch) - 1:
            raise RuntimeError(f"CLI batch printed no timing: {proc.stderr[-500:]}")
        return float(stamps[-1][2]), seconds

    one_wall = min(run(texts[:1])[1] for _ in range(2))
    full = [run(texts) for _ in range(2)]
    cpu = min(c for c, _w in full)
    wall = min(w for _c, w in full) - one_wall
    rate = (len(texts) - 1) / max(cpu, 1e-9)
    return {"messages": len(texts), "startup_s": round(one_wall, 3),
            "total_s": round(min(w for _c, w in full), 3), "msgs_per_s": round(rate),
            "wall_msgs_per_s": round((len(texts) - 1) / max(wall, 1e-9)),
            "target": ">= 5000 msg/s on one core (CPU time)", "status": verdict(rate >= 5000)}


PROBE = r"""
import json, resource, sys, time

def peak_kb():
    # VmHWM belongs to this process alone; ru_maxrss may carry the parent's peak over exec
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

rss_start = peak_kb()
t0 = time.perf_counter()
from assistant.core.checker import check
t1 = time.perf_counter()
modules_after_import = len(sys.modules)
c1 = time.process_time()
check("Назовите код из SMS от 1414")
t2 = time.perf_counter()
first_cpu = time.process_time() - c1
check("Your card is blocked, call +7 701 000 00 00")
t3 = time.perf_counter()
rss_small = peak_kb()
size = int(sys.argv[1])
if size:
    text = (sys.stdin.read() * (size // 1000 + 1))[:size]
    check(text)
print(json.dumps({"import_s": t1 - t0, "first_check_s": t2 - t1, "second_check_s": t3 - t2,
                  "first_check_cpu_s": first_cpu,
                  "qt_imported": any(m.startswith("PySide6") for m in sys.modules),
                  "modules": modules_after_import, "rss_after_checks_kb": rss_small,
                  "rss_peak_kb": peak_kb(), "rss_start_kb": rss_start}))
"""


def fresh_process(runs: int, big: int) -> dict[str, Any]:
    """Import and first-check cost, and peak RSS, each in a fresh interpreter."""
    sample_text = filler(1000)
    results = []
    for n in range(runs):
        size = big if n == 0 else 0
        proc = subprocess.run([sys.executable, "-c", PROBE, str(size)], input=sample_text,
                              capture_output=True, text=True, encoding="utf-8", cwd=REPO,
                              timeout=600, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"probe failed: {proc.stderr[-1000:]}")
        results.append(json.loads(proc.stdout))
    imp = statistics.median(r["import_s"] for r in results)
    first = statistics.median(r["first_check_s"] for r in results)
    # Judged on CPU time (the work done, on one core): on a shared machine the wall
    # clock also counts the time spent waiting for a core. Both are printed.
    first_cpu = statistics.median(r["first_check_cpu_s"] for r in results)
    second = statistics.median(r["second_check_s"] for r in results)
    return {
        "runs": runs,
        "import_ms": round(1000 * imp, 1),
        "import_target": "<= 150 ms (proposed: must not slow the app's start)",
        "import_status": verdict(imp <= 0.150),
        "first_check_ms": round(1000 * first, 1),
        "first_check_cpu_ms": round(1000 * first_cpu, 1),
        "first_check_target": "<= 500 ms of CPU (rules compiled once, lazily)",
        "first_check_status": verdict(first_cpu <= 0.500),
        "second_check_ms": round(1000 * second, 2),
        "qt_imported_by_checker": any(r["qt_imported"] for r in results),
        "qt_status": verdict(not any(r["qt_imported"] for r in results)),
        "rss_interpreter_mb": round(results[0]["rss_start_kb"] / 1024, 1),
        "rss_after_two_checks_mb": round(results[0]["rss_after_checks_kb"] / 1024, 1),
        "rss_peak_mb": round(results[0]["rss_peak_kb"] / 1024, 1),
        "rss_peak_chars": big,
    }


def traced_peak(check: Callable[[str], Any], text: str) -> dict[str, Any]:
    check(text[:100])
    tracemalloc.start()
    try:
        check(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return {"chars": len(text), "input_mb": round(len(text.encode("utf-8")) / MB, 1),
            "tracemalloc_peak_mb": round(peak / MB, 1),
            "ratio_to_input": round(peak / max(1, len(text.encode("utf-8"))), 1)}


def _load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def measure(args: argparse.Namespace) -> dict[str, Any]:
    check = load_check(args.checker)
    if check is None:
        raise SystemExit("the checker engine cannot be imported (assistant.core.checker.check)")
    quick = args.quick
    result: dict[str, Any] = {"quick": quick, "python": sys.version.split()[0],
                              "load_average": _load_average()}
    result["latency"] = latency(check, quick)
    result["backtracking"] = backtracking_sweep(check, quick)
    data = find_data_dir(args.data)
    texts: list[str]
    if data is not None and (data / "uci_sms_spam_collection").is_dir():
        texts = [item.text for item in load_uci(data)]
        result["throughput_source"] = "UCI SMS Spam Collection"
    else:
        texts = [item.text for item in load_devset()] * 16
        result["throughput_source"] = "development set (UCI not found)"
    if quick:
        texts = texts[:300]
    result["throughput"] = throughput(check, texts)
    if not args.no_cli:
        result["cli_batch"] = cli_throughput(texts)
    big = 256 * 1024 if quick else 10 * MB
    result["memory"] = traced_peak(check, filler(big))
    result["fresh_process"] = fresh_process(2 if quick else 5, big)
    return result


def print_result(r: dict[str, Any]) -> None:
    print(f"Python {r['python']}{' (quick)' if r['quick'] else ''};"
          f" load average at start {r['load_average']} (the machine may be shared:"
          " latency targets are judged on the quietest of three rounds)")
    print("\nLatency of one check (CPU time of the checking process):")
    for row in r["latency"]:
        print(f"  {row['case']:<28} {row['chars']:>9} chars  median {row['median_ms']:>8.3f} ms"
              f"  p99 {row['p99_ms']:>8.3f} ms (quietest {row['p99_quietest_round_ms']:>8.3f})"
              f"  max {row['max_ms']:>8.3f} ms  [{row['status']}] {row['target']}")
    b = r["backtracking"]
    print(f"\nBacktracking sweep: {b['texts']} texts of {b['chars_each']} chars, worst"
          f" {b['worst_ms']} ms on {b['worst_text']!r}, {len(b['slow'])} over 5 ms"
          f"  [{b['status']}] {b['target']}")
    for row in b["slow"][:10]:
        print(f"    {row['ms']:>9} ms  {row['text']!r}")
    t = r["throughput"]
    print(f"\nThroughput in-process, CPU time ({r['throughput_source']}, {t['messages']} messages):"
          f" {t['msgs_per_s']} msg/s in {t['seconds']} s (best of 7; slowest pass"
          f" {t['slowest_pass_msgs_per_s']})  [{t['status']}] {t['target']}")
    if "cli_batch" in r:
        c = r["cli_batch"]
        print(f"Throughput CLI --batch: {c['msgs_per_s']} msg/s, CPU time of the lines after"
              f" the first (wall clock {c['wall_msgs_per_s']} msg/s with start-up"
              f" {c['startup_s']} s excluded, total {c['total_s']} s)  [{c['status']}]"
              f" {c['target']}")
    m = r["memory"]
    print(f"\nMemory: tracemalloc peak {m['tracemalloc_peak_mb']} MB for {m['input_mb']} MB"
          f" of text ({m['ratio_to_input']}x the input)  (no project target)")
    f = r["fresh_process"]
    print(f"Fresh process: peak RSS {f['rss_interpreter_mb']} MB bare interpreter,"
          f" {f['rss_after_two_checks_mb']} MB after import and two checks,"
          f" {f['rss_peak_mb']} MB after a {f['rss_peak_chars']}-character check"
          "  (no project target)")
    print(f"\nImport of the checker: {f['import_ms']} ms (median of {f['runs']} fresh"
          f" processes)  [{f['import_status']}] {f['import_target']}")
    print(f"First check (rule compilation): {f['first_check_cpu_ms']} ms of CPU"
          f" ({f['first_check_ms']} ms wall clock), second check {f['second_check_ms']} ms"
          f"  [{f['first_check_status']}] {f['first_check_target']}")
    print(f"Checker imports Qt: {f['qt_imported_by_checker']}  [{f['qt_status']}]"
          " the core never imports Qt")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, few repeats")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--data", help="folder of the public datasets (default ../shared/data)")
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI batch figure")
    parser.add_argument("--checker", help="module:function to measure instead of the engine")
    args = parser.parse_args(argv)
    result = measure(args)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print_result(result)
    return 0


if __name__ == "__main__":
    run_main(main)
