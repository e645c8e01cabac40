"""The "Check a message" page: paste, check off the GUI thread, show a verdict anyone gets.

The sections live in their own modules: the message box (``input``), the worker
(``worker``), the result (``results``: banner in ``verdict``, reasons in ``reasons``,
"What to do now" in ``advice``, decided by ``core.checker.guidance``, links and numbers
in ``found``), the marks in the text (``highlight``), speech and the opt-in history."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from assistant.core.checker.report import Finding, Report
from assistant.core.i18n import _
from assistant.ui import a11y, speech, theme
from assistant.ui.check.highlight import highlight
from assistant.ui.check.history import HistorySection
from assistant.ui.check.input import MessageEdit, clipboard_image, clipboard_text
from assistant.ui.check.picture import PicturePanel
from assistant.ui.check.results import ResultView
from assistant.ui.check.worker import CheckRunner
from assistant.ui.context import AppContext
from assistant.ui.widgets import BigButton, Page, PlainLabel


class CheckPage(Page):
    """Message box and buttons on top; verdict, reasons, advice, links below."""

    page_id = "check"
    style_role = "check"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: Report | None = None
        self.checked_text = ""
        self._stale = False
        self.runner = CheckRunner(self)
        self.runner.report_ready.connect(self._show_report)
        self.runner.check_failed.connect(self._show_failure)
        self.runner.busy_changed.connect(self._set_busy)
        self.speaker = speech.Speaker(self)
        self.speaker.answered.connect(self._speech_answer)

        self.intro = PlainLabel(role="heading")
        self.editor = MessageEdit()
        self.editor.submitted.connect(self.start_check)
        self.editor.problem.connect(self._show_note)
        self.picture = PicturePanel()
        self.editor.picture.connect(self._read_picture)
        self.picture.text_read.connect(self._picture_read)
        self.picture.problem.connect(self._show_note)
        self.editor.textChanged.connect(self._text_changed)
        self.paste_button = BigButton()
        self.check_button = BigButton()
        self.clear_button = BigButton()
        self.check_button.setProperty("primary", True)  # the one main button of the page
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

        self.results = ResultView()
        self.results.read_aloud.clicked.connect(self.speak)
        self.results.reason_chosen.connect(self._mark)
        self.results.advice.emergency.connect(self._open_checklist)
        # short names for the sections (tests and the keyboard order use them)
        self.banner = self.results.banner
        self.read_aloud = self.results.read_aloud
        self.truncated_note = self.results.truncated_note
        self.reasons = self.results.reasons
        self.advice = self.results.advice
        self.found = self.results.found
        self.history = HistorySection(context.history)

        buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.setSpacing(12)
        self._buttons_row = buttons
        for button in (self.paste_button, self.check_button, self.clear_button,
                       self.picture.button):
            buttons.addWidget(button)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.picture)
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
        self.retranslate_ui()

    # -- actions ----------------------------------------------------------------------

    def paste(self) -> None:
        """Replace the message with the clipboard's text (HTML shown as characters)."""
        text = clipboard_text()
        image = clipboard_image()
        if not text and image is not None:
            self._read_picture(image)
            return
        if not text:
            self._show_note(_("The clipboard is empty. Copy the message first."))
            return
        self.note.hide()  # an old note no longer applies (set_message may show a new one)
        self.editor.set_message(text)
        self.editor.setFocus()

    def start_check(self) -> None:
        """Check the text in the box; a check still running is superseded."""
        text = self.editor.message()
        if not text or text.isspace():
            self._show_note(_("Paste or type a message first."))
            self.editor.setFocus()
            return
        self.note.hide()
        self.results.hide()
        self.report = None
        self.checked_text = text
        self._stale = False
        self.runner.start(text)

    def _read_picture(self, source: object) -> None:
        """A dropped picture file or a pasted picture: read it off the GUI thread."""
        self.note.hide()
        if isinstance(source, Path):
            self.picture.read_file(source)
        elif isinstance(source, QImage) and not source.isNull():
            self.picture.read_image(source)

    def _picture_read(self, reading: Any) -> None:
        """The text read goes into the box, is checked, and the person is told to look."""
        self.editor.set_message(reading.message())
        if reading.message().strip():
            self.start_check()
            self._show_note(_("Read from a picture: check that the words are right."))
        else:
            self._show_note(_("No words were found in this picture."))

    def clear(self) -> None:
        """Empty the box and forget the result."""
        self.picture.clear()
        self.runner.cancel()
        self.speaker.stop()
        self.editor.set_message("")
        self.report = None
        self.results.hide()
        self.note.hide()
        self.editor.setFocus()

    def speak(self) -> None:
        """Read the verdict, the summary and the advice aloud."""
        text = self.results.spoken_text()
        if not text:
            return
        self._speech_answer(self.speaker.say(text))

    def _speech_answer(self, said: object) -> None:
        """Say why nothing is read (at once, or once the speech engine has answered)."""
        if said is speech.Said.NO_VOICE:
            self._show_note(_("Reading aloud has no voice for this language on this "
                              "computer, so nothing is read in another language."))
        elif said is speech.Said.NO_ENGINE:
            self._show_note(_("Reading aloud does not work on this computer."))

    def _open_checklist(self) -> None:
        if self.report is not None:
            self.context.shell.navigate("checklist", {
                "scenarios": list(self.results.guidance.emergency_scenarios)})

    # -- results ----------------------------------------------------------------------

    def _show_report(self, report: Report) -> None:
        self.report = report
        self.history.record(report, self.checked_text)
        self._render()
        a11y.announce(self.banner, ". ".join(
            t for t in (self.banner.words.text(), self.banner.summary.text()) if t),
            assertive=True)
        # A new result is a new state: focus its verdict, and show it from its top (once
        # the layout has made room for it).
        first = self.results.first_control()
        if first is not None and self.isVisible():
            first.setFocus()
        QTimer.singleShot(0, self, self._scroll_to_verdict)

    def _render(self, selected: int = 0) -> None:
        if self.report is None:
            return
        self.results.show_report(self.report, self.context.content(), selected,
                                 self.checked_text)
        self.results.show()
        finding = self.results.selected_finding()
        if finding is not None:
            self._mark(finding)
        self._chain_focus()

    def _mark(self, finding: Finding) -> None:
        """Mark the words of ``finding`` in the message (unless the text was edited)."""
        if not self._stale:
            highlight(self.editor, self.checked_text, finding.spans, theme.high_contrast())

    def _text_changed(self) -> None:
        if (self.report is not None or self.runner.busy) and not self._stale:
            self._stale = True
            self.editor.setExtraSelections([])
            self._show_note(_("The message has changed. Press “Check” again."))

    def _show_failure(self) -> None:
        self._show_note(_("Sorry, the check did not work. Please try again."))

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()
        a11y.announce(self.note, text)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)

    def _scroll_to_verdict(self) -> None:
        # The verdict's top at the top of the visible area: at large text the answer is
        # read from its first line, not found at the bottom edge.
        if self.results.isVisible():
            self.scroll_to(self.banner, top=True)
            # The control given the focus stays in view too (at large text it may be
            # below the verdict's first screen).
            focused = self.focusWidget()
            if focused is not None and self.results.isAncestorOf(focused):
                self.scroll_to(focused)

    def _chain_focus(self) -> None:
        """Tab follows the screen from top to bottom, also through rebuilt sections."""
        chain: list[QWidget] = [self.editor, self.paste_button, self.check_button,
                                self.clear_button, self.picture.button,
                                self.picture.cancel_button, *self.results.focus_chain(),
                                *self.history.focus_chain()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- page -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.intro.setText(_("Paste the message you got, then press “Check”."))
        self.editor.setPlaceholderText(_("Paste the message here"))
        self.editor.setAccessibleName(_("The message to check"))
        self.paste_button.set_texts(_("Paste"), _("Take the text you copied"))
        self.check_button.set_texts(_("Check"), _("Or press Ctrl+Enter"))
        self.clear_button.set_texts(_("Clear"), _("Start again with an empty box"))
        self.picture.retranslate_ui()
        self.busy_label.setText(_("Checking…"))
        self.busy.setAccessibleName(_("Checking the message"))
        self.results.retranslate_ui()
        self.history.retranslate_ui()
        if self.report is not None:  # the result is rebuilt in the new language
            self._render(max(0, self.reasons.current()))

    def restyle(self) -> None:
        """The page's style sheet, and the banner coloured for its verdict."""
        super().restyle()
        self.banner.restyle()

    def on_shown(self, argument: Any = None) -> None:
        """A ``str`` argument (e.g. from another page) is put in the message box."""
        # The sheet is set again once the page is in the window: set only before, the
        # message box draws its focused border thinner (seen in screenshots).
        self.restyle()
        if isinstance(argument, str) and argument:
            self.editor.set_message(argument)

    def default_focus(self) -> QWidget | None:
        return self.editor

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Side by side while they fit; one under the other when the window is narrow or
        # the text is large (a button wider than its share would push the page sideways).
        row = self._buttons_row
        needed = sum(b.minimumSizeHint().width() for b in
                     (self.paste_button, self.check_button, self.clear_button,
                      self.picture.button))
        needed += 3 * row.spacing() + 60  # room for the words to wrap comfortably
        # four buttons side by side need about ten letters' width each for their words
        needed = max(needed, 4 * 10 * self.fontMetrics().horizontalAdvance("M"))
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= needed
                     else QBoxLayout.Direction.TopToBottom)
        if row.direction() != direction:
            row.setDirection(direction)
        super().resizeEvent(event)


__all__ = ["CheckPage"]
