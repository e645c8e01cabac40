"""A request that leads into a link with no "click" (linkask.py, shape-account-link), in
kk, ru and en, and its genuine twins.

"Secure your account: <link>", "Обновите данные по ссылке <link>", "Растаңыз: <link>": a
verb of a request, its object, then a colon, "here", "at" or "по ссылке" and a stranger's
link is the action "follow a link"; with an account, a card or a login it is the phishing
page's story. The twins: the same alert with the company's own site (registry.toml,
brands.toml) or the site of the name it signs with, the same alert that sends you to the
app by name, an alert that asks nothing, a site named only as a signature, and chat that
shares a link of the writer's own.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import check, linkask, shape
from assistant.core.checker.engine import default_engine
from assistant.core.checker.normalise import normalise
from tests.core.checker.shape_checks import assert_flagged, assert_flagged_by_shape, assert_no_signs

SCAMS = [
    "New sign-in to your account from Lagos, Nigeria. If this was you, you can ignore this "
    "message. If not, secure your account: https://acc-secure-login.help/verify",
    "Secure your account: https://acc-secure-login.help/verify",
    "Your wallet was opened from a new browser. Protect your wallet: "
    "https://wallet-protect.help",
    "The phone number on your online banking was changed. If not, restore access at "
    "https://bank-restore.help/login",
    "Your card was used for a purchase of $420 in Dubai. Not you? Review your account here: "
    "card-review.help",
    "Вход в ваш личный кабинет с нового устройства. Если это были вы, ничего делать не нужно. "
    "Если нет, защитите аккаунт: https://lk-zashita.help",
    "Новый вход в ваш аккаунт. Подтвердите личность: https://akkaunt-lichnost.help/x",
    "Ваша карта ограничена. Обновите данные карты по ссылке https://karta-obnovit.help/a",
    "Жеке кабинетіңізге жаңа құрылғыдан кірді. Растаңыз: https://kabinet-rastau.help",
    "Картаңыз шетелде қолданылды. Картаңызды мына жерде тексеріңіз: karta-tekseru.help",
    "Профиліңізді жаңартыңыз: https://profil-zhanartu.help/k",
    "Your account access is limited. Sign in here to restore it: https://acc-restore.help/login",
    "Для продления полиса войдите в личный кабинет: https://polis-prodlenie.help",
    "Сақтандыру полисін ұзарту үшін жеке кабинетке кіріңіз: https://polis-uzartu.help",
]

TWINS = [
    # the company's own site, or the site of the name the alert signs with
    "New sign-in to your PayPal account from a new device. If this was you, you can ignore "
    "this message. If not, secure your account: https://www.paypal.com",
    "Your Apple ID was used to sign in on a new iPhone. If this wasn't you, review your "
    "account at https://appleid.apple.com",
    "Kaspi: вход в аккаунт с нового устройства. Если это не вы, защитите аккаунт: kaspi.kz",
    "Ваш пароль в eGov изменён. Если это не вы, восстановите доступ на egov.kz",
    "Kaspi.kz: аккаунтқа жаңа құрылғыдан кіру. Егер бұл сіз болмасаңыз, аккаунтыңызды "
    "қорғаңыз: kaspi.kz",
    "eGov: құпиясөзіңіз өзгертілді. Егер бұл сіз болмасаңыз, қол жеткізуді egov.kz сайтында "
    "қалпына келтіріңіз.",
    # the app by name, no link; an alert that asks nothing
    "New sign-in to your PayPal account from a new device. If this was you, you can ignore "
    "this message. If not, secure your account in the PayPal app.",
    "Halyk: вход в Homebank с нового устройства. Если это были не вы, смените пароль в "
    "приложении Homebank.",
    "Аккаунтыңызға жаңа құрылғыдан кірді. Егер бұл сіз болсаңыз, ештеңе істеудің қажеті жоқ.",
    # a site named only as a signature
    "Halyk: новая карта готова. Подробнее: halykbank.kz",
    # chat that shares a link of the writer's own, or a meeting's
    "Check my new profile: instagram.com/aigerim.s",
    "Проверь мой аккаунт: instagram.com/aigerim.s",
    "Менің жаңа профилімді қараңыз: instagram.com/aigerim.s",
    "Вот ссылка на встречу: https://zoom.us/j/8123456789",
    "Review the agenda for tomorrow's meeting here: https://docs.google.com/document/d/abc",
    # a company not on the lists sends you to its own plain site, not a campaign's
    "Welcome! Confirm your email address to activate your account: "
    "https://app.service.example.com/confirm/abc",
    "Уважаемый клиент! Для продления полиса войдите в личный кабинет: "
    "https://lk.insurer.example.com",
    "Тіркелуді аяқтау үшін аккаунтыңызды растаңыз: https://id.service.example.com/c/abc",
    "Сақтандыру полисін ұзарту үшін жеке кабинетке кіріңіз: https://lk.insurer.example.com",
    # the reader's own request: "if you didn't request this, ignore it"
    "You requested a password reset. Reset your password here: "
    "https://account-service.help/reset?token=8f3a. If you didn't request this, ignore this "
    "email.",
    # a shop's own payment page that mentions a card: "pay" is no request about an account
    "Pay for the pizza here: https://pizza-almaty.kz/order/55 Your card was not charged yet.",
]


@pytest.mark.parametrize("text", SCAMS)
def test_a_request_that_leads_into_a_strangers_link_is_flagged(text: str) -> None:
    assert_flagged_by_shape("shape-account-link", text)


@pytest.mark.parametrize("text", TWINS)
def test_its_genuine_twins_have_no_signs(text: str) -> None:
    assert_no_signs(text)


def test_the_same_request_without_a_link_or_without_an_account_is_not_the_shape() -> None:
    fired = {f.rule for f in check("Secure your account in the app.").findings}
    assert "shape-account-link" not in fired
    # no account, no card, no login: a request alone is for the other shapes to read
    assert "shape-account-link" not in {
        f.rule for f in check("Handle it here: goo.gs/x").findings}


@pytest.mark.parametrize(("word", "asked"), [
    ("растаңыз", True), ("растау", True), ("раста", True), ("расталды", False),
    ("тексеріңіз", True), ("тексерілді", False),
    ("подтвердите", True), ("подтвердить", True), ("проверь", True),
    ("verify", True), ("verified", False), ("verifies", False),
])
def test_only_a_requests_form_counts(word: str, asked: bool) -> None:
    lexicon = default_engine().lexicon
    assert linkask.a_request(word, lexicon.forms, lexicon.kk_stems) is asked


@pytest.mark.parametrize(("text", "leads"), [
    ("Secure your account: https://a-b.help", True),
    ("Handle it here: goo.gs/x", True),
    ("Review your account at https://a-b.help", True),
    ("Обновите данные по ссылке https://a-b.help", True),
    ("Растаңыз мына сілтеме арқылы: https://a-b.help", True),
    ("Secure your account. Our site: https://a-b.help", False),  # another sentence
    ("Secure your account https://a-b.help", False),  # nothing leads into it
    ("Check out this video: https://a-b.help", False),  # "look at"
    ("Check my profile: https://a-b.help", False),  # the writer's own
])
def test_what_leads_into_the_link(text: str, leads: bool) -> None:
    norm = normalise(text)
    lexicon = default_engine().lexicon
    found = {family: spans for family, spans in shape.find_families(lexicon, norm.folded).items()
             if family in linkask.FAMILIES}
    report = check(text)
    asks = [s for family in found for s in linkask.link_requests(
        found[family], norm.folded, norm.original, norm.span, report.links, lexicon,
        lambda _link: True)]
    assert bool(asks) is leads, (text, found)


def test_if_not_is_no_negation_of_the_request() -> None:
    report = assert_flagged(
        "If this was you, ignore this message. If not, secure your account: "
        "https://acc-secure-login.help/verify")
    assert "shape-account-link" in {f.rule for f in report.findings}
    # "do not secure it there" still is a warning
    assert "shape-account-link" not in {f.rule for f in check(
        "Your account: do not verify it here: https://acc-secure-login.help/verify").findings}
