"""The incident report: plain data for the PDF the user hands to the bank or the police.

Built from an :class:`Incident` in the current language. Everything is plain text:
the user's notes are carried as they are and never interpreted as markup.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass

from assistant.core import i18n
from assistant.core.checklist.plan import Checklist
from assistant.core.checklist.runs import Incident, StepState
from assistant.core.i18n import N_, _

#: An optional detail the person left empty is printed as this line, to fill in by hand.
BLANK = "______________________"


@dataclass(frozen=True)
class DetailField:
    """An optional detail the person may give for the report (saved with the plan)."""

    id: str
    label: str
    hint: str = ""
    multiline: bool = False


#: The report's optional details, in the order the form asks for them. The ids are the
#: ones the plan's letters use, so what is typed once serves both; "Delete" wipes them
#: with the plan, and emptying a field removes it from the database.
REPORT_FIELDS: tuple[DetailField, ...] = (
    DetailField("name", N_("Your full name")),
    DetailField("iin", N_("Your IIN"), N_("12 digits, from your ID card")),
    DetailField("amount", N_("Money lost"), N_("The total, in tenge")),
    DetailField("fraud_contacts", N_("The fraudsters' numbers, sites or accounts"),
                N_("Phone numbers, site addresses, messenger names")),
    DetailField("message", N_("The message they sent"),
                N_("Copy it word for word, or leave it empty"), multiline=True),
)


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
class ReportDetail:
    """One optional detail as printed: its label and what was typed (or a blank line)."""

    label: str
    value: str


@dataclass(frozen=True)
class IncidentReport:
    """Everything the PDF shows, already translated and formatted."""

    title: str
    created: str
    printed: str
    closed: str
    details_heading: str
    details: tuple[ReportDetail, ...]
    answers_heading: str
    answers: tuple[str, ...]
    done_heading: str
    done: tuple[ReportStep, ...]
    no_done: str
    todo_heading: str
    todo: tuple[ReportStep, ...]
    no_todo: str
    contacts_heading: str
    contacts: tuple[ReportContact, ...]
    no_contacts: str
    footer: str
    file_name: str

    def plain_text(self) -> str:
        """The whole report as plain text (for tests and for copying)."""
        lines = [self.title, self.created, self.printed]
        if self.closed:
            lines.append(self.closed)
        lines += ["", self.details_heading]
        lines += [f"{d.label}: {d.value}" for d in self.details]
        lines += ["", self.answers_heading, *(f"• {a}" for a in self.answers)]
        for heading, steps, empty in ((self.done_heading, self.done, self.no_done),
                                      (self.todo_heading, self.todo, self.no_todo)):
            lines += ["", heading]
            for step in steps:
                lines.append(f"{step.number}. {step.title}")
                lines.append(f"   {step.status}")
                if step.note:
                    lines.append(f"   {step.note}")
            if not steps:
                lines.append(empty)
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


def file_name(day: _dt.date) -> str:
    """The report's file name in the current language, with the date."""
    # Translators: a file name; keep {date}, use no slash, colon or quote marks.
    name = _("fraud-report-{date}").format(date=day.isoformat())
    name = "".join("-" if ch in _NOT_IN_FILE_NAMES or ord(ch) < 32 else ch for ch in name)
    return f"{name.strip(' .') or day.isoformat()}.pdf"


_NOT_IN_FILE_NAMES = frozenset('/\\:*?"<>|')


def build(checklist: Checklist, incident: Incident, details: Mapping[str, str] | None = None,
          now: _dt.datetime | None = None) -> IncidentReport:
    """The report of ``incident`` in the current language.

    Args:
        checklist: the plan's data, for the answers and the step titles.
        incident: the saved incident.
        details: the optional details the person typed, by field id (empty ones are
            printed as a blank line to fill in by hand).
        now: the time the report is made (the current time if None).
    """
    details = details or {}
    moment = now or _dt.datetime.now(_dt.UTC)
    description = checklist.describe(incident.triage)
    answers = [_(option.label) for option in description.what]
    answers.append(_("When: {answer}").format(answer=_(description.when.label)))
    done: list[ReportStep] = []
    todo: list[ReportStep] = []
    for number, record in enumerate(incident.steps, start=1):
        step = checklist.steps.get(record.step_id)
        title = _(step.title) if step else record.step_id
        note = _("Note: {note}").format(note=record.note) if record.note.strip() else ""
        entry = ReportStep(number, title, status_text(record.state, record.changed), note)
        (done if record.state is StepState.DONE else todo).append(entry)
    contacts = tuple(ReportContact(local_time(c.at), c.who,
                                   _("Reference: {number}").format(number=c.reference)
                                   if c.reference else "")
                     for c in incident.contacts)
    return IncidentReport(
        title=_("Fraud incident report"),
        created=_("Incident started: {time}").format(time=local_time(incident.created)),
        printed=_("Report made: {time}").format(time=local_time(moment)),
        closed=(_("Incident closed: {time}").format(time=local_time(incident.closed_at))
                if incident.closed_at else ""),
        details_heading=_("About the person and the fraud"),
        details=tuple(ReportDetail(_(f.label), details.get(f.id, "").strip() or BLANK)
                      for f in REPORT_FIELDS),
        answers_heading=_("What happened"),
        answers=tuple(answers),
        done_heading=_("Done"),
        done=tuple(done),
        no_done=_("No step marked done yet."),
        todo_heading=_("Still to do"),
        todo=tuple(todo),
        no_todo=_("Nothing: every step is done."),
        contacts_heading=_("Contact log"),
        contacts=contacts,
        no_contacts=_("No calls recorded."),
        footer=_("Made with Safety Assistant, an offline app. The notes are the user's own."),
        file_name=file_name(moment.astimezone().date()),
    )
