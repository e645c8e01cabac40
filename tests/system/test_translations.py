"""Lint the kk and ru catalogs: complete, same placeholders, one script per word, spelled.

The spelling check uses hunspell with the ``kk_KZ`` and ``ru_RU`` dictionaries when they
are installed (``make test`` installs them) and is skipped otherwise. Words the
dictionaries lack (brand names, abbreviations, new loanwords) go in the short project
word lists ``translations/wordlist-kk.txt`` and ``translations/wordlist-ru.txt``.

The Debian Kazakh dictionary knows many stems but few of their inflected forms (it
rejects "сайтқа", "ақшаңызды", "сұрамайды"). So a Kazakh word it rejects still passes
when it splits into a stem that hunspell (or the word list) accepts plus a chain of
regular Kazakh endings in their usual order, all with the stem's vowel harmony. A
misspelt stem, a Russian letter in place of a Kazakh one, or an ending that breaks
vowel harmony is still caught; ``test_kazakh_endings_do_not_hide_misspellings`` keeps
that true. The check does not tell nouns from verbs, so a well-formed but wrong chain of
endings can pass: it makes up for a weak dictionary, it is no grammar checker.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from assistant.core.i18n import LANGUAGES

if TYPE_CHECKING:
    from tests.hints import MakeWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
LANGS = ("kk", "ru")
DICTIONARIES = {"kk": "kk_KZ", "ru": "ru_RU"}

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
LETTERS = re.compile(r"[^\W\d_]+")
# Left out of spelling: placeholders, web addresses and e-mails, key names like Alt+Home.
NOT_WORDS = re.compile(r"\{[^{}]*\}|[\w@-]+(?:\.[\w-]+)+|\w+\+\w+")
# A word with its hyphenated parts and any digits: "SMS-хабарлама", "1414-ке".
TOKEN = re.compile(r"\w+(?:-\w+)*")


def catalog(lang: str) -> Catalog:
    """The catalog as committed: ``translations/<lang>/LC_MESSAGES/assistant.po``."""
    with (TRANSLATIONS / lang / "LC_MESSAGES" / "assistant.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def entries(lang: str) -> list[tuple[str, str, bool]]:
    """``(msgid, msgstr, fuzzy)`` for every real entry (plural forms joined)."""
    result = []
    for message in catalog(lang):
        if not message.id:
            continue
        msgid = message.id if isinstance(message.id, str) else " ".join(message.id)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        result.append((msgid, " ".join(s or "" for s in strings),
                       message.fuzzy or any(not s for s in strings)))
    return result


def script(char: str) -> str:
    """"LATIN", "CYRILLIC", ... for a letter (the first word of its Unicode name)."""
    return unicodedata.name(char, "UNKNOWN").split()[0]


def mixed_words(text: str) -> list[str]:
    """Words that mix Latin and Cyrillic letters, like a Latin "о" in a Russian word."""
    return [w for w in LETTERS.findall(text) if {"LATIN", "CYRILLIC"} <= {script(c) for c in w}]


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_is_translated_and_not_fuzzy(lang: str) -> None:
    assert not catalog(lang).fuzzy, f"{lang}: the catalog header is marked fuzzy"
    missing = [msgid for msgid, _, untranslated in entries(lang) if untranslated]
    assert not missing, f"{lang}: untranslated or fuzzy entries: {missing}"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_match(lang: str) -> None:
    wrong = []
    for message in catalog(lang):
        if not message.id:
            continue
        if isinstance(message.id, str):
            if sorted(PLACEHOLDER.findall(message.id)) != sorted(
                    PLACEHOLDER.findall(message.string or "")):
                wrong.append((message.id, message.string))
            continue
        # Plural: every form (Russian has three) names the placeholders of the msgid.
        expected = {p for form in message.id for p in PLACEHOLDER.findall(form)}
        for form in message.string:
            if set(PLACEHOLDER.findall(form or "")) != expected:
                wrong.append((message.id[0], form))
    assert not wrong, f"{lang}: placeholders differ: {wrong}"


@pytest.mark.parametrize("lang", LANGS)
def test_no_latin_cyrillic_lookalike_mixing(lang: str) -> None:
    # A look-alike shown on purpose (a quiz card's "еgov.kz") is already in the msgid.
    mixed = {msgid: [w for w in mixed_words(msgstr) if w not in mixed_words(msgid)]
             for msgid, msgstr, _ in entries(lang)}
    assert not {k: v for k, v in mixed.items() if v}, f"{lang}: mixed-script words"
    # A lone Latin letter in Cyrillic text is almost always a look-alike ("a" for "а").
    # A letter quoted on purpose (“a double «s»”) is quoted in the msgid too.
    lone_letter = re.compile(r"(?<![\w.+-])[A-Za-z](?![\w.+-])")
    lone = {msgid: [c for c in lone_letter.findall(msgstr) if c not in lone_letter.findall(msgid)]
            for msgid, msgstr, _ in entries(lang)}
    assert not {k: v for k, v in lone.items() if v}, f"{lang}: lone Latin letters"


def test_mixed_script_check_catches_lookalikes() -> None:
    assert mixed_words("Пoлиция") == ["Пoлиция"]  # Latin "o"
    assert mixed_words("Pусский язык") == ["Pусский"]  # Anki's Latin "P"
    assert mixed_words("eGov, SMS-хабарлама, Kaspi.kz") == []


def test_language_names_use_one_script_each() -> None:
    expected = {"kk": "CYRILLIC", "ru": "CYRILLIC", "en": "LATIN"}
    for code, name in LANGUAGES.items():
        scripts = {script(c) for c in name if c.isalpha()}
        assert scripts == {expected[code]}, f"{code}: {name!r} is written in {scripts}"


@pytest.mark.parametrize("lang", LANGS)
def test_msgfmt_check_passes(lang: str, tmp_path: Path) -> None:
    if shutil.which("msgfmt") is None:
        pytest.skip("msgfmt (gettext) is not installed")
    po = TRANSLATIONS / lang / "LC_MESSAGES" / "assistant.po"
    result = subprocess.run(["msgfmt", "--check", "-o", str(tmp_path / "out.mo"), str(po)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


# --- spelling -------------------------------------------------------------------------

def hunspell_or_skip(lang: str) -> str:
    """The dictionary name for ``lang``; skip the test if hunspell or it is missing."""
    if shutil.which("hunspell") is None:
        pytest.skip("hunspell is not installed")
    listing = subprocess.run(["hunspell", "-D"], input="", capture_output=True, text=True,
                             check=False)
    name = DICTIONARIES[lang]
    if not re.search(rf"/{name}$", listing.stdout + listing.stderr, re.M):
        pytest.skip(f"hunspell dictionary {name} is not installed")
    return name


def rejected(words: set[str], dictionary: str) -> set[str]:
    """The words hunspell does not accept."""
    result = subprocess.run(["hunspell", "-i", "utf-8", "-d", dictionary, "-l"],
                            input="\n".join(sorted(words)), capture_output=True, text=True,
                            check=True)
    return set(result.stdout.split())


def wordlist(lang: str) -> set[str]:
    """Entries of ``translations/wordlist-<lang>.txt``; ``#`` starts a comment."""
    lines = (TRANSLATIONS / f"wordlist-{lang}.txt").read_text(encoding="utf-8").splitlines()
    return {line.split("#")[0].strip() for line in lines} - {""}


