"""Settings: language, text size and high contrast, applied and saved at once."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from assistant.core import i18n
from assistant.core.i18n import _
from assistant.core.settings import TEXT_SCALES
from assistant.ui.context import AppContext
from assistant.ui.widgets import Page, PlainLabel, WrappingCheckBox


class SettingsPage(Page):
    """Changes here take effect immediately; there is nothing to confirm."""

    page_id = "settings"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = context.settings
        self._shell = context.shell
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        self.language_heading = PlainLabel(role="heading")
        layout.addWidget(self.language_heading)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for code, name in i18n.LANGUAGES.items():
            radio = QRadioButton(name)
            radio.setObjectName(f"settings-language-{code}")
            self.language_group.addButton(radio)
            self.language_buttons[code] = radio
            layout.addWidget(radio)
            radio.toggled.connect(lambda on, c=code: self._choose_language(c) if on else None)

        self.size_heading = PlainLabel(role="heading")
        layout.addSpacing(12)
        layout.addWidget(self.size_heading)
        self.size_group = QButtonGroup(self)
        self.size_buttons: dict[int, QRadioButton] = {}
        for scale in TEXT_SCALES:
            radio = QRadioButton()
            radio.setObjectName(f"settings-size-{scale}")
            self.size_group.addButton(radio)
            self.size_buttons[scale] = radio
            layout.addWidget(radio)
            radio.toggled.connect(lambda on, s=scale: self._choose_scale(s) if on else None)

        self.theme_heading = PlainLabel(role="heading")
        layout.addSpacing(12)
        layout.addWidget(self.theme_heading)
        self.high_contrast_row = WrappingCheckBox()
        self.high_contrast = self.high_contrast_row.box
        self.high_contrast.setObjectName("settings-high-contrast")
        self.high_contrast.toggled.connect(self._choose_contrast)
        layout.addWidget(self.high_contrast_row)
        layout.addStretch(1)
        self._sync_from_settings()
        self.retranslate_ui()

    def _sync_from_settings(self) -> None:
        lang = self._settings.language or i18n.current_language()
        if lang in self.language_buttons:
            self.language_buttons[lang].setChecked(True)
        self.size_buttons[self._settings.text_scale].setChecked(True)
        self.high_contrast.setChecked(self._settings.high_contrast)

    def _choose_language(self, code: str) -> None:
        if code != i18n.current_language():
            self._shell.set_language(code)

    def _choose_scale(self, scale: int) -> None:
        if scale != self._settings.text_scale:
            self._settings.text_scale = scale
            self._shell.apply_appearance()

    def _choose_contrast(self, on: bool) -> None:
        if on != self._settings.high_contrast:
            self._settings.high_contrast = on
            self._shell.apply_appearance()

    def retranslate_ui(self) -> None:
        self.language_heading.setText(_("Language"))
        for code, radio in self.language_buttons.items():
            radio.setAccessibleName(i18n.LANGUAGES[code])
        self.size_heading.setText(_("Text size"))
        for scale, radio in self.size_buttons.items():
            text = _("{percent}%").format(percent=scale)
            radio.setText(text)
            radio.setAccessibleName(_("Text size {percent}%").format(percent=scale))
        self.theme_heading.setText(_("Colours"))
        self.high_contrast_row.setText(_("High contrast (white text on black)"))

    def on_shown(self, argument: object = None) -> None:
        self._sync_from_settings()

    def default_focus(self) -> QWidget | None:
        return self.language_group.checkedButton()
