"""The quiz page: start view, one question at a time, then the result of the round."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from assistant.core.i18n import _
from assistant.core.quiz import Quiz, Round
from assistant.ui import a11y
from assistant.ui.context import AppContext
from assistant.ui.quiz.question import QuestionView
from assistant.ui.quiz.result import ResultView
from assistant.ui.quiz.start import StartView
from assistant.ui.widgets import Page, ViewSwitcher


def confirm_reset(parent: QWidget) -> bool:
    """Ask before forgetting all progress. Tests replace this function."""
    box = QMessageBox(QMessageBox.Icon.Question, _("Reset my progress"),
                      _("Forget all your answers and past rounds? This cannot be undone."),
                      QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(_("Yes, forget everything"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(_("No, keep my progress"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


class QuizPage(Page):
    """Start a round, answer question after question, see the score and practise."""

    page_id = "quiz"
    style_role = "quiz"

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 quiz: Quiz | None = None) -> None:
        super().__init__(parent)
        content = context.content()
        self.quiz = quiz or context.quiz
        self.start_view = StartView(self.quiz, content)
        self.question_view = QuestionView()
        self.result_view = ResultView(self.quiz, content)
        self.stack = ViewSwitcher((self.start_view, self.question_view, self.result_view))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.start_view.mixed_chosen.connect(lambda: self.play(self.quiz.mixed_round()))
        self.start_view.topic_chosen.connect(self.play_topic)
        self.start_view.mistakes_chosen.connect(self.play_mistakes)
        self.start_view.reset_requested.connect(self.reset_progress)
        self.question_view.finished.connect(self.show_result)
        self.result_view.topic_chosen.connect(self.play_topic)
        self.result_view.mistakes_chosen.connect(self.play_mistakes)
        self.result_view.again_chosen.connect(lambda: self.play(self.quiz.mixed_round()))
        self.result_view.back_chosen.connect(self.show_start)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for view in (self.start_view, self.question_view, self.result_view):
            view.retranslate_ui()

    def on_shown(self, argument: Any = None) -> None:
        if self.stack.currentWidget() is not self.question_view:
            self.show_start()

    def default_focus(self) -> QWidget | None:
        current = self.stack.currentWidget()
        if current is self.question_view:
            return self.question_view.focus_target()
        if current is self.result_view:
            return self.result_view.first_control()
        return self.start_view.mixed_button

    # -- flow ----------------------------------------------------------------------

    def show_start(self) -> None:
        """Back to the choices, with fresh progress."""
        self.start_view.refresh()
        self.stack.setCurrentWidget(self.start_view)
        self.scroll_to()
        self.start_view.mixed_button.setFocus()

    def play(self, quiz_round: Round | None) -> None:
        """Show the first question of ``quiz_round`` (back to the start if there is none)."""
        if quiz_round is None:
            self.show_start()
            return
        self.stack.setCurrentWidget(self.question_view)
        self.question_view.start(quiz_round)
        self.scroll_to()

    def play_topic(self, scenario_id: str) -> None:
        """All questions of one topic."""
        self.play(self.quiz.topic_round(scenario_id))

    def play_mistakes(self) -> None:
        """The questions last answered wrong."""
        self.play(self.quiz.mistakes_round())

    def show_result(self) -> None:
        """The end of the round."""
        quiz_round = self.question_view.round
        if quiz_round is None:
            return
        self.result_view.show_round(quiz_round)
        self.stack.setCurrentWidget(self.result_view)
        self.scroll_to()
        self.result_view.first_control().setFocus()
        a11y.announce(self.result_view.score, self.result_view.score.text())

    def reset_progress(self) -> None:
        """Forget every answer after the user confirms."""
        if confirm_reset(self):
            self.quiz.progress.reset()
            self.show_start()


