"""Reading pictures: the text, the QR codes, the languages, and refusing bad files."""

from __future__ import annotations

import io
import struct
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from assistant.core import i18n, ocr
from assistant.core.ocr import engine, image, preprocess
from tests.core.ocr.pictures import chat, with_qr

KK = ["Сәлеметсіз бе, сізге 1414-тен код келді,", "соны маған айтыңызшы."]
RU = ["Здравствуйте, вам пришёл код от 1414,", "продиктуйте его мне, пожалуйста."]
EN = ["Hello, you have received a code from 1414,", "please read it to me now."]


def save(picture: Image.Image, path: Path, kind: str = "PNG") -> Path:
    picture.save(path, kind)
    return path


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("lines", "language", "first"), [
    (KK, "kk", "kaz"), (RU, "ru", "rus"), (EN, "en", "eng")])
def test_reads_each_language_light_and_dark(tmp_path: Path, lines: list[str], language: str,
                                            first: str) -> None:
    for dark in (False, True):
        reading = ocr.read_picture(save(chat(lines, dark=dark), tmp_path / "m.png"), "en")
        assert words(" ".join(lines)) in words(reading.text), reading.text
        assert reading.languages.startswith(first)  # chosen from the script found
        assert "87%" not in reading.text  # the status bar is dropped


def test_language_follows_script_not_only_interface() -> None:
    assert engine.script_of("Сізге код келді, айтыңызшы") == "kk"
    assert engine.script_of("Вам пришёл код") == "ru"
    assert engine.script_of("You got a code") == "en"
    assert engine.languages_for("kk") == "kaz+eng"
    assert engine.languages_for("ru") == "rus+kaz+eng"
    assert engine.languages_for("en") == "eng+kaz+rus"


def test_qr_code_payloads_and_their_links(tmp_path: Path) -> None:
    picture = with_qr(chat(RU), "https://egov-kz.online/login")
    picture.paste(with_qr(Image.new("RGB", (300, 300), "white"), "https://egov.kz/cms/ru",
                          (0, 0)).crop((0, 0, 300, 300)), (500, 1100))
    reading = ocr.read_picture(save(picture, tmp_path / "qr.png"), "ru")
    assert reading.qr == ("https://egov-kz.online/login", "https://egov.kz/cms/ru")
    assert reading.message().endswith("https://egov-kz.online/login\nhttps://egov.kz/cms/ru")
    sentences = ocr.describe_codes(reading.qr)
    assert sentences[0] == "This QR code leads to egov-kz[.]online: this is NOT egov.kz."
    assert sentences[1] == "This QR code leads to egov.kz, an official address."
    i18n.set_language("ru")
    assert ocr.describe_codes(reading.qr)[0] != sentences[0]  # translated


