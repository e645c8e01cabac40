"""Stage 1: make the text comparable while remembering where every character came from.

Steps: Unicode NFKC (full-width letters, ligatures, compatibility forms), removal of
invisible and bidirectional-control characters, lower case, and folding of Latin and
Cyrillic look-alike letters inside words that mix the two scripts ("кoд" with a Latin
"o" becomes "код"). Every character of the result keeps the offset of the original
character it came from, so a match can be shown on the text the person pasted.

Two views are kept, both the same length and with the same offsets:

* ``clean``: NFKC, invisible characters removed, lower case (links are read here, so a
  Cyrillic letter inside ``еgov.kz`` is still visible to the look-alike check);
* ``folded``: ``clean`` with look-alike letters folded (rules are matched here).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

#: Characters that print nothing. Removing them joins a word that was split to hide it.
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f"
)
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
#: Bidirectional overrides and isolates: they reorder what the reader sees.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
#: Joiners and variation selectors are normal inside emoji sequences.
_EMOJI_GLUE = frozenset("\u200d\ufe0e\ufe0f")

# Latin letters and their Cyrillic twins (the pairs that look the same in common fonts;
# each pair is a Unicode TS #39 confusable, checked against ``confusable_homoglyphs`` in
# the tests, except the lower-case "k m h t b" and "u", which stand for "к м н т в" and
# "и" when a capital is lower-cased or in italics: "пuсать", "Bход").
_LATIN = "aceopxyiABCEHKMOPTXYI"
_CYRILLIC = "асеорхуіАВСЕНКМОРТХУІ"
# Letters of other alphabets that only a disguise puts inside a Cyrillic word: Greek
# ("нαпрαвление", "ниκακих") and small capitals ("ᴨᴩиʙᴇᴛ, ᴧюдᴇй").
_OTHER = "αεορκτχπᴀʙᴄᴇʜᴋᴍᴏᴘᴛᴨᴩᴧᴦʍɯɸᴎᴙᴫ"
_OTHER_CYRILLIC = "аеорктхпавсенкмортпрлгмшфиял"
_TO_CYRILLIC = str.maketrans(_LATIN + "kmhtbu" + _OTHER, _CYRILLIC + "кмнтви" + _OTHER_CYRILLIC)
_TO_LATIN = str.maketrans(_CYRILLIC + "кмнтв", _LATIN + "kmhtb")
# Kazakh users without a Kazakh keyboard type a Latin "i" for "і": not a trick.
_INNOCENT_MIX = frozenset("iIіІ")

_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# A zero between two letters is a disguised "o": "bl0cked", "l0gin".
_ZERO_IN_WORD_RE = re.compile(r"(?<=[a-z])0(?=[a-z])")
# Symbols and digits that stand for a Cyrillic letter: "уд@ленку", "ра6ота", "крипт0",
# "3дравствуйте". Read so only next to a Cyrillic letter and between two letters (or a
# "3" that begins a long word), so "6 000 ₽", "3дня" and "user@mail" stay as they are.
_SYMBOLS = {"@": "а", "0": "о", "3": "з", "6": "б"}
_SYMBOL_HINT_RE = re.compile(r"[@036](?:(?<=[\u0400-\u04ff].)|(?=[\u0400-\u04ff]))")
_TOKEN_RE = re.compile(r"(?:[^\W_]|@)+")
# Five or more single letters with the same space, dot, hyphen, underscore or star between
# each: "п р о г о л о с у й т е", "з.а.р.а.б.о.т.о.к", "к-о-д-ы".
_SPACED_RE = re.compile(
    r"(?<![^\W_])[^\W\d_]([ .*_-])(?:[^\W\d_]\1){3,}[^\W\d_](?![^\W_])")
_SPACED_HINT_RE = re.compile(r"[ .*_-]\w[ .*_-]\w[ .*_-]")  # inside every run: a quick test
# Combining accents NFKC leaves on their own (no letter has them precomposed): a stress
# mark put in to break a word for filters ("зара́боток"). Dropped, not reported.
_STRAY_MARK_RE = re.compile("[\u0300-\u036f]")
_LATIN_RE = re.compile(r"[a-zA-Z]")
#: Letters a Cyrillic word may be disguised with (Latin, Greek, small capitals).
_FOREIGN_RE = re.compile(f"[a-zA-Z{_OTHER}]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")


@dataclass
class Normalised:
    """The normalised views of a text and the map back to the original offsets."""

    original: str
    clean: str
    folded: str
    #: ``starts[i]``/``ends[i]``: original span of character ``i`` of ``clean``;
    #: ``None`` when the views are character-for-character the original.
    starts: list[int] | None = None
    ends: list[int] | None = None
    #: Original spans of invisible characters used to hide or reorder text.
    hidden: list[tuple[int, int]] = field(default_factory=list)
    #: Original spans of words that mix Latin and Cyrillic look-alike letters.
    mixed_words: list[tuple[int, int]] = field(default_factory=list)
    #: Original span of the sender's number alone on the first line (a chat's header),
    #: blanked in ``folded``: who wrote, not a number the message gives.
    sender: tuple[int, int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` span of the normalised span ``[start, end)``."""
        if end <= start:
            end = start + 1
        if self.starts is None or self.ends is None:
            return (start, min(end, len(self.original)))
        size = len(self.starts)
        if size == 0:
            return (0, 0)
        start = min(start, size - 1)
        end = min(end, size)
        return (self.starts[start], self.ends[end - 1])


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few letters (e.g. "İ") lower to two characters: keep those as they are.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_hiding(text: str, index: int, char: str) -> bool:
    """Is the invisible character at ``index`` hiding or reordering text?"""
    if char in _BIDI:
        return True
    if char in _EMOJI_GLUE:
        return False
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    return before.isalnum() and after.isalnum()


