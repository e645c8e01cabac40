"""What the checker tests assert about a message: of a shape (test_shape*.py), a genuine
twin that has no signs, a scam twin that is flagged (the *_twins.py files share them)."""

from __future__ import annotations

from assistant.core.checker import Report, Verdict, check
from assistant.core.checker.engine import default_engine

FLAGGED = (Verdict.DANGER, Verdict.SUSPICIOUS)


def assert_flagged_by_shape(shape_id: str, text: str) -> Report:
    """``text`` is flagged; the shape's finding points at words of the text, unless a rule
    of the shape's scenario told it at least as strongly (then the shape stays silent)."""
    report = check(text)
    assert report.verdict in FLAGGED, (text, report.findings)
    shape = next(s for s in default_engine().lexicon.shapes if s.id == shape_id)
    found = {f.rule: f for f in report.findings}
    if shape_id not in found:
        assert shape.scenario and shape.scenario in report.scenarios(), (text, list(found))
        return report
    spans = found[shape_id].spans
    assert spans and all(0 <= s < e <= len(text) and text[s:e].strip() for s, e in spans)
    return report


def assert_no_signs(text: str) -> Report:
    """``text`` (a genuine notice) gets "no known signs"."""
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, (
        text, [(f.rule, f.spans) for f in report.findings], report.fired)
    return report


def assert_flagged(text: str) -> Report:
    """``text`` (a scam) is called danger or "be careful"."""
    report = check(text)
    assert report.verdict in FLAGGED, (text, report.fired)
    return report
