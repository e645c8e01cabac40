"""Photos of a screen: noise, blur, a dark surround, a coloured header bar."""

from __future__ import annotations

import pytest
from PIL import Image

from assistant.core import ocr
from assistant.core.ocr import photo as photo_steps
from assistant.core.ocr import preprocess
from tests.core.ocr.pictures import header_chat, photo

RU = ["Здравствуйте, вам пришёл код от 1414,", "продиктуйте его мне, пожалуйста."]
SENDER = "+7 701 555 01 23"


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("dark", [False, True])
def test_photo_of_a_screen_reads_the_header_and_the_bubble(dark: bool) -> None:
    picture = photo(header_chat(RU, SENDER, dark=dark))
    assert preprocess.is_photo(picture.convert("L"))
    reading = ocr.read_image(picture, "ru")
    lines = reading.text.split("\n")
    # the light number on the bar (its spaces as the engine reads them), no status bar
    assert lines[0].replace(" ", "") == SENDER.replace(" ", "")
    # "З" and "з" differ only in size: in a blurred photo the case of one may be lost
    assert words(" ".join(RU)).casefold() == words(" ".join(lines[1:])).casefold()
    assert reading.languages.startswith("rus")


def test_the_ink_decides_what_is_inverted() -> None:
    from PIL import ImageDraw

    from tests.core.ocr.pictures import font

    def card(background: int, ink: int) -> Image.Image:
        picture = Image.new("L", (600, 120), background)
        ImageDraw.Draw(picture).text((20, 30), "Main settings", font=font(48), fill=ink)
        return picture

    assert preprocess.light_ink(card(30, 230))  # a dark theme
    assert not preprocess.light_ink(card(240, 20))  # a light one
    assert not preprocess.light_ink(card(100, 10))  # dark text on a page dimmed to grey
    assert preprocess.light_ink(card(100, 250))  # white text on a grey bar


def test_text_blocks_leave_out_the_screen_edge_and_specks() -> None:
    from PIL import ImageDraw

    from tests.core.ocr.pictures import font

    picture = Image.new("L", (800, 1200), 40)
    draw = ImageDraw.Draw(picture)
    draw.rectangle((60, 60, 740, 1140), fill=225)  # the screen, its edge a long line
    draw.text((100, 300), "Kaspi: vash kod 1234", font=font(36), fill=20)
    draw.point([(400, 900), (401, 900)], fill=0)  # a speck
    blocks = photo_steps.text_blocks(picture)
    assert len(blocks) == 1
    left, top, right, bottom = blocks[0]
    assert left <= 100 and top <= 300 and right >= 450 and bottom >= 330
    assert bottom - top < 150  # the line, not the whole screen


def test_photo_steps_can_be_switched_off() -> None:
    gray = photo(header_chat(RU, SENDER)).convert("L")
    on = preprocess.pieces(gray)
    off = preprocess.pieces(gray, preprocess.Steps(bubbles=False))
    assert len(on) > 1 and all(piece.block and not piece.photo for piece in on)
    assert len(off) == 1 and off[0].photo  # the whole photo, thresholded locally
