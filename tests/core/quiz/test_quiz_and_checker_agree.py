"""Where the quiz teaches a sign the checker finds, both show the same catalog message."""

from __future__ import annotations

from assistant.core.checker import check
from assistant.core.checker.engine import default_engine
from assistant.core.quiz import questions


def test_a_sign_the_quiz_teaches_is_found_by_the_checker_with_the_same_msgid() -> None:
    engine = default_engine()
    taught = [q for q in questions.default().values() if q.sign]
    assert len(taught) >= 5
    for question in taught:
        rule = engine.by_id[question.sign]
        report = check(question.card.text)
        if question.genuine:
            # the genuine twin: "why it looks genuine" is the quiz's message too
            assert report.verdict.value == "no_signs", question.id
            assert rule.genuine == question.sign_explanation, question.id
            assert question.sign_explanation in report.genuine, question.id
        else:
            assert rule.explanation == question.sign_explanation, question.id
            found = {f.rule: f.explanation for f in report.findings}
            assert found.get(question.sign) == question.sign_explanation, (question.id, found)
