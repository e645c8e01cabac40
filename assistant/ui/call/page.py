"""'Someone is calling me now': one big question at a time, and "Hang up now" at the first Yes.

The decisions (which question comes next, when to hang up, what follows) are made by
``assistant.core.calls``; this page only shows them. Nothing is recorded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QStackedLayout, QVBoxLayout, QWidget

from assistant.core import calls
from assistant.core.content import Content
from assistant.core.i18n import N_, _
from assistant.ui.context import AppContext
from assistant.ui.widgets import BigButton, Page, PlainLabel


def focusable_heading(label: PlainLabel) -> None:
    """Let ``label`` take the focus (and be a Tab stop): an outcome opens on its heading,
    so that at large text the focus does not scroll the words that matter out of view."""
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def announce(widget: QWidget) -> None:
    """Tell screen readers that ``widget``'s text is new (replaced in tests)."""
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


class QuestionView(QWidget):
    """The question being asked, with Yes, No and "I don't know"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = PlainLabel(role="muted")
        self.progress.setObjectName("call-progress")
        self.question = PlainLabel(role="call-question")
        self.question.setObjectName("call-question")
        self.yes = BigButton()
        self.no = BigButton()
        self.unknown = BigButton()
        for button, name in ((self.yes, "call-yes"), (self.no, "call-no"),
                             (self.unknown, "call-unknown")):
            button.setObjectName(name)
            button.setProperty("role", "big")
        self.yes.setProperty("answer", "yes")
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(self.progress)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.unknown)
        layout.addStretch(1)
        self.setTabOrder(self.yes, self.no)
        self.setTabOrder(self.no, self.unknown)

    def show_question(self, walk: calls.CallWalk) -> None:
        question = walk.question
        assert question is not None
        total = len(walk.guide.questions)
        self.progress.setText(_("Question {number} of {total}").format(
            number=walk.index + 1, total=total))
        self.question.setText(_(question.text))
        self.yes.set_texts(_("Yes"))
        self.no.set_texts(_("No"))
        self.unknown.set_texts(_("I don't know"))
        # A screen reader hears the question with the answer it is on.
        for button in (self.yes, self.no, self.unknown):
            button.setAccessibleDescription(_(question.text))


class HangUpView(QWidget):
    """"Hang up now", why, what to do after, and a way into the emergency plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = QFrame()
        self.banner.setProperty("role", "hang-up")
        self.banner.setObjectName("call-hang-up")
        self.headline = PlainLabel(role="hang-up-title")
        self.headline.setObjectName("call-hang-up-title")
        focusable_heading(self.headline)
        self.why = PlainLabel(role="hang-up-why")
        self.why.setObjectName("call-why")
        inner = QVBoxLayout(self.banner)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(10)
        inner.addWidget(self.headline)
        inner.addWidget(self.why)
        self.after_title = PlainLabel(role="heading")
        self.after_steps = PlainLabel()
        self.after_steps.setObjectName("call-after-steps")
        self.already = BigButton()
        self.already.setObjectName("call-already")
        self.again = QPushButton()
        self.again.setObjectName("call-again")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addWidget(self.banner)
        layout.addWidget(self.after_title)
        layout.addWidget(self.after_steps)
        layout.addWidget(self.already)
        layout.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def show_outcome(self, outcome: calls.HangUp, guide: calls.CallGuide) -> None:
        self.headline.setText(_("Hang up now"))
        self.headline.setAccessibleDescription(_(outcome.question.why))
        self.why.setText(_(outcome.question.why))
        self.after_title.setText(_("After you hang up"))
        self.after_steps.setText(numbered(guide.hang_up_steps))
        already = outcome.question.already or N_("I already gave a code, card details or money")
        self.already.set_texts(_(already), _("Open the emergency plan: what to do first."))
        self.again.setText(_("Start again"))
        self.again.setAccessibleName(_("Start again"))
        self.banner.setAccessibleName(f"{_('Hang up now')}. {_(outcome.question.why)}")


