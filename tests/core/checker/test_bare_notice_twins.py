"""Notices that state a fact and ask for nothing, and their scam twins.

* a card named by its mask, in a message with no link, number or request anywhere
  ("Karta 4052***1234 zablokirovana", "Карта *4417 заблокирована"): the bank's notice
  (`ctx-card-mask-notice`); with a link, a number to call or a request it is the fake
  block, and a bare "Ваша карта заблокирована" with no mask stays a sign;
* a licence, subscription or membership that has ended, told with nothing to do
  (`ctx-expiry-fact`, and "subscription has ended / expired" is no paid service); with a
  renewal link, a number or a payment it is the blocking-virus or renewal scam;
* a hold the reader's own conduct caused, lifted in the usual way ("until you return the
  overdue library books", `ctx-failed-attempts`); with a fine to pay by link or phone it
  is flagged;
* a lure word in another sense: "You visited the Post Office on 3 May" is a fact (an
  action word in the past tense, or after "you're / we are", is no request), not a parcel;
* a template's slots ("%{contact_number}", "{{help_link}}") are not words of the message:
  "%{link}" is no link, and "Not you? Report this right away: %{contact_number}" is the
  notice's own remedy; with a real number or a stranger's link it is flagged;
* a draw still to come ("Winners will be drawn on 10 September", "Определение победителей
  состоится ...", "Жеңімпаздар ... анықталады"), in a message that says nobody has won and
  asks for no fee, card or details (`ctx-draw-to-come`); "you have won", a fee to take
  part or card details for the entry are the prize scam; a city's draw on its own site
  (mos.ru, brands.toml) is the site's own;
* "if it was not you, go to Yandex ID and change your password" with nothing to open (no
  link, site, placeholder, button or word for a link anywhere: `ctx-no-link`) is not "open
  this link" (`shape-not-you-link`); "перейдите по ссылке" or a site still is;
* "secure" as a verb ('tap "Secure account" in the app') is the owner's remedy; "move it
  to a secure account" is the scheme;
* signing in again ("If it was you, sign in again", "We've logged you out of all devices.
  Sign in again with your new password", "Войдите заново", "Қайта кіріңіз") in a message
  that gives no page, site or number for it (`ctx-sign-in-again`, and the owner's remedy
  after "if it was you") is done where the owner always signs in; "sign in again here:
  <link>" is the phishing twin;
* a remedy at the sender's own official channel: a fine paid "в eGov" / "on eGov" /
  "eGov арқылы" in a message with no link or number (`ctx-app-only`); a SIM or an account
  kept by coming in person, "at any Kcell store with your ID" for the biometric check, "в
  отделении банка с удостоверением" (`ctx-in-person`, in a message with no link, number or
  call); with a look-alike site or a number to call it is flagged.
"""

from __future__ import annotations

import pytest

from tests.core.checker.shape_checks import assert_flagged, assert_no_signs

