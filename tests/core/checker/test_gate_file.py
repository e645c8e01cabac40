"""gates.json: the gates of the bundled rules, read from their patterns ahead of time.

The checker takes a pattern's gate from the file instead of parsing the pattern (most of
the first check's cost before). A stale file is slower, never wrong (a pattern it lacks
is parsed), but it must be rebuilt: ``make gates``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from assistant.core.checker import engine as engine_module
from assistant.core.checker import gates

REPO = Path(__file__).resolve().parents[3]


def _same(gate: gates.Gate) -> object:
    """A gate without the order of the strings in a set (the file keeps them sorted)."""
    return gate and tuple(tuple(frozenset(part) for part in clause) for clause in gate)


def test_the_gate_file_is_up_to_date() -> None:
    result = subprocess.run([sys.executable, "tools/build_gates.py", "--check"],
                            cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_engine_reads_every_gate_from_the_file(monkeypatch) -> None:
    known = gates.KnownGates()
    monkeypatch.setattr(gates, "KNOWN", known)
    engine = engine_module.build_engine()
    assert not known.missed
    engine.translit_scans()  # the copies for a text typed in Latin letters, too
    assert not known.missed
    # and the gates it read are those the patterns give
    parts = [part for group in (*engine.scans.values(), engine.translit_scans())
             for part in group.scans]
    assert len(parts) > 100
    for rule, _starts, regex, gate in parts:
        assert _same(gate) == _same(gates.read_gate(regex.compiled().pattern)), rule.id


def test_a_pattern_the_file_lacks_is_parsed(monkeypatch) -> None:
    known = gates.KnownGates()
    monkeypatch.setattr(gates, "KNOWN", known)
    pattern = r"(?:пришлите|send) (?:the )?(?:code|код) \d{4}"
    deferred, gate = gates.compile_gated(pattern)
    assert list(known.missed) == [pattern]
    assert gate == gates.read_gate(pattern)
    assert gate is not None and any("код" in part for clause in gate for part in clause)
    assert deferred.compiled().search("send the code 1234")


def test_without_the_file_every_pattern_is_parsed(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(gates, "KNOWN", gates.KnownGates())
    monkeypatch.setattr("assistant.core.paths.content_dir", lambda: tmp_path)
    found, gate = gates.KNOWN.get("code")
    assert (found, gate) == (False, None)
