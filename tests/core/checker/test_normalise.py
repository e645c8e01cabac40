"""Stage 1: normalisation keeps a map back to the original text."""

from __future__ import annotations

from assistant.core.checker import check
from assistant.core.checker.normalise import normalise


def test_plain_ascii_is_only_lower_cased() -> None:
    norm = normalise("Call NOW")
    assert norm.clean == norm.folded == "call now"
    assert norm.span(5, 8) == (5, 8)
    assert not norm.hidden and not norm.mixed_words


def test_nfkc_folds_full_width_letters_and_ligatures() -> None:
    text = "ＣＯＤＥ ﬁle"
    norm = normalise(text)
    assert norm.clean == "code file"
    # "fi" of the ligature maps back to the one original character.
    start, end = norm.span(5, 7)
    assert text[start:end] == "ﬁ"


def test_zero_width_characters_are_removed_and_reported() -> None:
    text = "ко\u200bд из смс"
    norm = normalise(text)
    assert norm.clean == "код из смс"
    assert norm.hidden == [(2, 3)]
    start, end = norm.span(0, 3)
    assert text[start:end] == "ко\u200bд"


def test_bidi_override_is_reported_even_outside_a_word() -> None:
    norm = normalise("abc \u202eevil")
    assert norm.hidden == [(4, 5)]


def test_emoji_joiners_are_not_reported_as_hiding() -> None:
    norm = normalise("👨\u200d👩\u200d👧 family ❤\ufe0f")
    assert norm.hidden == []


def test_cyrillic_word_with_latin_look_alikes_is_folded_and_reported() -> None:
    text = "Сообщите кoд"  # Latin "o"
    norm = normalise(text)
    assert norm.folded == "сообщите код"
    assert norm.clean == "сообщите кoд"
    assert [text[s:e] for s, e in norm.mixed_words] == ["кoд"]


def test_latin_word_with_cyrillic_look_alikes_is_folded() -> None:
    norm = normalise("Kаspi")  # Cyrillic "а"
    assert norm.folded == "kaspi"
    assert norm.mixed_words == [(0, 5)]


def test_kazakh_typed_with_latin_i_is_folded_but_not_a_sign() -> None:
    norm = normalise("кодты ешкiмге айтпаңыз")  # Latin "i" for "і"
    assert norm.folded == "кодты ешкімге айтпаңыз"
    assert norm.mixed_words == []


def test_case_endings_and_glued_words_are_not_signs() -> None:
    assert normalise("на iPadе").mixed_words == []  # Russian ending on a brand name
    assert normalise("ITшкола").mixed_words == []  # two words glued, not look-alikes


def test_zero_inside_a_word_reads_as_o() -> None:
    assert normalise("card bl0cked").folded == "card blocked"
    assert normalise("в0ч0в").folded == "вочов"
    assert normalise("call 0800 now").folded == "call 0800 now"


def test_hidden_characters_become_a_finding_with_the_original_span() -> None:
    text = "Сооб\u200bщите к\u200bод из SMS"
    report = check(text)
    rules = {f.rule: f for f in report.findings}
    assert "code-request" in rules and "hidden-characters" in rules
    assert rules["hidden-characters"].spans == ((4, 5), (11, 12))
    start, end = rules["code-request"].spans[0]
    assert text[start:end] == "Сооб\u200bщите к\u200bод"


def test_symbols_and_digits_inside_a_cyrillic_word_are_read_as_letters() -> None:
    text = "Нужны люди на уд@ленку, от 6 000 ₽ в день, ра6ота в крипт0валюте"
    norm = normalise(text)
    assert norm.folded == "нужны люди на удаленку, от 6 000 ₽ в день, работа в криптовалюте"
    # A zero is read but not reported: chat nonsense ("в0ч0в") has it too.
    assert [text[s:e] for s, e in norm.mixed_words] == ["уд@ленку", "ра6ота"]


def test_a_three_opening_a_long_cyrillic_word_is_a_ze() -> None:
    text = "3дpaвcтвyйтe, пuшите в лс"  # "3" for "З", Latin "p a c y e", "u" for "и"
    norm = normalise(text)
    assert norm.folded == "здравствуйте, пишите в лс"
    assert [text[s:e] for s, e in norm.mixed_words] == ["3дpaвcтвyйтe", "пuшите"]


