"""The bait of a fake crypto platform: a stranger's login and password, a large balance and
a site nobody knows (`fake-account-balance`).

"【 usdtttrc.com 】 A***unt Login:Rom88 P***word:R66888 Usable:3,982,537.41": whoever logs
in sees the money and is asked for a "fee" to take it out. All three parts are needed, so
each genuine twin lacks one: a service's own login code names no balance, a bank's
statement of a large balance gives no password, a school portal's first password or an
operator's account comes with no money or a small balance.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import check
from tests.core.checker.shape_checks import assert_flagged, assert_no_signs

BAITS = [
    "【 usdt-vault.com 】 Account Login:Mira21 Password:M77123 Balance:2,450,118.90 USDT",
    "[ usdt-vault.com ] Dear Anna, the account has been reset for you, the new login code: "
    "AN#771 remaining value 3,120,450.18",
    "【 www.usdt-vault.com 】 Ac***nt Login:Mira21 P*****rd:M77123 Assets:2,975,720.88",
    "[ btc-kassa.com ] Уважаемая Алия, аккаунт восстановлен для вас. Логин: aliya77 "
    "Пароль: Q88123 Баланс: 2 450 118 USDT",
    "Ваш логин: aliya77, ваш пароль: Q88123. На балансе 2 450 118 USDT. Вход: btc-kassa.com",
    "[ usdt-kz.top ] Құрметті Айгүл, аккаунтыңыз қалпына келтірілді. Логин: aigul88 "
    "Құпия сөз: A55123 Қалдық: 3 120 450 USDT",
    "Сіздің логиніңіз: aigul88, құпия сөзіңіз: A55123. Қалдық: 3 120 450 USDT. Сайт: "
    "usdt-kz.top",
]

GENUINE = [
    # a service's own login code: no balance
    "Your Zorbly login code is 482913. Do not share it with anyone.",
    "Zorbly login code: 482913. Do not share it. zorbly.com",
    # a first password for a school portal: no money
    "Welcome to the Lyceum 12 e-journal. Login: aidana.s Password: Kx7p2q. Log in at "
    "ejournal-lyceum12.kz and change your password.",
    "Логин: aidana.s Құпия сөз: Kx7p2q. Электрондық күнделікке ejournal-lyceum12.kz "
    "сайтында кіріңіз.",
    # an operator's account with a small balance
    "Ваш логин: 7701234567, пароль: 4821. Баланс: 1 250 тг. Личный кабинет: "
    "my.quenta-telecom.kz",
    "Сіздің логиніңіз: 7701234567, құпия сөз: 4821. Баланс: 1 250 тг. Жеке кабинет: "
    "my.quenta-telecom.kz",
    # a statement of a large balance: no password
    "Quenta: card *4417 credited 1,250,000.00 KZT. Available balance: 3,982,537.41 KZT",
    "Quenta Invest: your account report. Total assets: 3,982,537.41 KZT. Details at "
    "quenta-invest.kz",
]


@pytest.mark.parametrize("text", BAITS)
def test_a_strangers_account_with_money_is_flagged(text: str) -> None:
    report = assert_flagged(text)
    assert "fake-account-balance" in {f.rule for f in report.findings}
    assert "prize-code" in report.scenarios()


@pytest.mark.parametrize("text", GENUINE)
def test_a_twin_without_one_part_has_no_signs(text: str) -> None:
    assert_no_signs(text)


def test_the_finding_points_at_the_login_the_balance_and_the_site() -> None:
    text = BAITS[0]
    finding = next(f for f in check(text).findings if f.rule == "fake-account-balance")
    shown = " ".join(text[s:e] for s, e in finding.spans)
    assert "Login:Mira21" in shown and "2,450,118" in shown and "usdt-vault.com" in shown
