"""PySide6 user interface: pages that show core objects and forward clicks."""

from assistant.ui import refcount_guard

refcount_guard.apply()  # before any widget exists: see the module for the PySide6 bug
