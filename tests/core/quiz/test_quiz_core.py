"""The quiz session without Qt: drawing, weighting, scoring and saved progress."""

from __future__ import annotations

import datetime
import random
from collections import Counter

import pytest

from assistant.core import paths, quiz
from assistant.core.storage import Storage


@pytest.fixture
def questions() -> dict[str, quiz.Question]:
    return quiz.default()


@pytest.fixture
def progress(storage: Storage) -> quiz.Progress:
    ticks = iter(range(10_000))
    return quiz.Progress(storage, clock=lambda: f"2026-11-26T10:00:{next(ticks):04d}")


def _right_position(quiz_round: quiz.Round) -> int:
    return quiz_round.orders[quiz_round.index].index(quiz_round.current().right)


def test_weight_favours_mistakes_and_new_questions() -> None:
    never = quiz.weight(None)
    always_right = quiz.weight(quiz.Stat(seen=3, right=3, last_correct=True))
    once_wrong = quiz.weight(quiz.Stat(seen=3, right=2, last_correct=True))
    last_wrong = quiz.weight(quiz.Stat(seen=3, right=2, last_correct=False))
    assert always_right < never < last_wrong
    assert always_right < once_wrong < last_wrong


def test_weight_grows_again_with_time() -> None:
    now = datetime.datetime(2026, 11, 26, 12, 0)
    today = quiz.Stat(seen=2, right=2, last_seen="2026-11-26T09:00:00", last_correct=True)
    week = quiz.Stat(seen=2, right=2, last_seen="2026-11-19T09:00:00", last_correct=True)
    months = quiz.Stat(seen=2, right=2, last_seen="2026-08-01T09:00:00", last_correct=True)
    assert quiz.weight(today, now) < quiz.weight(week, now) < quiz.weight(months, now)
    assert quiz.weight(months, now) == pytest.approx(3 * quiz.weight(today, now))
    assert quiz.weight(quiz.Stat(2, 2, "not a date", True), now) == quiz.weight(today, now)


def test_draw_gives_distinct_questions_and_is_reproducible(
        questions: dict[str, quiz.Question]) -> None:
    first = quiz.draw(questions.values(), {}, 10, random.Random(7))
    again = quiz.draw(questions.values(), {}, 10, random.Random(7))
    other = quiz.draw(questions.values(), {}, 10, random.Random(8))
    assert len({q.id for q in first}) == 10
    assert [q.id for q in first] == [q.id for q in again]
    assert [q.id for q in first] != [q.id for q in other]


def test_draw_prefers_questions_answered_wrong(questions: dict[str, quiz.Question]) -> None:
    ids = sorted(questions)
    wrong, right = ids[0], ids[1]
    stats = {wrong: quiz.Stat(seen=2, right=0, last_correct=False),
             right: quiz.Stat(seen=2, right=2, last_correct=True)}
    rng = random.Random(1)
    counts: Counter[str] = Counter()
    for _ in range(400):
        counts.update(q.id for q in quiz.draw(questions.values(), stats, 10, rng))
    unseen = [counts[qid] for qid in ids[2:]]
    assert counts[wrong] > max(unseen)
    assert counts[right] < sum(unseen) / len(unseen)


def test_round_scores_and_saves_every_answer(questions: dict[str, quiz.Question],
                                             progress: quiz.Progress) -> None:
    game = quiz.Quiz(questions, progress, random.Random(3))
    quiz_round = game.mixed_round()
    assert quiz_round.total == quiz.ROUND_SIZE
    expected = []
    for index in range(quiz_round.total):
        question = quiz_round.current()
        right = _right_position(quiz_round)
        good = index % 3 != 0
        chosen = right if good else (right + 1) % len(question.answers)
        outcome = quiz_round.answer(chosen)
        assert outcome.correct is good
        assert outcome.right == right and outcome.chosen == chosen
        assert quiz_round.shown_answers()[right] == question.answer_text(question.right)
        expected.append((question.id, good))
        with pytest.raises(RuntimeError):
            quiz_round.answer(chosen)
        moved = quiz_round.next()
        assert moved is (index + 1 < quiz_round.total)
    assert quiz_round.finished
    assert quiz_round.score == sum(good for _id, good in expected) == 6
    stats = progress.stats()
    assert {qid: (s.seen, s.right, s.last_correct) for qid, s in stats.items()} == {
        qid: (1, int(good), good) for qid, good in expected}
    assert [(r.mode, r.score, r.total) for r in progress.rounds()] == [("mixed", 6, 10)]
    wrong_topics = [questions[qid].scenario for qid, good in expected if not good]
    assert quiz_round.topics_to_practise() == list(dict.fromkeys(wrong_topics))
    assert set(game.mistake_ids()) == {qid for qid, good in expected if not good}


