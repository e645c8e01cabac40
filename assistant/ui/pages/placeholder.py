"""A page that says its feature is coming, with a way back home."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from assistant.core.i18n import N_, _
from assistant.ui.widgets import Page, PlainLabel


class PlaceholderPage(Page):
    """Stands in for a page whose feature has not landed yet."""

    def __init__(self, page_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_id = page_id
        self._title_msgid = title
        self.message = PlainLabel()
        self.back = QPushButton()
        self.back.clicked.connect(lambda: self.navigate.emit("home", None))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.back)
        layout.addStretch(1)
        self.retranslate_ui()

    def title(self) -> str:
        return _(self._title_msgid)

    def retranslate_ui(self) -> None:
        self.message.setText(_("This part of the app is coming soon."))
        self.back.setText(_("Back to the start"))
        self.back.setAccessibleName(_("Back to the start"))

    def default_focus(self) -> QWidget | None:
        return self.back


# Titles of the feature pages, marked for extraction here and translated when shown.
CHECK_TITLE = N_("Check a message")
QUIZ_TITLE = N_("Train with a quiz")
CHECKLIST_TITLE = N_("I already gave my code")
