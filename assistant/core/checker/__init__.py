"""The offline message checker: normalise, extract, match rules, score (no Qt).

Public API::

    from assistant.core.checker import check
    report = check(text)            # -> report.Report

(``check`` is provided by the engine module; see ``report.py`` for the result types.)
"""

from assistant.core.checker.report import Finding, LinkInfo, PhoneInfo, Report, Verdict

__all__ = ["Finding", "LinkInfo", "PhoneInfo", "Report", "Verdict"]
