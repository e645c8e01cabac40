"""Killing the app right after a write loses nothing that was ticked before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from assistant.core import paths
from assistant.core.checklist import IncidentStore, StepState, default
from assistant.core.storage import Storage

CHILD = textwrap.dedent(
    """
    import itertools, sys
    from assistant.core import paths
    from assistant.core.checklist import IncidentStore, StepState, Triage, default
    from assistant.core.storage import Storage

    store = IncidentStore(Storage.open(paths.database_path()), default())
    incident = store.create(Triage.of(["not-sure"], "just-now"))
    print("incident", incident.id, flush=True)
    for round_ in itertools.count():
        for record in incident.steps:
            sys.stdin.readline()  # the test says when to write, so it knows what was saved
            state = StepState.DONE if round_ % 2 == 0 else StepState.LATER
            store.set_state(incident.id, record.step_id, state)
            store.set_note(incident.id, record.step_id, f"round {round_}")
            print("saved", round_, record.step_id, flush=True)
    """
)


def test_sigkill_after_writes_keeps_every_saved_step(isolated_data_dir: Path) -> None:
    env = dict(os.environ, **{paths.DATA_DIR_ENV: str(isolated_data_dir)})
    child = subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env,
                             cwd=Path(__file__).resolve().parents[3])
    assert child.stdout is not None and child.stdin is not None
    incident_id = int(child.stdout.readline().split()[1])
    reported: dict[str, int] = {}
    try:
        # Kill in the middle of the second round: some steps saved twice, some once.
        while list(reported.values()).count(1) < 3:
            child.stdin.write("go\n")
            child.stdin.flush()
            line = child.stdout.readline()
            assert line, "the child stopped before it was killed"
            _word, round_, step_id = line.split()
            reported[step_id] = int(round_)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
        child.stdin.close()
    assert child.returncode == -signal.SIGKILL
    assert len(reported) == len(default().steps)

    storage = Storage.open(paths.database_path())
    try:
        assert not storage.notices, storage.notices  # the file is not damaged
        incident = IncidentStore(storage, default()).load(incident_id)
        for step_id, round_ in reported.items():
            record = incident.step(step_id)
            assert record.changed is not None, step_id
            assert record.note == f"round {round_}", step_id
            expected = StepState.DONE if round_ == 0 else StepState.LATER
            assert record.state is expected, step_id
    finally:
        storage.close()
