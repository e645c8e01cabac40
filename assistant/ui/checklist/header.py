"""The top of a plan (progress, the answers given) and the actions below its steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from assistant.core import checklist as core
from assistant.core.checklist.report import local_time
from assistant.core.i18n import _, ngettext
from assistant.core.writing import NotSaved
from assistant.ui.flowlayout import FlowLayout
from assistant.ui.widgets import PlainLabel


def what_and_when(checklist: core.Checklist, triage: core.Triage) -> tuple[str, str]:
    """The answers to "what happened" (joined) and "when", in the current language."""
    description = checklist.describe(triage)
    return "; ".join(_(o.label) for o in description.what), _(description.when.label)


def answers_text(checklist: core.Checklist, triage: core.Triage) -> str:
    """The triage answers in one line, in the current language."""
    what, when = what_and_when(checklist, triage)
    return "; ".join((what, _("When: {answer}").format(answer=when)))


class PlanHeader(QWidget):
    """The top of a plan: a calm word about help, where the user stands, the answers given
    and a way to change them.

    Nothing else stands between the user and the open step; the actions on the whole plan
    (report, close, delete) wait below the steps in :class:`PlanActions`.
    """

    change_requested = Signal()

    def __init__(self, checklist: core.Checklist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checklist = checklist
        self._incident: core.Incident | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.heading = PlainLabel(role="heading")
        self.progress = PlainLabel(role="status")
        self.progress.setObjectName("plan-progress")
        self.answers = PlainLabel(selectable=True)
        self.change = QPushButton()
        self.change.setObjectName("plan-change")
        self.change.clicked.connect(self.change_requested.emit)
        change_row = FlowLayout()
        change_row.addWidget(self.change)
        self.support = PlainLabel()
        self.support.setObjectName("plan-support")
        self.calm = PlainLabel()
        for widget in (self.heading, self.support, self.progress, self.answers):
            layout.addWidget(widget)
        layout.addLayout(change_row)
        layout.addWidget(self.calm)

    def show_incident(self, incident: core.Incident) -> None:
        """Show the state of ``incident``."""
        self._incident = incident
        self.change.setEnabled(not incident.closed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Re-set every text in the current language."""
        incident = self._incident
        if incident is None:
            return
        done, total = incident.progress()
        self.heading.setText(_("Your plan"))
        progress = ngettext("{done} of {total} step done.", "{done} of {total} steps done.",
                            total).format(done=done, total=total)
        started = _("Started: {time}.").format(time=local_time(incident.created))
        closed = (" " + _("This incident is closed.")) if incident.closed else ""
        self.progress.setText(f"{started} {progress}{closed}")
        what, when = what_and_when(self._checklist, incident.triage)
        self.answers.setText("\n".join((_("What happened: {answers}").format(answers=what),
                                         _("When: {answer}").format(answer=when))))
        self.change.setText(_("Change my answers"))
        self.change.setAccessibleName(_("Change my answers"))
        self.support.setText(_("You can ask someone you trust to sit with you while you "
                               "do this."))
        self.calm.setText(_("One step at a time. Press “Done” when a step is done: the "
                            "time is saved and the next step opens. Everything is saved "
                            "at once."))


class PlanActions(QWidget):
    """Below the steps: the report, closing the incident, all plans, and delete (apart)."""

    pdf_requested = Signal()
    print_requested = Signal()
    close_requested = Signal()  # close, or open again when closed
    list_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._incident: core.Incident | None = None
        self._saved: Path | NotSaved | None = None  # a path, the failure, or None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.heading = PlainLabel(role="heading")
        layout.addWidget(self.heading)
        self.buttons: dict[str, QPushButton] = {}
        signals = {"pdf": self.pdf_requested, "print": self.print_requested,
                   "close": self.close_requested, "list": self.list_requested,
                   "delete": self.delete_requested}
        for name, signal in signals.items():
            button = QPushButton()
            button.setObjectName(f"plan-{name}")
            button.clicked.connect(signal.emit)
            self.buttons[name] = button
        # Drawn in the danger colour (it cannot be undone), on a row of its own below the
        # everyday buttons and the report's status.
        self.buttons["delete"].setProperty("role", "danger")
        everyday = FlowLayout()
        for name in ("pdf", "print", "close", "list"):
            everyday.addWidget(self.buttons[name])
        layout.addLayout(everyday)
        self.pdf_status = PlainLabel(role="status", selectable=True)
        self.pdf_status.setObjectName("plan-pdf-status")
        self.open_pdf = QPushButton()
        self.open_pdf.setObjectName("plan-open-pdf")
        self.open_pdf.clicked.connect(self._open_pdf)
        layout.addWidget(self.pdf_status)
        layout.addWidget(self.open_pdf)
        apart = FlowLayout()
        apart.addWidget(self.buttons["delete"])
        layout.addLayout(apart)

    def show_incident(self, incident: core.Incident, new: bool = False) -> None:
        """Show the state of ``incident`` (``new``: forget the last saved PDF)."""
        self._incident = incident
        if new:
            self._saved = None
        self.retranslate_ui()

    def set_pdf_result(self, result: Path | NotSaved) -> None:
        """Tell where the report was saved, or that it was not saved and why."""
        self._saved = result
        self.retranslate_ui()

    def _open_pdf(self) -> None:
        if isinstance(self._saved, Path):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved)))

    def retranslate_ui(self) -> None:
        """Re-set every text in the current language."""
        incident = self._incident
        if incident is None:
            return
        self.heading.setText(_("Report and other actions"))
        texts = {
            "pdf": (_("Save the report as PDF"), _("Save the report as PDF")),
            "print": (_("Print on paper"), _("Print the report on paper")),
            "close": ((_("Open it again"), _("Open this incident again")) if incident.closed
                      else (_("Close this incident"), _("Close this incident"))),
            "list": (_("All my plans"), _("All my plans")),
            "delete": (_("Delete this plan"),
                       _("Delete this plan with its notes and contact log")),
        }
        for name, (text, accessible) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setAccessibleName(accessible)
        if isinstance(self._saved, Path):
            self.pdf_status.setText(_("The report was saved: {path}").format(path=self._saved))
        elif isinstance(self._saved, NotSaved):
            self.pdf_status.setText(_("The report was not saved. {reason} Try another "
                                      "folder.").format(reason=self._saved.reason))
        self.pdf_status.setVisible(self._saved is not None)
        self.open_pdf.setVisible(isinstance(self._saved, Path))
        self.open_pdf.setText(_("Open the report"))
        self.open_pdf.setAccessibleName(_("Open the saved report"))
