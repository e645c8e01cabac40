"""The message card of a quiz question: channel, sender and text, with the clue marked.

The text is set as plain text (never HTML); the clue is marked afterwards with a
character format, bold and underlined as well as coloured, so it does not rely on colour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QVBoxLayout, QWidget

from assistant.core.i18n import _
from assistant.core.quiz import CHANNELS, Question
from assistant.ui import theme
from assistant.ui.widgets import PlainLabel


class CardText(QTextEdit):
    """Read-only plain text that grows to show all of itself (no inner scroll bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._fit)
        # The layout reports every change of the text's height (a bold clue re-wraps the
        # lines, a font change after the style sheet...): follow it, or lines get cut.
        layout = self.document().documentLayout()
        if layout is not None:
            layout.documentSizeChanged.connect(lambda _size: self._fit())

    def _fit(self) -> None:
        document = self.document()
        width = max(self.viewport().width(), 50)
        if document.textWidth() != width:
            document.setTextWidth(width)
        margins = self.contentsMargins()
        height = int(document.size().height()) + margins.top() + margins.bottom() + 2
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()


class MessageCard(QFrame):
    """Shows a question's card; :meth:`mark_clue` highlights the clue after answering."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz-card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = PlainLabel(role="muted")
        self.header.setObjectName("quiz-card-header")
        self.text = CardText()
        self.text.setObjectName("quiz-card-text")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.header)
        layout.addWidget(self.text)
        self.question: Question | None = None
        self.marked: str = ""

    def show_question(self, question: Question) -> None:
        """Show the card of ``question`` in the current language, without the clue."""
        self.question = question
        self.marked = ""
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Re-set the texts (keeps the clue marked if it was)."""
        question = self.question
        if question is None:
            return
        card = question.card
        channel = _(CHANNELS[card.channel])
        sender = card.sender_label()
        self.header.setText(_("{channel} from: {sender}").format(channel=channel, sender=sender)
                            if sender else channel)
        self.text.setPlainText(card.shown_text())
        if card.channel == "browser":
            self._style_address_bar()
        self.text.setAccessibleName(_("Message"))
        self.setAccessibleName(self.header.text())
        if self.marked:
            self.mark_clue()

    def _style_address_bar(self) -> None:
        """Draw the first line of a web-page card like a browser's address bar."""
        block = self.text.document().begin()
        cursor = QTextCursor(block)
        block_format = QTextBlockFormat()
        block_format.setBackground(QColor(self.palette().color(QPalette.ColorRole.Window)))
        block_format.setBottomMargin(6)
        cursor.setBlockFormat(block_format)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        char_format = QTextCharFormat()
        char_format.setFontFamilies(["monospace"])
        char_format.setFontFixedPitch(True)
        cursor.mergeCharFormat(char_format)

    def mark_clue(self) -> str:
        """Highlight the clue in the text; returns the marked words ('' if not found)."""
        question = self.question
        if question is None:
            return ""
        span = question.clue_span()
        if span is None:
            self.marked = ""
            return ""
        colours = theme.current()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colours.highlight if colours is theme.HIGH_CONTRAST
                                 else "#ffe066"))
        fmt.setForeground(QColor(colours.highlight_text if colours is theme.HIGH_CONTRAST
                                 else "#1a1a1a"))
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontUnderline(True)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
        self.marked = cursor.selectedText()
        self.text.setAccessibleDescription(
            _("Marked in the message: {clue}").format(clue=self.marked))
        return self.marked

    def highlighted_text(self) -> str:
        """The words currently drawn as the clue, read back from the document."""
        document = self.text.document()
        found: list[str] = []
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().fontUnderline():
                    found.append(fragment.text())
                iterator += 1
            block = block.next()
        return "".join(found)
