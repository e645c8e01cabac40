"""Small parts of the result: "Why it looks genuine", neutral notes, and the "Where is
this from?" disclosure that keeps source titles out of the way until asked for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from assistant.core.i18n import _
from assistant.ui.widgets import PlainLabel


class SourcesDisclosure(QWidget):
    """A "Where is this from?" button that shows the titles of the sources under it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton()
        self.button.setObjectName(f"check-sources-{name}")
        self.button.setCheckable(True)
        self.button.toggled.connect(self._toggle)
        self.list = PlainLabel(role="muted")
        self.list.setObjectName(f"check-sources-{name}-list")
        self.titles: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.button)
        layout.addWidget(self.list)
        layout.setAlignment(self.button, Qt.AlignmentFlag.AlignLeft)
        self.list.hide()
        self.retranslate_ui()

    def set_titles(self, titles: list[str]) -> None:
        """The translated titles of the sources (closed again for a new result)."""
        self.titles = list(dict.fromkeys(t for t in titles if t))
        self.list.setText("\n".join(f"• {title}" for title in self.titles))
        self.button.setChecked(False)
        self.setVisible(bool(self.titles))

    def _toggle(self, shown: bool) -> None:
        self.list.setVisible(shown)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button.setText(_("Hide the sources") if self.button.isChecked()
                            else _("Where is this from?"))
        self.button.setAccessibleName(self.button.text())


class BulletSection(QWidget):
    """A heading and a list of plain sentences (hidden when there are none)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"check-{name}")
        self.heading = PlainLabel(role="heading")
        self.body = PlainLabel()
        self.body.setObjectName(f"check-{name}-text")
        self.items: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)

    def show_items(self, items: list[str] | tuple[str, ...]) -> None:
        """Show ``items`` (translated sentences), one per line."""
        self.items = list(items)
        self.body.setText("\n".join(f"• {item}" for item in self.items))
        self.setVisible(bool(self.items))


__all__ = ["BulletSection", "SourcesDisclosure"]
