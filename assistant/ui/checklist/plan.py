"""The plan of one incident: the header, one step open at a time, the follow-up, the
report's details, the contact log and the actions.

The plan opens at the first step not done (:meth:`Incident.current_step`, decided in
core); the other steps are folded to one line each and open with a click. "Done" opens
the next step not done.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QTimer, Signal
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from assistant.core import checklist as core
from assistant.core.checklist.reminder import Reminders
from assistant.core.content import Content
from assistant.core.i18n import _
from assistant.core.storage import StorageWriteError
from assistant.core.writing import NotSaved
from assistant.ui.checklist import pdf
from assistant.ui.checklist.contacts import ContactLog
from assistant.ui.checklist.details import DetailsForm
from assistant.ui.checklist.header import PlanActions, PlanHeader
from assistant.ui.checklist.letters import LettersPanel
from assistant.ui.checklist.reminder import ReminderBox
from assistant.ui.checklist.step import StepCard
from assistant.ui.widgets import PlainLabel, chain_tab_order


class PhaseHeading(PlainLabel):
    """The title of a part of the plan (stop the damage, protect accounts...) and its why."""

    def __init__(self, checklist: core.Checklist, phase_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, role="subheading")
        self.phase_id = phase_id
        self.setObjectName(f"phase-{phase_id}")
        self._checklist = checklist
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Re-set the text in the current language."""
        try:
            phase = self._checklist.phase(self.phase_id)
        except KeyError:
            self.hide()
            return
        self.setText(f"{_(phase.title)}\n{_(phase.why)}")


