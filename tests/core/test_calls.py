"""The call questions: data validated against the knowledge base, and one call's walk."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core import calls, checklist, content, paths
from assistant.core.content import ContentError


def guide() -> calls.CallGuide:
    return calls.default()


def test_first_yes_ends_the_questions_with_hang_up() -> None:
    walk = calls.CallWalk(guide())
    assert walk.question is not None and walk.question.id == "asks-code"
    outcome = walk.answer(calls.Answer.YES)
    assert isinstance(outcome, calls.HangUp)
    assert outcome.question.id == "asks-code"
    assert walk.question is None
    with pytest.raises(RuntimeError):
        walk.answer(calls.Answer.NO)


def test_a_later_yes_names_its_own_sign() -> None:
    walk = calls.CallWalk(guide())
    assert walk.answer(calls.Answer.NO) is None
    assert walk.answer(calls.Answer.UNKNOWN) is None
    outcome = walk.answer(calls.Answer.YES)
    assert isinstance(outcome, calls.HangUp)
    assert outcome.question is guide().questions[2]


@pytest.mark.parametrize(("answers", "unsure"), [
    ([calls.Answer.NO] * 6, False),
    ([calls.Answer.NO, calls.Answer.UNKNOWN] + [calls.Answer.NO] * 4, True),
])
def test_no_yes_is_never_safe(answers: list[calls.Answer], unsure: bool) -> None:
    walk = calls.CallWalk(guide())
    outcomes = [walk.answer(answer) for answer in answers]
    assert outcomes[:-1] == [None] * 5
    assert outcomes[-1] == calls.NoSign(unsure=unsure)
    assert "safe" not in guide().no_sign_title.lower()


def test_every_question_traces_to_sources_and_the_plan() -> None:
    data = guide()
    known = content.default()
    what = {option.id for option in checklist.default().what.options}
    assert 1 <= len(data.questions) <= calls.MAX_QUESTIONS
    for question in data.questions:
        assert question.sources and set(question.sources) <= set(known.sources)
        assert set(question.harm) <= what
        assert bool(question.harm) == bool(question.already)
    assert set(data.no_sign_numbers) <= set(known.numbers)
    # The code question comes first: one answer away from "Hang up now".
    assert data.questions[0].harm == ("code-1414", "bank-code")


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    target = tmp_path / "content"
    target.mkdir()
    for source in paths.content_dir().glob("*.toml"):
        (target / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    text = (target / calls.FILE).read_text(encoding="utf-8")
    assert old in text
    (target / calls.FILE).write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


@pytest.mark.parametrize(("old", "new", "message"), [
    ('source = ["seed:002"]', 'source = ["seed:999"]', "unknown source"),
    ('harm = ["card-details"]', 'harm = ["card-detail"]', "unknown plan answer"),
    ('numbers = ["egov-1414", "police-102"]', 'numbers = ["police-103"]', "unknown registry"),
    ('already = "I already installed the app"\n', "", "go together"),
])
def test_broken_data_is_a_clear_error(tmp_path: Path, old: str, new: str, message: str) -> None:
    folder = broken_copy(tmp_path, old, new)
    known = content.load(folder)
    plan = frozenset(o.id for o in checklist.load(known, folder).what.options)
    with pytest.raises(ContentError, match=message):
        calls.load(known, folder, plan_answers=plan)
