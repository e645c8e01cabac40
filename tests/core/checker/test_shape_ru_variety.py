"""Russian schemes in the wordings people receive them in, beside the words the rules
were first written from: a code asked for as "the digits of the SMS" or "what digits
came", a "соцвыплата" on a campaign site, "is it due to you?" in the question order,
"your photos were posted" with a link, a number "to be blocked" or "not registered" and
an operator's contract "running out", a job "на дому" with a daily rate, an ID number
asked with "назовите", a "mirror" or "counter" loan.

Each message is written for this test (not copied from any evaluation set); the genuine
twins use the same words and must stay clean.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check

FLAGGED = (Verdict.DANGER, Verdict.SUSPICIOUS)

SCAMS: list[str] = [
    "Сәлеметсіз бе, это егов. Вам отправили смс с цифрами, назовите их чтобы обновить"
    " данные в базе",
    "Алло, Правительство для граждан. На ваш номер пришло сообщение от 1414, какие там"
    " цифры?",
    "Вам сейчас придёт сообщение с цифрами от 1414, скажите мне их для подтверждения",
    "Соцвыплата 42500 тенге одобрена. Оформите получение на gov-vyplata.help",
    "Компенсация вкладчикам! Проверьте положена ли вам, получите деньги: kompensaciya.help",
    "Слушай, тут твои фотки выложили, посмотри http://foto-album.example.com",
    "Ваш номер не зарегистрирован, через 2 часа связь будет прекращена. Пройдите"
    " верификацию: sim-kz.help",
    "Абонент, у вас заканчивается срок договора с оператором. Для продления нужен код из"
    " смс",
    "Вакансия оператор на дому, оплата ежедневно от 20 000 тг. Пишите +7 701 000 00 00",
    "Подтвердите вашу личность, назовите номер удостоверения и дату выдачи",
]

# The "mirror" or "counter" loan of the second call ("оформите зеркальный кредит") is the
# safe-account scheme in its own words, in either order.
DANGER: list[str] = [
    "Для защиты ваших средств нужно оформить зеркальный кредит",
    "Чтобы аннулировать заявку, срочно возьмите встречный займ в другом банке",
]

GENUINE: list[str] = [
    "Смотри какие фотки со свадьбы скинули, ты там такая красивая",
    "Код для входа в eGov: 482913. Никому не сообщайте этот код.",
    "Пенсия за декабрь зачислена на ваш счёт. ЕНПФ",
    "Уважаемый абонент, на вашем балансе менее 100 тг. Пополните баланс, чтобы оставаться"
    " на связи.",
    "Приходи в субботу на собеседование в 11:00, офис на Абая 10, возьми резюме",
    "Какой код у домофона? Я уже у подъезда",
    "Мама сидит на дому с внуками, заходи в гости",
]


@pytest.mark.parametrize("text", SCAMS)
def test_russian_wording_is_flagged(text: str) -> None:
    assert check(text).verdict in FLAGGED, text


@pytest.mark.parametrize("text", DANGER)
def test_mirror_loan_is_danger(text: str) -> None:
    assert check(text).verdict is Verdict.DANGER, text


@pytest.mark.parametrize("text", GENUINE)
def test_russian_twin_stays_clean(text: str) -> None:
    assert check(text).verdict is Verdict.NO_SIGNS, text
