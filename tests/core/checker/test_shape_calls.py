"""What a caller says, typed or pasted by the person: an "investigation" or a "special
operation" that needs their help and silence, a SIM card, a number or a contract with the
operator that "expires", a "service program" that protects an account, a caller who
dictates what to press, a relative's call handed to an "officer", a friend "in trouble"
who asks to be helped out; and the rules for a loan application "filed" and an unnamed
hand-off ("тут с тобой хотят поговорить").

Each message is written for this test (not copied from any evaluation set) in kk, ru and
en; each kind has genuine twins that share its words and must stay clean: a bank's "your
card expires, collect the new one", an operator's data bundle running out, a deposit
contract renewed, the person's own loan application, a grandson who helps with an app, a
grandmother who takes the phone, war news, an ordinary "help me out".
"""

from __future__ import annotations

import pytest

from assistant.core.checker import check
from assistant.core.checker.engine import default_engine
from tests.core.checker.shape_checks import assert_flagged_by_shape, assert_no_signs

SHAPED: list[tuple[str, str]] = [
    # an investigation or a special operation, help and secrecy
    ("shape-covert-op", "Проводятся оперативные мероприятия, помогите нам задержать"
                        " мошенников, о звонке никому не говорите."),
    ("shape-covert-op", "Сейчас идут следственные действия по вашему делу, никому не"
                        " рассказывайте о нашем разговоре."),
    ("shape-covert-op", "Тергеу амалдары жүріп жатыр, алаяқтарды ұстауға көмектесіңіз,"
                        " ешкімге айтпаңыз."),
    ("shape-covert-op", "This is part of a sting operation, help us catch the fraudsters and"
                        " keep this confidential."),
    ("shape-covert-op-told", "Не волнуйтесь, это секретная операция, вы нам очень поможете."),
    ("shape-covert-op-told", "Бұл құпия операция, сіздің көмегіңіз керек."),
    ("shape-covert-op-told", "This is an undercover operation and you are helping the bank."),
    # a SIM card, a number or a contract with the operator that expires
    ("shape-sim-expiring", "Здравствуйте, у вашей сим-карты истекает срок действия, нужно"
                           " продлить."),
    ("shape-sim-expiring", "Срок действия номера заканчивается сегодня, подтвердите"
                           " продление."),
    ("shape-sim-expiring", "Сіздің сим картаңыздың мерзімі бітеді, ұзарту керек."),
    ("shape-sim-expiring", "Нөміріңіздің мерзімі аяқталады, оператор хабарласады."),
    ("shape-sim-expiring", "Hello, this is your operator: your SIM card expires today and"
                           " must be renewed."),
    # a "service program" that protects the account
    ("shape-service-app", "Это защитная программа службы безопасности, она защитит ваши"
                          " сбережения."),
    ("shape-service-app", "Установите специальное приложение, чтобы защитить ваш счёт."),
    ("shape-service-app", "Бұл қорғаныс бағдарламасы, шотыңызды қорғайды, орнатыңыз."),
    ("shape-service-app", "Please install our security app, it will protect your account."),
    # the caller dictates what to press
    ("shape-press-guide", "Откройте приложение банка, я скажу, что нажать."),
    ("shape-press-guide", "Не отключайтесь, нажимайте то, что я скажу."),
    ("shape-press-guide", "Қосымшаны ашыңыз, мен айтқан батырманы басыңыз."),
    ("shape-press-guide", "Stay on the line, I will tell you what to press."),
    # a relative's call handed to an "officer"
    ("shape-hand-phone", "Мама, я попал в аварию, передаю трубку следователю."),
    ("shape-hand-phone", "Сейчас с вами будет говорить адвокат пострадавшего."),
    ("shape-hand-phone", "Апа, апатқа түстім, трубканы полиция қызметкеріне беремін."),
    ("shape-hand-phone", "Grandma, I had an accident, the officer wants to speak to you."),
    # a friend "in trouble" asks to be helped out
    ("shape-plea-trouble", "Привет, выручи, пожалуйста, я попал в неприятности."),
    ("shape-plea-trouble", "Сәлем, басыма қиындық түсті, көмектесші."),
    ("shape-plea-trouble", "Hey, I got into trouble, please help me."),
    # the tariff or the number "stopped working" because of a system failure
    ("shape-line-fault", "Из-за технического сбоя ваш тарифный план отключён, нужно"
                         " подтвердить номер."),
    ("shape-line-fault", "Жүйелік ақауға байланысты сим картаңыз істемей тұр."),
    ("shape-line-fault", "Due to a system error your mobile plan is suspended, we need to"
                         " verify you."),
    # a monthly charge switched on, "follow the link to opt out"
    ("shape-subscription", "С вас будет ежемесячно списываться взнос, чтобы отключиться,"
                           " перейдите по ссылке."),
]

