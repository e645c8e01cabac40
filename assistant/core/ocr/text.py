"""The engine's lines turned into the message a person would type reading the screen.

Per part of the picture, :func:`tidy` joins a paragraph's lines, mends what the engine
misreads in chat screens (the ``+`` of a Kazakh number, the tenge sign, the back arrow
and the avatar of a chat header) and drops specks read as a single letter;
:func:`mend_words` mends misread words ("| have", "5 MS-ті", "едоуу.К2"). Over the whole reading,
:func:`drop_status_bar` removes a phone's status bar (the clock, ``LTE``, the signal and
battery icons read as letters) that stays in a photo, where it cannot be cut off before
reading as it is off a screenshot.
"""

from __future__ import annotations

import re

_HYPHEN_END = re.compile(r"\w-$")
#: "+7" read as "%7" (the plus sign of a Kazakh number, small and blurred).
_PLUS_SEVEN = re.compile(r"(?<!\S)%(?=7[\s(]*\d)")
#: The tenge sign, which the language data lacks, read as a capital T after an amount.
_TENGE = re.compile(r"(?<=\d) [ТT](?![\w])")
#: A chat header's back arrow, and the avatar beside it read as a letter or two.
_HEADER_JUNK = re.compile(r"^[<‹«←]+\s+(?:[^\s\d+]{1,2}\s+(?=\S{3}|\+))?")
#: Before a sender's number alone on its line: the arrow and the avatar read as up to
#: three short tokens ("< Ф +7 701 555 01 23", "7 7 +7747 000 12 34").
_BEFORE_NUMBER = re.compile(r"^(?:\S{1,3}\s+){1,3}(?=\+\d[\d\s()-]{6,}$)")
#: A clock as the engine reads it in a status bar: "12:47", "9.41", "12:4;".
_CLOCK = re.compile(r"^\d{1,2}[:;.,]\d{0,2}\W?$")
_DIGITS = re.compile(r"^\d{3,4}$")
#: What a status bar says besides the clock: the network, the battery's charge.
_STATUS_WORD = re.compile(r"^(?:LTE|VoLTE|[2345]G\+?|H\+|E|\d{1,3}%)$")


def _status_line(line: str) -> bool:
    """Does ``line`` look like a phone's status bar read as text?

    Short tokens only, and a clock ("12:47") or the network ("LTE"); or, with no word
    of four letters, "1247" beside an icon read as letters, or a few letters and signs
    alone ("(ТЕ | |").
    A number alone ("1414", a sender) is not a status bar.
    """
    tokens = line.split()
    if not tokens or len(tokens) > 6 or any(len(token) > 5 for token in tokens):
        return False
    if any(_CLOCK.match(token) or _STATUS_WORD.match(token) for token in tokens):
        return True
    if any(sum(char.isalpha() for char in token) >= 4 for token in tokens):
        return False
    numbers = [token for token in tokens if any(char.isdigit() for char in token)]
    if numbers:
        return (len(numbers) == 1 and bool(_DIGITS.match(numbers[0])) and len(tokens) > 1
                and all(len(token) <= 3 for token in tokens if token != numbers[0]))
    return sum(char.isalnum() for char in line) <= 6


def drop_status_bar(text: str) -> str:
    """``text`` without the status-bar lines at its top (at most three)."""
    lines = text.split("\n")
    dropped = 0
    while dropped < 3 and len(lines) - dropped > 1 and _status_line(lines[dropped]):
        dropped += 1
    lines = lines[dropped:]
    if lines:
        lines[0] = _BEFORE_NUMBER.sub("", _HEADER_JUNK.sub("", lines[0]))
    return "\n".join(lines)


#: Latin letters and the Cyrillic letters drawn the same way: on a screen they cannot be
#: told apart, so the engine's choice between them is a guess.
LATIN_TWINS = "ABCEHKMOPTXacehopxyIiJjSs"
CYRILLIC_TWINS = "АВСЕНКМОРТХасеһорхуІіЈјЅѕ"
_TO_LATIN = str.maketrans(CYRILLIC_TWINS, LATIN_TWINS)
_TO_CYRILLIC = str.maketrans(LATIN_TWINS, CYRILLIC_TWINS)
_WORD_PART = re.compile(r"[^\W\d_]+")


