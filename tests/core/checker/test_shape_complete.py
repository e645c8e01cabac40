"""A whole scheme: a lure, an action and pressure in one message make danger.

A shape alone stops at ``max_weight`` (suspicious); when its families hold all three
parts on different words, a strong action among them (pay, move money, a stranger's link,
details confirmed), it weighs ``[settings.complete].weight`` of ``shape.toml`` and the
finding says which words are the lure, the action and the pressure. Genuine twins with
the same three kinds of words (a bank's warning, a parent's errand, a courier's cash on
delivery, a reminder to pay on time) stay below danger.

Each message is written for this test (not copied from any evaluation set); links and
numbers are placeholders.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check

#: (language, text): the shape itself carries the verdict to danger
WHOLE: list[tuple[str, str]] = [
    ("ru", "Казпочта: ваша посылка задержана на складе. Срочно оплатите доставку 450 тг по "
           "ссылке kazpost-oplata.top, иначе посылка вернётся отправителю"),
    ("ru", "Ваш аккаунт Kaspi заблокирован. Подтвердите данные по ссылке kaspi-unlock.top в "
           "течение 24 часов, иначе счет будет закрыт навсегда"),
    ("kk", "Қазпошта: сәлемдемеңіз қоймада тұр. Жеткізу ақысын шұғыл сілтеме арқылы төлеңіз "
           "kazpost-tolem.top, әйтпесе қайтарылады"),
    ("kk", "Сіздің аккаунтыңыз бұғатталды. 24 сағат ішінде деректеріңізді сілтеме арқылы "
           "растаңыз: kaspi-kz.top, әйтпесе шот жабылады"),
    ("en", "USPS: your package is on hold due to an unpaid shipping fee. Pay urgently at "
           "usps-redelivery.top or it will be returned to sender"),
    ("en", "I recorded you through your camera. Send $900 in bitcoin within 48 hours or I "
           "will share the video with your contacts"),
]

#: whole schemes of other kinds, danger already through their rules; they must stay so
SCHEMES: list[tuple[str, str]] = [
    ("ru", "Я специалист Нацбанка. Ваши сбережения под угрозой, срочно переведите все деньги "
           "на безопасный счёт. Никому не говорите о звонке"),
    ("ru", "Мам, это я, у меня проблемы, попал в полицию. Срочно скинь 150 000 на этот номер, "
           "папе не говори"),
    ("kk", "Ұлттық банктен хабарласып тұрмын. Ақшаңызды қауіпсіз шотқа шұғыл аударыңыз, бұл "
           "туралы ешкімге айтпаңыз"),
    ("kk", "Анашым, мен апатқа түстім, шұғыл ақша керек, осы нөмірге 100 000 аударып жіберші"),
    ("en", "This is the fraud department. Your savings are at risk, transfer your money to a "
           "safe account immediately and keep this secret"),
    ("en", "Mom, I was in an accident, I urgently need money, send me 150000 now, don't tell "
           "dad"),
]

#: genuine messages with a lure, an action and pressure: never danger
TWINS: list[tuple[str, str]] = [
    ("ru", "Уважаемые клиенты! Мошенники звонят от имени банка и срочно просят перевести "
           "деньги. Никогда не переводите деньги по просьбе незнакомцев. Ваш банк"),
    ("ru", "Мама, срочно скинь 2000 на обед, пожалуйста"),
    ("ru", "Здравствуйте, это курьер. Заказ привезу сегодня, оплата при получении, позвоните, "
           "когда будете дома"),
    ("ru", "Напоминание: платёж по кредиту 25 000 ₸ до 15.12. Во избежание штрафа оплатите "
           "вовремя. Подробнее: bank-example.top"),
    ("kk", "Құрметті клиенттер! Алаяқтар банк атынан хабарласып, ақшаны шұғыл аударуды "
           "сұрайды. Ешқашан бейтаныс адамдарға ақша аудармаңыз"),
    ("kk", "Апа, түскі асқа шұғыл 2000 теңге салып жіберші"),
    ("kk", "Сәлеметсіз бе, курьермін. Тапсырысыңызды бүгін әкелемін, төлем алған кезде, үйде "
           "болсаңыз хабарласыңыз"),
    ("en", "Fraudsters may call pretending to be us and urgently ask you to transfer money to "
           "a safe account. Never do it. Your bank"),
    ("en", "Mom, please send 2000 for lunch urgently"),
    ("en", "Courier here: your parcel arrives today only, pay on delivery, call me when you "
           "are home"),
    ("en", "Reminder: your loan payment of 250 USD is due on 15/12. Pay on time to avoid a "
           "fine. Details: bank.example.com/pay"),
    ("en", "%{app}: You visited the Post Office on %{date}. Not you? Report this right away."),
]


@pytest.mark.parametrize(("language", "text"), WHOLE, ids=[f"{lang}-{n}" for n, (lang, _t)
                                                         in enumerate(WHOLE)])
def test_a_whole_scheme_is_danger_and_names_its_parts(language: str, text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.DANGER, [(f.rule, f.weight) for f in report.findings]
    whole = [f for f in report.findings if f.parts]
    assert whole, [(f.rule, f.weight) for f in report.findings]
    kinds = [kind for kind, _spans in whole[0].parts]
    assert kinds == ["lure", "action", "pressure"]
    lure, action, pressure = (set(spans) for _kind, spans in whole[0].parts)
    assert lure and pressure and not (lure & pressure) and not (lure & action)


def test_the_parts_point_at_their_words() -> None:
    text = WHOLE[0][1]
    whole = next(f for f in check(text).findings if f.parts)
    words = {kind: {text[a:b].lower() for a, b in spans} for kind, spans in whole.parts}
    assert "посылка" in words["lure"]
    assert "срочно" in words["pressure"]
    assert any("ссылке" in w for w in words["action"])


@pytest.mark.parametrize(("language", "text"), SCHEMES, ids=[f"{lang}-{n}" for n, (lang, _t)
                                                           in enumerate(SCHEMES)])
def test_whole_schemes_of_other_kinds_stay_danger(language: str, text: str) -> None:
    assert check(text).verdict is Verdict.DANGER


@pytest.mark.parametrize(("language", "text"), TWINS, ids=[f"{lang}-{n}" for n, (lang, _t)
                                                         in enumerate(TWINS)])
def test_genuine_twins_with_all_three_kinds_stay_below_danger(language: str,
                                                              text: str) -> None:
    report = check(text)
    assert report.verdict is not Verdict.DANGER, [(f.rule, f.weight) for f in report.findings]
    assert not any(f.parts for f in report.findings)
