"""'What to do now' for a report: the one place that decides it, for the page and the CLI.

The check page and ``python -m assistant check`` (human and ``--json``) both show
:func:`guidance`, so the window and the command line never give different advice for
the same message. Everything comes from the content: each scenario's ``advice``,
``numbers``, ``emergency`` and ``covers`` (scenarios.toml), the rules that always apply
(rules.toml ``[[settings.always]]``) and the numbers shown with every danger verdict
(registry.toml ``danger_numbers``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core import i18n
from assistant.core.checker.report import Finding, LinkInfo, PhoneInfo, Report, Verdict
from assistant.core.content import Content, OfficialNumber
from assistant.core.i18n import N_, _

#: At most this many steps: a short list is read to the end.
MAX_STEPS = 6


#: The summary under the verdict when no sign was found.
NO_SIGNS_SUMMARY = N_("We found none of the tricks we know. Fraudsters invent new ones, "
                      "so stay careful.")
#: The summary of ``cannot_tell``: a bare number, or a bare link.
CANNOT_TELL_NUMBER = N_("The app cannot know who owns this number. Call back only on a "
                        "number you find yourself: on your card, in the official app, on "
                        "the official site.")
CANNOT_TELL_LINK = N_("The app cannot know who owns this site. Open only a site you find "
                      "yourself: type its address, or use the official app.")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


@dataclass(frozen=True)
class Guidance:
    """What to do after a check."""

    steps: tuple[str, ...]  # translated into the current language, most important first
    numbers: tuple[OfficialNumber, ...]  # registry numbers that help
    emergency_scenarios: tuple[str, ...]  # scenarios for which the emergency plan applies
    summary: str = ""  # one sentence under the verdict, translated
    looks_genuine: tuple[str, ...] = ()  # why it looks genuine, translated


def split_explanation(finding: Finding) -> tuple[str, str]:
    """The translated explanation of a finding as (its first sentence, the rest)."""
    parts = _SENTENCE.split(_(finding.explanation).strip(), maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def summary(report: Report) -> str:
    """One translated sentence under the verdict: the strongest sign, or what the verdict
    means."""
    if report.findings:
        return split_explanation(max(report.findings, key=lambda f: f.weight))[0]
    if report.verdict is Verdict.CANNOT_TELL:
        return _(CANNOT_TELL_NUMBER if report.phones else CANNOT_TELL_LINK)
    return _(NO_SIGNS_SUMMARY)


def link_words(link: LinkInfo, content: Content) -> str:
    """The link in plain words, translated: "kaspi-bank-kz.com: this is NOT kaspi.kz"."""
    site = link.host.removeprefix("www.") or link.text
    domain = content.domains.get(link.official or "")
    if domain:
        return _("{site}: the official site of {name}").format(site=site, name=_(domain.name))
    if link.lookalike_of:
        return _("{site}: this is NOT {official}").format(site=site,
                                                         official=link.lookalike_of)
    return _("{site}: not on the list of official sites").format(site=site)


def phone_words(phone: PhoneInfo, content: Content) -> str:
    """The number in plain words, translated: "1414: the official number of ..."."""
    number = content.numbers.get(phone.official or "")
    if number:
        return _("{number}: the official number of {name}").format(
            number=phone.text.strip(), name=_(number.name))
    return _("{number}: the app cannot know who owns this number").format(
        number=phone.text.strip())


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
            # A checked message is a text: advice about a call does not fit it.
            msgids.extend(scenario.message_advice or scenario.advice)
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


#: Guidance by everything it is made of (see :func:`guidance`); most messages of a batch
#: share a few answers ("no sign found" above all), so they are worked out once.
_MEMO: dict[tuple[object, ...], tuple[Content, Guidance]] = {}
_MEMO_SIZE = 512


def guidance(report: Report, content: Content) -> Guidance:
    """What to do after ``report``, in the current language."""
    strongest = max(report.findings, key=lambda f: f.weight).explanation \
        if report.findings else None
    key = (i18n.current_language(), id(content), report.verdict, tuple(report.scenarios()),
           strongest, bool(report.phones), report.always_ids, report.always, report.genuine)
    known = _MEMO.get(key)
    if known is not None and known[0] is content:  # (not another one at the same id)
        return known[1]
    answer = Guidance(steps=advice_steps(report, content),
                      numbers=official_numbers(report, content),
                      emergency_scenarios=emergency_scenarios(report, content),
                      summary=summary(report),
                      looks_genuine=tuple(_(reason) for reason in report.genuine))
    if len(_MEMO) >= _MEMO_SIZE:
        _MEMO.clear()
    _MEMO[key] = (content, answer)
    return answer


def section_sources(report: Report, content: Content) -> dict[str, list[str]]:
    """The translated source titles behind each section of the answer: "why" (the
    schemes of the signs), "advice" (the schemes and the numbers shown) and "found" (the
    official numbers and sites recognised)."""
    def titles(ids: list[str]) -> list[str]:
        seen = dict.fromkeys(i for i in ids if i in content.sources)
        return [_(content.sources[i].title) for i in seen]

    schemes = [s for scenario_id in report.scenarios()
               for s in (content.scenarios[scenario_id].sources
                         if scenario_id in content.scenarios else ())]
    numbers = [s for n in official_numbers(report, content) for s in n.sources]
    found = [s for link in report.links if link.official in content.domains
             for s in content.domains[link.official or ""].sources]
    found += [s for phone in report.phones if phone.official in content.numbers
              for s in content.numbers[phone.official or ""].sources]
    return {"why": titles(schemes), "advice": titles(schemes + numbers),
            "found": titles(found)}


def source_titles(content: Content, source_ids: tuple[str, ...]) -> str:
    """The translated titles of the sources, joined."""
    return "; ".join(_(content.sources[s].title) for s in source_ids if s in content.sources)


__all__ = ["MAX_STEPS", "Guidance", "guidance", "link_words", "phone_words",
           "section_sources", "source_titles",
           "split_explanation", "summary"]
