"""A message that gives a code and then asks to say it out loud, or to tell it to "me".

A service sends a code to be typed in and says to tell it to nobody; it never asks for the
code to be read out, to "me" or to anyone. So the code a message gives does not clear the
request that follows it. Typing or sending the code back to the service's own number, and
telling a pickup code to the courier, stay what they are.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check

ASKED = [
    "Растау коды: 4821. Кодты айтыңыз.",
    "Растау коды: 4821. Маған кодты айтып беріңізші.",
    "Вам пришел код 4821. Продиктуйте его мне, пожалуйста.",
    "Код 4821. Назовите мне этот код, чтобы закончить проверку.",
    "Your Kaspi code 5519 was sent. Tell me the code please.",
    "Your code is 5519. Read it to me so I can finish the check.",
]

NOT_ASKED = [
    "Код 4821. Никому не называйте его.",
    "Код подтверждения: 4821. Не сообщайте его никому, даже сотрудникам банка.",
    "Растау коды: 4821. Кодты ешкімге айтпаңыз.",
    "Your code is 4821. Never tell it to anyone, even us.",
    "Код 4821. Назовите его курьеру при получении заказа.",
]


@pytest.mark.parametrize("text", ASKED)
def test_a_code_asked_for_after_it_is_given_is_danger(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.DANGER, (text, report.fired)
    assert "code-to-someone" in report.fired


@pytest.mark.parametrize("text", NOT_ASKED)
def test_a_code_kept_or_handed_over_is_not_flagged(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, (text, report.fired)
