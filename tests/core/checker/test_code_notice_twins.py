"""The one-time-code notice and its twins, written for brands the checker has never seen.

A notice gives its code in any of the shapes real services use ("<code> is your X code",
"123 456", "code: ABC12", "OTP for a payment of GBP 50.00 ... is 123456"), tells you not
to share it, or to ignore it if it was not you, and may send you to the site that bears
its own name. The scam that imitates it asks for the code, gives a number to call without
"tell no one", or a link to a site with words added to the name.
"""

from __future__ import annotations

import pytest

from tests.core.checker.shape_checks import assert_flagged, assert_no_signs

#: Genuine notices of made-up brands ("Zorbly", "Quenta"), in kk, ru and en.
NOTICES = [
    "Zorbly: 482913 is your one-time passcode. Do not share it with anyone. "
    "If you didn't request it, please ignore this message.",
    "Quenta: 123 456 is your Quenta code. Don't share it. If you didn't request this, "
    "please ignore it.",
    "Zorbly Guard code: ABC12. If you did not request this, someone may have your password.",
    "Zorbly Bank: Your OTP for payment of GBP 50.00 to JOHN SMITH is 123456. Don't share "
    "this with anyone. If you did not request this, call us on 0345 123 4567.",
    "Quenta: 123456 is your verification code. Never share this code with anyone. If you "
    "did not request this code, please secure your account at quenta.com/security",
    "Zorbly: Your Zorbly verification code is 1234. If you didn't request this, please "
    "visit zorbly.com/help",
    "Use 482913 to sign in to Zorbly. We will never call you to ask for it.",
    "482913 is your Quenta login code. Do not share this code with anyone, including "
    "Quenta staff.\n\n@quenta.com #482913",
    "Your Zorbly account has been locked for your security. To unlock it, sign in to the "
    "Zorbly app.",
    "Пароль: 1234. Никому не говорите его. Сотрудники банка никогда не спрашивают пароль. "
    "Если вы не совершали операцию, позвоните 8 727 000 00 00",
    "Ваш код для входа в Зорбли: 123456. Не сообщайте его никому. Если вы не запрашивали "
    "код, просто проигнорируйте это сообщение",
    "Ваша карта *1234 заблокирована. Для разблокировки войдите в мобильное приложение банка.",
    "Растау коды: 4829. Кодты ешкімге айтпаңыз. Егер сіз сұрамаған болсаңыз, бұл "
    "хабарламаны елемеңіз.",
]

#: The scams that imitate them.
SCAMS = [
    "Your code is 482913. Our employee will call you, please tell him the code.",
    "Please send me the 6-digit code we sent you to verify your account.",
    "Zorbly: 123456 is your code. If this wasn't you, verify at "
    "https://zorbly.com.verify-login.xyz",
    "Zorbly: 123456 is your code. If this wasn't you, cancel here: "
    "https://zorbly-secure.com/cancel",
    "Zorbly: your account is suspended. If this wasn't you, verify at https://zorbly.top/login",
    "Your code is 482913. If this was not you, call us on +44 7911 123456 to cancel.",
    "Код: 4829. Если это были не вы, срочно позвоните +7 701 000 00 00 и назовите код.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_code_notice_has_no_signs(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", SCAMS)
def test_code_scam_is_flagged(text: str) -> None:
    assert_flagged(text)


#: A card alert's question about a payment: with a link to "cancel" it, the fake alert;
#: with "reply YES or NO" or the app, the bank's own. An account "limited" or "closed"
#: with a link or an update to make is the phishing lure.
CHARGE_SCAMS = [
    "[Quenta Alerts] Did you attempt a charge of $120.89 on your card at *GAMESHOP? "
    "Cancel request here: quentacardalerts.com",
    "Zorbly: did you make a purchase of $410.00 at ELECTRO? To stop it, tap here: "
    "https://zorbly-disputes.top",
    "Your account access has been limited. Please log in to restore it: "
    "www.zorbly-secure.com",
    "Dear Customer your Quenta Account Closed Today. Update your ID number in the "
    "following link",
]
CHARGE_NOTICES = [
    "Zorbly Fraud Alert: Did you attempt a $89.00 purchase at TARGET on card ending 1234? "
    "Reply YES or NO. Msg&data rates may apply.",
    "Quenta: Did you make a purchase of $45.00 at AMAZON? Check it in the Quenta app.",
    "Your savings account has been closed at your request. No action is needed.",
]


@pytest.mark.parametrize("text", CHARGE_SCAMS)
def test_charge_check_scam_is_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize("text", CHARGE_NOTICES)
def test_charge_check_notice_has_no_signs(text: str) -> None:
    assert_no_signs(text)
