"""The engine's lines turned into a message: status bars, headers, specks, languages."""

from __future__ import annotations

import pytest

from assistant.core.ocr import engine, text


@pytest.mark.parametrize(("read", "message"), [
    ("12:47 LTE\n< Ф +7 701 555 01 23\nКод: 1234", "+7 701 555 01 23\nКод: 1234"),
    ("LTE „88 =\n12:47\n+7 705 321 54 76\nПривет", "+7 705 321 54 76\nПривет"),
    ("1247 се\n7 7 +7747 000 12 34\nHello", "+7747 000 12 34\nHello"),
    ("(ТЕ | |\nМама\nПозвони", "Мама\nПозвони"),
    ("12:4;\n87%\nKaspi.kz\nКод 4321", "Kaspi.kz\nКод 4321"),
])
def test_status_bar_and_header_junk_are_dropped(read: str, message: str) -> None:
    assert text.drop_status_bar(read) == message


@pytest.mark.parametrize("read", [
    "1414\nВаш код 1234",  # a sender's number alone is not a clock
    "Встреча в 12:30 завтра",  # a clock inside a sentence
    "Жду",  # the only line stays
    "Мама\nПозвони мне",
])
def test_message_lines_are_kept(read: str) -> None:
    assert text.drop_status_bar(read) == read


def test_tidy_drops_a_single_character_paragraph() -> None:
    assert text.tidy("Привет, это я\n\nr\n\n12:47") == "Привет, это я\n12:47"


def test_script_leaves_addresses_and_numbers_out() -> None:
    # more Latin letters than Cyrillic ones, but all of them in an address and a brand
    assert engine.script_of("Kaspi-ге кіруді растаңыз: kaspl.kz/secure 12:47") == "kk"
    assert engine.script_of("Ваш код: 1234. Перейдите на https://kaspi-bank.example.com") \
        == "ru"
    assert engine.script_of("Your code for egov.kz is 730155") == "en"


@pytest.mark.parametrize(("read", "mended"), [
    ("Войдите на kаspi.kz", "Войдите на kaspi.kz"),  # a Cyrillic "а" in a Latin address
    ("Кiру үшiн кодты айтыңыз", "Кіру үшін кодты айтыңыз"),  # Latin "i" in Kazakh words
    ("Нello, your code", "Hello, your code"),
    ("код из SMS-тен", "код из SMS-тен"),  # each side of the hyphen in its own script
    ("Please Сору the code", "Please Сору the code"),  # one script already: left as read
    # a letter alone takes the script of the words on both sides when they agree
    ("at 9:00. Reply С to confirm or В to reschedule.",
     "at 9:00. Reply C to confirm or B to reschedule."),
    ("Встреча c 9:00 в офисе, o чем договорились", "Встреча с 9:00 в офисе, о чем договорились"),
    ("iPhone X в подарок", "iPhone X в подарок"),
    ("Жауап С", "Жауап С"),
])
def test_each_word_is_made_of_one_script(read: str, mended: str) -> None:
    assert text.one_script(read) == mended


def test_a_mended_address_is_no_longer_a_look_alike() -> None:
    from assistant.core.checker import Verdict, check

    misread = "Ваш код для входа на kаspi.kz: 4821"  # the engine chose a Cyrillic "а"
    assert check(misread).verdict == Verdict.DANGER  # a mixed word is a sign of fraud
    assert check(text.one_script(misread)).verdict != Verdict.DANGER


def test_the_tenge_sign_read_as_a_t_after_an_amount() -> None:
    assert text.tidy("Перевод 5 000 Т выполнен. Баланс: 12 340 Т") == \
        "Перевод 5 000 ₸ выполнен. Баланс: 12 340 ₸"
    assert text.tidy("50 000 T сыйлайды") == "50 000 ₸ сыйлайды"
    assert text.tidy("Т-банк и Top 5 TV") == "Т-банк и Top 5 TV"  # not after an amount


def test_latin_text_is_read_again_with_english_alone() -> None:
    assert engine.languages_for_script("en") == "eng"
    assert engine.languages_for_script("kk") == engine.languages_for("kk")


