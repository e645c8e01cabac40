"""Read the text and the QR codes of a picture of a message, offline (no Qt).

``read_picture(path, language)`` gives a :class:`Reading`: the text read (Tesseract, with
the Kazakh, Russian and English data shipped in ``resources/tessdata``) and the payloads
of the QR codes (zxing-cpp). Pillow, the engine and its data are imported on first use.
The text to check is :meth:`Reading.message`: the words, then each QR payload on its own
line, so a link in a code is checked like any link.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.i18n import _
from assistant.core.ocr.image import MAX_PIXELS, SUFFIXES, ImageError
from assistant.core.ocr.preprocess import ALL_STEPS, Steps

if TYPE_CHECKING:
    from PIL.Image import Image


class Cancelled(Exception):
    """The reading was cancelled between two parts of the picture."""


@dataclass(frozen=True)
class Reading:
    """What was read in a picture."""

    text: str  # the words read, lines of a paragraph joined
    qr: tuple[str, ...] = ()  # the payload of each QR code, top to bottom
    languages: str = ""  # the Tesseract languages used, e.g. "kaz+eng"
    seconds: float = 0.0  # processor time spent
    timings: dict[str, float] = field(default_factory=dict)

    def message(self) -> str:
        """The text to check: the words, then each QR payload on a line of its own."""
        parts = [self.text] if self.text else []
        parts.extend(self.qr)
        return "\n".join(parts)


def describe(error: ImageError) -> str:
    """The plain sentence, in the current language, that tells the user why."""
    if error.reason == "type":
        return _("This file is not a picture that can be read. Use a PNG, JPEG, WebP or BMP "
                 "picture.")
    if error.reason == "pixels":
        return _("This picture is too large to read (more than {count} million dots). "
                 "Take a screenshot of the message alone.").format(
            count=MAX_PIXELS // 1_000_000)
    if error.reason == "size":
        return _("This file is too large to be a picture of a message.")
    if error.reason == "damaged":
        return _("This picture is damaged and cannot be read.")
    if error.reason == "special":
        return _("This is not an ordinary file, so it cannot be read as a picture.")
    return _("This file cannot be read.")


def read_image(picture: Image, language: str, steps: Steps = ALL_STEPS,
               cancelled: Callable[[], bool] = lambda: False,
               progress: Callable[[float], None] = lambda _fraction: None) -> Reading:
    """Read ``picture`` for someone whose interface is in ``language`` (kk, ru or en).

    The first pass uses the interface's language first; when the script found says the
    message is in another language (Kazakh letters, Cyrillic, Latin), the picture is read
    again with that language first (Latin with English alone).
    """
    from assistant.core.ocr import engine, preprocess, qr
    from assistant.core.ocr import text as text_module
    from assistant.core.ocr.text import drop_status_bar, mend_words, one_script

    timings: dict[str, float] = {}
    started = clock = time.process_time()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.process_time()
        timings[name] = timings.get(name, 0.0) + now - clock
        clock = now

    texts, boxes = qr.find(picture)
    codes = tuple(texts)
    if boxes:  # a code's modules read as letters: cover it with the background
        picture = picture.copy()
        colours = picture.getcolors(1 << 24) or [(0, (255, 255, 255))]
        fill: Any = max(colours, key=lambda pair: pair[0])[1]
        for box in boxes:
            picture.paste(fill, box)
    lap("qr")
    parts = preprocess.pieces(picture, steps)
    lap("prepare")
    progress(0.1)

    def read_all(languages: str, share: float, offset: float) -> str:
        texts = []
        for number, part in enumerate(parts, start=1):
            if cancelled():
                raise Cancelled
            texts.append(text_module.tidy(engine.recognise(part.image, languages, part.photo,
                                                           part.block, steps)))
            progress(offset + share * number / len(parts))
        lap("ocr")
        return one_script(mend_words(drop_status_bar("\n".join(text for text in texts if text))))

    languages = steps.languages or engine.languages_for(language)
    text = read_all(languages, 0.8, 0.1)
    script = engine.script_of(text)
    better = languages if script == language else engine.languages_for_script(script)
    if text and better != languages and steps.second_pass and not steps.languages:
        languages = better
        text = read_all(languages, 0.1, 0.9)
    progress(1.0)
    return Reading(text=text, qr=codes, languages=languages,
                   seconds=time.process_time() - started, timings=timings)


def tidy(raw: str) -> str:
    """The engine's lines joined into paragraphs (see :func:`assistant.core.ocr.text.tidy`;
    imported on use, as the rest of the reading is)."""
    from assistant.core.ocr import text

    return text.tidy(raw)


def read_picture(path: Path | str, language: str,
                 cancelled: Callable[[], bool] = lambda: False,
                 progress: Callable[[float], None] = lambda _fraction: None) -> Reading:
    """Read the picture in ``path`` (bounded; see :mod:`assistant.core.ocr.image`).

    Raises:
        ImageError: the file is not a picture we read, is too large, or is damaged.
        Cancelled: ``cancelled()`` said so.
    """
    from assistant.core.ocr.image import load

    return read_image(load(path), language, cancelled=cancelled, progress=progress)


def read_picture_bytes(data: bytes, language: str,
                       cancelled: Callable[[], bool] = lambda: False,
                       progress: Callable[[float], None] = lambda _fraction: None) -> Reading:
    """Like :func:`read_picture`, for an image already in memory (a pasted screenshot)."""
    from assistant.core.ocr.image import MAX_BYTES, open_image

    if len(data) > MAX_BYTES:
        raise ImageError("size")
    return read_image(open_image(data), language, cancelled=cancelled, progress=progress)


__all__ = ["SUFFIXES", "Cancelled", "ImageError", "Reading", "Steps", "describe",
           "read_image", "read_picture", "read_picture_bytes", "tidy"]


def describe_codes(codes: tuple[str, ...] | list[str]) -> list[str]:
    """One sentence per QR code: where its link leads and what is known of it."""
    from assistant.core.checker import check

    sentences = []
    for code in codes:
        links = check(code).links
        if not links:
            shown = code if len(code) <= 80 else code[:77] + "..."
            sentences.append(_("This QR code holds text, not a link: {text}").format(
                text=shown))
            continue
        link = links[0]
        host = link.host.replace(".", "[.]") if not link.official else link.host
        if link.lookalike_of:
            sentences.append(_("This QR code leads to {host}: this is NOT {official}.").format(
                host=host, official=link.lookalike_of))
        elif link.official:
            sentences.append(_("This QR code leads to {host}, an official address.").format(
                host=host))
        else:
            reasons = " ".join(_(reason) for reason in link.reasons)
            sentence = _("This QR code leads to {host}.").format(host=host)
            sentences.append(f"{sentence} {reasons}" if reasons else sentence)
    return sentences
