"""Home: a large choice for each page the page table puts on it, worded for someone who
is worried right now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from assistant.core import i18n
from assistant.core.i18n import _
from assistant.ui.context import AppContext
from assistant.ui.pages.registry import PageSpec, home_pages
from assistant.ui.widgets import BigButton, Page, PlainLabel, after_first_paint

if TYPE_CHECKING:
    import datetime


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
        # Six months after the build, a calm word that the knowledge may be dated.
        self.build_date: datetime.date | None = None
        self.age_notice = QFrame()
        self.age_notice.setObjectName("home-age-notice")
        self.age_notice.setProperty("role", "calm-notice")
        self.age_text = PlainLabel()
        QVBoxLayout(self.age_notice).addWidget(self.age_text)
        self.age_notice.setVisible(False)
        layout.addWidget(self.age_notice)
        layout.addStretch(1)
        self.retranslate_ui()
        # Reading the build date (a JSON file in an installed copy) waits for the first
        # paint: the notice is below the choices, and json is not loaded before it.
        after_first_paint(self._show_age_notice)

    def _show_age_notice(self) -> None:
        from assistant.core import freshness

        self.build_date = freshness.build_date()
        self.age_notice.setVisible(freshness.is_dated(self.build_date))
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

        if self.build_date is not None and not self.age_notice.isHidden():
            self.age_text.setText(
                _("This copy of the app was made on {date}. Fraudsters keep changing "
                  "their schemes, so a newer version may know more about recent ones. You "
                  "can get it free where you got this one: the project's releases page, or "
                  "the person who gave you the app. Everything here still works as before.")
                .format(date=i18n.format_date(self.build_date)))

    def default_focus(self) -> QWidget | None:
        first = next(iter(self.buttons.values()), None)
        return first[1] if first else None
