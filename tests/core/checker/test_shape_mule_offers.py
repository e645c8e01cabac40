"""Accounts, cards and verifications rented out or sold (the money mule's "drop"), vague
earnings offers with "details in DM", and the account-theft lures of messengers (a
"gift" of Telegram Premium behind a login, an account "to be deleted"), also when the
words are disguised ("уд@ленку", "ᴨᴀᴩᴛнёᴩ", letters spelt out with spaces).

Each message is written for this test (not copied from any evaluation set) in kk, ru and
en; each kind has genuine twins that share its words and must stay clean. Numbers and
handles are placeholders.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from tests.core.checker.shape_checks import assert_flagged_by_shape

SHAPED: list[tuple[str, str]] = [
    # an account, a card or a "verification" rented or bought: the drop
    ("shape-card-rent", "Возьму в аренду ваш аккаунт на маркетплейсе, оплата за аренду"
                        " от 10 000 тенге в неделю"),
    ("shape-card-rent", "Предоставляю верификации под ключ, продажа счетов, есть дропы"),
    ("shape-card-rent", "Нужны дропы, оплата 5% от суммы, пиши в личку"),
    ("shape-card-rent", "Сдай свой аккаунт Kaspi в аренду, платим 20 000 тенге в неделю"),
    ("shape-card-rent", "Аккаунтыңызды жалға беріңіз, аптасына 15 000 теңге төлейміз"),
    ("shape-card-rent", "Rent out your Telegram account, we pay $50 a week, DM me"),
    ("shape-card-rent", "Buying verified bank accounts, we pay the same day"),
    # vague partners and "details in DM"
    ("shape-recruit-money", "Ищу партнёров для пассивного заработка, подробности в лс"),
    ("shape-recruit-money", "Нуждаемся в ответственном партнёре в перспективный проект,"
                            " детали в лс"),
    ("shape-job-offer", "Табыс табудың оңай жолы, күніне 20 000 теңге, толығырақ жеке хатқа"
                        " жазыңыз"),
    ("shape-recruit-money", "Серіктес іздеймін, қосымша жұмыс, тәжірибесіз, жеке жазыңыз"),
    ("shape-recruit-money", "Looking for partners, extra income from home, details in DM"),
    # the same, disguised
    ("shape-job-offer", "Нужны люди на уд@ленку, от 6 000 ₽ в день, пишите в лс"),
    ("shape-recruit-money", "ᴨᴩиʙᴇᴛ! ищу ᴨᴀᴩᴛнёᴩоʙ для ᴨᴀссиʙноᴦо зᴀᴩᴀбоᴛᴋᴀ, + в лс"),
    ("shape-recruit-money", "Ищу партнёров, д о х о д от 50 000 в неделю, пишите в лс"),
    # a "gift" behind a login
    ("shape-prize", "Telegram Premium в подарок! Перейдите по ссылке и войдите в аккаунт"),
    ("shape-prize", "Telegram Premium сыйлыққа! Сілтеме арқылы кіріп, аккаунтыңызға кіріңіз"),
    ("shape-prize", "Free Telegram Premium for a year: tap the link and log in"),
    # a login asked for through a link (a messenger, eGov)
    ("shape-link-password", "Для подтверждения личности авторизуйтесь через eGov по ссылке"),
    ("shape-link-password", "авторизуйтесь по ссылке"),
    ("shape-link-password", "Сіздің Telegram аккаунтыңыз бұғатталады. Сілтеме арқылы кіруді"
                            " растаңыз"),
    ("shape-link-password", "Your prize is waiting: follow the link and log in with your"
                            " Telegram"),
    ("shape-account-problem", "Ваш WhatsApp будет отключён, подтвердите номер по ссылке"),
    # "urgently confirm your data" about money or an account
    ("shape-data-urgent", "Из-за ошибки перевода средств срочно подтвердите данные"),
    ("shape-data-urgent", "Аударым қатесіне байланысты ақшаңыз тоқтатылды, деректеріңізді"
                          " шұғыл растаңыз"),
    ("shape-data-urgent", "Due to a failed transfer of funds, urgently confirm your details"),
    # "your money is at risk": the opening of the "safe account" call
    ("shape-safe-account", "Я из Центробанка, ваши деньги под угрозой"),
    ("shape-safe-account", "Сіздің ақшаңызға қауіп төніп тұр, Ұлттық банк хабарласады"),
    ("shape-safe-account", "Your savings are at risk, the central bank will call you"),
]

GENUINE: list[str] = [
    "Сдам квартиру в аренду на длительный срок, без посредников, пишите в личку",
    "Ищем партнёров для совместного проекта по озеленению двора, подробности в лс",
    "Нужен партнёр для игры в теннис по выходным, пишите в лс",
    "Продаю аккаунт в игре, пиши в лс",
    "Kaspi.kz приглашает на работу операторов контакт-центра. Официальное трудоустройство,"
    " оклад от 250 000 тенге. Отклик на hh.kz",
    "Ваш аккаунт будет удалён через 30 дней по вашему запросу. Если вы передумали, просто"
    " войдите в приложение.",
    "Пәтерді ұзақ мерзімге жалға беремін, толығырақ жеке хатқа жазыңыз",
    "Halyk Bank жұмысқа шақырады: операторлар керек, жалақы 250 000 теңгеден. Өтінімді"
    " hh.kz арқылы жіберіңіз",
    "Сәлем, ертең кездесеміз бе? Жеке жазып жібер",
    "Hi, can you DM me the photos from the trip?",
    "Добрый день, когда в личном кабинете снова заработает рейтинг?",
    "Войдите в свой аккаунт на egov.kz, чтобы подписать документ",
    "Вы вошли в аккаунт с нового устройства. Если это были вы, ничего делать не нужно.",
    "Чтобы подтвердить вход, откройте приложение Kaspi.kz на своём телефоне",
    "Құжатқа қол қою үшін egov.kz порталында аккаунтыңызға кіріңіз",
    "Скинь ссылку на конференцию, я авторизуюсь позже",
    "Срочно уточните данные для пропуска, староста ждёт до обеда",
    "Урожай под угрозой из-за заморозков, деньги на семена уже потрачены",
    "Мама, я в полиции, у нас экскурсия, всё хорошо",
    "Уважаемый клиент, подтвердите данные в приложении банка до конца месяца",
    "Договор аренды счёта в банке не нужен: счёт открывается в приложении за 5 минут",
]


@pytest.mark.parametrize(("shape_id", "text"), SHAPED)
def test_mule_and_vague_offers_are_flagged(shape_id: str, text: str) -> None:
    assert_flagged_by_shape(shape_id, text)


@pytest.mark.parametrize("text", GENUINE)
def test_their_genuine_twins_stay_clean(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, (text, [f.rule for f in report.findings])


@pytest.mark.parametrize("text", [
    "Вашу карту заблоковано",
    "З вашого рахунку підозріла транзакція",
    "Ви виграли автомобіль",
])
def test_ukrainian_card_block_and_prize_lines_are_read_like_russian(text: str) -> None:
    assert check(text).verdict is not Verdict.NO_SIGNS, text


def test_a_ukrainian_balance_notice_stays_clean() -> None:
    report = check("Оплата 148.00 UAH, картка *1234. Доступно 4834.33 UAH")
    assert report.verdict is Verdict.NO_SIGNS, [f.rule for f in report.findings]
