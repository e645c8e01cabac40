"""The "I already gave my code" emergency plan: data, plan building, saved runs, report.

No Qt here: the page in ``assistant/ui/checklist/`` only shows these objects.
"""

from assistant.core.checklist.plan import (
    NOT_SURE,
    Checklist,
    Contact,
    Method,
    Option,
    Phase,
    Question,
    Step,
    Triage,
    TriageDescription,
    default,
    load,
)
from assistant.core.checklist.report import IncidentReport, ReportContact, ReportStep, build
from assistant.core.checklist.runs import (
    ContactEntry,
    Incident,
    IncidentStore,
    StepRecord,
    StepState,
)

__all__ = [
    "NOT_SURE",
    "Checklist",
    "Contact",
    "ContactEntry",
    "Incident",
    "IncidentReport",
    "IncidentStore",
    "Method",
    "Option",
    "Phase",
    "Question",
    "ReportContact",
    "ReportStep",
    "Step",
    "StepRecord",
    "StepState",
    "Triage",
    "TriageDescription",
    "build",
    "default",
    "load",
]
