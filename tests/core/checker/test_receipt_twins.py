"""A completed transaction's receipt and its scam twins, through check().

A receipt (the amount sent or paid and the new balance) that ends with the operator's
advertising link asks for nothing: its "click" and "download the app" are not the
receipt's request (`ctx-receipt`). The same receipt that asks to reverse, cancel or send
the money back, or links to an .apk, is still flagged. An account number is not a paid
number to call. "Якщо ... не вами, скиньте пароль" is Ukrainian for "reset your password".
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from tests.core.checker.shape_checks import assert_flagged, assert_no_signs

RECEIPTS = [
    "AB12CD34EF Confirmed. Ksh500.00 sent to JOHN DOE 0700000000 on 1/2/25 at 9:00 AM. "
    "New M-PESA balance is Ksh1,200.00. Transaction cost, Ksh7.00. Get a loan today, click "
    "https://promo.example.com/loan",
    "AB12CD34EF Confirmed. Ksh900.00 sent to Tabyla Paybill for account 0702000000 on "
    "1/2/25. New balance is Ksh300.00. Download our app on https://promo.example.com/app",
    "Перевод 5 000 ₸ выполнен. Остаток: 12 400 ₸. Скачайте приложение и переводите без "
    "комиссии: https://promo.example.com/app",
    "Аударым 5 000 ₸ орындалды. Қалдық: 12 400 ₸. Қосымшаны жүктеп алыңыз: "
    "https://promo.example.com/app",
]

SCAMS = [
    "AB12CD34EF Confirmed. Ksh5,000.00 received from JANE DOE. New M-PESA balance is "
    "Ksh5,100.00. Sent by mistake, click https://reverse-mpesa.example.com to send it back",
    "AB12CD34EF Confirmed. Ksh500.00 sent. New balance is Ksh1,200.00. Download the app: "
    "https://promo.example.com/mpesa.apk",
    "Перевод 5 000 ₸ выполнен. Остаток: 12 400 ₸. Если это были не вы, отмените перевод по "
    "ссылке https://otmena-perevoda.help",
]


@pytest.mark.parametrize("text", RECEIPTS)
def test_a_receipt_with_its_advertising_link_shows_no_signs(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", SCAMS)
def test_a_receipt_that_asks_for_something_is_flagged(text: str) -> None:
    assert_flagged(text)


def test_an_account_number_is_not_a_paid_number() -> None:
    text = "Ksh900.00 sent to Tabyla Paybill for account 0702139730 on 1/2/25."
    assert "premium-number" not in {f.rule for f in check(text).findings}
    assert "premium-number" in {f.rule for f in check("Call 0702139730 now to claim").findings}


def test_a_ukrainian_reset_your_password_is_not_a_request_for_it() -> None:
    notice = ("Пароль вашого користувача було змінено. Якщо ця зміна була зроблена не вами, "
              "будь ласка, негайно скиньте ваш пароль.")
    assert check(notice).verdict is Verdict.NO_SIGNS
    scam = "Если это были не вы, скиньте нам пароль и код из смс для проверки."
    assert check(scam).verdict is Verdict.DANGER


#: A receipt's closing advertising for the very account whose balance it states, behind a
#: shortener: the company's own promotion. A shortener that promotes anything else, or a
#: receipt that asks for the money back, is still a sign.
OWN_PROMO = [
    "AB12CD34EF Confirmed. Ksh150.00 paid to FILLING STATION. New Tabyla balance is "
    "Ksh79.26. Transaction cost, Ksh0.00. Pay with Tabyla GlobalPay virtual card linked to "
    "your Tabyla wallet. Click https://bit.ly/3AbCdEf",
    "XY98ZT76QP Confirmed. You have received Ksh3,000.00 from TABYLA BANK. New Tabyla "
    "balance is Ksh4,960.26. Save on every Tabyla payment with Tabyla Pochi: https://bit.ly/3AbCdEf",
]
NOT_OWN_PROMO = [
    "AB12CD34EF Confirmed. Ksh150.00 paid to FILLING STATION. New Tabyla balance is "
    "Ksh79.26. Win a phone in our lucky draw! Click https://bit.ly/3AbCdEf",
    "Оплата 2 500 ₸ выполнена. Остаток на Tabyla Gold: 12 400 ₸. Получите бонус: "
    "https://bit.ly/3AbCdEf",
    "AB12CD34EF Confirmed. You have received Ksh5,000.00. New Tabyla balance is Ksh5,079.26. "
    "Sent by mistake, please reverse via Tabyla: https://bit.ly/3AbCdEf",
]


@pytest.mark.parametrize("text", OWN_PROMO)
def test_a_receipts_own_promotion_behind_a_shortener_shows_no_signs(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", NOT_OWN_PROMO)
def test_a_shortener_that_promotes_something_else_is_flagged(text: str) -> None:
    assert_flagged(text)
