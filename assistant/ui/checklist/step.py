"""One step of the emergency plan: open (what, why, the buttons, whom to call, how, a
note) or folded to one line that opens it again.

Only one step is open at a time (:class:`~assistant.ui.checklist.plan.PlanView` decides
which); the main buttons come right under the title and its reason, so at 200% text the
title and "Done" fit on one screen together. How to do it waits behind "Show how".
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assistant.core.checklist import Checklist, Step, StepRecord, StepState
from assistant.core.checklist.report import status_text
from assistant.core.content import Content
from assistant.core.i18n import _
from assistant.ui.checklist.numbers import NumberBox
from assistant.ui.flowlayout import FlowLayout
from assistant.ui.widgets import PlainLabel, after_first_paint

#: How long typing must pause before a note is saved (milliseconds).
NOTE_DELAY_MS = 600
#: The mark in front of a folded step, by its state.
MARKS = {StepState.DONE: "✓", StepState.SKIPPED: "–", StepState.LATER: "…",
         StepState.OPEN: "○"}


def bullets(lines: tuple[str, ...]) -> str:
    """Translated lines as a plain-text bullet list."""
    return "\n".join(f"• {_(line)}" for line in lines)


class LineButton(QPushButton):
    """A flat button whose text wraps (a folded step: one line when it fits)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "step-line")
        self.label = PlainLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        after_first_paint(self._click_through)

    def _click_through(self) -> None:
        from PySide6.QtCore import Qt

        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_line(self, text: str) -> None:
        """The visible text (also the accessible name)."""
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout else super().minimumSizeHint()


class StepCard(QFrame):
    """A step, open or folded; asks the plan to change its state, note or opening."""

    state_requested = Signal(str, object)  # step id, StepState
    note_edited = Signal(str, str)  # step id, text (after a pause in typing)
    open_requested = Signal(str)  # step id

    def __init__(self, step: Step, checklist: Checklist, content: Content,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setProperty("role", "step")
        self.setObjectName(f"step-{step.id}")
        self.number = 0
        self.total = 0
        self.expanded = False
        self._record: StepRecord | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.line = LineButton()
        self.line.setObjectName(f"step-line-{step.id}")
        self.line.clicked.connect(lambda: self.open_requested.emit(self.step.id))
        outer.addWidget(self.line)

        self.body = QWidget()
        self.body.setObjectName(f"step-body-{step.id}")
        outer.addWidget(self.body)
        layout = QVBoxLayout(self.body)
        layout.setSpacing(8)
        self.position = PlainLabel(role="status")
        self.position.setObjectName(f"step-position-{step.id}")
        self.title = PlainLabel(role="heading")
        self.title.setObjectName(f"step-title-{step.id}")
        self.why = PlainLabel()
        self.help = PlainLabel(role="muted")
        self.help.setObjectName(f"step-help-{step.id}")
        self.status = PlainLabel(role="status")
        self.status.setObjectName(f"step-status-{step.id}")
        for widget in (self.position, self.title, self.why, self.help, self.status):
            layout.addWidget(widget)

        row = FlowLayout()
        self.done_button = QPushButton()
        self.done_button.setProperty("role", "primary")
        self.later_button = QPushButton()
        self.skip_button = QPushButton()
        self.undo_button = QPushButton()
        for button, state, name in ((self.done_button, StepState.DONE, "done"),
                                    (self.later_button, StepState.LATER, "later"),
                                    (self.skip_button, StepState.SKIPPED, "skip"),
                                    (self.undo_button, StepState.OPEN, "undo")):
            button.setObjectName(f"step-{name}-{step.id}")
            button.clicked.connect(lambda _c=False, s=state: self._request(s))
            row.addWidget(button)
        layout.addLayout(row)

        self.numbers = NumberBox(step, checklist, content)
        layout.addWidget(self.numbers)

        self.how_button = QPushButton()
        self.how_button.setObjectName(f"step-how-{step.id}")
        self.how_button.setCheckable(True)
        self.how_button.toggled.connect(self._show_how)
        how_row = FlowLayout()
        how_row.addWidget(self.how_button)
        layout.addLayout(how_row)
        self.how_box = QWidget()
        self.how_box.setObjectName(f"step-how-box-{step.id}")
        how_layout = QVBoxLayout(self.how_box)
        how_layout.setContentsMargins(0, 0, 0, 0)
        self.how = PlainLabel(selectable=True)
        how_layout.addWidget(self.how)
        self.methods: list[tuple[PlainLabel, PlainLabel]] = []
        for _method in step.methods:
            pair = (PlainLabel(role="subheading"), PlainLabel(selectable=True))
            self.methods.append(pair)
            how_layout.addWidget(pair[0])
            how_layout.addWidget(pair[1])
        self.details_heading = PlainLabel(role="subheading")
        self.details = PlainLabel(selectable=True)
        how_layout.addWidget(self.details_heading)
        how_layout.addWidget(self.details)
        layout.addWidget(self.how_box)
        self.how_box.hide()

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
        self.set_expanded(False)

    def _request(self, state: StepState) -> None:
        self.flush_note()
        self.state_requested.emit(self.step.id, state)

    def _show_how(self, shown: bool) -> None:
        self.how_box.setVisible(shown)
        self.retranslate_ui()

    def set_expanded(self, expanded: bool) -> None:
        """Open the step (everything) or fold it to its one line."""
        self.expanded = expanded
        self.line.setVisible(not expanded)
        self.body.setVisible(expanded)
        self.setProperty("open", expanded)
        self.style().unpolish(self)
        self.style().polish(self)

    def main_button(self) -> QPushButton:
        """The button that moves the plan on: "Done", or "Undo" once it is done."""
        state = self._record.state if self._record else StepState.OPEN
        return self.undo_button if state is StepState.DONE else self.done_button

    def flush_note(self) -> None:
        """Save a pending note now (before leaving the page, printing, closing)."""
        if self._timer.isActive() or (self._record and self.note.text() != self._record.note):
            self._timer.stop()
            self.note_edited.emit(self.step.id, self.note.text())

    def show_record(self, number: int, total: int, record: StepRecord, closed: bool) -> None:
        """Show the saved state of this step (its place in the plan, state, note)."""
        self.number, self.total = number, total
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
        record = self._record
        state = record.state if record else StepState.OPEN
        status = status_text(state, record.changed if record else None)
        line = f"{MARKS[state]} {self.number}. {title}"
        if state is not StepState.OPEN:
            line += f" — {status}"
        self.line.set_line(line)
        note = record.note.strip() if record else ""
        self.line.setAccessibleDescription(
            _("Note: {note}").format(note=note) if note else _("Opens this step"))
        self.position.setText(_("Step {number} of {total}").format(number=self.number,
                                                                  total=self.total))
        self.title.setText(title)
        self.why.setText(_(step.why))
        self.help.setText(_("This step can be hard to do alone: ask someone you trust "
                            "to help."))
        self.help.setVisible(step.hard)
        self.status.setText(f"{MARKS[state]} {status}")
        self.status.setVisible(state is not StepState.OPEN)
        shown = self.how_button.isChecked()
        self.how_button.setText(_("Hide how") if shown else _("Show how"))
        self.how_button.setAccessibleName(
            (_("Hide how to do step {number}") if shown
             else _("Show how to do step {number}")).format(number=self.number))
        self.how.setText(bullets(step.how))
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
