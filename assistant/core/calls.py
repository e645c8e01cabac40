""""Someone is calling me right now": a few questions during a call that end in "hang up".

The questions and what follows them are data (``resources/content/calls.toml``); this
module loads and validates them and walks one call: the first "Yes" ends the questions
with :class:`HangUp`; when every question was answered "No" or "I don't know" the walk
ends with :class:`NoSign`, which is never a "safe". Nothing here is stored anywhere.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass
from pathlib import Path

from assistant.core import content as content_module
from assistant.core.content import Content, ContentError, load_toml, require, string_tuple

FILE = "calls.toml"
#: At most this many questions: a person on the phone has no time for more.
MAX_QUESTIONS = 6


class Answer(enum.Enum):
    """What the person answers to one question."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CallQuestion:
    """One plain sign of a fraud call, asked as a yes/no question."""

    id: str
    text: str
    why: str  # one line, shown under "Hang up now"
    already: str  # "I already did this" in the words of the sign; "" for the generic one
    harm: tuple[str, ...]  # the emergency plan's "what" answers to choose
    sources: tuple[str, ...]


@dataclass(frozen=True)
class CallGuide:
    """The questions, the steps after hanging up, and the advice when no sign was seen."""

    questions: tuple[CallQuestion, ...]
    hang_up_steps: tuple[str, ...]
    no_sign_title: str
    no_sign_steps: tuple[str, ...]
    no_sign_numbers: tuple[str, ...]  # registry number ids


@dataclass(frozen=True)
class HangUp:
    """The walk ended on a sign: hang up now."""

    question: CallQuestion


@dataclass(frozen=True)
class NoSign:
    """Every question was answered without a "Yes"."""

    unsure: bool  # at least one "I don't know"


Outcome = HangUp | NoSign


class CallWalk:
    """One call, one question at a time."""

    def __init__(self, guide: CallGuide) -> None:
        self.guide = guide
        self.answers: list[Answer] = []
        self.outcome: Outcome | None = None

    @property
    def index(self) -> int:
        """0-based index of the question being asked."""
        return len(self.answers)

    @property
    def question(self) -> CallQuestion | None:
        """The question to ask now, or ``None`` once the walk has ended."""
        if self.outcome is not None:
            return None
        return self.guide.questions[self.index]

    def answer(self, answer: Answer) -> Outcome | None:
        """Record ``answer`` to the current question; the outcome once the walk ends."""
        question = self.question
        if question is None:
            raise RuntimeError("the walk has ended")
        self.answers.append(answer)
        if answer is Answer.YES:
            self.outcome = HangUp(question)
        elif self.index == len(self.guide.questions):
            self.outcome = NoSign(unsure=Answer.UNKNOWN in self.answers)
        return self.outcome


def load(content: Content, directory: Path | None = None,
         plan_answers: frozenset[str] | None = None) -> CallGuide:
    """Read and validate ``calls.toml`` against the knowledge base.

    Args:
        content: the knowledge base, for sources and registry numbers.
        directory: the content folder (tests pass their own).
        plan_answers: the ids of the emergency plan's "what" answers; ``harm`` must name
            only these. ``None`` skips that check.
    """
    data = load_toml(FILE, directory)
    questions: list[CallQuestion] = []
    seen: set[str] = set()
    for index, item in enumerate(data.get("question", [])):
        where = f"{FILE} [[question]] #{index + 1}"
        question = CallQuestion(
            id=require(item, "id", where),
            text=require(item, "text", where),
            why=require(item, "why", where),
            already=item.get("already", ""),
            harm=string_tuple(item, "harm", where),
            sources=string_tuple(item, "source", where),
        )
        where = f"{FILE} question {question.id}"
        if question.id in seen:
            raise ContentError(f"{FILE}: duplicate id {question.id!r}")
        seen.add(question.id)
        if bool(question.already) != bool(question.harm):
            raise ContentError(f"{where}: 'already' and 'harm' go together")
        if plan_answers is not None:
            for answer in question.harm:
                if answer not in plan_answers:
                    raise ContentError(f"{where}: unknown plan answer {answer!r}")
        content.check_sources(where, question.sources)
        questions.append(question)
    if not 1 <= len(questions) <= MAX_QUESTIONS:
        raise ContentError(f"{FILE}: between 1 and {MAX_QUESTIONS} questions, not {len(questions)}")

    hang_up = require(data, "hang_up", FILE, dict)
    content.check_sources(f"{FILE} [hang_up]", string_tuple(hang_up, "source", FILE))
    no_sign = require(data, "no_sign", FILE, dict)
    content.check_sources(f"{FILE} [no_sign]", string_tuple(no_sign, "source", FILE))
    numbers = string_tuple(no_sign, "numbers", f"{FILE} [no_sign]")
    for number_id in numbers:
        if number_id not in content.numbers:
            raise ContentError(f"{FILE} [no_sign]: unknown registry number {number_id!r}")
    guide = CallGuide(
        questions=tuple(questions),
        hang_up_steps=string_tuple(hang_up, "steps", f"{FILE} [hang_up]"),
        no_sign_title=require(no_sign, "title", f"{FILE} [no_sign]"),
        no_sign_steps=string_tuple(no_sign, "steps", f"{FILE} [no_sign]"),
        no_sign_numbers=numbers,
    )
    if not guide.hang_up_steps or not guide.no_sign_steps:
        raise ContentError(f"{FILE}: [hang_up] and [no_sign] need steps")
    return guide


@functools.cache
def default() -> CallGuide:
    """The bundled call guide, checked against the bundled plan's answers."""
    from assistant.core import checklist

    what = checklist.default().what
    return load(content_module.default(),
                plan_answers=frozenset(option.id for option in what.options))
