"""The quiz start view: a round of 10, past mistakes, the chart, one topic and a reset."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from assistant.core.content import Content
from assistant.core.i18n import _, format_number, ngettext
from assistant.core.quiz import ROUND_SIZE, Quiz
from assistant.ui.quiz.chart import ProgressChart
from assistant.ui.widgets import BigButton, PlainLabel


class StartView(QWidget):
    """Choices before a round; the page starts the round the user picks."""

    mixed_chosen = Signal()
    topic_chosen = Signal(str)
    mistakes_chosen = Signal()
    reset_requested = Signal()

    def __init__(self, quiz: Quiz, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quiz = quiz
        self.content = content
        self.intro = PlainLabel()
        self.mixed_button = BigButton()
        self.mixed_button.setObjectName("quiz-start-mixed")
        self.mixed_button.clicked.connect(self.mixed_chosen)
        self.mistakes_button = BigButton()
        self.mistakes_button.setObjectName("quiz-start-mistakes")
        self.mistakes_button.clicked.connect(self.mistakes_chosen)
        self.topic_heading = PlainLabel(role="heading")
        self.topic_buttons: dict[str, BigButton] = {}
        for scenario_id in quiz.topics():
            button = BigButton()
            button.setObjectName(f"quiz-topic-{scenario_id}")
            button.clicked.connect(lambda _c=False, s=scenario_id: self.topic_chosen.emit(s))
            self.topic_buttons[scenario_id] = button
        self.chart_heading = PlainLabel(role="heading")
        self.chart = ProgressChart()
        self.chart.setObjectName("quiz-chart")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("quiz-reset")
        self.reset_button.clicked.connect(self.reset_requested)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (self.intro, self.mixed_button, self.mistakes_button,
                       self.chart_heading, self.chart, self.topic_heading):
            layout.addWidget(widget)
        for button in self.topic_buttons.values():
            layout.addWidget(button)
        layout.addSpacing(8)
        layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Re-read progress (mistakes, past rounds) and re-set every text."""
        rounds = self.quiz.progress.rounds()
        self.chart.set_rounds(rounds)
        self.chart.setVisible(bool(rounds))
        self.chart_heading.setVisible(bool(rounds))
        self.mistakes_button.setVisible(bool(self.quiz.mistake_ids()))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text and accessible name in the current language."""
        self.intro.setText(_("Practise on real situations. After each answer you see "
                             "why it is right or wrong."))
        self.mixed_button.set_texts(
            _("Start a round"),
            ngettext("{count} question on different topics. Questions you got wrong "
                     "before come more often.",
                     "{count} questions on different topics. Questions you got wrong "
                     "before come more often.", ROUND_SIZE
                     ).format(count=format_number(ROUND_SIZE)))
        count = len(self.quiz.mistake_ids())
        self.mistakes_button.set_texts(
            _("Practise my mistakes"),
            ngettext("{count} question you answered wrong last time.",
                     "{count} questions you answered wrong last time.", count
                     ).format(count=format_number(count)))
        self.topic_heading.setText(_("Or all questions on one topic"))
        for scenario_id, button in self.topic_buttons.items():
            button.set_texts(_(self.content.scenario(scenario_id).title))
            button.setAccessibleDescription(_("Practise all questions on this topic."))
        self.chart_heading.setText(_("Your past rounds"))
        self.chart.retranslate_ui()
        self.reset_button.setText(_("Reset my progress"))
        self.reset_button.setAccessibleName(_("Reset my progress: forget all answers"))
