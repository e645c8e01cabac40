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
