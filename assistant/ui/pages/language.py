"""First start: choose the language with three big buttons, each named in its own script."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from assistant.core import i18n
from assistant.ui.context import AppContext
from assistant.ui.pages.registry import LANGUAGE_PROMPT
from assistant.ui.widgets import BigButton, Page, PlainLabel


class LanguagePage(Page):
    """Three buttons: Қазақша, Русский, English."""

    page_id = "language"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shell = context.shell
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        self.prompt = PlainLabel(LANGUAGE_PROMPT, role="heading")
        layout.addWidget(self.prompt)
        self.buttons: dict[str, BigButton] = {}
        for code, name in i18n.LANGUAGES.items():
            button = BigButton(name)
            button.setObjectName(f"language-{code}")
            button.clicked.connect(lambda _checked=False, c=code: self.choose(c))
            layout.addWidget(button)
            self.buttons[code] = button
        layout.addStretch(1)

    def choose(self, code: str) -> None:
        """Use ``code`` from now on, then go to the home page."""
        self._shell.set_language(code)
        self._shell.navigate("home")

    def retranslate_ui(self) -> None:
        # Language names are never translated: each is shown in its own script.
        for code, button in self.buttons.items():
            button.set_texts(i18n.LANGUAGES[code])

    def default_focus(self) -> QWidget | None:
        return self.buttons.get(i18n.current_language()) or self.buttons["kk"]
