"""The plan of one incident: progress, the steps in order, the contact log, the report."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from assistant.core import checklist as core
from assistant.core.checklist.report import local_time
from assistant.core.content import Content
from assistant.core.i18n import _, ngettext
from assistant.ui.pages import checklist_pdf
from assistant.ui.pages.checklist_contacts import ContactLog
from assistant.ui.pages.checklist_flow import FlowLayout
from assistant.ui.pages.checklist_step import StepCard
from assistant.ui.widgets import PlainLabel


def answers_text(checklist: core.Checklist, triage: core.Triage) -> str:
    """The triage answers in one line, in the current language."""
    what = [_(o.label) for o in checklist.what.options if o.id in triage.what]
    when = _(checklist.when.option(triage.when).label) if triage.when in {
        o.id for o in checklist.when.options} else ""
    return "; ".join([*what, when] if when else what)


class PlanView(QWidget):
    """Shows an incident; every click is saved at once through the store."""

    list_requested = Signal()
    change_requested = Signal(object)  # Incident

    def __init__(self, store: core.IncidentStore, checklist: core.Checklist,
                 content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._checklist, self._content = store, checklist, content
        self.incident: core.Incident | None = None
        self.cards: dict[str, StepCard] = {}
        self._saved_pdf: object = None
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        self.heading = PlainLabel(role="heading")
        self.progress = PlainLabel(role="status")
        self.progress.setObjectName("plan-progress")
        self.answers = PlainLabel(selectable=True)
        self.calm = PlainLabel()
        for widget in (self.heading, self.progress, self.answers, self.calm):
            layout.addWidget(widget)
        actions = FlowLayout()
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("plan-pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton()
        self.print_button.setObjectName("plan-print")
        self.print_button.clicked.connect(self._print)
        self.change_button = QPushButton()
        self.change_button.setObjectName("plan-change")
        self.change_button.clicked.connect(lambda: self.change_requested.emit(self.incident))
        self.close_button = QPushButton()
        self.close_button.setObjectName("plan-close")
        self.close_button.clicked.connect(self._toggle_closed)
        self.list_button = QPushButton()
        self.list_button.setObjectName("plan-list")
        self.list_button.clicked.connect(self._to_list)
        for button in (self.pdf_button, self.print_button, self.change_button,
                       self.close_button, self.list_button):
            actions.addWidget(button)
        layout.addLayout(actions)
        self.pdf_status = PlainLabel(role="status", selectable=True)
        self.pdf_status.setObjectName("plan-pdf-status")
        self.open_pdf = QPushButton()
        self.open_pdf.setObjectName("plan-open-pdf")
        self.open_pdf.clicked.connect(self._open_pdf)
        layout.addWidget(self.pdf_status)
        layout.addWidget(self.open_pdf)
        self.steps_box = QVBoxLayout()
        self.steps_box.setSpacing(14)
        layout.addLayout(self.steps_box)
        self.contacts = ContactLog()
        self.contacts.add_requested.connect(self._add_contact)
        self.contacts.remove_requested.connect(self._remove_contact)
        layout.addWidget(self.contacts)
        layout.addStretch(1)

    def show_incident(self, incident: core.Incident) -> None:
        """Build the cards for ``incident`` and show its saved progress."""
        self.flush()
        for card in self.cards.values():
            card.deleteLater()
        self.cards = {}
        for record in incident.steps:
            step = self._checklist.steps.get(record.step_id)
            if step is None:  # a step removed from the content since; its data stays saved
                continue
            card = StepCard(step, self._checklist, self._content)
            card.state_requested.connect(self._set_state)
            card.note_edited.connect(self._set_note)
            self.cards[step.id] = card
            self.steps_box.addWidget(card)
        self._saved_pdf = None
        self._refresh(incident)

    def _refresh(self, incident: core.Incident) -> None:
        self.incident = incident
        number = 0
        for record in incident.steps:
            if record.step_id in self.cards:
                number += 1
                self.cards[record.step_id].show_record(number, record, incident.closed)
        self.contacts.show_entries(incident.contacts, incident.closed)
        self.change_button.setEnabled(not incident.closed)
        self.retranslate_ui()

    def flush(self) -> None:
        """Save notes still waiting for the pause in typing."""
        for card in self.cards.values():
            card.flush_note()

    def _set_state(self, step_id: str, state: core.StepState) -> None:
        if self.incident is not None:
            self.flush()
            self._store.set_state(self.incident.id, step_id, state)
            self._refresh(self._store.load(self.incident.id))

    def _set_note(self, step_id: str, text: str) -> None:
        if self.incident is not None:
            self._store.set_note(self.incident.id, step_id, text)
            self.incident = self._store.load(self.incident.id)
            self.cards[step_id].show_record(self.cards[step_id].number,
                                            self.incident.step(step_id), self.incident.closed)

    def _add_contact(self, who: str, reference: str) -> None:
        if self.incident is not None:
            self.flush()
            self._store.add_contact(self.incident.id, who, reference)
            self._refresh(self._store.load(self.incident.id))

    def _remove_contact(self, entry_id: int) -> None:
        if self.incident is not None:
            self._store.remove_contact(self.incident.id, entry_id)
            self._refresh(self._store.load(self.incident.id))

    def _toggle_closed(self) -> None:
        if self.incident is not None:
            self.flush()
            self._refresh(self._store.set_closed(self.incident.id, not self.incident.closed))

    def _to_list(self) -> None:
        self.flush()
        self.list_requested.emit()

    def report(self) -> core.IncidentReport:
        """The report of the incident as saved now."""
        assert self.incident is not None
        self.flush()
        return core.build(self._checklist, self._store.load(self.incident.id))

    def save_pdf(self) -> None:
        """Ask where, then write the incident report as a PDF."""
        if self.incident is None:
            return
        report = self.report()
        today = _dt.date.today().isoformat()
        path = checklist_pdf.ask_save_path(self, checklist_pdf.suggested_path(today))
        if path is None:
            return
        try:
            checklist_pdf.write_pdf(report, path)
        except OSError:
            self._saved_pdf = False
        else:
            self._saved_pdf = path
        self.retranslate_ui()

    def _print(self) -> None:
        if self.incident is not None:
            checklist_pdf.print_report(self, self.report())

    def _open_pdf(self) -> None:
        if self._saved_pdf:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved_pdf)))

    def retranslate_ui(self) -> None:
        """Re-set every text in the current language."""
        incident = self.incident
        if incident is None:
            return
        done, total = incident.progress()
        self.heading.setText(_("Your plan"))
        progress = ngettext("{done} of {total} step done.", "{done} of {total} steps done.",
                            total).format(done=done, total=total)
        started = _("Started: {time}.").format(time=local_time(incident.created))
        closed = (" " + _("This incident is closed.")) if incident.closed else ""
        self.progress.setText(f"{started} {progress}{closed}")
        self.answers.setText(_("What happened: {answers}").format(
            answers=answers_text(self._checklist, incident.triage)))
        self.calm.setText(_("Go step by step, from the top. Press “Done” when a step is "
                            "done: the time is saved. Everything is saved at once."))
        for button, text, name in (
                (self.pdf_button, _("Print / save as PDF"), _("Print / save as PDF")),
                (self.print_button, _("Print"), _("Print the report on paper")),
                (self.change_button, _("Change my answers"), _("Change my answers")),
                (self.close_button, _("Open it again") if incident.closed
                 else _("Close this incident"),
                 _("Open this incident again") if incident.closed
                 else _("Close this incident")),
                (self.list_button, _("All my plans"), _("All my plans"))):
            button.setText(text)
            button.setAccessibleName(name)
        if self._saved_pdf:
            self.pdf_status.setText(_("The report was saved: {path}").format(
                path=self._saved_pdf))
        elif self._saved_pdf is False:
            self.pdf_status.setText(_("The report could not be saved there. "
                                      "Try another folder."))
        self.pdf_status.setVisible(self._saved_pdf is not None)
        self.open_pdf.setVisible(bool(self._saved_pdf))
        self.open_pdf.setText(_("Open the report"))
        self.open_pdf.setAccessibleName(_("Open the saved report"))
        for card in self.cards.values():
            card.retranslate_ui()
        self.contacts.retranslate_ui()
