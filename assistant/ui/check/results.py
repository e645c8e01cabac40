"""The result of a check: verdict banner, Read aloud, the signs (or why it looks genuine),
neutral notes, advice, links and numbers; each with its sources behind "Where is this
from?"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from assistant.core.checker.guidance import Guidance, guidance, section_sources
from assistant.core.checker.report import Finding, Report
from assistant.core.content import Content
from assistant.core.i18n import _, format_number
from assistant.core.reasons import one_per_reason
from assistant.ui import speech
from assistant.ui.check.advice import AdviceSection
from assistant.ui.check.found import FoundSection
from assistant.ui.check.notes import BulletSection
from assistant.ui.check.reasons import ReasonList
from assistant.ui.check.verdict import VerdictBanner
from assistant.ui.widgets import PlainLabel


class ResultView(QWidget):
    """Everything below the buttons once a check is done; rebuilt for each report."""

    #: A reason was chosen: its finding (the page marks its words in the message).
    reason_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check-result")
        self.report: Report | None = None
        self.guidance = Guidance(steps=(), numbers=(), emergency_scenarios=())
        self.findings: list[Finding] = []
        self.banner = VerdictBanner()
        self.read_aloud = QPushButton()
        self.read_aloud.setObjectName("check-read-aloud")
        self.truncated_note = PlainLabel(role="muted")
        self.truncated_note.setObjectName("check-truncated")
        self.reasons = ReasonList()
        self.reasons.selected.connect(self._choose)
        self.genuine = BulletSection("genuine")
        self.notes = BulletSection("notes")
        self.advice = AdviceSection()
        self.found = FoundSection()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        for widget in (self.banner, self.read_aloud, self.truncated_note, self.reasons,
                       self.genuine, self.notes, self.advice, self.found):
            layout.addWidget(widget)
        layout.setAlignment(self.read_aloud, Qt.AlignmentFlag.AlignLeft)

    def show_report(self, report: Report, content: Content, selected: int = 0,
                    text: str = "") -> None:
        """Show ``report`` of ``text`` in the current language; select reason ``selected``."""
        self.report = report
        self.guidance = guidance(report, content)
        self.findings = one_per_reason(report.findings)
        self.banner.show_verdict(report.verdict, self.guidance.summary)
        self.read_aloud.setVisible(speech.available())
        # The limit counts characters after NFKC, so fewer of the original may be read:
        # the report says how many were.
        self.truncated_note.setText(
            _("This message is very long. Only the first {count} characters were "
              "checked.").format(count=format_number(report.analysed_chars)))
        self.truncated_note.setVisible(report.truncated)
        sources = section_sources(report, content)
        self.reasons.show_findings(self.findings, sources["why"], text)
        self.genuine.show_items(self.guidance.looks_genuine)
        self.notes.show_items([_(note.explanation) for note in report.notes])
        self.advice.show_guidance(self.guidance, content, sources["advice"])
        self.found.show_report(report, content, sources["found"])
        self.retranslate_ui()
        if self.findings:
            self.reasons.select(selected)

    def selected_finding(self) -> Finding | None:
        """The finding of the selected reason, if any."""
        index = self.reasons.current()
        return self.findings[index] if 0 <= index < len(self.findings) else None

    def spoken_text(self) -> str:
        """What Read aloud says: the verdict, the summary and the advice."""
        if self.report is None:
            return ""
        parts = [self.banner.words.text(), self.banner.summary.text(),
                 *self.guidance.looks_genuine, *self.guidance.steps]
        return "\n".join(part for part in parts if part)

    def focus_chain(self) -> list[QWidget]:
        """The focusable controls of the result, top to bottom (the verdict first)."""
        return [self.banner.words, self.read_aloud, *self.reasons.buttons,
                self.reasons.sources.button,
                self.advice.emergency_button,
                *(card.copy_button for card in self.advice.cards),
                self.advice.sources.button, self.found.sources.button]

    def first_control(self) -> QWidget | None:
        """Where a new result puts the focus: its verdict, in view at any text size."""
        return next((w for w in self.focus_chain() if w.isVisibleTo(self)), None)

    def _choose(self, index: int) -> None:
        if 0 <= index < len(self.findings):
            self.reason_chosen.emit(self.findings[index])

    def retranslate_ui(self) -> None:
        self.read_aloud.setText(_("Read aloud"))
        self.read_aloud.setAccessibleName(_("Read the verdict and the advice aloud"))
        self.setAccessibleName(_("Result of the check"))
        self.reasons.retranslate_ui()
        self.genuine.heading.setText(_("Why it looks genuine"))
        self.notes.heading.setText(_("Also in the message (not signs of fraud by themselves)"))
        self.advice.retranslate_ui()
        self.found.retranslate_ui()
