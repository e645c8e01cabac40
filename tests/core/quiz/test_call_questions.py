"""The quiz's questions on calls: there are enough, and they reach rounds and mistakes."""

from __future__ import annotations

import random

from assistant.core import quiz
from assistant.core.storage import Storage

CALL_IDS = {
    "call-loan-application", "call-protected-account", "call-secret-from-branch",
    "call-code-word-change", "call-courier-1414-code", "call-relative-friend-phone",
    "call-relative-questions", "call-card-blocked", "call-1414-signature",
    "call-operator-prize", "call-after-hanging-up", "call-what-first",
}


def test_twelve_call_questions_with_sources() -> None:
    questions = quiz.default()
    assert questions.keys() >= CALL_IDS
    for qid in CALL_IDS:
        question = questions[qid]
        assert question.sources, qid
        assert question.card.channel in {"call", "situation"}, qid


def test_call_questions_come_up_in_mixed_rounds(storage: Storage) -> None:
    game = quiz.Quiz(quiz.default(), quiz.Progress(storage), random.Random(7))
    seen: set[str] = set()
    for _ in range(60):
        seen |= {question.id for question in game.mixed_round().questions}
    assert seen >= CALL_IDS


def test_a_wrong_call_answer_comes_back_in_practise_my_mistakes(storage: Storage) -> None:
    questions = {qid: q for qid, q in quiz.default().items() if qid in CALL_IDS}
    game = quiz.Quiz(questions, quiz.Progress(storage), random.Random(1))
    first = game.mixed_round(len(questions))
    wrong = first.current().id
    right_position = first.orders[first.index].index(first.current().right)
    outcome = first.answer((right_position + 1) % len(first.shown_answers()))
    assert not outcome.correct
    mistakes = game.mistakes_round()
    assert mistakes is not None
    assert [q.id for q in mistakes.questions] == [wrong]
