"""The "I already gave my code" page: triage, the personal plan, and the saved incidents.

The page only shows core objects (``assistant.core.checklist``) and forwards clicks;
plan building, saving and the report live in the core.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from assistant.core import checklist as core
from assistant.core.i18n import _
from assistant.ui.checklist.incidents import IncidentList
from assistant.ui.checklist.plan import PlanView
from assistant.ui.checklist.triage import TriageView
from assistant.ui.context import AppContext
from assistant.ui.widgets import Page, ViewSwitcher


def confirm_delete(parent: QWidget) -> bool:
    """Ask before deleting a plan and its notes. Tests replace this function."""
    box = QMessageBox(QMessageBox.Icon.Question, _("Delete this plan"),
                      _("Delete this plan, its notes and its contact log from this computer? "
                        "This cannot be undone."),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(_("Yes, delete it"), QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(_("No, keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


class ChecklistPage(Page):
    """Three views in one page: the incident list, triage and the plan; one shown at a time."""

    page_id = "checklist"
    style_role = "checklist"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = context.incidents
        self.checklist = core.default()  # the same cached plan data as the store's
        self._changing: core.Incident | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.incidents = IncidentList(self.checklist)
        self.triage = TriageView(self.checklist)
        self.plan = PlanView(self.store, self.checklist, context.content(),
                             context.reminders)
        self.views = ViewSwitcher((self.triage, self.incidents, self.plan))
        self.views.hide()  # until on_shown chooses the view
        layout.addWidget(self.views)
        self.incidents.new_requested.connect(lambda: self.start_triage(set()))
        self.incidents.open_requested.connect(self.open_incident)
        self.triage.submitted.connect(self._triage_done)
        self.triage.list_requested.connect(self.show_list)
        self.plan.list_requested.connect(self.show_list)
        self.plan.change_requested.connect(self._change_answers)
        self.plan.delete_requested.connect(self._delete)
        self.retranslate_ui()

    def on_shown(self, argument: Any = None) -> None:
        scenarios = argument.get("scenarios") if isinstance(argument, dict) else None
        answers = argument.get("answers") if isinstance(argument, dict) else None
        if isinstance(answers, list | tuple):
            known = {option.id for option in self.checklist.what.options}
            self.start_triage({a for a in answers if a in known})
        elif isinstance(scenarios, list | tuple):
            wanted = [s for s in scenarios if isinstance(s, str)]
            self.start_triage(self.checklist.answers_for_scenarios(wanted))
        elif self.current_view() is self.plan and self.plan.incident is not None:
            self.open_incident(self.plan.incident.id)
        elif any(not incident.closed for incident in self.store.incidents()):
            self.show_list()
        else:
            self.start_triage(set())

    def start_triage(self, answers: set[str]) -> None:
        """Ask the two questions for a new incident, with ``answers`` already chosen."""
        self.plan.flush()
        self._changing = None
        self.triage.set_answers(answers, None)
        self.triage.list_button.setVisible(bool(self.store.incidents()))
        self._show(self.triage)
        self._focus(self.triage.first_button())

    def show_list(self) -> None:
        """Show every incident, to resume one or start a new one."""
        self.plan.flush()
        self.incidents.show_incidents(self.store.incidents())
        self._show(self.incidents)
        self._focus(self.incidents.first_button())

    def open_incident(self, incident_id: int) -> None:
        """Resume the plan of ``incident_id`` where it stopped."""
        self.plan.show_incident(self.store.load(incident_id))
        self._show(self.plan)
        self.plan.land()  # at the first step not done

    def _triage_done(self, triage: core.Triage) -> None:
        if self._changing is not None:
            incident = self.store.change_answers(self._changing.id, triage)
        else:
            incident = self.store.create(triage)
        self._changing = None
        self.open_incident(incident.id)

    def _delete(self, incident: core.Incident | None) -> None:
        if incident is None or not confirm_delete(self):
            return
        self.store.delete(incident.id)
        self.plan.incident = None
        if self.store.incidents():
            self.show_list()
        else:
            self.start_triage(set())

    def _change_answers(self, incident: core.Incident | None) -> None:
        if incident is None:
            return
        self.plan.flush()
        self._changing = incident
        self.triage.set_answers(set(incident.triage.what), incident.triage.when, updating=True)
        self.triage.list_button.setVisible(True)
        self._show(self.triage)
        self._focus(self.triage.first_button())

    def _show(self, view: QWidget) -> None:
        self.views.setCurrentWidget(view)
        self.views.show()

    def current_view(self) -> QWidget:
        """The view on screen: the incident list, the triage or the plan."""
        return self.views.currentWidget()

    def _focus(self, widget: QWidget) -> None:
        if self.isVisible():
            widget.setFocus()

    def default_focus(self) -> QWidget | None:
        current = self.current_view()
        if current is self.triage:
            return self.triage.first_button()
        if current is self.incidents:
            return self.incidents.first_button()
        card = self.plan.open_card()  # the first step not done
        return card.main_button() if card is not None else None

    def hideEvent(self, event: Any) -> None:
        self.plan.flush()  # a note typed just before leaving the page is kept
        super().hideEvent(event)

    def retranslate_ui(self) -> None:
        self.incidents.retranslate_ui()
        self.triage.retranslate_ui()
        self.plan.retranslate_ui()
