"""Shapes of the fake "director" and the fake officer written as word families, not
sentences: a boss (director, rector, akim, head of department) with a state body (a
ministry, a court, the KNB) and a coming call, secrecy or trouble at work; questions about
trouble at work put to the reader; an accusation with a demand to pay or move money; the
paid small tasks of a job offer; a card handed over for money.

Each message is written for this test (not copied from any evaluation set) in kk, ru and
en; the genuine twins share their words (a real director's meeting, a court's notice, a
friend's talk about work) and must show no signs. Numbers are placeholders.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from assistant.core.checker.engine import default_engine
from tests.core.checker.shape_checks import assert_flagged_by_shape

SHAPED: list[tuple[str, str]] = [
    # a boss announces the call of a state body and asks to help it, quietly
    ("shape-boss-state-call", "Добрый день. Это ректор. Сегодня вам будет звонить сотрудник"
                              " министерства, прошу оказать ему содействие и никому из"
                              " коллег не говорить."),
    ("shape-boss-state-call", "Здравствуйте, я заведующая. С вами выйдет на связь"
                              " представитель прокуратуры, выполняйте все его указания."),
    ("shape-boss-state-call", "Сәлеметсіз бе, мен меңгерушімін. Министрлік қызметкері сізбен"
                              " байланысады, әріптестеріңізге айтпаңыз."),
    ("shape-boss-state-call", "Good morning, this is the rector. Someone from the ministry"
                              " will contact you today; please keep this confidential."),
    # questions about trouble at work, put to the reader
    ("shape-work-trouble-question", "Скажите, у вас в коллективе сейчас нет конфликтов?"),
    ("shape-work-trouble-question", "Были ли у вас на работе какие-нибудь неприятности в"
                                    " последнее время?"),
    ("shape-work-trouble-question", "Жұмыста сізде қандай да бір келіспеушілік болған жоқ па?"),
    ("shape-work-trouble-question", "Have you had any conflict with a colleague recently?"),
    ("shape-work-trouble-many", "Интересуют жалобы и недовольство среди коллег"),
    ("shape-work-trouble-many", "Әріптестер арасында жанжал немесе шағым болды ма?"),
    # an accusation with a demand
    ("shape-accusation", "Вы подозреваетесь в незаконном переводе. Чтобы закрыть дело,"
                         " переведите залог на указанный счёт."),
    ("shape-accusation", "Сіз күдіктісіз, сотқа шақырыласыз. Айыппұлды бүгін төлеңіз."),
    ("shape-accusation", "You are suspected of money laundering. Pay the bail today to"
                         " avoid arrest."),
    # paid small tasks
    ("shape-task-job", "Разовая подработка: ставить оценки товарам, оплата сразу. Пиши в лс"),
    ("shape-task-job", "Видео көріп, лайк қойыңыз, күніне 10 000 теңге төлейміз"),
    ("shape-task-job", "Easy job: watch videos and like them, paid daily. Message me"),
    # a card handed over for money
    ("shape-card-rent", "Нужны люди: оформить карту и передать курьеру, плачу 20 000"),
    ("shape-card-rent", "Өз атыңызға карта ашып беріңіз, 15 000 теңге төлейміз"),
    ("shape-card-rent", "Hand over your card for a week and earn 200 dollars"),
]

GENUINE: list[str] = [
    "Завтра в 10:00 совещание у директора, прошу быть вовремя.",
    "Ректор поздравляет коллектив с Днём учителя!",
    "Ертең сағат 10-да директорда жиналыс болады, кешікпеңіздер.",
    "The director will present the annual report at the staff meeting on Friday.",
    "У меня на работе опять проблемы с начальником, как же надоело",
    "Жұмыста бәрі жақсы, уайымдама.",
    "My colleague had a problem with the printer again.",
    "Суд перенёс заседание по вашему иску на 12 марта.",
    "Нужны люди на субботник во дворе, приходите в 10 утра",
    "Оформите карту в приложении и получайте кешбэк до 5%",
]


@pytest.mark.parametrize(("shape_id", "text"), SHAPED)
def test_workplace_and_authority_shapes_flag_their_messages(shape_id: str, text: str) -> None:
    assert_flagged_by_shape(shape_id, text)


@pytest.mark.parametrize("text", GENUINE)
def test_their_genuine_twins_show_no_signs(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, (text, report.findings)


def test_each_shape_here_exists() -> None:
    assert {shape for shape, _text in SHAPED} <= {s.id for s in default_engine().lexicon.shapes}


# The fake director's first line: nothing but a greeting by name and patronymic and "how
# are you" (the rule formal-opener). A greeting followed by the matter is an ordinary message.
OPENERS = [
    "Добрый день, Ирина Васильевна! Как ваши дела?",
    "Как поживаете, Сергей Иванович?",
    "Сәлеметсіз бе, Айгүл Серікқызы, жағдайыңыз қалай?",
]
OPENER_TWINS = [
    "Здравствуйте, Анна Петровна! Завтра в 10 совещание, как договаривались.",
    "Ирина Васильевна, как ваши дела с отчётом? Жду до пятницы.",
    "Добрый день! Как ваши дела?",
]


@pytest.mark.parametrize("text", OPENERS)
def test_a_bare_formal_greeting_is_suspicious(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.SUSPICIOUS, (text, report.findings)
    assert "formal-opener" in {f.rule for f in report.findings}


@pytest.mark.parametrize("text", OPENER_TWINS)
def test_a_greeting_with_the_matter_shows_no_signs(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, (text, report.findings)
