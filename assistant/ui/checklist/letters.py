"""The plan's letters: the details they are filled in from, a preview, Copy and PDF.

The letters themselves are built in core (``assistant.core.checklist.letters``); this
module only shows the form, saves what is typed through the store, and previews, copies
or prints a :class:`~assistant.core.checklist.letters.Letter`. Every string is plain
text: the document is built with ``QTextCursor.insertText`` only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core import checklist as core
from assistant.core import i18n
from assistant.core.checklist import letters
from assistant.core.checklist.report import REPORT_FIELDS
from assistant.core.i18n import _
from assistant.core.writing import NotSaved
from assistant.ui.checklist import pdf
from assistant.ui.flowlayout import FlowLayout
from assistant.ui.pdf_writer import save_pdf
from assistant.ui.widgets import PlainLabel

#: How long typing must pause before a detail is saved (milliseconds).
SAVE_DELAY_MS = 600
BODY_PT = 11.0
#: The details only the letters use. The others (name, IIN, amount, the fraudsters'
#: contacts) are asked once, in the report's form above the letters, and the letters
#: are filled in from what is saved there.
PANEL_FIELDS: tuple[letters.Field, ...] = tuple(
    f for f in letters.FIELDS if f.id not in {r.id for r in REPORT_FIELDS})


# -- the PDF ---------------------------------------------------------------------------


def build_document(letter: letters.Letter) -> QTextDocument:
    """The letter laid out for A4 paper, plain text only."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, letter.title)
    cursor = QTextCursor(doc)
    first = True

    def block(text: str, *, bold: bool = False, size: float = BODY_PT, top: float = 0.0,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
              indent_left: float = 0.0) -> None:
        nonlocal first
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setAlignment(align)
        fmt.setLeftMargin(indent_left)
        if first:
            cursor.setBlockFormat(fmt)
            first = False
        else:
            cursor.insertBlock(fmt)
        char = QTextCharFormat()
        char.setFontPointSize(size)
        char.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        cursor.insertText(text, char)

    for line in letter.header:  # to and from, in the right half as on a paper letter
        block(line, indent_left=220)
    for index, line in enumerate(letter.heading):
        block(line, bold=index == 0, size=14 if index == 0 else BODY_PT,
              top=28 if index == 0 else 0, align=Qt.AlignmentFlag.AlignHCenter)
    for paragraph in letter.body:
        block(paragraph, top=10)
    block(letter.attachments_heading, top=16)
    for number, attachment in enumerate(letter.attachments, start=1):
        block(f"{number}. {attachment}", indent_left=14)
    for index, line in enumerate(letter.closing):
        block(line, top=24 if index == 0 else 10)
    return doc


def write_pdf(letter: letters.Letter, path: Path) -> None:
    """Save ``letter`` at ``path`` as an A4 PDF, whole or not at all, readable by the user
    only (the shared PDF writer: temporary file, fsync, checked, renamed, mode 0600).

    Raises:
        NotSaved: with the reason in plain words (a full disk, a folder that cannot be
            written to, a file that came out incomplete).
    """
    save_pdf(build_document(letter), letter.title, path)


