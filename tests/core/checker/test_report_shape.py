"""How a report is shaped: signs apart from neutral notes, a verdict that never
contradicts them, "cannot tell" for what nobody can know, and why a notice looks genuine."""

from __future__ import annotations

import pytest

from assistant.core import content
from assistant.core.checker import Verdict, check
from assistant.core.checker.guidance import guidance, link_words, phone_words
from assistant.core.checker.report import OFFICIAL_CONTACTS
from assistant.core.i18n import set_language


@pytest.fixture(autouse=True)
def english() -> None:
    set_language("en")


@pytest.mark.parametrize("text", ["+7 701 123 45 67", "87071234567", "8 (707) 123-45-67.",
                                  "https://example.org/page", "  example.org  "])
def test_a_bare_number_or_link_cannot_be_told(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.CANNOT_TELL, report
    assert report.findings == ()
    advice = guidance(report, content.default())
    assert "cannot know who owns" in advice.summary


def test_a_bare_official_number_or_site_says_so_and_is_not_cannot_tell() -> None:
    for text in ("1414", "egov.kz"):
        report = check(text)
        assert report.verdict is Verdict.NO_SIGNS, text
        assert OFFICIAL_CONTACTS in report.genuine, text


def test_a_number_with_words_is_judged_by_the_words() -> None:
    report = check("Привет, это мой новый номер +7 701 123 45 67, напиши сюда")
    assert report.verdict is Verdict.SUSPICIOUS
    assert "new-number" in {f.rule for f in report.findings}


def test_a_lookalike_link_alone_is_a_sign() -> None:
    report = check("https://kaspi-bank-kz.com/unlock")
    assert report.verdict in (Verdict.SUSPICIOUS, Verdict.DANGER)
    link = report.links[0]
    assert link_words(link, content.default()) == "kaspi-bank-kz.com: this is NOT kaspi.kz"


def test_plain_words_for_official_links_and_numbers() -> None:
    report = check("Подробнее на egov.kz или по номеру 1414")
    words = [link_words(link, content.default()) for link in report.links]
    assert words == ["egov.kz: the official site of eGov, the e-government portal"]
    assert all("hxxp" not in w and "[.]" not in w for w in words)
    number = phone_words(report.phones[0], content.default())
    assert number.startswith("1414: the official number of"), number


def test_the_genuine_code_sms_gives_its_reason() -> None:
    report = check("Confirmation code: 482913. Do not tell this code to anyone, including "
                   "staff of the Public Service Centre and 1414.")
    assert report.verdict is Verdict.NO_SIGNS and report.findings == ()
    assert any("tells you to tell it to no one" in reason for reason in report.genuine)
    assert guidance(report, content.default()).looks_genuine


def test_a_flagged_message_keeps_every_finding_as_a_sign() -> None:
    report = check("Срочно! Вы выиграли приз, переходите по ссылке bit.ly/x")
    assert report.verdict is not Verdict.NO_SIGNS
    assert report.notes == ()
    assert "promo-words" in {f.rule for f in report.findings}  # a note beside signs


def test_advice_for_a_text_never_says_end_the_call() -> None:
    report = check("Мама, я попал в аварию, срочно переведи деньги на эту карту")
    steps = guidance(report, content.default()).steps
    assert report.verdict is not Verdict.NO_SIGNS
    assert not any("End the call" in step for step in steps), steps


def test_every_harmful_scheme_offers_the_plan_with_matching_answers() -> None:
    from assistant.core.checklist import plan as plan_module

    data = content.default()
    plan = plan_module.default()
    for scenario in data.scenarios.values():
        if scenario.danger:
            assert scenario.emergency, scenario.id
            assert plan.answers_for_scenarios([scenario.id]), scenario.id


def test_guidance_worked_out_once_still_follows_the_language_and_the_message() -> None:
    # guidance() keeps answers it has worked out; they must never leak across languages
    # or between messages with different schemes.
    code = check("Назовите код из SMS от 1414")
    plain = check("See you at dinner tonight")
    english = guidance(code, content.default())
    set_language("ru")
    try:
        russian = guidance(code, content.default())
        assert russian.summary != english.summary and russian.steps != english.steps
        assert guidance(plain, content.default()).summary != russian.summary
    finally:
        set_language("en")
    assert guidance(code, content.default()) == english
    assert guidance(plain, content.default()).steps != english.steps


@pytest.mark.parametrize("text", [
    "Сәлем, бұл менің жаңа нөмірім", "Сәлем, бұл менің жаңа номерім",
    "Привет, это мой новый номер", "Hi, this is my new number",
])
def test_this_is_my_new_number_is_a_sign_in_every_language(text: str) -> None:
    """The hacked-friend and "hi mum" opener, with no relative named (seed 001)."""
    report = check(text)
    assert report.verdict is Verdict.SUSPICIOUS, text
    assert "new-number" in {f.rule for f in report.findings}


@pytest.mark.parametrize("text", ["Бұл менің жаңа көлігім", "Жаңа нөмірлер тізімі дайын"])
def test_other_new_things_are_not_a_new_number(text: str) -> None:
    assert check(text).verdict is Verdict.NO_SIGNS
