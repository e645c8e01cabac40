"""One quiz question on screen: the card, big answer buttons (keys 1-4) and the feedback.

The answers are a radio group: Tab enters it, the arrow keys move, Space or Enter
answers. Once answered, the right one says "✓ Correct" and a wrong choice "✗ Your
answer" in words as well as colour, and the page scrolls to the explanation and "Next".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from assistant.core.i18n import _, format_number
from assistant.core.quiz import Outcome, Round
from assistant.ui import a11y
from assistant.ui.quiz.card import MessageCard
from assistant.ui.quiz.feedback import FeedbackPanel
from assistant.ui.widgets import (
    ChoiceButton,
    PlainLabel,
    enclosing_scroll_area,
    one_tab_stop,
    scroll_into_view,
)

_DIGIT_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


class QuestionView(QWidget):
    """Shows the current question of a round; emits ``finished`` after the last one."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round: Round | None = None
        self._settling = False  # a new question is on screen, its layout still settling
        self.progress = PlainLabel(role="muted")
        self.progress.setObjectName("quiz-progress")
        self.prompt = PlainLabel(role="heading")
        self.prompt.setObjectName("quiz-prompt")
        self.card = MessageCard()
        self.keys_hint = PlainLabel(role="muted")
        self.keys_hint.setObjectName("quiz-keys-hint")
        # The answers' own parent makes them one radio group (auto-exclusive siblings).
        self.answers = QWidget()
        self.answers.setObjectName("quiz-answers")
        self.answer_box = QVBoxLayout(self.answers)
        self.answer_box.setContentsMargins(0, 0, 0, 0)
        self.answer_box.setSpacing(10)
        self.buttons: list[ChoiceButton] = []
        self.feedback = FeedbackPanel()
        self.icon, self.verdict = self.feedback.icon, self.feedback.verdict
        self.explanation, self.next_button = self.feedback.explanation, self.feedback.next_button
        self.next_button.clicked.connect(self.go_next)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (self.progress, self.prompt, self.card, self.keys_hint):
            layout.addWidget(widget)
        layout.addWidget(self.answers)
        layout.addWidget(self.feedback)
        layout.addStretch(1)

    def start(self, quiz_round: Round) -> None:
        """Show the first question of ``quiz_round``."""
        self.round = quiz_round
        self.show_current()
        self._from_top()

    def show_current(self) -> None:
        """Show the round's current question, unanswered or answered."""
        quiz_round = self.round
        if quiz_round is None:
            return
        question = quiz_round.current()
        while len(self.buttons) < len(question.answers):
            position = len(self.buttons)
            button = ChoiceButton(several=False)
            button.setObjectName(f"quiz-answer-{position + 1}")
            button.clicked.connect(lambda _c=False, i=position: self.choose(i))
            self.buttons.append(button)
            self.answer_box.addWidget(button)
            button.ensurePolished()  # the style sheet's fonts decide the wrapped height
            # Built after "Next": Tab would reach "Next" first, then jump back up.
            QWidget.setTabOrder(button, self.next_button)
        self.card.show_question(question)
        self.retranslate_ui()
        outcome = quiz_round.answered()
        if outcome is not None:
            self._show_outcome(outcome)
        else:
            self.feedback.hide()
            for button in self.buttons:
                button.locked = False
                button.set_chosen(False)
                button.setEnabled(True)
                self._set_state(button, "")
            one_tab_stop(self.buttons)
            if self.buttons:
                self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        """Every text of the view in the current language."""
        quiz_round = self.round
        if quiz_round is None:
            return
        question = quiz_round.current()
        self.progress.setText(_("Question {number} of {total}").format(
            number=format_number(quiz_round.index + 1), total=format_number(quiz_round.total)))
        self.prompt.setText(question.prompt())
        self.keys_hint.setText(_("Choose an answer: move with the arrow keys and press Space, "
                                 "or press its number key."))
        answers = quiz_round.shown_answers()
        outcome = quiz_round.answered()
        for index, button in enumerate(self.buttons):
            visible = index < len(answers)
            button.setVisible(visible)
            if visible:
                button.set_texts(f"{index + 1}.  {answers[index]}", self._mark(index, outcome))
                button.setAccessibleName(_("Answer {number}: {text}").format(
                    number=index + 1, text=answers[index]))
        self.card.retranslate_ui()
        if outcome is not None:
            self._set_feedback_texts(outcome)
            self.feedback.retranslate_ui()
        last = quiz_round.index + 1 >= quiz_round.total
        self.next_button.setText(_("See my result") if last else _("Next question"))
        self.next_button.setAccessibleName(self.next_button.text())

    @staticmethod
    def _mark(index: int, outcome: Outcome | None) -> str:
        """The words under an answer once answered: not colour alone says right or wrong."""
        if outcome is None:
            return ""
        if index == outcome.right:
            return _("✓ Correct: your answer") if outcome.correct else _("✓ Correct")
        if index == outcome.chosen:
            return _("✗ Your answer")
        return ""

    def focus_target(self) -> QWidget | None:
        """Where the keyboard focus belongs: the first answer, or "Next" once answered."""
        if self.round is None:
            return None
        if self.round.answered() is not None:
            return self.next_button
        return self.buttons[0] if self.buttons else None

    def choose(self, position: int) -> None:
        """Answer with the button at ``position`` (0-based), once."""
        quiz_round = self.round
        if quiz_round is None or quiz_round.answered() is not None:
            return
        if position >= len(quiz_round.current().answers):
            return
        self._show_outcome(quiz_round.answer(position))

    def _show_outcome(self, outcome: Outcome) -> None:
        for index, button in enumerate(self.buttons):
            state = ("right" if index == outcome.right
                     else "wrong" if index == outcome.chosen else "")
            button.set_chosen(index == outcome.chosen)
            button.locked = True
            button.setEnabled(index in (outcome.right, outcome.chosen))
            self._set_state(button, state)
        one_tab_stop(self.buttons)
        self.retranslate_ui()  # the marks under the right and the chosen answer
        self.card.mark_clue()
        self._set_feedback_texts(outcome)
        self.feedback.show_result(outcome.correct)
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        a11y.announce(self.feedback, self.verdict.text())
        # At large text sizes the feedback is below the fold: scroll it into view once
        # the layout has made room for it.
        QTimer.singleShot(0, self._reveal_feedback)

    def _from_top(self) -> None:
        """Show the new question from its top, now and while its texts settle."""
        self._settling = True
        QTimer.singleShot(0, self, self._show_from_top)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._settling:  # the card grows as its lines wrap, a layout pass at a time
            QTimer.singleShot(0, self, self._show_from_top)

    def _show_from_top(self) -> None:
        """A new question is read from its number down: put that at the top of the
        window, as far as the focused first answer stays partly in view (at 200% the
        focus alone would scroll the question off the top). Once the user moves on
        (another answer, an answer chosen), the page is theirs to scroll."""
        if not (self.buttons and self.buttons[0].hasFocus()) or self.feedback.isVisible():
            self._settling = False
        area = enclosing_scroll_area(self)
        inner = area.widget() if area is not None else None
        if area is None or inner is None or not self._settling:
            return
        top = self.progress.mapTo(inner, self.progress.rect().topLeft()).y() - 8
        answer = self.buttons[0].mapTo(inner, self.buttons[0].rect().topLeft()).y()
        keep = self.buttons[0].fontMetrics().height()  # its outline and first line
        area.verticalScrollBar().setValue(max(0, top, answer + keep - area.viewport().height()))

    def _reveal_feedback(self) -> None:
        if self.feedback.isVisible():
            # the verdict if it fits, and always the explanation's end with "Next" (focused)
            scroll_into_view(self.verdict, self.next_button)

    @staticmethod
    def _set_state(button: ChoiceButton, state: str) -> None:
        button.setProperty("state", state)
        button.style().unpolish(button)
        button.style().polish(button)
        button.updateGeometry()

    def _set_feedback_texts(self, outcome: Outcome) -> None:
        quiz_round = self.round
        assert quiz_round is not None
        question = quiz_round.current()
        right_text = quiz_round.shown_answers()[outcome.right]
        if outcome.correct:
            verdict = _("Right! The answer is: {answer}").format(answer=right_text)
        else:
            verdict = _("Not right. The right answer is: {answer}").format(answer=right_text)
        self.verdict.setText(verdict)
        clue = question.shown_clue()
        if question.genuine:
            sign = _("What shows it is genuine is marked in the message: “{clue}”.")
        else:
            sign = _("The warning sign is marked in the message: “{clue}”.")
        # The checker's own words for this sign: the quiz and a check say it alike.
        checker = f"\n\n{_(question.sign_explanation)}" if question.sign_explanation else ""
        self.explanation.setText(_(question.explanation) + checker + "\n\n"
                                 + sign.format(clue=clue))

    def go_next(self) -> None:
        """Show the next question, or tell the page that the round is over."""
        quiz_round = self.round
        if quiz_round is None or quiz_round.answered() is None:
            return
        if quiz_round.next():
            self.show_current()
            self._from_top()
        else:
            self.finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        position = _DIGIT_KEYS.get(Qt.Key(event.key()))
        if position is not None and self.round is not None and self.round.answered() is None:
            self.choose(position)
            return
        super().keyPressEvent(event)