def in_wordlist(word: str, words: set[str]) -> bool:
    return word in words or (word[:1].lower() + word[1:]) in words


def is_latin(part: str) -> bool:
    return all(script(c) == "LATIN" for c in part if c.isalpha())


def spelling_units(text: str) -> list[tuple[str, bool]]:
    """``(word, after_code)``: ``after_code`` for a Cyrillic part after "SMS-" or "1414-".

    Such a part is a word ("SMS-хабарлама") or, in Kazakh, only endings ("SMS-ті").
    """
    units = []
    for token in TOKEN.findall(NOT_WORDS.sub(" ", text)):
        previous = ""
        for part in token.split("-"):
            if LETTERS.fullmatch(part):
                after_code = bool(previous) and (previous.isdigit() or is_latin(previous)
                                                 or previous.isupper())  # ХҚКО-дан
                units.append((part, after_code and not is_latin(part)))
            previous = part
    return units


# Kazakh endings, each in all its harmony and consonant variants; the vowel check below
# picks the variant. The order of the groups is the order endings follow each other.
_PLURAL = "(?:лар|лер|дар|дер|тар|тер)"
_POSSESSIVE = "(?:ымыз|іміз|мыз|міз|ыңыз|іңіз|ңыз|ңіз|ым|ім|м|ың|ің|ң|сы|сі|ы|і)"
_CASE = ("(?:ның|нің|дың|дің|тың|тің|нан|нен|дан|ден|тан|тен|нда|нде|да|де|та|те"
         "|ға|ге|қа|ке|на|не|а|е|ны|ні|ды|ді|ты|ті|н|мен|бен|пен)")