def _nfkc_with_offsets(text: str, base: int, out: list[str], starts: list[int],
                       ends: list[int], room: int) -> int | None:
    """NFKC ``text`` cluster by cluster (a letter and its combining marks).

    At most ``room`` characters are written; returns the original offset of the first
    cluster that did not fit (None if all did), so a limit holds *after* expansion.
    """
    i = 0
    size = len(text)
    while i < size:
        j = i + 1
        while j < size and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFKC", text[i:j])
        if len(piece) > room:
            return base + i
        room -= len(piece)
        out.append(piece)
        starts.extend([base + i] * len(piece))
        ends.extend([base + j] * len(piece))
        i = j
    return None


def _fold_symbols(clean: str) -> tuple[str, list[tuple[int, int]]]:
    """Read "@", "0", "3" and "6" as the Cyrillic letters they stand for inside a word."""
    if not _SYMBOL_HINT_RE.search(clean):
        return clean, []
    chars = list(clean)
    disguised: list[tuple[int, int]] = []
    for match in _TOKEN_RE.finditer(clean):
        token = match.group()
        if not _SYMBOL_HINT_RE.search(token) or len(_CYRILLIC_RE.findall(token)) < 2:
            continue
        base = match.start()
        found = False
        changes: list[tuple[int, str]] = []
        for index, char in enumerate(token):
            letter = _SYMBOLS.get(char)
            if letter is None:
                if char.isdigit():
                    break  # another digit: a code or a formula ("K2С3H"), not a word
                continue
            before = token[index - 1] if index else ""
            after = token[index + 1] if index + 1 < len(token) else ""
            inside = before.isalpha() and after.isalpha()
            opening = char == "3" and not before and len(token) >= 7 and token[1:].isalpha()
            if not (inside or opening):
                break  # a digit that stays a digit ("3дня"): not a disguised word
            changes.append((index, letter))
            found = found or char != "0"  # a zero is read, not reported ("в0ч0в")
        else:
            for index, letter in changes:
                chars[base + index] = letter
            if found:
                disguised.append(match.span())
    return "".join(chars), disguised


