"""An operator's roaming notice and its scam twins.

"Welcome to <country>" with the rates abroad and the operator's own free line is the
operator's notice, not a paid service or a free bait (`ctx-roaming`). A premium club that
greets you ("Welcome to UK-mobile-date ... free calling to 0871...") or a prize with a
free number is still flagged.
"""

from __future__ import annotations

import pytest

from tests.core.checker.shape_checks import assert_flagged, assert_no_signs

NOTICES = [
    "Free Tabyla Msg: Welcome to Turkey. CAUTION: Text $0.50 each and Talk $0.59/min. "
    "For info call us for free +1 505 000 0000",
    "Добро пожаловать в Турцию! Стоимость минуты звонка 150 тг, SMS 50 тг. Бесплатная "
    "линия оператора: +7 701 000 00 00",
    "Түркияға қош келдіңіз! Роумингте қоңырау минуты 150 тг, SMS құны 50 тг. Тегін "
    "желі: +7 701 000 00 00",
]
SCAMS = [
    "Welcome to UK-mobile-date this msg is FREE giving you free calling to 08719839835. "
    "Future mgs billed at 150p daily. To cancel send \"go stop\" to 89123",
    "Congratulations! You have won a free cruise. Call +1 505 000 0000 now to claim.",
    "Поздравляем! Вам положен бесплатный подарок, звоните +7 701 000 00 00.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_roaming_notice_has_no_signs(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", SCAMS)
def test_premium_or_free_bait_is_flagged(text: str) -> None:
    assert_flagged(text)
