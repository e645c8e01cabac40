"""The checklist feature: its page and the views it is built from."""

from assistant.ui.checklist.page import ChecklistPage

__all__ = ["ChecklistPage"]
