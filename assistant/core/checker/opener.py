"""A message that opens by calling the reader by a first name: "Amy, when are you picking
me up?", "hi Jessie,", "Una, good evening", "Ольга, добрый вечер", "Айгүл, сәлем".

The family ``vocative`` of shape.toml has no words: the engine marks it here, on the name's
span. A stranger who writes to a name that is not yours as if a plan were already made is
how the wrong-number chat begins; a friend who writes to you by name says the same words,
so the family is only one part of a shape (``shape-wrong-plan``), never a sign alone.

The name is the first word of the message, or the first after a greeting ("hi", "привет",
"сәлем"), written with a capital and then small letters in the original ("Amy", not "AMY"
or "amy"), followed by a comma, "!" or a question word, and not one of the words
that open a chat without naming anyone ("So", "Mum", "Babe", "Слушай", "Мам", "Апа").
"""

from __future__ import annotations

import re

from assistant.core.checker.normalise import Normalised

_GREETING = (r"(?:hi|hey|hello|hiya|dear|good (?:morning|afternoon|evening|day)"
             r"|привет|приветик|здравствуй(?:те)?|добрый (?:день|вечер)|доброе утро"
             r"|сәлем(?:етсіз бе)?|салем|қайырлы (?:таң|күн|кеш))")
_NEXT = (r"(?:when|where|what time|(?:are|did|do|can|could|will|have|r) (?:you|u)|tomorrow"
         r"|tonight|today|когда|где|ты|вы|во сколько|завтра|сегодня|қашан|қайда|ертең"
         r"|бүгін)")
_OPENER_RE = re.compile(
    rf"\W{{0,3}}(?:{_GREETING}\W{{1,3}})?([^\W\d_]{{2,14}})"
    rf"(?=\s*[,!]|\s+{_NEXT}\b)")

#: Words that open a message without naming anyone: interjections, kinship and pet names,
#: forms of address for a group or a customer, and common first words of a sentence.
_NOT_NAMES_EN = """
so ok okay oh ah well yes yeah yep yup no nope hey hi hello hiya dear and but then now
also sorry please thanks thank guys dude babe baby honey darling love lover sweetie sweetheart
mum mom mommy mummy mama dad daddy papa pa ma bro sis brother sister son daughter sir madam
maam man mate buddy pal lol omg haha hmm wait listen btw anyway good morning evening
tomorrow today tonight what when where who how why are is do did can could will would you
we they he she it my your our the hope just still all everyone everybody friend friends
uncle aunt auntie granny grandma grandpa nana hun hon luv cutie gorgeous handsome princess
teacher doctor customer client user member members colleague colleagues team staff
parents students student patient patients sweety boss hubby wifey wife husband kids
mister miss ms mr mrs dr great cool nice fine sure alright aight right yo hmm wow
yesterday later soon maybe sometimes usually actually really me us this that there here
awesome okie oops anyway anyways exactly ditto lmao haha hahaha true nah hmmm ugh yay
goodmorning goodnight damn sweet excellent nothing ya life
"""
_NOT_NAMES_RU_KK = """
ну так слушай слушайте привет здравствуйте мам мама мамуль мамочка пап папа папуль дорогой
дорогая милый милая солнце солнышко зай зайка котик брат братан бро сестра сестрёнка сынок
сын доча дочка дочь бабушка бабуль дедушка деда ребята ребят коллеги друзья короче кстати
ладно ок окей да нет извините простите спасибо пожалуйста уважаемый уважаемая уважаемые
клиент абонент родители внимание девочки девчонки парни мальчики народ шеф любимый любимая
послезавтра завтра сегодня вчера позавчера сейчас потом утром вечером днём днем ночью
тогда может возможно наверное иногда я меня мне мы нас ты тебя вы вас он она они это
этот эта вот там тут здесь кто что когда где как почему зачем сколько куда откуда
подскажите скажите хорошо понял поняла понятно если ура блин конечно ой благодарю отлично
эх ооо круто главное странно интересно но аа всё все можно видимо вопрос давай давайте ага
надеюсь опа ого хм согласен согласна молодец поздравляю поддерживаю кажется жаль верно
сәлем сәлеметсіз апа апай әке әкетай мама анашым ата әже аға ағай әпке тәте бауырым
қарындас іні сіңлім балам балалар жаным достар ұстаз құрметті ханым мырза рахмет
кешіріңіз иә жоқ жарайды ертең бүгін кеше қазір кейін мен мені маған сен сені саған
сіз сізді сізге біз бізді олар ол бұл осы сол мына кім не қашан қайда қалай неге қанша
"""
NOT_NAMES = frozenset(_NOT_NAMES_EN.split()) | frozenset(_NOT_NAMES_RU_KK.split())


def mark_vocative(found: dict[str, list[tuple[int, int]]], norm: Normalised) -> None:
    """Add the family ``vocative`` to ``found`` when the text opens with a first name."""
    folded = norm.folded
    match = _OPENER_RE.match(folded)
    if match is None or match.group(1) in NOT_NAMES:
        return
    start, end = match.span(1)
    original = norm.original[slice(*norm.span(start, end))]
    if len(original) >= 2 and original[0].isupper() and original[1:].islower():
        found["vocative"] = [(start, end)]
