"""Pictures for the OCR tests, drawn with Pillow and DejaVu Sans (a Debian font the test
machine has; the benchmark uses phone fonts instead)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_PATHS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",)


def font(size: int) -> ImageFont.FreeTypeFont:
    for path in FONT_PATHS:
        if Path(path).is_file():
            return ImageFont.truetype(path, size)
    raise FileNotFoundError("DejaVu Sans (fonts-dejavu-core) is needed for the OCR tests")


def chat(lines: list[str], dark: bool = False, size: int = 34, width: int = 900) -> Image.Image:
    """A chat-like screen: a status bar, then a bubble holding ``lines``."""
    page, bubble, ink = ((12, 20, 26), (32, 44, 51), (233, 237, 239)) if dark else \
        ((230, 221, 212), (255, 255, 255), (17, 27, 33))
    height = max(1600, 300 + len(lines) * size * 2)
    image = Image.new("RGB", (width, height), page)
    draw = ImageDraw.Draw(image)
    draw.text((30, 12), "12:47", font=font(24), fill=ink)
    draw.text((width - 140, 12), "87%", font=font(24), fill=ink)
    step = round(size * 1.4)
    draw.rounded_rectangle((30, 160, width - 60, 160 + 60 + step * len(lines)), radius=20,
                           fill=bubble)
    for index, line in enumerate(lines):
        draw.text((60, 190 + index * step), line, font=font(size), fill=ink)
    return image


def qr_code(text: str, scale: int = 8) -> Image.Image:
    import zxingcpp

    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode).to_image(scale=scale)
    modules = Image.frombuffer("L", (code.shape[1], code.shape[0]), bytes(code), "raw", "L",
                               0, 1)
    framed = Image.new("L", (modules.width + 8 * scale, modules.height + 8 * scale), 255)
    framed.paste(modules, (4 * scale, 4 * scale))
    return framed.convert("RGB")


def with_qr(image: Image.Image, text: str, where: tuple[int, int] = (60, 700)) -> Image.Image:
    copy = image.copy()
    copy.paste(qr_code(text), where)
    return copy


def header_chat(lines: list[str], sender: str, dark: bool = False) -> Image.Image:
    """:func:`chat` with a coloured header bar holding ``sender`` in light letters."""
    image = chat(lines, dark=dark)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 50, image.width, 140), fill=(31, 44, 52) if dark else (0, 128, 105))
    draw.text((140, 70), sender, font=font(40), fill=(240, 240, 240))
    return image


def photo(image: Image.Image, seed: int = 1) -> Image.Image:
    """``image`` as a camera sees a screen: a dark surround, blur, noise, JPEG (seeded)."""
    import io
    import random

    from PIL import ImageChops, ImageFilter

    margin = image.width // 16
    canvas = Image.new("RGB", (image.width + 2 * margin, image.height + 2 * margin),
                       (40, 40, 44))
    canvas.paste(image, (margin, margin))
    canvas = canvas.rotate(1.5, resample=Image.Resampling.BICUBIC, fillcolor=(40, 40, 44))
    canvas = canvas.resize((canvas.width * 5 // 4, canvas.height * 5 // 4),
                           Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(1.2))
    rng = random.Random(seed)
    noise = Image.frombytes("L", (256, 256), bytes(rng.randint(108, 148) for _ in range(65536)))
    noise = noise.resize(canvas.size, Image.Resampling.NEAREST)
    canvas = ImageChops.add(canvas, Image.merge("RGB", (noise, noise, noise)), 1.0, -128)
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=70)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")
