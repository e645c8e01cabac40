"""Code notices in wordings the checker met first in the development set, and their scam
twins.

A sign-in notice opens with "confirm the sign-in" and answers "if it was not you" with the
owner's own remedy (change the password, contact the bank): the "confirm" is the notice's,
not a request to act through it. A code for a new phone number or code word, given with
"tell no one" in any of its verbs ("не называйте", "хабарламаңыз", "do not disclose"), is
the notice of that change, not the first call's news of it.
"""

from __future__ import annotations

import pytest

from tests.core.checker.shape_checks import assert_flagged, assert_no_signs

NOTICES = [
    "Подтвердите вход: код 5128. Вход с нового устройства iPhone, Алматы. Если это не вы, "
    "срочно смените пароль.",
    "Confirm your sign-in: code 5128. New device: iPhone, Almaty. If this wasn't you, "
    "change your password now.",
    "Жаңа құрылғыдан кіруді растаңыз: код 5128. Егер бұл сіз болмасаңыз, құпия сөзді "
    "өзгертіңіз.",
    "Код для изменения номера телефона: 7743. Никому не называйте его. Если это не вы, "
    "обратитесь в банк.",
    "Телефон нөмірін өзгерту коды: 7743. Ешкімге хабарламаңыз. Егер бұл сіз болмасаңыз, "
    "банкке хабарласыңыз.",
    "Code to change your phone number: 7743. Never disclose it. If it was not you, "
    "contact the bank.",
]

SCAMS = [
    # the answer to "not you" is to act through the message
    "Вход с нового устройства. Если это не вы, отмените вход здесь: https://zorbly-secure.top",
    "Поступила заявка на смену номера телефона. Если это не вы, подтвердите отмену, "
    "позвонив +7 701 000 00 00.",
    # the code is asked for
    "Код для изменения номера телефона: 7743. Сообщите его оператору для отмены заявки.",
    "Телефон нөмірін өзгерту коды келді ме? Кодты айтыңызшы.",
    "Поступила заявка на смену номера телефона. Если это не вы, свяжитесь со службой "
    "безопасности +7 701 000 00 00.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_code_notice_has_no_signs(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", SCAMS)
def test_code_scam_is_flagged(text: str) -> None:
    assert_flagged(text)
