"""Whom to call for a step: registry numbers shown large with "Copy", and generic advice."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from assistant.core.checklist import Checklist, Step
from assistant.core.content import Content, OfficialNumber
from assistant.core.i18n import _
from assistant.ui.widgets import PlainLabel


class NumberBox(QWidget):
    """The numbers of one step (from the registry only) and the generic contacts."""

    def __init__(self, step: Step, checklist: Checklist, content: Content,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._numbers: list[OfficialNumber] = [content.numbers[n] for n in step.numbers]
        self._contacts = [checklist.contacts[c] for c in step.contacts]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = PlainLabel(role="subheading")
        layout.addWidget(self.heading)
        self.rows: list[tuple[PlainLabel, QPushButton, PlainLabel]] = []
        for number in self._numbers:
            digits = PlainLabel(number.number, role="page-title", selectable=True)
            digits.setObjectName(f"number-{number.id}")
            copy = QPushButton()
            copy.setObjectName(f"copy-{number.id}")
            copy.clicked.connect(lambda _c=False, n=number, b=copy: self._copy(n, b))
            about = PlainLabel(role="muted")
            # Number and button on one line, the explanation under them: side by side,
            # a long number at 200% text would push the page wider than the window.
            line = QHBoxLayout()
            line.addWidget(digits)
            line.addWidget(copy)
            line.addStretch(1)
            layout.addSpacing(6)
            layout.addLayout(line)
            layout.addWidget(about)
            self.rows.append((digits, copy, about))
        self.generic = PlainLabel()
        layout.addWidget(self.generic)
        self.setVisible(bool(self._numbers or self._contacts))

    def _copy(self, number: OfficialNumber, button: QPushButton) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(number.number)
        button.setText(_("Copied"))
        QTimer.singleShot(2000, self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        """Re-set the texts in the current language."""
        self.heading.setText(_("Whom to call:"))
        for number, (digits, copy, about) in zip(self._numbers, self.rows, strict=True):
            parts = [_(number.name)]
            if number.note:
                parts.append(_(number.note))
            if number.caveat:
                parts.append(_(number.caveat))
            about.setText("\n".join(parts))
            copy.setText(_("Copy"))
            copy.setAccessibleName(_("Copy the number {number}").format(number=number.number))
            digits.setAccessibleName(_("{name}: {number}").format(name=_(number.name),
                                                                  number=number.number))
        self.generic.setText("\n".join(f"• {_(c.text)}" for c in self._contacts))
        self.generic.setVisible(bool(self._contacts))
