"""Cold start of ``--smoke-test`` against a bare PySide6 window, alternated run by run.

Prints the median wall time and peak memory (max RSS) of each and their ratios.
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


def _measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one run of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"{command} failed ({process.returncode}): {stderr}")
    return elapsed, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="runs of each (>= 5)")
    args = parser.parse_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as data:
        app_cmd = [sys.executable, "-m", "assistant", "--smoke-test", "--lang", "en",
                   "--data-dir", data]
        bare_cmd = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
        # Warm the file cache once so both sides start from the same state.
        _measure(bare_cmd, env)
        _measure(app_cmd, env)
        bare: list[tuple[float, float]] = []
        app: list[tuple[float, float]] = []
        for _ in range(max(5, args.runs)):
            bare.append(_measure(bare_cmd, env))
            app.append(_measure(app_cmd, env))
    bare_time = statistics.median(t for t, _m in bare)
    app_time = statistics.median(t for t, _m in app)
    bare_mem = statistics.median(m for _t, m in bare)
    app_mem = statistics.median(m for _t, m in app)
    ratio = app_time / bare_time
    print(f"runs each:            {len(bare)} (alternated)")
    print(f"bare PySide6 window:  median {bare_time * 1000:7.1f} ms, peak RSS {bare_mem:6.1f} MiB")
    print(f"app --smoke-test:     median {app_time * 1000:7.1f} ms, peak RSS {app_mem:6.1f} MiB")
    print(f"start-up ratio:       {ratio:.3f} (target <= {TARGET_RATIO}) "
          f"{'PASS' if ratio <= TARGET_RATIO else 'FAIL'}")
    print(f"memory ratio:         {app_mem / bare_mem:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
