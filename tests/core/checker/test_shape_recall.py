"""Shapes for the schemes real messages showed the checker missing: job and task offers,
"easy money" for unnamed help, blackmail, the first and second call's lines (an
application you did not make, an officer who "will call", an accusation, "which banks",
"I am putting you through"), the mistaken transfer, recovery offers, viral forwards,
"someone commented on your photo", flowers from a courier, a friend asking to borrow.

Each message is written for this test (not copied from any evaluation set) in kk, ru and
en, in another inflection than the family's entry; each shape has a genuine twin that
shares some of its words and must stay clean. Numbers are placeholders.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from assistant.core.checker.engine import default_engine
from assistant.core.checker.shape import find_families
from tests.core.checker.shape_checks import assert_flagged_by_shape

SHAPED: list[tuple[str, str]] = [
    # a job or task offer with a pay rate
    ("shape-job-offer", "Part-time online work, stable earnings, only 2 hours a day. Text us"),
    ("shape-job-offer", "Подработка для всех, зарплата каждый день, пишите в телеграм"),
    ("shape-job-offer", "Үйден жұмыс! Күніне 2 сағат, тұрақты табыс, жазыңыз"),
    ("shape-task-job", "We pay you to rate hotels online, 50 dollars for 20 minutes, message me"),
    ("shape-task-job", "Нужно просто ставить лайки на отели, оплата сразу на карту"),
    ("shape-task-job", "Тапсырмаларды орындап, күніне 20 000 теңге табыс табасыз"),
    # easy money for unnamed help: the money-mule lure
    ("shape-recruit-money", "Ищем людей, хороший заработок без вложений"),
    ("shape-recruit-money", "Looking for people to earn extra income from home"),
    ("shape-recruit-money", "Адамдар керек, қосымша табыс, тәжірибе қажет емес"),
    # blackmail
    ("shape-extortion", "I recorded you through your webcam. Pay 500 dollars in bitcoin or"
                        " all your contacts get the video"),
    ("shape-extortion", "У нас есть интимные фото, переведи деньги, иначе отправим всем"
                        " твоим контактам"),
    ("shape-extortion", "Интим видеоңызды барлық контактілеріңізге жібереміз, әйтпесе"
                        " ақша төлеңіз"),
    # the first call: an application you did not make
    ("shape-request-filed", "На ваше имя поступила заявка на кредит, это были вы?"),
    ("shape-request-filed", "Did you apply for a loan of 900,000 tenge today?"),
    ("shape-request-filed", "Сіздің атыңызға несиеге өтінім түсті, сіз бе?"),
    ("shape-sensitive-change", "Поступил запрос на смену кодового слова, срочно подтвердите"),
    ("shape-sensitive-change", "Someone asked to change the code word on your account. If it"
                               " was not you, press 1"),
    # the second call: an officer will call, an accusation, "which banks", a transfer
    ("shape-expect-call", "Это директор. С вами свяжется следователь, окажите ему содействие"),
    ("shape-expect-call", "The director here: an investigator will call you today, do as"
                          " they say"),
    ("shape-expect-call", "Директор жазып тұр: тергеуші сізге хабарласады, айтқанын"
                          " орындаңыз"),
    ("shape-accusation", "Против вас возбуждено дело о финансировании терроризма, это"
                         " конфиденциально"),
    ("shape-accusation", "There is a case against you for money laundering, your account"
                         " will be frozen"),
    ("shape-accusation", "Сізге қатысты терроризмді қаржыландыру бойынша іс бар, полиция"
                         " тексеріп жатыр"),
    ("shape-which-banks", "Скажите, в каких банках у вас есть счета?"),
    ("shape-which-banks", "Tell me which banks do you have accounts with"),
    ("shape-which-banks", "Қай банкте шотыңыз бар, шотыңызда қанша ақша бар?"),
    ("shape-connect-call", "Соединю вас со следователем, не кладите трубку"),
    ("shape-connect-call", "Please hold, I'm transferring you to the police"),
    # the mistaken transfer
    ("shape-mistaken", "I think I sent my rent to you accidentally, could you return the"
                       " 20,000 tenge?"),
    ("shape-mistaken", "Ой, я нечаянно отправила вам деньги, можете вернуть?"),
    ("shape-mistaken", "Байқамай сізге ақша жіберіп қойыппын, қайтарыңызшы"),
    # recovery offers
    ("shape-recovery-scammers", "Обманули мошенники? Поможем вернуть деньги, пишите"),
    ("shape-recovery-scammers", "Scammed online? We help you get back your money, message"
                                " us"),
    ("shape-recovery-scammers", "Алаяқтар алдады ма? Ақшаңызды қайтарамыз, хабарласыңыз"),
    ("shape-lawyer-return", "Our lawyers recover money lost in online trading, fee 10%"),
    ("shape-lawyer-return", "Адвокат вернёт ваши деньги за предоплату"),
    # viral forwards and "someone commented on your photo"
    ("shape-viral-share", "Free internet for a month! Forward it to 10 friends"),
    ("shape-viral-share", "Бесплатный трафик всем! Перешлите в 5 чатов"),
    ("shape-viral-share", "Тегін интернет! Достарыңызға жіберіңіз"),
    ("shape-photo-comment", "Someone commented on your photo, look: photo-view.top/x"),
    ("shape-photo-comment", "Тебя отметили на фото, смотри bit.ly/x1"),
    ("shape-photo-comment", "Сені суретте белгілеп қойыпты, қара: bit.ly/x1"),
    # flowers from a courier; a friend asking to borrow
    ("shape-flowers", "Вам доставят букет, курьер позвонит"),
    ("shape-flowers", "Flowers have arrived for you, the courier is at the gate"),
    ("shape-flowers", "Сізге гүл шоғы келді, курьер күтіп тұр"),
    ("shape-lend", "Займёшь мне 15 тысяч до пятницы?"),
    ("shape-lend", "Hey, can you lend me 50 dollars till Friday?"),
    ("shape-lend", "Маған 20 мың қарызға бере аласың ба?"),
    # a "director" asking for a favour; a relative in trouble who must pay; blackmail in
    # the words of a hacked device
    ("shape-boss-errand", "Hi, it's the CEO. Are you available? I need a quick favour,"
                          " keep it between us"),
    ("shape-boss-errand", "Это директор. Вы сейчас свободны? Есть срочное поручение"),
    ("shape-boss-errand", "Директор жазып тұр: қазір бос па едіңіз? Шағын өтініш бар"),
    ("shape-relative-trouble-pay", "Your daughter had an accident, she hit a man; pay the"
                                   " compensation today to avoid a criminal case"),
    ("shape-relative-trouble-pay", "Ваш сын попал в ДТП, чтобы не заводить дело, нужно"
                                   " оплатить лечение пострадавшему"),
    ("shape-extortion", "I hacked your phone and recorded you. Send 300 dollars in bitcoin"
                        " or I send it to all your contacts"),
    # a code asked for in another sentence than the code
    ("shape-code-tell", "Сізге 1414-тен код келді ме? Айтыңызшы, тіркеуді растаймыз"),
    ("shape-code-tell", "Код пришёл? Продиктуйте, пожалуйста, это для записи"),
    ("shape-code-tell", "Did you get a code just now? Read it to me please"),
    # a payout or a renewal behind a link; a "payroll" change asking for bank details
    ("shape-entitled", "You are eligible for a council tax reduction of 150 pounds."
                       " Apply here: counciltax-reduce.top/a"),
    ("shape-payment-due", "Your Medicare card is due for renewal. Complete the form here:"
                          " medicare-renew.top/f"),
    ("shape-details-request", "Hi, it's Sarah from HR: please send me your new bank details"
                              " for the payroll today"),
    # a broken phone, a friend's number, then money; "is that you in the video?"
    ("shape-trouble-money", "Мама, телефоным сынып қалды, бұл досымның нөмірі. Маған тез"
                            " ақша керек"),
    ("shape-trouble-money", "Мам, я разбил телефон, пишу с номера друга, скинь денег"),
    ("shape-photo", "Досым, мына видеода сен барсың ба?"),
    # personal data asked aloud; a parcel held for a wrong address
    ("shape-details-request", "Для проверки продиктуйте ваши паспортные данные"),
    ("shape-parcel-address", "Your package is on hold: incorrect address"),
    ("shape-parcel-address", "Ваша посылка задержана, неверный адрес получателя"),
]

GENUINE: list[str] = [
    # the twins: the same words without the scheme
    "Got a new job at the café, 8 pounds an hour, starting Monday!",
    "Please write reviews of the course by Friday.",
    "Кто хочет пиццу? Заказываю на всех",
    "Сохраните все ваши контакты перед сменой телефона",
    "Предлагаем подать заявку на кредит в приложении банка",
    "Кодовое слово можно сменить в отделении банка",
    "Курьер вам позвонит за час до доставки",
    "Соединяю вас с бухгалтерией",
    "Полиция предупреждает: мошенники обвиняют людей в финансировании терроризма",
    "В каких банках сейчас выгодные вклады?",
    "Извините, ошиблась номером",
    "Кешіріңіз, қате жазып жібердім",
    "The lawyer said the landlord has to return the deposit next week.",
    "Полиция предупреждает: мошенники представляются юристами и обещают вернуть деньги",
    "Share the photos from the party with your friends!",
    "Спасибо за цветы, очень красивые!",
    "Можешь перевести этот текст на английский?",
    "Займи мне место в очереди, пожалуйста",
    "Никому не называйте свои данные",
    "Курьер уточнил адрес, посылку привезут завтра",
    "Рейтинг заработает в течение недели",
    "Работаю в кафе, в день выходит по 8 часов",
    "The director is away today, the meeting moves to Friday.",
    "Are you available for a call at 3? The director wants to discuss the report.",
    "Mum, I'm at the hospital with Dana, her arm is fine, we'll be home at six.",
    "Код пришёл? Никому его не называйте.",
    "Мама, я потеряла телефон, куплю новый завтра, всё хорошо",
    "Апа, телефоным сынып қалды, ертең жаңасын аламын",
    "Your council tax bill for this year is ready to view.",
    "Send me the bank details of the venue when you have them.",
    "Кодты ешкімге айтпаңыз, оны 1414 операторлары да сұрамайды.",
]


@pytest.mark.parametrize(("shape_id", "text"), SHAPED)
def test_new_shapes_flag_their_messages(shape_id: str, text: str) -> None:
    assert_flagged_by_shape(shape_id, text)


@pytest.mark.parametrize("text", GENUINE)
def test_their_genuine_twins_show_no_signs(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, (text, report.findings)


def test_every_new_shape_has_a_message_here() -> None:
    ids = {s.id for s in default_engine().lexicon.shapes}
    assert {shape for shape, _text in SHAPED} <= ids


def test_families_are_word_families_not_sentences() -> None:
    lexicon = default_engine().lexicon
    # a question form and its other persons ("займёшь" -> "займите мне")
    assert "lend-question" in find_families(lexicon, "займите мне до зарплаты")
    # a Kazakh stem with a chain of endings ("қаржыландыр-ған")
    assert "accusation" in find_families(lexicon, "терроризмді қаржыландырған")
    # a pay rate is its own sign, not a word easy money already counted
    found = find_families(lexicon, "4.47 per hour")
    assert "easy-money" in found and "per-day" not in found
    # an application that came in, not an offer to apply
    assert "request-filed" not in find_families(lexicon, "подайте заявку на кредит")
    assert "request-filed" in find_families(lexicon, "поступила заявка на кредит")


def test_a_comment_on_a_photo_needs_a_link() -> None:
    ids = {f.rule for f in check("Someone commented on your photo in the group chat").findings}
    assert "shape-photo-comment" not in ids
    ids = {f.rule for f in check("Someone commented on your photo: photo-view.top/x").findings}
    assert "shape-photo-comment" in ids


def test_one_word_is_one_sign_not_two() -> None:
    # "гүл" is a parcel and flowers: without a courier's "for you" it is not the shape
    assert check("Гүлдеріңізге рахмет, анам қатты қуанды!").verdict is Verdict.NO_SIGNS
    ids = {f.rule for f in check("Сізге гүл шоғы келді, курьер күтіп тұр").findings}
    assert "shape-flowers" in ids
    # words that are a lure and pressure at once say both: an authority, and secrecy
    ids = {f.rule for f in check("Это секретная операция").findings}
    assert "shape-secrecy" in ids
