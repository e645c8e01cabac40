"""Render a QTextDocument to a PDF and save it whole, or say why it was not saved.

The PDF is made in memory (QPdfWriter on a QBuffer, so Qt never writes a half file
silently) and saved by :func:`assistant.core.writing.write_private_file`: temporary file
in the same folder, fsync, checked for its size and ``%%EOF``, renamed, mode 0600. The
incident report uses it; any other printable letter can too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from assistant.core.writing import NotSaved, write_private_file

__all__ = ["NotSaved", "render_pdf", "save_pdf"]


def render_pdf(document: QTextDocument, title: str, margins_mm: float = 18.0) -> bytes:
    """``document`` laid out on A4 pages, as the bytes of a PDF file."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Safety Assistant")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm), QPageLayout.Unit.Millimeter))
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(array.data())


def save_pdf(document: QTextDocument, title: str, path: Path) -> None:
    """Save ``document`` as a PDF at ``path``.

    Raises:
        NotSaved: with the reason in plain words; ``path`` is then left as it was.
    """
    write_private_file(path, render_pdf(document, title), ending=b"%%EOF")
