"""The emergency plan's knowledge: triage questions, steps, and plan building.

Read from ``resources/content/checklist.toml`` and validated against the knowledge base
(sources, scenarios, registry numbers), so a typo in the data is a load error, never a
wrong number on screen. :meth:`Checklist.plan` turns triage answers into an ordered
list of steps: by phase (stop the damage, protect accounts, keep the evidence, report,
follow up), then most urgent first within a phase, each step once.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core import content as content_module
from assistant.core.content import Content, ContentError, load_toml, require, string_tuple

FILE = "checklist.toml"
#: The answer that may always be given, to both questions; for "what" it adds every step.
NOT_SURE = "not-sure"
WHAT = "what"
WHEN = "when"


@dataclass(frozen=True)
class Option:
    """One answer of a triage question."""

    id: str
    label: str
    description: str = ""
    scenarios: tuple[str, ...] = ()  # checker scenarios that pre-select this answer
    statement: str = ""  # the answer in the first person, for the letters


@dataclass(frozen=True)
class Question:
    """A triage question: several answers allowed (``multiple``) or exactly one."""

    id: str
    prompt: str
    multiple: bool
    options: tuple[Option, ...]
    description: str = ""

    def option(self, option_id: str) -> Option:
        """The option with ``option_id``; raises ``KeyError`` if unknown."""
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)


@dataclass(frozen=True)
class Method:
    """One way of doing a step (for example on egov.kz, or in eGov Mobile)."""

    label: str
    how: tuple[str, ...]


@dataclass(frozen=True)
class Contact:
    """A generic instruction for whom to call when no sourced number fits."""

    id: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Phase:
    """A part of the plan, in order of urgency, with the reason for its place."""

    id: str
    title: str
    why: str  # one sentence


@dataclass(frozen=True)
class Step:
    """One action of the plan: what (one sentence), why, how, whom to call."""

    id: str
    order: int
    triggers: frozenset[str]
    title: str
    why: str
    how: tuple[str, ...] = ()
    methods: tuple[Method, ...] = ()
    details: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()  # registry.toml number ids
    contacts: tuple[str, ...] = ()  # generic contact ids
    sources: tuple[str, ...] = ()
    order_when: dict[str, int] = field(default_factory=dict)
    phase: str = ""
    phase_when: dict[str, str] = field(default_factory=dict)
    #: Hard for many people (removing an app, eGov): the plan suggests asking for help.
    hard: bool = False

    def order_for(self, when: str) -> int:
        """The step's place within its phase for the answer ``when``."""
        return self.order_when.get(when, self.order)

    def phase_for(self, when: str) -> str:
        """The id of the phase the step belongs to for the answer ``when``."""
        return self.phase_when.get(when, self.phase)


@dataclass(frozen=True)
class Triage:
    """The user's answers: what was given or done (several), and when."""

    what: frozenset[str]
    when: str = NOT_SURE

    @classmethod
    def of(cls, what: list[str] | tuple[str, ...] | frozenset[str] | set[str],
           when: str = NOT_SURE) -> Triage:
        """Build from any collection of answer ids."""
        return cls(frozenset(what), when or NOT_SURE)


@dataclass(frozen=True)
class TriageDescription:
    """Triage answers as the options they name: what to show for them."""

    what: tuple[Option, ...]  # the chosen "what" answers this checklist knows, in its order
    when: Option  # the "when" answer; "not sure" for one this checklist does not know


@dataclass(frozen=True)
class Checklist:
    """The validated plan data."""

    what: Question
    when: Question
    steps: dict[str, Step]
    contacts: dict[str, Contact]
    phases: tuple[Phase, ...] = ()

    def phase(self, phase_id: str) -> Phase:
        """The phase with ``phase_id``; raises ``KeyError`` if unknown."""
        for phase in self.phases:
            if phase.id == phase_id:
                return phase
        raise KeyError(phase_id)

    def urgency(self, step: Step, when: str) -> tuple[int, int]:
        """The sort key of ``step`` for the answer ``when``: its phase, then its order."""
        index = {phase.id: number for number, phase in enumerate(self.phases)}
        return index.get(step.phase_for(when), len(index)), step.order_for(when)

    def plan(self, triage: Triage) -> list[Step]:
        """The steps for ``triage``, most urgent first, each once.

        Unknown answers are ignored; no answer, or "not sure", gives every step, which
        is the safe default for someone who does not know what happened.
        """
        description = self.describe(triage)
        answers = {option.id for option in description.what}
        when = description.when.id
        every = not answers or NOT_SURE in answers
        chosen = [step for step in self.steps.values() if every or step.triggers & answers]
        position = {step_id: index for index, step_id in enumerate(self.steps)}
        return sorted(chosen, key=lambda step: (*self.urgency(step, when), position[step.id]))

    def describe(self, triage: Triage) -> TriageDescription:
        """The options ``triage`` chose, for the plan, its header and its report."""
        when_ids = {option.id for option in self.when.options}
        return TriageDescription(
            what=tuple(option for option in self.what.options if option.id in triage.what),
            when=self.when.option(triage.when if triage.when in when_ids else NOT_SURE))

    def answers_for_scenarios(self, scenario_ids: list[str] | tuple[str, ...]) -> set[str]:
        """The "what" answers that checker scenarios point to (to pre-select them)."""
        wanted = set(scenario_ids)
        return {option.id for option in self.what.options if wanted & set(option.scenarios)}


