"""The follow-up reminder in the window: set it in the plan, see it once when it is due.

:class:`ReminderBox` sits in the plan: pick a day, or turn the reminder off.
:func:`show_if_due` runs once after the window's first paint: on the first start on or
after that day, :class:`ReminderBanner` says what to do (request the free credit
report, check for new loans). The day lives in the user database; nothing leaves the
computer (:mod:`assistant.core.checklist.reminder`).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFrame, QPushButton, QVBoxLayout, QWidget

from assistant.core import i18n
from assistant.core.checklist.reminder import Reminders
from assistant.core.i18n import _
from assistant.ui.flowlayout import FlowLayout
from assistant.ui.widgets import PlainLabel

#: The day offered first: a month on, when a loan taken in the person's name would show.
DEFAULT_DAYS = 30


def what_to_do() -> str:
    """The follow-up itself, as the reminder says it (FACTS.md: credit report)."""
    return _("Request your personal credit report: it is free once a year, in eGov "
             "(with an electronic signature) or at a Government for Citizens office with "
             "your ID. Check that no new loan was taken in your name.")


class DateField(QDateEdit):
    """A date box that Tab leaves: QDateEdit moves Tab between day, month and year, which
    traps a keyboard user inside it (the arrow keys still change each part)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class ReminderBox(QFrame):
    """In the plan: offer the reminder, show the chosen day, turn it off."""

    def __init__(self, reminders: Reminders, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self.setProperty("role", "step")
        self.setObjectName("plan-reminder")
        layout = QVBoxLayout(self)
        self.heading = PlainLabel(role="heading")
        self.intro = PlainLabel()
        self.state = PlainLabel(role="status")
        self.state.setObjectName("reminder-state")
        self.date_label = PlainLabel(role="subheading")
        self.date = DateField()
        self.date.setObjectName("reminder-date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")  # digits: the same in every language
        self.date_label.setBuddy(self.date)
        self.set_button = QPushButton()
        self.set_button.setObjectName("reminder-set")
        self.set_button.clicked.connect(self._set)
        self.off_button = QPushButton()
        self.off_button.setObjectName("reminder-off")
        self.off_button.clicked.connect(self._off)
        for widget in (self.heading, self.intro, self.state, self.date_label):
            layout.addWidget(widget)
        row = FlowLayout()
        row.addWidget(self.date)
        row.addWidget(self.set_button)
        row.addWidget(self.off_button)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        """Show the saved reminder (or offer a day a month from now)."""
        day = self._reminders.day()
        today = self._reminders.today()
        shown = day or today + _dt.timedelta(days=DEFAULT_DAYS)
        self.date.setMinimumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(shown.year, shown.month, shown.day))
        self.retranslate_ui()

    def _set(self) -> None:
        chosen = self.date.date()
        self._reminders.set(_dt.date(chosen.year(), chosen.month(), chosen.day()))
        self.refresh()

    def _off(self) -> None:
        self._reminders.turn_off()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Re-set every text in the current language."""
        day = self._reminders.day()
        self.heading.setText(_("A reminder for later"))
        self.intro.setText(_("Fraudsters sometimes take a loan in your name weeks later. "
                             "The app can remind you, the first time you open it on or "
                             "after a day you choose, to request your credit report and "
                             "to check for new loans. The reminder stays on this "
                             "computer: nothing is sent anywhere."))
        if day is None:
            self.state.setText(_("No reminder is set."))
        else:
            self.state.setText(_("Reminder set for {date}.").format(
                date=i18n.format_date(day)))
        self.date_label.setText(_("Remind me on or after:"))
        self.date.setAccessibleName(_("The day of the reminder"))
        self.set_button.setText(_("Remind me") if day is None else _("Change the day"))
        self.set_button.setAccessibleName(self.set_button.text())
        self.off_button.setText(_("Turn the reminder off"))
        self.off_button.setAccessibleName(_("Turn the reminder off"))
        self.off_button.setVisible(day is not None)


class ReminderBanner(QFrame):
    """Shown once at start-up when the reminder is due: what to do, and what next."""

    def __init__(self, reminders: Reminders, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._again: _dt.date | None = None
        self.setProperty("role", "notice")
        self.setObjectName("reminder-banner")
        layout = QVBoxLayout(self)
        self.text = PlainLabel()
        self.text.setObjectName("reminder-text")
        layout.addWidget(self.text)
        row = FlowLayout()
        self.again_button = QPushButton()
        self.again_button.setObjectName("reminder-again")
        self.again_button.clicked.connect(self._remind_again)
        self.close_button = QPushButton()
        self.close_button.setObjectName("reminder-close")
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.again_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.retranslate_ui()

    def _remind_again(self) -> None:
        self._again = self._reminders.in_a_year()
        self._reminders.set(self._again)
        self.again_button.setEnabled(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Re-set every text in the current language."""
        text = _("Reminder: {what}").format(what=what_to_do())
        if self._again is not None:
            text += "\n" + _("Reminder set for {date}.").format(
                date=i18n.format_date(self._again))
        self.text.setText(text)
        self.again_button.setText(_("Remind me again in a year"))
        self.again_button.setAccessibleName(_("Remind me again in a year"))
        self.close_button.setText(_("Close"))
        self.close_button.setAccessibleName(_("Close the reminder"))


def show_if_due(reminders: Reminders,
                place: Callable[[QWidget], None]) -> ReminderBanner | None:
    """At start-up: if the reminder's day has come, put a banner in the window (once)."""
    if reminders.take_due() is None:
        return None
    banner = ReminderBanner(reminders)
    place(banner)
    return banner
