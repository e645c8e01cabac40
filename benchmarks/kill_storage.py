"""Crash safety: SIGKILL a writer at random moments, then check nothing committed is lost.

A child process opens the user database and, through the real quiz and checklist cores,
commits numbered writes in a loop (a quiz answer, a checklist note and a contact-log
line), printing each number only after its commits returned. The parent kills it
(SIGKILL) at a random moment, reopens the database, runs ``PRAGMA integrity_check``
and checks that every printed number is there. Repeated ``--kills`` times (100 by default).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from assistant.core import checklist, quiz
    from assistant.core.storage import Storage
    store = Storage.open(Path(sys.argv[1]))
    progress = quiz.Progress(store)
    plans = checklist.IncidentStore(store, checklist.default())
    incidents = plans.incidents()
    incident = incidents[0] if incidents else plans.create(
        checklist.Triage.of(["not-sure"]))
    step_ids = [record.step_id for record in incident.steps]
    n = int(sys.argv[2])
    print("ready", flush=True)
    while True:
        # Each line is printed only after its write committed.
        progress.record_answer(f"crash-q{n}", n % 2 == 0)
        plans.set_note(incident.id, step_ids[n % len(step_ids)], f"note {n}")
        plans.add_contact(incident.id, f"crash-c{n}")
        print(n, flush=True)
        n += 1
    """
)


def one_kill(db: Path, start: int, rng: random.Random) -> tuple[int, int, str]:
    """Run the writer from ``start``, kill it; return (first unused number, acked, check)."""
    import sqlite3

    child = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(start)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    # Wait for the writer to be past start-up (its speed varies with the machine's load),
    # then kill it at a random moment among the writes.
    first = child.stdout.readline()
    time.sleep(rng.uniform(0.0, 0.45))
    os.kill(child.pid, signal.SIGKILL)
    out, _err = child.communicate()
    if first.strip() != "ready":
        out = first + out
    acked = [int(line) for line in out.split() if line.strip().isdigit()]
    conn = sqlite3.connect(db)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        answers = {int(row[0][len("crash-q"):]) for row in conn.execute(
            "SELECT question_id FROM quiz_progress WHERE question_id LIKE 'crash-q%'")}
        contacts = {int(row[0][len("crash-c"):]) for row in conn.execute(
            "SELECT who FROM checklist_contacts WHERE who LIKE 'crash-c%'")}
    finally:
        conn.close()
    present = answers & contacts
    lost = [n for n in acked if n not in present]
    if lost:
        verdict = f"lost {len(lost)} committed writes, e.g. {lost[:5]}"
    next_start = max([start - 1, *acked, *answers, *contacts]) + 1
    return next_start, len(acked), verdict


def main(argv: list[str] | None = None) -> int:
    """Run the kills and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261126)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    problems: list[str] = []
    acked_total = 0
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "assistant.db"
        start = 0
        began = time.perf_counter()
        for _ in range(args.kills):
            start, acked, verdict = one_kill(db, start, rng)
            acked_total += acked
            if verdict != "ok":
                problems.append(verdict)
        elapsed = time.perf_counter() - began
    print(f"kills:                 {args.kills} in {elapsed:.1f} s")
    print(f"committed writes seen: {acked_total}")
    print(f"problems:              {len(problems)} (target 0) {'PASS' if not problems else 'FAIL'}")
    for problem in problems[:10]:
        print("  ", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
