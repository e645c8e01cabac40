"""Triage: two questions answered with big buttons ("not sure" is always there)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton, QVBoxLayout, QWidget

from assistant.core.checklist import NOT_SURE, Checklist, Option, Question, Triage
from assistant.core.i18n import _
from assistant.ui.widgets import BigButton, PlainLabel

#: Marks in front of an answer, (chosen, not chosen): a box where several answers may be
#: chosen, a round dot where only one may, as on paper forms and in check/radio boxes.
SEVERAL_MARKS = ("☑ ", "☐ ")
ONE_MARKS = ("● ", "○ ")


class AnswerButton(BigButton):
    """A big checkable answer; a mark in front of the title shows whether it is chosen."""

    def __init__(self, option: Option, several: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.option = option
        self.marks = SEVERAL_MARKS if several else ONE_MARKS
        self.setCheckable(True)
        self.toggled.connect(lambda _on: self.retranslate_ui())

    def retranslate_ui(self) -> None:
        label = _(self.option.label)
        mark = self.marks[0] if self.isChecked() else self.marks[1]
        self.set_texts(mark + label, _(self.option.description) if self.option.description
                       else "")
        self.setAccessibleName(label)


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
        self.intro = PlainLabel()
        self.intro.setObjectName("triage-intro")
        layout.addWidget(self.intro)
        self.what_prompt, self.what_hint, self.what_buttons = self._question(
            checklist.what, layout, exclusive=False)
        self.when_prompt, self.when_hint, self.when_buttons = self._question(
            checklist.when, layout, exclusive=True)
        self.missing = PlainLabel(role="status")
        self.missing.setObjectName("triage-missing")
        self.missing.hide()
        layout.addWidget(self.missing)
        self.submit = BigButton()
        self.submit.setObjectName("triage-submit")
        self.submit.clicked.connect(self._submit)
        layout.addWidget(self.submit)
        self.list_button = QPushButton()
        self.list_button.setObjectName("triage-list")
        self.list_button.clicked.connect(self.list_requested.emit)
        layout.addWidget(self.list_button)
        layout.addStretch(1)

    def _question(self, question: Question, layout: QVBoxLayout, exclusive: bool
                  ) -> tuple[PlainLabel, PlainLabel, dict[str, AnswerButton]]:
        prompt = PlainLabel(role="heading")
        hint = PlainLabel(role="muted")
        layout.addSpacing(8)
        layout.addWidget(prompt)
        layout.addWidget(hint)
        group = QButtonGroup(self)
        group.setExclusive(exclusive)
        buttons: dict[str, AnswerButton] = {}
        for option in question.options:
            button = AnswerButton(option, several=not exclusive)
            button.setObjectName(f"triage-{question.id}-{option.id}")
            group.addButton(button)
            buttons[option.id] = button
            layout.addWidget(button)
            button.toggled.connect(lambda _on: self.missing.hide())
        return prompt, hint, buttons

    def set_answers(self, what: set[str] | frozenset[str], when: str | None,
                    updating: bool = False) -> None:
        """Show these answers as chosen (``updating``: they change an existing plan)."""
        self._updating = updating
        for option_id, button in self.what_buttons.items():
            button.setChecked(option_id in what)
        group = next(iter(self.when_buttons.values())).group()
        group.setExclusive(False)  # an exclusive group cannot show "nothing chosen"
        for option_id, button in self.when_buttons.items():
            button.setChecked(option_id == when)
        group.setExclusive(True)
        self.missing.hide()
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
            next(iter(self.what_buttons.values())).setFocus()
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
        self.missing.setText(_("Choose at least one answer above, or “I am not sure”."))
        if self._updating:
            self.submit.set_texts(_("Update my plan"),
                                  _("Steps you already did or wrote notes on stay."))
        else:
            self.submit.set_texts(_("Show my plan"), _("What to do first, second, third."))
        self.list_button.setText(_("See my earlier plans"))
        self.list_button.setAccessibleName(_("See my earlier plans"))
