"""Links and phone numbers found in the message: defanged, never clickable, explained."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from assistant.core.checker.guidance import source_titles
from assistant.core.checker.report import LinkInfo, PhoneInfo, Report
from assistant.core.content import Content
from assistant.core.i18n import _, format_number
from assistant.ui.widgets import PlainLabel

#: Links and numbers listed at most (a long text may repeat the same ones hundreds of times).
MAX_ITEMS = 12


def link_lines(link: LinkInfo, content: Content) -> list[str]:
    """What to say about ``link``, translated, one sentence per line."""
    lines: list[str] = []
    domain = content.domains.get(link.official or "")
    if domain:
        lines.append(_("Official website: {name}.").format(name=_(domain.name)))
        lines.append(_("Source: {source}").format(
            source=source_titles(content, domain.sources)))
    if link.lookalike_of:
        lines.append(_("Looks like {domain}, but it is a different site.").format(
            domain=link.lookalike_of))
    lines.extend(_(reason) for reason in link.reasons)
    if not lines:
        lines.append(_("Unknown site. Do not open it from a message."))
    return lines


def phone_lines(phone: PhoneInfo, content: Content) -> list[str]:
    """What to say about ``phone``, translated, one sentence per line."""
    lines: list[str] = []
    number = content.numbers.get(phone.official or "")
    if number:
        lines.append(_("Official number: {name}.").format(name=_(number.name)))
        lines.append(_("Source: {source}").format(
            source=source_titles(content, number.sources)))
    lines.extend(_(reason) for reason in phone.reasons)
    if not lines:
        lines.append(_("Unknown number. Do not call back numbers from a message."))
    return lines


class FoundItem(QWidget):
    """One link or number: its defanged form, large, and what is known about it."""

    def __init__(self, shown: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = PlainLabel(shown, role="heading")  # never a link: plain text only
        self.details = PlainLabel("\n".join(f"• {line}" for line in lines))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.shown)
        layout.addWidget(self.details)


class FoundSection(QWidget):
    """The heading and one :class:`FoundItem` per link and per number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel(role="heading")
        self.note = PlainLabel(role="muted")
        self.more = PlainLabel(role="muted")
        self._hidden = 0
        self.items: list[FoundItem] = []
        self._box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(self._box)
        layout.addWidget(self.more)

    def show_report(self, report: Report, content: Content) -> None:
        for item in self.items:
            item.deleteLater()
        self.items = []
        links = list({link.url: link for link in report.links}.values())
        phones = list({phone.normalized: phone for phone in report.phones}.values())
        hidden = max(0, len(links) + len(phones) - MAX_ITEMS)
        for link in links[:MAX_ITEMS]:
            self.items.append(FoundItem(link.defanged(), link_lines(link, content)))
        for phone in phones[:max(0, MAX_ITEMS - len(self.items))]:
            self.items.append(FoundItem(phone.text, phone_lines(phone, content)))
        self._hidden = hidden
        for item in self.items:
            item.setObjectName(f"check-found-{self._box.count()}")
            self._box.addWidget(item)
        self.setVisible(bool(self.items))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(_("Links and numbers in the message"))
        self.note.setText(_("Links are shown changed ({example}) so that they cannot be "
                            "opened by mistake.").format(example="hxxp, [.]"))
        # One form for every number: Russian has three plural forms, this needs none.
        self.more.setText(_("More links and numbers, not shown: {count}.").format(
            count=format_number(self._hidden)))
        self.more.setVisible(self._hidden > 0)
