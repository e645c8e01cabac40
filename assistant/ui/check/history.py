"""The opt-in history of checks on the check page: a switch, the list and "Delete all"."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from assistant.core.check_history import CheckHistory
from assistant.core.checker.report import Report, Verdict
from assistant.core.i18n import _, format_datetime
from assistant.ui.check.verdict import VERDICT_WORDS
from assistant.ui.widgets import PlainLabel, WrappingCheckBox

SHOWN_ENTRIES = 10


class HistorySection(QWidget):
    """Off by default. When on, remembers verdict, time and first words of each check."""

    def __init__(self, history: CheckHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.heading = PlainLabel(role="heading")
        self.switch_row = WrappingCheckBox()
        self.switch = self.switch_row.box
        self.switch.setObjectName("check-history-on")
        self.switch.setChecked(self.history.enabled)
        self.switch.toggled.connect(self._toggle)
        self.explain = PlainLabel(role="muted")
        self.list_label = PlainLabel()
        self.list_label.setObjectName("check-history-list")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("check-history-delete")
        self.delete_button.clicked.connect(self.delete_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        for widget in (self.heading, self.switch_row, self.explain, self.list_label,
                       self.delete_button):
            layout.addWidget(widget)
        self.retranslate_ui()

    def record(self, report: Report, text: str) -> None:
        """Remember this check if the user turned the history on."""
        if self.history.add(report.verdict.value, text):
            self.retranslate_ui()

    def delete_all(self) -> None:
        """Forget every remembered check."""
        self.history.delete_all()
        self.retranslate_ui()

    def _toggle(self, on: bool) -> None:
        self.history.enabled = on
        self.retranslate_ui()

    def focus_chain(self) -> list[QWidget]:
        """The focusable widgets of the section, top to bottom."""
        return [self.switch, self.delete_button]

    def retranslate_ui(self) -> None:
        self.heading.setText(_("History"))
        self.switch_row.setText(_("Keep a list of my checks on this computer"))
        self.explain.setText(_("Off unless you turn it on. Only the verdict, the date and "
                               "the first words are kept. Nothing is sent anywhere."))
        self.delete_button.setText(_("Delete all"))
        self.delete_button.setAccessibleName(_("Delete the whole list of checks"))
        entries = self.history.entries()[:SHOWN_ENTRIES] if self.history.enabled else []
        lines = []
        for entry in entries:
            try:
                words = _(VERDICT_WORDS[Verdict(entry.verdict)])
            except ValueError:
                continue
            lines.append(_("{date}: {verdict}. “{words}”").format(
                date=format_datetime(entry.checked_at), verdict=words,
                words=entry.first_words))
        self.list_label.setText("\n".join(lines))
        self.list_label.setVisible(bool(lines))
        self.delete_button.setVisible(self.history.enabled)