def suggested_path(letter: letters.Letter, language: str) -> Path:
    """Where to offer saving: the Documents folder, a name in the letter's language."""
    return pdf.suggested_path(f"{letters.file_stem(letter.kind, language)}.pdf")


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save the letter (replaced in tests); None if the user cancels."""
    return pdf.ask_pdf_path(parent, suggested, _("Save the letter as PDF"))


# -- the preview -----------------------------------------------------------------------


class LetterDialog(QDialog):
    """A letter's preview, in a language the person picks, with Copy and Save as PDF."""

    def __init__(self, kind: str, checklist: core.Checklist, incident: core.Incident,
                 details: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"letter-dialog-{kind}")
        self._kind, self._checklist = kind, checklist
        self._incident, self._details = incident, details
        self.saved: Path | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.language_label = PlainLabel()
        self.language = QComboBox()
        self.language.setObjectName("letter-language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        current = i18n.current_language()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language_label.setBuddy(self.language)
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        layout.addLayout(row)
        self.guidance = PlainLabel(selectable=True)
        self.guidance.setObjectName("letter-guidance")
        layout.addWidget(self.guidance)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("letter-preview")
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(320)
        layout.addWidget(self.preview, 1)
        self.status = PlainLabel(role="status", selectable=True)
        self.status.setObjectName("letter-status")
        self.status.hide()
        layout.addWidget(self.status)
        buttons = FlowLayout()
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("letter-copy")
        self.copy_button.clicked.connect(self.copy)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("letter-pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton()
        self.close_button.setObjectName("letter-close")
        self.close_button.clicked.connect(self.accept)
        for button in (self.copy_button, self.pdf_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(720, 640)
        self.refresh()

    def chosen_language(self) -> str:
        """The language the letter is written in."""
        return str(self.language.currentData() or i18n.current_language())

    def letter(self) -> letters.Letter:
        """The letter as it stands, in the chosen language."""
        return letters.build(self._kind, self._checklist, self._incident.triage,
                             self._details, language=self.chosen_language())

    def refresh(self) -> None:
        """Re-build the letter and re-set every text."""
        letter = self.letter()
        self.setWindowTitle(letter.title)
        self.language_label.setText(_("Language of the letter:"))
        self.guidance.setText(letter.guidance_text())
        self.preview.setPlainText(letter.plain_text())
        self.preview.setAccessibleName(letter.title)
        self.copy_button.setText(_("Copy the text"))
        self.pdf_button.setText(_("Save as PDF"))
        self.close_button.setText(_("Close"))

    def copy(self) -> None:
        """Put the letter's plain text on the clipboard."""
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.letter().plain_text())
        self._say(_("The text was copied. Paste it into the form or a document."))

    def save_pdf(self) -> None:
        """Ask where, then write the letter as a PDF."""
        letter = self.letter()
        path = ask_save_path(self, suggested_path(letter, self.chosen_language()))
        if path is None:
            return
        try:
            write_pdf(letter, path)
        except NotSaved as failure:
            self.saved = None
            self._say(_("The letter was not saved: {reason}").format(reason=failure.reason))
        else:
            self.saved = path
            self._say(_("The letter was saved: {path}").format(path=path))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()


def show_letter(dialog: LetterDialog) -> None:
    """Show the preview (tests replace this to drive the dialog without a modal loop)."""
    dialog.exec()


# -- the details form on the plan ---------------------------------------------------------


class LettersPanel(QFrame):
    """The details only the letters use, saved as typed, and the two letter buttons."""

    detail_edited = Signal(str, str)  # field id, text (after a pause in typing)
    #: A letter is about to be built: whatever is still being typed elsewhere on the
    #: plan must be saved first (connected directly, so it runs before the letter).
    opening = Signal()

    def __init__(self, checklist: core.Checklist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "step")
        self.setObjectName("plan-letters")
        self._checklist = checklist
        self._incident: core.Incident | None = None
        self._details: dict[str, str] = {}
        self._pending: set[str] = set()
        layout = QVBoxLayout(self)
        self.heading = PlainLabel(role="heading")
        self.intro = PlainLabel()
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self.labels: dict[str, PlainLabel] = {}
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        for field in PANEL_FIELDS:
            label = PlainLabel(role="subheading")
            editor: QLineEdit | QPlainTextEdit
            if field.multiline:
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 16)
                editor.textChanged.connect(lambda f=field.id: self._typed(f))
            else:
                line = QLineEdit()
                line.setMaxLength(letters.MAX_DETAIL)
                line.textEdited.connect(lambda _t, f=field.id: self._typed(f))
                line.editingFinished.connect(self.flush)
                editor = line
            editor.setObjectName(f"letter-field-{field.id}")
            label.setBuddy(editor)
            self.labels[field.id] = label
            self.inputs[field.id] = editor
            layout.addWidget(label)
            layout.addWidget(editor)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        row = FlowLayout()
        self.police_button = QPushButton()
        self.police_button.setObjectName("letter-police")
        self.police_button.clicked.connect(lambda: self.open_letter(letters.POLICE))
        self.lender_button = QPushButton()
        self.lender_button.setObjectName("letter-lender")
        self.lender_button.clicked.connect(lambda: self.open_letter(letters.LENDER))
        row.addWidget(self.police_button)
        row.addWidget(self.lender_button)
        layout.addLayout(row)
        self._loading = False

    def _typed(self, field_id: str) -> None:
        if not self._loading:
            self._pending.add(field_id)
            self._timer.start()

    def _text(self, field_id: str) -> str:
        editor = self.inputs[field_id]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def flush(self) -> None:
        """Save what is still waiting for the pause in typing."""
        self._timer.stop()
        pending, self._pending = self._pending, set()
        for field_id in sorted(pending):
            text = self._text(field_id)
            self._details[field_id] = text
            self.detail_edited.emit(field_id, text)

    def mark_unsaved(self, field_id: str) -> None:
        """Saving ``field_id`` failed: keep it as typed and try again at the next flush."""
        self._pending.add(field_id)

    def show_incident(self, incident: core.Incident, details: dict[str, str]) -> None:
        """Show the saved details of ``incident`` (typing under way is kept)."""
        if self._incident is None or self._incident.id != incident.id:
            self._pending.clear()
        self._incident = incident
        self._details = dict(details)
        self._loading = True
        try:
            for field_id, editor in self.inputs.items():
                if field_id in self._pending:
                    continue
                saved = details.get(field_id, "")
                if self._text(field_id) != saved:
                    if isinstance(editor, QPlainTextEdit):
                        editor.setPlainText(saved)
                    else:
                        editor.setText(saved)
                editor.setEnabled(not incident.closed)
        finally:
            self._loading = False
        self.retranslate_ui()

    def open_letter(self, kind: str) -> LetterDialog | None:
        """Preview the letter ``kind`` with what is typed now."""
        if self._incident is None:
            return None
        self.opening.emit()
        self.flush()
        dialog = LetterDialog(kind, self._checklist, self._incident, dict(self._details), self)
        show_letter(dialog)
        return dialog

    def retranslate_ui(self) -> None:
        """Re-set every text in the current language."""
        self.heading.setText(_("Letters to the police and to the lender"))
        self.intro.setText(_(
            "The letters are filled in from the details above and from what you type here. "
            "Leave empty what you do not know: the letter keeps a line to fill in by hand. "
            "Saved with this plan; “Delete this plan” deletes it too."))
        for field in PANEL_FIELDS:
            label = _(field.label)
            self.labels[field.id].setText(label)
            editor = self.inputs[field.id]
            editor.setAccessibleName(label)
            editor.setPlaceholderText(_(field.hint) if field.hint else "")
        self.police_button.setText(_("Letter to the police"))
        self.lender_button.setText(_("Letter to the lender"))
