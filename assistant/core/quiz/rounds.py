"""Rounds: questions drawn at random, weighted toward past mistakes, answered and scored."""

from __future__ import annotations

import datetime as _dt
import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from assistant.core.quiz.progress import Progress, Stat
from assistant.core.quiz.questions import ROUND_SIZE, Question

UNSEEN_WEIGHT = 2.0
#: A question not seen for this many days or more weighs three times as much.
FORGETTING_DAYS = 30


def _days_since(last_seen: str, now: _dt.datetime | None) -> int:
    if now is None or not last_seen:
        return 0
    try:
        then = _dt.datetime.fromisoformat(last_seen)
    except ValueError:
        return 0
    return max((now - then).days, 0)


def weight(stat: Stat | None, now: _dt.datetime | None = None) -> float:
    """How strongly a question is favoured.

    New questions weigh 2; answers that were wrong raise the weight (doubled while the
    last answer is wrong), right ones lower it, and time since the question was last seen
    raises it again, up to three times after :data:`FORGETTING_DAYS` days.
    """
    if stat is None or stat.seen == 0:
        return UNSEEN_WEIGHT
    base = 1.0 + 4.0 * stat.wrong / stat.seen
    if not stat.last_correct:
        base *= 2.0
    days = min(_days_since(stat.last_seen, now), FORGETTING_DAYS)
    return base * (1.0 + 2.0 * days / FORGETTING_DAYS)


def draw(questions: Iterable[Question], stats: dict[str, Stat], count: int,
         rng: random.Random, now: _dt.datetime | None = None) -> list[Question]:
    """``count`` different questions, weighted by :func:`weight` (Efraimidis-Spirakis)."""
    keyed = [(math.log(1.0 - rng.random()) / weight(stats.get(q.id), now), q.id, q)
             for q in questions]
    keyed.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
    return [q for _key, _id, q in keyed[:count]]


@dataclass
class Outcome:
    """The result of one answer, in display positions."""

    correct: bool
    chosen: int
    right: int


@dataclass
class Round:
    """One round of questions: answer each in turn, then read the score."""

    mode: str  # "mixed", "topic" or "mistakes"
    topic: str
    questions: list[Question]
    progress: Progress
    rng: random.Random
    index: int = 0
    orders: list[list[int]] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    saved: bool = False

    def __post_init__(self) -> None:
        if not self.questions:
            raise ValueError("a round needs at least one question")
        for question in self.questions:
            order = list(range(len(question.answers)))
            self.rng.shuffle(order)
            self.orders.append(order)

    @property
    def total(self) -> int:
        """How many questions the round has."""
        return len(self.questions)

    @property
    def score(self) -> int:
        """Right answers so far."""
        return sum(outcome.correct for outcome in self.outcomes)

    @property
    def finished(self) -> bool:
        """True after the last question is answered."""
        return len(self.outcomes) == self.total

    def current(self) -> Question:
        """The question on screen."""
        return self.questions[self.index]

    def answered(self) -> Outcome | None:
        """The outcome of the current question, if it is answered."""
        return self.outcomes[self.index] if self.index < len(self.outcomes) else None

    def shown_answers(self) -> list[str]:
        """The current question's answers, translated, in display order."""
        question = self.current()
        return [question.answer_text(i) for i in self.orders[self.index]]

    def answer(self, position: int) -> Outcome:
        """Answer the current question with the answer at display ``position``."""
        if self.answered() is not None:
            raise RuntimeError("this question is already answered")
        order = self.orders[self.index]
        if not 0 <= position < len(order):
            raise IndexError(position)
        question = self.current()
        outcome = Outcome(order[position] == question.right, position,
                          order.index(question.right))
        self.outcomes.append(outcome)
        self.progress.record_answer(question.id, outcome.correct)
        if self.finished and not self.saved:
            self.progress.record_round(self.mode, self.topic, self.score, self.total)
            self.saved = True
        return outcome

    def next(self) -> bool:
        """Go to the next question; False when the round is over."""
        if self.answered() is None:
            raise RuntimeError("answer the question first")
        if self.index + 1 >= self.total:
            return False
        self.index += 1
        return True

    def topics_to_practise(self) -> list[str]:
        """Scenario ids of the questions answered wrong in this round, in order."""
        topics: list[str] = []
        for question, outcome in zip(self.questions, self.outcomes, strict=False):
            if not outcome.correct and question.scenario not in topics:
                topics.append(question.scenario)
        return topics


class Quiz:
    """Starts rounds over a set of questions and one user's progress."""

    def __init__(self, questions: dict[str, Question], progress: Progress,
                 rng: random.Random | None = None) -> None:
        self.questions = questions
        self.progress = progress
        self.rng = rng or random.Random()

    def topics(self) -> list[str]:
        """Scenario ids that have questions, in content order."""
        return list(dict.fromkeys(q.scenario for q in self.questions.values()))

    def mixed_round(self, size: int = ROUND_SIZE) -> Round:
        """``size`` questions from every topic, favouring past mistakes."""
        chosen = draw(self.questions.values(), self.progress.stats(), size, self.rng,
                      _dt.datetime.now())
        return Round("mixed", "", chosen, self.progress, self.rng)

    def topic_round(self, scenario: str) -> Round:
        """All questions of one topic, in random order."""
        chosen = [q for q in self.questions.values() if q.scenario == scenario]
        if not chosen:
            raise KeyError(scenario)
        self.rng.shuffle(chosen)
        return Round("topic", scenario, chosen, self.progress, self.rng)

    def mistake_ids(self) -> list[str]:
        """Known questions whose last answer was wrong."""
        return sorted(self.progress.mistakes() & self.questions.keys())

    def mistakes_round(self, size: int = ROUND_SIZE) -> Round | None:
        """Up to ``size`` questions last answered wrong; None when there are none."""
        ids = self.mistake_ids()
        if not ids:
            return None
        pool: Sequence[Question] = [self.questions[qid] for qid in ids]
        chosen = draw(pool, self.progress.stats(), size, self.rng, _dt.datetime.now())
        return Round("mistakes", "", chosen, self.progress, self.rng)
