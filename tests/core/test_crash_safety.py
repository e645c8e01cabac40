"""A SIGKILL in the middle of writes never loses a committed write nor damages the file."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def test_ten_kills_lose_nothing_committed(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "kill_storage", Path(__file__).resolve().parents[2] / "benchmarks" / "kill_storage.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rng = random.Random(7)
    db = tmp_path / "assistant.db"
    start = 0
    acked_total = 0
    for _ in range(10):
        start, acked, verdict = module.one_kill(db, start, rng)
        acked_total += acked
        assert verdict == "ok"
    assert acked_total > 0, "the writer never committed anything before being killed"
