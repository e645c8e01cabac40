"""Russian and Kazakh typed in Latin letters are read with the Russian and Kazakh rules."""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check, translit


def test_only_texts_with_russian_or_kazakh_words_count_as_transliterated() -> None:
    assert translit.looks_transliterated("vasha karta zablokirovana, srochno pozvonite")
    assert translit.looks_transliterated("sizge kod keldi, ony aitynyz")
    assert not translit.looks_transliterated("your card is blocked, call us now")
    assert not translit.looks_transliterated("ok lor, see you at the bar with the men")


def test_cyrillic_spelling_keeps_the_source_spans() -> None:
    text = "shtraf"
    view, starts, ends = translit.to_cyrillic(text)
    assert view == "штраф"
    assert (starts[0], ends[0]) == (0, 2)  # "ш" comes from "sh"
    assert (starts[-1], ends[-1]) == (5, 6)


def test_simplify_folds_letters_latin_cannot_tell_apart() -> None:
    assert translit.simplify("картаңыз бұғатталды") == "картаныз бугатталды"
    assert translit.simplify("отправьте пожалуйста") == "отправте пожалуиста"


@pytest.mark.parametrize(("text", "rule"), [
    ("Vasha karta zablokirovana. Dlya razblokirovki vvedite dannye karty", "card-data-request"),
    ("Vam postupilo MMS. Dlya prosmotra otpravte sms na nomer 1234 s kodom 77", "costly-sms"),
    ("sluzhba bezopasnosti banka: srochno perevedite dengi na bezopasnyi schet",
     "safe-account"),
    ("Sizge MMS keldi. Koru ushin 1234 nomirine 77 kodymen sms jiberiniz", "costly-sms"),
    ("Mama eto ya, srochno popolni etot nomer i prodiktui kod", "code-request"),
])
def test_transliterated_fraud_is_caught(text: str, rule: str) -> None:
    report = check(text)
    assert report.verdict is not Verdict.NO_SIGNS
    findings = {f.rule: f for f in report.findings}
    assert rule in findings
    for start, end in findings[rule].spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip()


def test_span_of_a_transliterated_match_points_at_the_latin_words() -> None:
    text = "Privet! Srochno prodiktui kod iz sms, pozhaluista"
    [finding] = [f for f in check(text).findings if f.rule == "code-request"]
    start, end = finding.spans[0]
    assert text[start:end] == "prodiktui kod"


def test_english_text_is_not_read_as_transliteration() -> None:
    # English words spelt in Cyrillic letters would match nothing useful; the view is
    # not even made, so English messages cost no more.
    assert check("Please reply, I will call you at home tonight").verdict is Verdict.NO_SIGNS


@pytest.mark.parametrize("text", [
    "vash kod 1234, nikomu ne govorite", "kod123 kod_x kodkodkodkod, eto", "don't vy-eto",
    "sizdiń kodyńyz: 55", "salem!magan aqsha kerek...", "vam\tvas\nvash", "", "ushın üşın",
])
def test_markers_piece_by_piece_equal_the_pattern(text: str) -> None:
    # the look-up by pieces between spaces finds exactly what the pattern finds
    assert translit.markers(text) == set(translit.MARKERS_RE.findall(text))

