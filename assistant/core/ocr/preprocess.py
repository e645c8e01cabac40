"""Prepare a screenshot or a photo for the OCR engine (Pillow only, no Qt).

Each step can be switched off (:class:`Steps`) so the benchmark can measure what it buys:

- **invert**: dark themes (light text on a dark background) are turned into dark on light,
  per region, since an outgoing bubble may be dark on a light page; the ink decides (is
  it lighter or darker than the region's background), not the background's darkness;
- **status bar**: on a phone screenshot, the band of the clock and the battery is dropped;
- **bubbles**: the picture is cut into the regions that differ from the page's background
  (chat bubbles, a header bar), read one by one, top to bottom; a region holding others
  (a page dimmed around a dialog) is read block by block around them, as a photo is;
- **scale**: small text is scaled up (and very large text down) to the line height the
  engine reads best.

A photo (no large flat area) is prepared by :mod:`~assistant.core.ocr.photo` instead.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

#: The height of a line of text, in pixels, that the engine reads best (tessdata_fast was
#: trained on lines of about this height).
TARGET_LINE = 40
#: Status bars of phones: at most this share of the height, on pictures at least this tall
#: for their width.
STATUS_BAR_SHARE = 0.045
PHONE_ASPECT = 1.6


@dataclass(frozen=True)
class Steps:
    """Which steps of the reading run (all by default), so the benchmark can measure each.

    The preparation (this module and :mod:`~assistant.core.ocr.photo`), then how the
    engine is run (:mod:`~assistant.core.ocr.engine`).
    """

    invert: bool = True
    status_bar: bool = True
    bubbles: bool = True
    scale: bool = True
    denoise: bool = True  # photos: smooth the camera's noise first
    contrast: bool = True  # photos: each block's grey levels stretched
    single_block: bool = True  # a bubble is read as one block, not laid out by the engine
    resolution: bool = True  # the engine is told the pieces' resolution
    dictionary: bool = True  # the language data's word lists guide the engine
    second_pass: bool = True  # read again with the language of the script found first
    languages: str = ""  # Tesseract's languages for every picture (default: chosen)


ALL_STEPS = Steps()


def _background(gray: Image) -> int:
    """The most common grey level: the page's background."""
    histogram = gray.histogram()
    return max(range(256), key=histogram.__getitem__)


#: Pixels that differ from the background by more than this are ink.
INK_STEP = 40


def light_ink(gray: Image) -> bool:
    """Is the ink of ``gray`` lighter than its background (a dark theme)?

    Decided by the ink, not by how dark the background is: dark text on the mid grey of
    a page dimmed behind a dialog stays as it is, light text on it is inverted.
    """
    background = _background(gray)
    histogram = gray.histogram()
    darker = sum(histogram[:max(0, background - INK_STEP)])
    lighter = sum(histogram[min(256, background + INK_STEP + 1):])
    if darker == lighter:  # no ink: the background alone decides
        return background < 128
    return lighter > darker


def upright(gray: Image, steps: Steps) -> Image:
    """Dark text on a light background (inverted when the ink is the lighter)."""
    from PIL import ImageOps

    if steps.invert and light_ink(gray):
        return ImageOps.invert(gray)
    return gray


def _ink_rows(gray: Image, background: int) -> list[bool]:
    """For each row of ``gray``: does it differ from ``background`` anywhere?"""
    from PIL import Image as PILImage
    from PIL import ImageChops

    flat = PILImage.new("L", gray.size, background)
    mask = ImageChops.difference(gray, flat).point(lambda v: 255 if v > 40 else 0)
    rows = mask.resize((1, gray.height), PILImage.Resampling.BOX)
    return [value > 0 for value in rows.tobytes()]


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            runs.append((start, index))
            start = None
    return runs


def line_heights(gray: Image) -> list[int]:
    """The heights of the runs of rows holding ink (about the lines of text), sorted."""
    return sorted(end - start for start, end in _runs(_ink_rows(gray, _background(gray)))
                  if end - start >= 4)


