"""Phone screenshots of development-set messages, drawn with Pillow (benchmark only).

A messenger's chat screen: the status bar (clock, signal, battery), a header with the
sender, the message in one or more bubbles with their time, sometimes an emoji, on a light
or a dark theme, in three text sizes. Fonts are phone fonts from Debian packages (Roboto,
Noto Sans, Noto Color Emoji), not the app's own font: ``fetch_fonts()`` downloads the
packages with ``apt-get download`` and unpacks them under ``build/ocr-fonts`` (nothing is
installed on the system). ``photo()`` degrades a screenshot like a photo of a screen.
"""

from __future__ import annotations

import math
import random
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

REPO = Path(__file__).resolve().parent.parent
FONT_DIR = REPO / "build" / "ocr-fonts"
FONT_PACKAGES = ("fonts-roboto-unhinted", "fonts-noto-core", "fonts-noto-color-emoji")
FONT_FILES = {
    "roboto": "Roboto-Regular.ttf",
    "roboto-medium": "Roboto-Medium.ttf",
    "noto": "NotoSans-Regular.ttf",
    "noto-bold": "NotoSans-Bold.ttf",
    "emoji": "NotoColorEmoji.ttf",
}


def fetch_fonts() -> Path:
    """Unpack the Debian font packages under ``build/ocr-fonts`` (once)."""
    if all(_find(name) for name in FONT_FILES.values()):
        return FONT_DIR
    FONT_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(["apt-get", "download", *FONT_PACKAGES], cwd=scratch, check=True,
                       capture_output=True)
        for deb in Path(scratch).glob("*.deb"):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(FONT_DIR)], check=True)
    return FONT_DIR


def _find(name: str) -> Path | None:
    for root in (FONT_DIR, Path("/usr/share/fonts")):
        for path in root.rglob(name) if root.is_dir() else ():
            return path
    return None


def font(key: str, size: int) -> ImageFont.FreeTypeFont:
    path = _find(FONT_FILES[key])
    if path is None:
        raise FileNotFoundError(f"{FONT_FILES[key]}: run benchmarks/ocr.py --fetch-fonts")
    return ImageFont.truetype(str(path), size)


@dataclass(frozen=True)
class Theme:
    name: str
    page: tuple[int, int, int]
    bar: tuple[int, int, int]
    bar_text: tuple[int, int, int]
    bubble: tuple[int, int, int]
    text: tuple[int, int, int]
    muted: tuple[int, int, int]


LIGHT = Theme("light", (230, 221, 212), (0, 128, 105), (255, 255, 255), (255, 255, 255),
              (17, 27, 33), (102, 119, 129))
DARK = Theme("dark", (11, 20, 26), (31, 44, 52), (233, 237, 239), (32, 44, 51),
             (233, 237, 239), (134, 150, 160))
#: Text sizes of the message, in pixels on a 1080-pixel-wide screen (small, normal, large).
SIZES = {"small": 34, "normal": 42, "large": 54}
#: Senders as a phone shows an unknown number (a name would change what the message says).
SENDERS = ("+7 701 555 01 23", "+7 747 000 12 34", "+7 705 321 54 76", "+7 777 808 19 20",
           "+7 702 440 73 15")
EMOJI = ("🙏", "👍", "😊", "❗", "🔥", "🎁")


@dataclass(frozen=True)
class Shot:
    """A screenshot and the text a reader should find in it (status bar excluded)."""

    image: Image.Image
    reference: str