class PlanView(QWidget):
    """Shows an incident; every click is saved at once through the store."""

    list_requested = Signal()
    change_requested = Signal(object)  # Incident
    delete_requested = Signal(object)  # Incident

    def __init__(self, store: core.IncidentStore, checklist: core.Checklist,
                 content: Content, reminders: Reminders,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._checklist, self._content = store, checklist, content
        self.incident: core.Incident | None = None
        self.cards: dict[str, StepCard] = {}
        self.phase_headings: list[PhaseHeading] = []
        self.open_step: str | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        self.header = PlanHeader(checklist)
        self.header.change_requested.connect(lambda: self.change_requested.emit(self.incident))
        layout.addWidget(self.header)
        self.steps_box = QVBoxLayout()
        self.steps_box.setSpacing(14)
        layout.addLayout(self.steps_box)
        self.finished = PlainLabel(role="status")
        self.finished.setObjectName("plan-finished")
        layout.addWidget(self.finished)
        self.reminder = ReminderBox(reminders)
        layout.addWidget(self.reminder)
        self.details = DetailsForm()
        self.details.detail_edited.connect(
            lambda field_id, text: self._set_detail(field_id, text, self.details))
        layout.addWidget(self.details)
        self.contacts = ContactLog()
        self.contacts.add_requested.connect(self._add_contact)
        self.contacts.remove_requested.connect(self._remove_contact)
        layout.addWidget(self.contacts)
        self.letters = LettersPanel(checklist)
        self.letters.detail_edited.connect(
            lambda field_id, text: self._set_detail(field_id, text, self.letters))
        self.letters.opening.connect(self.details.flush)
        layout.addWidget(self.letters)
        self.plan_actions = PlanActions()
        self.plan_actions.pdf_requested.connect(self.save_pdf)
        self.plan_actions.print_requested.connect(self._print)
        self.plan_actions.close_requested.connect(self._toggle_closed)
        self.plan_actions.list_requested.connect(self._to_list)
        self.plan_actions.delete_requested.connect(self._delete)
        layout.addWidget(self.plan_actions)
        layout.addStretch(1)

    def show_incident(self, incident: core.Incident) -> None:
        """Build the cards for ``incident`` and show its saved progress."""
        self.flush()
        for card in self.cards.values():
            card.deleteLater()
        for heading in self.phase_headings:
            heading.deleteLater()
        self.cards = {}
        self.phase_headings = []
        shown_phase = None
        for record in incident.steps:
            step = self._checklist.steps.get(record.step_id)
            if step is None:  # a step removed from the content since; its data stays saved
                continue
            phase = step.phase_for(incident.triage.when)
            if phase != shown_phase:  # each part of the plan says why it comes there
                shown_phase = phase
                heading = PhaseHeading(self._checklist, phase)
                self.phase_headings.append(heading)
                self.steps_box.addWidget(heading)
            card = StepCard(step, self._checklist, self._content)
            card.state_requested.connect(self._set_state)
            card.note_edited.connect(self._set_note)
            card.open_requested.connect(self.open)
            self.cards[step.id] = card
            self.steps_box.addWidget(card)
        self._refresh(incident, new=True)
        self.open(incident.current_step(set(self.cards)))

    def _refresh(self, incident: core.Incident, new: bool = False) -> None:
        self.incident = incident
        records = [r for r in incident.steps if r.step_id in self.cards]
        for number, record in enumerate(records, start=1):
            self.cards[record.step_id].show_record(number, len(records), record,
                                                   incident.closed)
        self.contacts.show_entries(incident.contacts, incident.closed)
        self._show_details(incident)
        self.header.show_incident(incident)
        self.plan_actions.show_incident(incident, new)
        self.reminder.refresh()
        self._show_finished()
        # The step cards and the log's lines are built after the rest of the plan: without
        # this, Tab would reach them after "Delete", at the bottom of the page.
        chain_tab_order(self)

    def _show_details(self, incident: core.Incident) -> None:
        """Show the saved details in the report's form and in the letters alike."""
        details = self._store.details(incident.id)
        self.details.show_details(details, incident.closed)
        self.letters.show_incident(incident, details)

    def open(self, step_id: str | None) -> None:
        """Open ``step_id`` and fold every other step (None: fold them all)."""
        self.flush()  # a note typed in the step being folded is kept
        self.open_step = step_id if step_id in self.cards else None
        for card_id, card in self.cards.items():
            card.set_expanded(card_id == self.open_step)
        self._show_finished()

    def open_card(self) -> StepCard | None:
        """The step open now, if any."""
        return self.cards.get(self.open_step) if self.open_step else None

    def land(self) -> None:
        """Bring the open step into view with the keyboard on its main button; with
        every step settled, the words saying so."""
        card = self.open_card()
        first: QWidget = card if card is not None else self.finished
        last: QWidget = card.main_button() if card is not None else self.finished
        if card is not None and self.isVisible() and last.isVisible():
            last.setFocus()

        def scroll() -> None:
            area = self.parentWidget()
            while area is not None and not isinstance(area, QScrollArea):
                area = area.parentWidget()
            holder = area.widget() if isinstance(area, QScrollArea) else None
            if area is None or holder is None or not first.isVisible():
                return
            # Lay the new plan out first: its positions are still the old view's.
            for _round in range(8):  # a layout request travels up one parent per round
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            # Scroll from the top as little as needed to show the step's title down to
            # its main button: what is above (the calm word, the folded steps) stays in
            # view when it fits.
            top = first.mapTo(holder, QPoint(0, 0)).y()
            bottom = last.mapTo(holder, QPoint(0, last.height())).y()
            half = max(0, bottom - top) // 2
            area.ensureVisible(0, 0, 0, 0)  # from the top (hiding a view moved it)
            area.ensureVisible(0, top + half, 0, half + 24)

        QTimer.singleShot(0, self, scroll)

    def _show_finished(self) -> None:
        incident = self.incident
        left = incident.current_step(set(self.cards)) if incident else None
        self.finished.setVisible(incident is not None and left is None
                                 and self.open_step is None)
        self.finished.setText(_("Every step is done or skipped. You can save the report "
                                "below, and set a reminder to check for new loans later. "
                                "Press a step to see it again."))

    def flush(self) -> None:
        """Save notes and details still waiting for the pause in typing."""
        for card in self.cards.values():
            card.flush_note()
        self.details.flush()
        self.letters.flush()

    def _set_detail(self, field_id: str, text: str,
                    source: DetailsForm | LettersPanel) -> None:
        """Save one detail typed in ``source``; the letters are built from every saved
        detail, those of the report's form (name, IIN, amount...) included."""
        if self.incident is None:
            return
        try:
            self._store.set_detail(self.incident.id, field_id, text)
        except StorageWriteError as failure:
            if not failure.reported:
                raise
            # Kept as typed where it was typed, and saved again at the next pause.
            if isinstance(source, DetailsForm):
                source.retry(field_id)
            else:
                source.mark_unsaved(field_id)
            return
        # Only the other view is refreshed: the one saving may still hold fields it has
        # not handed over yet.
        details = self._store.details(self.incident.id)
        if isinstance(source, DetailsForm):
            self.letters.show_incident(self.incident, details)
        else:
            self.details.show_details(details, self.incident.closed)

    def _set_state(self, step_id: str, state: core.StepState) -> None:
        if self.incident is not None:
            self.flush()
            self._store.set_state(self.incident.id, step_id, state)
            incident = self._store.load(self.incident.id)
            self._refresh(incident)
            if state is not core.StepState.OPEN:  # settled for now: on to the next one
                self.open(incident.current_step(set(self.cards)))
                self.land()

    def _set_note(self, step_id: str, text: str) -> None:
        if self.incident is not None:
            try:
                self._store.set_note(self.incident.id, step_id, text)
            except StorageWriteError as failure:
                if not failure.reported:
                    raise
                return  # the note stays as typed, and is saved again at the next pause
            self.incident = self._store.load(self.incident.id)
            card = self.cards[step_id]
            card.show_record(card.number, card.total, self.incident.step(step_id),
                             self.incident.closed)

    def _add_contact(self, who: str, reference: str) -> None:
        if self.incident is not None:
            self.flush()
            try:
                self._store.add_contact(self.incident.id, who, reference)
            except StorageWriteError as failure:
                if not failure.reported:
                    raise
                self.contacts.saved = False  # keep what was typed in the boxes
                return
            self._refresh(self._store.load(self.incident.id))

    def _remove_contact(self, entry_id: int) -> None:
        if self.incident is not None:
            self._store.remove_contact(self.incident.id, entry_id)
            self._refresh(self._store.load(self.incident.id))

    def _toggle_closed(self) -> None:
        if self.incident is not None:
            self.flush()
            self._refresh(self._store.set_closed(self.incident.id, not self.incident.closed))

    def _delete(self) -> None:
        if self.incident is not None:
            self.flush()
            self.delete_requested.emit(self.incident)

    def _to_list(self) -> None:
        self.flush()
        self.list_requested.emit()

    def report(self) -> core.IncidentReport:
        """The report of the incident as saved now."""
        assert self.incident is not None
        self.flush()
        return core.build(self._checklist, self._store.load(self.incident.id),
                          self._store.details(self.incident.id))

    def save_pdf(self) -> None:
        """Ask where, then write the incident report as a PDF."""
        if self.incident is None:
            return
        report = self.report()
        path = pdf.ask_save_path(self, pdf.suggested_path(report.file_name))
        if path is None:
            return
        try:
            pdf.write_pdf(report, path)
        except NotSaved as failure:
            self.plan_actions.set_pdf_result(failure)
        else:
            self.plan_actions.set_pdf_result(path)

    def _print(self) -> None:
        if self.incident is not None:
            pdf.print_report(self, self.report())

    def retranslate_ui(self) -> None:
        """Re-set every text in the current language."""
        self.header.retranslate_ui()
        self.plan_actions.retranslate_ui()
        for card in self.cards.values():
            card.retranslate_ui()
        for heading in self.phase_headings:
            heading.retranslate_ui()
        self._show_finished()
        self.reminder.retranslate_ui()
        self.details.retranslate_ui()
        self.contacts.retranslate_ui()
        self.letters.retranslate_ui()
