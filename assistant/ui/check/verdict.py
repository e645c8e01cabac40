"""The verdict banner: colour AND a drawn icon AND words, so colour never carries it alone.

The best verdict is "no known signs of fraud", drawn as an "i" in a circle, never as a
tick: the app never calls a message safe. "Cannot tell" (a bare number or link) is a "?"
in a square on the warning colours: never the calm banner.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from assistant.core.checker.report import Verdict
from assistant.core.i18n import N_, _
from assistant.ui import theme
from assistant.ui.widgets import PlainLabel

VERDICT_WORDS = {
    Verdict.DANGER: N_("Danger: this is a scam"),
    Verdict.SUSPICIOUS: N_("Be careful: signs of fraud"),
    Verdict.NO_SIGNS: N_("No known signs of fraud"),
    Verdict.CANNOT_TELL: N_("Cannot tell: the app cannot know who owns it"),
}
_SYMBOL = {Verdict.DANGER: "!", Verdict.SUSPICIOUS: "!", Verdict.NO_SIGNS: "i",
           Verdict.CANNOT_TELL: "?"}


def verdict_colours(verdict: Verdict) -> tuple[str, str]:
    """(background, text) colours of the banner in the current theme."""
    c = theme.current()
    return {
        Verdict.DANGER: (c.danger_bg, c.danger_text),
        Verdict.SUSPICIOUS: (c.warning_bg, c.warning_text),
        Verdict.NO_SIGNS: (c.info_bg, c.info_text),
        Verdict.CANNOT_TELL: (c.warning_bg, c.warning_text),
    }[verdict]


class VerdictIcon(QWidget):
    """Octagon (danger), triangle (be careful), square (cannot tell) or circle (no known
    signs), sized to text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = Verdict.NO_SIGNS
        self.setAccessibleName("")

    def set_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        side = int(self.fontMetrics().height() * 3.2)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _bg, fg = verdict_colours(self.verdict)
        side = min(self.width(), self.height()) - 4.0
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        centre = box.center()
        painter.setPen(QPen(QColor(fg), 2))
        painter.setBrush(QColor(fg))
        if self.verdict is Verdict.DANGER:
            radius = side / 2
            points = [QPointF(centre.x() + radius * math.cos(math.radians(22.5 + 45 * k)),
                              centre.y() + radius * math.sin(math.radians(22.5 + 45 * k)))
                      for k in range(8)]
            painter.drawPolygon(QPolygonF(points))
        elif self.verdict is Verdict.SUSPICIOUS:
            painter.drawPolygon(QPolygonF([QPointF(centre.x(), box.top()),
                                           QPointF(box.right(), box.bottom()),
                                           QPointF(box.left(), box.bottom())]))
        elif self.verdict is Verdict.CANNOT_TELL:
            painter.drawRoundedRect(box.adjusted(2, 2, -2, -2), side * 0.12, side * 0.12)
        else:
            painter.drawEllipse(box)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, int(side * 0.55)))
        painter.setFont(font)
        painter.setPen(QColor(verdict_colours(self.verdict)[0]))
        text_box = QRectF(box)
        if self.verdict is Verdict.SUSPICIOUS:
            text_box.setTop(box.top() + side * 0.25)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, _SYMBOL[self.verdict])
        painter.end()


class VerdictBanner(QFrame):
    """A coloured frame with the icon, the verdict in words and a one-sentence summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check-verdict")
        self.setProperty("role", "verdict")
        self.icon = VerdictIcon()
        self.words = PlainLabel(role="page-title")
        self.words.setObjectName("check-verdict-words")
        # A new result opens on its verdict: the heading takes the focus (and is a Tab
        # stop), so that at large text the focus never scrolls the verdict out of view.
        self.words.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.summary = PlainLabel()
        self.summary.setObjectName("check-verdict-summary")
        texts = QVBoxLayout()
        texts.setSpacing(6)
        texts.addWidget(self.words)
        texts.addWidget(self.summary)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(16)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        self.verdict = Verdict.NO_SIGNS

    def show_verdict(self, verdict: Verdict, summary: str) -> None:
        """Show ``verdict`` (its words are translated here) and ``summary`` (translated)."""
        self.verdict = verdict
        self.icon.set_verdict(verdict)
        self.words.setText(_(VERDICT_WORDS[verdict]))
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.setAccessibleName(self.words.text())
        self.setAccessibleDescription(summary)
        self.words.setAccessibleName(self.words.text())
        self.words.setAccessibleDescription(summary)
        self.restyle()

    def restyle(self) -> None:
        """Colour the banner for its verdict in the current theme."""
        background, text = verdict_colours(self.verdict)
        border = theme.border_width()
        self.setStyleSheet(
            f"QFrame#check-verdict {{ background: {background}; border: {border}px solid {text};"
            f" border-radius: 8px; }}"
            f" QFrame#check-verdict QLabel {{ color: {text}; background: transparent; }}"
            f" QLabel#check-verdict-words {{ border: {theme.focus_width()}px solid transparent; }}"
            f" QLabel#check-verdict-words:focus {{ border-color: {theme.current().focus}; }}")
        self.icon.update()
