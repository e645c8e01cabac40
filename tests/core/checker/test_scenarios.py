"""Every fraud scenario of the seeds, written as a realistic message in ru, kk and en.

Each case names the seed or fact it follows. The checker must flag the message at least
as ``suspicious`` (``danger`` where the seeds call it a clear fraud), and one of the
findings must belong to the expected scenario. Phone numbers in the fraud messages are
placeholders (+7 777 000 ...), not real numbers.
"""

from __future__ import annotations

import pytest

from assistant.core import content
from assistant.core.checker import Verdict, check

D, S = Verdict.DANGER, Verdict.SUSPICIOUS

# (scenario, language, minimum verdict, message); source in the comment above each group.
CASES: list[tuple[str, str, Verdict, str]] = [
    # seed 000, fact:1414: a "1414 operator" asks for the code
    ("fake-1414-code", "ru", D, "Здравствуйте! Вас беспокоит оператор 1414. Вам пришёл "
     "SMS-код для обновления данных, продиктуйте его, пожалуйста."),
    ("fake-1414-code", "kk", D, "Сәлеметсіз бе! 1414 байланыс орталығынан хабарласып "
     "тұрмын. Телефоныңызға келген кодты айтып жіберіңізші."),
    ("fake-1414-code", "en", D, "Hello, this is the 1414 contact centre. Please tell me "
     "the code you just received by SMS to confirm your identity."),
    ("fake-1414-code", "ru", D, "Я сотрудник ЦОНа, скажите код из смс, который сейчас "
     "пришёл с номера 1414"),
    ("fake-1414-code", "kk", D, "1414 операторымын, смс-пен келген кодыңызды айтыңыз"),
    ("fake-1414-code", "ru", D, "skazhite kod iz sms ot 1414 pozhaluista"),
    # fact:schemes: the second call, the "safe account"
    ("second-call", "ru", D, "Служба безопасности банка: на вас оформляют кредит. Чтобы "
     "его отменить, переведите деньги на безопасный счёт."),
    ("second-call", "kk", D, "Банктің қауіпсіздік қызметі: сіздің атыңызға несие "
     "рәсімделуде. Ақшаңызды сақтау үшін оны қауіпсіз шотқа аударыңыз."),
    ("second-call", "en", D, "This is the bank security service. Someone is taking a "
     "loan in your name. Move your savings to a safe account now."),
    # seed 000, seed 001: "install this app"
    ("remote-access-app", "ru", D, "Для защиты вашего счёта установите приложение AnyDesk "
     "и назовите нам номер, который оно покажет."),
    ("remote-access-app", "kk", D, "Шотыңызды қорғау үшін AnyDesk қосымшасын орнатыңыз."),
    ("remote-access-app", "en", D, "To protect your account, install the AnyDesk app and "
     "read us the number it shows."),
    ("remote-access-app", "ru", S, "Скачайте защитное приложение по ссылке, чтобы "
     "мошенники не украли ваши деньги."),
    # seed 002: card details and the one-time password
    ("card-otp-request", "ru", D, "Уважаемый клиент! Для отмены подозрительной операции "
     "сообщите номер карты, срок действия и CVC-код."),
    ("card-otp-request", "kk", D, "Құрметті клиент! Күмәнді операцияны тоқтату үшін "
     "карта нөмірін және CVC кодын жазып жіберіңіз."),
    ("card-otp-request", "en", D, "Dear customer, to cancel the suspicious payment reply "
     "with your card number, expiry date and CVC."),
    ("card-otp-request", "ru", D, "Для подтверждения возврата средств продиктуйте "
     "одноразовый пароль из SMS."),
    ("card-otp-request", "kk", D, "Банктен келген бір реттік парольді маған айтыңызшы."),
    # fact:banks, fact:schemes: "your card is blocked"
    ("fake-card-block", "ru", D, "Ваша карта заблокирована. Для разблокировки позвоните "
     "по номеру +7 777 000 12 34."),
    ("fake-card-block", "kk", D, "Картаңыз бұғатталды. Бұғаттан шығару үшін +7 777 000 "
     "12 34 нөміріне қоңырау шалыңыз."),
    ("fake-card-block", "en", D, "Your card has been blocked. Call +7 777 000 12 34 to "
     "unblock it."),
    ("fake-card-block", "ru", D, "Подозрительная операция по вашей карте! Отменить: "
     "http://bank-otmena.top/card"),
    # seed 002: one character off, the official name in another site's address
    ("lookalike-site", "ru", D, "Вход в eGov: обновите данные на egov-kz.com/login"),
    ("lookalike-site", "kk", D, "eGov: деректеріңізді жаңарту үшін egovv.kz сайтына "
     "кіріңіз."),
    ("lookalike-site", "en", D, "Your eGov account needs an update: log in at "
     "http://egov.kz.account-update.com"),
    ("lookalike-site", "ru", D, "Kaspi: подтвердите вход на kaspl.kz"),
    ("lookalike-site", "en", D, "Halyk Bank: verify your card at https://halykbank-kz.com"),
    ("lookalike-site", "ru", D, "Портал: https://\u0435gov.kz/services"),  # Cyrillic е
    ("lookalike-site", "en", D, "Sign in: https://xn--gov-5cd.kz"),
    ("lookalike-site", "ru", S, "Личный кабинет mykassa: mykasa.kz"),
    # seed 001: a prize that needs a top-up and a code
    ("prize-code", "ru", D, "Поздравляем! Вы выиграли iPhone 15 в акции оператора. Для "
     "получения пополните баланс на 2000 тенге и назовите код из SMS."),
    ("prize-code", "kk", D, "Құттықтаймыз! Сіз ұтыста iPhone ұтып алдыңыз. Сыйлықты алу "
     "үшін балансыңызды толтырып, SMS-тегі кодты айтыңыз."),
    ("prize-code", "en", D, "Congratulations! You have won a car in our radio prize draw. "
     "To receive it, top up your phone with 5000 tenge and tell us the code from the SMS."),
    ("prize-code", "ru", D, "Ваш номер выиграл в розыгрыше автомобиль! Оплатите налог на "
     "выигрыш 30 000 тенге."),
    # seed 001: a survey with a prize on a site with a famous brand
    ("phishing-survey", "ru", D, "Kcell проводит опрос! Ответьте на 3 вопроса и получите "
     "приз iPhone. Оплатите только доставку: введите данные карты на kcell-promo.com"),
    ("phishing-survey", "kk", S, "Сауалнамаға қатысып, жүлде ретінде смартфон алыңыз! "
     "Жеткізу ақысын төлеу үшін карта деректемелерін kcell-bonus.com сайтына "
     "енгізіңіз."),
    ("phishing-survey", "en", D, "Kcell survey: answer 3 questions and win a prize! Just "
     "pay the postage: enter your card details at kcell-survey.com"),
    # seed 001: viral WhatsApp/Viber messages with free internet
    ("messenger-viral-link", "ru", S, "Бесплатный интернет 50 ГБ для всех абонентов! "
     "Скачайте приложение по ссылке free-net.top и отправьте это сообщение 10 друзьям."),
    ("messenger-viral-link", "kk", S, "Барлық абоненттерге тегін интернет! Қосымшаны "
     "сілтеме арқылы жүктеңіз: free-net.top"),
    ("messenger-viral-link", "en", S, "Free internet for WhatsApp users! Download the app "
     "at free-net.top and forward this message to 10 friends."),
    # seed 001: "a friend commented on your photo"
    ("sms-malicious-link", "ru", S, "Ваш друг оставил комментарий к вашему фото. "
     "Посмотреть: http://foto-view.site/abc"),
    ("sms-malicious-link", "kk", S, "Досыңыз суретіңізге пікір қалдырды. Көру үшін "
     "сілтемеге өтіңіз: http://foto-view.site/abc"),
    ("sms-malicious-link", "en", S, "Your friend has left a comment on your photos. Follow "
     "this link to read it: http://foto-view.site/abc"),
    ("sms-malicious-link", "en", S, "See who visited your page: bit.ly/3xYzAb"),
    # seed 001: costly short numbers
    ("costly-short-number", "ru", D, "Вам пришло голосовое сообщение. Чтобы прослушать "
     "его, отправьте SMS с текстом 55 на номер 7132."),
    ("costly-short-number", "kk", D, "Сізге дауыстық хабарлама келді. Тыңдау үшін 7132 "
     "нөміріне 55 мәтінімен SMS жіберіңіз."),
    ("costly-short-number", "en", D, "You have received a voice message. To listen to it, "
     "send an SMS with the code 55 to number 7132."),
    ("costly-short-number", "ru", D, "Уважаемый абонент! Вам необходимо активировать "
     "номер. Для этого отправьте SMS на короткий номер 4161 с текстом ACT. Активация "
     "бесплатная."),
    ("costly-short-number", "en", D, "Hello! It's the mother of Zhasmin, who urgently "
     "needs surgery. Send SMS with the text HELP to number 4161. The cost of SMS is 25 "
     "tenge. Thank you!"),
    # seed 001: a relative in an accident
    ("relative-in-trouble", "ru", D, "Мама, я попал в аварию, телефон разбился, пишу с "
     "чужого номера. Срочно переведи 50 000 тенге на этот номер, потом объясню."),
    ("relative-in-trouble", "kk", D, "Апа, мен жол апатына түстім, телефоным сынып қалды. "
     "Тез арада осы нөмірге 50 000 теңге салып жіберші."),
    ("relative-in-trouble", "en", D, "Mum, I had an accident and my phone is broken. Send "
     "me 50000 tenge urgently, I'll explain later."),
    # seed 001: a hacked friend's account
    ("hacked-friend-account", "ru", S, "Привет! Выручай, срочно нужны деньги, скинь 20 000 "
     "на карту, завтра верну."),
    ("hacked-friend-account", "kk", S, "Сәлем! Көмектесші, маған шұғыл ақша керек, "
     "картаға 20 000 теңге аударып жіберші, ертең қайтарамын."),
    ("hacked-friend-account", "en", S, "Hi! Can you help me out? Please send me 20000 "
     "tenge urgently, I'll give it back tomorrow."),
    ("hacked-friend-account", "ru", S, "Привет, пополни мне баланс на 2000, очень срочно"),
    # seed 001: blocking virus, expired licence, fine
    ("blocking-virus", "ru", D, "Ваше устройство заблокировано за посещение запрещённых "
     "сайтов. Для разблокировки отправьте SMS на номер 3381 с текстом UNLOCK."),
    ("blocking-virus", "kk", D, "Құрылғыңызда вирус табылды. Жою үшін 3381 нөміріне "
     "UNLOCK мәтінімен SMS жіберіңіз."),
    ("blocking-virus", "en", D, "Virus is found in your phone. To eliminate it send a "
     "message to number 3381 with the text CLEAN."),
    ("blocking-virus", "en", S, "License of your operating system Windows has expired. "
     "Pay the penalty to unlock your device."),
    # seed 001: spy apps
    ("spy-app-offer", "ru", S, "Программа для чтения чужих SMS и WhatsApp! Узнай, с кем "
     "переписывается муж."),
    ("spy-app-offer", "kk", S, "Күйеуіңіздің SMS хабарламаларын оқитын бағдарлама! "
     "Небәрі 5000 теңге."),
    ("spy-app-offer", "en", S, "Program to read his SMS and intercept his calls! Phone "
     "locator for just 1000 tenge."),
    # fact:schemes: a courier or a gift needs the code
    ("delivery-code", "ru", D, "Здравствуйте, это курьер Казпочты. Вам посылка, для "
     "подтверждения доставки назовите код из SMS."),
    ("delivery-code", "kk", D, "Сәлеметсіз бе, бұл Қазпошта курьері. Сәлемдемені "
     "жеткізуді растау үшін SMS-пен келген кодты айтыңыз."),
    ("delivery-code", "en", D, "Hello, this is the Kazpost courier. To confirm the "
     "delivery of your parcel, please tell me the code from the SMS."),
    ("delivery-code", "ru", D, "Вам доставка цветов к 8 марта! Продиктуйте курьеру код "
     "из смс."),
    # fact:schemes: "I sent you money by mistake"
    ("mistaken-transfer", "ru", S, "Здравствуйте, я ошибочно перевёл вам 15 000 тенге. "
     "Верните, пожалуйста, на карту."),
    ("mistaken-transfer", "kk", S, "Сәлеметсіз бе, мен сізге қателесіп 15 000 теңге "
     "аударып жібердім. Өтінемін, оны қайтарып жіберіңізші."),
    ("mistaken-transfer", "en", S, "Hello, I sent you 15000 tenge by mistake. Please send "
     "it back to my card."),
    # fact:fines, fact:schemes: fake fine with a payment link, fake tax inspector
    ("fake-official", "ru", D, "Уведомление: у вас неоплаченный штраф ПДД 15 000 тг. "
     "Оплатите по ссылке: shtraf-kz.online/pay"),
    ("fake-official", "kk", D, "Сізде төленбеген айыппұл бар. Сілтеме арқылы төлеңіз: "
     "aiyppul-kz.online/pay"),
    ("fake-official", "en", D, "You have an unpaid traffic fine. Pay it now at "
     "fines-kz.online/pay to avoid a penalty."),
    ("fake-official", "ru", S, "Налоговый инспектор: у вас задолженность по налогам, "
     "счета будут заблокированы. Срочно оплатите долг."),
    # fact:schemes, fact:police: "lawyers" promise to return stolen money
    ("recovery-scam", "ru", S, "Юридическая фирма вернёт ваши похищенные деньги! "
     "Оплатите услуги юриста 20 000 тенге."),
    ("recovery-scam", "kk", S, "Ұрланған ақшаңызды қайтарамыз! Заңгер қызметі үшін 20 000 "
     "теңге төлеңіз."),
    ("recovery-scam", "en", S, "Our lawyers will recover your stolen money. Pay a small "
     "fee of 20000 tenge to start."),
    # seed 003: a fake IMEI notice pointing to another site
    ("imei-notice", "ru", D, "Ваш телефон будет заблокирован через 30 дней. "
     "Зарегистрируйте IMEI на сайте kz-imei-reg.com"),
    ("imei-notice", "kk", D, "Телефоныңыз 30 күннен кейін бұғатталады. IMEI кодын "
     "kz-imei.com сайтында тіркеңіз."),
    ("imei-notice", "en", D, "Your phone will be blocked in 30 days. Register its IMEI at "
     "kzimei.com"),
    # more realistic variants (fact:schemes, seed 001, seed 002)
    ("fake-card-block", "ru", D, "Kaspi.kz: Ваш аккаунт временно заблокирован. Для "
     "восстановления доступа перейдите: kaspi-kz.online"),
    ("fake-card-block", "ru", D, "Уважаемый клиент! На ваше имя оформлена заявка на кредит "
     "500 000 тг. Если это не вы, позвоните +7 777 000 45 67"),
    ("fake-card-block", "kk", D, "Егер бұл сіз болмасаңыз, мына нөмірге хабарласыңыз: "
     "+7 777 000 11 22. Картаңыздан 150 000 теңге есептен шығару әрекеті жасалды."),
    ("card-otp-request", "ru", D, "Добрый день! Вас беспокоит служба безопасности банка. С "
     "вашей карты пытаются списать деньги. Назовите код, который придёт в смс."),
    ("card-otp-request", "kk", D, "Сәлеметсіз бе, мен банктің қауіпсіздік қызметінен "
     "хабарласып тұрмын. Сізге келген SMS кодты айтыңыз."),
    ("card-otp-request", "ru", D, "Ваш аккаунт WhatsApp будет заблокирован. Чтобы "
     "подтвердить, отправьте код из 6 цифр, который вам пришёл."),
    ("prize-code", "kk", D, "Құттықтаймыз! Сіз 500 000 теңге ұтып алдыңыз. Жүлдені алу "
     "үшін 5000 теңге комиссия төлеңіз."),
    ("relative-in-trouble", "kk", D, "Ұлыңыз апатқа түсті, оны құтқару үшін шұғыл ақша "
     "керек. Мына нөмірге 200 000 теңге аударыңыз."),
    ("relative-in-trouble", "ru", S, "Привет, это я, поменял номер. Одолжи 15 000 до "
     "завтра, очень надо."),
    ("sms-malicious-link", "ru", S, "Казпочта: ваша посылка не может быть доставлена из-за "
     "неверного адреса. Уточните адрес: kazpost-delivery.top"),
    ("sms-malicious-link", "kk", S, "Қазпошта: сәлемдемеңіз жеткізілмеді. Мекенжайды "
     "нақтылаңыз: kazpost-kz.top"),
    ("hacked-friend-account", "ru", S, "Привет! Проголосуй за мою племянницу в конкурсе, "
     "пожалуйста: golos-konkurs.site"),
    ("fake-1414-code", "kk", D, "eGov: ЭЦҚ мерзімі аяқталады. Жаңарту үшін кодты айтыңыз."),
    ("second-call", "ru", D, "Вам звонит следователь. На вас пытаются оформить кредит. "
     "Переведите сбережения на защищённый счёт."),
    ("lookalike-site", "ru", D, "Вам одобрена социальная выплата 42 500 тг. Для получения "
     "перейдите по ссылке egov-vyplata.kz"),
    ("lookalike-site", "en", D, "Your Kaspi account is locked. Verify your identity at "
     "kaspi-verify.com"),
]

_ORDER = {Verdict.NO_SIGNS: 0, Verdict.SUSPICIOUS: 1, Verdict.DANGER: 2}


@pytest.mark.parametrize(("scenario", "language", "minimum", "text"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_fraud_message_is_flagged(scenario: str, language: str, minimum: Verdict,
                                  text: str) -> None:
    report = check(text)
    assert _ORDER[report.verdict] >= _ORDER[minimum], (report.verdict, report.findings)
    scenarios = report.scenarios()
    assert scenario in scenarios or (
        scenario == "imei-notice" and "lookalike-site" in scenarios), scenarios
    for finding in report.findings:
        for start, end in finding.spans:
            assert 0 <= start < end <= len(text)


def test_every_seed_scenario_that_is_a_message_has_cases_in_three_languages() -> None:
    # "sim-stopped" is something that happens to the phone and "data-leak" arrives
    # through eGov: neither is a message to check.
    not_messages = {"sim-stopped", "data-leak"}
    wanted = set(content.default().scenarios) - not_messages
    for scenario in wanted:
        languages = {language for sid, language, _v, _t in CASES if sid == scenario}
        assert languages == {"ru", "kk", "en"}, scenario
