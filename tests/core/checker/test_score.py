"""Stage 4: the score and the verdict."""

from __future__ import annotations

import math

from assistant.core.checker import Verdict, check
from assistant.core.checker.engine import default_engine


def test_score_is_noisy_or_of_the_weights() -> None:
    report = check("Срочно! Вы выиграли приз")
    weights = [f.weight for f in report.findings]
    assert len(weights) >= 2
    assert math.isclose(report.score, 1 - math.prod(1 - w for w in weights), abs_tol=1e-4)


def test_thresholds_come_from_the_rules_file() -> None:
    rules = default_engine().rules
    assert 0 < rules.suspicious < rules.danger <= 1
    for text, verdict in [
        ("Назовите код из смс", Verdict.DANGER),
        ("Вы выиграли приз", Verdict.SUSPICIOUS),
        ("Привет, как дела?", Verdict.NO_SIGNS),
    ]:
        report = check(text)
        assert report.verdict is verdict
        expected = (Verdict.DANGER if report.score >= rules.danger else
                    Verdict.SUSPICIOUS if report.score >= rules.suspicious else
                    Verdict.NO_SIGNS)
        assert expected is verdict


def test_one_weak_sign_alone_makes_the_message_suspicious() -> None:
    # A sign never stands under "no known signs": the answer would contradict itself.
    report = check("Мам, это мой новый номер, запиши")
    assert "new-number" in {f.rule for f in report.findings}  # (the shape layer adds its own)
    assert report.verdict is Verdict.SUSPICIOUS


def test_urgency_alone_is_a_note() -> None:
    report = check("Срочно перезвони")
    assert report.verdict is Verdict.NO_SIGNS and report.findings == ()
    assert [note.rule for note in report.notes] == ["urgency"]


def test_a_neutral_note_alone_is_shown_apart_and_is_not_a_sign() -> None:
    report = check("Посмотри, пожалуйста, вот ссылка: https://example.org/page")
    assert report.verdict is Verdict.NO_SIGNS
    assert report.findings == ()
    assert "link-any" in {note.rule for note in report.notes}


def test_findings_are_sorted_strongest_first_and_scenarios_follow() -> None:
    report = check("Срочно! Назовите код из SMS и перейдите по ссылке bit.ly/x")
    weights = [f.weight for f in report.findings]
    assert weights == sorted(weights, reverse=True)
    assert report.scenarios()[0] == report.findings[0].scenario


def test_empty_text() -> None:
    report = check("")
    assert report.verdict is Verdict.NO_SIGNS and report.score == 0.0
    assert report.findings == () and report.always
