"""The openers of two schemes, told by their shape, not by a sentence:

* the wrong-number chat: a first name at the very start (the family ``vocative``, marked
  by opener.py) and a plan spoken of as already made with the reader (picking someone up;
  a meeting or a signing moved to another time) or "long time no see"; a stranger who
  "came across your profile" and "decided to write"; a self-introduction with a post far
  away (a soldier, a surgeon with the UN, an oil rig); "wrong number" followed by "it's
  fate, can we be friends";
* the fake "director": a new number with a call to wait for ("a curator will call you"),
  another messenger or silence; a "director" who moves the chat to Telegram; "are you at
  your desk right now?".

Each message is written for this test (not copied from any evaluation set) in kk, ru and
en; each kind has genuine twins that share its words and must stay clean. The trade-off
this file pins down: "Sarah, when are you picking me up?" is flagged (a stranger's opener
and a friend's text are the same words; the shape says "if the name is not yours"), while
the same question with no name, or to "Mum" / "Апа" / "Мам", is not.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from assistant.core.checker.engine import default_engine
from assistant.core.checker.normalise import normalise
from assistant.core.checker.opener import mark_vocative
from tests.core.checker.shape_checks import FLAGGED, assert_flagged_by_shape

SHAPED: list[tuple[str, str]] = [
    # a first name and a pick-up the reader never agreed to
    ("shape-wrong-pickup", "Sarah, what time are you picking me up tomorrow? I'll be at the"
                           " station"),
    ("shape-wrong-pickup", "Марина, во сколько ты меня заберёшь? Я уже у вокзала"),
    ("shape-wrong-pickup", "Айгүл, мені қашан алып кетесің? Вокзалда күтіп тұрмын"),
    # a first name and a shared meeting or signing moved to another time
    ("shape-wrong-plan", "Hi Linda, our meeting with the notary is moved to 4pm tomorrow,"
                         " please don't be late"),
    ("shape-wrong-plan", "Kevin, good morning, the contract signing is postponed to Friday,"
                         " I have a fever"),
    ("shape-wrong-plan", "Ольга, добрый вечер, завтра подписание договора переносится с 10"
                         " на 15, я заболел"),
    ("shape-wrong-plan", "Дана, қайырлы кеш, ертеңгі келісімшартқа қол қою уақыты сағат"
                         " 15-ке ауыстырылды"),
    # a first name and "it's been a long time"
    ("shape-name-long-time", "Anna, long time no see! How have you been?"),
    ("shape-name-long-time", "Маша, давно не виделись! Как ты?"),
    ("shape-name-long-time", "Айгүл, сәлем! Көрмегелі көп болды ғой"),
    # "I came across your profile and decided to write"
    ("shape-romance-opener", "I came across your profile and decided to write to you, you"
                             " have a kind smile"),
    ("shape-romance-opener", "Я увидел ваш профиль и решил вам написать, вы очень красивая"),
    ("shape-romance-opener", "Сіздің профиліңізді көрдім, сізге жазуды шештім"),
    # a self-introduction with a post far away
    ("shape-suitor-intro", "My name is James Walker, I am a US Army surgeon on a peace"
                           " mission in Yemen, widowed, looking for an honest woman"),
    ("shape-suitor-intro", "Меня зовут Джон, я военный хирург, служу по контракту за"
                           " границей, в Сирии, вдовец"),
    ("shape-suitor-intro", "Менің атым Джон, мен әскери дәрігермін, Сирияда миссиядамын"),
    # after "wrong number", the chat that turns friendly
    ("shape-wrong-number", "Sorry, wrong number. But maybe it's fate, can we be friends?"
                           " Where are you from?"),
    ("shape-wrong-number", "Извините, ошиблась номером. Но может это судьба, давайте"
                           " дружить? Откуда вы?"),
    ("shape-wrong-number", "Кешіріңіз, қателесіп жазып жібердім. Бәлкім бұл тағдыр екен,"
                           " танысып алайық?"),
    # a new number and a call to wait for
    ("shape-new-number-call", "This is my new number, save it. A curator will call you"
                              " today, please answer their call."),
    ("shape-new-number-call", "Добрый день, это мой новый номер, сохраните. С вами свяжется"
                              " куратор из министерства, ожидайте звонка."),
    ("shape-new-number-call", "Сәлеметсіз бе, бұл менің жаңа нөмірім. Сізге министрліктен"
                              " қызметкер хабарласады, қоңырауын күтіңіз."),
    ("shape-new-number-call", "Hi, it's Mark, new number. Don't tell anyone, you'll get a"
                              " call from the auditor soon."),
    # a "director" who moves the chat to another messenger
    ("shape-boss-move-chat", "I'm the CEO. Text me on Telegram, I can't talk now."),
    ("shape-boss-move-chat", "Это директор. Напишите мне в Телеграм, здесь говорить не могу."),
    ("shape-boss-move-chat", "Мен директормын. Маған телеграмға жазыңыз, қазір сөйлесе"
                             " алмаймын."),
    # "are you at your desk right now?"
    ("shape-desk-check", "Are you at your desk right now? I need a quick favour."),
    ("shape-desk-check", "Вы сейчас на рабочем месте? Есть срочное поручение."),
    ("shape-desk-check", "Қазір жұмыс орныңыздасыз ба? Бір тапсырма бар."),
]

GENUINE: list[str] = [
    # the same plan with no name, or to a parent
    "When are you picking me up?",
    "Mum, when are you picking me up? Practice ends at 5",
    "Hey, when are you picking me up? I'm done at 6",
    "Когда ты меня заберёшь?",
    "Мам, во сколько ты меня заберёшь? Тренировка до шести",
    "Мені қашан алып кетесің?",
    "Апа, мені қашан алып кетесің? Сабақ бесте бітеді",
    # "long time no see" to nobody, or to a parent
    "Long time no see! How have you been?",
    "Мам, давно не виделись",
    "Апа, көрмегелі көп болды ғой",
    # a meeting moved with no name; a clinic's own reminder by name
    "Our meeting is moved to 4pm tomorrow, see you then",
    "Встреча переносится на завтра на 15:00",
    "Кездесу ертеңге ауыстырылды",
    "Hi Anna, your appointment with Dr Lee has been rescheduled to 3pm on Friday. Reply C to"
    " confirm.",
    # a self-introduction at home, a relative who serves
    "My name is Anna, I'm the new nurse at your clinic, nice to meet you",
    "Меня зовут Анна, я ваш новый участковый врач, приём по вторникам",
    "Менің атым Дана, мен сіздің жаңа дәрігеріңізбін",
    "My brother is a soldier serving overseas, we miss him",
    "Мой брат военный, служит в армии",
    # a real wrong number
    "Sorry, wrong number. Who is this?",
    # a code notice that says "tell no one" beside a number
    "Новый номер: +7 701 000 00 00. Код 5521, никому не говорите.",
    # a colleague in the office, a director's everyday request
    "Are you at work right now?",
    "Are you in the office now? The courier is downstairs with your parcel",
    "Вы сейчас в офисе? Курьер привёз документы",
    "Сіз қазір кеңседесіз бе? Курьер құжаттарды әкелді",
    "Директор просит всех написать отчёты до пятницы",
]

#: A new number with "I'll call you tonight": a friend's message, not the boss's opener
#: (the older rule `new-number` may still note the new number itself).
NEW_NUMBER_ALONE: list[str] = [
    "This is my new number, save it. I'll call you tonight.",
    "Это мой новый номер, сохрани. Вечером позвоню",
    "Сәлем, бұл менің жаңа нөмірім, сақтап қой. Кешке қоңырау шаламын",
]

NEW_SHAPES = {"shape-wrong-pickup", "shape-wrong-plan", "shape-name-long-time",
              "shape-suitor-intro", "shape-new-number-call", "shape-boss-move-chat",
              "shape-desk-check"}


@pytest.mark.parametrize(("shape_id", "text"), SHAPED)
def test_opener_shapes_flag_their_messages(shape_id: str, text: str) -> None:
    report = assert_flagged_by_shape(shape_id, text)
    assert report.verdict in FLAGGED


@pytest.mark.parametrize("text", GENUINE)
def test_their_genuine_twins_show_no_signs(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, (text, report.findings)


@pytest.mark.parametrize("text", NEW_NUMBER_ALONE)
def test_a_new_number_alone_is_not_the_director_opener(text: str) -> None:
    rules = {f.rule for f in check(text).findings}
    assert not rules & NEW_SHAPES, (text, rules)


@pytest.mark.parametrize(("text", "name"), [
    ("Amy when are you picking me up?", "Amy"),
    ("Hey. Amy when are you picking me up?", "Amy"),
    ("hi Jessie, it's been a long time", "Jessie"),
    ("Ольга, добрый вечер", "Ольга"),
    ("Привет, Маша! Ты где?", "Маша"),
    ("Айгүл, сәлем!", "Айгүл"),
])
def test_a_first_name_at_the_start_is_a_vocative(text: str, name: str) -> None:
    found: dict[str, list[tuple[int, int]]] = {}
    norm = normalise(text)
    mark_vocative(found, norm)
    (start, end), = found["vocative"]
    assert text[start:end] == name


@pytest.mark.parametrize("text", [
    "Mum, when are you picking me up?", "So when are you picking me up?",
    "amy when are you picking me up?", "AMY WHEN ARE YOU PICKING ME UP?",
    "Dear Customer, your order is ready", "Sorry, I'll call later",
    "Когда ты меня заберёшь?", "Мам, ты где?", "Послезавтра ты перенесёшь встречу",
    "Апа, мені қашан алып кетесің?", "Мені қашан алып кетесің?",
    "Pick me up at 5", "Tomorrow I can't",
])
def test_no_vocative_without_a_name(text: str) -> None:
    found: dict[str, list[tuple[int, int]]] = {}
    mark_vocative(found, normalise(text))
    assert "vocative" not in found


def test_every_new_shape_has_messages_in_three_languages() -> None:
    shapes = {s.id for s in default_engine().lexicon.shapes}
    assert shapes >= NEW_SHAPES
    for shape_id in NEW_SHAPES:
        assert sum(1 for s, _t in SHAPED if s == shape_id) >= 3, shape_id
