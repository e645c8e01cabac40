"""Ways a fraud message reaches the word families that it used to slip past: Russian and
Kazakh typed in Latin letters (the informal spelling and the 2018 Kazakh Latin alphabet),
and a bare site name made for one campaign ("parcel-redelivery.top") that counts as a link
to follow.

Every message is written for this test (not copied from any evaluation set); sites use
made-up names, numbers are placeholders.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check, translit
from assistant.core.checker.campaign import made_up_site
from assistant.core.checker.engine import default_engine
from assistant.core.checker.shape import find_families
from assistant.core.checker.shape_latin import find_families_latin

FLAGGED = (Verdict.DANGER, Verdict.SUSPICIOUS)


def test_the_2018_kazakh_latin_alphabet_is_read_letter_for_letter() -> None:
    view, _starts, _ends = translit.to_cyrillic("qupııasózińizdi engizý úshin silteme")
    # "ı" is "и" there, "ıa" is "я", "ý" is "у", "ng" stays "нг" ("ң" is "ń")
    assert view == "купиясозинизди енгизу ушин силтеме"
    assert translit.looks_transliterated("sizdiń paraqshańyz buzyldy")
    # the informal spelling keeps "ı" as "ы" and "ng" as "ң"
    assert translit.to_cyrillic("qaryzdy tolengiz")[0] == "карызды толениз"
    # Spanish or Czech accents alone do not make a text Kazakh
    assert not translit.looks_transliterated("está más cerca del centro")


def test_latin_kazakh_and_russian_words_reach_the_families() -> None:
    lexicon = default_engine().lexicon
    text = "salem, magan shugyl aqsha kerek, balansyma salyp jibershi"
    found = find_families_latin(lexicon, text)
    assert "urgency" in found and "money" in found
    # the spans point at the Latin words
    assert {text[a:b] for a, b in found["money"]} == {"aqsha"}
    found = find_families_latin(lexicon, "sizdiń paraqshańyzdyń qupııasózin engizińiz")
    assert {"account", "code-word", "update"} <= set(found)
    # the Cyrillic lexicon itself does not read Latin letters
    assert "money" not in find_families(lexicon, text)


@pytest.mark.parametrize("text", [
    # a relative in trouble, the informal spelling
    "Mama, men apatqa ushyradym, tez aqsha jiber",
    # an application you did not make, the informal spelling
    "Sizdin atynyzga nesiege otinim tusti, siz be?",
    # a page that asks for an account password, the 2018 alphabet
    "Sizdiń paraqshańyz tekserildi. Belgini alý úshin silteme boıynsha ótip,"
    " qupııasózińizdi engizińiz",
    # a "safe account", Russian typed in Latin
    "Sotrudnik Centrobanka: perevedite vse sberezheniya na zashchishchennyi schet, eto"
    " sekretnaya operaciya",
])
def test_fraud_typed_in_latin_letters_is_flagged(text: str) -> None:
    report = check(text)
    assert report.verdict in FLAGGED, (text, report.findings)
    for finding in report.findings:
        assert all(0 <= a < b <= len(text) and text[a:b].strip() for a, b in finding.spans)


@pytest.mark.parametrize("text", [
    "Sizdiń kodyńyz 4821, ony eshkimge aıtpańyz",
    "Kartanyzdan 5000 tg audaryldy. Qaldyq: 12000 tg",
    "Mama, telefonym synyp qaldy, erteng janasyn alamyn",
    "Salem! Erteng kezdesemiz be? Aqsha kerek bolsa aitarsyn",
    "Qurmetti klient, sizdiń nesıeńiz boıynsha tólem kúni erteń",
    "Mama men auruhanadamyn, tekserisken otip jatyrmyn, bari jaqsy",
])
def test_genuine_messages_in_latin_letters_stay_clean(text: str) -> None:
    assert check(text).verdict is Verdict.NO_SIGNS, check(text).findings


def test_a_site_made_for_one_campaign_counts_as_a_link_to_follow() -> None:
    assert made_up_site("parcel-redelivery.com")
    assert made_up_site("toll2pay.com")
    assert made_up_site("royalpost.top")
    assert not made_up_site("zaimer.kz")
    # a bank's own site under a country domain, as in real notices
    assert not made_up_site("e-bank.by")
    assert not made_up_site("2gis.kz")
    assert not made_up_site("example.com")


@pytest.mark.parametrize("text", [
    "Your parcel is on hold at our depot. parcel-redelivery.com",
    "Ваша посылка ожидает на складе: posylka-dostavka.top",
    "Сәлемдемеңіз қоймада тұр: posta-zhetkizu.top",
])
def test_a_parcel_with_a_bare_campaign_site_is_flagged(text: str) -> None:
    report = check(text)
    assert report.verdict in FLAGGED, (text, report.findings)
    assert "shape-parcel" in {f.rule for f in report.findings}


def test_a_site_named_in_passing_is_still_no_link_to_follow() -> None:
    assert check("Утечка данных с сайта zaimer.kz: проверьте свои кредиты в eGov").verdict \
        is not Verdict.DANGER
    assert check("Your parcel was delivered. Thanks for shopping at example.com").verdict \
        is Verdict.NO_SIGNS
