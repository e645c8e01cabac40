"""Links and phone numbers found in the message, in plain words, never clickable."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from assistant.core.checker.guidance import link_words, phone_words
from assistant.core.checker.report import LinkInfo, PhoneInfo, Report
from assistant.core.content import Content
from assistant.core.i18n import _, format_number
from assistant.ui.check.notes import SourcesDisclosure
from assistant.ui.widgets import PlainLabel

#: Links and numbers listed at most (a long text may repeat the same ones hundreds of times).
MAX_ITEMS = 12


def link_lines(link: LinkInfo) -> list[str]:
    """What else is known about ``link``, translated, one sentence per line."""
    return [_(reason) for reason in link.reasons]


def phone_lines(phone: PhoneInfo) -> list[str]:
    """What else is known about ``phone``, translated, one sentence per line."""
    lines = [_(reason) for reason in phone.reasons]
    if not phone.official and not lines:
        lines.append(_("Do not call back numbers from a message."))
    return lines


class FoundItem(QWidget):
    """One link or number in plain words ("kaspi-bank-kz.com: this is NOT kaspi.kz"), large,
    and what else is known about it."""

    def __init__(self, shown: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = PlainLabel(shown, role="heading")  # never a link: plain text only
        self.details = PlainLabel("\n".join(f"• {line}" for line in lines))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.shown)
        layout.addWidget(self.details)
        # only once it has a parent: a label shown without one would be a window of its own
        self.details.setVisible(bool(lines))


class FoundSection(QWidget):
    """The heading, one :class:`FoundItem` per link and per number, and their sources."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel(role="heading")
        self.more = PlainLabel(role="muted")
        self.sources = SourcesDisclosure("found")
        self._hidden = 0
        self.items: list[FoundItem] = []
        self._box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self._box)
        layout.addWidget(self.more)
        layout.addWidget(self.sources)

    def show_report(self, report: Report, content: Content,
                    sources: list[str] | None = None) -> None:
        for item in self.items:
            item.deleteLater()
        self.items = []
        links = list({link.url: link for link in report.links}.values())
        phones = list({phone.normalized: phone for phone in report.phones}.values())
        hidden = max(0, len(links) + len(phones) - MAX_ITEMS)
        for link in links[:MAX_ITEMS]:
            self.items.append(FoundItem(link_words(link, content), link_lines(link)))
        for phone in phones[:max(0, MAX_ITEMS - len(self.items))]:
            self.items.append(FoundItem(phone_words(phone, content), phone_lines(phone)))
        self._hidden = hidden
        for item in self.items:
            item.setObjectName(f"check-found-{self._box.count()}")
            self._box.addWidget(item)
        self.sources.set_titles(sources or [])
        self.setVisible(bool(self.items))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(_("Links and numbers in the message"))
        # One form for every number: Russian has three plural forms, this needs none.
        self.more.setText(_("More links and numbers, not shown: {count}.").format(
            count=format_number(self._hidden)))
        self.more.setVisible(self._hidden > 0)
        self.sources.retranslate_ui()
