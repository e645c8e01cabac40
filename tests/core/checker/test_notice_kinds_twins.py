"""Everyday notices that ask for nothing, and their scam twins.

* a delivery's next step with no link, site, payment, "confirm" or number anywhere: "the
  courier will try again tomorrow", "срок хранения 30 дней", "заказ ждёт в пункте выдачи"
  (`ctx-delivery-retry` keeps `delivery-bait` off); with a payment, a link or a number
  to call it is the fake notice, as before;
* what was done, told in the passive: "your flight has been rescheduled" is no request to
  reschedule (the shapes read "has been / was" before an action as a fact);
* a card's limit per day is not a price per day (`ctx-limit` inside `paid-service`);
* a subscription renewed or cancelled, with no link and no price in pounds, is the
  service's notice; a premium club's "subscription has been renewed ... £4.50 ...
  www..." is still a paid service;
* an account closed for inactivity by the terms, in Kazakh too ("пайдаланылмаған",
  "шарттарына сәйкес"), "after 12 months of inactivity in line with our policy", "согласно
  правилам", with no link, no call and no number: `ctx-failed-attempts`;
* "Reply C to confirm or R to reschedule": an answer to the sender, not a request to act;
* "your refund of 25.00 USD has been processed": what was done, not a prize
  (`ctx-refund-done` around the prize rule's "refund of <sum>");
* a biometric check "в салоне Kcell с удостоверением", with no link or number: the
  operator's own office, as the fact sheet advises (`ctx-in-person`);
* a security alert that says "if this was you, you don't need to do anything" and links to
  the site of the name it signs with (`genuine-alert-own-site`); with a campaign site, a
  look-alike or a request for the code it is flagged as before;
* a blocked transaction or a lost card whose only way out is the bank's app ("open the app
  to confirm", "перевыпустить можно в приложении", "банк қосымшасын ашыңыз"), with no link,
  number, call or download anywhere (`ctx-app-only`);
* "you will need to provide your name and date of birth" when you book or call: what the
  service will ask where you go yourself, not `personal-data-request`;
* a brand's marketing that names its own site as a bare name it signs with ("Magnum: ...
  magnum.kz", "Uber: ... uber.com"): the sender's own site, typed rather than clicked
  (`ctx-self-named-bare` keeps the note `link-any` off). A campaign site, a prize with a
  fee, a request for card data or a code, and "click here>> http://..." still speak.
"""

from __future__ import annotations

import pytest

from tests.core.checker.shape_checks import assert_flagged, assert_no_signs

