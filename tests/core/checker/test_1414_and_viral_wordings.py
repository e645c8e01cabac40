"""The fake 1414 request and the viral link said in other words (kk, ru, en).

The fake 1414 request is read from the whole message, not one sentence: 1414, eGov or a
Public Service Centre named, a code or its digits, and a request to pass something on
anywhere (``code-1414-pass-on``), or the SMS itself sent on to a number
(``sms-1414-to-number``); a relative asking to read out the SMS is a sign, not danger
(``sms-1414-pass-on``). The viral offers are word families with a stranger's site
(``shape-viral-offer``: free internet, phones for next to nothing, "WhatsApp Gold"), and
the vote asked for in other words (``shape-vote``).

Each message is written for this test (not copied from any evaluation set); the genuine
twins use the same words and must stay clean.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from tests.core.checker.shape_checks import assert_flagged_by_shape, assert_no_signs

# (the rule that must be among the findings, the message): danger
FAKE_1414: list[tuple[str, str]] = [
    ("code-1414-pass-on", "Добрый день, я из ЦОНа. Вам пришло смс от 1414? Какие там цифры,"
                          " подскажите"),
    ("code-1414-pass-on", "Бабуля это внук, тебе придет смс от 1414 с кодом, скинь мне его"
                          " сразу"),
    ("sms-1414-to-number", "Вам сейчас поступит сообщение от 1414. Перешлите его в ватсап на"
                           " +7 701 000 00 00"),
    ("code-1414-pass-on", "ХҚКО-дан хабарласып тұрмыз. 1414-тен сан келді ме? Соны маған жазып"
                          " жіберіңіз"),
    ("sms-1414-to-number", "1414 жіберген SMS-ті +7 701 000 00 00 нөміріне жолдаңыз,"
                           " өтінішіңіз расталады"),
    ("code-1414-pass-on", "This is the Public Service Centre. A text from 1414 is coming, what"
                          " are the numbers in it?"),
    ("code-1414-pass-on", "Grandma it's me, you'll get a code from 1414, send it to me straight"
                          " away"),
    ("sms-1414-to-number", "Forward the message from 1414 to +7 701 000 00 00 and your queue is"
                           " confirmed"),
    # the service named without "1414": its full name, "егов", "e-gov", "the CON"
    ("code-1414-pass-on", "Халыққа қызмет көрсету орталығынан хабарласып тұрмыз. Сізге сан"
                          " келді ме? Соларды маған жіберіңіз"),
    ("code-1414-pass-on", "Мама, это я, тебе сейчас с егова придет код, скинь мне его"),
    ("code-1414-pass-on", "Hi, it's the CON. Text me the digits you just received so we can"
                          " confirm your booking"),
]

# a code asked for with no service named: a sign of its own (shape-code-tell)
CODE_ASKED = [
    "Телефоныңызға цифрлар келді ме? Соларды айтып жіберіңізші",
    "Your bank: a 6-digit code was sent to your phone, reply with it to stop the transaction",
    "Hi grandma, you'll get a message with numbers, can you forward it to me, it's for school",
]

# a relative who asks for the SMS from 1414 (an appointment's time, or the code inside it)
SMS_ASKED = [
    "Перешли мне смс от 1414 про запись, хочу время посмотреть",
    "Апа, 1414-тен келген смс-ті оқып беріңізші, уақыты сонда жазылған",
]

GENUINE_1414 = [
    "1414: код 551903 для входа в eGov. Никому его не называйте.",
    "Мне пришло смс от 1414, что справка готова, завтра заберу в ЦОНе",
    "Если вам звонят из ЦОНа и просят продиктовать код от 1414, кладите трубку: это"
    " мошенники.",
    "eGov: кіру коды 730921. Оны ешкімге айтпаңыз.",
    "1414-тен смс келді, құжатым дайын екен",
    "Your eGov code is 660214. Never tell it to anyone, not even 1414 staff.",
    "Got a text from 1414, my ID is ready, I'll pick it up tomorrow",
    "какая цифра у тебя выпала на кубике?",
    # "one-time code from 1414" names the sender, it gives no code
    "eGov: your one-time code 482190. Do not share it, 1414 staff never ask for it.",
]

# (the shape that must flag it, the message)
VIRAL: list[tuple[str, str]] = [
    ("shape-viral-offer", "Распродажа склада электроники, смартфоны почти даром"
                          " https://elektronika.example.com"),
    ("shape-viral-offer", "Интернет бесплатно на полгода, просто скачай приложение"
                          " https://net-free.example.com/app"),
    ("shape-viral-offer", "Өте арзан айфондар, қойма жабылады https://qoima.example.com"),
    ("shape-viral-offer", "Қала бойынша тегін wi-fi, қосымша арқылы қосылыңыз"
                          " https://wifi-qala.example.com"),
    ("shape-viral-offer", "Unlimited data for free for every subscriber, activate at"
                          " https://data-free.example.com"),
    ("shape-viral-offer", "See who viewed your profile, install it from"
                          " https://wa-views.example.com"),
    ("shape-vote", "Пожалуйста, поддержите голосом мою дочку https://konkurs.example.com"),
    ("shape-vote", "Жиенім үшін дауыс жинап жатырмыз https://dauys.example.com"),
    ("shape-vote", "Every vote counts for my nephew https://vote.example.com"),
]

GENUINE_VIRAL = [
    "Бесплатный интернет в метро теперь работает на всех станциях, круто",
    "Kcell: вам начислено 10 ГБ бесплатного интернета на праздники. Подробности в"
    " приложении My Kcell.",
    "В этом магазине телефоны почти даром, сходим в субботу?",
    "Дүкенде телефондар өте арзан екен, сенбіде барайық",
    "Free wifi at the library now, no password needed",
    "Her voice is amazing, I watched the whole concert twice",
    "Мен бүгін сайлауда дауыс бердім",
    "Наш магазин дарит скидку 10% на день рождения! Покажите это сообщение на кассе.",
    # a town's vote with no link to a stranger's site, a friend's video (not a task job)
    "Жители, голосуйте за ремонт парка в бюджете участия, голосование в приложении акимата",
    "Ауламызды абаттандыру жобасына дауыс беріңіздер, дауыс беру әкімдік қосымшасында",
    "Please vote for the new playground in the city budget vote, it is in the akimat's app",
    "Смотри видео с дня рождения бабушки https://youtu.be/abc",
]


@pytest.mark.parametrize(("rule", "text"), FAKE_1414)
def test_the_fake_1414_request_in_other_words_is_danger(rule: str, text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.DANGER, (text, report.fired)
    assert rule in {f.rule for f in report.findings}
    assert "fake-1414-code" in report.scenarios()


@pytest.mark.parametrize("text", CODE_ASKED)
def test_a_code_asked_for_in_other_words_is_flagged(text: str) -> None:
    assert_flagged_by_shape("shape-code-tell", text)


@pytest.mark.parametrize("text", SMS_ASKED)
def test_the_sms_from_1414_asked_for_is_a_sign_not_danger(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.SUSPICIOUS, (text, report.fired)
    assert "sms-1414-pass-on" in {f.rule for f in report.findings}


@pytest.mark.parametrize("text", GENUINE_1414 + GENUINE_VIRAL)
def test_genuine_twins_have_no_signs(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize(("shape_id", "text"), VIRAL)
def test_viral_offers_and_votes_in_other_words(shape_id: str, text: str) -> None:
    report = assert_flagged_by_shape(shape_id, text)
    assert "messenger-viral-link" in report.scenarios()


def test_the_words_without_a_strangers_site_make_no_viral_offer() -> None:
    # "site" is a link to follow to a site that is not official: the words alone, or
    # "ссылка" with no link in the text, do not make the viral offer
    text = "Смартфоны почти даром, ссылку пришлю вечером"
    assert "shape-viral-offer" not in {f.rule for f in check(text).findings}
