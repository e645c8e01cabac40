"""A bank's warning that tells the safe-account scheme is not the scheme.

"Fraudsters ask you to move money to a safe account. Never do this" names the scheme with
the fraudsters as its subject and then says not to do it. The scam says the same words
as its own request ("fraudsters are after your money, so move it to a safe account"), and
its "don't" is about secrecy, not about the move: it stays danger.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from tests.core.checker.shape_checks import assert_no_signs

WARNINGS = [
    "Мошенники предлагают оформить зеркальный кредит. Не делайте этого.",
    "Внимание! Мошенники просят перевести деньги на безопасный счёт. Никогда не делайте "
    "этого. Ваш Kaspi.",
    "Алаяқтар ақшаны қауіпсіз шотқа аударуды сұрайды. Мұны ешқашан істемеңіз.",
    "Fraudsters may ask you to move money to a safe account. Never do this.",
    "Мошенники срочно просят перевести деньги на безопасный счет. Никогда этого не делайте.",
]

SCAMS = [
    "Мошенники пытаются оформить на вас кредит! Срочно переведите деньги на безопасный счёт.",
    "Мошенники пытаются списать ваши деньги, переведите их на безопасный счёт. Никому не "
    "говорите.",
    "Алаяқтар ақшаңызды ұрлағысы келеді, оны қауіпсіз шотқа аударыңыз. Ешкімге айтпаңыз.",
    "Fraudsters are trying to steal your money, so move it to a safe account now. Do not "
    "tell anyone about this call.",
]


@pytest.mark.parametrize("text", WARNINGS)
def test_a_warning_that_tells_the_scheme_is_not_flagged(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", SCAMS)
def test_the_scheme_told_as_a_request_stays_danger(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.DANGER, (text, report.fired)
    assert "safe-account" in report.fired