def line_height(gray: Image) -> int:
    """The median height of the runs of rows holding ink (about a line of text), or 0."""
    heights = line_heights(gray)
    return heights[len(heights) // 2] if heights else 0


def status_bar_end(gray: Image) -> int:
    """The first row below a phone's status bar, or 0 when there is none to drop."""
    width, height = gray.size
    if height < PHONE_ASPECT * width:
        return 0
    limit = int(height * STATUS_BAR_SHARE)
    band = gray.crop((0, 0, width, limit + 1))
    rows = _ink_rows(band, _background(band))  # the bar may have its own colour
    runs = _runs(rows)
    if not runs or runs[0][1] >= limit:
        return 0  # none, or rows of ink that go on below: an app's title, not a status bar
    end = runs[0][1]
    # the rows of the bar itself may be coloured: skip to the first row like the page below
    return min(limit, end + max(4, limit // 8))


def components(cells: Image) -> list[tuple[int, int, int, int, int]]:
    """The 4-connected groups of lit cells of ``cells`` (an "L" image, 0 = off).

    Each as (left, top, right, bottom, count): the box in cells, right and bottom
    excluded, and how many cells it holds.
    """
    width = cells.width
    lit = cells.tobytes()
    seen = bytearray(len(lit))
    found = []
    for start, value in enumerate(lit):
        if not value or seen[start]:
            continue
        seen[start] = 1
        queue = deque([start])
        x0 = x1 = start % width
        y0 = y1 = start // width
        count = 0
        while queue:
            index = queue.popleft()
            count += 1
            x, y = index % width, index // width
            x0, x1, y0, y1 = min(x0, x), max(x1, x), min(y0, y), max(y1, y)
            for neighbour in (index - 1 if x else -1, index + 1 if x + 1 < width else -1,
                              index - width, index + width):
                if 0 <= neighbour < len(lit) and lit[neighbour] and not seen[neighbour]:
                    seen[neighbour] = 1
                    queue.append(neighbour)
        found.append((x0, y0, x1 + 1, y1 + 1, count))
    return found


def regions(gray: Image, top: int = 0) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) of the regions that differ from the background.

    Found on a copy shrunk 8 times, joined when they touch after widening by one cell,
    sorted top to bottom; tiny specks (an icon, noise) are dropped.
    """
    from PIL import Image as PILImage
    from PIL import ImageChops, ImageFilter

    cell = 8
    width, height = gray.size
    small_w, small_h = max(1, width // cell), max(1, (height - top) // cell)
    body = gray.crop((0, top, width, height))
    limit = 12
    background = _background(body)
    flat = PILImage.new("L", body.size, background)
    mask = ImageChops.difference(body, flat).point(lambda v: 255 if v > limit else 0)
    small = mask.resize((small_w, small_h), PILImage.Resampling.BOX)
    small = small.point(lambda v: 255 if v > 8 else 0).filter(ImageFilter.MaxFilter(3))
    boxes: list[tuple[int, int, int, int]] = []
    for x0, y0, x1, y1, count in components(small):
        if count >= 6 and (y1 - y0) >= 2:
            boxes.append((max(0, x0 * cell - cell), max(0, y0 * cell - cell) + top,
                          min(width, x1 * cell + cell), min(height, y1 * cell + cell + top)))
    boxes.sort(key=lambda box: (box[1], box[0]))
    return boxes


def scaled(gray: Image, steps: Steps) -> Image:
    """``gray`` scaled so its lines are about :data:`TARGET_LINE` pixels high."""
    from PIL import Image as PILImage

    if not steps.scale:
        return gray
    heights = line_heights(gray)
    if not heights:
        return gray
    factor = TARGET_LINE / heights[len(heights) // 2]
    # Large text is scaled down only when several lines agree: a single run of rows may
    # be an avatar beside a name, not a line of text.
    if 0.5 <= factor <= 1.25 or (factor < 0.5 and len(heights) < 3):
        return gray
    factor = min(4.0, max(0.35, factor))
    size = (max(1, round(gray.width * factor)), max(1, round(gray.height * factor)))
    return gray.resize(size, PILImage.Resampling.LANCZOS)


def is_photo(gray: Image) -> bool:
    """A photo (of a screen or of paper) rather than a screenshot: no large flat area.

    In a screenshot the page's background alone covers a large share of the pixels; a
    camera's noise, blur and uneven light spread it over many grey levels.
    """
    histogram = gray.histogram()
    return max(histogram) < 0.2 * sum(histogram)


@dataclass(frozen=True)
class Piece:
    """A part of the picture to read, prepared, and how the engine should binarise it."""

    image: Image
    photo: bool  # uneven light and noise: binarise locally (Sauvola), not globally
    block: bool = False  # one bubble: read as a single block of text


def pieces(picture: Image, steps: Steps = ALL_STEPS) -> list[Piece]:
    """The parts of ``picture`` to read, in reading order, each prepared for the engine."""
    gray = picture.convert("L")
    if is_photo(gray):  # no flat colours to cut bubbles by: see photo.py
        from assistant.core.ocr import photo

        return photo.pieces(gray, steps)
    top = status_bar_end(gray) if steps.status_bar else 0
    if not steps.bubbles:
        return [Piece(scaled(upright(gray.crop((0, top, gray.width, gray.height)), steps),
                             steps), photo=False)]
    boxes = regions(gray, top) or [(0, top, gray.width, gray.height)]
    parts: list[tuple[int, Piece]] = []
    for box in boxes:
        inner = [other for other in boxes if _inside(other, box)]
        if not inner:  # a bubble, a bar: one flat background
            parts.append((box[1], Piece(scaled(upright(gray.crop(box), steps), steps),
                                        photo=False, block=steps.single_block)))
            continue
        # A region holding others (a page dimmed around a dialog, whose lines are
        # regions of their own): the inner ones are read as their own parts, and what
        # is around them block by block, as in a photo, since its background is not flat.
        from dataclasses import replace

        from assistant.core.ocr import photo

        crop = gray.crop(box)
        fill = _background(crop)
        for left, inner_top, right, bottom in inner:
            crop.paste(fill, (left - box[0], inner_top - box[1], right - box[0],
                              bottom - box[1]))
        parts.extend((box[1] + block_top, piece) for block_top, piece
                     in photo.blocks(crop, replace(steps, denoise=False)))
    parts.sort(key=lambda part: part[0])
    return [piece for _top, piece in parts]


def _inside(inner: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    return (inner != outer and outer[0] <= inner[0] and outer[1] <= inner[1]
            and inner[2] <= outer[2] and inner[3] <= outer[3])