def _unambiguous(text: str) -> tuple[int, int]:
    """How many of the letters of ``text`` are Latin, and Cyrillic, with no twin."""
    latin = sum(1 for char in text if char.isascii() and char.isalpha()
                and char not in LATIN_TWINS)
    cyrillic = sum(1 for char in text if "\u0400" <= char <= "\u04ff" and char.isalpha()
                   and char not in CYRILLIC_TWINS)
    return latin, cyrillic


_LAST_WORD = re.compile(r"[^\W\d_]+(?=[^a-zA-Z\u0400-\u04ff]*$)")


def _script(word: str) -> str | None:
    """"latin" or "cyrillic" for a word of one of them with a letter no twin has."""
    latin, cyrillic = _unambiguous(word)
    if latin and not cyrillic:
        return "latin"
    if cyrillic and not latin:
        return "cyrillic"
    return None


def one_script(text: str) -> str:
    """``text`` with each run of letters that mixes Latin and Cyrillic in one script.

    A run (a word, or each side of "SMS-тен") whose letters are Latin but for some drawn
    the same in both alphabets is made all Latin, and the other way round: "kаspi.kz"
    read with a Cyrillic "а" is "kaspi.kz" again. A run of twins only, mixed ("Кiру"),
    takes the script of most of the text; a letter alone with a twin ("Reply С to
    confirm") takes that of the words on both sides when they agree. The picture cannot
    show which of two identical letters was typed, and a mixed word is a sign of fraud to
    the checker, so the engine's guess must not make one. A run in one script is left as read.
    """
    latin, cyrillic = _unambiguous(text)
    mostly_cyrillic = cyrillic > latin

    def mend(match: re.Match[str]) -> str:
        part = match.group()
        if len(part) == 1 and part in CYRILLIC_TWINS + LATIN_TWINS:
            # a letter alone ("Reply С to confirm or В to reschedule"): the script of the
            # words on both sides of it, when they agree ("iPhone X в подарок": left)
            around = (_LAST_WORD.search(text, 0, match.start()),
                      _WORD_PART.search(text, match.end()))
            sides = {_script(word.group()) for word in around if word}
            if len(sides) == 1 and None not in sides:
                return part.translate(_TO_CYRILLIC if "cyrillic" in sides else _TO_LATIN)
            return part
        is_latin = [char.isascii() for char in part]
        if all(is_latin) or not any(is_latin):
            return part
        part_latin, part_cyrillic = _unambiguous(part)
        if part_latin and part_cyrillic:
            return part  # letters of both alphabets that are not twins: leave them
        if part_cyrillic or (not part_latin and mostly_cyrillic):
            return part.translate(_TO_CYRILLIC)
        return part.translate(_TO_LATIN)

    return _WORD_PART.sub(mend, text)


#: The pronoun "I" read as a bar: "| have", "or | will". Only before a word that follows
#: "I" (a verb, "'m"), so a bar that separates ("Kaspi | код", "Home | About") stays.
_BAR_FOR_I = re.compile(
    r"(?:(?<=^)|(?<=[A-Za-z,.!?:;\"“] ))\|(?=(?:'[a-z]{1,2}| (?:am|have|had|has|will|would|was|"
    r"can|could|cannot|can't|need|needed|want|wanted|do|did|don't|didn't|know|think|just|"
    r"sent|got|also|really|hope|see|saw|found|love|miss|already|never|made|paid|received|"
    r"tried|called|recorded|hacked|accidentally|mistakenly|shall|should|must|may|might|"
    r"work|live|understand|apologize|apologise|write|wrote|lost|forgot|transferred))\b)",
    re.MULTILINE)
