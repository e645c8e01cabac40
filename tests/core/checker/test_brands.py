"""Brands in links (resources/content/brands.toml): a company's own site is not a sign, its
name inside another site's address is. Example hosts use reserved names (example.com)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from assistant.core.checker import Verdict, check
from assistant.core.checker.links import (
    R_BRAND_OWN,
    R_BRAND_PATH,
    load_brands,
    registrable_domain,
)
from assistant.core.content import ContentError


def test_every_brand_domain_cites_its_page() -> None:
    brands = load_brands()
    assert len(brands) >= 10
    for brand in brands:
        assert brand.domains and brand.labels


def test_every_brand_domain_is_a_registrable_domain() -> None:
    # "kaspi.kz", not "shop.kaspi.kz" or "co.uk": the checker compares registrable domains.
    wrong = [(brand.id, domain) for brand in load_brands() for domain in brand.domains
             if registrable_domain(domain) != domain]
    assert wrong == []


def test_the_brands_own_site_is_not_a_sign() -> None:
    report = check("Track your parcel at https://evri.com/track/12345")
    (link,) = report.links
    assert R_BRAND_OWN in link.reasons and link.lookalike_of is None
    assert report.verdict is Verdict.NO_SIGNS


@pytest.mark.parametrize("text", [
    "Your parcel is held, pay the fee at https://evri-redelivery.example.com/pay",
    "Confirm your login: https://security.halyk.example.com/login",
])
def test_a_brand_in_another_sites_host_is_a_lookalike(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.DANGER
    assert report.links[0].lookalike_of is not None
    assert "link-lookalike" in {f.rule for f in report.findings}


def test_a_brand_in_another_sites_path_is_suspicious() -> None:
    report = check("Sign in here: https://login.example.com/paypal/verify")
    assert R_BRAND_PATH in report.links[0].reasons
    assert report.verdict in (Verdict.DANGER, Verdict.SUSPICIOUS)


@pytest.mark.parametrize("text", [
    "If this wasn't you, secure your account: https://myaccount.google.com",
    "Check out my new profile: https://instagram.com/some.user",
    "Netflix: a new device signed in to your account. If this wasn't you, change your "
    "password at https://www.netflix.com/password",
    "See your reservation at https://secure.booking.com/myreservations",
    "Crédit Agricole: votre nouvelle carte est disponible. Plus d'informations sur "
    "https://www.credit-agricole.fr/particulier.html",
    "Ваша карта готова. Подробнее: https://credit-agricole.ua/ru/",
    "Logowanie: https://e-bank.credit-agricole.pl",
    "Your Wolt order is on the way, track it at https://wolt.com/en/kaz/almaty",
    "Airbnb: your reservation is confirmed, see https://www.airbnb.com/trips",
    "Otbasy Bank: об осторожности с мошенниками читайте на https://hcsbk.kz/ru/most-important/antifraud/",
    "Your WhatsApp code: 381-552 You can also tap on this link to verify your phone: "
    "v.whatsapp.com/381552 Don't share this code with others",
])
def test_a_genuine_notice_pointing_to_the_brands_own_site_is_not_flagged(text: str) -> None:
    report = check(text)
    (link,) = report.links
    assert R_BRAND_OWN in link.reasons and link.lookalike_of is None
    assert report.verdict is Verdict.NO_SIGNS


@pytest.mark.parametrize(("text", "imitated"), [
    ("Your Netflix membership is on hold, update payment: "
     "https://netflix-account-help.example.com/update", "netflix.com"),
    ("Your Telegram account will be deleted, confirm: https://telegram-support.example.com",
     "telegram.org"),
    ("Your reservation needs payment: https://booking-com-guest.example.com/pay",
     "booking.com"),
    ("ForteBank: ваша карта заблокирована, подтвердите данные "
     "https://fortebank-kz.example.com/login", "forte.kz"),
    ("Coinbase: verify your wallet at https://coinbase-secure.example.com", "coinbase.com"),
])
def test_a_new_brand_in_another_sites_host_is_a_lookalike(text: str, imitated: str) -> None:
    report = check(text)
    assert report.links[0].lookalike_of == imitated
    assert report.verdict is Verdict.DANGER


def test_a_new_brand_in_another_sites_path_is_suspicious_but_not_in_its_query() -> None:
    report = check("Log in to verify your account: https://login.example.com/instagram/verify")
    assert R_BRAND_PATH in report.links[0].reasons
    assert report.verdict in (Verdict.DANGER, Verdict.SUSPICIOUS)
    # A query says where the reader came from ("utm_source=instagram"), not what the page is.
    report = check("Summer sale: https://shop.example.com/sale?utm_source=instagram")
    assert R_BRAND_PATH not in report.links[0].reasons


@pytest.mark.parametrize("text", [
    "Book a table: https://example.kz/booking/123",  # "booking" is a word, not Booking.com
    "Our new branch: https://forte-cafe.example.kz",  # "forte" is a word, not ForteBank
])
def test_ordinary_words_are_not_brand_labels(text: str) -> None:
    link = check(text).links[0]
    assert link.lookalike_of is None and R_BRAND_PATH not in link.reasons


def test_a_telegram_chat_link_is_not_telegrams_own_site() -> None:
    # t.me opens anyone's channel or chat: it is not listed, so it stays a site not on the lists.
    report = check("Earn 30k USDT in 72 hours, via TG: https://t.me/USERNAME")
    assert R_BRAND_OWN not in report.links[0].reasons
    assert report.verdict is not Verdict.NO_SIGNS


@pytest.mark.parametrize(("text", "imitated"), [
    ("Kolesa.kz: покупатель оплатил доставку, получите деньги "
     "https://kolesa-kz.example.com/pay", "kolesa.kz"),
    ("Bereke Bank: карта заблокирована, подтвердите данные "
     "https://berekebank-online.example.com", "berekebank.kz"),
    ("Your Wolt courier could not deliver, pay the fee: https://wolt-delivery.example.com",
     "wolt.com"),
    ("WhatsApp Gold is here, update now: https://whatsapp-gold.example.com", "whatsapp.com"),
    ("Airbnb: confirm your booking at https://reservation-airbnb.example.com", "airbnb.com"),
])
def test_a_newer_brand_in_another_sites_host_is_a_lookalike(text: str, imitated: str) -> None:
    report = check(text)
    # ("Kolesa.kz:" at the start is the site's own name, a link to the brand's own site)
    assert imitated in {link.lookalike_of for link in report.links}
    assert report.verdict is Verdict.DANGER


@pytest.mark.parametrize("text", [
    "See you there: https://kolesa-darom.ru/moskva/",  # a tyre shop: "kolesa" is a word
    "Бізде отбасылар үшін жаңа ұсыныс: https://otbasylar.example.kz",  # "otbasy" is a word
    "Our new menu: https://altyn-cafe.example.kz",  # "altyn" (gold) is a word
])
def test_ordinary_words_near_newer_brands_are_not_labels(text: str) -> None:
    link = check(text).links[0]
    assert link.lookalike_of is None and R_BRAND_PATH not in link.reasons


def test_yandex_go_is_not_a_yandex_lookalike() -> None:
    report = check("Your Yandex Go receipt: https://yandexgo.com/legal/yandexgo_privacy_notice")
    (link,) = report.links
    assert link.lookalike_of is None and R_BRAND_OWN in link.reasons


@pytest.mark.parametrize("text", [
    # Anyone's group invite on WhatsApp's domain is a stranger's, not WhatsApp's page.
    "Dear friends, join the internal discussion group of the professional investment team, "
    "we have a gift for you: https://chat.whatsapp.com/LJDHNf8VNXpFOYjK6QQOaB",
    # steamcommunity.com (anyone's profile or trade offer) is not listed as Steam's own.
    "@everyone 50$ from steam steamcommunity.com/gift/81237",
])
def test_a_brands_page_where_anyone_publishes_is_not_its_own(text: str) -> None:
    report = check(text)
    assert R_BRAND_OWN not in report.links[0].reasons
    assert report.verdict is not Verdict.NO_SIGNS


def test_a_family_chat_invite_on_whatsapp_stays_a_site_not_on_the_lists() -> None:
    # The genuine twin: the same kind of link, nothing asked, is not a sign either way.
    report = check("Вот ссылка на наш семейный чат, заходи: https://chat.whatsapp.com/example")
    assert R_BRAND_OWN not in report.links[0].reasons
    assert report.verdict is not Verdict.DANGER


def test_a_domain_without_its_page_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "brands.toml").write_text(textwrap.dedent("""
        [[brand]]
        id = "x"
        brand = "X"
        labels = ["xbrand"]
        [[brand.domain]]
        domain = "x.example"
    """), encoding="utf-8")
    with pytest.raises(ContentError):
        load_brands(tmp_path)


def test_registrable_domains_come_from_the_bundled_list_without_network() -> None:
    # Any attempt to open a socket fails: the checker must still judge links.
    code = textwrap.dedent("""
        import socket
        def refuse(*args, **kwargs):
            raise OSError("network used")
        socket.socket = refuse
        socket.create_connection = refuse
        from assistant.core.checker import check
        report = check("https://security.halyk.example.co.uk/login")
        assert report.links[0].registrable_domain == "example.co.uk", report.links
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0 and "ok" in result.stdout, result.stderr


