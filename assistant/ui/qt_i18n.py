"""The Qt side of language switching: one signal, Qt's own catalogs, the Qt locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from assistant.core import i18n


class LanguageBridge(QObject):
    """Turns :func:`i18n.set_language` into a Qt signal and loads ``qtbase_<lang>.qm``."""

    language_changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._qt_translator: QTranslator | None = None
        i18n.add_listener(self._on_language)
        self._install_qt_translator(i18n.current_language())

    def detach(self) -> None:
        """Stop listening to the core (the application is going away)."""
        i18n.remove_listener(self._on_language)

    def _install_qt_translator(self, lang: str) -> None:
        if self._qt_translator is not None:
            self._app.removeTranslator(self._qt_translator)
            self._qt_translator = None
        locale_name = "en" if lang == i18n.PSEUDO else lang
        QLocale.setDefault(QLocale(locale_name))
        if locale_name == "en":
            return
        # Imported here: English, the benchmark's and many users' start, needs no catalog.
        from PySide6.QtCore import QLibraryInfo

        translator = QTranslator(self)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{locale_name}", folder):
            self._app.installTranslator(translator)
            self._qt_translator = translator

    def _on_language(self, lang: str) -> None:
        self._install_qt_translator(lang)
        self.language_changed.emit(lang)