def test_digits_and_at_signs_that_are_not_a_disguise_stay() -> None:
    for text in ("3дня осталось", "в 2024году", "пиши на ivan@mail.ru", "от 300р в день",
                 "iPhone 13 за 300 000тг", "курс 6.5%"):
        norm = normalise(text)
        assert norm.folded == norm.clean, text
        assert norm.mixed_words == [], text


def test_greek_letters_and_small_capitals_in_a_cyrillic_word_are_folded() -> None:
    text = "ᴨᴩиʙᴇᴛ! Новое нαпрαвление"
    norm = normalise(text)
    assert norm.folded == "привет! новое направление"
    assert [text[s:e] for s, e in norm.mixed_words] == ["ᴨᴩиʙᴇᴛ", "нαпрαвление"]


def test_mathematical_letters_are_folded_by_nfkc() -> None:
    text = "𝙑𝙏𝘽 и 𝘚𝘣𝘦𝘳: код"
    norm = normalise(text)
    assert norm.folded == "vtb и sber: код"
    start, end = norm.span(0, 3)
    assert text[start:end] == "𝙑𝙏𝘽"


def test_letters_spaced_out_are_read_as_one_word() -> None:
    text = "П р о г о л о с у й т е за меня"
    norm = normalise(text)
    assert norm.folded == "проголосуйте за меня"
    start, end = norm.span(0, len("проголосуйте"))
    assert text[start:end] == "П р о г о л о с у й т е"
    assert normalise("и я в шоке").folded == "и я в шоке"  # a few one-letter words


def test_latin_look_alikes_are_unicode_confusables() -> None:
    from confusable_homoglyphs import confusables

    from assistant.core.checker import normalise as module

    def twins(char: str) -> set[str]:
        found = confusables.is_confusable(char, greedy=True, preferred_aliases=[])
        return {h["c"] for item in found or [] for h in item["homoglyphs"]}

    for latin, cyrillic in zip(module._LATIN, module._CYRILLIC, strict=True):
        # "I" and "І" are both twins of "l": the same skeleton.
        assert (cyrillic in twins(latin) or latin in twins(cyrillic)
                or twins(latin) & twins(cyrillic)), (latin, cyrillic)


def test_obfuscated_words_are_found_and_pointed_at_in_the_original() -> None:
    cases = {
        "ru": "Сообщите к0д из CMC, который пришёл",
        "kk": "Кодты ᴀйтыңыз, ол SMS арқылы келді",
        "en": "Tell me the c o d e from the SMS",
    }
    for lang, text in cases.items():
        report = check(text)
        assert report.verdict != "no_signs", lang
        for finding in report.findings:
            for start, end in finding.spans:
                assert 0 <= start < end <= len(text), lang


def test_letters_spelt_out_with_dots_or_hyphens_are_one_word() -> None:
    text = "З.а.р.а.б.о.т.о.к от 5000 в день"
    norm = normalise(text)
    assert norm.folded == "заработок от 5000 в день"
    start, end = norm.span(0, len("заработок"))
    assert text[start:end] == "З.а.р.а.б.о.т.о.к"
    for plain in ("и т.д. и т.п.", "версия 1.2.3.4.5", "к-о-д", "А.Б. Иванов"):
        assert normalise(plain).folded == plain.lower(), plain


def test_stray_accents_are_dropped_and_composed_letters_kept() -> None:
    text = "Зара́боток без вложе́ний"
    norm = normalise(text)
    assert norm.folded == "заработок без вложений"
    start, end = norm.span(0, len("заработок"))
    assert text[start:end] == "Зара́боток"
    assert normalise("и\u0306од и е\u0308лка").folded == "йод и ёлка"  # NFKC composes them
    assert normalise("Қазақстан әуежайы").folded == "қазақстан әуежайы"


def test_a_code_or_formula_with_digits_is_not_a_disguised_word() -> None:
    for text in ("K2С3H", "серия АБ3С12", "кв.3б"):
        norm = normalise(text)
        assert norm.mixed_words == [], text
        assert norm.folded == text.lower(), text