# Personal endings of a noun used as a predicate: "инспекторымын", "ХҚКО-данмын".
_PREDICATE = "(?:мын|мін|бын|бін|пын|пін|сың|сің|мыз|міз|быз|біз|пыз|піз)"
_NOUN = f"{_PLURAL}?{_POSSESSIVE}?{_CASE}?(?:(?:ғы|гі|қы|кі){_CASE}?)?{_PREDICATE}?"
_DERIVED = "(?:сыз|сіз|лы|лі|лық|лік|дық|дік|тық|тік|шы|ші)"
_PERSON = "(?:мын|мін|сың|сің|сыз|сіз|мыз|міз|ды|ді|ңыз|ңіз|м|ң|қ|к)"
_VERB_FORM = "|".join((
    f"у{_NOUN}",  # verbal noun: жеткізуді, үлгермеуіңіз
    f"(?:ған|ген|қан|кен|атын|етін|йтын|йтін|ар|ер|р|с){_NOUN}",  # participles
    f"(?:ды|ді|ты|ті){_PERSON}?",  # past: бұғатталды
    f"(?:а|е|й){_PERSON}?",  # present: сұрамайды, бұғаттаймын
    "(?:ып|іп|п)",  # converb: тоқтатып
    "(?:ыңыз|іңіз|ңыз|ңіз)(?:шы|ші)?",  # polite imperative: беріңізші
    f"(?:са|се){_PERSON}?",  # conditional: қойсаңыз
    "(?:ғанша|генше|қанша|кенше|йынша|йінше)",  # "until": тексергенше, жоймайынша
    "(?:сын|сін)",  # third-person imperative: өшірілсін
    f"(?:ғы|гі|қы|кі){_POSSESSIVE}",  # wish: істегіңіз
))
_VOICE = "(?:ыл|іл|л|ын|ін|н|дыр|дір|тыр|тір|ғыз|гіз|қыз|кіз|т)"
KAZAKH_ENDINGS = re.compile(
    f"(?:{_DERIVED}?{_NOUN}|{_VOICE}{{0,2}}(?:ма|ме|ба|бе|па|пе)?(?:{_VERB_FORM}))")
BACK, FRONT = set("аоұыя"), set("әөүіеэ")
# The instrumental ending has one form only: хабарламалармен, қолтаңбаңызбен.
INSTRUMENTAL = re.compile("(?:мен|бен|пен)$")
# Before an ending that starts with a vowel, к/қ/п at the end of a stem become г/ғ/б.
VOICED = {"г": "к", "ғ": "қ", "б": "п"}


def vowel_class(char: str) -> str | None:
    return "back" if char in BACK else "front" if char in FRONT else None


def harmony(stem: str) -> str | None:
    """The harmony a stem's endings take: "back", "front", or None when either may come.

    Loanwords ending in a soft sign or in к/г take front endings (парольді, банкке); an
    "и" in the last syllable may go either way (логотипі, танисыз).
    """
    if stem.endswith(("ь", "к", "г")):
        return "front"
    for char in reversed(stem):
        if char == "и":
            return None
        if vowel_class(char):
            return vowel_class(char)
    return None


def is_kazakh_ending(tail: str, stem_harmony: str | None) -> bool:
    """``tail`` is a chain of endings whose vowels agree with each other and the stem."""
    if not KAZAKH_ENDINGS.fullmatch(tail):
        return False
    classes = {vowel_class(c) for c in INSTRUMENTAL.sub("", tail)} - {None}
    allowed = {"back", "front"} if stem_harmony is None else {stem_harmony}
    return len(classes) <= 1 and classes <= allowed


def kazakh_splits(word: str) -> list[tuple[str, str]]:
    """Every ``(stem, endings)`` split worth trying, longest stem first."""
    word = word.lower()
    splits = []
    for cut in range(len(word) - 1, 1, -1):
        stem, tail = word[:cut], word[cut:]
        if cut > 2:
            splits.append((stem, tail))
            if stem[-1] in VOICED:
                splits.append((stem[:-1] + VOICED[stem[-1]], tail))
        if tail[0] == "и":  # оқы + йтын is written оқитын
            splits += [(stem + "ы", "й" + tail[1:]), (stem + "і", "й" + tail[1:])]
    return splits


QUOTED = re.compile(r"«([^»]*)»")


def _failing(lang: str, words: set[str], after_code: set[str]) -> set[str]:
    """The ``words`` that neither hunspell (with Kazakh endings) nor the word list accept."""
    dictionary = hunspell_or_skip(lang)
    allowed = wordlist(lang)
    failed = {w for w in rejected(words, dictionary) if not in_wordlist(w, allowed)}
    if lang == "kk":
        stems = {s for w in failed for s, _ in kazakh_splits(w)}
        known = (stems - rejected(stems, dictionary)) | {w.lower() for w in allowed}
        failed = {w for w in failed
                  if not any(s in known and is_kazakh_ending(t, harmony(s))
                             for s, t in kazakh_splits(w))
                  and not (w in after_code and is_kazakh_ending(w.lower(), None))}
    return failed


