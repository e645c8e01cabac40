"""What a screen reader hears without moving focus: verdicts, results and errors.

:func:`announce` is the one way the window speaks up. Callers use
``a11y.announce(...)``, so a test that replaces the module's function hears what was
said. It sends an announcement event, which AT-SPI and UI Automation read out politely
or at once (``assertive``).
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def _send(widget: QWidget, text: str, assertive: bool) -> None:
    if not QAccessible.isActive():  # no assistive technology listening: nothing to send
        return
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent

        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                            else QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
    except (ImportError, AttributeError):  # an older Qt: an alert names the widget
        from PySide6.QtGui import QAccessibleEvent

        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have screen readers say ``text`` (about ``widget``) now; tests replace this."""
    if text:
        _send(widget, text, assertive)

