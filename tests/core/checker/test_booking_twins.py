"""A confirmation of the reader's own booking and the booking scam, through check().

"Your reservation is confirmed. View it here: <link>. Reply STOP to opt out" asks for
nothing (`ctx-booking`): the link shows the booking, "Reply STOP" is the free way out.
The booking scam asks to pay, to verify a card or says the booking will be cancelled, and
then the context is not there.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from tests.core.checker.shape_checks import assert_flagged, assert_no_signs

FLAGGED = (Verdict.DANGER, Verdict.SUSPICIOUS)

NOTICES = [
    "Your reservation #AB1234 at Hotel Tabyla is confirmed. View it here: "
    "https://promo.example.com/r/AB1234. Reply STOP to opt out",
    "Tabyla Cafe: check your place in line: https://promo.example.com/q/77. We'll text you "
    "when your table is ready. Reply STOP to end msgs",
    "Ваше бронирование №AB123 подтверждено. Подробнее: https://promo.example.com/b",
    "Брондауыңыз расталды. Толығырақ: https://promo.example.com/b",
]

SCAMS = [
    "Your booking at Hotel Tabyla is confirmed! To avoid cancellation, verify your card at "
    "https://booking-verify.example.com",
    "Your reservation #AB1234 will be cancelled unless you pay the deposit at "
    "https://booking-deposit.example.com",
    "Ваше бронирование подтверждено. Для сохранения брони оплатите залог по ссылке "
    "https://bron.help",
    "Брондауыңыз расталды. Кепіл ақысын мына сілтеме арқылы төлеңіз: https://bron-kz.help",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_booking_confirmation_shows_no_signs(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", SCAMS)
def test_a_booking_that_asks_to_pay_or_verify_is_flagged(text: str) -> None:
    assert_flagged(text)


def test_an_opt_out_line_alone_is_a_note() -> None:
    # Every business that texts prints "Reply STOP to opt out": alone it is no sign.
    assert check("Your prescription is ready for pickup at Main St pharmacy. Reply STOP to "
                 "opt out.").verdict is Verdict.NO_SIGNS
    # Beside a price and a prize it still adds up.
    assert check("WIN a free cruise! Txt CRUISE to 80488 now. 150p/msg. Reply STOP to "
                 "opt out").verdict in FLAGGED
    assert check("Free entry in our weekly draw! Text WIN to 87121 to claim. Txt STOP to "
                 "end").verdict in FLAGGED