@cache
def unknown_words(lang: str) -> tuple[tuple[str, str], ...]:
    """``(word, msgid)`` for every word of the msgstrs that fails the spelling rules.

    A word inside «guillemets» may also be right in the other language: the Kazakh text
    quotes the official Russian name of a service and the other way round.
    """
    where: dict[str, str] = {}
    after_code: set[str] = set()
    quoted: set[str] = set()
    for msgid, msgstr, _ in entries(lang):
        # Names, codes and fraudsters' words kept verbatim from the English are not ours
        # to spell ("UNLOCK", "iPhone"); single letters are quoted letters («s», «е»).
        verbatim = {word for word, _ in spelling_units(msgid)}
        for word, follows_code in spelling_units(msgstr):
            if len(word) == 1 or word in verbatim:
                continue
            where.setdefault(word, msgid)
            if follows_code:
                after_code.add(word)
        for quote in QUOTED.findall(msgstr):
            quoted.update(word for word, _ in spelling_units(quote))
    failed = _failing(lang, set(where), after_code)
    other = "ru" if lang == "kk" else "kk"
    failed -= (failed & quoted) - _failing(other, failed & quoted, set())
    return tuple(sorted((w, where[w]) for w in failed))


@pytest.mark.parametrize("lang", LANGS)
def test_every_word_is_spelled_right(lang: str) -> None:
    unknown = unknown_words(lang)
    assert not unknown, (
        f"{lang}: words neither hunspell nor wordlist-{lang}.txt accepts "
        f"(fix the spelling; list only real words the dictionary lacks): {list(unknown)}")


@pytest.mark.parametrize("lang", LANGS)
def test_wordlist_entries_are_needed(lang: str) -> None:
    dictionary = hunspell_or_skip(lang)
    allowed = wordlist(lang)
    known = allowed - rejected(allowed, dictionary)
    assert not known, f"wordlist-{lang}.txt lists words hunspell already accepts: {known}"
    text = " ".join(msgstr for _, msgstr, _ in entries(lang)).lower()
    unused = {w for w in allowed if w.lower() not in text}
    assert not unused, f"wordlist-{lang}.txt lists words no translation uses: {unused}"


def test_kazakh_endings_do_not_hide_misspellings() -> None:
    dictionary = hunspell_or_skip("kk")
    good = ["алаяқтар", "ақшаңызды", "сұрамайды", "бұғаттаңыз", "телефоныңызды"]
    bad = ["алаяктар",  # к for қ
           "хабарламага",  # Russian г for ғ
           "телефонынызды",  # н for ң
           "ақшаңизды",  # и for ы
           "бұғаттаныз",  # н for ң in the ending
           "сұрамейді",  # front ending on a back stem
           "банкқа"]  # back ending after a loanword's к (банкке)

    def passes(word: str) -> bool:
        stems = {s for s, _ in kazakh_splits(word)}
        known = stems - rejected(stems, dictionary)
        return any(s in known and is_kazakh_ending(t, harmony(s)) for s, t in kazakh_splits(word))

    assert [w for w in good if not passes(w)] == []
    assert [w for w in bad if passes(w)] == []


# --- how the translations look -------------------------------------------------------

@pytest.mark.gui
@pytest.mark.screenshots
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scale", [100, 200])
def test_translated_pages_screenshots(make_window: MakeWindow, lang: str, scale: int) -> None:
    """Render the translated shell pages to ``build/screenshots/translations/``."""
    out = ROOT / "build" / "screenshots" / "translations"
    out.mkdir(parents=True, exist_ok=True)
    window = make_window(language=lang, scale=scale)
    window.resize(1000, 720)
    # The compiled catalog is the one in use: a stale or missing .mo shows English here.
    assert catalog(lang).get("Safety Assistant").string in window.windowTitle()
    for page_id in ("home", "settings", "about"):
        window.show_page(page_id)
        assert window.grab().save(str(out / f"{page_id}-{lang}-{scale}.png"))


def test_catalogs_hold_every_string_of_the_code_and_content(tmp_path: Path) -> None:
    """A string added to the code or the content but not to the catalogs shows in English."""
    import sys

    root = TRANSLATIONS.parent
    pot = tmp_path / "fresh.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "-F",
         str(TRANSLATIONS / "babel.cfg"), "-o", str(pot), "--no-location",
         "-k", "N_", "-k", "pgettext:1c,2", "-k", "ngettext:1,2", "."],
        cwd=root, check=True, capture_output=True)
    with pot.open("rb") as handle:
        extracted = {m.id if isinstance(m.id, str) else m.id[0]
                     for m in read_po(handle) if m.id}
    for lang in LANGS:
        present = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog(lang) if m.id}
        missing = sorted(extracted - present)
        assert not missing, f"{lang}: run `make translations` and translate: {missing[:20]}"
