"""About: version, privacy promise, where data is kept, and where the knowledge comes from."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from assistant import __version__
from assistant.core import paths
from assistant.core.i18n import _
from assistant.ui.context import AppContext
from assistant.ui.widgets import Page, PlainLabel


class AboutPage(Page):
    """Facts about the app, in plain words."""

    page_id = "about"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.version = PlainLabel(role="heading")
        self.offline = PlainLabel()
        self.data_heading = PlainLabel(role="heading")
        self.data_text = PlainLabel()
        self.data_path = PlainLabel(selectable=True)
        self.data_path.setObjectName("about-data-path")
        self.sources_heading = PlainLabel(role="heading")
        self.sources_intro = PlainLabel()
        self.sources_list = PlainLabel(selectable=True)
        self.sources_list.setObjectName("about-sources")
        self.licences_heading = PlainLabel(role="heading")
        self.licences_text = PlainLabel()
        self.licences_files = PlainLabel(selectable=True)
        self.licences_files.setObjectName("about-licence-files")
        for widget in (self.version, self.offline, self.data_heading, self.data_text,
                       self.data_path, self.sources_heading, self.sources_intro,
                       self.sources_list, self.licences_heading, self.licences_text,
                       self.licences_files):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.version.setText(_("Safety Assistant, version {version}").format(version=__version__))
        self.offline.setText(
            _("The app works without the internet. It sends nothing anywhere: "
              "the messages you check stay on this computer.")
        )
        self.data_heading.setText(_("Where your data is kept"))
        data_file = self._context.data_file()
        if data_file is None:
            self.data_text.setText(
                _("Your settings and progress cannot be saved on this computer right now. "
                  "They will be lost when you close the app.")
            )
            self.data_path.setText("")
        else:
            self.data_text.setText(
                _("Your settings and progress are kept in this file, readable only by you:")
            )
            self.data_path.setText(str(data_file))
        self.data_path.setVisible(bool(self.data_path.text()))
        self.sources_heading.setText(_("Where the advice comes from"))
        self.sources_intro.setText(
            _("Every number, website and piece of advice comes from these documents "
              "and official sources:")
        )
        lines = []
        for source in self._context.content().sources.values():
            # By title: a seed's reference is a file name, which tells a reader nothing.
            lines.append(f"• {_(source.title)}" if source.kind == "seed"
                         else f"• {_(source.title)} ({_(source.reference)})")
        self.sources_list.setText("\n".join(lines))
        self.licences_heading.setText(_("Licences"))
        self.licences_text.setText(
            _("Safety Assistant is free software under the GNU General Public License, "
              "version 3 or later. It uses Qt under the GNU Lesser General Public License, "
              "version 3, and other free software. The full texts, and how to replace "
              "Qt's libraries, are in these files:")
        )
        files = paths.licence_files()
        self.licences_files.setText("\n".join(str(path) for path in files)
                                    or _("The licence files are missing from this copy."))

    def default_focus(self) -> QWidget | None:
        return None
