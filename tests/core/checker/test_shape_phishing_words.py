"""Phishing for a login, a refund or a prize in other words: the English and Kazakh
families hold the verb before the account as well as after it ("we have limited your
account", not only "account limited"), a payment that failed, a password or a mailbox
that runs out, logging in through the message ("log in to restore access"), the lucky
user chosen for a survey and reward points that expire.

Each message is written for this test (not copied from any evaluation set); the genuine
twins use the same words and must stay clean. A removal announced ("your account will be
deleted") is pressure only: genuine inactivity notices say it too.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check
from assistant.core.checker.engine import default_engine
from assistant.core.checker.shape import find_families

FLAGGED = (Verdict.DANGER, Verdict.SUSPICIOUS)

SCAMS: list[str] = [
    "Wallet service: we have restricted your account after a routine review. Log in to"
    " restore access.",
    "Bank notice: we've locked your online banking. Please sign in within 24 hours to"
    " regain access.",
    "Your streaming account is on hold. We could not process your last payment, update your"
    " card: [link]",
    "Your membership payment has failed. Update your payment method to keep watching:"
    " stream-billing.help",
    "Webmail: your mailbox is full and incoming messages are being returned. Upgrade your"
    " storage here: [link]",
    "IT desk: your password expires in 2 hours. Keep the same password by logging in at"
    " [link]",
    "Apple ID notice: we disabled your account for security reasons. Visit [link] to"
    " unlock it.",
    "Your shop account must be verified today, or it faces permanent suspension. Verify now:"
    " [link]",
    "Your page was reported for copyright infringement. Appeal the decision within 24 hours:"
    " [link]",
    "Congratulations, you are our lucky customer of the week! Take a short survey to claim"
    " your free gift: [link]",
    "Your 8,200 reward points will expire tonight. Redeem them for gifts: [link]",
    "Халық: төлеміңіз өтпеді. Картаңыз бойынша деректерді жаңартыңыз: [link]",
    "Есептік жазбаңыз уақытша тоқтатылды. Растау үшін сілтемеге өтіңіз: [link]",
]

GENUINE: list[str] = [
    "Accounts unused for 12 months will be deleted. To keep yours, just open the app.",
    "Old photos will be deleted from the shared album on Friday, save the ones you want.",
    "Your mailbox is full. To free up space, delete old messages in the mail app.",
    "Your work password expires in 5 days. Change it in Settings before then.",
    "Payment failed: your card was declined at the shop. No money was taken.",
    "We have restricted your account to read-only while the migration runs. No action is"
    " needed.",
    "You sign in with your fingerprint now. You can change this in the app settings.",
    "Your reward points balance is 3,400. Thank you for shopping with us.",
    "Төлеміңіз өтпеді: картада қаражат жеткіліксіз. Қосымшада қайталап көріңіз.",
]


@pytest.mark.parametrize("text", SCAMS)
def test_other_words_of_phishing_are_flagged(text: str) -> None:
    report = check(text)
    assert report.verdict in FLAGGED, (text, report.verdict)


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_notices_with_those_words_stay_clean(text: str) -> None:
    report = check(text)
    assert report.verdict == Verdict.NO_SIGNS, (text, [f.rule for f in report.findings])


@pytest.mark.parametrize(("family", "words"), [
    ("account-problem", "we have limited your account"),
    ("account-problem", "the account is on hold"),
    ("account-problem", "your payment has failed"),
    ("account-problem", "your password will expire"),
    ("account-problem", "mailbox is full"),
    ("account-problem", "төлеміңіз өтпеді"),
    ("update", "please log in"),
    ("update", "restore access"),
    ("prize", "lucky customer"),
    ("prize", "reward points"),
    ("claim", "take a short survey"),
    ("threat", "will be deleted"),
])
def test_the_words_are_in_their_families(family: str, words: str) -> None:
    assert family in find_families(default_engine().lexicon, words)


def test_a_removal_alone_is_no_account_problem() -> None:
    # Inactivity notices say "will be deleted" too: pressure, not the lure.
    assert "account-problem" not in find_families(default_engine().lexicon,
                                                  "your account will be deleted")


@pytest.mark.parametrize("text", [
    # the owner's own remedy in the app, said with a pronoun
    "Your e-mail address was changed. If this wasn't you, change it in the app settings.",
    "Ваш номер телефона изменён. Если это были не вы, измените его в личном кабинете.",
    "Электрондық поштаңыз өзгертілді. Егер бұл сіз болмасаңыз, оны қосымшада өзгертіңіз.",
    # a refund paid back to the card is a receipt, not a prize
    "Your refund of £45.99 was credited to your original payment method.",
    "The refund of $7 has been sent back to your card. Thanks for your patience.",
])
def test_the_owner_is_told_what_happened(text: str) -> None:
    report = check(text)
    assert report.verdict == Verdict.NO_SIGNS, (text, [f.rule for f in report.findings])


@pytest.mark.parametrize("text", [
    "If this wasn't you, change it in the app here: [link]",
    "Your refund of £88 has been approved. To have it sent to your card, enter your details"
    " at [link]",
])
def test_a_remedy_or_refund_that_leads_to_a_link_is_still_flagged(text: str) -> None:
    assert check(text).verdict in FLAGGED, text


@pytest.mark.parametrize("text", [
    # an attempt on the account, a re-validation, an ended membership, a review
    "Alert: someone tried to log in to your wallet from abroad. Protect it here: [link]",
    "Your card profile requires revalidation before Friday. Continue at [link]",
    "Your music membership has expired. Restart it here: [link]",
    "Your savings account is under review. Upload your documents at [link] today.",
    "Mail admin: your password is going to expire. Keep your current password: [link]",
    # money owed to you by the state, in other words
    "You qualify for financial assistance of $2,400. Apply here: [link]",
    "Сіз 40 000 теңге мемлекеттік төлем алуға құқылысыз. Өтінім: [link]",
    "Your road tax is overdue. Renew online now to avoid a penalty: [link]",
    # a loyalty bonus to activate, blackmail with bitcoin
    "Your loyalty reward of 9,000 tenge is waiting. Activate it today: [link]",
    "I recorded a video of you. Send $900 in bitcoin or everyone will see it.",
    "We have evidence of your crimes. Pay 0.05 BTC within 24 hours or we will report you.",
])
def test_more_wordings_of_the_schemes_are_flagged(text: str) -> None:
    assert check(text).verdict in FLAGGED, text


@pytest.mark.parametrize("text", [
    "Someone tried to log in to your account with a wrong password. We stopped it, no action"
    " is needed.",
    "Your tax return is under review. We will write to you within 10 days.",
    "Жәрдемақы тағайындалды: 18 000 теңге. Төлем 3 күн ішінде картаңызға түседі.",
    "The police have evidence of the theft, the trial starts in June.",
])
def test_their_genuine_twins_stay_clean(text: str) -> None:
    report = check(text)
    assert report.verdict == Verdict.NO_SIGNS, (text, [f.rule for f in report.findings])


def test_the_noun_payment_is_not_a_request_to_pay() -> None:
    # "төлем" (a payment) is a noun; "төлеңіз" (pay) is the request.
    lexicon = default_engine().lexicon
    assert "pay" not in find_families(lexicon, "төлем")
    assert "pay" in find_families(lexicon, "төлеңіз")


@pytest.mark.parametrize("text", [
    # validation, a shutdown, losing access, a button instead of a link
    "We could not validate your profile. Click the button below to update your details.",
    "Your cloud account will be shut down tonight. Click below to keep it active.",
    "Storage upgrade: sign in with your current credentials to avoid losing your emails.",
    "Your workspace password is set to expire. Use the button below to keep your current"
    " password.",
    # mail held back, an expired plan, a cancellation announced
    "You have 4 undelivered messages. Log in to your mailbox to release them: [link]",
    "Your device protection expired. Renew now at 30% off: [link]",
    "Your video account is about to be cancelled. Confirm your card here: [link]",
    # Kazakh: verification required, a debt sent to court
    "Аккаунтыңызды растау қажет, әйтпесе ол жабылады: [link]",
    "Қарызыңыз сотқа жіберілді. Бүгін төлемесеңіз, сот орындаушылары келеді:"
    " +7 701 000 00 00",
    # the owner's remedy or a lock by failed attempts that leads to an unknown site or chat
    "If it was not you, contact our support team on WhatsApp +44 7700 900123",
    "Your account was locked after too many failed login attempts. To unlock, go to"
    " account-unlock.help",
    "Your profile was suspended for violating our terms. Appeal at appeal-center.help",
])
def test_third_round_wordings_are_flagged(text: str) -> None:
    assert check(text).verdict in FLAGGED, text


@pytest.mark.parametrize("text", [
    "Your account was locked after 5 failed login attempts. Try again in 30 minutes.",
    "If this wasn't you, contact our support team at 0800 123 4567 (free).",
    "You have a new secure message. Log in to Online Banking to read it.",
    "Your order will be cancelled if not collected within 7 days.",
    "Несие бойынша қарызыңыз жоқ. Рахмет!",
])
def test_third_round_twins_stay_clean(text: str) -> None:
    report = check(text)
    assert report.verdict == Verdict.NO_SIGNS, (text, [f.rule for f in report.findings])


@pytest.mark.parametrize(("text", "flagged"), [
    ("You are eligible to receive a $650 relief payment. Enter your bank details at [link]",
     True),
    ("Finish our short survey and get a $30 reward: [link]", True),
    ("You are eligible to receive a free eye test. Book one at your local optician.", False),
    ("How did we do? Our quick survey is at the front desk.", False),
])
def test_eligible_to_receive_and_a_survey_for_a_reward(text: str, flagged: bool) -> None:
    verdict = check(text).verdict
    assert (verdict in FLAGGED) == flagged, (text, verdict)


@pytest.mark.parametrize(("text", "flagged"), [
    # Kazakh: a card or SIM that "expired", a number to be disconnected, state help, a reward
    ("Картаңыздың қызмет ету мерзімі бітті. Жаңарту үшін сілтемеге өтіңіз: [link]", True),
    ("Абонент назарына: нөміріңіз бүгін ажыратылады. Растаңыз: [link]", True),
    ("Сізге 60 000 теңге мемлекеттік көмек тағайындалды. Өтінім толтырыңыз: [link]", True),
    ("Қысқа сауалнамадан өтіп, 5 000 теңге сыйақы алыңыз: [link]", True),
    ("Картаңыздың мерзімі аяқталады. Жаңа карта бөлімшеде дайын.", False),
    ("Электр қуаты 10:00-ден 14:00-ге дейін ажыратылады.", False),
    ("Жұмыс сыйақысы 15 мамырда картаңызға түседі.", False),
])
def test_kazakh_expiry_disconnection_help_and_reward(text: str, flagged: bool) -> None:
    verdict = check(text).verdict
    assert (verdict in FLAGGED) == flagged, (text, verdict)


@pytest.mark.parametrize(("text", "flagged"), [
    ("Your cashback of 18,000 tenge is waiting. Confirm the transfer here: [link]", True),
    ("Кэшбэгіңіз 12 000 теңге дайын. Алу үшін деректеріңізді растаңыз: [link]", True),
    ("Cashback of 700 KZT has been credited to your card. Available balance: 9 000 KZT.",
     False),
    ("Кэшбэк 900 теңге картаңызға түсті.", False),
])
def test_a_cashback_to_confirm_through_a_link(text: str, flagged: bool) -> None:
    verdict = check(text).verdict
    assert (verdict in FLAGGED) == flagged, (text, verdict)