@pytest.mark.parametrize(("read", "mended"), [
    ("| have access to your device or | will share the video",
     "I have access to your device or I will share the video"),
    ("Mum, |'m at the hospital", "Mum, I'm at the hospital"),
    # a bar that separates stays a bar
    ("Kaspi | код 4821", "Kaspi | код 4821"),
    ("Home | About | Contact", "Home | About | Contact"),
    ("Tariff | 5 GB | 30 days", "Tariff | 5 GB | 30 days"),
    ("Kaspi|have", "Kaspi|have"),  # not a word of its own
    # "SMS" with a five for an "S"; a number of something stays
    ("1414 жіберген 5 MS-ті нөміріне", "1414 жіберген SMS-ті нөміріне"),
    ("Send the SM5 code", "Send the SMS code"),
    ("25 MS, 5 ms, 5 MSK", "25 MS, 5 ms, 5 MSK"),
    # a card's code read in Cyrillic; words and other capitals stay
    ("мерзимин жане СУУ жазыныз", "мерзимин жане CVV жазыныз"),
    ("Укажите СУС-код", "Укажите CVC-код"),
    ("СУД, СССР, сус, СУУС", "СУД, СССР, сус, СУУС"),
    # a site under .kz read in Cyrillic: back to Latin (the official spelling first)
    ("алғаныңызды едоуу.К2 сайтында", "алғаныңызды egovy.kz сайтында"),
    ("Айыппұлды едоу.К2 порталында", "Айыппұлды egov.kz порталында"),
    ("Мы на сайте kaspi.kz", "Мы на сайте kaspi.kz"),
    ("почта.kz и т.д.", "почта.kz и т.д."),  # letters no Latin one is read as
])
def test_misread_words_are_mended(read: str, mended: str) -> None:
    assert text.mend_words(read) == mended


def test_a_reply_letter_read_in_cyrillic_keeps_a_reminder_genuine() -> None:
    from assistant.core.checker import Verdict, check

    read = ("Reminder: your appointment at City Polyclinic No. 5 is on 12 May at 9:00. "
            "Reply С to confirm or В to reschedule.")
    assert check(read).verdict is not Verdict.NO_SIGNS  # "в" read as Russian
    assert check(text.one_script(read)).verdict is Verdict.NO_SIGNS


def test_mended_words_give_the_verdict_of_the_typed_text() -> None:
    from assistant.core.checker import check

    for read, typed in [
        ("| have access to your device and recorded you. Send $1500 in bitcoin to the "
         "address below or | will share the video with all your contacts.",
         "I have access to your device and recorded you. Send $1500 in bitcoin to the "
         "address below or I will share the video with all your contacts."),
        ("Жеке куәлікті ауыстыру кезегіңіз расталмады. 1414 жіберген 5 MS-ті "
         "+7 701 000 00 00 нөміріне жіберіңіз",
         "Жеке куәлікті ауыстыру кезегіңіз расталмады. 1414 жіберген SMS-ті "
         "+7 701 000 00 00 нөміріне жіберіңіз"),
        ("Әлеуметтік төлемді алғаныңызды едоуу.К2 сайтында растаңыз",
         "Әлеуметтік төлемді алғаныңызды egovv.kz сайтында растаңыз"),
        ("Сиздин карта уакытша токтатылды. Картанын немирин, мерзимин жане СУУ жазыныз",
         "Сиздин карта уакытша токтатылды. Картанын нөмирин, мерзимин жане CVV жазыныз"),
        ("Айыппұлды едоу.К2 порталында төлеуге болады.",
         "Айыппұлды egov.kz порталында төлеуге болады."),
    ]:
        assert check(text.mend_words(read)).verdict == check(typed).verdict, read


def test_a_line_with_a_disguised_address_is_kept_however_unsure() -> None:
    def kept(word: str, confidence: float) -> bool:
        return engine._Line([word], [confidence], confidence).worth_keeping()

    # read right but unsure (the Kazakh model on Latin letters): the check needs it
    assert kept("egov-kz[.]com/anyqtama", 46)
    assert kept("kaspi(.)kz", 40)
    assert kept("egov.kz", 40)
    # an icon or a frame read as letters or signs is still dropped
    assert not kept("ЕЕЕ", 0)
    assert not kept("[.]", 30)
    assert not kept("ы.", 40)
