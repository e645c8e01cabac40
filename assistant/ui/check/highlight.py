"""Mark the words that triggered a reason in the message box (ExtraSelections).

Report spans count Python characters; Qt counts UTF-16 units, so a character outside
the Basic Multilingual Plane (most emoji) shifts every later position by one.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from assistant.ui import theme

#: A marker yellow that keeps the default theme's text colour above 4.5:1.
MARK_BACKGROUND = "#ffd84a"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def to_qt_positions(text: str, offsets: list[int]) -> list[int]:
    """Convert character offsets in ``text`` into Qt (UTF-16) document positions."""
    end = max(offsets, default=0)
    astral = [m.start() for m in _ASTRAL.finditer(text, 0, end)]
    if not astral:
        return list(offsets)
    result = []
    for offset in offsets:
        # every astral character before the offset adds one UTF-16 unit
        lo, hi = 0, len(astral)
        while lo < hi:
            mid = (lo + hi) // 2
            if astral[mid] < offset:
                lo = mid + 1
            else:
                hi = mid
        result.append(offset + lo)
    return result


def highlight(editor: QPlainTextEdit, text: str, spans: tuple[tuple[int, int], ...],
              high_contrast: bool) -> list[tuple[int, int]]:
    """Mark ``spans`` of ``text`` (the text the editor showed when it was checked).

    Returns the marked ranges in Qt positions; the first one is scrolled into view.
    """
    c = theme.colours(high_contrast)
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(c.highlight if high_contrast else MARK_BACKGROUND))
    fmt.setForeground(QColor(c.highlight_text if high_contrast else c.text))
    fmt.setFontUnderline(True)  # not colour alone
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
    length = len(text)
    clean = sorted((max(0, s), min(length, e)) for s, e in spans if e > s and s < length)
    flat = to_qt_positions(text, [p for span in clean for p in span])
    # The box may show only the start of a very long text: mark what is on screen.
    end_of_document = editor.document().characterCount() - 1
    ranges = [(start, min(end, end_of_document))
              for start, end in zip(flat[0::2], flat[1::2], strict=True)
              if start < end_of_document]
    selections = []
    for start, end in ranges:
        cursor = QTextCursor(editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    editor.setExtraSelections(selections)
    if ranges:
        cursor = QTextCursor(editor.document())
        cursor.setPosition(ranges[0][0])
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
    return ranges


def highlighted_texts(editor: QPlainTextEdit) -> list[str]:
    """The texts currently marked in ``editor`` (what a test or a screen reader sees)."""
    return [s.cursor.selectedText() for s in editor.extraSelections()]
