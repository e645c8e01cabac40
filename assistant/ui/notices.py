"""The notice banner under the top bar: problems with the user's data, in plain words."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from assistant.core.i18n import _
from assistant.core.storage import Notice, NoticeKind
from assistant.ui.widgets import PlainLabel


def notice_text(notice: Notice) -> str:
    """What to tell the user about a problem with their data, in plain words."""
    if notice.kind is NoticeKind.DAMAGED_MOVED_ASIDE:
        return _("Your saved data was damaged, so the app started with fresh settings. "
                 "The old file was kept here: {path}").format(path=notice.moved_to)
    if notice.kind is NoticeKind.DISK_FULL:
        return _("The disk is full, so your settings and progress cannot be saved right now. "
                 "The app works, but changes will be lost when you close it. "
                 "Free some space on the disk and start the app again.")
    if notice.kind is NoticeKind.NEWER_VERSION_MOVED_ASIDE:
        return _("Your saved data comes from a newer version of this app, so this version "
                 "started with fresh settings. The file was kept here: {path}"
                 ).format(path=notice.moved_to)
    if notice.kind is NoticeKind.NOT_SAVED:
        if notice.detail == "disk_full":
            return _("Your changes cannot be saved right now because the disk is full. "
                     "What you saved before is safe, and what you type stays on the "
                     "screen. Free some space on the disk.")
        return _("Your changes cannot be saved right now: the data folder cannot be "
                 "written to. What you saved before is safe, and what you type stays on "
                 "the screen.")
    if notice.kind is NoticeKind.SAVED_AGAIN:
        return _("Your changes are being saved again.")
    if notice.kind is NoticeKind.COPY_REMAINS:
        return _("What you deleted is gone from the app, but a copy stays in its data "
                 "file while another Safety Assistant window is open. Close the other "
                 "window and it will be wiped.")
    return _("Your settings and progress cannot be saved: the folder {path} cannot be "
             "written to. The app works, but changes will be lost when you close it."
             ).format(path=notice.path.parent)



class NoticeBanner(QFrame):
    """A calm message at the top of the window, shown once, with a Close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "notice")
        self.setObjectName("notice-banner")
        self.notices: list[Notice] = []
        self.label = PlainLabel(selectable=True)
        self.label.setObjectName("notice-text")
        self.close_button = QPushButton()
        self.close_button.setObjectName("notice-close")
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        side = QVBoxLayout()  # the button at the top, however tall the text grows
        side.addWidget(self.close_button)
        side.addStretch(1)
        layout.addLayout(side)
        self.setAccessibleName("")
        self.hide()

    def show_notices(self, notices: list[Notice]) -> None:
        """Show ``notices`` (if any) until the user closes the banner."""
        self.notices = list(notices)
        self.retranslate_ui()
        self.setVisible(bool(self.notices))

    def show_live(self, notice: Notice) -> None:
        """Show a notice from the running app, in place of an earlier one of its kind.

        A run of failed saves gives one notice (the storage tells once per run), and
        "saved again" replaces it when a save works.
        """
        replaced = {NoticeKind.NOT_SAVED, NoticeKind.SAVED_AGAIN}
        kinds = replaced if notice.kind in replaced else {notice.kind}
        self.notices = [n for n in self.notices if n.kind not in kinds] + [notice]
        self.retranslate_ui()
        self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # The window's layout gives a wrapped label only its one-line minimum when the
        # page below is tall: at 200% the notice's last lines were cut off. Ask for the
        # height the text needs at the banner's width.
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def dismiss(self) -> None:
        """Hide the banner for good (this run)."""
        self.notices = []
        self.hide()

    def retranslate_ui(self) -> None:
        self.label.setText("\n\n".join(notice_text(n) for n in self.notices))
        self._fit()
        self.label.setAccessibleName(_("Notice"))
        self.close_button.setText(_("Close"))
        self.close_button.setAccessibleName(_("Close the notice"))
