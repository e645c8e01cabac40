"""Triage: two questions answered with big buttons ("not sure" is always there).

"What did you give or do?" takes several answers: each is a check box to the keyboard
and to screen readers (its own Tab stop, Space ticks it). "When?" takes one: a radio
group (one Tab stop, the arrow keys move, Space chooses), with a hint saying so.
Asking for the plan with nothing ticked shows an error summary at the top, which takes
focus and links to the question, and the same message by the question.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from assistant.core.checklist import NOT_SURE, Checklist, Option, Question, Triage
from assistant.core.i18n import _
from assistant.ui import a11y
from assistant.ui.widgets import (
    BigButton,
    ChoiceButton,
    PlainLabel,
    one_tab_stop,
    scroll_into_view,
)

#: Marks in front of an answer, (chosen, not chosen): a box where several answers may be
#: chosen, a round dot where only one may, as on paper forms and in check/radio boxes.
SEVERAL_MARKS = ("☑ ", "☐ ")
ONE_MARKS = ("● ", "○ ")


class AnswerButton(ChoiceButton):
    """A big answer; a mark in front of the title shows whether it is chosen."""

    def __init__(self, option: Option, several: bool, parent: QWidget | None = None) -> None:
        super().__init__(several, parent=parent)
        self.option = option
        self.marks = SEVERAL_MARKS if several else ONE_MARKS
        self.toggled.connect(lambda _on: self.retranslate_ui())

    def retranslate_ui(self) -> None:
        label = _(self.option.label)
        mark = self.marks[0] if self.isChecked() else self.marks[1]
        self.set_texts(mark + label, _(self.option.description) if self.option.description
                       else "")
        self.setAccessibleName(label)


class ErrorSummary(QFrame):
    """GOV.UK's error summary: "There is a problem" and a link to each question to fix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("triage-error-summary")
        self.setProperty("role", "error-summary")
        self.title = PlainLabel(role="heading")
        # A button whose words wrap (a QPushButton's never do: at 200% text it pushed the
        # page wider than the window), drawn as a link to the question.
        self.link = BigButton()
        self.link.setProperty("role", "error-link")
        self.link.setObjectName("triage-error-link")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.link)
        self.hide()

    def set_texts(self, title: str, problem: str) -> None:
        self.title.setText("⚠ " + title)
        self.link.set_texts(problem)
        self.setAccessibleName(title)


