"""The end of a quiz round: the score, topics to practise, the chart and what next."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from assistant.core.content import Content
from assistant.core.i18n import _, format_number, ngettext
from assistant.core.quiz import ROUND_SIZE, Quiz, Round
from assistant.ui.quiz.chart import ProgressChart
from assistant.ui.widgets import BigButton, PlainLabel


class ResultView(QWidget):
    """Shows how a round went and offers the next step."""

    topic_chosen = Signal(str)
    mistakes_chosen = Signal()
    again_chosen = Signal()
    back_chosen = Signal()

    def __init__(self, quiz: Quiz, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quiz = quiz
        self.content = content
        self.round: Round | None = None
        self.score = PlainLabel(role="heading")
        self.score.setObjectName("quiz-score")
        self.comment = PlainLabel()
        self.topics_heading = PlainLabel(role="heading")
        self.topics_box = QVBoxLayout()
        self.topics_box.setSpacing(8)
        self.topic_buttons: list[tuple[str, BigButton]] = []
        self.mistakes_button = BigButton()
        self.mistakes_button.setObjectName("quiz-result-mistakes")
        self.mistakes_button.clicked.connect(self.mistakes_chosen)
        self.again_button = BigButton()
        self.again_button.setObjectName("quiz-result-again")
        self.again_button.clicked.connect(self.again_chosen)
        self.chart_heading = PlainLabel(role="heading")
        self.chart = ProgressChart()
        self.chart.setObjectName("quiz-result-chart")
        self.back_button = QPushButton()
        self.back_button.setObjectName("quiz-result-back")
        self.back_button.clicked.connect(self.back_chosen)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (self.score, self.comment, self.topics_heading):
            layout.addWidget(widget)
        layout.addLayout(self.topics_box)
        tail: tuple[QWidget, ...] = (self.mistakes_button, self.again_button,
                                     self.chart_heading, self.chart)
        for item in tail:
            layout.addWidget(item)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def show_round(self, quiz_round: Round) -> None:
        """Show the result of the finished ``quiz_round``."""
        self.round = quiz_round
        for _topic, button in self.topic_buttons:
            self.topics_box.removeWidget(button)
            button.deleteLater()
        self.topic_buttons = []
        for scenario_id in quiz_round.topics_to_practise():
            button = BigButton()
            button.setObjectName(f"quiz-practise-{scenario_id}")
            button.clicked.connect(lambda _c=False, s=scenario_id: self.topic_chosen.emit(s))
            self.topics_box.addWidget(button)
            self.topic_buttons.append((scenario_id, button))
        self.topics_heading.setVisible(bool(self.topic_buttons))
        # The topic buttons are built after the rest: Tab follows the screen, top down.
        chain: list[QWidget] = [b for _t, b in self.topic_buttons]
        chain += [self.mistakes_button, self.again_button, self.back_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.mistakes_button.setVisible(bool(self.quiz.mistake_ids()))
        self.chart.set_rounds(self.quiz.progress.rounds())
        self.retranslate_ui()

    def first_control(self) -> QWidget:
        """The first choice on screen: a topic to practise, else a new round."""
        if self.topic_buttons:
            return self.topic_buttons[0][1]
        return self.mistakes_button if self.mistakes_button.isVisibleTo(self) \
            else self.again_button

    def retranslate_ui(self) -> None:
        """Every text and accessible name in the current language."""
        quiz_round = self.round
        if quiz_round is None:
            return
        score, total = quiz_round.score, quiz_round.total
        self.score.setText(ngettext("You got {score} of {total} answer right.",
                                    "You got {score} of {total} answers right.", total
                                    ).format(score=format_number(score),
                                             total=format_number(total)))
        if score == total:
            comment = _("Excellent! You spotted every trick.")
        elif score * 10 >= total * 7:
            comment = _("Well done. Look again at the topics below.")
        else:
            comment = _("Keep practising: each round makes the tricks easier to see.")
        self.comment.setText(comment)
        self.topics_heading.setText(_("Topics to practise"))
        for scenario_id, button in self.topic_buttons:
            button.set_texts(_(self.content.scenario(scenario_id).title),
                             _("Practise all questions on this topic."))
        count = len(self.quiz.mistake_ids())
        self.mistakes_button.set_texts(
            _("Practise my mistakes"),
            ngettext("{count} question you answered wrong last time.",
                     "{count} questions you answered wrong last time.", count
                     ).format(count=format_number(count)))
        self.again_button.set_texts(
            _("New round"),
            ngettext("{count} new question on different topics.",
                     "{count} new questions on different topics.", ROUND_SIZE
                     ).format(count=format_number(ROUND_SIZE)))
        self.chart_heading.setText(_("Your past rounds"))
        self.chart.retranslate_ui()
        self.back_button.setText(_("Back to the quiz start"))
        self.back_button.setAccessibleName(_("Back to the quiz start"))
