"""Unexpected errors: log them in the user data folder and tell the user calmly.

The app keeps running. The dialog is behind :func:`show_error_dialog`, a module-level
function tests replace, so no modal box ever blocks a test run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core import paths
from assistant.core.i18n import _

if TYPE_CHECKING:
    from types import TracebackType

MAX_LOG_BYTES = 512 * 1024


def log_path() -> Path:
    """The error log in the user data folder."""
    return paths.data_dir() / "errors.log"


def write_log(text: str) -> Path | None:
    """Append ``text`` to the error log (owner-only), keeping it small; None if impossible."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            os.replace(path, path.with_suffix(".log.old"))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(text)
        return path
    except OSError:
        return None


def show_error_dialog(message: str) -> None:
    """Show ``message`` in a calm, modal box (replaced in tests)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    parent = QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Warning, _("Something went wrong"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def handle_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    """``sys.excepthook``: log, tell the user once per error, carry on."""
    import datetime as dt
    import traceback

    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    logged = write_log(f"--- {stamp}\n{details}\n")
    print(details, file=sys.stderr)
    from assistant.core.storage import StorageWriteError

    if isinstance(exc, StorageWriteError):
        if exc.reported:  # the window's banner already says so, once for the whole run
            return
        if exc.disk_full:
            message = _("Your last change could not be saved because the disk is full. "
                        "What you saved before is safe. Free some space on the disk.")
        else:
            message = _("Your last change could not be saved: the data folder cannot be "
                        "written to. What you saved before is safe.")
        try:
            show_error_dialog(message)
        except Exception:  # the error handler itself must never raise
            traceback.print_exc()
        return
    message = _("Something went wrong, but your data is safe. You can keep using the app.")
    if logged is not None:
        message += "\n\n" + _("Details were written to this file: {path}").format(path=logged)
    try:
        show_error_dialog(message)
    except Exception:  # the error handler itself must never raise
        traceback.print_exc()


def install() -> None:
    """Route every uncaught exception (including those raised in Qt slots) here."""
    sys.excepthook = handle_exception
