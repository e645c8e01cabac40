"""The result of a check: verdict banner, Read aloud, reasons, advice, links and numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from assistant.core.checker.guidance import Guidance, guidance
from assistant.core.checker.report import Finding, Report
from assistant.core.content import Content
from assistant.core.i18n import _, format_number
from assistant.ui import speech
from assistant.ui.check.advice import AdviceSection
from assistant.ui.check.found import FoundSection
from assistant.ui.check.reasons import ReasonList, split_explanation
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
        self.advice = AdviceSection()
        self.found = FoundSection()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        for widget in (self.banner, self.read_aloud, self.truncated_note, self.reasons,
                       self.advice, self.found):
            layout.addWidget(widget)
        layout.setAlignment(self.read_aloud, Qt.AlignmentFlag.AlignLeft)

    def show_report(self, report: Report, content: Content, selected: int = 0) -> None:
        """Show ``report`` in the current language; select reason ``selected``."""
        self.report = report
        self.guidance = guidance(report, content)
        self.findings = sorted(report.findings, key=lambda f: -f.weight)
        if self.findings:
            summary = split_explanation(self.findings[0])[0]
        else:
            summary = _("We found none of the tricks we know. Fraudsters invent new ones, "
                        "so stay careful.")
        self.banner.show_verdict(report.verdict, summary)
        self.read_aloud.setVisible(speech.available())
        # The limit counts characters after NFKC, so fewer of the original may be read:
        # the report says how many were.
        self.truncated_note.setText(
            _("This message is very long. Only the first {count} characters were "
              "checked.").format(count=format_number(report.analysed_chars)))
        self.truncated_note.setVisible(report.truncated)
        self.reasons.show_findings(self.findings)
        self.advice.show_guidance(self.guidance, content)
        self.found.show_report(report, content)
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
        parts = [self.banner.words.text(), self.banner.summary.text(), *self.guidance.steps]
        return "\n".join(part for part in parts if part)

    def focus_chain(self) -> list[QWidget]:
        """The focusable controls of the result, top to bottom."""
        return [self.read_aloud, *self.reasons.buttons, self.advice.emergency_button,
                *(card.copy_button for card in self.advice.cards)]

    def _choose(self, index: int) -> None:
        if 0 <= index < len(self.findings):
            self.reason_chosen.emit(self.findings[index])

    def retranslate_ui(self) -> None:
        self.read_aloud.setText(_("Read aloud"))
        self.read_aloud.setAccessibleName(_("Read the verdict and the advice aloud"))
        self.setAccessibleName(_("Result of the check"))
        self.reasons.retranslate_ui()
        self.advice.retranslate_ui()
        self.found.retranslate_ui()
