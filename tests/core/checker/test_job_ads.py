"""An ordinary job advert is not a money-mule offer.

"We are hiring" and "pay from 1500 tenge an hour" are a recruiter's words and a wage, not a
request to pay and not "easy money": such an advert from an unknown number may deserve a
second look, never "danger". The offer that promises easy money stays danger.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check

ADVERTS = [
    "We are hiring a barista, pay from 1500 tenge an hour. Call the cafe at 8 727 244 11 22.",
    "We are hiring. Call the cafe at 8 727 244 11 22.",
    "Barista wanted. Pay of 2000 tenge per hour, start Monday.",
]


@pytest.mark.parametrize("text", ADVERTS)
def test_a_job_advert_is_not_danger(text: str) -> None:
    report = check(text)
    assert report.verdict is not Verdict.DANGER, (text, report.fired)
    assert "payment-request" not in report.fired


def test_easy_money_behind_the_same_words_stays_danger() -> None:
    text = "We are hiring! Earn 300 USD per day from home, no experience. Write to WhatsApp."
    assert check(text).verdict is Verdict.DANGER


def test_a_fee_to_pay_is_still_a_payment_request() -> None:
    assert "payment-request" in check("Please pay the delivery fee of 500 tenge today.").fired
