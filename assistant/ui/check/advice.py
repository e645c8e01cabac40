"""'What to do now': numbered advice, official numbers with Copy, and "I already did this"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from assistant.core.checker.guidance import Guidance
from assistant.core.content import Content
from assistant.core.i18n import _
from assistant.ui.check.notes import SourcesDisclosure
from assistant.ui.number_card import NumberCard
from assistant.ui.widgets import BigButton, PlainLabel


class AdviceSection(QWidget):
    """Numbered steps, the emergency button and the official numbers."""

    emergency = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel(role="heading")
        self.emergency_button = BigButton()
        self.emergency_button.setObjectName("check-already-did")
        self.emergency_button.clicked.connect(self.emergency.emit)
        self.numbers_heading = PlainLabel(role="heading")
        self.copied_note = PlainLabel(role="muted")
        self.copied_note.setObjectName("check-copied-note")
        self.sources = SourcesDisclosure("advice")
        self._steps = QVBoxLayout()
        self._cards = QVBoxLayout()
        self.steps: list[PlainLabel] = []
        self.cards: list[NumberCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for item in (self.heading, self._steps, self.emergency_button,
                     self.numbers_heading, self._cards, self.copied_note, self.sources):
            if isinstance(item, QWidget):
                layout.addWidget(item)
            else:
                layout.addLayout(item)
        self.copied_note.hide()

    def show_guidance(self, guidance: Guidance, content: Content,
                      sources: list[str] | None = None) -> None:
        old: list[QWidget] = [*self.steps, *self.cards]
        for widget in old:
            widget.deleteLater()
        self.steps = []
        for number, step in enumerate(guidance.steps, start=1):
            label = PlainLabel(_("{number}. {step}").format(number=number, step=step))
            self._steps.addWidget(label)
            self.steps.append(label)
        self.cards = [NumberCard(n, content, id_prefix="check-", sources=False)
                      for n in guidance.numbers]
        for card in self.cards:
            card.copied.connect(self._on_copied)
            self._cards.addWidget(card)
        self.numbers_heading.setVisible(bool(self.cards))
        self.emergency_button.setVisible(bool(guidance.emergency_scenarios))
        self.copied_note.hide()
        self.sources.set_titles(sources or [])
        self.setVisible(bool(self.steps or self.cards))
        self.retranslate_ui()

    def _on_copied(self, number: str) -> None:
        self.copied_note.setText(_("Copied: {number}").format(number=number))
        self.copied_note.show()

    def retranslate_ui(self) -> None:
        self.heading.setText(_("What to do now"))
        self.numbers_heading.setText(_("Official numbers"))
        self.emergency_button.set_texts(
            _("I already did this"),
            _("I sent money, told a code or card details, opened the link or installed an "
              "app. Show me what to do."))
        for card in self.cards:
            card.retranslate_ui()
        self.sources.retranslate_ui()
