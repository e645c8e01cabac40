"""The message box of the check page: plain text only, Ctrl+Enter, dropped files.

A dropped file is read and parsed off the GUI thread (:class:`BackgroundWork`) by the
same bounded reader as the command line: a FIFO, a device or a huge file is refused
with a plain sentence, and the window never waits for it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from assistant.core import reading
from assistant.core.i18n import _
from assistant.core.message_files import (
    SUPPORTED_SUFFIXES,
    MessageFile,
    MessageFileError,
    load_message_file,
    notice_text,
)
from assistant.core.ocr.image import SUFFIXES as PICTURE_SUFFIXES
from assistant.ui.worker import BackgroundWork


def _local_files(source: QMimeData) -> list[Path]:
    if not source.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]


def file_error_text(error: MessageFileError) -> str:
    """What to tell the user when a dropped file cannot be read."""
    return reading.describe(error)


#: What QTextDocument turns into a line break or a space; applied before the text goes in,
#: so the Python copy of the text matches ``toPlainText()`` character for character.
_AS_SHOWN = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\ufdd0": "\n",
                           "\ufdd1": "\n", "\xa0": " "})


#: More characters than the checker reads; beyond this the box shows only the start.
MAX_SHOWN = 300_000
_LONG_RUN = re.compile(r"\S{2000}")


def as_shown(text: str) -> str:
    """``text`` as the message box will give it back (line breaks and spaces unified)."""
    return text.replace("\r\n", "\n").translate(_AS_SHOWN)


def clipboard_text() -> str:
    """The clipboard's text; an HTML-only clipboard gives its markup, as characters."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return ""
    return mime.text() if mime.hasText() else (mime.html() if mime.hasHtml() else "")


def _read(path: Path) -> MessageFile | MessageFileError:
    """Runs off the GUI thread: the message, or why it was refused (not an error)."""
    try:
        return load_message_file(path)
    except MessageFileError as error:
        return error


def clipboard_image() -> QImage | None:
    """The clipboard's picture (a screenshot copied from a messenger), if it holds one."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not mime.hasImage():
        return None
    image = mime.imageData()
    return image if isinstance(image, QImage) and not image.isNull() else None


class MessageEdit(QPlainTextEdit):
    """A plain-text box: HTML is shown as its characters, never rendered.

    Ctrl+Enter emits :attr:`submitted`; a dropped ``.txt``/``.eml`` file replaces the
    text; problems are reported through :attr:`problem` as a translated sentence.
    """

    submitted = Signal()
    problem = Signal(str)
    #: A dropped file was read (True) or refused (False), after :meth:`load_file`.
    file_loaded = Signal(bool)
    #: A picture file was dropped (a Path) or a picture pasted (a QImage): the page reads it.
    picture = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known: str | None = None  # a Python copy of the text, while it is valid
        self.textChanged.connect(self._forget)
        self.reader = BackgroundWork(self)
        self.reader.result_ready.connect(self._file_read)
        self.reader.work_failed.connect(self._file_refused)
        self._setup()

    def set_message(self, text: str) -> None:
        """Replace the text, keeping a Python copy so that :meth:`message` is instant.

        Reading back 10 MB through ``toPlainText()`` blocks the window for ~50 ms, and
        laying out 10 MB for ~5 s: beyond :data:`MAX_SHOWN` characters only the start is
        shown (with a note), while :meth:`message` still gives the whole text.
        """
        text = as_shown(reading.clip_text(text)[0])  # no message is longer than this
        shown = text[:MAX_SHOWN]
        # Word-boundary wrapping is quadratic on a long run without spaces (29 s for 1 MB).
        long_run = _LONG_RUN.search(shown) is not None
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere if long_run
                             else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setPlainText(shown)
        self._known = text
        if len(text) > len(shown):
            self.problem.emit(_("This message is very long, so the box shows only its "
                                "beginning."))

    def message(self) -> str:
        """The text in the box (equal to ``toPlainText()``)."""
        if self._known is None:
            self._known = self.toPlainText()
        return self._known

    def _forget(self) -> None:
        self._known = None

    def _setup(self) -> None:
        self.setObjectName("check-input")
        self.setTabChangesFocus(True)  # Tab moves on to the buttons, as everywhere else
        self.setAcceptDrops(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.blockCountChanged.connect(lambda _count: self.updateGeometry())
        layout = self.document().documentLayout()
        if layout is not None:
            layout.documentSizeChanged.connect(lambda _size: self.updateGeometry())

    # The box is measured in lines of its own font, so it stays usable at 200% text:
    # at least MIN_LINES, growing with the message up to MAX_LINES (then it scrolls).
    MIN_LINES = 4
    MAX_LINES = 9

    def _height_for_lines(self, lines: int) -> int:
        margins = self.contentsMargins()
        document_margin = int(self.document().documentMargin()) * 2
        return (lines * self.fontMetrics().lineSpacing() + document_margin
                + margins.top() + margins.bottom() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for_lines(self.MIN_LINES))

    def _shown_lines(self) -> int:
        """Wrapped lines of the text, counting no further than MAX_LINES."""
        lines = 0
        block = self.document().firstBlock()
        while block.isValid() and lines < self.MAX_LINES:
            layout = block.layout()
            lines += max(1, layout.lineCount() if layout is not None else 1)
            block = block.next()
        return lines

    def sizeHint(self) -> QSize:
        lines = max(self.MIN_LINES, min(self.MAX_LINES, self._shown_lines()))
        return QSize(super().sizeHint().width(), self._height_for_lines(lines))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return (bool(_local_files(source)) or source.hasText() or source.hasHtml()
                or source.hasImage())

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = _local_files(source)
        if files and files[0].suffix.lower() in PICTURE_SUFFIXES:
            self.picture.emit(files[0])
            return
        if not files and source.hasImage() and not source.hasText():
            self.picture.emit(source.imageData())  # a screenshot on the clipboard
            return
        if files:
            self.load_file(files[0])
            return
        # Only ever the characters: an HTML-only clipboard shows its markup as text.
        text = reading.clip_text(source.text() if source.hasText() else source.html())[0]
        if len(text) > MAX_SHOWN or _LONG_RUN.search(text):
            self.set_message(text)  # too big to insert in place without freezing
        elif text:
            self.insertPlainText(text)

    def load_file(self, path: Path) -> None:
        """Read ``path`` in the background; its message then replaces the text.

        :attr:`file_loaded` tells when it is done; a refusal comes as a :attr:`problem`.
        """
        self.reader.submit(_read, path)

    def _file_read(self, message: MessageFile | MessageFileError) -> None:
        if isinstance(message, MessageFileError):
            self._file_refused(message)
            return
        self.set_message(message.text)
        if message.notice:
            self.problem.emit(notice_text(message.notice))
        self.file_loaded.emit(True)

    def _file_refused(self, error: object) -> None:
        if isinstance(error, reading.ReadError):
            self.problem.emit(file_error_text(error))
        else:
            self.problem.emit(_("This file cannot be read."))
        self.file_loaded.emit(False)


__all__ = ["SUPPORTED_SUFFIXES", "MessageEdit", "file_error_text"]