def _wrap(draw: ImageDraw.ImageDraw, text: str, face: ImageFont.FreeTypeFont,
          width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if line and draw.textlength(trial, font=face) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


def _emoji(symbol: str, size: int) -> Image.Image:
    face = ImageFont.truetype(str(_find(FONT_FILES["emoji"])), 109)  # its only size
    tile = Image.new("RGBA", (136, 128), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((0, 0), symbol, font=face, embedded_color=True)
    box = tile.getbbox() or (0, 0, 136, 128)
    tile = tile.crop(box)
    return tile.resize((size, round(size * tile.height / max(1, tile.width))),
                       Image.Resampling.LANCZOS)


def screenshot(text: str, *, theme: Theme = LIGHT, size: str = "normal",
               sender: str = "1414", clock: str = "12:47", emoji: str | None = None,
               width: int = 1080, family: str = "roboto") -> Shot:
    """A chat screen showing ``text`` from ``sender``."""
    scale = width / 1080
    body_face = font(family, round(SIZES[size] * scale))
    small_face = font(family, round(28 * scale))
    name_face = font(f"{family}-medium" if family == "roboto" else "noto-bold",
                     round(46 * scale))
    probe = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    bubble_inner = round(width * 0.74)
    paragraphs = [p for p in text.split("\n") if p.strip()]
    wrapped = [_wrap(probe, p, body_face, bubble_inner) for p in paragraphs]
    line_step = round(body_face.size * 1.35)
    pad = round(26 * scale)
    bubbles_height = sum(len(lines) * line_step + 2 * pad + round(34 * scale) + round(18 * scale)
                         for lines in wrapped)
    status, header = round(72 * scale), round(160 * scale)
    height = max(round(width * 2.1667), status + header + bubbles_height + round(200 * scale))
    image = Image.new("RGB", (width, height), theme.page)
    draw = ImageDraw.Draw(image)
    # status bar: clock on the left, signal bars and battery on the right
    draw.rectangle((0, 0, width, status), fill=theme.bar)
    draw.text((round(40 * scale), round(16 * scale)), clock, font=small_face, fill=theme.bar_text)
    right = width - round(40 * scale)
    draw.text((right - round(190 * scale), round(16 * scale)), "LTE", font=small_face,
              fill=theme.bar_text)
    for bar in range(4):
        x = right - round((120 - bar * 14) * scale)
        draw.rectangle((x, round((48 - bar * 8) * scale), x + round(9 * scale),
                        round(52 * scale)), fill=theme.bar_text)
    draw.rectangle((right - round(50 * scale), round(24 * scale), right, round(50 * scale)),
                   outline=theme.bar_text, width=max(1, round(3 * scale)))
    draw.rectangle((right - round(46 * scale), round(28 * scale), right - round(14 * scale),
                    round(46 * scale)), fill=theme.bar_text)
    # header: back arrow, avatar, sender
    draw.rectangle((0, status, width, status + header), fill=theme.bar)
    middle = status + header // 2
    draw.line((round(30 * scale), middle, round(70 * scale), middle - round(30 * scale)),
              fill=theme.bar_text, width=max(1, round(6 * scale)))
    draw.line((round(30 * scale), middle, round(70 * scale), middle + round(30 * scale)),
              fill=theme.bar_text, width=max(1, round(6 * scale)))
    radius = round(50 * scale)
    centre = round(150 * scale)
    draw.ellipse((centre - radius, middle - radius, centre + radius, middle + radius),
                 fill=(120, 144, 156))
    draw.text((round(230 * scale), middle - round(30 * scale)), sender, font=name_face,
              fill=theme.bar_text)
    # bubbles
    y = status + header + round(60 * scale)
    for number, lines in enumerate(wrapped):
        widest = max((probe.textlength(line, font=body_face) for line in lines), default=0)
        inner = max(widest, probe.textlength(clock, font=small_face) + 20)
        last = number == len(wrapped) - 1
        box_h = len(lines) * line_step + 2 * pad + round(34 * scale)
        box = (round(30 * scale), y, round(30 * scale + inner + 2 * pad), y + box_h)
        draw.rounded_rectangle(box, radius=round(24 * scale), fill=theme.bubble)
        for index, line in enumerate(lines):
            draw.text((box[0] + pad, y + pad + index * line_step), line, font=body_face,
                      fill=theme.text)
        draw.text((box[2] - pad - probe.textlength(clock, font=small_face),
                   box[3] - pad - round(22 * scale)), clock, font=small_face, fill=theme.muted)
        if emoji and last:
            tile = _emoji(emoji, round(body_face.size * 1.1))
            image.paste(tile, (box[0] + round(10 * scale), box[3] + round(6 * scale)), tile)
            y += tile.height + round(8 * scale)
        y = box[3] + round(18 * scale) + (round(10 * scale) if emoji and last else 0)
    reference = "\n".join([sender, *[" ".join(lines) + " " + clock for lines in wrapped]])
    return Shot(image, reference)


def photo(image: Image.Image, seed: int) -> Image.Image:
    """``image`` as a phone's camera sees a screen: perspective, moiré, blur, noise, JPEG."""
    rng = random.Random(seed)
    width, height = image.size
    # the screen inside a darker surround, slightly tilted in perspective
    margin = round(width * 0.06)
    canvas = Image.new("RGB", (width + 2 * margin, height + 2 * margin), (40, 40, 44))
    canvas.paste(image, (margin, margin))
    w, h = canvas.size

    def jitter() -> float:
        return rng.uniform(-0.035, 0.035) * w

    source = [(jitter(), jitter()), (w + jitter(), jitter()), (w + jitter(), h + jitter()),
              (jitter(), h + jitter())]
    target = [(0, 0), (w, 0), (w, h), (0, h)]
    canvas = canvas.transform((w, h), Image.Transform.PERSPECTIVE,
                              _perspective(target, source), Image.Resampling.BICUBIC)
    # moiré: the camera's pixel grid beating against the screen's
    period = rng.uniform(3.2, 4.4)
    angle = rng.uniform(-0.2, 0.2)
    wave = Image.new("L", (w, h))
    cos, sin = math.cos(angle), math.sin(angle)
    wave.putdata([round(232 + 23 * math.sin(2 * math.pi * (x * cos + y * sin) / period))
                  for y in range(h) for x in range(w)])
    canvas = ImageChops.multiply(canvas, Image.merge("RGB", (wave, wave, wave)))
    # a phone's camera has more pixels than the screen it photographs (a 12-megapixel
    # photo of a 1080-pixel-wide screen holds it at ~1300-1500 pixels): scaled up, then
    # blurred at that size (focus, shake), noise, and saved as JPEG
    factor = rng.uniform(1.1, 1.4)
    canvas = canvas.resize((round(w * factor), round(h * factor)), Image.Resampling.BILINEAR)
    canvas = canvas.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.5)))
    noise = Image.effect_noise(canvas.size, rng.uniform(5, 10))  # grey around 128
    canvas = ImageChops.add(canvas, Image.merge("RGB", (noise, noise, noise)), 1.0, -128)
    return jpeg(canvas, rng.randint(60, 80))


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    import io

    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


def _perspective(target: list[tuple[float, float]],
                 source: list[tuple[float, float]]) -> tuple[float, ...]:
    """Coefficients mapping ``target`` corners to ``source`` corners (Pillow's form)."""
    matrix: list[list[float]] = []
    vector: list[float] = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        vector.extend([u, v])
    return tuple(_solve(matrix, vector))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    size = len(vector)
    rows = [[*row, value] for row, value in zip(matrix, vector, strict=True)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(size):
            if r != col:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[i][size] / rows[i][i] for i in range(size)]
