"""Stage 2b: phone numbers, official short numbers and costly short numbers."""

from __future__ import annotations

import pytest

from assistant.core.checker import check


def _phones(text: str) -> list[tuple[str, str | None, bool]]:
    return [(p.normalized, p.official, p.costly_short_number) for p in check(text).phones]


@pytest.mark.parametrize("text", [
    "+7 701 234 56 78", "8 701 234 56 78", "87012345678", "+7 (701) 234-56-78",
    "8-701-234-56-78",
])
def test_kazakh_mobile_number_in_any_format(text: str) -> None:
    assert _phones(f"Звоните: {text}") == [("+77012345678", None, False)]


def test_official_full_number_from_the_registry() -> None:
    assert _phones("Call 8 (727) 258 83 00") == [("+77272588300", "kcell-2588300", False)]
    assert _phones("1414: 8-800-080-7777") == [("1414", "egov-1414", False),
                                               ("+78000807777", "egov-1414-free", False)]


@pytest.mark.parametrize(("number", "registry_id"), [
    ("1414", "egov-1414"), ("9090", "kcell-9090"), ("3030", "kcell-3030"),
    ("119", "kcell-119"), ("595", "bankffin-595"), ("7111", "halyk-7111"),
    ("102", "police-102"),
])
def test_official_short_numbers(number: str, registry_id: str) -> None:
    assert _phones(f"Позвоните на {number}.") == [(number, registry_id, False)]


def test_amounts_and_times_are_not_numbers() -> None:
    assert _phones("Перевод 1414 тг, остаток 2000 тенге, в 1414 мин") == []
    assert _phones("Order #9090-12, code 1234") == []


def test_costly_short_number_in_a_send_sms_instruction() -> None:
    report = check("Чтобы прослушать, отправьте SMS с текстом 55 на номер 7132.")
    assert [(p.normalized, p.costly_short_number) for p in report.phones] == [
        ("7132", True)]
    assert report.findings[0].rule == "costly-sms"
    start, end = report.findings[0].spans[0]
    assert "Чтобы прослушать, отправьте SMS с текстом 55 на номер 7132."[start:end] == "7132"


def test_kazakh_and_english_costly_short_number() -> None:
    assert [p.normalized for p in check("7132 нөміріне 55 мәтінімен SMS жіберіңіз").phones
            if p.costly_short_number] == ["7132"]
    assert [p.normalized for p in check("Text WIN to 80086 now").phones
            if p.costly_short_number] == ["80086"]


@pytest.mark.parametrize("text", ["Text HELP to 1414", "1414 нөміріне SMS жіберіңіз",
                                  "Send a message to 1414 to book a visit"])
def test_an_official_short_number_is_not_a_costly_one(text: str) -> None:
    """Writing to 1414 costs nothing: no "one SMS can cost thousands" for it."""
    report = check(text)
    assert "costly-sms" not in {f.rule for f in report.findings}, report.findings
    assert not any(p.costly_short_number for p in report.phones)
    assert "costly-sms" in {f.rule for f in check(text.replace("1414", "7132")).findings}


def test_sender_2000_is_official_but_a_price_of_2000_is_not() -> None:
    assert _phones("Сообщение от 2000") == [("2000", "kcell-sender-2000", False)]
    assert _phones("Цена 2000 тг") == []


def test_call_an_official_number_is_not_a_sign() -> None:
    report = check("Если это были не вы, позвоните по номеру 7111.")
    assert "call-number" not in {f.rule for f in report.findings}
    report = check("Если это были не вы, позвоните по номеру +7 777 000 12 34.")
    assert {"call-number", "blocked-call", "not-you-call"} & {f.rule for f in report.findings}
