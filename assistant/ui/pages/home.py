"""Home: a large choice for each page the page table puts on it, worded for someone who
is worried right now."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from assistant.core.i18n import _
from assistant.ui.context import AppContext
from assistant.ui.pages.registry import PageSpec, home_pages
from assistant.ui.widgets import BigButton, Page, PlainLabel


class HomePage(Page):
    """The first page after the language is chosen."""

    page_id = "home"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shell = context.shell
        self.intro = PlainLabel(role="heading")
        self.buttons: dict[str, tuple[PageSpec, BigButton]] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.intro)
        for spec in home_pages():
            button = BigButton()
            button.setObjectName(f"home-{spec.id}")
            button.clicked.connect(lambda _checked=False, t=spec.id: self._shell.navigate(t))
            layout.addWidget(button)
            self.buttons[spec.id] = (spec, button)
        layout.addStretch(1)
        self.retranslate_ui()

    def button(self, page_id: str) -> BigButton:
        """The big button that opens ``page_id``."""
        return self.buttons[page_id][1]

    @property
    def check_button(self) -> BigButton:
        return self.button("check")

    @property
    def quiz_button(self) -> BigButton:
        return self.button("quiz")

    @property
    def checklist_button(self) -> BigButton:
        return self.button("checklist")

    def retranslate_ui(self) -> None:
        self.intro.setText(_("What would you like to do?"))
        for spec, button in self.buttons.values():
            button.set_texts(_(spec.title), _(spec.description))

    def default_focus(self) -> QWidget | None:
        first = next(iter(self.buttons.values()), None)
        return first[1] if first else None
