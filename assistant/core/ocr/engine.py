"""Tesseract through tesserocr, with the language data shipped in ``resources/tessdata``.

The engine and its data load on the first picture (never at start-up), one engine per
set of languages, kept for the next picture. Calls are serialised: an engine is not safe
to share between threads.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, Any

from assistant.core.paths import resources_dir

if TYPE_CHECKING:
    from PIL.Image import Image

#: Tesseract's names for the languages we ship.
TESSERACT = {"kk": "kaz", "ru": "rus", "en": "eng"}
#: Letters found in Kazakh and not in Russian.
KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

_lock = threading.Lock()
_engines: dict[str, Any] = {}


def tessdata_dir() -> str:
    """The folder holding ``kaz``, ``rus`` and ``eng.traineddata`` (with a trailing /)."""
    return str(resources_dir() / "tessdata") + "/"


def _engine(languages: str) -> Any:
    engine = _engines.get(languages)
    if engine is None:
        import tesserocr

        engine = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=languages,
                                         psm=tesserocr.PSM.AUTO,
                                         oem=tesserocr.OEM.LSTM_ONLY)
        _engines[languages] = engine
    return engine


def recognise(piece: Image, languages: str, photo: bool = False, block: bool = False) -> str:
    """The text Tesseract reads in ``piece`` with ``languages`` (e.g. ``"kaz+eng"``).

    ``photo``: binarise with Sauvola's local threshold (uneven light, noise) instead of
    Otsu's global one, which loses the text of a dark photo to the background.
    ``block``: one bubble, read as a single block (the automatic layout analysis finds
    nothing in a one-line header beside an avatar).
    """
    import tesserocr

    with _lock:
        engine = _engine(languages)
        engine.SetVariable("thresholding_method", "2" if photo else "0")
        engine.SetPageSegMode(tesserocr.PSM.SINGLE_BLOCK if block else tesserocr.PSM.AUTO)
        engine.SetImage(piece)
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


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: A word read in Cyrillic that is likely Latin on the screen: a domain or an address
#: ("едоу.К2" for egov.kz), letters mixed with digits ("5М5" for SMS), Latin letters
#: mixed in, or capitals followed by small letters ("ІРһопе" for iPhone).
_LIKELY_LATIN = re.compile(r"\w[./:@]\w|[^\W\d_]\d|\d[^\W\d_]|[A-Za-z]"
                           r"|^\W*[А-ЯЁӘҒҚҢӨҰҮҺІ]{2}[а-яёәғқңөұүһі]")
#: Words that keep their line: something like a domain, or a run of digits.
_KEEP = re.compile(r"\w\.[A-Za-z]{2,}|\d{3,}")
_LATIN_WORD = re.compile(r"^[\x21-\x7e]+$")
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
    if _LATIN_WORD.match(latin) and (latin_confidence >= confidence or (
            _DOMAIN.match(latin) and latin_confidence >= MIN_CONFIDENCE)):
        return latin
    return text


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
    lines: list[tuple[list[str], list[float]]] = []
    for word in tesserocr.iterate_level(iterator, level):
        text = word.GetUTF8Text(level) or ""
        confidence = word.Confidence(level)
        if word.IsAtBeginningOf(tesserocr.RIL.PARA) and lines:
            lines.append(([], []))  # a blank line: a new paragraph
        if word.IsAtBeginningOf(tesserocr.RIL.TEXTLINE) or not lines:
            lines.append(([], []))
        lines[-1][1].append(confidence)
        alnum = sum(char.isalnum() for char in text)
        if (len(text) <= SHORT_WORD or not alnum) and confidence < MIN_CONFIDENCE:
            continue
        if (piece is not None and not languages.startswith("eng") and _CYRILLIC.search(text)
                and _LIKELY_LATIN.search(text)):
            box = word.BoundingBox(level)
            if box is not None:
                text = _reread_latin(piece, box, confidence, text)
        lines[-1][0].append(text)
    kept = []
    for words, confidences in lines:
        # a line holding an address or a number is kept however unsure: the check needs it
        if (confidences and sum(confidences) / len(confidences) < MIN_LINE_CONFIDENCE
                and not any(_KEEP.search(word) for word in words)):
            continue
        if words and not any(char.isalnum() for word in words for char in word):
            continue  # "[]", "|", "«": the edge of a frame or a code, not words
        kept.append(" ".join(words))
    return "\n".join(kept)


def script_of(text: str) -> str:
    """``"kk"`` (Cyrillic with Kazakh letters), ``"ru"`` (Cyrillic), ``"en"`` (Latin)."""
    cyrillic = latin = kazakh = 0
    for char in text:
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


def languages_for(language: str) -> str:
    """Tesseract's languages for text mainly in ``language`` (kk, ru or en)."""
    main = TESSERACT.get(language, "eng")
    others = [code for code in ("kaz", "rus", "eng") if code != main]
    if main == "kaz":
        others.remove("rus")  # the Kazakh alphabet holds every Russian letter
    return "+".join([main, *others])
