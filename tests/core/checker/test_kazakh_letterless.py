"""Kazakh typed in Cyrillic without the Kazakh letters ("кодты айтыныз" for "кодты
айтыңыз", "сизге" for "сізге", "акша" for "ақша"): most phones in Kazakhstan have a
Russian keyboard, so ң, ұ, ү, қ, ғ, і, ә, ө and һ become н, у, к, г, и, а, о and х. Such
a text is read once more in the simplified Cyrillic the transliterated texts use, with
the simplified copies of the rules and the word families (every Kazakh ending chain of
``kk_suffixes.toml`` folded the same way).

Each message is written for this test (not copied from any evaluation set); the genuine
twins are spelt the same way and must stay clean.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from assistant.core.checker.translit import looks_letterless

FLAGGED = (Verdict.DANGER, Verdict.SUSPICIOUS)

DANGER = [
    "кодты айтыныз плиз срочно керек",
    "Акша тусуи ушин телефонга келген смс кодты айтыныз",
    "Салеметсиз бе, egov жуйесинен жазып турмыз. Телефонызга келген кодты айтыныз",
    "1414 тен келген 4 санды кодты жазып жибериниз, колтанбанызды узартамыз",
    "Банктин кауипсиздик кызметинен. Картаныздын пин кодын айтыныз, тексеремиз",
    "Салем досым, саган смс келди ме? Кодты жиберши кате жибердим",
    "Сиздин карта уакытша токтатылды. Картанын нөмирин, мерзимин жане CVV жазыныз",
    "Смска келди ме? Сондагы цифрларды айтыншы",
    "ЭЦҚ мерзімі бітіп жатыр. Жаңарту үшін 1414 жіберген кодты осы нөмірге жолдаңыз",
    "Каспи голд картанызга блок тусти. Ашу ушин 8 701 000 00 00 ге звондаңыз, операторга"
    " карта номерин айтыныз",
    "Аже мен ғой, улын, телефоным отырып калды, досымнын телефонынан жазып жатырм. 15 мын"
    " аударшы тез керек",
    "Кутыктаймыз! Сиз 500 000 тенге утып алдыныз. Сыйлыкты алу ушин карта номерин жане"
    " смс кодты жибериниз",
]

SUSPICIOUS = [
    "Онай акша табу! Телефон аркылы тапсырмалар орындап кунине 20 000 тг табасыз."
    " Телеграмга жазыныз",
    "Сиздин атыныздан микрокредит ресимделип жатыр. Токтату ушин 8 701 000 00 00"
    " хабарласыныз",
    "Кешириниз, акшаны кателесип сиздин каспиге салып жибердим, кайтарып бересиз бе?",
    # a rental prepayment asked of a "landlord" who is away
    "Krisha-дағы пәтер әлі бос. Мен қазір Астанада емеспін, кілтті поштамен жіберемін,"
    " алдымен бір айдың ақысын аударыңыз",
    # "is that you in the photo?", with and without the Kazakh letters
    "Мынау сенің фотоң ба? http://photo-kz.help/album",
    "Сенин суретинди коргенмин, бул сенсин бе? Кара: foto-album.help",
    # the trouble-at-work question with the possessive "your" ("жағдайыңыз")
    "Сәлеметсіз бе, Марат Серікұлы. Жұмыстағы жағдайыңыз қалай? Соңғы кезде қандай да бір"
    " мәселелер болған жоқ па?",
    # a boss's new number, one word without its Kazakh letter ("Аким")
    "Қайырлы күн! Аким болып тұрмын. Шұғыл бір өтініш бар, қазір қолыңыз бос па? Бұл нөмірді"
    " сақтап қойыңыз",
]

GENUINE = [
    "Растау коды: 5521. Оны ешкимге, типти банк кызметкерине де айтпаныз.",
    "Сиздин тапсырысыныз жолда, ертен жеткизиледи.",
    "Мама, мен жеттим, бари жаксы. Кешке хабарласам",
    "Сизге 45 000 тенге жардемакы тагайындалды. Толык акпарат eGov косымшасында.",
    "Салем, ертенги кездесуге келесин бе? Жауап жазшы",
    # ("бұл менің жаңа нөмірім" alone is the new-number opener, a sign in kk, ru and en
    # alike: test_report_shape.py)
    "Пәтер бос, қарап көргіңіз келсе ертең сағат 5-те келіңіз. Ақшаны келісімшартқа қол"
    " қойған соң төлейсіз.",
]


def test_a_warning_stays_a_warning_in_the_letterless_reading() -> None:
    # "қайтармаңыз" reads "кайтарманыз" there: the Kazakh negation is folded too
    for text in ("Анам, егер біреу қателесіп ақша аудардым деп жазса, қайтармаңыз, банкке"
                 " хабарласыңыз.",
                 "Анам, егер биреу кателесип акша аудардым деп жазса, кайтарманыз, банкке"
                 " хабарласыныз."):
        assert check(text).verdict != Verdict.DANGER, text


@pytest.mark.parametrize("text", DANGER)
def test_letterless_code_and_card_requests_are_danger(text: str) -> None:
    assert check(text).verdict == Verdict.DANGER, text


@pytest.mark.parametrize("text", SUSPICIOUS)
def test_letterless_lures_are_flagged(text: str) -> None:
    assert check(text).verdict in FLAGGED, text


@pytest.mark.parametrize("text", GENUINE)
def test_letterless_genuine_messages_stay_clean(text: str) -> None:
    assert check(text).verdict == Verdict.NO_SIGNS, text


def test_russian_is_not_read_as_letterless_kazakh() -> None:
    for text in ("спуститесь вниз, курьер ждёт", "организация закрыта до понедельника",
                 "карниз повесили, всё хорошо"):
        assert not looks_letterless(text), text


def test_finding_points_at_the_pasted_words() -> None:
    text = "Салем! кодты айтыныз"
    report = check(text)
    spans = [span for finding in report.findings for span in finding.spans]
    assert any(text[a:b].startswith("кодты") for a, b in spans), spans