def test_tidy_joins_lines_and_drops_the_header_arrow() -> None:
    assert ocr.tidy("< O Kaspi.kz\n\nСізге код\nкелді\n\n") == "Kaspi.kz\nСізге код келді"
    assert ocr.tidy("ЭЦҚ-\nңыздың мерзімі") == "ЭЦҚ-ңыздың мерзімі"
    assert ocr.tidy("< +7 701 555 01 23") == "+7 701 555 01 23"


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` x ``height`` and holds a tiny compressed stream."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\0" * 1024, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + \
        chunk(b"IEND", b"")


def test_decompression_bomb_is_refused_from_the_header(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import ImageFile

    def no_decoding(*_args: object) -> None:
        raise AssertionError("the decoder must not run")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    with pytest.raises(image.ImageError) as caught:
        image.open_image(_png_header(50_000, 50_000))  # 2.5 gigapixels, 1 KB of file
    assert caught.value.reason == "pixels"
    assert "40 million" in ocr.describe(caught.value)


@pytest.mark.parametrize(("data", "reason"), [
    (b"just some text, not a picture", "type"),
    (b"%PDF-1.4 not a picture", "type"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "type"),
])
def test_non_pictures_get_a_plain_reason(data: bytes, reason: str) -> None:
    with pytest.raises(image.ImageError) as caught:
        image.open_image(data)
    assert caught.value.reason == reason
    assert ocr.describe(caught.value).startswith("This file is not a picture")


def test_damaged_picture(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    chat(EN).save(buffer, "PNG")
    cut = buffer.getvalue()[: len(buffer.getvalue()) // 2]
    with pytest.raises(image.ImageError) as caught:
        ocr.read_picture(save_bytes(cut, tmp_path / "cut.png"), "en")
    assert caught.value.reason == "damaged"
    i18n.set_language("kk")
    assert ocr.describe(caught.value) != "This picture is damaged and cannot be read."


def save_bytes(data: bytes, path: Path) -> Path:
    path.write_bytes(data)
    return path


def test_file_limits(tmp_path: Path) -> None:
    with pytest.raises(image.ImageError) as caught:
        image.read_bytes(tmp_path)
    assert caught.value.reason == "special"
    with pytest.raises(image.ImageError) as caught:
        image.read_bytes(tmp_path / "missing.png")
    assert caught.value.reason == "read"
    big = save_bytes(b"\0" * 2048, tmp_path / "big.png")
    with pytest.raises(image.ImageError) as caught:
        image.read_bytes(big, max_bytes=1024)
    assert caught.value.reason == "size"


@pytest.mark.parametrize("kind", ["JPEG", "WEBP", "BMP"])
def test_other_formats(tmp_path: Path, kind: str) -> None:
    reading = ocr.read_picture(save(chat(EN), tmp_path / f"m.{kind.lower()}", kind), "en")
    assert "received a code from 1414" in words(reading.text)


def test_transparent_screenshot_is_flattened_on_white() -> None:
    rgba = chat(EN).convert("RGBA")
    rgba.putalpha(255)
    buffer = io.BytesIO()
    rgba.save(buffer, "PNG")
    assert image.open_image(buffer.getvalue()).mode == "RGB"


def test_cancel_between_parts() -> None:
    with pytest.raises(ocr.Cancelled):
        ocr.read_image(chat(EN), "en", cancelled=lambda: True)


def test_steps_can_be_switched_off() -> None:
    picture = chat(EN, dark=True).convert("L")
    on = preprocess.pieces(picture)
    off = preprocess.pieces(picture, preprocess.Steps(invert=False, status_bar=False,
                                                      bubbles=False, scale=False))
    assert len(off) == 1 and off[0].image.size == picture.size
    assert len(on) >= 1 and on[0].image.getpixel((0, 0)) > 128  # inverted: light background


def test_engine_is_not_imported_by_the_package() -> None:
    # the page and the command line import assistant.core.ocr; the engine loads on use
    import subprocess

    code = ("import sys, assistant.core.ocr, assistant.cli; "
            "print(any(m in sys.modules for m in ('tesserocr', 'zxingcpp', 'PIL')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_tidy_mends_the_plus_of_a_kazakh_number() -> None:
    assert ocr.tidy("%7 777 808 19 20") == "+7 777 808 19 20"
    assert ocr.tidy("< О %7 747 000 12 34") == "+7 747 000 12 34"
    assert ocr.tidy("скидка 50%7 дней") == "скидка 50%7 дней"


def test_a_dialog_over_a_dimmed_page_is_read_once() -> None:
    from PIL import ImageDraw

    from tests.core.ocr.pictures import font

    picture = Image.new("RGB", (900, 1600), (110, 110, 110))  # the page, dimmed
    draw = ImageDraw.Draw(picture)
    draw.text((60, 60), "Main settings", font=font(40), fill=(10, 10, 10))  # dark on grey
    draw.rectangle((40, 200, 860, 1500), fill=(255, 255, 255))  # the dialog, most of it
    lines = ["Edit emergency contact", "Hello! Please send help!", "SAVE"]
    for number, line in enumerate(lines):
        draw.text((100, 460 + 180 * number), line, font=font(40), fill=(20, 20, 20))
    reading = ocr.read_image(picture, "en")
    for line in lines:
        assert words(reading.text).count(line) == 1, reading.text
    # the dimmed page's own text is read too, first, not inverted away
    assert reading.text.startswith("Main settings"), reading.text


def test_an_apps_title_bar_is_not_taken_for_the_status_bar() -> None:
    from PIL import ImageDraw

    from tests.core.ocr.pictures import font

    picture = Image.new("RGB", (1080, 2136), (255, 255, 255))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, 1080, 140), fill=(255, 87, 51))  # the title bar, no status bar
    draw.text((40, 40), "Keep Alive", font=font(56), fill=(255, 255, 255))
    draw.text((60, 400), "Monitoring is on", font=font(44), fill=(0, 0, 0))
    assert preprocess.status_bar_end(picture.convert("L")) == 0
    assert ocr.read_image(picture, "en").text.startswith("Keep Alive")
