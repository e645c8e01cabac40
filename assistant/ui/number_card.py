"""An official number from the registry, shown large with a Copy button.

One widget for both places that show numbers: the check page's "Official numbers" (in
full: the name above, the note and the source below) and a step of the emergency plan
(compact: the name, note, caveat and source under the number, and "Copied" on the
button). A number is never shown without its source.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from assistant.core.checker.guidance import source_titles
from assistant.core.content import Content, OfficialNumber
from assistant.core.i18n import _
from assistant.ui.widgets import PlainLabel


class NumberCard(QFrame):
    """The number, its Copy button and what it is; ``copied(number)`` after a copy.

    ``id_prefix`` starts the object names (``<prefix>number-<id>``, ``<prefix>copy-<id>``).
    With ``sources=False`` the card leaves its source to a "Where is this from?" of the
    section it stands in (the check page).
    """

    copied = Signal(str)

    def __init__(self, number: OfficialNumber, content: Content, *, compact: bool = False,
                 id_prefix: str = "", sources: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.compact = compact
        self.digits = PlainLabel(number.number, role="page-title", selectable=compact)
        self.digits.setObjectName(f"{id_prefix}number-{number.id}")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName(f"{id_prefix}copy-{number.id}")
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        layout = QVBoxLayout(self)
        self.name = PlainLabel(role="muted" if compact else "heading")
        self.note = PlainLabel()
        self.source = PlainLabel(role="muted")
        self.source_text = source_titles(content, number.sources)
        if compact:
            # Number and button on one line, the explanation under them: side by side, a
            # long number at 200% text would push the page wider than the window.
            layout.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.digits)
            row.addWidget(self.copy_button)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(self.name)
            for unused in (self.note, self.source):
                layout.addWidget(unused)
                unused.hide()
        else:
            self.setProperty("role", "number-card")
            layout.setContentsMargins(0, 6, 0, 6)
            row.addWidget(self.digits, 1)
            row.addWidget(self.copy_button)
            layout.addWidget(self.name)
            layout.addLayout(row)
            layout.addWidget(self.note)
            layout.addWidget(self.source)
            self.note.setHidden(not number.note)  # only once it has a parent: no stray window
            self.source.setVisible(sources)
        self.retranslate_ui()

    def copy(self) -> None:
        """Put the number on the clipboard."""
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.number.number)
        if self.compact:
            self.copy_button.setText(_("Copied"))
            QTimer.singleShot(2000, self, self.retranslate_ui)
        self.copied.emit(self.number.number)

    def retranslate_ui(self) -> None:
        """Re-set the texts in the current language."""
        number = self.number
        self.copy_button.setText(_("Copy"))
        self.copy_button.setAccessibleName(
            _("Copy the number {number}").format(number=number.number))
        if self.compact:
            parts = [_(number.name)]
            if number.note:
                parts.append(_(number.note))
            if number.caveat:
                parts.append(_(number.caveat))
            parts.append(_("Source: {source}").format(source=self.source_text))
            self.name.setText("\n".join(parts))
            self.digits.setAccessibleName(_("{name}: {number}").format(
                name=_(number.name), number=number.number))
        else:
            self.name.setText(_(number.name))
            self.note.setText(_(number.note))
            self.source.setText(_("Source: {source}").format(source=self.source_text))
