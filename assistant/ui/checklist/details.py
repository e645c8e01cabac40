"""The report's optional details: the person may fill them in or leave them blank.

Each field is saved with the plan after a pause in typing; an emptied field is removed
from the database, and the plan's "Delete" wipes them all. Plain text only.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from assistant.core.checklist.report import REPORT_FIELDS, DetailField
from assistant.core.i18n import _
from assistant.ui.widgets import PlainLabel

#: How long typing must pause before a detail is saved (milliseconds).
SAVE_DELAY_MS = 600
MAX_LENGTH = 4000


class DetailsForm(QFrame):
    """The optional fields of the report; ``detail_edited(field id, text)`` saves one."""

    detail_edited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "step")
        self.setObjectName("report-details")
        layout = QVBoxLayout(self)
        self.heading = PlainLabel(role="heading")
        self.intro = PlainLabel()
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self.fields: dict[str, tuple[DetailField, PlainLabel, QLineEdit | QPlainTextEdit]] = {}
        self._pending: set[str] = set()
        self._saved: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        for field in REPORT_FIELDS:
            label = PlainLabel(role="subheading")
            editor: QLineEdit | QPlainTextEdit
            if field.multiline:
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.textChanged.connect(lambda f=field.id: self._edited(f))
            else:
                editor = QLineEdit()
                editor.setMaxLength(MAX_LENGTH)
                editor.textEdited.connect(lambda _t, f=field.id: self._edited(f))
                editor.editingFinished.connect(self.flush)
            editor.setObjectName(f"detail-{field.id}")
            label.setBuddy(editor)
            layout.addWidget(label)
            layout.addWidget(editor)
            self.fields[field.id] = (field, label, editor)
        self.retranslate_ui()

    @staticmethod
    def _text(editor: QLineEdit | QPlainTextEdit) -> str:
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()[:MAX_LENGTH]
        return editor.text()

    def _edited(self, field_id: str) -> None:
        editor = self.fields[field_id][2]
        if self._text(editor) != self._saved.get(field_id, ""):
            self._pending.add(field_id)
            self._timer.start()

    def flush(self) -> None:
        """Save the fields still waiting for the pause in typing."""
        self._timer.stop()
        pending, self._pending = self._pending, set()
        for field_id in sorted(pending):
            text = self._text(self.fields[field_id][2])
            self._saved[field_id] = text
            self.detail_edited.emit(field_id, text)

    def retry(self, field_id: str) -> None:
        """The last save of ``field_id`` failed: try again at the next pause in typing."""
        self._saved.pop(field_id, None)
        self._pending.add(field_id)

    def show_details(self, details: dict[str, str], closed: bool) -> None:
        """Show what is saved for this plan (nothing typed is overwritten)."""
        self._saved = {key: details.get(key, "") for key in self.fields}
        for field_id, (_field, _label, editor) in self.fields.items():
            if field_id in self._pending or editor.hasFocus():
                continue
            value = self._saved[field_id]
            if self._text(editor) != value:
                editor.blockSignals(True)
                if isinstance(editor, QPlainTextEdit):
                    editor.setPlainText(value)
                else:
                    editor.setText(value)
                editor.blockSignals(False)
            editor.setReadOnly(closed)

    def retranslate_ui(self) -> None:
        """Re-set every text in the current language."""
        self.heading.setText(_("For the report: details you may add"))
        self.intro.setText(_("Fill in what you want, or leave it blank: a blank line is "
                             "printed, to fill in by hand. These details stay with this "
                             "plan on this computer; “Delete this plan” wipes them."))
        for field, label, editor in self.fields.values():
            label.setText(_(field.label))
            editor.setAccessibleName(_(field.label))
            if field.hint:
                editor.setPlaceholderText(_(field.hint))
                editor.setAccessibleDescription(_(field.hint))
