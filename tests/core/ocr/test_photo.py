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
    assert lines[0] == SENDER  # the light number on the bar, with no status bar above it
    assert words(" ".join(RU)) == words(" ".join(lines[1:]))
    assert reading.languages.startswith("rus")


def test_light_text_on_a_dark_bar_is_turned_dark_on_light() -> None:
    picture = Image.new("L", (400, 300), 230)
    picture.paste(40, (0, 100, 400, 200))  # a dark bar across a light page
    upright = photo_steps.upright_areas(picture)
    assert upright.getpixel((200, 150)) > 128  # the bar's inside is light now
    assert upright.getpixel((200, 20)) == 230  # the page stays as it was
    white = photo_steps.on_white(upright)
    assert white.getpixel((200, 150)) == 255 and white.getpixel((200, 20)) == 255


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
