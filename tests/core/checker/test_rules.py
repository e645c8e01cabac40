"""Stage 3: the rules are data, validated at load, and match word forms in three languages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.core import content, paths
from assistant.core.checker import check
from assistant.core.checker.engine import build_engine, default_engine
from assistant.core.checker.rules import load_rules, script_of
from assistant.core.content import ContentError


def _rule_ids(text: str) -> set[str]:
    return {f.rule for f in check(text).findings}


def test_every_rule_points_to_a_scenario_and_sources() -> None:
    data = content.default()
    rules = default_engine().rules
    assert len(rules.rules) >= 30
    for rule in rules.rules:
        assert rule.sources and all(s in data.sources for s in rule.sources)
        if rule.report and rule.kind != "truncated":
            assert rule.scenario in data.scenarios
            assert rule.explanation and rule.advice


@pytest.mark.parametrize("text", [
    "Сообщите код", "Назовите код из SMS", "продиктуйте, пожалуйста, код",
    "скажите кодик который пришел", "Какой код вам пришёл?",
    "Кодты айтыңызшы", "кодыңызды айтып жіберіңіз", "келген кодты маған жіберіңіз",
    "skazhite kod", "kodty aitynyzshy", "Tell me the code", "what is the code you received",
    "Please read me the OTP",
])
def test_request_for_a_code_in_word_forms_and_transliteration(text: str) -> None:
    assert "code-request" in _rule_ids(text)


@pytest.mark.parametrize("text", [
    "Никому не сообщайте код", "Не называйте код даже сотрудникам банка",
    "Кодты ешкімге айтпаңыз", "Кодыңызды ешкімге бермеңіз",
    "Never tell anyone the code", "Do not share this code with anyone",
    "Ваш код: 1234", "We sent you a code",
])
def test_warnings_and_plain_codes_are_not_requests(text: str) -> None:
    assert "code-request" not in _rule_ids(text)


def test_negation_stops_at_the_end_of_a_sentence() -> None:
    assert "code-request" in _rule_ids("Не волнуйтесь. Сообщите код из SMS.")


def test_context_rule_picks_the_scenario() -> None:
    assert check("Я из 1414, назовите код").findings[0].scenario == "fake-1414-code"
    assert check("Курьер: назовите код из смс").findings[0].scenario == "delivery-code"
    assert check("Назовите код из смс").findings[0].scenario == "card-otp-request"


def test_combo_replaces_its_parts() -> None:
    rules = _rule_ids("Вы выиграли приз! Оплатите доставку 3000 тенге.")
    assert "prize-payment" in rules
    assert "prize" not in rules and "payment-request" not in rules


def test_script_of_pattern() -> None:
    assert script_of(r"\bкод\w{0,3}") == "cyrillic"
    assert script_of(r"\bcode\b") == "latin"
    assert script_of(r"(?<!\d)1414(?!\d)") == "any"
    assert script_of(r"смс|sms") == "mixed"


def _copy_content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(paths.content_dir(), target)
    return target


def _edit_rules(directory: Path, old: str, new: str) -> None:
    path = directory / "rules.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "message"), [
    ('scenario = "card-otp-request"', 'scenario = "no-such-scenario"', "unknown scenario"),
    ('source = ["seed:000", "seed:001", "seed:002", "fact:schemes"]', 'source = ["seed:999"]',
     "unknown source"),
    ("weight = 0.9\n", "weight = 1.5\n", "weight"),
    ("%tell_ru%", "%no_such_fragment%", "unknown fragment"),
    ('requires = ["prize", "payment-request"]', 'requires = ["prize", "nothing"]',
     "unknown rule"),
    ("(?:%tell_ru%)", "(?:%tell_ru%", "bad pattern"),
])
def test_broken_rules_are_load_errors(tmp_path: Path, old: str, new: str,
                                      message: str) -> None:
    directory = _copy_content(tmp_path)
    _edit_rules(directory, old, new)
    with pytest.raises(ContentError, match=message):
        load_rules(content.load(directory), directory)


def test_a_scenario_can_only_cover_advice_that_exists(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    scenarios = directory / "scenarios.toml"
    text = scenarios.read_text(encoding="utf-8")
    assert 'covers = ["never-tell-code"]' in text
    scenarios.write_text(text.replace('covers = ["never-tell-code"]',
                                      'covers = ["no-such-advice"]', 1), encoding="utf-8")
    with pytest.raises(ContentError, match="'covers' names 'no-such-advice'"):
        load_rules(content.load(directory), directory)


def test_engine_over_other_content(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    data = content.load(directory)
    engine = build_engine(data)
    assert engine.official_numbers.short["1414"] == "egov-1414"
    assert engine.official_links.domains["egov.kz"] == "egov"


@pytest.mark.parametrize("text", [
    "Скинь код от домофона, я у подъезда", "Send me the door code, I'm outside",
    "Домофонның кодын жіберші",
    "Ваш заказ передан курьеру. Код для получения: 4812. Назовите его курьеру.",
    "Your code is 4812, tell it to the courier",
])
def test_door_codes_and_codes_the_message_gives_are_not_requests(text: str) -> None:
    assert "code-request" not in _rule_ids(text)


def test_negation_belongs_to_its_own_clause() -> None:
    rules = _rule_ids("Чтобы не заблокировали счета, оплатите штраф переводом")
    assert "fine-pay" in rules or "payment-request" in rules
    assert "code-request" not in _rule_ids("Код 1234, не говорите его никому")
    assert "code-request" in _rule_ids("Не бойтесь, продиктуйте код из смс")


def test_code_request_stays_within_one_sentence() -> None:
    assert "code-request" not in _rule_ids("Мы отправили код. Скажите, удобно ли вам завтра?")


def test_unless_context_clears_a_sign() -> None:
    assert "card-blocked" in _rule_ids("Ваша карта заблокирована, перезвоните нам")
    assert "card-blocked" not in _rule_ids(
        "Ваша карта заблокирована по вашему запросу. Позвоните по номеру на обороте карты.")
    assert "card-blocked" not in _rule_ids("Моя карта заблокирована, завтра дадут новую")


@pytest.mark.parametrize("text", [
    "Кодты ешкімге айтпаңыз, тіпті банк қызметкеріне де",
    "SMS-тегі кодты ешкімге бермеңіз",
])
def test_kazakh_negative_verbs_are_warnings(text: str) -> None:
    assert "code-request" not in _rule_ids(text)
