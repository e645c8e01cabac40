"""The contact log of an incident: whom the user called, when, and the reference number."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.checklist import ContactEntry
from assistant.core.checklist.report import local_time
from assistant.core.i18n import _
from assistant.ui.widgets import PlainLabel


class ContactLog(QFrame):
    """Lists the log and adds to it; the plan does the saving through the signals."""

    add_requested = Signal(str, str)  # who, reference
    remove_requested = Signal(int)  # entry id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "step")
        self.setObjectName("contact-log")
        self._entries: tuple[ContactEntry, ...] = ()
        layout = QVBoxLayout(self)
        self.heading = PlainLabel(role="heading")
        self.intro = PlainLabel()
        self.empty = PlainLabel(role="muted")
        self.list_box = QVBoxLayout()
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addLayout(self.list_box)
        form = QGridLayout()
        self.who_label = PlainLabel()
        self.who = QLineEdit()
        self.who.setObjectName("contact-who")
        self.who.setMaxLength(300)
        self.who_label.setBuddy(self.who)
        self.reference_label = PlainLabel()
        self.reference = QLineEdit()
        self.reference.setObjectName("contact-reference")
        self.reference.setMaxLength(300)
        self.reference_label.setBuddy(self.reference)
        form.addWidget(self.who_label, 0, 0)
        form.addWidget(self.who, 1, 0)
        form.addWidget(self.reference_label, 0, 1)
        form.addWidget(self.reference, 1, 1)
        layout.addLayout(form)
        self.add_button = QPushButton()
        self.add_button.setObjectName("contact-add")
        self.add_button.clicked.connect(self._add)
        self.who.returnPressed.connect(self._add)
        self.reference.returnPressed.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._rows: list[QWidget] = []
        #: Whether the last line asked for was saved; the typed text stays if not.
        self.saved = True

    def _add(self) -> None:
        who = self.who.text().strip()
        if not who:
            self.who.setFocus()
            return
        self.saved = True
        self.add_requested.emit(who, self.reference.text().strip())
        if self.saved:  # the plan sets it to False when the disk refused the line
            self.who.clear()
            self.reference.clear()

    def show_entries(self, entries: tuple[ContactEntry, ...], closed: bool) -> None:
        """Show the saved log."""
        self._entries = entries
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        for entry in entries:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = PlainLabel(selectable=True)
            text.setObjectName("contact-entry")
            remove = QPushButton()
            remove.setObjectName(f"contact-remove-{entry.id}")
            remove.setEnabled(not closed)
            remove.clicked.connect(lambda _c=False, i=entry.id: self.remove_requested.emit(i))
            line.addWidget(text, 1)
            line.addWidget(remove)
            self.list_box.addWidget(row)
            self._rows.append(row)
        for widget in (self.who, self.reference, self.add_button):
            widget.setEnabled(not closed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Re-set every text in the current language."""
        self.heading.setText(_("Whom you contacted"))
        self.intro.setText(_("Write down every call: whom you called and the number of your "
                             "request. The bank or the police may ask for it."))
        self.empty.setText(_("No calls recorded yet."))
        self.empty.setVisible(not self._entries)
        for entry, row in zip(self._entries, self._rows, strict=True):
            text = row.findChild(PlainLabel)
            remove = row.findChild(QPushButton)
            parts = [local_time(entry.at), entry.who]
            if entry.reference:
                parts.append(_("Reference: {number}").format(number=entry.reference))
            if text is not None:
                text.setText(" — ".join(parts))
            if remove is not None:
                remove.setText(_("Remove"))
                remove.setAccessibleName(_("Remove the call to {who}").format(who=entry.who))
        self.who_label.setText(_("Whom you called (bank, police, operator):"))
        self.who.setAccessibleName(_("Whom you called"))
        self.reference_label.setText(_("Request or reference number:"))
        self.reference.setAccessibleName(_("Request or reference number"))
        self.add_button.setText(_("Add to the log"))
        self.add_button.setAccessibleName(_("Add the call to the log"))