RULED: list[tuple[str, str]] = [
    ("loan-filed", "Здравствуйте, на вас поступила заявка на кредит в другом городе."),
    ("loan-filed", "Сегодня подана заявка на займ, это были вы?"),
    ("loan-filed", "Атыңызға несие рәсімделіп жатыр, растайсыз ба?"),
    ("loan-filed", "Hello, a loan application has been submitted with your details."),
    ("handed-call", "Бабушка, я в отделении. Тут с тобой хотят поговорить."),
    ("handed-call", "Апа, қазір сізбен сөйлескісі келеді, трубканы берейін."),
    ("handed-call", "Nan, it's me. There's somebody here who wants to speak with you."),
    # a vote is the scheme with its stranger's link (a vote alone is a town's or a team's)
    ("vote-bait", "Проголосуйте, пожалуйста, в конкурсе за нашу команду! golos-konkurs.top/v"),
    ("vote-bait", "Please vote for me in the photo contest, it takes a minute: vote-photo.top/a"),
    ("dictate-hurry", "Ну что, пришло? Ждём, диктуйте."),
    ("dictate-hurry", "Күтіп тұрмын, тез айтыңыз."),
    ("dictate-hurry", "I am still waiting, read them out now."),
    ("prize", "Поздравляем, вы стотысячный покупатель нашего магазина!"),
    ("prize", "Congratulations, you are the 1,000,000th visitor!"),
    ("spy-app", "Хотите узнать, где муж, по номеру телефона? Пишите."),
]

GENUINE: list[str] = [
    # a bank card that really expires: collect the new one
    "Срок действия вашей карты *4417 истекает 05/27. Новая карта ждёт вас в отделении банка.",
    "Картаңыздың мерзімі 05/27 аяқталады. Жаңа картаны бөлімшеден алыңыз.",
    "Your card ending 4417 expires soon. Your new card is on its way.",
    # an operator's bundle, a deposit, a lease: what really expires
    "Интернет-пакет на вашем номере заканчивается завтра, пополните баланс.",
    "Срок действия договора вклада истекает 15.03, вклад будет пролонгирован.",
    "Трафик пакетіңіздің мерзімі ертең бітеді.",
    "Your data bundle is running out. Top up in the app.",
    "Срок действия договора аренды заканчивается в мае, продлеваем?",
    # the person's own loan application
    "Ваша заявка на кредит принята, решение придёт в приложении.",
    "Заявка на кредит №52311 одобрена.",
    "Несиеге өтініміңіз мақұлданды.",
    "Your loan application has been approved.",
    # a grandson who helps with an app; a grandmother who takes the phone
    "Мам, я тебе потом продиктую, что нажать в приложении.",
    "Апа, мен айтқан батырманы басыңыз, суретті солай жібересіз.",
    "Мам, тут с тобой бабушка хочет поговорить.",
    "Hi mum, dad wants to talk to you, I'm passing the phone to him.",
    # war news, a school operation game, a real investigation on TV
    "В новостях сказали, что военная спецоперация продолжается.",
    "Сериал про следственные действия и поимку мошенников вышел вчера.",
    # an ordinary "help me out", a real warning
    "Выручай, забыл ключи дома, открой дверь.",
    "Көмектесші, кілтімді ұмытып кеттім.",
    "Help me out, I forgot my keys.",
    "Не устанавливайте сторонние «защитные» приложения по просьбе звонящих.",
    "Голосование в конкурсе завершено, спасибо всем участникам!",
    # an operator's own outage notice; a shop's failure; a friend who dictates a recipe
    "Из-за технического сбоя ваш номер телефона временно недоступен, приносим извинения.",
    "Жүйелік ақау жойылды, байланыс қалпына келтірілді.",
    "A system error delayed your mobile plan renewal. We apologise, it has been fixed.",
    "Диктуй быстрее, я записываю рецепт.",
    "Мы ждём вас у входа, продиктуйте быстрее номер дома.",
    "Наш миллионный покупатель получил подарок, поздравляем!",
    "Узнайте, где ближайший ЦОН, по номеру 1414.",
    "С вас ежемесячно будет списываться плата за обслуживание, отключить можно в приложении.",
]


@pytest.mark.parametrize(("shape_id", "text"), SHAPED)
def test_call_shapes_flag_their_lines(shape_id: str, text: str) -> None:
    assert_flagged_by_shape(shape_id, text)


@pytest.mark.parametrize(("rule_id", "text"), RULED)
def test_call_rules_flag_their_lines(rule_id: str, text: str) -> None:
    report = check(text)
    assert rule_id in {f.rule for f in report.findings}, (text, report.fired)


@pytest.mark.parametrize("text", GENUINE)
def test_their_genuine_twins_show_no_signs(text: str) -> None:
    assert_no_signs(text)


def test_every_new_shape_has_a_line_here() -> None:
    shapes = {shape for shape, _text in SHAPED}
    assert shapes <= {s.id for s in default_engine().lexicon.shapes}
