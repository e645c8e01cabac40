"""A US bank's card fraud alert and its twins.

The bank's fraud service texts "FreeMsg: <Bank> FraudAlert: Did you use card 1234 at <shop>
for $45? If valid reply YES, if not NO, STOP to OptOut", thanks you for a YES, or, after a
NO, says that your answer blocked the card and gives its toll-free line. Its header
("FreeMsg") and its opt-out line ("reply STOP") are also those of the UCI set's premium
spam, so they alone must not make it "be careful": the alert asks only for YES or NO, and
gives no link, code, password or payment (`ctx-fraud-alert-answer`,
`ctx-fraud-alert-block`). The fake alert sends you to a link, asks for a code or a fee, or
announces a block by itself with a number to call.

Only English: "reply YES / NO / STOP" alerts are a US bank practice; the Russian and Kazakh
card alerts of the other tests (`test_code_notice_twins.py`, `test_bare_notice_twins.py`)
ask for no reply.
"""

from __future__ import annotations

import pytest

from tests.core.checker.shape_checks import assert_flagged, assert_no_signs

#: Genuine alerts of made-up banks ("Quenta", "Zorbly"), in the wordings of US banks.
ALERTS = [
    "FreeMsg:Quenta CU FraudAlert 0000000000: Did you use card 4417 at SHELL for $62.10? "
    "If valid reply YES, if not NO, STOP to OptOut of Fraud Alerts",
    "FreeMsg Zorbly Bank Fraud Center 888-555-0100 Thank you for confirming this activity. "
    "You may continue to use your card. To Opt Out reply STOP.",
    "FreeMsg Zorbly Bank Fraud Center 888-555-0100 Your response has placed a block on the "
    "card. Call us immediately at 888-555-0100, avail 24/7. To Opt Out reply STOP.",
    "Quenta Bank Fraud Alert: Did you use card 4417 at SHELL for $62.10? Reply YES or NO. "
    "Reply STOP to opt out.",
]

#: The fakes that borrow the alert's words.
FAKES = [
    # a link to "verify"
    "Quenta Fraud Alert: Did you use card 4417 at SHELL for $62.10? Reply YES or NO. Then "
    "confirm your identity here: quenta-alerts.com",
    # a code asked for
    "FreeMsg Quenta Fraud Alert: Did you use card 4417 at BESTBUY for $720? Reply YES or NO. "
    "To cancel the charge, give us the code we just sent you. STOP to opt out",
    # a fee after "thank you"
    "FreeMsg Zorbly Fraud Center: Thank you for confirming. To keep using your card, pay "
    "the $2.99 verification fee at card-verify.top",
    # the block announced by the message itself, with a number to call
    "FreeMsg Zorbly Fraud Center: Your card has been blocked. Call us immediately at "
    "888-555-0100. To Opt Out reply STOP.",
    # "your response" with a number that is not a toll-free line
    "FreeMsg Zorbly Fraud Center: Your response has placed a block on the card. Call us "
    "immediately at +1 415 555 0100. To Opt Out reply STOP.",
    # no YES or NO: a number to call at once
    "FreeMsg: Fraud Alert: Did you use your card at WALMART for $500? If not, call us at "
    "0330 133 0198 now. STOP to opt out",
]

#: The UCI set's premium spam shares "FreeMsg" and "reply STOP": still flagged.
PREMIUM_SPAM = [
    "FreeMsg: Txt: CALL to No: 86888 & claim your reward of 3 hours talk time to use from "
    "your phone now! Subscribe6GBP/mnth inc 3hrs 16 stop?txtStop",
    "FreeMsg Hey there darling it's been 3 week's now and no word back! I'd like some fun "
    "you up for it still? Tb ok! XxX std chgs to send, £1.50 to rcv",
]


@pytest.mark.parametrize("text", ALERTS)
def test_fraud_alert_that_asks_yes_or_no_has_no_signs(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", FAKES)
def test_fake_fraud_alert_is_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize("text", PREMIUM_SPAM)
def test_premium_spam_with_the_same_header_is_flagged(text: str) -> None:
    assert_flagged(text)
