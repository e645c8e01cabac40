"""PySide6 user interface: pages that show core objects and forward clicks."""
