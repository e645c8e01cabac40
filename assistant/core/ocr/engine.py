"""Tesseract through tesserocr, with the language data shipped in ``resources/tessdata``.

The engine and its data load on the first picture (never at start-up), one engine per
set of languages, kept for the next picture. Calls are serialised: an engine is not safe
to share between threads.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.core.ocr.preprocess import ALL_STEPS, Steps
from assistant.core.paths import resources_dir

if TYPE_CHECKING:
    from PIL.Image import Image

#: Tesseract's names for the languages we ship.
TESSERACT = {"kk": "kaz", "ru": "rus", "en": "eng"}
#: Letters found in Kazakh and not in Russian.
KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

#: The resolution the pieces are given to the engine at (dots per inch).
RESOLUTION = 300

#: Tokens that say nothing of the message's language: addresses, numbers, codes.
_NOT_WORDS = re.compile(r"[./:@\d]")
_PUNCTUATION = ".,:;!?()«»\"'…"

_lock = threading.Lock()
_engines: dict[str, Any] = {}


def tessdata_dir() -> str:
    """The folder holding ``kaz``, ``rus`` and ``eng.traineddata`` (with a trailing /)."""
    return str(resources_dir() / "tessdata") + "/"


def _engine(languages: str, dictionary: bool = True) -> Any:
    key = languages if dictionary else languages + "/no-dictionary"
    engine = _engines.get(key)
    if engine is None:
        import tesserocr

        # the word lists are read when the engine starts, so they are switched there
        off = {} if dictionary else {name: "0" for name in (
            "load_system_dawg", "load_freq_dawg", "load_punc_dawg", "load_number_dawg")}
        engine = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=languages,
                                         psm=tesserocr.PSM.AUTO,
                                         oem=tesserocr.OEM.LSTM_ONLY, variables=off)
        _engines[key] = engine
    return engine


def recognise(piece: Image, languages: str, photo: bool = False, block: bool = False,
              steps: Steps = ALL_STEPS) -> str:
    """The text Tesseract reads in ``piece`` with ``languages`` (e.g. ``"kaz+eng"``).

    ``photo``: binarise with Sauvola's local threshold (uneven light, noise) instead of
    Otsu's global one, which loses the text of a dark photo to the background.
    ``block``: one bubble, read as a single block (the automatic layout analysis finds
    nothing in a one-line header beside an avatar). ``steps``: the engine's settings
    that the benchmark switches off one by one (resolution, dictionary).
    """
    import tesserocr

    with _lock:
        engine = _engine(languages, steps.dictionary)
        engine.SetVariable("thresholding_method", "2" if photo else "0")
        engine.SetPageSegMode(tesserocr.PSM.SINGLE_BLOCK if block else tesserocr.PSM.AUTO)
        engine.SetImage(piece)
        # pieces are scaled to lines of ~40 pixels: about 10-point text at 300 dots per
        # inch; left unset, the engine guesses the resolution, and its guesses for a large
        # photo make it drop whole blocks of text as noise
        if steps.resolution:
            engine.SetSourceResolution(RESOLUTION)
        try:
            engine.Recognize()
            return _confident_text(engine, piece, languages)
        finally:
            engine.Clear()


#: Words read with less confidence than this (0-100) and no longer than
#: :data:`SHORT_WORD` are dropped: an avatar, a back arrow or an emoji read as letters.
MIN_CONFIDENCE = 60
SHORT_WORD = 2


#: Lines whose words were read with less confidence than this on average are dropped:
#: the moiré of a photographed screen or a wallpaper read as letters.
MIN_LINE_CONFIDENCE = 50
#: Lines none of whose words of two letters or more was read with this confidence are
#: dropped: an avatar or a bubble's corner read as "КІШІ" or "ы.".
SURE_WORD = 75
#: A line of one short word (two characters at most) is kept only when read this surely.
SURE_SHORT = 90


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: A word read in Cyrillic that is likely Latin on the screen: a domain or an address
#: ("едоу.К2" for egov.kz), letters mixed with digits ("5М5" for SMS), Latin letters
#: mixed in, or capitals followed by small letters ("ІРһопе" for iPhone).
_LIKELY_LATIN = re.compile(r"\w[./:@]\w|[^\W\d_]\d|\d[^\W\d_]|[A-Za-z]"
                           r"|^\W*[А-ЯЁӘҒҚҢӨҰҮҺІ]{2}[а-яёәғқңөұүһі]")
#: Words that keep their line: something like a domain (its dot written "[.]" too, as a
#: disguised address is: "egov-kz[.]com"), or a run of digits.
_KEEP = re.compile(r"\w(?:\.|\[\.\]|\(\.\))[A-Za-z]{2,}|\d{3,}")
_LATIN_WORD = re.compile(r"^[\x21-\x7e]+$")
#: A Latin word with a Kazakh or Russian ending after a hyphen ("SMS-тен", "Kaspi-ге").
_SUFFIX = re.compile(r"^(?P<head>.+?)-(?P<tail>[а-яёәғқңөұүһі]+\W*)$")
#: A domain or a web address in Latin letters: taken even with less confidence, since a
#: Cyrillic reading of it is never right (a Cyrillic domain is not written with Latin
#: look-alike letters, digits and a Latin top-level domain mixed).
_DOMAIN = re.compile(r"^\W*[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\b", re.I)


def _reread_latin(piece: Image, box: tuple[int, int, int, int], confidence: float,
                  text: str) -> str:
    """``text`` read again with English alone when that is read with more confidence."""
    import tesserocr

    margin = max(4, (box[3] - box[1]) // 4)
    crop = piece.crop((max(0, box[0] - margin), max(0, box[1] - margin),
                       min(piece.width, box[2] + margin), min(piece.height, box[3] + margin)))
    english = _engine("eng")
    english.SetPageSegMode(tesserocr.PSM.SINGLE_LINE)
    english.SetImage(crop)
    try:
        latin = (english.GetUTF8Text() or "").strip()
        latin_confidence = english.MeanTextConf()
    finally:
        english.Clear()
    suffix = _SUFFIX.match(text)
    if suffix:  # "SMS-тен": the Latin head read again, the Cyrillic ending kept
        head = latin.partition("-")[0]
        if "-" in latin and _LATIN_WORD.match(head) and latin_confidence >= MIN_CONFIDENCE:
            return f"{head}-{suffix['tail']}"
        return text
    if _LATIN_WORD.match(latin) and (latin_confidence >= confidence or (
            _DOMAIN.match(latin) and latin_confidence >= MIN_CONFIDENCE)):
        return latin
    return text


@dataclass
class _Line:
    """A line of words read, with the confidence of each (0-100)."""

    words: list[str] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    surest: float = 0.0  # the confidence of its surest word of two characters or more

    def worth_keeping(self) -> bool:
        words, confidences = self.words, self.confidences
        # a line holding an address or a number is kept however unsure: the check needs it
        if any(_KEEP.search(word) for word in words):
            return True
        if confidences and sum(confidences) / len(confidences) < MIN_LINE_CONFIDENCE:
            return False
        if words and self.surest < SURE_WORD:
            return False  # no word read with confidence: an avatar, an icon, a corner
        if len(words) == 1 and len(words[0]) <= SHORT_WORD and max(confidences) < SURE_SHORT:
            return False  # "ry" alone on its line: an emoji under a bubble
        # "[]", "|", "«": the edge of a frame or a code, not words
        return not words or any(char.isalnum() for word in words for char in word)


def _confident_text(engine: Any, piece: Image | None = None, languages: str = "") -> str:
    """The words read, lines and paragraphs kept, without the unlikely short words.

    In a text read Cyrillic first, a word that looks like Latin on the screen is read
    again in English alone (the Cyrillic models read "egov.kz" as "едоу.К2").
    """
    import tesserocr

    level = tesserocr.RIL.WORD
    iterator = engine.GetIterator()
    if iterator is None:
        return ""
    lines: list[_Line] = []
    for word in tesserocr.iterate_level(iterator, level):
        if word.IsAtBeginningOf(tesserocr.RIL.PARA) and lines:
            lines.append(_Line())  # a blank line: a new paragraph
        if word.IsAtBeginningOf(tesserocr.RIL.TEXTLINE) or not lines:
            lines.append(_Line())
        try:
            text = word.GetUTF8Text(level) or ""
        except RuntimeError:  # an empty word ("No text returned"): a speck, not a word
            continue
        line, confidence = lines[-1], word.Confidence(level)
        line.confidences.append(confidence)
        alnum = sum(char.isalnum() for char in text)
        if alnum >= 2:
            line.surest = max(line.surest, confidence)
        if (len(text) <= SHORT_WORD or not alnum) and confidence < MIN_CONFIDENCE:
            continue
        if (piece is not None and not languages.startswith("eng") and _CYRILLIC.search(text)
                and _LIKELY_LATIN.search(text)):
            box = word.BoundingBox(level)
            if box is not None:
                text = _reread_latin(piece, box, confidence, text)
        line.words.append(text)
    return "\n".join(" ".join(line.words) for line in lines if line.worth_keeping())


def script_of(text: str) -> str:
    """``"kk"`` (Cyrillic with Kazakh letters), ``"ru"`` (Cyrillic), ``"en"`` (Latin).

    Addresses, numbers and codes ("kaspl.kz/secure", "SMS-2") are left out: they are in
    Latin letters whatever the language of the message around them.
    """
    cyrillic = latin = kazakh = 0
    for token in text.split():
        if _NOT_WORDS.search(token.strip(_PUNCTUATION)):
            continue
        for char in token:
            if not char.isalpha():
                continue
            if char in KAZAKH_LETTERS:
                kazakh += 1
            if "\u0400" <= char <= "\u04ff":
                cyrillic += 1
            elif char.isascii():
                latin += 1
    if cyrillic > latin:
        return "kk" if kazakh >= max(2, cyrillic // 100) else "ru"
    return "en"


def languages_for_script(script: str) -> str:
    """Tesseract's languages to read again a text found to be in ``script`` (kk, ru, en).

    Latin is read with English alone: with the Cyrillic models beside it, the engine
    reads words of a Kazakh or Russian message typed in Latin letters ("Basqa nomirge")
    in Cyrillic ones ("Вазда").
    """
    return "eng" if script == "en" else languages_for(script)


def languages_for(language: str) -> str:
    """Tesseract's languages for text mainly in ``language`` (kk, ru or en)."""
    main = TESSERACT.get(language, "eng")
    others = [code for code in ("kaz", "rus", "eng") if code != main]
    if main == "kaz":
        others.remove("rus")  # the Kazakh alphabet holds every Russian letter
    return "+".join([main, *others])
