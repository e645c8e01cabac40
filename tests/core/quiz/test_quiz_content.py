"""The quiz content: coverage of every scenario, one right answer, clues and translations."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from babel.messages.pofile import read_po

from assistant.core import content, i18n, paths, quiz
from tools.babel_toml import strings_in

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

LANGS = ("en", "kk", "ru")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.fixture(scope="module")
def questions() -> dict[str, quiz.Question]:
    return quiz.load()


def _catalog(lang: str) -> Catalog:
    path = paths.locale_dir() / lang / "LC_MESSAGES" / "assistant.po"
    with path.open("rb") as handle:
        return read_po(handle, locale=lang)


def test_every_scenario_has_three_questions(questions: dict[str, quiz.Question]) -> None:
    counts = {sid: 0 for sid in content.default().scenarios}
    for question in questions.values():
        counts[question.scenario] += 1
    assert {sid: n for sid, n in counts.items() if n < 3} == {}
    assert len(questions) >= 66


def test_all_kinds_and_genuine_notices_are_present(questions: dict[str, quiz.Question]) -> None:
    kinds = {q.kind for q in questions.values()}
    assert kinds == set(quiz.KINDS)
    genuine = [q for q in questions.values() if q.genuine]
    senders = {q.card.number for q in genuine}
    assert {"1414", "2000"} <= senders  # the 1414 code SMS and the real voice-mail notice
    assert any("kz-imei.kz" in q.card.text for q in genuine)
    assert any(q.card.sender == "Your bank" for q in genuine)


@pytest.mark.parametrize("lang", LANGS)
def test_exactly_one_right_answer(questions: dict[str, quiz.Question], lang: str) -> None:
    i18n.set_language(lang)
    for question in questions.values():
        shown = [question.answer_text(i) for i in range(len(question.answers))]
        assert 0 <= question.right < len(shown), question.id
        assert len(set(shown)) == len(shown), f"{question.id}: two answers read the same"
        assert all(text.strip() for text in shown), question.id
        if question.kind == "real-address":
            official = {d.domain for d in content.default().domains.values()}
            assert [a in official for a in question.answers].count(True) == 1, question.id


@pytest.mark.parametrize("lang", LANGS)
def test_clue_is_inside_the_card_text(questions: dict[str, quiz.Question], lang: str) -> None:
    i18n.set_language(lang)
    for question in questions.values():
        assert question.explanation.strip() and question.clue.strip(), question.id
        text, clue = question.card.shown_text(), question.shown_clue()
        assert clue in text, f"{lang} {question.id}: clue {clue!r} not in {text!r}"
        if lang != "en":  # really translated, not the English fallback
            assert text != question.card.text, question.id
        assert question.clue_span() is not None


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_quiz_string_is_translated(lang: str) -> None:
    catalog = _catalog(lang)
    data = tomllib.loads((paths.content_dir() / "quiz.toml").read_text("utf-8"))
    msgids = set(strings_in(data))
    code_strings = (list(quiz.KINDS.values()) + list(quiz.CHANNELS.values())
                    + list(quiz.SCAM_ANSWERS))
    missing = []
    for msgid in sorted(msgids | set(code_strings)):
        message = catalog.get(msgid)
        if message is None or not message.string or message.fuzzy:
            missing.append(msgid)
            continue
        assert set(PLACEHOLDER.findall(message.string)) == set(PLACEHOLDER.findall(msgid))
    assert missing == []


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_quiz_ui_string_is_translated(lang: str) -> None:
    from babel.messages.extract import extract_from_file

    root = Path(__file__).resolve().parents[3] / "assistant"
    files = [*sorted((root / "core" / "quiz").glob("*.py")),
             *sorted((root / "ui" / "quiz").glob("*.py"))]
    assert len(files) > 5, files
    catalog = _catalog(lang)
    keywords = {"_": None, "N_": None, "ngettext": (1, 2)}
    missing = []
    for path in files:
        for _line, msgid, _comments, _context in extract_from_file("python", path, keywords):
            key = msgid[0] if isinstance(msgid, tuple) else msgid
            message = catalog.get(key)
            forms = (message.string if isinstance(message.string, tuple)
                     else (message.string,)) if message else ("",)
            if not all(forms) or (message and message.fuzzy):
                missing.append(key)
            for form in forms:
                assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(key)), key
    assert missing == []


def test_kazakh_is_kazakh_not_russian(questions: dict[str, quiz.Question]) -> None:
    kk, ru = _catalog("kk"), _catalog("ru")
    for question in questions.values():
        for msgid in (question.card.text, question.explanation):
            kk_text, ru_text = kk.get(msgid).string, ru.get(msgid).string
            assert kk_text != ru_text, question.id
            assert set(kk_text) & KAZAKH_LETTERS, f"{question.id}: no Kazakh letter in {kk_text!r}"


def test_fraudsters_numbers_are_fictional(questions: dict[str, quiz.Question]) -> None:
    official = {re.sub(r"\D", "", n.number) for n in content.default().numbers.values()}
    for question in questions.values():
        number = question.card.number
        if number:
            assert "X" in number or re.sub(r"\D", "", number) in official, question.id
        if question.genuine:
            assert not number or re.sub(r"\D", "", number) in official, question.id


# -- the validator rejects bad content -------------------------------------------------------

GOOD = """
[[question]]
id = "q1"
scenario = "fake-1414-code"
kind = "what-to-do"
answers = ["End the call.", "Tell the code.", "Tell half the code."]
right = 1
clue = "the code"
explanation = "Operators never ask for the code."
source = ["seed:000"]
[question.card]
channel = "call"
number = "+7 7XX XXX XX 00"
text = "Tell me the code, please."
"""


def _load_with(tmp_path: Path, text: str) -> dict[str, quiz.Question]:
    for name in ("sources.toml", "scenarios.toml", "registry.toml"):
        shutil.copy(paths.content_dir() / name, tmp_path / name)
    (tmp_path / "quiz.toml").write_text(text, "utf-8")
    return quiz.load(content.load(tmp_path), tmp_path)


def test_validator_accepts_a_good_question(tmp_path: Path) -> None:
    assert list(_load_with(tmp_path, GOOD)) == ["q1"]


@pytest.mark.parametrize(("old", "new", "complaint"), [
    ('clue = "the code"', 'clue = "the password"', "not in the card text"),
    ("right = 1", "right = 4", "'right' must be"),
    ('"Tell half the code."', '"Tell the code."', "two answers are the same"),
    ('number = "+7 7XX XXX XX 00"', 'number = "+7 701 234 56 78"', "neither official"),
    ('scenario = "fake-1414-code"', 'scenario = "no-such-thing"', "unknown scenario"),
    ('source = ["seed:000"]', 'source = ["seed:999"]', "unknown source"),
    ('kind = "what-to-do"', 'kind = "guess"', "unknown kind"),
    ('text = "Tell me the code, please."', 'text = "Tell me the code at 8 701 234 5678."',
     "not official"),
])
def test_validator_rejects(tmp_path: Path, old: str, new: str, complaint: str) -> None:
    assert old in GOOD
    with pytest.raises(content.ContentError, match=re.escape(complaint)):
        _load_with(tmp_path, GOOD.replace(old, new))


def test_genuine_message_may_only_link_to_official_sites(tmp_path: Path) -> None:
    genuine = GOOD.replace('kind = "what-to-do"', 'kind = "scam-or-not"\nscam = false').replace(
        'text = "Tell me the code, please."', 'text = "Register on kz-imei.kz.info, the code."')
    with pytest.raises(content.ContentError, match="not in the registry"):
        _load_with(tmp_path, genuine)


def test_address_question_needs_exactly_one_official(tmp_path: Path) -> None:
    address = GOOD.replace('kind = "what-to-do"', 'kind = "real-address"').replace(
        'answers = ["End the call.", "Tell the code.", "Tell half the code."]',
        'addresses = ["egov.kz", "gov.kz", "eg0v.kz"]')
    with pytest.raises(content.ContentError, match="exactly the right address"):
        _load_with(tmp_path, address)


# Names, abbreviations and loan words the Russian dictionary does not know.
RU_ALLOWED = {"Айжан", "Алия", "ИИН", "КНБ", "Казпочта", "ПДД", "ПИН", "Сауле", "Сериковна",
              "ЦОНа", "ЭЦП", "колл", "микрокредитной", "микрокредитов", "скриншоты",
              "соцсети", "соцсетях", "е"}


@pytest.mark.skipif(shutil.which("hunspell") is None, reason="hunspell is not installed")
def test_russian_quiz_texts_are_spelled_right(questions: dict[str, quiz.Question]) -> None:
    import subprocess

    ru = _catalog("ru")
    words: set[str] = set()
    for question in questions.values():
        msgids = [question.card.text, question.explanation, question.clue]
        if not question.literal and question.kind != "scam-or-not":
            msgids += list(question.answers)
        for msgid in msgids:
            words.update(re.findall(r"[А-Яа-яЁё]+", ru.get(msgid).string))
    result = subprocess.run(["hunspell", "-d", "ru_RU", "-l"], input="\n".join(sorted(words)),
                            capture_output=True, text=True, check=False)
    if "Can't open affix or dictionary" in result.stderr:
        pytest.skip("the Russian hunspell dictionary is not installed")
    assert set(result.stdout.split()) - RU_ALLOWED == set()
