"""Security and login alerts: the notice's own remedy and its scam twin, in kk, ru and en.

"If this wasn't you, reset your password / contact support" asks you to act on your own
account, not through the message (`ctx-not-you-remedy`); the same line with a link or a
number to call is still the scam. A lock caused by the owner's failed attempts, in a
message that asks for nothing, is not a threat (`ctx-failed-attempts`); a deletion "as
you requested" is not an account problem (`ctx-safe-advice`).
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from tests.core.checker.shape_checks import assert_flagged, assert_no_signs

FLAGGED = (Verdict.DANGER, Verdict.SUSPICIOUS)

NOTICES = [
    "Your password was changed. If you didn't make this change, please contact support.",
    "We noticed a new login to your account from an unrecognized device. If this wasn't "
    "you, please reset your password and review your recent activity.",
    "Security alert: your email address was changed. If you did not make this change, "
    "please contact our support team.",
    "Your recovery phone number was updated. If you didn't do this, secure your account in "
    "Settings.",
    "Your account has been locked after too many failed login attempts. It will unlock "
    "automatically in 30 minutes.",
    "Your account will be deleted in 7 days as you requested. To keep it, just sign in.",
    "Your account is temporarily locked. Please wait 15 minutes and try again.",
    "New sign-in from IP address: 203.0.113.5 at 10:00. If this was you, no action is "
    "needed. If this wasn't you, please see our support page.",
    "Your card was just used to check in. If this wasn't you, please contact the front "
    "desk.",
    "Someone requested a password reset for your account. Set a new password here: "
    "{{reset_url}}. If this wasn't you, you can ignore this email.",
    "Your account was blocked by an administrator. Please contact support for more "
    "information.",
    "We have detected a login from a new IP address. If this was not you, we recommend "
    "changing your password immediately.",
    "Your card was added to a new payment app. Not you? Report to your bank.",
    "A payment of 120 GBP was made with your card. If this wasn't you, contact your bank.",
    "Unusual sign-in activity detected on your account. If this was you, you can ignore "
    "this alert. If not, change your password now.",
    "Вход в аккаунт с нового устройства iPhone. Если это были не вы, смените пароль в "
    "настройках.",
    "Ваш пароль был изменён. Если вы не меняли пароль, обратитесь в службу поддержки.",
    "Вход в аккаунт с IP-адреса 203.0.113.5. Если это были не вы, смените пароль.",
    "Ваш аккаунт заблокирован администратором. Для уточнения причин обратитесь в "
    "поддержку.",
    "Внимание! Зафиксирована попытка входа в ваш аккаунт. Если это были не вы, рекомендуем "
    "сменить пароль.",
    "Ваша учетная запись заблокирована после нескольких неудачных попыток входа. "
    "Попробуйте снова через 30 минут.",
    "По вашей просьбе аккаунт будет удалён через 14 дней. Чтобы отменить удаление, войдите "
    "в аккаунт.",
    "Аккаунтыңызға жаңа құрылғыдан кіру жасалды. Егер бұл сіз болмасаңыз, құпия сөзді "
    "өзгертіңіз.",
    "Құпия сөзіңіз өзгертілді. Егер бұл сіз болмасаңыз, қолдау қызметіне хабарласыңыз.",
    "Сіздің аккаунтыңызға күдікті кіру әрекеті анықталды. Егер бұл сіз болмасаңыз, құпия "
    "сөзді өзгертіңіз.",
    "Аккаунт 3 рет қате енгізілген құпия сөзден кейін бұғатталды. Бір сағаттан кейін "
    "қайталап көріңіз.",
]

SCAMS = [
    "New sign-in to your account. If this wasn't you, reset your password here: "
    "https://account-reset-help.com",
    "If this wasn't you, call +44 7700 900123 to secure your account.",
    "Not you? Verify here: https://secure-login-check.com",
    "Not you? Report it right away: +44 7700 900123",
    "Your card was added to a new payment app. Not you? Report to your bank here: "
    "https://card-report-help.com",
    "A payment of 120 GBP was made with your card. If this wasn't you, contact your bank "
    "at +44 7700 900123.",
    "Your account has been locked after too many failed login attempts. Click the link to "
    "restore access: http://unlock-account.example.com",
    "Вход в аккаунт с нового устройства. Если это были не вы, обратитесь в банк по номеру "
    "+7 701 000 00 00.",
    "Если это были не вы, смените пароль по ссылке https://password-reset.help",
    "Егер бұл сіз болмасаңыз, құпия сөзді мына сілтеме арқылы өзгертіңіз: "
    "https://kaspi-secure.help",
]


@pytest.mark.parametrize("text", NOTICES)
def test_an_alert_with_its_own_remedy_shows_no_signs(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", SCAMS)
def test_the_same_alert_through_the_message_is_still_flagged(text: str) -> None:
    assert_flagged(text)


def test_a_reset_link_for_the_one_who_asked_is_not_the_not_you_link() -> None:
    # "If you didn't request this, ignore it": the link is for the one who asked. An
    # unknown site is still a link to follow, but not "if not you, open this link".
    text = ("Click here to reset your password: https://app.example.org/reset/abc123. If you "
            "did not request a password reset, please ignore this email.")
    report = check(text)
    assert "not-you-link" not in {f.rule for f in report.findings}
    assert report.verdict is not Verdict.DANGER


def test_do_not_share_it_keeps_the_code_a_secret() -> None:
    # "Do not share it." of the code the message gives is the code notice's own line.
    assert check("Your code is 482910. Do not share it. Not you? Contact us at "
                 "+44 20 7946 0000.").verdict is Verdict.NO_SIGNS
    assert check("Your code is 482910. Never share this code. Our employee will call, tell "
                 "him the code.").verdict is Verdict.DANGER


@pytest.mark.parametrize("text", [
    "Подозрительная операция по карте *1234 на 25 000 ₸ отклонена. Если это были вы, "
    "повторите операцию через 30 минут.",
    "Сіздің картаңыз *1234 бойынша күдікті операция тоқтатылды. Егер бұл сіз болсаңыз, 30 "
    "минуттан кейін қайталаңыз.",
    "Ваша карта *1234 заблокирована по вашему обращению. Перевыпустить карту можно в "
    "приложении.",
    "We've placed a temporary hold on your account due to suspicious activity. Please sign "
    "in to the app to review.",
    "Внимание! Мошенники звонят от имени банка. Не сообщайте коды из SMS и не переводите "
    "деньги на «безопасные счета».",
])
def test_a_bank_alert_that_sends_you_to_its_app_or_warns_shows_no_signs(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", [
    "Your account is on hold due to suspicious activity. Sign in to the app here: "
    "https://app-review.example.com",
    "Подозрительная операция по карте отклонена. Если это были вы, подтвердите её по ссылке "
    "https://podtverdit.help",
    "Не волнуйтесь, ваши деньги в безопасности. Переведите их на безопасный счёт "
    "KZ00 0000 0000 0000 0000.",
])
def test_the_same_alert_that_leads_elsewhere_is_still_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    "Your login code: *****. Do not give it to anyone. If you didn't request this code, "
    "call us at +1 415 555 0100.",
    "Код подтверждения: ****. Никому не сообщайте код. Если это были не вы, позвоните "
    "+7 727 000 00 00.",
    "Растау коды: XXXX. Кодты ешкімге айтпаңыз.",
    "Your code is {{code}}. Don't share it with anyone. If this wasn't you, contact us at "
    "+1 415 555 0100.",
    "Subscription renewed: Tabyla Plus, $4.99/month. To cancel, go to Settings > "
    "Subscriptions.",
])
def test_a_masked_code_is_still_a_code_and_settings_are_the_own_way_out(text: str) -> None:
    assert_no_signs(text)


def test_a_masked_code_to_be_passed_on_is_still_the_scam() -> None:
    assert check("Your code: *****. Our agent will call you, tell him the code."
                 ).verdict is Verdict.DANGER
    assert check("Subscription renewed: $49.99/month. To cancel, go to settings here: "
                 "https://cancel-sub.example.com").verdict in FLAGGED


@pytest.mark.parametrize("text", [
    "На вашем устройстве обнаружена вирусная активность. Откройте приложение банка, "
    "введите в поиске «Антивирус» и запустите проверку.",
    "Телефоныңызда вирус табылды. Банк қосымшасын ашыңыз, «Антивирус» бөлімін таңдаңыз.",
    "A virus was detected on your phone. Open the bank app and run the security scan.",
])
def test_a_virus_alert_whose_cure_is_the_bank_s_own_app_shows_no_signs(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", [
    "На вашем телефоне обнаружен вирус! Откройте приложение и скачайте антивирус по ссылке "
    "https://antivirus-bank.help",
    "Virus detected on your phone! Open the app and install the cleaner: "
    "https://cleaner.example.com/app.apk",
])
def test_a_virus_alert_with_something_to_install_is_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    "You recently changed the password associated with your account. If you did not make "
    "this change and believe your Tabyla account has been compromised, please contact "
    "support.",
    "Вы успешно зарегистрировались в системе. Если это были не вы, немедленно свяжитесь с "
    "администратором.",
    "Кем-то был запрошен сброс пароля. Если это были не вы, ничего не делайте. Никому не "
    "сообщайте эти данные.",
])
def test_a_long_clause_before_the_remedy_and_do_nothing_are_the_notice(text: str) -> None:
    assert_no_signs(text)


def test_delete_this_mail_is_not_the_way_out_of_a_link() -> None:
    text = ("Подтвердите почту — откройте ссылку: https://spider.example.org/confirm/abc Если "
            "это были не вы, просто удалите письмо.")
    report = check(text)
    assert "not-you-link" not in {f.rule for f in report.findings}
    assert report.verdict is not Verdict.DANGER
    assert check("Если это были не вы, свяжитесь с нами по номеру +7 701 000 00 00."
                 ).verdict in FLAGGED


@pytest.mark.parametrize("text", [
    "Если это были не вы, свяжитесь со службой поддержки банка по номеру +7 701 000 00 00.",
    "Если это были не вы, обратитесь в службу поддержки банка по номеру +7 701 000 00 00.",
    "If you did not make this change, please contact our support team on +44 7700 900123.",
])
def test_the_remedy_with_a_number_to_call_is_still_the_callback(text: str) -> None:
    assert "not-you-call" in {f.rule for f in check(text).findings}


def test_a_toll_free_line_further_from_if_not_you_is_still_the_bank_s() -> None:
    assert check("Если это были не вы, позвоните в службу поддержки банка по номеру "
                 "8 800 080 11 11.").verdict is Verdict.NO_SIGNS
