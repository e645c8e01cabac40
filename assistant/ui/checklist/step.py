"""One step of the emergency plan: what, why, how, numbers to call, state and a note."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QPushButton, QVBoxLayout, QWidget

from assistant.core.checklist import Checklist, Step, StepRecord, StepState
from assistant.core.checklist.report import status_text
from assistant.core.content import Content
from assistant.core.i18n import _
from assistant.ui.checklist.numbers import NumberBox
from assistant.ui.flowlayout import FlowLayout
from assistant.ui.widgets import PlainLabel

#: How long typing must pause before a note is saved (milliseconds).
NOTE_DELAY_MS = 600


def bullets(lines: tuple[str, ...]) -> str:
    """Translated lines as a plain-text bullet list."""
    return "\n".join(f"• {_(line)}" for line in lines)


class StepCard(QFrame):
    """A framed step; asks the plan to change its state or note through signals."""

    state_requested = Signal(str, object)  # step id, StepState
    note_edited = Signal(str, str)  # step id, text (after a pause in typing)

    def __init__(self, step: Step, checklist: Checklist, content: Content,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setProperty("role", "step")
        self.setObjectName(f"step-{step.id}")
        self.number = 0
        self._record: StepRecord | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.title = PlainLabel(role="heading")
        self.status = PlainLabel(role="status")
        self.status.setObjectName(f"step-status-{step.id}")
        self.why = PlainLabel()
        self.how_heading = PlainLabel(role="subheading")
        self.how = PlainLabel(selectable=True)
        for widget in (self.title, self.status, self.why, self.how_heading, self.how):
            layout.addWidget(widget)
        self.methods: list[tuple[PlainLabel, PlainLabel]] = []
        for _method in step.methods:
            pair = (PlainLabel(role="subheading"), PlainLabel(selectable=True))
            self.methods.append(pair)
            layout.addWidget(pair[0])
            layout.addWidget(pair[1])
        self.details_heading = PlainLabel(role="subheading")
        self.details = PlainLabel(selectable=True)
        layout.addWidget(self.details_heading)
        layout.addWidget(self.details)
        self.numbers = NumberBox(step, checklist, content)
        layout.addWidget(self.numbers)

        self.note = QLineEdit()
        self.note.setObjectName(f"step-note-{step.id}")
        self.note.setMaxLength(4000)
        self.note_label = PlainLabel(role="subheading")
        self.note_label.setBuddy(self.note)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_DELAY_MS)
        self._timer.timeout.connect(self.flush_note)
        self.note.textEdited.connect(lambda _text: self._timer.start())
        self.note.editingFinished.connect(self.flush_note)

        row = FlowLayout()
        self.done_button = QPushButton()
        self.skip_button = QPushButton()
        self.later_button = QPushButton()
        self.undo_button = QPushButton()
        for button, state, name in ((self.done_button, StepState.DONE, "done"),
                                    (self.skip_button, StepState.SKIPPED, "skip"),
                                    (self.later_button, StepState.LATER, "later"),
                                    (self.undo_button, StepState.OPEN, "undo")):
            button.setObjectName(f"step-{name}-{step.id}")
            button.clicked.connect(lambda _c=False, s=state: self._request(s))
            row.addWidget(button)
        layout.addLayout(row)

    def _request(self, state: StepState) -> None:
        self.flush_note()
        self.state_requested.emit(self.step.id, state)

    def flush_note(self) -> None:
        """Save a pending note now (before leaving the page, printing, closing)."""
        if self._timer.isActive() or (self._record and self.note.text() != self._record.note):
            self._timer.stop()
            self.note_edited.emit(self.step.id, self.note.text())

    def show_record(self, number: int, record: StepRecord, closed: bool) -> None:
        """Show the saved state of this step (its number in the plan, state, note)."""
        self.number = number
        self._record = record
        typing = self._timer.isActive() or self.note.hasFocus()
        if self.note.text() != record.note and not typing:
            self.note.setText(record.note)
        state = record.state
        self.done_button.setVisible(state is not StepState.DONE)
        self.skip_button.setVisible(state is StepState.OPEN)
        self.later_button.setVisible(state is StepState.OPEN)
        self.undo_button.setVisible(state is not StepState.OPEN)
        for button in (self.done_button, self.skip_button, self.later_button,
                       self.undo_button, self.note):
            button.setEnabled(not closed)
        self.setProperty("state", state.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        step = self.step
        title = _(step.title)
        self.title.setText(_("Step {number}. {action}").format(number=self.number,
                                                               action=title))
        record = self._record
        state = record.state if record else StepState.OPEN
        mark = {StepState.DONE: "✓ ", StepState.SKIPPED: "– ", StepState.LATER: "… "}
        self.status.setText(mark.get(state, "") + status_text(state,
                                                             record.changed if record else None))
        self.why.setText(_("Why: {reason}").format(reason=_(step.why)))
        self.how_heading.setText(_("How:"))
        self.how.setText(bullets(step.how))
        self.how_heading.setVisible(bool(step.how))
        self.how.setVisible(bool(step.how))
        for method, (label, body) in zip(step.methods, self.methods, strict=True):
            label.setText(_(method.label))
            body.setText(bullets(method.how))
        self.details_heading.setText(_("Good to know:"))
        self.details.setText(bullets(step.details))
        self.details_heading.setVisible(bool(step.details))
        self.details.setVisible(bool(step.details))
        self.numbers.retranslate_ui()
        self.note_label.setText(_("Your note (for example a request number or a name):"))
        self.note.setAccessibleName(_("Note for step {number}").format(number=self.number))
        self.note.setPlaceholderText(_("Saved as you type"))
        texts = ((self.done_button, _("Done"), _("Mark step {number} as done")),
                 (self.skip_button, _("Skip"), _("Skip step {number}")),
                 (self.later_button, _("I can't do this now"),
                  _("I can't do step {number} now")),
                 (self.undo_button, _("Undo"), _("Mark step {number} as not done")))
        for button, text, name in texts:
            button.setText(text)
            button.setAccessibleName(name.format(number=self.number))
        self.setAccessibleName(title)
