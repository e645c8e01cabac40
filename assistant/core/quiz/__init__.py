"""The training quiz: questions from ``quiz.toml``, rounds, scoring and saved progress.

Questions are data (``resources/content/quiz.toml``), validated against the scenarios and
the official registry at load (``questions``). A :class:`Round` draws questions at random,
weighted toward the ones the user got wrong before, shuffles the answers, scores them
(``rounds``) and saves every answer at once through :class:`Progress` in the user
database (``progress``). No Qt here.
"""

from assistant.core.quiz.progress import PastRound, Progress, Stat
from assistant.core.quiz.questions import (
    CHANNELS,
    KINDS,
    ROUND_SIZE,
    SCAM_ANSWERS,
    Card,
    Question,
    default,
    load,
)
from assistant.core.quiz.rounds import (
    FORGETTING_DAYS,
    UNSEEN_WEIGHT,
    Outcome,
    Quiz,
    Round,
    draw,
    weight,
)

__all__ = [
    "CHANNELS",
    "FORGETTING_DAYS",
    "KINDS",
    "ROUND_SIZE",
    "SCAM_ANSWERS",
    "UNSEEN_WEIGHT",
    "Card",
    "Outcome",
    "PastRound",
    "Progress",
    "Question",
    "Quiz",
    "Round",
    "Stat",
    "default",
    "draw",
    "load",
    "weight",
]
