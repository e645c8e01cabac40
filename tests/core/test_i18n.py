"""Language switching, plural/context helpers, formatting and the pseudo-locale."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.core import i18n


def test_switching_language_translates_and_notifies() -> None:
    seen: list[str] = []
    i18n.add_listener(seen.append)
    i18n.set_language("ru")
    assert i18n._("Settings") == "Настройки"
    i18n.set_language("kk")
    assert i18n._("Settings") == "Баптаулар"
    i18n.set_language("en")
    assert i18n._("Settings") == "Settings"
    assert seen == ["ru", "kk", "en"]
    i18n.remove_listener(seen.append)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        i18n.set_language("de")
    assert i18n.current_language() == "en"


def test_unknown_message_falls_back_to_english() -> None:
    i18n.set_language("kk")
    assert i18n._("A sentence nobody translated 12345") == "A sentence nobody translated 12345"


def test_pseudo_locale_lengthens_and_keeps_placeholders() -> None:
    i18n.set_language(i18n.PSEUDO)
    text = i18n._("Safety Assistant, version {version}")
    assert "{version}" in text
    assert len(text) >= len("Safety Assistant, version {version}") * 1.3
    assert text.format(version="1.0")
    assert i18n.ngettext("{n} step", "{n} steps", 2).count("{n}") == 1


def test_numbers_and_dates_follow_the_language() -> None:
    i18n.set_language("ru")
    assert i18n.format_number(1234567) == "1\xa0234\xa0567"
    assert "нояб" in i18n.format_date(dt.date(2026, 11, 26))
    i18n.set_language("kk")
    assert "қар" in i18n.format_date(dt.date(2026, 11, 26))
    i18n.set_language("en")
    assert i18n.format_number(1234567) == "1,234,567"


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "26 нояб. 2026\u202fг., 16:05"),
    ("kk", "2026\u202fж. 26 қар., 16:05"),
    ("en", "Nov 26, 2026, 4:05\u202fPM"),
])
def test_date_and_time_go_to_the_minute(lang: str, expected: str) -> None:
    i18n.set_language(lang)
    assert i18n.format_datetime(dt.datetime(2026, 11, 26, 16, 5, 9)) == expected


def test_language_names_are_each_in_one_script() -> None:
    import unicodedata

    for code, name in i18n.LANGUAGES.items():
        scripts = {unicodedata.name(ch).split()[0] for ch in name if ch.isalpha()}
        expected = {"LATIN"} if code == "en" else {"CYRILLIC"}
        assert scripts == expected, (code, name, scripts)
