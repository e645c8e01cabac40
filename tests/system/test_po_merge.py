"""The merge driver for the .po catalogs keeps every translation and every correction."""

from __future__ import annotations

from tools.po_merge import merge

HEADER = 'msgid ""\nmsgstr ""\n"Language: ru\\n"\n'


def catalog(*entries: tuple[str, str]) -> str:
    body = "\n\n".join(f'msgid "{mid}"\nmsgstr "{mstr}"' for mid, mstr in entries)
    return HEADER + "\n" + body + "\n"


def test_a_translation_from_either_side_is_kept() -> None:
    ours = catalog(("Yes", "Да"), ("No", ""))
    theirs = catalog(("Yes", "Да"), ("No", "Нет"), ("Maybe", "Может быть"))
    merged = merge(ours, theirs, catalog(("Yes", "Да")))
    assert 'msgid "No"\nmsgstr "Нет"' in merged
    assert 'msgid "Maybe"\nmsgstr "Может быть"' in merged


def test_a_correction_on_their_side_wins_over_an_unchanged_ours() -> None:
    base = catalog(("state body", "госорган"))
    ours = catalog(("state body", "госорган"), ("Yes", "Да"))
    theirs = catalog(("state body", "государственный орган"))
    merged = merge(ours, theirs, base)
    assert "государственный орган" in merged
    assert 'msgstr "госорган"' not in merged


def test_a_correction_on_our_side_is_kept() -> None:
    base = catalog(("state body", "госорган"))
    ours = catalog(("state body", "государственный орган"))
    theirs = catalog(("state body", "госорган"))
    assert "государственный орган" in merge(ours, theirs, base)


def test_when_both_changed_ours_wins() -> None:
    base = catalog(("state body", "госорган"))
    merged = merge(catalog(("state body", "орган власти")),
                   catalog(("state body", "государственный орган")), base)
    assert "орган власти" in merged and "государственный орган" not in merged