GENUINE = [
    # a card named by its mask, nothing asked
    "Karta 4052***1234 zablokirovana",
    "Карта *4417 заблокирована.",
    "Kaspi Gold *4417: карта заблокирована по вашему обращению.",
    "Картаңыз *4417 бұғатталды.",
    "Your card ending ••4417 has been blocked.",
    "Карта 4405 **** 4417 временно заблокирована по вашему звонку в банк.",
    # an expiry told with nothing to do
    "Your subscription has ended",
    "Your antivirus licence has expired",
    "Your Spotify Premium subscription has ended. You are now on the free plan.",
    "Your membership has lapsed.",
    "Срок действия вашей подписки Яндекс Плюс закончился.",
    "Лицензия антивируса истекла.",
    "Антивирус лицензиясының мерзімі бітті.",
    # a hold the reader's own conduct caused
    "Your account is on hold until you return the overdue library books",
    "Your library account is on hold until the overdue items are returned.",
    "Ваш читательский билет заблокирован до возврата просроченных книг.",
    "Оқырман аккаунтыңыз мерзімі өткен кітаптарды қайтарғанша бұғатталды.",
    # a lure word in another sense, an action told as done
    "%{app_name}: You visited the Post Office on %{proof_date}. Check email for your "
    "result. Not you? Report this right away: %{contact_number}. Ref: %{reference_string}",
    "You visited the Post Office on 3 May. Your identity check is complete.",
    "We called you earlier about your delivery. The courier will try again tomorrow.",
    "You're verifying your identity with the Post Office. Take a photo of your ID to "
    "continue.",
    "Вы посетили отделение Казпочты 3 мая. Результат проверки придёт на почту.",
    "Сіз 3 мамырда Қазпошта бөлімшесіне бардыңыз. Тексеру нәтижесі поштаңызға келеді.",
    # a template's slots
    "%{app_name}: Your code is %{code}. Not you? Report this right away: %{contact_number}",
    "{{app_name}}: Someone signed in to your account. If this wasn't you, contact the help "
    "center here: {{help_link}}",
    "%{app_name}: %{link} You're verifying your identity to access %{sp_or_app_name}. Take "
    "a photo of your ID to continue.",
    # a draw still to come
    "Magnum: участвуйте в розыгрыше! Победители будут определены 10 сентября. Подробнее на "
    "сайте magnum-draw.kz",
    "Congratulations! You've entered our summer prize draw. Winners will be drawn on 10 "
    "September. Details at www.magnum.kz",
    "Thanks for shopping with us! Every receipt over 5,000 tenge enters the prize draw. "
    "Winners will be announced on 1 June at magnum.kz",
    "Magnum: ұтысқа қатысыңыз! Жеңімпаздар 10 қыркүйекте анықталады. Толығырақ: magnum.kz",
    "Поздравляем! Вам присвоен код участника розыгрыша. Определение победителей состоится "
    "10 сентября. Подробнее на сайте mos.ru/draw",
    # nothing to open
    "Яндекс ID: выполнен вход с нового устройства. Если это были не вы, перейдите в Яндекс "
    "ID и смените пароль.",
    "Жаңа құрылғыдан кіру. Егер бұл сіз болмасаңыз, қосымшаға өтіп, құпия сөзді өзгертіңіз.",
    "New sign-in to your account. If this wasn't you, go to your account settings and "
    "change your password.",
    # "secure" as a verb
    "New sign-in to your account. If this wasn't you, tap \"Secure account\" in the app.",
    "Google: Someone has your password. Secure account now in your Google Account settings.",
    # signing in again where the owner always does
    "We've blocked a suspicious sign-in attempt to your account. If it was you, sign in "
    "again and confirm it's you.",
    "Suspicious activity detected on your account. We've logged you out of all devices. "
    "Sign in again with your new password.",
    "Подозрительная активность в аккаунте. Мы завершили все сеансы. Войдите заново с новым "
    "паролем.",
    "Аккаунтыңызда күдікті әрекет байқалды. Барлық сеанстар аяқталды. Жаңа құпия сөзбен "
    "қайта кіріңіз.",
    # the sender's own official channel
    "Ваш автомобиль эвакуирован на спецстоянку по ул. Рыскулова 12. Штраф можно оплатить в "
    "eGov.",
    "Your parking fine of 5 000 KZT is due by 30.06. You can pay it on eGov or in your "
    "banking app.",
    "Көлігіңіз айып тұраққа әкетілді. Айыппұлды eGov арқылы төлеуге болады.",
    "Your new SIM card will be blocked on 15.07 until you pass the biometric check. Do it at "
    "any Kcell store with your ID.",
    "Новая SIM-карта будет заблокирована 15.07, пока вы не пройдёте биометрию. Пройдите её в "
    "салоне связи с удостоверением.",
    "Жаңа SIM-карта 15.07 бұғатталады: биометриядан өтіңіз. Оны жеке куәлікпен кез келген "
    "Kcell салонында өтіңіз.",
    "Ваш счёт будет заблокирован 01.09, если вы не подтвердите личность в отделении банка с "
    "удостоверением.",
]

