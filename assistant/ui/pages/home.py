"""Home: three large choices, worded for someone who is worried right now."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from assistant.core.i18n import _
from assistant.ui.widgets import BigButton, Page, PlainLabel


class HomePage(Page):
    """The first page after the language is chosen."""

    page_id = "home"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = PlainLabel(role="heading")
        self.check_button = BigButton()
        self.quiz_button = BigButton()
        self.checklist_button = BigButton()
        self.check_button.setObjectName("home-check")
        self.quiz_button.setObjectName("home-quiz")
        self.checklist_button.setObjectName("home-checklist")
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.intro)
        for button, target in ((self.check_button, "check"), (self.quiz_button, "quiz"),
                               (self.checklist_button, "checklist")):
            layout.addWidget(button)
            button.clicked.connect(lambda _checked=False, t=target: self.navigate.emit(t, None))
        layout.addStretch(1)
        self.retranslate_ui()

    def title(self) -> str:
        return _("Home")

    def retranslate_ui(self) -> None:
        self.intro.setText(_("What would you like to do?"))
        self.check_button.set_texts(
            _("Check a message"),
            _("Paste an SMS, a messenger message, a link or a phone number. "
              "See if it shows signs of fraud."),
        )
        self.quiz_button.set_texts(
            _("Train with a quiz"),
            _("Practise on real fraud messages, so you recognise them at once."),
        )
        self.checklist_button.set_texts(
            _("I already gave my code"),
            _("A calm step-by-step plan: what to do first, second, third."),
        )

    def default_focus(self) -> QWidget | None:
        return self.check_button