#: "SMS" with an "S" read as a five ("5 MS-ті", "SM5"); never after a digit or a sign.
_SMS = re.compile(r"(?<![\w.,+-])(?:5 ?MS|SM5|5M5)(?![^\W_])")
#: A card's code, "CVV" or "CVC", read in Cyrillic ("СУУ") in a Kazakh or Russian line.
_CARD_CODE = re.compile(r"(?<![^\W_])[СC](?:[УV][УV]|[УV][СC])(?![^\W_])")
#: A site under .kz read in Cyrillic in a Kazakh or Russian line ("едоуу.К2" for
#: "egovv.kz"): the label's letters and the Latin letters they are read for.
_CYRILLIC_DOMAIN = re.compile(
    r"(?<![\w.@/-])([а-яёіј][а-яёіј0-9-]*[а-яёіј0-9])\.(?:[кk][2zз])(?![\w.-])", re.IGNORECASE)
_AS_LATIN = str.maketrans("адеіјкмопрстухьгѕ", "ageijkmonpcty" + "xbrs")


def _latin_domain(match: re.Match[str]) -> str:
    """The Latin site a Cyrillic reading stands for, or the reading as it is.

    "у" is drawn as "y" and read for "v" too: of the spellings, one that is an official
    site is taken, then one a single letter away from one, then "y".
    """
    label = match.group(1).lower()
    if any(char.isalpha() and char not in "адеіјкмопрстухьгѕ" for char in label):
        return match.group()
    latin = label.translate(_AS_LATIN)
    spots = [index for index, char in enumerate(label) if char == "у"][:4]
    candidates = []
    for mask in range(1 << len(spots)):
        chars = list(latin)
        for bit, index in enumerate(spots):
            if mask >> bit & 1:
                chars[index] = "v"
        candidates.append("".join(chars) + ".kz")
    from assistant.core.checker.engine import default_engine

    official = default_engine().official_links.domains
    labels = [domain[:-3] for domain in official if domain.endswith(".kz")]

    def near(candidate: str) -> int:
        if candidate in official:
            return 0
        name = candidate[:-3]
        return 1 if any(_one_apart(name, other) for other in labels) else 2

    return min(candidates, key=near)


def _one_apart(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one letter apart (one changed, added or dropped)?"""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:index] + long[index + 1:] == short for index in range(len(long)))


def mend_words(text: str) -> str:
    """Mend what the engine misreads in a message's words: the pronoun "I" read as "|",
    "SMS" as "5 MS", a card's "CVV" as "СУУ", a site under .kz read in Cyrillic
    ("едоуу.К2")."""
    if "|" in text:
        text = _BAR_FOR_I.sub("I", text)
    if "5" in text:
        text = _SMS.sub("SMS", text)
    if "У" in text:
        text = _CARD_CODE.sub(lambda m: m.group().translate(_CARD_LATIN), text)
    if "." in text:
        text = _CYRILLIC_DOMAIN.sub(_latin_domain, text)
    return text


_CARD_LATIN = str.maketrans("СУ", "CV")


def _speck(paragraph: str) -> bool:
    """A paragraph of one character: a bubble's corner, an icon or an emoji, not a word."""
    return len(paragraph) <= 1


def tidy(raw: str) -> str:
    """Tesseract's lines joined into paragraphs, one paragraph a line."""
    paragraphs: list[str] = []
    raw = _HEADER_JUNK.sub("", _PLUS_SEVEN.sub("+", raw.lstrip()))
    raw = _TENGE.sub(" ₸", raw)
    for block in re.split(r"\n\s*\n", raw.replace("\x0c", "\n")):
        text = ""
        for line in block.splitlines():
            line = " ".join(line.split())
            if not line:
                continue
            if not text:
                text = line
            elif _HYPHEN_END.search(text):
                text += line  # "ЭЦҚ-" + "ңыздың": the hyphen belongs to the word
            elif line.startswith(("—", "–", "- ")):
                text += "\n" + line  # a new line of a dialogue
            else:
                text += " " + line
        if text and not _speck(text):
            paragraphs.append(text)
    return "\n".join(paragraphs)
