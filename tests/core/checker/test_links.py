"""Stage 2a: links are found however they are written, and judged against the registry."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from assistant.core.checker import check
from assistant.core.checker import links as links_module


def _links(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(link.host, link.official, link.lookalike_of) for link in check(text).links]


@pytest.mark.parametrize("text", [
    "https://egov.kz/cms/ru", "egov.kz", "www.egov.kz", "EGOV.KZ", "egov[.]kz",
    "egov(.)kz", "egov . kz", "hxxps://egov.kz/x", "Зайдите на egov.kz.",
])
def test_official_domain_in_any_spelling(text: str) -> None:
    hosts = _links(text)
    assert len(hosts) == 1
    host, official, lookalike = hosts[0]
    assert official == "egov" and lookalike is None
    assert host.endswith("egov.kz")


@pytest.mark.parametrize(("text", "imitated"), [
    ("egov-kz.com", "egov.kz"),  # official name inside another name
    ("egov.kz.example.com", "egov.kz"),  # official name as a subdomain
    ("egovv.kz", "egov.kz"),  # doubled letter
    ("eogv.kz", "egov.kz"),  # swapped letters
    ("egav.kz", "egov.kz"),  # one letter replaced
    ("egv.kz", "egov.kz"),  # one letter missing
    ("eg0v.kz", "egov.kz"),  # digit for a letter
    ("\u0435gov.kz", "egov.kz"),  # Cyrillic "е"
    ("xn--gov-5cd.kz", "egov.kz"),  # the same in punycode
    ("kaspl.kz", "kaspi.kz"),
    ("kaspi-bonus.com", "kaspi.kz"),
    ("halykbank.com", "halykbank.kz"),  # the official name on another suffix
    ("kz-imei.com", "kz-imei.kz"),
    ("mykasa.kz", "mykassa.kz"),
])
def test_lookalike_of_an_official_domain(text: str, imitated: str) -> None:
    [(_host, official, lookalike)] = _links(f"Откройте {text}/login")
    assert official is None
    assert lookalike == imitated
    report = check(f"Откройте {text}/login")
    assert report.findings[0].rule == "link-lookalike"


def test_homoglyph_and_punycode_reasons() -> None:
    [link] = check("https://\u0435gov.kz").links
    assert links_module.R_HOMOGLYPH in link.reasons
    [link] = check("https://xn--gov-5cd.kz").links
    assert links_module.R_PUNYCODE in link.reasons


def test_shortener_ip_and_http() -> None:
    report = check("bit.ly/3abc http://192.168.10.5/pay http://example.org/x")
    reasons = {link.host: link.reasons for link in report.links}
    assert links_module.R_SHORTENER in reasons["bit.ly"]
    assert links_module.R_IP in reasons["192.168.10.5"]
    assert links_module.R_HTTP in reasons["example.org"]
    rules = {f.rule for f in report.findings}
    assert {"link-shortener", "link-ip", "link-http"} <= rules


def test_disguised_link_is_a_sign() -> None:
    report = check("Заходи: free-gift[.]top/win")
    [link] = report.links
    assert link.host == "free-gift.top"
    assert links_module.R_DISGUISED in link.reasons
    assert "link-disguised" in {f.rule for f in report.findings}


@pytest.mark.parametrize("text", [
    "Wife.how she knew", "ok.so what now", "Nice.nice.how is it", "home.love u",
    "I am fine. Me too", "see you at 5.30", "т.е. вот так", "г.Алматы", "file.txt",
    "Hello. Top up later", "version 1.2.3",
])
def test_ordinary_sentences_are_not_links(text: str) -> None:
    assert check(text).links == ()


def test_registrable_domain_uses_the_public_suffix_list() -> None:
    assert links_module.registrable_domain("a.b.example.co.uk") == "example.co.uk"
    assert links_module.registrable_domain("shop.kaspi.kz") == "kaspi.kz"


def test_subdomain_of_official_site_is_official() -> None:
    [(host, official, lookalike)] = _links("https://shop.kaspi.kz/item")
    assert (host, official, lookalike) == ("shop.kaspi.kz", "kaspi", None)


def test_link_span_points_at_the_original_text_and_is_defanged() -> None:
    text = "Оплата: https://pay-kz.top/x?id=1."
    [link] = check(text).links
    assert text[link.span[0]:link.span[1]] == "https://pay-kz.top/x?id=1"
    assert "[.]" in link.defanged() and link.defanged().startswith("hxxps")


def test_one_edit_apart() -> None:
    assert links_module._one_edit_apart("egov", "egv")
    assert links_module._one_edit_apart("egov", "eogv")
    assert links_module._one_edit_apart("egov", "egovv")
    assert not links_module._one_edit_apart("egov", "egov")
    assert not links_module._one_edit_apart("egov", "gove")


def test_bank_name_with_a_link_to_another_site() -> None:
    report = check("Kaspi: подтвердите личность по ссылке https://verify-id.top/k")
    assert "brand-link" in {f.rule for f in report.findings}
    # A site named in passing in a genuine notice is not a link to follow.
    report = check("eGov: ваши данные могли утечь с сайта zaimer.kz.")
    assert "brand-link" not in {f.rule for f in report.findings}
    # The bank's own site is not "another site".
    assert check("Kaspi: заказ доставлен, оцените на https://kaspi.kz/shop").findings == ()


@pytest.mark.parametrize("host", [
    "a.b.xn--80ao21a", "xn--80ao21a", "x.xn--gov-5cd.kz", "a.b.c.co.uk",
    "a.xn--e1afmkfd.xn--p1ai", "www.xn--90ais", "foo.blogspot.com", "x.қаз", "xn--.com",
    "xn--zz.com", "a.xn--p1acf", "localhost", "1.2.3.4", "egov.kz",
])
def test_suffixes_of_punycode_hosts_match_the_whole_list(host: str) -> None:
    # The suffix list is loaded without its punycode copy; punycode hosts are looked up
    # decoded and must get the answers the full list gives, written as they came.
    full = _full_suffix_list()
    assert links_module.registrable_domain(host) == (
        full.privatesuffix(host, accept_unknown=False) or host)
    assert links_module.public_suffix(host) == full.publicsuffix(host, accept_unknown=False)


@functools.cache
def _full_suffix_list() -> Any:
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


SPACED = ["egov . kz", "egov .kz", "egov. kz", "kaspi . kz/pay", "a.b. com", "x . top",
          "halyk-bonus . online", "Жми сюда: kaspi-bonus .site", "pay at evri . com now"]


@pytest.mark.parametrize("text", SPACED)
def test_the_quick_hint_is_in_every_spaced_address(text: str) -> None:
    # _SPACED_RE runs only where the hint is found: it must be in every match.
    spaced = [m.group() for m in links_module._SPACED_RE.finditer(text.lower())]
    assert spaced
    assert all(links_module._SPACED_HINT.search(match) for match in spaced)
    assert check(text).links  # and the address is still found


def test_an_ip_address_named_in_a_login_alert_is_not_a_link() -> None:
    from assistant.core.checker import check
    for text in ("New sign-in from IP 203.0.113.5. If this was you, no action is needed.",
                 "Вход с IP-адреса 203.0.113.5. Если это были не вы, смените пароль.",
                 "203.0.113.5 IP-мекенжайынан кіру жасалды."):
        assert not check(text).findings, text
    # With a path or a scheme it is a link to open again.
    assert "link-ip" in check("Sign in at 203.0.113.5/login to keep your account").fired
    assert "link-ip" in check("IP http://203.0.113.5 to verify").fired
