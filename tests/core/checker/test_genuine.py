"""Genuine notices must not be called fraud ("here is your code, tell nobody").

The messages follow the seeds: 1414 and bank one-time codes with "do not tell anyone"
(seed 000, seed 002), balance and transfer notifications (seed 001 advises turning them
on), IMEI registration notices pointing to kz-imei.kz or egov.kz (seed 003), operator
notices, and the eGov notice about a data leak (seed 004).
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check

GENUINE: list[tuple[str, str]] = [
    # 1414 one-time codes
    ("ru", "Код подтверждения: 482913. Никому не сообщайте этот код, даже сотрудникам ЦОН. "
     "1414"),
    ("kk", "Растау коды: 482913. Бұл кодты ешкімге айтпаңыз, тіпті ХҚКО қызметкерлеріне "
     "де. 1414"),
    ("en", "Your confirmation code is 482913. Do not tell this code to anyone, even to 1414 "
     "staff."),
    ("ru", "1414: Ваш код 7731. Не сообщайте его никому! Операторы 1414 никогда не "
     "запрашивают код."),
    ("kk", "Сіздің кодыңыз: 7731. Кодты ешкімге бермеңіз. 1414 операторлары ешқашан код "
     "сұрамайды."),
    # bank one-time codes
    ("ru", "Kaspi.kz: код для входа 5531. Никому его не говорите. Сотрудники банка никогда "
     "не спрашивают код."),
    ("kk", "Kaspi.kz: кіру коды 5531. Оны ешкімге айтпаңыз. Банк қызметкерлері кодты "
     "ешқашан сұрамайды."),
    ("en", "Halyk: your one-time password is 5531. Never share it with anyone. The bank will "
     "never ask for it."),
    ("ru", "Одноразовый пароль для оплаты 1200 ₸ в магазине: 904417. Никому не сообщайте "
     "пароль."),
    ("en", "Your verification code is 904417. Don't share this code with anyone."),
    # balance and transfer notifications
    ("ru", "Перевод 5 000 ₸ от Айгерим С. Доступно: 12 340 ₸"),
    ("kk", "Сізге 5 000 ₸ аударым түсті. Қолжетімді: 12 340 ₸"),
    ("en", "You received a transfer of 5,000 KZT. Available balance: 12,340 KZT."),
    ("ru", "Покупка 2 450 ₸, MAGNUM ALMATY. Баланс: 8 120 ₸"),
    ("en", "Payment of 2,450 KZT at MAGNUM approved. Balance: 8,120 KZT."),
    # IMEI registration notices (seed 003)
    ("ru", "Ваш телефон не зарегистрирован. В течение 30 дней пройдите регистрацию IMEI на "
     "kz-imei.kz или egov.kz, иначе связь будет отключена."),
    ("kk", "Телефоныңыздың IMEI коды тіркелмеген. 30 күн ішінде kz-imei.kz немесе egov.kz "
     "сайтында тіркеңіз, әйтпесе байланыс өшіріледі."),
    ("en", "Your phone's IMEI is not registered. Register it within 30 days at kz-imei.kz "
     "or egov.kz, otherwise your phone will be blocked."),
    # operator notices
    ("ru", "Уважаемый абонент! Ваш баланс менее 100 тенге. Пополните счёт, чтобы оставаться "
     "на связи."),
    ("kk", "Құрметті абонент! Балансыңызда 100 теңгеден аз қалды. Байланыста болу үшін "
     "балансты толтырыңыз."),
    ("en", "Dear subscriber, your balance is below 100 tenge. Top up to stay connected."),
    ("ru", "Kcell: с 1 декабря тариф «Свободный» стоит 3 990 тенге в месяц. Подробности по "
     "номеру 9090."),
    # the eGov notice about a leak (seed 004)
    ("ru", "eGov: Ваши персональные данные могли быть затронуты утечкой с сайта zaimer.kz. "
     "Рекомендуем установить ограничение на получение кредитов в приложении Egov Mobile."),
    ("kk", "eGov: дербес деректеріңіз zaimer.kz сайтынан тарап кетуі мүмкін. Egov Mobile "
     "қосымшасында несие алуға шектеу қоюды ұсынамыз."),
    # a service gives its own code to show to a courier; a bank names its own number
    ("ru", "Ваш заказ будет доставлен сегодня с 14 до 18. Для получения назовите курьеру "
     "код 4567."),
    ("kk", "Тапсырысыңыз бүгін жеткізіледі. Алу үшін курьерге 4567 кодын айтыңыз."),
    ("ru", "Homebank: код для входа 1234. Никому не сообщайте его. Если вы не запрашивали "
     "код, позвоните 7111."),
    ("ru", "Вход в приложение с нового устройства. Если это не вы, позвоните 7111."),
    ("ru", "Kaspi.kz: Вы получили перевод 5000 ₸ от Айдара К."),
    # more notices of operators, eGov, the Public Service Centre and banks
    ("ru", "Вам звонили: +7 701 234 56 78 (2 раза). Последний звонок в 14:05."),
    ("ru", "Beeline: На вашем балансе 150 тг. Пополните баланс, чтобы не остаться без "
     "связи."),
    ("ru", "Kcell: Подключена услуга «Мобильный интернет 10 ГБ». Стоимость 1990 тг в "
     "месяц."),
    ("ru", "eGov: Ваша заявка на услугу «Справка о несудимости» принята. Результат будет "
     "направлен в личный кабинет на egov.kz."),
    ("ru", "Срок действия вашей ЭЦП истекает 30.11.2026. Продлите ЭЦП на egov.kz или в "
     "ЦОН."),
    ("ru", "Вы записаны в ЦОН на 28.11 в 10:30. Код записи: 5521."),
    ("kk", "Сіздің ЭЦҚ мерзіміңіз 30.11.2026 аяқталады. ЭЦҚ-ны egov.kz сайтында немесе "
     "ХҚКО-да ұзартыңыз."),
    ("kk", "Сіз ХҚКО-ға 28.11 сағат 10:30-ға жазылдыңыз. Жазылу коды: 5521."),
    ("ru", "Напоминаем: платёж по кредиту 45 000 ₸ нужно внести до 05.12. Оплатить можно в "
     "приложении банка."),
    ("en", "Reminder: your appointment at the Public Service Centre is on 28 Nov at 10:30."),
    ("en", "My card got blocked at the ATM, I'll call the bank tomorrow."),
    # everyday messages
    ("ru", "Привет! Во сколько завтра встречаемся? Я возьму торт."),
    ("kk", "Сәлем! Ертең сағат нешеде кездесеміз? Мен торт алып барамын."),
    ("en", "Hi, are we still on for dinner tomorrow at 7?"),
    ("ru", "Мама, я доехал, всё хорошо. Позвоню вечером."),
    ("ru", "Коллеги, ссылка на встречу: https://zoom.us/j/123456789"),
    ("en", "Dad, can you send me 5000 tenge for the school trip? Thanks!"),
    ("en", "Happy birthday! We won the match yesterday, so it's double celebration 🎉"),
]


@pytest.mark.parametrize(("language", "text"), GENUINE,
                         ids=[f"{lang}-{i}" for i, (lang, _t) in enumerate(GENUINE)])
def test_genuine_notice_shows_no_signs(language: str, text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, [(f.rule, f.spans) for f in report.findings]
    # "no signs" is never "safe": the rules that always apply come with it.
    assert report.always


def test_official_links_in_a_notice_are_recognised() -> None:
    report = check(GENUINE[15][1])
    assert {link.official for link in report.links} == {"kz-imei", "egov"}
    assert all(link.lookalike_of is None for link in report.links)


def test_official_short_number_is_recognised() -> None:
    report = check("Код подтверждения: 482913. Никому не сообщайте. 1414")
    assert [(p.normalized, p.official) for p in report.phones] == [("1414", "egov-1414")]


def test_telling_the_code_and_warning_against_it_are_told_apart() -> None:
    warning = check("Никому не сообщайте код из SMS.")
    request = check("Сообщите код из SMS.")
    assert warning.verdict is Verdict.NO_SIGNS
    assert request.verdict is Verdict.DANGER
    assert request.findings[0].rule == "code-request"
