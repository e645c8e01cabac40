"""A small bar chart of the user's past quiz rounds, drawn with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from assistant.core.i18n import _, format_number
from assistant.core.quiz import PastRound
from assistant.ui import theme


def _colours() -> theme.Colours:
    return theme.current()


class ProgressChart(QWidget):
    """One bar per past round (share of right answers), newest on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rounds: list[PastRound] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_rounds(self, rounds: list[PastRound]) -> None:
        """Show ``rounds`` (oldest first) and describe them for screen readers."""
        self.rounds = list(rounds)
        self.retranslate_ui()
        self.updateGeometry()
        self.update()

    def retranslate_ui(self) -> None:
        """Accessible texts in the current language."""
        self.setAccessibleName(_("Chart of your past rounds"))
        parts = [_("{score} of {total}").format(score=format_number(r.score),
                                                total=format_number(r.total))
                 for r in self.rounds]
        self.setAccessibleDescription(", ".join(parts))

    def _metrics(self) -> QFontMetrics:
        return QFontMetrics(self.font())

    def sizeHint(self) -> QSize:
        line = self._metrics().height()
        return QSize(line * 20, line * 9)

    def minimumSizeHint(self) -> QSize:
        line = self._metrics().height()
        return QSize(line * 10, line * 9)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = _colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self._metrics()
        line = metrics.height()
        axis_width = metrics.horizontalAdvance("100%") + line // 2
        plot = QRectF(axis_width, line * 0.5, self.width() - axis_width - line * 0.5,
                      self.height() - line * 2.2)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        grid = QColor(colours.muted_text)
        grid.setAlpha(90)
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DashLine))
        for percent in (0, 50, 100):
            y = plot.bottom() - plot.height() * percent / 100
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y - line / 2, axis_width - line / 4, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             f"{percent}%")
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DashLine))
        if not self.rounds:
            painter.end()
            return
        slot = plot.width() / max(len(self.rounds), 1)
        bar_width = min(slot * 0.6, line * 3.0)
        for index, past in enumerate(self.rounds):
            share = past.score / past.total if past.total else 0.0
            x = plot.left() + slot * index + (slot - bar_width) / 2
            height = max(plot.height() * share, 2.0)
            good = share >= 0.8
            painter.setPen(QPen(QColor(colours.ok_text if good else colours.accent), 2))
            painter.setBrush(QColor(colours.ok_text if good else colours.accent))
            painter.drawRect(QRectF(x, plot.bottom() - height, bar_width, height))
            painter.setPen(text_colour)
            label = f"{format_number(past.score)}/{format_number(past.total)}"
            if metrics.horizontalAdvance(label) > slot:
                label = format_number(past.score)
            painter.drawText(QRectF(plot.left() + slot * index, plot.bottom() + line * 0.2,
                                    slot, line * 1.4),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             label)
        painter.end()
