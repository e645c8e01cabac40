"""Each fraud shape has a genuine twin: the checker must tell the two apart.

A code the message gives with "tell no one" is a notice; the same code with "our employee
will call, tell him the code" is the scam that imitates it. "If it was not you, call the
number on your card / the bank's own number / a toll-free line" is a notice; "if it was
not you, call +7 701..." sends you to the fraudster. Both twins are written here in kk, ru
and en, so a change that quiets the notice must still catch the scam, and the other way.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from assistant.core.checker import Report, Verdict, check

FLAGGED = (Verdict.DANGER, Verdict.SUSPICIOUS)


def _ids(cases: Sequence[tuple[str, ...]]) -> list[str]:
    """Test ids "<language>-<n>" for cases whose first item is the language."""
    return [f"{case[0]}-{number}" for number, case in enumerate(cases)]


def _no_signs(text: str) -> Report:
    """The report of ``text``, which must show no signs (the findings say why not)."""
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, [(f.rule, f.spans) for f in report.findings]
    return report

#: (kind, language, genuine notice, the scam that imitates it, the scam's lowest verdict)
TWINS: list[tuple[str, str, str, str, Verdict]] = [
    # a code given with "tell no one" / the same code to be passed on to a caller
    ("code", "en",
     "Your Kaspi code is 4821. Do not tell it to anyone, not even a bank employee.",
     "Your code 4821. Our employee will call you shortly, tell him the code.",
     Verdict.DANGER),
    ("code", "en",
     "4821 is your login code. Our staff will never ask you to read out or give this code "
     "to them.",
     "4821 is your code. Do not share it with anyone except our security officer who will "
     "call you.",
     Verdict.DANGER),
    ("code", "ru",
     "Код подтверждения: 4821. Никому не сообщайте код, даже сотруднику банка.",
     "Ваш код 4821. Сейчас вам позвонит наш сотрудник, продиктуйте ему код.",
     Verdict.DANGER),
    ("code", "ru",
     "Kaspi.kz: 4821 — код для входа. Сотрудники банка никогда не попросят назвать этот "
     "код.",
     "Код: 4821. Никому не сообщайте код, кроме нашего сотрудника, который вам позвонит.",
     Verdict.DANGER),
    ("code", "ru",
     "Код для получения заказа: 4821. Назовите его курьеру при получении.",
     "Код подтверждения: 4821. Назовите этот код оператору, который вам позвонит.",
     Verdict.DANGER),
    ("code", "kk",
     "Растау коды: 4821. Кодты ешкімге айтпаңыз, тіпті банк қызметкеріне де.",
     "Сіздің кодыңыз 4821. Қазір қызметкеріміз қоңырау шалады, кодты соған айтыңыз.",
     Verdict.DANGER),
    ("code", "kk",
     "eGov: өтінімге қол қою коды 5931. Кодты ешкімге айтпаңыз.",
     "Растау коды: 5931. Бұл кодты сізге хабарласқан операторға айтыңыз.",
     Verdict.DANGER),
    # "if it was not you, call": the bank's own or toll-free number / a number from the SMS
    ("not-you", "en",
     "New sign-in to Homebank on 12 May at 10:15. If it was not you, call 7111.",
     "New sign-in to Homebank on 12 May at 10:15. If it was not you, call +7 701 234 5678.",
     Verdict.SUSPICIOUS),
    ("not-you", "en",
     "Your card *1234 was debited 15,000 KZT. Call 8 800 080 7777 if not done by you.",
     "Your card *1234 was debited 15,000 KZT. Call 8 707 123 45 67 if not done by you.",
     Verdict.SUSPICIOUS),
    ("not-you", "en",
     "Login code: 4821. Do not give this code to anyone. If you didn't request this code, "
     "simply ignore this message.",
     "A new device was added to your account. If this was not you, visit "
     "http://secure-device-check.example.com",
     Verdict.SUSPICIOUS),
    ("not-you", "ru",
     "Вход в Homebank с нового устройства. Если это были не вы, позвоните 7111.",
     "Вход в Homebank с нового устройства. Если это были не вы, позвоните +7 707 123 4567.",
     Verdict.SUSPICIOUS),
    ("not-you", "ru",
     "Вход в интернет-банк 12.05 в 10:15. Если это не вы, звоните 8 800 080 7777",
     "Вход в интернет-банк 12.05 в 10:15. Если это не вы, звоните 8 777 123 45 67",
     Verdict.SUSPICIOUS),
    ("not-you", "ru",
     "Вход в интернет-банк 12.05 в 10:15. Если это не вы, срочно позвоните по номеру на "
     "обратной стороне карты.",
     "Вход в интернет-банк 12.05 в 10:15. Если это не вы, срочно позвоните в службу "
     "безопасности: +7 701 234 5678",
     Verdict.SUSPICIOUS),
    # "if it was not you": block it in the app / cancel it through this message
    ("not-you", "en",
     "A new payee was added on 21/02 at 17:53. If this was not you, block this payee in "
     "the app.",
     "A new payee was added on 21/02 at 17:53. If this was not you, please block this "
     "payee here.",
     Verdict.SUSPICIOUS),
    ("not-you", "ru",
     "Добавлен новый получатель 21.02 в 17:53. Если это не вы, заблокируйте его в "
     "мобильном приложении.",
     "Добавлен новый получатель 21.02 в 17:53. Если это не вы, отмените операцию.",
     Verdict.SUSPICIOUS),
    ("not-you", "kk",
     "Homebank-ке жаңа құрылғыдан кіру. Бұл сіз болмасаңыз, 7111 нөміріне хабарласыңыз.",
     "Homebank-ке жаңа құрылғыдан кіру. Бұл сіз болмасаңыз, +7 701 234 5678 нөміріне "
     "қоңырау шалыңыз.",
     Verdict.SUSPICIOUS),
]

_IDS = [f"{kind}-{lang}-{i}" for i, (kind, lang, *_rest) in enumerate(TWINS)]


@pytest.mark.parametrize(("kind", "language", "genuine", "scam", "minimum"), TWINS, ids=_IDS)
def test_the_genuine_twin_shows_no_signs(kind: str, language: str, genuine: str, scam: str,
                                         minimum: Verdict) -> None:
    _no_signs(genuine)


@pytest.mark.parametrize(("kind", "language", "genuine", "scam", "minimum"), TWINS, ids=_IDS)
def test_the_scam_twin_is_flagged(kind: str, language: str, genuine: str, scam: str,
                                  minimum: Verdict) -> None:
    report = check(scam)
    assert report.verdict in FLAGGED
    if minimum is Verdict.DANGER:
        assert report.verdict is Verdict.DANGER, [(f.rule, f.weight) for f in report.findings]
    # The finding points at words of the message, not at nothing.
    assert any(f.spans for f in report.findings)


def test_a_code_passed_on_is_told_as_such() -> None:
    report = check("Ваш код 4821. Сейчас вам позвонит наш сотрудник, продиктуйте ему код.")
    rules = [f.rule for f in report.findings]
    assert "code-to-someone" in rules
    spans = next(f.spans for f in report.findings if f.rule == "code-to-someone")
    text = "Ваш код 4821. Сейчас вам позвонит наш сотрудник, продиктуйте ему код."
    assert any("продиктуйте" in text[s:e] for s, e in spans)


def test_a_pickup_code_for_the_courier_is_not_a_request_to_pass_it_on() -> None:
    report = check("Тапсырысыңыздың алу коды: 4821. Оны курьерге тапсыру кезінде айтыңыз.")
    assert report.verdict is Verdict.NO_SIGNS, [f.rule for f in report.findings]


#: A bank's statement of a payment: its link and its "call us" line are notes that together
#: would reach "suspicious"; in a statement they do not.
STATEMENTS: list[tuple[str, str]] = [
    ("en", "Citi Alert: A $3.01 transaction was made at BP#1234E on card ending in 1234. "
     "View details at citi.com/citimobileapp. Questions? Call 1-800-950-5114"),
    ("ru", "Счет *0084 зачисление 30000р. Доступно 30755.03р. Подробнее http://otpbank.ru/tr"),
    ("ru", "Покупка 5 400 ₸ MAGNUM, карта *1234. Доступно 120 000 ₸. Подробнее: "
     "bank.example.kz/app. Вопросы: +7 727 330 00 00, звоните"),
    ("kk", "Сатып алу 5 400 ₸ MAGNUM, карта *1234. Қалдық 120 000 ₸. Толығырақ: "
     "bank.example.kz/app"),
]


@pytest.mark.parametrize(("language", "text"), STATEMENTS,
                         ids=_ids(STATEMENTS))
def test_a_statement_with_a_link_and_a_number_shows_no_signs(language: str,
                                                             text: str) -> None:
    report = _no_signs(text)
    # The link stays a note, and the message says why it looks genuine.
    assert report.notes
    assert report.genuine


def test_the_same_notes_without_a_statement_still_flag() -> None:
    report = check("Подробнее: bank.example.kz/app. Вопросы: звоните +7 727 330 00 00")
    assert report.verdict is Verdict.SUSPICIOUS
    report = check("Details at citi-alerts.example.com. Questions? Call 0330 123 4567")
    assert report.verdict is Verdict.SUSPICIOUS


def test_a_statement_with_a_sign_is_still_flagged() -> None:
    # "If it was not you, follow the link": the statement does not clear a sign.
    report = check("Purchase of $250.00 on card ending in 1234. If this was not you, visit "
                   "http://card-dispute.example.com")
    assert report.verdict in FLAGGED


def _rules(text: str) -> set[str]:
    report = check(text)
    return {f.rule for f in (*report.findings, *report.notes)}


def test_replying_stop_to_unsubscribe_is_not_a_paid_sms() -> None:
    # The footer of many one-time-code messages: the free way out of a subscription.
    notice = "Your Uber code: 4821. Never share this code. Reply STOP ASAP to 89203 to unsubscribe."
    assert check(notice).verdict is Verdict.NO_SIGNS
    # Any other SMS to a short number in the same message is still a sign.
    spam = ("Reply STOP to 80488 to unsubscribe. Txt WIN to 80488 to claim your 500 prize! "
            "150p/msg")
    assert "costly-sms" in _rules(spam)
    assert check(spam).verdict is Verdict.DANGER
    assert "costly-sms" in _rules("Reply STOP to 87239 to end")  # no word of unsubscribing


def test_if_it_was_not_you_call_us_needs_a_number_to_be_a_sign() -> None:
    notice = ("Your one-time passcode is 552901. Do not share it with anyone. If you did not "
              "request it, call us.")
    assert "not-you-call" not in _rules(notice)
    assert check(notice).verdict is Verdict.NO_SIGNS
    # With a number, in any country's format, it is the fraudster's line again.
    for number in ("0330 133 0198", "+1 (415) 555-0100", "+7 701 234 56 78"):
        scam = f"Your card is blocked. If it was not you, call us now on {number}."
        assert "not-you-call" in _rules(scam), number
        assert check(scam).verdict in FLAGGED


def test_a_code_to_verify_an_account_is_not_an_account_problem() -> None:
    assert check("Use 738201 to verify your account. Don't share this code with anyone."
                 ).verdict is Verdict.NO_SIGNS
    assert check("Your account will be suspended. Verify your account now at "
                 "https://secure-verify-account.com").verdict in FLAGGED


def test_a_code_with_a_link_to_the_company_s_own_site_is_a_notice() -> None:
    notice = ("Your security code is 738201. Enter it in the app to finish signing in. If this "
              "wasn't you, go to https://account.live.com/acsr")
    assert check(notice).verdict is Verdict.NO_SIGNS
    scam = ("Your security code is 738201. If this wasn't you, go to "
            "https://microsoft-account-verify.com/acsr")
    assert check(scam).verdict is Verdict.DANGER


def test_an_sms_with_the_text_stop_is_not_a_paid_sms() -> None:
    notice = ("Уважаемый абонент! Для отключения рассылки отправьте SMS с текстом СТОП на "
              "номер 4040 (бесплатно).")
    assert "costly-sms" not in _rules(notice)
    scam = "Поздравляем! Отправьте SMS с текстом ПРИЗ на номер 7555, чтобы получить выигрыш."
    assert "costly-sms" in _rules(scam)
    assert check(scam).verdict is Verdict.DANGER


#: A code notice whose link fills the code in for you: the link ends in the very code the
#: message gives, next to "tell no one". (language, notice, scam that imitates it)
CODE_LINKS: list[tuple[str, str, str]] = [
    ("en",
     "Telegram code: 40718. You can also tap on this link to log in: t.me/login/40718. Do not "
     "give this code to anyone, even if they say they are from Telegram!",
     "Telegram code: 40718. Tap on this link to keep your account: t.me/login/93306. Do not "
     "give this code to anyone."),
    ("en",
     "Your messenger code: 615-204. You can also tap on this link to verify your phone: "
     "v.messenger.example.com/615204. Don't share this code with others.",
     "Your messenger code: 615-204. Tap on this link to verify your phone: "
     "v.messenger.example.com/verify. Don't share this code with others."),
    ("ru",
     "Код для входа в Telegram: 40718. Можно также перейти по ссылке: t.me/login/40718. Никому "
     "не сообщайте этот код, даже если его просят от имени Telegram.",
     "Код для входа в Telegram: 40718. Чтобы сохранить аккаунт, перейдите по ссылке: "
     "t.me/login/51872. Никому не сообщайте этот код."),
    ("kk",
     "Telegram-ға кіру коды: 40718. Сілтеме арқылы да кіре аласыз: t.me/login/40718. Бұл кодты "
     "ешкімге бермеңіз.",
     "Telegram-ға кіру коды: 40718. Аккаунтты сақтау үшін сілтеме арқылы кіріңіз: "
     "t.me/login/51872. Бұл кодты ешкімге бермеңіз."),
]


@pytest.mark.parametrize(("language", "notice", "scam"), CODE_LINKS,
                         ids=_ids(CODE_LINKS))
def test_a_code_notice_whose_link_carries_its_code_is_a_notice(language: str, notice: str,
                                                               scam: str) -> None:
    report = _no_signs(notice)
    assert report.genuine  # it says why: a code given with "tell no one"
    # A link that does not carry the code is a link to follow, as before.
    assert check(scam).verdict in FLAGGED


def test_a_code_link_does_not_excuse_a_request_for_the_code() -> None:
    scam = ("Telegram code: 40718. Tap on this link to log in: t.me/login/40718. Our "
            "employee will call you shortly, tell him the code.")
    assert check(scam).verdict is Verdict.DANGER


#: "Visit / log on to" the company's own site (brands.toml): the link the notice asks you to
#: open is the courier's or the bank's own. (language, notice, scam on another site)
OWN_SITE_LINKS: list[tuple[str, str, str]] = [
    ("en",
     "Your UPS package 1Z999AA10123456784 from shop.example.com is out for delivery today."
     "\nTo change the delivery, "
     "visit https://www.ups.com/deliverychange?tracknum=1Z999AA10123456784\nFor questions, "
     "visit our Help and Support Center\nhttps://www.ups.com/us/en/help-support-center.page",
     "Your UPS package 1Z999AA10123456784 could not be delivered.\nTo change the delivery, "
     "visit https://www.ups-redelivery.example.com/deliverychange\nFor questions, visit our "
     "Help and Support Center\nhttps://www.ups-redelivery.example.com/help"),
    ("en",
     "A charge of $12.99 has been authorized on your card ending in 1234. If you have "
     "questions, call the number on the back of your card or log on to www.chase.com.",
     "A charge of $12.99 has been authorized on your card ending in 1234. To dispute it, log "
     "on to www.card-dispute.example.com."),
    ("en",
     "Your package has been delivered! Track your package: "
     "https://www.amazon.co.uk/gp/css/shiptrack/view.html?orderID=205-0000000-0000000",
     "Your package is on hold. Track your package: "
     "https://www.parcel-hold.example.co.uk/shiptrack?orderID=205-0000000-0000000"),
]


@pytest.mark.parametrize(("language", "notice", "scam"), OWN_SITE_LINKS,
                         ids=_ids(OWN_SITE_LINKS))
def test_a_request_to_visit_the_company_s_own_site_is_a_notice(language: str, notice: str,
                                                               scam: str) -> None:
    _no_signs(notice)
    assert check(scam).verdict in FLAGGED


def test_the_company_s_own_site_does_not_excuse_another_link() -> None:
    # The words lead into the unknown link, not the courier's own site before them.
    scam = ("Your UPS package is held: https://www.ups.com/track. Pay the customs fee here: "
            "https://ups-customs.example.com/pay")
    assert check(scam).verdict in FLAGGED
    scam = ("Track it at https://www.ups.com. To release your parcel visit "
            "https://ups-release.example.com")
    assert check(scam).verdict in FLAGGED


def test_securing_your_own_account_is_not_a_safe_account() -> None:
    notice = ("A new device signed in to your Microsoft account. If this was you, you can "
              "ignore this. If not, secure your account at https://account.live.com/acsr")
    assert check(notice).verdict is Verdict.NO_SIGNS
    scam = "Move your savings to a secure account today, our officer will give you the details."
    assert "safe-account" in _rules(scam)
    assert check(scam).verdict is Verdict.DANGER


def test_reply_stop_under_a_delivery_notice_is_its_way_out() -> None:
    notice = ("Your item was delivered in or at the mailbox at 2:15 pm on May 3 in SPRINGFIELD "
              "12345. Reply STOP to cancel.")
    assert check(notice).verdict is Verdict.NO_SIGNS
    assert "paid-service" in _rules("Hot singles near you! Reply STOP to cancel, £1.50/msg")


#: "If it was not you, do it in the app": the app is the safe way, not the message.
IN_THE_APP: list[tuple[str, str, str]] = [
    ("en",
     "New login to your account on iPhone 15 at 14:02. If this wasn't you, tap 'Not me' in "
     "the app.",
     "New login to your account on iPhone 15 at 14:02. If this wasn't you, call us on "
     "+44 7700 900123."),
    ("ru",
     "Вход в аккаунт с iPhone 15 в 14:02. Если это были не вы, заблокируйте доступ в "
     "мобильном приложении.",
     "Вход в аккаунт с iPhone 15 в 14:02. Если это были не вы, позвоните +7 701 234 5678."),
]


@pytest.mark.parametrize(("language", "notice", "scam"), IN_THE_APP,
                         ids=_ids(IN_THE_APP))
def test_if_it_was_not_you_act_in_the_app_is_a_notice(language: str, notice: str,
                                                      scam: str) -> None:
    assert check(notice).verdict is Verdict.NO_SIGNS, _rules(notice)
    assert check(scam).verdict in FLAGGED


def test_a_yes_no_question_about_a_charge_on_your_account_is_a_notice() -> None:
    notice = ("Free Msg: Fraud Dept: Did you make a charge of $45.00 at TARGET with acct ending "
              "in 1234? Yes, reply YES. No, reply NO. To opt out reply STOP.")
    assert check(notice).verdict is Verdict.NO_SIGNS, _rules(notice)
    scam = ("Free Msg: Fraud Dept: Did you make a charge of $45.00 at TARGET with acct ending "
            "in 1234? If not, call 0330 133 0198 now. To opt out reply STOP.")
    assert check(scam).verdict in FLAGGED


def test_a_survey_alone_is_not_bait() -> None:
    for chat in ("Можно опрос здесь создать, чтобы решить, когда встречаемся?",
                 "Сабақ кестесі туралы сауалнама жасайық па?",
                 "I'm the person who's doing the SMS survey for our class project."):
        assert check(chat).verdict is Verdict.NO_SIGNS, chat
    scam = "Пройдите опрос и получите 50 000 тг! Оплатите комиссию 990 тг по ссылке"
    assert check(scam).verdict in FLAGGED


def test_attention_in_kazakh_is_not_a_transfer() -> None:
    # "Назар аударыңыз!" ("Attention!") heads many notices; "аударыңыз" alone is "transfer".
    notice = ("Сіздің кодыңыз 4821. Назар аударыңыз! Алаяқтар банк немесе полиция қызметкері "
              "болып таныстыруы мүмкін. Кодты ешкімге айтпаңыз.")
    assert check(notice).verdict is Verdict.NO_SIGNS, _rules(notice)
    assert "payment-request" not in _rules("Назар аударыңыз! 1 қаңтардан бастап тариф өзгереді.")
    # A transfer asked for beside it is still one.
    scam = "Назар аударыңыз! Полиция: ақшаңызды мына шотқа аударыңыз. Ешкімге айтпаңыз."
    assert check(scam).verdict in FLAGGED
    assert "payment-request" in _rules(scam)
    scam = ("Назар аударыңыз! Полиция хабарлайды: ақшаны шешіп, біздің қызметкерге беріңіз. "
            "Ешкімге айтпаңыз.")
    assert "shape-authority-money" in _rules(scam)


def test_a_card_blocked_after_wrong_pins_is_a_notice() -> None:
    notice = ("Your card ending in 1234 has been blocked after 3 wrong PIN entries. To unblock "
              "it, call 1-800-935-9935.")
    assert check(notice).verdict is Verdict.NO_SIGNS, _rules(notice)
    scam = "Your card ending in 1234 has been blocked. To unblock it, call +44 7700 900123."
    assert check(scam).verdict in FLAGGED


#: A payment reminder that says "to avoid a fine": no fine was issued, none to pay by a link.
AVOID_A_FINE: list[tuple[str, str]] = [
    ("ru", "Напоминание: платёж по кредиту 25 000 ₸ до 15.12. Во избежание штрафа оплатите "
           "вовремя. Подробнее: bank.example.kz"),
    ("kk", "Несие бойынша 25 000 ₸ төлемді 15.12 дейін жасаңыз. Айыппұл салынбау үшін уақытында "
           "төлеңіз. Толығырақ: bank.example.kz"),
    ("en", "Reminder: your loan payment of 250 USD is due on 15/12. Pay on time to avoid a fine. "
           "Details: bank.example.com/pay"),
]


@pytest.mark.parametrize(("language", "text"), AVOID_A_FINE,
                         ids=[lang for lang, _t in AVOID_A_FINE])
def test_to_avoid_a_fine_is_not_a_fine(language: str, text: str) -> None:
    assert "fine-link" not in _rules(text)
    assert check(text).verdict is not Verdict.DANGER
    # An unpaid fine with a link to pay it is still the scam.
    fine = {"ru": "У вас неоплаченный штраф 14 768 тг. Оплатите: fine-kz.example.com",
            "kk": "Сізде 14 768 теңге айыппұл бар. Төлеңіз: fine-kz.example.com",
            "en": "You have an unpaid traffic fine of 14,768 KZT. Pay: fine-kz.example.com"}
    assert check(fine[language]).verdict is Verdict.DANGER


def test_not_you_call_a_toll_free_line_is_a_notice() -> None:
    notice = "Sent Rs.100.00 from A/C *0000 to CUSTOMER on 17/05. Not You?\nCall 18002586161"
    assert check(notice).verdict is Verdict.NO_SIGNS, _rules(notice)
    scam = ("Payment detected to a new payee. Not you? Secure your account here: "
            "payee-check.example.com")
    assert check(scam).verdict in FLAGGED
    assert {"not-you-link", "not-you-act"} & _rules(scam)


#: A code notice that denies the scheme: "staff will never ... offer a safe account".
#: (language, notice, the scam that borrows the denial and then asks)
DENIALS: list[tuple[str, str, str]] = [
    ("ru",
     "Никому не сообщайте этот код: 4821. Сотрудник банка, полиции или КНБ никогда не "
     "попросит код и не предложит перевести деньги на безопасный счёт",
     "Банк никогда не звонит клиентам, но сейчас особый случай: переведите деньги на "
     "безопасный счёт"),
    ("kk",
     "Бұл кодты ешкімге айтпаңыз: 4821. Банк, полиция немесе ҰҚК қызметкері ешқашан код "
     "сұрамайды және ақшаны қауіпсіз шотқа аударуды ұсынбайды",
     "Банк ешқашан код сұрамайды, бірақ қазір ақшаңызды қауіпсіз шотқа аударыңыз"),
    ("en",
     "Do not tell anyone this code: 4821. Bank, police or security service staff will never "
     "ask for the code or offer to move your money to a safe account",
     "Our security team will never ask for your PIN, but you must move your savings to a "
     "safe account today"),
]


#: More denials of a bank's or the police's notice: each names a sign of its own.
MORE_DENIALS: list[str] = [
    "Kaspi.kz: bank staff will never ask you to install a remote access app or tell them "
    "your card's CVV code.",
    "Банк никогда не отправляет ссылки для разблокировки карты. Не переходите по "
    "подозрительным ссылкам.",
    "Банк ешқашан картаны бұғаттан шығару үшін сілтеме жібермейді. Күдікті сілтемелерге "
    "өтпеңіз.",
    "The police will never call you on a messenger or ask you to transfer money for a check.",
]


@pytest.mark.parametrize("notice", MORE_DENIALS)
def test_more_denials_are_not_the_scheme(notice: str) -> None:
    assert check(notice).verdict is Verdict.NO_SIGNS, _rules(notice)


def test_a_denial_does_not_excuse_the_next_sentence() -> None:
    scam = "Our staff will never call you. Please tell us the code from the SMS now."
    assert check(scam).verdict is Verdict.DANGER


@pytest.mark.parametrize(("language", "notice", "scam"), DENIALS,
                         ids=[lang for lang, *_r in DENIALS])
def test_a_sentence_that_denies_the_scheme_is_not_the_scheme(language: str, notice: str,
                                                             scam: str) -> None:
    assert check(notice).verdict is Verdict.NO_SIGNS, _rules(notice)
    assert check(scam).verdict is Verdict.DANGER, _rules(scam)


#: "Manage / cancel it in the app", "unblock it in the app": the service's own way.
IN_APP_NOTICES: list[tuple[str, str]] = [
    ("en", "Your subscription has been renewed for a month. 1,990 KZT was charged. Manage it "
           "in the app"),
    ("en", "Your subscription renews on 15 Dec for $9.99. To cancel, go to Settings in the app."),
    ("kk", "Қауіпсіздік мақсатында *1234 картаңыз уақытша бұғатталды. Оны қосымшада бұғаттан "
           "шығаруға болады."),
    ("ru", "В целях безопасности карта *1234 временно заблокирована. Разблокировать её можно "
           "в приложении."),
]


@pytest.mark.parametrize(("language", "text"), IN_APP_NOTICES,
                         ids=_ids(IN_APP_NOTICES))
def test_a_notice_that_sends_you_to_the_app_is_a_notice(language: str, text: str) -> None:
    assert check(text).verdict is Verdict.NO_SIGNS, _rules(text)


def test_a_paid_subscription_without_the_app_is_still_a_sign() -> None:
    assert "paid-service" in _rules("Your subscription to Hot Tones renews weekly. To cancel "
                                    "txt STOP to 80488")
    assert check("Картаңыз бұғатталды. Бұғаттан шығару үшін +7 701 234 5678 нөміріне қоңырау "
                 "шалыңыз").verdict in FLAGGED


def test_a_call_up_certificate_is_not_a_prize() -> None:
    # "призывное свидетельство" (military call-up) begins with "приз" (prize).
    assert check("Ребят, как получить призывное свидетельство?").verdict is Verdict.NO_SIGNS
    assert "prize-payment" in _rules("Чтобы получить приз, оплатите доставку 990 тг")


#: A courier's tracking notice on its own site (brands.toml, each with its own fraud page)
#: and the scam on a site that borrows its name.
COURIERS: list[tuple[str, str]] = [
    ("DHL: Your parcel 1234567890 will be delivered today between 10:00 and 14:00. Track it: "
     "https://www.dhl.com/track?tracking-id=1234567890",
     "DHL: Your parcel is held at customs. Pay the fee of 2.99 EUR: "
     "https://dhl-customs-fee.example.com/pay"),
    ("FedEx: Your package 123456789012 is scheduled for delivery today. Track at "
     "https://www.fedex.com/fedextrack/?trknbr=123456789012",
     "FedEx: we could not deliver your package. Reschedule: "
     "https://fedex-redelivery.example.com"),
]


@pytest.mark.parametrize(("notice", "scam"), COURIERS, ids=["dhl", "fedex"])
def test_a_courier_s_own_tracking_link_is_a_notice(notice: str, scam: str) -> None:
    assert check(notice).verdict is Verdict.NO_SIGNS, _rules(notice)
    assert "link-lookalike" in _rules(scam)
    assert check(scam).verdict is Verdict.DANGER


def test_olx_s_own_site_and_its_look_alike() -> None:
    for notice in ("OLX: Ваше объявление «Диван» опубликовано. Управлять объявлением: "
                   "https://www.olx.kz/myaccount/",
                   "OLX: Сіздің «Диван» хабарландыруыңыз жарияланды. Басқару: "
                   "https://www.olx.kz/myaccount/"):
        assert check(notice).verdict is Verdict.NO_SIGNS
    scam = ("OLX: Покупатель оплатил ваш товар. Чтобы получить деньги, перейдите по ссылке: "
            "olx-kz.safe-deal.example.com/receive")
    assert check(scam).verdict is Verdict.DANGER
    assert "link-lookalike" in _rules(scam)


def test_apple_s_own_site_and_its_look_alike() -> None:
    notice = ("Your Apple ID was used to sign in to iCloud on an iPhone 15. If this wasn't you, "
              "change your password at https://appleid.apple.com")
    assert check(notice).verdict is Verdict.NO_SIGNS, _rules(notice)
    scam = ("Your Apple ID has been locked for security reasons. Unlock it here: "
            "https://appleid-unlock.example.com")
    assert check(scam).verdict is Verdict.DANGER
    # "apple" alone is a word: a fruit shop's site is not a look-alike.
    assert "link-lookalike" not in _rules("Fresh pineapple juice at https://pineapple-bar.example.com")


#: (language, a courier's status of a parcel on its way with its tracking link, the same
#: status turned into the lure: a fee, an address to update, a hold)
PARCEL_STATUS: list[tuple[str, str, str]] = [
    ("en", "Your parcel is out for delivery today between 12:00 and 16:00. Track it: [link]",
     "Your parcel is out for delivery, but a delivery fee of 1.99 is unpaid. Pay here: [link]"),
    ("en", "Your package has been delivered to your mailbox. More info at [link]",
     "Your package has been shipped. Update your address to receive it: [link]"),
    ("ru", "Ваша посылка передана курьеру и будет доставлена сегодня. Отследить: [ссылка]",
     "Ваша посылка передана курьеру, оплатите доставку по ссылке [ссылка]"),
    ("ru", "Заказ прибыл в пункт выдачи, хранится 5 дней. Подробнее по ссылке: [ссылка]",
     "Посылка в пути, но не удалось доставить: неверный адрес. Перейдите по ссылке [ссылка]"),
    ("ru", "Ваш заказ №1234 отправлен, трек-номер 80080012345678. Отследить отправление: [ссылка]",
     "Ваше отправление 80080012345678 задержано. Отследить отправление и оплатить: [ссылка]"),
    ("kk", "Сәлемдемеңіз курьерге берілді, бүгін жеткізіледі. Сілтеме: [сілтеме]",
     "Сәлемдемеңіз жолда, жеткізу үшін сілтеме арқылы төлеңіз: [сілтеме]"),
]


@pytest.mark.parametrize(("language", "status", "lure"), PARCEL_STATUS,
                         ids=_ids(PARCEL_STATUS))
def test_a_parcel_status_with_its_tracking_link_is_a_notice(language: str, status: str,
                                                            lure: str) -> None:
    """"Out for delivery, track it: <link>" is what a courier sends; the same words with a
    fee, an address to update or a failed delivery are the lure of delivery smishing."""
    assert check(status).verdict not in FLAGGED, language
    report = check(lure)
    assert report.verdict in FLAGGED
    assert "shape-parcel" in {f.rule for f in report.findings}
