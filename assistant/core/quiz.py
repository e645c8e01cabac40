"""The training quiz: questions from ``quiz.toml``, rounds, scoring and saved progress.

Questions are data (``resources/content/quiz.toml``), validated against the scenarios and
the official registry at load. A :class:`Round` draws questions at random, weighted
toward the ones the user got wrong before, shuffles the answers, scores them and saves
every answer at once through :class:`Progress` in the user database. No Qt here.
"""

from __future__ import annotations

import datetime as _dt
import functools
import math
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core import content as content_module
from assistant.core.content import ContentError, load_toml, require, string_tuple
from assistant.core.i18n import N_, _
from assistant.core.storage import Storage, register_migrations

register_migrations(
    "quiz",
    [
        """
        CREATE TABLE quiz_progress (
            question_id  TEXT PRIMARY KEY,
            seen         INTEGER NOT NULL DEFAULT 0,
            right        INTEGER NOT NULL DEFAULT 0,
            last_seen    TEXT NOT NULL,
            last_correct INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE quiz_rounds (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            finished_at TEXT NOT NULL,
            mode        TEXT NOT NULL,
            topic       TEXT NOT NULL DEFAULT '',
            score       INTEGER NOT NULL,
            total       INTEGER NOT NULL
        );
        """,
    ],
)

ROUND_SIZE = 10

#: Question kinds, with the prompt shown above the card.
KINDS: dict[str, str] = {
    "scam-or-not": N_("Is this a fraud?"),
    "what-to-do": N_("What do you do?"),
    "real-address": N_("Which address is the real one?"),
}
#: Where the message on the card comes from.
CHANNELS: dict[str, str] = {
    "sms": N_("SMS"),
    "whatsapp": N_("WhatsApp message"),
    "messenger": N_("Message in a social network"),
    "call": N_("Phone call"),
    "browser": N_("Web page"),
    "screen": N_("On the phone's screen"),
    "egov": N_("Notification in the eGov app"),
    "situation": N_("Situation"),
}
#: The two answers of every "Is this a fraud?" question: index 0 is "fraud".
SCAM_ANSWERS = (N_("Fraud"), N_("Genuine, not a fraud"))

_DOMAIN = re.compile(r"(?<![\w.@-])((?:[\w-]+\.)+[a-z]{2,})(?![\w-])", re.IGNORECASE)
_DIGITS = re.compile(r"\+?\d[\d ()-]{1,}\d|\b\d{3,4}\b")


@dataclass(frozen=True)
class Card:
    """The message a question shows: channel, sender and text (msgids; ``number`` is literal)."""

    channel: str
    text: str
    sender: str = ""  # a name to translate: "Mum", "Your bank"
    number: str = ""  # a literal sender: "1414", "+7 7XX XXX XX 14"

    def sender_label(self) -> str:
        """The sender as shown: the number as it is, or the translated name."""
        return self.number or (_(self.sender) if self.sender else "")

    def shown_text(self) -> str:
        """The card text in the active language."""
        return _(self.text)


@dataclass(frozen=True)
class Question:
    """One quiz question; ``answers`` are msgids, or literal web addresses when ``literal``."""

    id: str
    scenario: str
    kind: str
    card: Card
    answers: tuple[str, ...]
    right: int  # index into ``answers``
    explanation: str
    clue: str
    sources: tuple[str, ...]
    literal: bool = False

    @property
    def genuine(self) -> bool:
        """True for a genuine message (an "Is this a fraud?" question answered "no")."""
        return self.kind == "scam-or-not" and self.right == 1

    def prompt(self) -> str:
        """The translated question above the card."""
        return _(KINDS[self.kind])

    def answer_text(self, index: int) -> str:
        """Answer ``index`` in the active language."""
        text = self.answers[index]
        return text if self.literal else _(text)

    def shown_clue(self) -> str:
        """The clue in the active language: a piece of :meth:`Card.shown_text`."""
        return _(self.clue)

    def clue_span(self) -> tuple[int, int] | None:
        """Where the translated clue sits in the translated card text, if it is found."""
        text, clue = self.card.shown_text(), self.shown_clue()
        start = text.find(clue)
        if start < 0:
            start = text.casefold().find(clue.casefold())
        return (start, start + len(clue)) if start >= 0 and clue else None


# -- loading -----------------------------------------------------------------------------

def _official_numbers(content: content_module.Content) -> set[str]:
    return {re.sub(r"\D", "", n.number) for n in content.numbers.values()}


def _check_card_facts(where: str, card: Card, content: content_module.Content,
                      scam: bool | None) -> None:
    """Official numbers and sites only from the registry; fraudsters' ones clearly fake."""
    official_domains = {d.domain for d in content.domains.values()}
    official_numbers = _official_numbers(content)
    if card.number:
        digits = re.sub(r"\D", "", card.number)
        if "X" not in card.number and digits not in official_numbers:
            raise ContentError(f"{where}: sender {card.number!r} is neither official "
                               "nor a fictional number with X")
    for match in _DOMAIN.finditer(card.text):
        domain = match.group(1).lower()
        if domain in official_domains:
            continue
        if scam is False:
            raise ContentError(f"{where}: a genuine message links to {domain!r}, "
                               "which is not in the registry")
        if any(domain.endswith("." + d) for d in official_domains):
            raise ContentError(f"{where}: {domain!r} is a real subdomain of an official site")
    for match in _DIGITS.finditer(card.text):
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) >= 7 and digits not in official_numbers:
            raise ContentError(f"{where}: phone number {match.group(0)!r} is not official; "
                               "write fraudsters' numbers with X")


