"""'What to do now': numbered advice, official numbers with Copy, and "I already did this"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from assistant.core.checker.guidance import Guidance, source_titles
from assistant.core.content import Content, OfficialNumber
from assistant.core.i18n import _
from assistant.ui.widgets import BigButton, PlainLabel


class NumberCard(QFrame):
    """An official number, large, with its name, note, source and a Copy button."""

    copied = Signal(str)

    def __init__(self, number: OfficialNumber, content: Content,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setProperty("role", "number-card")
        self.name = PlainLabel(_(number.name), role="heading")
        self.digits = PlainLabel(number.number, role="page-title")
        self.digits.setObjectName(f"check-number-{number.id}")
        self.note = PlainLabel(_(number.note))
        self.source = PlainLabel(role="muted")
        self.source_text = source_titles(content, number.sources)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName(f"check-copy-{number.id}")
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.digits, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.name)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.source)
        self.note.setHidden(not number.note)  # only once it has a parent: no stray window
        self.retranslate_ui()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.number.number)
        self.copied.emit(self.number.number)

    def retranslate_ui(self) -> None:
        self.copy_button.setText(_("Copy"))
        self.copy_button.setAccessibleName(
            _("Copy the number {number}").format(number=self.number.number))
        self.source.setText(_("Source: {source}").format(source=self.source_text))


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
        self._steps = QVBoxLayout()
        self._cards = QVBoxLayout()
        self.steps: list[PlainLabel] = []
        self.cards: list[NumberCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for item in (self.heading, self._steps, self.emergency_button,
                     self.numbers_heading, self._cards, self.copied_note):
            if isinstance(item, QWidget):
                layout.addWidget(item)
            else:
                layout.addLayout(item)
        self.copied_note.hide()

    def show_guidance(self, guidance: Guidance, content: Content) -> None:
        old: list[QWidget] = [*self.steps, *self.cards]
        for widget in old:
            widget.deleteLater()
        self.steps = []
        for number, step in enumerate(guidance.steps, start=1):
            label = PlainLabel(_("{number}. {step}").format(number=number, step=step))
            self._steps.addWidget(label)
            self.steps.append(label)
        self.cards = [NumberCard(n, content) for n in guidance.numbers]
        for card in self.cards:
            card.copied.connect(self._on_copied)
            self._cards.addWidget(card)
        self.numbers_heading.setVisible(bool(self.cards))
        self.emergency_button.setVisible(bool(guidance.emergency_scenarios))
        self.copied_note.hide()
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
            _("I told a code, gave card details or installed an app. Show me what to do."))
        for card in self.cards:
            card.retranslate_ui()