def _fold_mixed(clean: str) -> tuple[str, list[tuple[int, int]]]:
    """Fold look-alike letters in words that mix Latin and Cyrillic (and "0" for "o").

    Symbols and digits inside a Cyrillic word, and Greek letters and small capitals
    inside any word with a Cyrillic letter, are read as Cyrillic too.
    """
    if "0" in clean:
        clean = _ZERO_IN_WORD_RE.sub("o", clean)
    if not _CYRILLIC_RE.search(clean):
        return clean, []
    clean, mixed = _fold_symbols(clean)
    if not _FOREIGN_RE.search(clean):
        return clean, mixed
    pieces: list[str] = []
    last = 0
    for match in _WORD_RE.finditer(clean):
        word = match.group()
        latin = len(_FOREIGN_RE.findall(word))
        cyrillic = len(_CYRILLIC_RE.findall(word))
        other = any(char in _OTHER for char in word)
        if not latin or not (cyrillic or other):
            continue
        folded = word.translate(_TO_CYRILLIC if cyrillic >= latin or other else _TO_LATIN)
        if _FOREIGN_RE.search(folded) and _CYRILLIC_RE.search(folded) and not other:
            # "соdе": mostly Cyrillic look-alikes in a Latin word; try the other way.
            folded = word.translate(_TO_LATIN if cyrillic >= latin else _TO_CYRILLIC)
        if _FOREIGN_RE.search(folded) and _CYRILLIC_RE.search(folded):
            continue  # "ITшкола": two words glued together, not a disguise
        pieces.append(clean[last:match.start()])
        pieces.append(folded)
        last = match.end()
        changed = [i for i, (a, b) in enumerate(zip(word, folded, strict=True)) if a != b]
        # "iPadе", "Оh", "ITшкола": a case ending, a slip of the keyboard or a glued word
        # at the edge of a word is common; letters swapped inside ("кoд", "Kаspi") are not.
        run = changed == list(range(changed[0], changed[-1] + 1)) if changed else True
        at_edge = run and (changed[0] == 0 or changed[-1] == len(word) - 1)
        if changed and (not at_edge or other) and {word[i] for i in changed} - _INNOCENT_MIX:
            mixed.append(match.span())
    if pieces:
        pieces.append(clean[last:])
        clean = "".join(pieces)
    return clean, sorted(set(mixed))


def _normalise(text: str, limit: int | None = None) -> Normalised:
    """Normalise ``text`` without joining spaced-out letters (see :func:`normalise`)."""
    if limit is not None and len(text) > limit:
        text = text[:limit]  # never more output than input on the fast paths below
    invisible = list(_INVISIBLE_RE.finditer(text))
    if not invisible and text.isascii():
        clean = text.lower()
        folded = _ZERO_IN_WORD_RE.sub("o", clean) if "0" in clean else clean
        return Normalised(original=text, clean=clean, folded=folded)
    if not invisible and unicodedata.is_normalized("NFKC", text) and not (
            _STRAY_MARK_RE.search(text)):
        clean = _lower_same_length(text)
        folded, mixed = _fold_mixed(clean)
        return Normalised(original=text, clean=clean, folded=folded, mixed_words=mixed)

    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    hidden: list[tuple[int, int]] = []
    position = 0
    budget = limit if limit is not None else 1 << 62
    stopped: int | None = None
    marks = [(m.start(), m.group()) for m in invisible] + [(len(text), "")]
    for index, char in marks:
        segment = text[position:index]
        if segment:
            room = budget - len(starts)
            if unicodedata.is_normalized("NFKC", segment):
                if len(segment) > room:
                    segment, stopped = segment[:room], position + room
                out.append(segment)
                end = position + len(segment)
                starts.extend(range(position, end))
                ends.extend(range(position + 1, end + 1))
            else:
                stopped = _nfkc_with_offsets(segment, position, out, starts, ends, room)
            if stopped is not None:
                text = text[:stopped]
                break
        if char and _is_hiding(text, index, char):
            if hidden and hidden[-1][1] == index:
                hidden[-1] = (hidden[-1][0], index + 1)
            else:
                hidden.append((index, index + 1))
        position = index + 1
    clean = _lower_same_length("".join(out))
    folded, mixed_norm = _fold_mixed(clean)
    result = Normalised(original=text, clean=clean, folded=folded, starts=starts, ends=ends,
                        hidden=hidden)
    result.mixed_words = [result.span(s, e) for s, e in mixed_norm]
    return result


