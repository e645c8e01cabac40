"""The second call and the card-block lure said in other words: the Russian and Kazakh
families hold the synonyms a fraudster reaches for ("ограничен", "компрометация",
"куратор", "оперуполномоченный", "застрахованный / временный счёт", "перечислить",
"вывести", "микрокредит", "на ваши паспортные данные", "попытка списания",
"безвозвратно", "не кладите трубку"), not only the words of the sentences the rules
were written from.

Each message is written for this test (not copied from any evaluation set); the genuine
twins use the same words and must stay clean.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from assistant.core.checker.engine import default_engine
from assistant.core.checker.shape import find_families

FLAGGED = (Verdict.DANGER, Verdict.SUSPICIOUS)

# (a shape that must be among the findings, the message)
SHAPED: list[tuple[str, str]] = [
    ("shape-safe-account", "Я ваш куратор из отдела по борьбе с мошенничеством. Ваши"
                           " сбережения нужно перечислить на застрахованный счёт, пока идёт"
                           " проверка."),
    ("shape-authority-money", "Говорит оперуполномоченный: деньги с вклада надо вывести,"
                              " их пытаются похитить."),
    ("shape-loan-not-yours", "С вами говорит дознаватель. На ваши паспортные данные оформлен"
                             " микрокредит, нужно срочно связаться со службой безопасности."),
    ("shape-safe-account", "Обнаружена попытка списания с вашего вклада. Средства нужно"
                           " вывести на временный счёт прямо сейчас."),
    ("shape-account-attempt", "Неизвестные пытаются оформить кредит по вашему вкладу, деньги"
                              " будут списаны безвозвратно."),
    ("shape-account-problem", "Доступ к вашей банковской карте ограничен из-за сомнительной"
                              " операции, для снятия ограничения перейдите по адресу в"
                              " сообщении."),
    ("shape-safe-account", "Жинағыңызды сақтау үшін ақшаны уақытша шотқа аударыңыз."),
    ("shape-secrecy", "Ақшаны қорғалған шотқа аударыңыз, бұл туралы ешкімге айтушы болмаңыз."),
    ("shape-account-problem", "Банк картаңызға шектеу қойылды, күдікті операция анықталды."
                              " Шектеуді алу үшін сілтемеге өтіңіз."),
    ("shape-relative", "Бабушка, я попал в дорожно-транспортное происшествие, мне"
                         " грозит тюрьма, помоги."),
    ("shape-relative", "Әже, мен жол-көлік оқиғасына тап болдым, көмектесіңіз."),
    ("shape-relative", "Grandma, I was in a car crash and I'm facing jail, help me."),
]

GENUINE: list[str] = [
    "Доступ к мобильному банку ограничен на время технических работ с 02:00 до 04:00."
    " Приносим извинения за неудобства.",
    "Открыт новый счёт KZ12345. Чтобы перевести на него деньги с депозита, зайдите в"
    " приложение банка. Ваш код подтверждения: 4821, никому не сообщайте.",
    "Сотрудники полиции, Нацбанка и службы безопасности никогда не просят перевести деньги"
    " на безопасный или временный счёт. Если звонят с такой просьбой, положите трубку.",
    "Картаңыз уақытша шектелді. Шектеуді алу үшін Homebank қосымшасында немесе банк"
    " бөлімшесінде растаңыз. Сіздің кодыңыз: 5521, ешкімге бермеңіз.",
    "Пополнение вклада на 50 000 ₸. Доступно: 120 000 ₸.",
    "Дорожно-транспортное происшествие на проспекте Абая: движение затруднено до 18:00.",
    "Жол-көлік оқиғасы: Абай даңғылында қозғалыс 18:00-ге дейін қиындады.",
]


@pytest.mark.parametrize(("shape_id", "text"), SHAPED)
def test_other_words_make_the_same_shape(shape_id: str, text: str) -> None:
    report = check(text)
    assert report.verdict in FLAGGED, (text, report.verdict)
    found = {f.rule for f in report.findings}
    if shape_id not in found:
        # a rule of the same scenario said it at least as strongly: the shape stays silent
        shape = next(s for s in default_engine().lexicon.shapes if s.id == shape_id)
        assert shape.scenario in report.scenarios(), (text, found)
        # ...but the shape itself is there, from the new words
        assert shape_id in _shapes_present(text), (text, found)


def _shapes_present(text: str) -> set[str]:
    lexicon = default_engine().lexicon
    present = set(find_families(lexicon, text.lower()))
    return {s.id for s in lexicon.shapes
            if all(any(f in present for f in group) for group in s.requires)}


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_notices_with_those_words_stay_clean(text: str) -> None:
    report = check(text)
    assert report.verdict == Verdict.NO_SIGNS, (text, [f.rule for f in report.findings])


@pytest.mark.parametrize(("family", "word"), [
    ("authority", "куратором"), ("authority", "оперуполномоченного"),
    ("safe-account", "застрахованном счёте"), ("safe-account", "временный счет"),
    ("move-money", "перечислите"), ("move-money", "вывести"),
    ("loan", "микрокредита"), ("account-problem", "ограничен"),
    ("account-problem", "компрометации"), ("urgency", "не кладите трубку"),
    ("threat", "безвозвратно"), ("safe-account", "уақытша шотқа"),
    ("trouble", "дорожно-транспортном происшествии"), ("trouble", "грозит тюрьма"),
    ("trouble", "жол-көлік оқиғасына"), ("trouble", "car crash"),
])
def test_the_synonyms_are_in_their_families(family: str, word: str) -> None:
    assert family in find_families(default_engine().lexicon, word)


def test_a_request_verb_is_not_a_statement() -> None:
    # "перечислены" (a statement of a payment) is not the request "перечислите".
    assert "move-money" not in find_families(default_engine().lexicon, "средства перечислены")
