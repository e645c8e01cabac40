"""The reasons a check shows: one per sign, and a whole scheme's parts in the message's
own words (the page and the command line both use these)."""

from __future__ import annotations

import pytest

from assistant.core import i18n
from assistant.core.checker import check
from assistant.core.checker.report import Finding
from assistant.core.reasons import one_per_reason, scheme_lines

PARCEL = ("Ваша посылка задержана. Срочно оплатите доставку по ссылке "
          "http://kazpost-dostavka.top иначе она будет возвращена")


def whole_scheme(text: str) -> Finding:
    findings = [f for f in one_per_reason(check(text).findings) if f.parts]
    assert len(findings) == 1, [f.rule for f in check(text).findings]
    return findings[0]


def test_a_whole_scheme_names_its_bait_request_and_pressure() -> None:
    lines = scheme_lines(whole_scheme(PARCEL), PARCEL)
    assert len(lines) == 3, lines
    bait, request, pressure = lines
    assert bait.startswith("The bait: ") and "“посылка”" in bait
    # words side by side are one piece; the link to follow is the request
    assert request == "What they ask you to do: “по ссылке http://kazpost-dostavka.top”"
    assert pressure.startswith("How they rush or scare you: ") and "“Срочно”" in pressure


def test_a_word_inside_the_link_is_not_said_twice() -> None:
    """"kazpost" is a lure word, but it is part of the link named as the request."""
    bait = scheme_lines(whole_scheme(PARCEL), PARCEL)[0]
    assert "kazpost" not in bait, bait


def test_a_link_found_only_as_a_site_is_shown_as_the_request() -> None:
    text = ("Сіздің сәлемдемеңіз кідіртілді. Бүгін жеткізу ақысын төлеңіз: "
            "http://kazpost-kz.top әйтпесе қайтарылады")
    lines = scheme_lines(whole_scheme(text), text)
    assert any(line.startswith("What they ask you to do:") and "kazpost-kz.top" in line
               for line in lines), lines


@pytest.mark.parametrize(("language", "label"), [
    ("ru", "Приманка: "), ("kk", "Алаяқтардың қармағы: "),
])
def test_the_parts_are_translated(language: str, label: str) -> None:
    i18n.set_language(language)
    bait = scheme_lines(whole_scheme(PARCEL), PARCEL)[0]
    assert bait.startswith(label) and "«посылка»" in bait, bait


def test_a_sign_that_is_not_a_whole_scheme_has_no_parts() -> None:
    text = "Скидки до 70% только сегодня: https://super-sale-shop.kz"
    findings = one_per_reason(check(text).findings)
    assert findings
    assert all(scheme_lines(f, text) == [] for f in findings)


def test_merged_reasons_keep_the_parts_of_either() -> None:
    """A stronger rule and a shape with the same explanation are one reason; the shape's
    parts stay with it."""
    text = "посылка срочно"
    rule = Finding("rule", "delivery", ((0, 7),), "Same sign.", "", weight=0.9)
    shape = Finding("shape", "delivery", ((8, 14),), "Same sign.", "", weight=0.6,
                    parts=(("lure", ((0, 7),)), ("action", ()), ("pressure", ((8, 14),))))
    (merged,) = one_per_reason([shape, rule])
    assert merged.rule == "rule" and merged.spans == ((0, 7), (8, 14))
    assert scheme_lines(merged, text) == ["The bait: “посылка”",
                                          "How they rush or scare you: “срочно”"]