class TriageView(QWidget):
    """Asks what happened and when; emits the answers when the user asks for the plan."""

    submitted = Signal(object)  # Triage
    list_requested = Signal()

    def __init__(self, checklist: Checklist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checklist = checklist
        self._updating = False
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.errors = ErrorSummary()
        self.errors.link.clicked.connect(lambda: self.first_button().setFocus())
        layout.addWidget(self.errors)
        self.intro = PlainLabel()
        self.intro.setObjectName("triage-intro")
        layout.addWidget(self.intro)
        self.missing = PlainLabel(role="error")
        self.missing.setObjectName("triage-missing")
        self.missing.hide()
        self.what_prompt, self.what_hint, self.what_keys, self.what_buttons = self._question(
            checklist.what, layout, exclusive=False, error=self.missing)
        self.when_prompt, self.when_hint, self.when_keys, self.when_buttons = self._question(
            checklist.when, layout, exclusive=True)
        self.submit = BigButton()
        self.submit.setObjectName("triage-submit")
        self.submit.clicked.connect(self._submit)
        layout.addWidget(self.submit)
        self.list_button = QPushButton()
        self.list_button.setObjectName("triage-list")
        self.list_button.clicked.connect(self.list_requested.emit)
        layout.addWidget(self.list_button)
        layout.addStretch(1)

    def _question(self, question: Question, layout: QVBoxLayout, exclusive: bool,
                  error: PlainLabel | None = None
                  ) -> tuple[PlainLabel, PlainLabel, PlainLabel, dict[str, AnswerButton]]:
        prompt = PlainLabel(role="heading")
        hint = PlainLabel(role="muted")
        keys = PlainLabel(role="muted")  # how to answer with the keyboard
        keys.setObjectName(f"triage-{question.id}-keys")
        layout.addSpacing(8)
        layout.addWidget(prompt)
        layout.addWidget(hint)
        layout.addWidget(keys)
        if error is not None:
            layout.addWidget(error)
        # The answers of one question share a parent of their own: auto-exclusive buttons
        # form a group with their siblings.
        box = QWidget()
        box.setObjectName(f"triage-{question.id}")
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(layout.spacing())
        layout.addWidget(box)
        buttons: dict[str, AnswerButton] = {}
        for option in question.options:
            button = AnswerButton(option, several=not exclusive)
            button.setObjectName(f"triage-{question.id}-{option.id}")
            buttons[option.id] = button
            box_layout.addWidget(button)
            button.toggled.connect(lambda _on: self._clear_error())
        if exclusive:
            one_tab_stop(list(buttons.values()))
        return prompt, hint, keys, buttons

    def _clear_error(self) -> None:
        if any(b.isChecked() for b in self.what_buttons.values()):
            self.missing.hide()
            self.errors.hide()

    def set_answers(self, what: set[str] | frozenset[str], when: str | None,
                    updating: bool = False) -> None:
        """Show these answers as chosen (``updating``: they change an existing plan)."""
        self._updating = updating
        for option_id, button in self.what_buttons.items():
            button.setChecked(option_id in what)
        for option_id, button in self.when_buttons.items():
            button.set_chosen(option_id == when)
        one_tab_stop(list(self.when_buttons.values()))
        self.missing.hide()
        self.errors.hide()
        self.retranslate_ui()

    def answers(self) -> Triage:
        """The answers as chosen now ("not sure" when nothing is chosen for "when")."""
        what = {oid for oid, button in self.what_buttons.items() if button.isChecked()}
        when = next((oid for oid, b in self.when_buttons.items() if b.isChecked()), NOT_SURE)
        return Triage.of(what, when)

    def _submit(self) -> None:
        triage = self.answers()
        if not triage.what:
            self.missing.show()
            self.errors.show()
            self.errors.link.setFocus()
            # the whole summary, its title too, once the layout has made room for it
            QTimer.singleShot(0, self, lambda: scroll_into_view(self.errors))
            a11y.announce(self.errors, f"{self.errors.title.text()}. {self.missing.text()}",
                          assertive=True)
            return
        self.submitted.emit(triage)

    def first_button(self) -> QWidget:
        """Where the keyboard focus goes first."""
        return next(iter(self.what_buttons.values()))

    def retranslate_ui(self) -> None:
        """Re-set every text in the current language."""
        self.intro.setText(_("Stay calm: you can still protect yourself. Answer two "
                             "questions and you will get a plan, step by step. Everything "
                             "you do is saved as you go."))
        for question, prompt, hint in ((self._checklist.what, self.what_prompt, self.what_hint),
                                       (self._checklist.when, self.when_prompt, self.when_hint)):
            prompt.setText(_(question.prompt))
            hint.setText(_(question.description) if question.description else "")
            hint.setVisible(bool(question.description))
        for button in (*self.what_buttons.values(), *self.when_buttons.values()):
            button.retranslate_ui()
        self.what_keys.setText(_("You can choose several answers: press Tab to move between "
                                 "them and Space to tick one."))
        self.when_keys.setText(_("Choose one answer: move with the arrow keys, press Space "
                                 "to choose."))
        problem = _("Choose at least one answer, or “I am not sure”.")
        self.missing.setText("⚠ " + problem)
        self.missing.setAccessibleName(_("Error: {problem}").format(problem=problem))
        self.errors.set_texts(_("There is a problem"), _("{question} — {problem}").format(
            question=_(self._checklist.what.prompt), problem=problem))
        if self._updating:
            self.submit.set_texts(_("Update my plan"),
                                  _("Steps you already did or wrote notes on stay."))
        else:
            self.submit.set_texts(_("Show my plan"), _("What to do first, second, third."))
        self.list_button.setText(_("See my earlier plans"))
        self.list_button.setAccessibleName(_("See my earlier plans"))
