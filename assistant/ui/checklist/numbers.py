"""Whom to call for a step: the advice that fits every bank or operator first, then the
registry's numbers shown large with "Copy", each with its caveat and its source."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from assistant.core.checklist import Checklist, Step
from assistant.core.content import Content
from assistant.core.i18n import _
from assistant.ui.number_card import NumberCard
from assistant.ui.widgets import PlainLabel


class NumberBox(QWidget):
    """The numbers of one step (from the registry only) and the generic contacts."""

    def __init__(self, step: Step, checklist: Checklist, content: Content,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts = [checklist.contacts[c] for c in step.contacts]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = PlainLabel(role="subheading")
        layout.addWidget(self.heading)
        # The line that works for every bank or operator comes first: a customer of a
        # bank not listed below must not read first that theirs is missing.
        self.generic = PlainLabel()
        layout.addWidget(self.generic)
        self.cards = [NumberCard(content.numbers[n], content, compact=True)
                      for n in step.numbers]
        for card in self.cards:
            layout.addSpacing(6)
            layout.addWidget(card)
        # Only ever hide here: showing a widget that has no parent yet opens it as a window
        # of its own for a moment, which takes the keyboard focus from the main window.
        if not (self.cards or self._contacts):
            self.hide()

    def retranslate_ui(self) -> None:
        """Re-set the texts in the current language."""
        self.heading.setText(_("Whom to call:"))
        for card in self.cards:
            card.retranslate_ui()
        self.generic.setText("\n".join(f"• {_(c.text)}" for c in self._contacts))
        self.generic.setVisible(bool(self._contacts))
