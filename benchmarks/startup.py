"""Cold start of ``--smoke-test`` against a bare PySide6 window, alternated run by run.

Start-up is the time from spawning the process to the first paint of its main window
(each prints a wall-clock stamp at that moment); the whole run including Qt's teardown
is printed too. Also the peak memory (max RSS) of each, and the ratios.
The app's modules are byte-compiled first, as an installed app's are.

Runs alternate, bare then app, so each app run has a bare run started just before it
on a machine in the same state. The start-up ratio is the median of these pairs'
ratios: on a shared machine whose speed drifts from second to second, it moves far
less than the ratio of the two medians (also printed), while both measure the same.
Target: start-up ratio <= 1.25. Usage: ``python benchmarks/startup.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.25


Run = tuple[float, float, float]  # seconds to first paint, seconds in all, peak RSS MiB


def _measure(command: list[str], env: dict[str, str]) -> Run:
    """Time to first paint, total time and peak RSS (MiB) of one run of ``command``."""
    wall_start = time.time()
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    stdout = process.stdout.read().decode(errors="replace") if process.stdout else ""
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if code != 0:
        raise SystemExit(f"{command} failed ({code}): {stderr}")
    stamps = [line.split()[1] for line in stdout.splitlines() if line.startswith("first-paint")]
    if not stamps:
        raise SystemExit(f"{command} printed no first-paint stamp")
    return float(stamps[0]) - wall_start, elapsed, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21, help="runs of each (>= 5)")
    args = parser.parse_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "ASSISTANT_SMOKE_VERBOSE": "1"}
    with tempfile.TemporaryDirectory() as data:
        # The command users start: the installed `safety-assistant` entry point when it
        # is there (it imports the app directly), else `python -m assistant`.
        script = Path(sys.executable).parent / "safety-assistant"
        launcher = [str(script)] if script.is_file() else ["-m", "assistant"]
        app_cmd = [sys.executable, *launcher, "--smoke-test", "--lang", "en",
                   "--data-dir", data]
        bare_cmd = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
        # Measure the app as users run it: the wheel (pip compiles on install) and the
        # PyInstaller bundle both carry bytecode, but a dev tree under
        # PYTHONDONTWRITEBYTECODE never gets any and compiled every module on every run.
        # Python checks each .pyc against its source, so a stale one is never used.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "assistant")],
                       check=True, stdout=subprocess.DEVNULL)
        # Warm the file cache once so both sides start from the same state.
        _measure(bare_cmd, env)
        _measure(app_cmd, env)
        bare: list[Run] = []
        app: list[Run] = []
        for _ in range(max(5, args.runs)):
            bare.append(_measure(bare_cmd, env))
            app.append(_measure(app_cmd, env))
    def med(runs: list[Run], index: int) -> float:
        return statistics.median(run[index] for run in runs)

    pair_ratios = sorted(a[0] / b[0] for a, b in zip(app, bare, strict=True))
    ratio = statistics.median(pair_ratios)
    quartiles = statistics.quantiles(pair_ratios, n=4)
    print(f"runs each:            {len(bare)} (alternated); app started as: "
          f"{' '.join(Path(a).name for a in app_cmd[1:2])}")
    for label, runs in (("bare PySide6 window", bare), ("app --smoke-test", app)):
        print(f"{label + ':':22s}first paint {med(runs, 0) * 1000:6.1f} ms, whole run "
              f"{med(runs, 1) * 1000:6.1f} ms, peak RSS {med(runs, 2):5.1f} MiB (medians)")
    print(f"start-up ratio:       {ratio:.3f} (median of {len(pair_ratios)} paired runs; "
          f"quartiles {quartiles[0]:.3f}-{quartiles[2]:.3f}) (target <= {TARGET_RATIO}) "
          f"{'PASS' if ratio <= TARGET_RATIO else 'FAIL'}")
    print(f"ratio of medians:     {med(app, 0) / med(bare, 0):.3f}")
    print(f"whole-run ratio:      {med(app, 1) / med(bare, 1):.3f}")
    print(f"memory ratio:         {med(app, 2) / med(bare, 2):.3f}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