class NoSignView(QWidget):
    """No "Yes" was given: never "safe", only how to stay careful."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = PlainLabel(role="call-no-sign")
        self.headline.setObjectName("call-no-sign-title")
        focusable_heading(self.headline)
        # The box around the heading: the focus outline is drawn inside it, in a colour
        # of its own (the box's border alone would hardly change).
        box = QFrame()
        box.setProperty("role", "call-no-sign-box")
        QVBoxLayout(box).addWidget(self.headline)
        self.unsure = PlainLabel()
        self.unsure.setObjectName("call-unsure")
        self.steps = PlainLabel()
        self.steps.setObjectName("call-no-sign-steps")
        self.numbers_title = PlainLabel(role="heading")
        self.numbers = PlainLabel(selectable=True)
        self.numbers.setObjectName("call-numbers")
        self.again = QPushButton()
        self.again.setObjectName("call-again-no-sign")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        for widget in (box, self.unsure, self.steps, self.numbers_title, self.numbers):
            layout.addWidget(widget)
        layout.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def show_outcome(self, outcome: calls.NoSign, guide: calls.CallGuide,
                     content: Content) -> None:
        self.headline.setText(_(guide.no_sign_title))
        self.unsure.setVisible(outcome.unsure)
        self.unsure.setText(_("You were not sure about some answers. If in doubt, hang up: "
                              "a real bank or office will not mind if you call back."))
        self.steps.setText(numbered(guide.no_sign_steps))
        self.numbers_title.setText(_("Official numbers"))
        lines = [_("Your bank: the number on the back of your card or in the bank's app.")]
        for number_id in guide.no_sign_numbers:
            number = content.numbers[number_id]
            lines.append(f"{number.number}: {_(number.name)}")
        self.numbers.setText("\n".join(lines))
        self.again.setText(_("Start again"))
        self.again.setAccessibleName(_("Start again"))


def numbered(steps: tuple[str, ...]) -> str:
    """Steps as "1. ...", one a line, translated."""
    return "\n".join(f"{index}. {_(step)}" for index, step in enumerate(steps, start=1))


class CallPage(Page):
    """Questions during a call; the first Yes says "Hang up now"."""

    page_id = "call"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shell = context.shell
        self.content = context.content()
        self.guide = calls.default()
        self.walk = calls.CallWalk(self.guide)
        self._focus_target: QWidget | None = None
        self.question_view = QuestionView()
        self.hang_up_view = HangUpView()
        self.no_sign_view = NoSignView()
        self.views = QStackedLayout(self)
        for view in (self.question_view, self.hang_up_view, self.no_sign_view):
            self.views.addWidget(view)
        self.question_view.yes.clicked.connect(lambda: self._answer(calls.Answer.YES))
        self.question_view.no.clicked.connect(lambda: self._answer(calls.Answer.NO))
        self.question_view.unknown.clicked.connect(lambda: self._answer(calls.Answer.UNKNOWN))
        self.hang_up_view.already.clicked.connect(self._open_plan)
        self.hang_up_view.again.clicked.connect(self.restart)
        self.no_sign_view.again.clicked.connect(self.restart)
        self.retranslate_ui()

    def on_shown(self, argument: Any = None) -> None:
        self.restart()

    def restart(self) -> None:
        """Begin a new call from the first question."""
        self.walk = calls.CallWalk(self.guide)
        self._show()

    def _answer(self, answer: calls.Answer) -> None:
        if self.walk.question is None:  # a late click on a finished walk
            return
        self.walk.answer(answer)
        self._show()

    def _show(self) -> None:
        outcome = self.walk.outcome
        if outcome is None:
            self.question_view.show_question(self.walk)
            self.views.setCurrentWidget(self.question_view)
            self._focus(self.question_view.yes)
            announce(self.question_view.question)
        elif isinstance(outcome, calls.HangUp):
            self.hang_up_view.show_outcome(outcome, self.guide)
            self.views.setCurrentWidget(self.hang_up_view)
            self._focus(self.hang_up_view.headline)
            announce(self.hang_up_view.headline)
        else:
            self.no_sign_view.show_outcome(outcome, self.guide, self.content)
            self.views.setCurrentWidget(self.no_sign_view)
            self._focus(self.no_sign_view.headline)
            announce(self.no_sign_view.headline)

    def _focus(self, widget: QWidget) -> None:
        self._focus_target = widget
        self.scroll_to()  # each new question or outcome starts at its top
        if self.isVisible():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_plan(self) -> None:
        outcome = self.walk.outcome
        harm = outcome.question.harm if isinstance(outcome, calls.HangUp) else ()
        self._shell.navigate("checklist", {"answers": list(harm)})

    def retranslate_ui(self) -> None:
        self._show()

    def default_focus(self) -> QWidget | None:
        return self._focus_target
