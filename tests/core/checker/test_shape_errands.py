"""Shapes of the errand and the cold opener: gift cards bought and their codes sent, the
busy "manager" who is in a meeting and needs a quick favour, a stranger who writes to a
name that is not yours, an identity number "suspended" by a fake office, the blackmail
letter that proves itself with an old password, a pay rate with "earn up to".

Each message is written for this test (not copied from any evaluation set) in kk, ru and
en where the scheme exists there; each kind has genuine twins that share its words and
must stay clean. Numbers are placeholders.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from assistant.core.checker.engine import default_engine
from tests.core.checker.shape_checks import assert_flagged_by_shape

SHAPED: list[tuple[str, str]] = [
    # gift cards bought and their codes sent as photos
    ("shape-gift-card-codes", "Get three Steam cards of $50, scratch off the silver strip and"
                              " send the pictures to me."),
    ("shape-gift-card-codes", "Возьмите две подарочные карты Google Play, сотрите защитный слой"
                              " и скиньте коды сюда."),
    ("shape-gift-card-codes", "Екі сыйлық картасын алып, кодтарын жіберіңізші."),
    # bought for someone who is busy, in a meeting, will pay back
    ("shape-gift-card-errand", "Can you purchase some iTunes cards for a client? I'm tied up,"
                               " I will pay you back this evening."),
    ("shape-gift-card-errand", "Купите, пожалуйста, подарочные карты на 20 000, я всё возмещу"
                               " вечером."),
    ("shape-gift-card-errand", "Сыйлық картасын сатып алыңыз, кешке ақшаңызды қайтарамын."),
    # the busy "manager" asks for a quick favour
    ("shape-busy-favour", "Are you on your computer at the moment? I need a favour, it's"
                          " urgent."),
    ("shape-busy-favour", "Вы на месте? Я на совещании, есть срочное поручение."),
    ("shape-busy-favour", "Қолыңыз бос па? Жиналыстамын, бір өтінішім бар."),
    ("shape-busy-favour", "Hi Jane, do you have a moment? I need you to complete a task for"
                          " me."),
    ("shape-busy-favour", "Kindly send me your cell number, I need you to run an errand for"
                          " me."),
    ("shape-busy-favour", "Добрый день, вы сейчас на работе? Есть к вам просьба."),
    # a stranger writes to a name that is not yours
    ("shape-stranger-opener", "Is this Mrs. Lane? My assistant gave me your number, we met at"
                              " the golf club."),
    ("shape-stranger-opener", "Hi Tom, long time no see! What have you been up to recently?"),
    ("shape-stranger-opener", "Это господин Ахметов? Мне дали ваш номер на выставке, помните"
                              " меня?"),
    # an identity number "suspended"
    ("shape-id-suspended", "Your Social Security number has been suspended because of"
                           " illegal activity. Call us back at once."),
    ("shape-id-suspended", "Ваш ИИН будет аннулирован в связи с нарушением закона."),
    ("shape-id-suspended", "Сіздің ЖСН бұғатталды, шұғыл хабарласыңыз."),
    # blackmail that names an old password
    ("shape-blackmail-opener", "You don't know me, but one of your passwords is qwerty123."
                               " I placed malware on a site you visited."),
    ("shape-blackmail-opener", "Вы меня не знаете, но ваш пароль мне известен: вредоносная"
                               " программа уже на вашем компьютере."),
    ("shape-blackmail-opener", "Сіз мені танымайсыз, бірақ құпиясөзіңіз маған белгілі,"
                               " порно сайтта жазып алдым."),
    # a pay rate said with "earn up to"; people wanted for a daily rate
    ("shape-job-offer", "Нужны люди на удалёнку, от 6 000 тенге в день, от 18 лет."),
    ("shape-job-offer", "Remote work: earn up to 400 dollars without leaving home."),
]

GENUINE: list[str] = [
    # a gift card bought by the reader, a shop's offer, a surprise kept secret
    "Thank you for buying an Apple gift card. Your card is ready to use in the App Store.",
    "We're buying gift cards for Anna's birthday, keep it secret!",
    "Дарим подарочный сертификат на 5000 тенге при покупке от 30 000. Подробности на кассе.",
    # a known person asks an everyday favour
    "Are you free tonight? I need a favour: can you water my plants while I'm away?",
    "Ты свободна вечером? Нужна твоя помощь с переездом, возьму пиццу.",
    "Кешке бос болсаң, көшуге көмектесіп жібер, пицца аламын.",
    "I'm in a meeting till 3, call you after.",
    "Do you have a minute? Can we go over the budget?",
    "Вы на работе? Можете помочь перенести коробки после обеда?",
    "Кто хочет фото с ректором, приходите завтра, приёмная комиссия ждёт вас каждый день!",
    # a known person, a real wrong number
    "Sorry, wrong number!",
    "Hi Tom, see you at the club on Saturday.",
    # an identity number in a genuine notice
    "Your Social Security number is needed to finish your application in your account at"
    " ssa.gov.",
    "Сіздің ЖСН бойынша анықтама дайын.",
    # a password notice
    "Your password was changed. If this was you, no action is needed.",
]


@pytest.mark.parametrize(("shape_id", "text"), SHAPED)
def test_errand_and_opener_shapes_flag_their_messages(shape_id: str, text: str) -> None:
    assert_flagged_by_shape(shape_id, text)


@pytest.mark.parametrize("text", GENUINE)
def test_their_genuine_twins_show_no_signs(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, (text, report.findings)


def test_every_new_shape_has_a_message_here() -> None:
    shapes = {shape for shape, _text in SHAPED}
    assert shapes <= {s.id for s in default_engine().lexicon.shapes}
