"""Render the app icon from its SVG: PNGs for Linux, ``.ico`` for Windows, ``.icns`` for macOS.

``python -m tools.render_icons`` rewrites the files in ``packaging/icons/`` (they are
committed, so building an installer never needs this step). Qt's SVG renderer draws every
size; the ``.ico`` and ``.icns`` containers hold PNG images (supported since Windows Vista
and Mac OS X 10.7), written here so no other imaging library is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported only when rendering
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "packaging" / "icons"
SVG = ROOT / "resources" / "icons" / "safety-assistant.svg"
# hicolor sizes of the freedesktop icon theme.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Sizes Windows picks from for the taskbar, Start menu, Explorer views and the installer.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (icp4..ic10).
ICNS_TYPES = ((16, b"icp4"), (32, b"icp5"), (64, b"icp6"), (128, b"ic07"), (256, b"ic08"),
              (512, b"ic09"), (1024, b"ic10"))


def png_path(size: int, icons: Path = ICONS) -> Path:
    """Where the PNG of ``size`` x ``size`` pixels is kept."""
    return icons / "png" / f"{size}x{size}" / "safety-assistant.png"


def render(size: int, svg: Path = SVG) -> QImage:
    """The icon drawn at ``size`` pixels on a transparent background (a QImage)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(size: int, svg: Path = SVG) -> bytes:
    """The icon at ``size`` pixels as PNG file contents."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not render(size, svg).save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError(f"cannot encode the {size}px icon")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon file holding one PNG per size (ICONDIR, ICONDIRENTRYs, images)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[bytes, bytes]) -> bytes:
    """A macOS icon file: ``icns`` + length, then (type, length, PNG) elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(icons: Path = ICONS) -> list[Path]:
    """Write every PNG size, the .ico and the .icns; return the paths written."""
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # needed by QPainter
    written: list[Path] = []
    for size in PNG_SIZES:
        path = png_path(size, icons)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png_bytes(size))
        written.append(path)
    path = icons / "safety-assistant.ico"
    path.write_bytes(ico({size: png_bytes(size) for size in ICO_SIZES}))
    written.append(path)
    path = icons / "safety-assistant.icns"
    path.write_bytes(icns({kind: png_bytes(size) for size, kind in ICNS_TYPES}))
    written.append(path)
    return written


def main() -> int:
    """Command line: ``python -m tools.render_icons``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render_all():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