NOTICES = [
    "Your parcel could not be delivered today: nobody was at home. The courier will try "
    "again tomorrow.",
    "Your package delivery failed: the recipient was not at home. We will try again tomorrow.",
    "Посылка не доставлена: получатель отсутствовал. Повторная доставка завтра.",
    "Ваша посылка ожидает вас в отделении 050000. Срок хранения 30 дней.",
    "Сәлемдеме жеткізілмеді: курьер сізді үйден таппады. Қайта жеткізу ертең.",
    "Air Astana: flight KC 852 on 15.06 has been rescheduled to 16:40. We apologise for "
    "the inconvenience.",
    "Your appointment has been rescheduled to Monday 10:00.",
    "Your delivery has been rescheduled to tomorrow.",
    "Лимит на снятие наличных изменён на 500 000 ₸ в сутки.",
    "Лимит на переводы увеличен до 1 000 000 ₸ в день.",
    "Your subscription has been cancelled. You can use it until the end of the paid "
    "period, 30.06.",
    "Your subscription has been renewed for one month. 2 990 KZT was charged to card *4321.",
    "Қызмет көрсету шарттарына сәйкес 2 жылдан астам пайдаланылмаған аккаунттар жабылады. "
    "Өзіңіздікін сақтау үшін 01.09 дейін кіріңіз.",
    "Your account will be deleted after 12 months of inactivity in line with our privacy "
    "policy. Sign in to keep it.",
    "Ваш аккаунт будет закрыт согласно правилам сервиса, так как вы не пользовались им "
    "2 года. Чтобы сохранить его, войдите в аккаунт до 01.09.",
    "Reminder: your dental check-up is on 12 May at 9:00. Reply C to confirm or R to "
    "reschedule.",
    "Your refund of 25.00 USD has been processed. It may take 5-10 days to appear.",
    "Your order was cancelled and a refund of 25.00 USD has been issued to your card.",
    "Ваш номер будет отключён, если вы не пройдёте биометрию до 31.12. Пройти можно в "
    "салоне Kcell с удостоверением.",
    "Нөміріңіз 31.12 дейін биометриядан өтпесеңіз өшіріледі. Kcell салонында жеке "
    "куәлігіңізбен өтіңіз.",
    "Google: New sign-in on Windows. We noticed a new sign-in to your Google Account. If "
    "this was you, you don't need to do anything. If not, we'll help you secure your "
    "account. Check activity: https://myaccount.google.com/notifications",
    "Yandex: вход с нового устройства. Если это были вы, ничего делать не нужно. Если нет, "
    "проверьте активность: https://id.yandex.ru/security",
    "We blocked a suspicious transaction on your card ending 1234. Open the app to confirm "
    "if it was you.",
    "Мы заблокировали подозрительную операцию по карте *1234. Откройте приложение банка, "
    "чтобы подтвердить, что это были вы.",
    "*1234 картасы бойынша күдікті операцияны бұғаттадық. Бұл сіз екеніңізді растау үшін "
    "банк қосымшасын ашыңыз.",
    "Your card has been blocked because it was reported lost. Order a new card in the app.",
    "Ваша карта заблокирована, так как вы сообщили о её утере. Перевыпустить карту можно в "
    "приложении.",
    "Seasonal flu vaccination: book online at your polyclinic or by calling 1414. You will "
    "need to provide your name, date of birth and IIN.",
    "Magnum: дарим 1000 бонусов при покупке от 10 000 ₸. Условия на magnum.kz",
    "Uber: Get 50% off your next 3 rides with code SAVE50. Offer ends Sunday. uber.com",
    "Zara: Flash sale! Up to 50% off this weekend only. Shop now at zara.com",
]
SCAMS = [
    "Your parcel could not be delivered today: nobody was at home. To reschedule, pay "
    "1.99 USD at https://parcel-redelivery.help/kz",
    "Посылка не доставлена: получатель отсутствовал. Оплатите повторную доставку 500 ₸ "
    "по ссылке kazpost-delivery.help",
    "Ваша посылка задержана на складе. Срок хранения истекает завтра, позвоните "
    "+7 701 000 00 00",
    "Сәлемдеме жеткізілмеді. Қайта жеткізу үшін 500 ₸ төлеңіз: http://kazpost-kz.help",
    "Your delivery has been rescheduled. Pay the 2 USD fee at https://parcel-redelivery.help",
    "Your flight has been cancelled. Claim your refund: https://airline-refund.help/claim",
    "Лимит на переводы 1 000 000 ₸ в сутки снят. Для подтверждения назовите код из SMS.",
    "Подписка на гороскоп: 200 ₸ в сутки. Для отключения отправьте СТОП на 4321",
    "Ur TONEXS subscription has been renewed and you have been charged £4.50. You can "
    "choose 10 more polys this month. www.clubzed.co.uk *BILLING MSG*",
    "Your subscription has been renewed for 399.99 USD. If you did not authorize it, call "
    "+1 808 000 0000.",
    "Шарттарға сәйкес картаңыз бұғатталды. Бұғаттан шығару үшін +7 701 000 00 00 "
    "нөміріне қоңырау шалыңыз.",
    "Ұзақ уақыт пайдаланылмаған аккаунтыңыз бұғатталды. Бұғаттан шығару үшін сілтемеге "
    "өтіңіз: http://kaspi-kz.help",
    "Your account will be deleted after 12 months of inactivity under our policy. To keep "
    "it, call +1 808 000 0000.",
    "Ваша карта заблокирована по условиям договора. Для разблокировки позвоните "
    "+7 701 000 00 00.",
    "Reminder: your delivery is on hold. Reply Y to confirm your address at "
    "http://parcel-redelivery.help",
    "Congratulations you won a prize! Reply YES to claim.",
    "Your refund of 25.00 USD has been approved. Claim it now at http://refund-portal.help",
    "Ваш номер будет отключён. Пройдите биометрию по ссылке http://kcell-bio.help",
    "Пройдите биометрию, иначе номер отключат. Звоните +7 701 000 00 00",
    "Google: New sign-in to your Google Account. If this was you, you don't need to do "
    "anything. If not, log in at https://google-account-secure.help to check activity.",
    "Google: New sign-in to your Google Account. If this was you, you don't need to do "
    "anything. If not, verify your account: https://googlesecure.com/verify",
    "Google: New sign-in to your Google Account. If this was you, you don't need to do "
    "anything. If not, reply with the code we sent you.",
    "Yandex: вход с нового устройства. Если это были вы, ничего делать не нужно. Если нет, "
    "войдите в аккаунт по ссылке https://yandex-id.help/security",
    "We blocked a suspicious transaction on your card ending 1234. Open the app or call +7 "
    "701 000 00 00 to confirm.",
    "Ваша карта заблокирована. Для разблокировки скачайте приложение по ссылке http://bank-"
    "secure.help",
    "Ваша карта заблокирована. Откройте приложение и переведите деньги на безопасный счёт.",
    "Картаңыз бұғатталды. Бұғаттан шығару үшін +7 701 000 00 00 нөміріне хабарласыңыз "
    "немесе қосымшада растаңыз.",
    "Your card has been blocked. Install the AnyDesk app so our specialist can help you.",
    "Your card has been blocked. Confirm your details in the app at https://bank-verify.help",
    "To receive your prize, provide your name, address and bank details.",
    "Your tax refund is ready. You will need to provide your bank details at "
    "http://tax-refund.help",
    "Magnum: дарим 1000 бонусов! Чтобы получить их, введите данные карты на magnum-bonus.kz",
    "Magnum: вы выиграли 100 000 ₸! Для получения оплатите комиссию 2 000 ₸ на magnum.kz",
    "Zara: you have won a 500 USD gift card! Claim it now: https://zara-gift.help/claim",
    "Magnum: дарим 1000 бонусов. Назовите код из SMS оператору, чтобы их получить: magnum.kz",
    "XXXMobileMovieClub: To use your credit, click the WAP link in the next txt message or "
    "click here>> http://wap. xxxmobilemovieclub.com?n=QJKGIGHJJGCBL",
]


@pytest.mark.parametrize("text", NOTICES)
def test_notice_that_asks_nothing_has_no_signs(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", SCAMS)
def test_its_scam_twin_is_flagged(text: str) -> None:
    assert_flagged(text)
