"""The list of reasons: one selectable button per finding; the selected one is highlighted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QVBoxLayout, QWidget

from assistant.core.checker.guidance import split_explanation
from assistant.core.checker.report import Finding
from assistant.core.i18n import _
from assistant.core.reasons import scheme_lines
from assistant.ui.check.notes import SourcesDisclosure
from assistant.ui.widgets import BigButton, PlainLabel


class ReasonList(QWidget):
    """Checkable buttons in an exclusive group; emits ``selected(index)`` on a choice."""

    selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel(role="heading")
        self.hint = PlainLabel(role="muted")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.selected.emit)
        self.buttons: list[BigButton] = []
        self._box = QVBoxLayout()
        self._box.setSpacing(8)
        self.sources = SourcesDisclosure("why")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(self._box)
        layout.addWidget(self.sources)

    def show_findings(self, findings: list[Finding], sources: list[str] | None = None,
                      text: str = "") -> None:
        """Replace the buttons with one per sign (most important first); a whole scheme's
        button also names its bait, its request and its pressure in the words of ``text``."""
        for button in self.buttons:
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = []
        for index, finding in enumerate(findings):
            title, rest = split_explanation(finding)
            parts = "\n".join(scheme_lines(finding, text)) if text else ""
            button = BigButton(title, "\n\n".join(p for p in (rest, parts) if p))
            button.setObjectName(f"check-reason-{index}")
            button.setProperty("role", "reason")
            button.setCheckable(True)
            # One reason is chosen at a time: a radio button to screen readers.
            button.setAutoExclusive(True)
            self.group.addButton(button, index)
            self._box.addWidget(button)
            self.buttons.append(button)
        self.sources.set_titles(sources or [])
        self.setVisible(bool(findings))
        self.retranslate_ui()

    def select(self, index: int) -> None:
        """Mark the reason ``index`` as selected (without emitting)."""
        if 0 <= index < len(self.buttons):
            self.buttons[index].setChecked(True)

    def current(self) -> int:
        """The selected reason's index, or -1."""
        return self.group.checkedId()

    def retranslate_ui(self) -> None:
        self.heading.setText(_("Why"))
        self.hint.setText(_("Choose a reason to see the words that triggered it, marked in "
                            "the message above."))
        self.sources.retranslate_ui()
