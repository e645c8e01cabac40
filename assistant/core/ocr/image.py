"""Open a picture safely: a bounded read, the size from the header, then the decoder.

The file is read with a byte limit; Pillow's ``Image.open`` parses only the header, so the
width and height are known before a single pixel is decoded. A picture over
:data:`MAX_PIXELS` (a decompression bomb: a few kilobytes that unpack to gigabytes) is
refused there and never reaches the decoder. Only PNG, JPEG, WebP and BMP are opened.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow is imported on first use, never at start-up
    from PIL.Image import Image

#: Larger pictures are refused before decoding (a phone screenshot is 2-4 megapixels,
#: a 12-megapixel photo is common, 40 leaves room for a 50-megapixel camera's 8K crop).
MAX_PIXELS = 40_000_000
#: Larger files are refused before reading (a 40-megapixel PNG is rarely beyond 60 MB).
MAX_BYTES = 64 * 1024 * 1024
#: The formats we open, as Pillow names them.
FORMATS = ("PNG", "JPEG", "WEBP", "BMP")
#: File name endings offered in the file dialog and accepted on a drop.
SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".bmp")


class ImageError(ValueError):
    """The picture cannot be used; ``reason`` says why in one word.

    ``"read"`` (missing or unreadable), ``"special"`` (not a regular file), ``"size"``
    (too many bytes), ``"pixels"`` (too many pixels), ``"type"`` (not a picture we
    open), ``"damaged"`` (a picture whose data is broken).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_bytes(path: Path | str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file ``path``, refusing more than ``max_bytes``.

    Read through the project's bounded reader (:func:`assistant.core.reading.read_file`):
    the open file is checked, not its name, and the limit holds while reading.
    """
    from assistant.core import reading

    try:
        return reading.read_file(path, max_bytes)
    except reading.ReadError as error:
        reason = error.reason if error.reason in ("special", "size") else "read"
        raise ImageError(reason) from error


def open_image(data: bytes, max_pixels: int = MAX_PIXELS) -> Image:
    """The picture in ``data``, decoded, upright (EXIF orientation) and in RGB or L.

    Raises:
        ImageError: ``"type"``, ``"pixels"`` or ``"damaged"``.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    # Pillow's own guard, as a second line: it raises at twice this many pixels.
    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data), formats=FORMATS)  # the header only
            width, height = opened.size
            if width <= 0 or height <= 0:
                raise ImageError("damaged")
            if width * height > max_pixels:
                raise ImageError("pixels")
            if getattr(opened, "n_frames", 1) > 1:
                opened.seek(0)  # an animated WebP: its first frame
            opened.load()
            picture: Image.Image = ImageOps.exif_transpose(opened) or opened
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError("pixels") from exc
    except UnidentifiedImageError as exc:
        raise ImageError("type") from exc
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, MemoryError) as exc:
        raise ImageError("damaged") from exc
    if picture.mode not in ("RGB", "L"):
        picture = _flatten(picture)
    return picture


def _flatten(picture: Image) -> Image:
    """RGB on white: a transparent screenshot's text stays visible."""
    from PIL import Image

    if picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:
        rgba = picture.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return picture.convert("RGB")


def load(path: Path | str) -> Image:
    """Read and open the picture in ``path`` (see :func:`read_bytes`, :func:`open_image`)."""
    return open_image(read_bytes(path))


def from_pixels(data: bytes, width: int, height: int, stride: int,
                max_pixels: int = MAX_PIXELS) -> Image:
    """An RGB picture from raw 8-bit RGB rows (a pasted screenshot, already decoded).

    Raises:
        ImageError: ``"pixels"`` beyond ``max_pixels``, ``"damaged"`` if the sizes do not
            match the data.
    """
    from PIL import Image

    if width <= 0 or height <= 0 or stride < 3 * width or len(data) < stride * height:
        raise ImageError("damaged")
    if width * height > max_pixels:
        raise ImageError("pixels")
    return Image.frombuffer("RGB", (width, height), data, "raw", "RGB", stride, 1).copy()
