"""A digit the reader picks is not a code: "Назови любую цифру" in a game or a trick.

"Назовите цифры" is how the caller asks for a code from an SMS (`code-request`). A digit
"любую / какую-нибудь / случайную", "кез келген", is one the reader chooses, not one a
message brought (`ctx-any-digit`). A count ("любые 4 цифры") or where the digits come from
("из смс", "из кода", "карта нөміріңізден") keeps it a code request; so does a real request
in another sentence of the same message.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from tests.core.checker.shape_checks import assert_no_signs

GAMES = [
    "Назови любую цифру",
    "Назови любую цифру от 1 до 10, и я скажу, кто ты",
    "Загадай и назови любую цифру, а я угадаю",
    "Давай сыграем: назови любое число от 1 до 100",
    "Кез келген цифрды айтшы, мен сенің мінезіңді айтамын",
    "Ойын: 1-ден 10-ға дейін кез келген санды айтыңыз",
    "Name any number from 1 to 10 and I will guess your age",
]

CODE_REQUESTS = [
    "Назовите цифры из смс",
    "Скажите код",
    "Назовите любые 4 цифры из смс",
    "Назови любую цифру из кода, который пришёл",
    "Назови любую цифру. А теперь скажи код из смс",
    "Смска келді ме? Сондағы цифрларды айтшы",
    "Айтыңызшы кез келген цифрды, карта нөміріңізден",
    "Tell me the code we just sent you",
]


@pytest.mark.parametrize("text", GAMES)
def test_a_digit_the_reader_picks_is_not_a_code(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", CODE_REQUESTS)
def test_a_code_request_stays_danger(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.DANGER, (text, report.fired)
    assert "code-request" in {f.rule for f in report.findings}
