"""The offline message checker: normalise, extract, match rules, score (no Qt).

Public API::

    from assistant.core.checker import check
    report = check(text)            # -> report.Report

The rules (``resources/content/rules.toml``) are compiled on the first call and cached,
so importing this package is cheap. See ``report.py`` for the result types.
"""

from __future__ import annotations

from assistant.core.checker.report import Finding, LinkInfo, PhoneInfo, Report, Verdict


def check(text: str) -> Report:
    """Check one message and return a :class:`Report` (never raises on odd input)."""
    from assistant.core.checker.engine import check as _check

    return _check(text)


__all__ = ["Finding", "LinkInfo", "PhoneInfo", "Report", "Verdict", "check"]
