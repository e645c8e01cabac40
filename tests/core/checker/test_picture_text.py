"""Text as a picture reader gives it back: lines broken inside a sentence, and "IP"
read as its Cyrillic twins "ІР". Neither may change what the checker says.
"""

from __future__ import annotations

from assistant.core.checker import Verdict, check
from assistant.core.checker.normalise import normalise

ALERT_RU = ("Tabyla: вход с IP-адреса 203.0.113.5 (Алматы). Если это были не вы, смените "
            "пароль в приложении.")
ALERT_RU_READ = ("+7 705 321 54 76\nTabyla: вход с ІР-адреса 203.0.113.5\n(Алматы). Если это "
                 "были не вы,\nсмените пароль в приложении. 12:47")
ALERT_KK_READ = ("Tabyla: 203.0.113.5 ІР-мекенжайынан кіру. Егер бұл сіз болмасаңыз, құпия "
                 "сөзді өзгертіңіз.")


def test_a_login_alert_read_from_a_picture_is_not_flagged() -> None:
    assert check(ALERT_RU).verdict is Verdict.NO_SIGNS
    for text in (ALERT_RU_READ, ALERT_KK_READ):
        report = check(text)
        assert report.verdict is Verdict.NO_SIGNS, (text, report.fired)
        assert not report.links  # "ІР" before the address: not a link


def test_a_line_broken_inside_a_sentence_is_read_as_one() -> None:
    norm = normalise("Если это были не вы,\nсмените пароль.\nKaspi Bank\n+7 700")
    assert norm.clean == "если это были не вы, смените пароль.\nkaspi bank\n+7 700"
    assert len(norm.clean) == len(norm.original)  # one for one: every offset holds


def test_a_bare_ip_link_is_still_a_link() -> None:
    report = check("Смотри: 203.0.113.5/video")
    assert report.links and report.verdict is not Verdict.NO_SIGNS


#: Genuine notices, and the sender's number above them as a screenshot (or a copied SMS)
#: shows it: who wrote is not a number the message gives to call.
GENUINE_NOTICES = [
    "Попытка входа с неверным паролем. Вход временно заблокирован, попробуйте через "
    "30 минут.",
    "Интернет-банк 3 рет қате енгізілген құпия сөзден кейін бұғатталды. Бір сағаттан "
    "кейін қайталап көріңіз.",
    "Сізде 17 300 ₸ төленбеген айыппұл бар. Айыппұлды egov.kz порталында төлеуге болады.",
    "Kcell: новая SIM-карта будет заблокирована, пока вы не пройдёте биометрию. Пройдите "
    "её в любом салоне Kcell с удостоверением.",
    "Your Tabyla account was locked after 5 incorrect password attempts. Try again in one "
    "hour.",
    "Tabyla: құпия сөз өзгертілді. Егер бұл сіз болмасаңыз және аккаунтыңыз бұзылды деп "
    "ойласаңыз, қолдау қызметіне хабарласыңыз.",
]


def test_the_senders_number_above_a_notice_changes_nothing() -> None:
    for notice in GENUINE_NOTICES:
        typed = check(notice)
        assert typed.verdict is Verdict.NO_SIGNS, (notice, typed.fired)
        for sender in ("+7 747 000 12 34", "8 701 555 01 23", "+7 (705) 321-54-76"):
            shown = check(f"{sender}\n{notice}")
            assert shown.verdict is typed.verdict, (sender, notice, shown.fired)
            assert shown.phones  # the number is still found and judged


def test_a_number_in_the_message_is_still_one_to_call() -> None:
    # the same notices with a number to call inside the message, or a sentence that goes
    # on below the number, are not a genuine notice that asks for nothing
    asks = check("Вход временно заблокирован, попробуйте через 30 минут или позвоните "
                 "+7 747 000 12 34.")
    assert asks.verdict is not Verdict.NO_SIGNS
    contact = ("Tabyla: құпия сөз өзгертілді. Егер бұл сіз болмасаңыз, қолдау қызметіне "
               "хабарласыңыз")
    assert check(contact + " +7 701 555 01 23").verdict is not Verdict.NO_SIGNS
    norm = normalise("+7 701 000 00 00\nнөміріне 1414 кодын жіберіңіз")
    assert norm.sender is None and "+7 701" in norm.folded
    norm = normalise("+7 747 000 12 34\nПопытка входа")
    assert norm.sender == (0, 16) and norm.folded.startswith(" " * 16 + "\n")
    assert norm.clean.startswith("+7 747 000 12 34")  # links and numbers read it
    # a scam stays a scam under its sender's number
    for scam in ("Ваша карта заблокирована. Перезвоните по этому номеру, если это не вы.",
                 "Сообщите код из смс, иначе аккаунт будет удалён."):
        assert check(f"+7 747 000 12 34\n{scam}").verdict is check(scam).verdict \
            is not Verdict.NO_SIGNS


def test_sh_typed_or_read_for_shch() -> None:
    typed = check("Здравствуйте, вам нужно подтвердить аккаунт WhatsApp, иначе он будет "
                  "отключен. Сообщите код из смс")
    for misspelt in ("Здравствуйте, вам нужно подтвердить аккаунт WhatsApp, иначе он будет "
                     "отключен. Сообшите код из смс", "сообшите код из смс"):
        assert check(misspelt).verdict is typed.verdict is Verdict.DANGER
    norm = normalise("Сообшите, пожалуйста. Пишите, решите, спешите, шить")
    assert norm.folded == "сообщите, пожалуйста. пишите, решите, спешите, шить"
    assert normalise("Нужна помошь").folded == "нужна помощь"
    assert check("Пришлите решение задачи, спешите").verdict is Verdict.NO_SIGNS
