"""Dropping a file on a widget as a file manager does (drag enter, then drop)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def drop_file(target: QWidget, path: Path) -> None:
    """Drag ``path`` into the middle of ``target`` and drop it there."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(target.rect().center())
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    try:
        enter = QDragEnterEvent(point, *args)
    except TypeError:  # PySide6 versions that take a QPoint
        enter = QDragEnterEvent(point.toPoint(), *args)
    QApplication.sendEvent(target, enter)
    QApplication.sendEvent(target, QDropEvent(point, *args))