def _parse(item: dict[str, Any], content: content_module.Content) -> Question:
    qid = item["id"]
    where = f"quiz.toml {qid}"
    scenario = require(item, "scenario", where)
    content.check_scenario(where, scenario)
    kind = require(item, "kind", where)
    if kind not in KINDS:
        raise ContentError(f"{where}: unknown kind {kind!r}")
    card_data = require(item, "card", where, dict)
    channel = require(card_data, "channel", where)
    if channel not in CHANNELS:
        raise ContentError(f"{where}: unknown channel {channel!r}")
    card = Card(channel=channel, text=require(card_data, "text", where),
                sender=card_data.get("sender", ""), number=card_data.get("number", ""))
    literal = False
    scam: bool | None = None
    if kind == "scam-or-not":
        scam = require(item, "scam", where, bool)
        answers: tuple[str, ...] = SCAM_ANSWERS
        right = 0 if scam else 1
    else:
        key = "addresses" if kind == "real-address" else "answers"
        literal = kind == "real-address"
        answers = string_tuple(item, key, where)
        if not 3 <= len(answers) <= 4:
            raise ContentError(f"{where}: {key!r} needs 3 or 4 entries")
        if len(set(answers)) != len(answers):
            raise ContentError(f"{where}: two answers are the same")
        position = require(item, "right", where, int)
        if not 1 <= position <= len(answers):
            raise ContentError(f"{where}: 'right' must be 1..{len(answers)}")
        right = position - 1
    if literal:
        official = {d.domain for d in content.domains.values()}
        for index, address in enumerate(answers):
            host = address.lower().split("/")[0]
            if (host in official) != (index == right):
                raise ContentError(f"{where}: exactly the right address must be official "
                                   f"({address!r})")
    question = Question(
        id=qid, scenario=scenario, kind=kind, card=card, answers=answers, right=right,
        explanation=require(item, "explanation", where), clue=require(item, "clue", where),
        sources=string_tuple(item, "source", where), literal=literal,
    )
    if question.clue not in card.text:
        raise ContentError(f"{where}: the clue {question.clue!r} is not in the card text")
    content.check_sources(where, question.sources)
    _check_card_facts(where, card, content, scam)
    return question


def load(content: content_module.Content | None = None,
         directory: Path | None = None) -> dict[str, Question]:
    """Load and validate ``quiz.toml``; raises :class:`ContentError` on any problem."""
    content = content or content_module.default()
    data = load_toml("quiz.toml", directory)
    questions: dict[str, Question] = {}
    for index, item in enumerate(data.get("question", [])):
        qid = require(item, "id", f"quiz.toml [[question]] #{index + 1}")
        if qid in questions:
            raise ContentError(f"quiz.toml: duplicate id {qid!r}")
        questions[qid] = _parse(item, content)
    return questions


@functools.cache
def default() -> dict[str, Question]:
    """The bundled questions, loaded once."""
    return load()


# -- progress ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Stat:
    """What the user did with one question so far."""

    seen: int = 0
    right: int = 0
    last_seen: str = ""
    last_correct: bool = False

    @property
    def wrong(self) -> int:
        """How many times the answer was wrong."""
        return self.seen - self.right


@dataclass(frozen=True)
class PastRound:
    """A finished round, for the progress chart."""

    finished_at: str
    mode: str
    topic: str
    score: int
    total: int


def _now() -> str:
    return _dt.datetime.now().isoformat(timespec="seconds")


class Progress:
    """Per-question statistics and past rounds, kept in the user database."""

    def __init__(self, storage: Storage, clock: Callable[[], str] = _now) -> None:
        self._storage = storage
        self._clock = clock
        storage.ensure_migrated()

    def stats(self) -> dict[str, Stat]:
        """Every question the user has seen, by id."""
        rows = self._storage.connection.execute(
            "SELECT question_id, seen, right, last_seen, last_correct FROM quiz_progress")
        return {qid: Stat(seen, right, last, bool(correct))
                for qid, seen, right, last, correct in rows}

    def record_answer(self, question_id: str, correct: bool) -> None:
        """Count one answer to ``question_id``, atomically."""
        with self._storage.transaction() as conn:
            conn.execute(
                "INSERT INTO quiz_progress(question_id, seen, right, last_seen, last_correct)"
                " VALUES (?, 1, ?, ?, ?) ON CONFLICT(question_id) DO UPDATE SET"
                " seen = seen + 1, right = right + excluded.right,"
                " last_seen = excluded.last_seen, last_correct = excluded.last_correct",
                (question_id, int(correct), self._clock(), int(correct)),
            )

    def record_round(self, mode: str, topic: str, score: int, total: int) -> None:
        """Keep a finished round for the chart."""
        with self._storage.transaction() as conn:
            conn.execute(
                "INSERT INTO quiz_rounds(finished_at, mode, topic, score, total)"
                " VALUES (?, ?, ?, ?, ?)", (self._clock(), mode, topic, score, total))

    def rounds(self, limit: int = 12) -> list[PastRound]:
        """The last ``limit`` finished rounds, oldest first."""
        rows = self._storage.connection.execute(
            "SELECT finished_at, mode, topic, score, total FROM quiz_rounds"
            " ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [PastRound(*row) for row in reversed(rows)]

    def mistakes(self) -> set[str]:
        """Questions whose last answer was wrong."""
        return {qid for qid, stat in self.stats().items() if not stat.last_correct}

    def reset(self) -> None:
        """Forget every answer and every round."""
        with self._storage.transaction() as conn:
            conn.execute("DELETE FROM quiz_progress")
            conn.execute("DELETE FROM quiz_rounds")


# -- drawing -----------------------------------------------------------------------------

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
