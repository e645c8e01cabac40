"""The "Check a message" page: paste, check off the GUI thread, show a verdict anyone gets.

The sections live in their own modules: the message box (``check_input``), the worker
(``check_worker``), the banner (``check_verdict``), the reasons (``check_reasons``), the
advice (``check_advice``), links and numbers (``check_found``) and speech.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assistant.core.checker.report import Finding, Report, Verdict
from assistant.core.i18n import _, format_number
from assistant.ui import theme
from assistant.ui.context import AppContext
from assistant.ui.pages import check_speech
from assistant.ui.pages.check_advice import AdviceSection, advice_steps, emergency_scenarios
from assistant.ui.pages.check_found import FoundSection
from assistant.ui.pages.check_highlight import highlight
from assistant.ui.pages.check_history import HistorySection
from assistant.ui.pages.check_input import MessageEdit
from assistant.ui.pages.check_reasons import ReasonList, split_explanation
from assistant.ui.pages.check_verdict import VerdictBanner, high_contrast
from assistant.ui.pages.check_worker import CheckRunner
from assistant.ui.pages.placeholder import CHECK_TITLE
from assistant.ui.widgets import BigButton, Page, PlainLabel


def analysis_limit() -> int:
    """How many characters the checker reads (the rest of a long message is not read)."""
    from assistant.core.checker.engine import default_engine

    return default_engine().rules.analysis_limit


class CheckPage(Page):
    """Message box and buttons on top; verdict, reasons, advice, links below."""

    page_id = "check"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: Report | None = None
        self.findings: list[Finding] = []
        self.checked_text = ""
        self._stale = False
        self.runner = CheckRunner(self)
        self.runner.report_ready.connect(self._show_report)
        self.runner.check_failed.connect(self._show_failure)
        self.runner.busy_changed.connect(self._set_busy)
        self.speaker = check_speech.Speaker(self)

        self.intro = PlainLabel(role="heading")
        self.editor = MessageEdit()
        self.editor.submitted.connect(self.start_check)
        self.editor.problem.connect(self._show_note)
        self.editor.textChanged.connect(self._text_changed)
        self.paste_button = BigButton()
        self.check_button = BigButton()
        self.clear_button = BigButton()
        for button, name, slot in ((self.paste_button, "paste", self.paste),
                                   (self.check_button, "run", self.start_check),
                                   (self.clear_button, "clear", self.clear)):
            button.setObjectName(f"check-{name}")
            button.clicked.connect(slot)
        self.note = PlainLabel(role="muted")
        self.note.setObjectName("check-note")
        self.busy = QProgressBar()
        self.busy.setObjectName("check-busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy_label = PlainLabel()

        self.results = QWidget()
        self.banner = VerdictBanner()
        self.read_aloud = QPushButton()
        self.read_aloud.setObjectName("check-read-aloud")
        self.read_aloud.clicked.connect(self.speak)
        self.truncated_note = PlainLabel(role="muted")
        self.truncated_note.setObjectName("check-truncated")
        self.reasons = ReasonList()
        self.reasons.selected.connect(self._reason_selected)
        self.advice = AdviceSection()
        self.advice.emergency.connect(self._open_checklist)
        self.found = FoundSection()
        self.history = HistorySection(context.storage)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        for button in (self.paste_button, self.check_button, self.clear_button):
            buttons.addWidget(button)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy, 1)
        results = QVBoxLayout(self.results)
        results.setContentsMargins(0, 0, 0, 0)
        results.setSpacing(16)
        for widget in (self.banner, self.read_aloud, self.truncated_note, self.reasons,
                       self.advice, self.found):
            results.addWidget(widget)
        results.setAlignment(self.read_aloud, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addLayout(busy_row)
        layout.addWidget(self.results)
        layout.addWidget(self.history)
        layout.addStretch(1)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.start_check)
        self.note.hide()
        self.results.hide()
        self._set_busy(False)
        self.restyle()
        self.retranslate_ui()

    # -- actions ----------------------------------------------------------------------

    def paste(self) -> None:
        """Replace the message with the clipboard's text (HTML shown as characters)."""
        mime = QGuiApplication.clipboard().mimeData()
        text = ""
        if mime is not None:
            text = mime.text() if mime.hasText() else (mime.html() if mime.hasHtml() else "")
        if not text:
            self._show_note(_("The clipboard is empty. Copy the message first."))
            return
        self.editor.setPlainText(text)
        self.editor.setFocus()

    def start_check(self) -> None:
        """Check the text in the box; a check still running is superseded."""
        text = self.editor.toPlainText()
        if not text.strip():
            self._show_note(_("Paste or type a message first."))
            self.editor.setFocus()
            return
        self.note.hide()
        self.results.hide()
        self.checked_text = text
        self._stale = False
        self.runner.start(text)

    def clear(self) -> None:
        """Empty the box and forget the result."""
        self.runner.cancel()
        self.speaker.stop()
        self.editor.clear()
        self.report = None
        self.results.hide()
        self.note.hide()
        self.editor.setFocus()

    def speak(self) -> None:
        """Read the verdict, the summary and the advice aloud."""
        if self.report is not None:
            parts = [self.banner.words.text(), self.banner.summary.text(),
                     *advice_steps(self.report, self.context.content())]
            if not self.speaker.say("\n".join(p for p in parts if p)):
                self._show_note(_("Reading aloud does not work on this computer."))

    def _open_checklist(self) -> None:
        if self.report is not None:
            self.navigate.emit("checklist", {"scenarios": emergency_scenarios(self.report)})

    # -- results ----------------------------------------------------------------------

    def _show_report(self, report: Report) -> None:
        self.report = report
        self.history.record(report, self.checked_text)
        self._render()
        QTimer.singleShot(0, self, self._scroll_to_verdict)

    def _render(self, selected: int = 0) -> None:
        report = self.report
        if report is None:
            return
        content = self.context.content()
        self.findings = sorted(report.findings, key=lambda f: -f.weight)
        if self.findings:
            summary = split_explanation(self.findings[0])[0]
        else:
            summary = _("We found none of the tricks we know. Fraudsters invent new ones, "
                        "so stay careful.")
        self.banner.show_verdict(report.verdict, summary)
        self.read_aloud.setVisible(check_speech.available())
        self.truncated_note.setVisible(report.truncated)
        self.reasons.show_findings(self.findings)
        self.advice.show_report(report, content)
        self.found.show_report(report, content)
        limit = min(analysis_limit(), len(self.checked_text))
        self.truncated_note.setText(
            _("This message is very long. Only the first {count} characters were "
              "checked.").format(count=format_number(limit)))
        self.results.show()
        if self.findings and not self._stale:
            self.reasons.select(selected)
            self._reason_selected(selected)
        self._chain_focus()

    def _reason_selected(self, index: int) -> None:
        if self._stale or not 0 <= index < len(self.findings):
            return
        highlight(self.editor, self.checked_text, self.findings[index].spans, high_contrast())

    def _text_changed(self) -> None:
        if self.report is not None and not self._stale:
            self._stale = True
            self.editor.setExtraSelections([])
            self._show_note(_("The message has changed. Press “Check” again."))

    def _show_failure(self) -> None:
        self._show_note(_("Sorry, the check did not work. Please try again."))

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)

    def _scroll_to_verdict(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea) and self.results.isVisible():
            parent.ensureWidgetVisible(self.banner, 0, 0)

    def _chain_focus(self) -> None:
        """Tab follows the screen from top to bottom, also through rebuilt sections."""
        chain: list[QWidget] = [self.editor, self.paste_button, self.check_button,
                                self.clear_button, self.read_aloud, *self.reasons.buttons,
                                self.advice.emergency_button,
                                *(card.copy_button for card in self.advice.cards),
                                *self.history.focus_chain()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- page -------------------------------------------------------------------------

    def title(self) -> str:
        return _(CHECK_TITLE)

    def retranslate_ui(self) -> None:
        self.intro.setText(_("Paste the message you got, then press “Check”."))
        self.editor.setPlaceholderText(_("Paste the message here"))
        self.editor.setAccessibleName(_("The message to check"))
        self.paste_button.set_texts(_("Paste"), _("Take the text you copied"))
        self.check_button.set_texts(_("Check"), _("Or press Ctrl+Enter"))
        self.clear_button.set_texts(_("Clear"), _("Start again with an empty box"))
        self.busy_label.setText(_("Checking…"))
        self.busy.setAccessibleName(_("Checking the message"))
        self.read_aloud.setText(_("Read aloud"))
        self.read_aloud.setAccessibleName(_("Read the verdict and the advice aloud"))
        self.results.setAccessibleName(_("Result of the check"))
        self.reasons.retranslate_ui()
        self.advice.retranslate_ui()
        self.found.retranslate_ui()
        self.history.retranslate_ui()
        if self.report is not None:  # the result is rebuilt in the new language
            self._render(max(0, self.reasons.current()))

    def restyle(self) -> None:
        """Colours that depend on the theme: the banner and the selected reason."""
        c = theme.colours(high_contrast())
        border = 3 if high_contrast() else 2
        self.setStyleSheet(
            f'QPushButton[role="reason"] {{ border-radius: 10px; }}'
            f' QPushButton[role="reason"]:checked {{ background: {c.window};'
            f' border: {border + 2}px solid {c.text}; border-left: 14px solid {c.accent}; }}'
            f' QPlainTextEdit#check-input {{ border: {border}px solid {c.accent};'
            f' border-radius: 6px; background: {c.base}; color: {c.text}; }}'
            f' QPlainTextEdit#check-input:focus {{ border: {border + 2}px solid {c.highlight}; }}'
            f' QCheckBox::indicator {{ border: {border}px solid {c.accent}; background: {c.base};'
            f' border-radius: 3px; width: 1.1em; height: 1.1em; }}'
            f' QCheckBox::indicator:checked {{ background: {c.highlight}; }}')
        self.banner.restyle()

    def on_shown(self, argument: Any = None) -> None:
        self.restyle()
        if isinstance(argument, str) and argument:
            self.editor.setPlainText(argument)

    def default_focus(self) -> QWidget | None:
        return self.editor


__all__ = ["CheckPage", "Verdict"]
