"""The incident report: plain data for the PDF the user hands to the bank or the police.

Built from an :class:`Incident` in the current language. Everything is plain text:
the user's notes are carried as they are and never interpreted as markup.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from assistant.core import i18n
from assistant.core.checklist.plan import Checklist
from assistant.core.checklist.runs import Incident, StepState
from assistant.core.i18n import _


@dataclass(frozen=True)
class ReportStep:
    """One step as it stands: what it was, its state (with time) and the user's note."""

    number: int
    title: str
    status: str
    note: str


@dataclass(frozen=True)
class ReportContact:
    """One line of the contact log."""

    when: str
    who: str
    reference: str


@dataclass(frozen=True)
class IncidentReport:
    """Everything the PDF shows, already translated and formatted."""

    title: str
    created: str
    printed: str
    closed: str
    answers_heading: str
    answers: tuple[str, ...]
    steps_heading: str
    steps: tuple[ReportStep, ...]
    contacts_heading: str
    contacts: tuple[ReportContact, ...]
    no_contacts: str
    footer: str

    def plain_text(self) -> str:
        """The whole report as plain text (for tests and for copying)."""
        lines = [self.title, self.created, self.printed]
        if self.closed:
            lines.append(self.closed)
        lines += ["", self.answers_heading, *(f"• {a}" for a in self.answers), "",
                  self.steps_heading]
        for step in self.steps:
            lines.append(f"{step.number}. {step.title}")
            lines.append(f"   {step.status}")
            if step.note:
                lines.append(f"   {step.note}")
        lines += ["", self.contacts_heading]
        lines += [f"• {c.when} — {c.who}" + (f" — {c.reference}" if c.reference else "")
                  for c in self.contacts] or [self.no_contacts]
        lines += ["", self.footer]
        return "\n".join(lines)


def local_time(moment: _dt.datetime) -> str:
    """A saved (UTC) moment as the user's local date and time, in the current language."""
    return i18n.format_datetime(moment.astimezone().replace(tzinfo=None))


def status_text(state: StepState, changed: _dt.datetime | None) -> str:
    """How a step stands, in words, with the time it was marked."""
    when = local_time(changed) if changed else ""
    if state is StepState.DONE:
        return _("Done: {time}").format(time=when)
    if state is StepState.SKIPPED:
        return _("Skipped: {time}").format(time=when)
    if state is StepState.LATER:
        return _("Could not do it yet: {time}").format(time=when)
    return _("Not done yet")


def build(checklist: Checklist, incident: Incident,
          now: _dt.datetime | None = None) -> IncidentReport:
    """The report of ``incident`` in the current language."""
    description = checklist.describe(incident.triage)
    answers = [_(option.label) for option in description.what]
    answers.append(_("When: {answer}").format(answer=_(description.when.label)))
    steps = []
    for number, record in enumerate(incident.steps, start=1):
        step = checklist.steps.get(record.step_id)
        title = _(step.title) if step else record.step_id
        note = _("Note: {note}").format(note=record.note) if record.note.strip() else ""
        steps.append(ReportStep(number, title, status_text(record.state, record.changed), note))
    contacts = tuple(ReportContact(local_time(c.at), c.who,
                                   _("Reference: {number}").format(number=c.reference)
                                   if c.reference else "")
                     for c in incident.contacts)
    return IncidentReport(
        title=_("Fraud incident report"),
        created=_("Incident started: {time}").format(time=local_time(incident.created)),
        printed=_("Report made: {time}").format(
            time=local_time(now or _dt.datetime.now(_dt.UTC))),
        closed=(_("Incident closed: {time}").format(time=local_time(incident.closed_at))
                if incident.closed_at else ""),
        answers_heading=_("What happened"),
        answers=tuple(answers),
        steps_heading=_("Steps taken"),
        steps=tuple(steps),
        contacts_heading=_("Contact log"),
        contacts=contacts,
        no_contacts=_("No calls recorded."),
        footer=_("Made with Safety Assistant, an offline app. The notes are the user's own."),
    )
