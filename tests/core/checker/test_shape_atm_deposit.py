"""The second call's instruction to put cash into an ATM, with no "safe account" named.

"Go to the ATM and put the money on this account, don't hang up" is the step that takes
the money. A bank's own line ("you can top up your card at an ATM") has no pressure and
stays unflagged.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from tests.core.checker.shape_checks import assert_no_signs

FLAGGED = (Verdict.DANGER, Verdict.SUSPICIOUS)

SCAMS = [
    "Идите к банкомату и внесите деньги на этот счёт, не кладите трубку.",
    "Снимите все деньги и срочно внесите их через банкомат на указанный счёт.",
    "Банкоматқа барып, ақшаны мына шотқа салыңыз, телефонды қоймаңыз.",
    "Go to the ATM and deposit the cash to this account. Do not hang up.",
]

NOTICES = [
    "Пополнить карту можно через банкомат или терминал.",
    "You can deposit cash at any of our ATMs.",
    "Картаны банкомат арқылы толықтыруға болады.",
]


@pytest.mark.parametrize("text", SCAMS)
def test_cash_into_an_atm_at_someones_word_is_flagged(text: str) -> None:
    report = check(text)
    assert report.verdict in FLAGGED, (text, report.fired)
    assert any(f.rule == "shape-atm-deposit" for f in report.findings)


@pytest.mark.parametrize("text", NOTICES)
def test_a_banks_atm_line_is_not_flagged(text: str) -> None:
    assert_no_signs(text)
