"""The list of the user's incidents: start a new plan, or resume one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from assistant.core import checklist as core
from assistant.core.checklist.report import local_time
from assistant.core.i18n import _, ngettext
from assistant.ui.checklist.header import answers_text
from assistant.ui.widgets import BigButton, PlainLabel


class IncidentList(QWidget):
    """Big buttons: a new plan first, then every incident (open ones first)."""

    new_requested = Signal()
    open_requested = Signal(int)  # incident id

    def __init__(self, checklist: core.Checklist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checklist = checklist
        self._incidents: list[core.Incident] = []
        self._buttons: list[BigButton] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.new_button = BigButton()
        self.new_button.setObjectName("incidents-new")
        self.new_button.clicked.connect(self.new_requested.emit)
        self.heading = PlainLabel(role="heading")
        layout.addWidget(self.new_button)
        layout.addSpacing(8)
        layout.addWidget(self.heading)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(12)
        layout.addLayout(self.list_box)
        layout.addStretch(1)

    def show_incidents(self, incidents: list[core.Incident]) -> None:
        """Show ``incidents`` as buttons that resume them."""
        for button in self._buttons:
            button.deleteLater()
        self._incidents = incidents
        self._buttons = []
        for incident in incidents:
            button = BigButton()
            button.setObjectName(f"incident-{incident.id}")
            button.clicked.connect(lambda _c=False, i=incident.id: self.open_requested.emit(i))
            self.list_box.addWidget(button)
            self._buttons.append(button)
        self.retranslate_ui()

    def first_button(self) -> QWidget:
        """The most likely choice: the newest open incident, else a new plan."""
        if self._incidents and not self._incidents[0].closed:
            return self._buttons[0]
        return self.new_button

    def retranslate_ui(self) -> None:
        """Re-set every text in the current language."""
        self.new_button.set_texts(_("Something happened: make a new plan"),
                                  _("Two questions, then the steps to take."))
        self.heading.setText(_("Your plans"))
        for incident, button in zip(self._incidents, self._buttons, strict=True):
            done, total = incident.progress()
            title = _("Plan of {time}").format(time=local_time(incident.created))
            state = (_("Closed.") if incident.closed else
                     ngettext("{done} of {total} step done.", "{done} of {total} steps done.",
                              total).format(done=done, total=total))
            button.set_texts(title, "\n".join(
                [answers_text(self._checklist, incident.triage), state]))
