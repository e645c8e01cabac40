"""The "someone is calling me now" feature: questions during a call."""

from assistant.ui.call.page import CallPage

__all__ = ["CallPage"]