@pytest.mark.parametrize("text", [
    "Credit Agricole: Vous avez cree un nouveau destinataire le 18/08 a 14:30:41. Si ce "
    "n'est pas vous, veuillez annuler ici.: https://credit-agricole-aide.example.com",
    "Credit Agricole: you added a new payee on 18/08. If this was not you, cancel here: "
    "https://credit-agricole-aide.example.com",
    "Credit Agricole: вы добавили нового получателя. Если это не вы, отмените здесь: "
    "https://creditagricole-secure.example.com",
    "Credit Agricole: жаңа алушы қосылды. Егер бұл сіз болмасаңыз, мына жерде "
    "болдырмаңыз: https://credit-agricole-aide.example.com",
])
def test_a_site_that_borrows_credit_agricoles_name_is_a_lookalike(text: str) -> None:
    report = check(text)
    assert report.links[0].lookalike_of == "credit-agricole.fr"
    assert report.verdict is Verdict.DANGER


def test_an_ordinary_word_of_a_brand_s_name_is_not_its_label() -> None:
    # "agricole" is an everyday French word (a farming site): only the bank's whole name is.
    report = check("Salon: https://chambre-agricole.example.fr/programme")
    assert report.links[0].lookalike_of is None


def test_a_friends_profile_on_a_site_not_on_the_lists_stays_a_sign() -> None:
    # "Check out my new profile: <link>" is seed 001's "see my photo / profile" link: a
    # stranger's site is a real risk, so it stays "be careful" (not danger); the same words
    # with the brand's own site are no sign.
    report = check("Check out my new profile: https://my-photos.example.com/anna")
    assert report.verdict is Verdict.SUSPICIOUS
    assert "link-bait" in {f.rule for f in report.findings}
    assert check("Check out my new profile: https://instagram.com/some.user").verdict is (
        Verdict.NO_SIGNS)
