"""Check a picture: a screenshot or a photo of the message, and its QR codes, offline.

Three ways in: the "Check a picture" button (a file dialog), a picture file dropped on the
message box, and Ctrl+V of a picture on the clipboard (a screenshot copied from a
messenger). The picture is read off the GUI thread (:class:`PictureReader`, the engine in
``assistant.core.ocr``), with a progress bar and Cancel; the text read goes into the
message box for the person to correct. The picture is never written anywhere. The
reading runs on the window's :class:`~assistant.ui.worker.BackgroundWork`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core import i18n
from assistant.core.i18n import _
from assistant.ui.widgets import BigButton, PlainLabel
from assistant.ui.worker import BackgroundWork

#: File name endings of pictures (kept here so the page needs no engine import at start).
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".bmp")


def choose_picture(parent: QWidget) -> str:
    """Ask for a picture file; "" when cancelled (tests replace this function)."""
    patterns = " ".join(f"*{suffix}" for suffix in PICTURE_SUFFIXES)
    path, _filter = QFileDialog.getOpenFileName(
        parent, _("Choose a picture of the message"), "",
        _("Pictures ({patterns})").format(patterns=patterns))
    return path


def is_picture(path: Path) -> bool:
    return path.suffix.lower() in PICTURE_SUFFIXES


def _read(source: Path | tuple[bytes, int, int, int], language: str,
          progress: Callable[[float], None], is_cancelled: Callable[[], bool]) -> object:
    """Runs off the GUI thread: a Reading, the ImageError that refused the picture, or
    None when cancelled (refusals are answers, not failures)."""
    from assistant.core import ocr
    from assistant.core.ocr.image import from_pixels

    try:
        if isinstance(source, Path):
            return ocr.read_picture(source, language, is_cancelled, progress)
        data, width, height, stride = source
        return ocr.read_image(from_pixels(data, width, height, stride), language,
                              cancelled=is_cancelled, progress=progress)
    except ocr.Cancelled:
        return None
    except ocr.ImageError as error:
        return error


class PictureReader(QObject):
    """Reads one picture at a time on the window's background worker; a newer picture or
    Cancel wins.

    ``read_done(reading)`` and ``read_failed(message)`` come back on the GUI thread, for
    the latest picture only; ``progress(percent)`` while it runs.
    """

    _progressed = Signal(int, int)  # (job, percent), from the worker thread
    progress = Signal(int)
    read_done = Signal(object)
    read_failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = BackgroundWork(self)
        self.work.result_ready.connect(self._finished)
        self.work.work_failed.connect(self._failed)
        self.work.busy_changed.connect(self.busy_changed)
        self._progressed.connect(self._on_progress)
        self._job = 0

    @property
    def busy(self) -> bool:
        return self.work.busy

    def read_file(self, path: Path) -> None:
        """Read the picture file at ``path``."""
        self._start(Path(path))

    def read_image(self, image: QImage) -> None:
        """Read a picture already in memory (the clipboard's), never saved to a file."""
        from assistant.core.ocr.image import MAX_PIXELS

        if image.width() * image.height() > MAX_PIXELS:
            from assistant.core.ocr import describe
            from assistant.core.ocr.image import ImageError

            self.read_failed.emit(describe(ImageError("pixels")))
            return
        rgb = image.convertToFormat(QImage.Format.Format_RGB888)
        data = bytes(rgb.constBits())  # a copy the worker owns
        self._start((data, rgb.width(), rgb.height(), rgb.bytesPerLine()))

    def cancel(self) -> None:
        """Stop the current reading; its result, if it still comes, is ignored."""
        self._job += 1
        self.work.cancel()

    def wait(self, msecs: int = -1) -> bool:
        return self.work.wait(msecs)

    def _start(self, source: Path | tuple[bytes, int, int, int]) -> None:
        self._job += 1
        job = self._job

        def progress(fraction: float) -> None:
            with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
                self._progressed.emit(job, round(fraction * 100))

        self.work.submit(_read, source, i18n.current_language(), progress, cancellable=True)
        self.progress.emit(0)

    def _on_progress(self, job: int, percent: int) -> None:
        if job == self._job:
            self.progress.emit(percent)

    def _finished(self, result: object) -> None:
        from assistant.core.ocr import ImageError, describe

        if isinstance(result, ImageError):
            self.read_failed.emit(describe(result))
        elif result is not None:
            self.read_done.emit(result)

    def _failed(self, _error: object) -> None:  # the engine or its data broken: say so
        self.read_failed.emit(_("Sorry, the picture could not be read. Please try again."))


class PicturePanel(QWidget):
    """The "Check a picture" button, the reading's progress with Cancel, the QR codes."""

    #: The text read (with QR payloads), ready to go into the message box.
    text_read = Signal(object)
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = PictureReader(self)
        self.button = BigButton()
        self.button.setObjectName("check-picture")
        self.button.clicked.connect(self.choose)
        self.progress_label = PlainLabel()
        self.progress = QProgressBar()
        self.progress.setObjectName("picture-progress")
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("picture-cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.codes = PlainLabel(selectable=True)
        self.codes.setObjectName("picture-codes")
        self._qr: tuple[str, ...] = ()
        row = QHBoxLayout()
        row.addWidget(self.progress_label)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self._busy_row = QWidget()
        self._busy_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._busy_row)
        layout.addWidget(self.codes)
        self.reader.progress.connect(self.progress.setValue)
        self.reader.busy_changed.connect(self._busy_row.setVisible)
        self.reader.read_done.connect(self._done)
        self.reader.read_failed.connect(self.problem)
        self._busy_row.hide()
        self.codes.hide()
        self.retranslate_ui()

    def choose(self) -> None:
        """The button: pick a file and read it."""
        path = choose_picture(self.window())
        if path:
            self.read_file(Path(path))

    def read_file(self, path: Path) -> None:
        self.codes.hide()
        self.reader.read_file(path)

    def read_image(self, image: QImage) -> None:
        self.codes.hide()
        self.reader.read_image(image)

    def cancel(self) -> None:
        self.reader.cancel()

    def clear(self) -> None:
        self.reader.cancel()
        self._qr = ()
        self.codes.hide()

    def _done(self, reading: Any) -> None:
        self._qr = tuple(reading.qr)
        self._show_codes()
        self.text_read.emit(reading)

    def _show_codes(self) -> None:
        if not self._qr:
            self.codes.hide()
            return
        from assistant.core.ocr import describe_codes

        self.codes.setText("\n".join(describe_codes(self._qr)))
        self.codes.show()

    def retranslate_ui(self) -> None:
        self.button.set_texts(_("Check a picture"),
                              _("A screenshot or a photo of the message, or a QR code"))
        self.progress_label.setText(_("Reading the picture…"))
        self.progress.setAccessibleName(_("Reading the picture"))
        self.cancel_button.setText(_("Cancel"))
        self.cancel_button.setAccessibleName(_("Stop reading the picture"))
        if self._qr:
            self._show_codes()


__all__ = ["PICTURE_SUFFIXES", "PicturePanel", "PictureReader", "choose_picture",
           "is_picture"]
