"""QR codes in a picture, decoded by zxing-cpp (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

#: More than this many codes in one picture are not shown (a sheet of stickers).
MAX_CODES = 20


def decode(picture: Image) -> list[str]:
    """The text of every QR code in ``picture``, top to bottom, each once."""
    return find(picture)[0]


def find(picture: Image) -> tuple[list[str], list[tuple[int, int, int, int]]]:
    """The texts of the QR codes (as :func:`decode`) and the box of every code found."""
    import zxingcpp

    gray = picture.convert("L")
    formats = zxingcpp.barcode_formats_from_str("QRCode,MicroQRCode")
    # try_invert: a light code on a dark background (a dark-theme screenshot) too
    found = list(zxingcpp.read_barcodes(gray, formats=formats, try_invert=True))
    found.sort(key=lambda code: (code.position.top_left.y, code.position.top_left.x))
    texts: list[str] = []
    boxes = []
    for code in found:
        corners = (code.position.top_left, code.position.top_right,
                   code.position.bottom_left, code.position.bottom_right)
        xs, ys = [corner.x for corner in corners], [corner.y for corner in corners]
        margin = max(8, (max(xs) - min(xs)) // 8)  # the quiet zone around the modules
        boxes.append((max(0, min(xs) - margin), max(0, min(ys) - margin),
                      min(picture.width, max(xs) + margin),
                      min(picture.height, max(ys) + margin)))
        text = code.text.strip()
        if text and code.valid and text not in texts:
            texts.append(text)
    return texts[:MAX_CODES], boxes