SCAMS = [
    "Ваша карта заблокирована.",
    "Карта *4417 заблокирована. Для разблокировки перейдите по ссылке kaspi-unblock.help",
    "Картаңыз *4417 бұғатталды. Бұғаттан шығару үшін +7 701 000 00 00 нөміріне қоңырау "
    "шалыңыз.",
    "Your card ending ••4417 has been blocked. Call +7 701 000 00 00 to unblock it.",
    "Your subscription has ended. Renew it here: http://renew-sub.help/pay",
    "Подписка закончилась. Продлите её по ссылке yandex-plus.help/pay",
    "Антивирус лицензиясының мерзімі бітті. Ұзарту үшін сілтемеге өтіңіз: antivirus-kz.help",
    "Your Norton licence has expired. Your device is at risk. Call 1-844-000-0000 to renew "
    "now.",
    "Лицензия антивируса истекла. Ваш компьютер заблокирован. Оплатите 5000 тенге по ссылке "
    "antivirus-pay.help",
    "Your account is on hold until you return the overdue library books. Call +7 701 000 00 "
    "00 to pay the fine.",
    "Оқырман аккаунтыңыз кітаптарды қайтарғанша бұғатталды. Айыппұлды kitaphana-pay.help "
    "сайтында төлеңіз.",
    "Your parcel is waiting at the Post Office. Visit http://post-redeliver.help to pay the "
    "1.99 fee.",
    "Посылка ожидает в отделении Казпочты. Оплатите доставку по ссылке kazpost-dostavka.help",
    "Not you? Report this right away: +7 701 000 00 00",
    "Someone signed in to your account. If this wasn't you, contact the help center here: "
    "http://account-help.example.com",
    "Поздравляем! Вы стали победителем розыгрыша. Для получения приза перейдите по ссылке "
    "mos-ru.help/prize",
    "Congratulations! You've entered our summer prize draw. Winners will be drawn on Friday. "
    "Enter your card details at www.prize-draw.help to confirm your entry.",
    "Поздравляем! Ваш номер участвует в розыгрыше. Итоги будут подведены завтра. Для участия "
    "оплатите 500 тенге по ссылке prize-draw.help",
    "Құттықтаймыз! Сіз ұтыс ойынының жеңімпазы атандыңыз. Сыйлықты алу үшін prize-kz.help "
    "сайтында жеткізуді төлеңіз.",
    "Яндекс ID: выполнен вход с нового устройства. Если это были не вы, перейдите по ссылке "
    "и смените пароль.",
    "Жаңа құрылғыдан кіру. Егер бұл сіз болмасаңыз, сілтемеге өтіп, құпия сөзді өзгертіңіз.",
    "New sign-in to your account. If this wasn't you, click the link below to secure your "
    "account.",
    "Your money is at risk. Move it to a secure account we opened for you.",
    "Transfer your savings to the secure account immediately.",
    "Suspicious activity detected on your account. We've logged you out of all devices. "
    "Sign in again at http://account-verify.help to restore access.",
    "Подозрительная активность в аккаунте. Войдите заново по ссылке acc-verify.help, иначе "
    "аккаунт будет удалён.",
    "Аккаунтыңызда күдікті әрекет байқалды. Қайта кіріңіз: kaspi-login.help",
    "We've blocked a suspicious sign-in attempt. If it was you, sign in again here: "
    "http://secure-login.help",
    "Ваш автомобиль эвакуирован. Оплатите штраф в eGov по ссылке egov-shtraf.help",
    "Штраф за парковку 5000 ₸. Оплатите в eGov: shtraf-oplata.help",
    "Айыппұл 5000 ₸. eGov арқылы төлеңіз: shtraf-oplata.help",
    "Your new SIM card will be blocked today. Pass the biometric check now at "
    "kcell-bio.help",
    "Новая SIM-карта будет заблокирована сегодня. Для биометрии позвоните +7 701 000 00 00.",
    "Your account will be suspended today. Confirm your identity in person at any branch or "
    "call +7 701 000 00 00.",
]


@pytest.mark.parametrize("text", GENUINE)
def test_a_notice_that_asks_nothing_has_no_signs(text: str) -> None:
    assert_no_signs(text)


@pytest.mark.parametrize("text", SCAMS)
def test_its_scam_twin_is_flagged(text: str) -> None:
    assert_flagged(text)
