"""Text as a picture reader gives it back: lines broken inside a sentence, and "IP"
read as its Cyrillic twins "ІР". Neither may change what the checker says.
"""

from __future__ import annotations

from assistant.core.checker import Verdict, check
from assistant.core.checker.normalise import normalise

ALERT_RU = ("Tabyla: вход с IP-адреса 203.0.113.5 (Алматы). Если это были не вы, смените "
            "пароль в приложении.")
ALERT_RU_READ = ("+7 705 321 54 76\nTabyla: вход с ІР-адреса 203.0.113.5\n(Алматы). Если это "
                 "были не вы,\nсмените пароль в приложении. 12:47")
ALERT_KK_READ = ("Tabyla: 203.0.113.5 ІР-мекенжайынан кіру. Егер бұл сіз болмасаңыз, құпия "
                 "сөзді өзгертіңіз.")


def test_a_login_alert_read_from_a_picture_is_not_flagged() -> None:
    assert check(ALERT_RU).verdict is Verdict.NO_SIGNS
    for text in (ALERT_RU_READ, ALERT_KK_READ):
        report = check(text)
        assert report.verdict is Verdict.NO_SIGNS, (text, report.fired)
        assert not report.links  # "ІР" before the address: not a link


def test_a_line_broken_inside_a_sentence_is_read_as_one() -> None:
    norm = normalise("Если это были не вы,\nсмените пароль.\nKaspi Bank\n+7 700")
    assert norm.clean == "если это были не вы, смените пароль.\nkaspi bank\n+7 700"
    assert len(norm.clean) == len(norm.original)  # one for one: every offset holds


def test_a_bare_ip_link_is_still_a_link() -> None:
    report = check("Смотри: 203.0.113.5/video")
    assert report.links and report.verdict is not Verdict.NO_SIGNS
