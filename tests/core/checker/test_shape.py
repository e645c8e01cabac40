"""The shape layer: lure + action (+ pressure) found by word families, in kk, ru and en.

Each case is written for this test from the kinds of message the issue describes (not
copied from any evaluation set): the layer must flag them whatever the inflection, point
at their words, and leave their genuine twins alone. Numbers and names are placeholders.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.core.checker import Verdict, check
from assistant.core.checker.engine import default_engine, run
from assistant.core.checker.shape import find_families
from tests.core.checker.shape_checks import FLAGGED, assert_flagged_by_shape

REPO = Path(__file__).resolve().parents[3]

SHAPED: list[tuple[str, str]] = [
    # a parcel held for a small fee, in three languages and other inflections
    ("shape-parcel", "Your parcel could not be delivered, please reschedule and cover the"
                     " fee at the following link"),
    ("shape-parcel", "Ваша посылка задержана на складе: оплатите доставку по ссылке"),
    ("shape-parcel", "Сәлемдемеңіз кедендегі қате мекенжай себебінен тоқтап тұр, сілтеме"
                     " арқылы төлеңіз"),
    # a toll, a tax refund, a fine
    ("shape-payment-due", "You have an unpaid toll. Pay now to avoid late fees: [link]"),
    ("shape-payment-due", "Вам начислена компенсация за коммунальные услуги, подтвердите"
                          " данные по ссылке"),
    ("shape-payment-due", "Сізде төленбеген айыппұл бар. Сілтеме арқылы төлеңіз."),
    # relatives: a new number, trouble and money
    ("shape-new-number", "Hi mum, this is my new number, save it please"),
    ("shape-new-number", "Мама, это мой новый номер, сохрани"),
    ("shape-trouble-money", "Мам, я попал в ДТП, срочно переведи деньги"),
    # easy money, the safe account, the "not you" link
    ("shape-easy-money", "Удалённая работа, доход от 5000 в день. Пиши в личку"),
    ("shape-safe-account", "Чтобы сохранить деньги, переведите их на защищённый счёт"),
    ("shape-safe-account", "Ақшаңызды сақтау үшін қауіпсіз шотқа аударыңыз"),
    ("shape-not-you-link", "A new payee was added. If this was not you, please visit"),
    # something just happened to a relative; money "owed" to you; the first call's news
    ("shape-relative-event", "Мама, я попал в аварию, помоги"),
    ("shape-relative-event", "Mum, I've been in an accident, please help"),
    ("shape-relative-event", "Апа, мен апатқа ұшырадым, көмектесші"),
    ("shape-entitled", "Вам положена компенсация за коммунальные платежи"),
    ("shape-account-attempt", "С вашей карты пытаются списать деньги, срочно"),
]

GENUINE: list[str] = [
    # the genuine twin of each shape
    "Your parcel was delivered to your safe place today.",
    "Ваш код подтверждения 4821. Никому не сообщайте его.",
    "If this was not you, call the number on the back of your card.",
    "Mum, I'm at the hospital for a check-up, all fine, don't worry.",
    "Мама, я в больнице на плановом осмотре, всё хорошо.",
    "My card got blocked at the ATM, I'll call the bank tomorrow.",
    "Штраф оплачен. Спасибо!",
    "Do not click links in messages about parcels and never pay a delivery fee.",
    "Transaction approved on your card ending 1234. Available balance 500.00.",
    "Карту заблокировали, ходила в банк, завтра выдадут новую.",
    "Your card is temporarily blocked after three wrong PIN entries. You can unblock it in"
    " the app.",
]


@pytest.mark.parametrize(("shape_id", "text"), SHAPED)
def test_shapes_flag_their_messages(shape_id: str, text: str) -> None:
    assert_flagged_by_shape(shape_id, text)


def test_shapes_catch_what_the_rules_miss() -> None:
    engine = default_engine()
    rules_only = dataclasses.replace(
        engine, lexicon=dataclasses.replace(engine.lexicon, shapes=()))
    # Since a sign always makes a message at least suspicious, the weak delivery and
    # new-number rules flag their messages too; easy money has no rule of its own.
    text = "Удалённая работа, доход от 5000 в день. Пиши в личку"
    assert run(rules_only, text).verdict is Verdict.NO_SIGNS, text
    for text in ("Hi mum, this is my new number, save it please",
                 "Your parcel could not be delivered, please reschedule and cover the fee"
                 " at the following link",
                 "Удалённая работа, доход от 5000 в день. Пиши в личку"):
        assert run(engine, text).verdict in FLAGGED, text


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_twins_show_no_signs(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, (text, report.findings)


def test_families_find_inflected_russian_and_kazakh_words() -> None:
    lexicon = default_engine().lexicon
    # pymorphy3 forms of "посылка", "оплатить"; a Kazakh stem with a chain of endings
    found = find_families(lexicon, "посылку не доставили, оплатите сбор")
    assert "parcel" in found and "pay" in found
    found = find_families(lexicon, "сәлемдемеңізді алу үшін төлеңіз")
    assert "parcel" in found and "pay" in found
    # a verb of a request keeps only its requests: "оплачен" is a statement
    assert "pay" not in find_families(lexicon, "штраф оплачен")


def test_an_apostrophe_keeps_a_word_whole() -> None:
    lexicon = default_engine().lexicon
    assert "prize" not in find_families(lexicon, "verizon won't call you for this code")
    assert "prize" in find_families(lexicon, "you've won a prize")


def test_a_wall_of_family_words_is_bounded() -> None:
    found = find_families(default_engine().lexicon, "посылка " * 5000)
    assert 0 < len(found["parcel"]) <= 20


@pytest.mark.skipif(importlib.util.find_spec("pymorphy3") is None,
                    reason="pymorphy3 (the '.[tools]' extra) generates the word forms")
def test_the_generated_word_forms_are_up_to_date() -> None:
    result = subprocess.run([sys.executable, "tools/build_wordforms.py", "--check"],
                            cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