def _options(item: dict[str, Any], where: str, content: Content) -> tuple[Option, ...]:
    options: list[Option] = []
    for index, raw in enumerate(item.get("option", [])):
        spot = f"{where} option #{index + 1}"
        option = Option(
            id=require(raw, "id", spot),
            label=require(raw, "label", spot),
            description=raw.get("description", ""),
            scenarios=string_tuple(raw, "scenarios", spot),
            statement=raw.get("statement", ""),
        )
        for scenario_id in option.scenarios:
            content.check_scenario(f"{spot} {option.id}", scenario_id)
        if option.id in {o.id for o in options}:
            raise ContentError(f"{where}: duplicate option {option.id!r}")
        options.append(option)
    if NOT_SURE not in {o.id for o in options}:
        raise ContentError(f"{where}: the answer {NOT_SURE!r} must always be offered")
    return tuple(options)


def _questions(data: dict[str, Any], content: Content) -> dict[str, Question]:
    questions: dict[str, Question] = {}
    for index, item in enumerate(data.get("question", [])):
        where = f"{FILE} question #{index + 1}"
        qid = require(item, "id", where)
        questions[qid] = Question(
            id=qid,
            prompt=require(item, "prompt", where),
            multiple=require(item, "multiple", where, bool),
            description=item.get("description", ""),
            options=_options(item, f"{FILE} question {qid}", content),
        )
    for needed in (WHAT, WHEN):
        if needed not in questions:
            raise ContentError(f"{FILE}: question {needed!r} missing")
    return questions


def _step(item: dict[str, Any], where: str, known: set[str], contacts: dict[str, Contact],
          content: Content, phases: set[str]) -> Step:
    order_when = item.get("order_when", {})
    if not isinstance(order_when, dict) or not all(
            isinstance(v, int) for v in order_when.values()):
        raise ContentError(f"{where}: 'order_when' must map answers to numbers")
    phase_when = item.get("phase_when", {})
    if not isinstance(phase_when, dict) or not all(v in phases for v in phase_when.values()):
        raise ContentError(f"{where}: 'phase_when' must map answers to known phases")
    phase = require(item, "phase", where)
    if phase not in phases:
        raise ContentError(f"{where}: unknown phase {phase!r}")
    methods = tuple(
        Method(label=require(m, "label", f"{where} method"),
               how=string_tuple(m, "how", f"{where} method"))
        for m in item.get("method", [])
    )
    step = Step(
        id=require(item, "id", where),
        order=require(item, "order", where, int),
        order_when=dict(order_when),
        phase=phase,
        phase_when=dict(phase_when),
        triggers=frozenset(string_tuple(item, "triggers", where)),
        title=require(item, "title", where),
        why=require(item, "why", where),
        how=string_tuple(item, "how", where),
        methods=methods,
        details=string_tuple(item, "details", where),
        numbers=string_tuple(item, "numbers", where),
        contacts=string_tuple(item, "contacts", where),
        sources=string_tuple(item, "source", where),
        hard=item.get("hard", False),
    )
    if not isinstance(step.hard, bool):
        raise ContentError(f"{where}: 'hard' must be true or false")
    content.check_sources(where, step.sources)
    if not step.how and not step.methods:
        raise ContentError(f"{where}: no 'how' and no 'method'")
    for answer in step.triggers | set(step.order_when) | set(step.phase_when):
        if answer not in known:
            raise ContentError(f"{where}: unknown answer {answer!r}")
    for number_id in step.numbers:
        if number_id not in content.numbers:
            raise ContentError(f"{where}: unknown registry number {number_id!r}")
    for contact_id in step.contacts:
        if contact_id not in contacts:
            raise ContentError(f"{where}: unknown contact {contact_id!r}")
    return step


def load(content: Content | None = None, directory: Path | None = None) -> Checklist:
    """Read and validate ``checklist.toml`` against ``content`` (the default one if None)."""
    content = content or content_module.default()
    data = load_toml(FILE, directory)
    questions = _questions(data, content)
    contacts: dict[str, Contact] = {}
    for index, item in enumerate(data.get("contact", [])):
        where = f"{FILE} contact #{index + 1}"
        contact = Contact(id=require(item, "id", where), text=require(item, "text", where),
                          sources=string_tuple(item, "source", where))
        content.check_sources(where, contact.sources)
        contacts[contact.id] = contact
    phases: list[Phase] = []
    for index, item in enumerate(data.get("phase", [])):
        where = f"{FILE} phase #{index + 1}"
        phase = Phase(id=require(item, "id", where), title=require(item, "title", where),
                      why=require(item, "why", where))
        if phase.id in {p.id for p in phases}:
            raise ContentError(f"{FILE}: duplicate phase {phase.id!r}")
        phases.append(phase)
    if not phases:
        raise ContentError(f"{FILE}: no phases")
    known = {o.id for o in questions[WHAT].options} | {o.id for o in questions[WHEN].options}
    steps: dict[str, Step] = {}
    for index, item in enumerate(data.get("step", [])):
        step = _step(item, f"{FILE} step #{index + 1}", known, contacts, content,
                     {p.id for p in phases})
        if step.id in steps:
            raise ContentError(f"{FILE}: duplicate step {step.id!r}")
        steps[step.id] = step
    if not steps:
        raise ContentError(f"{FILE}: no steps")
    return Checklist(what=questions[WHAT], when=questions[WHEN], steps=steps,
                     contacts=contacts, phases=tuple(phases))


@functools.cache
def default() -> Checklist:
    """The bundled checklist, loaded once."""
    return load()