def _drop_breaks(norm: Normalised) -> Normalised:
    """Drop what breaks a word apart: the separators of a word spelt out letter by letter
    (five letters or more) and stray combining accents."""
    folded = norm.folded
    runs = list(_SPACED_RE.finditer(folded)) if _SPACED_HINT_RE.search(folded) else []
    marks = [m.start() for m in _STRAY_MARK_RE.finditer(folded)] if norm.starts else []
    if not runs and not marks:
        return norm
    size = len(norm.clean)
    starts = norm.starts if norm.starts is not None else list(range(size))
    ends = list(norm.ends) if norm.ends is not None else list(range(1, size + 1))
    drop = {run.start() + offset for run in runs for offset in range(1, run.end() - run.start(), 2)}
    for index in marks:
        drop.add(index)
        if index:
            ends[index - 1] = max(ends[index - 1], ends[index])  # the letter keeps its accent
    keep = [index for index in range(size) if index not in drop]
    return Normalised(
        original=norm.original,
        clean="".join(norm.clean[index] for index in keep),
        folded="".join(folded[index] for index in keep),
        starts=[starts[index] for index in keep],
        ends=[ends[index] for index in keep],
        hidden=norm.hidden,
        mixed_words=norm.mixed_words,
    )


def normalise(text: str, limit: int | None = None) -> Normalised:
    """Normalise ``text``, producing at most ``limit`` normalised characters.

    NFKC can turn one character into eighteen (U+FDFA), so a limit counted on the
    original text does not bound the work: with ``limit``, normalisation stops before
    the cluster that would pass it, and :attr:`Normalised.original` is the part of
    ``text`` that was read (every offset still points into ``text``). A word spelt out
    letter by letter ("к о д", "з.а.р.а.б.о.т.о.к") is read as one word and a stray accent
    is dropped (from both views; the offsets still point at the letters).
    """
    norm = _drop_breaks(_normalise(text, limit))
    if "\n" in norm.clean:
        norm.clean = _SOFT_BREAK_RE.sub(" ", norm.clean)
        norm.folded = _SOFT_BREAK_RE.sub(" ", norm.folded)
        _blank_sender(norm)
    if "сообш" in norm.folded or "помош" in norm.folded:
        norm.folded = _MISSPELT_RE.sub(lambda m: _MISSPELT[m.group()], norm.folded)
    return norm


#: A phone number alone on the first line, then the message on the next, opening with a
#: capital, a digit or a sign (not a sentence that goes on: "+7 701 000 00 00\nнөміріне
#: жіберіңіз"): the sender of a screenshot or of a copied SMS.
_SENDER_RE = re.compile(r"^[ \t]*\+?\d[\d \t()-]{8,18}\d[ \t]*(?=\n[ \t]*[^\s])")


def _blank_sender(norm: Normalised) -> None:
    """Blank the sender's number of a header line in ``folded``: the rules read the
    message ("asks for nothing: no link, no number to call"), not who sent it. The number
    is still found and judged (``clean``), and a "call us" still has it to call."""
    match = _SENDER_RE.match(norm.folded)
    if match is None or sum(char.isdigit() for char in match.group()) < 10:
        return
    start, end = match.span()
    first = norm.span(end + 1, end + 2)[0]
    following = norm.original[first:].lstrip()
    if following[:1].islower():
        return
    norm.folded = " " * end + norm.folded[end:]
    norm.sender = norm.span(start, end)


#: Misspellings with "ш" for "щ" that no word has ("сообшите", "помошь"): a common typo,
#: and a picture reader's misreading of the letter. One letter for one: offsets hold.
_MISSPELT = {"сообш": "сообщ", "помош": "помощ"}
_MISSPELT_RE = re.compile("|".join(_MISSPELT))


#: A line broken inside a sentence (a picture's lines, a copied SMS): after a letter or
#: a comma the sentence goes on. Read as a space, so a sentence keeps its words together;
#: one character for one, so every offset still holds.
_SOFT_BREAK_RE = re.compile(r"(?<=[^\W\d_]|,)\n(?=[ \t]*[^\W\d_])")