def test_next_needs_an_answer(questions: dict[str, quiz.Question],
                              progress: quiz.Progress) -> None:
    quiz_round = quiz.Quiz(questions, progress, random.Random(1)).mixed_round(3)
    with pytest.raises(RuntimeError):
        quiz_round.next()
    with pytest.raises(IndexError):
        quiz_round.answer(7)


def test_answers_are_shuffled(questions: dict[str, quiz.Question],
                              progress: quiz.Progress) -> None:
    game = quiz.Quiz(questions, progress, random.Random(5))
    positions: Counter[int] = Counter()
    for _ in range(20):
        quiz_round = game.topic_round("fake-card-block")
        for _question in range(quiz_round.total):
            if quiz_round.current().kind != "scam-or-not":
                positions[_right_position(quiz_round)] += 1
            quiz_round.answer(0)
            quiz_round.next()
    assert len(positions) >= 3  # the right answer is not always in the same place


def test_topic_round_has_all_questions_of_the_topic(questions: dict[str, quiz.Question],
                                                    progress: quiz.Progress) -> None:
    game = quiz.Quiz(questions, progress, random.Random(2))
    quiz_round = game.topic_round("imei-notice")
    expected = {qid for qid, q in questions.items() if q.scenario == "imei-notice"}
    assert {q.id for q in quiz_round.questions} == expected
    assert quiz_round.mode == "topic" and quiz_round.topic == "imei-notice"
    with pytest.raises(KeyError):
        game.topic_round("no-such-topic")


def test_mistakes_round_only_has_mistakes(questions: dict[str, quiz.Question],
                                          progress: quiz.Progress) -> None:
    game = quiz.Quiz(questions, progress, random.Random(4))
    assert game.mistakes_round() is None
    ids = sorted(questions)
    progress.record_answer(ids[0], False)
    progress.record_answer(ids[1], False)
    progress.record_answer(ids[1], True)  # put right later: no longer a mistake
    progress.record_answer(ids[2], True)
    quiz_round = game.mistakes_round()
    assert quiz_round is not None
    assert [q.id for q in quiz_round.questions] == [ids[0]]


def test_progress_survives_reopening_and_reset_forgets(questions: dict[str, quiz.Question],
                                                       storage: Storage) -> None:
    progress = quiz.Progress(storage, clock=lambda: "2026-11-26T09:00:00")
    qid = sorted(questions)[0]
    progress.record_answer(qid, False)
    progress.record_answer(qid, True)
    progress.record_round("topic", "data-leak", 2, 3)
    storage.close()

    reopened = Storage.open(paths.database_path())
    try:
        again = quiz.Progress(reopened)
        assert again.stats() == {qid: quiz.Stat(2, 1, "2026-11-26T09:00:00", True)}
        assert again.rounds() == [quiz.PastRound("2026-11-26T09:00:00", "topic", "data-leak",
                                                 2, 3)]
        assert reopened.schema_version("quiz") == 1
        again.reset()
        assert again.stats() == {} and again.rounds() == []
    finally:
        reopened.close()


def test_rounds_keeps_the_latest(progress: quiz.Progress) -> None:
    for score in range(15):
        progress.record_round("mixed", "", score % 11, 10)
    rounds = progress.rounds(limit=12)
    assert len(rounds) == 12
    assert [r.score for r in rounds] == [s % 11 for s in range(3, 15)]
