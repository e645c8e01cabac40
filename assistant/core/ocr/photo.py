"""Prepare a photo of a screen or of paper for the engine (Pillow only, no Qt).

A photo has no flat colours to cut bubbles by, as a screenshot has: the camera adds noise,
blur, moiré, uneven light, and the surround of the screen. So, each step switchable
(:class:`~assistant.core.ocr.preprocess.Steps`) for the benchmark to measure:

- **denoise**: a light Gaussian blur smooths the camera's noise and the moiré's stripes;
- **bubbles** (text blocks): the ink is what differs from the local background (a median
  over a window wider than the letters), whatever its colour; letters are joined into
  lines and lines into paragraphs on a grid of cells, and each block is read on its own,
  at its own scale (a bubble's small time as well as its text); long thin lines (the
  screen's edge) and specks are left out;
- **contrast**: each block's grey levels are stretched, so a faint grey time on a grey
  bubble is read too;
- **scale**: each block is scaled so its lines are the height the engine reads best.

Light text on a dark bar is not inverted here: read block by block, the engine turns a
light line dark itself, and inverting areas of a photo (whose edges are soft) measured
worse on the benchmark. With ``bubbles`` off, the whole photo is read at once with a
local threshold (Sauvola): the benchmark's baseline for photos.

:func:`blocks` also reads the parts of a screenshot whose background is not one flat
colour (a page dimmed around a dialog).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.core.ocr.preprocess import Piece, Steps, components, scaled

if TYPE_CHECKING:
    from PIL.Image import Image

#: The side of a cell of the grids below, in pixels.
CELL = 8
#: The background around each pixel is the median of a window this many cells wide, on a
#: grid of cells this wide (the window wider than the letters, so a line of text does not
#: count as background; the cells small, so the ink's edge stays sharp).
INK_CELL = 6
INK_WINDOW = 9
#: A pixel is ink when it differs from the local background by more than this.
INK_STEP = 50
#: Letters and lines are joined across this many cells (left and right, up and down).
JOIN_ACROSS = 3
JOIN_DOWN = 2
#: Fewer lit cells than this make a speck, not a block (a bubble's time has a dozen).
MIN_INK_CELLS = 6


def _local_background(gray: Image, cell: int, window: int) -> Image:
    """The background around each pixel: the median of a window, on a shrunk copy."""
    from PIL import Image as PILImage
    from PIL import ImageFilter

    small = gray.resize((max(1, gray.width // cell), max(1, gray.height // cell)),
                        PILImage.Resampling.BOX)
    return small.filter(ImageFilter.MedianFilter(window))


def ink(gray: Image) -> Image:
    """Where ``gray`` differs from its local background, whatever the colours (255 = ink)."""
    from PIL import Image as PILImage
    from PIL import ImageChops

    background = _local_background(gray, INK_CELL, INK_WINDOW).resize(
        gray.size, PILImage.Resampling.BILINEAR)
    return ImageChops.difference(gray, background).point(
        lambda v: 255 if v > INK_STEP else 0)


def _grow(cells: Image, across: int, down: int) -> Image:
    """``cells`` (0/255) with each lit cell spread ``across`` cells sideways, ``down`` up
    and down (a rectangle, where Pillow's MaxFilter only grows squares)."""
    from PIL import Image as PILImage
    from PIL import ImageChops

    width, height = cells.size

    def spread(image: Image, steps: int, sideways: bool) -> Image:
        grown = image
        for step in range(1, steps + 1):
            for shift in (step, -step):
                moved = PILImage.new("L", image.size)
                if sideways:
                    moved.paste(image, (shift, 0))
                else:
                    moved.paste(image, (0, shift))
                grown = ImageChops.lighter(grown, moved)
        return grown

    return spread(spread(cells, across, True), down, False) if width and height else cells


#: A run of lit cells this long, with nothing lit two cells above and below it (or beside
#: it, for a column), is a line: the edge of a screen, a bar, a frame; not text.
LONG_LINE = 16


def without_long_lines(cells: Image) -> Image:
    """``cells`` (0/255) without its long thin lines, across and down."""
    from PIL import Image as PILImage

    width, height = cells.size
    lit = bytearray(cells.tobytes())
    cleared = bytearray(lit)

    def clear(index: list[int], beside: tuple[int, ...]) -> None:
        # index: the cells of a line of the grid, in order; beside: the offsets of the
        # cells two steps to either side of it
        run: list[int] = []
        for position in [*index, -1]:
            if position >= 0 and lit[position]:
                run.append(position)
                continue
            if len(run) >= LONG_LINE:
                near = sum(1 for cell in run for offset in beside
                           if 0 <= cell + offset < len(lit) and lit[cell + offset])
                if near < 0.3 * len(run):
                    for cell in run:
                        cleared[cell] = 0
            run = []

    for y in range(height):
        clear([y * width + x for x in range(width)], (-2 * width, 2 * width))
    for x in range(width):
        clear([y * width + x for y in range(height)], (-2, 2) if 2 <= x < width - 2 else ())
    return PILImage.frombytes("L", (width, height), bytes(cleared))


def text_blocks(gray: Image) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) of the blocks of text in ``gray``, top to bottom."""
    from PIL import Image as PILImage

    width, height = gray.size
    small_w, small_h = max(1, width // CELL), max(1, height // CELL)
    lit = ink(gray).resize((small_w, small_h), PILImage.Resampling.BOX).point(
        lambda v: 255 if v > 6 else 0)
    lit = without_long_lines(lit)
    grown = _grow(lit, JOIN_ACROSS, JOIN_DOWN)
    lit_cells = lit.tobytes()
    boxes = []
    for x0, y0, x1, y1, count in components(grown):
        box_w, box_h = x1 - x0, y1 - y0
        if count < 0.2 * box_w * box_h and max(box_w, box_h) > 12:
            continue  # a frame or a long line (the screen's edge), not a block of text
        inked = sum(1 for y in range(y0, y1)
                    for value in lit_cells[y * small_w + x0:y * small_w + x1] if value)
        if inked < MIN_INK_CELLS:
            continue  # a speck, the corner of a frame
        boxes.append((max(0, (x0 - 1) * CELL), max(0, (y0 - 1) * CELL),
                      min(width, (x1 + 1) * CELL), min(height, (y1 + 1) * CELL)))
    boxes.sort(key=lambda box: (box[1], box[0]))
    return boxes


def pieces(gray: Image, steps: Steps) -> list[Piece]:
    """The blocks of text of the photo ``gray`` to read, in reading order, prepared."""
    from PIL import ImageFilter

    if steps.denoise:
        gray = gray.filter(ImageFilter.GaussianBlur(1))
    if not steps.bubbles:
        return [Piece(scaled(gray, steps), photo=True)]
    return [piece for _top, piece in blocks(gray, steps)]


def blocks(gray: Image, steps: Steps) -> list[tuple[int, Piece]]:
    """Each block of text of ``gray`` (top first), with the row it starts at, prepared.

    For a photo, and for a part of a screenshot whose background is not one flat colour
    (a page dimmed around a dialog, a picture in a chat).
    """
    from PIL import ImageOps

    parts = []
    for box in text_blocks(gray) or [(0, 0, gray.width, gray.height)]:
        part = scaled(gray.crop(box), steps)
        if steps.contrast:
            part = ImageOps.autocontrast(part, cutoff=1)
        # a block is small and evenly lit: Otsu's global threshold suits it (Sauvola's
        # local one loses faint grey text on grey)
        parts.append((box[1], Piece(part, photo=False, block=steps.single_block)))
    return parts
