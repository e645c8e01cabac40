"""The check feature: its page and the views it is built from."""

from assistant.ui.check.page import CheckPage

__all__ = ["CheckPage"]
