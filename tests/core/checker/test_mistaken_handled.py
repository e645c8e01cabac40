"""A mistaken transfer that is already handled, or told as a warning, is not the scheme.

"The bank will reverse it", "no action is needed", "do not send it back yourself"
(`ctx-mistaken-handled`) in en, ru and kk; the scheme asks you to send the money back,
also when it says the bank cannot.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check

HANDLED = [
    "I sent 5000 tenge to the wrong number by mistake, the bank says it will reverse the "
    "payment in 3 days.",
    "Your bank: a transfer of 20,000 KZT was credited to your account by mistake. We will "
    "reverse it; you do not need to do anything.",
    "Dear customer, the payment sent to you in error has been returned to the sender by the "
    "bank. No action is needed.",
    "Я случайно перевела вам 5000, банк сам вернёт, ничего делать не нужно.",
]

SCHEME = [
    "I sent you money by mistake, the bank cannot return it, please send it back yourself "
    "to my card.",
    "Я случайно перевёл вам деньги, банк не вернёт, переведите обратно на карту.",
    "Сізге қателесіп 10 000 теңге аударып жібердім, осы картаға қайтарып жіберіңізші.",
]


@pytest.mark.parametrize("text", HANDLED)
def test_a_handled_mistake_shows_no_signs(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, [f.rule for f in report.findings]


@pytest.mark.parametrize("text", SCHEME)
def test_a_mistake_you_are_asked_to_send_back_is_danger(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.DANGER, [f.rule for f in report.findings]
    assert "mistaken-transfer" in report.scenarios()
