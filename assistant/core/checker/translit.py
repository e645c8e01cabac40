"""Russian and Kazakh written in Latin letters ("Vasha karta zablokirovana", "kodty aityңyz").

Many people type Russian or Kazakh on a Latin keyboard. When a text looks like that (it
has a few common Russian or Kazakh words spelt in Latin), the checker also reads a
Cyrillic spelling of it, made letter by letter, with the Russian and Kazakh rules. Both
that spelling and the rules are "simplified" first, because a Latin spelling cannot tell
"қ" from "к" or "ы" from "й": Kazakh letters become their nearest Russian ones, "й"
becomes "и", "ё" and "э" become "е", and the soft and hard signs are dropped.

Every character of the Cyrillic spelling keeps the span of the Latin letters it came
from, so a finding still points at the words the person pasted.
"""

from __future__ import annotations

import functools
import re

# Longest first: "shch" before "sh" before "s".
_PAIRS = [
    ("deng", "денг"),  # "dengi" (деньги): "ng" is otherwise the Kazakh "ң"
    ("shch", "щ"), ("sch", "сч"), ("sh", "ш"), ("zh", "ж"), ("ch", "ч"), ("kh", "х"),
    ("ts", "ц"), ("ya", "я"), ("yu", "ю"), ("yo", "е"), ("ia", "ия"), ("iy", "ии"),
    ("yy", "ыи"), ("gh", "г"), ("ng", "н"),
    ("a", "а"), ("b", "б"), ("c", "ц"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
    ("h", "х"), ("i", "и"), ("j", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("v", "в"), ("w", "в"), ("x", "кс"), ("y", "ы"), ("z", "з"), ("ı", "ы"), ("ñ", "н"),
    ("ä", "а"), ("ö", "о"), ("ü", "у"), ("ş", "ш"), ("ç", "ч"), ("ğ", "г"),
    ("ū", "у"),
]
_TOKEN_RE = re.compile("|".join(re.escape(latin) for latin, _ in _PAIRS))
_TO_CYRILLIC = dict(_PAIRS)

#: Kazakh letters and the letters a Latin spelling cannot tell apart.
_SIMPLIFY = str.maketrans({
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х",
    "і": "и", "й": "и", "ё": "е", "э": "е", "ь": None, "ъ": None,
})

#: Common Russian and Kazakh words in Latin spelling; two of them mark a transliterated
#: text. None of them is an English word.
_MARKERS = (
    r"(?:vam|vas|vash[aeiu]?|vy|eto|dlya|chto|chtoby|ili|mne|menya|pozhalu[iy]?sta|"
    r"srochno|nomer\w{0,2}|karty|kartu|kartoi|ssylk\w|privet|dengi|deneg|oplatite|"
    r"perevedite|vnimanie|segodnya|zavtra|tolko|budet|mozhno|nuzhno|nado|uzhe|esli|"
    r"kogda|tebe|tebya|zdravstvu\w+|siz|sizge|sizdi\w*|ushin|ushın|üşın|jane|zhane|osy|"
    r"myna|kerek|nomir\w*|kod\w{0,6}|salem\w*|kartanyz|qazir|aqsha\w*|aksha\w*|emes|joq|"
    r"magan|sagan|ote|tez|bolsa|kazir|oplat\w{0,3}|perevod\w{0,2}|vernem|verni|nesie|"
    r"audar\w*|shugyl|shuhyl|qaitar\w*|salyp|jiber\w*|zhiber\w*|toleniz|aitynyz|"
    r"pishite|besplatn\w*|pereshli|perepisk\w*|chteni\w*|chuzh\w*|druzyam|programma|"
    r"keldi|kelgen|telefony\w+|kartan\w*|habarlas\w*|bu[gğ]at\w*|n[oö]mir\w*|"
    r"s[aä]lemetsiz|qaryz\w*|sizdi[nń]\w*|[uú]shin|j[aá]ne|qajet|bo[iı]ynsha|arqyly|"
    r"t[oó]le\w*|silteme\w*|o[nń]a[iı]|tabys\w*|qup[iı][iı]?a\w*|k[oó]mek\w*)"
)
#: Every marker is a whole run of word characters (each alternative starts and ends with
#: a letter, between two ``\b``), and no run holds a space: a text is looked up piece by
#: piece (the parts between spaces), each distinct piece judged once (``_markers_in``),
#: instead of trying the alternation at every position of every text.
_MARKER_RE = re.compile(_MARKERS)
#: The markers as found in running text (tests hold the piece-by-piece look-up equal).
MARKERS_RE = re.compile(rf"\b{_MARKERS}\b")
_RUN_RE = re.compile(r"\w+")
#: Pieces judged so far (piece -> its marker words), at most this many kept.
_CACHE_SIZE = 50_000
_JUDGED: dict[str, tuple[str, ...]] = {}


def _markers_in(piece: str) -> tuple[str, ...]:
    """The marker words of ``piece``, a part of a text without spaces."""
    if len(_JUDGED) >= _CACHE_SIZE:
        _JUDGED.clear()
    found = _JUDGED[piece] = tuple(
        run for run in _RUN_RE.findall(piece) if _MARKER_RE.fullmatch(run))
    return found


def markers(text: str) -> set[str]:
    """The distinct marker words of ``text``: ``set(MARKERS_RE.findall(text))``."""
    found: set[str] = set()
    judged = _JUDGED
    for piece in set(text.split()):
        words = judged.get(piece)
        if words is None:
            words = _markers_in(piece)
        if words:
            found.update(words)
    return found


#: Letters of the 2018 Kazakh Latin alphabet that neither English nor the informal
#: spelling uses ("sizdiń", "ońaı", "tabýdyń", "jáne"). In it "ı" is "и" or "й" (the
#: informal spelling and the 2021 alphabet write "ы" so), "ıa" is "я" and "ý" is "у".
_KAZAKH_2018_RE = re.compile("[áǵńóúý]")
#: "ng" is "нг" there ("engizý"): "ң" has its own letter.
_PAIRS_2018 = [("ıa", "я"), ("ıý", "ю"), ("ı", "и"), ("ý", "у"), ("á", "а"), ("ǵ", "г"),
               ("ń", "н"), ("ó", "о"), ("ú", "у"), ("ng", "нг")]
_TOKEN_2018_RE = re.compile("|".join(
    re.escape(latin) for latin, _ in [*_PAIRS_2018, *_PAIRS] if len(latin) > 1)
    + "|" + "|".join(re.escape(latin) for latin, _ in [*_PAIRS_2018, *_PAIRS] if len(latin) == 1))
_TO_CYRILLIC_2018 = {**dict(_PAIRS), **dict(_PAIRS_2018)}


@functools.lru_cache(maxsize=2)
def looks_transliterated(text: str) -> bool:
    """Does ``text`` (lower case) contain at least two Russian or Kazakh words in Latin,
    or one and a letter of the 2018 Kazakh Latin alphabet?

    Asked twice of each text (by the rules and by the word families): the answers for
    the last two texts are kept."""
    found = markers(text)
    if len(found) >= 2:
        return True
    return bool(found) and _KAZAKH_2018_RE.search(text) is not None


def simplify(cyrillic: str) -> str:
    """Fold the letters a Latin spelling cannot tell apart (also used on the rules)."""
    return cyrillic.translate(_SIMPLIFY)


def to_cyrillic(text: str) -> tuple[str, list[int], list[int]]:
    """A simplified Cyrillic spelling of ``text`` and, per character, its source span.

    A text with a letter of the 2018 Kazakh Latin alphabet is read with that alphabet.

    Characters that are not Latin letters are kept as they are.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    kazakh_2018 = _KAZAKH_2018_RE.search(text) is not None
    table = _TO_CYRILLIC_2018 if kazakh_2018 else _TO_CYRILLIC
    for match in (_TOKEN_2018_RE if kazakh_2018 else _TOKEN_RE).finditer(text):
        start = match.start()
        for index in range(position, start):
            out.append(text[index])
            starts.append(index)
            ends.append(index + 1)
        cyrillic = simplify(table[match.group()])
        for char in cyrillic:
            out.append(char)
            starts.append(start)
            ends.append(match.end())
        position = match.end()
    for index in range(position, len(text)):
        out.append(text[index])
        starts.append(index)
        ends.append(index + 1)
    return "".join(out), starts, ends


#: Kazakh typed in Cyrillic without the Kazakh letters ("кодты айтыныз", "сизге", "акша",
#: "картаныз бугатталды"): words only such a spelling makes (the proper ones have ә ғ қ ң
#: ө ұ ү һ і), and the polite endings "-ңыз / -ңізші" with "н" for "ң".
_LETTERLESS_RE = re.compile(
    r"\b(?:сиз\w{0,5}|ушин|жане|кажет\w{0,3}|казир|акша\w{0,4}|салем\w{0,6}|"
    r"саламатсыз\w{0,3}|ешким\w{0,3}|кутыктаймыз|сыйлык\w{0,5}|отиниш|бугат\w{0,6}|"
    r"кауипсиз\w{0,6}|кешириниз|кателесип|кайтар\w{0,6}|жибер\w{0,6}|нөмир\w{0,6}|"
    r"номир\w{0,6}|силтеме\w{0,4}|утып|тусти|келди|толе\w{0,6}|ресимде\w{0,6}|"
    r"мын|гой|бул|сенин|менин|калды\w{0,2}|жок|кандай|кашан|кайда|бугин|ертен|\w{3,}[дтн]ын|"
    r"\w+[ыиеау]н[ыи]з(?:ша|ши|шы|га|ге|ды|ди|дын|дин|дан|ден)?|\w+(?:ынга|инге|ныздар))\b")


def looks_letterless(text: str) -> bool:
    """Is ``text`` (lower case) Kazakh typed in Cyrillic, some or all of its words without
    the Kazakh letters? (A text with the letters everywhere is read once, as it is.)"""
    return _LETTERLESS_RE.search(text) is not None


@functools.lru_cache(maxsize=2)
def reading(text: str) -> tuple[str, list[int], list[int]] | None:
    """The simplified Cyrillic reading of ``text`` and its source spans per character, for
    a text typed in Latin letters or Kazakh typed without its own letters; else ``None``.
    The rules and word families are looked up in their simplified copies there.

    Asked three times of each text (rules, word families): the last two are kept."""
    if _LATIN_ANY_RE.search(text) and looks_transliterated(text):
        return to_cyrillic(text)
    if _CYRILLIC_ANY_RE.search(text) and looks_letterless(text):
        out: list[str] = []
        starts: list[int] = []
        for index, char in enumerate(text):
            for folded in simplify(char):
                out.append(folded)
                starts.append(index)
        return "".join(out), starts, [s + 1 for s in starts]
    return None


_LATIN_ANY_RE = re.compile(r"[a-z]")
_CYRILLIC_ANY_RE = re.compile(r"[\u0400-\u04ff]")
