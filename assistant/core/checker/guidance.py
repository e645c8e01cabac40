"""'What to do now' for a report: the one place that decides it, for the page and the CLI.

The check page and ``python -m assistant check`` (human and ``--json``) both show
:func:`guidance`, so the window and the command line never give different advice for
the same message. Everything comes from the content: each scenario's ``advice``,
``numbers``, ``emergency`` and ``covers`` (scenarios.toml), the rules that always apply
(rules.toml ``[[settings.always]]``) and the numbers shown with every danger verdict
(registry.toml ``danger_numbers``).
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.core.checker.report import Report, Verdict
from assistant.core.content import Content, OfficialNumber
from assistant.core.i18n import _

#: At most this many steps: a short list is read to the end.
MAX_STEPS = 6


@dataclass(frozen=True)
class Guidance:
    """What to do after a check."""

    steps: tuple[str, ...]  # translated into the current language, most important first
    numbers: tuple[OfficialNumber, ...]  # registry numbers that help
    emergency_scenarios: tuple[str, ...]  # scenarios for which the emergency plan applies


def advice_steps(report: Report, content: Content) -> tuple[str, ...]:
    """Translated advice of the scenarios found (most important first), then the rules
    that always apply, unless a scenario found already says them (its ``covers``);
    without repeats, at most :data:`MAX_STEPS`."""
    always = dict(zip(report.always_ids, report.always, strict=False))
    msgids: list[str] = []
    covered: set[str] = set()
    for scenario_id in report.scenarios():
        scenario = content.scenarios.get(scenario_id)
        if scenario:
            msgids.extend(scenario.advice)
            covered.update(always[advice_id] for advice_id in scenario.covers
                           if advice_id in always)
    msgids.extend(msgid for msgid in report.always if msgid not in covered)
    steps: list[str] = []
    for msgid in msgids:
        text = _(msgid)
        if text not in steps:
            steps.append(text)
    return tuple(steps[:MAX_STEPS])


def official_numbers(report: Report, content: Content) -> tuple[OfficialNumber, ...]:
    """Registry numbers that help with the scenarios found, and those for any danger."""
    ids: list[str] = []
    for scenario_id in report.scenarios():
        scenario = content.scenarios.get(scenario_id)
        ids.extend(scenario.numbers if scenario else ())
    if report.verdict is Verdict.DANGER:
        ids.extend(content.danger_numbers)
    seen = dict.fromkeys(i for i in ids if i in content.numbers)
    return tuple(content.numbers[i] for i in seen)


def emergency_scenarios(report: Report, content: Content) -> tuple[str, ...]:
    """Scenario ids of the report for which the emergency checklist applies."""
    return tuple(s for s in report.scenarios()
                 if s in content.scenarios and content.scenarios[s].emergency)


def guidance(report: Report, content: Content) -> Guidance:
    """What to do after ``report``, in the current language."""
    return Guidance(steps=advice_steps(report, content),
                    numbers=official_numbers(report, content),
                    emergency_scenarios=emergency_scenarios(report, content))


def source_titles(content: Content, source_ids: tuple[str, ...]) -> str:
    """The translated titles of the sources, joined."""
    return "; ".join(_(content.sources[s].title) for s in source_ids if s in content.sources)


__all__ = ["MAX_STEPS", "Guidance", "guidance", "source_titles"]
