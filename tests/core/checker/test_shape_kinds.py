"""Shapes for more kinds of fraud that real messages showed the checker missing: a
"director" writing from a new account or asking about trouble at work, the cover story
for the bank and secrecy about the call, rental prepayment, a wrong-number chat that
turns friendly, offers to close your loans, a card rented out, a relative whose bank is
"locked", a password asked for through a link.

Each message is written for this test (not copied from any evaluation set) in kk, ru and
en; each kind has genuine twins that share its words and must stay clean. Numbers are
placeholders.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from assistant.core.checker.engine import default_engine
from assistant.core.checker.shape import find_families
from tests.core.checker.shape_checks import assert_flagged_by_shape

SHAPED: list[tuple[str, str]] = [
    # a "director" from a new account; questions about trouble at work before the call
    ("shape-boss-new-account", "Hello, this is the director, I'm writing from my new account,"
                               " please save it."),
    ("shape-boss-new-account", "Добрый день, это гендиректор, пишу с нового аккаунта"),
    ("shape-boss-new-account", "Сәлеметсіз бе, бұл директор, жаңа аккаунттан жазып отырмын."),
    ("shape-boss-probe", "Have you had any problems at work this month? There are complaints"
                         " about you; an officer will contact you, please cooperate."),
    ("shape-boss-probe", "Были ли у вас проблемы на работе? Интересуют конфликты с коллегами."
                         " С вами свяжется сотрудник, окажите содействие"),
    ("shape-boss-probe", "Соңғы айда жұмыста мәселе болды ма? Сізге шағым түсті, тергеуші"
                         " сізге хабарласады."),
    ("shape-boss-probe", "За последний месяц у вас не было конфликтов с коллегами? Это для"
                         " служебной проверки"),
    # a code word changed "if it was not you" (not "your code", the twin of a code SMS)
    ("shape-sensitive-change", "Сіздің кодтық сөзіңіз өзгертілді. Егер бұл сіз болмасаңыз,"
                               " +7 701 000 00 00 нөміріне хабарласыңыз"),
    # the cover story for the bank and secrecy about the call
    ("shape-secrecy", "If the bank asks why you are moving the money, tell the bank it's for"
                      " a car. Don't tell your family."),
    ("shape-secrecy", "Если сотрудник банка спросит, зачем вам деньги, скажите что на"
                      " ремонт. О звонке никому."),
    ("shape-secrecy", "Банк сұраса, ақшаны жөндеуге деп айтыңыз. Бұл әңгіме құпия."),
    # rental prepayment
    ("shape-rental-prepay", "The flat is still available but I'm abroad. Pay a deposit of 200"
                            " pounds and I'll send you the keys."),
    ("shape-rental-prepay", "Квартира свободна, но я сейчас в другом городе. Внесите"
                            " предоплату 50 000, и я отправлю ключи"),
    ("shape-rental-prepay", "Пәтер бос, бірақ мен басқа қаладамын. Алдын ала төлем 20 000"
                            " теңге аударыңыз, кілтті жіберемін."),
    # a wrong-number chat that turns friendly
    ("shape-wrong-number", "Oh sorry, wrong number! But nice to meet you, where are you from?"),
    ("shape-wrong-number", "Извините, ошиблась номером) Но приятно познакомиться, откуда вы?"),
    ("shape-wrong-number", "Кешіріңіз, нөмірді қателесіп жаздым. Бірақ танысқаныма"
                           " қуаныштымын, қайдансыз?"),
    # loans "closed" for a fee
    ("shape-debt-relief", "We help to clear your debts in one month, call us today"),
    ("shape-debt-relief", "Помогаю закрыть кредиты, пишите в личку"),
    ("shape-debt-relief", "Несиелеріңізді жабуға көмектесеміз, хабарласыңыз"),
    # a card rented out: the money mule job
    ("shape-card-rent", "Need people: rent out your card, 300 dollars a week"),
    ("shape-card-rent", "Нужны люди: карта в аренду, 20 000 в день"),
    ("shape-card-rent", "Картаңызды жалға беріңіз, күніне 10 000 теңге төлейміз"),
    # a relative whose bank is "locked" asks you to pay
    ("shape-locked-pay-for-me", "Mum, my banking app is locked for 48 hours and I have to pay"
                                " two bills today, can you pay them for me?"),
    ("shape-locked-pay-for-me", "Мам, у меня заблокировали карту, можешь оплатить за меня"
                                " аренду? Потом верну"),
    ("shape-locked-pay-for-me", "Мам, приложение банка заблокировали, а надо оплатить"
                                " аренду. Можешь оплатить за меня?"),
    ("shape-locked-pay-for-me", "Апа, қосымшама кіре алмаймын, мына шотты мен үшін төлеп"
                                " бере аласың ба?"),
    # a stranger who "came across your profile": the romance opener
    ("shape-romance-opener", "Hello dear, I came across your profile and decided to contact"
                             " you. I'm a widower, an army doctor with the United Nations."),
    ("shape-romance-opener", "Здравствуйте, увидел ваш профиль и решил вам написать. Я вдовец,"
                             " военный врач, служу в миротворческой миссии."),
    ("shape-romance-opener", "Сәлеметсіз бе, профиліңізді көрдім, сізге жазуды шештім. БҰҰ"
                             " бітімгершілік миссиясында қызмет етемін."),
    # "Hi Mum" from a temporary number
    ("shape-new-number", "Hi mum, my phone got water damaged, I'm on an old phone for now."
                         " Save my temp number."),
    ("shape-new-number", "Мам, телефон утопила, пишу с временного номера, сохрани его"),
    ("shape-new-number", "Мама, телефоным бұзылды, уақытша нөмірден жазып отырмын"),
    # "your SIM card / your contract expires": the pretext for the SMS code
    ("shape-sim-expiry", "Your SIM card will expire tomorrow. Call 0800 000 000 to renew your"
                         " contract"),
    ("shape-sim-expiry", "Уважаемый абонент! Срок действия договора связи истекает. Наш"
                         " специалист свяжется с вами для продления"),
    ("shape-sim-expiry", "Сіздің шартыңыздың мерзімі бітеді, ұзарту үшін маманымыз сізге"
                         " хабарласады"),
    # gift cards bought "for me" and kept secret; a new phone and a plea for help
    ("shape-secret-errand", "I want to surprise the team with gift cards. I would like you to"
                            " handle this for me and keep it secret until I announce it."),
    ("shape-secret-errand", "Нужно купить подарочные сертификаты для сотрудников, займись"
                            " этим, но никому не рассказывайте."),
    ("shape-secret-errand", "Мен үшін істеп беріңізші: бірнеше сыйлық карта сатып алу керек,"
                            " ешкімге айтпаңыз."),
    ("shape-new-phone-help", "I got a new phone, still moving everything over. I have a little"
                             " problem, can you help me with it?"),
    ("shape-new-phone-help", "Пишу с нового номера, есть небольшая проблема, помоги, пожалуйста"),
    ("shape-new-phone-help", "Жаңа нөмірден жазып отырмын, бір мәселе бар, көмектесші"),
    # a "free" game gift or coin behind a link, and a task job rating hotels
    ("shape-prize", "bro steam gived nitro - https://nitro-free.example.com/abc"),
    ("shape-task-job", "We need someone to rate hotel bookings. We pay 300 dollars, the job"
                       " is simple, whatsapp me"),
    # a password asked for through a link
    ("shape-link-password", "Your page is under review. Click the link and enter your"
                            " password to keep it."),
    ("shape-link-password", "Страница на проверке. Перейдите по ссылке и введите пароль,"
                            " чтобы сохранить её."),
    ("shape-link-password", "Парақшаңыз тексерілуде. Сілтеме арқылы өтіп, құпиясөзіңізді"
                            " енгізіңіз."),
]

GENUINE: list[str] = [
    "Директор просил передать: совещание перенесли на пятницу",
    "The director asked me to thank everyone for the report.",
    "У меня проблемы на работе, давай вечером созвонимся",
    "Жұмыста мәселе болды, кешке хабарласамын",
    "Не говорите родственникам про сюрприз, в субботу всё расскажем!",
    "Банк никогда не просит скрывать звонок от родных. Если вам говорят «не говорите"
    " родственникам», это мошенники",
    "Сдаю квартиру посуточно, оплата при заселении, показ в любое время",
    "Предоплата за квартиру получена, ждём вас 5-го",
    "The landlord returned the deposit today, all good.",
    "Пәтер иесі кепілақыны қайтарды, рақмет!",
    "Sorry, wrong number! Have a nice day",
    "Извините, ошиблась номером. Приятного вечера!",
    "Банк напоминает: погасите кредит до 15 числа в приложении",
    "Несиеңізді мерзімінен бұрын қосымшада жабуға болады",
    "Полиция предупреждает: не сдавайте карту в аренду, мошенники используют её для"
    " отмывания денег",
    "Mum, my card is blocked, I'll go to the bank tomorrow",
    "Мама, картам бұғатталды, ертең банкке барамын",
    "Your code is 1234. Enter the code in the app, do not share it",
    "Hi Anna, I came across your profile on LinkedIn and would like to discuss a data"
    " analyst role with you.",
    "Mum, I'm on my old laptop tonight, the phone is charging",
    "We're buying gift cards for Anna's birthday, keep it secret!",
    "Got a new phone, save this number!",
    "Срок действия вашей карты истекает 05/26. Новую карту получите в отделении банка",
    "Срок действия вашего тарифа истекает 10.12. Для продления пополните баланс",
    "Сіздің кодыңыз: 4821. Оны ешкімге айтпаңыз",
    "Приложение банка заблокировано на время обновления, приносим извинения",
    "Сіздің кодыңыз 1234. Кодты қосымшаға енгізіңіз, ешкімге бермеңіз",
]


@pytest.mark.parametrize(("shape_id", "text"), SHAPED)
def test_new_kinds_flag_their_messages(shape_id: str, text: str) -> None:
    assert_flagged_by_shape(shape_id, text)


@pytest.mark.parametrize("text", GENUINE)
def test_their_genuine_twins_show_no_signs(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, (text, report.findings)


def test_every_kind_has_a_message_in_each_language() -> None:
    shapes = {shape for shape, _text in SHAPED}
    assert shapes <= {s.id for s in default_engine().lexicon.shapes}
    # older shapes with a new wording here: their others are in test_shape*.py
    for shape in shapes - {"shape-sensitive-change", "shape-prize", "shape-task-job"}:
        assert sum(1 for s, _t in SHAPED if s == shape) >= 3, shape


def test_the_new_families_are_word_families() -> None:
    lexicon = default_engine().lexicon
    # another person and case than the entry ("закрыть кредиты" -> "закроем ваши кредиты")
    assert "debt-relief" in find_families(lexicon, "закроем ваши кредиты")
    # a Kazakh stem with its endings ("несие-лер-іңіз-ді жаб-у-ға")
    assert "debt-relief" in find_families(lexicon, "несиелеріңізді жабуға")
    # a rent offer names the flat; a deposit alone is not one
    assert "rental" not in find_families(lexicon, "the deposit is returned")
    # "wrong number" alone is an apology, not a chat that goes on
    assert "befriend" not in find_families(lexicon, "sorry, wrong number")
