"""What the user sees after answering: right or wrong in words and icon, and "Next"."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from assistant.core.i18n import _
from assistant.ui import theme
from assistant.ui.widgets import PlainLabel


def feedback_icon(correct: bool, size: int) -> QPixmap:
    """A round icon: a tick on green for right, a cross on red for wrong."""
    colours = theme.DEFAULT
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colours.ok_text if correct else colours.danger_text))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.setPen(QPen(QColor("#ffffff"), max(size / 9, 2.0), Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    s = size
    if correct:
        painter.drawPolyline([QPointF(s * 0.27, s * 0.52), QPointF(s * 0.44, s * 0.69),
                              QPointF(s * 0.74, s * 0.34)])
    else:
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68))
    painter.end()
    return pixmap


class FeedbackPanel(QFrame):
    """The verdict with its icon, the explanation and the "Next" button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz-feedback")
        self.icon = QLabel()
        self.icon.setObjectName("quiz-feedback-icon")
        self.verdict = PlainLabel(role="heading")
        self.verdict.setObjectName("quiz-verdict")
        self.explanation = PlainLabel()
        self.explanation.setObjectName("quiz-explanation")
        self.next_button = QPushButton()
        self.next_button.setObjectName("quiz-next")
        self.next_button.setAutoDefault(True)  # Enter presses it, as Space does
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        verdict_row.addWidget(self.verdict, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(verdict_row)
        layout.addWidget(self.explanation)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.correct = False

    def show_result(self, correct: bool) -> None:
        """Draw the icon for a right or wrong answer (texts are set by the view) and show."""
        self.correct = correct
        size = QFontMetrics(self.verdict.font()).height() * 2
        self.icon.setPixmap(feedback_icon(correct, size))
        self.retranslate_ui()
        self.show()

    def retranslate_ui(self) -> None:
        """The icon's accessible name in the current language."""
        self.icon.setAccessibleName(_("Right") if self.correct else _("Wrong"))
